use super::deployment_of;
use crate::declare_rule;
use crate::message::Message;
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
    /// fails to connect and crashes (or nginx answers 502) on every cold start.
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

crate::message! {
    /// `condition: service_started` on a dependency that can say when it is ready.
    struct Started<'a> = "depends-on-not-healthy" { service: &'a str, dependency: &'a str }
    /// The short `depends_on` form (a list of names) on such a dependency.
    struct Short<'a> = "depends-on-not-healthy-short" { service: &'a str, dependency: &'a str }
    struct Help<'a> = "depends-on-not-healthy-help" { dependency: &'a str }
    /// The dependency has no healthcheck yet.
    struct HelpHealthcheck<'a> = "depends-on-not-healthy-help-healthcheck" { dependency: &'a str }
    struct Strength<'a> = "depends-on-not-healthy-strength" { service: &'a str, dependency: &'a str }
}

impl DependsOnNotHealthy {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for s in &project.services {
            let d = deployment_of(project, s);
            for dep in &s.resolved.depends_on {
                let (file, dep) = (dep.file, &dep.value);
                if dep.condition == "service_healthy" {
                    cx.strength(
                        file,
                        dep.span,
                        Strength {
                            service: &s.name,
                            dependency: &dep.service,
                        },
                    );
                    continue;
                }
                if dep.condition != "service_started" {
                    continue;
                }
                let Some(target) = project
                    .services_in(s.deployment)
                    .iter()
                    .find(|t| t.name == dep.service)
                else {
                    continue;
                };
                // a healthcheck to wait for (compose or the image's), or a data store that
                // should have one
                if target.healthcheck.is_none() && !target.kind.is_data() {
                    continue;
                }
                let (service, dependency) = (s.name.as_str(), dep.service.as_str());
                let msg: Message = if dep.short_syntax {
                    Short {
                        service,
                        dependency,
                    }
                    .into()
                } else {
                    Started {
                        service,
                        dependency,
                    }
                    .into()
                };
                let help: Message = if target.healthcheck.is_none() {
                    HelpHealthcheck { dependency }.into()
                } else {
                    Help { dependency }.into()
                };
                cx.report_in(d, file, dep.span, msg).help(help);
            }
        }
    }
}
