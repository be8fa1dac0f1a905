use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;
use seaworthy_syntax::dockerfile::Keyword;

declare_rule! {
    /// ## What it does
    /// Points out `COPY . .` (or `COPY . /app`) of the whole build context into the final stage
    /// when the context has no `.dockerignore` next to it. Informational: whether that copies
    /// secrets or junk depends on the `.dockerignore`, which the secrets rules check in depth.
    ///
    /// ## Why is this bad?
    /// Without a `.dockerignore` the whole directory ships: `.git`, `.env`, virtualenvs,
    /// `node_modules`, test data. Images get large and secrets leak.
    ///
    /// ## Example
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// COPY . /app
    /// ```
    ///
    /// ## Use instead
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// COPY . /app
    /// ```
    /// ```dockerignore
    /// .git
    /// .env
    /// .venv
    /// ```
    ///
    /// ## References
    /// - <https://docs.docker.com/build/concepts/context/#dockerignore-files>
    pub struct CopyWholeContext {
        code: "SW1019",
        name: "copy-whole-context",
        family: Dockerfile,
        severity: Info,
        category: Security,
        summary: "Whole build context copied with no .dockerignore",
    }
}

crate::message! {
    /// `COPY . .` with no `.dockerignore`.
    struct Whole = "copy-whole-context" {}
    struct WholeHelp = "copy-whole-context-help" {}
}

impl CopyWholeContext {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for bref in &project.images {
            let Some(doc) = project.dockerfile(bref.dockerfile) else {
                continue;
            };
            if bref.dockerignore.is_some() {
                continue;
            }
            for ins in &doc.tree.instructions {
                if ins.keyword != Keyword::Copy
                    || ins.flag("from").is_some()
                    || !ins.heredocs.is_empty()
                {
                    continue;
                }
                let words = ins.words();
                let Some((_, sources)) = words.split_last() else {
                    continue;
                };
                if let Some(s) = sources
                    .iter()
                    .find(|s| matches!(s.text.as_str(), "." | "./"))
                {
                    cx.report(doc.file, s.span, Whole {}).help(WholeHelp {});
                    break;
                }
            }
        }
    }
}
