use crate::declare_rule;
use crate::diagnostic::Severity;
use crate::project::Project;
use crate::rule::Checker;
use seaworthy_syntax::yaml::Kind;

declare_rule! {
    /// ## What it does
    /// Interpolates every value of a compose file against the `.env` next to it and reports
    /// variables that are neither defined there nor given a default (`${VAR}` → empty string),
    /// required variables (`${VAR:?}`) that nothing here sets (info: a required variable is a
    /// deliberate fail-fast guard, it stops `docker compose up` with its message), and
    /// interpolation syntax errors (unterminated `${`, unsupported `${VAR/x/y}`). Variables that
    /// come from the shell are invisible to the audit, so a plain undefined variable is low,
    /// reported once per variable and file (other uses are related places), and
    /// variables documented in an env file of the directory or its parents (`.env.example`,
    /// `defaults.env`) count as known, as do variables a CI workflow that runs the compose file
    /// sets in an `env:`/`variables:` block, and `PWD`/`HOME`/`USER`/`PATH`, which every shell has.
    ///
    /// ## Why is this bad?
    /// Compose substitutes an empty string and starts anyway: `DATABASE_URL=postgres://:@db/`,
    /// `image: app:` and similar half-configured services fail at run time, far from the cause.
    ///
    /// ## Example
    /// ```yaml
    /// services:
    ///   api:
    ///     image: app:${TAG}
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// services:
    ///   api:
    ///     image: app:${TAG:-1.4.2}
    /// ```
    pub struct UndefinedVariable {
        code: "SW2003",
        name: "compose-undefined-variable",
        family: Compose,
        severity: Low,
        category: Reliability,
        summary: "Variable without a value or default, or broken interpolation",
    }
}

crate::message! {
    /// A variable with no value and no default.
    struct Unset<'a> = "compose-undefined-variable" { name: &'a str }
    struct UnsetHelp<'a> = "compose-undefined-variable-help" { name: &'a str }
    /// A required variable (`${VAR:?...}`) nothing here sets.
    struct Required<'a> = "compose-undefined-variable-required" { name: &'a str }
    struct RequiredHelp<'a> = "compose-undefined-variable-required-help" { name: &'a str }
    /// Broken interpolation syntax (`problem`: the parser's own text, in English).
    struct Syntax<'a> = "compose-undefined-variable-syntax" { problem: &'a str }
    struct SyntaxHelp = "compose-undefined-variable-syntax-help" {}
}

impl UndefinedVariable {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for d in &project.compose.docs {
            if d.yaml.errors.is_empty() && d.templated {
                continue;
            }
            let file = project.file(d.file);
            // variables documented in any env file of this directory or its parents (`.env.example`,
            // `defaults.env`, ...) are known: they are set where the stack is deployed
            let dir = file.dir().to_string();
            let known: std::collections::BTreeSet<String> = project
                .env
                .files
                .iter()
                .filter(|ef| {
                    let efd = project.file(ef.file).dir();
                    dir == efd || efd.is_empty() || dir.starts_with(&format!("{efd}/"))
                })
                .flat_map(|ef| ef.parsed.entries.iter().map(|e| e.key.clone()))
                .chain(
                    project
                        .ci
                        .variables_for(&project.files, file.name())
                        .cloned(),
                )
                .chain(AMBIENT.iter().map(|v| v.to_string()))
                .collect();
            for node in &d.yaml.nodes {
                let Kind::Scalar { value, .. } = &node.kind else {
                    continue;
                };
                if !value.contains('$') {
                    continue;
                }
                let r = d.interpolate(value);
                for e in &r.errors {
                    let required: Vec<&str> = r
                        .refs
                        .iter()
                        .filter(|v| v.required && v.unresolved)
                        .map(|v| v.name.as_str())
                        .collect();
                    if e.message.starts_with("required") {
                        // a deliberate fail-fast guard: compose refuses to start with the message
                        // unless the variable is set at deploy time (a CI job, the server's shell);
                        // an env file or CI job that provides it settles it
                        if required.iter().all(|v| known.contains(*v)) {
                            continue;
                        }
                        let name = required.first().copied().unwrap_or("");
                        cx.report(d.file, node.span, Required { name })
                            .severity(Severity::Info)
                            .help(RequiredHelp { name })
                            .group(format!("required:{}:{name}", d.file));
                        continue;
                    }
                    cx.report(
                        d.file,
                        node.span,
                        Syntax {
                            problem: &e.message,
                        },
                    )
                    .severity(Severity::Medium)
                    .help(SyntaxHelp {});
                }
                for v in r
                    .refs
                    .iter()
                    .filter(|v| v.unresolved && !v.required && !known.contains(&v.name))
                {
                    // one finding per variable and file, the other uses as related places
                    cx.report(d.file, node.span, Unset { name: &v.name })
                        .help(UnsetHelp { name: &v.name })
                        .group(format!("unset:{}:{}", d.file, v.name));
                }
            }
        }
    }
}

/// Set by any shell that runs `docker compose`.
const AMBIENT: &[&str] = &["PWD", "HOME", "USER", "PATH"];
