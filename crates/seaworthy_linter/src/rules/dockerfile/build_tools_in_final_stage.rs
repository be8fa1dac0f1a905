use super::{dockerfiles, is_dev_stage, is_final, pkg_install, run_commands};
use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Finds compilers and development packages (`gcc`, `g++`, `make`, `build-essential`,
    /// `build-base`, `*-dev`/`*-devel` headers, `git`) installed in the final stage of a
    /// Dockerfile. Records a strength for multi-stage builds whose build tools stay in a builder
    /// stage.
    ///
    /// ## Why is this bad?
    /// The runtime image carries hundreds of megabytes it never uses and a compiler an attacker
    /// can use after a breach. Build in a builder stage and copy only the results (wheels, a
    /// virtualenv, a binary) into a clean final stage.
    ///
    /// ## Example
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// RUN apt-get update && apt-get install -y --no-install-recommends gcc libpq-dev \
    ///     && rm -rf /var/lib/apt/lists/*
    /// ```
    ///
    /// ## Use instead
    /// ```dockerfile
    /// FROM python:3.12-slim AS build
    /// RUN apt-get update && apt-get install -y --no-install-recommends gcc libpq-dev \
    ///     && rm -rf /var/lib/apt/lists/*
    /// COPY requirements.txt .
    /// RUN pip wheel --wheel-dir /wheels -r requirements.txt
    ///
    /// FROM python:3.12-slim
    /// RUN apt-get update && apt-get install -y --no-install-recommends libpq5 \
    ///     && rm -rf /var/lib/apt/lists/*
    /// COPY --from=build /wheels /wheels
    /// RUN pip install --no-cache-dir /wheels/*
    /// ```
    ///
    /// ## References
    /// - <https://docs.docker.com/build/building/multi-stage/>
    pub struct BuildToolsInFinalStage {
        code: "SW1005",
        name: "build-tools-in-final-stage",
        family: Dockerfile,
        severity: Medium,
        category: Performance,
        summary: "Compilers or -dev packages left in the final image",
    }
}

pub fn is_build_tool(pkg: &str) -> bool {
    let p = pkg.split(['=', ':']).next().unwrap_or(pkg);
    matches!(
        p,
        "gcc"
            | "g++"
            | "clang"
            | "make"
            | "cmake"
            | "build-essential"
            | "build-base"
            | "musl-dev"
            | "autoconf"
            | "automake"
            | "libtool"
            | "cargo"
            | "rustc"
            | "gfortran"
    ) || p.ends_with("-dev") && !p.starts_with("python3-venv")
        || p.ends_with("-devel")
        || p.starts_with("gcc-") && p[4..].chars().all(|c| c.is_ascii_digit())
}

crate::message! {
    /// Build tools in the image that runs (`single`: a single-stage build; `tools`: the
    /// packages, comma-separated).
    struct Tools<'a> = "build-tools-in-final-stage" { single: bool, tools: &'a str }
    struct ToolsHelpSingle = "build-tools-in-final-stage-help-single" {}
    struct ToolsHelp = "build-tools-in-final-stage-help" {}
    struct MultiStage = "build-tools-in-final-stage-strength" {}
}

impl BuildToolsInFinalStage {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for doc in dockerfiles(project) {
            let df = &doc.tree;
            if df.stages.len() > 1 {
                if let Some(last) = df.final_stage() {
                    let builder_has_tools =
                        df.stages.iter().filter(|s| s.index != last.index).any(|s| {
                            run_commands(df, s).iter().any(|(_, _, c)| {
                                pkg_install(c).is_some_and(|pi| {
                                    pi.manager != "pip"
                                        && pi.packages.iter().any(|p| is_build_tool(&p.text))
                                })
                            })
                        });
                    let copies_from_stage = df
                        .stage_instructions(last)
                        .any(|(_, i)| i.flag("from").is_some());
                    if copies_from_stage || builder_has_tools {
                        cx.strength(doc.file, last.base.span, MultiStage {});
                    }
                }
            }
            let Some(stage) = df.final_stage() else {
                continue;
            };
            if !is_final(df, stage) || is_dev_stage(stage) {
                continue;
            }
            // packages removed later in the same RUN (`apt-get purge`/`apk del`) do not stay
            for (_, ins, cmd) in run_commands(df, stage) {
                let Some(pi) = pkg_install(cmd) else {
                    continue;
                };
                if pi.manager == "pip" {
                    continue;
                }
                let tools: Vec<&str> = pi
                    .packages
                    .iter()
                    .map(|p| p.text.as_str())
                    .filter(|p| is_build_tool(p))
                    .collect();
                if tools.is_empty() {
                    continue;
                }
                let removed_later = ins.command_list().iter().any(|c| {
                    let a = c.argv();
                    a.first().is_some_and(|w| {
                        matches!(w.text.as_str(), "apt-get" | "apt" | "apk" | "yum" | "dnf")
                    }) && a.iter().any(|w| {
                        matches!(w.text.as_str(), "purge" | "remove" | "del" | "autoremove")
                    }) && (a.iter().any(|w| tools.contains(&w.text.as_str()))
                        || a.iter().any(|w| {
                            w.text.starts_with('$')
                                || w.text == ".build-deps"
                                || w.text.contains("build-deps")
                        }))
                });
                let virtual_pkg = pi.has_option(&["--virtual", "-t"]);
                if removed_later
                    || virtual_pkg
                        && ins
                            .command_list()
                            .iter()
                            .any(|c| c.argv().iter().any(|w| w.text == "del"))
                {
                    continue;
                }
                let single = df.stages.len() == 1;
                let first = pi
                    .packages
                    .iter()
                    .find(|p| is_build_tool(&p.text))
                    .map(|p| p.span)
                    .unwrap_or(pi.verb.span);
                let f = cx.report(
                    doc.file,
                    first,
                    Tools {
                        single,
                        tools: &tools.join(", "),
                    },
                );
                if single {
                    f.help(ToolsHelpSingle {});
                } else {
                    f.help(ToolsHelp {});
                }
            }
        }
    }
}

#[cfg(test)]
mod english {
    use super::*;
    use crate::message::Message;

    /// The catalogue renders the English the rule said before its messages became data.
    #[test]
    fn variants_read_as_before() {
        let single: Message = Tools {
            single: true,
            tools: "gcc, make",
        }
        .into();
        assert_eq!(
            single.as_str(),
            "this single-stage build installs build tools into the image that runs: gcc, make"
        );
        let last: Message = Tools {
            single: false,
            tools: "gcc",
        }
        .into();
        assert_eq!(
            last.as_str(),
            "the final stage installs build tools into the image that runs: gcc"
        );
        let s: Message = MultiStage {}.into();
        assert_eq!(
            s.as_str(),
            "multi-stage build: the final image starts clean and copies only build results"
        );
    }
}
