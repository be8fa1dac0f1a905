use crate::declare_rule;
use crate::message::Message;
use crate::project::{join_path, FileId, Project};
use crate::rule::Checker;
use seaworthy_syntax::yaml::Kind;
use seaworthy_syntax::{Environment, Span};
use std::collections::HashMap;

declare_rule! {
    /// ## What it does
    /// Reports development settings (`DEBUG=1`, `FLASK_DEBUG=true`, `ENVIRONMENT=development`,
    /// `NODE_ENV=development`, `APP_ENV=local`, ...) in an env file that reaches production: a
    /// production env file (`.env.prod`), an `env_file:` of a service in a stack that is not
    /// dev-only, or the `.env` whose value a shared or production compose file interpolates.
    /// Dev env files (`.env.dev`, `.env.local`) and dev-only stacks are not reported.
    ///
    /// ## Why is this bad?
    /// Debug mode answers errors with stack traces, settings and sometimes an interactive console;
    /// "development" switches off production safeguards (secure cookies, caching, strict hosts).
    /// The compose file says nothing about it: the value hides in `.env`.
    ///
    /// ## Example
    /// ```yaml
    /// services:
    ///   api:
    ///     image: ghcr.io/acme/api:1.0.0
    ///     env_file: .env
    /// ```
    /// ```env
    /// ENVIRONMENT=development
    /// DEBUG=1
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// services:
    ///   api:
    ///     image: ghcr.io/acme/api:1.0.0
    ///     env_file: .env
    /// ```
    /// ```env
    /// ENVIRONMENT=production
    /// DEBUG=0
    /// ```
    pub struct DevSettingsInProductionEnv {
        code: "SW4011",
        name: "dev-settings-in-production-env",
        family: Secrets,
        severity: Medium,
        category: Security,
        summary: "Debug or development mode in an env file production uses",
    }
}

/// Is `KEY=value` a development setting? Returns the production value to suggest.
pub fn dev_setting(key: &str, value: &str) -> Option<&'static str> {
    let k = key.to_ascii_uppercase();
    let v = value.trim().to_ascii_lowercase();
    let truthy = matches!(v.as_str(), "1" | "true" | "yes" | "on");
    if (k == "DEBUG" || k.ends_with("_DEBUG")) && truthy {
        return Some("0");
    }
    let env_key = matches!(
        k.as_str(),
        "ENVIRONMENT"
            | "ENV"
            | "APP_ENV"
            | "APP_ENVIRONMENT"
            | "NODE_ENV"
            | "FLASK_ENV"
            | "DJANGO_ENV"
            | "RAILS_ENV"
            | "RACK_ENV"
            | "PYTHON_ENV"
            | "STAGE"
    );
    (env_key && matches!(v.as_str(), "dev" | "development" | "local" | "debug"))
        .then_some("production")
}

/// Why an env file reaches production: (message, related file, related span).
type Reach = (Message, FileId, Span);

crate::message! {
    /// A development value in an env file production uses.
    struct DevSetting<'a> = "dev-settings-in-production-env" { key: &'a str, value: &'a str, path: &'a str }
    struct DevSettingHelp<'a> = "dev-settings-in-production-env-help" { key: &'a str, good: &'a str }
    struct LoadedBy<'a> = "dev-settings-in-production-env-loaded-by" { service: &'a str }
    struct Interpolated<'a> = "dev-settings-in-production-env-interpolated" { key: &'a str }
}

impl DevSettingsInProductionEnv {
    fn check(&self, project: &Project, cx: &mut Checker) {
        let mut loaders: Option<HashMap<String, Reach>> = None;
        for env in project.env.files.iter().filter(|e| !e.is_example) {
            let file = project.file(env.file);
            if file.environment.is_non_prod() {
                continue;
            }
            let dev: Vec<_> = env
                .parsed
                .entries
                .iter()
                .filter_map(|e| dev_setting(&e.key, &e.value).map(|good| (e, good)))
                .collect();
            if dev.is_empty() {
                continue;
            }
            // env_file: of a service in a stack that is not dev-only (the first one, in
            // deployment and service order; the map is built once, on the first env file that
            // needs it, instead of resolving every service again per env file)
            let loaded: Option<Reach> = loaders
                .get_or_insert_with(|| env_file_loaders(project))
                .get(file.path.as_str())
                .cloned();
            for (e, good) in dev {
                let reach = if file.environment == Environment::Prod {
                    None
                } else if let Some(l) = &loaded {
                    Some(l.clone())
                } else if let Some(i) = interpolated(project, env.file, &e.key) {
                    Some(i)
                } else {
                    continue;
                };
                let f = cx.report(
                    env.file,
                    e.key_span.cover(e.value_span),
                    DevSetting {
                        key: &e.key,
                        value: e.value.trim(),
                        path: &file.path,
                    },
                );
                f.help(DevSettingHelp { key: &e.key, good });
                if let Some((msg, rf, rs)) = reach {
                    f.related(rf, rs, msg);
                }
            }
        }
    }
}

/// For every env file path a service of a non-dev stack loads with `env_file:`, the first such
/// service (in deployment and service order) and the place it names the file.
fn env_file_loaders(project: &Project) -> HashMap<String, Reach> {
    let mut out: HashMap<String, Reach> = HashMap::new();
    for p in &project.deployments {
        if p.environment.is_non_prod() {
            continue;
        }
        for s in &p.services {
            let r = project.compose.resolve(s);
            for ef in &r.env_file {
                let dir = project.file(ef.file).dir();
                out.entry(join_path(dir, &ef.value.value))
                    .or_insert_with(|| {
                        (LoadedBy { service: &s.name }.into(), ef.file, ef.value.span)
                    });
            }
        }
    }
    out
}

/// A compose file of a non-dev stack that interpolates `key` from this `.env`.
fn interpolated(project: &Project, env: FileId, key: &str) -> Option<Reach> {
    let m = &project.compose;
    for p in project
        .deployments
        .iter()
        .filter(|p| !p.environment.is_non_prod())
    {
        for f in &p.files {
            let Some(d) = m.doc(*f) else { continue };
            if d.dotenv.get(key).is_none_or(|o| o.file != env) {
                continue;
            }
            for node in &d.yaml.nodes {
                let Kind::Scalar { value, .. } = &node.kind else {
                    continue;
                };
                if value.contains('$') && d.interpolate(value).refs.iter().any(|r| r.name == key) {
                    return Some((Interpolated { key }.into(), d.file, node.span));
                }
            }
        }
    }
    None
}
