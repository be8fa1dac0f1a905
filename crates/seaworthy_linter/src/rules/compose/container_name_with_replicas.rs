use super::deployment_of;
use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports services that set both `container_name` and `deploy.replicas` greater than 1.
    ///
    /// ## Why is this bad?
    /// Container names are unique per host: the second replica cannot be created and
    /// `docker compose up --scale` fails.
    ///
    /// ## Example
    /// ```yaml
    /// services:
    ///   worker:
    ///     image: ghcr.io/acme/api:1.0.0
    ///     container_name: worker
    ///     deploy:
    ///       replicas: 3
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// services:
    ///   worker:
    ///     image: ghcr.io/acme/api:1.0.0
    ///     deploy:
    ///       replicas: 3
    /// ```
    pub struct ContainerNameWithReplicas {
        code: "SW2021",
        name: "container-name-with-replicas",
        family: Compose,
        severity: High,
        category: Reliability,
        summary: "Fixed container name on a replicated service",
    }
}

crate::message! {
    /// A fixed container name on a service with several replicas.
    struct Named<'a> = "container-name-with-replicas" { service: &'a str, replicas: u32 }
    struct NamedHelp = "container-name-with-replicas-help" {}
}

impl ContainerNameWithReplicas {
    fn check(&self, project: &Project, cx: &mut Checker) {
        let m = &project.compose;
        for s in &project.services {
            let Some(r) = s.resolved.deploy_replicas.as_ref().map(|r| r.value) else {
                continue;
            };
            if r <= 1 {
                continue;
            }
            let name = s.merged.all_layers().rev().find_map(|l| {
                let (doc, sv) = m.layer(*l)?;
                sv.container_name.as_ref().map(|n| (doc.file, n.span))
            });
            if let Some((file, span)) = name {
                cx.report_in(
                    deployment_of(project, s),
                    file,
                    span,
                    Named {
                        service: &s.name,
                        replicas: r,
                    },
                )
                .help(NamedHelp {});
            }
        }
    }
}
