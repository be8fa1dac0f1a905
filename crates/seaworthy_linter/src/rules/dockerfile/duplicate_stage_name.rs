use super::dockerfiles;
use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports two stages with the same name (`FROM ... AS build` twice), compared
    /// case-insensitively as BuildKit does.
    ///
    /// ## Why is this bad?
    /// BuildKit rejects the Dockerfile ("duplicate stage name"), and older builders silently use
    /// the last one for `COPY --from`.
    ///
    /// ## Example
    /// ```dockerfile
    /// FROM node:22-slim AS build
    /// FROM python:3.12-slim AS build
    /// ```
    ///
    /// ## Use instead
    /// ```dockerfile
    /// FROM node:22-slim AS frontend
    /// FROM python:3.12-slim AS backend
    /// ```
    ///
    /// ## References
    /// - <https://docs.docker.com/reference/build-checks/duplicate-stage-name/>
    pub struct DuplicateStageName {
        code: "SW1027",
        name: "duplicate-stage-name",
        family: Dockerfile,
        severity: High,
        category: Reliability,
        hadolint: ["DL3024"],
        summary: "Two stages with the same name",
    }
}

crate::message! {
    /// A stage name used twice.
    struct Duplicate<'a> = "duplicate-stage-name" { name: &'a str }
    struct DuplicateHelp = "duplicate-stage-name-help" {}
    struct DuplicateRelated = "duplicate-stage-name-related" {}
}

impl DuplicateStageName {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for doc in dockerfiles(project) {
            let df = &doc.tree;
            for s in &df.stages {
                let Some(name) = &s.name else { continue };
                // the first stage of that name, when it is not this one
                if let Some(first) = df
                    .stage_by_name(&name.text)
                    .filter(|f| f.index < s.index)
                    .and_then(|f| f.name.as_ref())
                {
                    cx.report(doc.file, name.span, Duplicate { name: &name.text })
                        .help(DuplicateHelp {})
                        .related(doc.file, first.span, DuplicateRelated {});
                }
            }
        }
    }
}
