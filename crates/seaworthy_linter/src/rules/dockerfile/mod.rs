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
pub mod bin_sh_relinked;
pub mod build_tools_in_final_stage;
pub mod cd_in_run;
pub mod copy_from_unknown_stage;
pub mod copy_from_unpinned_image;
pub mod copy_relative_without_workdir;
pub mod copy_whole_context;
pub mod deps_after_source_copy;
pub mod dev_server_in_image;
pub mod duplicate_stage_name;
pub mod env_self_reference;
pub mod from_arg_without_default;
pub mod gem_unpinned_package;
pub mod hardcoded_worker_count;
pub mod healthcheck_tool_missing;
pub mod install_without_yes;
pub mod maintainer_deprecated;
pub mod missing_expose;
pub mod multiple_cmd;
pub mod node_package_unpinned;
pub mod os_package_unpinned;
pub mod pip_cache_not_disabled;
pub mod pip_unpinned_package;
pub mod pipe_without_pipefail;
pub mod registry_not_allowed;
pub mod relative_workdir;
pub mod remote_script_piped_to_shell;
pub mod runs_as_root;
pub mod secret_in_env_or_arg;
pub mod shell_form_entrypoint;
pub mod sudo_in_run;
pub mod useradd_high_uid;
pub mod yarn_cache_not_cleaned;
pub mod yum_no_clean;

use crate::project::dockerfile::DockerfileDoc;
use crate::project::Project;
use crate::rule::Rule;
use seaworthy_syntax::dockerfile::{Dockerfile, Instruction, Keyword, Stage};
use seaworthy_syntax::shell::{ShellWord, SimpleCommand};
use seaworthy_syntax::Span;

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
    &install_without_yes::InstallWithoutYes,
    &node_package_unpinned::NodePackageUnpinned,
    &gem_unpinned_package::GemUnpinnedPackage,
    &os_package_unpinned::OsPackageUnpinned,
    &env_self_reference::EnvSelfReference,
    &copy_relative_without_workdir::CopyRelativeWithoutWorkdir,
    &useradd_high_uid::UseraddHighUid,
    &yarn_cache_not_cleaned::YarnCacheNotCleaned,
    &bin_sh_relinked::BinShRelinked,
    &registry_not_allowed::RegistryNotAllowed,
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

/// `pip`, `pip3`, `pip3.12`: pip itself, not `pipx` or `pipenv` (other tools, other options).
pub fn is_pip(prog: &str) -> bool {
    prog.strip_prefix("pip")
        .is_some_and(|v| v.chars().all(|c| c.is_ascii_digit() || c == '.'))
}

/// RPM-family managers that read `dnf`'s options: `yum` (a `dnf` alias on EL8+), `dnf`, `dnf5`,
/// `microdnf`, `tdnf`.
pub fn is_rpm_manager(m: &str) -> bool {
    matches!(m, "yum" | "dnf" | "dnf5" | "dnf-3" | "microdnf" | "tdnf")
}

/// A package-manager install: `apt-get install`, `apk add`, `yum install`, `pip install`...
#[derive(Debug)]
pub struct PkgInstall<'a> {
    /// The program as written (`apt-get`, `dnf5`, `microdnf`, `zypper`, `apk`), or `pip` for every
    /// spelling of pip (`pip3`, `python -m pip`).
    pub manager: String,
    /// The `install`/`add` word.
    pub verb: &'a ShellWord,
    pub options: Vec<&'a ShellWord>,
    pub packages: Vec<&'a ShellWord>,
}

pub fn pkg_install(cmd: &SimpleCommand) -> Option<PkgInstall<'_>> {
    let argv = cmd.argv();
    let prog = argv.first()?.text.rsplit('/').next()?.to_string();
    let find = |verbs: &[&str]| {
        argv.iter()
            .skip(1)
            .position(|w| verbs.contains(&w.text.as_str()))
            .map(|p| p + 1)
    };
    let (manager, verb_pos) = match prog.as_str() {
        "apt-get" | "apt" | "aptitude" => (prog, find(&["install"])?),
        p if is_rpm_manager(p) => (prog, find(&["install"])?),
        "zypper" => (prog, find(&["install", "in"])?),
        "apk" => (prog, find(&["add"])?),
        p if is_pip(p) => (String::from("pip"), find(&["install"])?),
        p if p.starts_with("python")
            && argv.get(1).is_some_and(|w| w.text == "-m")
            && argv.get(2).is_some_and(|w| is_pip(&w.text)) =>
        {
            (String::from("pip"), find(&["install"])?)
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
                    | "--disablerepo"
                    | "--setopt"
                    | "--trusted-host"
                    | "--installroot"
                    | "--releasever"
                    | "--repository"
                    | "--from"
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

    /// A short option letter given alone or in a cluster (`-y`, `-qy`, `-yq`).
    pub fn has_short(&self, letter: char) -> bool {
        self.options.iter().any(|o| {
            o.text.strip_prefix('-').is_some_and(|r| {
                !r.starts_with('-')
                    && r.chars().all(|c| c.is_ascii_alphabetic())
                    && r.contains(letter)
            })
        })
    }
}

/// An edit that inserts `option` right after the word `after` of a command of `ins` (e.g.
/// `--no-cache-dir` after `install`), in the instruction's own syntax: ` --x` in shell form,
/// `, "--x"` in exec form. `None` when the word's span does not hold exactly that word (a script
/// inside `["sh", "-c", "..."]`, a tab-stripped heredoc, a quoted verb): no fix is better than a
/// broken Dockerfile.
pub fn option_insertion(
    text: &str,
    ins: &Instruction,
    after: &ShellWord,
    option: &str,
) -> Option<(Span, String)> {
    let raw = after.span.slice(text);
    let at = Span::at(after.span.end as usize);
    if ins.is_exec_form() {
        let quoted = format!("\"{}\"", after.text);
        (raw == quoted).then(|| (at, format!(", \"{option}\"")))
    } else {
        (raw == after.text && !raw.is_empty()).then(|| (at, format!(" {option}")))
    }
}

/// Does this RUN mount a BuildKit cache or a tmpfs at a path starting with one of `targets`?
/// Either way, what the command writes there never reaches the layer.
pub fn has_cache_or_tmpfs_mount(ins: &Instruction, targets: &[&str]) -> bool {
    mount_targets(ins, &["cache", "tmpfs"])
        .iter()
        .any(|t| targets.iter().any(|p| t.starts_with(p)))
}

/// Targets of this RUN's `--mount`s of the given types (`type=` defaults to `bind`).
pub fn mount_targets(ins: &Instruction, types: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    for f in ins.flags.iter().filter(|f| f.name == "mount") {
        let Some(v) = f.value.as_deref() else {
            continue;
        };
        let mut ty = "bind";
        let mut target = None;
        for kv in v.split(',') {
            let (k, val) = kv.split_once('=').unwrap_or((kv, ""));
            match k.trim() {
                "type" => ty = val.trim(),
                "target" | "dst" | "destination" => target = Some(val.trim().to_string()),
                _ => {}
            }
        }
        if types.contains(&ty) {
            out.extend(target);
        }
    }
    out
}

/// The stage `stage` builds on when its `FROM` names an earlier stage of the same file.
pub fn parent_stage<'a>(df: &'a Dockerfile, stage: &Stage) -> Option<&'a Stage> {
    df.stage_by_name(&stage.base_resolved)
        .filter(|p| p.index < stage.index)
}

/// The stage and the stages it builds on, nearest first (`FROM build` → `build` → ...). A
/// parent always comes earlier in the file, so the chain ends. Rules that need something of
/// every stage's ancestry compute it stage by stage from the parent's result instead (a file can
/// hold thousands of stages, each built on the previous one).
pub fn stage_chain<'a>(df: &'a Dockerfile, stage: &'a Stage) -> Vec<&'a Stage> {
    let mut out = vec![stage];
    let mut cur = stage;
    while let Some(p) = parent_stage(df, cur) {
        out.push(p);
        cur = p;
    }
    out
}

/// Which stages end up in an image, indexed by stage index: for every image the project
/// builds from this Dockerfile (a compose `build.target` makes that stage the shipped one, CI
/// builds and unbuilt Dockerfiles ship the last stage), the shipped stage and every stage it
/// builds on with `FROM`. A stage only copied from (`COPY --from=builder`) is a builder: its
/// caches and package lists never ship. Without any image of the Dockerfile, the last stage's
/// chain.
pub fn shipped_stages(project: &Project, doc: &DockerfileDoc) -> Vec<bool> {
    let df = &doc.tree;
    let mut out = vec![false; df.stages.len()];
    let mut any = false;
    for img in project.images_of(doc.file) {
        let Some(s) = img.shipped_stage else { continue };
        any = true;
        for i in crate::project::image::ImageBuild::ancestry(&doc.stages, s) {
            if let Some(slot) = out.get_mut(i) {
                *slot = true;
            }
        }
    }
    if !any {
        if let Some(last) = df.stages.last() {
            for s in stage_chain(df, last) {
                if let Some(slot) = out.get_mut(s.index) {
                    *slot = true;
                }
            }
        }
    }
    out
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

/// Helpers for the rules' unit tests: audit one Dockerfile with one rule, apply its fixes.
#[cfg(test)]
pub(crate) mod test_support {
    use crate::testing::audit_txtar_with_rule;
    use seaworthy_syntax::dockerfile::parse;

    /// How many findings `code` reports on a Dockerfile.
    pub fn findings(src: &str, code: &'static str) -> usize {
        audit_txtar_with_rule(&format!("-- Dockerfile --\n{src}"), code)
            .findings
            .iter()
            .filter(|f| f.rule.code == code)
            .count()
    }

    /// The Dockerfile after `code`'s safe fixes (and unsafe ones when `unsafe_too`). Fails the test
    /// when the result does not parse as cleanly as the original, when an exec-form instruction
    /// stopped being one, or when fixing again would change it again.
    pub fn fixed_with(src: &str, code: &'static str, unsafe_too: bool) -> String {
        let audit = audit_txtar_with_rule(&format!("-- Dockerfile --\n{src}"), code);
        let plan = crate::fix::plan(&audit, unsafe_too);
        let out = plan
            .iter()
            .find(|f| f.path == "Dockerfile")
            .map(|f| f.fixed.clone())
            .unwrap_or_else(|| src.to_string());
        let (before, after) = (parse(src), parse(&out));
        assert_eq!(
            before.errors.len(),
            after.errors.len(),
            "the fix broke the Dockerfile:\n{out}\n{:?}",
            after.errors
        );
        assert_eq!(before.instructions.len(), after.instructions.len(), "{out}");
        for (a, b) in before.instructions.iter().zip(&after.instructions) {
            assert_eq!(a.keyword, b.keyword, "{out}");
            assert_eq!(a.is_exec_form(), b.is_exec_form(), "exec form lost:\n{out}");
        }
        if out != src {
            let again = audit_txtar_with_rule(&format!("-- Dockerfile --\n{out}"), code);
            assert!(
                crate::fix::plan(&again, unsafe_too).is_empty(),
                "the fix is not idempotent:\n{out}"
            );
        }
        out
    }

    pub fn fixed(src: &str, code: &'static str) -> String {
        fixed_with(src, code, false)
    }
}

#[cfg(test)]
mod tests {
    use crate::testing::audit_txtar;

    /// Thousands of `pip install` lines and a chain of thousands of stages: every rule must stay
    /// linear in them (a per-command rescan of the stage, or a per-stage walk of the whole chain,
    /// turns this into minutes). Not a timing test: it would simply never finish.
    #[test]
    fn big_files_stay_linear() {
        let mut src = String::from("-- Dockerfile --\nFROM python:3.12-slim AS s0\n");
        for i in 0..5_000 {
            src.push_str(&format!("RUN pip install pkg{i}\n"));
        }
        for i in 1..2_000 {
            src.push_str(&format!(
                "FROM s{} AS s{i}\nENV A{i}=1 B{i}=2\nCOPY --from=s0 /a /b{i}\nRUN echo {i} | tee /x\n",
                i - 1
            ));
        }
        let audit = audit_txtar(&src);
        let count = |code: &str| {
            audit
                .findings
                .iter()
                .filter(|f| f.rule.code == code)
                .count()
        };
        // the pip installs are in s0, which the final stage is built on: they ship
        assert_eq!(count("SW1006"), 5_000);
        assert_eq!(count("SW1013"), 5_000);
        assert_eq!(count("SW1024"), 1_999);
    }
}
