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

impl ContainerNameWithReplicas {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for (d, s) in project.compose.all_services() {
            if let (Some(n), Some(r)) = (&s.container_name, s.deploy_replicas) {
                if r > 1 {
                    cx.report(d.file, n.span, format!("`{}` sets `container_name` but asks for {r} replicas: only one can exist", s.name))
                        .help("remove `container_name`; compose names replicas `<project>-<service>-<n>`");
                }
            }
        }
    }
}
