use super::{env_of, is_one_shot};
use crate::declare_rule;
use crate::diagnostic::Severity;
use crate::project::Project;
use crate::rule::Checker;
use seaworthy_syntax::dockerfile::Keyword;

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
    /// is never restarted. Seed audits s000 W2, s003 #10.
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
        let m = &project.compose;
        let mut done = std::collections::BTreeSet::new();
        for p in &project.deployments {
            for s in &p.services {
                let Some(&(base_file, base_idx)) = s.layers.first() else {
                    continue;
                };
                if !done.insert((base_file, base_idx)) {
                    continue;
                }
                let Some((doc, base)) = m.layer((base_file, base_idx)) else {
                    continue;
                };
                if is_one_shot(base)
                    || env_of(project, doc).is_non_prod()
                        && p.environment.is_non_prod()
                        && base.ports.is_empty()
                {
                    continue;
                }
                if let Some((file, hc)) = m.effective(s, |sv| sv.healthcheck.as_ref()) {
                    if !hc.disabled {
                        cx.strength(
                            file,
                            hc.span,
                            format!("service `{}` has a healthcheck", s.name),
                        );
                    }
                    continue;
                }
                // a HEALTHCHECK in the Dockerfile the service builds
                if let Some((_, b)) = m.effective(s, |sv| sv.build.as_ref()) {
                    let dir = crate::project::join_path(project.file(doc.file).dir(), &b.context);
                    let dfp = crate::project::join_path(
                        &dir,
                        b.dockerfile.as_deref().unwrap_or("Dockerfile"),
                    );
                    if let Some(df) = project
                        .file_by_path(&dfp)
                        .and_then(|f| project.dockerfile(f.id))
                    {
                        if df
                            .tree
                            .instructions
                            .iter()
                            .any(|i| i.keyword == Keyword::Healthcheck)
                        {
                            continue;
                        }
                    }
                }
                let dependents: Vec<&str> = p
                    .services
                    .iter()
                    .filter(|o| {
                        m.layer(o.layers[0]).is_some_and(|(_, sv)| {
                            sv.depends_on.iter().any(|dd| dd.service == s.name)
                        })
                    })
                    .map(|o| o.name.as_str())
                    .collect();
                let f = cx.report(
                    doc.file,
                    base.name_span,
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
                if !dependents.is_empty() {
                    f.severity(Severity::Medium);
                }
            }
        }
    }
}
