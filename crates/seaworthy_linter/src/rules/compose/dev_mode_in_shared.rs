use super::{by_env, deployment_of};
use crate::declare_rule;
use crate::diagnostic::Severity;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Finds development settings in compose files that production uses (the base file and
    /// production files): `--reload`, `runserver`, a `dev` subcommand, `ENVIRONMENT=development`,
    /// `DEBUG=1|true`, `NODE_ENV=development`, `build.target: development`. Dev override files are
    /// where these belong and are not reported. A command that replaces the production server
    /// the image starts by itself with a development server is reported by
    /// `dev-server-replaces-image-server` instead.
    ///
    /// ## Why is this bad?
    /// The base file is merged into every environment: a dev flag there ships to production (debug
    /// pages with secrets, autoreload, single-process dev servers).
    ///
    /// ## Example
    /// ```yaml
    /// services:
    ///   api:
    ///     image: ghcr.io/acme/api:1.0.0
    ///     command: uvicorn app.main:app --host 0.0.0.0 --reload
    ///     environment:
    ///       DEBUG: "true"
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// services:
    ///   api:
    ///     image: ghcr.io/acme/api:1.0.0
    ///     command: uvicorn app.main:app --host 0.0.0.0
    ///     environment:
    ///       DEBUG: "false"
    /// ```
    /// ```yaml path=docker-compose.override.yml
    /// services:
    ///   api:
    ///     command: uvicorn app.main:app --host 0.0.0.0 --reload
    ///     environment:
    ///       DEBUG: "true"
    /// ```
    pub struct DevModeInShared {
        code: "SW2014",
        name: "dev-mode-in-shared",
        family: Compose,
        severity: Medium,
        category: Reliability,
        summary: "Development mode in a compose file production uses",
    }
}

crate::message! {
    /// A development-mode command (`word`: the flag or subcommand) in a deployment production uses.
    struct Command<'a> = "dev-mode-in-shared" { service: &'a str, word: &'a str }
    struct CommandHelp = "dev-mode-in-shared-help" {}
    /// A development value of an environment variable.
    struct Env<'a> = "dev-mode-in-shared-env" { key: &'a str, value: &'a str, service: &'a str }
    struct EnvHelp = "dev-mode-in-shared-env-help" {}
    /// A development build stage.
    struct Stage<'a> = "dev-mode-in-shared-stage" { service: &'a str, stage: &'a str }
    struct StageHelp = "dev-mode-in-shared-stage-help" {}
}

impl DevModeInShared {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for s in &project.services {
            let d = deployment_of(project, s);
            if d.environment.is_non_prod() {
                continue;
            }
            let sev = by_env(
                d.environment,
                Severity::High,
                Severity::Medium,
                Severity::Low,
            );
            // the command the deployment really runs (a production override replaces the base's);
            // a dev server that replaces the image's production server is
            // `dev-server-replaces-image-server`'s finding, at the same place
            let replaces_image_server =
                crate::rules::project::helpers::dev_server_override(project, s).is_some();
            if let Some(c) = s
                .resolved
                .command
                .as_ref()
                .filter(|_| !replaces_image_server)
            {
                let dev = c.value.0.iter().find(|w| {
                    *w == "--reload" || *w == "runserver" || *w == "dev" || *w == "--debug"
                });
                if let Some(w) = dev {
                    cx.report_in(
                        d,
                        c.file,
                        c.value.1,
                        Command {
                            service: &s.name,
                            word: w,
                        },
                    )
                    .severity(sev)
                    .help(CommandHelp {});
                }
            }
            for e in &s.resolved.environment {
                let Some(raw) = &e.value.value else { continue };
                let val = match project.compose.doc(e.file) {
                    Some(doc) => doc.interpolate(raw).value,
                    None => raw.clone(),
                }
                .to_ascii_lowercase();
                let dev = match e.value.key.as_str() {
                    "ENVIRONMENT" | "ENV" | "APP_ENV" | "NODE_ENV" | "RAILS_ENV" | "FLASK_ENV"
                    | "DJANGO_ENV" | "STAGE" => {
                        matches!(val.as_str(), "development" | "dev" | "local")
                    }
                    "DEBUG" | "FLASK_DEBUG" | "APP_DEBUG" | "DJANGO_DEBUG" => {
                        matches!(val.as_str(), "1" | "true" | "yes" | "on")
                    }
                    _ => false,
                };
                if dev {
                    let span = e.value.value_span.unwrap_or(e.value.key_span);
                    cx.report_in(
                        d,
                        e.file,
                        span,
                        Env {
                            key: &e.value.key,
                            value: &val,
                            service: &s.name,
                        },
                    )
                    .severity(sev)
                    .help(EnvHelp {});
                }
            }
            if let Some(b) = &s.resolved.build {
                if let Some(t) = &b.value.target {
                    if matches!(
                        t.value.as_str(),
                        "development" | "dev" | "develop" | "local" | "debug"
                    ) {
                        cx.report_in(
                            d,
                            b.file,
                            t.span,
                            Stage {
                                service: &s.name,
                                stage: &t.value,
                            },
                        )
                        .severity(sev)
                        .help(StageHelp {});
                    }
                }
            }
        }
    }
}
