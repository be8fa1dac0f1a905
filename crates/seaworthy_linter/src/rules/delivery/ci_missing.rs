use super::{ci_files, ships_containers};
use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;
use seaworthy_syntax::{FileKind, Span};

declare_rule! {
    /// ## What it does
    /// Reports a repository (audited at its root: a `.git` directory is present) that builds
    /// containers but has no CI definition at all (`.github/workflows/`, `.gitlab-ci.yml`,
    /// `bitbucket-pipelines.yml`, ...). A judgement call, reported as info.
    ///
    /// ## Why is this bad?
    /// Nothing builds the image, runs the tests or checks the deployment files before they reach a
    /// server: the first build is the production one.
    ///
    /// ## Example
    /// A repository with a Dockerfile and no workflow:
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// ```
    /// ```text path=.git/HEAD
    /// ref: refs/heads/main
    /// ```
    ///
    /// ## Use instead
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// ```
    /// ```text path=.git/HEAD
    /// ref: refs/heads/main
    /// ```
    /// ```yaml path=.github/workflows/ci.yml
    /// on: [push]
    /// jobs:
    ///   build:
    ///     runs-on: ubuntu-latest
    ///     steps:
    ///       - uses: actions/checkout@v4
    ///       - run: docker build -t app .
    /// ```
    pub struct CiMissing {
        code: "SW7001",
        name: "ci-missing",
        family: Delivery,
        severity: Info,
        category: Operability,
        summary: "No CI pipeline for a repository that ships containers",
    }
}

crate::message! {
    /// A repository that ships containers and has no CI pipeline.
    struct NoCi = "ci-missing" {}
    struct NoCiHelp = "ci-missing-help" {}
}

impl CiMissing {
    fn check(&self, project: &Project, cx: &mut Checker) {
        if !project.exists(".git") || !ships_containers(project) || !ci_files(project).is_empty() {
            return;
        }
        let anchor = project
            .files
            .iter()
            .find(|f| f.kind == FileKind::Compose)
            .or_else(|| {
                project
                    .files
                    .iter()
                    .find(|f| f.kind == FileKind::Dockerfile)
            });
        if let Some(f) = anchor {
            cx.report(f.id, Span::EMPTY, NoCi {}).help(NoCiHelp {});
        }
    }
}
