use super::{dockerfiles, run_commands, tool};
use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;
use seaworthy_syntax::dockerfile::Keyword;

declare_rule! {
    /// ## What it does
    /// Reports `apt-get update` (or `apk update`, `yum makecache`) in a `RUN` that installs
    /// nothing, when a later `RUN` installs packages.
    ///
    /// ## Why is this bad?
    /// The update is cached as its own layer: when the install line changes weeks later, Docker
    /// reuses the stale index and `apt-get install` fails with 404s or installs outdated packages.
    /// Update and install belong in the same `RUN`.
    ///
    /// ## Example
    /// ```dockerfile
    /// FROM debian:bookworm-slim
    /// RUN apt-get update
    /// RUN apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
    /// ```
    ///
    /// ## Use instead
    /// ```dockerfile
    /// FROM debian:bookworm-slim
    /// RUN apt-get update && apt-get install -y --no-install-recommends curl \
    ///     && rm -rf /var/lib/apt/lists/*
    /// ```
    ///
    /// ## References
    /// - <https://docs.docker.com/build/building/best-practices/#apt-get>
    pub struct AptGetUpdateAlone {
        code: "SW1009",
        name: "apt-get-update-alone",
        family: Dockerfile,
        severity: Medium,
        category: Reliability,
        summary: "Package index update in its own cached layer",
    }
}

fn is_update(cmd: &seaworthy_syntax::shell::SimpleCommand) -> bool {
    let t = tool(cmd);
    let sub = cmd.subcommand().map(|w| w.text.as_str());
    match (t.as_deref(), sub) {
        (Some("apt-get" | "apt" | "apk"), Some("update")) => true,
        (Some(m), Some("makecache")) => super::is_rpm_manager(m),
        _ => false,
    }
}

fn is_install(cmd: &seaworthy_syntax::shell::SimpleCommand) -> bool {
    super::pkg_install(cmd).is_some_and(|p| p.manager != "pip")
}

crate::message! {
    /// An index update in a `RUN` of its own.
    struct Alone = "apt-get-update-alone" {}
    struct AloneHelp = "apt-get-update-alone-help" {}
}

impl AptGetUpdateAlone {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for doc in dockerfiles(project) {
            let df = &doc.tree;
            for stage in &df.stages {
                let cmds = run_commands(df, stage);
                // instructions that install, and the last one of them: one pass, not one per update
                let installing: std::collections::BTreeSet<usize> = cmds
                    .iter()
                    .filter(|(_, _, c)| is_install(c))
                    .map(|(i, _, _)| *i)
                    .collect();
                let Some(&last_install) = installing.iter().next_back() else {
                    continue;
                };
                for (idx, ins, cmd) in &cmds {
                    if !is_update(cmd) {
                        continue;
                    }
                    let same_run_installs = installing.contains(idx);
                    let later_installs = last_install > *idx;
                    if !same_run_installs && later_installs && ins.keyword == Keyword::Run {
                        cx.report(doc.file, cmd.span, Alone {}).help(AloneHelp {});
                    }
                }
            }
        }
    }
}
