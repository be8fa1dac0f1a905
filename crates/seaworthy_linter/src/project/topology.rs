//! The topology of each deployment: its services, what they publish to the host, nginx routes
//! between them, `depends_on` edges with their conditions, networks and named volumes. Drawn by
//! `seaworthy graph` and the audit report.

use super::deploy::Grouping;
use super::service::{ImageSource, ServiceKind};
use super::Project;
use seaworthy_syntax::compose::MountKind;
use seaworthy_syntax::Environment;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    pub name: String,
    pub kind: ServiceKind,
    /// `nginx:1.27` or `build backend/Dockerfile`.
    pub image: String,
    pub healthcheck: bool,
    pub networks: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum EdgeKind {
    /// `depends_on` with its condition.
    DependsOn(String),
    /// nginx sends `location` to this service (port when known).
    Route { location: String, port: Option<u16> },
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Edge {
    pub from: String,
    pub to: String,
    pub kind: EdgeKind,
}

/// A port published on the host: `(host ip or empty, published, target, service)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Published {
    pub host_ip: Option<String>,
    pub published: String,
    pub target: String,
    pub service: String,
}

#[derive(Debug, Clone)]
pub struct DeploymentTopology {
    pub name: String,
    pub environment: Environment,
    pub nodes: Vec<Node>,
    pub edges: Vec<Edge>,
    pub published: Vec<Published>,
    pub volumes: Vec<String>,
}

/// The topology of every deployment worth drawing: a base-only deployment is left out when the
/// same directory's default deployment (base + override) draws the same services.
pub fn topology(project: &Project, env: Option<Environment>) -> Vec<DeploymentTopology> {
    let mut out = Vec::new();
    for d in &project.deployments {
        if env.is_some_and(|e| !d.environment.applies_to(e)) {
            continue;
        }
        if d.grouping == Grouping::BaseOnly
            && env.is_none()
            && project
                .deployments
                .iter()
                .any(|o| o.grouping == Grouping::Default && o.dir == d.dir)
        {
            continue;
        }
        let services: Vec<_> = project
            .services
            .iter()
            .filter(|s| s.deployment == d.id)
            .collect();
        let mut t = DeploymentTopology {
            name: d.name(&project.files),
            environment: d.environment,
            nodes: Vec::new(),
            edges: Vec::new(),
            published: Vec::new(),
            volumes: Vec::new(),
        };
        // what is listed already: sets beside the lists (20,000 services can share volumes)
        let mut volumes_seen: std::collections::HashSet<String> = Default::default();
        let mut edges_seen: std::collections::HashSet<Edge> = Default::default();
        for s in &services {
            let image = match &s.image {
                ImageSource::Pull { image, .. } => image.clone(),
                ImageSource::Build(id) => project
                    .images
                    .get(*id)
                    .map(|b| format!("build {}", project.file(b.dockerfile).path))
                    .unwrap_or_else(|| "build".into()),
                ImageSource::Unknown => String::new(),
            };
            t.nodes.push(Node {
                name: s.name.clone(),
                kind: s.kind,
                image,
                healthcheck: s.healthcheck.is_some(),
                networks: s.networks.clone(),
            });
            for dep in &s.resolved.depends_on {
                t.edges.push(Edge {
                    from: s.name.clone(),
                    to: dep.value.service.clone(),
                    kind: EdgeKind::DependsOn(dep.value.condition.clone()),
                });
            }
            for p in s.published() {
                t.published.push(Published {
                    host_ip: p.value.host_ip.clone(),
                    published: p.value.published.clone().unwrap_or_default(),
                    target: p.value.target.clone(),
                    service: s.name.clone(),
                });
            }
            for v in &s.resolved.volumes {
                if v.value.kind == MountKind::Volume {
                    if let Some(src) = &v.value.source {
                        if volumes_seen.insert(src.clone()) {
                            t.volumes.push(src.clone());
                        }
                    }
                }
            }
        }
        edges_seen.extend(t.edges.iter().cloned());
        for r in &project.routes {
            for proxy in r
                .proxies
                .iter()
                .filter_map(|p| project.services.get(*p))
                .filter(|p| p.deployment == d.id)
            {
                for target in &r.targets {
                    for to in target
                        .services
                        .iter()
                        .filter_map(|s| project.services.get(*s))
                    {
                        let e = Edge {
                            from: proxy.name.clone(),
                            to: to.name.clone(),
                            kind: EdgeKind::Route {
                                location: if r.location.is_empty() {
                                    "/".into()
                                } else {
                                    r.location.clone()
                                },
                                port: target.port,
                            },
                        };
                        if edges_seen.insert(e.clone()) {
                            t.edges.push(e);
                        }
                    }
                }
            }
        }
        out.push(t);
    }
    out
}
