use super::dockerfiles;
use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;
use seaworthy_syntax::dockerfile::Keyword;

declare_rule! {
    /// ## What it does
    /// Reports `WORKDIR` with a relative path (variables are not reported).
    ///
    /// ## Why is this bad?
    /// A relative `WORKDIR` resolves against whatever the previous one (or the base image's) was:
    /// change the base image and files land somewhere else.
    ///
    /// ## Example
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// WORKDIR app
    /// ```
    ///
    /// ## Use instead
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// WORKDIR /app
    /// ```
    ///
    /// ## References
    /// - <https://docs.docker.com/reference/build-checks/workdir-relative-path/>
    pub struct RelativeWorkdir {
        code: "SW1021",
        name: "relative-workdir",
        family: Dockerfile,
        severity: Low,
        category: Maintainability,
        hadolint: ["DL3000"],
        summary: "`WORKDIR` with a relative path",
    }
}

crate::message! {
    /// A relative `WORKDIR`.
    struct Relative<'a> = "relative-workdir" { dir: &'a str }
    /// `dir`: the path without its leading `./`.
    struct RelativeHelp<'a> = "relative-workdir-help" { dir: &'a str }
}

impl RelativeWorkdir {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for doc in dockerfiles(project) {
            for ins in &doc.tree.instructions {
                if ins.keyword != Keyword::Workdir {
                    continue;
                }
                let Some(w) = ins.words().into_iter().next() else {
                    continue;
                };
                let t = w.text.as_str();
                if t.starts_with('/')
                    || t.starts_with('$')
                    || t.contains(":\\")
                    || t.contains(":/")
                    || t.starts_with("{{")
                {
                    continue;
                }
                cx.report(doc.file, w.span, Relative { dir: t })
                    .help(RelativeHelp {
                        dir: t.trim_start_matches("./"),
                    });
            }
        }
    }
}
