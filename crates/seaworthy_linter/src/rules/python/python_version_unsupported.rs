use super::helpers::{cmp, parse_version, satisfies};
use crate::declare_rule;
use crate::knowledge::leading_version;
use crate::project::{FileId, Project};
use crate::rule::Checker;
use seaworthy_syntax::{FileKind, Span};
use std::collections::HashMap;

declare_rule! {
    /// ## What it does
    /// Compares the Python version of a `python` base image with what the project says it
    /// supports: `requires-python` in `pyproject.toml`, or a comment in a requirements file that
    /// warns about a Python version ("Python 3.14+ may have compatibility issues").
    ///
    /// ## Why is this bad?
    /// The image runs an interpreter the project does not support: dependencies with C extensions
    /// may not build or may not have wheels yet, and behaviour differs from what was tested.
    ///
    /// ## Example
    /// ```dockerfile
    /// FROM python:3.14-slim
    /// ```
    /// ```toml
    /// [project]
    /// name = "app"
    /// requires-python = ">=3.11,<3.14"
    /// ```
    ///
    /// ## Use instead
    /// ```dockerfile
    /// FROM python:3.13-slim
    /// ```
    /// ```toml
    /// [project]
    /// name = "app"
    /// requires-python = ">=3.11,<3.14"
    /// ```
    pub struct PythonVersionUnsupported {
        code: "SW5002",
        name: "python-version-unsupported",
        family: Python,
        severity: High,
        category: Reliability,
        summary: "Base image Python version outside what the project supports",
    }
}

/// The nearest pyproject.toml at or above `dir` that states requires-python.
fn pyproject_for(project: &Project, dir: &str) -> Option<(FileId, String, Span)> {
    let mut d = dir.to_string();
    loop {
        let candidate = if d.is_empty() {
            "pyproject.toml".to_string()
        } else {
            format!("{d}/pyproject.toml")
        };
        if let Some(f) = project.file_by_path(&candidate) {
            if let Some(p) = project.python.pyproject_of(f.id) {
                if let Some((rp, span)) = &p.requires_python {
                    return Some((f.id, rp.clone(), *span));
                }
            }
        }
        if d.is_empty() {
            return None;
        }
        d = d
            .rsplit_once('/')
            .map(|(a, _)| a.to_string())
            .unwrap_or_default();
    }
}

const WARN_WORDS: &[&str] = &[
    "problem",
    "issue",
    "compat",
    "not support",
    "unsupported",
    "incompatib",
    "break",
    "проблем",
    "не поддерж",
    "совмест",
];

crate::message! {
    /// The image's Python is outside the project's `requires-python`.
    struct Excluded<'a> = "python-version-unsupported" { version: &'a str, spec: &'a str }
    struct ExcludedHelp = "python-version-unsupported-help" {}
    struct Supported = "python-version-unsupported-supported" {}
    /// A requirements file's comment warns about the image's Python (`comment`: its text,
    /// shortened).
    struct Warned<'a> = "python-version-unsupported-warned" { version: &'a str, path: &'a str, comment: String }
    struct WarnedHelp<'a> = "python-version-unsupported-warned-help" { below: &'a str }
    struct OwnWarning = "python-version-unsupported-own-warning" {}
}

impl PythonVersionUnsupported {
    fn check(&self, project: &Project, cx: &mut Checker) {
        // requirements files by directory, once (in model order), instead of every build ×
        // every requirements file
        let mut by_dir: HashMap<&str, Vec<usize>> = HashMap::new();
        for (i, (rf, _)) in project.python.requirements.iter().enumerate() {
            let f = project.file(*rf);
            if f.kind == FileKind::PythonDeps {
                by_dir.entry(f.dir()).or_default().push(i);
            }
        }
        let top_level: Vec<usize> = {
            let mut v: Vec<usize> = by_dir
                .iter()
                .filter(|(d, _)| !d.contains('/'))
                .flat_map(|(_, is)| is.iter().copied())
                .collect();
            v.sort_unstable();
            v
        };
        for bref in &project.images {
            let Some(doc) = project.dockerfile(bref.dockerfile) else {
                continue;
            };
            let Some(stage) = bref.shipped_stage.and_then(|i| doc.tree.stages.get(i)) else {
                continue;
            };
            let img = stage.image();
            if img.official_name() != "python" || img.is_dynamic() {
                continue;
            }
            let Some(version) = img.tag.as_deref().and_then(leading_version) else {
                continue;
            };
            let version: String = version.split('.').take(2).collect::<Vec<_>>().join(".");
            if !version.contains('.') {
                continue;
            }
            if let Some((pf, spec, span)) = pyproject_for(project, &bref.context) {
                if !satisfies(&version, &spec) {
                    cx.report(
                        bref.dockerfile,
                        stage.base.span,
                        Excluded {
                            version: &version,
                            spec: &spec,
                        },
                    )
                    .help(ExcludedHelp {})
                    .related(pf, span, Supported {});
                    continue;
                }
            }
            // a warning comment in a requirements file of the context
            // the context's own directory, or for the root context every top-level one
            let candidates: &[usize] = if bref.context.is_empty() {
                &top_level
            } else {
                by_dir.get(bref.context.as_str()).map_or(&[], Vec::as_slice)
            };
            for (rf, reqs) in candidates
                .iter()
                .filter_map(|&i| project.python.requirements.get(i))
            {
                let f = project.file(*rf);
                for (text, span) in &reqs.comments {
                    let t = text.to_lowercase();
                    if !t.contains("python") || !WARN_WORDS.iter().any(|w| t.contains(w)) {
                        continue;
                    }
                    let Some(warned) = t
                        .split(|c: char| !(c.is_ascii_digit() || c == '.'))
                        .find(|w| w.starts_with("3.") && w.len() >= 3)
                    else {
                        continue;
                    };
                    if cmp(&parse_version(&version), &parse_version(warned)).is_ge() {
                        cx.report(
                            bref.dockerfile,
                            stage.base.span,
                            Warned {
                                version: &version,
                                path: &f.path,
                                comment: if text.chars().count() > 80 {
                                    format!("{}…", text.chars().take(80).collect::<String>())
                                } else {
                                    text.clone()
                                },
                            },
                        )
                        .help(WarnedHelp { below: warned })
                        .related(*rf, *span, OwnWarning {});
                        break;
                    }
                }
            }
        }
    }
}
