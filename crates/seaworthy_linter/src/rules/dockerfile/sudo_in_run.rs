use super::{dockerfiles, run_commands};
use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports `sudo` in a `RUN` instruction.
    ///
    /// ## Why is this bad?
    /// Build steps run as the current `USER`; `sudo` means the image ships sudo and a user allowed
    /// to become root, which undoes the point of running unprivileged, and it behaves badly
    /// without a TTY. Switch with `USER root` for the step instead.
    ///
    /// ## Example
    /// ```dockerfile
    /// FROM debian:bookworm-slim
    /// USER app
    /// RUN sudo apt-get update
    /// ```
    ///
    /// ## Use instead
    /// ```dockerfile
    /// FROM debian:bookworm-slim
    /// RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
    /// USER app
    /// ```
    ///
    /// ## References
    /// - <https://docs.docker.com/build/building/best-practices/#user>
    pub struct SudoInRun {
        code: "SW1016",
        name: "sudo-in-run",
        family: Dockerfile,
        severity: Medium,
        category: Security,
        hadolint: ["DL3004"],
        summary: "`sudo` used in a build step",
    }
}

crate::message! {
    /// `sudo` in a `RUN`.
    struct Sudo = "sudo-in-run" {}
    struct SudoHelp = "sudo-in-run-help" {}
}

impl SudoInRun {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for doc in dockerfiles(project) {
            let df = &doc.tree;
            for stage in &df.stages {
                for (_, _, cmd) in run_commands(df, stage) {
                    if let Some(w) = cmd
                        .words
                        .iter()
                        .take_while(|w| cmd.argv().first().is_none_or(|a| a.span != w.span))
                        .find(|w| w.text == "sudo")
                    {
                        cx.report(doc.file, w.span, Sudo {}).help(SudoHelp {});
                    }
                }
            }
        }
    }
}
