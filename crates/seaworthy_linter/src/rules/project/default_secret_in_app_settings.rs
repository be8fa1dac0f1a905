use crate::declare_rule;
use crate::diagnostic::Severity;
use crate::message::Message;
use crate::project::Project;
use crate::rule::Checker;
use seaworthy_app::python::SettingSource;
use seaworthy_app::Value;
use seaworthy_syntax::Environment;

use super::helpers::{python_of_service, well_known_secret};
use crate::project::service::Service;
use crate::project::FileId;
use seaworthy_syntax::Span;
use std::collections::HashMap;
use std::sync::OnceLock;

declare_rule! {
    /// ## What it does
    /// Finds secret settings in application settings modules (`SECRET_KEY`, `JWT_SECRET`,
    /// `*_PASSWORD`, pydantic `BaseSettings` fields) whose value, or whose fallback when the
    /// environment variable is unset, is a well-known default: `changeme`, `secret`,
    /// `ultrasecretkey`, `django-insecure-...`, a `your-secret-key`-style placeholder. Settings
    /// of development and test modules are not reported.
    ///
    /// A fallback (`os.environ.get("SECRET_KEY", "changeme")`, a pydantic field default) is
    /// high when a service of a production stack runs the app without setting the variable,
    /// and low (advice) when every deployment that runs the app sets it: then the fallback
    /// never applies there.
    ///
    /// ## Why is this bad?
    /// The env files can be perfect and the app still signs sessions and tokens with the
    /// default the day one variable is missing in production: the code falls back silently.
    /// Anyone who reads the repository (or guesses the usual defaults) can then forge session
    /// cookies, password-reset links and JWTs.
    ///
    /// ## Example
    /// ```python path=app/config.py
    /// import os
    ///
    /// SECRET_KEY = os.getenv("SECRET_KEY", "ultrasecretkey")
    /// ```
    ///
    /// ## Use instead
    /// Fail at start when the secret is missing:
    /// ```python path=app/config.py
    /// import os
    ///
    /// SECRET_KEY = os.environ["SECRET_KEY"]
    /// ```
    ///
    /// ## References
    /// - <https://docs.djangoproject.com/en/stable/ref/settings/#secret-key>
    /// - <https://docs.pydantic.dev/latest/concepts/pydantic_settings/>
    /// - <https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html>
    pub struct DefaultSecretInAppSettings {
        code: "SW6042",
        name: "default-secret-in-app-settings",
        family: Project,
        severity: High,
        category: Security,
        summary: "Well-known default secret in application settings",
    }
}

crate::message! {
    /// A fallback when a production service runs the app without the variable.
    struct ProdUnset<'a> = "default-secret-in-app-settings-prod-unset" { name: &'a str, var: &'a str, service: &'a str }
    /// A fallback that every deployment running the app overrides (`services`: the names,
    /// backticked and joined).
    struct SetEverywhere<'a> = "default-secret-in-app-settings-set-everywhere" { name: &'a str, var: &'a str, services: &'a str }
    /// A fallback whose use in production is not known.
    struct Fallback<'a> = "default-secret-in-app-settings-fallback" { name: &'a str }
    /// A default set in the code itself.
    struct InCode<'a> = "default-secret-in-app-settings" { name: &'a str }
    struct Help = "default-secret-in-app-settings-help" {}
    struct RelatedUnset<'a> = "default-secret-in-app-settings-related-unset" { service: &'a str, var: &'a str }
    struct RelatedSets<'a> = "default-secret-in-app-settings-related-sets" { service: &'a str, var: &'a str }
}

/// The default of a setting: (value, whether it is an env fallback).
fn default_of(v: &seaworthy_app::Val) -> Option<(String, bool)> {
    match &v.value {
        Value::Str(s) => Some((s.clone(), false)),
        Value::Env(e) => {
            let d = e.default.as_ref()?;
            d.as_str().map(|s| (s.to_string(), true))
        }
        Value::Derived { from, .. } => default_of(from),
        _ => None,
    }
}

/// The environment variable a setting reads (through casts and wrappers).
fn env_var_of(v: &seaworthy_app::Val) -> Option<&str> {
    match &v.value {
        Value::Env(e) => Some(e.var.as_str()),
        Value::Derived { from, .. } => env_var_of(from),
        _ => None,
    }
}

/// The services (by index) that run the Python code of each application file: the services
/// that build an image whose context holds it. Computed once, on the first fallback found.
fn runners_of(project: &Project) -> HashMap<FileId, Vec<usize>> {
    let mut out: HashMap<FileId, Vec<usize>> = HashMap::new();
    for (i, s) in project.services.iter().enumerate() {
        for (f, _) in python_of_service(project, s) {
            out.entry(f).or_default().push(i);
        }
    }
    out
}

/// Does the service's environment set `var` (to anything: an empty value too is not the
/// fallback for `os.environ.get`)? A value passed from the host shell counts as set.
fn sets(s: &Service, var: &str, case_insensitive: bool) -> bool {
    s.env.iter().any(|e| {
        (e.key == var || case_insensitive && e.key.eq_ignore_ascii_case(var))
            && (e.value.is_some() || e.raw.is_some())
    })
}

impl DefaultSecretInAppSettings {
    fn check(&self, project: &Project, cx: &mut Checker) {
        let runners: OnceLock<HashMap<FileId, Vec<usize>>> = OnceLock::new();
        let mut related: Vec<(FileId, Span, Message)> = Vec::new();
        for (fid, facts) in &project.app.python {
            let f = project.file(*fid);
            if matches!(f.environment, Environment::Dev | Environment::Test) {
                continue;
            }
            for st in &facts.settings {
                if st.conditional
                    || !crate::secrets::secret_key_name(&st.name)
                    || st.class.as_deref().is_some_and(|c| {
                        let c = c.to_ascii_lowercase();
                        ["dev", "test", "local", "debug"]
                            .iter()
                            .any(|w| c.contains(w))
                    })
                {
                    continue;
                }
                let Some((value, fallback)) = default_of(&st.value) else {
                    continue;
                };
                if !well_known_secret(&value) {
                    continue;
                }
                let pydantic = st.source == SettingSource::PydanticField;
                let (sev, msg): (Severity, Message) = if fallback || pydantic {
                    // the variable the fallback stands in for, and who runs this app
                    let var = if pydantic {
                        Some(st.name.as_str())
                    } else {
                        env_var_of(&st.value)
                    };
                    let runners = runners.get_or_init(|| runners_of(project));
                    let mine: Vec<&Service> = runners
                        .get(fid)
                        .into_iter()
                        .flatten()
                        .filter_map(|i| project.services.get(*i))
                        .filter(|s| {
                            project
                                .deployments
                                .get(s.deployment)
                                .is_some_and(|d| !d.environment.is_non_prod())
                        })
                        .collect();
                    let unset: Vec<&Service> = mine
                        .iter()
                        .copied()
                        .filter(|s| var.is_none_or(|v| !sets(s, v, pydantic)))
                        .collect();
                    let prod_unset = unset.iter().find(|s| {
                        project
                            .deployments
                            .get(s.deployment)
                            .is_some_and(|d| d.environment == Environment::Prod)
                    });
                    match (var, prod_unset) {
                        // a pydantic field may be read under a prefix: never raised on a guess
                        (Some(v), Some(s)) if !pydantic => {
                            related.push((
                                s.defined_at.0,
                                s.defined_at.1,
                                RelatedUnset {
                                    service: &s.name,
                                    var: v,
                                }
                                .into(),
                            ));
                            (
                                Severity::High,
                                ProdUnset {
                                    name: &st.name,
                                    var: v,
                                    service: &s.name,
                                }
                                .into(),
                            )
                        }
                        (Some(v), _) if !mine.is_empty() && unset.is_empty() => {
                            for s in mine.iter().take(3) {
                                if let Some(e) = s.env_value(v).or_else(|| {
                                    s.env.iter().find(|e| e.key.eq_ignore_ascii_case(v))
                                }) {
                                    let (f, sp) = e.source.location();
                                    related.push((
                                        f,
                                        sp,
                                        RelatedSets {
                                            service: &s.name,
                                            var: v,
                                        }
                                        .into(),
                                    ));
                                }
                            }
                            let names: Vec<String> = mine
                                .iter()
                                .map(|s| format!("`{}`", s.name))
                                .collect::<std::collections::BTreeSet<_>>()
                                .into_iter()
                                .collect();
                            (
                                Severity::Low,
                                SetEverywhere {
                                    name: &st.name,
                                    var: v,
                                    services: &names.join(", "),
                                }
                                .into(),
                            )
                        }
                        _ => (Severity::Medium, Fallback { name: &st.name }.into()),
                    }
                } else {
                    (Severity::High, InCode { name: &st.name }.into())
                };
                let f = cx.report(*fid, st.span, msg);
                related.sort_by_key(|(f, s, _)| (*f, *s));
                related.dedup_by_key(|(f, s, _)| (*f, *s));
                for (rf, rs, label) in related.drain(..) {
                    f.related(rf, rs, label);
                }
                f.severity(sev).help(Help {});
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::well_known_secret as well_known;

    #[test]
    fn english_of_the_message_the_fixtures_do_not_reach() {
        use crate::message::Message;
        let m: Message = super::InCode { name: "SECRET_KEY" }.into();
        assert_eq!(
            m.as_str(),
            "`SECRET_KEY` is set to a well-known default in the code: every deployment of this module uses a value anyone can guess"
        );
    }

    #[test]
    fn values() {
        for v in [
            "changeme",
            "ultrasecretkey",
            "django-insecure-abc",
            "change_me_in_production",
            "your-secret-key-here",
            "secret",
        ] {
            assert!(well_known(v), "{v}");
        }
        for v in ["", "k8F!zq02-LmX", "${SECRET}", "abc"] {
            assert!(!well_known(v), "{v}");
        }
    }
}
