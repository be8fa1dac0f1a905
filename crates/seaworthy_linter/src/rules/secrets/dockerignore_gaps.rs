use super::{broad_copy, dockerignore_of, rel_to};
use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// For Dockerfiles that copy their whole build context, reports `.git`, virtualenvs
    /// (`.venv`, `venv`) and `node_modules` present in the context and not excluded by the
    /// `.dockerignore` (or with no `.dockerignore` at all).
    ///
    /// ## Why is this bad?
    /// The image grows by the whole git history and dependency trees built for another platform;
    /// `.git` leaks the source history (and whatever secrets were ever committed), a host
    /// virtualenv or `node_modules` overrides the image's own dependencies.
    ///
    /// ## Example
    /// ```dockerfile
    /// FROM node:22-slim
    /// COPY . .
    /// ```
    /// ```text path=node_modules/left-pad/index.js
    /// module.exports = 1;
    /// ```
    ///
    /// ## Use instead
    /// ```dockerfile
    /// FROM node:22-slim
    /// COPY . .
    /// ```
    /// ```text path=node_modules/left-pad/index.js
    /// module.exports = 1;
    /// ```
    /// ```dockerignore
    /// node_modules
    /// .git
    /// ```
    pub struct DockerignoreGaps {
        code: "SW4007",
        name: "dockerignore-gaps",
        family: Secrets,
        severity: Medium,
        category: Security,
        summary: ".git, virtualenv or node_modules copied into the image",
    }
}

const HEAVY: &[&str] = &[".git", ".venv", "venv", "node_modules", "__pycache__"];

crate::message! {
    /// `COPY .` takes heavy folders into the image (`paths`: backticked, joined).
    struct Copies = "dockerignore-gaps" { paths: String, no_dockerignore: bool }
    struct CopiesHelp = "dockerignore-gaps-help" { paths: String }
}

impl DockerignoreGaps {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for bref in &project.images {
            let Some(copy_span) = broad_copy(project, bref.dockerfile) else {
                continue;
            };
            let ignore = dockerignore_of(project, bref);
            let mut leaking = Vec::new();
            for h in HEAVY {
                let path = crate::project::join_path(&bref.context, h);
                if !project.exists(&path) {
                    continue;
                }
                let Some(rel) = rel_to(&bref.context, &path) else {
                    continue;
                };
                let excluded = ignore.as_ref().is_some_and(|(_, d)| {
                    d.is_excluded(&rel) || d.is_excluded(&format!("{rel}/x"))
                });
                if !excluded {
                    leaking.push(*h);
                }
            }
            if leaking.is_empty() {
                continue;
            }
            cx.report(
                bref.dockerfile,
                copy_span,
                Copies {
                    paths: leaking
                        .iter()
                        .map(|l| format!("`{l}`"))
                        .collect::<Vec<_>>()
                        .join(", "),
                    no_dockerignore: ignore.is_none(),
                },
            )
            .help(CopiesHelp {
                paths: leaking.join(", "),
            });
        }
    }
}
