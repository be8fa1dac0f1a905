use super::dockerignore_of;
use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;
use seaworthy_syntax::dockerfile::Keyword;

declare_rule! {
    /// ## What it does
    /// Reports `COPY`/`ADD` sources that the build context's `.dockerignore` excludes (moby
    /// semantics, including `!` exceptions and the per-Dockerfile `<name>.dockerignore`).
    ///
    /// ## Why is this bad?
    /// The build fails ("not found") or, for a directory, silently copies nothing: the image ships
    /// without its migrations or config.
    ///
    /// ## Example
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// COPY migrations/ /app/migrations/
    /// ```
    /// ```dockerignore
    /// migrations
    /// ```
    /// ```text path=migrations/env.py
    /// ```
    ///
    /// ## Use instead
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// COPY migrations/ /app/migrations/
    /// ```
    /// ```dockerignore
    /// migrations/__pycache__
    /// ```
    /// ```text path=migrations/env.py
    /// ```
    pub struct CopySourceDockerignored {
        code: "SW4008",
        name: "copy-source-dockerignored",
        family: Secrets,
        severity: High,
        category: Reliability,
        summary: "COPY of a path the .dockerignore excludes",
    }
}

crate::message! {
    /// A `COPY` source that the `.dockerignore` excludes.
    struct Excluded<'a> = "copy-source-dockerignored" { path: &'a str }
    struct ExcludedHelp<'a> = "copy-source-dockerignored-help" { path: &'a str }
    struct ByPattern = "copy-source-dockerignored-pattern" {}
}

impl CopySourceDockerignored {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for bref in &project.images {
            let Some((ig, ignore)) = dockerignore_of(project, bref) else {
                continue;
            };
            let Some(doc) = project.dockerfile(bref.dockerfile) else {
                continue;
            };
            for ins in &doc.tree.instructions {
                if !matches!(ins.keyword, Keyword::Copy | Keyword::Add)
                    || ins.flag("from").is_some()
                    || !ins.heredocs.is_empty()
                {
                    continue;
                }
                let words = ins.words();
                let Some((_, sources)) = words.split_last() else {
                    continue;
                };
                for s in sources {
                    let p = s.text.trim_start_matches("./").trim_end_matches('/');
                    if p.is_empty() || p == "." || p.contains(['*', '$', '?']) || p.contains("://")
                    {
                        continue;
                    }
                    if ignore.is_excluded(p) {
                        let f = cx.report(bref.dockerfile, s.span, Excluded { path: p });
                        f.help(ExcludedHelp { path: p });
                        if let Some(pat) = ignore.deciding_pattern(p) {
                            f.related(ig, pat.span, ByPattern {});
                        }
                    }
                }
            }
        }
    }
}
