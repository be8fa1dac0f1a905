use super::deployment_of;
use crate::declare_rule;
use crate::diagnostic::Severity;
use crate::project::service::{HealthSource, ServiceKind};
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports long-running services without a healthcheck in the compose project (base and
    /// override merged) and without a `HEALTHCHECK` in the Dockerfile they build. Medium when
    /// another service depends on it, low otherwise. One-shot jobs and profile-only services are
    /// skipped. Records a strength for services with healthchecks.
    ///
    /// ## Why is this bad?
    /// Without a healthcheck compose only knows the process started: dependents start too early
    /// (502s from nginx while uvicorn boots), `service_healthy` cannot be used, and a hung process
    /// is never restarted.
    ///
    /// ## Example
    /// ```yaml
    /// services:
    ///   web:
    ///     image: ghcr.io/acme/web:1.4.2
    ///   nginx:
    ///     image: nginx:1.27
    ///     depends_on: [web]
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// services:
    ///   web:
    ///     image: ghcr.io/acme/web:1.4.2
    ///     healthcheck:
    ///       test: ["CMD", "python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health')"]
    ///       interval: 10s
    ///   nginx:
    ///     image: nginx:1.27
    ///     depends_on:
    ///       web:
    ///         condition: service_healthy
    ///     healthcheck:
    ///       test: ["CMD", "wget", "-q", "--spider", "http://127.0.0.1/"]
    /// ```
    pub struct HealthcheckMissing {
        code: "SW2004",
        name: "healthcheck-missing",
        family: Compose,
        severity: Low,
        category: Reliability,
        summary: "Service without a healthcheck",
    }
}

impl HealthcheckMissing {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for s in &project.services {
            let d = deployment_of(project, s);
            if s.kind == ServiceKind::OneShot
                || !s.resolved.profiles.is_empty()
                || d.environment.is_non_prod() && s.resolved.ports.is_empty()
            {
                continue;
            }
            match &s.healthcheck {
                Some(HealthSource::Compose(hc)) => {
                    if !hc.value.disabled {
                        cx.strength(
                            hc.file,
                            hc.value.span,
                            format!("service `{}` has a healthcheck", s.name),
                        );
                    }
                    continue;
                }
                Some(HealthSource::Image { .. }) => continue,
                None => {}
            }
            let dependents: Vec<&str> = project
                .services
                .iter()
                .filter(|o| {
                    o.deployment == s.deployment
                        && o.resolved
                            .depends_on
                            .iter()
                            .any(|dd| dd.value.service == s.name)
                })
                .map(|o| o.name.as_str())
                .collect();
            let routed = project
                .routes
                .iter()
                .any(|r| r.targets.iter().any(|t| t.services.contains(&s.id)));
            let (file, span) = s.defined_at;
            let f = cx.report_in(
                d,
                file,
                span,
                if dependents.is_empty() {
                    format!("service `{}` has no healthcheck", s.name)
                } else {
                    format!(
                        "service `{}` has no healthcheck, but {} {} on it",
                        s.name,
                        dependents
                            .iter()
                            .map(|d| format!("`{d}`"))
                            .collect::<Vec<_>>()
                            .join(", "),
                        if dependents.len() == 1 {
                            "depends"
                        } else {
                            "depend"
                        }
                    )
                },
            );
            f.help("add a `healthcheck:` that probes the service itself (an HTTP endpoint, `pg_isready`, `redis-cli ping`), then depend on it with `condition: service_healthy`");
            if !dependents.is_empty() || routed {
                f.severity(Severity::Medium);
            }
        }
    }
}
