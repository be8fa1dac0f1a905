use super::{image_of, known_for};
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
    /// odd port, and `.env` files drift between `5432` and `5555`. Seed audit s001 (`5555:5432`
    /// without a stated reason). State the reason in a comment, or use the standard port.
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

impl NonstandardHostPort {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for (d, s) in project.compose.all_services() {
            let Some(known) = image_of(d, s).and_then(|i| known_for(&i)) else {
                continue;
            };
            if known.kind == "proxy" {
                continue;
            }
            for p in &s.ports {
                let (Some(host), Some(target)) = (p.published_port(), p.target_port()) else {
                    continue;
                };
                if known.ports.contains(&target) && host != target && !known.ports.contains(&host) {
                    cx.report(d.file, p.span, format!("{} of `{}` is published on host port {host} instead of {target}", known.name, s.name))
                        .help("use the standard port, or say why in a comment (another local instance already uses it)");
                }
            }
        }
    }
}
