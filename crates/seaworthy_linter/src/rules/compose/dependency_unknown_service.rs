use super::deployment_of;
use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports `depends_on` entries that name a service the compose project (base plus the
    /// environment's override) does not define.
    ///
    /// ## Why is this bad?
    /// Compose refuses to start the project ("depends on undefined service"), typically after a
    /// service was renamed in one file and not in the other.
    ///
    /// ## Example
    /// ```yaml
    /// services:
    ///   api:
    ///     image: ghcr.io/acme/api:1.0.0
    ///     depends_on: [postgres]
    ///   db:
    ///     image: postgres:16
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// services:
    ///   api:
    ///     image: ghcr.io/acme/api:1.0.0
    ///     depends_on: [db]
    ///   db:
    ///     image: postgres:16
    /// ```
    pub struct DependencyUnknownService {
        code: "SW2025",
        name: "depends-on-unknown-service",
        family: Compose,
        severity: High,
        category: Reliability,
        summary: "depends_on names a service that does not exist",
    }
}

crate::message! {
    /// A `depends_on` entry naming a service the project does not define.
    struct Unknown<'a> = "depends-on-unknown-service" { service: &'a str, dependency: &'a str }
    struct UnknownHelp = "depends-on-unknown-service-help" {}
}

impl DependencyUnknownService {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for s in &project.services {
            let d = deployment_of(project, s);
            if !d.complete {
                continue;
            }
            for dep in &s.resolved.depends_on {
                if dep.value.service.contains('$')
                    || d.services.iter().any(|o| o.name == dep.value.service)
                {
                    continue;
                }
                cx.report_in(
                    d,
                    dep.file,
                    dep.value.span,
                    Unknown {
                        service: &s.name,
                        dependency: &dep.value.service,
                    },
                )
                .help(UnknownHelp {});
            }
        }
    }
}
