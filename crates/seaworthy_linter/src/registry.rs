//! Every rule, in one list (families register in their own `rules/<family>/mod.rs`).

use crate::rule::Rule;
use std::sync::OnceLock;

/// All rules, ordered by code.
pub fn all_rules() -> &'static [&'static dyn Rule] {
    static ALL: OnceLock<Vec<&'static dyn Rule>> = OnceLock::new();
    ALL.get_or_init(|| {
        let mut v: Vec<&'static dyn Rule> = Vec::new();
        v.extend_from_slice(crate::rules::core::RULES);
        v.extend_from_slice(crate::rules::dockerfile::RULES);
        v.extend_from_slice(crate::rules::compose::RULES);
        v.extend_from_slice(crate::rules::nginx::RULES);
        v.extend_from_slice(crate::rules::secrets::RULES);
        v.extend_from_slice(crate::rules::python::RULES);
        v.extend_from_slice(crate::rules::project::RULES);
        v.extend_from_slice(crate::rules::delivery::RULES);
        v.sort_by_key(|r| r.meta().code);
        v
    })
}

/// Find a rule by code or name (case-insensitive).
pub fn find(key: &str) -> Option<&'static dyn Rule> {
    all_rules().iter().copied().find(|r| {
        r.meta().code.eq_ignore_ascii_case(key) || r.meta().name.eq_ignore_ascii_case(key)
    })
}
