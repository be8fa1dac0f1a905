//! Scores per area (0–10) and the verdict, as the seed audits give them.
//!
//! Each finding costs its category a weight by severity (critical 4, high 2, medium 1, low 0.3,
//! info 0); the score is `10 × 5 / (5 + cost)`, rounded to one decimal: one critical leaves 5.6,
//! five medium findings 5.0, nothing 10. The verdict is `not-ready` with any critical or high
//! finding, `needs-work` with medium ones, `ready` otherwise.

use crate::diagnostic::{Category, Finding, Severity};
use serde::Serialize;
use std::collections::BTreeMap;

pub fn weight(s: Severity) -> f64 {
    match s {
        Severity::Critical => 4.0,
        Severity::High => 2.0,
        Severity::Medium => 1.0,
        Severity::Low => 0.3,
        Severity::Info => 0.0,
    }
}

pub fn scores(findings: &[Finding]) -> BTreeMap<Category, f64> {
    let mut cost: BTreeMap<Category, f64> = Category::ALL.iter().map(|c| (*c, 0.0)).collect();
    for f in findings {
        *cost.entry(f.rule.category).or_default() += weight(f.severity);
    }
    cost.into_iter()
        .map(|(c, x)| (c, ((10.0 * 5.0 / (5.0 + x)) * 10.0).round() / 10.0))
        .collect()
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Summary {
    pub critical: usize,
    pub high: usize,
    pub medium: usize,
    pub low: usize,
    pub info: usize,
    pub verdict: Verdict,
}

#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    Ready,
    NeedsWork,
    NotReady,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Ready => "ready",
            Verdict::NeedsWork => "needs-work",
            Verdict::NotReady => "not-ready",
        }
    }
}

pub fn summary(findings: &[Finding]) -> Summary {
    let count = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
    let (critical, high, medium) = (
        count(Severity::Critical),
        count(Severity::High),
        count(Severity::Medium),
    );
    let verdict = if critical + high > 0 {
        Verdict::NotReady
    } else if medium > 0 {
        Verdict::NeedsWork
    } else {
        Verdict::Ready
    };
    Summary {
        critical,
        high,
        medium,
        low: count(Severity::Low),
        info: count(Severity::Info),
        verdict,
    }
}
