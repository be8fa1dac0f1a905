use super::deployment_of;
use crate::declare_rule;
use crate::diagnostic::Severity;
use crate::project::deploy::DeploymentId;
use crate::project::service::{HealthSource, ServiceId, ServiceKind};
use crate::project::Project;
use crate::rule::Checker;
use std::collections::{HashMap, HashSet};

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

crate::message! {
    /// A long-running service without a healthcheck.
    struct Missing<'a> = "healthcheck-missing" { service: &'a str }
    /// ... that other services depend on (`dependents`: their names, `count`: how many).
    struct MissingDependents<'a> = "healthcheck-missing-dependents" { service: &'a str, dependents: &'a str, count: usize }
    struct MissingHelp = "healthcheck-missing-help" {}
    struct Strength<'a> = "healthcheck-missing-strength" { service: &'a str }
}

impl HealthcheckMissing {
    fn check(&self, project: &Project, cx: &mut Checker) {
        // who depends on whom, per deployment, and which services nginx routes to: once, not
        // per service (a 20,000-service project stays linear)
        let mut dependents_of: HashMap<(DeploymentId, &str), Vec<&str>> = HashMap::new();
        for o in &project.services {
            let mut seen: HashSet<&str> = HashSet::new();
            for dd in &o.resolved.depends_on {
                let target = dd.value.service.as_str();
                if seen.insert(target) {
                    dependents_of
                        .entry((o.deployment, target))
                        .or_default()
                        .push(o.name.as_str());
                }
            }
        }
        let routed_services: HashSet<ServiceId> = project
            .routes
            .iter()
            .flat_map(|r| r.targets.iter())
            .flat_map(|t| t.services.iter().copied())
            .collect();
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
                        cx.strength(hc.file, hc.value.span, Strength { service: &s.name });
                    }
                    continue;
                }
                Some(HealthSource::Image { .. }) => continue,
                None => {}
            }
            let dependents: &[&str] = dependents_of
                .get(&(s.deployment, s.name.as_str()))
                .map_or(&[], Vec::as_slice);
            let routed = routed_services.contains(&s.id);
            let (file, span) = s.defined_at;
            let f = cx.report_in(
                d,
                file,
                span,
                if dependents.is_empty() {
                    Missing { service: &s.name }.into()
                } else {
                    crate::message::Message::from(MissingDependents {
                        service: &s.name,
                        dependents: &dependents
                            .iter()
                            .map(|d| format!("`{d}`"))
                            .collect::<Vec<_>>()
                            .join(", "),
                        count: dependents.len(),
                    })
                },
            );
            f.help(MissingHelp {});
            if !dependents.is_empty() || routed {
                f.severity(Severity::Medium);
            }
        }
    }
}
