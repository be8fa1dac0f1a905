use super::is_worker;
use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports background workers (Celery, RQ, Taskiq, Dramatiq, Sidekiq, queue workers) without
    /// a `stop_grace_period`.
    ///
    /// ## Why is this bad?
    /// On deploy or restart compose waits 10 seconds after SIGTERM, then kills the worker: jobs
    /// longer than that are cut in half and, without late acknowledgement, lost. Seed audit s001
    /// §3.1.
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

impl StopGracePeriodMissing {
    fn check(&self, project: &Project, cx: &mut Checker) {
        let m = &project.compose;
        let mut seen = std::collections::BTreeSet::new();
        for p in &project.deployments {
            for s in &p.services {
                let worker = s
                    .layers
                    .iter()
                    .any(|l| m.layer(*l).is_some_and(|(_, sv)| is_worker(sv)));
                if !worker || m.effective(s, |sv| sv.stop_grace_period.as_ref()).is_some() {
                    continue;
                }
                let Some((doc, base)) = m.layer(s.layers[0]) else {
                    continue;
                };
                if seen.insert((doc.file, s.layers[0].1)) {
                    cx.report(doc.file, base.name_span, format!("worker `{}` is killed 10 s after SIGTERM: running jobs are cut off", s.name))
                        .help("set `stop_grace_period:` to the longest job you let finish (e.g. `120s`), and use late acknowledgement (Celery `acks_late`)");
                }
            }
        }
    }
}
