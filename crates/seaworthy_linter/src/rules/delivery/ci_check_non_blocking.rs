use super::ci_files;
use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Finds CI steps that run a check (lint, scan, type check, audit) but cannot fail the
    /// pipeline: `continue-on-error: true` on such a step, or the command ending in `|| true`.
    ///
    /// ## Why is this bad?
    /// A check that never fails is a log nobody reads: the findings it prints ship anyway.
    ///
    /// ## Example
    /// ```yaml path=.github/workflows/ci.yml
    /// on: [push]
    /// jobs:
    ///   lint:
    ///     runs-on: ubuntu-latest
    ///     steps:
    ///       - name: Lint Dockerfile
    ///         uses: hadolint/hadolint-action@v3.1.0
    ///         continue-on-error: true
    ///       - run: ruff check . || true
    /// ```
    ///
    /// ## Use instead
    /// ```yaml path=.github/workflows/ci.yml
    /// on: [push]
    /// jobs:
    ///   lint:
    ///     runs-on: ubuntu-latest
    ///     steps:
    ///       - name: Lint Dockerfile
    ///         uses: hadolint/hadolint-action@v3.1.0
    ///       - run: ruff check .
    ///       - name: Upload coverage (best effort)
    ///         run: codecov
    ///         continue-on-error: true
    /// ```
    pub struct CiCheckNonBlocking {
        code: "SW7004",
        name: "ci-check-non-blocking",
        family: Delivery,
        severity: Low,
        category: Operability,
        summary: "CI check that cannot fail the pipeline",
    }
}

const CHECK_WORDS: &[&str] = &[
    "lint",
    "hadolint",
    "ruff",
    "flake8",
    "pylint",
    "mypy",
    "eslint",
    "trivy",
    "grype",
    "snyk",
    "scan",
    "audit",
    "bandit",
    "checkov",
    "shellcheck",
    "typecheck",
    "type-check",
    "typing",
    "pyright",
    "pyrefly",
    "seaworthy",
    "semgrep",
    "gitleaks",
];

fn is_check(s: &str) -> bool {
    let l = s.to_ascii_lowercase();
    CHECK_WORDS.iter().any(|w| l.contains(w))
}

crate::message! {
    /// A check step that may fail without failing the pipeline.
    struct ContinueOnError = "ci-check-non-blocking" {}
    struct ContinueOnErrorHelp = "ci-check-non-blocking-help" {}
    /// A check command whose failure `|| true` swallows.
    struct OrTrue = "ci-check-non-blocking-or-true" {}
    struct OrTrueHelp = "ci-check-non-blocking-or-true-help" {}
}

impl CiCheckNonBlocking {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for f in ci_files(project) {
            let lines: Vec<&str> = f.text.lines().collect();
            let mut offset = 0usize;
            let mut starts = Vec::with_capacity(lines.len());
            for l in &lines {
                starts.push(offset);
                offset += l.len() + 1;
            }
            for (i, line) in lines.iter().enumerate() {
                let t = line.trim_start();
                if t.starts_with('#') {
                    continue;
                }
                let indent = line.len() - t.len();
                if t.replace(' ', "").starts_with("continue-on-error:true") {
                    // the step: lines at the same indent (or the `- ` item start) around this one
                    let mut j = i;
                    let mut step_text = String::new();
                    while j > 0 {
                        j -= 1;
                        let lt = lines[j].trim_start();
                        let li = lines[j].len() - lt.len();
                        if li < indent.saturating_sub(2) || lt.is_empty() && j + 1 < i {
                            break;
                        }
                        step_text.push_str(lt);
                        step_text.push('\n');
                        if lt.starts_with("- ") && li + 2 == indent {
                            break;
                        }
                    }
                    let mut k = i + 1;
                    while k < lines.len() {
                        let lt = lines[k].trim_start();
                        let li = lines[k].len() - lt.len();
                        if lt.is_empty() || li < indent || lt.starts_with("- ") && li + 2 <= indent
                        {
                            break;
                        }
                        step_text.push_str(lt);
                        step_text.push('\n');
                        k += 1;
                    }
                    if is_check(&step_text) {
                        let span =
                            seaworthy_syntax::Span::new(starts[i] + indent, starts[i] + line.len());
                        cx.report(f.id, span, ContinueOnError {})
                            .help(ContinueOnErrorHelp {});
                    }
                } else if (t.contains("|| true") || t.contains("||true")) && is_check(t) {
                    let pos = line.find("||").unwrap_or(indent);
                    let span = seaworthy_syntax::Span::new(
                        starts[i] + pos,
                        starts[i] + line.trim_end().len(),
                    );
                    cx.report(f.id, span, OrTrue {}).help(OrTrueHelp {});
                }
            }
        }
    }
}
