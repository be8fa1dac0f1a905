use crate::declare_rule;
use crate::project::{join_path, Project};
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Compares a `.env` with the `.env.example` (or `.sample`, `.template`) next to it: variables
    /// set in `.env` but not documented in the example, and variables the example documents that
    /// `.env` lacks.
    ///
    /// ## Why is this bad?
    /// The example is how the next developer and the production deploy learn which variables exist;
    /// when it drifts, deploys start with missing settings.
    ///
    /// ## Example
    /// ```env
    /// DATABASE_URL=postgres://app:app@db/app
    /// SENTRY_DSN=
    /// ```
    /// ```env path=.env.example
    /// DATABASE_URL=postgres://app:app@db/app
    /// ```
    ///
    /// ## Use instead
    /// ```env
    /// DATABASE_URL=postgres://app:app@db/app
    /// SENTRY_DSN=
    /// ```
    /// ```env path=.env.example
    /// DATABASE_URL=postgres://app:app@db/app
    /// SENTRY_DSN=
    /// ```
    pub struct EnvExampleDrift {
        code: "SW4009",
        name: "env-example-drift",
        family: Secrets,
        severity: Low,
        category: Maintainability,
        summary: ".env and .env.example disagree on the variables",
    }
}

crate::message! {
    /// A key of `.env` the example file does not document.
    struct Undocumented<'a> = "env-example-drift" { key: &'a str, example: &'a str }
    struct UndocumentedHelp<'a> = "env-example-drift-help" { key: &'a str, example: &'a str }
    /// Keys the example documents that `.env` lacks (`keys`: backticked, joined).
    struct Lacks = "env-example-drift-lacks" { keys: String, count: usize }
    struct LacksHelp = "env-example-drift-lacks-help" {}
}

impl EnvExampleDrift {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for ef in project.env.files.iter().filter(|e| !e.is_example) {
            let f = project.file(ef.file);
            if f.name() != ".env" {
                continue;
            }
            let ex = [
                ".env.example",
                ".env.sample",
                ".env.template",
                ".env.dist",
                "env.example",
            ]
            .iter()
            .find_map(|n| project.file_by_path(&join_path(f.dir(), n)));
            let Some(ex) = ex else { continue };
            let Some(exf) = project.env.file(ex.id) else {
                continue;
            };
            let keys = |d: &seaworthy_syntax::dotenv::Dotenv| {
                d.entries
                    .iter()
                    .map(|e| e.key.clone())
                    .collect::<std::collections::BTreeSet<_>>()
            };
            let (have, doc) = (keys(&ef.parsed), keys(&exf.parsed));
            for e in ef.parsed.entries.iter().filter(|e| !doc.contains(&e.key)) {
                cx.report(
                    ef.file,
                    e.key_span,
                    Undocumented {
                        key: &e.key,
                        example: ex.name(),
                    },
                )
                .help(UndocumentedHelp {
                    key: &e.key,
                    example: ex.name(),
                });
            }
            let missing: Vec<&String> = doc.difference(&have).collect();
            if !missing.is_empty() {
                cx.report(
                    ex.id,
                    seaworthy_syntax::Span::EMPTY,
                    Lacks {
                        keys: missing
                            .iter()
                            .map(|m| format!("`{m}`"))
                            .collect::<Vec<_>>()
                            .join(", "),
                        count: missing.len(),
                    },
                )
                .help(LacksHelp {});
            }
        }
    }
}
