use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Finds Celery workers started with an embedded beat scheduler (`celery worker -B` /
    /// `--beat`).
    ///
    /// ## Why is this bad?
    /// Every worker process that embeds beat schedules the periodic tasks: scale the worker to two
    /// replicas (or restart one while the old one drains) and every periodic task runs twice.
    /// Celery's own docs say `-B` is for development.
    ///
    /// ## Example
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// CMD ["celery", "-A", "app.tasks", "worker", "-B", "--loglevel=info"]
    /// ```
    ///
    /// ## Use instead
    /// Run beat as its own single-replica service and keep workers plain:
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// CMD ["celery", "-A", "app.tasks", "worker", "--loglevel=info", "--concurrency=2"]
    /// ```
    pub struct CeleryEmbeddedBeat {
        code: "SW5006",
        name: "celery-embedded-beat",
        family: Python,
        severity: Medium,
        category: Reliability,
        summary: "Celery beat embedded in a worker",
    }
}

crate::message! {
    /// A Celery worker started with `-B`.
    struct Embedded = "celery-embedded-beat" {}
    struct EmbeddedHelp = "celery-embedded-beat-help" {}
}

impl CeleryEmbeddedBeat {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for l in project.launches() {
            if l.tool() != Some("celery") || !l.argv.iter().any(|w| w.text == "worker") {
                continue;
            }
            let Some(flag) = l.argv.iter().find(|w| w.text == "-B" || w.text == "--beat") else {
                continue;
            };
            let env = project.file(l.file).environment;
            let f = cx.report(l.file, flag.span, Embedded {});
            f.help(EmbeddedHelp {});
            if env.is_non_prod() {
                f.severity(crate::diagnostic::Severity::Info);
            }
        }
    }
}
