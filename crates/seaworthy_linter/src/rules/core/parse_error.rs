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
                    format!(
                        "{} (template file: placeholders are not valid syntax until rendered)",
                        p.message
                    ),
                )
                .severity(Severity::Info)
                .help("audit the rendered file to check it fully");
            } else {
                cx.report(p.file, p.span, p.message.clone())
                    .help("fix the syntax; the tool that reads this file will reject it as it is");
            }
        }
        for (file, n) in per_file {
            if n > MAX_PER_FILE {
                let f = cx.report(
                    file,
                    Span::EMPTY,
                    format!(
                        "{} more parse errors in this file (is it really a {} file?)",
                        n - MAX_PER_FILE,
                        project.file(file).kind
                    ),
                );
                f.help("fix the errors above first, or exclude the file in the configuration if it is not a deployment file");
                if project.file(file).is_template() {
                    f.severity(Severity::Info);
                }
            }
        }
    }
}
