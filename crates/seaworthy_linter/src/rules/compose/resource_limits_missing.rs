use super::deployment_of;
use crate::declare_rule;
use crate::project::service::ServiceKind;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports services of shared and production compose projects without memory/CPU limits
    /// (`deploy.resources.limits`, `mem_limit`, `cpus`). Records a strength when a service has
    /// them. Dev projects are skipped.
    ///
    /// ## Why is this bad?
    /// One leaking worker or runaway query eats the host's memory and the kernel's OOM killer picks
    /// a victim, often the database.
    ///
    /// ## Example
    /// ```yaml
    /// services:
    ///   worker:
    ///     image: ghcr.io/acme/api:1.0.0
    ///     restart: unless-stopped
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// services:
    ///   worker:
    ///     image: ghcr.io/acme/api:1.0.0
    ///     restart: unless-stopped
    ///     deploy:
    ///       resources:
    ///         limits:
    ///           memory: 512M
    ///           cpus: "1.0"
    /// ```
    pub struct ResourceLimitsMissing {
        code: "SW2012",
        name: "resource-limits-missing",
        family: Compose,
        severity: Low,
        category: Reliability,
        summary: "Service without resource limits",
    }
}

crate::message! {
    /// A long-running production service without memory or CPU limits.
    struct NoLimits<'a> = "resource-limits-missing" { service: &'a str }
    struct NoLimitsHelp = "resource-limits-missing-help" {}
    struct Strength<'a> = "resource-limits-missing-strength" { service: &'a str }
}

impl ResourceLimitsMissing {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for s in &project.services {
            let d = deployment_of(project, s);
            if d.environment.is_non_prod() || s.kind == ServiceKind::OneShot {
                continue;
            }
            let (file, span) = s.defined_at;
            if s.resolved.has_limits {
                cx.strength(file, span, Strength { service: &s.name });
            } else {
                cx.report_in(d, file, span, NoLimits { service: &s.name })
                    .help(NoLimitsHelp {});
            }
        }
    }
}
