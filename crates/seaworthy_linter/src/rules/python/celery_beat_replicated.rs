use crate::declare_rule;
use crate::diagnostic::Severity;
use crate::project::service::Service;
use crate::project::Project;
use crate::rule::Checker;
use crate::rules::compose::by_env;
use crate::rules::python::Phrases;

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

crate::message! {
    /// One service runs beat more than once (its replicas).
    struct Single<'a> = "celery-beat-replicated" { service_en: &'a str, service_ru: &'a str, service_uk: &'a str, total: u32 }
    /// Several services of a stack run beat.
    struct Several<'a> = "celery-beat-replicated-several" { services_en: &'a str, services_ru: &'a str, services_uk: &'a str, total: u32 }
    /// A service that runs beat, in the list: `notes` is `none`, `replicas`, `embedded` or `both`.
    struct BeatService<'a> = "celery-beat-replicated-service" { service: &'a str, replicas: u32, notes: &'a str }
    struct Help = "celery-beat-replicated-help" {}
    struct Replicas = "celery-beat-replicated-replicas" { replicas: u32 }
    struct AlsoBeat<'a> = "celery-beat-replicated-also" { service: &'a str }
    struct Strength<'a> = "celery-beat-replicated-strength" { service: &'a str }
}

impl CeleryBeatReplicated {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for d in &project.deployments {
            let beats: Vec<&Service> = project
                .services_in(d.id)
                .iter()
                .filter(|s| runs_beat(s))
                .collect();
            let sev = by_env(d.environment, Severity::High, Severity::High, Severity::Low);
            let total: u32 = beats.iter().map(|s| s.replicas.unwrap_or(1).max(1)).sum();
            if total >= 2 {
                let names = Phrases::join(
                    beats.iter().map(|s| {
                        let embedded = s
                            .command
                            .as_ref()
                            .is_some_and(|c| !c.server.iter().any(|w| w == "beat"));
                        let replicas = s.replicas.unwrap_or(1);
                        BeatService {
                            service: &s.name,
                            replicas,
                            notes: match (replicas > 1, embedded) {
                                (false, false) => "none",
                                (true, false) => "replicas",
                                (false, true) => "embedded",
                                (true, true) => "both",
                            },
                        }
                    }),
                    ", ",
                );
                let msg: crate::message::Message = match beats.as_slice() {
                    [_] => Single {
                        service_en: &names.en,
                        service_ru: &names.ru,
                        service_uk: &names.uk,
                        total,
                    }
                    .into(),
                    _ => Several {
                        services_en: &names.en,
                        services_ru: &names.ru,
                        services_uk: &names.uk,
                        total,
                    }
                    .into(),
                };
                for s in &beats {
                    let Some(c) = &s.command else { continue };
                    let f = cx
                        .report_in(d, c.file, c.span, msg.clone())
                        .severity(sev)
                        .group(format!("beats-{}", d.id))
                        .help(Help {});
                    if let Some(r) = s
                        .resolved
                        .replicas
                        .as_ref()
                        .filter(|_| s.replicas.unwrap_or(1) > 1)
                    {
                        f.related(
                            r.file,
                            r.value.span,
                            Replicas {
                                replicas: s.replicas.unwrap_or(1),
                            },
                        );
                    }
                    for o in beats.iter().filter(|o| o.id != s.id) {
                        f.related(
                            o.defined_at.0,
                            o.defined_at.1,
                            AlsoBeat { service: &o.name },
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
                        cx.strength(c.file, c.span, Strength { service: &s.name });
                    }
                }
            }
        }
    }
}
