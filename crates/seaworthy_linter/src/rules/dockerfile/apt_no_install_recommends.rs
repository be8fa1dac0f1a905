use super::{dockerfiles, option_insertion, pkg_install, run_commands, shipped_stages};
use crate::declare_rule;
use crate::diagnostic::{Edit, Fix};
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports `apt-get install` without `--no-install-recommends` (or the equivalent
    /// `-o APT::Install-Recommends=false`, or an apt configuration file turning recommends off)
    /// in a stage that ships (the final stage and the stages it is built `FROM`).
    ///
    /// ## Why is this bad?
    /// Debian installs "recommended" packages by default: documentation, extra tools and
    /// libraries the service never uses, often doubling the size of the layer and the number of
    /// packages to patch. A builder stage that is only copied from never ships its packages.
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
    ///
    /// ## References
    /// - <https://docs.docker.com/build/building/best-practices/#apt-get>
    /// - <https://manpages.debian.org/apt-get.8>
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

crate::message! {
    /// What the automatic fix does.
    struct AutoFix = "apt-no-install-recommends-autofix" {}
    /// An install that pulls in recommended packages.
    struct Recommends<'a> = "apt-no-install-recommends" { manager: &'a str }
    struct RecommendsHelp = "apt-no-install-recommends-help" {}
}

impl AptNoInstallRecommends {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for doc in dockerfiles(project) {
            let df = &doc.tree;
            let global_off = df.instructions.iter().any(|i| {
                i.args.text.contains("APT::Install-Recommends") && i.args.text.contains("\"0\"")
                    || i.args.text.contains("Install-Recommends \"false\"")
            });
            let text = &project.file(doc.file).text;
            let shipped = shipped_stages(project, doc);
            for stage in &df.stages {
                if !shipped.get(stage.index).copied().unwrap_or(false) {
                    continue;
                }
                for (_, ins, cmd) in run_commands(df, stage) {
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
                    let f = cx.report(
                        doc.file,
                        pi.verb.span,
                        Recommends {
                            manager: &pi.manager,
                        },
                    );
                    f.help(RecommendsHelp {});
                    if let Some((span, content)) =
                        option_insertion(text, ins, pi.verb, "--no-install-recommends")
                    {
                        f.fix(Fix::unsafe_(
                            AutoFix {},
                            vec![Edit {
                                file: doc.file,
                                span,
                                content,
                            }],
                        ));
                    }
                }
            }
        }
    }
}
