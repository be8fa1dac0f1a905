use super::{celery_queues, celery_workers};
use crate::declare_rule;
use crate::project::service::Service;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports a stack whose Celery app sends tasks to several queues (`task_routes`,
    /// `task_queues`, `@app.task(queue=...)`) while a single worker service consumes all of
    /// them. This is advice: the split only pays off when the queues carry work of different
    /// weight.
    ///
    /// ## Why is this bad?
    /// Queues exist to keep one kind of work from waiting behind another. With one worker
    /// consuming every queue, a burst of slow tasks (video downloads, reports) occupies every
    /// process and the fast ones (notifications, periodic jobs) wait behind them; the queues
    /// only rename the backlog. Separate workers per queue group let each get its own
    /// concurrency, memory limit and replicas.
    ///
    /// ## Example
    /// ```yaml path=compose.yaml
    /// services:
    ///   worker:
    ///     build: .
    ///     command: celery -A proj worker -Q default,notifications,heavy --concurrency=4
    /// ```
    /// ```dockerfile path=Dockerfile
    /// FROM python:3.12-slim
    /// COPY . /app
    /// ```
    /// ```python path=proj/celery.py
    /// from celery import Celery
    ///
    /// app = Celery("proj")
    /// app.conf.task_routes = {
    ///     "proj.video.*": {"queue": "heavy"},
    ///     "proj.notify.*": {"queue": "notifications"},
    /// }
    /// ```
    ///
    /// ## Use instead
    /// ```yaml path=compose.yaml
    /// services:
    ///   worker:
    ///     build: .
    ///     command: celery -A proj worker -Q default,notifications --concurrency=2
    ///   worker-heavy:
    ///     build: .
    ///     command: celery -A proj worker -Q heavy --concurrency=1
    /// ```
    /// ```dockerfile path=Dockerfile
    /// FROM python:3.12-slim
    /// COPY . /app
    /// ```
    /// ```python path=proj/celery.py
    /// from celery import Celery
    ///
    /// app = Celery("proj")
    /// app.conf.task_routes = {
    ///     "proj.video.*": {"queue": "heavy"},
    ///     "proj.notify.*": {"queue": "notifications"},
    /// }
    /// ```
    ///
    /// ## References
    /// - <https://docs.celeryq.dev/en/stable/userguide/routing.html>
    /// - <https://docs.celeryq.dev/en/stable/userguide/optimizing.html>
    pub struct CeleryOneWorkerAllQueues {
        code: "SW5010",
        name: "celery-one-worker-all-queues",
        family: Python,
        severity: Low,
        category: Performance,
        summary: "One Celery worker consumes every queue",
    }
}

crate::message! {
    /// The only worker of a stack consumes every queue (`queues`: pre-joined, backticked).
    struct AllQueues<'a> = "celery-one-worker-all-queues" { service: &'a str, queues: String }
    struct AllQueuesHelp = "celery-one-worker-all-queues-help" {}
    struct Queue<'a> = "celery-one-worker-all-queues-queue" { queue: &'a str }
    /// Workers that split the queues (`split`: `` `worker`: a,b; `media`: c ``).
    struct Split = "celery-one-worker-all-queues-strength" { split: String }
}

impl CeleryOneWorkerAllQueues {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for d in &project.deployments {
            let workers = celery_workers(project, d.id);
            let services: Vec<&Service> = workers.iter().map(|w| w.service).collect();
            if workers.len() >= 2 {
                let split: Vec<String> = workers
                    .iter()
                    .filter_map(|w| {
                        Some(format!(
                            "`{}`: {}",
                            w.service.name,
                            w.queues.as_ref()?.join(",")
                        ))
                    })
                    .collect();
                if split.len() == workers.len() {
                    if let Some(c) = &workers[0].service.command {
                        cx.strength(
                            c.file,
                            c.span,
                            Split {
                                split: split.join("; "),
                            },
                        );
                    }
                }
                continue;
            }
            let [w] = workers.as_slice() else { continue };
            let used = celery_queues(project, &services);
            let mut names: Vec<&str> = Vec::new();
            for q in &used {
                if !names.contains(&q.name.as_str()) {
                    names.push(&q.name);
                }
            }
            if names.len() < 2 {
                continue;
            }
            // the worker consumes all of them: no `-Q` (declared queues) or a `-Q` listing all
            if let Some(qs) = &w.queues {
                if names.iter().any(|n| !qs.iter().any(|q| q == n)) {
                    continue;
                }
            } else if !used.iter().any(|q| q.how == "task_queues") {
                // without `-Q` and without `task_queues` the worker takes only the default queue
                continue;
            }
            let Some(c) = &w.service.command else {
                continue;
            };
            let f = cx
                .report_in(
                    d,
                    c.file,
                    c.span,
                    AllQueues {
                        service: &w.service.name,
                        queues: names
                            .iter()
                            .map(|n| format!("`{n}`"))
                            .collect::<Vec<_>>()
                            .join(", "),
                    },
                )
                .help(AllQueuesHelp {});
            let mut seen: Vec<&str> = Vec::new();
            for q in &used {
                if seen.contains(&q.name.as_str()) {
                    continue;
                }
                seen.push(&q.name);
                f.related(q.file, q.span, Queue { queue: &q.name });
            }
        }
    }
}
