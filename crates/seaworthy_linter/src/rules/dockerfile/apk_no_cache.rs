use super::{dockerfiles, has_cache_mount, pkg_install, run_commands};
use crate::declare_rule;
use crate::diagnostic::{Edit, Fix};
use crate::project::Project;
use crate::rule::Checker;
use seaworthy_syntax::Span;

declare_rule! {
    /// ## What it does
    /// Reports `apk add` without `--no-cache` (unless `/var/cache/apk` is a BuildKit cache mount
    /// or the same `RUN` removes the cache).
    ///
    /// ## Why is this bad?
    /// The APK index and downloaded packages stay in the layer; on an Alpine image that is a
    /// large share of the whole image. Seed audit s001 §7.1.
    ///
    /// ## Example
    /// ```dockerfile
    /// FROM alpine:3.22
    /// RUN apk add curl
    /// ```
    ///
    /// ## Use instead
    /// ```dockerfile
    /// FROM alpine:3.22
    /// RUN apk add --no-cache curl
    /// ```
    pub struct ApkNoCache {
        code: "SW1010",
        name: "apk-no-cache",
        family: Dockerfile,
        severity: Low,
        category: Performance,
        hadolint: ["DL3019"],
        summary: "`apk add` without `--no-cache`",
    }
}

impl ApkNoCache {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for doc in dockerfiles(project) {
            let df = &doc.tree;
            for stage in &df.stages {
                for (_, ins, cmd) in run_commands(df, stage) {
                    let Some(pi) = pkg_install(cmd) else {
                        continue;
                    };
                    if pi.manager != "apk"
                        || pi.has_option(&["--no-cache"])
                        || has_cache_mount(ins, &["/var/cache/apk", "/etc/apk/cache"])
                    {
                        continue;
                    }
                    if ins.args.text.contains("/var/cache/apk") && ins.args.text.contains("rm ") {
                        continue;
                    }
                    cx.report(doc.file, pi.verb.span, "`apk add` without `--no-cache` leaves the package index and downloads in the layer")
                        .help("use `apk add --no-cache ...`")
                        .fix(Fix::safe("add `--no-cache`", vec![Edit { file: doc.file, span: Span::at(pi.verb.span.end as usize), content: " --no-cache".into() }]));
                }
            }
        }
    }
}
