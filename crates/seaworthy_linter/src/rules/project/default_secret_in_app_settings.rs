use crate::declare_rule;
use crate::diagnostic::Severity;
use crate::project::Project;
use crate::rule::Checker;
use seaworthy_app::python::SettingSource;
use seaworthy_app::Value;
use seaworthy_syntax::Environment;

use super::helpers::well_known_secret;

declare_rule! {
    /// ## What it does
    /// Finds secret settings in application settings modules (`SECRET_KEY`, `JWT_SECRET`,
    /// `*_PASSWORD`, pydantic `BaseSettings` fields) whose value, or whose fallback when the
    /// environment variable is unset, is a well-known default: `changeme`, `secret`,
    /// `ultrasecretkey`, `django-insecure-...`, a `your-secret-key`-style placeholder. Settings
    /// of development and test modules are not reported.
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

impl DefaultSecretInAppSettings {
    fn check(&self, project: &Project, cx: &mut Checker) {
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
                let (sev, msg) = match (fallback, st.source) {
                    (true, _) | (_, SettingSource::PydanticField) => (
                        Severity::Medium,
                        format!(
                            "`{}` falls back to a well-known default when its variable is unset: the app then signs or authenticates with a value anyone can guess",
                            st.name
                        ),
                    ),
                    _ => (
                        Severity::High,
                        format!(
                            "`{}` is set to a well-known default in the code: every deployment of this module uses a value anyone can guess",
                            st.name
                        ),
                    ),
                };
                cx.report(*fid, st.span, msg)
                    .severity(sev)
                    .help("read the secret from the environment without a default (`os.environ[\"NAME\"]`, a required pydantic field) so a missing value stops the app at start, and rotate the value if it was ever used");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::well_known_secret as well_known;

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
