//! Image layout: the paths each Dockerfile stage writes, instruction by instruction, and the
//! question rules ask of it: "is this path in the stage's filesystem at this point, and where
//! did it come from?".
//!
//! Writes are `COPY`/`ADD` destinations (from the context, another stage, an image), `WORKDIR`,
//! and what `RUN` commands create: directories and files named on their command lines (`mkdir`,
//! `touch`, redirections, `curl -o`, `git clone`, `cp`), Python install locations (`pip install
//! --target`, virtualenvs, `--user`), and the folders known build tools write under (`npm run
//! build`, `go build`, `tar -x -C`). A `RUN` whose effects cannot be read (a project script,
//! `make`, an unknown program) is recorded as opaque: a path it might have written is never
//! called absent.
//!
//! The layout of a Dockerfile does not depend on its build context; [`find`] resolves context
//! copies against an [`super::image::ImageBuild`]'s files.

use super::image::ImageBuild;
use super::stage::{PackageTarget, StageFacts};
use super::{join_path, normalize_path};
use seaworthy_syntax::dockerfile::{expand_vars, Dockerfile, Instruction, Keyword};
use seaworthy_syntax::Span;

/// What wrote a path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WriteKind {
    /// `COPY`/`ADD` from the build context. `source` is relative to the context (`./` and a
    /// leading `/` removed; `""` for the whole context); `into_dir` says the destination is a
    /// directory the sources land in (`COPY a b /app/`, a trailing `/`).
    Context {
        source: String,
        into_dir: bool,
        glob: bool,
    },
    /// `COPY --from=<stage>`: the absolute source path in that stage.
    Stage {
        stage: usize,
        source: String,
        into_dir: bool,
    },
    /// From an external image, a named context, a URL, a variable: content unknown.
    Opaque,
    /// `WORKDIR` (creates the directory).
    Workdir,
    /// A `RUN` creates exactly this path (`mkdir`, `touch`, a redirection, `python -m venv`).
    Created,
    /// A `RUN` may write anything under this directory (a build tool, an extracted archive, a
    /// clone, a package install location).
    Under,
}

/// One path written by an instruction.
#[derive(Debug, Clone)]
pub struct Write {
    pub instr: usize,
    /// Absolute, normalized image path (`/app/requirements.txt`), no trailing `/`.
    pub path: String,
    pub kind: WriteKind,
    /// The source word (copies) or the instruction.
    pub span: Span,
}

/// A `RUN --mount=type=bind`: the context (or `from` stage) path seen at `target` during that
/// instruction only.
#[derive(Debug, Clone)]
pub struct RunMount {
    pub instr: usize,
    pub target: String,
    /// `source=` (relative to the context or the `from` stage root; `""` when not given).
    pub source: String,
    /// `from=` (a stage or image), `None` for the build context.
    pub from: Option<String>,
}

/// What one stage writes (its own instructions only; parents are other entries).
#[derive(Debug, Clone, Default)]
pub struct StageLayout {
    pub writes: Vec<Write>,
    /// `RUN` instructions whose effects cannot be read.
    pub opaque: Vec<usize>,
    pub mounts: Vec<RunMount>,
}

/// Where a path of a stage's filesystem comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// From the build context: `rel` is its path relative to the context, `instr` the
    /// `COPY`/`ADD` (or `RUN --mount`) that brings it, `span` its source word.
    Context {
        rel: String,
        instr: usize,
        span: Span,
        whole_context: bool,
    },
    /// Copied from another stage: `path` there.
    Stage {
        stage: usize,
        path: String,
        instr: usize,
    },
    /// Created (or possibly written, `exact: false`) by an instruction of the stage chain.
    Written { instr: usize, exact: bool },
    /// It may be there: an instruction with unknown effects, or the base image's own files.
    Unknown,
    /// Nothing in the stage chain writes it and the base image does not ship it.
    Absent,
}

/// Layouts of every stage of a Dockerfile, in stage order.
pub fn layouts(df: &Dockerfile, stages: &[StageFacts]) -> Vec<StageLayout> {
    let mut global: Vec<(String, Option<String>)> = Vec::new();
    for &g in &df.global_args {
        if let Some(ins) = df.instructions.get(g) {
            global.extend(
                ins.key_values()
                    .into_iter()
                    .map(|kv| (kv.key.text, kv.value.map(|v| v.text))),
            );
        }
    }
    let mut out = Vec::with_capacity(df.stages.len());
    for stage in &df.stages {
        let facts = stages.get(stage.index);
        let parent = facts.and_then(|f| f.parent).and_then(|p| stages.get(p));
        let mut vars = global.clone();
        if let Some(p) = parent {
            vars.extend(p.env.iter().map(|(k, v, _)| (k.clone(), v.clone())));
        }
        let mut workdir = parent
            .and_then(|p| p.workdir.clone())
            .unwrap_or_else(|| "/".into());
        let mut user = parent.and_then(|p| p.user.as_ref()).map(|(u, _)| u.clone());
        let mut lay = StageLayout::default();
        for (idx, ins) in df.stage_instructions(stage) {
            match ins.keyword {
                Keyword::Env | Keyword::Arg => {
                    for kv in ins.key_values() {
                        vars.push((kv.key.text, kv.value.map(|v| v.text)));
                    }
                }
                Keyword::User => {
                    if let Some(w) = ins.words().into_iter().next() {
                        user = Some(expand_vars(&w.text, &vars));
                    }
                }
                Keyword::Workdir => {
                    if let Some(w) = ins.words().into_iter().next() {
                        let w = expand_vars(&w.text, &vars);
                        workdir = abs(&workdir, &w);
                        lay.writes.push(Write {
                            instr: idx,
                            path: workdir.clone(),
                            kind: WriteKind::Workdir,
                            span: ins.span,
                        });
                    }
                }
                Keyword::Copy | Keyword::Add => {
                    copy_writes(df, ins, idx, &workdir, &vars, &mut lay);
                }
                Keyword::Run => {
                    let env = Env {
                        vars: &vars,
                        user: user.as_deref(),
                        facts,
                    };
                    run_writes(ins, idx, &workdir, &env, &mut lay);
                }
                _ => {}
            }
        }
        out.push(lay);
    }
    out
}

/// An absolute, normalized image path: `rel` against the directory `cwd`.
fn abs(cwd: &str, rel: &str) -> String {
    let rel = rel.trim();
    if rel.starts_with('/') {
        format!("/{}", normalize_path(rel))
    } else {
        format!("/{}", join_path(cwd.trim_start_matches('/'), rel))
    }
}

fn is_glob(s: &str) -> bool {
    s.contains(['*', '?', '['])
}

fn copy_writes(
    df: &Dockerfile,
    ins: &Instruction,
    idx: usize,
    workdir: &str,
    vars: &[(String, Option<String>)],
    lay: &mut StageLayout,
) {
    let words = ins.words();
    let Some((dest, sources)) = words.split_last() else {
        return;
    };
    let dest_text = expand_vars(&dest.text, vars);
    if dest_text.contains('$') {
        lay.opaque.push(idx);
        return;
    }
    let dest_path = abs(workdir, &dest_text);
    // heredoc copies create their destination
    if !ins.heredocs.is_empty() {
        lay.writes.push(Write {
            instr: idx,
            path: dest_path,
            kind: WriteKind::Created,
            span: ins.span,
        });
        return;
    }
    // docker copies a file INTO a destination that already is a directory, trailing `/` or
    // not: the working directory, a directory an earlier instruction made, a system directory
    let known_dir = dest_path == "/"
        || dest_path == workdir
        || SYSTEM_DIRS.contains(&dest_path.as_str())
        || lay.writes.iter().any(|w| {
            (w.kind == WriteKind::Workdir && w.path == dest_path)
                || (w.path != dest_path && is_under(&w.path, &dest_path))
        });
    let into_dir = dest_text.ends_with('/')
        || dest_text == "."
        || known_dir
        || sources.len() > 1
        || sources.iter().any(|s| is_glob(&s.text));
    let from = ins.flag_value("from");
    for s in sources {
        let text = expand_vars(&s.text, vars);
        let kind = match from {
            None => {
                if text.contains('$') || text.contains("://") || text.starts_with("git@") {
                    // ADD of a URL, or an unresolved variable
                    WriteKind::Opaque
                } else if ins.keyword == Keyword::Add && is_archive(&text) {
                    // ADD extracts local archives
                    WriteKind::Under
                } else {
                    let rel = text.trim_start_matches("./").trim_start_matches('/');
                    let rel = normalize_path(rel);
                    WriteKind::Context {
                        glob: is_glob(&rel),
                        source: rel,
                        into_dir,
                    }
                }
            }
            Some(f) => {
                let stage = (!f.contains('$'))
                    .then(|| {
                        df.stages.iter().find(|st| {
                            st.from < idx
                                && (st
                                    .name
                                    .as_ref()
                                    .is_some_and(|n| n.text.eq_ignore_ascii_case(f))
                                    || f.parse::<usize>().is_ok_and(|n| n == st.index))
                        })
                    })
                    .flatten();
                match stage {
                    Some(st) if !text.contains('$') && !is_glob(&text) => WriteKind::Stage {
                        stage: st.index,
                        source: abs("/", &text),
                        into_dir,
                    },
                    _ => WriteKind::Opaque,
                }
            }
        };
        lay.writes.push(Write {
            instr: idx,
            path: dest_path.clone(),
            kind,
            span: s.span,
        });
    }
}

/// Directories every Linux base image has: a file copied there lands inside.
const SYSTEM_DIRS: &[&str] = &[
    "/bin",
    "/etc",
    "/opt",
    "/tmp",
    "/usr/bin",
    "/usr/local/bin",
    "/usr/local/sbin",
    "/usr/sbin",
    "/docker-entrypoint.d",
    "/docker-entrypoint-initdb.d",
];

fn is_archive(p: &str) -> bool {
    [
        ".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tar.xz", ".txz", ".tbz2",
    ]
    .iter()
    .any(|s| p.ends_with(s))
}

struct Env<'a> {
    vars: &'a [(String, Option<String>)],
    user: Option<&'a str>,
    facts: Option<&'a StageFacts>,
}

impl Env<'_> {
    fn var(&self, k: &str) -> Option<&str> {
        self.vars
            .iter()
            .rev()
            .find(|(n, _)| n == k)
            .and_then(|(_, v)| v.as_deref())
    }

    fn home(&self) -> String {
        if let Some(h) = self.var("HOME") {
            return h.to_string();
        }
        home_of(self.user)
    }
}

/// The home directory of a user name (`root` → `/root`, `app` → `/home/app`).
pub fn home_of(user: Option<&str>) -> String {
    match user.map(|u| u.split(':').next().unwrap_or(u)) {
        None | Some("root") | Some("0") | Some("") => "/root".into(),
        Some(u) => format!("/home/{u}"),
    }
}

/// Programs whose only effects on the filesystem are in system locations or are read below
/// (redirections): they never make a `RUN` opaque.
const QUIET: &[&str] = &[
    "apt-get",
    "apt",
    "aptitude",
    "apk",
    "yum",
    "dnf",
    "dnf5",
    "microdnf",
    "tdnf",
    "zypper",
    "dpkg",
    "dpkg-reconfigure",
    "apt-mark",
    "update-alternatives",
    "update-ca-certificates",
    "ldconfig",
    "locale-gen",
    "localedef",
    "rm",
    "chmod",
    "chown",
    "chgrp",
    "echo",
    "printf",
    "cat",
    "true",
    "false",
    "set",
    "export",
    "test",
    "[",
    "[[",
    "sed",
    "grep",
    "find",
    "xargs",
    "groupadd",
    "addgroup",
    "groupmod",
    "usermod",
    "passwd",
    "chpasswd",
    "sleep",
    "id",
    "whoami",
    "which",
    "command",
    "exit",
    "source",
    ".",
    ":",
    "ulimit",
    "umask",
    "unset",
    "ls",
    "pwd",
    "env",
    "printenv",
    "corepack",
    "rustup",
    "sh",
    "bash",
    "ash",
    "dash",
    "setcap",
    "strip",
    "update-rc.d",
    "gpg",
    "gpgconf",
    "sha256sum",
    "md5sum",
    "cmp",
    "diff",
    "head",
    "tail",
    "wc",
    "sort",
    "tee",
    "awk",
    "cut",
    "tr",
    "uname",
    "arch",
    "date",
    "python-config",
    "node",
    "npm-config",
    "uv-config",
    "git",
    "npm",
    "yarn",
    "pnpm",
    "npx",
];

fn run_writes(ins: &Instruction, idx: usize, workdir: &str, env: &Env, lay: &mut StageLayout) {
    // bind mounts of this RUN
    for f in ins.flags.iter().filter(|f| f.name == "mount") {
        let Some(v) = f.value.as_deref() else {
            continue;
        };
        let mut ty = "bind";
        let (mut target, mut source, mut from) = (None, String::new(), None);
        for kv in v.split(',') {
            let (k, val) = kv.split_once('=').unwrap_or((kv, ""));
            match k.trim() {
                "type" => ty = val.trim(),
                "target" | "dst" | "destination" => target = Some(val.trim().to_string()),
                "source" | "src" => source = val.trim().to_string(),
                "from" => from = Some(val.trim().to_string()),
                _ => {}
            }
        }
        if ty == "bind" {
            if let Some(t) = target {
                lay.mounts.push(RunMount {
                    instr: idx,
                    target: abs(workdir, &expand_vars(&t, env.vars)),
                    source: normalize_path(
                        expand_vars(&source, env.vars)
                            .trim_start_matches("./")
                            .trim_start_matches('/'),
                    ),
                    from,
                });
            }
        }
    }
    let mut cwd = workdir.to_string();
    let mut opaque = false;
    let push = |lay: &mut StageLayout, path: String, kind: WriteKind| {
        if !path.contains('$') && path != "/dev/null" && !path.starts_with("/dev/") {
            lay.writes.push(Write {
                instr: idx,
                path,
                kind,
                span: ins.span,
            });
        }
    };
    for cmd in ins.command_list() {
        let argv: Vec<String> = cmd
            .argv()
            .iter()
            .map(|w| expand_vars(&w.text, env.vars))
            .collect();
        for r in &cmd.redirects {
            let t = expand_vars(&r.text, env.vars);
            if !t.starts_with('&') && !t.is_empty() {
                push(lay, abs(&cwd, &t), WriteKind::Created);
            }
        }
        let Some(first) = argv.first() else { continue };
        let prog = first.rsplit('/').next().unwrap_or(first).to_string();
        let args: Vec<&str> = argv.iter().skip(1).map(String::as_str).collect();
        let operands: Vec<&str> = args
            .iter()
            .copied()
            .filter(|a| !a.starts_with('-'))
            .collect();
        let opt = |names: &[&str]| -> Option<String> {
            for (i, a) in args.iter().enumerate() {
                for n in names {
                    if a == n {
                        return args.get(i + 1).map(|s| s.to_string());
                    }
                    if let Some(v) = a.strip_prefix(&format!("{n}=")) {
                        return Some(v.to_string());
                    }
                    // `-ofile` short forms
                    if n.len() == 2 && !n.starts_with("--") && a.len() > 2 && a.starts_with(n) {
                        return Some(a[2..].to_string());
                    }
                }
            }
            None
        };
        match prog.as_str() {
            "cd" => {
                if let Some(d) = operands.first() {
                    cwd = abs(&cwd, d);
                }
            }
            "mkdir" | "touch" => {
                for o in operands {
                    push(lay, abs(&cwd, o), WriteKind::Created);
                }
            }
            "install" => {
                if args.contains(&"-d") {
                    for o in operands {
                        push(lay, abs(&cwd, o), WriteKind::Created);
                    }
                } else if let Some(last) = operands.last() {
                    push(lay, abs(&cwd, last), WriteKind::Under);
                }
            }
            "cp" | "mv" | "ln" | "rsync" => {
                if let Some(last) = operands.last() {
                    push(lay, abs(&cwd, last), WriteKind::Under);
                }
            }
            "curl" => {
                if let Some(o) = opt(&["-o", "--output"]) {
                    push(lay, abs(&cwd, &o), WriteKind::Created);
                } else if args.iter().any(|a| *a == "-O" || *a == "--remote-name") {
                    push(lay, cwd.clone(), WriteKind::Under);
                }
            }
            "wget" => {
                if let Some(o) = opt(&["-O", "--output-document"]) {
                    if o != "-" {
                        push(lay, abs(&cwd, &o), WriteKind::Created);
                    }
                } else if let Some(d) = opt(&["-P", "--directory-prefix"]) {
                    push(lay, abs(&cwd, &d), WriteKind::Under);
                } else {
                    push(lay, cwd.clone(), WriteKind::Under);
                }
            }
            "tar" | "bsdtar" => {
                let extract = args.iter().any(|a| {
                    *a == "--extract"
                        || (!a.starts_with("--") && a.trim_start_matches('-').contains('x'))
                });
                if extract {
                    let dir = opt(&["-C", "--directory"]).unwrap_or_else(|| cwd.clone());
                    push(lay, abs(&cwd, &dir), WriteKind::Under);
                } else if let Some(f) = opt(&["-f", "--file"]) {
                    push(lay, abs(&cwd, &f), WriteKind::Created);
                }
            }
            "unzip" => {
                let dir = opt(&["-d"]).unwrap_or_else(|| cwd.clone());
                push(lay, abs(&cwd, &dir), WriteKind::Under);
            }
            "git" => match operands.first().copied() {
                Some("clone") => {
                    let dir = operands.get(2).map(|s| s.to_string()).or_else(|| {
                        operands.get(1).map(|u| {
                            u.trim_end_matches('/')
                                .rsplit(['/', ':'])
                                .next()
                                .unwrap_or("")
                                .trim_end_matches(".git")
                                .to_string()
                        })
                    });
                    if let Some(d) = dir.filter(|d| !d.is_empty()) {
                        push(lay, abs(&cwd, &d), WriteKind::Under);
                    }
                }
                Some("config" | "init" | "checkout" | "fetch" | "pull" | "submodule") => {
                    push(lay, cwd.clone(), WriteKind::Under);
                }
                _ => {}
            },
            "useradd" | "adduser" => {
                let name = operands.last().map(|s| s.to_string());
                let home = opt(&["-d", "--home-dir", "--home", "-h"]);
                // useradd creates the home with -m; Debian's adduser and busybox adduser create
                // it unless told not to
                let creates = args.iter().any(|a| *a == "-m" || *a == "--create-home")
                    || prog == "adduser"
                        && !args
                            .iter()
                            .any(|a| *a == "-H" || *a == "--no-create-home" || *a == "-M");
                if creates {
                    let home = home.or_else(|| name.map(|n| format!("/home/{n}")));
                    if let Some(h) = home {
                        push(lay, abs(&cwd, &h), WriteKind::Created);
                    }
                }
            }
            "virtualenv" => {
                let d = operands.first().copied().unwrap_or(".venv");
                push(lay, abs(&cwd, d), WriteKind::Under);
            }
            "uv" => match operands.first().copied() {
                Some("venv") => {
                    let d = operands.get(1).copied().unwrap_or(".venv");
                    push(lay, abs(&cwd, d), WriteKind::Under);
                }
                Some("sync") => {
                    let d = env
                        .var("UV_PROJECT_ENVIRONMENT")
                        .map(str::to_string)
                        .unwrap_or_else(|| ".venv".into());
                    push(lay, abs(&cwd, &d), WriteKind::Under);
                }
                Some("pip") => {
                    if let Some(l) = pip_location(env, &cwd, &argv) {
                        push(lay, l, WriteKind::Under);
                    }
                    if let Some(o) = opt(&["-o", "--output-file"]) {
                        push(lay, abs(&cwd, &o), WriteKind::Created);
                    }
                }
                Some("export" | "lock" | "build" | "tool" | "python") => {
                    if let Some(o) = opt(&["-o", "--output-file", "--out-dir"]) {
                        push(lay, abs(&cwd, &o), WriteKind::Under);
                    }
                    push(lay, cwd.clone(), WriteKind::Under);
                }
                _ => {}
            },
            "poetry" | "pdm" | "pipenv" | "hatch" => {
                // in-project environments, build outputs, exported requirements
                if let Some(o) = opt(&["-o", "--output"]) {
                    push(lay, abs(&cwd, &o), WriteKind::Created);
                }
                push(lay, cwd.clone(), WriteKind::Under);
                push(lay, format!("{}/.cache", env.home()), WriteKind::Under);
            }
            "go" => {
                if let Some(o) = opt(&["-o"]) {
                    push(lay, abs(&cwd, &o), WriteKind::Under);
                } else {
                    push(lay, cwd.clone(), WriteKind::Under);
                }
                if let Some(gp) = env.var("GOPATH") {
                    push(lay, abs(&cwd, gp), WriteKind::Under);
                }
                push(lay, "/go".into(), WriteKind::Under);
            }
            "cargo" | "mvn" | "gradle" | "dotnet" | "mix" | "bundle" | "composer" | "hugo"
            | "webpack" | "vite" | "tsc" | "esbuild" | "rollup" | "parcel" | "ng" | "next"
            | "nuxt" | "gatsby" | "astro" | "bun" | "deno" => {
                if let Some(o) = opt(&["-o", "--output", "--out-dir", "--outdir"]) {
                    push(lay, abs(&cwd, &o), WriteKind::Under);
                }
                push(lay, cwd.clone(), WriteKind::Under);
                if prog == "cargo" {
                    push(lay, "/usr/local/cargo".into(), WriteKind::Under);
                    if let Some(r) = opt(&["--root"]) {
                        push(lay, abs(&cwd, &r), WriteKind::Under);
                    }
                }
            }
            p if p.starts_with("python") || p.starts_with("pip") || p == "pip" => {
                let is_pip = p.starts_with("pip")
                    || argv.get(1).is_some_and(|w| w == "-m")
                        && argv.get(2).is_some_and(|w| w.starts_with("pip"));
                let module = if p.starts_with("python") && argv.get(1).is_some_and(|w| w == "-m") {
                    argv.get(2).map(String::as_str)
                } else {
                    None
                };
                if is_pip {
                    if let Some(l) = pip_location(env, &cwd, &argv) {
                        push(lay, l, WriteKind::Under);
                    }
                    for o in ["-w", "--wheel-dir", "-d", "--dest", "--src"] {
                        if let Some(d) = opt(&[o]) {
                            push(lay, abs(&cwd, &d), WriteKind::Under);
                        }
                    }
                } else if matches!(module, Some("venv" | "virtualenv")) {
                    let d = argv
                        .iter()
                        .skip(3)
                        .find(|w| !w.starts_with('-'))
                        .cloned()
                        .unwrap_or_else(|| ".venv".into());
                    push(lay, abs(&cwd, &d), WriteKind::Under);
                } else if matches!(module, Some("compileall" | "pip_audit" | "ensurepip")) {
                } else if argv.get(1).is_some_and(|w| w == "-c") {
                    // inline code: rarely writes files a later COPY --from needs
                } else {
                    // a script or a module with unknown effects (build, collectstatic, setup.py)
                    push(lay, cwd.clone(), WriteKind::Under);
                    opaque = true;
                }
            }
            p if QUIET.contains(&p) => {
                // npm/yarn/pnpm: node_modules and build outputs under the working directory
                if matches!(p, "npm" | "yarn" | "pnpm" | "npx") {
                    push(lay, cwd.clone(), WriteKind::Under);
                    if let Some(prefix) = opt(&["--prefix", "--cwd", "-C", "--dir"]) {
                        push(lay, abs(&cwd, &prefix), WriteKind::Under);
                    }
                }
                // `sh -c "..."` / `bash script.sh`: read what the script does only when inline
                if matches!(p, "sh" | "bash" | "ash" | "dash")
                    && !args.first().is_some_and(|a| a.starts_with('-'))
                    && !args.is_empty()
                {
                    opaque = true;
                }
                if matches!(p, "sh" | "bash" | "ash" | "dash") && args.first() == Some(&"-c") {
                    opaque = true;
                }
                if p == "xargs" || p == "find" && args.contains(&"-exec") {
                    opaque = true;
                }
            }
            _ => opaque = true,
        }
    }
    if opaque {
        lay.opaque.push(idx);
    }
}

/// Where a pip command puts packages: `--target`/`--prefix`/`--root`, `--user` (the user's
/// `~/.local`), the active virtualenv, else `None` (the interpreter's own site-packages).
fn pip_location(env: &Env, cwd: &str, argv: &[String]) -> Option<String> {
    let mut target = None;
    let mut i = 0;
    while i < argv.len() {
        let a = argv[i].as_str();
        match a {
            "--user" => target = Some(PackageTarget::User),
            "-t" | "--target" | "--prefix" | "--root" => {
                if let Some(n) = argv.get(i + 1) {
                    target = Some(PackageTarget::Dir(n.clone()));
                }
                i += 1;
            }
            _ => {
                if let Some(d) = a
                    .strip_prefix("--target=")
                    .or_else(|| a.strip_prefix("--prefix="))
                    .or_else(|| a.strip_prefix("--root="))
                {
                    target = Some(PackageTarget::Dir(d.to_string()));
                }
            }
        }
        i += 1;
    }
    match target {
        Some(PackageTarget::User) => Some(match env.var("PYTHONUSERBASE") {
            Some(b) => abs(cwd, b),
            None => format!("{}/.local", env.home()),
        }),
        Some(PackageTarget::Dir(d)) => Some(abs(cwd, &d)),
        _ => env
            .facts
            .and_then(|f| f.venv.as_ref())
            .map(|(v, _)| v.clone())
            .or_else(|| env.var("VIRTUAL_ENV").map(str::to_string)),
    }
}

/// Is `path` equal to `base` or below it?
pub fn is_under(path: &str, base: &str) -> bool {
    let base = base.trim_end_matches('/');
    base.is_empty() || path == base || path.starts_with(base) && path[base.len()..].starts_with('/')
}

/// Top-level folders every base image has, whose content is the image's business: a path
/// under them is never called absent.
const SYSTEM: &[&str] = &[
    "/usr", "/etc", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32", "/var", "/proc",
    "/sys", "/dev", "/run", "/boot", "/tmp",
];

/// The Docker Official Image name of a reference (`python:3.12-slim` → `python`), `None` for
/// other registries and namespaces.
pub fn official_image(image: &str) -> Option<String> {
    let i = seaworthy_syntax::image::ImageRef::parse(image);
    if i.name.contains(['$', '{']) {
        return None;
    }
    let official_registry = match i.registry.as_deref() {
        None | Some("docker.io") | Some("index.docker.io") | Some("registry-1.docker.io") => true,
        // the usual mirrors of Docker Hub's library
        Some("mirror.gcr.io") | Some("public.ecr.aws") => {
            i.name.starts_with("library/") || i.name.starts_with("docker/library/")
        }
        _ => false,
    };
    let name = i
        .official_name()
        .trim_start_matches("docker/library/")
        .to_string();
    (official_registry && !name.contains('/')).then_some(name)
}

/// Base images whose filesystem holds nothing outside the system folders an application would
/// copy from or run (official language and distribution images, distroless, scratch).
fn bare_base(image: &str) -> bool {
    if image == "scratch" {
        return true;
    }
    let i = seaworthy_syntax::image::ImageRef::parse(image);
    if i.registry.as_deref() == Some("gcr.io") && i.name.starts_with("distroless/") {
        return true;
    }
    if i.tag.as_deref().unwrap_or("").contains("onbuild") {
        return false;
    }
    official_image(image).is_some_and(|name| {
        matches!(
            name.as_str(),
            "python"
                | "debian"
                | "ubuntu"
                | "alpine"
                | "golang"
                | "rust"
                | "busybox"
                | "buildpack-deps"
                | "node"
                | "fedora"
                | "amazonlinux"
                | "rockylinux"
                | "almalinux"
                | "eclipse-temurin"
                | "openjdk"
                | "ruby"
        )
    })
}

/// Paths a bare base image has outside [`SYSTEM`] (node's `/home/node` and `/opt/yarn-*`).
fn base_ships(image: &str, path: &str) -> bool {
    if matches!(
        path,
        "/" | "/root" | "/home" | "/srv" | "/opt" | "/mnt" | "/media"
    ) {
        return true;
    }
    let name = official_image(image).unwrap_or_default();
    match name.as_str() {
        "node" => is_under(path, "/home/node") || is_under(path, "/opt"),
        "golang" => is_under(path, "/go"),
        "rust" => is_under(path, "/usr/local/cargo"),
        "ruby" => is_under(path, "/usr/local/bundle"),
        _ => false,
    }
}

/// Does the repository path exist as a directory (`Some(true)`), a file (`Some(false)`), or
/// not at all (`None`), relative to the build context?
pub type IsDir<'a> = &'a dyn Fn(&str) -> Option<bool>;

/// Where `path` (absolute in the image) comes from in `stage` just before instruction `before`
/// (`None`: at the end of the stage).
pub fn find(
    _df: &Dockerfile,
    stages: &[StageFacts],
    layouts: &[StageLayout],
    stage: usize,
    before: Option<usize>,
    path: &str,
    is_dir: IsDir,
) -> Found {
    find_depth(stages, layouts, stage, before, path, is_dir, 0)
}

#[allow(clippy::too_many_arguments)]
fn find_depth(
    stages: &[StageFacts],
    layouts: &[StageLayout],
    stage: usize,
    before: Option<usize>,
    path: &str,
    is_dir: IsDir,
    depth: usize,
) -> Found {
    let path = abs("/", path);
    let chain = ImageBuild::ancestry(stages, stage);
    let mut opaque = false;
    for (n, s) in chain.iter().enumerate() {
        let Some(lay) = layouts.get(*s) else {
            return Found::Unknown;
        };
        let limit = if n == 0 { before } else { None };
        let visible = |i: usize| limit.is_none_or(|b| i < b);
        if n == 0 {
            if let Some(b) = before {
                for m in lay.mounts.iter().filter(|m| m.instr == b) {
                    if is_under(&path, &m.target) {
                        if m.from.is_some() {
                            return Found::Unknown;
                        }
                        let rest = path[m.target.len()..].trim_start_matches('/');
                        return Found::Context {
                            rel: join_path(&m.source, rest),
                            instr: b,
                            span: Span::EMPTY,
                            whole_context: m.source.is_empty(),
                        };
                    }
                }
            }
        }
        opaque |= lay.opaque.iter().any(|i| visible(*i));
        for w in lay.writes.iter().rev().filter(|w| visible(w.instr)) {
            if let Some(found) = match_write(w, &path, is_dir) {
                return match found {
                    Found::Stage {
                        stage: from,
                        path: ref p,
                        ..
                    } if depth < 8 && from != stage => {
                        // follow the copy into the source stage, at its end
                        match find_depth(stages, layouts, from, None, p, is_dir, depth + 1) {
                            Found::Absent => Found::Absent,
                            Found::Unknown => Found::Unknown,
                            _ => found,
                        }
                    }
                    f => f,
                };
            }
        }
    }
    if opaque {
        return Found::Unknown;
    }
    let root = chain
        .last()
        .and_then(|s| stages.get(*s))
        .map(|s| s.base_image.as_str())
        .unwrap_or("");
    if !bare_base(root) || SYSTEM.iter().any(|p| is_under(&path, p)) || base_ships(root, &path) {
        return Found::Unknown;
    }
    Found::Absent
}

/// A guess at whether a source path names a directory when the files cannot say.
fn looks_like_dir(p: &str) -> bool {
    let p = p.trim_end_matches('/');
    let base = p.rsplit('/').next().unwrap_or(p);
    p.is_empty()
        || p == "."
        || !base.contains('.')
        || base.starts_with('.') && base.len() > 1 && !base[1..].contains('.')
}

fn match_write(w: &Write, path: &str, is_dir: IsDir) -> Option<Found> {
    match &w.kind {
        WriteKind::Context {
            source,
            into_dir,
            glob,
        } => {
            let whole = source.is_empty();
            if *glob {
                let (sdir, spat) = source.rsplit_once('/').unwrap_or(("", source.as_str()));
                let (pdir, pbase) = path.rsplit_once('/').unwrap_or(("", path));
                let pdir = if pdir.is_empty() { "/" } else { pdir };
                if pdir == w.path && !is_glob(sdir) && wildcard(spat, pbase) {
                    return Some(Found::Context {
                        rel: join_path(sdir, pbase),
                        instr: w.instr,
                        span: w.span,
                        whole_context: false,
                    });
                }
                return None;
            }
            let src_dir = whole
                || is_dir(source)
                    .unwrap_or_else(|| source.ends_with('/') || looks_like_dir(source));
            if src_dir {
                if is_under(path, &w.path) {
                    let rest = path[w.path.len().min(path.len())..].trim_start_matches('/');
                    return Some(Found::Context {
                        rel: join_path(source, rest),
                        instr: w.instr,
                        span: w.span,
                        whole_context: whole,
                    });
                }
            } else {
                let base = source.rsplit('/').next().unwrap_or(source);
                let file = if *into_dir {
                    format!("{}/{base}", w.path.trim_end_matches('/'))
                } else {
                    w.path.clone()
                };
                if path == file {
                    return Some(Found::Context {
                        rel: source.clone(),
                        instr: w.instr,
                        span: w.span,
                        whole_context: false,
                    });
                }
            }
            // a copy into a directory below the path: the directory exists
            (is_under(&w.path, path) && w.path != path).then_some(Found::Written {
                instr: w.instr,
                exact: true,
            })
        }
        WriteKind::Stage {
            stage,
            source,
            into_dir,
        } => {
            let src_dir = looks_like_dir(source);
            let target = if !src_dir && *into_dir {
                let base = source.rsplit('/').next().unwrap_or(source);
                format!("{}/{base}", w.path.trim_end_matches('/'))
            } else {
                w.path.clone()
            };
            if is_under(path, &target) {
                let rest = path[target.len().min(path.len())..].trim_start_matches('/');
                let p = if rest.is_empty() {
                    source.clone()
                } else {
                    format!("{}/{rest}", source.trim_end_matches('/'))
                };
                return Some(Found::Stage {
                    stage: *stage,
                    path: p,
                    instr: w.instr,
                });
            }
            (is_under(&target, path)).then_some(Found::Written {
                instr: w.instr,
                exact: true,
            })
        }
        WriteKind::Opaque => {
            (is_under(path, &w.path) || is_under(&w.path, path)).then_some(Found::Unknown)
        }
        WriteKind::Workdir | WriteKind::Created => {
            // the path itself, or a directory created below it
            is_under(&w.path, path).then_some(Found::Written {
                instr: w.instr,
                exact: true,
            })
        }
        WriteKind::Under => {
            if is_under(path, &w.path) {
                Some(Found::Written {
                    instr: w.instr,
                    exact: false,
                })
            } else {
                is_under(&w.path, path).then_some(Found::Written {
                    instr: w.instr,
                    exact: true,
                })
            }
        }
    }
}

/// `*`/`?` wildcard match of one path component.
fn wildcard(pat: &str, s: &str) -> bool {
    let p: Vec<char> = pat.chars().collect();
    let t: Vec<char> = s.chars().collect();
    let (mut pi, mut ti) = (0usize, 0usize);
    let (mut star, mut mark) = (None::<usize>, 0usize);
    while ti < t.len() {
        if pi < p.len() && (p[pi] == '?' || p[pi] == t[ti]) {
            pi += 1;
            ti += 1;
        } else if pi < p.len() && p[pi] == '*' {
            star = Some(pi);
            mark = ti;
            pi += 1;
        } else if pi < p.len() && p[pi] == '[' {
            // character classes: accept any one character
            match p[pi..].iter().position(|c| *c == ']') {
                Some(end) => {
                    pi += end + 1;
                    ti += 1;
                }
                None => return false,
            }
        } else if let Some(s) = star {
            pi = s + 1;
            mark += 1;
            ti = mark;
        } else {
            return false;
        }
    }
    while pi < p.len() && p[pi] == '*' {
        pi += 1;
    }
    pi == p.len()
}

impl super::Project {
    /// Where `path` (absolute in the image) comes from in `stage` of `img`'s Dockerfile, just
    /// before instruction `before` (`None`: at the end of the stage). Context copies are
    /// resolved against the image's build context.
    pub fn image_path(
        &self,
        img: &ImageBuild,
        stage: usize,
        before: Option<usize>,
        path: &str,
    ) -> Found {
        let Some(doc) = self.dockerfile(img.dockerfile) else {
            return Found::Unknown;
        };
        let is_dir = |rel: &str| -> Option<bool> {
            let full = join_path(&img.context, rel);
            if self.files.all_paths.contains(&full) {
                Some(false)
            } else if !full.is_empty() && self.files.exists(&full) {
                Some(true)
            } else {
                None
            }
        };
        find(
            &doc.tree,
            &doc.stages,
            &doc.layout,
            stage,
            before,
            path,
            &is_dir,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn setup(src: &str) -> (Dockerfile, Vec<StageFacts>, Vec<StageLayout>) {
        let df = seaworthy_syntax::dockerfile::parse(src);
        let st = super::super::stage::facts(&df);
        let lay = layouts(&df, &st);
        (df, st, lay)
    }

    fn none(_: &str) -> Option<bool> {
        None
    }

    #[test]
    fn copies_and_runs_resolve() {
        let (df, st, lay) = setup("FROM python:3.12-slim AS builder\nWORKDIR /build\nCOPY requirements/ requirements/\nRUN pip install --prefix=/install -r requirements/prod.txt\nRUN python -m venv /opt/venv && mkdir -p /data/cache\nFROM python:3.12-slim\nWORKDIR /app\nCOPY --from=builder /install /usr/local\nCOPY --from=builder /opt/venv /opt/venv\nCOPY . .\nCOPY docker/entrypoint.sh /entrypoint.sh\nCMD [\"gunicorn\"]\n");
        let f = |stage, before, p: &str| find(&df, &st, &lay, stage, before, p, &none);
        // before the pip install, the requirements come from the context
        match f(0, Some(4), "/build/requirements/prod.txt") {
            Found::Context { rel, .. } => assert_eq!(rel, "requirements/prod.txt"),
            o => panic!("{o:?}"),
        }
        assert!(matches!(f(0, None, "/install"), Found::Written { .. }));
        assert!(matches!(f(0, None, "/data/cache"), Found::Written { .. }));
        assert_eq!(f(0, None, "/root/.local"), Found::Absent);
        assert_eq!(f(0, None, "/wheels"), Found::Absent);
        assert_eq!(f(0, None, "/usr/local/lib"), Found::Unknown);
        match f(1, None, "/entrypoint.sh") {
            Found::Context { rel, .. } => assert_eq!(rel, "docker/entrypoint.sh"),
            o => panic!("{o:?}"),
        }
        match f(1, None, "/app/alembic.ini") {
            Found::Context {
                rel, whole_context, ..
            } => {
                assert_eq!(rel, "alembic.ini");
                assert!(whole_context);
            }
            o => panic!("{o:?}"),
        }
        assert!(matches!(
            f(1, None, "/opt/venv/bin/gunicorn"),
            Found::Stage { .. }
        ));
        assert_eq!(f(1, None, "/srv/other"), Found::Absent);
    }

    #[test]
    fn opaque_runs_and_unknown_bases_are_never_absent() {
        let (df, st, lay) = setup("FROM python:3.12 AS b\nRUN ./build.sh\nFROM acme/base:1 AS c\nFROM node:22 AS n\nWORKDIR /web\nRUN npm ci && npm run build\n");
        let f = |stage, p: &str| find(&df, &st, &lay, stage, None, p, &none);
        assert_eq!(f(0, "/out/app"), Found::Unknown);
        assert_eq!(f(1, "/app/x"), Found::Unknown);
        assert!(matches!(f(2, "/web/dist"), Found::Written { .. }));
        assert_eq!(f(2, "/home/node/x"), Found::Unknown);
        assert_eq!(f(2, "/elsewhere"), Found::Absent);
    }

    #[test]
    fn user_installs_and_globs() {
        let (df, st, lay) = setup("FROM python:3.12-slim AS b\nUSER app\nRUN pip install --user -r req.txt\nFROM python:3.12-slim\nCOPY requirements*.txt ./\nRUN --mount=type=bind,source=pyproject.toml,target=/tmp/pyproject.toml pip install .\n");
        let f = |stage, before, p: &str| find(&df, &st, &lay, stage, before, p, &none);
        assert!(matches!(
            f(0, None, "/home/app/.local/lib"),
            Found::Written { .. }
        ));
        assert_eq!(f(0, None, "/root/.local"), Found::Absent);
        match f(1, None, "/requirements-prod.txt") {
            Found::Context { rel, .. } => assert_eq!(rel, "requirements-prod.txt"),
            o => panic!("{o:?}"),
        }
        match f(1, Some(5), "/tmp/pyproject.toml") {
            Found::Context { rel, .. } => assert_eq!(rel, "pyproject.toml"),
            o => panic!("{o:?}"),
        }
        assert!(wildcard("req*.t?t", "requirements.txt"));
        assert!(!wildcard("*.py", "a.txt"));
    }
}
