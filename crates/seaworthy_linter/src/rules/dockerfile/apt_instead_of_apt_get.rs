use super::{dockerfiles, run_commands};
use crate::declare_rule;
use crate::diagnostic::{Edit, Fix};
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports `apt` (the interactive front end) used in a `RUN` instead of `apt-get` or
    /// `apt-cache`. The fix rewrites only the subcommands that mean the same under the script
    /// front end (`install`, `update`, `remove`... to `apt-get`; `show`, `search`, `policy`... to
    /// `apt-cache`); `apt list` and `apt upgrade` (which also installs new dependencies) have no
    /// exact equivalent and are left for a person to rewrite.
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
    ///
    /// ## References
    /// - <https://manpages.debian.org/apt.8>
    /// - <https://manpages.debian.org/apt-get.8>
    /// - <https://manpages.debian.org/apt-cache.8>
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

/// The script front end that does what `apt <sub>` does, when there is one.
fn replacement(sub: &str) -> Option<&'static str> {
    match sub {
        "install" | "update" | "remove" | "purge" | "autoremove" | "clean" | "autoclean"
        | "source" | "build-dep" | "download" | "changelog" | "dist-upgrade" => Some("apt-get"),
        "show" | "search" | "policy" | "depends" | "rdepends" | "showsrc" | "showpkg" => {
            Some("apt-cache")
        }
        _ => None,
    }
}

crate::message! {
    /// What the automatic fix does.
    struct AutoFix<'a> = "apt-instead-of-apt-get-autofix" { tool: &'a str }
    /// `apt` in a script.
    struct Apt = "apt-instead-of-apt-get" {}
    /// The `apt-get`/`apt-cache` command that does the same.
    struct AptHelp<'a> = "apt-instead-of-apt-get-help" { sub: &'a str, tool: &'a str }
    /// A subcommand with no exact equivalent.
    struct AptHelpRewrite<'a> = "apt-instead-of-apt-get-help-rewrite" { sub: &'a str }
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
                    let sub = cmd.subcommand().map(|w| w.text.as_str()).unwrap_or("");
                    let target = replacement(sub);
                    let f = cx.report(doc.file, first.span, Apt {});
                    match target {
                        Some(t) => f.help(AptHelp { sub, tool: t }),
                        None => f.help(AptHelpRewrite { sub }),
                    };
                    if let (true, Some(t)) = (exact, target) {
                        f.fix(Fix::safe(
                            AutoFix { tool: t },
                            vec![Edit {
                                file: doc.file,
                                span: first.span,
                                content: t.into(),
                            }],
                        ));
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{findings, fixed};

    const CODE: &str = "SW1011";

    #[test]
    fn only_equivalent_subcommands_are_rewritten() {
        let src = "FROM debian:trixie\nRUN apt update && apt install -y curl && apt list --installed && apt show curl && apt upgrade -y\n";
        assert_eq!(findings(src, CODE), 5);
        assert_eq!(
            fixed(src, CODE),
            "FROM debian:trixie\nRUN apt-get update && apt-get install -y curl && apt list --installed && apt-cache show curl && apt upgrade -y\n"
        );
    }
}
