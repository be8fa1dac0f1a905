use super::{dockerfiles, is_dynamic};
use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports `FROM` images without a tag or with `latest` (stage references, `scratch`, and
    /// images built from an `ARG` that cannot be resolved are skipped). Records a strength when every
    /// external base image is pinned to a version or a digest.
    ///
    /// ## Why is this bad?
    /// `latest` moves: the same Dockerfile builds a different image next week, with a new major
    /// version of the runtime or the distribution, and a rollback rebuilds something else. Builds
    /// stop being reproducible and breakages arrive without a code change.
    ///
    /// ## Example
    /// ```dockerfile
    /// FROM python
    /// ```
    ///
    /// ## Use instead
    /// ```dockerfile
    /// FROM python:3.12-slim-bookworm
    /// ```
    ///
    /// ## References
    /// - <https://docs.docker.com/build/building/best-practices/#pin-base-image-versions>
    /// - <https://docs.docker.com/reference/dockerfile/#from>
    pub struct BaseImageUnpinned {
        code: "SW1001",
        name: "base-image-unpinned",
        family: Dockerfile,
        severity: Medium,
        category: Reliability,
        hadolint: ["DL3006", "DL3007"],
        summary: "Base image without a tag or with `latest`",
    }
}

crate::message! {
    /// An unpinned base image (`latest`: `true` when the tag is written, `false` when there is none).
    struct Unpinned<'a> = "base-image-unpinned" { image: &'a str, latest: bool }
    struct UnpinnedHelp<'a> = "base-image-unpinned-help" { name: &'a str }
    struct Pinned = "base-image-unpinned-strength" {}
}

impl BaseImageUnpinned {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for doc in dockerfiles(project) {
            let df = &doc.tree;
            let mut external = 0;
            let mut all_pinned = true;
            for stage in &df.stages {
                if df.is_stage_ref(&stage.base_resolved, stage.from)
                    || is_dynamic(&stage.base_resolved)
                {
                    continue;
                }
                let img = stage.image();
                if img.is_scratch() || img.name.is_empty() {
                    continue;
                }
                external += 1;
                if img.is_pinned() {
                    continue;
                }
                all_pinned = false;
                cx.report(
                    doc.file,
                    stage.base.span,
                    Unpinned {
                        image: &stage.base_resolved,
                        latest: img.tag.as_deref() == Some("latest"),
                    },
                )
                .help(UnpinnedHelp { name: &img.name });
            }
            if external > 0 && all_pinned {
                if let Some(s) = df.stages.first() {
                    cx.strength(doc.file, s.base.span, Pinned {});
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
        let latest: Message = Unpinned {
            image: "nginx:latest",
            latest: true,
        }
        .into();
        assert_eq!(latest.as_str(), "base image `nginx:latest` uses `latest`");
        let none: Message = Unpinned {
            image: "nginx",
            latest: false,
        }
        .into();
        assert_eq!(
            none.as_str(),
            "base image `nginx` uses no tag (so `latest`)"
        );
        let s: Message = Pinned {}.into();
        assert_eq!(s.as_str(), "base images are pinned to versions");
    }
}
