//! SW5xxx: the Python application runtime (dependencies installed into images, interpreter
//! versions, native packages, migrations, app servers).

pub mod alembic_not_configured;
pub mod celery_beat_replicated;
pub mod celery_concurrency_unset;
pub mod celery_embedded_beat;
pub mod celery_one_worker_all_queues;
pub mod celery_queue_without_worker;
pub mod dev_dependencies_in_image;
pub mod gunicorn_asgi_sync_worker;
pub mod gunicorn_sync_worker_io_bound;
pub mod helpers;
pub mod migrations_on_every_start;
pub mod native_build_deps_missing;
pub mod python_version_drift;
pub mod python_version_unsupported;
pub mod reload_reachable_in_production;
pub mod server_workers_exceed_cpu_limit;

use crate::i18n::Lang;
use crate::message::Message;
use crate::rule::Rule;

pub const RULES: &[&dyn Rule] = &[
    &dev_dependencies_in_image::DevDependenciesInImage,
    &python_version_unsupported::PythonVersionUnsupported,
    &native_build_deps_missing::NativeBuildDepsMissing,
    &alembic_not_configured::AlembicNotConfigured,
    &gunicorn_asgi_sync_worker::GunicornAsgiSyncWorker,
    &celery_embedded_beat::CeleryEmbeddedBeat,
    &celery_concurrency_unset::CeleryConcurrencyUnset,
    &migrations_on_every_start::MigrationsOnEveryStart,
    &celery_queue_without_worker::CeleryQueueWithoutWorker,
    &celery_one_worker_all_queues::CeleryOneWorkerAllQueues,
    &python_version_drift::PythonVersionDrift,
    &celery_beat_replicated::CeleryBeatReplicated,
    &reload_reachable_in_production::ReloadReachableInProduction,
    &server_workers_exceed_cpu_limit::ServerWorkersExceedCpuLimit,
    &gunicorn_sync_worker_io_bound::GunicornSyncWorkerIoBound,
];

/// A list whose items are catalogued phrases themselves (`` `web` (3 replicas) ``), rendered and
/// joined with `sep` in each language. A message field holds one value for every language, so
/// such a list travels as one field per language: `{ $who_en }` in the English catalogue,
/// `{ $who_ru }` and `{ $who_uk }` in the others.
pub struct Phrases {
    pub en: String,
    pub ru: String,
    pub uk: String,
}

impl Phrases {
    pub fn join<M: Into<Message>>(items: impl IntoIterator<Item = M>, sep: &str) -> Phrases {
        let items: Vec<Message> = items.into_iter().map(Into::into).collect();
        let joined = |lang: Lang| {
            items
                .iter()
                .map(|m| m.in_lang(lang).into_owned())
                .collect::<Vec<_>>()
                .join(sep)
        };
        Phrases {
            en: joined(Lang::En),
            ru: joined(Lang::Ru),
            uk: joined(Lang::Uk),
        }
    }
}

/// A requirement or dependency string's normalized project name: `Django[bcrypt]>=5` → `django`.
pub fn dist_name(spec: &str) -> String {
    seaworthy_syntax::requirements::dist_name(spec)
}

/// A database migration command: which tool, and whether it only generates migrations.
pub struct Migration {
    pub tool: &'static str,
    /// `makemigrations`: writes migration files instead of applying them.
    pub make: bool,
}

/// Does this argv apply (or generate) database migrations? `alembic upgrade head`,
/// `python manage.py migrate`, `django-admin migrate`, `flask db upgrade`, also behind
/// `uv run` / `poetry run` / `python -m`. Dry runs (`--check`, `--plan`, `--sql`) are not.
pub fn migration_command(argv: &[String]) -> Option<Migration> {
    let base = |w: &str| w.rsplit('/').next().unwrap_or(w).to_string();
    let words: Vec<String> = argv.iter().map(|w| base(w)).collect();
    if words
        .iter()
        .any(|w| matches!(w.as_str(), "--check" | "--plan" | "--sql" | "--help" | "-h"))
    {
        return None;
    }
    let pos = |name: &str| words.iter().position(|w| w == name);
    if let Some(i) = words
        .iter()
        .position(|w| w == "manage.py" || w == "django-admin" || w == "django-admin.py")
    {
        return match words.get(i + 1).map(String::as_str) {
            Some("migrate") => Some(Migration {
                tool: "manage.py migrate",
                make: false,
            }),
            Some("makemigrations") => Some(Migration {
                tool: "manage.py makemigrations",
                make: true,
            }),
            _ => None,
        };
    }
    if let Some(i) = pos("alembic") {
        if words.get(i + 1).is_some_and(|w| w == "upgrade")
            || words.get(i + 1).is_some_and(|w| w.starts_with('-'))
                && words[i + 1..].iter().any(|w| w == "upgrade")
        {
            return Some(Migration {
                tool: "alembic upgrade",
                make: false,
            });
        }
    }
    if let Some(i) = pos("flask") {
        if words[i + 1..]
            .windows(2)
            .any(|w| w[0] == "db" && w[1] == "upgrade")
        {
            return Some(Migration {
                tool: "flask db upgrade",
                make: false,
            });
        }
    }
    None
}

/// A Celery worker service and the queues its command line names.
pub struct CeleryWorker<'a> {
    pub service: &'a crate::project::service::Service,
    /// `-Q a,b` / `--queues=a,b`: `None` when the command names none (the worker then consumes
    /// the app's default or declared queues), or names them through a variable or `-X`.
    pub queues: Option<Vec<String>>,
}

/// Celery workers of a deployment (`celery -A app worker ...`).
pub fn celery_workers(
    project: &crate::project::Project,
    d: crate::project::deploy::DeploymentId,
) -> Vec<CeleryWorker<'_>> {
    let mut out = Vec::new();
    for s in project.services_in(d) {
        let Some(c) = &s.command else { continue };
        if c.program() != Some("celery") || !c.server.iter().any(|w| w == "worker") {
            continue;
        }
        let mut named: Vec<String> = Vec::new();
        let mut unknown = c.has_arg(&["-X", "--exclude-queues"]);
        for (i, w) in c.server.iter().enumerate() {
            let v = if w == "-Q" || w == "--queues" {
                c.server.get(i + 1).map(String::as_str)
            } else if let Some(v) = w.strip_prefix("--queues=") {
                Some(v)
            } else {
                w.strip_prefix("-Q").filter(|v| !v.is_empty())
            };
            if let Some(v) = v {
                if v.contains('$') || v.is_empty() {
                    unknown = true;
                }
                named.extend(
                    v.split(',')
                        .map(str::trim)
                        .filter(|q| !q.is_empty())
                        .map(String::from),
                );
            }
        }
        let queues = (!unknown && !named.is_empty()).then_some(named);
        out.push(CeleryWorker { service: s, queues });
    }
    out
}

/// A queue the application sends tasks to, where it says so.
pub struct UsedQueue {
    pub name: String,
    pub file: crate::project::FileId,
    pub span: seaworthy_syntax::Span,
    /// `task_routes`, `@task(queue=...)`, `apply_async(queue=...)`, `task_queues`.
    pub how: &'static str,
}

/// The Celery queues of the Python sources in the build contexts of `services` (each file
/// once): routed, task-level and call-time queues, and declared ones (`task_queues`).
pub fn celery_queues(
    project: &crate::project::Project,
    services: &[&crate::project::service::Service],
) -> Vec<UsedQueue> {
    let mut contexts: Vec<&str> = Vec::new();
    for s in services {
        if let crate::project::service::ImageSource::Build(id) = s.image {
            if let Some(b) = project.images.get(id) {
                if !contexts.contains(&b.context.as_str()) {
                    contexts.push(&b.context);
                }
            }
        }
    }
    let mut files: Vec<crate::project::FileId> = Vec::new();
    let mut out = Vec::new();
    for ctx in contexts {
        for (f, p) in project.app.python_under(&project.files, ctx) {
            if files.contains(&f) {
                continue;
            }
            files.push(f);
            let c = &p.celery;
            for r in &c.routes {
                if let Some(q) = &r.queue {
                    out.push(UsedQueue {
                        name: q.clone(),
                        file: f,
                        span: r.span,
                        how: "task_routes",
                    });
                }
            }
            for t in &c.tasks {
                if let Some(q) = &t.queue {
                    out.push(UsedQueue {
                        name: q.clone(),
                        file: f,
                        span: t.span,
                        how: "task",
                    });
                }
            }
            for q in &c.sent_to {
                out.push(UsedQueue {
                    name: q.name.clone(),
                    file: f,
                    span: q.span,
                    how: "call",
                });
            }
            for q in &c.queues {
                out.push(UsedQueue {
                    name: q.name.clone(),
                    file: f,
                    span: q.span,
                    how: "task_queues",
                });
            }
        }
    }
    out
}
