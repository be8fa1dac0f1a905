use crate::declare_rule;
use crate::project::{FileIssue, Project};
use crate::rule::Checker;
use seaworthy_syntax::Span;

declare_rule! {
    /// ## What it does
    /// Reports deployment files (a `Dockerfile`, a `.env`, a compose file) that are symbolic links
    /// resolving outside the audited directory. The audit does not follow them: the file they
    /// point to is not read, whatever it is.
    ///
    /// ## Why is this bad?
    /// A link out of the repository makes the deployment depend on a file that is not in it:
    /// another clone, a CI runner or a colleague's machine has something else (or nothing) at
    /// that path. BuildKit does not follow links out of the build context either, so `docker
    /// build` may not see what the link points to. Reading such a link would also let a
    /// repository make an audit read files of the machine it runs on (`.env -> /etc/passwd`).
    ///
    /// ## Example
    /// A `Dockerfile` that is a link to `../shared/Dockerfile`, outside the audited directory:
    /// ```text path=@symlink:Dockerfile
    /// ../shared/Dockerfile
    /// ```
    ///
    /// ## Use instead
    /// Keep the file in the repository (copy it, or link to a path inside the repository):
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// ```
    ///
    /// ## References
    /// - [Docker build context](https://docs.docker.com/build/concepts/context/)
    /// - [`docker build --file`](https://docs.docker.com/reference/cli/docker/buildx/build/#file)
    pub struct SymlinkOutsideRoot {
        code: "SW0004",
        name: "symlink-outside-root",
        family: Core,
        severity: Low,
        category: Reliability,
        summary: "Deployment file is a link out of the audited directory; not read",
    }
}

crate::message! {
    /// The link and where it points.
    struct Link<'a> = "symlink-outside-root" { path: &'a str, target: &'a str }
    struct LinkHelp = "symlink-outside-root-help" {}
}

impl SymlinkOutsideRoot {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for f in &project.files {
            let Some(FileIssue::SymlinkOutsideRoot { target }) = &f.issue else {
                continue;
            };
            cx.report(
                f.id,
                Span::EMPTY,
                Link {
                    path: &f.path,
                    target,
                },
            )
            .help(LinkHelp {});
        }
    }
}
