use super::{dockerfiles, pkg_install, run_commands, stage_vars};
use crate::declare_rule;
use crate::diagnostic::{Edit, Fix};
use crate::project::Project;
use crate::rule::Checker;
use seaworthy_syntax::Span;

declare_rule! {
    /// ## What it does
    /// Reports `apt-get install` without `--no-install-recommends` (or the equivalent
    /// `-o APT::Install-Recommends=false`).
    ///
    /// ## Why is this bad?
    /// Debian installs "recommended" packages by default: documentation, extra tools and
    /// libraries the service never uses, often doubling the size of the layer and the number of
    /// packages to patch. Seed audits s001 §7.1, s002.
    ///
    /// ## Example
    /// ```dockerfile
    /// FROM debian:bookworm-slim
    /// RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*
    /// ```
    ///
    /// ## Use instead
    /// ```dockerfile
    /// FROM debian:bookworm-slim
    /// RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
    /// ```
    pub struct AptNoInstallRecommends {
        code: "SW1007",
        name: "apt-no-install-recommends",
        family: Dockerfile,
        severity: Low,
        category: Performance,
        hadolint: ["DL3015"],
        summary: "`apt-get install` without `--no-install-recommends`",
    }
}

impl AptNoInstallRecommends {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for doc in dockerfiles(project) {
            let df = &doc.tree;
            let global_off = df.instructions.iter().any(|i| {
                i.args.text.contains("APT::Install-Recommends") && i.args.text.contains("\"0\"")
                    || i.args.text.contains("Install-Recommends \"false\"")
            });
            for stage in &df.stages {
                let _ = stage_vars(df, stage);
                for (_, _, cmd) in run_commands(df, stage) {
                    let Some(pi) = pkg_install(cmd) else {
                        continue;
                    };
                    if !matches!(pi.manager.as_str(), "apt-get" | "apt")
                        || pi.packages.is_empty()
                        || global_off
                    {
                        continue;
                    }
                    let off = pi.has_option(&["--no-install-recommends"])
                        || cmd.words.iter().any(|w| {
                            w.text.contains("Install-Recommends=false")
                                || w.text.contains("Install-Recommends=0")
                        });
                    if off {
                        continue;
                    }
                    cx.report(doc.file, pi.verb.span, "`apt-get install` without `--no-install-recommends` pulls in packages nobody asked for")
                        .help("add `--no-install-recommends` (and install explicitly what is really needed)")
                        .fix(Fix::unsafe_("add `--no-install-recommends`", vec![Edit { file: doc.file, span: Span::at(pi.verb.span.end as usize), content: " --no-install-recommends".into() }]));
                }
            }
        }
    }
}
