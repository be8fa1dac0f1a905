use super::helpers::BUILD_OUTPUT_DIRS;
use crate::declare_rule;
use crate::diagnostic::Severity;
use crate::meta::Confidence;
use crate::project::image::exists_in_context;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Checks every `COPY`/`ADD` source of a Dockerfile against the files of its build context
    /// (from the compose `build:` that uses it, or the Dockerfile's own directory) and reports
    /// sources that do not exist there.
    ///
    /// ## Why is this bad?
    /// `docker build` stops with "failed to compute cache key: not found": nothing ships. When the
    /// context is only guessed (no compose file builds this Dockerfile) and the path exists
    /// relative to a parent directory, the rule stays quiet: the build probably runs there. Build
    /// outputs (`dist/`, `build/`, `target/`, `*.jar`) are expected to be produced before the build
    /// and are not reported. A build context that holds only deployment files (no source code at
    /// all: a partial copy of the repository) is not judged.
    ///
    /// ## Example
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// COPY requirements.txt .
    /// RUN pip install --no-cache-dir -r requirements.txt
    /// ```
    /// ```toml
    /// [project]
    /// name = "app"
    /// dependencies = ["fastapi"]
    /// ```
    /// ```text path=app/main.py
    /// app = None
    /// ```
    ///
    /// ## Use instead
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// COPY pyproject.toml .
    /// RUN pip install --no-cache-dir .
    /// ```
    /// ```toml
    /// [project]
    /// name = "app"
    /// dependencies = ["fastapi"]
    /// ```
    pub struct CopySourceMissing {
        code: "SW6001",
        name: "copy-source-missing",
        family: Project,
        severity: High,
        category: Reliability,
        summary: "COPY/ADD source missing from the build context",
    }
}

/// Paths that are usually produced by a build step before `docker build` runs.
fn looks_like_build_output(p: &str) -> bool {
    let first = p.trim_start_matches("./").split('/').next().unwrap_or("");
    BUILD_OUTPUT_DIRS.contains(&first)
        || [
            ".jar", ".war", ".whl", ".tar.gz", ".tgz", ".zip", ".deb", ".rpm", ".so", ".exe",
        ]
        .iter()
        .any(|s| p.ends_with(s))
}

/// Files whose absence breaks dependency installation or start-up: reported high; others medium.
fn is_manifest(p: &str) -> bool {
    let n = p.rsplit('/').next().unwrap_or(p);
    n.starts_with("requirements")
        || matches!(
            n,
            "pyproject.toml"
                | "poetry.lock"
                | "uv.lock"
                | "Pipfile"
                | "Pipfile.lock"
                | "package.json"
                | "package-lock.json"
                | "yarn.lock"
                | "pnpm-lock.yaml"
                | "go.mod"
                | "go.sum"
                | "Gemfile"
                | "Gemfile.lock"
                | "composer.json"
                | "composer.lock"
                | "alembic.ini"
                | "Cargo.toml"
                | "Cargo.lock"
        )
        || n.ends_with(".sh")
        || n.contains("entrypoint")
}

crate::message! {
    /// A COPY/ADD source missing from the build context (`root`: the context is the repository root).
    struct Missing<'a> = "copy-source-missing" { path: &'a str, root: bool, context: &'a str }
    struct MissingHelp = "copy-source-missing-help" {}
    /// The context is a guess: the image may be built from another directory.
    struct MissingHelpGuess = "copy-source-missing-help-guess" {}
}

impl CopySourceMissing {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for img in &project.images {
            let Some(doc) = project.dockerfile(img.dockerfile) else {
                continue;
            };
            if doc.tree.is_template || project.file(img.dockerfile).is_template() {
                continue;
            }
            // a tree of deployment files only (no source code under the context): whether a
            // source is missing cannot be judged
            if project.only_deployment_files_under(&img.context) {
                continue;
            }
            for c in img.context_copies.iter().filter(|c| !c.exists) {
                let p = c.source.as_str();
                if c.repo_path.is_none() || p.starts_with('/') || looks_like_build_output(p) {
                    continue;
                }
                if img.confidence < Confidence::High {
                    // the real context may be a parent directory
                    let mut d = img.context.as_str();
                    let mut found =
                        !img.context.is_empty() && exists_in_context(&project.files, "", p);
                    while let Some((parent, _)) = d.rsplit_once('/') {
                        found |= exists_in_context(&project.files, parent, p);
                        d = parent;
                    }
                    if found {
                        continue;
                    }
                }
                let sev = if is_manifest(p) {
                    Severity::High
                } else {
                    Severity::Medium
                };
                let f = cx
                    .report(
                        img.dockerfile,
                        c.span,
                        Missing {
                            path: p,
                            root: img.context.is_empty(),
                            context: &img.context,
                        },
                    )
                    .severity(sev)
                    .at_most(img.confidence);
                if img.confidence == Confidence::High {
                    f.help(MissingHelp {});
                } else {
                    f.help(MissingHelpGuess {});
                }
                for (d, _) in img.services() {
                    f.deployment(d);
                }
            }
        }
    }
}
