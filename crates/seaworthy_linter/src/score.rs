//! Scores.
//!
//! The report's scores per area of the stack ([`area_score`], [`overall`]) follow the formula in
//! `docs/scoring.md`: findings weighted by severity, confidence and environment, normalised by
//! what was judged (per Dockerfile, per service, per config), credit for good practices by how
//! much of the area they cover, and caps for serious findings.
//!
//! The legacy per-category scores ([`scores`], [`summary`]) stay for the JSON contract's `scores`
//! and `summary` fields: each finding costs its category a weight by severity (critical 4, high
//! 2, medium 1, low 0.3, info 0); the score is `10 × 5 / (5 + cost)`, rounded to one decimal. The
//! verdict there is `not-ready` with any critical or high finding, `needs-work` with medium ones,
//! `ready` otherwise.

use crate::diagnostic::{Category, Confidence, Finding, Severity};
use seaworthy_syntax::Environment;
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

/// How much a finding's confidence counts: a finding built on a guessed link weighs less.
pub fn confidence_factor(c: Confidence) -> f64 {
    match c {
        Confidence::High => 1.0,
        Confidence::Medium => 0.7,
        Confidence::Low => 0.4,
    }
}

/// How much a finding's environment counts for production readiness: development and test
/// stacks weigh less.
pub fn environment_factor(e: Environment) -> f64 {
    match e {
        Environment::Prod | Environment::Shared => 1.0,
        Environment::Dev | Environment::Test => 0.3,
    }
}

/// The cost of one finding: severity weight × confidence factor × environment factor.
pub fn cost(s: Severity, c: Confidence, e: Environment) -> f64 {
    weight(s) * confidence_factor(c) * environment_factor(e)
}

/// The score an area cannot exceed while it has a serious finding (confidence medium or high,
/// in an environment production runs): 4.0 with a critical one, 6.5 with a high one.
pub fn cap_for(s: Severity) -> Option<f64> {
    match s {
        Severity::Critical => Some(4.0),
        Severity::High => Some(6.5),
        _ => None,
    }
}

/// Everything an area's score is computed from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AreaInput {
    /// What was judged: Dockerfiles, services, nginx configs, ... (at least 1 to be scored).
    pub units: usize,
    /// Sum of [`cost`] over the area's findings.
    pub cost: f64,
    /// Sum over the practices credited in the area of their coverage (the share of the area's
    /// units that show it, 0 to 1 each).
    pub coverage: f64,
    /// The most severe serious finding (see [`cap_for`]).
    pub worst: Option<Severity>,
}

/// The parts of an area's score.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AreaScore {
    /// `10 × 4 / (4 + cost / units)`.
    pub base: f64,
    /// Points given back for good practices: `(10 − base) × min(0.3, 0.1 × coverage)`.
    pub credit: f64,
    /// The cap applied, if it lowered the score.
    pub cap: Option<f64>,
    /// Rounded to one decimal.
    pub score: f64,
}

pub fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// An area's score, or `None` when nothing in it was judged.
pub fn area_score(i: AreaInput) -> Option<AreaScore> {
    if i.units == 0 {
        return None;
    }
    let density = i.cost / i.units as f64;
    let base = 10.0 * 4.0 / (4.0 + density);
    let credit = (10.0 - base) * (0.1 * i.coverage).min(0.3);
    let raw = base + credit;
    let cap = i.worst.and_then(cap_for).filter(|c| raw > *c);
    let score = round1(cap.map_or(raw, |c| raw.min(c)));
    Some(AreaScore {
        base,
        credit,
        cap,
        score,
    })
}

/// Weight of an area in the overall score (secrets and configuration count 1.5, delivery and
/// operations 0.5, the others 1).
pub fn area_weight(area: crate::meta::Area) -> f64 {
    use crate::meta::Area;
    match area {
        Area::Secrets => 1.5,
        Area::Delivery => 0.5,
        _ => 1.0,
    }
}

/// The overall score: the weighted mean of the scored areas, capped at 4.0 when a blocker is
/// critical and at 6.0 when there is any blocker. `None` when no area was scored.
pub fn overall(
    scored: &[(crate::meta::Area, f64)],
    worst_blocker: Option<Severity>,
) -> Option<(f64, Option<f64>)> {
    let total: f64 = scored.iter().map(|(a, _)| area_weight(*a)).sum();
    if scored.is_empty() || total <= 0.0 {
        return None;
    }
    let mean = scored.iter().map(|(a, s)| area_weight(*a) * s).sum::<f64>() / total;
    let cap = match worst_blocker {
        Some(Severity::Critical) => Some(4.0),
        Some(_) => Some(6.0),
        None => None,
    }
    .filter(|c| mean > *c);
    Some((round1(cap.map_or(mean, |c| mean.min(c))), cap))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(units: usize, cost: f64) -> AreaInput {
        AreaInput {
            units,
            cost,
            coverage: 0.0,
            worst: None,
        }
    }

    #[test]
    fn nothing_judged_is_not_a_ten() {
        assert_eq!(area_score(input(0, 0.0)), None);
        assert_eq!(area_score(input(3, 0.0)).map(|s| s.score), Some(10.0));
    }

    #[test]
    fn more_files_with_the_same_problems_per_file_score_the_same() {
        // one service with one medium problem, twelve services with one each
        let one = area_score(input(1, 1.0)).map(|s| s.score);
        let twelve = area_score(input(12, 12.0)).map(|s| s.score);
        assert_eq!(one, twelve);
        // twelve services with one problem between them score better than one with one
        let few = area_score(input(12, 1.0)).map(|s| s.score).unwrap_or(0.0);
        assert!(few > one.unwrap_or(10.0));
    }

    #[test]
    fn strengths_give_back_points_and_caps_hold() {
        let plain = area_score(input(2, 4.0)).map(|s| s.score).unwrap_or(0.0);
        let credited = area_score(AreaInput {
            coverage: 2.0,
            ..input(2, 4.0)
        })
        .map(|s| s.score)
        .unwrap_or(0.0);
        assert!(credited > plain, "{credited} > {plain}");
        // a critical finding caps the area at 4 whatever else is right
        let capped = area_score(AreaInput {
            worst: Some(Severity::Critical),
            coverage: 5.0,
            ..input(10, 4.0)
        });
        assert_eq!(capped.map(|s| s.score), Some(4.0));
        assert_eq!(capped.and_then(|s| s.cap), Some(4.0));
    }

    #[test]
    fn low_confidence_and_dev_findings_weigh_less() {
        let sure = cost(Severity::High, Confidence::High, Environment::Prod);
        assert!(cost(Severity::High, Confidence::Low, Environment::Prod) < sure);
        assert!(cost(Severity::High, Confidence::High, Environment::Dev) < sure);
        assert_eq!(
            cost(Severity::Info, Confidence::High, Environment::Prod),
            0.0
        );
    }

    #[test]
    fn overall_is_a_weighted_mean_capped_by_blockers() {
        use crate::meta::Area;
        let areas = [
            (Area::Image, 8.0),
            (Area::Secrets, 6.0),
            (Area::Delivery, 10.0),
        ];
        let (o, cap) = overall(&areas, None).unwrap_or((0.0, None));
        assert_eq!(o, round1((8.0 + 1.5 * 6.0 + 0.5 * 10.0) / 3.0));
        assert_eq!(cap, None);
        assert_eq!(
            overall(&areas, Some(Severity::Critical)),
            Some((4.0, Some(4.0)))
        );
        assert_eq!(overall(&[], None), None);
    }
}
