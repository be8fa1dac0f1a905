//! `--format json`: the stable, versioned contract (see DESIGN.md and `docs/json.md`).
//! Every free-text field passes through the project's masker.

use super::{fingerprints, location};
use crate::diagnostic::{Applicability, Category, Severity};
use crate::engine::Audit;
use crate::score::Summary;
use serde::Serialize;
use std::borrow::Cow;
use std::collections::BTreeMap;

pub const JSON_VERSION: u32 = 1;

#[derive(Serialize)]
pub struct JsonReport<'a> {
    pub version: u32,
    pub tool: Tool,
    pub files: Vec<JsonFile<'a>>,
    pub deployments: Vec<JsonDeployment<'a>>,
    pub findings: Vec<JsonFinding<'a>>,
    pub strengths: Vec<JsonStrength<'a>>,
    pub scores: BTreeMap<&'static str, f64>,
    pub summary: &'a Summary,
}

#[derive(Serialize)]
pub struct Tool {
    pub name: &'static str,
    pub version: &'static str,
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
    pub confidence: crate::meta::Confidence,
    pub deployments: Vec<JsonDeploymentRef>,
    pub related: Vec<JsonRelated<'a>>,
    pub fix: Option<JsonFix<'a>>,
    pub fingerprint: String,
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
    pub confidence: crate::meta::Confidence,
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

pub fn report(audit: &Audit) -> JsonReport<'_> {
    let p = &audit.project;
    let fps = fingerprints(audit);
    let m = p.masker();
    JsonReport {
        version: JSON_VERSION,
        tool: Tool {
            name: "seaworthy",
            version: env!("CARGO_PKG_VERSION"),
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
            .map(|(f, fingerprint)| {
                let loc = location(audit, f.file, f.span);
                JsonFinding {
                    code: f.rule.code,
                    rule: f.rule.name,
                    severity: f.severity,
                    category: f.rule.category,
                    message: m.redact(&f.message),
                    help: f.help.as_deref().map(|h| m.redact(h)),
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
                        .map(|r| {
                            let l = location(audit, r.file, r.span);
                            JsonRelated {
                                path: &p.file(r.file).path,
                                line: l.line,
                                column: l.column,
                                message: m.redact(&r.message),
                            }
                        })
                        .collect(),
                    fix: f.fix.as_ref().map(|fix| JsonFix {
                        applicability: fix.applicability,
                        description: m.redact(&fix.description),
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
                                    content: m.redact(&e.content),
                                }
                            })
                            .collect(),
                    }),
                    fingerprint,
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
                message: m.redact(&s.message),
                path: &p.file(s.file).path,
                line: location(audit, s.file, s.span).line,
            })
            .collect(),
        scores: audit.scores.iter().map(|(c, v)| (c.as_str(), *v)).collect(),
        summary: &audit.summary,
    }
}

pub fn render(audit: &Audit) -> String {
    serde_json::to_string_pretty(&report(audit))
        .unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}
