//! The audit pipeline after parsing: check → filter → sort. Rules run in parallel; their results
//! are taken in registry order.

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
        f.environment
            .unwrap_or(self.project.file(f.file).environment)
    }

    /// Drop the findings whose fingerprint is in `known` (a baseline from an earlier JSON report),
    /// then recompute scores and summary. Returns how many were dropped.
    pub fn apply_baseline(&mut self, known: &std::collections::HashSet<String>) -> usize {
        let fps = crate::render::fingerprints(self);
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
            let mut cx = Checker::new(rule.meta());
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
        findings.retain(|f| {
            f.environment
                .unwrap_or(project.file(f.file).environment)
                .applies_to(target)
        });
    }
    // inline suppressions, then the unused ones become findings themselves
    let pragmas = crate::suppress::apply(&project, &mut findings);
    if config
        .enabled
        .contains(crate::rules::core::unused_suppression::UnusedSuppression::META.code)
    {
        crate::rules::core::unused_suppression::report(&project, &pragmas, &mut findings);
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
