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
type Published = ((String, u16, String), String, FileId, Span);

impl DuplicateHostPort {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for d in &project.deployments {
            let mut seen: Vec<Published> = Vec::new();
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
                    if let Some((_, other, of, os)) =
                        seen.iter().find(|(k, n, _, _)| *k == key && *n != s.name)
                    {
                        cx.report_in(d, port.file, port.value.span, Duplicate { port: hp, other })
                            .help(DuplicateHelp {})
                            .related(*of, *os, DuplicateRelated { other });
                    } else {
                        seen.push((key, s.name.clone(), port.file, port.value.span));
                    }
                }
            }
        }
    }
}
