use super::{dockerfiles, run_commands};
use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;
use seaworthy_syntax::shell::Op;

declare_rule! {
    /// ## What it does
    /// Reports `curl ... | sh` and `wget -O- ... | bash` (a download piped straight into a
    /// shell or interpreter) in `RUN`.
    ///
    /// ## Why is this bad?
    /// Whatever the server returns that day runs as root in the build, unverified: a compromised
    /// or changed script silently changes the image, and the build is not reproducible.
    ///
    /// ## Example
    /// ```dockerfile
    /// FROM debian:bookworm-slim
    /// RUN curl -fsSL https://example.com/install.sh | sh
    /// ```
    ///
    /// ## Use instead
    /// ```dockerfile
    /// FROM debian:bookworm-slim
    /// ADD --checksum=sha256:0d2f7b1c5a2e4f1c9b3a8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a39 https://example.com/install.sh /tmp/install.sh
    /// RUN sh /tmp/install.sh && rm /tmp/install.sh
    /// ```
    ///
    /// ## References
    /// - <https://docs.docker.com/build/building/best-practices/#add-or-copy>
    /// - <https://docs.docker.com/reference/dockerfile/#add---checksum>
    pub struct RemoteScriptPipedToShell {
        code: "SW1023",
        name: "remote-script-piped-to-shell",
        family: Dockerfile,
        severity: Medium,
        category: Security,
        summary: "Downloaded script piped into a shell",
    }
}

crate::message! {
    /// `curl ... | sh`.
    struct Piped = "remote-script-piped-to-shell" {}
    struct PipedHelp = "remote-script-piped-to-shell-help" {}
}

impl RemoteScriptPipedToShell {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for doc in dockerfiles(project) {
            let df = &doc.tree;
            for stage in &df.stages {
                let cmds = run_commands(df, stage);
                for w in cmds.windows(2) {
                    let (i1, _, a) = &w[0];
                    let (i2, _, b) = &w[1];
                    if i1 != i2 || a.next != Some(Op::Pipe) {
                        continue;
                    }
                    let fetch = matches!(a.program(), Some("curl" | "wget"));
                    let shell = matches!(
                        b.program(),
                        Some(
                            "sh" | "bash"
                                | "ash"
                                | "dash"
                                | "zsh"
                                | "python"
                                | "python3"
                                | "perl"
                                | "ruby"
                                | "node"
                        )
                    );
                    if fetch && shell {
                        cx.report(doc.file, a.span.cover(b.span), Piped {})
                            .help(PipedHelp {});
                    }
                }
            }
        }
    }
}
