use crate::declare_rule;
use crate::diagnostic::Severity;
use crate::project::Project;
use crate::rule::Checker;
use crate::rules::compose::by_env;
use seaworthy_app::python::SettingSource;
use seaworthy_app::value::{Lit, Val, Value};
use seaworthy_syntax::Environment;

declare_rule! {
    /// ## What it does
    /// Finds settings that switch off a web framework's protections where production uses them:
    /// `ALLOWED_HOSTS` that accepts any host (`*`), CORS that accepts any origin
    /// (`CORS_ALLOW_ALL_ORIGINS`, `CORS_ORIGINS=*`, a CORS middleware with `allow_origins=["*"]`
    /// and credentials), session and CSRF cookies without `Secure`, and `DEBUG = True`, in a
    /// production or shared stack's environment (compose `environment:`, `env_file:`) or in a
    /// settings module (`settings/production.py`, and the shared `settings.py` as advice). Values
    /// under `if DEBUG:` or in development settings are not reported.
    ///
    /// ## Why is this bad?
    /// `ALLOWED_HOSTS = ["*"]` lets a request choose the host name Django builds absolute links
    /// with (password-reset mails pointing at an attacker's domain). CORS that reflects any
    /// origin with credentials lets every web site read the API's answers with the visitor's
    /// cookies. Cookies without `Secure` travel over plain HTTP. Debug mode answers errors with
    /// settings and source code.
    ///
    /// ## Example
    /// ```yaml path=docker-compose.prod.yml
    /// services:
    ///   web:
    ///     image: ghcr.io/acme/web:2.3.0
    ///     environment:
    ///       DJANGO_ALLOWED_HOSTS: "*"
    ///       CORS_ALLOW_ALL_ORIGINS: "true"
    /// ```
    ///
    /// ## Use instead
    /// ```yaml path=docker-compose.prod.yml
    /// services:
    ///   web:
    ///     image: ghcr.io/acme/web:2.3.0
    ///     environment:
    ///       DJANGO_ALLOWED_HOSTS: app.example.com
    ///       CORS_ALLOWED_ORIGINS: https://app.example.com
    /// ```
    ///
    /// ## References
    /// - <https://docs.djangoproject.com/en/stable/ref/settings/#allowed-hosts>
    /// - <https://docs.djangoproject.com/en/stable/howto/deployment/checklist/>
    /// - <https://fastapi.tiangolo.com/tutorial/cors/>
    /// - <https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS>
    pub struct InsecureProductionSettings {
        code: "SW6041",
        name: "insecure-production-settings",
        family: Project,
        severity: Medium,
        category: Security,
        summary: "Host, CORS, cookie or debug protections switched off for production",
    }
}

const HOSTS_KEYS: &[&str] = &["ALLOWED_HOSTS", "DJANGO_ALLOWED_HOSTS"];
const CORS_ALL_KEYS: &[&str] = &[
    "CORS_ALLOW_ALL_ORIGINS",
    "CORS_ORIGIN_ALLOW_ALL",
    "DJANGO_CORS_ALLOW_ALL_ORIGINS",
    "DJANGO_CORS_ORIGIN_ALLOW_ALL",
];
const CORS_LIST_KEYS: &[&str] = &[
    "CORS_ORIGINS",
    "CORS_ALLOWED_ORIGINS",
    "BACKEND_CORS_ORIGINS",
    "ALLOWED_ORIGINS",
    "CORS_ORIGIN_WHITELIST",
    "DJANGO_CORS_ALLOWED_ORIGINS",
];
const COOKIE_KEYS: &[&str] = &[
    "SESSION_COOKIE_SECURE",
    "CSRF_COOKIE_SECURE",
    "DJANGO_SESSION_COOKIE_SECURE",
    "DJANGO_CSRF_COOKIE_SECURE",
];

fn truthy(v: &str) -> bool {
    matches!(
        v.trim()
            .trim_matches(['"', '\''])
            .to_ascii_lowercase()
            .as_str(),
        "1" | "true" | "yes" | "on"
    )
}

fn falsy(v: &str) -> bool {
    matches!(
        v.trim()
            .trim_matches(['"', '\''])
            .to_ascii_lowercase()
            .as_str(),
        "0" | "false" | "no" | "off"
    )
}

/// `*`, `*,example.com`, `["*"]`, `'*'`.
fn has_star_item(v: &str) -> bool {
    v.split([',', ' ', '[', ']'])
        .map(|i| i.trim().trim_matches(['"', '\'']))
        .any(|i| i == "*")
}

crate::message! {
    /// A service's environment variable (`key`) that opens production up. `problem`:
    /// `hosts-any`, `cors-all`, `cors-list` or `cookie-off`.
    struct EnvProblem<'a> = "insecure-production-settings" { problem: &'a str, key: &'a str, service: &'a str }
    struct EnvHelp = "insecure-production-settings-help" {}
    struct ServiceRel<'a> = "insecure-production-settings-related" { service: &'a str }
    /// A setting (`key`) of a production settings module. `problem`: `hosts-default`,
    /// `hosts-any`, `cors-env`, `cors-all`, `cookie-false` or `debug`.
    struct Setting<'a> = "insecure-production-settings-setting" { problem: &'a str, key: &'a str }
    /// The same in a settings module that may not serve production: advice.
    struct SettingAdvice<'a> = "insecure-production-settings-setting-advice" { problem: &'a str, key: &'a str }
    struct DebugHelp = "insecure-production-settings-help-debug" {}
    struct CookieHelp = "insecure-production-settings-help-cookie" {}
    struct HostsHelp = "insecure-production-settings-help-hosts" {}
    /// CORS middleware with any origin and credentials.
    struct Middleware = "insecure-production-settings-middleware" {}
    struct MiddlewareHelp = "insecure-production-settings-middleware-help" {}
}

/// What is wrong with an environment variable, as a catalogue select key.
fn env_problem(key: &str, value: &str) -> Option<&'static str> {
    let k = key.to_ascii_uppercase();
    if HOSTS_KEYS.contains(&k.as_str()) && has_star_item(value) {
        return Some("hosts-any");
    }
    if CORS_ALL_KEYS.contains(&k.as_str()) && truthy(value) {
        return Some("cors-all");
    }
    if CORS_LIST_KEYS.contains(&k.as_str()) && has_star_item(value) {
        return Some("cors-list");
    }
    if COOKIE_KEYS.contains(&k.as_str()) && falsy(value) {
        return Some("cookie-off");
    }
    None
}

/// Does this settings value contain `*` as a host, only through literals and env defaults
/// (no condition)? Returns whether the `*` is an env default.
fn star_in(v: &Val) -> Option<bool> {
    match &v.value {
        Value::Str(s) => has_star_item(s).then_some(false),
        Value::List(items) => items
            .iter()
            .any(|i| i.as_str().is_some_and(|s| s.trim() == "*"))
            .then_some(false),
        Value::Env(e) => e.default.as_ref().and_then(|d| star_in(d)).map(|_| true),
        Value::Derived { from, .. } => star_in(from),
        _ => None,
    }
}

impl InsecureProductionSettings {
    fn check(&self, project: &Project, cx: &mut Checker) {
        // the environment of production and shared stacks
        for s in &project.services {
            let d = &project.deployments[s.deployment];
            if matches!(d.environment, Environment::Dev | Environment::Test) || s.known.is_some() {
                continue;
            }
            for e in &s.env {
                let Some(v) = &e.value else { continue };
                let Some(problem) = env_problem(&e.key, v) else {
                    continue;
                };
                let (file, span) = e.source.location();
                if matches!(
                    project.file(file).environment,
                    Environment::Dev | Environment::Test
                ) {
                    continue;
                }
                cx.report_in(
                    d,
                    file,
                    span,
                    EnvProblem {
                        problem,
                        key: &e.key,
                        service: &s.name,
                    },
                )
                .severity(by_env(
                    d.environment,
                    Severity::Medium,
                    Severity::Low,
                    Severity::Info,
                ))
                .group(format!("env:{file}:{}", span.start))
                .help(EnvHelp {})
                .related(
                    s.defined_at.0,
                    s.defined_at.1,
                    ServiceRel { service: &s.name },
                );
            }
        }
        // settings modules and app code
        for (fid, facts) in &project.app.python {
            let f = project.file(*fid);
            let env = f.environment;
            if matches!(env, Environment::Dev | Environment::Test) {
                continue;
            }
            let prod = env == Environment::Prod;
            for st in &facts.settings {
                if st.conditional
                    || !matches!(st.source, SettingSource::Module | SettingSource::Class)
                    || st.class.as_deref().is_some_and(|c| {
                        let c = c.to_ascii_lowercase();
                        ["dev", "test", "local", "debug"]
                            .iter()
                            .any(|w| c.contains(w))
                    })
                {
                    continue;
                }
                let name = st.name.as_str();
                // (select key, the setting as named in the message)
                let problem = if HOSTS_KEYS.contains(&name) {
                    star_in(&st.value).map(|default| {
                        if default {
                            ("hosts-default", "ALLOWED_HOSTS")
                        } else {
                            ("hosts-any", "ALLOWED_HOSTS")
                        }
                    })
                } else if CORS_ALL_KEYS.contains(&name) {
                    (st.value.when_unset() == Some(Lit::Bool(true))).then(|| {
                        if st.value.env().is_some() {
                            ("cors-env", name)
                        } else {
                            ("cors-all", name)
                        }
                    })
                } else if prod && COOKIE_KEYS.contains(&name) && st.value.as_bool() == Some(false) {
                    Some(("cookie-false", name))
                } else if prod && name == "DEBUG" && st.value.as_bool() == Some(true) {
                    Some(("debug", name))
                } else {
                    None
                };
                let Some((problem, key)) = problem else {
                    continue;
                };
                let f = if prod {
                    cx.report(*fid, st.span, Setting { problem, key })
                        .severity(Severity::Medium)
                } else {
                    cx.report(*fid, st.span, SettingAdvice { problem, key })
                        .severity(Severity::Low)
                };
                if name == "DEBUG" {
                    f.help(DebugHelp {});
                } else if COOKIE_KEYS.contains(&name) {
                    f.help(CookieHelp {});
                } else {
                    f.help(HostsHelp {});
                }
            }
            for m in &facts.middleware {
                if !m.allows_any_origin() {
                    continue;
                }
                let creds = m
                    .kwarg("allow_credentials")
                    .or_else(|| m.kwarg("supports_credentials"))
                    .is_some_and(|k| k.value.when_unset() == Some(Lit::Bool(true)));
                if !creds {
                    continue;
                }
                cx.report(*fid, m.span, Middleware {})
                    .severity(Severity::Medium)
                    .help(MiddlewareHelp {});
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{env_problem, has_star_item};
    use crate::testing::audit_txtar_with_rule;

    #[test]
    fn env_values() {
        assert!(has_star_item("*"));
        assert!(has_star_item("[\"*\"]"));
        assert!(has_star_item("example.com,*"));
        assert!(!has_star_item("*.example.com"));
        assert!(env_problem("CORS_ALLOW_ALL_ORIGINS", "True").is_some());
        assert!(env_problem("CORS_ALLOW_ALL_ORIGINS", "false").is_none());
        assert!(env_problem("SESSION_COOKIE_SECURE", "0").is_some());
        assert!(env_problem("SESSION_COOKIE_SECURE", "1").is_none());
    }

    #[test]
    fn dev_stacks_and_debug_branches_are_silent() {
        let fixture = "-- docker-compose.dev.yml --\nservices:\n  web:\n    image: ghcr.io/acme/web:1.0.0\n    environment:\n      DJANGO_ALLOWED_HOSTS: \"*\"\n-- config/settings/production.py --\nfrom .base import *\nDEBUG = False\nALLOWED_HOSTS = env.list(\"DJANGO_ALLOWED_HOSTS\")\nif DEBUG:\n    ALLOWED_HOSTS = [\"*\"]\n-- config/settings/local.py --\nALLOWED_HOSTS = [\"*\"]\nCORS_ALLOW_ALL_ORIGINS = True\n";
        let a = audit_txtar_with_rule(fixture, "SW6041");
        assert!(a.findings.is_empty(), "{:#?}", a.findings);
    }
}
