use super::deployment_of;
use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports `network_mode: host`.
    ///
    /// ## Why is this bad?
    /// The container shares the host's network stack: every port it opens is open on the host,
    /// compose networks and service names do not apply, and it can reach services bound to the
    /// host's loopback.
    ///
    /// ## Example
    /// ```yaml
    /// services:
    ///   app:
    ///     image: ghcr.io/acme/app:1.0.0
    ///     network_mode: host
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// services:
    ///   app:
    ///     image: ghcr.io/acme/app:1.0.0
    ///     ports: ["127.0.0.1:8000:8000"]
    /// ```
    pub struct NetworkModeHost {
        code: "SW2017",
        name: "network-mode-host",
        family: Compose,
        severity: Medium,
        category: Security,
        summary: "Container on the host network",
    }
}

crate::message! {
    /// A service on the host's network.
    struct HostNetwork<'a> = "network-mode-host" { service: &'a str }
    struct HostNetworkHelp = "network-mode-host-help" {}
}

impl NetworkModeHost {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for s in &project.services {
            if let Some(n) = &s.resolved.network_mode {
                if n.value.value == "host" {
                    cx.report_in(
                        deployment_of(project, s),
                        n.file,
                        n.value.span,
                        HostNetwork { service: &s.name },
                    )
                    .help(HostNetworkHelp {});
                }
            }
        }
    }
}
