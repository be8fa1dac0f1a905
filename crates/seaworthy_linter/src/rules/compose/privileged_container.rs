use super::deployment_of;
use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports `privileged: true`.
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

impl PrivilegedContainer {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for s in &project.services {
            if let Some(p) = &s.resolved.privileged {
                cx.report_in(deployment_of(project, s), p.file, p.value, format!("`{}` runs privileged: root on the host if it is compromised", s.name))
                    .help("remove `privileged` and add only the capabilities or devices it needs (`cap_add`, `devices`)");
            }
        }
    }
}
