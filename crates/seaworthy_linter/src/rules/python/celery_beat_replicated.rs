use crate::declare_rule;
use crate::diagnostic::Severity;
use crate::project::service::Service;
use crate::project::Project;
use crate::rule::Checker;
use crate::rules::compose::by_env;

declare_rule! {
    /// ## What it does
    /// Finds Celery beat schedulers that can run more than once in a stack: a `celery beat`
    /// service (or a worker with an embedded `-B` beat) with `deploy.replicas` above 1, or two
    /// services of the same stack that both run beat.
    ///
    /// ## Why is this bad?
    /// Beat has no leader election: every running instance sends every periodic task. Two
    /// instances send each scheduled job twice (two invoices, two reminder mails, two nightly
    /// cleanups racing each other).
    ///
    /// ## Example
    /// ```yaml path=compose.yaml
    /// services:
    ///   beat:
    ///     image: ghcr.io/acme/api:1.2.0
    ///     command: celery -A proj beat --loglevel=info
    ///     deploy:
    ///       replicas: 2
    /// ```
    ///
    /// ## Use instead
    /// ```yaml path=compose.yaml
    /// services:
    ///   beat:
    ///     image: ghcr.io/acme/api:1.2.0
    ///     command: celery -A proj beat --loglevel=info
    ///     deploy:
    ///       replicas: 1
    /// ```
    ///
    /// ## References
    /// - <https://docs.celeryq.dev/en/stable/userguide/periodic-tasks.html#starting-the-scheduler>
    /// - <https://docs.docker.com/reference/compose-file/deploy/#replicas>
    pub struct CeleryBeatReplicated {
        code: "SW5012",
        name: "celery-beat-replicated",
        family: Python,
        severity: High,
        category: Reliability,
        summary: "Celery beat can run more than once",
    }
}

/// Does this service run a Celery beat scheduler (a `beat` service or a worker with `-B`)?
fn runs_beat(s: &Service) -> bool {
    let Some(c) = &s.command else { return false };
    if c.program() != Some("celery") {
        return false;
    }
    let beat = c.server.iter().any(|w| w == "beat");
    let embedded = c.server.iter().any(|w| w == "worker")
        && c.server.iter().any(|w| w == "-B" || w == "--beat");
    beat || embedded
}

impl CeleryBeatReplicated {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for d in &project.deployments {
            let beats: Vec<&Service> = project
                .services
                .iter()
                .filter(|s| s.deployment == d.id && runs_beat(s))
                .collect();
            let sev = by_env(d.environment, Severity::High, Severity::High, Severity::Low);
            let total: u32 = beats.iter().map(|s| s.replicas.unwrap_or(1).max(1)).sum();
            if total >= 2 {
                let names: Vec<String> = beats
                    .iter()
                    .map(|s| {
                        let embedded = s
                            .command
                            .as_ref()
                            .is_some_and(|c| !c.server.iter().any(|w| w == "beat"));
                        let mut notes = Vec::new();
                        if let Some(n) = s.replicas.filter(|n| *n > 1) {
                            notes.push(format!("{n} replicas"));
                        }
                        if embedded {
                            notes.push("beat embedded with `-B`".to_string());
                        }
                        if notes.is_empty() {
                            format!("`{}`", s.name)
                        } else {
                            format!("`{}` ({})", s.name, notes.join(", "))
                        }
                    })
                    .collect();
                let msg = match beats.as_slice() {
                    [_] => format!("{} runs Celery beat {total} times: every periodic task is sent {total} times", names.join("")),
                    _ => format!("{} all run Celery beat: every periodic task is sent {total} times", names.join(", ")),
                };
                for s in &beats {
                    let Some(c) = &s.command else { continue };
                    let f = cx
                        .report_in(d, c.file, c.span, msg.clone())
                        .severity(sev)
                        .group(format!("beats-{}", d.id))
                        .help("run exactly one beat scheduler per stack: a dedicated `beat` service with `deploy.replicas: 1`, and workers without `-B`");
                    if let Some(r) = s
                        .resolved
                        .replicas
                        .as_ref()
                        .filter(|_| s.replicas.unwrap_or(1) > 1)
                    {
                        f.related(
                            r.file,
                            r.value.span,
                            format!("{} replicas", s.replicas.unwrap_or(1)),
                        );
                    }
                    for o in beats.iter().filter(|o| o.id != s.id) {
                        f.related(
                            o.defined_at.0,
                            o.defined_at.1,
                            format!("`{}` also runs beat", o.name),
                        );
                    }
                }
            } else if let [s] = beats.as_slice() {
                if s.replicas.unwrap_or(1) <= 1
                    && s.command
                        .as_ref()
                        .is_some_and(|c| c.server.iter().any(|w| w == "beat"))
                {
                    if let Some(c) = &s.command {
                        cx.strength(
                            c.file,
                            c.span,
                            format!("one Celery beat scheduler, in its own service `{}`", s.name),
                        );
                    }
                }
            }
        }
    }
}
