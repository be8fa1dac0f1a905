use super::{dockerfiles, has_cache_mount, pkg_install, run_commands, stage_vars};
use crate::declare_rule;
use crate::diagnostic::{Edit, Fix};
use crate::project::Project;
use crate::rule::Checker;
use seaworthy_syntax::Span;

declare_rule! {
    /// ## What it does
    /// Reports `pip install` without `--no-cache-dir` in a stage that neither sets
    /// `PIP_NO_CACHE_DIR` nor mounts a BuildKit cache on pip's cache directory. Records a strength
    /// for cache mounts and `--no-cache-dir`.
    ///
    /// ## Why is this bad?
    /// pip keeps every downloaded wheel in `/root/.cache/pip`, which then ships in the layer:
    /// often 50–300 MB of dead weight. Seed audits s001 §7.1, s002.
    ///
    /// ## Example
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// RUN pip install -r requirements.txt
    /// ```
    ///
    /// ## Use instead
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// RUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt
    /// ```
    pub struct PipCacheNotDisabled {
        code: "SW1006",
        name: "pip-cache-not-disabled",
        family: Dockerfile,
        severity: Low,
        category: Performance,
        hadolint: ["DL3042"],
        summary: "`pip install` keeps its download cache in the image",
    }
}

impl PipCacheNotDisabled {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for doc in dockerfiles(project) {
            let df = &doc.tree;
            for stage in &df.stages {
                let env_off = stage_vars(df, stage).iter().any(|(k, v)| {
                    k == "PIP_NO_CACHE_DIR"
                        && v.as_deref().is_some_and(|v| {
                            !matches!(
                                v.to_ascii_lowercase().as_str(),
                                "0" | "false" | "off" | "no" | ""
                            )
                        })
                });
                for (_, ins, cmd) in run_commands(df, stage) {
                    let Some(pi) = pkg_install(cmd) else {
                        continue;
                    };
                    if pi.manager != "pip" {
                        continue;
                    }
                    if has_cache_mount(ins, &["/root/.cache", "/root/.cache/pip", "/tmp/pip-cache"])
                    {
                        cx.strength(
                            doc.file,
                            ins.keyword_span,
                            "BuildKit cache mount for pip: fast rebuilds, no cache in the layer",
                        );
                        continue;
                    }
                    if pi.has_option(&["--no-cache-dir", "--no-cache"]) {
                        cx.strength(
                            doc.file,
                            pi.verb.span,
                            "`pip install --no-cache-dir` keeps the pip cache out of the image",
                        );
                        continue;
                    }
                    if env_off {
                        continue;
                    }
                    let at = pi.verb.span.end as usize;
                    cx.report(doc.file, pi.verb.span, "`pip install` without `--no-cache-dir` leaves pip's download cache in this layer")
                        .help("add `--no-cache-dir`, set `ENV PIP_NO_CACHE_DIR=1`, or use `RUN --mount=type=cache,target=/root/.cache/pip`")
                        .fix(Fix::safe("add `--no-cache-dir`", vec![Edit { file: doc.file, span: Span::at(at), content: " --no-cache-dir".into() }]));
                }
            }
        }
    }
}
