use super::deployment_of;
use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Notes well-known services published on a different host port than their standard one
    /// (`5555:5432` for PostgreSQL). Informational.
    ///
    /// ## Why is this bad?
    /// Not wrong in itself, but every tool and person connecting from the host needs to know the
    /// odd port, and `.env` files drift between `5432` and `5555`. State the reason in a comment,
    /// or use the standard port.
    ///
    /// ## Example
    /// ```yaml
    /// services:
    ///   postgres:
    ///     image: postgres:16
    ///     ports:
    ///       - "127.0.0.1:5555:5432"
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// services:
    ///   postgres:
    ///     image: postgres:16
    ///     ports:
    ///       - "127.0.0.1:5432:5432"
    /// ```
    pub struct NonstandardHostPort {
        code: "SW2008",
        name: "nonstandard-host-port",
        family: Compose,
        severity: Info,
        category: Maintainability,
        summary: "Well-known service on a non-standard host port",
    }
}

crate::message! {
    /// A well-known service (`name`: the product) published on an unusual host port.
    struct Nonstandard<'a> = "nonstandard-host-port" { name: &'a str, service: &'a str, host: u16, target: u16 }
    struct NonstandardHelp = "nonstandard-host-port-help" {}
}

impl NonstandardHostPort {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for s in &project.services {
            let Some(known) = s.known else { continue };
            // admin UIs are judged by `admin-ui-exposed` (auth, not only the port)
            if known.kind == "proxy" || known.kind == "admin-ui" {
                continue;
            }
            for p in &s.resolved.ports {
                let (Some(host), Some(target)) = (p.value.published_port(), p.value.target_port())
                else {
                    continue;
                };
                if known.ports.contains(&target) && host != target && !known.ports.contains(&host) {
                    cx.report_in(
                        deployment_of(project, s),
                        p.file,
                        p.value.span,
                        Nonstandard {
                            name: &known.name,
                            service: &s.name,
                            host,
                            target,
                        },
                    )
                    .help(NonstandardHelp {});
                }
            }
        }
    }
}
