use super::{dockerfiles, has_cache_mount, pkg_install, run_commands};
use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports a `RUN` that runs `apt-get update`/`install` but does not remove
    /// `/var/lib/apt/lists/*` in the same instruction (unless the apt directories are BuildKit
    /// cache mounts).
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

impl AptListsNotCleaned {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for doc in dockerfiles(project) {
            let df = &doc.tree;
            for stage in &df.stages {
                let mut reported = std::collections::BTreeSet::new();
                for (idx, ins, cmd) in run_commands(df, stage) {
                    let Some(pi) = pkg_install(cmd) else {
                        continue;
                    };
                    if !matches!(pi.manager.as_str(), "apt-get" | "apt") || reported.contains(&idx)
                    {
                        continue;
                    }
                    if has_cache_mount(ins, &["/var/lib/apt", "/var/cache/apt"]) {
                        continue;
                    }
                    let text = ins.args.text.as_str();
                    let body: String = ins.heredocs.iter().map(|h| h.body.as_str()).collect();
                    let cleaned = [text, body.as_str()].iter().any(|t| {
                        t.contains("/var/lib/apt/lists")
                            && (t.contains("rm ") || t.contains("rm\t"))
                    });
                    if cleaned {
                        continue;
                    }
                    reported.insert(idx);
                    cx.report(doc.file, pi.verb.span, "apt package lists stay in this layer: the `RUN` does not remove `/var/lib/apt/lists/*`")
                        .help("end the same `RUN` with `&& rm -rf /var/lib/apt/lists/*`, or mount `/var/lib/apt` and `/var/cache/apt` as caches");
                }
            }
        }
    }
}
