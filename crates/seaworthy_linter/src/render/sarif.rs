//! `--format sarif`: SARIF 2.1.0 (validated against the OASIS schema in the test suite), with
//! `columnKind`, rule metadata, related locations, fixes and `partialFingerprints` for baselines.

use super::{fingerprints, location};
use crate::diagnostic::Severity;
use crate::engine::Audit;
use serde_json::{json, Value};

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Critical | Severity::High => "error",
        Severity::Medium => "warning",
        Severity::Low | Severity::Info => "note",
    }
}

/// GitHub code scanning reads `security-severity` (0–10) for security results.
fn security_severity(s: Severity) -> &'static str {
    match s {
        Severity::Critical => "9.5",
        Severity::High => "8.0",
        Severity::Medium => "5.5",
        Severity::Low => "3.0",
        Severity::Info => "1.0",
    }
}

fn region(l: super::Location) -> Value {
    json!({
        "startLine": l.line,
        "startColumn": l.column,
        "endLine": l.end_line,
        "endColumn": l.end_column,
    })
}

pub fn render(audit: &Audit) -> String {
    let p = &audit.project;
    let rules: Vec<&'static crate::meta::RuleMeta> = crate::registry::all_rules()
        .iter()
        .map(|r| r.meta())
        .collect();
    let rule_index = |code: &str| rules.iter().position(|m| m.code == code);
    let driver_rules: Vec<Value> = rules
        .iter()
        .map(|m| {
            json!({
                "id": m.code,
                "name": m.name,
                "shortDescription": { "text": m.summary },
                "fullDescription": { "text": m.summary },
                "help": { "text": m.documentation(), "markdown": m.documentation() },
                "defaultConfiguration": { "level": level(m.default_severity) },
                "properties": {
                    "tags": [m.category.as_str(), m.family.as_str()],
                    "precision": "high",
                    "security-severity": security_severity(m.default_severity),
                    "problem.severity": level(m.default_severity),
                },
            })
        })
        .collect();
    let fps = fingerprints(audit);
    let m = p.masker();
    let results: Vec<Value> = audit
        .findings
        .iter()
        .zip(fps)
        .map(|(f, fp)| {
            let file = p.file(f.file);
            let loc = location(audit, f.file, f.span);
            let related: Vec<Value> = f
                .related
                .iter()
                .enumerate()
                .map(|(i, r)| {
                    json!({
                        "id": i + 1,
                        "physicalLocation": {
                            "artifactLocation": { "uri": p.file(r.file).path, "uriBaseId": "%SRCROOT%" },
                            "region": region(location(audit, r.file, r.span)),
                        },
                        "message": { "text": m.redact(&r.message) },
                    })
                })
                .collect();
            let mut text = m.redact(&f.message).into_owned();
            if let Some(h) = &f.help {
                text.push_str("\nhelp: ");
                text.push_str(&m.redact(h));
            }
            let mut result = json!({
                "ruleId": f.rule.code,
                "level": level(f.severity),
                "message": { "text": text },
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": { "uri": file.path, "uriBaseId": "%SRCROOT%" },
                        "region": region(loc),
                    }
                }],
                "partialFingerprints": { "seaworthyFingerprint/v2": fp },
                "properties": {
                    "severity": f.severity.as_str(),
                    "category": f.rule.category.as_str(),
                    "environment": audit.environment_of(f).as_str(),
                    "rule": f.rule.name,
                    "confidence": f.confidence.as_str(),
                    "deployments": f
                        .deployments
                        .iter()
                        .filter_map(|d| audit.project.deployments.get(*d))
                        .map(|d| d.name(&audit.project.files))
                        .collect::<Vec<_>>(),
                },
            });
            if let Some(i) = rule_index(f.rule.code) {
                result["ruleIndex"] = json!(i);
            }
            if !related.is_empty() {
                result["relatedLocations"] = Value::Array(related);
            }
            if let Some(fix) = &f.fix {
                let mut by_file: Vec<(usize, Vec<Value>)> = Vec::new();
                for e in &fix.edits {
                    let rep = json!({
                        "deletedRegion": region(location(audit, e.file, e.span)),
                        "insertedContent": { "text": m.redact(&e.content) },
                    });
                    match by_file.iter_mut().find(|(fid, _)| *fid == e.file) {
                        Some((_, v)) => v.push(rep),
                        None => by_file.push((e.file, vec![rep])),
                    }
                }
                result["fixes"] = json!([{
                    "description": { "text": m.redact(fix.description.as_str()) },
                    "artifactChanges": by_file.into_iter().map(|(fid, reps)| json!({
                        "artifactLocation": { "uri": p.file(fid).path, "uriBaseId": "%SRCROOT%" },
                        "replacements": reps,
                    })).collect::<Vec<_>>(),
                }]);
            }
            result
        })
        .collect();
    let doc = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "seaworthy",
                    "version": env!("CARGO_PKG_VERSION"),
                    "semanticVersion": env!("CARGO_PKG_VERSION"),
                    "rules": driver_rules,
                }
            },
            "columnKind": "unicodeCodePoints",
            "results": results,
            "properties": {
                "verdict": audit.summary.verdict.as_str(),
            },
        }]
    });
    serde_json::to_string_pretty(&doc).unwrap_or_default()
}
