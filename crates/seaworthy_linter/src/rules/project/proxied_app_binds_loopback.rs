use crate::declare_rule;
use crate::meta::Confidence;
use crate::project::service::{Service, ServiceKind};
use crate::project::Project;
use crate::rule::Checker;
use std::collections::BTreeMap;

declare_rule! {
    /// ## What it does
    /// Finds services that nginx proxies to over the compose network while their server binds
    /// the container's loopback: `uvicorn app.main:app --host 127.0.0.1`, `gunicorn -b
    /// localhost:8000`, or a server left on its loopback default (uvicorn, Flask and Django's
    /// `runserver` without a host, gunicorn without `-b` or a config file).
    ///
    /// ## Why is this bad?
    /// Inside a container, `127.0.0.1` is the container itself: nginx, in another container,
    /// connects to the service's address and gets "connection refused". Every request through
    /// nginx answers 502 Bad Gateway, while `curl localhost` inside the app container works.
    ///
    /// ## Example
    /// ```yaml path=compose.yml
    /// services:
    ///   nginx:
    ///     image: nginx:1.27
    ///     volumes: ["./nginx.conf:/etc/nginx/conf.d/default.conf:ro"]
    ///   api:
    ///     image: ghcr.io/acme/api:1.0
    ///     command: uvicorn app.main:app --host 127.0.0.1 --port 8000
    /// ```
    /// ```nginx path=nginx.conf
    /// server {
    ///     listen 80;
    ///     location / { proxy_pass http://api:8000; }
    /// }
    /// ```
    ///
    /// ## Use instead
    /// ```yaml path=compose.yml
    /// services:
    ///   nginx:
    ///     image: nginx:1.27
    ///     volumes: ["./nginx.conf:/etc/nginx/conf.d/default.conf:ro"]
    ///   api:
    ///     image: ghcr.io/acme/api:1.0
    ///     command: uvicorn app.main:app --host 0.0.0.0 --port 8000
    /// ```
    /// ```nginx path=nginx.conf
    /// server {
    ///     listen 80;
    ///     location / { proxy_pass http://api:8000; }
    /// }
    /// ```
    ///
    /// ## References
    /// - <https://www.uvicorn.org/settings/#socket-binding>
    /// - <https://docs.gunicorn.org/en/stable/settings.html#bind>
    /// - <https://docs.docker.com/engine/network/#published-ports>
    pub struct ProxiedAppBindsLoopback {
        code: "SW6022",
        name: "proxied-app-binds-loopback",
        family: Project,
        severity: High,
        category: Reliability,
        summary: "Service behind nginx binds the container's loopback",
    }
}

fn is_loopback(h: &str) -> bool {
    matches!(h, "127.0.0.1" | "localhost" | "::1")
}

/// Settings that may move the bind address off the command line.
fn bind_set_elsewhere(project: &Project, s: &Service) -> bool {
    s.env.iter().any(|e| {
        e.key == "GUNICORN_CMD_ARGS"
            || e.key.starts_with("UVICORN_")
            || e.key == "FLASK_RUN_HOST"
            || e.key == "BIND"
            || e.key == "HOST"
    }) || !project.app.gunicorn.is_empty()
}

crate::message! {
    /// A proxied app bound to loopback (`address`: `host:port`; `default`: the server's default).
    struct Loopback<'a> = "proxied-app-binds-loopback" { service: &'a str, port: u16, address: &'a str, default: bool }
    struct LoopbackHelp = "proxied-app-binds-loopback-help" {}
    struct ProxiesHere = "proxied-app-binds-loopback-related" {}
}

impl ProxiedAppBindsLoopback {
    fn check(&self, project: &Project, cx: &mut Checker) {
        // (service) → (routes, port)
        let mut hits: BTreeMap<usize, Vec<(&crate::project::route::Route, u16)>> = BTreeMap::new();
        for r in &project.routes {
            // nginx on the host network reaches a container's published port, not its loopback
            if r.proxies.iter().any(|p| {
                project.services.get(*p).is_some_and(|p| {
                    p.resolved
                        .network_mode
                        .as_ref()
                        .is_some_and(|n| n.value.value == "host")
                })
            }) {
                continue;
            }
            for t in &r.targets {
                for sid in &t.services {
                    let Some(s) = project.services.get(*sid) else {
                        continue;
                    };
                    if s.kind != ServiceKind::App || s.resolved.network_mode.is_some() {
                        continue;
                    }
                    if let Some(l) = s.listens.iter().find(|l| {
                        l.host.as_deref().is_some_and(is_loopback)
                            && t.port.is_none_or(|p| p == l.port)
                    }) {
                        hits.entry(*sid).or_default().push((r, l.port));
                    }
                }
            }
        }
        for (sid, routes) in hits {
            let s = &project.services[sid];
            let Some(cmd) = &s.command else { continue };
            let Some(l) = s
                .listens
                .iter()
                .find(|l| l.host.as_deref().is_some_and(is_loopback))
            else {
                continue;
            };
            if l.default && bind_set_elsewhere(project, s) {
                continue;
            }
            let (r0, port) = routes[0];
            let address = format!("{}:{}", l.host.as_deref().unwrap_or(""), l.port);
            let f = cx.report_in(
                &project.deployments[s.deployment],
                cmd.file,
                cmd.span,
                Loopback {
                    service: &s.name,
                    port,
                    address: &address,
                    default: l.default,
                },
            );
            f.at_most(r0.confidence).help(LoopbackHelp {});
            if l.default {
                f.at_most(Confidence::Medium);
            }
            for (r, _) in routes.iter().take(5) {
                f.related(r.file, r.span, ProxiesHere {});
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::testing::audit_txtar_with_rule;

    const SRC: &str = "-- compose.yml --\nservices:\n  nginx:\n    image: nginx:1.27\n    volumes: [\"./nginx.conf:/etc/nginx/conf.d/default.conf:ro\"]\n  api:\n    build: .\n    command: uvicorn app.main:app --port 8000\n-- Dockerfile --\nFROM python:3.12-slim\n-- nginx.conf --\nserver {\n  listen 80;\n  location / { proxy_pass http://api:8000; }\n}\n";

    #[test]
    fn loopback_default_fires_unless_env_sets_the_host() {
        let a = audit_txtar_with_rule(SRC, "SW6022");
        assert_eq!(a.findings.len(), 1, "{:?}", a.findings);
        assert!(a.findings[0].message.contains("the server's default"));
        let env = SRC.replace(
            "    command: uvicorn app.main:app --port 8000\n",
            "    command: uvicorn app.main:app --port 8000\n    environment:\n      UVICORN_HOST: 0.0.0.0\n",
        );
        assert!(audit_txtar_with_rule(&env, "SW6022").findings.is_empty());
    }
}
