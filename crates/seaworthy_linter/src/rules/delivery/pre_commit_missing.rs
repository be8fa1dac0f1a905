use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;
use seaworthy_syntax::{FileKind, Span};

declare_rule! {
    /// ## What it does
    /// Reports a repository (audited at its root: `.git` is present) that ships containers and
    /// has no commit hooks: no `.pre-commit-config.yaml`, no `lefthook.yml`, no `.husky/`
    /// directory, no `.githooks/`. Advice, reported as info.
    ///
    /// ## Why is this bad?
    /// Without hooks, the first check of a change runs in CI, minutes after the push, or
    /// never when the pipeline is skipped. A committed `.env`, a key pasted into a config, a
    /// Dockerfile or compose file that does not parse reach the shared history first; a secret
    /// that reached it has to be rotated, whatever is done to the files later.
    ///
    /// ## Example
    /// A git repository that builds an image and has no hook configuration:
    /// ```text path=.git/HEAD
    /// ref: refs/heads/main
    /// ```
    /// ```dockerfile path=Dockerfile
    /// FROM python:3.12-slim
    /// ```
    ///
    /// ## Use instead
    /// A `.pre-commit-config.yaml` with the checks the team runs (secret scanning, hadolint,
    /// `docker compose config`, the tests' linters), installed with `pre-commit install`:
    /// ```text path=.git/HEAD
    /// ref: refs/heads/main
    /// ```
    /// ```dockerfile path=Dockerfile
    /// FROM python:3.12-slim
    /// ```
    /// ```yaml path=.pre-commit-config.yaml
    /// repos:
    ///   - repo: https://github.com/gitleaks/gitleaks
    ///     rev: v8.21.2
    ///     hooks:
    ///       - id: gitleaks
    /// ```
    ///
    /// ## References
    /// - [pre-commit](https://pre-commit.com/)
    /// - [Git hooks](https://git-scm.com/book/en/v2/Customizing-Git-Git-Hooks)
    pub struct PreCommitMissing {
        code: "SW7007",
        name: "pre-commit-missing",
        family: Delivery,
        severity: Info,
        category: Maintainability,
        summary: "No commit hooks check changes before they are committed",
    }
}

crate::message! {
    /// No hook configuration.
    struct Missing = "pre-commit-missing" {}
    struct MissingHelp = "pre-commit-missing-help" {}
}

/// Files and folders that configure commit hooks.
const HOOK_CONFIGS: &[&str] = &[
    ".pre-commit-config.yaml",
    ".pre-commit-config.yml",
    "lefthook.yml",
    "lefthook.yaml",
    ".lefthook.yml",
    ".husky",
    ".githooks",
];

impl PreCommitMissing {
    fn check(&self, project: &Project, cx: &mut Checker) {
        if !project.exists(".git") || !super::ships_containers(project) {
            return;
        }
        if HOOK_CONFIGS.iter().any(|p| project.exists(p)) {
            return;
        }
        let anchor = project
            .files
            .iter()
            .find(|f| f.kind == FileKind::Compose && !f.is_template())
            .or_else(|| {
                project
                    .files
                    .iter()
                    .find(|f| f.kind == FileKind::Dockerfile && !f.is_template())
            });
        if let Some(f) = anchor {
            cx.report(f.id, Span::EMPTY, Missing {})
                .help(MissingHelp {});
        }
    }
}
