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

impl SchemaViolation {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for d in &project.compose.docs {
            for (msg, span) in &d.schema_errors {
                // a key left empty (`environment:` with only a comment under it) is null: the
                // schema rejects it, but compose reads it as unset and starts the stack
                if msg.contains(": null is not valid") {
                    cx.report(d.file, *span, format!("{msg} (compose reads the empty key as unset)"))
                        .severity(crate::diagnostic::Severity::Low)
                        .help("remove the empty key or give it a value: strict validators and other tools reject it");
                    continue;
                }
                cx.report(d.file, *span, msg.clone())
                    .help("fix the value to what the compose specification allows (`docker compose config` shows how compose reads the file)");
            }
        }
    }
}
