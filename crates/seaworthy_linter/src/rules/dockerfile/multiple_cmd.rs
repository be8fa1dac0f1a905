use super::dockerfiles;
use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;
use seaworthy_syntax::dockerfile::Keyword;

declare_rule! {
    /// ## What it does
    /// Reports a stage with more than one `CMD`, `ENTRYPOINT` or `HEALTHCHECK`: only the last one
    /// takes effect.
    ///
    /// ## Why is this bad?
    /// The earlier instruction looks like it matters but is dead code; readers (and reviewers)
    /// believe the container starts with the wrong command.
    ///
    /// ## Example
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// CMD ["python", "manage.py", "migrate"]
    /// CMD ["gunicorn", "app.wsgi"]
    /// ```
    ///
    /// ## Use instead
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// CMD ["gunicorn", "app.wsgi"]
    /// ```
    ///
    /// ## References
    /// - <https://docs.docker.com/reference/build-checks/multiple-instructions-disallowed/>
    /// - <https://docs.docker.com/reference/dockerfile/#cmd>
    pub struct MultipleCmd {
        code: "SW1025",
        name: "multiple-cmd",
        family: Dockerfile,
        severity: Low,
        category: Maintainability,
        hadolint: ["DL4003", "DL4004", "DL3012"],
        summary: "Several CMD/ENTRYPOINT/HEALTHCHECK in one stage",
    }
}

crate::message! {
    /// A `CMD`/`ENTRYPOINT`/`HEALTHCHECK` that a later one overrides.
    struct Overridden<'a> = "multiple-cmd" { keyword: &'a str }
    struct OverriddenHelp = "multiple-cmd-help" {}
    struct OverriddenRelated = "multiple-cmd-related" {}
}

impl MultipleCmd {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for doc in dockerfiles(project) {
            let df = &doc.tree;
            for stage in &df.stages {
                for kw in [Keyword::Cmd, Keyword::Entrypoint, Keyword::Healthcheck] {
                    let all: Vec<_> = df
                        .stage_instructions(stage)
                        .filter(|(_, i)| i.keyword == kw)
                        .collect();
                    if all.len() < 2 {
                        continue;
                    }
                    let (_, last) = all[all.len() - 1];
                    for (_, ins) in &all[..all.len() - 1] {
                        cx.report(
                            doc.file,
                            ins.span,
                            Overridden {
                                keyword: kw.as_str(),
                            },
                        )
                        .help(OverriddenHelp {})
                        .related(doc.file, last.span, OverriddenRelated {});
                    }
                }
            }
        }
    }
}
