use super::{by_env, deployment_of};
use crate::declare_rule;
use crate::diagnostic::Severity;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports host ports published on all interfaces for internal services: databases, caches,
    /// brokers and their monitoring ports (PostgreSQL 5432, Redis 6379, NATS 8222, RabbitMQ 15672,
    /// ... from `data/services.toml`). High in production files, medium in shared ones,
    /// informational in dev files; binding to `127.0.0.1` is fine.
    ///
    /// ## Why is this bad?
    /// The database is one port scan away from the internet, usually with a weak password, and
    /// Docker's published ports bypass the host firewall (ufw).
    ///
    /// ## Example
    /// ```yaml
    /// services:
    ///   db:
    ///     image: postgres:16
    ///     ports:
    ///       - "5432:5432"
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// services:
    ///   db:
    ///     image: postgres:16
    ///     ports:
    ///       - "127.0.0.1:5432:5432"
    /// ```
    pub struct InternalPortPublished {
        code: "SW2007",
        name: "internal-port-published",
        family: Compose,
        severity: Medium,
        category: Security,
        summary: "Database, cache or broker port published to every interface",
    }
}

crate::message! {
    /// An internal service's port (`name`: the product) published on every interface.
    struct Published<'a> = "internal-port-published" { name: &'a str, port: u16, service: &'a str }
    struct PublishedHelp = "internal-port-published-help" {}
}

impl InternalPortPublished {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for s in &project.services {
            let Some(known) = s.known else { continue };
            // admin UIs are judged by `admin-ui-exposed` (auth, not only the port)
            if known.kind == "proxy" || known.kind == "admin-ui" {
                continue;
            }
            let d = deployment_of(project, s);
            for p in &s.resolved.ports {
                let Some(target) = p.value.target_port() else {
                    continue;
                };
                if !p.value.is_public() || !known.ports.contains(&target) {
                    continue;
                }
                cx.report_in(
                    d,
                    p.file,
                    p.value.span,
                    Published {
                        name: &known.name,
                        port: target,
                        service: &s.name,
                    },
                )
                .help(PublishedHelp {})
                .severity(by_env(
                    d.environment,
                    Severity::High,
                    Severity::Medium,
                    Severity::Info,
                ));
            }
        }
    }
}
