//! Routes: nginx `proxy_pass` (and `uwsgi_pass`, `fastcgi_pass`, `grpc_pass`) → upstream →
//! the compose service and port it reaches.
//!
//! An nginx config belongs to the proxy services that load it: a bind mount of the file or its
//! directory (`./nginx/conf.d:/etc/nginx/conf.d:ro`), or a `COPY` of it into the image they
//! build. Its targets are resolved against the services of those services' deployments, by DNS
//! name. A config no service loads is matched to the deployments around it, with a lower
//! confidence.

use super::deploy::Deployment;
use super::image::ImageBuild;
use super::nginx::NginxModel;
use super::service::{ImageSource, Service, ServiceId, ServiceKind};
use super::{join_path, FileId, Files};
use crate::meta::Confidence;
use seaworthy_syntax::compose::MountKind;
use seaworthy_syntax::Span;
use std::collections::HashMap;

/// One place nginx sends a request to.
#[derive(Debug, Clone)]
pub struct RouteTarget {
    pub host: String,
    pub port: Option<u16>,
    /// Where the host is written (the `proxy_pass` argument or the upstream's `server`).
    pub span: Span,
    pub file: FileId,
    /// The services this host names, in the deployments that load the config.
    pub services: Vec<ServiceId>,
}

#[derive(Debug, Clone)]
pub struct Route {
    /// The config file and the `proxy_pass` argument.
    pub file: FileId,
    pub span: Span,
    pub directive: String,
    /// Location path (empty at server level).
    pub location: String,
    /// The `upstream` block name, when the target goes through one.
    pub upstream: Option<String>,
    pub targets: Vec<RouteTarget>,
    /// The proxy services that load this config.
    pub proxies: Vec<ServiceId>,
    /// High when a mount or a `COPY` ties the config to its proxy; Low when it is matched by
    /// directory only.
    pub confidence: Confidence,
}

/// The proxy services that load an nginx file, and how sure that is.
pub fn proxies_of(
    files: &Files,
    file: FileId,
    services: &[Service],
    deployments: &[Deployment],
    images: &[ImageBuild],
) -> (Vec<ServiceId>, Confidence) {
    let path = &files.file(file).path;
    let mut out = Vec::new();
    // only a proxy loads nginx config (an app image that copies the whole repository, or a dev
    // bind mount of `.`, holds the file without reading it)
    for s in services.iter().filter(|s| s.kind == ServiceKind::Proxy) {
        let d = &deployments[s.deployment];
        // bind mounts of the file or a directory above it
        let mounted = s.resolved.volumes.iter().any(|v| {
            v.value.kind == MountKind::Bind
                && v.value.source.as_deref().is_some_and(|src| {
                    if src.starts_with('/') || src.contains('$') {
                        return false;
                    }
                    let host = join_path(&d.path_base(files, v.file), src);
                    host == *path || (!host.is_empty() && path.starts_with(&format!("{host}/")))
                })
        });
        // copied into the image the service builds
        let copied = match s.image {
            ImageSource::Build(id) => images.get(id).is_some_and(|b| {
                b.context_copies.iter().any(|c| {
                    c.repo_path.as_deref().is_some_and(|rp| {
                        rp == path || path.starts_with(&format!("{rp}/")) || rp == b.context
                    })
                }) && (b.context.is_empty() || path.starts_with(&format!("{}/", b.context)))
            }),
            _ => false,
        };
        if mounted || copied {
            out.push(s.id);
        }
    }
    if !out.is_empty() {
        return (out, Confidence::High);
    }
    // no service loads it visibly: the proxy services of deployments around the file
    let dir = files.file(file).dir();
    for s in services.iter().filter(|s| s.kind == ServiceKind::Proxy) {
        let d = &deployments[s.deployment];
        if d.dir.is_empty() || dir == d.dir || dir.starts_with(&format!("{}/", d.dir)) {
            out.push(s.id);
        }
    }
    (out, Confidence::Low)
}

pub fn build(
    files: &Files,
    nginx: &NginxModel,
    services: &[Service],
    deployments: &[Deployment],
    images: &[ImageBuild],
) -> Vec<Route> {
    let mut out = Vec::new();
    let mut proxies_cache: std::collections::HashMap<FileId, (Vec<ServiceId>, Confidence)> =
        Default::default();
    // indexes built once, so that each target is looked up, not matched against every service,
    // upstream and entry file (10,000 deployment files: thousands of each)
    let mut by_dns: HashMap<&str, Vec<ServiceId>> = HashMap::new();
    let mut by_name: HashMap<&str, Vec<ServiceId>> = HashMap::new();
    for s in services {
        for n in &s.dns_names {
            let ids = by_dns.entry(n.as_str()).or_default();
            // a name listed twice by one service counts once
            if ids.last() != Some(&s.id) {
                ids.push(s.id);
            }
        }
        by_name.entry(s.name.as_str()).or_default().push(s.id);
    }
    let mut upstream_by_name: HashMap<&str, &super::nginx::Upstream> = HashMap::new();
    for u in &nginx.upstreams {
        upstream_by_name.entry(u.name.as_str()).or_insert(u);
    }
    let mut entry_of: HashMap<FileId, FileId> = HashMap::new();
    for t in &nginx.proxy_targets {
        // the entry file that includes this target's file decides who loads it
        let entry = *entry_of.entry(t.file).or_insert_with(|| {
            nginx
                .entries
                .iter()
                .find(|e| e.file == t.file || includes(nginx, e.file, t.file))
                .map(|e| e.file)
                .unwrap_or(t.file)
        });
        let (proxies, confidence) = proxies_cache
            .entry(entry)
            .or_insert_with(|| {
                let (mut p, c) = proxies_of(files, entry, services, deployments, images);
                if p.is_empty() && entry != t.file {
                    p = proxies_of(files, t.file, services, deployments, images).0;
                }
                (p, c)
            })
            .clone();
        let upstream = upstream_by_name.get(t.host.as_str()).copied();
        let pairs: Vec<(String, Option<u16>, Span, FileId)> = match upstream {
            Some(u) => u
                .servers
                .iter()
                .map(|(h, p, s)| (h.clone(), *p, *s, u.file))
                .collect(),
            None => vec![(t.host.clone(), t.port, t.span, t.file)],
        };
        let targets = pairs
            .into_iter()
            .map(|(host, port, span, file)| {
                // a proxy's `links: ["app:backend"]` names `app` as `backend` for that proxy
                let linked: Vec<&str> = proxies
                    .iter()
                    .filter_map(|p| services.get(*p))
                    .flat_map(|p| p.resolved.links.iter())
                    .filter(|l| l.value.1.value == host)
                    .map(|l| l.value.0.as_str())
                    .collect();
                // the services that answer to `host` (by DNS name or a proxy's link alias), in
                // service order
                let mut candidates: Vec<ServiceId> = by_dns
                    .get(host.as_str())
                    .into_iter()
                    .flatten()
                    .copied()
                    .chain(
                        linked
                            .iter()
                            .flat_map(|n| by_name.get(n).into_iter().flatten().copied()),
                    )
                    .collect();
                candidates.sort_unstable();
                candidates.dedup();
                let services = candidates
                    .into_iter()
                    .filter_map(|id| services.get(id))
                    .filter(|s| {
                        proxies.is_empty()
                            || proxies
                                .iter()
                                .any(|p| services[*p].deployment == s.deployment)
                    })
                    .map(|s| s.id)
                    .collect();
                RouteTarget {
                    host,
                    port,
                    span,
                    file,
                    services,
                }
            })
            .collect();
        out.push(Route {
            file: t.file,
            span: t.span,
            directive: t.directive.clone(),
            location: t.location.clone(),
            upstream: upstream.map(|u| u.name.clone()),
            targets,
            proxies,
            confidence,
        });
    }
    out
}

fn includes(nginx: &NginxModel, from: FileId, to: FileId) -> bool {
    let mut stack = vec![from];
    let mut seen = std::collections::HashSet::new();
    while let Some(f) = stack.pop() {
        if !seen.insert(f) {
            continue;
        }
        for (a, _, b) in &nginx.includes {
            if *a == f {
                if *b == to {
                    return true;
                }
                stack.push(*b);
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use crate::meta::Confidence;
    use crate::testing::project_from_txtar;

    #[test]
    fn routes_reach_services() {
        let p = project_from_txtar("-- compose.yaml --\nservices:\n  nginx:\n    image: nginx:1.27\n    volumes:\n      - ./nginx/conf.d:/etc/nginx/conf.d:ro\n    ports: [\"80:80\"]\n  api:\n    image: ghcr.io/acme/api:1.0\n  ws:\n    image: ghcr.io/acme/ws:1.0\n-- nginx/conf.d/app.conf --\nupstream backend { server api:8000; }\nserver {\n  listen 80;\n  location / { proxy_pass http://backend; }\n  location /ws/ { proxy_pass http://ws:9000; }\n  location /ext/ { proxy_pass https://example.com; }\n}\n");
        assert_eq!(p.routes.len(), 3);
        let nginx = p.services.iter().find(|s| s.name == "nginx").unwrap().id;
        for r in &p.routes {
            assert_eq!(r.proxies, [nginx]);
            assert_eq!(r.confidence, Confidence::High);
        }
        let root = &p.routes[0];
        assert_eq!(root.upstream.as_deref(), Some("backend"));
        assert_eq!(root.targets[0].host, "api");
        assert_eq!(root.targets[0].port, Some(8000));
        assert_eq!(p.services[root.targets[0].services[0]].name, "api");
        assert_eq!(p.services[p.routes[1].targets[0].services[0]].name, "ws");
        assert!(p.routes[2].targets[0].services.is_empty());
    }
}
