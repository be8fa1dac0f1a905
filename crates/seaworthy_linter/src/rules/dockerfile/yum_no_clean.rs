use super::{dockerfiles, has_cache_or_tmpfs_mount, is_rpm_manager, pkg_install, shipped_stages};
use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;
use seaworthy_syntax::dockerfile::{Instruction, Keyword};

declare_rule! {
    /// ## What it does
    /// Reports `yum`/`dnf`/`dnf5`/`microdnf`/`tdnf install` in a `RUN` that does not end with
    /// `<manager> clean all` or remove the cache directory, in a stage that ships (the final stage
    /// and the stages it is built `FROM`). A BuildKit cache or tmpfs mount on the cache directory
    /// counts as cleanup.
    ///
    /// ## Why is this bad?
    /// The package metadata and cache (often 100 MB or more on RHEL-family images) stay in the
    /// layer forever. A builder stage that is only copied from never ships it.
    ///
    /// ## Example
    /// ```dockerfile
    /// FROM rockylinux:9
    /// RUN dnf install -y python3
    /// ```
    ///
    /// ## Use instead
    /// ```dockerfile
    /// FROM rockylinux:9
    /// RUN dnf install -y python3 && dnf clean all
    /// ```
    ///
    /// ## References
    /// - <https://dnf.readthedocs.io/en/latest/command_ref.html#clean-command>
    /// - <https://docs.docker.com/build/cache/optimize/#use-cache-mounts>
    pub struct YumNoClean {
        code: "SW1012",
        name: "yum-no-clean",
        family: Dockerfile,
        severity: Low,
        category: Performance,
        hadolint: ["DL3032", "DL3040"],
        summary: "yum/dnf cache left in the layer",
    }
}

const CACHE_DIRS: &[&str] = &[
    "/var/cache/yum",
    "/var/cache/dnf",
    "/var/cache/libdnf5",
    "/var/cache/tdnf",
];

fn cleans(ins: &Instruction) -> bool {
    has_cache_or_tmpfs_mount(ins, CACHE_DIRS)
        || ins.command_list().iter().any(|c| {
            let argv = c.argv();
            let prog = c.program().unwrap_or("");
            // `clean packages` alone leaves the metadata, the larger part
            let has = |x: &str| argv.iter().any(|w| w.text == x);
            (is_rpm_manager(prog)
                && has("clean")
                && (has("all") || (has("packages") && has("metadata"))))
                || (prog == "rm"
                    && argv
                        .iter()
                        .any(|w| CACHE_DIRS.iter().any(|d| w.text.starts_with(d))))
        })
}

crate::message! {
    /// An RPM-family install without `clean all`.
    struct NoClean<'a> = "yum-no-clean" { manager: &'a str }
    struct NoCleanHelp<'a> = "yum-no-clean-help" { manager: &'a str }
}

impl YumNoClean {
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
                    let Some(pi) = ins
                        .command_list()
                        .iter()
                        .filter_map(pkg_install)
                        .find(|pi| is_rpm_manager(&pi.manager))
                    else {
                        continue;
                    };
                    if cleans(ins) {
                        continue;
                    }
                    cx.report(
                        doc.file,
                        pi.verb.span,
                        NoClean {
                            manager: &pi.manager,
                        },
                    )
                    .help(NoCleanHelp {
                        manager: &pi.manager,
                    });
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::findings;

    const CODE: &str = "SW1012";

    #[test]
    fn dnf_aliases() {
        for m in ["microdnf", "dnf5", "yum", "tdnf"] {
            let src = format!(
                "FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN {m} install -y python3\n"
            );
            assert_eq!(findings(&src, CODE), 1, "{m}");
            let src = format!("FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN {m} install -y python3 && {m} clean all\n");
            assert_eq!(findings(&src, CODE), 0, "{m}");
        }
        let src = "FROM fedora:42\nRUN --mount=type=cache,target=/var/cache/libdnf5 dnf5 install -y gcc\nRUN dnf install -y git && rm -rf /var/cache/dnf\n";
        assert_eq!(findings(src, CODE), 0);
    }
}
