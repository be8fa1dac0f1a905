//! Per-rule remediation data (`data/report.toml`): plan phase, effort, area, whether it keeps the
//! project from building or starting, how its findings become items, and how to verify a fix.

use crate::meta::RuleMeta;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::OnceLock;

pub use crate::meta::Area;

/// Plan phases, in the order a team works.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, serde::Serialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Phase {
    /// Stop the leak: secrets in the repository, the image or the history.
    Leak,
    /// Make it build and start.
    Build,
    /// Make it reliable.
    Reliable,
    /// Harden.
    Harden,
    /// Operate: delivery, image hygiene, efficiency, maintainability.
    Operate,
}

impl Phase {
    pub const ALL: [Phase; 5] = [
        Phase::Leak,
        Phase::Build,
        Phase::Reliable,
        Phase::Harden,
        Phase::Operate,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Phase::Leak => "leak",
            Phase::Build => "build",
            Phase::Reliable => "reliable",
            Phase::Harden => "harden",
            Phase::Operate => "operate",
        }
    }

    pub fn number(self) -> usize {
        Phase::ALL.iter().position(|p| *p == self).unwrap_or(0) + 1
    }
}

/// How long a step takes, roughly.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, serde::Serialize,
)]
pub enum Effort {
    S,
    M,
    L,
}

impl Effort {
    pub fn as_str(self) -> &'static str {
        match self {
            Effort::S => "S",
            Effort::M => "M",
            Effort::L => "L",
        }
    }

    /// Nominal minutes: S 15, M 120, L 480 (a working day).
    pub fn minutes(self) -> u32 {
        match self {
            Effort::S => 15,
            Effort::M => 120,
            Effort::L => 480,
        }
    }
}

/// What a rule's serious findings keep the project from doing.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, serde::Serialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Blocks {
    Build,
    Start,
}

impl Blocks {
    pub fn as_str(self) -> &'static str {
        match self {
            Blocks::Build => "build",
            Blocks::Start => "start",
        }
    }
}

/// How a rule's findings become items.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ItemBy {
    /// One item per rule, listing its places.
    #[default]
    Rule,
    /// One item per file.
    File,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
enum AreaSpec {
    Image,
    Orchestration,
    Proxy,
    Secrets,
    Runtime,
    Delivery,
    File,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    phase: Phase,
    effort: Effort,
    #[serde(default)]
    area: Option<AreaSpec>,
    #[serde(default)]
    blocks: Option<Blocks>,
    #[serde(default)]
    item: ItemBy,
    #[serde(default)]
    verify: Option<String>,
}

#[derive(Debug, Deserialize)]
struct RawTable {
    rules: BTreeMap<String, RawRule>,
}

/// What the report knows about acting on a rule.
#[derive(Debug, Clone)]
pub struct RuleData {
    pub phase: Phase,
    pub effort: Effort,
    /// `None`: the area of the file the finding points at.
    pub area: Option<Area>,
    pub blocks: Option<Blocks>,
    pub item: ItemBy,
    pub verify: Option<String>,
    /// The rule has an entry in `data/report.toml` (else defaults from its family and category).
    pub listed: bool,
}

fn table() -> &'static BTreeMap<String, RawRule> {
    static T: OnceLock<BTreeMap<String, RawRule>> = OnceLock::new();
    T.get_or_init(|| {
        toml::from_str::<RawTable>(include_str!("../../data/report.toml"))
            .map(|t| t.rules)
            .unwrap_or_else(|e| {
                debug_assert!(false, "data/report.toml: {e}");
                BTreeMap::new()
            })
    })
}

/// Rule names listed in `data/report.toml`.
pub fn listed_rules() -> impl Iterator<Item = &'static str> {
    table().keys().map(String::as_str)
}

/// The data of a rule: its entry, or defaults from its family (area) and category (phase).
pub fn rule_data(meta: &RuleMeta) -> RuleData {
    let family_area = Area::of_family(meta.family);
    match table().get(meta.name) {
        Some(r) => RuleData {
            phase: r.phase,
            effort: r.effort,
            area: match r.area {
                None => family_area,
                Some(AreaSpec::File) => None,
                Some(AreaSpec::Image) => Some(Area::Image),
                Some(AreaSpec::Orchestration) => Some(Area::Orchestration),
                Some(AreaSpec::Proxy) => Some(Area::Proxy),
                Some(AreaSpec::Secrets) => Some(Area::Secrets),
                Some(AreaSpec::Runtime) => Some(Area::Runtime),
                Some(AreaSpec::Delivery) => Some(Area::Delivery),
            },
            blocks: r.blocks,
            item: r.item,
            verify: r.verify.clone(),
            listed: true,
        },
        None => {
            use crate::meta::Category as C;
            RuleData {
                phase: match meta.category {
                    C::Security => Phase::Harden,
                    C::Reliability => Phase::Reliable,
                    C::Performance | C::Operability | C::Maintainability => Phase::Operate,
                },
                effort: Effort::S,
                area: family_area,
                blocks: None,
                item: ItemBy::Rule,
                verify: None,
                listed: false,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_has_report_data_and_every_entry_a_rule() {
        let names: std::collections::BTreeSet<&str> = crate::registry::all_rules()
            .iter()
            .map(|r| r.meta().name)
            .collect();
        let missing: Vec<&str> = names
            .iter()
            .copied()
            .filter(|n| !table().contains_key(*n))
            .collect();
        assert!(
            missing.is_empty(),
            "add these rules to crates/seaworthy_linter/data/report.toml (phase, effort, ...): {missing:?}"
        );
        let stale: Vec<&str> = listed_rules().filter(|n| !names.contains(n)).collect();
        assert!(
            stale.is_empty(),
            "data/report.toml names unknown rules: {stale:?}"
        );
    }

    #[test]
    fn the_table_parses_and_defaults_follow_the_family() {
        assert!(!table().is_empty());
        let r = crate::registry::find("secret-in-env-file").map(|r| rule_data(r.meta()));
        let r = r.expect("rule");
        assert_eq!(r.phase, Phase::Leak);
        assert_eq!(r.item, ItemBy::File);
        assert_eq!(r.area, Some(Area::Secrets));
        let r = crate::registry::find("parse-error").map(|r| rule_data(r.meta()));
        assert_eq!(r.expect("rule").area, None);
        let r = crate::registry::find("hardcoded-credential").map(|r| rule_data(r.meta()));
        assert_eq!(r.expect("rule").area, Some(Area::Secrets));
    }
}
