use super::dockerfiles;
use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports a `FROM` that uses a variable (`FROM python:${PYTHON_VERSION}-slim`) which no
    /// `ARG` before the first `FROM` declares with a default value.
    ///
    /// ## Why is this bad?
    /// Without `--build-arg` the reference expands to `python:-slim` and the build fails, or to
    /// an empty image name; the Dockerfile does not build on its own and every caller must know
    /// the magic argument.
    ///
    /// ## Example
    /// ```dockerfile
    /// ARG PYTHON_VERSION
    /// FROM python:${PYTHON_VERSION}-slim
    /// ```
    ///
    /// ## Use instead
    /// ```dockerfile
    /// ARG PYTHON_VERSION=3.12
    /// FROM python:${PYTHON_VERSION}-slim
    /// ```
    ///
    /// ## References
    /// - <https://docs.docker.com/reference/dockerfile/#understand-how-arg-and-from-interact>
    /// - <https://docs.docker.com/reference/build-checks/invalid-default-arg-in-from/>
    pub struct FromArgWithoutDefault {
        code: "SW1029",
        name: "from-arg-without-default",
        family: Dockerfile,
        severity: Medium,
        category: Reliability,
        summary: "`FROM` uses a build argument that has no default",
    }
}

crate::message! {
    /// Build arguments in `FROM` that no global `ARG` declares (`names`: joined by "`, `").
    struct Undeclared<'a> = "from-arg-without-default-undeclared" { image: &'a str, names: &'a str }
    /// Declared, but without a default.
    struct NoDefault<'a> = "from-arg-without-default" { image: &'a str, names: &'a str }
    struct ArgHelp<'a> = "from-arg-without-default-help" { name: &'a str }
}

impl FromArgWithoutDefault {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for doc in dockerfiles(project) {
            let df = &doc.tree;
            if df.is_template {
                continue;
            }
            for stage in &df.stages {
                if !stage.base_resolved.contains('$') {
                    continue;
                }
                // which variables stayed unresolved?
                let raw = &stage.base_resolved;
                let mut names = Vec::new();
                let mut rest = raw.as_str();
                while let Some(p) = rest.find('$') {
                    let after = &rest[p + 1..];
                    let name: String = after
                        .trim_start_matches('{')
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                        .collect();
                    if !name.is_empty() && !names.contains(&name) {
                        names.push(name);
                    }
                    rest = after;
                }
                if names.is_empty() {
                    continue;
                }
                let declared: Vec<String> = df
                    .global_args
                    .iter()
                    .filter_map(|&i| df.instructions.get(i))
                    .flat_map(|i| i.key_values())
                    .map(|kv| kv.key.text)
                    .collect();
                // the names, joined so that the catalogue's backticks quote each one
                let list = names.join("`, `");
                let undeclared = names.iter().any(|n| !declared.contains(n));
                let image = stage.base.text.as_str();
                let message: crate::message::Message = if undeclared {
                    Undeclared {
                        image,
                        names: &list,
                    }
                    .into()
                } else {
                    NoDefault {
                        image,
                        names: &list,
                    }
                    .into()
                };
                cx.report(doc.file, stage.base.span, message).help(ArgHelp {
                    name: names.first().map(String::as_str).unwrap_or_default(),
                });
            }
        }
    }
}
