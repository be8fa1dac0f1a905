use super::helpers::{is_package_location, BUILD_OUTPUT_DIRS};
use crate::declare_rule;
use crate::meta::Confidence;
use crate::project::image::ImageBuild;
use crate::project::layout::{Found, WriteKind};
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Checks every `COPY --from=<stage> PATH` against what that stage (and the stages it is
    /// built on) writes: `WORKDIR`, `COPY` destinations, directories and files its `RUN`
    /// commands create, package install locations, and the folders known build tools write
    /// under (`npm run build`, `go build`, `cargo build`). Reports a path nothing writes, only
    /// when it can be sure: the stage's base is an official language or distribution image
    /// (whose own files live in system folders such as `/usr` and `/etc`, never reported), and
    /// no `RUN` of the stage has effects the audit cannot read (a project script, `make`).
    /// Paths where Python packages live are `builder-packages-not-copied`'s. Records a strength
    /// for a runtime stage that copies only what its builders produced.
    ///
    /// ## Why is this bad?
    /// `docker build` stops with "failed to compute cache key: "/app/dist": not found". Usually
    /// the builder's `WORKDIR` or output folder changed and the runtime stage still copies the
    /// old path.
    ///
    /// ## Example
    /// ```dockerfile
    /// FROM golang:1.26 AS build
    /// WORKDIR /src
    /// COPY go.mod go.sum ./
    /// COPY cmd/ cmd/
    /// RUN go build -o /out/server ./cmd/server
    ///
    /// FROM gcr.io/distroless/static-debian12
    /// COPY --from=build /src/bin/server /server
    /// ENTRYPOINT ["/server"]
    /// ```
    ///
    /// ## Use instead
    /// ```dockerfile
    /// FROM golang:1.26 AS build
    /// WORKDIR /src
    /// COPY go.mod go.sum ./
    /// COPY cmd/ cmd/
    /// RUN go build -o /out/server ./cmd/server
    ///
    /// FROM gcr.io/distroless/static-debian12
    /// COPY --from=build /out/server /server
    /// ENTRYPOINT ["/server"]
    /// ```
    ///
    /// ## References
    /// - <https://docs.docker.com/build/building/multi-stage/>
    /// - <https://docs.docker.com/reference/dockerfile/#copy---from>
    pub struct CopyFromPathNeverWritten {
        code: "SW6006",
        name: "copy-from-path-never-written",
        family: Project,
        severity: High,
        category: Reliability,
        summary: "COPY --from a path the source stage never writes",
    }
}

/// A path under a folder a build step produces (collected static files count too).
fn looks_like_build_output(rel: &str) -> bool {
    rel.split('/')
        .any(|c| BUILD_OUTPUT_DIRS.contains(&c) || c == "static")
}

crate::message! {
    /// `COPY --from` of a path the stage never writes (`workdir` is empty when the stage sets none).
    struct NeverWritten<'a> = "copy-from-path-never-written" { source: &'a str, stage: &'a str, has_workdir: bool, workdir: &'a str }
    struct NeverWrittenHelp<'a> = "copy-from-path-never-written-help" { stage: &'a str, source: &'a str }
    struct FromStage = "copy-from-path-never-written-related" {}
    /// The copies of a multi-stage build all resolve (`paths`: up to three, backticked, joined).
    struct OnlyProduced<'a> = "copy-from-path-never-written-strength" { stage: &'a str, paths: &'a str }
}

impl CopyFromPathNeverWritten {
    fn check(&self, project: &Project, cx: &mut Checker) {
        let mut seen: Vec<usize> = Vec::new();
        for img in &project.images {
            // one build per Dockerfile and target is enough: the layout does not depend on
            // the context, except for what context copies resolve to
            if seen.contains(&img.dockerfile) && img.target.is_none() {
                continue;
            }
            seen.push(img.dockerfile);
            self.check_image(project, img, cx);
        }
    }

    fn check_image(&self, project: &Project, img: &ImageBuild, cx: &mut Checker) {
        let Some(doc) = project.dockerfile(img.dockerfile) else {
            return;
        };
        if doc.tree.is_template {
            return;
        }
        let stage_name = |i: usize| {
            doc.tree
                .stages
                .get(i)
                .and_then(|s| s.name.as_ref().map(|n| n.text.clone()))
                .unwrap_or_else(|| i.to_string())
        };
        let partial = project.only_deployment_files_under(&img.context);
        let mut resolved = Vec::new();
        let mut all_known = true;
        for s in img.shipped_stages(&doc.stages) {
            let Some(lay) = doc.layout.get(s) else {
                continue;
            };
            for w in &lay.writes {
                let WriteKind::Stage {
                    stage: b, source, ..
                } = &w.kind
                else {
                    continue;
                };
                let found = match project.image_path(img, *b, None, source) {
                    // from the context, but the context has no such file: nothing writes it
                    Found::Context { rel, .. }
                        if !partial
                            && !looks_like_build_output(&rel)
                            && !crate::project::image::exists_in_context(
                                &project.files,
                                &img.context,
                                &rel,
                            ) =>
                    {
                        Found::Absent
                    }
                    f => f,
                };
                match found {
                    Found::Absent => {
                        all_known = false;
                        let installs = ImageBuild::ancestry(&doc.stages, *b)
                            .iter()
                            .filter_map(|x| doc.stages.get(*x))
                            .any(|st| {
                                !st.pip_installs.is_empty() || !st.project_installs.is_empty()
                            });
                        if installs && is_package_location(source) {
                            // builder-packages-not-copied explains it
                            continue;
                        }
                        let name = stage_name(*b);
                        let workdir = doc.stages.get(*b).and_then(|x| x.workdir.clone());
                        let from_span = doc
                            .tree
                            .stages
                            .get(*b)
                            .map(|x| x.base.span)
                            .unwrap_or_default();
                        let f = cx.report(
                            img.dockerfile,
                            w.span,
                            NeverWritten {
                                source,
                                stage: &name,
                                has_workdir: workdir.is_some(),
                                workdir: workdir.as_deref().unwrap_or(""),
                            },
                        );
                        f.help(NeverWrittenHelp {
                            stage: &name,
                            source,
                        })
                        .related(img.dockerfile, from_span, FromStage {})
                        .at_most(img.confidence)
                        .at_most(Confidence::High);
                        for (d, _) in img.services() {
                            f.deployment(d);
                        }
                    }
                    Found::Unknown => all_known = false,
                    _ => resolved.push((w.span, source.clone(), *b)),
                }
            }
        }
        if all_known {
            if let Some((span, _, b)) = resolved.first() {
                let paths: Vec<String> = resolved
                    .iter()
                    .take(3)
                    .map(|(_, p, _)| format!("`{p}`"))
                    .collect();
                cx.strength(
                    img.dockerfile,
                    *span,
                    OnlyProduced {
                        stage: &stage_name(*b),
                        paths: &paths.join(", "),
                    },
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::testing::audit_txtar_with_rule;

    fn count(src: &str) -> usize {
        audit_txtar_with_rule(
            &format!("-- Dockerfile --\n{src}-- main.go --\npackage main\n"),
            "SW6006",
        )
        .findings
        .iter()
        .filter(|f| f.rule.code == "SW6006")
        .count()
    }

    #[test]
    fn conservative_cases() {
        // node build outputs under the workdir
        assert_eq!(count("FROM node:22 AS web\nWORKDIR /web\nCOPY . .\nRUN npm ci && npm run build\nFROM nginx:1.27\nCOPY --from=web /web/dist /usr/share/nginx/html\n"), 0);
        // a script builds it
        assert_eq!(count("FROM golang:1.26 AS b\nCOPY . /src\nRUN /src/build.sh\nFROM alpine:3.20\nCOPY --from=b /out/app /app\n"), 0);
        // the base image's own files
        assert_eq!(count("FROM python:3.12-slim AS b\nFROM python:3.12-slim\nCOPY --from=b /usr/local/bin/python3 /usr/bin/python3\n"), 0);
        // from the copied context
        assert_eq!(count("FROM golang:1.26 AS b\nWORKDIR /src\nCOPY . .\nFROM alpine:3.20\nCOPY --from=b /src/main.go /main.go\n"), 0);
        // an unknown base image
        assert_eq!(
            count("FROM acme/builder:1 AS b\nFROM alpine:3.20\nCOPY --from=b /opt/acme/bin /bin\n"),
            0
        );
        // relative source: the root of the stage
        assert_eq!(count("FROM golang:1.26 AS b\nWORKDIR /src\nRUN go build -o server .\nFROM alpine:3.20\nCOPY --from=b src/server /server\n"), 0);
        // wrong output path
        assert_eq!(count("FROM golang:1.26 AS b\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/server .\nFROM alpine:3.20\nCOPY --from=b /build/server /server\n"), 1);
    }
}
