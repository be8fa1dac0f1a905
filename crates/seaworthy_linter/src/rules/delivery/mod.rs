//! SW7xxx: delivery and operations at the repository level (CI workflows, build scripts).
//! These are judgement calls stated as such: mostly info and low.
//!
//! CI files are read line by line here (the keywords that matter are unambiguous in workflow
//! YAML); build scripts (Makefile, justfile) and entrypoints by recipe and command.

pub mod ci_check_non_blocking;
pub mod ci_missing;
pub mod ci_no_image_build;
pub mod ci_no_image_scan;
pub mod deploy_ssh_insecure;
pub mod fixed_sleep_wait;
pub mod pre_commit_missing;

use crate::project::{Project, SourceFile};
use crate::rule::Rule;
use seaworthy_syntax::FileKind;

pub const RULES: &[&dyn Rule] = &[
    &ci_missing::CiMissing,
    &ci_no_image_build::CiNoImageBuild,
    &ci_no_image_scan::CiNoImageScan,
    &ci_check_non_blocking::CiCheckNonBlocking,
    &fixed_sleep_wait::FixedSleepWait,
    &deploy_ssh_insecure::DeploySshInsecure,
    &pre_commit_missing::PreCommitMissing,
];

/// The project ships containers: a Dockerfile or compose file that is not a template or example.
pub fn ships_containers(project: &Project) -> bool {
    project.files.iter().any(|f| {
        matches!(f.kind, FileKind::Dockerfile | FileKind::Compose)
            && !f.is_template()
            && !f.environment.is_non_prod()
    })
}

/// CI definitions (GitHub workflows, GitLab CI, ...), excluding templates.
pub fn ci_files(project: &Project) -> Vec<&SourceFile> {
    project
        .files
        .iter()
        .filter(|f| f.kind == FileKind::Ci && f.is_parseable() && !f.is_template())
        .collect()
}

/// Does any non-comment line of the file contain one of `needles` (case-insensitive)?
pub fn mentions(f: &SourceFile, needles: &[&str]) -> bool {
    f.text.lines().any(|l| {
        let t = l.trim_start();
        !t.starts_with('#') && {
            let lower = t.to_ascii_lowercase();
            needles.iter().any(|n| lower.contains(n))
        }
    })
}

pub const IMAGE_BUILD: &[&str] = &[
    "docker/build-push-action",
    "docker build",
    "docker buildx",
    "docker compose build",
    "docker-compose build",
    "docker image build",
    "buildah",
    "kaniko",
    "podman build",
    "redhat-actions/buildah-build",
    "docker/bake-action",
    "docker buildx bake",
    "ko build",
    "jib",
    "depot/build-push-action",
];

pub const IMAGE_SCAN: &[&str] = &[
    "trivy",
    "grype",
    "anchore/scan-action",
    "snyk",
    "docker scout",
    "docker/scout-action",
    "dockle",
    "clair",
    "checkov",
    "hadolint",
    "seaworthy",
    "kics",
    "tfsec",
    "osv-scanner",
    "wiz",
];
