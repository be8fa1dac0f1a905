//! Configuration: `seaworthy.toml`, `.seaworthy.toml` or `[tool.seaworthy]` in `pyproject.toml`.
//!
//! ```toml
//! select = ["all"]                  # codes, code prefixes (SW1), rule names or families
//! ignore = ["SW1019", "copy-all-context"]
//! fail-on = "high"                  # exit 1 when a finding is at or above this severity
//! [severity]                        # per-rule overrides
//! apt-lists-not-cleaned = "low"
//! [per-path-ignores]                # glob → rules
//! "legacy/**" = ["dockerfile"]
//! [dockerfile]
//! allowed-registries = ["docker.io", "ghcr.io/acme", "*.dkr.ecr.eu-west-1.amazonaws.com"]
//! ```
//! Unknown keys and unknown rule names are errors: a typo must not silently disable a check.

use crate::diagnostic::Severity;
use crate::meta::RuleMeta;
use globset::{Glob, GlobMatcher};
use std::collections::BTreeMap;

pub use crate::settings::{ConfigError, RawConfig, RawDockerfileConfig, RuleSettings};

/// Resolved configuration.
#[derive(Debug, Clone)]
pub struct Config {
    /// Rule codes that run.
    pub enabled: std::collections::BTreeSet<&'static str>,
    pub severity_overrides: BTreeMap<&'static str, Severity>,
    pub per_path_ignores: Vec<(GlobMatcher, String, Vec<&'static str>)>,
    pub fail_on: Severity,
    pub exclude: Vec<GlobMatcher>,
    pub env: Option<seaworthy_syntax::Environment>,
    /// Where the config came from (for messages).
    pub source: Option<String>,
    /// Options single rules read.
    pub settings: std::sync::Arc<RuleSettings>,
}

impl Default for Config {
    fn default() -> Self {
        Config::resolve(&RawConfig::default(), None).unwrap_or_else(|_| Config {
            enabled: Default::default(),
            severity_overrides: Default::default(),
            per_path_ignores: Vec::new(),
            fail_on: Severity::High,
            exclude: Vec::new(),
            env: None,
            source: None,
            settings: Default::default(),
        })
    }
}

/// Rules matched by a selector; an error when it matches none.
pub fn resolve_selector(sel: &str) -> Result<Vec<&'static RuleMeta>, ConfigError> {
    let rules: Vec<&'static RuleMeta> = crate::registry::all_rules()
        .iter()
        .map(|r| r.meta())
        .filter(|m| m.matches_selector(sel))
        .collect();
    if rules.is_empty() {
        let hint = crate::registry::all_rules()
            .iter()
            .map(|r| r.meta())
            .find(|m| strsim_close(m.name, sel))
            .map(|m| format!(" (did you mean `{}`?)", m.name))
            .unwrap_or_default();
        return Err(ConfigError(format!(
            "unknown rule or selector `{sel}`{hint}; `seaworthy rules` lists them"
        )));
    }
    Ok(rules)
}

fn strsim_close(a: &str, b: &str) -> bool {
    // cheap closeness: same length ±2 and most characters in common positions, or one a prefix
    let b = b.to_ascii_lowercase();
    a.starts_with(&b) && b.len() >= 4 || b.starts_with(a) || {
        let common = a.chars().zip(b.chars()).filter(|(x, y)| x == y).count();
        a.len().abs_diff(b.len()) <= 2 && common * 10 >= a.len().max(b.len()) * 7
    }
}

impl Config {
    pub fn parse_toml(text: &str, source: &str) -> Result<RawConfig, ConfigError> {
        toml::from_str(text).map_err(|e| ConfigError(format!("{source}: {}", e.message())))
    }

    /// `[tool.seaworthy]` of a pyproject.toml, if present.
    pub fn from_pyproject(text: &str, source: &str) -> Result<Option<RawConfig>, ConfigError> {
        let table: toml::Table = text
            .parse()
            .map_err(|e: toml::de::Error| ConfigError(format!("{source}: {}", e.message())))?;
        match table.get("tool").and_then(|t| t.get("seaworthy")) {
            Some(v) => v
                .clone()
                .try_into()
                .map(Some)
                .map_err(|e: toml::de::Error| {
                    ConfigError(format!("{source} [tool.seaworthy]: {}", e.message()))
                }),
            None => Ok(None),
        }
    }

    pub fn resolve(raw: &RawConfig, source: Option<&str>) -> Result<Config, ConfigError> {
        let all = crate::registry::all_rules();
        let mut enabled = std::collections::BTreeSet::new();
        let default_select = vec!["all".to_string()];
        for sel in raw
            .select
            .as_ref()
            .unwrap_or(&default_select)
            .iter()
            .chain(raw.extend_select.iter().flatten())
        {
            for m in resolve_selector(sel)? {
                enabled.insert(m.code);
            }
        }
        // core rules always run unless ignored explicitly
        for r in all
            .iter()
            .filter(|r| r.meta().family == crate::meta::Family::Core)
        {
            enabled.insert(r.meta().code);
        }
        for sel in raw.ignore.iter().flatten() {
            for m in resolve_selector(sel)? {
                enabled.remove(m.code);
            }
        }
        let mut severity_overrides = BTreeMap::new();
        for (sel, sev) in raw.severity.iter().flatten() {
            let s = Severity::parse(sev).ok_or_else(|| {
                ConfigError(format!(
                    "severity for `{sel}`: `{sev}` is not one of critical, high, medium, low, info"
                ))
            })?;
            for m in resolve_selector(sel)? {
                severity_overrides.insert(m.code, s);
            }
        }
        let mut per_path_ignores = Vec::new();
        for (glob, sels) in raw.per_path_ignores.iter().flatten() {
            let g = Glob::new(glob)
                .map_err(|e| ConfigError(format!("per-path-ignores: bad glob `{glob}`: {e}")))?
                .compile_matcher();
            let mut codes = Vec::new();
            for sel in sels {
                codes.extend(resolve_selector(sel)?.into_iter().map(|m| m.code));
            }
            per_path_ignores.push((g, glob.clone(), codes));
        }
        let fail_on = match &raw.fail_on {
            Some(s) => Severity::parse(s).ok_or_else(|| {
                ConfigError(format!(
                    "fail-on: `{s}` is not one of critical, high, medium, low, info"
                ))
            })?,
            None => Severity::High,
        };
        let env = match raw.env.as_deref() {
            None => None,
            Some(e) => match seaworthy_syntax::Environment::parse(e)
                .filter(|e| *e != seaworthy_syntax::Environment::Shared)
            {
                Some(e) => Some(e),
                None => {
                    return Err(ConfigError(format!(
                        "env: `{e}` is not `dev`, `test` or `prod`"
                    )))
                }
            },
        };
        let mut exclude = Vec::new();
        for g in raw.exclude.iter().flatten() {
            exclude.push(
                Glob::new(g)
                    .map_err(|e| ConfigError(format!("exclude: bad glob `{g}`: {e}")))?
                    .compile_matcher(),
            );
        }
        let settings = std::sync::Arc::new(RuleSettings::from_raw(raw)?);
        Ok(Config {
            enabled,
            severity_overrides,
            per_path_ignores,
            fail_on,
            exclude,
            env,
            source: source.map(str::to_string),
            settings,
        })
    }

    pub fn is_excluded(&self, path: &str) -> bool {
        self.exclude.iter().any(|g| g.is_match(path))
    }

    pub fn path_ignores(&self, path: &str, code: &str) -> bool {
        self.per_path_ignores
            .iter()
            .any(|(g, _, codes)| g.is_match(path) && codes.contains(&code))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_rule_is_an_error() {
        let raw = Config::parse_toml("ignore = [\"no-such-rule\"]", "t").unwrap();
        let err = Config::resolve(&raw, None).unwrap_err();
        assert!(err.0.contains("unknown rule"), "{}", err.0);
    }

    #[test]
    fn unknown_key_is_an_error() {
        assert!(Config::parse_toml("ignroe = []", "t").is_err());
    }

    #[test]
    fn selectors() {
        let raw = Config::parse_toml(
            "select = [\"SW0\"]\nignore = [\"parse-error\"]\n[severity]\nSW0002 = \"info\"\n[per-path-ignores]\n\"legacy/**\" = [\"core\"]\n",
            "t",
        )
        .unwrap();
        let c = Config::resolve(&raw, None).unwrap();
        assert!(c.enabled.iter().all(|code| code.starts_with("SW0")));
        assert!(!c.enabled.contains("SW0001"));
        assert_eq!(c.severity_overrides.get("SW0002"), Some(&Severity::Info));
        assert!(c.path_ignores("legacy/a/Dockerfile", "SW0002"));
        assert!(!c.path_ignores("app/Dockerfile", "SW0002"));
        let bad = Config::parse_toml("fail-on = \"urgent\"", "t").unwrap();
        assert!(Config::resolve(&bad, None).is_err());
    }

    #[test]
    fn allowed_registries() {
        let c = Config::resolve(&RawConfig::default(), None).unwrap();
        assert_eq!(c.settings.allowed_registries, None);
        let raw = Config::parse_toml(
            "[dockerfile]\nallowed-registries = [\"GHCR.io/acme/\", \"*.example.com\"]\n",
            "t",
        )
        .unwrap();
        let c = Config::resolve(&raw, None).unwrap();
        assert_eq!(
            c.settings.allowed_registries.as_deref(),
            Some(&["ghcr.io/acme".to_string(), "*.example.com".to_string()][..])
        );
        let empty = Config::parse_toml("[dockerfile]\nallowed-registries = []\n", "t").unwrap();
        assert_eq!(
            Config::resolve(&empty, None)
                .unwrap()
                .settings
                .allowed_registries,
            None
        );
        for bad in ["\"a*b.com\"", "\"\"", "\"a b\""] {
            let raw = Config::parse_toml(
                &format!("[dockerfile]\nallowed-registries = [{bad}]\n"),
                "t",
            )
            .unwrap();
            assert!(Config::resolve(&raw, None).is_err(), "{bad}");
        }
        assert!(Config::parse_toml("[dockerfile]\nallowed-registry = []\n", "t").is_err());
    }

    #[test]
    fn pyproject_section() {
        let raw = Config::from_pyproject(
            "[project]\nname='x'\n[tool.seaworthy]\nignore=['SW1001']\n",
            "pyproject.toml",
        )
        .unwrap()
        .unwrap();
        assert_eq!(raw.ignore.unwrap(), vec!["SW1001"]);
        assert!(Config::from_pyproject("[project]\nname='x'\n", "p")
            .unwrap()
            .is_none());
    }
}
