use crate::declare_rule;
use crate::diagnostic::Severity;
use crate::project::{FileIssue, Project};
use crate::rule::Checker;
use seaworthy_syntax::Span;

declare_rule! {
    /// ## What it does
    /// Reports deployment files the audit could not read as text: unreadable (permissions),
    /// binary content under a deployment file's name, files over the size limit, UTF-16 files,
    /// files that are not regular files (a FIFO, a socket) and files that are not valid UTF-8
    /// (those are still checked, with the bad bytes replaced).
    ///
    /// ## Why is this bad?
    /// A file the audit cannot read is a file nobody reviewed. A binary `Dockerfile` or a 50 MB
    /// `.env` is usually a mistake in the repository.
    ///
    /// ## Example
    /// A `Dockerfile` that is really a compiled binary, or a `.env` saved as Latin-1:
    /// ```text
    /// A=caf\xe9
    /// ```
    ///
    /// ## Use instead
    /// Keep deployment files as UTF-8 text:
    /// ```text
    /// A=café
    /// ```
    pub struct FileUnreadable {
        code: "SW0003",
        name: "file-unreadable",
        family: Core,
        severity: Low,
        category: Maintainability,
        summary: "Deployment file could not be read as text",
    }
}

crate::message! {
    /// The file could not be read at all.
    struct ReadFailed = "file-unreadable" { kind: String, error: String }
    /// Binary bytes under a deployment file's name.
    struct Binary<'a> = "file-unreadable-binary" { kind: &'a str }
    /// Over the size limit.
    struct TooLarge = "file-unreadable-too-large" { kind: String, bytes: u64, limit: u64 }
    /// Invalid UTF-8 replaced.
    struct NotUtf8 = "file-unreadable-not-utf8" {}
    /// UTF-16 text.
    struct Utf16<'a> = "file-unreadable-utf16" { kind: &'a str }
}

impl FileUnreadable {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for f in &project.files {
            let Some(issue) = &f.issue else { continue };
            let (msg, sev): (crate::message::Message, _) = match issue {
                FileIssue::Unreadable(e) => (
                    ReadFailed {
                        kind: f.kind.to_string(),
                        error: e.to_string(),
                    }
                    .into(),
                    Severity::Medium,
                ),
                FileIssue::Binary => (
                    Binary {
                        kind: kind_label(f.kind),
                    }
                    .into(),
                    Severity::Low,
                ),
                FileIssue::TooLarge { bytes, limit } => (
                    TooLarge {
                        kind: f.kind.to_string(),
                        bytes: *bytes,
                        limit: *limit,
                    }
                    .into(),
                    Severity::Low,
                ),
                FileIssue::NotUtf8 => (NotUtf8 {}.into(), Severity::Info),
                FileIssue::Utf16 => (
                    Utf16 {
                        kind: kind_label(f.kind),
                    }
                    .into(),
                    Severity::Low,
                ),
                // reported by `symlink-outside-root`
                FileIssue::SymlinkOutsideRoot { .. } => continue,
            };
            cx.report(f.id, Span::EMPTY, msg).severity(sev);
        }
    }
}

fn kind_label(k: seaworthy_syntax::FileKind) -> &'static str {
    use seaworthy_syntax::FileKind::*;
    match k {
        Dockerfile => "Dockerfile",
        Compose => "compose",
        Nginx => "nginx",
        Env => "env",
        Dockerignore => ".dockerignore",
        PythonDeps => "Python dependency",
        NodeDeps => "package.json",
        AppConfig => "app config",
        Entrypoint => "entrypoint",
        Ci => "CI",
        Build => "build",
        OtherConf => "config",
        Script => "script",
        Docs => "docs",
        PythonSource => "Python source",
    }
}
