use crate::declare_rule;
use crate::diagnostic::Severity;
use crate::project::Project;
use crate::rule::Checker;
use seaworthy_syntax::yaml::Kind;

declare_rule! {
    /// ## What it does
    /// Interpolates every value of a compose file against the `.env` next to it and reports
    /// variables that are neither defined there nor given a default (`${VAR}` → empty string),
    /// required variables (`${VAR:?}`) that are missing, and interpolation syntax errors
    /// (unterminated `${`, unsupported `${VAR/x/y}`). Variables that come from the shell are
    /// invisible to the audit, so a plain undefined variable is low, reported once per file, and
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

impl UndefinedVariable {
    fn check(&self, project: &Project, cx: &mut Checker) {
        if project.compose.docs.is_empty() {
            return;
        }
        let ci = ci_variables(project);
        for d in &project.compose.docs {
            if d.yaml.errors.is_empty() && d.templated {
                continue;
            }
            let mut reported = std::collections::BTreeSet::new();
            // variables documented in any env file of this directory or its parents (`.env.example`,
            // `defaults.env`, ...) are known: they are set where the stack is deployed
            let dir = project.file(d.file).dir().to_string();
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
                    ci.iter()
                        .filter(|(text, _)| text.contains(project.file(d.file).name()))
                        .flat_map(|(_, vars)| vars.iter().cloned()),
                )
                .chain(AMBIENT.iter().map(|v| v.to_string()))
                .collect();
            let mut vars_reported = std::collections::BTreeSet::new();
            for node in &d.yaml.nodes {
                let Kind::Scalar { value, .. } = &node.kind else {
                    continue;
                };
                if !value.contains('$') {
                    continue;
                }
                let r = d.interpolate(value);
                // spans inside the scalar are only exact for plain scalars; point at the value otherwise
                for e in &r.errors {
                    // a required variable that an env file or the CI job provides is fine
                    let provided = e.message.starts_with("required")
                        && r.refs
                            .iter()
                            .filter(|v| v.required && v.unresolved)
                            .all(|v| known.contains(&v.name));
                    if provided {
                        continue;
                    }
                    if reported.insert((node.span, e.message.clone())) {
                        let sev = if e.message.starts_with("required") {
                            Severity::High
                        } else {
                            Severity::Medium
                        };
                        cx.report(d.file, node.span, e.message.clone())
                            .severity(sev)
                            .help("fix the syntax (`${VAR}`, `${VAR:-default}`, `${VAR:?error}`), or write `$$` for a literal `$`");
                    }
                }
                for v in r
                    .refs
                    .iter()
                    .filter(|v| v.unresolved && !v.required && !known.contains(&v.name))
                {
                    if vars_reported.insert(v.name.clone())
                        && reported.insert((node.span, v.name.clone()))
                    {
                        cx.report(d.file, node.span, format!("`${}` is not defined in `.env` and has no default: compose substitutes an empty string", v.name))
                            .help(format!("define `{}` in `.env`, or give a default: `${{{}:-value}}` (or `${{{}:?explain}}` to fail loudly)", v.name, v.name, v.name));
                    }
                }
            }
        }
    }
}

/// Set by any shell that runs `docker compose`.
const AMBIENT: &[&str] = &["PWD", "HOME", "USER", "PATH"];

/// Each CI workflow's text with the variables it sets (`env:` at workflow, job or step level,
/// GitHub Actions, and GitLab `variables:`); they count for the compose files the workflow
/// mentions by name. Parsed once per audit.
fn ci_variables(project: &Project) -> Vec<(&str, Vec<String>)> {
    let mut all = Vec::new();
    for f in crate::rules::delivery::ci_files(project) {
        let mut out = Vec::new();
        let y = seaworthy_syntax::yaml::parse(&f.text);
        for node in 0..y.nodes.len() {
            for key in ["env", "variables"] {
                if let Some(map) = y.get(node, key).filter(|m| y.is_map(*m)) {
                    out.extend(
                        y.entries(map)
                            .into_iter()
                            .filter_map(|(k, _)| y.as_str(k).map(str::to_string)),
                    );
                }
            }
        }
        all.push((f.text.as_str(), out));
    }
    all
}
