use super::{by_env, deployment_of};
use crate::declare_rule;
use crate::diagnostic::Severity;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports `privileged: true`: high in stacks production runs, low in dev and test stacks.
    ///
    /// ## Why is this bad?
    /// A privileged container has every capability and every host device: a compromise of the
    /// container is a compromise of the host. Grant the specific capability (`cap_add`) or device
    /// instead.
    ///
    /// ## Example
    /// ```yaml
    /// services:
    ///   app:
    ///     image: ghcr.io/acme/app:1.0.0
    ///     privileged: true
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// services:
    ///   app:
    ///     image: ghcr.io/acme/app:1.0.0
    ///     cap_add: [NET_ADMIN]
    /// ```
    pub struct PrivilegedContainer {
        code: "SW2015",
        name: "privileged-container",
        family: Compose,
        severity: High,
        category: Security,
        summary: "Privileged container",
    }
}

crate::message! {
    /// A privileged container.
    struct Privileged<'a> = "privileged-container" { service: &'a str }
    struct PrivilegedHelp = "privileged-container-help" {}
}

impl PrivilegedContainer {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for s in &project.services {
            if let Some(p) = &s.resolved.privileged {
                let d = deployment_of(project, s);
                cx.report_in(d, p.file, p.value, Privileged { service: &s.name })
                    .help(PrivilegedHelp {})
                    .severity(by_env(
                        d.environment,
                        Severity::High,
                        Severity::High,
                        Severity::Low,
                    ));
            }
        }
    }
}
