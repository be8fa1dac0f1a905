use super::{image_of, known_for};
use crate::declare_rule;
use crate::diagnostic::Severity;
use crate::project::Project;
use crate::rule::Checker;
use seaworthy_syntax::Environment;

declare_rule! {
    /// ## What it does
    /// Reports host ports published on all interfaces for internal services: databases, caches,
    /// brokers and their monitoring ports (PostgreSQL 5432, Redis 6379, NATS 8222, RabbitMQ 15672,
    /// ... from `data/services.toml`). High in production files, medium in shared ones,
    /// informational in dev files; binding to `127.0.0.1` is fine.
    ///
    /// ## Why is this bad?
    /// The database is one port scan away from the internet, usually with a weak password, and
    /// Docker's published ports bypass the host firewall (ufw). Seed audits s001 §3.2 (NATS
    /// monitoring on 8222) and s003 #13 (`5433:5432`).
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

impl InternalPortPublished {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for (d, s) in project.compose.all_services() {
            let Some(image) = image_of(d, s) else {
                continue;
            };
            let Some(known) = known_for(&image) else {
                continue;
            };
            if known.kind == "proxy" {
                continue;
            }
            for p in &s.ports {
                let Some(target) = p.target_port() else {
                    continue;
                };
                if !p.is_public() || !known.ports.contains(&target) {
                    continue;
                }
                let env = project.file(d.file).environment;
                let f = cx.report(
                    d.file,
                    p.span,
                    format!(
                        "{} port {target} of `{}` is published on every interface",
                        known.name, s.name
                    ),
                );
                f.help("drop the `ports:` entry (services reach it by name on the compose network), or bind it to loopback: `127.0.0.1:<port>:<port>`");
                f.severity(match env {
                    Environment::Prod => Severity::High,
                    Environment::Dev | Environment::Test => Severity::Info,
                    Environment::Shared => Severity::Medium,
                });
            }
        }
    }
}
