use super::{migration_command, Phrases};
use crate::declare_rule;
use crate::diagnostic::Severity;
use crate::project::service::Service;
use crate::project::Project;
use crate::rule::Checker;
use crate::rules::compose::by_env;
use seaworthy_syntax::Span;

declare_rule! {
    /// ## What it does
    /// Finds database migrations (`alembic upgrade`, `manage.py migrate`, `flask db upgrade`)
    /// that an entrypoint script, a start script or a `sh -c "... && ..."` command runs before
    /// the server on every start, when more than one container of the stack starts that way: two
    /// services sharing the entrypoint (web and worker, flower), or a service with
    /// `deploy.replicas` above 1. Also finds `manage.py makemigrations` run at start. A migration
    /// step guarded by a condition (`if [ "$RUN_MIGRATIONS" = 1 ]`) and a single web container
    /// migrating before it serves are not reported.
    ///
    /// ## Why is this bad?
    /// The containers start together and apply the same migration at the same moment: one of
    /// them fails halfway (`relation already exists`, a lock timeout) and restarts, or both apply
    /// a data migration twice. Django and Alembic do not lock the migration table against a
    /// concurrent run. `makemigrations` at start writes new migration files inside the
    /// container: they never reach the repository, and each container can invent different
    /// ones.
    ///
    /// ## Example
    /// ```yaml path=compose.yaml
    /// services:
    ///   web:
    ///     build: .
    ///     command: gunicorn config.wsgi -b 0.0.0.0:8000
    ///   worker:
    ///     build: .
    ///     command: celery -A config worker
    /// ```
    /// ```dockerfile path=Dockerfile
    /// FROM python:3.12-slim
    /// COPY entrypoint.sh /entrypoint.sh
    /// ENTRYPOINT ["/entrypoint.sh"]
    /// ```
    /// ```sh path=entrypoint.sh
    /// #!/bin/sh
    /// set -e
    /// python manage.py migrate --noinput
    /// exec "$@"
    /// ```
    ///
    /// ## Use instead
    /// Run migrations once, in a one-shot service the others wait for:
    /// ```yaml path=compose.yaml
    /// services:
    ///   migrate:
    ///     build: .
    ///     command: python manage.py migrate --noinput
    ///   web:
    ///     build: .
    ///     command: gunicorn config.wsgi -b 0.0.0.0:8000
    ///     depends_on:
    ///       migrate:
    ///         condition: service_completed_successfully
    ///   worker:
    ///     build: .
    ///     command: celery -A config worker
    /// ```
    /// ```dockerfile path=Dockerfile
    /// FROM python:3.12-slim
    /// COPY entrypoint.sh /entrypoint.sh
    /// ENTRYPOINT ["/entrypoint.sh"]
    /// ```
    /// ```sh path=entrypoint.sh
    /// #!/bin/sh
    /// set -e
    /// exec "$@"
    /// ```
    ///
    /// ## References
    /// - <https://docs.djangoproject.com/en/stable/topics/migrations/>
    /// - <https://alembic.sqlalchemy.org/en/latest/cookbook.html>
    /// - <https://docs.docker.com/reference/compose-file/services/#depends_on>
    pub struct MigrationsOnEveryStart {
        code: "SW5008",
        name: "migrations-on-every-start",
        family: Python,
        severity: Medium,
        category: Reliability,
        summary: "Database migrations run at start by several containers",
    }
}

/// How many containers of a service run: `deploy.replicas`, else one.
fn instances(s: &Service) -> u32 {
    s.replicas.unwrap_or(1).max(1)
}

crate::message! {
    /// Several containers apply the same migrations at start (`who`: the services, per language).
    struct EveryStart<'a> = "migrations-on-every-start" { tool: &'a str, who_en: &'a str, who_ru: &'a str, who_uk: &'a str, total: u32 }
    /// A service in the list, with its replicas when more than one.
    struct Who<'a> = "migrations-on-every-start-who" { service: &'a str, replicas: u32 }
    struct EveryStartHelp = "migrations-on-every-start-help" {}
    struct RunsIt<'a> = "migrations-on-every-start-runs-it" { service: &'a str }
    struct Replicas = "migrations-on-every-start-replicas" { replicas: u32 }
    struct CommandOf<'a> = "migrations-on-every-start-command" { service: &'a str }
    /// A service that writes migrations (`makemigrations`) at every start.
    struct MakeMigrations<'a> = "migrations-on-every-start-makemigrations" { service: &'a str }
    struct MakeMigrationsHelp = "migrations-on-every-start-makemigrations-help" {}
    struct ServiceLabel<'a> = "migrations-on-every-start-service" { service: &'a str }
    struct Strength<'a> = "migrations-on-every-start-strength" { service: &'a str }
}

impl MigrationsOnEveryStart {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for d in &project.deployments {
            let services: Vec<&Service> = project.services_in(d.id).iter().collect();
            // (step location, tool, services running it unconditionally at start)
            let mut steps: Vec<((crate::project::FileId, Span), &'static str, Vec<&Service>)> =
                Vec::new();
            let mut once: Option<&Service> = None;
            for s in &services {
                let Some(c) = &s.command else { continue };
                if let Some(m) = migration_command(&c.server) {
                    if !m.make {
                        once = once.or(Some(s));
                    }
                }
                for step in &c.startup {
                    let Some(m) = migration_command(&step.argv) else {
                        continue;
                    };
                    if m.make {
                        let sev = by_env(
                            d.environment,
                            Severity::Medium,
                            Severity::Medium,
                            Severity::Low,
                        );
                        cx.report_in(d, step.file, step.span, MakeMigrations { service: &s.name })
                            .severity(sev)
                            .help(MakeMigrationsHelp {})
                            .related(
                                s.defined_at.0,
                                s.defined_at.1,
                                ServiceLabel { service: &s.name },
                            );
                        continue;
                    }
                    if step.conditional {
                        continue;
                    }
                    let key = (step.file, step.span);
                    match steps.iter_mut().find(|(k, _, _)| *k == key) {
                        Some((_, _, v)) => {
                            if !v.iter().any(|o| o.id == s.id) {
                                v.push(s)
                            }
                        }
                        None => steps.push((key, m.tool, vec![s])),
                    }
                }
            }
            let total: u32 = steps
                .iter()
                .flat_map(|(_, _, v)| v.iter())
                .map(|s| instances(s))
                .sum();
            if total < 2 {
                if let (Some(s), true) = (once, steps.is_empty()) {
                    if let Some(c) = &s.command {
                        cx.strength(c.file, c.span, Strength { service: &s.name });
                    }
                }
                continue;
            }
            let mut all: Vec<&Service> = Vec::new();
            for (_, _, v) in &steps {
                for s in v {
                    if !all.iter().any(|o| o.id == s.id) {
                        all.push(s);
                    }
                }
            }
            let who = Phrases::join(
                all.iter().map(|s| Who {
                    service: &s.name,
                    replicas: instances(s),
                }),
                ", ",
            );
            let sev = by_env(
                d.environment,
                Severity::Medium,
                Severity::Medium,
                Severity::Low,
            );
            for ((file, span), tool, v) in &steps {
                let f = cx
                    .report_in(
                        d,
                        *file,
                        *span,
                        EveryStart {
                            tool,
                            who_en: &who.en,
                            who_ru: &who.ru,
                            who_uk: &who.uk,
                            total,
                        },
                    )
                    .severity(sev)
                    .group(format!("migrations-{}", d.id))
                    .help(EveryStartHelp {});
                for s in v {
                    f.related(s.defined_at.0, s.defined_at.1, RunsIt { service: &s.name });
                    if let Some(r) = s.resolved.replicas.as_ref().filter(|_| instances(s) > 1) {
                        f.related(
                            r.file,
                            r.value.span,
                            Replicas {
                                replicas: instances(s),
                            },
                        );
                    }
                    if let Some(c) = &s.command {
                        if c.file != *file {
                            f.related(c.file, c.span, CommandOf { service: &s.name });
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::testing::audit_txtar_with_rule;

    #[test]
    fn single_web_migrating_and_conditional_steps_are_silent() {
        let fixture = "-- compose.yaml --\nservices:\n  web:\n    build: .\n    command: /start-web\n  worker:\n    build: .\n    command: celery -A config worker\n-- Dockerfile --\nFROM python:3.12-slim\nCOPY entrypoint.sh /entrypoint.sh\nCOPY start-web.sh /start-web\nENTRYPOINT [\"/entrypoint.sh\"]\n-- entrypoint.sh --\n#!/bin/sh\nif [ \"$RUN_MIGRATIONS\" = 1 ]; then\n  alembic upgrade head\nfi\nexec \"$@\"\n-- start-web.sh --\n#!/bin/sh\npython manage.py migrate --noinput\nexec gunicorn config.wsgi\n";
        let a = audit_txtar_with_rule(fixture, "SW5008");
        assert!(a.findings.is_empty(), "{:#?}", a.findings);
    }

    #[test]
    fn replicas_of_one_service() {
        let fixture = "-- compose.yaml --\nservices:\n  api:\n    build: .\n    command: sh -c \"alembic upgrade head && exec uvicorn app.main:app --host 0.0.0.0\"\n    deploy:\n      replicas: 3\n-- Dockerfile --\nFROM python:3.12-slim\n";
        let a = audit_txtar_with_rule(fixture, "SW5008");
        assert_eq!(a.findings.len(), 1, "{:#?}", a.findings);
        assert!(a.findings[0].message.contains("3 replicas"));
    }
}
