//! The audit pipeline after parsing: check → filter → sort. Rules run in parallel; their results
//! are taken in registry order. Fingerprints (baselines) live here too: renderers read them, the
//! engine never reads renderers.

pub mod fingerprint;

pub use fingerprint::fingerprints;

use crate::config::Config;
use crate::diagnostic::{Category, Finding, Severity, Strength};
use crate::project::Project;
use crate::rule::{Checker, Rule};
use crate::score::{self, Summary};
use rayon::prelude::*;
use seaworthy_syntax::Environment;
use std::collections::BTreeMap;

/// A finished audit: the model, what was found, and what was done well.
pub struct Audit {
    pub project: Project,
    pub findings: Vec<Finding>,
    pub strengths: Vec<Strength>,
    pub scores: BTreeMap<Category, f64>,
    pub summary: Summary,
    pub fail_on: Severity,
}

impl Audit {
    /// Environment a finding applies to.
    pub fn environment_of(&self, f: &Finding) -> Environment {
        environment_of(&self.project, f)
    }

    /// Drop the findings whose fingerprint is in `known` (a baseline from an earlier JSON report),
    /// then recompute scores and summary. Returns how many were dropped.
    pub fn apply_baseline(&mut self, known: &std::collections::HashSet<String>) -> usize {
        let fps = fingerprints(self);
        let before = self.findings.len();
        let mut keep = fps.iter().map(|fp| !known.contains(fp));
        self.findings.retain(|_| keep.next().unwrap_or(true));
        self.scores = score::scores(&self.findings);
        self.summary = score::summary(&self.findings);
        before - self.findings.len()
    }

    /// Exit status policy: any finding at or above `fail_on`.
    pub fn failed(&self) -> bool {
        self.findings.iter().any(|f| f.severity >= self.fail_on)
    }
}

/// The environment a finding applies to: set by the rule, else the most production-like of its
/// deployments, else its file's.
pub fn environment_of(project: &Project, f: &Finding) -> Environment {
    if let Some(e) = f.environment {
        return e;
    }
    let rank = |e: Environment| match e {
        Environment::Prod => 3,
        Environment::Shared => 2,
        Environment::Test => 1,
        Environment::Dev => 0,
    };
    f.deployments
        .iter()
        .filter_map(|d| project.deployments.get(*d))
        .map(|d| d.environment)
        .max_by_key(|e| rank(*e))
        .unwrap_or(project.file(f.file).environment)
}

/// One problem, one finding: the same rule at the same place (from several deployments) is
/// merged, keeping the highest severity and every deployment; findings a rule put in one group
/// become one finding with the others as related places.
fn merge(project: &Project, findings: Vec<Finding>) -> Vec<Finding> {
    use std::collections::HashMap;
    let mut out: Vec<Finding> = Vec::with_capacity(findings.len());
    // the same check at the same place in several deployments (different messages at one place
    // without deployments are different problems: Node 17 and Debian 11 in one `FROM`)
    let mut at: HashMap<(&'static str, usize, u32, u32), Vec<usize>> = HashMap::new();
    for f in findings {
        let key = (f.rule.code, f.file, f.span.start, f.span.end);
        let slot = at.entry(key).or_default();
        let same = slot.iter().copied().find(|&i| {
            let o: &Finding = &out[i];
            o.message == f.message || !o.deployments.is_empty() && !f.deployments.is_empty()
        });
        match same {
            Some(i) => absorb(&mut out[i], f, false),
            None => {
                slot.push(out.len());
                out.push(f);
            }
        }
    }
    // groups: the most severe place (then the first by path and offset) stands for the others
    let mut grouped: Vec<Finding> = Vec::with_capacity(out.len());
    let mut members: HashMap<(&'static str, String), Vec<Finding>> = HashMap::new();
    let mut order: Vec<(&'static str, String)> = Vec::new();
    for f in out {
        match f.group.clone() {
            None => grouped.push(f),
            Some(g) => {
                let key = (f.rule.code, g);
                if !members.contains_key(&key) {
                    order.push(key.clone());
                }
                members.entry(key).or_default().push(f);
            }
        }
    }
    for key in order {
        let Some(mut fs) = members.remove(&key) else {
            continue;
        };
        fs.sort_by(|a, b| {
            b.severity.cmp(&a.severity).then_with(|| {
                (project.file(a.file).path.as_str(), a.span.start)
                    .cmp(&(project.file(b.file).path.as_str(), b.span.start))
            })
        });
        let mut it = fs.into_iter();
        let Some(mut primary) = it.next() else {
            continue;
        };
        for other in it {
            absorb(&mut primary, other, true);
        }
        grouped.push(primary);
    }
    grouped
}

/// A strength never contradicts a finding: one whose place overlaps a finding's place (a pinned
/// base image that is end of life, a healthcheck that checks nothing), or that its own rule also
/// reports at the same place, is not a strength.
fn drop_contradicted(strengths: &mut Vec<Strength>, findings: &[Finding]) {
    use std::collections::{HashMap, HashSet};
    // per file: the (rule, place) pairs findings report, and the non-empty finding spans sorted
    // by start with the running maximum of their ends, so "does any finding overlap this span"
    // is one binary search (a file with 20,000 findings and 20,000 strengths stays linear)
    #[derive(Default)]
    struct FileFindings {
        exact: HashSet<(&'static str, u32, u32)>,
        spans: Vec<(u32, u32)>,
        max_end: Vec<u32>,
    }
    let mut by_file: HashMap<usize, FileFindings> = HashMap::new();
    for f in findings {
        let e = by_file.entry(f.file).or_default();
        e.exact.insert((f.rule.code, f.span.start, f.span.end));
        if !f.span.is_empty() {
            e.spans.push((f.span.start, f.span.end));
        }
    }
    for e in by_file.values_mut() {
        e.spans.sort_unstable();
        let mut max = 0;
        e.max_end = e
            .spans
            .iter()
            .map(|&(_, end)| {
                max = max.max(end);
                max
            })
            .collect();
    }
    strengths.retain(|s| {
        let Some(e) = by_file.get(&s.file) else {
            return true;
        };
        if e.exact.contains(&(s.rule.code, s.span.start, s.span.end)) {
            return false;
        }
        if s.span.is_empty() {
            return true;
        }
        // findings starting before the strength ends; one of them overlaps if it ends after
        // the strength starts
        let k = e.spans.partition_point(|&(start, _)| start < s.span.end);
        !(k > 0 && e.max_end[k - 1] > s.span.start)
    });
}

/// Fold `other` into `into`: the more severe message wins, deployments and related places are
/// kept; a grouped finding's own place becomes a related place.
fn absorb(into: &mut Finding, other: Finding, as_related: bool) {
    for d in &other.deployments {
        if !into.deployments.contains(d) {
            into.deployments.push(*d);
        }
    }
    into.confidence = into.confidence.max(other.confidence);
    if as_related && !(other.file == into.file && other.span == into.span) {
        let r = crate::diagnostic::Related {
            file: other.file,
            span: other.span,
            message: other.message.clone(),
        };
        if !into.related.contains(&r) {
            into.related.push(r);
        }
    }
    for r in other.related {
        if !into.related.contains(&r) {
            into.related.push(r);
        }
    }
    if other.severity > into.severity {
        into.severity = other.severity;
        if !as_related {
            into.message = other.message;
            into.help = other.help;
            into.environment = other.environment;
        }
    }
    if into.fix.is_none() && !as_related {
        into.fix = other.fix;
    }
}

/// Run every enabled rule over the project and filter the results through the configuration.
pub fn run(project: Project, config: &Config) -> Audit {
    let rules: Vec<&'static dyn Rule> = crate::registry::all_rules()
        .iter()
        .copied()
        .filter(|r| config.enabled.contains(r.meta().code))
        .collect();
    let mut findings = Vec::new();
    let mut strengths = Vec::new();
    let timed = crate::timings::enabled();
    let all_rules = timed.then(std::time::Instant::now);
    // rules only read the model: run them on every core, then take their results in registry
    // order (the output does not depend on which rule finished first)
    let results: Vec<(Vec<Finding>, Vec<Strength>)> = rules
        .par_iter()
        .map(|rule| {
            let mut cx = Checker::with_settings(rule.meta(), config.settings.clone());
            let start = timed.then(std::time::Instant::now);
            rule.check(&project, &mut cx);
            if let Some(start) = start {
                crate::timings::record(&format!("rule {}", rule.meta().name), start.elapsed());
            }
            cx.into_parts()
        })
        .collect();
    if let Some(start) = all_rules {
        crate::timings::record("rules (all, wall clock)", start.elapsed());
    }
    for (f, s) in results {
        findings.extend(f);
        strengths.extend(s);
    }
    let start = timed.then(std::time::Instant::now);
    // configuration: per-path ignores, severity overrides, environment filter
    findings.retain(|f| !config.path_ignores(&project.file(f.file).path, f.rule.code));
    for f in findings.iter_mut() {
        if let Some(s) = config.severity_overrides.get(f.rule.code) {
            f.severity = *s;
        }
    }
    if let Some(target) = config.env {
        findings.retain(|f| environment_of(&project, f).applies_to(target));
    }
    let mut findings = merge(&project, findings);
    // inline suppressions, then the unused ones become findings themselves
    let pragmas = crate::suppress::apply(&project, &mut findings);
    if config
        .enabled
        .contains(crate::rules::core::unused_suppression::UnusedSuppression::META.code)
    {
        crate::suppress::report_unused(&pragmas, &mut findings);
    }
    findings.sort_by(|a, b| {
        (
            project.file(a.file).path.as_str(),
            a.span.start,
            b.severity,
            a.rule.code,
        )
            .cmp(&(
                project.file(b.file).path.as_str(),
                b.span.start,
                a.severity,
                b.rule.code,
            ))
    });
    findings.dedup_by(|a, b| {
        a.rule.code == b.rule.code && a.file == b.file && a.span == b.span && a.message == b.message
    });
    strengths.sort_by(|a, b| {
        (a.file, a.span.start, a.rule.code).cmp(&(b.file, b.span.start, b.rule.code))
    });
    strengths
        .dedup_by(|a, b| a.rule.code == b.rule.code && a.file == b.file && a.message == b.message);
    drop_contradicted(&mut strengths, &findings);
    let scores = score::scores(&findings);
    let summary = score::summary(&findings);
    if let Some(start) = start {
        crate::timings::record("engine: filter, suppress, sort, score", start.elapsed());
    }
    Audit {
        project,
        findings,
        strengths,
        scores,
        summary,
        fail_on: config.fail_on,
    }
}

#[cfg(test)]
mod tests {
    use crate::testing::audit_txtar;

    #[test]
    fn a_strength_never_contradicts_a_finding() {
        // pinned, but to an end-of-life Python: no "pinned" praise at the same FROM
        let a = audit_txtar("-- Dockerfile --\nFROM python:3.7.17-slim\nUSER nobody\nCMD [\"python\", \"-m\", \"http.server\"]\n");
        assert!(a.findings.iter().any(|f| f.rule.name == "base-image-eol"));
        assert!(
            !a.strengths
                .iter()
                .any(|s| s.rule.name == "base-image-unpinned"),
            "{:?}",
            a.strengths.iter().map(|s| &s.message).collect::<Vec<_>>()
        );
        // pinned to a supported one: praised
        let a = audit_txtar("-- Dockerfile --\nFROM python:3.12.7-slim\nUSER nobody\nCMD [\"python\", \"-m\", \"http.server\"]\n");
        assert!(a
            .strengths
            .iter()
            .any(|s| s.rule.name == "base-image-unpinned"));
    }

    #[test]
    fn one_problem_in_several_deployments_is_one_finding() {
        let a = audit_txtar("-- docker-compose.yml --\nservices:\n  db:\n    image: postgres:16.4\n    ports: [\"5432:5432\"]\n-- docker-compose.override.yml --\nservices:\n  db:\n    environment:\n      POSTGRES_PASSWORD: dev\n-- docker-compose.prod.yml --\nservices:\n  db:\n    restart: always\n");
        let published: Vec<_> = a
            .findings
            .iter()
            .filter(|f| f.rule.name == "internal-port-published")
            .collect();
        assert_eq!(published.len(), 1);
        // judged at its worst: the production deployment publishes it too
        assert_eq!(published[0].severity, crate::diagnostic::Severity::High);
        assert_eq!(published[0].deployments.len(), 3);
    }
}
