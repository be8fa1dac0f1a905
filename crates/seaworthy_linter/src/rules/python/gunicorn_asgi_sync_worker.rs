use crate::declare_rule;
use crate::project::launch::Launch;
use crate::project::Project;
use crate::rule::Checker;
use seaworthy_syntax::FileKind;

declare_rule! {
    /// ## What it does
    /// Finds gunicorn serving an ASGI application (FastAPI, Starlette, Quart, Litestar, a Django
    /// `asgi` module) without an ASGI worker class (`-k uvicorn.workers.UvicornWorker`, or
    /// `worker_class` in a gunicorn config file). The command can be in a Dockerfile, an
    /// entrypoint script or (once linked) a compose `command:`.
    ///
    /// ## Why is this bad?
    /// gunicorn's default `sync` worker speaks WSGI: an ASGI app fails on every request
    /// (`TypeError: __call__() missing 1 required positional argument: 'send'`) or, behind a
    /// compatibility shim, serializes all I/O.
    ///
    /// ## Example
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// CMD ["gunicorn", "app.main:app", "--bind", "0.0.0.0:8000"]
    /// ```
    /// ```requirements
    /// fastapi==0.115.0
    /// gunicorn==23.0.0
    /// ```
    ///
    /// ## Use instead
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// CMD ["gunicorn", "app.main:app", "-k", "uvicorn.workers.UvicornWorker", "--bind", "0.0.0.0:8000"]
    /// ```
    /// ```requirements
    /// fastapi==0.115.0
    /// gunicorn==23.0.0
    /// ```
    pub struct GunicornAsgiSyncWorker {
        code: "SW5005",
        name: "gunicorn-asgi-sync-worker",
        family: Python,
        severity: High,
        category: Reliability,
        summary: "gunicorn serves an ASGI app with a WSGI worker class",
    }
}

const ASGI_FRAMEWORKS: &[&str] = &["fastapi", "starlette", "quart", "litestar"];
const WSGI_FRAMEWORKS: &[&str] = &["flask", "django", "falcon", "bottle", "pyramid"];

/// Names of every dependency declared anywhere in the repository.
fn all_dependencies(project: &Project) -> Vec<String> {
    let mut deps: Vec<String> = project
        .python
        .requirements
        .iter()
        .flat_map(|(_, r)| r.requirements.iter().map(|q| q.name.clone()))
        .collect();
    for (_, p) in &project.python.pyprojects {
        deps.extend(p.dependencies.iter().map(|d| super::dist_name(d)));
    }
    deps
}

fn app_target(l: &Launch) -> Option<&str> {
    let mut skip_next = false;
    for w in l.argv.iter().skip(1) {
        if skip_next {
            skip_next = false;
            continue;
        }
        let t = w.text.as_str();
        if t.starts_with('-') {
            skip_next = !t.contains('=')
                && !matches!(
                    t,
                    "--reload"
                        | "--preload"
                        | "--daemon"
                        | "-D"
                        | "--check-config"
                        | "--print-config"
                );
            continue;
        }
        if t.contains(':') || t.contains('.') {
            return Some(t);
        }
    }
    None
}

fn config_worker_class(project: &Project, l: &Launch) -> Option<String> {
    let config_path = l
        .arg_value(&["-c", "--config"])
        .map(|w| w.text.trim_start_matches("python:").to_string());
    let candidates = project.files.iter().filter(|f| {
        f.kind == FileKind::AppConfig
            && (config_path.as_deref().is_some_and(|c| {
                f.path.ends_with(
                    c.trim_start_matches("./")
                        .trim_start_matches('/')
                        .rsplit('/')
                        .next()
                        .unwrap_or(c),
                )
            }) || f.name().starts_with("gunicorn"))
    });
    for f in candidates {
        for line in f.text.lines() {
            let t = line.trim();
            if let Some(v) = t.strip_prefix("worker_class") {
                let v = v.trim_start().trim_start_matches('=').trim();
                return Some(v.trim_matches(['"', '\'']).to_string());
            }
        }
    }
    None
}

crate::message! {
    /// gunicorn serves an ASGI app with a worker class it names.
    struct SyncWorker<'a> = "gunicorn-asgi-sync-worker" { target: &'a str, current: &'a str }
    /// gunicorn serves an ASGI app with its default (sync) worker class.
    struct DefaultWorker<'a> = "gunicorn-asgi-sync-worker-default" { target: &'a str }
    struct SyncWorkerHelp = "gunicorn-asgi-sync-worker-help" {}
}

impl GunicornAsgiSyncWorker {
    fn check(&self, project: &Project, cx: &mut Checker) {
        let deps = all_dependencies(project);
        let asgi_stack = deps.iter().any(|d| ASGI_FRAMEWORKS.contains(&d.as_str()))
            && !deps.iter().any(|d| WSGI_FRAMEWORKS.contains(&d.as_str()));
        for l in project.launches() {
            if l.tool() != Some("gunicorn") {
                continue;
            }
            let Some(target) = app_target(l) else {
                continue;
            };
            let asgi_app = target.contains("asgi") || (asgi_stack && !target.contains("wsgi"));
            if !asgi_app {
                continue;
            }
            let worker = l
                .arg_value(&["-k", "--worker-class"])
                .map(|w| {
                    w.text
                        .split_once('=')
                        .map(|(_, v)| v.to_string())
                        .unwrap_or_else(|| w.text.clone())
                })
                .or_else(|| config_worker_class(project, l));
            let ok = worker.as_deref().is_some_and(|w| {
                let w = w.to_ascii_lowercase();
                w.contains("uvicorn")
                    || w.contains("asgi")
                    || w.contains('$')
                    || w.contains("hypercorn")
            });
            if ok {
                continue;
            }
            let msg: crate::message::Message = match &worker {
                Some(current) => SyncWorker { target, current }.into(),
                None => DefaultWorker { target }.into(),
            };
            cx.report(l.file, l.span, msg).help(SyncWorkerHelp {});
        }
    }
}
