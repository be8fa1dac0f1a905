use crate::declare_rule;
use crate::diagnostic::Severity;
use crate::project::service::Service;
use crate::project::{FileId, Project};
use crate::rule::Checker;
use crate::rules::project::helpers::python_of_service;
use seaworthy_app::python::{Interface, PythonFacts};
use seaworthy_syntax::Span;

declare_rule! {
    /// ## What it does
    /// Finds gunicorn serving a WSGI application (Django, Flask, a `wsgi` module) with the
    /// default `sync` worker class and no `--threads`, while the application's web code calls
    /// outside services: a view, route or API module imports an HTTP or provider client
    /// (`requests`, `httpx`, `urllib3`, `boto3`, `stripe`, `openai`, ...). Silent when the
    /// command line, `GUNICORN_CMD_ARGS` or a gunicorn config file sets `--threads`,
    /// `threads`, or a worker class (`gthread`, `gevent`, `eventlet`), and when the web code
    /// shows no such client (Celery task modules do not count: they run in the worker). This
    /// is advice.
    ///
    /// ## Why is this bad?
    /// A sync worker handles one request at a time. While it waits for a payment provider, an
    /// LLM API or S3, it serves nobody: a handful of slow calls takes every worker, and the
    /// rest of the requests queue up behind them until nginx or the load balancer times out.
    ///
    /// ## Example
    /// ```yaml path=compose.yaml
    /// services:
    ///   web:
    ///     build: .
    ///     command: gunicorn shop.wsgi:application --bind 0.0.0.0:8000 --workers 3
    /// ```
    /// ```dockerfile path=Dockerfile
    /// FROM python:3.12-slim
    /// COPY . /app
    /// ```
    /// ```python path=shop/wsgi.py
    /// from django.core.wsgi import get_wsgi_application
    ///
    /// application = get_wsgi_application()
    /// ```
    /// ```python path=payments/views.py
    /// import requests
    ///
    /// def checkout(request):
    ///     return requests.post("https://api.payments.example/charge", timeout=10)
    /// ```
    ///
    /// ## Use instead
    /// ```yaml path=compose.yaml
    /// services:
    ///   web:
    ///     build: .
    ///     command: gunicorn shop.wsgi:application --bind 0.0.0.0:8000 --workers 3 --threads 4
    /// ```
    /// ```dockerfile path=Dockerfile
    /// FROM python:3.12-slim
    /// COPY . /app
    /// ```
    /// ```python path=shop/wsgi.py
    /// from django.core.wsgi import get_wsgi_application
    ///
    /// application = get_wsgi_application()
    /// ```
    /// ```python path=payments/views.py
    /// import requests
    ///
    /// def checkout(request):
    ///     return requests.post("https://api.payments.example/charge", timeout=10)
    /// ```
    ///
    /// ## References
    /// - <https://docs.gunicorn.org/en/stable/design.html#choosing-a-worker-type>
    /// - <https://docs.gunicorn.org/en/stable/settings.html#threads>
    /// - <https://docs.gunicorn.org/en/stable/settings.html#worker-class>
    pub struct GunicornSyncWorkerIoBound {
        code: "SW5015",
        name: "gunicorn-sync-worker-io-bound",
        family: Python,
        severity: Low,
        category: Performance,
        summary: "gunicorn sync workers for a WSGI app that calls outside services",
    }
}

crate::message! {
    /// The service, its app target, and the import that shows outside calls.
    struct SyncWorker<'a> = "gunicorn-sync-worker-io-bound" { service: &'a str, target: &'a str, path: &'a str, client: &'a str }
    struct SyncWorkerHelp = "gunicorn-sync-worker-io-bound-help" {}
    struct ClientImport<'a> = "gunicorn-sync-worker-io-bound-related" { client: &'a str }
    /// Threads or an async worker class for web code that calls outside services.
    struct Concurrent<'a> = "gunicorn-sync-worker-io-bound-strength" { service: &'a str, client: &'a str }
}

/// Client libraries whose calls wait on a service outside the stack.
const CLIENTS: &[&str] = &[
    "requests",
    "httpx",
    "urllib3",
    "boto3",
    "botocore",
    "stripe",
    "openai",
    "anthropic",
    "twilio",
    "sendgrid",
    "slack_sdk",
    "googleapiclient",
    "yookassa",
    "paypalrestsdk",
];

/// A module of the web code (not settings, not Celery tasks, not a management command).
fn web_module(path: &str, facts: &PythonFacts) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    let stem = name.strip_suffix(".py").unwrap_or(name);
    facts.celery.tasks.is_empty()
        && facts.celery.apps.is_empty()
        && !matches!(
            stem,
            "settings"
                | "config"
                | "celery"
                | "celery_app"
                | "tasks"
                | "worker"
                | "workers"
                | "manage"
        )
        && !path.contains("/settings/")
        && !path.contains("/management/")
}

/// The first import of an outside-service client in the service's web code: (file, span, client).
fn io_evidence<'a>(project: &'a Project, s: &Service) -> Option<(FileId, Span, &'a str)> {
    python_of_service(project, s)
        .into_iter()
        .find_map(|(f, facts)| {
            let path = &project.file(f).path;
            if !web_module(path, facts) {
                return None;
            }
            facts
                .imports
                .iter()
                .find(|i| i.level == 0 && CLIENTS.contains(&i.top.as_str()))
                .map(|i| (f, i.span, i.top.as_str()))
        })
}

/// Is the app a WSGI app: the app object the target names, or a `wsgi` module?
fn wsgi_app(project: &Project, s: &Service, target: &str) -> bool {
    let from_facts = s.app_file.and_then(|f| {
        project
            .app
            .python_of(f)
            .and_then(|p| p.app_for_target(target))
            .map(|a| a.interface)
    });
    match from_facts {
        Some(i) => i == Interface::Wsgi,
        None => {
            let module = target.split(':').next().unwrap_or(target);
            module.rsplit('.').next() == Some("wsgi")
        }
    }
}

/// Does a gunicorn config file set the worker class or threads (the file the service reads, or
/// any gunicorn config of the repository when the service names none: gunicorn reads
/// `gunicorn.conf.py` from its working directory)?
fn config_sets_concurrency(project: &Project, s: &Service) -> bool {
    project
        .app
        .gunicorn
        .iter()
        .filter(|(f, _)| s.gunicorn_config.is_none_or(|c| c == *f))
        .any(|(_, g)| g.get("threads").is_some() || g.get("worker_class").is_some())
}

impl GunicornSyncWorkerIoBound {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for s in &project.services {
            let Some(d) = project.deployments.get(s.deployment) else {
                continue;
            };
            if d.environment.is_non_prod() {
                continue;
            }
            let Some(c) = &s.command else { continue };
            if c.program() != Some("gunicorn") {
                continue;
            }
            let Some(target) = s.app_target.as_deref() else {
                continue;
            };
            let cli_sets = c
                .arg_value(&["-k", "--worker-class", "--threads"])
                .is_some()
                || c.server.iter().any(|w| {
                    w.starts_with("--threads=")
                        || w.starts_with("--worker-class=")
                        || w.starts_with("-k") && w.len() > 2
                });
            let env_sets = s.env_value("GUNICORN_CMD_ARGS").is_some_and(|e| {
                e.value.as_deref().or(e.raw.as_deref()).is_none_or(|v| {
                    v.contains("thread") || v.contains("-k") || v.contains("worker-class")
                })
            });
            if cli_sets && wsgi_app(project, s, target) {
                if let Some((_, _, client)) = io_evidence(project, s) {
                    cx.strength(
                        c.file,
                        c.span,
                        Concurrent {
                            service: &s.name,
                            client,
                        },
                    );
                }
            }
            if cli_sets
                || env_sets
                || config_sets_concurrency(project, s)
                || !wsgi_app(project, s, target)
            {
                continue;
            }
            let Some((file, span, client)) = io_evidence(project, s) else {
                continue;
            };
            let path = &project.file(file).path;
            cx.report_in(
                d,
                c.file,
                c.span,
                SyncWorker {
                    service: &s.name,
                    target,
                    path,
                    client,
                },
            )
            .severity(Severity::Low)
            .help(SyncWorkerHelp {})
            .related(file, span, ClientImport { client });
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::testing::audit_txtar_with_rule;

    fn stack(command: &str, extra: &str) -> String {
        format!(
            "-- compose.yaml --\nservices:\n  web:\n    build: .\n    command: {command}\n-- Dockerfile --\nFROM python:3.12-slim\nCOPY . /app\n-- shop/wsgi.py --\nfrom django.core.wsgi import get_wsgi_application\n\napplication = get_wsgi_application()\n{extra}"
        )
    }

    #[test]
    fn silent_cases() {
        let views = "-- shop/views.py --\nimport requests\n";
        for f in [
            stack("gunicorn shop.wsgi:application -k gevent", views),
            stack("gunicorn shop.wsgi:application --threads=4", views),
            stack(
                "gunicorn shop.wsgi:application",
                "-- shop/views.py --\nimport requests\n-- gunicorn.conf.py --\nthreads = 4\n",
            ),
            // the client is only used by Celery tasks
            stack(
                "gunicorn shop.wsgi:application",
                "-- shop/tasks.py --\nimport requests\n",
            ),
            // no outside calls in the web code
            stack(
                "gunicorn shop.wsgi:application",
                "-- shop/views.py --\nfrom django.shortcuts import render\n",
            ),
        ] {
            let a = audit_txtar_with_rule(&f, "SW5015");
            assert!(a.findings.is_empty(), "{f}\n{:#?}", a.findings);
        }
        let f = stack("gunicorn shop.wsgi:application --workers 3", views);
        let a = audit_txtar_with_rule(&f, "SW5015");
        assert_eq!(a.findings.len(), 1, "{f}");
    }
}
