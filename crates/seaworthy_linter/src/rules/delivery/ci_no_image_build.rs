use super::{ci_files, mentions, ships_containers, IMAGE_BUILD};
use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;
use seaworthy_syntax::{FileKind, Span};

declare_rule! {
    /// ## What it does
    /// Reports CI pipelines that never build the container image although the repository has a
    /// Dockerfile (no `docker build`, `docker/build-push-action`, `buildx`, `compose build`,
    /// kaniko, buildah, ... in any CI file).
    ///
    /// ## Why is this bad?
    /// A broken Dockerfile (a missing file in the build context, a dependency that no longer
    /// installs) is found at deploy time instead of in the pull request.
    ///
    /// ## Example
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// ```
    /// ```yaml path=.github/workflows/ci.yml
    /// on: [push]
    /// jobs:
    ///   test:
    ///     runs-on: ubuntu-latest
    ///     steps:
    ///       - uses: actions/checkout@v4
    ///       - run: pytest
    /// ```
    ///
    /// ## Use instead
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// ```
    /// ```yaml path=.github/workflows/ci.yml
    /// on: [push]
    /// jobs:
    ///   test:
    ///     runs-on: ubuntu-latest
    ///     steps:
    ///       - uses: actions/checkout@v4
    ///       - run: pytest
    ///       - uses: docker/build-push-action@v6
    ///         with:
    ///           push: false
    /// ```
    pub struct CiNoImageBuild {
        code: "SW7002",
        name: "ci-no-image-build",
        family: Delivery,
        severity: Info,
        category: Operability,
        summary: "CI never builds the container image",
    }
}

crate::message! {
    /// CI files, none of which builds the image.
    struct NoBuild = "ci-no-image-build" { files: usize }
    struct NoBuildHelp = "ci-no-image-build-help" {}
}

impl CiNoImageBuild {
    fn check(&self, project: &Project, cx: &mut Checker) {
        let ci = ci_files(project);
        let has_dockerfile = project
            .files
            .iter()
            .any(|f| f.kind == FileKind::Dockerfile && !f.is_template());
        if ci.is_empty() || !has_dockerfile || !ships_containers(project) {
            return;
        }
        if ci.iter().any(|f| mentions(f, IMAGE_BUILD)) {
            return;
        }
        let f = ci[0];
        cx.report(f.id, Span::EMPTY, NoBuild { files: ci.len() })
            .help(NoBuildHelp {});
    }
}
