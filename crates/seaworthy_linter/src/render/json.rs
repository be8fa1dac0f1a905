//! `--format json`: the stable, versioned contract (`docs/json-output.schema.json`).
//!
//! The report's fields were added to version 1 (an additive change): every finding, strengths,
//! the per-category `scores` and `summary` as before, plus `metadata`, `verdict`, `overall_score`, `areas`
//! (score, rationale), `blockers`, `items` (one per root cause; each finding names its `item`),
//! `plan`, `quick_wins`, `strength_groups`, `not_checked`, `out_of_scope` and `topology`. Codes
//! are stable; free text is in the report's language and masked.

use super::{fingerprints, location};
use crate::diagnostic::{Applicability, Category, Confidence, Severity};
use crate::engine::Audit;
use crate::i18n::Lang;
use crate::project::topology::EdgeKind;
use crate::report::{self, redact, redact_msg, Options, Report, Verdict};
use crate::score::Summary;
use serde::Serialize;
use std::borrow::Cow;
use std::collections::BTreeMap;

pub const JSON_VERSION: u32 = 1;

#[derive(Serialize)]
pub struct JsonReport<'a> {
    pub version: u32,
    pub tool: Tool,
    pub metadata: JsonMeta,
    pub files: Vec<JsonFile<'a>>,
    pub deployments: Vec<JsonDeployment<'a>>,
    pub findings: Vec<JsonFinding<'a>>,
    pub strengths: Vec<JsonStrength<'a>>,
    /// Per-category scores (the first version's).
    pub scores: BTreeMap<&'static str, f64>,
    /// Counts and verdict (the first version's).
    pub summary: &'a Summary,
    pub verdict: Verdict,
    /// `build` or `start` when the project cannot be built or started as it is.
    pub cannot: Option<&'static str>,
    pub overall_score: Option<f64>,
    pub overall_rationale: String,
    pub areas: Vec<JsonArea>,
    /// Ids of the blockers, most important first (all of them; the reports name five).
    pub blockers: Vec<&'a str>,
    pub items: Vec<JsonItem<'a>>,
    pub plan: Vec<JsonPhase<'a>>,
    pub quick_wins: JsonQuickWins<'a>,
    pub strength_groups: Vec<JsonStrengthGroup>,
    pub not_checked: Vec<String>,
    pub out_of_scope: Vec<String>,
    pub topology: Vec<JsonTopology>,
}

#[derive(Serialize)]
pub struct Tool {
    pub name: &'static str,
    pub version: &'static str,
}

#[derive(Serialize)]
pub struct JsonMeta {
    pub project: Option<String>,
    pub commit: Option<String>,
    pub date: String,
    pub tool_version: &'static str,
    pub lang: &'static str,
}

#[derive(Serialize)]
pub struct JsonFile<'a> {
    pub path: &'a str,
    pub kind: &'static str,
    pub environment: &'static str,
}

#[derive(Serialize)]
pub struct JsonFinding<'a> {
    pub code: &'static str,
    pub rule: &'static str,
    pub severity: Severity,
    pub category: Category,
    pub message: Cow<'a, str>,
    pub help: Option<Cow<'a, str>>,
    pub path: &'a str,
    pub line: u32,
    pub column: u32,
    pub end_line: u32,
    pub end_column: u32,
    pub environment: &'static str,
    pub confidence: Confidence,
    pub deployments: Vec<JsonDeploymentRef>,
    pub related: Vec<JsonRelated<'a>>,
    pub fix: Option<JsonFix<'a>>,
    pub fingerprint: String,
    /// The id of the item (root cause) it belongs to.
    pub item: &'a str,
}

#[derive(Serialize)]
pub struct JsonDeploymentRef {
    pub name: String,
    pub environment: &'static str,
}

#[derive(Serialize)]
pub struct JsonDeployment<'a> {
    pub name: String,
    pub files: Vec<&'a str>,
    pub environment: &'static str,
    pub reason: &'a str,
    pub confidence: Confidence,
}

#[derive(Serialize)]
pub struct JsonRelated<'a> {
    pub path: &'a str,
    pub line: u32,
    pub column: u32,
    pub message: Cow<'a, str>,
}

#[derive(Serialize)]
pub struct JsonFix<'a> {
    pub applicability: Applicability,
    pub description: Cow<'a, str>,
    pub edits: Vec<JsonEdit<'a>>,
}

#[derive(Serialize)]
pub struct JsonEdit<'a> {
    pub path: &'a str,
    pub line: u32,
    pub column: u32,
    pub end_line: u32,
    pub end_column: u32,
    pub content: Cow<'a, str>,
}

#[derive(Serialize)]
pub struct JsonStrength<'a> {
    pub code: &'static str,
    pub rule: &'static str,
    pub category: Category,
    pub message: Cow<'a, str>,
    pub path: &'a str,
    pub line: u32,
}

#[derive(Serialize)]
pub struct JsonArea {
    pub area: &'static str,
    pub name: String,
    /// `scored`, `missing` (the stack needs it and it is not there) or `not-assessed`.
    pub status: &'static str,
    pub score: Option<f64>,
    /// What was judged (Dockerfiles, services, nginx configs, ...).
    pub units: usize,
    pub counts: BTreeMap<&'static str, usize>,
    pub credited: Vec<String>,
    pub cap: Option<f64>,
    pub rationale: String,
    pub summary: String,
}

#[derive(Serialize)]
pub struct JsonPlace<'a> {
    pub path: &'a str,
    pub line: u32,
    pub message: &'a str,
    pub severity: Severity,
    pub environment: &'static str,
}

#[derive(Serialize)]
pub struct JsonSnippet<'a> {
    pub lang: &'static str,
    pub code: &'a str,
    /// `fix` (the rule's own edit), `adapted` (its example applied here) or `example`.
    pub origin: &'static str,
}

#[derive(Serialize)]
pub struct JsonItem<'a> {
    pub id: &'a str,
    pub code: &'static str,
    pub rule: &'static str,
    pub area: &'static str,
    pub severity: Severity,
    pub confidence: Confidence,
    pub production: bool,
    pub environment: &'static str,
    pub blocker: bool,
    pub blocks: Option<&'static str>,
    pub phase: &'static str,
    pub effort: &'static str,
    pub title: &'a str,
    pub why: Option<&'a str>,
    pub help: Option<&'a str>,
    pub fix: Option<JsonSnippet<'a>>,
    pub autofix: Option<Applicability>,
    pub places: Vec<JsonPlace<'a>>,
    /// Indexes into `findings`.
    pub findings: &'a [usize],
    pub files: &'a [String],
    pub verify: &'a [String],
}

#[derive(Serialize)]
pub struct JsonPhase<'a> {
    pub phase: &'static str,
    pub number: usize,
    pub title: &'a str,
    pub minutes: u32,
    /// Item ids, in order.
    pub steps: Vec<&'a str>,
}

#[derive(Serialize)]
pub struct JsonQuickWins<'a> {
    pub items: Vec<&'a str>,
    pub minutes: u32,
}

#[derive(Serialize)]
pub struct JsonStrengthGroup {
    pub code: &'static str,
    pub rule: &'static str,
    pub area: &'static str,
    pub label: String,
    pub subjects: Vec<String>,
    pub of: Option<usize>,
    pub line: String,
}

#[derive(Serialize)]
pub struct JsonTopology {
    pub name: String,
    pub environment: &'static str,
    pub nodes: Vec<JsonNode>,
    pub edges: Vec<JsonEdge>,
    pub published: Vec<JsonPublished>,
    pub volumes: Vec<String>,
}

#[derive(Serialize)]
pub struct JsonNode {
    pub name: String,
    pub kind: &'static str,
    pub image: String,
    pub healthcheck: bool,
    pub networks: Vec<String>,
}

#[derive(Serialize)]
pub struct JsonEdge {
    pub from: String,
    pub to: String,
    /// `depends_on` or `route`.
    pub kind: &'static str,
    pub condition: Option<String>,
    pub location: Option<String>,
    pub port: Option<u16>,
}

#[derive(Serialize)]
pub struct JsonPublished {
    pub host_ip: Option<String>,
    pub published: String,
    pub target: String,
    pub service: String,
}

/// The report's JSON in `lang`, for the project `root_name` (empty: unknown).
pub fn report<'a>(audit: &'a Audit, r: &'a Report<'a>, root_name: &str) -> JsonReport<'a> {
    let p = &audit.project;
    let lang = r.lang;
    let fps = fingerprints(audit);
    let item_ids: Vec<&str> = r.items.iter().map(|i| i.id.as_str()).collect();
    JsonReport {
        version: JSON_VERSION,
        tool: Tool {
            name: "seaworthy",
            version: env!("CARGO_PKG_VERSION"),
        },
        metadata: JsonMeta {
            project: (!root_name.is_empty()).then(|| root_name.to_string()),
            commit: p.git.head.clone(),
            date: r.meta.date.clone(),
            tool_version: r.meta.tool_version,
            lang: r.lang.as_str(),
        },
        files: p
            .files
            .iter()
            .map(|f| JsonFile {
                path: &f.path,
                kind: f.kind.as_str(),
                environment: f.environment.as_str(),
            })
            .collect(),
        deployments: p
            .deployments
            .iter()
            .map(|d| JsonDeployment {
                name: d.name(&p.files),
                files: d.files.iter().map(|f| p.file(*f).path.as_str()).collect(),
                environment: d.environment.as_str(),
                reason: &d.reason,
                confidence: d.confidence,
            })
            .collect(),
        findings: audit
            .findings
            .iter()
            .zip(fps)
            .enumerate()
            .map(|(i, (f, fingerprint))| {
                let loc = location(audit, f.file, f.span);
                JsonFinding {
                    code: f.rule.code,
                    rule: f.rule.name,
                    severity: f.severity,
                    category: f.rule.category,
                    message: redact_msg(p, &f.message, lang),
                    help: f.help.as_ref().map(|h| redact_msg(p, h, lang)),
                    path: &p.file(f.file).path,
                    line: loc.line,
                    column: loc.column,
                    end_line: loc.end_line,
                    end_column: loc.end_column,
                    environment: audit.environment_of(f).as_str(),
                    confidence: f.confidence,
                    deployments: f
                        .deployments
                        .iter()
                        .filter_map(|d| p.deployments.get(*d))
                        .map(|d| JsonDeploymentRef {
                            name: d.name(&p.files),
                            environment: d.environment.as_str(),
                        })
                        .collect(),
                    related: f
                        .related
                        .iter()
                        .map(|rel| {
                            let l = location(audit, rel.file, rel.span);
                            JsonRelated {
                                path: &p.file(rel.file).path,
                                line: l.line,
                                column: l.column,
                                message: redact_msg(p, &rel.message, lang),
                            }
                        })
                        .collect(),
                    fix: f.fix.as_ref().map(|fix| JsonFix {
                        applicability: fix.applicability,
                        description: redact_msg(p, &fix.description, lang),
                        edits: fix
                            .edits
                            .iter()
                            .map(|e| {
                                let l = location(audit, e.file, e.span);
                                JsonEdit {
                                    path: &p.file(e.file).path,
                                    line: l.line,
                                    column: l.column,
                                    end_line: l.end_line,
                                    end_column: l.end_column,
                                    content: redact(p, &e.content),
                                }
                            })
                            .collect(),
                    }),
                    fingerprint,
                    item: r
                        .finding_item
                        .get(i)
                        .and_then(|k| item_ids.get(*k))
                        .copied()
                        .unwrap_or_default(),
                }
            })
            .collect(),
        strengths: audit
            .strengths
            .iter()
            .map(|s| JsonStrength {
                code: s.rule.code,
                rule: s.rule.name,
                category: s.rule.category,
                message: redact_msg(p, &s.message, lang),
                path: &p.file(s.file).path,
                line: location(audit, s.file, s.span).line,
            })
            .collect(),
        scores: audit.scores.iter().map(|(c, v)| (c.as_str(), *v)).collect(),
        summary: &audit.summary,
        verdict: r.verdict,
        cannot: r.cannot.map(|b| b.as_str()),
        overall_score: r.overall,
        overall_rationale: r.overall_rationale.clone(),
        areas: r
            .areas
            .iter()
            .map(|a| JsonArea {
                area: a.area.as_str(),
                name: r.area_name(a.area),
                status: a.status.as_str(),
                score: a.status.score(),
                units: a.units,
                counts: Severity::ALL
                    .iter()
                    .zip(a.counts)
                    .map(|(s, n)| (s.as_str(), n))
                    .collect(),
                credited: a.credited.clone(),
                cap: a.parts.and_then(|p| p.cap),
                rationale: a.rationale.clone(),
                summary: a.summary.clone(),
            })
            .collect(),
        blockers: r
            .items
            .iter()
            .filter(|i| i.is_blocker())
            .map(|i| i.id.as_str())
            .collect(),
        items: r
            .items
            .iter()
            .map(|it| JsonItem {
                id: &it.id,
                code: it.rule.code,
                rule: it.rule.name,
                area: it.area.as_str(),
                severity: it.severity,
                confidence: it.confidence,
                production: it.production,
                environment: it.environment.as_str(),
                blocker: it.is_blocker(),
                blocks: it.blocks.map(|b| b.as_str()),
                phase: it.phase.as_str(),
                effort: it.effort.as_str(),
                title: &it.title,
                why: it.why.as_deref(),
                help: it.help.as_deref(),
                fix: it.fix.as_ref().map(|s| JsonSnippet {
                    lang: s.lang,
                    code: &s.code,
                    origin: s.origin.as_str(),
                }),
                autofix: it.autofix,
                places: it
                    .places
                    .iter()
                    .map(|pl| JsonPlace {
                        path: &pl.path,
                        line: pl.line,
                        message: &pl.message,
                        severity: pl.severity,
                        environment: pl.environment.as_str(),
                    })
                    .collect(),
                findings: &it.findings,
                files: &it.files,
                verify: &it.verify,
            })
            .collect(),
        plan: r
            .plan
            .iter()
            .map(|ph| JsonPhase {
                phase: ph.phase.as_str(),
                number: ph.phase.number(),
                title: &ph.title,
                minutes: ph.minutes,
                steps: ph.steps.iter().map(|&i| r.items[i].id.as_str()).collect(),
            })
            .collect(),
        quick_wins: JsonQuickWins {
            items: r
                .quick_wins
                .iter()
                .map(|&i| r.items[i].id.as_str())
                .collect(),
            minutes: r.quick_win_minutes,
        },
        strength_groups: r
            .strengths
            .iter()
            .map(|g| JsonStrengthGroup {
                code: g.rule.code,
                rule: g.rule.name,
                area: g.area.as_str(),
                label: g.label.clone(),
                subjects: g.subjects.clone(),
                of: g.of,
                line: g.line.clone(),
            })
            .collect(),
        not_checked: r.not_checked.clone(),
        out_of_scope: r.out_of_scope.clone(),
        topology: r
            .topology
            .iter()
            .map(|t| JsonTopology {
                name: t.name.clone(),
                environment: t.environment.as_str(),
                nodes: t
                    .nodes
                    .iter()
                    .map(|n| JsonNode {
                        name: n.name.clone(),
                        kind: n.kind.as_str(),
                        image: redact(p, &n.image).into_owned(),
                        healthcheck: n.healthcheck,
                        networks: n.networks.clone(),
                    })
                    .collect(),
                edges: t
                    .edges
                    .iter()
                    .map(|e| match &e.kind {
                        EdgeKind::DependsOn(c) => JsonEdge {
                            from: e.from.clone(),
                            to: e.to.clone(),
                            kind: "depends_on",
                            condition: Some(c.clone()),
                            location: None,
                            port: None,
                        },
                        EdgeKind::Route { location, port } => JsonEdge {
                            from: e.from.clone(),
                            to: e.to.clone(),
                            kind: "route",
                            condition: None,
                            location: Some(location.clone()),
                            port: *port,
                        },
                    })
                    .collect(),
                published: t
                    .published
                    .iter()
                    .map(|pb| JsonPublished {
                        host_ip: pb.host_ip.clone(),
                        published: pb.published.clone(),
                        target: pb.target.clone(),
                        service: pb.service.clone(),
                    })
                    .collect(),
                volumes: t.volumes.clone(),
            })
            .collect(),
    }
}

/// The JSON report in English for an unnamed project.
pub fn render(audit: &Audit) -> String {
    render_lang(audit, "", Lang::En)
}

/// The JSON report in `lang` for the project `root_name`.
pub fn render_lang(audit: &Audit, root_name: &str, lang: Lang) -> String {
    let r = Report::build(
        audit,
        &Options {
            lang,
            project: root_name.to_string(),
        },
    );
    let _ = report::MAX_BLOCKERS;
    serde_json::to_string_pretty(&report(audit, &r, root_name))
        .unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}

/// [`render_lang`] written straight to `out`, followed by a newline: a large audit's report is
/// never held as one string beside the model (tens of MB on a monorepo).
pub fn write_lang(
    audit: &Audit,
    root_name: &str,
    lang: Lang,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let r = Report::build(
        audit,
        &Options {
            lang,
            project: root_name.to_string(),
        },
    );
    serde_json::to_writer_pretty(&mut *out, &report(audit, &r, root_name))?;
    out.write_all(b"\n")
}
