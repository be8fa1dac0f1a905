use super::is_one_shot;
use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports long-running services with no `restart:` policy (nor `deploy.restart_policy`) in
    /// shared and production compose files. Dev files and one-shot jobs are skipped.
    ///
    /// ## Why is this bad?
    /// After a crash, an out-of-memory kill or a host reboot the service stays down until someone
    /// notices. Seed audit s003 #11.
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

impl RestartPolicyMissing {
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
                let has = s.layers.iter().any(|l| {
                    m.layer(*l).is_some_and(|(d, sv)| {
                        sv.restart.is_some()
                            || d.yaml
                                .get(sv.node, "deploy")
                                .and_then(|dep| d.yaml.get(dep, "restart_policy"))
                                .is_some()
                    })
                });
                if !has {
                    cx.report(doc.file, base.name_span, format!("service `{}` has no restart policy: after a crash or reboot it stays down", s.name))
                        .help("add `restart: unless-stopped` (or `always`)");
                }
            }
        }
    }
}
