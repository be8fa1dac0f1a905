use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;
use seaworthy_syntax::Span;

declare_rule! {
    /// ## What it does
    /// Notes a compose stack that serves traffic in production (an edge proxy publishing port 80
    /// or 443, TLS router labels for Traefik/Caddy, or `deploy.replicas`) from a single compose
    /// file, with no `compose.override.yaml` and no `compose.prod.yaml`-style file beside it.
    /// Records a strength when the base file comes with such per-environment files.
    ///
    /// ## Why is this bad?
    /// One file for every environment means development conveniences (bind-mounted code,
    /// `--reload`, published database ports, debug settings) and production settings (limits,
    /// restart policies, TLS) cannot differ: one of the two is always wrong. It is a judgement call
    /// for small stacks, hence `info`.
    ///
    /// ## Example
    /// ```yaml
    /// services:
    ///   nginx:
    ///     image: nginxinc/nginx-unprivileged:1.27
    ///     ports: ["443:8443"]
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// services:
    ///   nginx:
    ///     image: nginxinc/nginx-unprivileged:1.27
    /// ```
    /// ```yaml path=compose.prod.yaml
    /// services:
    ///   nginx:
    ///     ports: ["443:8443"]
    /// ```
    pub struct NoEnvironmentOverrides {
        code: "SW2028",
        name: "no-environment-overrides",
        family: Compose,
        severity: Info,
        category: Maintainability,
        summary: "One compose file serves every environment",
    }
}

crate::message! {
    /// A production stack in a single compose file.
    struct Single = "no-environment-overrides" {}
    struct SingleHelp = "no-environment-overrides-help" {}
    /// `overrides`: the environment files next to the base file, pre-joined.
    struct Strength<'a> = "no-environment-overrides-strength" { file: &'a str, overrides: &'a str }
}

impl NoEnvironmentOverrides {
    fn check(&self, project: &Project, cx: &mut Checker) {
        let m = &project.compose;
        for d in &m.docs {
            let file = project.file(d.file);
            if !crate::project::compose::is_base(file.name()) || file.is_template() {
                continue;
            }
            let dir = file.dir();
            // a fragment another compose file includes is not a stack of its own
            if project
                .deployments
                .iter()
                .any(|p| p.files.contains(&d.file) && p.dir != dir)
            {
                continue;
            }
            // per-environment files of the same stack: overrides, `compose.prod.yaml`, ...
            // (a test or alternative compose file is not an environment split)
            let siblings: Vec<&str> = m
                .docs
                .iter()
                .filter(|o| {
                    let of = project.file(o.file);
                    o.file != d.file
                        && of.dir() == dir
                        && of.environment != seaworthy_syntax::Environment::Shared
                })
                .map(|o| project.file(o.file).name())
                .collect();
            if !siblings.is_empty() {
                cx.strength(
                    d.file,
                    d.view.services_span.unwrap_or(Span::EMPTY),
                    Strength {
                        file: file.name(),
                        overrides: &siblings
                            .iter()
                            .map(|s| format!("`{s}`"))
                            .collect::<Vec<_>>()
                            .join(", "),
                    },
                );
                continue;
            }
            if !d.view.include.is_empty() {
                continue;
            }
            let edge = d.view.services.iter().any(|s| {
                s.ports.iter().any(|p| {
                    matches!(p.published_port(), Some(80 | 443))
                        || matches!(p.target_port(), Some(443))
                })
            });
            let tls_labels = d.yaml.nodes.iter().any(|n| match &n.kind {
                seaworthy_syntax::yaml::Kind::Scalar { value, .. } => {
                    value.contains("certresolver")
                        || value.contains("tls=true")
                        || value.contains("caddy.tls")
                        || value.starts_with("traefik.http.routers.") && value.contains("Host(")
                }
                _ => false,
            });
            let replicas = d.view.services.iter().any(|s| s.deploy_replicas.is_some());
            if !(edge || tls_labels || replicas) {
                continue;
            }
            cx.report(
                d.file,
                d.view.services_span.unwrap_or(Span::EMPTY),
                Single {},
            )
            .help(SingleHelp {});
        }
    }
}
