use crate::declare_rule;
use crate::diagnostic::Severity;
use crate::project::Project;
use crate::rule::Checker;
use seaworthy_syntax::Span;

declare_rule! {
    /// ## What it does
    /// Reports syntax errors in deployment files: an unknown Dockerfile instruction, an
    /// unterminated heredoc, invalid YAML, an unbalanced nginx block.
    ///
    /// ## Why is this bad?
    /// The tool that reads the file (`docker build`, `docker compose`, `nginx -t`) rejects it, so
    /// the deployment does not build or start. The rest of the audit still runs on what parsed.
    ///
    /// ## Example
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// RUNN pip install -r requirements.txt
    /// ```
    ///
    /// ## Use instead
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// RUN pip install --no-cache-dir -r requirements.txt
    /// ```
    pub struct ParseError {
        code: "SW0001",
        name: "parse-error",
        family: Core,
        severity: High,
        category: Reliability,
        summary: "File does not parse",
    }
}

/// At most this many parse findings per file; then one summary finding.
const MAX_PER_FILE: usize = 10;

crate::message! {
    /// The parser's own words (English: they come from the parsers).
    struct Problem<'a> = "parse-error" { problem: &'a str }
    struct ProblemHelp = "parse-error-help" {}
    /// A template file's placeholders.
    struct Template<'a> = "parse-error-template" { problem: &'a str }
    struct TemplateHelp = "parse-error-template-help" {}
    /// Too many errors in one file.
    struct More = "parse-error-more" { count: usize, kind: String }
    struct MoreHelp = "parse-error-more-help" {}
}

impl ParseError {
    fn check(&self, project: &Project, cx: &mut Checker) {
        let mut per_file: std::collections::HashMap<usize, usize> =
            std::collections::HashMap::new();
        for p in &project.parse_problems {
            let n = per_file.entry(p.file).or_insert(0);
            *n += 1;
            if *n > MAX_PER_FILE {
                continue;
            }
            let file = project.file(p.file);
            if file.is_template() {
                cx.report(
                    p.file,
                    p.span,
                    Template {
                        problem: &p.message,
                    },
                )
                .severity(Severity::Info)
                .help(TemplateHelp {});
            } else {
                cx.report(
                    p.file,
                    p.span,
                    Problem {
                        problem: &p.message,
                    },
                )
                .help(ProblemHelp {});
            }
        }
        for (file, n) in per_file {
            if n > MAX_PER_FILE {
                let f = cx.report(
                    file,
                    Span::EMPTY,
                    More {
                        count: n - MAX_PER_FILE,
                        kind: project.file(file).kind.to_string(),
                    },
                );
                f.help(MoreHelp {});
                if project.file(file).is_template() {
                    f.severity(Severity::Info);
                }
            }
        }
    }
}
