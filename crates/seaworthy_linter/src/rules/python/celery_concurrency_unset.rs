use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;
use seaworthy_syntax::FileKind;

declare_rule! {
    /// ## What it does
    /// Finds Celery workers started without `--concurrency` / `-c` when neither the environment
    /// (`CELERY_WORKER_CONCURRENCY`) nor a Celery config file (`worker_concurrency`) sets it.
    ///
    /// ## Why is this bad?
    /// The default is the number of CPUs of the host, not of the container: a worker limited to one
    /// CPU on a 32-core host forks 32 processes and runs out of memory.
    ///
    /// ## Example
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// CMD ["celery", "-A", "app.tasks", "worker", "--loglevel=info"]
    /// ```
    ///
    /// ## Use instead
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// CMD ["celery", "-A", "app.tasks", "worker", "--loglevel=info", "--concurrency=2"]
    /// ```
    pub struct CeleryConcurrencyUnset {
        code: "SW5007",
        name: "celery-concurrency-unset",
        family: Python,
        severity: Low,
        category: Performance,
        summary: "Celery worker concurrency defaults to the host's CPU count",
    }
}

crate::message! {
    /// A Celery worker started without `--concurrency`.
    struct Unset = "celery-concurrency-unset" {}
    struct UnsetHelp = "celery-concurrency-unset-help" {}
}

impl CeleryConcurrencyUnset {
    fn check(&self, project: &Project, cx: &mut Checker) {
        let configured = project.files.iter().any(|f| {
            (f.kind == FileKind::AppConfig
                || f.kind == FileKind::Env
                || f.kind == FileKind::Dockerfile
                || f.kind == FileKind::Compose)
                && (f.text.contains("worker_concurrency")
                    || f.text.contains("CELERY_WORKER_CONCURRENCY")
                    || f.text.contains("CELERYD_CONCURRENCY"))
        });
        if configured {
            return;
        }
        for l in project.launches() {
            if l.tool() != Some("celery") {
                continue;
            }
            let Some(worker) = l.argv.iter().find(|w| w.text == "worker") else {
                continue;
            };
            if l.has_arg(&["-c", "--concurrency", "--autoscale"])
                || l.argv.iter().any(|w| {
                    w.text.starts_with("-c")
                        && w.text.len() > 2
                        && w.text[2..].chars().all(|c| c.is_ascii_digit())
                })
            {
                continue;
            }
            cx.report(l.file, worker.span, Unset {}).help(UnsetHelp {});
        }
    }
}
