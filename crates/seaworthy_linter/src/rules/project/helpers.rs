//! Shared logic of the cross-file (project) rules: services of an image, image paths, compose
//! mounts, the `.dockerignore` of a build, and the facts two families share (a development
//! server that replaces the image's production server, a production `user: root` over the
//! image's unprivileged `USER`).
//!
//! What the nginx ↔ application rules share: the locations of a server that proxy to a compose
//! service (through the model's routes), and the Python facts of the image that service builds.

use crate::project::deploy::Deployment;
use crate::project::image::ImageBuild;
use crate::project::installed::instruction_argvs;
use crate::project::layout::is_under;
use crate::project::route::Route;
use crate::project::service::{program_of, ImageSource, Service, ServiceId};
use crate::project::{join_path, normalize_path, FileId, Project};
use crate::rules::nginx::{location_path, Chain, Scope};
use seaworthy_app::python::module_matches;
use seaworthy_app::python::PythonFacts;
use seaworthy_syntax::compose::MountKind;
use seaworthy_syntax::Span;
use std::collections::HashMap;

/// Services (every deployment) that run image `img`.
pub fn services_of<'a>(
    project: &'a Project,
    img: &'a ImageBuild,
) -> impl Iterator<Item = &'a Service> + 'a {
    project.services_building(img.id)
}

/// The image a service builds, with its Dockerfile's stages.
pub fn image_of<'a>(project: &'a Project, s: &Service) -> Option<&'a ImageBuild> {
    match s.image {
        ImageSource::Build(id) => project.images.get(id),
        _ => None,
    }
}

pub fn deployment<'a>(project: &'a Project, s: &Service) -> &'a Deployment {
    &project.deployments[s.deployment]
}

/// An absolute image path: `rel` against the directory `cwd` (`/` when unknown).
pub fn image_abs(cwd: Option<&str>, rel: &str) -> String {
    let rel = rel.trim();
    if rel.starts_with('/') {
        format!("/{}", normalize_path(rel))
    } else {
        format!(
            "/{}",
            join_path(cwd.unwrap_or("/").trim_start_matches('/'), rel)
        )
    }
}

/// The working directory of the shipped stage (`/` when none is set).
pub fn workdir(project: &Project, img: &ImageBuild) -> String {
    project
        .dockerfile(img.dockerfile)
        .and_then(|d| d.stages.get(img.shipped_stage?))
        .and_then(|s| s.workdir.clone())
        .map(|w| image_abs(None, &w))
        .unwrap_or_else(|| "/".into())
}

/// Does the `.dockerignore` of this build exclude `rel` (relative to the context)?
pub fn dockerignored(project: &Project, img: &ImageBuild, rel: &str) -> Option<FileId> {
    let di = img.dockerignore?;
    let patterns = project.dockerignore(di)?;
    let r = rel.trim_matches('/');
    (!r.is_empty() && r != "." && patterns.is_excluded(r)).then_some(di)
}

/// A compose mount of the service whose container path covers `path` (or is below it, for a
/// directory): `(file, span, target)`.
pub fn mount_covering(
    project: &Project,
    s: &Service,
    path: &str,
) -> Option<(FileId, Span, String)> {
    s.resolved.volumes.iter().find_map(|m| {
        if matches!(m.value.kind, MountKind::Tmpfs) {
            return None;
        }
        let t = interpolated(project, m.file, &m.value.target);
        let t = image_abs(None, &t);
        is_under(path, &t).then_some((m.file, m.value.span, t))
    })
}

/// A compose value after interpolation against the file's `.env`.
pub fn interpolated(project: &Project, file: FileId, raw: &str) -> String {
    match project.compose.doc(file) {
        Some(doc) => doc.interpolate(raw).value,
        None => raw.to_string(),
    }
}

/// Is a user spec root (`root`, `0`, `0:0`, `root:root`)?
pub fn is_root_user(u: &str) -> bool {
    let name = u.split(':').next().unwrap_or("").trim();
    name == "root" || name == "0"
}

/// A compose `user:` that makes a service of a production or shared deployment run as root
/// although the image it builds sets an unprivileged `USER`: `(compose file, span, user as
/// written, Dockerfile, USER span, image user)`.
pub struct RootOverride {
    pub file: FileId,
    pub span: Span,
    pub user: String,
    pub dockerfile: FileId,
    pub user_span: Span,
    pub image_user: String,
}

pub fn root_override(project: &Project, s: &Service) -> Option<RootOverride> {
    let d = deployment(project, s);
    if d.environment.is_non_prod() {
        return None;
    }
    let u = s.resolved.user.as_ref()?;
    let value = interpolated(project, u.file, &u.value.value);
    if !is_root_user(&value) {
        return None;
    }
    let img = image_of(project, s)?;
    let doc = project.dockerfile(img.dockerfile)?;
    let st = doc.stages.get(img.shipped_stage?)?;
    let (image_user, user_span) = st.user.clone()?;
    if st.runs_as_root() || image_user.contains('$') {
        return None;
    }
    Some(RootOverride {
        file: u.file,
        span: u.value.span,
        user: value,
        dockerfile: img.dockerfile,
        user_span,
        image_user,
    })
}

/// Does a production or shared deployment run an image of this Dockerfile as root through a
/// compose `user:`? (Then the image's unprivileged `USER` is no strength.)
pub fn dockerfile_overridden_to_root(project: &Project, dockerfile: FileId) -> bool {
    project
        .images_of(dockerfile)
        .flat_map(|i| project.services_building(i.id))
        .any(|s| root_override(project, s).is_some())
}

/// A development server in a compose `command:` of a production or shared deployment that
/// replaces the production server the image starts by itself.
pub struct DevOverride {
    /// What the compose command runs.
    pub dev: DevServer,
    /// The image's server (`gunicorn`).
    pub image_server: String,
    pub file: FileId,
    pub span: Span,
    pub dockerfile: FileId,
    pub cmd_span: Span,
}

/// A development server, as a message names it: `kind` is `django` (`runserver`), `flask`
/// (`flask run`), `fastapi-dev` (`fastapi dev`, reload on) or `command` (the `command` itself,
/// shown in backticks).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DevServer {
    pub kind: &'static str,
    pub command: String,
}

impl DevServer {
    fn new(kind: &'static str, command: impl Into<String>) -> Option<DevServer> {
        Some(DevServer {
            kind,
            command: command.into(),
        })
    }
}

/// The development server a command line runs.
pub fn dev_server(argv: &[String]) -> Option<DevServer> {
    let prog = program_of(argv)?;
    let has = |w: &str| argv.iter().any(|a| a == w);
    let after = |w: &str| {
        argv.iter()
            .position(|a| a == w)
            .and_then(|i| argv.get(i + 1))
            .map(String::as_str)
    };
    if has("runserver") || has("runserver_plus") {
        return DevServer::new("django", "runserver");
    }
    if prog == "flask" && has("run") {
        return DevServer::new("flask", "flask run");
    }
    if prog == "fastapi" && has("dev") {
        return DevServer::new("fastapi-dev", "fastapi dev");
    }
    if matches!(prog, "uvicorn" | "hypercorn" | "granian" | "gunicorn")
        && argv
            .iter()
            .any(|a| a == "--reload" || a.starts_with("--reload="))
    {
        return DevServer::new("command", format!("{prog} --reload"));
    }
    if prog == "http.server" {
        return DevServer::new("command", "python -m http.server");
    }
    if matches!(prog, "npm" | "yarn" | "pnpm" | "bun") {
        let script = if prog == "yarn" && after("run").is_none() {
            argv.get(1).map(String::as_str)
        } else {
            after("run")
        };
        if matches!(
            script,
            Some("dev" | "develop" | "serve" | "watch" | "start:dev")
        ) {
            return DevServer::new("command", argv.join(" "));
        }
        return None;
    }
    if matches!(prog, "nodemon" | "ts-node-dev" | "vite") && !has("build") && !has("preview") {
        return DevServer::new("command", prog);
    }
    if prog == "next" && has("dev") {
        return DevServer::new("command", "next dev");
    }
    if prog == "ng" && has("serve") {
        return DevServer::new("command", "ng serve");
    }
    if prog == "react-scripts" && has("start") {
        return DevServer::new("command", "react-scripts start");
    }
    None
}

/// The production server a command line runs (`gunicorn`, `node server.js`, `next start`).
pub fn production_server(argv: &[String]) -> Option<String> {
    if dev_server(argv).is_some() {
        return None;
    }
    let prog = program_of(argv)?;
    let has = |w: &str| argv.iter().any(|a| a == w);
    match prog {
        "gunicorn" | "uvicorn" | "hypercorn" | "daphne" | "granian" | "uwsgi"
        | "waitress-serve" | "nginx" | "caddy" | "httpd" => Some(prog.to_string()),
        "fastapi" if has("run") => Some("fastapi run".into()),
        "next" if has("start") => Some("next start".into()),
        "node" if argv.get(1).is_some_and(|a| !a.starts_with('-')) => {
            Some(format!("node {}", argv[1]))
        }
        "npm" | "yarn" | "pnpm" if has("start") => Some(format!("{prog} start")),
        "java" if has("-jar") => Some("java -jar".into()),
        _ => None,
    }
}

/// A compose `command:` of a non-development deployment that starts a development server where
/// the image starts a production one.
pub fn dev_server_override(project: &Project, s: &Service) -> Option<DevOverride> {
    if deployment(project, s).environment.is_non_prod() {
        return None;
    }
    let c = s.resolved.command.as_ref()?;
    let words = &c.value.0;
    // `sh -c "..."`: the last command of the script
    let argv: Vec<String> = if words.len() >= 3
        && matches!(
            words[0].rsplit('/').next(),
            Some("sh" | "bash" | "ash" | "dash")
        )
        && words[1] == "-c"
    {
        seaworthy_syntax::shell::parse(&words[2])
            .last()
            .map(|c| c.argv().iter().map(|w| w.text.clone()).collect())
            .unwrap_or_default()
    } else {
        words.clone()
    };
    let dev = dev_server(&argv)?;
    let img = image_of(project, s)?;
    let doc = project.dockerfile(img.dockerfile)?;
    let st = doc.stages.get(img.shipped_stage?)?;
    // the image's own server: its CMD (a compose `command:` replaces it), or its ENTRYPOINT
    // when that is the server itself
    let mut found = None;
    for i in [st.cmd, st.entrypoint].into_iter().flatten() {
        let Some(ins) = doc.tree.instructions.get(i) else {
            continue;
        };
        for argv in instruction_argvs(ins) {
            if let Some(p) = production_server(&argv) {
                found = Some((p, ins.span));
            }
        }
        if found.is_some() {
            break;
        }
    }
    let (image_server, cmd_span) = found?;
    Some(DevOverride {
        dev,
        image_server,
        file: c.file,
        span: c.value.1,
        dockerfile: img.dockerfile,
        cmd_span,
    })
}

/// Why a file a context copy brings does not ship.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContextProblem {
    /// The build context has no such file.
    Absent,
    /// `.dockerignore` excludes it.
    Ignored,
}

impl ContextProblem {
    /// The catalogue's select key: `absent` or `ignored` (the messages then name the file and
    /// the context: `rel`, `root`, `context`).
    pub fn key(self) -> &'static str {
        match self {
            ContextProblem::Absent => "absent",
            ContextProblem::Ignored => "ignored",
        }
    }
}

/// Is this image path inside a context copy that the audit can resolve to repository files,
/// and does that file exist and ship? `Err(why)` when it does not.
pub fn context_file_state(
    project: &Project,
    img: &ImageBuild,
    rel: &str,
) -> Result<(), ContextProblem> {
    if !crate::project::image::exists_in_context(&project.files, &img.context, rel) {
        return Err(ContextProblem::Absent);
    }
    if dockerignored(project, img, rel).is_some() {
        return Err(ContextProblem::Ignored);
    }
    Ok(())
}

/// The context copy (COPY/ADD source) of an image at `instr`/`span`, when it is itself
/// reported by another rule (missing, or excluded by `.dockerignore`).
pub fn copy_reported_elsewhere(img: &ImageBuild, instr: usize, span: Span) -> bool {
    img.context_copies
        .iter()
        .any(|c| c.instr == instr && c.span == span && (!c.exists || c.ignored))
}

/// Paths where Python packages are installed (a virtualenv, `~/.local`, a `--prefix`/`--target`
/// directory, site-packages).
pub fn is_package_location(path: &str) -> bool {
    let p = path.to_ascii_lowercase();
    p.contains("venv")
        || p.contains("/.local")
        || p.contains("site-packages")
        || p.contains("dist-packages")
        || p.ends_with("/install")
        || p.contains("/install/")
        || p == "/usr/local"
        || p.starts_with("/usr/local/lib/python")
        || p.contains("/.venv")
        || p.contains("/python-packages")
        || p.contains("/deps")
        || p.contains("/packages")
}

/// The ports a service's server binds, with where that is written and the server's name: the
/// command line (`--bind`, `--port`, `runserver ADDR`), the gunicorn config it loads (`-c FILE`
/// or `./gunicorn.conf.py`) and the environment variables servers read (`PORT`, `UVICORN_PORT`,
/// `FLASK_RUN_PORT`). `None` when the audit cannot be sure.
pub fn listen_ports(project: &Project, s: &Service) -> Option<(Vec<u16>, FileId, Span, String)> {
    server_ports(project, s).map(|l| (l.ports, l.file, l.span, l.server))
}

/// How the audit knows the port a server binds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum PortEvidence {
    /// Only the image's `EXPOSE` (documentation: weak).
    Exposed,
    /// The server's default, or a default the code falls back to when a variable is unset.
    Default,
    /// Written where the server reads it: its command line, the config file it loads, a
    /// variable compose sets, a literal `port=` in the code that starts it.
    Written,
}

/// The ports a service's server binds, where that is written, the server, and how sure it is.
pub struct ServerPorts {
    pub ports: Vec<u16>,
    pub file: FileId,
    pub span: Span,
    pub server: String,
    pub evidence: PortEvidence,
}

/// [`listen_ports`] with how sure each answer is.
pub fn server_ports(project: &Project, s: &Service) -> Option<ServerPorts> {
    let c = s.command.as_ref()?;
    let prog = c.program()?.to_string();
    let runserver = c.server.iter().any(|a| a == "runserver");
    if !(matches!(
        prog.as_str(),
        "gunicorn" | "uvicorn" | "hypercorn" | "daphne" | "granian" | "flask" | "fastapi"
    ) || runserver)
    {
        return None;
    }
    let server = if runserver {
        "runserver".to_string()
    } else {
        prog.clone()
    };
    let env_port = |k: &str| -> Option<Option<u16>> {
        s.env_value(k)
            .map(|e| e.value.as_deref().and_then(|v| v.trim().parse().ok()))
    };
    if s.env_value("GUNICORN_CMD_ARGS").is_some() && prog == "gunicorn" {
        return None;
    }
    // a port or address from a variable the audit cannot resolve
    if c.server.iter().any(|a| a.contains('$'))
        && ["--port", "-p", "--bind", "-b", "--host"]
            .iter()
            .any(|o| c.arg_value(&[o]).is_some_and(|v| v.contains('$')))
        || c.server
            .iter()
            .skip_while(|a| *a != "runserver")
            .nth(1)
            .is_some_and(|a| a.contains('$'))
    {
        return None;
    }
    let written: Vec<u16> = s
        .listens
        .iter()
        .filter(|l| !l.default)
        .map(|l| l.port)
        .collect();
    if !written.is_empty() {
        return Some(ServerPorts {
            ports: written,
            file: c.file,
            span: c.span,
            server,
            evidence: PortEvidence::Written,
        });
    }
    if prog == "gunicorn" {
        let img = image_of(project, s)?;
        let cwd = workdir(project, img);
        let conf = c
            .arg_value(&["-c", "--config"])
            .map(str::to_string)
            .or_else(|| Some("gunicorn.conf.py".into()))
            .filter(|p| !p.starts_with("python:") && !p.contains('$'))?;
        let explicit = c.arg_value(&["-c", "--config"]).is_some();
        let path = image_abs(Some(&cwd), &conf);
        let facts = match project.image_path(img, img.shipped_stage?, None, &path) {
            crate::project::layout::Found::Context { rel, .. } => {
                let repo = join_path(&img.context, &rel);
                let f = project.files.by_path(&repo)?;
                project.app.gunicorn.iter().find(|(id, _)| *id == f.id)
            }
            crate::project::layout::Found::Absent
            | crate::project::layout::Found::Written { .. }
                if !explicit =>
            {
                None
            }
            _ => return None,
        };
        if let Some((file, g)) = facts {
            if let Some(b) = g.get("bind") {
                let env = |k: &str| s.env_value(k).and_then(|e| e.value.clone());
                let mut binds = Vec::new();
                match &b.value.value {
                    seaworthy_app::Value::List(items) => {
                        for i in items {
                            match i.with_env(&env)? {
                                seaworthy_app::Lit::Str(x) => binds.push(x),
                                _ => return None,
                            }
                        }
                    }
                    _ => match b.value.with_env(&env)? {
                        seaworthy_app::Lit::Str(x) => binds.push(x),
                        _ => return None,
                    },
                }
                let mut ports = Vec::new();
                for x in binds {
                    if x.starts_with("unix:") || x.starts_with("fd://") {
                        continue;
                    }
                    ports.push(x.rsplit(':').next()?.parse().ok()?);
                }
                // a variable the service does not set: its default in the config
                let evidence = if b
                    .value
                    .env_vars()
                    .iter()
                    .all(|k| s.env_value(k).is_some_and(|e| e.value.is_some()))
                {
                    PortEvidence::Written
                } else {
                    PortEvidence::Default
                };
                return (!ports.is_empty()).then_some(ServerPorts {
                    ports,
                    file: *file,
                    span: b.span,
                    server,
                    evidence,
                });
            }
            if b_missing_is_unknown(g) {
                return None;
            }
        } else if explicit {
            return None;
        }
        // gunicorn's default, or `$PORT`
        let (port, evidence) = match env_port("PORT") {
            Some(Some(p)) => (p, PortEvidence::Written),
            Some(None) => return None,
            None => (8000, PortEvidence::Default),
        };
        return Some(ServerPorts {
            ports: vec![port],
            file: c.file,
            span: c.span,
            server,
            evidence,
        });
    }
    let var = match prog.as_str() {
        "uvicorn" => Some("UVICORN_PORT"),
        "flask" => Some("FLASK_RUN_PORT"),
        _ => None,
    };
    if let Some(v) = var {
        match env_port(v) {
            Some(Some(p)) => {
                return Some(ServerPorts {
                    ports: vec![p],
                    file: c.file,
                    span: c.span,
                    server,
                    evidence: PortEvidence::Written,
                })
            }
            Some(None) => return None,
            None => {}
        }
    }
    let defaults: Vec<u16> = s.listens.iter().map(|l| l.port).collect();
    // `uvicorn --port 8000` without `--host` is a default listen with a written port
    let evidence = if c.has_arg(&["--port", "-p", "--bind", "-b"]) {
        PortEvidence::Written
    } else {
        PortEvidence::Default
    };
    (!defaults.is_empty()).then_some(ServerPorts {
        ports: defaults,
        file: c.file,
        span: c.span,
        server,
        evidence,
    })
}

/// A gunicorn config that sets no `bind` but was not fully read: the port is not known.
fn b_missing_is_unknown(g: &seaworthy_app::GunicornFacts) -> bool {
    g.unparsed || g.truncated || !g.syntax_errors.is_empty()
}

/// The `.dockerignore` line that excludes `rel` from the image's context: `(file, span)`.
pub fn dockerignore_line(project: &Project, img: &ImageBuild, rel: &str) -> Option<(FileId, Span)> {
    let di = img.dockerignore?;
    let patterns = project.dockerignore(di)?;
    let r = rel.trim_matches('/');
    if r.is_empty() || r == "." || !patterns.is_excluded(r) {
        return None;
    }
    Some((
        di,
        patterns
            .deciding_pattern(r)
            .map(|p| p.span)
            .unwrap_or(Span::EMPTY),
    ))
}

crate::message! {
    /// Where an image is built (shared by the rules about an image's contents).
    struct ComposeBuild<'a> = "requirements-not-in-context-related-compose-build" { service: &'a str, context: &'a str }
    struct CiBuild<'a> = "requirements-not-in-context-related-ci-build" { context: &'a str }
}

/// Relate a finding about an image's contents to where the image is built (the compose
/// `build:` of its services, the CI step), which sets the context the paths resolve from.
pub fn relate_build_origins(f: &mut crate::diagnostic::Finding, img: &ImageBuild) {
    let mut seen: Vec<(FileId, Span)> = Vec::new();
    let context = ctx_name(img);
    for o in &img.origins {
        let (file, span, msg): (FileId, Span, crate::message::Message) = match o {
            crate::project::image::BuildOrigin::Compose {
                file,
                span,
                service,
                ..
            } => (
                *file,
                *span,
                ComposeBuild {
                    service,
                    context: &context,
                }
                .into(),
            ),
            crate::project::image::BuildOrigin::Ci { file, span } => {
                (*file, *span, CiBuild { context: &context }.into())
            }
        };
        if seen.contains(&(file, span)) || seen.len() >= 3 {
            continue;
        }
        seen.push((file, span));
        f.related(file, span, msg);
    }
}

fn ctx_name(img: &ImageBuild) -> String {
    if img.context.is_empty() {
        ".".into()
    } else {
        img.context.clone()
    }
}

/// Routes by the `proxy_pass` argument they start from.
pub fn routes_by_span(project: &Project) -> HashMap<(FileId, u32, u32), &Route> {
    project
        .routes
        .iter()
        .map(|r| ((r.file, r.span.start, r.span.end), r))
        .collect()
}

/// A location that proxies to a service.
pub struct AppLocation<'a> {
    pub chain: Chain<'a>,
    pub route: &'a Route,
    pub service: ServiceId,
}

/// The locations of `scope` whose own `proxy_pass` reaches a compose service for which `keep`
/// says yes. A rule passes what it knows about a service (its app has an upload limit, WebSocket
/// routes, streams): a config that no proxy visibly loads reaches every service of that name in
/// the repository (hundreds in a monorepo), and a location is only copied for the services the
/// rule has something to say about. `keep` should be cheap on a repeated service (a cache).
pub fn app_locations<'a>(
    scope: &'a Scope,
    routes: &HashMap<(FileId, u32, u32), &'a Route>,
    mut keep: impl FnMut(ServiceId) -> bool,
) -> Vec<AppLocation<'a>> {
    let mut out = Vec::new();
    scope.each_location(|chain| {
        let Some(loc) = chain.last() else { return };
        let Some(pp) = loc.kids().iter().find(|d| d.name == "proxy_pass") else {
            return;
        };
        let Some(arg) = pp.args.first() else { return };
        let Some(route) = routes.get(&(pp.file, arg.span.start, arg.span.end)) else {
            return;
        };
        // the services kept so far for this location (few: only those `keep` accepts)
        let mut seen = Vec::new();
        for t in &route.targets {
            for s in &t.services {
                if !seen.contains(s) && keep(*s) {
                    seen.push(*s);
                    out.push(AppLocation {
                        chain: chain.to_vec(),
                        route,
                        service: *s,
                    });
                }
            }
        }
    });
    out
}

/// Location modifier (`=`, `^~`, `~`, `~*`) or "" for a plain prefix.
pub fn location_modifier<'a>(chain: &Chain<'a>) -> &'a str {
    match chain.last() {
        Some(l) if l.args.len() >= 2 => l.arg(0).unwrap_or(""),
        _ => "",
    }
}

pub fn is_regex_location(chain: &Chain<'_>) -> bool {
    matches!(location_modifier(chain), "~" | "~*")
}

/// The prefix location nginx picks for a request path (longest matching prefix; `=` only on an
/// exact match). Regex locations are not evaluated: callers decide what a regex means for them.
pub fn best_prefix<'c, 'a>(chains: &'c [Chain<'a>], path: &str) -> Option<&'c Chain<'a>> {
    chains
        .iter()
        .filter(|c| !is_regex_location(c))
        .filter(|c| {
            let Some(l) = c.last() else { return false };
            let p = location_path(l);
            if location_modifier(c) == "=" {
                p == path
            } else {
                path.starts_with(p)
            }
        })
        .max_by_key(|c| c.last().map(|l| location_path(l).len()).unwrap_or(0))
}

/// What the location lacks for a WebSocket upgrade (empty: it upgrades).
pub fn missing_upgrade(scope: &Scope, chain: &Chain<'_>) -> Vec<&'static str> {
    let version = scope
        .innermost("proxy_http_version", chain)
        .and_then(|d| d.arg(0))
        .unwrap_or("1.0");
    let headers = scope.effective("proxy_set_header", chain);
    let has = |name: &str| {
        headers
            .iter()
            .any(|h| h.arg(0).is_some_and(|n| n.eq_ignore_ascii_case(name)))
    };
    let mut out = Vec::new();
    if version != "1.1" {
        out.push("`proxy_http_version 1.1`");
    }
    if !has("upgrade") {
        out.push("`proxy_set_header Upgrade $http_upgrade`");
    }
    if !has("connection") {
        out.push("`proxy_set_header Connection \"upgrade\"`");
    }
    out
}

/// The literal start of a route path: `/ws/{room}` → `/ws/`, Channels `^ws/chat/(?P<r>\w+)/$`
/// → `/ws/chat/`.
pub fn literal_prefix(path: &str) -> String {
    let p = path.trim_start_matches('^');
    let end = p
        .find(['{', '<', '(', '[', '\\', '?', '*', '+', '.', '$', '|'])
        .unwrap_or(p.len());
    let lit = &p[..end];
    if lit.starts_with('/') {
        lit.to_string()
    } else {
        format!("/{lit}")
    }
}

/// The path a route declared on `receiver` (an app object, or a router included once by an
/// app) is served at: the router's prefix, the prefix of the one `include_router` that mounts
/// it, then the route's own path, cut at its first parameter (`/ws/{room}` → `/ws/`). `None`
/// when the sources do not say it for sure.
pub fn served_path(
    pys: &[(FileId, &PythonFacts)],
    p: &PythonFacts,
    path: &str,
    prefix: Option<&str>,
    receiver: Option<&str>,
) -> Option<String> {
    let own = format!("{}{}", prefix.unwrap_or(""), path);
    let receiver = receiver?;
    if p.apps
        .iter()
        .any(|a| a.attribute.as_deref() == Some(receiver))
    {
        return Some(literal_prefix(&own));
    }
    // a router: the one place an app includes it says the prefix
    let includes: Vec<_> = pys
        .iter()
        .flat_map(|(_, q)| q.router_includes.iter().map(move |i| (q, i)))
        .filter(|(_, i)| {
            i.router
                .rsplit_once('.')
                .is_some_and(|(module, name)| name == receiver && module_matches(&p.module, module))
        })
        .collect();
    let [(q, inc)] = includes.as_slice() else {
        return None;
    };
    if inc.prefix_unknown
        || !q
            .apps
            .iter()
            .any(|a| a.attribute.as_deref() == Some(&inc.receiver))
    {
        return None;
    }
    Some(literal_prefix(&format!(
        "{}{own}",
        inc.prefix.as_deref().unwrap_or("")
    )))
}

/// The Python sources of the image a service builds.
pub fn python_of_service<'a>(project: &'a Project, s: &Service) -> Vec<(FileId, &'a PythonFacts)> {
    let ImageSource::Build(id) = s.image else {
        return Vec::new();
    };
    let Some(img) = project.images.get(id) else {
        return Vec::new();
    };
    project
        .app
        .python_under(&project.files, &img.context)
        .collect()
}

/// Folders usually produced by a build step (CI, a script) before `docker build` runs: a copy of
/// the context may hold them even though the repository does not.
pub const BUILD_OUTPUT_DIRS: &[&str] = &[
    "dist",
    "build",
    "target",
    "out",
    "bin",
    "public",
    "release",
    ".next",
    "node_modules",
    "vendor",
    "artifacts",
    "_build",
];

/// A secret value everyone knows or that announces itself as a placeholder (`changeme`,
/// `ultrasecretkey`, `django-insecure-...`, `your-secret-key`): the default secret rules share it.
pub fn well_known_secret(v: &str) -> bool {
    let t = v.trim().to_ascii_lowercase();
    if t.is_empty() || t.contains(['$', '{']) {
        return false;
    }
    const KNOWN: &[&str] = &[
        "ultrasecretkey",
        "supersecret",
        "supersecretkey",
        "super-secret",
        "super_secret",
        "secretkey",
        "secret-key",
        "secret_key",
        "mysecretkey",
        "my-secret-key",
        "your-secret-key",
        "your_secret_key",
        "changethis",
        "change-this",
        "notsecret",
        "not-a-secret",
        "insecure",
    ];
    crate::secrets::is_weak(&t) && t.len() >= 4
        || KNOWN.contains(&t.as_str())
        || t.starts_with("django-insecure")
        || t.starts_with("change")
            && (t.contains("me") || t.contains("this") || t.contains("production"))
        || t.starts_with("your") && (t.contains("secret") || t.contains("key"))
        || t.contains("insecure")
}

/// The port a Python program started by the service binds through code: `uvicorn.run(app,
/// port=8000)`, `app.run(port=5000)`, `web.run_app(app, port=8080)`, `waitress.serve(app,
/// port=8080)` in the file the command runs (`python main.py`, `python -m app.server`), at
/// module level or under `if __name__ == "__main__":`. `None` when several runs disagree, the
/// server binds a socket or descriptor, or the port is an expression the audit cannot evaluate.
pub fn code_ports(project: &Project, s: &Service) -> Option<ServerPorts> {
    use seaworthy_app::python::ServerKind;
    let main = s.main_file?;
    let facts = project.app.python_of(main)?;
    let env = |k: &str| s.env_value(k).and_then(|e| e.value.clone());
    let mut found: Option<(u16, Span, PortEvidence, &'static str)> = None;
    for run in facts.server_runs.iter().filter(|r| r.function.is_none()) {
        if ["uds", "fd", "sock", "unix_socket", "path"]
            .iter()
            .any(|k| run.kwarg(k).is_some())
            || run.kwargs.iter().any(|k| k.name.starts_with("**"))
        {
            return None;
        }
        let (name, default, positional) = match run.server {
            ServerKind::Uvicorn => ("uvicorn.run", 8000, None),
            ServerKind::AppRun => ("app.run", 5000, Some(1)),
            ServerKind::SocketIoRun => ("socketio.run", 5000, None),
            ServerKind::AiohttpRunApp => ("web.run_app", 8080, None),
            ServerKind::Waitress => ("waitress.serve", 8080, None),
            ServerKind::Werkzeug => ("run_simple", 0, Some(1)),
        };
        let val = run
            .kwarg("port")
            .map(|k| &k.value)
            .or_else(|| positional.and_then(|i| run.args.get(i)));
        let (port, evidence) = match val {
            Some(v) => {
                let p = match v.with_env(&env)? {
                    seaworthy_app::Lit::Int(i) => u16::try_from(i).ok()?,
                    seaworthy_app::Lit::Str(x) => x.trim().parse().ok()?,
                    _ => return None,
                };
                let sure = v
                    .env_vars()
                    .iter()
                    .all(|k| s.env_value(k).is_some_and(|e| e.value.is_some()));
                (
                    p,
                    if sure {
                        PortEvidence::Written
                    } else {
                        PortEvidence::Default
                    },
                )
            }
            // Sanic, Quart and unknown apps have other defaults; the positional form differs
            None if default != 0 && run.args.len() <= positional.unwrap_or(usize::MAX) => {
                (default, PortEvidence::Default)
            }
            None => return None,
        };
        // `app.run()` defaults to 5000 on Flask only (Sanic, Quart, apps from elsewhere differ)
        if val.is_none()
            && run.server == ServerKind::AppRun
            && !facts
                .apps
                .iter()
                .any(|a| a.framework == seaworthy_app::python::Framework::Flask)
        {
            return None;
        }
        match found {
            Some((p, ..)) if p != port => return None,
            Some(_) => {}
            None => found = Some((port, run.span, evidence, name)),
        }
    }
    let (port, span, evidence, name) = found?;
    Some(ServerPorts {
        ports: vec![port],
        file: main,
        span,
        server: format!("`{name}`"),
        evidence,
    })
}

/// The image's `EXPOSE`d ports, for a service whose server the audit cannot read: weak
/// evidence (`EXPOSE` documents, it binds nothing). `None` when the command reads a port from
/// a variable, the environment sets a port, or compose publishes or exposes other ports.
pub fn exposed_ports(project: &Project, s: &Service) -> Option<ServerPorts> {
    let c = s.command.as_ref()?;
    if c.server.iter().any(|a| a.contains('$'))
        || s.env
            .iter()
            .any(|e| e.key.to_ascii_uppercase().contains("PORT"))
        || !s.resolved.expose.is_empty()
        || !s.resolved.ports.is_empty()
    {
        return None;
    }
    let img = image_of(project, s)?;
    let doc = project.dockerfile(img.dockerfile)?;
    let st = doc.stages.get(img.shipped_stage?)?;
    let (_, span) = st.expose.first()?;
    Some(ServerPorts {
        ports: st.expose.iter().map(|(p, _)| *p).collect(),
        file: img.dockerfile,
        span: *span,
        server: "image".into(),
        evidence: PortEvidence::Exposed,
    })
}
