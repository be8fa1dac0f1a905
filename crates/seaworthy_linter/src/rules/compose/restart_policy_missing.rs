use super::deployment_of;
use crate::declare_rule;
use crate::project::service::ServiceKind;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports long-running services with no `restart:` policy (nor `deploy.restart_policy`) in
    /// shared and production compose files. Dev files and one-shot jobs are skipped.
    ///
    /// ## Why is this bad?
    /// After a crash, an out-of-memory kill or a host reboot the service stays down until someone
    /// notices.
    ///
    /// ## Example
    /// ```yaml
    /// services:
    ///   api:
    ///     image: ghcr.io/acme/api:1.0.0
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// services:
    ///   api:
    ///     image: ghcr.io/acme/api:1.0.0
    ///     restart: unless-stopped
    /// ```
    pub struct RestartPolicyMissing {
        code: "SW2010",
        name: "restart-policy-missing",
        family: Compose,
        severity: Low,
        category: Reliability,
        summary: "Service without a restart policy",
    }
}

crate::message! {
    /// A long-running production service without a restart policy.
    struct NoRestart<'a> = "restart-policy-missing" { service: &'a str }
    struct NoRestartHelp = "restart-policy-missing-help" {}
}

impl RestartPolicyMissing {
    fn check(&self, project: &Project, cx: &mut Checker) {
        let m = &project.compose;
        for s in &project.services {
            let d = deployment_of(project, s);
            if d.environment.is_non_prod() || s.kind == ServiceKind::OneShot {
                continue;
            }
            let has = s.resolved.restart.is_some()
                || s.merged.all_layers().any(|l| {
                    m.layer(*l).is_some_and(|(doc, sv)| {
                        doc.yaml
                            .get(sv.node, "deploy")
                            .and_then(|dep| doc.yaml.get(dep, "restart_policy"))
                            .is_some()
                    })
                });
            if !has {
                let (file, span) = s.defined_at;
                cx.report_in(d, file, span, NoRestart { service: &s.name })
                    .help(NoRestartHelp {});
            }
        }
    }
}
