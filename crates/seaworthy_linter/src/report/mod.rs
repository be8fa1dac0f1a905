//! The audit report a team acts on: the layer between the engine's [`Audit`] and the report
//! renderers (Markdown, HTML, JSON).
//!
//! - **Items**, one per root cause: the findings of one rule are one item listing its places
//!   (`data/report.toml` can make it one item per file: the keys of one leaked `.env`).
//! - **Areas** following the stack (image, orchestration, reverse proxy, secrets and
//!   configuration, application runtime, delivery and operations), each scored by the formula in
//!   `docs/scoring.md` with a line saying why, or marked missing / not assessed.
//! - **Summary**: the verdict, at most five blockers, "cannot build / cannot start" first.
//! - **Plan**: phases in the order a team works, steps with effort, files and a verification
//!   command; quick wins with their total time; `--fix` status.
//! - **Fixes as code** ([`snippet`]), **strengths** grouped by practice, what a static audit cannot
//!   judge and what this run skipped, and the topology.
//!
//! Every text is in the report's language ([`Lang`]) and passes through the project's masker.

pub mod data;
pub mod snippet;

pub use data::{rule_data, Area, Blocks, Effort, ItemBy, Phase, RuleData};
pub use snippet::Snippet;

use crate::diagnostic::{Applicability, Confidence, Finding, Severity};
use crate::engine::Audit;
use crate::i18n::{tr, tr_opt, Arg, Lang};
use crate::meta::RuleMeta;
use crate::project::service::{ImageSource, ServiceKind};
use crate::project::topology::{self, DeploymentTopology};
use crate::project::Project;
use crate::score;
use seaworthy_syntax::{Environment, FileKind};
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, HashSet};

/// Pass a text through the project's secret masking before it is shown.
pub fn redact<'a>(project: &Project, s: &'a str) -> Cow<'a, str> {
    project.redact(s)
}

/// A rule's message in `lang`, masked.
pub fn redact_msg<'a>(
    project: &Project,
    m: &'a crate::message::Message,
    lang: Lang,
) -> Cow<'a, str> {
    match m.in_lang(lang) {
        Cow::Borrowed(s) => project.redact(s),
        Cow::Owned(s) => Cow::Owned(project.redact(&s).into_owned()),
    }
}

/// How the report is made.
#[derive(Debug, Clone)]
pub struct Options {
    pub lang: Lang,
    /// The audited project's name (its directory).
    pub project: String,
}

/// The verdict, as a reviewer gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    Ready,
    ReadyWithFixes,
    NotReady,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Ready => "ready",
            Verdict::ReadyWithFixes => "ready-with-fixes",
            Verdict::NotReady => "not-ready",
        }
    }
}

/// Facts about the run.
#[derive(Debug, Clone)]
pub struct Meta {
    pub project: String,
    /// `HEAD` (abbreviated), when git history was read.
    pub commit: Option<String>,
    /// The audit date (`--today`, else today).
    pub date: String,
    pub tool_version: &'static str,
    pub lang: Lang,
    pub files: usize,
    pub deployments: usize,
    pub services: usize,
}

/// One place of an item.
#[derive(Debug, Clone)]
pub struct Place {
    pub path: String,
    pub line: u32,
    /// The finding's message in the report's language.
    pub message: String,
    /// The same in English: what the report reads subjects (the backticked names) from, so
    /// that they do not depend on a translation's word order.
    pub english: String,
    pub severity: Severity,
    pub environment: Environment,
    /// Other places this finding involves (`path:line`).
    pub related: Vec<String>,
}

/// One root cause: the findings of one rule (or of one rule in one file).
#[derive(Debug, Clone)]
pub struct Item {
    /// Stable id: the rule code, with `-n` when the rule has several items (one per file).
    pub id: String,
    pub rule: &'static RuleMeta,
    pub area: Area,
    pub severity: Severity,
    pub confidence: Confidence,
    /// Some place at the item's severity applies to an environment production runs.
    pub production: bool,
    /// The most production-like environment of its places.
    pub environment: Environment,
    /// Indexes into `audit.findings`.
    pub findings: Vec<usize>,
    pub places: Vec<Place>,
    pub title: String,
    /// Why it matters: given once per rule in the report (the first item of the rule).
    pub why: Option<String>,
    /// The rule's advice for this instance.
    pub help: Option<String>,
    pub fix: Option<Snippet>,
    pub phase: Phase,
    pub effort: Effort,
    /// It keeps the project from building or starting.
    pub blocks: Option<Blocks>,
    pub files: Vec<String>,
    /// Commands that show the step is done.
    pub verify: Vec<String>,
    /// The most a `--fix` run applies.
    pub autofix: Option<Applicability>,
}

impl Item {
    /// Item importance: cannot build/start first, then severity, confidence, production.
    fn rank(&self) -> (bool, Severity, Confidence, bool) {
        (
            self.blocks.is_some(),
            self.severity,
            self.confidence,
            self.production,
        )
    }

    /// A blocker: serious, fairly sure, and in something production runs.
    pub fn is_blocker(&self) -> bool {
        self.severity >= Severity::High
            && self.confidence >= Confidence::Medium
            && (self.production || self.blocks.is_some())
    }

    /// A quick win: worth doing and a small change.
    pub fn is_quick_win(&self) -> bool {
        self.effort == Effort::S
            && self.severity >= Severity::Medium
            && self.confidence >= Confidence::Medium
            && self.production
    }
}

/// An area's assessment.
#[derive(Debug, Clone)]
pub struct AreaReport {
    pub area: Area,
    pub status: AreaStatus,
    /// What was judged (Dockerfiles, services, ...).
    pub units: usize,
    /// Items by severity (critical, high, medium, low, info).
    pub counts: [usize; 5],
    pub parts: Option<score::AreaScore>,
    /// Labels of the practices credited.
    pub credited: Vec<String>,
    /// One line: why the score is what it is.
    pub rationale: String,
    /// A few words for the summary.
    pub summary: String,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum AreaStatus {
    Scored(f64),
    /// The stack needs it and it is not there (services build, but there is no Dockerfile).
    Missing,
    /// Nothing to judge (no nginx config in a project that has no proxy).
    NotAssessed,
}

impl AreaStatus {
    pub fn score(self) -> Option<f64> {
        match self {
            AreaStatus::Scored(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            AreaStatus::Scored(_) => "scored",
            AreaStatus::Missing => "missing",
            AreaStatus::NotAssessed => "not-assessed",
        }
    }
}

/// Good practice, one line per practice.
#[derive(Debug, Clone)]
pub struct StrengthGroup {
    pub rule: &'static RuleMeta,
    pub area: Area,
    pub label: String,
    /// What shows it (services, files), masked.
    pub subjects: Vec<String>,
    /// Out of how many of the same kind were judged, when more than show it.
    pub of: Option<usize>,
    /// The first place (`path:line`).
    pub at: String,
    pub line: String,
}

/// A phase of the plan.
#[derive(Debug, Clone)]
pub struct PlanPhase {
    pub phase: Phase,
    pub title: String,
    /// Indexes into `items`.
    pub steps: Vec<usize>,
    pub minutes: u32,
}

/// The report.
pub struct Report<'a> {
    pub audit: &'a Audit,
    pub meta: Meta,
    pub items: Vec<Item>,
    /// For each finding (same order as `audit.findings`), the index of its item.
    pub finding_item: Vec<usize>,
    pub verdict: Verdict,
    /// The project cannot be built (or started) as it is.
    pub cannot: Option<Blocks>,
    /// Indexes of the blockers shown (at most five).
    pub blockers: Vec<usize>,
    /// How many blockers there are in all.
    pub blocker_count: usize,
    pub areas: Vec<AreaReport>,
    pub overall: Option<f64>,
    pub overall_cap: Option<f64>,
    pub overall_rationale: String,
    pub strengths: Vec<StrengthGroup>,
    pub plan: Vec<PlanPhase>,
    pub quick_wins: Vec<usize>,
    pub quick_win_minutes: u32,
    /// What a static audit cannot judge.
    pub out_of_scope: Vec<String>,
    /// What this run did not check.
    pub not_checked: Vec<String>,
    pub topology: Vec<DeploymentTopology>,
    pub lang: Lang,
}

/// Blockers shown by name in the summary.
pub const MAX_BLOCKERS: usize = 5;

impl<'a> Report<'a> {
    pub fn build(audit: &'a Audit, opts: &Options) -> Report<'a> {
        let p = &audit.project;
        let lang = opts.lang;
        let meta = Meta {
            project: opts.project.clone(),
            commit: p
                .git
                .head
                .as_ref()
                .map(|h| h.chars().take(12).collect::<String>()),
            date: p.today.to_string(),
            tool_version: env!("CARGO_PKG_VERSION"),
            lang,
            files: p.files.len(),
            deployments: p.deployments.len(),
            services: distinct_services(p),
        };
        let (items, finding_item) = build_items(audit, lang);
        let blocker_idx: Vec<usize> = (0..items.len())
            .filter(|&i| items[i].is_blocker())
            .collect();
        let cannot = blocker_idx
            .iter()
            .filter_map(|&i| items[i].blocks)
            .min_by_key(|b| match b {
                Blocks::Build => 0,
                Blocks::Start => 1,
            });
        let verdict = if !blocker_idx.is_empty() {
            Verdict::NotReady
        } else if items.iter().any(|i| i.severity >= Severity::Medium) {
            Verdict::ReadyWithFixes
        } else {
            Verdict::Ready
        };
        let strengths = strength_groups(audit, lang);
        let areas = area_reports(audit, &items, &strengths, lang);
        // a missing area (the stack needs it and it is not there) counts as 0; an area with
        // nothing to judge does not count
        let scored: Vec<(Area, f64)> = areas
            .iter()
            .filter_map(|a| match a.status {
                AreaStatus::Scored(s) => Some((a.area, s)),
                AreaStatus::Missing => Some((a.area, 0.0)),
                AreaStatus::NotAssessed => None,
            })
            .collect();
        let missing = areas
            .iter()
            .filter(|a| a.status == AreaStatus::Missing)
            .count();
        let worst_blocker = blocker_idx.iter().map(|&i| items[i].severity).max();
        let (overall, overall_cap) = match score::overall(&scored, worst_blocker) {
            Some((o, cap)) => (Some(o), cap),
            None => (None, None),
        };
        let overall_rationale = match (overall, overall_cap) {
            (None, _) => tr(lang, "overall-none", &[]),
            (Some(_), Some(cap)) => tr(
                lang,
                "overall-capped",
                &[
                    ("cap", Arg::from(format!("{cap:.1}"))),
                    ("count", Arg::from(blocker_idx.len())),
                    (
                        "severity",
                        Arg::from(severity_word(lang, worst_blocker.unwrap_or(Severity::High))),
                    ),
                ],
            ),
            (Some(_), None) => tr(
                lang,
                "overall-mean",
                &[("count", Arg::from(scored.len() - missing))],
            ),
        };
        let overall_rationale = if missing > 0 && overall.is_some() {
            format!(
                "{overall_rationale}; {}",
                tr(lang, "overall-missing", &[("count", Arg::from(missing))])
            )
        } else {
            overall_rationale
        };
        let plan = build_plan(&items, lang);
        let quick_wins: Vec<usize> = (0..items.len())
            .filter(|&i| items[i].is_quick_win())
            .collect();
        let quick_win_minutes = quick_wins.iter().map(|&i| items[i].effort.minutes()).sum();
        let blockers: Vec<usize> = blocker_idx.iter().copied().take(MAX_BLOCKERS).collect();
        Report {
            audit,
            meta,
            blocker_count: blocker_idx.len(),
            blockers,
            items,
            finding_item,
            verdict,
            cannot,
            areas,
            overall,
            overall_cap,
            overall_rationale,
            strengths,
            plan,
            quick_wins,
            quick_win_minutes,
            out_of_scope: out_of_scope(lang),
            not_checked: not_checked(p, lang),
            topology: topology::topology(p, None),
            lang,
        }
    }

    /// A message of the report's catalogue.
    pub fn t(&self, id: &str) -> String {
        tr(self.lang, id, &[])
    }

    /// A message with arguments.
    pub fn ta(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        tr(self.lang, id, args)
    }

    /// A word of the topology diagram (`host ports`, a service kind, `healthcheck`, `build`, an
    /// environment) in the report's language: `topology-<word>` of the catalogue.
    pub fn topology_word(&self, w: &str) -> String {
        let id = format!("topology-{}", w.to_ascii_lowercase().replace(' ', "-"));
        tr_opt(self.lang, &id, &[]).unwrap_or_else(|| w.to_string())
    }

    /// The area's name.
    pub fn area_name(&self, a: Area) -> String {
        area_name(self.lang, a)
    }

    pub fn severity_name(&self, s: Severity) -> String {
        tr(self.lang, &format!("severity-{}", s.as_str()), &[])
    }

    pub fn verdict_text(&self) -> String {
        tr(
            self.lang,
            &format!("verdict-{}", self.verdict.as_str()),
            &[],
        )
    }

    /// Items of a severity, in report order.
    pub fn items_of(&self, s: Severity) -> impl Iterator<Item = (usize, &Item)> {
        self.items
            .iter()
            .enumerate()
            .filter(move |(_, i)| i.severity == s)
    }

    /// A duration in the report's language (`1 h 30 min`).
    pub fn duration(&self, minutes: u32) -> String {
        duration(self.lang, minutes)
    }

    /// The summary's opening sentences: "cannot build / cannot start" first, then the verdict.
    pub fn headline(&self) -> String {
        let lang = self.lang;
        let verdict = match self.verdict {
            Verdict::NotReady => tr(
                lang,
                "headline-not-ready",
                &[("count", Arg::from(self.blocker_count))],
            ),
            Verdict::ReadyWithFixes => tr(
                lang,
                "headline-ready-with-fixes",
                &[(
                    "count",
                    Arg::from(
                        self.items
                            .iter()
                            .filter(|i| i.severity >= Severity::Medium)
                            .count(),
                    ),
                )],
            ),
            Verdict::Ready => tr(lang, "headline-ready", &[]),
        };
        match self.cannot {
            Some(b) => format!(
                "{} {verdict}",
                tr(lang, &format!("headline-cannot-{}", b.as_str()), &[])
            ),
            None => verdict,
        }
    }
}

pub fn area_name(lang: Lang, a: Area) -> String {
    tr(lang, &format!("area-{}", a.as_str()), &[])
}

fn severity_word(lang: Lang, s: Severity) -> String {
    tr(lang, &format!("severity-word-{}", s.as_str()), &[])
}

pub fn duration(lang: Lang, minutes: u32) -> String {
    let (h, m) = (minutes / 60, minutes % 60);
    match (h, m) {
        (0, m) => tr(lang, "duration-min", &[("m", Arg::from(m))]),
        (h, 0) => tr(lang, "duration-h", &[("h", Arg::from(h))]),
        (h, m) => tr(
            lang,
            "duration-h-min",
            &[("h", Arg::from(h)), ("m", Arg::from(m))],
        ),
    }
}

fn distinct_services(p: &Project) -> usize {
    p.services
        .iter()
        .map(|s| s.name.as_str())
        .collect::<BTreeSet<_>>()
        .len()
}

fn env_rank(e: Environment) -> u8 {
    match e {
        Environment::Prod => 3,
        Environment::Shared => 2,
        Environment::Test => 1,
        Environment::Dev => 0,
    }
}

/// The first `backticked` word of a message (the service, key, header it is about).
pub fn first_code(s: &str) -> Option<&str> {
    let start = s.find('`')? + 1;
    let len = s[start..].find('`')?;
    let word = &s[start..start + len];
    (!word.is_empty()).then_some(word)
}

/// What an item's places are about, for its title: the first code word of each message, as
/// `a → b` pairs when one subject repeats (the service and what it waits for).
fn subjects(messages: &[&str]) -> Option<Vec<String>> {
    let firsts: Vec<&str> = messages
        .iter()
        .map(|m| first_code(m))
        .collect::<Option<Vec<_>>>()?;
    let distinct: HashSet<&str> = firsts.iter().copied().collect();
    // the first two code words of each message, when every message has two
    let pairs: Option<Vec<(&str, &str)>> = if distinct.len() < firsts.len() {
        messages.iter().map(|m| first_two_codes(m)).collect()
    } else {
        None
    };
    let pairs = pairs.filter(|ps| ps.iter().collect::<HashSet<_>>().len() == messages.len());
    let mut out: Vec<String> = Vec::new();
    // distinct, in first-seen order (a set, not `out.contains`: an item can have 50,000 places)
    match pairs {
        Some(ps) => {
            let mut seen: HashSet<(&str, &str)> = HashSet::new();
            for (a, b) in ps {
                if seen.insert((a, b)) {
                    out.push(format!("`{a}` → `{b}`"));
                }
            }
        }
        None => {
            let mut seen: HashSet<&str> = HashSet::new();
            for f in firsts {
                if seen.insert(f) {
                    out.push(format!("`{f}`"));
                }
            }
        }
    }
    Some(out)
}

/// The first two non-empty `backticked` words of a message.
fn first_two_codes(s: &str) -> Option<(&str, &str)> {
    let mut it = s.split('`').skip(1).step_by(2).filter(|w| !w.is_empty());
    Some((it.next()?, it.next()?))
}

/// A rule's one-line title in the report's language: `<rule>-title` of the rule catalogue
/// (`rules.ftl`) in Russian and Ukrainian when it has it, else the rule's English summary.
pub fn rule_summary(lang: Lang, meta: &RuleMeta) -> String {
    rule_text(lang, meta, "title").unwrap_or_else(|| meta.summary.to_string())
}

/// Why a rule matters, in the report's language: `<rule>-why` of the rule catalogue in Russian
/// and Ukrainian, else the first paragraph of its documentation's "Why is this bad?".
pub fn rule_why(lang: Lang, meta: &RuleMeta) -> Option<String> {
    rule_text(lang, meta, "why").or_else(|| doc_section(meta, "Why is this bad?"))
}

/// Why a rule matters from the rule catalogue of `lang` (not English), if it has it.
pub fn rule_why_translated(lang: Lang, meta: &RuleMeta) -> Option<String> {
    rule_text(lang, meta, "why")
}

/// How to fix what a rule finds, in the report's language (`<rule>-fix`), when the rule catalogue
/// of a language other than English has it; English uses each finding's own advice.
pub fn rule_fix(lang: Lang, meta: &RuleMeta) -> Option<String> {
    rule_text(lang, meta, "fix")
}

/// `<rule>-<part>` in `lang`'s own rule catalogue (no English fallback: English is the rule's
/// documentation), `None` for English.
fn rule_text(lang: Lang, meta: &RuleMeta, part: &str) -> Option<String> {
    if lang == Lang::En {
        return None;
    }
    crate::i18n::tr_exact(lang, &format!("{}-{part}", meta.name))
}

/// First paragraph of a section of the rule's documentation.
pub fn doc_section(meta: &RuleMeta, heading: &str) -> Option<String> {
    let docs = meta.documentation();
    let mut lines = docs.lines().skip_while(|l| {
        !l.trim_start_matches('#')
            .trim()
            .eq_ignore_ascii_case(heading)
    });
    lines.next()?;
    let para: Vec<&str> = lines
        .skip_while(|l| l.trim().is_empty())
        .take_while(|l| !l.trim().is_empty() && !l.starts_with('#') && !l.starts_with("```"))
        .collect();
    (!para.is_empty()).then(|| para.join(" "))
}

fn build_items(audit: &Audit, lang: Lang) -> (Vec<Item>, Vec<usize>) {
    let p = &audit.project;
    // group findings: by rule, or by rule and file
    let mut order: Vec<(&'static str, String)> = Vec::new();
    let mut groups: BTreeMap<(&'static str, String), Vec<usize>> = BTreeMap::new();
    for (i, f) in audit.findings.iter().enumerate() {
        let d = rule_data(f.rule);
        let key = (
            f.rule.code,
            match d.item {
                ItemBy::Rule => String::new(),
                ItemBy::File => p.file(f.file).path.clone(),
            },
        );
        if !groups.contains_key(&key) {
            order.push(key.clone());
        }
        groups.entry(key).or_default().push(i);
    }
    let mut items: Vec<Item> = Vec::new();
    let mut lines = snippet::Lines::default();
    for key in order {
        let Some(members) = groups.remove(&key) else {
            continue;
        };
        items.push(make_item(audit, lang, members, &mut lines));
    }
    // report order: cannot build/start, severity, confidence, production, then place
    items.sort_by(|a, b| {
        b.rank().cmp(&a.rank()).then_with(|| {
            let pa = a.places.first().map(|p| (p.path.as_str(), p.line));
            let pb = b.places.first().map(|p| (p.path.as_str(), p.line));
            pa.cmp(&pb).then_with(|| a.rule.code.cmp(b.rule.code))
        })
    });
    // ids, and "why" once per rule
    let mut per_rule: BTreeMap<&str, usize> = BTreeMap::new();
    for it in &items {
        *per_rule.entry(it.rule.code).or_default() += 1;
    }
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    for it in items.iter_mut() {
        let n = seen.entry(it.rule.code).or_default();
        *n += 1;
        it.id = if per_rule.get(it.rule.code).copied().unwrap_or(0) > 1 {
            format!("{}-{}", it.rule.code, n)
        } else {
            it.rule.code.to_string()
        };
        if *n > 1 {
            it.why = None;
        }
    }
    let mut finding_item = vec![0; audit.findings.len()];
    for (k, it) in items.iter().enumerate() {
        for &f in &it.findings {
            if let Some(slot) = finding_item.get_mut(f) {
                *slot = k;
            }
        }
    }
    (items, finding_item)
}

fn make_item<'p>(
    audit: &'p Audit,
    lang: Lang,
    mut members: Vec<usize>,
    lines: &mut snippet::Lines<'p>,
) -> Item {
    let p = &audit.project;
    let fs = &audit.findings;
    // the most severe (then surest) finding leads
    members.sort_by(|&a, &b| {
        (fs[b].severity, fs[b].confidence)
            .cmp(&(fs[a].severity, fs[a].confidence))
            .then(a.cmp(&b))
    });
    let lead: &Finding = &fs[members[0]];
    let rule = lead.rule;
    let d = rule_data(rule);
    let area = d
        .area
        .unwrap_or_else(|| Area::of_file(p.file(lead.file).kind));
    let severity = lead.severity;
    let confidence = members
        .iter()
        .filter(|&&i| fs[i].severity == severity)
        .map(|&i| fs[i].confidence)
        .max()
        .unwrap_or(lead.confidence);
    let envs: Vec<Environment> = members
        .iter()
        .map(|&i| audit.environment_of(&fs[i]))
        .collect();
    let environment = envs
        .iter()
        .copied()
        .max_by_key(|e| env_rank(*e))
        .unwrap_or(Environment::Shared);
    let production = members.iter().zip(&envs).any(|(&i, e)| {
        fs[i].severity == severity && matches!(e, Environment::Prod | Environment::Shared)
    });
    let mut places: Vec<Place> = members
        .iter()
        .zip(&envs)
        .map(|(&i, e)| {
            let f = &fs[i];
            let loc = crate::render::location(audit, f.file, f.span);
            let english = redact(p, &f.message).into_owned();
            Place {
                path: p.file(f.file).path.clone(),
                line: loc.line,
                // English is the message's own text: masked once
                message: if lang == Lang::En {
                    english.clone()
                } else {
                    redact(p, &f.message.in_lang(lang)).into_owned()
                },
                english,
                severity: f.severity,
                environment: *e,
                related: f
                    .related
                    .iter()
                    .map(|r| {
                        format!(
                            "{}:{}",
                            p.file(r.file).path,
                            crate::render::location(audit, r.file, r.span).line
                        )
                    })
                    .collect(),
            }
        })
        .collect();
    places.sort_by(|a, b| (a.path.as_str(), a.line).cmp(&(b.path.as_str(), b.line)));
    let messages: Vec<&str> = places.iter().map(|pl| pl.english.as_str()).collect();
    let translated = rule_text(lang, rule, "title");
    let title = if places.len() == 1 {
        // the finding's own words; in Russian and Ukrainian the rule's title and what it is
        // about (the instance's words stay in the place line)
        match (&translated, subjects(&messages)) {
            (Some(t), Some(subj)) => tr(
                lang,
                "item-title-subjects",
                &[
                    ("summary", Arg::from(t.clone())),
                    ("subjects", Arg::from(subj.join(", "))),
                ],
            ),
            (Some(t), None) => t.clone(),
            (None, _) => places[0].message.clone(),
        }
    } else if d.item == ItemBy::File && rule.family == crate::meta::Family::Secrets {
        let keys = subjects(&messages)
            .map(|s| s.join(", "))
            .unwrap_or_default();
        tr(
            lang,
            "item-rotate-keys",
            &[
                ("count", Arg::from(places.len())),
                ("file", Arg::from(places[0].path.clone())),
                ("keys", Arg::from(keys)),
            ],
        )
    } else {
        match subjects(&messages) {
            Some(subj) if subj.len() <= 8 => tr(
                lang,
                "item-title-subjects",
                &[
                    ("summary", Arg::from(rule_summary(lang, rule))),
                    ("subjects", Arg::from(subj.join(", "))),
                ],
            ),
            _ => tr(
                lang,
                "item-title-count",
                &[
                    ("summary", Arg::from(rule_summary(lang, rule))),
                    ("count", Arg::from(places.len())),
                ],
            ),
        }
    };
    let help = rule_fix(lang, rule).or_else(|| {
        lead.help
            .as_ref()
            .map(|h| redact(p, &h.in_lang(lang)).into_owned())
    });
    let fix = members
        .iter()
        .find_map(|&i| snippet::snippet_with(p, &fs[i], lines));
    let mut files: Vec<String> = places.iter().map(|pl| pl.path.clone()).collect();
    for &i in &members {
        if let Some(fx) = &fs[i].fix {
            for e in &fx.edits {
                files.push(p.file(e.file).path.clone());
            }
        }
    }
    let mut seen = BTreeSet::new();
    files.retain(|f| seen.insert(f.clone()));
    let verify = verify_commands(audit, rule, &d, &members);
    let autofix = members
        .iter()
        .filter_map(|&i| fs[i].fix.as_ref().map(|f| f.applicability))
        .min_by_key(|a| match a {
            Applicability::Safe => 0,
            Applicability::Unsafe => 1,
            Applicability::Display => 2,
        });
    let blocks = d
        .blocks
        .filter(|_| severity >= Severity::High && confidence >= Confidence::Medium);
    let mut findings = members.clone();
    findings.sort_unstable();
    Item {
        id: String::new(),
        rule,
        area,
        severity,
        confidence,
        production,
        environment,
        findings,
        places,
        title,
        why: rule_why(lang, rule),
        help,
        fix,
        phase: d.phase,
        effort: d.effort,
        blocks,
        files,
        verify,
        autofix,
    }
}

/// `dir` is `base` or below it (repository-relative paths, `""` the root).
fn is_within(dir: &str, base: &str) -> bool {
    let base = base.trim_matches('/');
    base.is_empty() || dir == base || dir.starts_with(&format!("{base}/"))
}

fn dir_or_dot(d: &str) -> &str {
    if d.is_empty() {
        "."
    } else {
        d
    }
}

/// Commands that show a step is done: the check of each file kind involved, the rule's own,
/// and the audit of the rule.
fn verify_commands(audit: &Audit, rule: &RuleMeta, d: &RuleData, members: &[usize]) -> Vec<String> {
    let p = &audit.project;
    let mut out: Vec<String> = Vec::new();
    let mut push = |s: String| {
        if !out.contains(&s) {
            out.push(s);
        }
    };
    for &i in members.iter().take(3) {
        let f = &audit.findings[i];
        let file = p.file(f.file);
        if let Some(v) = &d.verify {
            push(
                v.replace("{path}", &file.path)
                    .replace("{dir}", dir_or_dot(file.dir())),
            );
            continue;
        }
        match file.kind {
            FileKind::Dockerfile => push(docker_build(p, f.file)),
            FileKind::Compose => push(compose_config(p, f)),
            FileKind::Nginx => push(nginx_test(p, f.file)),
            FileKind::Dockerignore | FileKind::PythonDeps => {
                // the image whose context holds it
                let dir = file.dir().to_string();
                if let Some(img) = p.images.iter().find(|b| is_within(&dir, &b.context)) {
                    push(docker_build(p, img.dockerfile));
                } else if file.kind == FileKind::PythonDeps && file.name().ends_with(".txt") {
                    push(format!("pip install --dry-run -r {}", file.path));
                }
            }
            FileKind::Env if !f.deployments.is_empty() => push(compose_config(p, f)),
            _ => {}
        }
    }
    push(format!("seaworthy audit --select {}", rule.code));
    out
}

fn docker_build(p: &Project, dockerfile: usize) -> String {
    let path = &p.file(dockerfile).path;
    let img = p.images.iter().find(|b| b.dockerfile == dockerfile);
    let ctx = img
        .map(|b| b.context.clone())
        .unwrap_or_else(|| p.file(dockerfile).dir().to_string());
    match img.and_then(|b| b.target.as_ref()) {
        Some(t) => format!("docker build -f {path} --target {t} {}", dir_or_dot(&ctx)),
        None => format!("docker build -f {path} {}", dir_or_dot(&ctx)),
    }
}

fn compose_flags(p: &Project, files: &[usize]) -> String {
    files
        .iter()
        .map(|f| format!(" -f {}", p.file(*f).path))
        .collect::<String>()
}

fn compose_config(p: &Project, f: &Finding) -> String {
    let files: Vec<usize> = f
        .deployments
        .iter()
        .filter_map(|d| p.deployments.get(*d))
        .max_by_key(|d| env_rank(d.environment))
        .map(|d| d.files.clone())
        .unwrap_or_else(|| vec![f.file]);
    format!("docker compose{} config --quiet", compose_flags(p, &files))
}

fn nginx_test(p: &Project, file: usize) -> String {
    // the proxy service that loads this config
    let proxy = p
        .routes
        .iter()
        .filter(|r| r.file == file)
        .flat_map(|r| r.proxies.iter())
        .filter_map(|s| p.services.get(*s))
        .next();
    match proxy {
        Some(s) => {
            let files = p
                .deployments
                .get(s.deployment)
                .map(|d| d.files.clone())
                .unwrap_or_default();
            format!(
                "docker compose{} run --rm --no-deps {} nginx -t",
                compose_flags(p, &files),
                s.name
            )
        }
        None => format!("nginx -t -c \"$PWD/{}\"", p.file(file).path),
    }
}

fn build_plan(items: &[Item], lang: Lang) -> Vec<PlanPhase> {
    Phase::ALL
        .iter()
        .filter_map(|&ph| {
            let steps: Vec<usize> = (0..items.len())
                .filter(|&i| items[i].phase == ph && items[i].severity >= Severity::Low)
                .collect();
            if steps.is_empty() {
                return None;
            }
            let minutes = steps.iter().map(|&i| items[i].effort.minutes()).sum();
            Some(PlanPhase {
                phase: ph,
                title: tr(lang, &format!("phase-{}", ph.as_str()), &[]),
                steps,
                minutes,
            })
        })
        .collect()
}

/// Strengths, one line per practice.
fn strength_groups(audit: &Audit, lang: Lang) -> Vec<StrengthGroup> {
    let p = &audit.project;
    let mut order: Vec<&'static str> = Vec::new();
    let mut by_rule: BTreeMap<&'static str, Vec<&crate::diagnostic::Strength>> = BTreeMap::new();
    for s in &audit.strengths {
        if !by_rule.contains_key(s.rule.code) {
            order.push(s.rule.code);
        }
        by_rule.entry(s.rule.code).or_default().push(s);
    }
    let mut out = Vec::new();
    for code in order {
        let Some(list) = by_rule.get(code) else {
            continue;
        };
        let rule = list[0].rule;
        let d = rule_data(rule);
        let area = d
            .area
            .unwrap_or_else(|| Area::of_file(p.file(list[0].file).kind));
        let msgs: Vec<String> = list
            .iter()
            .map(|s| redact(p, &s.message).into_owned())
            .collect();
        let refs: Vec<&str> = msgs.iter().map(String::as_str).collect();
        let subj = subjects(&refs).unwrap_or_default();
        // how many of the same kind the rule judged: its strengths and its findings' subjects
        let mut judged: BTreeSet<String> = subj.iter().cloned().collect();
        let finding_msgs: Vec<&str> = audit
            .findings
            .iter()
            .filter(|f| f.rule.code == code)
            .map(|f| f.message.as_str())
            .collect();
        let finding_subjects = if finding_msgs.is_empty() {
            Some(Vec::new())
        } else {
            subjects(&finding_msgs)
        };
        let of = match finding_subjects {
            Some(fsub) if !subj.is_empty() => {
                judged.extend(fsub);
                (judged.len() > subj.len()).then_some(judged.len())
            }
            _ => None,
        };
        let label = tr_opt(lang, &format!("practice-{}", rule.name), &[])
            .unwrap_or_else(|| redact(p, &list[0].message.in_lang(lang)).into_owned());
        let first = list[0];
        let at = format!(
            "{}:{}",
            p.file(first.file).path,
            crate::render::location(audit, first.file, first.span).line
        );
        let line = if subj.is_empty() {
            if list.len() > 1 {
                tr(
                    lang,
                    "strength-line-places",
                    &[
                        ("label", Arg::from(label.clone())),
                        ("count", Arg::from(list.len())),
                    ],
                )
            } else {
                label.clone()
            }
        } else {
            let mut shown: Vec<String> = subj.iter().take(6).cloned().collect();
            if subj.len() > 6 {
                shown.push(tr(
                    lang,
                    "more-count",
                    &[("count", Arg::from(subj.len() - 6))],
                ));
            }
            match of {
                Some(n) => tr(
                    lang,
                    "strength-line-of",
                    &[
                        ("label", Arg::from(label.clone())),
                        ("subjects", Arg::from(shown.join(", "))),
                        ("count", Arg::from(subj.len())),
                        ("total", Arg::from(n)),
                    ],
                ),
                None => tr(
                    lang,
                    "strength-line",
                    &[
                        ("label", Arg::from(label.clone())),
                        ("subjects", Arg::from(shown.join(", "))),
                    ],
                ),
            }
        };
        out.push(StrengthGroup {
            rule,
            area,
            label,
            subjects: subj,
            of,
            at,
            line,
        });
    }
    out.sort_by_key(|g| g.area);
    out
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AreaStatusHint {
    Scored,
    Missing,
    NotAssessed,
}

fn scored_or_not(n: usize) -> AreaStatusHint {
    if n > 0 {
        AreaStatusHint::Scored
    } else {
        AreaStatusHint::NotAssessed
    }
}

/// What each area judged, and the count.
fn area_units(p: &Project, area: Area) -> (usize, AreaStatusHint) {
    let of_kind = |k: FileKind| p.files.iter().filter(|f| f.kind == k).count();
    match area {
        Area::Image => {
            let n = p
                .files
                .iter()
                .filter(|f| f.kind == FileKind::Dockerfile && f.is_parseable())
                .count();
            let builds = p
                .services
                .iter()
                .any(|s| matches!(s.image, ImageSource::Build(_)) || s.resolved.build.is_some());
            let app = of_kind(FileKind::PythonDeps) + of_kind(FileKind::NodeDeps) > 0;
            let hint = if n > 0 {
                AreaStatusHint::Scored
            } else if builds || (p.services.is_empty() && app) {
                AreaStatusHint::Missing
            } else {
                AreaStatusHint::NotAssessed
            };
            (n, hint)
        }
        Area::Orchestration => {
            let n = distinct_services(p);
            (n, scored_or_not(n))
        }
        Area::Proxy => {
            let n = of_kind(FileKind::Nginx);
            (n, scored_or_not(n))
        }
        Area::Secrets => {
            let n =
                of_kind(FileKind::Env) + of_kind(FileKind::Compose) + of_kind(FileKind::Dockerfile);
            (n, scored_or_not(n))
        }
        Area::Runtime => {
            let apps = p
                .services
                .iter()
                .filter(|s| {
                    matches!(
                        s.kind,
                        ServiceKind::App | ServiceKind::Worker | ServiceKind::Scheduler
                    )
                    // something to judge: the command it runs, its code, or the image it builds
                    && (s.command.is_some()
                        || s.app_file.is_some()
                        || matches!(s.image, ImageSource::Build(_)))
                })
                .map(|s| s.name.as_str())
                .collect::<BTreeSet<_>>()
                .len();
            let n = if apps > 0 {
                apps
            } else {
                of_kind(FileKind::PythonDeps)
                    + of_kind(FileKind::NodeDeps)
                    + of_kind(FileKind::AppConfig)
            };
            (n, scored_or_not(n))
        }
        Area::Delivery => {
            let n = of_kind(FileKind::Ci);
            let hint = if n > 0 {
                AreaStatusHint::Scored
            } else if p
                .files
                .iter()
                .any(|f| f.kind == FileKind::Dockerfile || f.kind == FileKind::Compose)
            {
                AreaStatusHint::Missing
            } else {
                AreaStatusHint::NotAssessed
            };
            (n, hint)
        }
    }
}

fn area_reports(
    audit: &Audit,
    items: &[Item],
    strengths: &[StrengthGroup],
    lang: Lang,
) -> Vec<AreaReport> {
    let p = &audit.project;
    Area::ALL
        .iter()
        .map(|&area| {
            let (units, hint) = area_units(p, area);
            let in_area: Vec<&Item> = items.iter().filter(|i| i.area == area).collect();
            let mut counts = [0usize; 5];
            for it in &in_area {
                if let Some(k) = Severity::ALL.iter().position(|s| *s == it.severity) {
                    counts[k] += 1;
                }
            }
            let mut cost = 0.0;
            for it in &in_area {
                for &fi in &it.findings {
                    let f = &audit.findings[fi];
                    cost += score::cost(f.severity, f.confidence, audit.environment_of(f));
                }
            }
            let practices: Vec<&StrengthGroup> =
                strengths.iter().filter(|g| g.area == area).collect();
            let coverage: f64 = practices
                .iter()
                .map(|g| {
                    let shown = g.subjects.len().max(1) as f64;
                    let of =
                        g.of.map(|n| n as f64)
                            .unwrap_or_else(|| shown.max(units as f64));
                    (shown / of.max(1.0)).min(1.0)
                })
                .sum();
            let worst = in_area
                .iter()
                .filter(|i| i.confidence >= Confidence::Medium && i.production)
                .map(|i| i.severity)
                .max();
            let input = score::AreaInput {
                units,
                cost,
                coverage,
                worst,
            };
            let parts = if hint == AreaStatusHint::Scored {
                score::area_score(input)
            } else {
                None
            };
            let status = match (parts, hint) {
                (Some(s), _) => AreaStatus::Scored(s.score),
                (None, AreaStatusHint::Missing) => AreaStatus::Missing,
                (None, _) => AreaStatus::NotAssessed,
            };
            let credited: Vec<String> = practices.iter().map(|g| g.label.clone()).collect();
            let rationale = area_rationale(lang, area, status, units, &counts, &credited, parts);
            let summary = area_summary(lang, area, status, &in_area, &credited);
            AreaReport {
                area,
                status,
                units,
                counts,
                parts,
                credited,
                rationale,
                summary,
            }
        })
        .collect()
}

fn counts_text(lang: Lang, counts: &[usize; 5]) -> String {
    let parts: Vec<String> = Severity::ALL
        .iter()
        .zip(counts)
        .filter(|(_, n)| **n > 0)
        .map(|(s, n)| {
            tr(
                lang,
                &format!("count-{}", s.as_str()),
                &[("count", Arg::from(*n))],
            )
        })
        .collect();
    if parts.is_empty() {
        tr(lang, "rationale-no-findings", &[])
    } else {
        parts.join(", ")
    }
}

fn area_rationale(
    lang: Lang,
    area: Area,
    status: AreaStatus,
    units: usize,
    counts: &[usize; 5],
    credited: &[String],
    parts: Option<score::AreaScore>,
) -> String {
    match status {
        AreaStatus::Missing => tr(lang, &format!("missing-{}", area.as_str()), &[]),
        AreaStatus::NotAssessed => tr(lang, &format!("not-assessed-{}", area.as_str()), &[]),
        AreaStatus::Scored(_) => {
            let mut s = format!(
                "{}: {}",
                tr(
                    lang,
                    &format!("units-{}", area.as_str()),
                    &[("count", Arg::from(units))]
                ),
                counts_text(lang, counts)
            );
            if !credited.is_empty() {
                s.push_str("; ");
                s.push_str(&tr(
                    lang,
                    "rationale-credited",
                    &[("practices", Arg::from(lowercase_first_all(credited)))],
                ));
            }
            if let Some(cap) = parts.and_then(|p| p.cap) {
                s.push_str("; ");
                s.push_str(&tr(
                    lang,
                    "rationale-capped",
                    &[("cap", Arg::from(format!("{cap:.1}")))],
                ));
            }
            s
        }
    }
}

fn lowercase_first_all(list: &[String]) -> String {
    list.iter()
        .map(|s| lowercase_first(s))
        .collect::<Vec<_>>()
        .join(", ")
}

fn area_summary(
    lang: Lang,
    area: Area,
    status: AreaStatus,
    in_area: &[&Item],
    credited: &[String],
) -> String {
    if matches!(status, AreaStatus::Missing | AreaStatus::NotAssessed) {
        return area_rationale(lang, area, status, 0, &[0; 5], &[], None);
    }
    let serious: Vec<&&Item> = in_area
        .iter()
        .filter(|i| i.severity >= Severity::Medium)
        .collect();
    let shown: Vec<String> = serious
        .iter()
        .take(3)
        .map(|i| lowercase_first(&rule_summary(lang, i.rule)))
        .collect();
    let mut s = if shown.is_empty() {
        tr(lang, "area-summary-clean", &[])
    } else {
        let mut list = shown.join("; ");
        if serious.len() > shown.len() {
            list.push_str("; ");
            list.push_str(&tr(
                lang,
                "more-count",
                &[("count", Arg::from(serious.len() - shown.len()))],
            ));
        }
        capitalize(&tr(
            lang,
            "area-summary-problems",
            &[("problems", Arg::from(list))],
        ))
    };
    if !credited.is_empty() {
        s.push(' ');
        let shown: Vec<String> = credited.iter().take(3).cloned().collect();
        s.push_str(&tr(
            lang,
            "area-summary-good",
            &[("practices", Arg::from(lowercase_first_all(&shown)))],
        ));
    }
    capitalize(&s)
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn lowercase_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        // keep acronyms and code (`ENV`, `HEALTHCHECK`, `HSTS`) as written
        // a one-letter first word (`A`, `В`) is lowered too, `I` is not
        Some(f)
            if c.clone()
                .next()
                .is_some_and(|n| n.is_lowercase() || (n == ' ' && f != 'I')) =>
        {
            f.to_lowercase().chain(c).collect()
        }
        _ => s.to_string(),
    }
}

fn out_of_scope(lang: Lang) -> Vec<String> {
    [
        "scope-image-size",
        "scope-runtime",
        "scope-monitoring",
        "scope-backups",
        "scope-rollback",
        "scope-host",
    ]
    .iter()
    .map(|k| tr(lang, k, &[]))
    .collect()
}

fn not_checked(p: &Project, lang: Lang) -> Vec<String> {
    use crate::project::FileIssue;
    let mut out = Vec::new();
    let g = &p.git;
    if !g.available {
        out.push(tr(lang, "skipped-no-git", &[]));
    } else {
        if g.shallow {
            out.push(tr(lang, "skipped-shallow", &[]));
        }
        if g.truncated {
            out.push(tr(
                lang,
                "skipped-history-truncated",
                &[("count", Arg::from(g.commits_scanned))],
            ));
        }
        if !g.problems.is_empty() {
            out.push(tr(lang, "skipped-git-problems", &[]));
        }
    }
    let list = |paths: Vec<&str>| -> String {
        let mut v: Vec<String> = paths.iter().take(5).map(|p| format!("`{p}`")).collect();
        if paths.len() > 5 {
            v.push(tr(
                lang,
                "more-count",
                &[("count", Arg::from(paths.len() - 5))],
            ));
        }
        v.join(", ")
    };
    let unreadable: Vec<&str> = p
        .files
        .iter()
        .filter(|f| {
            matches!(
                f.issue,
                Some(
                    FileIssue::Unreadable(_)
                        | FileIssue::Binary
                        | FileIssue::TooLarge { .. }
                        | FileIssue::Utf16
                        | FileIssue::SymlinkOutsideRoot { .. }
                )
            )
        })
        .map(|f| f.path.as_str())
        .collect();
    if !unreadable.is_empty() {
        out.push(tr(
            lang,
            "skipped-unreadable",
            &[
                ("count", Arg::from(unreadable.len())),
                ("files", Arg::from(list(unreadable))),
            ],
        ));
    }
    let templates: Vec<&str> = p
        .files
        .iter()
        .filter(|f| f.kind != FileKind::PythonSource && f.kind != FileKind::Docs && f.is_template())
        .map(|f| f.path.as_str())
        .collect();
    if !templates.is_empty() {
        out.push(tr(
            lang,
            "skipped-templates",
            &[
                ("count", Arg::from(templates.len())),
                ("files", Arg::from(list(templates))),
            ],
        ));
    }
    let parse: BTreeSet<&str> = p
        .parse_problems
        .iter()
        .map(|pp| p.file(pp.file).path.as_str())
        .collect();
    if !parse.is_empty() {
        out.push(tr(
            lang,
            "skipped-parse",
            &[
                ("count", Arg::from(parse.len())),
                ("files", Arg::from(list(parse.into_iter().collect()))),
            ],
        ));
    }
    if !p.files.all_paths.is_empty() && p.only_deployment_files_under("") {
        out.push(tr(lang, "skipped-partial-tree", &[]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::audit_txtar;

    fn build(txtar: &str) -> (Audit, Options) {
        (
            audit_txtar(txtar),
            Options {
                lang: Lang::En,
                project: "demo".into(),
            },
        )
    }

    fn area(r: &Report, a: Area) -> AreaStatus {
        r.areas
            .iter()
            .find(|x| x.area == a)
            .map(|x| x.status)
            .unwrap()
    }

    #[test]
    fn a_project_that_cannot_build_says_so_first() {
        let (audit, opts) = build(
            "-- compose.yaml --\nservices:\n  api:\n    build: ./backend\n    ports: [\"8000:8000\"]\n",
        );
        let r = Report::build(&audit, &opts);
        assert_eq!(r.verdict, Verdict::NotReady);
        assert_eq!(r.cannot, Some(Blocks::Build));
        assert!(r
            .headline()
            .starts_with(&tr(Lang::En, "headline-cannot-build", &[])));
        // no Dockerfile for a built service: the image area is missing, not 10/10
        assert_eq!(area(&r, Area::Image), AreaStatus::Missing);
        assert_eq!(area(&r, Area::Proxy), AreaStatus::NotAssessed);
        assert_eq!(area(&r, Area::Runtime), AreaStatus::NotAssessed);
    }

    #[test]
    fn one_rule_on_several_services_is_one_item() {
        let (audit, opts) = build(
            "-- compose.yaml --\nservices:\n  a:\n    image: ghcr.io/acme/a:1.0\n  b:\n    image: ghcr.io/acme/b:1.0\n  c:\n    image: ghcr.io/acme/c:1.0\n",
        );
        let r = Report::build(&audit, &opts);
        let restart: Vec<&Item> = r
            .items
            .iter()
            .filter(|i| i.rule.name == "restart-policy-missing")
            .collect();
        assert_eq!(
            restart.len(),
            1,
            "{:?}",
            r.items.iter().map(|i| &i.title).collect::<Vec<_>>()
        );
        assert_eq!(restart[0].places.len(), 3);
        assert!(restart[0].title.contains("`a`") && restart[0].title.contains("`c`"));
        // every finding belongs to exactly one item
        assert_eq!(r.finding_item.len(), audit.findings.len());
        for (f, &i) in r.finding_item.iter().enumerate() {
            assert!(r.items[i].findings.contains(&f));
        }
        // "why" is said once per rule
        let mut seen = BTreeSet::new();
        for it in r.items.iter().filter(|i| i.why.is_some()) {
            assert!(seen.insert(it.rule.name), "why twice for {}", it.rule.name);
        }
    }

    #[test]
    fn a_leaked_env_file_is_one_item_naming_the_keys_masked() {
        let (audit, opts) = build(
            "-- .env --\nOPENAI_API_KEY=sk-proj-Xk3vP9qLm2Tn8Rw4Yz6Bc1Df5Gh7Jk0Lp3Qs9Vx2Nb4Mt6\nSTRIPE_SECRET_KEY=sk_live_4eC39HqLyjWDarjtT1zdp7dcQ8vX\nANTHROPIC_API_KEY=sk-ant-api03-Qw8Er5Ty2Ui9Op4As7Df1Gh6Jk3Lz0Xc5Vb8Nm2Qw4Er7Ty1Ui\n-- compose.yaml --\nservices:\n  api:\n    image: ghcr.io/acme/api:1.0\n    env_file: .env\n",
        );
        let r = Report::build(&audit, &opts);
        let leaks: Vec<&Item> = r
            .items
            .iter()
            .filter(|i| i.rule.name == "secret-in-env-file")
            .collect();
        assert_eq!(
            leaks.len(),
            1,
            "{:?}",
            r.items.iter().map(|i| &i.title).collect::<Vec<_>>()
        );
        let t = &leaks[0].title;
        assert!(
            t.contains("OPENAI_API_KEY") && t.contains("STRIPE_SECRET_KEY"),
            "{t}"
        );
        let md = crate::render::markdown::render_report(&r);
        assert!(!md.contains("Xk3vP9qLm2Tn8Rw4Yz6Bc1Df5"), "secret printed");
        assert!(!md.contains("4eC39HqLyjWDarjtT1zdp7dc"), "secret printed");
    }
}
