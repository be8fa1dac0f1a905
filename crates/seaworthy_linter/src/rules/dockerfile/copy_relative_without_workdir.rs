use super::{dockerfiles, is_dynamic, parent_stage};
use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;
use seaworthy_syntax::dockerfile::Keyword;

declare_rule! {
    /// ## What it does
    /// Reports a `COPY` or `ADD` to a relative destination (`COPY app.py .`) when no `WORKDIR`
    /// is set before it, in the stage or in the stages it is built `FROM`. Stages built from
    /// `scratch` (whose working directory is always `/`) are not reported.
    ///
    /// ## Why is this bad?
    /// A relative destination is resolved against the working directory, which then comes from
    /// the base image: `/` for most images, something else for others, and it can change when the
    /// base image does. The files land somewhere the `CMD` may not look.
    ///
    /// ## Example
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// COPY app.py .
    /// CMD ["python", "app.py"]
    /// ```
    ///
    /// ## Use instead
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// WORKDIR /app
    /// COPY app.py .
    /// CMD ["python", "app.py"]
    /// ```
    ///
    /// ## References
    /// - <https://docs.docker.com/reference/dockerfile/#copy>
    /// - <https://docs.docker.com/reference/dockerfile/#workdir>
    pub struct CopyRelativeWithoutWorkdir {
        code: "SW1039",
        name: "copy-relative-without-workdir",
        family: Dockerfile,
        severity: Low,
        category: Maintainability,
        hadolint: ["DL3045"],
        summary: "`COPY` to a relative path before any `WORKDIR`",
    }
}

crate::message! {
    /// A `COPY`/`ADD` to a relative path before any `WORKDIR` (`image`: the root image).
    struct Relative<'a> = "copy-relative-without-workdir" { keyword: &'a str, dest: &'a str, image: &'a str }
    struct RelativeHelp = "copy-relative-without-workdir-help" {}
}

impl CopyRelativeWithoutWorkdir {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for doc in dockerfiles(project) {
            let df = &doc.tree;
            // per stage: (index of the external image at the root of its chain, a WORKDIR is
            // set by the end of it), computed from the parent's
            let mut facts: Vec<(usize, bool)> = Vec::with_capacity(df.stages.len());
            for stage in &df.stages {
                let has_workdir = df
                    .stage_instructions(stage)
                    .any(|(_, i)| i.keyword == Keyword::Workdir);
                let (root_index, inherited) = parent_stage(df, stage)
                    .and_then(|p| facts.get(p.index).copied())
                    .unwrap_or((stage.index, false));
                facts.push((root_index, inherited || has_workdir));
                let Some(root) = df.stages.get(root_index) else {
                    continue;
                };
                if inherited || root.image().is_scratch() || is_dynamic(&root.base_resolved) {
                    continue;
                }
                for (_, ins) in df.stage_instructions(stage) {
                    if ins.keyword == Keyword::Workdir {
                        break;
                    }
                    if !matches!(ins.keyword, Keyword::Copy | Keyword::Add) {
                        continue;
                    }
                    let words = ins.words();
                    if words.len() < 2 {
                        continue;
                    }
                    let Some(dest) = words.last() else {
                        continue;
                    };
                    let d = dest.text.as_str();
                    let absolute = d.starts_with(['/', '\\', '$', '~'])
                        || d.starts_with("{{")
                        || d.get(1..3).is_some_and(|s| s == ":\\" || s == ":/");
                    if absolute {
                        continue;
                    }
                    cx.report(
                        doc.file,
                        dest.span,
                        Relative {
                            keyword: ins.keyword.as_str(),
                            dest: d,
                            image: &root.base_resolved,
                        },
                    )
                    .help(RelativeHelp {});
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::findings;

    const CODE: &str = "SW1039";

    #[test]
    fn stage_chain_workdir() {
        assert_eq!(
            findings(
                "FROM node:22\nCOPY package.json ./\nCOPY --from=build out dist/\n",
                CODE
            ),
            2
        );
        for src in [
            "FROM node:22 AS base\nWORKDIR /app\nFROM base\nCOPY . .\n",
            "FROM scratch\nCOPY app app\n",
            "FROM node:22\nCOPY a.txt /srv/a.txt\nCOPY b.txt $APP_HOME/\n",
            "FROM node:22\nWORKDIR /app\nCOPY . .\n",
        ] {
            assert_eq!(findings(src, CODE), 0, "{src}");
        }
    }
}
