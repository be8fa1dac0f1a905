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

impl DependencyUnknownService {
    fn check(&self, project: &Project, cx: &mut Checker) {
        let m = &project.compose;
        let mut seen = std::collections::BTreeSet::new();
        for p in &project.deployments {
            // an `include` the audit could not follow may define the services: skip the project
            if !p.complete {
                continue;
            }
            for s in &p.services {
                for l in &s.layers {
                    let Some((d, sv)) = m.layer(*l) else { continue };
                    for dep in &sv.depends_on {
                        if p.services.iter().any(|o| o.name == dep.service)
                            || dep.service.contains('$')
                            || !seen.insert((d.file, dep.span))
                        {
                            continue;
                        }
                        cx.report(
                            d.file,
                            dep.span,
                            format!(
                                "`{}` depends on `{}`, which this compose project does not define",
                                s.name, dep.service
                            ),
                        )
                        .help("fix the name, or define the service");
                    }
                }
            }
        }
    }
}
