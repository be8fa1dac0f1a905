use super::{dockerfiles, run_commands};
use crate::declare_rule;
use crate::diagnostic::{Edit, Fix};
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports `apt` (the interactive front end) used in a `RUN` instead of `apt-get`.
    ///
    /// ## Why is this bad?
    /// `apt` has no stable command-line interface ("WARNING: apt does not have a stable CLI
    /// interface. Use with caution in scripts."): its output and behaviour may change between
    /// releases, which breaks builds.
    ///
    /// ## Example
    /// ```dockerfile
    /// FROM debian:bookworm-slim
    /// RUN apt update && apt install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
    /// ```
    ///
    /// ## Use instead
    /// ```dockerfile
    /// FROM debian:bookworm-slim
    /// RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
    /// ```
    pub struct AptInsteadOfAptGet {
        code: "SW1011",
        name: "apt-instead-of-apt-get",
        family: Dockerfile,
        severity: Low,
        category: Maintainability,
        hadolint: ["DL3027"],
        summary: "`apt` used in a script instead of `apt-get`",
    }
}

impl AptInsteadOfAptGet {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for doc in dockerfiles(project) {
            let df = &doc.tree;
            for stage in &df.stages {
                for (_, _, cmd) in run_commands(df, stage) {
                    let Some(first) = cmd.argv().first() else {
                        continue;
                    };
                    if first.text != "apt" {
                        continue;
                    }
                    let text = &project.file(doc.file).text;
                    let exact = first.span.slice(text) == "apt";
                    let f = cx.report(
                        doc.file,
                        first.span,
                        "`apt` has no stable CLI for scripts; use `apt-get`",
                    );
                    f.help("replace `apt` with `apt-get`");
                    if exact {
                        f.fix(Fix::safe(
                            "use `apt-get`",
                            vec![Edit {
                                file: doc.file,
                                span: first.span,
                                content: "apt-get".into(),
                            }],
                        ));
                    }
                }
            }
        }
    }
}
