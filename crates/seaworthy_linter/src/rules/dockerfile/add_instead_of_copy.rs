use super::dockerfiles;
use crate::declare_rule;
use crate::diagnostic::{Edit, Fix};
use crate::project::Project;
use crate::rule::Checker;
use seaworthy_syntax::dockerfile::Keyword;

declare_rule! {
    /// ## What it does
    /// Reports `ADD` of local files or directories. `ADD` of a URL, a git repository, or a local
    /// archive meant to be extracted (`.tar`, `.tar.gz`, `.tgz`, `.tar.xz`, `.tar.bz2`) is fine.
    ///
    /// ## Why is this bad?
    /// `ADD` silently extracts archives and fetches URLs; for plain files that magic is a trap (a
    /// `.tar.gz` that was meant to be copied gets unpacked). `COPY` says what it does.
    ///
    /// ## Example
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// ADD app/ /app/
    /// ```
    ///
    /// ## Use instead
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// COPY app/ /app/
    /// ADD rootfs.tar.gz /
    /// ```
    ///
    /// ## References
    /// - <https://docs.docker.com/build/building/best-practices/#add-or-copy>
    /// - <https://docs.docker.com/reference/dockerfile/#add>
    pub struct AddInsteadOfCopy {
        code: "SW1018",
        name: "add-instead-of-copy",
        family: Dockerfile,
        severity: Low,
        category: Maintainability,
        hadolint: ["DL3020"],
        summary: "`ADD` used for local files",
    }
}

crate::message! {
    /// What the automatic fix does.
    struct AutoFix = "add-instead-of-copy-autofix" {}
    /// `ADD` of local files.
    struct AddLocal = "add-instead-of-copy" {}
    struct AddLocalHelp = "add-instead-of-copy-help" {}
}

impl AddInsteadOfCopy {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for doc in dockerfiles(project) {
            for ins in &doc.tree.instructions {
                if ins.keyword != Keyword::Add || !ins.heredocs.is_empty() {
                    continue;
                }
                let words = ins.words();
                let Some((_, sources)) = words.split_last() else {
                    continue;
                };
                if sources.is_empty() {
                    continue;
                }
                let remote_or_archive = sources.iter().any(|s| {
                    let t = s.text.to_ascii_lowercase();
                    t.contains("://")
                        || t.starts_with("git@")
                        || t.contains('$')
                        || [
                            ".tar", ".tar.gz", ".tgz", ".tar.xz", ".txz", ".tar.bz2", ".tbz2",
                            ".tar.zst",
                        ]
                        .iter()
                        .any(|e| t.ends_with(e))
                });
                if remote_or_archive
                    || ins.flag("checksum").is_some()
                    || ins.flag("keep-git-dir").is_some()
                {
                    continue;
                }
                let text = &project.file(doc.file).text;
                let f = cx
                    .report(doc.file, ins.keyword_span, AddLocal {})
                    .help(AddLocalHelp {});
                if ins.keyword_span.slice(text).eq_ignore_ascii_case("add") {
                    let upper = ins.keyword_span.slice(text) == "ADD";
                    f.fix(Fix::safe(
                        AutoFix {},
                        vec![Edit {
                            file: doc.file,
                            span: ins.keyword_span,
                            content: if upper { "COPY".into() } else { "copy".into() },
                        }],
                    ));
                }
            }
        }
    }
}
