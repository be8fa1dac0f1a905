use super::is_data_service;
use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports `depends_on` entries that only wait for the dependency to *start* (short syntax,
    /// or `condition: service_started`) when the dependency has a healthcheck or is a database,
    /// cache or broker. Records a strength for `condition: service_healthy`.
    ///
    /// ## Why is this bad?
    /// "Started" means the process exists, not that PostgreSQL accepts connections: the app boots,
    /// fails to connect and crashes (or nginx answers 502) on every cold start. Seed audit s000 W2.
    ///
    /// ## Example
    /// ```yaml
    /// services:
    ///   api:
    ///     image: ghcr.io/acme/api:1.0.0
    ///     depends_on: [db]
    ///   db:
    ///     image: postgres:16
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// services:
    ///   api:
    ///     image: ghcr.io/acme/api:1.0.0
    ///     depends_on:
    ///       db:
    ///         condition: service_healthy
    ///   db:
    ///     image: postgres:16
    ///     healthcheck:
    ///       test: ["CMD-SHELL", "pg_isready -U postgres"]
    /// ```
    pub struct DependsOnNotHealthy {
        code: "SW2006",
        name: "depends-on-not-healthy",
        family: Compose,
        severity: Medium,
        category: Reliability,
        summary: "depends_on waits only for start, not for health",
    }
}

impl DependsOnNotHealthy {
    fn check(&self, project: &Project, cx: &mut Checker) {
        let m = &project.compose;
        let mut seen = std::collections::BTreeSet::new();
        for p in &project.deployments {
            for s in &p.services {
                for &layer in &s.layers {
                    let Some((doc, sv)) = m.layer(layer) else {
                        continue;
                    };
                    for dep in &sv.depends_on {
                        if !seen.insert((doc.file, dep.span)) {
                            continue;
                        }
                        if dep.condition == "service_healthy" {
                            cx.strength(
                                doc.file,
                                dep.span,
                                format!("`{}` waits for `{}` to be healthy", s.name, dep.service),
                            );
                            continue;
                        }
                        if dep.condition != "service_started" {
                            continue;
                        }
                        let Some(target) = p.services.iter().find(|t| t.name == dep.service) else {
                            continue;
                        };
                        let has_hc = m
                            .effective(target, |t| t.healthcheck.as_ref())
                            .is_some_and(|(_, h)| !h.disabled);
                        let data = target
                            .layers
                            .iter()
                            .any(|l| m.layer(*l).is_some_and(|(d, t)| is_data_service(d, t)));
                        if !has_hc && !data {
                            continue;
                        }
                        let how = if dep.short_syntax {
                            "the short `depends_on` form"
                        } else {
                            "`condition: service_started`"
                        };
                        cx.report(doc.file, dep.span, format!("`{}` waits only for `{}` to start ({how}), not for it to be ready", s.name, dep.service))
                            .help(format!("use `depends_on: {{{}: {{condition: service_healthy}}}}` and give `{}` a healthcheck", dep.service, dep.service));
                    }
                }
            }
        }
    }
}
