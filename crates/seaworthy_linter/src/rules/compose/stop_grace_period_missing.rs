use super::deployment_of;
use crate::declare_rule;
use crate::project::service::ServiceKind;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports background workers (Celery, RQ, Taskiq, Dramatiq, Sidekiq, queue workers) without
    /// a `stop_grace_period`.
    ///
    /// ## Why is this bad?
    /// On deploy or restart compose waits 10 seconds after SIGTERM, then kills the worker: jobs
    /// longer than that are cut in half and, without late acknowledgement, lost.
    ///
    /// ## Example
    /// ```yaml
    /// services:
    ///   worker:
    ///     image: ghcr.io/acme/api:1.0.0
    ///     command: celery -A app.tasks worker --concurrency=2
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// services:
    ///   worker:
    ///     image: ghcr.io/acme/api:1.0.0
    ///     command: celery -A app.tasks worker --concurrency=2
    ///     stop_grace_period: 120s
    /// ```
    pub struct StopGracePeriodMissing {
        code: "SW2011",
        name: "stop-grace-period-missing",
        family: Compose,
        severity: Low,
        category: Reliability,
        summary: "Worker without a stop grace period",
    }
}

crate::message! {
    /// A worker on the default 10 s stop grace period.
    struct Killed<'a> = "stop-grace-period-missing" { service: &'a str }
    struct KilledHelp = "stop-grace-period-missing-help" {}
}

impl StopGracePeriodMissing {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for s in &project.services {
            if s.kind != ServiceKind::Worker || s.resolved.stop_grace_period.is_some() {
                continue;
            }
            let (file, span) = s.defined_at;
            cx.report_in(
                deployment_of(project, s),
                file,
                span,
                Killed { service: &s.name },
            )
            .help(KilledHelp {});
        }
    }
}
