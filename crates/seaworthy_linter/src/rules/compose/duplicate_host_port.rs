use crate::declare_rule;
use crate::project::{FileId, Project};
use crate::rule::Checker;
use seaworthy_syntax::Span;

declare_rule! {
    /// ## What it does
    /// Reports two services of one compose project publishing the same host port (on the same
    /// host address and protocol).
    ///
    /// ## Why is this bad?
    /// The second container fails to start with "port is already allocated".
    ///
    /// ## Example
    /// ```yaml
    /// services:
    ///   api:
    ///     image: ghcr.io/acme/api:1.0.0
    ///     ports: ["8000:8000"]
    ///   admin:
    ///     image: ghcr.io/acme/admin:1.0.0
    ///     ports: ["8000:80"]
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// services:
    ///   api:
    ///     image: ghcr.io/acme/api:1.0.0
    ///     ports: ["8000:8000"]
    ///   admin:
    ///     image: ghcr.io/acme/admin:1.0.0
    ///     ports: ["8001:80"]
    /// ```
    pub struct DuplicateHostPort {
        code: "SW2022",
        name: "duplicate-host-port",
        family: Compose,
        severity: High,
        category: Reliability,
        summary: "Two services publish the same host port",
    }
}

crate::message! {
    /// A host port `other` publishes too.
    struct Duplicate<'a> = "duplicate-host-port" { port: u16, other: &'a str }
    struct DuplicateHelp = "duplicate-host-port-help" {}
    struct DuplicateRelated<'a> = "duplicate-host-port-related" { other: &'a str }
}

/// (host ip, host port, protocol), the service, and where it is published.
/// (service, file, span) of a published port, by (host ip, host port, protocol).
type Seen<'a> = std::collections::HashMap<(String, u16, String), Vec<(&'a str, FileId, Span)>>;

impl DuplicateHostPort {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for d in &project.deployments {
            // each key's earlier ports in order: a lookup per port, not a scan of every port
            let mut seen: Seen = Seen::new();
            for s in project.services_in(d.id) {
                for port in &s.resolved.ports {
                    let Some(hp) = port.value.published_port() else {
                        continue;
                    };
                    let key = (
                        port.value.host_ip.clone().unwrap_or_default(),
                        hp,
                        port.value.protocol.clone().unwrap_or_else(|| "tcp".into()),
                    );
                    let earlier = seen.entry(key).or_default();
                    if let Some((other, of, os)) =
                        earlier.iter().find(|(n, _, _)| *n != s.name.as_str())
                    {
                        cx.report_in(d, port.file, port.value.span, Duplicate { port: hp, other })
                            .help(DuplicateHelp {})
                            .related(*of, *os, DuplicateRelated { other });
                    } else {
                        earlier.push((s.name.as_str(), port.file, port.value.span));
                    }
                }
            }
        }
    }
}
