use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;

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

impl ParseError {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for p in &project.parse_problems {
            cx.report(p.file, p.span, p.message.clone())
                .help("fix the syntax; the tool that reads this file will reject it as it is");
        }
    }
}
