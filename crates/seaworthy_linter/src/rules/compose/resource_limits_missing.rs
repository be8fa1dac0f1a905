use super::is_one_shot;
use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports services of shared and production compose projects without memory/CPU limits
    /// (`deploy.resources.limits`, `mem_limit`, `cpus`). Records a strength when a service has
    /// them. Dev projects are skipped.
    ///
    /// ## Why is this bad?
    /// One leaking worker or runaway query eats the host's memory and the kernel's OOM killer
    /// picks a victim, often the database. Seed audits s001 and s004 praise explicit limits.
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

impl ResourceLimitsMissing {
    fn check(&self, project: &Project, cx: &mut Checker) {
        let m = &project.compose;
        let mut seen = std::collections::BTreeSet::new();
        for p in project
            .deployments
            .iter()
            .filter(|p| !p.environment.is_non_prod())
        {
            for s in &p.services {
                let Some((doc, base)) = m.layer(s.layers[0]) else {
                    continue;
                };
                if !seen.insert((doc.file, s.layers[0].1)) || is_one_shot(base) {
                    continue;
                }
                let limited = s
                    .layers
                    .iter()
                    .any(|l| m.layer(*l).is_some_and(|(_, sv)| sv.has_limits));
                if limited {
                    cx.strength(
                        doc.file,
                        base.name_span,
                        format!("service `{}` has resource limits", s.name),
                    );
                } else {
                    cx.report(doc.file, base.name_span, format!("service `{}` has no memory or CPU limit", s.name))
                        .help("add `deploy: {resources: {limits: {memory: 512M, cpus: \"1.0\"}}}` sized from what the service really uses");
                }
            }
        }
    }
}
