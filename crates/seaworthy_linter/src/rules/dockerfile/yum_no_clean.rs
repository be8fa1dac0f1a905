use super::{dockerfiles, has_cache_mount, pkg_install, run_commands};
use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports `yum`/`dnf`/`microdnf install` in a `RUN` that does not end with `yum clean all`
    /// (`dnf clean all`) or remove the cache directory.
    ///
    /// ## Why is this bad?
    /// The package metadata and cache (often 100 MB or more on RHEL-family images) stay in the
    /// layer forever.
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
    pub struct YumNoClean {
        code: "SW1012",
        name: "yum-no-clean",
        family: Dockerfile,
        severity: Low,
        category: Performance,
        hadolint: ["DL3032", "DL3040", "DL3041"],
        summary: "yum/dnf cache left in the layer",
    }
}

impl YumNoClean {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for doc in dockerfiles(project) {
            let df = &doc.tree;
            for stage in &df.stages {
                for (_, ins, cmd) in run_commands(df, stage) {
                    let Some(pi) = pkg_install(cmd) else {
                        continue;
                    };
                    if !matches!(pi.manager.as_str(), "yum" | "dnf" | "microdnf")
                        || has_cache_mount(ins, &["/var/cache/yum", "/var/cache/dnf"])
                    {
                        continue;
                    }
                    let t = &ins.args.text;
                    if t.contains("clean all")
                        || t.contains("/var/cache/yum")
                        || t.contains("/var/cache/dnf")
                    {
                        continue;
                    }
                    cx.report(doc.file, pi.verb.span, format!("`{} install` without `{} clean all` leaves the package cache in the layer", pi.manager, pi.manager))
                        .help(format!("end the same `RUN` with `&& {} clean all`", pi.manager));
                }
            }
        }
    }
}
