use super::{dockerfiles, run_commands};
use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;
use seaworthy_syntax::dockerfile::Keyword;
use seaworthy_syntax::shell::Op;

declare_rule! {
    /// ## What it does
    /// Reports a `RUN` in shell form with a pipe when neither a `SHELL` with `-o pipefail` nor
    /// `set -o pipefail` in the same `RUN` is in effect. Pipes into `true`, `tee`, `grep -q`... are
    /// still reported: the left side's failure is what gets lost.
    ///
    /// ## Why is this bad?
    /// `/bin/sh -c "a | b"` returns the status of `b` only: when `a` (the download, the build)
    /// fails, the step succeeds and the image ships broken.
    ///
    /// ## Example
    /// ```dockerfile
    /// FROM debian:bookworm-slim
    /// RUN wget -O - https://example.com/key.asc | gpg --dearmor -o /usr/share/keyrings/example.gpg
    /// ```
    ///
    /// ## Use instead
    /// ```dockerfile
    /// FROM debian:bookworm-slim
    /// SHELL ["/bin/bash", "-o", "pipefail", "-c"]
    /// RUN wget -O - https://example.com/key.asc | gpg --dearmor -o /usr/share/keyrings/example.gpg
    /// ```
    pub struct PipeWithoutPipefail {
        code: "SW1024",
        name: "pipe-without-pipefail",
        family: Dockerfile,
        severity: Low,
        category: Reliability,
        hadolint: ["DL4006"],
        summary: "Pipe in RUN without pipefail",
    }
}

impl PipeWithoutPipefail {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for doc in dockerfiles(project) {
            let df = &doc.tree;
            for stage in &df.stages {
                let mut pipefail_shell = false;
                for (_, ins) in df.stage_instructions(stage) {
                    if ins.keyword == Keyword::Shell {
                        pipefail_shell = ins.args.text.contains("pipefail");
                        continue;
                    }
                    if ins.keyword != Keyword::Run || ins.is_exec_form() || pipefail_shell {
                        continue;
                    }
                    let body: String = ins.heredocs.iter().map(|h| h.body.as_str()).collect();
                    if ins.args.text.contains("pipefail") || body.contains("pipefail") {
                        continue;
                    }
                    let cmds = ins.command_list();
                    // an alpine/busybox `sh` has no pipefail before 3.x; still worth fixing with `set -o pipefail` in ash
                    if let Some(c) = cmds.iter().find(|c| c.next == Some(Op::Pipe)) {
                        cx.report(doc.file, c.span, "a pipe in `RUN` without `pipefail`: a failure on the left side is ignored")
                            .help("add `SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]` before it, or start the RUN with `set -o pipefail &&`");
                    }
                }
                let _ = run_commands(df, stage);
            }
        }
    }
}
