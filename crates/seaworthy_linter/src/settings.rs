//! Settings that rules read (`[dockerfile]` and the like) and the raw configuration file they
//! come from. Kept apart from [`crate::config`], which resolves rule selectors against the
//! registry: rules depend on this module, the configuration depends on the rules.

use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawConfig {
    pub select: Option<Vec<String>>,
    pub extend_select: Option<Vec<String>>,
    pub ignore: Option<Vec<String>>,
    pub fail_on: Option<String>,
    pub env: Option<String>,
    pub severity: Option<BTreeMap<String, String>>,
    pub per_path_ignores: Option<BTreeMap<String, Vec<String>>>,
    /// Paths (globs) excluded from the audit.
    pub exclude: Option<Vec<String>>,
    /// Options of the Dockerfile rules.
    pub dockerfile: Option<RawDockerfileConfig>,
}

/// `[dockerfile]`: options of the Dockerfile rules.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawDockerfileConfig {
    /// Registries images may come from (`registry-not-allowed`): a host (`ghcr.io`), a host and
    /// a path prefix (`ghcr.io/acme`), or a host pattern with `*` at its start or end
    /// (`*.example.com`). Docker Hub images without a host are `docker.io`.
    pub allowed_registries: Option<Vec<String>>,
}

/// Options that single rules read (from the configuration file), handed to every rule's
/// [`crate::rule::Checker`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RuleSettings {
    /// `[dockerfile] allowed-registries`; `None` (unset or empty) checks nothing.
    pub allowed_registries: Option<Vec<String>>,
}

impl RuleSettings {
    /// The settings of a raw configuration, validated.
    pub fn from_raw(raw: &RawConfig) -> Result<RuleSettings, ConfigError> {
        let mut allowed = None;
        if let Some(list) = raw
            .dockerfile
            .as_ref()
            .and_then(|d| d.allowed_registries.as_ref())
        {
            for r in list {
                let t = r.trim();
                let inner_star = t
                    .char_indices()
                    .any(|(i, c)| c == '*' && i != 0 && i != t.len() - 1);
                if t.is_empty() || t.contains(char::is_whitespace) || inner_star {
                    return Err(ConfigError(format!(
                        "dockerfile.allowed-registries: `{r}` is not a registry host (`ghcr.io`), a host and path (`ghcr.io/acme`) or a pattern with `*` at its start or end"
                    )));
                }
            }
            if !list.is_empty() {
                allowed = Some(
                    list.iter()
                        .map(|r| r.trim().trim_end_matches('/').to_ascii_lowercase())
                        .collect(),
                );
            }
        }
        Ok(RuleSettings {
            allowed_registries: allowed,
        })
    }
}

#[derive(Debug, Clone)]
pub struct ConfigError(pub String);

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ConfigError {}
