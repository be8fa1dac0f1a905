use super::{dockerfiles, is_dynamic};
use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;
use seaworthy_syntax::dockerfile::Keyword;
use seaworthy_syntax::image::ImageRef;

declare_rule! {
    /// ## What it does
    /// Reports `COPY --from=<image>` of an external image (not a build stage) without a version
    /// tag or digest, e.g. `COPY --from=ghcr.io/astral-sh/uv:latest /uv /bin/uv`.
    ///
    /// ## Why is this bad?
    /// The copied binary changes whenever the upstream `latest` moves: a new `uv` or `docker`
    /// release lands in your image without a commit, and an old build cannot be reproduced.
    ///
    /// ## Example
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// COPY --from=ghcr.io/astral-sh/uv:latest /uv /bin/uv
    /// ```
    ///
    /// ## Use instead
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// COPY --from=ghcr.io/astral-sh/uv:0.9.5 /uv /bin/uv
    /// ```
    ///
    /// ## References
    /// - <https://docs.docker.com/reference/dockerfile/#copy---from>
    /// - <https://docs.docker.com/build/building/best-practices/#pin-base-image-versions>
    pub struct CopyFromUnpinnedImage {
        code: "SW1004",
        name: "copy-from-unpinned-image",
        family: Dockerfile,
        severity: Medium,
        category: Reliability,
        summary: "`COPY --from` an external image without a version",
    }
}

crate::message! {
    /// `--from=` an unpinned image (`name`: the reference without its tag or digest).
    struct Unpinned<'a> = "copy-from-unpinned-image" { from: &'a str }
    struct UnpinnedHelp<'a> = "copy-from-unpinned-image-help" { name: &'a str }
}

impl CopyFromUnpinnedImage {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for doc in dockerfiles(project) {
            let df = &doc.tree;
            for (idx, ins) in df.instructions.iter().enumerate() {
                if !matches!(ins.keyword, Keyword::Copy | Keyword::Add) {
                    continue;
                }
                let Some(flag) = ins.flag("from") else {
                    continue;
                };
                let Some(from) = flag.value.as_deref() else {
                    continue;
                };
                if is_dynamic(from) || df.is_stage_ref(from, idx) || from.parse::<usize>().is_ok() {
                    continue;
                }
                // a name without registry/tag that matches a later stage is a different mistake
                if df.stage_by_name(from).is_some() {
                    continue;
                }
                // a bare word that is no stage is more likely a mistyped stage (copy-from-unknown-stage)
                if !from.contains(['/', ':', '.', '@']) && !looks_like_image(from) {
                    continue;
                }
                let img = ImageRef::parse(from);
                if !img.is_pinned() {
                    cx.report(doc.file, flag.span, Unpinned { from })
                        .help(UnpinnedHelp {
                            name: from
                                .split('@')
                                .next()
                                .unwrap_or(from)
                                .rsplit_once(':')
                                .filter(|(_, t)| !t.contains('/'))
                                .map(|(b, _)| b)
                                .unwrap_or(from),
                        });
                }
            }
        }
    }
}

/// Well-known images copied from without a namespace (`--from=nginx`, `--from=docker`).
fn looks_like_image(s: &str) -> bool {
    matches!(
        s,
        "nginx"
            | "docker"
            | "alpine"
            | "busybox"
            | "node"
            | "python"
            | "golang"
            | "composer"
            | "debian"
            | "ubuntu"
    )
}
