//! Services: one per (deployment, compose service), joined across every file that shapes it.
//!
//! A [`Service`] holds the spec-merged compose service (computed once), the image it runs (an
//! [`super::image::ImageBuild`] or a pulled reference), the command that really starts (compose
//! `entrypoint`/`command` over the image's `ENTRYPOINT`/`CMD`, an entrypoint script followed to
//! its `exec`), the ports it listens on, publishes and exposes, its healthcheck (compose or
//! image), DNS names, networks, mounts, environment with the origin of every value, and what
//! kind of service it is.

use super::compose::{ComposeModel, Layered, MergedService, ResolvedService};
use super::deploy::{Deployment, DeploymentId};
use super::dockerfile::DockerfileDoc;
use super::env::EnvModel;
use super::image::{ImageBuild, ImageId};
use super::{join_path, FileId, Files};
use crate::knowledge::{known_for, KnownService};
use seaworthy_syntax::compose::{Healthcheck, Port};
use seaworthy_syntax::dockerfile::Keyword;
use seaworthy_syntax::Span;
use std::collections::HashMap;

pub type ServiceId = usize;

/// What a service is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ServiceKind {
    /// Databases and object storage.
    DataStore,
    /// Redis, Memcached.
    Cache,
    /// RabbitMQ, Kafka, NATS.
    Broker,
    /// nginx, Traefik, Caddy, HAProxy in front of the apps.
    Proxy,
    /// Queue consumers (Celery, RQ, Dramatiq, Sidekiq workers).
    Worker,
    /// Periodic schedulers (Celery beat, cron).
    Scheduler,
    /// Migrations, init and setup jobs that run once.
    OneShot,
    /// Admin and ops UIs (Flower, pgAdmin, Adminer, Mailpit, ...).
    AdminUi,
    /// The application itself.
    App,
}

impl ServiceKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ServiceKind::DataStore => "data store",
            ServiceKind::Cache => "cache",
            ServiceKind::Broker => "broker",
            ServiceKind::Proxy => "proxy",
            ServiceKind::Worker => "worker",
            ServiceKind::Scheduler => "scheduler",
            ServiceKind::OneShot => "one-shot job",
            ServiceKind::AdminUi => "admin UI",
            ServiceKind::App => "app",
        }
    }

    /// Holds state others depend on (databases, caches, brokers).
    pub fn is_data(self) -> bool {
        matches!(
            self,
            ServiceKind::DataStore | ServiceKind::Cache | ServiceKind::Broker
        )
    }
}

/// The image a service runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImageSource {
    Build(ImageId),
    /// `image:` (interpolated).
    Pull {
        image: String,
        file: FileId,
        span: Span,
    },
    /// Neither (an incomplete fragment).
    Unknown,
}

/// Where the command that starts the container is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CommandSource {
    Compose,
    Image,
}

/// A command the container runs before it hands over to its long-running process: a line of an
/// entrypoint or start script before its `exec`, or the `alembic upgrade head &&` of a
/// `sh -c "..."` chain.
#[derive(Debug, Clone)]
pub struct StartupStep {
    pub argv: Vec<String>,
    /// Where it is written: the script and the command's own span, or (for a `sh -c` chain) the
    /// command it is part of.
    pub file: FileId,
    pub span: Span,
    /// Under an `if`/`case`/loop, or after `cond &&`: it may not run on every start.
    pub conditional: bool,
}

/// The command the container starts with, precedence resolved.
#[derive(Debug, Clone)]
pub struct ServiceCommand {
    /// `ENTRYPOINT` + `CMD` as compose runs them (compose `entrypoint:` replaces the image's
    /// `ENTRYPOINT` and drops its `CMD`; compose `command:` replaces `CMD`).
    pub argv: Vec<String>,
    /// Where the part that decides the server is written (compose `command:`, or the image's
    /// `CMD`/`ENTRYPOINT`).
    pub file: FileId,
    pub span: Span,
    pub source: CommandSource,
    /// The entrypoint was a script in the repository; `server` is what it `exec`s.
    pub script: Option<FileId>,
    /// The long-running process: `argv` with wrappers removed, or what the entrypoint script
    /// hands over to (`exec gunicorn ...`, or `exec "$@"` then the `CMD`).
    pub server: Vec<String>,
    /// What runs before `server` on every start, in order (entrypoint and start scripts followed
    /// through `exec "$@"` and nested start scripts, `sh -c` chains).
    pub startup: Vec<StartupStep>,
    /// Every repository script followed to find `server` (the entrypoint, then a start script it
    /// runs), outermost first.
    pub scripts: Vec<FileId>,
}

impl ServiceCommand {
    /// `gunicorn`, `uvicorn`, `celery`, ... (`python -m X` and `uv run X` read as `X`).
    pub fn program(&self) -> Option<&str> {
        program_of(&self.server)
    }

    pub fn has_arg(&self, names: &[&str]) -> bool {
        self.server.iter().any(|w| {
            names
                .iter()
                .any(|n| w == n || w.starts_with(&format!("{n}=")))
        })
    }

    /// Value of `--opt value`, `--opt=value` or `-o value`.
    pub fn arg_value(&self, names: &[&str]) -> Option<&str> {
        for (i, w) in self.server.iter().enumerate() {
            for n in names {
                if w == n {
                    return self.server.get(i + 1).map(String::as_str);
                }
                if let Some(v) = w.strip_prefix(&format!("{n}=")) {
                    return Some(v);
                }
            }
        }
        None
    }
}

/// The program of an argv, reading through `python -m`, `uv run`, `poetry run`.
pub fn program_of(argv: &[String]) -> Option<&str> {
    let p = argv.first()?.rsplit('/').next()?;
    if p.starts_with("python") && argv.get(1).is_some_and(|w| w == "-m") {
        return argv.get(2).map(String::as_str);
    }
    if matches!(p, "uv" | "poetry" | "pipenv" | "pdm") && argv.get(1).is_some_and(|w| w == "run") {
        return argv
            .get(2)
            .map(|w| w.rsplit('/').next().unwrap_or(w.as_str()));
    }
    Some(p)
}

/// Where a service's healthcheck comes from.
#[derive(Debug, Clone)]
pub enum HealthSource {
    Compose(Layered<Healthcheck>),
    /// The image's `HEALTHCHECK` (instruction index in the Dockerfile).
    Image {
        file: FileId,
        instr: usize,
        span: Span,
    },
}

/// Where a value of the container's environment is set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EnvSource {
    /// `environment:` in a compose file.
    Compose { file: FileId, span: Span },
    /// An `env_file:` (the file and the line).
    EnvFile { file: FileId, span: Span },
    /// `ENV` in the image.
    Image { file: FileId, span: Span },
}

impl EnvSource {
    pub fn location(&self) -> (FileId, Span) {
        match *self {
            EnvSource::Compose { file, span }
            | EnvSource::EnvFile { file, span }
            | EnvSource::Image { file, span } => (file, span),
        }
    }
}

/// One variable of the container's environment as it starts.
#[derive(Debug, Clone)]
pub struct EnvValue {
    pub key: String,
    /// The value after interpolation (`None`: passed through from the shell, or unset).
    pub value: Option<String>,
    /// The value as written (before interpolation).
    pub raw: Option<String>,
    pub source: EnvSource,
}

/// A port the service's process binds, from its command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listen {
    pub host: Option<String>,
    pub port: u16,
    /// Not written: the server's default (gunicorn and uvicorn bind 127.0.0.1:8000 unless told).
    pub default: bool,
}

#[derive(Debug, Clone)]
pub struct Service {
    pub id: ServiceId,
    pub deployment: DeploymentId,
    pub name: String,
    /// Where the service is first defined (its name in the first file that has it).
    pub defined_at: (FileId, Span),
    pub merged: MergedService,
    pub resolved: ResolvedService,
    pub image: ImageSource,
    /// The well-known service the image is (PostgreSQL, Redis, nginx, ...).
    pub known: Option<&'static KnownService>,
    pub command: Option<ServiceCommand>,
    /// Ports the process binds, when its command line says (`--bind 0.0.0.0:8000`).
    pub listens: Vec<Listen>,
    /// Container ports the image `EXPOSE`s and compose `expose:` lists.
    pub exposed: Vec<u16>,
    pub healthcheck: Option<HealthSource>,
    /// Names other containers reach it by on the compose network (service name,
    /// `container_name`, network aliases).
    pub dns_names: Vec<String>,
    /// Networks it joins (`default` when none is named and no `network_mode`).
    pub networks: Vec<String>,
    pub env: Vec<EnvValue>,
    pub kind: ServiceKind,
    /// The `module:attribute` (or Celery `-A` app) the server command runs.
    pub app_target: Option<String>,
    /// The Python file that defines it, found among the sources of the image's context.
    pub app_file: Option<FileId>,
    /// The Python file the command runs as a program (`python scripts/run_server.py`,
    /// `python -m app.server`), found among the sources of the image's context.
    pub main_file: Option<FileId>,
    /// The gunicorn configuration file the server reads (`-c gunicorn.conf.py`, or the
    /// `gunicorn.conf.py` of the working directory gunicorn loads by default).
    pub gunicorn_config: Option<FileId>,
    /// `deploy.replicas`, interpolated (`None`: not set, or not a number).
    pub replicas: Option<u32>,
    /// The CPU limit in CPUs (`deploy.resources.limits.cpus` / `cpus:`), interpolated.
    pub cpu_limit: Option<f64>,
}

impl Service {
    pub fn env_value(&self, key: &str) -> Option<&EnvValue> {
        self.env.iter().rev().find(|e| e.key == key)
    }

    pub fn published(&self) -> impl Iterator<Item = &Layered<Port>> {
        self.resolved
            .ports
            .iter()
            .filter(|p| p.value.published.is_some())
    }

    /// Container ports the service can be reached on: what it listens on, exposes, or what
    /// the known image serves.
    pub fn container_ports(&self) -> Vec<u16> {
        let mut out: Vec<u16> = self.listens.iter().map(|l| l.port).collect();
        out.extend(&self.exposed);
        if let Some(k) = self.known {
            out.extend(&k.ports);
        }
        out.extend(
            self.resolved
                .ports
                .iter()
                .filter_map(|p| p.value.target_port()),
        );
        out.sort_unstable();
        out.dedup();
        out
    }

    pub fn shares_network_with(&self, other: &Service) -> bool {
        self.deployment == other.deployment
            && self.networks.iter().any(|n| other.networks.contains(n))
    }
}

pub struct Inputs<'a> {
    pub files: &'a Files,
    pub compose: &'a ComposeModel,
    pub deployments: &'a [Deployment],
    pub images: &'a [ImageBuild],
    pub dockerfiles: &'a [DockerfileDoc],
    pub env: &'a EnvModel,
    pub app: &'a super::app::AppModel,
}

/// One service per (deployment, compose service).
pub fn build(x: &Inputs) -> Vec<Service> {
    // the first image each (deployment, compose service) builds, found once (not by scanning
    // every image per service)
    let mut built: HashMap<(DeploymentId, &str), ImageId> = HashMap::new();
    for img in x.images {
        for o in &img.origins {
            if let super::image::BuildOrigin::Compose {
                deployment,
                service,
                ..
            } = o
            {
                built
                    .entry((*deployment, service.as_str()))
                    .or_insert(img.id);
            }
        }
    }
    let dockerfile = |file: FileId| {
        // built in file order: one binary search
        x.dockerfiles
            .binary_search_by_key(&file, |d| d.file)
            .ok()
            .and_then(|i| x.dockerfiles.get(i))
    };
    // each service is built on its own: in parallel (one deployment of 20,000 services too),
    // collected in order
    use rayon::prelude::*;
    let pairs: Vec<(&Deployment, &MergedService)> = x
        .deployments
        .iter()
        .flat_map(|d| d.services.iter().map(move |m| (d, m)))
        .collect();
    let mut out: Vec<Service> = pairs
        .into_par_iter()
        .map(|(d, m)| {
            let resolved = x.compose.resolve(m);
            let defined_at = m
                .layers
                .first()
                .and_then(|l| x.compose.layer(*l))
                .map(|(doc, sv)| (doc.file, sv.name_span))
                .unwrap_or((0, Span::EMPTY));
            let image = image_of(x, &built, d, m, &resolved);
            let image_name = match &image {
                ImageSource::Pull { image, .. } => Some(image.clone()),
                ImageSource::Build(id) => x.images.get(*id).and_then(|b| {
                    let df = dockerfile(b.dockerfile)?;
                    Some(df.stages.get(b.shipped_stage?)?.base_image.clone())
                }),
                ImageSource::Unknown => None,
            };
            let known = image_name.as_deref().and_then(known_for);
            let stage = match &image {
                ImageSource::Build(id) => x.images.get(*id).and_then(|b| {
                    let df = dockerfile(b.dockerfile)?;
                    Some((df, b, df.stages.get(b.shipped_stage?)?))
                }),
                _ => None,
            };
            let command = command_of(x, &resolved, stage);
            let listens = command
                .as_ref()
                .map(|c| listens_of(&c.server))
                .unwrap_or_default();
            let mut exposed: Vec<u16> = resolved
                .expose
                .iter()
                .filter_map(|e| e.value.value.split('/').next()?.parse().ok())
                .collect();
            if let Some((_, _, st)) = stage {
                exposed.extend(st.expose.iter().map(|(p, _)| *p));
            }
            let healthcheck = match (&resolved.healthcheck, stage) {
                (Some(h), _) => Some(HealthSource::Compose(h.clone())),
                (None, Some((df, _, st))) => st.healthcheck.map(|i| HealthSource::Image {
                    file: df.file,
                    instr: i,
                    span: df
                        .tree
                        .instructions
                        .get(i)
                        .map(|x| x.span)
                        .unwrap_or(Span::EMPTY),
                }),
                _ => None,
            };
            let mut dns_names = vec![m.name.clone()];
            if let Some((_, sv)) = m.layers.iter().rev().find_map(|l| {
                let (doc, sv) = x.compose.layer(*l)?;
                sv.container_name.as_ref().map(|c| (doc, c))
            }) {
                dns_names.push(sv.value.clone());
            }
            for a in &resolved.aliases {
                if !dns_names.contains(&a.value.value) {
                    dns_names.push(a.value.value.clone());
                }
            }
            let networks: Vec<String> = if resolved.network_mode.is_some() {
                Vec::new()
            } else if resolved.networks.is_empty() {
                vec!["default".into()]
            } else {
                resolved
                    .networks
                    .iter()
                    .map(|n| n.value.value.clone())
                    .collect()
            };
            let env = env_of(x, d, &resolved, stage.map(|(df, _, st)| (df, st)));
            let kind = kind_of(&m.name, known, command.as_ref(), &resolved);
            let app_target = command.as_ref().and_then(|c| app_target_of(&c.server));
            let context = match &image {
                ImageSource::Build(id) => x.images.get(*id).map(|b| b.context.as_str()),
                _ => None,
            }
            .unwrap_or("");
            let app_file = app_target.as_deref().and_then(|t| {
                if t.contains(':') {
                    x.app.app_for_target(x.files, context, t).map(|(f, _)| f)
                } else {
                    // a Celery `-A` app: the module that defines it
                    x.app.python_under(x.files, context).find_map(|(f, p)| {
                        (!p.celery.apps.is_empty() && seaworthy_app::module_matches(&p.module, t))
                            .then_some(f)
                    })
                }
            });
            let main_file = command
                .as_ref()
                .and_then(|c| main_file_of(x, &c.server, stage, context));
            let gunicorn_config = command
                .as_ref()
                .filter(|c| c.program() == Some("gunicorn"))
                .and_then(|c| gunicorn_config_of(x, c, stage, context));
            let interp = |l: &Layered<seaworthy_syntax::compose::Str>| {
                x.compose
                    .doc(l.file)
                    .map(|doc| doc.interpolate(&l.value.value).value)
                    .unwrap_or_else(|| l.value.value.clone())
            };
            let replicas = resolved
                .replicas
                .as_ref()
                .and_then(|r| interp(r).trim().parse().ok());
            let cpu_limit = resolved
                .cpus
                .as_ref()
                .and_then(|c| {
                    interp(c)
                        .trim()
                        .trim_matches(['"', '\''])
                        .parse::<f64>()
                        .ok()
                })
                .filter(|c| c.is_finite() && *c > 0.0);
            Service {
                // set below, once every deployment's services are in one list
                id: 0,
                deployment: d.id,
                name: m.name.clone(),
                defined_at,
                merged: m.clone(),
                resolved,
                image,
                known,
                command,
                listens,
                exposed,
                healthcheck,
                dns_names,
                networks,
                env,
                kind,
                app_target,
                app_file,
                main_file,
                gunicorn_config,
                replicas,
                cpu_limit,
            }
        })
        .collect();
    for (i, s) in out.iter_mut().enumerate() {
        s.id = i;
    }
    out
}

fn image_of(
    x: &Inputs,
    built: &HashMap<(DeploymentId, &str), ImageId>,
    d: &Deployment,
    m: &MergedService,
    r: &ResolvedService,
) -> ImageSource {
    if r.build.is_some() {
        if let Some(id) = built.get(&(d.id, m.name.as_str())) {
            return ImageSource::Build(*id);
        }
    }
    match &r.image {
        Some(i) => {
            let value = x
                .compose
                .doc(i.file)
                .map(|doc| doc.interpolate(&i.value.value).value)
                .unwrap_or_else(|| i.value.value.clone());
            ImageSource::Pull {
                image: value,
                file: i.file,
                span: i.value.span,
            }
        }
        None => ImageSource::Unknown,
    }
}

type StageRef<'a> = (
    &'a DockerfileDoc,
    &'a ImageBuild,
    &'a super::stage::StageFacts,
);

fn image_words(df: &DockerfileDoc, instr: usize) -> Vec<String> {
    let Some(ins) = df.tree.instructions.get(instr) else {
        return Vec::new();
    };
    match &ins.json {
        Some(words) => words.iter().map(|w| w.text.clone()).collect(),
        None => {
            // shell form runs as `/bin/sh -c "<text>"`: read the words of the command itself
            ins.command_list()
                .first()
                .map(|c| c.argv().iter().map(|w| w.text.clone()).collect())
                .unwrap_or_default()
        }
    }
}

fn command_of(x: &Inputs, r: &ResolvedService, stage: Option<StageRef>) -> Option<ServiceCommand> {
    let img_ep = stage.and_then(|(df, _, st)| st.entrypoint.map(|i| (df, i)));
    let img_cmd = stage.and_then(|(df, _, st)| st.cmd.map(|i| (df, i)));
    // compose `entrypoint:` replaces the image's ENTRYPOINT and clears its CMD
    let (ep, ep_at): (Vec<String>, Option<(FileId, Span, CommandSource)>) = match &r.entrypoint {
        Some(e) => (
            e.value.0.clone(),
            Some((e.file, e.value.1, CommandSource::Compose)),
        ),
        None => match img_ep {
            Some((df, i)) => (
                image_words(df, i),
                df.tree
                    .instructions
                    .get(i)
                    .map(|ins| (df.file, ins.span, CommandSource::Image)),
            ),
            None => (Vec::new(), None),
        },
    };
    let (cmd, cmd_at): (Vec<String>, Option<(FileId, Span, CommandSource)>) = match &r.command {
        Some(c) => (
            c.value.0.clone(),
            Some((c.file, c.value.1, CommandSource::Compose)),
        ),
        None if r.entrypoint.is_none() => match img_cmd {
            Some((df, i)) => (
                image_words(df, i),
                df.tree
                    .instructions
                    .get(i)
                    .map(|ins| (df.file, ins.span, CommandSource::Image)),
            ),
            None => (Vec::new(), None),
        },
        None => (Vec::new(), None),
    };
    let (file, span, source) = cmd_at.or(ep_at)?;
    let mut argv = ep.clone();
    argv.extend(cmd.iter().cloned());
    let mut startup = Vec::new();
    // follow an entrypoint script from the repository to the process it starts
    let mut script = None;
    let mut scripts = Vec::new();
    let mut server = strip_wrappers_with(&argv, &mut |steps| {
        startup.extend(steps.into_iter().map(|(argv, conditional)| StartupStep {
            argv,
            file,
            span,
            conditional,
        }))
    });
    if let Some(first) = ep.first().or(cmd.first()) {
        if let Some(sf) = script_file(x, first, stage) {
            script = Some(sf);
            let rest: Vec<String> = if ep.is_empty() {
                cmd.iter().skip(1).cloned().collect()
            } else {
                cmd.clone()
            };
            startup.clear();
            scripts.push(sf);
            server = follow_script(x.files.file(sf), &rest, &mut startup, (file, span));
            // a start script the entrypoint hands over to (`exec "$@"` then `CMD ["/start"]`)
            for _ in 0..3 {
                let Some(next) = server.first().and_then(|w| script_file(x, w, stage)) else {
                    break;
                };
                if scripts.contains(&next) {
                    break;
                }
                scripts.push(next);
                let rest: Vec<String> = server.iter().skip(1).cloned().collect();
                server = follow_script(x.files.file(next), &rest, &mut startup, (file, span));
            }
        }
    }
    Some(ServiceCommand {
        argv,
        file,
        span,
        source,
        script,
        server,
        startup,
        scripts,
    })
}

/// Shell keywords that open and close a compound command (for "is this line conditional?").
fn nesting_delta(c: &seaworthy_syntax::shell::SimpleCommand) -> (i32, i32) {
    let mut open = 0;
    let mut close = 0;
    for w in &c.words {
        if w.quoted {
            break;
        }
        match w.text.as_str() {
            "if" | "while" | "until" | "for" | "case" | "select" => open += 1,
            "then" | "do" | "else" | "elif" | "!" | "{" => {}
            _ => break,
        }
    }
    // closers stand alone or after `;` (`fi`, `done`, `esac`, `}`)
    if let Some(first) = c.words.first() {
        if !first.quoted && matches!(first.text.as_str(), "fi" | "done" | "esac") {
            close += 1;
        }
    }
    if c.words.iter().any(|w| !w.quoted && w.text == "esac") && open > 0 {
        close += 1;
    }
    (open, close)
}

/// The commands of a shell text with whether each may not run (inside `if`/`case`/a loop, or
/// after `test &&` / `cmd ||`).
fn commands_with_conditions(text: &str) -> Vec<(seaworthy_syntax::shell::SimpleCommand, bool)> {
    use seaworthy_syntax::shell::Op;
    let mut out = Vec::new();
    let mut depth: i32 = 0;
    // the previous command was a test (`[ -n "$X" ] && cmd`) or itself guarded
    let mut prev_test = false;
    for c in seaworthy_syntax::shell::parse(text) {
        let (open, close) = nesting_delta(&c);
        depth += open;
        let guarded = match c.prev {
            Some(Op::Or) => true,
            Some(Op::And) => prev_test,
            _ => false,
        };
        let conditional = depth > 0 || guarded;
        depth = (depth - close).max(0);
        prev_test = guarded
            || matches!(
                c.program(),
                Some("[" | "[[" | "test" | "grep" | "getent" | "command")
            );
        out.push((c, conditional));
    }
    out
}

fn strip_wrappers(argv: &[String]) -> Vec<String> {
    strip_wrappers_with(argv, &mut |_| {})
}

/// [`strip_wrappers`], handing the commands a `sh -c` chain runs before its last one to `before`.
fn strip_wrappers_with(
    argv: &[String],
    before: &mut dyn FnMut(Vec<(Vec<String>, bool)>),
) -> Vec<String> {
    let v = strip_plain_wrappers(argv);
    if v.len() >= 3
        && matches!(
            v[0].rsplit('/').next(),
            Some("sh" | "bash" | "ash" | "dash")
        )
        && v[1] == "-c"
    {
        let mut cmds = commands_with_conditions(&v[2]);
        let last = cmds.pop();
        before(
            cmds.into_iter()
                .map(|(c, cond)| (c.argv().iter().map(|w| w.text.clone()).collect(), cond))
                .filter(|(a, _): &(Vec<String>, bool)| !a.is_empty())
                .collect(),
        );
        let words: Vec<String> = last
            .map(|(c, _)| c.argv().iter().map(|w| w.text.clone()).collect())
            .unwrap_or_default();
        return strip_wrappers(&words);
    }
    v
}

fn strip_plain_wrappers(argv: &[String]) -> Vec<String> {
    let mut v: &[String] = argv;
    while let Some(first) = v.first() {
        let base = first.rsplit('/').next().unwrap_or(first);
        if matches!(
            base,
            "exec" | "gosu" | "su-exec" | "tini" | "dumb-init" | "--" | "chpst" | "setpriv"
        ) {
            v = &v[1..];
            if matches!(base, "gosu" | "su-exec") && !v.is_empty() {
                v = &v[1..];
            }
            continue;
        }
        if first.starts_with('-') && !v.is_empty() {
            // `tini -g --`
            v = &v[1..];
            continue;
        }
        break;
    }
    v.to_vec()
}

/// The repository file an image path of a script points at (see [`ImageBuild::script_for`]).
fn script_file(x: &Inputs, first: &str, stage: Option<StageRef>) -> Option<FileId> {
    let (_, build, st) = stage?;
    build.script_for(x.files, st, first)
}

/// What an entrypoint script starts: its last `exec` (or last command), with `"$@"` replaced
/// by the arguments compose passes. The commands before it go to `startup`.
fn follow_script(
    f: &super::SourceFile,
    args: &[String],
    startup: &mut Vec<StartupStep>,
    outer: (FileId, Span),
) -> Vec<String> {
    let cmds = commands_with_conditions(&f.text);
    let pick = cmds
        .iter()
        .rposition(|(c, _)| c.words.iter().any(|w| !w.quoted && w.text == "exec"))
        .or_else(|| cmds.len().checked_sub(1));
    let Some(pick) = pick else {
        return args.to_vec();
    };
    for (c, conditional) in &cmds[..pick] {
        let argv: Vec<String> = c.argv().iter().map(|w| w.text.clone()).collect();
        if argv.is_empty() || argv.first().is_some_and(|w| w == "exec") {
            continue;
        }
        startup.push(StartupStep {
            argv,
            file: f.id,
            span: c.span,
            conditional: *conditional,
        });
    }
    let c = &cmds[pick].0;
    let mut out = Vec::new();
    for w in c.argv() {
        if w.text == "$@" || w.text == "${@}" || w.text == "$*" {
            out.extend(args.iter().cloned());
        } else {
            out.push(w.text.clone());
        }
    }
    // a `sh -c "a && exec b"` handed over by `exec "$@"` is written where the command is
    let out = strip_wrappers_with(&out, &mut |steps| {
        startup.extend(steps.into_iter().map(|(argv, conditional)| StartupStep {
            argv,
            file: outer.0,
            span: outer.1,
            conditional,
        }))
    });
    if out.is_empty() {
        args.to_vec()
    } else {
        out
    }
}

/// The repository file an image path (absolute, or relative to the working directory) most
/// likely is, among the files `accept` allows under the build context: first through the
/// Dockerfile's `COPY` instructions, then by the longest unique path suffix.
fn resolve_image_path(
    x: &Inputs,
    path: &str,
    stage: Option<StageRef>,
    context: &str,
    accept: &dyn Fn(FileId) -> bool,
) -> Option<FileId> {
    if path.contains('$') || path.is_empty() {
        return None;
    }
    if let Some((df, build, _)) = stage {
        if let Some(rp) = build.repo_path_of(&df.tree, df.tree.instructions.len(), path) {
            if let Some(f) = x.files.by_path(&rp).filter(|f| accept(f.id)) {
                return Some(f.id);
            }
        }
    }
    let rel = super::normalize_path(path);
    let parts: Vec<&str> = rel.split('/').collect();
    // `/app/scripts/run.py` → `app/scripts/run.py`, `scripts/run.py`, `run.py`
    for i in 0..parts.len() {
        let suffix = parts[i..].join("/");
        let want_exact = join_path(context, &suffix);
        if let Some(f) = x.files.by_path(&want_exact).filter(|f| accept(f.id)) {
            return Some(f.id);
        }
        let mut found = x.files.iter().filter(|f| {
            accept(f.id)
                && (context.is_empty() || f.path.starts_with(&format!("{context}/")))
                && f.path.ends_with(&format!("/{suffix}"))
        });
        if let (Some(one), None) = (found.next(), found.next()) {
            return Some(one.id);
        }
    }
    None
}

/// The Python file a server command runs as a program: `python [opts] path.py`,
/// `python -m package.module`, or an executable `./script.py`.
fn main_file_of(
    x: &Inputs,
    server: &[String],
    stage: Option<StageRef>,
    context: &str,
) -> Option<FileId> {
    let first = server.first()?;
    let base = first.rsplit('/').next().unwrap_or(first);
    let is_py = |id: FileId| {
        let f = x.files.file(id);
        f.name().ends_with(".py") && x.app.python_of(id).is_some()
    };
    if base.ends_with(".py") {
        return resolve_image_path(x, first, stage, context, &is_py);
    }
    if !base.starts_with("python") {
        return None;
    }
    let mut i = 1;
    while let Some(w) = server.get(i) {
        match w.as_str() {
            "-m" => {
                let module = server.get(i + 1)?;
                let under: Vec<(FileId, &seaworthy_app::PythonFacts)> =
                    x.app.python_under(x.files, context).collect();
                for m in [module.clone(), format!("{module}.__main__")] {
                    if let Some((f, _)) = under
                        .iter()
                        .find(|(_, p)| seaworthy_app::module_matches(&p.module, &m))
                    {
                        return Some(*f);
                    }
                }
                return None;
            }
            "-c" => return None,
            "-X" | "-W" | "--check-hash-based-pycs" => i += 2,
            w if w.starts_with('-') => i += 1,
            w if w.ends_with(".py") => return resolve_image_path(x, w, stage, context, &is_py),
            _ => return None,
        }
    }
    None
}

/// The gunicorn configuration file a gunicorn command reads: `-c`/`--config` (a path, or
/// `python:module`), else the `gunicorn.conf.py` gunicorn loads from its working directory.
fn gunicorn_config_of(
    x: &Inputs,
    cmd: &ServiceCommand,
    stage: Option<StageRef>,
    context: &str,
) -> Option<FileId> {
    let is_conf = |id: FileId| x.app.gunicorn.iter().any(|(f, _)| *f == id);
    match cmd.arg_value(&["-c", "--config"]) {
        Some(c) => match c.strip_prefix("python:") {
            Some(module) => x
                .app
                .gunicorn
                .iter()
                .map(|(f, _)| *f)
                .filter(|f| {
                    context.is_empty() || x.files.file(*f).path.starts_with(&format!("{context}/"))
                })
                .find(|f| {
                    seaworthy_app::module_matches(
                        &seaworthy_app::module_name(&x.files.file(*f).path),
                        module,
                    )
                }),
            None => resolve_image_path(x, c, stage, context, &is_conf),
        },
        None => {
            let mut found = x.app.gunicorn.iter().map(|(f, _)| *f).filter(|f| {
                let file = x.files.file(*f);
                file.name() == "gunicorn.conf.py"
                    && (context.is_empty() || file.path.starts_with(&format!("{context}/")))
            });
            match (found.next(), found.next()) {
                (Some(one), None) => Some(one),
                _ => None,
            }
        }
    }
}

/// The application a server command runs: `gunicorn app.main:app`, `uvicorn app.main:app`,
/// `hypercorn`, `daphne`, `granian`, `fastapi run app/main.py`; `celery -A proj worker` gives `proj`.
pub fn app_target_of(argv: &[String]) -> Option<String> {
    let prog = program_of(argv)?;
    let start = argv.iter().position(|w| w.ends_with(prog)).map(|i| i + 1)?;
    let rest = &argv[start.min(argv.len())..];
    match prog {
        "gunicorn" | "uvicorn" | "hypercorn" | "daphne" | "granian" => {
            const WITH_VALUE: &[&str] = &[
                "-b",
                "--bind",
                "-w",
                "--workers",
                "-k",
                "--worker-class",
                "-c",
                "--config",
                "--host",
                "--port",
                "-p",
                "--threads",
                "--timeout",
                "-t",
                "--log-level",
                "--chdir",
                "--app-dir",
                "--root-path",
                "--forwarded-allow-ips",
                "--workers-per-core",
                "--max-requests",
                "--max-requests-jitter",
                "--graceful-timeout",
                "--keep-alive",
                "--access-logfile",
                "--error-logfile",
                "--access-logformat",
                "-e",
                "--env",
                "--interface",
                "--name",
                "-n",
                "--limit-concurrency",
                "--backlog",
                "--ws",
                "--loop",
                "--http",
                "--proxy-headers",
                "--env-file",
                "--log-config",
                "--user",
                "--group",
                "-u",
                "-g",
                "--worker-tmp-dir",
                "--pid",
                "--umask",
            ];
            let mut i = 0;
            while i < rest.len() {
                let w = &rest[i];
                if WITH_VALUE.contains(&w.as_str()) {
                    i += 2;
                    continue;
                }
                if !w.starts_with('-') && (w.contains(':') || prog != "gunicorn") {
                    return Some(w.clone());
                }
                i += 1;
            }
            None
        }
        "celery" => {
            let i = rest.iter().position(|w| w == "-A" || w == "--app")?;
            rest.get(i + 1)
                .map(|a| a.split(':').next().unwrap_or(a).to_string())
        }
        _ => None,
    }
}

/// Ports a server's command line binds: gunicorn `-b/--bind`, uvicorn/hypercorn `--host/--port`
/// (`--bind` too), Django `runserver ADDR:PORT`, Flask `--host/--port`, Daphne `-b/-p`.
pub fn listens_of(argv: &[String]) -> Vec<Listen> {
    let prog = program_of(argv).unwrap_or("");
    let mut out = Vec::new();
    let val = |names: &[&str]| -> Vec<String> {
        let mut v = Vec::new();
        let mut i = 0;
        while i < argv.len() {
            let w = &argv[i];
            for n in names {
                if w == n {
                    if let Some(x) = argv.get(i + 1) {
                        v.push(x.clone());
                    }
                } else if let Some(x) = w.strip_prefix(&format!("{n}=")) {
                    v.push(x.to_string());
                }
            }
            i += 1;
        }
        v
    };
    let parse_bind = |b: &str| -> Option<Listen> {
        if b.starts_with("unix:") || b.contains('$') {
            return None;
        }
        let (host, port) = match b.rsplit_once(':') {
            Some((h, p)) => (Some(h.trim_matches(['[', ']']).to_string()), p),
            None => (None, b),
        };
        Some(Listen {
            host: host.filter(|h| !h.is_empty()),
            port: port.parse().ok()?,
            default: false,
        })
    };
    match prog {
        "gunicorn" | "hypercorn" | "daphne" | "granian" => {
            for b in val(&["-b", "--bind"]) {
                out.extend(parse_bind(&b));
            }
            if let Some(p) = val(&["-p", "--port"]).last().and_then(|p| p.parse().ok()) {
                let host = val(&["--host", "--interface"]).last().cloned();
                out.push(Listen {
                    host,
                    port: p,
                    default: false,
                });
            }
            // without `-b` and without a config file gunicorn binds loopback
            if out.is_empty()
                && prog == "gunicorn"
                && val(&["-c", "--config", "-b", "--bind"]).is_empty()
            {
                out.push(Listen {
                    host: Some("127.0.0.1".into()),
                    port: 8000,
                    default: true,
                });
            }
        }
        "uvicorn" | "flask" | "fastapi" => {
            let host = val(&["--host", "-h"]).last().cloned();
            let port_arg = val(&["--port", "-p"]).last().and_then(|p| p.parse().ok());
            let default = host.is_none() || port_arg.is_none();
            let port = port_arg.unwrap_or(if prog == "flask" { 5000 } else { 8000 });
            let host = host.or_else(|| {
                // uvicorn and flask default to loopback; `fastapi run` to every interface
                Some(if prog == "fastapi" && argv.iter().any(|a| a == "run") {
                    "0.0.0.0".into()
                } else {
                    "127.0.0.1".into()
                })
            });
            out.push(Listen {
                host,
                port,
                default,
            });
        }
        _ => {
            if let Some(i) = argv.iter().position(|a| a == "runserver") {
                match argv.get(i + 1).filter(|a| !a.starts_with('-')) {
                    Some(a) => out.extend(parse_bind(a)),
                    None => out.push(Listen {
                        host: Some("127.0.0.1".into()),
                        port: 8000,
                        default: true,
                    }),
                }
            }
        }
    }
    out
}

fn env_of(
    x: &Inputs,
    d: &Deployment,
    r: &ResolvedService,
    stage: Option<(&DockerfileDoc, &super::stage::StageFacts)>,
) -> Vec<EnvValue> {
    let mut out: Vec<EnvValue> = Vec::new();
    let mut set = |v: EnvValue| {
        out.retain(|e| e.key != v.key);
        out.push(v);
    };
    // image ENV first, then env_file, then environment (compose's precedence)
    if let Some((df, st)) = stage {
        for (k, v, span) in &st.env {
            set(EnvValue {
                key: k.clone(),
                value: v.clone(),
                raw: v.clone(),
                source: EnvSource::Image {
                    file: df.file,
                    span: *span,
                },
            });
        }
    }
    for ef in &r.env_file {
        let Some(doc) = x.compose.doc(ef.file) else {
            continue;
        };
        let rel = doc.interpolate(&ef.value.value).value;
        let path = join_path(&d.path_base(x.files, ef.file), &rel);
        let Some(f) = x.files.by_path(&path) else {
            continue;
        };
        let Some(parsed) = x.env.file(f.id) else {
            continue;
        };
        for e in &parsed.parsed.entries {
            set(EnvValue {
                key: e.key.clone(),
                value: Some(e.value.clone()),
                raw: Some(e.value.clone()),
                source: EnvSource::EnvFile {
                    file: f.id,
                    span: e.key_span.cover(e.content_span),
                },
            });
        }
    }
    for e in &r.environment {
        let doc = x.compose.doc(e.file);
        let value = e.value.value.as_ref().map(|v| match doc {
            Some(doc) => doc.interpolate(v).value,
            None => v.clone(),
        });
        set(EnvValue {
            key: e.value.key.clone(),
            value,
            raw: e.value.value.clone(),
            source: EnvSource::Compose {
                file: e.file,
                span: e
                    .value
                    .value_span
                    .map(|v| e.value.key_span.cover(v))
                    .unwrap_or(e.value.key_span),
            },
        });
    }
    out
}

fn kind_of(
    name: &str,
    known: Option<&'static KnownService>,
    command: Option<&ServiceCommand>,
    r: &ResolvedService,
) -> ServiceKind {
    let n = name.to_ascii_lowercase();
    let server = command
        .map(|c| c.server.join(" ").to_ascii_lowercase())
        .unwrap_or_default();
    let image = r
        .image
        .as_ref()
        .map(|i| i.value.value.to_ascii_lowercase())
        .unwrap_or_default();
    let has = |hay: &str, needles: &[&str]| needles.iter().any(|w| hay.contains(w));
    if let Some(k) = known {
        match k.kind.as_str() {
            "database" | "storage" => return ServiceKind::DataStore,
            "cache" => return ServiceKind::Cache,
            "broker" => return ServiceKind::Broker,
            "proxy" => return ServiceKind::Proxy,
            "admin-ui" => return ServiceKind::AdminUi,
            _ => {}
        }
    }
    if has(&server, &["celery"]) && has(&server, &[" beat"])
        || has(
            &server,
            &["crond", "supercronic", "rqscheduler", "apscheduler"],
        )
        || n.contains("beat")
        || n.contains("scheduler")
        || n == "cron"
    {
        return ServiceKind::Scheduler;
    }
    if has(&server, &["flower"])
        || has(
            &image,
            &[
                "flower",
                "pgadmin",
                "adminer",
                "mailpit",
                "mailhog",
                "mailcatcher",
                "redis-commander",
                "redisinsight",
                "phpmyadmin",
                "mongo-express",
                "portainer",
                "kafka-ui",
            ],
        )
    {
        return ServiceKind::AdminUi;
    }
    if has(&server, &["celery"]) && has(&server, &[" worker"])
        || has(
            &server,
            &[
                "rq worker",
                "dramatiq",
                "sidekiq",
                "arq ",
                "huey",
                "taskiq worker",
                "queue:work",
                "horizon",
            ],
        )
        || n.contains("worker") && !n.contains("nginx")
    {
        return ServiceKind::Worker;
    }
    if r.restart.as_ref().is_some_and(|x| x.value.value == "no")
        || [
            "migrat",
            "init",
            "setup",
            "seed",
            "createbuckets",
            "certbot",
            "backup-once",
        ]
        .iter()
        .any(|w| n.contains(w))
        || has(
            &server,
            &[" migrate", "alembic upgrade", "manage.py migrate"],
        ) && !has(&server, &["runserver", "gunicorn", "uvicorn"])
    {
        return ServiceKind::OneShot;
    }
    if has(&image, &["nginx", "traefik", "caddy", "haproxy", "envoy"])
        || n == "nginx"
        || n == "proxy"
    {
        return ServiceKind::Proxy;
    }
    let _ = Keyword::Cmd;
    ServiceKind::App
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::project_from_txtar;

    #[test]
    fn a_service_joined_across_its_files() {
        let p = project_from_txtar("-- compose.yaml --\nservices:\n  api:\n    build: ./backend\n    env_file: [.env.api]\n    environment:\n      DATABASE_URL: postgresql://app:${DB_PASSWORD:-dev}@db:5432/app\n    depends_on:\n      db:\n        condition: service_healthy\n  worker:\n    build: ./backend\n    command: celery -A app worker -Q default\n  db:\n    image: postgres:16\n    healthcheck:\n      test: [\"CMD\", \"pg_isready\"]\n-- .env.api --\nLOG_LEVEL=info\n-- .env --\nDB_PASSWORD=s3cret-value\n-- backend/Dockerfile --\nFROM python:3.12-slim\nENV PYTHONUNBUFFERED=1\nCOPY docker/entrypoint.sh /entrypoint.sh\nEXPOSE 8000\nHEALTHCHECK CMD python -c \"import urllib.request\"\nENTRYPOINT [\"/entrypoint.sh\"]\nCMD [\"gunicorn\", \"app.main:app\", \"-b\", \"0.0.0.0:8000\", \"-k\", \"uvicorn.workers.UvicornWorker\"]\n-- backend/docker/entrypoint.sh --\n#!/bin/sh\nset -e\npython manage.py migrate --noinput\nexec \"$@\"\n");
        let api = p.services.iter().find(|s| s.name == "api").unwrap();
        assert!(matches!(api.image, ImageSource::Build(_)));
        let cmd = api.command.as_ref().unwrap();
        assert_eq!(cmd.source, CommandSource::Image);
        assert_eq!(
            p.file(cmd.script.unwrap()).path,
            "backend/docker/entrypoint.sh"
        );
        assert_eq!(cmd.program(), Some("gunicorn"));
        assert_eq!(
            api.listens,
            [Listen {
                host: Some("0.0.0.0".into()),
                port: 8000,
                default: false,
            }]
        );
        assert_eq!(api.exposed, [8000]);
        assert!(matches!(api.healthcheck, Some(HealthSource::Image { .. })));
        assert_eq!(api.kind, ServiceKind::App);
        let url = api.env_value("DATABASE_URL").unwrap();
        assert_eq!(
            url.value.as_deref(),
            Some("postgresql://app:s3cret-value@db:5432/app")
        );
        assert!(matches!(url.source, EnvSource::Compose { .. }));
        assert!(matches!(
            api.env_value("LOG_LEVEL").unwrap().source,
            EnvSource::EnvFile { .. }
        ));
        assert!(matches!(
            api.env_value("PYTHONUNBUFFERED").unwrap().source,
            EnvSource::Image { .. }
        ));
        let worker = p.services.iter().find(|s| s.name == "worker").unwrap();
        assert_eq!(worker.kind, ServiceKind::Worker);
        let wc = worker.command.as_ref().unwrap();
        assert_eq!(wc.source, CommandSource::Compose);
        // compose `command:` goes to the entrypoint script's `exec "$@"`
        assert_eq!(wc.program(), Some("celery"));
        let db = p.services.iter().find(|s| s.name == "db").unwrap();
        assert_eq!(db.kind, ServiceKind::DataStore);
        assert!(matches!(db.healthcheck, Some(HealthSource::Compose(_))));
        assert_eq!(db.container_ports(), [5432]);
    }

    #[test]
    fn listen_addresses() {
        let w = |s: &str| s.split(' ').map(str::to_string).collect::<Vec<_>>();
        assert_eq!(
            listens_of(&w("uvicorn app:app --host 0.0.0.0 --port 80")),
            [Listen {
                host: Some("0.0.0.0".into()),
                port: 80,
                default: false,
            }]
        );
        assert_eq!(
            listens_of(&w("python manage.py runserver 0.0.0.0:8000"))[0].port,
            8000
        );
        assert_eq!(
            listens_of(&w("uvicorn app:app"))[0].host.as_deref(),
            Some("127.0.0.1")
        );
        assert!(listens_of(&w("gunicorn -b unix:/run/app.sock app:app")).is_empty());
    }

    #[test]
    fn the_app_a_server_runs() {
        let p = project_from_txtar("-- compose.yaml --\nservices:\n  api:\n    build: ./backend\n    command: uvicorn app.main:app --host 0.0.0.0\n  worker:\n    build: ./backend\n    command: celery -A app.worker worker -Q emails\n-- backend/Dockerfile --\nFROM python:3.12-slim\nCOPY . /srv\n-- backend/app/main.py --\nfrom fastapi import FastAPI\napp = FastAPI()\n\n@app.websocket(\"/ws\")\nasync def ws(sock):\n    pass\n-- backend/app/worker.py --\nfrom celery import Celery\napp = Celery(\"app\")\n");
        let api = p.services.iter().find(|s| s.name == "api").unwrap();
        assert_eq!(api.app_target.as_deref(), Some("app.main:app"));
        assert_eq!(p.file(api.app_file.unwrap()).path, "backend/app/main.py");
        let worker = p.services.iter().find(|s| s.name == "worker").unwrap();
        assert_eq!(worker.app_target.as_deref(), Some("app.worker"));
        assert_eq!(
            p.file(worker.app_file.unwrap()).path,
            "backend/app/worker.py"
        );
    }
    #[test]
    fn startup_steps_scripts_and_limits() {
        let p = project_from_txtar("-- compose.yaml --\nservices:\n  web:\n    build: .\n    deploy:\n      replicas: ${WEB_REPLICAS:-3}\n      resources:\n        limits:\n          cpus: \"1.5\"\n  worker:\n    build: .\n    command: sh -c \"alembic upgrade head && exec celery -A app.worker worker\"\n  runner:\n    build: .\n    entrypoint: [\"python\", \"-u\", \"scripts/run_server.py\"]\n-- Dockerfile --\nFROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nCOPY docker/entrypoint.sh /entrypoint\nCOPY docker/start.sh /start\nENTRYPOINT [\"/entrypoint\"]\nCMD [\"/start\"]\n-- docker/entrypoint.sh --\n#!/bin/sh\nset -e\nif [ -n \"$WAIT\" ]; then\n  wait-for-it db:5432\nfi\nexec \"$@\"\n-- docker/start.sh --\n#!/bin/sh\ncd /app && python manage.py migrate --noinput\n[ \"$COLLECT\" = 1 ] && python manage.py collectstatic\nexec gunicorn config.wsgi -c /app/gunicorn.conf.py\n-- gunicorn.conf.py --\nworkers = 4\n-- scripts/run_server.py --\nimport uvicorn\nif __name__ == \"__main__\":\n    uvicorn.run(\"app.main:app\", reload=True)\n");
        let web = p.services.iter().find(|s| s.name == "web").unwrap();
        let c = web.command.as_ref().unwrap();
        assert_eq!(c.program(), Some("gunicorn"));
        assert_eq!(c.scripts.len(), 2);
        let steps: Vec<(String, bool)> = c
            .startup
            .iter()
            .map(|s| (s.argv.join(" "), s.conditional))
            .collect();
        assert!(steps.contains(&("wait-for-it db:5432".into(), true)));
        assert!(steps.contains(&("python manage.py migrate --noinput".into(), false)));
        assert!(steps.contains(&("python manage.py collectstatic".into(), true)));
        let mig = c
            .startup
            .iter()
            .find(|s| s.argv.contains(&"migrate".to_string()))
            .unwrap();
        assert_eq!(p.file(mig.file).path, "docker/start.sh");
        assert_eq!(
            mig.span.slice(&p.file(mig.file).text),
            "python manage.py migrate --noinput"
        );
        assert_eq!(
            p.file(web.gunicorn_config.unwrap()).path,
            "gunicorn.conf.py"
        );
        assert_eq!(web.replicas, Some(3));
        assert_eq!(web.cpu_limit, Some(1.5));
        let worker = p.services.iter().find(|s| s.name == "worker").unwrap();
        let wc = worker.command.as_ref().unwrap();
        assert_eq!(wc.program(), Some("celery"));
        let alembic = wc.startup.iter().find(|s| s.argv[0] == "alembic").unwrap();
        assert_eq!(alembic.argv, ["alembic", "upgrade", "head"]);
        assert_eq!(p.file(alembic.file).path, "compose.yaml");
        assert!(worker.replicas.is_none());
        let runner = p.services.iter().find(|s| s.name == "runner").unwrap();
        assert_eq!(
            p.file(runner.main_file.unwrap()).path,
            "scripts/run_server.py"
        );
    }
}
