use super::{dockerfiles, has_cache_or_tmpfs_mount, shipped_stages, tool};
use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;
use seaworthy_syntax::dockerfile::{Instruction, Keyword};

declare_rule! {
    /// ## What it does
    /// Reports a `RUN` that downloads the apt package lists (`apt-get update`) but does not remove
    /// `/var/lib/apt/lists/*` (or run `apt-get dist-clean`) in the same instruction, in a stage
    /// that ships (the final stage and the stages it is built `FROM`). A BuildKit cache or tmpfs
    /// mount on the apt directories keeps the lists out of the layer and counts as cleanup. An
    /// `apt-get install` in a `RUN` without its own `apt-get update` downloads no lists and is not
    /// reported.
    ///
    /// ## Why is this bad?
    /// The package index (tens of megabytes) is committed into the layer; deleting it in a later
    /// `RUN` does not shrink the image, because layers only add.
    ///
    /// ## Example
    /// ```dockerfile
    /// FROM debian:bookworm-slim
    /// RUN apt-get update && apt-get install -y --no-install-recommends curl
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
    /// - <https://docs.docker.com/build/cache/optimize/#use-cache-mounts>
    pub struct AptListsNotCleaned {
        code: "SW1008",
        name: "apt-lists-not-cleaned",
        family: Dockerfile,
        severity: Low,
        category: Performance,
        hadolint: ["DL3009"],
        summary: "apt package lists left in the layer",
    }
}

/// Does this `RUN` remove what `apt-get update` downloaded?
fn cleans_lists(ins: &Instruction) -> bool {
    if has_cache_or_tmpfs_mount(ins, &["/var/lib/apt", "/var/cache/apt"]) {
        return true;
    }
    let dist_clean = ins.command_list().iter().any(|c| {
        matches!(tool(c).as_deref(), Some("apt-get" | "apt"))
            && c.subcommand().is_some_and(|w| w.text == "dist-clean")
    });
    let removes = ins.command_list().iter().any(|c| {
        matches!(c.program(), Some("rm" | "find"))
            && c.argv()
                .iter()
                .any(|w| w.text.starts_with("/var/lib/apt/lists") || w.text == "/var/lib/apt")
    });
    dist_clean || removes
}

crate::message! {
    /// The `RUN` whose `update` leaves the lists behind.
    struct Lists<'a> = "apt-lists-not-cleaned" { prog: &'a str }
    struct ListsHelp = "apt-lists-not-cleaned-help" {}
}

impl AptListsNotCleaned {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for doc in dockerfiles(project) {
            let df = &doc.tree;
            let shipped = shipped_stages(project, doc);
            for stage in &df.stages {
                if !shipped.get(stage.index).copied().unwrap_or(false) {
                    continue;
                }
                for (_, ins) in df.stage_instructions(stage) {
                    if ins.keyword != Keyword::Run {
                        continue;
                    }
                    let Some(update) = ins.command_list().iter().find(|c| {
                        matches!(tool(c).as_deref(), Some("apt-get" | "apt"))
                            && c.subcommand().is_some_and(|w| w.text == "update")
                    }) else {
                        continue;
                    };
                    if cleans_lists(ins) {
                        continue;
                    }
                    let prog = tool(update).unwrap_or_default();
                    let at = update.subcommand().map(|w| w.span).unwrap_or(update.span);
                    cx.report(doc.file, at, Lists { prog: &prog })
                        .help(ListsHelp {});
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::findings;

    const CODE: &str = "SW1008";

    #[test]
    fn cleanup_forms() {
        for src in [
            "FROM debian:trixie\nRUN apt-get update && apt-get install -y curl && apt-get dist-clean\n",
            "FROM debian:trixie\nRUN --mount=type=tmpfs,target=/var/lib/apt/lists apt-get update && apt-get install -y curl\n",
            "FROM debian:trixie\nRUN --mount=type=cache,target=/var/lib/apt,sharing=locked apt-get update && apt-get install -y curl\n",
            "FROM debian:trixie\nRUN apt-get update \\\n && apt-get install -y curl \\\n && rm -rf /var/lib/apt/lists/*\n",
            "FROM debian:trixie\nRUN <<EOF\nset -e\napt-get update\napt-get install -y curl\nrm -rf /var/lib/apt/lists/*\nEOF\n",
        ] {
            assert_eq!(findings(src, CODE), 0, "{src}");
        }
        // `apt-get clean` empties the archives, not the lists
        assert_eq!(
            findings("FROM debian:trixie\nRUN apt-get update && apt-get install -y curl && apt-get clean\n", CODE),
            1
        );
    }

    #[test]
    fn install_without_update_downloads_no_lists() {
        let src = "FROM debian:trixie\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\nRUN apt-get install -y --no-install-recommends ./local.deb\n";
        assert_eq!(findings(src, CODE), 0);
        // the update alone still leaves its lists
        let src = "FROM debian:trixie\nRUN apt-get update\nRUN apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n";
        assert_eq!(findings(src, CODE), 1);
    }

    #[test]
    fn builder_stages_do_not_ship() {
        let src = "FROM debian:trixie AS build\nRUN apt-get update && apt-get install -y gcc\nFROM debian:trixie-slim\nCOPY --from=build /out /out\n";
        assert_eq!(findings(src, CODE), 0);
        // a stage the final one is built FROM ships
        let src = "FROM debian:trixie AS base\nRUN apt-get update && apt-get install -y curl\nFROM base\nCMD [\"curl\"]\n";
        assert_eq!(findings(src, CODE), 1);
    }
}
