//! Stage facts: what each Dockerfile stage is, computed once per file. The base image and OS
//! flavour, the stage it is built from, the system packages and Python dependencies it installs
//! and where those packages land, its user, workdir, exposed ports, environment and
//! healthcheck, and what it copies from the build context or from other stages.
//!
//! Everything here is about one Dockerfile; what a stage copies *resolves* against a build
//! context only in an [`super::image::ImageBuild`].

use seaworthy_syntax::dockerfile::{expand_vars, Dockerfile, Instruction, Keyword, Stage, Word};
use seaworthy_syntax::Span;

/// The base OS family of a stage's image, following stage references.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OsFlavor {
    /// Full Debian-based image with compilers and -dev libraries (`python:3.12`, `buildpack-deps`).
    DebianFull,
    DebianSlim,
    Alpine,
    Distroless,
    Scratch,
    Other,
}

/// Where `pip install` puts packages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PackageTarget {
    /// The interpreter's site-packages (or an active venv on PATH, see [`StageFacts::venv`]).
    System,
    /// `pip install --user`: `$HOME/.local` of the user that runs the build step.
    User,
    /// `--target DIR` / `--prefix DIR` / `--root DIR`.
    Dir(String),
}

/// One `pip install` (`pip`, `pip3`, `python -m pip`, `uv pip`) in a stage.
#[derive(Debug, Clone)]
pub struct PipInstall {
    /// Instruction index.
    pub instr: usize,
    /// Stage index.
    pub stage: usize,
    /// Span of the command in the Dockerfile.
    pub span: Span,
    /// `-r FILE` arguments (image paths) with their spans.
    pub requirement_files: Vec<(String, Span)>,
    /// Packages named on the command line.
    pub packages: Vec<(String, Span)>,
    /// `pip install .` / `pip install -e .` / a path to a project directory.
    pub project_dirs: Vec<(String, Span)>,
    pub target: PackageTarget,
    /// The command was `uv pip` (uv's pip interface).
    pub uv: bool,
    /// `WORKDIR` in effect at this instruction (relative paths are relative to it).
    pub workdir: Option<String>,
    /// `USER` in effect at this instruction (`None`: root, unless the base image says otherwise).
    pub user: Option<String>,
    /// Some argument could not be read (a variable, a URL, a wheel or archive path, a glob): what
    /// this command installs is not fully known.
    pub unresolved: bool,
}

/// Another way a stage installs Python dependencies: `poetry install`, `uv sync`, `pipenv
/// install`, `pdm install`.
#[derive(Debug, Clone)]
pub struct ProjectInstall {
    pub instr: usize,
    pub tool: String,
    pub span: Span,
    /// `WORKDIR` in effect (the project the tool installs is there).
    pub workdir: Option<String>,
}

/// Where a `COPY`/`ADD` takes its sources from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CopyFrom {
    /// The build context.
    Context,
    /// Another stage of this Dockerfile (by index).
    Stage(usize),
    /// An external image (`COPY --from=nginx:1.27 ...`).
    Image(String),
    /// A named build context or something not known here (`--from=$X`).
    Unknown(String),
}

#[derive(Debug, Clone)]
pub struct Copy {
    pub instr: usize,
    pub from: CopyFrom,
    pub sources: Vec<Word>,
    /// Destination as written (relative destinations are relative to `workdir`).
    pub dest: Word,
    /// `WORKDIR` in effect at this instruction.
    pub workdir: Option<String>,
    /// `ADD` rather than `COPY`.
    pub add: bool,
}

#[derive(Debug, Clone)]
pub struct StageFacts {
    pub index: usize,
    /// The stage this one is built `FROM`.
    pub parent: Option<usize>,
    /// The external image at the root of the chain (`python:3.12-slim`).
    pub base_image: String,
    pub os: OsFlavor,
    /// Packages installed with apt-get/apt/apk/yum/dnf/microdnf here and in parent stages.
    /// `None` when a package list comes from a variable that cannot be resolved.
    pub system_packages: Option<Vec<String>>,
    pub pip_installs: Vec<PipInstall>,
    pub project_installs: Vec<ProjectInstall>,
    /// A virtualenv created in this stage or a parent (`python -m venv /opt/venv`, `uv venv`),
    /// with whether `PATH` puts its `bin` first.
    pub venv: Option<(String, bool)>,
    /// The last `USER` of this stage or, if none, of its parent stages.
    pub user: Option<(String, Span)>,
    /// The last `WORKDIR` here or in parent stages.
    pub workdir: Option<String>,
    pub expose: Vec<(u16, Span)>,
    /// `ENV` of this stage and its parents (later wins).
    pub env: Vec<(String, Option<String>, Span)>,
    /// The `HEALTHCHECK` instruction in effect (here or inherited); `HEALTHCHECK NONE` too.
    pub healthcheck: Option<usize>,
    /// The last `CMD` and `ENTRYPOINT` in effect.
    pub cmd: Option<usize>,
    pub entrypoint: Option<usize>,
    pub copies: Vec<Copy>,
}

impl StageFacts {
    pub fn env_value(&self, key: &str) -> Option<&str> {
        self.env
            .iter()
            .rev()
            .find(|(k, _, _)| k == key)
            .and_then(|(_, v, _)| v.as_deref())
    }

    /// Runs as root: no `USER`, or `USER root`/`0`.
    pub fn runs_as_root(&self) -> bool {
        self.user.as_ref().is_none_or(|(u, _)| {
            let u = u.split(':').next().unwrap_or("");
            u == "root" || u == "0"
        })
    }
}

/// Facts for every stage of a Dockerfile, in stage order.
pub fn facts(df: &Dockerfile) -> Vec<StageFacts> {
    let mut out: Vec<StageFacts> = Vec::with_capacity(df.stages.len());
    let global_vars = global_vars(df);
    for stage in &df.stages {
        let parent = df
            .stage_by_name(&stage.base_resolved)
            .map(|s| s.index)
            .filter(|i| *i < stage.index)
            .or_else(|| {
                // `FROM 0` (a stage index)
                stage
                    .base_resolved
                    .parse::<usize>()
                    .ok()
                    .filter(|i| *i < stage.index)
            });
        let inherited = parent.and_then(|p| out.get(p));
        let mut f = StageFacts {
            index: stage.index,
            parent,
            base_image: inherited
                .map(|p| p.base_image.clone())
                .unwrap_or_else(|| stage.base_resolved.clone()),
            os: inherited.map(|p| p.os).unwrap_or_else(|| flavor(stage)),
            system_packages: inherited
                .map(|p| p.system_packages.clone())
                .unwrap_or_else(|| Some(Vec::new())),
            pip_installs: Vec::new(),
            project_installs: Vec::new(),
            venv: inherited.and_then(|p| p.venv.clone()),
            user: inherited.and_then(|p| p.user.clone()),
            workdir: inherited.and_then(|p| p.workdir.clone()),
            expose: inherited.map(|p| p.expose.clone()).unwrap_or_default(),
            env: inherited.map(|p| p.env.clone()).unwrap_or_default(),
            healthcheck: inherited.and_then(|p| p.healthcheck),
            cmd: inherited.and_then(|p| p.cmd),
            entrypoint: inherited.and_then(|p| p.entrypoint),
            copies: Vec::new(),
        };
        let mut vars = global_vars.clone();
        vars.extend(f.env.iter().map(|(k, v, _)| (k.clone(), v.clone())));
        for (idx, ins) in df.stage_instructions(stage) {
            match ins.keyword {
                Keyword::Env | Keyword::Arg => {
                    for kv in ins.key_values() {
                        let v = kv.value.as_ref().map(|v| v.text.clone());
                        vars.push((kv.key.text.clone(), v.clone()));
                        if ins.keyword == Keyword::Env {
                            if kv.key.text == "PATH" {
                                if let (Some((venv, on_path)), Some(v)) = (&mut f.venv, &v) {
                                    *on_path |= v.contains(&format!("{venv}/bin"));
                                }
                            }
                            if kv.key.text == "VIRTUAL_ENV" {
                                if let Some(v) = &v {
                                    if f.venv.is_none() {
                                        f.venv = Some((v.clone(), false));
                                    }
                                }
                            }
                            f.env.push((kv.key.text, v, kv.key.span));
                        }
                    }
                }
                Keyword::User => {
                    if let Some(w) = ins.words().into_iter().next() {
                        f.user = Some((w.text, ins.span));
                    }
                }
                Keyword::Workdir => {
                    if let Some(w) = ins.words().into_iter().next() {
                        let w = expand_vars(&w.text, &vars);
                        f.workdir = Some(match &f.workdir {
                            Some(prev) if !w.starts_with('/') => {
                                format!("{}/{w}", prev.trim_end_matches('/'))
                            }
                            _ => w,
                        });
                    }
                }
                Keyword::Expose => {
                    for w in ins.words() {
                        let t = expand_vars(&w.text, &vars);
                        if let Some(p) = t.split('/').next().and_then(|p| p.parse().ok()) {
                            f.expose.push((p, w.span));
                        }
                    }
                }
                Keyword::Healthcheck => f.healthcheck = Some(idx),
                Keyword::Cmd => f.cmd = Some(idx),
                Keyword::Entrypoint => {
                    f.entrypoint = Some(idx);
                    // a new ENTRYPOINT resets an inherited CMD
                    if f.cmd.is_some_and(|c| c < stage.from) {
                        f.cmd = None;
                    }
                }
                Keyword::Copy | Keyword::Add if ins.heredocs.is_empty() => {
                    if let Some(c) = copy_of(df, ins, idx, f.workdir.clone()) {
                        f.copies.push(c);
                    }
                }
                Keyword::Run => run_facts(df, ins, idx, stage, &vars, &mut f),
                _ => {}
            }
        }
        out.push(f);
    }
    out
}

fn global_vars(df: &Dockerfile) -> Vec<(String, Option<String>)> {
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
    vars
}

fn flavor(stage: &Stage) -> OsFlavor {
    let img = stage.image();
    let tag = img.tag.as_deref().unwrap_or("latest");
    let name = img.official_name();
    if stage.base_resolved == "scratch" {
        return OsFlavor::Scratch;
    }
    if name.contains("distroless") || name.contains("chainguard") {
        return OsFlavor::Distroless;
    }
    if tag.contains("alpine") || name == "alpine" {
        return OsFlavor::Alpine;
    }
    if tag.contains("slim") {
        return OsFlavor::DebianSlim;
    }
    if matches!(
        name,
        "python" | "buildpack-deps" | "node" | "ruby" | "golang"
    ) {
        return OsFlavor::DebianFull;
    }
    if matches!(name, "debian" | "ubuntu") {
        return OsFlavor::DebianSlim;
    }
    OsFlavor::Other
}

fn copy_of(
    df: &Dockerfile,
    ins: &Instruction,
    idx: usize,
    workdir: Option<String>,
) -> Option<Copy> {
    let words = ins.words();
    let (dest, sources) = words.split_last()?;
    let from = match ins.flag_value("from") {
        None => CopyFrom::Context,
        Some(v) if v.contains('$') => CopyFrom::Unknown(v.to_string()),
        Some(v) => {
            if let Some(s) = df.stages.iter().find(|s| {
                s.from < idx
                    && (s
                        .name
                        .as_ref()
                        .is_some_and(|n| n.text.eq_ignore_ascii_case(v))
                        || v.parse::<usize>().is_ok_and(|n| n == s.index))
            }) {
                CopyFrom::Stage(s.index)
            } else if v.contains(':') || v.contains('/') || v.contains('.') {
                CopyFrom::Image(v.to_string())
            } else {
                CopyFrom::Unknown(v.to_string())
            }
        }
    };
    Some(Copy {
        instr: idx,
        from,
        sources: sources.to_vec(),
        dest: dest.clone(),
        workdir,
        add: ins.keyword == Keyword::Add,
    })
}

fn run_facts(
    df: &Dockerfile,
    ins: &Instruction,
    idx: usize,
    stage: &Stage,
    vars: &[(String, Option<String>)],
    f: &mut StageFacts,
) {
    let _ = df;
    // `cd DIR && ...` changes the directory of the commands that follow in this RUN
    let mut cwd = f.workdir.clone();
    for cmd in ins.command_list() {
        let argv = cmd.argv();
        let words: Vec<&str> = argv.iter().map(|w| w.text.as_str()).collect();
        let Some(first) = words.first() else { continue };
        let prog = first.rsplit('/').next().unwrap_or(first);
        let file_span = cmd.span;
        if prog == "cd" {
            if let Some(d) = words.get(1).filter(|d| !d.starts_with('-')) {
                let d = expand_vars(d, vars);
                cwd = Some(if d.starts_with('/') {
                    d
                } else {
                    format!("{}/{d}", cwd.as_deref().unwrap_or("").trim_end_matches('/'))
                });
            }
            continue;
        }
        // system packages
        if matches!(prog, "apt-get" | "apt" | "apk" | "yum" | "dnf" | "microdnf") {
            if let Some(pos) = words.iter().position(|w| *w == "install" || *w == "add") {
                for w in &argv[pos + 1..] {
                    if w.text.starts_with('-') {
                        continue;
                    }
                    let text = if w.text.contains('$') {
                        expand_vars(&w.text, vars)
                    } else {
                        w.text.clone()
                    };
                    if text.contains('$') {
                        f.system_packages = None;
                        continue;
                    }
                    if let Some(pkgs) = &mut f.system_packages {
                        for word in text.split_whitespace() {
                            let name = word.split(['=', ':']).next().unwrap_or(word);
                            pkgs.push(name.to_string());
                        }
                    }
                }
            }
            continue;
        }
        // virtualenvs
        let venv_at = match (words.first(), words.get(1), words.get(2)) {
            (Some(p), Some(&"-m"), Some(&"venv" | &"virtualenv")) if p.contains("python") => {
                Some(3)
            }
            (Some(&"virtualenv"), _, _) => Some(1),
            (Some(&"uv"), Some(&"venv"), _) => Some(2),
            _ => None,
        };
        if let Some(at) = venv_at {
            let dir = words[at.min(words.len())..]
                .iter()
                .find(|w| !w.starts_with('-'))
                .map(|w| w.to_string())
                .unwrap_or_else(|| ".venv".into());
            let dir = if dir.starts_with('/') {
                dir
            } else {
                format!(
                    "{}/{dir}",
                    f.workdir.as_deref().unwrap_or("").trim_end_matches('/')
                )
            };
            let on_path = f
                .env_value("PATH")
                .is_some_and(|p| p.contains(&format!("{dir}/bin")));
            f.venv = Some((dir, on_path));
            continue;
        }
        // project installers
        let project_tool = match (prog, words.get(1)) {
            ("poetry", Some(&"install")) => Some("poetry"),
            ("uv", Some(&"sync")) => Some("uv"),
            ("pipenv", Some(&"install" | &"sync")) => Some("pipenv"),
            ("pdm", Some(&"install" | &"sync")) => Some("pdm"),
            _ => None,
        };
        if let Some(tool) = project_tool {
            f.project_installs.push(ProjectInstall {
                instr: idx,
                tool: tool.into(),
                span: file_span,
                workdir: cwd.clone(),
            });
            continue;
        }
        // pip
        let (start, uv) = match (words.first(), words.get(1), words.get(2), words.get(3)) {
            (Some(_), Some(&"install"), _, _)
                if prog.starts_with("pip") && prog != "pipx" && prog != "pipenv" =>
            {
                (2, false)
            }
            (Some(p), Some(&"-m"), Some(&"pip"), Some(&"install")) if p.contains("python") => {
                (4, false)
            }
            (Some(_), Some(&"pip"), Some(&"install"), _) if prog == "uv" => (3, true),
            _ => continue,
        };
        let mut pi = PipInstall {
            instr: idx,
            stage: stage.index,
            span: file_span,
            requirement_files: Vec::new(),
            packages: Vec::new(),
            project_dirs: Vec::new(),
            target: PackageTarget::System,
            uv,
            workdir: cwd.clone(),
            user: f.user.as_ref().map(|(u, _)| u.clone()),
            unresolved: false,
        };
        let mut i = start;
        while i < argv.len() {
            let w = &argv[i];
            let t = w.text.as_str();
            let next = argv.get(i + 1);
            match t {
                "-r" | "--requirement" => {
                    if let Some(n) = next {
                        pi.requirement_files.push((n.text.clone(), n.span));
                    }
                    i += 2;
                    continue;
                }
                "-c" | "--constraint" => {
                    i += 2;
                    continue;
                }
                "--user" => pi.target = PackageTarget::User,
                "-t" | "--target" | "--prefix" | "--root" => {
                    if let Some(n) = next {
                        pi.target = PackageTarget::Dir(expand_vars(&n.text, vars));
                    }
                    i += 2;
                    continue;
                }
                "-e" | "--editable" => {
                    if let Some(n) = next {
                        pi.project_dirs.push((n.text.clone(), n.span));
                    }
                    i += 2;
                    continue;
                }
                _ => {}
            }
            if let Some(r) = t.strip_prefix("--requirement=").or_else(|| {
                t.strip_prefix("-r")
                    .filter(|r| !r.is_empty() && !r.starts_with('-'))
            }) {
                pi.requirement_files.push((r.to_string(), w.span));
            } else if let Some(d) = t
                .strip_prefix("--target=")
                .or_else(|| t.strip_prefix("--prefix="))
                .or_else(|| t.strip_prefix("--root="))
            {
                pi.target = PackageTarget::Dir(expand_vars(d, vars));
            } else if t.starts_with('-') {
                // options with a separate value
                if matches!(
                    t,
                    "-i" | "--index-url"
                        | "--extra-index-url"
                        | "-f"
                        | "--find-links"
                        | "--trusted-host"
                        | "--platform"
                        | "--python-version"
                        | "--python"
                        | "--cache-dir"
                        | "--src"
                        | "--progress-bar"
                        | "--only-binary"
                        | "--no-binary"
                ) {
                    i += 1;
                }
            } else if t == "."
                || t.starts_with(".[")
                || t.starts_with("./")
                || t.starts_with('/') && !t.contains(".whl")
            {
                pi.project_dirs.push((t.to_string(), w.span));
                if t.contains(['*', '?', '$']) {
                    pi.unresolved = true;
                }
            } else if !t.contains('/') && !t.starts_with('.') && !t.contains('$') {
                pi.packages.push((t.to_string(), w.span));
            } else if !t.contains('/')
                && !t.starts_with(['.', '$'])
                && t.find('$')
                    .is_some_and(|d| t[..d].contains(['=', '<', '>', '~', '!', '[', '@']))
            {
                // `gunicorn==${GUNICORN_VERSION}`: the name is known
                pi.packages.push((t.to_string(), w.span));
            } else {
                pi.unresolved = true;
            }
            i += 1;
        }
        f.pip_installs.push(pi);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stage_facts_follow_parents() {
        let src = "ARG PY=3.12\nFROM python:${PY}-slim AS base\nRUN apt-get update && apt-get install -y --no-install-recommends libpq5\nENV APP_HOME=/app\nWORKDIR $APP_HOME\n\nFROM base AS builder\nRUN apt-get install -y gcc\nRUN python -m venv /opt/venv\nENV PATH=/opt/venv/bin:$PATH\nCOPY requirements/ requirements/\nRUN pip install --no-cache-dir -r requirements/prod.txt\nRUN pip install --user gunicorn==22.0.0\n\nFROM base\nCOPY --from=builder /opt/venv /opt/venv\nCOPY . .\nUSER app\nEXPOSE 8000/tcp\nHEALTHCHECK CMD curl -f http://localhost:8000/ || exit 1\nCMD [\"gunicorn\", \"app:app\"]\n";
        let df = seaworthy_syntax::dockerfile::parse(src);
        let f = facts(&df);
        assert_eq!(f.len(), 3);
        assert_eq!(f[0].os, OsFlavor::DebianSlim);
        assert_eq!(f[0].base_image, "python:3.12-slim");
        assert_eq!(f[1].parent, Some(0));
        assert_eq!(
            f[1].system_packages.as_deref(),
            Some(&["libpq5".to_string(), "gcc".to_string()][..])
        );
        assert_eq!(f[1].venv, Some(("/opt/venv".into(), true)));
        assert_eq!(f[1].pip_installs.len(), 2);
        assert_eq!(
            f[1].pip_installs[0].requirement_files[0].0,
            "requirements/prod.txt"
        );
        assert_eq!(f[1].pip_installs[1].target, PackageTarget::User);
        assert_eq!(f[1].pip_installs[1].packages[0].0, "gunicorn==22.0.0");
        // the final stage builds on `base`, not on `builder`
        assert_eq!(f[2].parent, Some(0));
        assert_eq!(
            f[2].system_packages.as_deref(),
            Some(&["libpq5".to_string()][..])
        );
        assert_eq!(f[2].workdir.as_deref(), Some("/app"));
        assert_eq!(f[2].user.as_ref().map(|u| u.0.as_str()), Some("app"));
        assert_eq!(f[2].expose[0].0, 8000);
        assert!(f[2].healthcheck.is_some());
        assert!(f[2].cmd.is_some());
        assert_eq!(f[2].copies[0].from, CopyFrom::Stage(1));
        assert_eq!(f[2].copies[1].from, CopyFrom::Context);
        assert!(!f[2].runs_as_root());
        assert!(f[1].runs_as_root());
    }

    #[test]
    fn pip_project_installs_and_targets() {
        let src = "FROM python:3.12-alpine\nRUN pip install --prefix=/install . && uv pip install --system -e ./lib\nRUN poetry install --only main\n";
        let df = seaworthy_syntax::dockerfile::parse(src);
        let f = &facts(&df)[0];
        assert_eq!(f.os, OsFlavor::Alpine);
        assert_eq!(
            f.pip_installs[0].target,
            PackageTarget::Dir("/install".into())
        );
        assert_eq!(f.pip_installs[0].project_dirs[0].0, ".");
        assert!(f.pip_installs[1].uv);
        assert_eq!(f.pip_installs[1].project_dirs[0].0, "./lib");
        assert_eq!(f.project_installs[0].tool, "poetry");
    }
}
