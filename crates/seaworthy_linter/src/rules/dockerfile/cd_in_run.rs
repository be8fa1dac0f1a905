use super::{dockerfiles, run_commands};
use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports `cd <dir> && ...` at the start of a `RUN` when the directory change is meant for
    /// the rest of the build (an absolute path, no `cd -` back). `cd` inside a subshell or to a
    /// temporary directory that is removed afterwards is fine.
    ///
    /// ## Why is this bad?
    /// The change lasts for one `RUN` only, which is easy to forget two instructions later;
    /// `WORKDIR` states where the build happens and survives across instructions.
    ///
    /// ## Example
    /// ```dockerfile
    /// FROM node:22-slim
    /// RUN cd /app && npm ci
    /// ```
    ///
    /// ## Use instead
    /// ```dockerfile
    /// FROM node:22-slim
    /// WORKDIR /app
    /// RUN npm ci
    /// ```
    ///
    /// ## References
    /// - <https://docs.docker.com/build/building/best-practices/#workdir>
    /// - <https://docs.docker.com/reference/dockerfile/#workdir>
    pub struct CdInRun {
        code: "SW1022",
        name: "cd-in-run",
        family: Dockerfile,
        severity: Info,
        category: Maintainability,
        hadolint: ["DL3003"],
        summary: "`cd` in RUN instead of WORKDIR",
    }
}

crate::message! {
    /// `cd <dir>` at the start of a `RUN`.
    struct Cd<'a> = "cd-in-run" { dir: &'a str }
    struct CdHelp<'a> = "cd-in-run-help" { dir: &'a str }
}

impl CdInRun {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for doc in dockerfiles(project) {
            let df = &doc.tree;
            for stage in &df.stages {
                let mut seen = std::collections::BTreeSet::new();
                for (idx, ins, cmd) in run_commands(df, stage) {
                    if seen.contains(&idx) || cmd.prev.is_some() {
                        continue;
                    }
                    let argv = cmd.argv();
                    if argv.first().is_none_or(|w| w.text != "cd") {
                        continue;
                    }
                    let Some(dir) = argv.get(1) else { continue };
                    let d = dir.text.as_str();
                    if !d.starts_with('/')
                        || d.starts_with("/tmp")
                        || d.contains('$')
                        || ins.args.text.contains("rm -rf") && ins.args.text.contains(d)
                    {
                        continue;
                    }
                    seen.insert(idx);
                    cx.report(doc.file, cmd.span, Cd { dir: d })
                        .help(CdHelp { dir: d });
                }
            }
        }
    }
}
