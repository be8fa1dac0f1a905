//! SW5xxx: the Python application runtime (dependencies installed into images, interpreter
//! versions, native packages, migrations, app servers).

pub mod alembic_not_configured;
pub mod celery_concurrency_unset;
pub mod celery_embedded_beat;
pub mod dev_dependencies_in_image;
pub mod gunicorn_asgi_sync_worker;
pub mod native_build_deps_missing;
pub mod python_version_unsupported;

use crate::project::build::context_source_of;
use crate::project::{join_path, FileId, Project};
use crate::rule::Rule;
use seaworthy_syntax::dockerfile::{Dockerfile, Keyword};
use seaworthy_syntax::Span;

pub const RULES: &[&dyn Rule] = &[
    &dev_dependencies_in_image::DevDependenciesInImage,
    &python_version_unsupported::PythonVersionUnsupported,
    &native_build_deps_missing::NativeBuildDepsMissing,
    &alembic_not_configured::AlembicNotConfigured,
    &gunicorn_asgi_sync_worker::GunicornAsgiSyncWorker,
    &celery_embedded_beat::CeleryEmbeddedBeat,
    &celery_concurrency_unset::CeleryConcurrencyUnset,
];

/// One `pip install` in a Dockerfile.
#[derive(Debug)]
pub struct PipInstall {
    /// Instruction index.
    pub instr: usize,
    /// Stage index.
    pub stage: usize,
    /// `-r FILE` arguments (image paths) with their spans.
    pub requirement_files: Vec<(String, Span)>,
    /// Packages named on the command line.
    pub packages: Vec<(String, Span)>,
}

/// Every `pip install` (`pip`, `pip3`, `python -m pip`, `uv pip`) in the Dockerfile.
pub fn pip_installs(df: &Dockerfile) -> Vec<PipInstall> {
    let mut out = Vec::new();
    for stage in &df.stages {
        for (idx, ins) in df.stage_instructions(stage) {
            if ins.keyword != Keyword::Run {
                continue;
            }
            for cmd in ins.command_list() {
                let argv = cmd.argv();
                let words: Vec<&str> = argv.iter().map(|w| w.text.as_str()).collect();
                let prog = words.first().map(|p| p.rsplit('/').next().unwrap_or(p));
                let start = match (prog, words.get(1), words.get(2), words.get(3)) {
                    (Some(p), Some(&"install"), _, _) if p.starts_with("pip") => 2,
                    (Some(p), Some(&"-m"), Some(&"pip"), Some(&"install"))
                        if p.starts_with("python") =>
                    {
                        4
                    }
                    (Some("uv"), Some(&"pip"), Some(&"install"), _) => 3,
                    _ => continue,
                };
                let mut pi = PipInstall {
                    instr: idx,
                    stage: stage.index,
                    requirement_files: Vec::new(),
                    packages: Vec::new(),
                };
                let mut i = start;
                while i < argv.len() {
                    let w = &argv[i];
                    let t = w.text.as_str();
                    if t == "-r" || t == "--requirement" || t == "-c" || t == "--constraint" {
                        if let Some(f) = argv.get(i + 1) {
                            if t == "-r" || t == "--requirement" {
                                pi.requirement_files.push((f.text.clone(), f.span));
                            }
                        }
                        i += 2;
                        continue;
                    }
                    if let Some(f) = t.strip_prefix("--requirement=").or_else(|| {
                        t.strip_prefix("-r")
                            .filter(|r| !r.is_empty() && !r.starts_with('-'))
                    }) {
                        pi.requirement_files.push((f.to_string(), w.span));
                    } else if t.starts_with('-') {
                        // options with a separate value
                        if matches!(
                            t,
                            "-i" | "--index-url"
                                | "--extra-index-url"
                                | "-f"
                                | "--find-links"
                                | "-t"
                                | "--target"
                                | "--prefix"
                                | "--root"
                                | "--trusted-host"
                                | "--platform"
                                | "--python-version"
                                | "-e"
                                | "--editable"
                        ) {
                            i += 1;
                        }
                    } else if !t.contains('/') && !t.starts_with('.') && !t.contains('$') {
                        pi.packages.push((t.to_string(), w.span));
                    }
                    i += 1;
                }
                out.push(pi);
            }
        }
    }
    out
}

/// The requirements file in the repository that `image_path`, installed by instruction `instr`,
/// came from, given the build context.
pub fn resolve_requirements(
    project: &Project,
    df: &Dockerfile,
    context: &str,
    instr: usize,
    image_path: &str,
) -> Option<FileId> {
    let rel = context_source_of(df, instr, image_path)
        .unwrap_or_else(|| image_path.trim_start_matches("./").to_string());
    if rel.starts_with('/') || rel.contains('$') {
        return None;
    }
    project
        .file_by_path(&join_path(context, &rel))
        .map(|f| f.id)
}

/// Packages installed with apt-get/apt/apk/yum/dnf/microdnf in a stage and the stages it builds on.
/// `None` when a package list comes from a variable that cannot be resolved (then nobody knows).
pub fn system_packages(df: &Dockerfile, stage_index: usize) -> Option<Vec<String>> {
    let mut out = Vec::new();
    let mut seen = Vec::new();
    let mut current = Some(stage_index);
    while let Some(si) = current {
        if seen.contains(&si) {
            break;
        }
        seen.push(si);
        let Some(stage) = df.stages.get(si) else {
            break;
        };
        let mut vars: Vec<(String, Option<String>)> = Vec::new();
        for &g in &df.global_args {
            if let Some(ins) = df.instructions.get(g) {
                vars.extend(
                    ins.key_values()
                        .into_iter()
                        .map(|kv| (kv.key.text, kv.value.map(|v| v.text))),
                );
            }
        }
        for (_, ins) in df.stage_instructions(stage) {
            if matches!(ins.keyword, Keyword::Env | Keyword::Arg) {
                vars.extend(
                    ins.key_values()
                        .into_iter()
                        .map(|kv| (kv.key.text, kv.value.map(|v| v.text))),
                );
                continue;
            }
            if ins.keyword != Keyword::Run {
                continue;
            }
            for cmd in ins.command_list() {
                let argv = cmd.argv();
                let prog = argv
                    .first()
                    .map(|w| w.text.rsplit('/').next().unwrap_or(&w.text).to_string());
                let is_pm = matches!(
                    prog.as_deref(),
                    Some("apt-get" | "apt" | "apk" | "yum" | "dnf" | "microdnf")
                );
                if !is_pm {
                    continue;
                }
                let Some(pos) = argv
                    .iter()
                    .position(|w| w.text == "install" || w.text == "add")
                else {
                    continue;
                };
                for w in &argv[pos + 1..] {
                    if w.text.starts_with('-') {
                        continue;
                    }
                    let text = if w.text.contains('$') {
                        seaworthy_syntax::dockerfile::expand_vars(&w.text, &vars)
                    } else {
                        w.text.clone()
                    };
                    if text.contains('$') {
                        return None;
                    }
                    for word in text.split_whitespace() {
                        let name = word.split(['=', ':']).next().unwrap_or(word);
                        out.push(name.to_string());
                    }
                }
            }
        }
        // FROM <earlier stage>: inherit its packages
        current = df
            .stage_by_name(&stage.base_resolved)
            .map(|s| s.index)
            .filter(|i| *i != si);
    }
    Some(out)
}

/// The base OS family of a stage's image, following stage references.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BaseFlavor {
    /// Full Debian-based image with compilers and -dev libraries (`python:3.12`, `buildpack-deps`).
    DebianFull,
    DebianSlim,
    Alpine,
    Distroless,
    Other,
}

pub fn base_flavor(df: &Dockerfile, stage_index: usize) -> BaseFlavor {
    let mut si = stage_index;
    for _ in 0..16 {
        let Some(stage) = df.stages.get(si) else {
            return BaseFlavor::Other;
        };
        if let Some(parent) = df.stage_by_name(&stage.base_resolved) {
            if parent.index != si {
                si = parent.index;
                continue;
            }
        }
        let img = stage.image();
        let tag = img.tag.as_deref().unwrap_or("latest");
        let name = img.official_name();
        if name.contains("distroless") || name.contains("chainguard") {
            return BaseFlavor::Distroless;
        }
        if tag.contains("alpine") || name == "alpine" {
            return BaseFlavor::Alpine;
        }
        if tag.contains("slim") {
            return BaseFlavor::DebianSlim;
        }
        if matches!(
            name,
            "python" | "buildpack-deps" | "node" | "ruby" | "golang"
        ) {
            return BaseFlavor::DebianFull;
        }
        if matches!(name, "debian" | "ubuntu") {
            return BaseFlavor::DebianSlim;
        }
        return BaseFlavor::Other;
    }
    BaseFlavor::Other
}

/// A requirement or dependency-string's normalized project name: `Django[bcrypt]>=5` → `django`.
pub fn dist_name(spec: &str) -> String {
    let end = spec
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.'))
        .unwrap_or(spec.len());
    seaworthy_syntax::requirements::normalize_name(&spec[..end])
}
