//! SW1xxx: Dockerfile rules. Shared helpers for walking stages, RUN commands and package-manager
//! invocations live here; each rule is one file.

pub mod add_instead_of_copy;
pub mod apk_no_cache;
pub mod apt_get_update_alone;
pub mod apt_instead_of_apt_get;
pub mod apt_lists_not_cleaned;
pub mod apt_no_install_recommends;
pub mod base_image_eol;
pub mod base_image_prerelease;
pub mod base_image_unpinned;
pub mod build_tools_in_final_stage;
pub mod cd_in_run;
pub mod copy_from_unknown_stage;
pub mod copy_from_unpinned_image;
pub mod copy_whole_context;
pub mod deps_after_source_copy;
pub mod dev_server_in_image;
pub mod duplicate_stage_name;
pub mod from_arg_without_default;
pub mod hardcoded_worker_count;
pub mod healthcheck_tool_missing;
pub mod maintainer_deprecated;
pub mod missing_expose;
pub mod multiple_cmd;
pub mod pip_cache_not_disabled;
pub mod pip_unpinned_package;
pub mod pipe_without_pipefail;
pub mod relative_workdir;
pub mod remote_script_piped_to_shell;
pub mod runs_as_root;
pub mod secret_in_env_or_arg;
pub mod shell_form_entrypoint;
pub mod sudo_in_run;
pub mod yum_no_clean;

use crate::project::dockerfile::DockerfileDoc;
use crate::project::Project;
use crate::rule::Rule;
use seaworthy_syntax::dockerfile::{Dockerfile, Instruction, Keyword, Stage};
use seaworthy_syntax::shell::{ShellWord, SimpleCommand};

pub const RULES: &[&dyn Rule] = &[
    &base_image_unpinned::BaseImageUnpinned,
    &base_image_eol::BaseImageEol,
    &base_image_prerelease::BaseImagePrerelease,
    &copy_from_unpinned_image::CopyFromUnpinnedImage,
    &build_tools_in_final_stage::BuildToolsInFinalStage,
    &pip_cache_not_disabled::PipCacheNotDisabled,
    &apt_no_install_recommends::AptNoInstallRecommends,
    &apt_lists_not_cleaned::AptListsNotCleaned,
    &apt_get_update_alone::AptGetUpdateAlone,
    &apk_no_cache::ApkNoCache,
    &apt_instead_of_apt_get::AptInsteadOfAptGet,
    &pip_unpinned_package::PipUnpinnedPackage,
    &deps_after_source_copy::DepsAfterSourceCopy,
    &runs_as_root::RunsAsRoot,
    &sudo_in_run::SudoInRun,
    &secret_in_env_or_arg::SecretInEnvOrArg,
    &add_instead_of_copy::AddInsteadOfCopy,
    &copy_whole_context::CopyWholeContext,
    &shell_form_entrypoint::ShellFormEntrypoint,
    &relative_workdir::RelativeWorkdir,
    &cd_in_run::CdInRun,
    &remote_script_piped_to_shell::RemoteScriptPipedToShell,
    &pipe_without_pipefail::PipeWithoutPipefail,
    &multiple_cmd::MultipleCmd,
    &maintainer_deprecated::MaintainerDeprecated,
    &duplicate_stage_name::DuplicateStageName,
    &copy_from_unknown_stage::CopyFromUnknownStage,
    &from_arg_without_default::FromArgWithoutDefault,
    &hardcoded_worker_count::HardcodedWorkerCount,
    &dev_server_in_image::DevServerInImage,
    &missing_expose::MissingExpose,
    &healthcheck_tool_missing::HealthcheckToolMissing,
    &yum_no_clean::YumNoClean,
];

/// Dockerfiles worth linting (parsed, not templates' placeholder noise).
pub fn dockerfiles(project: &Project) -> impl Iterator<Item = &DockerfileDoc> {
    project.dockerfiles.iter()
}

/// Every simple command of every `RUN` in a stage, with the instruction.
pub fn run_commands<'a>(
    df: &'a Dockerfile,
    stage: &Stage,
) -> Vec<(usize, &'a Instruction, &'a SimpleCommand)> {
    let mut out = Vec::new();
    for (idx, ins) in df.stage_instructions(stage) {
        if ins.keyword != Keyword::Run {
            continue;
        }
        for c in ins.command_list() {
            out.push((idx, ins, c));
        }
    }
    out
}

/// Program name of a command, following `python -m pip`.
pub fn tool(cmd: &SimpleCommand) -> Option<String> {
    let argv = cmd.argv();
    let p = argv.first()?.text.rsplit('/').next()?.to_string();
    if p.starts_with("python") && argv.get(1).is_some_and(|w| w.text == "-m") {
        return argv.get(2).map(|w| w.text.clone());
    }
    Some(p)
}

/// A package-manager install: `apt-get install`, `apk add`, `yum install`, `pip install`...
#[derive(Debug)]
pub struct PkgInstall<'a> {
    pub manager: String,
    /// The `install`/`add` word.
    pub verb: &'a ShellWord,
    pub options: Vec<&'a ShellWord>,
    pub packages: Vec<&'a ShellWord>,
}

pub fn pkg_install(cmd: &SimpleCommand) -> Option<PkgInstall<'_>> {
    let argv = cmd.argv();
    let prog = argv.first()?.text.rsplit('/').next()?.to_string();
    let (manager, verb_pos) = match prog.as_str() {
        "apt-get" | "apt" | "aptitude" | "yum" | "dnf" | "microdnf" | "zypper" => {
            let pos = argv.iter().position(|w| w.text == "install")?;
            (prog, pos)
        }
        "apk" => (prog, argv.iter().position(|w| w.text == "add")?),
        p if p.starts_with("pip") => (
            String::from("pip"),
            argv.iter().position(|w| w.text == "install")?,
        ),
        p if p.starts_with("python")
            && argv.get(1).is_some_and(|w| w.text == "-m")
            && argv.get(2).is_some_and(|w| w.text.starts_with("pip")) =>
        {
            (
                String::from("pip"),
                argv.iter().position(|w| w.text == "install")?,
            )
        }
        _ => return None,
    };
    let mut options = Vec::new();
    let mut packages = Vec::new();
    for w in argv.iter().skip(1) {
        if w.text.starts_with('-') {
            options.push(w);
        }
    }
    let mut skip_next = false;
    for w in &argv[verb_pos + 1..] {
        if skip_next {
            skip_next = false;
            continue;
        }
        if w.text.starts_with('-') {
            // options taking a value
            skip_next = matches!(
                w.text.as_str(),
                "-r" | "--requirement"
                    | "-c"
                    | "--constraint"
                    | "-i"
                    | "--index-url"
                    | "--extra-index-url"
                    | "-f"
                    | "--find-links"
                    | "-t"
                    | "--target"
                    | "--prefix"
                    | "--root"
                    | "-o"
                    | "--option"
                    | "--repo"
                    | "-X"
                    | "--virtual"
                    | "-t="
                    | "--enablerepo"
                    | "--setopt"
                    | "--trusted-host"
            );
            continue;
        }
        packages.push(w);
    }
    Some(PkgInstall {
        manager,
        verb: &argv[verb_pos],
        options,
        packages,
    })
}

impl PkgInstall<'_> {
    pub fn has_option(&self, names: &[&str]) -> bool {
        self.options.iter().any(|o| {
            names
                .iter()
                .any(|n| o.text == *n || o.text.starts_with(&format!("{n}=")))
        })
    }
}

/// Does this RUN mount a cache at a path starting with one of `targets`?
pub fn has_cache_mount(ins: &Instruction, targets: &[&str]) -> bool {
    ins.flags.iter().any(|f| {
        f.name == "mount"
            && f.value.as_deref().is_some_and(|v| {
                v.contains("type=cache")
                    && v.split(',').any(|kv| {
                        let (k, val) = kv.split_once('=').unwrap_or((kv, ""));
                        matches!(k, "target" | "dst" | "destination")
                            && targets.iter().any(|t| val.starts_with(t))
                    })
            })
    })
}

/// `ENV`/`ARG` values visible in a stage (global ARGs and the stage's own), later wins.
pub fn stage_vars(df: &Dockerfile, stage: &Stage) -> Vec<(String, Option<String>)> {
    let mut vars = Vec::new();
    for &g in &df.global_args {
        if let Some(ins) = df.instructions.get(g) {
            vars.extend(
                ins.key_values()
                    .into_iter()
                    .map(|kv| (kv.key.text, kv.value.map(|v| v.text))),
            );
        }
    }
    // inherited from a parent stage
    if let Some(parent) = df.stage_by_name(&stage.base_resolved) {
        if parent.index < stage.index {
            for (_, ins) in df.stage_instructions(parent) {
                if ins.keyword == Keyword::Env {
                    vars.extend(
                        ins.key_values()
                            .into_iter()
                            .map(|kv| (kv.key.text, kv.value.map(|v| v.text))),
                    );
                }
            }
        }
    }
    for (_, ins) in df.stage_instructions(stage) {
        if matches!(ins.keyword, Keyword::Env | Keyword::Arg) {
            vars.extend(
                ins.key_values()
                    .into_iter()
                    .map(|kv| (kv.key.text, kv.value.map(|v| v.text))),
            );
        }
    }
    vars
}

/// The stage is a runtime image: the final stage (what `docker build` produces by default).
pub fn is_final(df: &Dockerfile, stage: &Stage) -> bool {
    df.stages.last().is_some_and(|s| s.index == stage.index)
}

/// Stage names that say "not production": test, dev, lint, ci, docs, debug.
pub fn is_dev_stage(stage: &Stage) -> bool {
    stage.name.as_ref().is_some_and(|n| {
        n.text
            .to_ascii_lowercase()
            .split(|c: char| !c.is_ascii_alphanumeric())
            .any(|w| {
                matches!(
                    w,
                    "dev"
                        | "develop"
                        | "development"
                        | "test"
                        | "tests"
                        | "testing"
                        | "ci"
                        | "lint"
                        | "docs"
                        | "debug"
                        | "local"
                )
            })
    })
}

/// Is the image reference (after ARG expansion) unknowable?
pub fn is_dynamic(s: &str) -> bool {
    s.contains('$') || s.contains("{{") || s.contains('%') || s.contains('{')
}
