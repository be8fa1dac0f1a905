use super::{celery_queues, celery_workers, Phrases};
use crate::declare_rule;
use crate::diagnostic::Severity;
use crate::meta::Confidence;
use crate::project::service::Service;
use crate::project::Project;
use crate::rule::Checker;
use crate::rules::compose::by_env;

declare_rule! {
    /// ## What it does
    /// Finds Celery queues the application sends tasks to (`task_routes`, `@app.task(queue=...)`,
    /// `apply_async(queue=...)`) that no worker of the stack consumes: every worker service names
    /// its queues with `-Q`, and none names this one.
    ///
    /// ## Why is this bad?
    /// A task sent to a queue nobody consumes waits in the broker forever: no error, no log line,
    /// the work just never happens (emails not sent, files not processed) and the queue grows
    /// until the broker runs out of memory.
    ///
    /// ## Example
    /// ```yaml path=compose.yaml
    /// services:
    ///   worker:
    ///     build: .
    ///     command: celery -A proj worker -Q default --concurrency=2
    /// ```
    /// ```dockerfile path=Dockerfile
    /// FROM python:3.12-slim
    /// COPY . /app
    /// ```
    /// ```python path=proj/celery.py
    /// from celery import Celery
    ///
    /// app = Celery("proj")
    /// app.conf.task_routes = {"proj.media.*": {"queue": "media"}}
    /// ```
    ///
    /// ## Use instead
    /// ```yaml path=compose.yaml
    /// services:
    ///   worker:
    ///     build: .
    ///     command: celery -A proj worker -Q default --concurrency=2
    ///   worker-media:
    ///     build: .
    ///     command: celery -A proj worker -Q media --concurrency=1
    /// ```
    /// ```dockerfile path=Dockerfile
    /// FROM python:3.12-slim
    /// COPY . /app
    /// ```
    /// ```python path=proj/celery.py
    /// from celery import Celery
    ///
    /// app = Celery("proj")
    /// app.conf.task_routes = {"proj.media.*": {"queue": "media"}}
    /// ```
    ///
    /// ## References
    /// - <https://docs.celeryq.dev/en/stable/userguide/routing.html>
    /// - <https://docs.celeryq.dev/en/stable/userguide/workers.html#queues>
    pub struct CeleryQueueWithoutWorker {
        code: "SW5009",
        name: "celery-queue-without-worker",
        family: Python,
        severity: High,
        category: Reliability,
        summary: "Celery tasks routed to a queue no worker consumes",
    }
}

crate::message! {
    /// A queue the app uses that no worker consumes: `how` is `task_routes`, `task` or `call`.
    struct Unconsumed<'a> = "celery-queue-without-worker" { how: &'a str, queue: &'a str, workers_en: &'a str, workers_ru: &'a str, workers_uk: &'a str }
    /// A worker and the queues it takes, in the list of the message.
    struct Takes<'a> = "celery-queue-without-worker-takes" { service: &'a str, queues: String }
    struct UnconsumedHelp<'a> = "celery-queue-without-worker-help" { queue: &'a str }
    struct OnlyNamed<'a> = "celery-queue-without-worker-only-named" { service: &'a str }
    struct AlsoUsed<'a> = "celery-queue-without-worker-also-used" { queue: &'a str }
}

impl CeleryQueueWithoutWorker {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for d in &project.deployments {
            let workers = celery_workers(project, d.id);
            // only when every worker names its queues: a worker without `-Q` consumes the
            // app's declared queues, which a partial reading cannot rule out
            if workers.is_empty() || workers.iter().any(|w| w.queues.is_none()) {
                continue;
            }
            let consumed: Vec<&str> = workers
                .iter()
                .flat_map(|w| w.queues.iter().flatten().map(String::as_str))
                .collect();
            let services: Vec<&Service> = workers.iter().map(|w| w.service).collect();
            let mut reported: Vec<&str> = Vec::new();
            let used = celery_queues(project, &services);
            for q in used.iter().filter(|q| q.how != "task_queues") {
                if consumed.contains(&q.name.as_str()) || reported.contains(&q.name.as_str()) {
                    continue;
                }
                reported.push(&q.name);
                let takes = Phrases::join(
                    workers.iter().map(|w| Takes {
                        service: &w.service.name,
                        queues: w.queues.as_deref().unwrap_or(&[]).join(","),
                    }),
                    "; ",
                );
                let f = cx
                    .report_in(
                        d,
                        q.file,
                        q.span,
                        Unconsumed {
                            how: q.how,
                            queue: &q.name,
                            workers_en: &takes.en,
                            workers_ru: &takes.ru,
                            workers_uk: &takes.uk,
                        },
                    )
                    .severity(by_env(
                        d.environment,
                        Severity::High,
                        Severity::High,
                        Severity::Medium,
                    ))
                    .at_most(Confidence::Medium)
                    .help(UnconsumedHelp { queue: &q.name });
                for w in &workers {
                    if let Some(c) = &w.service.command {
                        f.related(
                            c.file,
                            c.span,
                            OnlyNamed {
                                service: &w.service.name,
                            },
                        );
                    }
                }
                for other in used.iter().filter(|o| o.name == q.name && o.span != q.span) {
                    f.related(other.file, other.span, AlsoUsed { queue: &q.name });
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::testing::audit_txtar_with_rule;

    #[test]
    fn a_worker_without_queues_is_not_judged() {
        let fixture = "-- compose.yaml --\nservices:\n  worker:\n    build: .\n    command: celery -A proj worker\n  worker-high:\n    build: .\n    command: celery -A proj worker -Q high\n-- Dockerfile --\nFROM python:3.12-slim\n-- proj/celery.py --\nfrom celery import Celery\napp = Celery(\"proj\")\napp.conf.task_routes = {\"proj.media.*\": {\"queue\": \"media\"}}\n";
        let a = audit_txtar_with_rule(fixture, "SW5009");
        assert!(a.findings.is_empty(), "{:#?}", a.findings);
    }
}
