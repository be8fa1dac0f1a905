use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Validates every compose file against the compose specification's JSON schema (shipped in
    /// `data/compose-spec.json`) and reports each violation at the value it is about: unknown
    /// keys, wrong types (`ports: 80`), misspelled keys (`helthcheck`).
    ///
    /// ## Why is this bad?
    /// `docker compose` refuses the file (or, for some keys, silently ignores them): a typo in
    /// `healthcheck` or `deploy` quietly removes the protection it was meant to add. A key left
    /// empty (null) is low: compose reads it as unset, only strict validators reject it.
    ///
    /// ## Example
    /// ```yaml
    /// services:
    ///   web:
    ///     image: nginx:1.27
    ///     ports: 80
    ///     helthcheck:
    ///       test: ["CMD", "wget", "-q", "--spider", "http://localhost/"]
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// services:
    ///   web:
    ///     image: nginx:1.27
    ///     ports: ["80:80"]
    ///     healthcheck:
    ///       test: ["CMD", "wget", "-q", "--spider", "http://localhost/"]
    /// ```
    pub struct SchemaViolation {
        code: "SW2001",
        name: "compose-schema-violation",
        family: Compose,
        severity: High,
        category: Reliability,
        summary: "Compose file does not follow the compose specification",
    }
}

crate::message! {
    /// What the schema check says (`problem`: the validator's own text, in English).
    struct Violation<'a> = "compose-schema-violation" { problem: &'a str }
    struct ViolationHelp = "compose-schema-violation-help" {}
    /// A key left empty (null).
    struct Null<'a> = "compose-schema-violation-null" { problem: &'a str }
    struct NullHelp = "compose-schema-violation-null-help" {}
}

impl SchemaViolation {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for d in &project.compose.docs {
            for (msg, span) in &d.schema_errors {
                // a key left empty (`environment:` with only a comment under it) is null: the
                // schema rejects it, but compose reads it as unset and starts the stack
                if msg.contains(": null is not valid") {
                    cx.report(d.file, *span, Null { problem: msg })
                        .severity(crate::diagnostic::Severity::Low)
                        .help(NullHelp {});
                    continue;
                }
                cx.report(d.file, *span, Violation { problem: msg })
                    .help(ViolationHelp {});
            }
        }
    }
}
