use super::{by_env, deployment_of};
use crate::declare_rule;
use crate::diagnostic::Severity;
use crate::message::Message;
use crate::meta::Confidence;
use crate::project::route::{Route, RouteTarget};
use crate::project::service::{Service, ServiceKind};
use crate::project::Project;
use crate::rule::Checker;
use seaworthy_syntax::Environment;
use std::collections::BTreeMap;

declare_rule! {
    /// ## What it does
    /// Finds services that nginx proxies to and that compose also publishes on every host
    /// interface: `ports: ["8000:8000"]` on the app that `proxy_pass http://app:8000` reaches, or
    /// the host port that nginx on the host reaches through `127.0.0.1`.
    ///
    /// ## Why is this bad?
    /// Clients can skip nginx and talk to the app directly: TLS, security headers, rate limits,
    /// body-size limits and access rules in the nginx config do not apply on that port. Docker
    /// publishes ports through its own firewall rules, so a host firewall such as `ufw` usually
    /// does not close it either.
    ///
    /// ## Example
    /// ```yaml path=compose.prod.yml
    /// services:
    ///   nginx:
    ///     image: nginx:1.27
    ///     ports: ["443:443"]
    ///     volumes: ["./nginx.conf:/etc/nginx/conf.d/default.conf:ro"]
    ///   api:
    ///     image: ghcr.io/acme/api:1.0
    ///     ports: ["8000:8000"]
    /// ```
    /// ```nginx path=nginx.conf
    /// server {
    ///     listen 443 ssl;
    ///     location / { proxy_pass http://api:8000; }
    /// }
    /// ```
    ///
    /// ## Use instead
    /// ```yaml path=compose.prod.yml
    /// services:
    ///   nginx:
    ///     image: nginx:1.27
    ///     ports: ["443:443"]
    ///     volumes: ["./nginx.conf:/etc/nginx/conf.d/default.conf:ro"]
    ///   api:
    ///     image: ghcr.io/acme/api:1.0
    ///     expose: ["8000"]
    /// ```
    /// ```nginx path=nginx.conf
    /// server {
    ///     listen 443 ssl;
    ///     location / { proxy_pass http://api:8000; }
    /// }
    /// ```
    ///
    /// ## References
    /// - <https://docs.docker.com/engine/network/port-publishing/>
    /// - <https://docs.docker.com/engine/network/packet-filtering-firewalls/>
    /// - <https://docs.docker.com/reference/compose-file/services/#ports>
    pub struct PortBypassesProxy {
        code: "SW2029",
        name: "port-bypasses-proxy",
        family: Compose,
        severity: Medium,
        category: Security,
        summary: "Service behind nginx also published on every interface",
    }
}

crate::message! {
    /// A service behind nginx that also publishes its port on every interface.
    struct Behind<'a> = "port-bypasses-proxy" { service: &'a str, published: &'a str }
    /// The same, naming the nginx `location`.
    struct BehindAt<'a> = "port-bypasses-proxy-location" { service: &'a str, published: &'a str, location: &'a str }
    /// nginx reaches the service through a host port on loopback that compose publishes everywhere.
    struct ViaHost<'a> = "port-bypasses-proxy-host" { service: &'a str, published: &'a str }
    struct ViaHostAt<'a> = "port-bypasses-proxy-host-location" { service: &'a str, published: &'a str, location: &'a str }
    struct BehindHelp<'a> = "port-bypasses-proxy-help" { service: &'a str, published: &'a str, target: &'a str }
    struct ViaHostHelp<'a> = "port-bypasses-proxy-host-help" { published: &'a str, target: &'a str }
    struct Proxies = "port-bypasses-proxy-related" {}
    struct ProxiesAt<'a> = "port-bypasses-proxy-related-location" { location: &'a str }
    /// `config`: the nginx configuration that routes to it.
    struct Strength<'a> = "port-bypasses-proxy-strength" { service: &'a str, config: &'a str }
}

fn is_loopback(host: &str) -> bool {
    matches!(host, "127.0.0.1" | "localhost" | "::1" | "[::1]")
}

fn on_host_network(s: &Service) -> bool {
    s.resolved
        .network_mode
        .as_ref()
        .is_some_and(|n| n.value.value == "host")
}

/// The services (and how sure) a target reaches.
fn reached<'a>(
    project: &'a Project,
    r: &Route,
    t: &RouteTarget,
) -> Vec<(&'a Service, bool, Confidence)> {
    if !t.services.is_empty() {
        return t
            .services
            .iter()
            .filter_map(|id| project.services.get(*id))
            .map(|s| (s, false, r.confidence))
            .collect();
    }
    let Some(port) = t.port else {
        return Vec::new();
    };
    if !is_loopback(&t.host) {
        return Vec::new();
    }
    // `127.0.0.1` inside a bridged container is the container itself
    let proxies: Vec<&Service> = r
        .proxies
        .iter()
        .filter_map(|p| project.services.get(*p))
        .collect();
    if !proxies.is_empty() && !proxies.iter().all(|p| on_host_network(p)) {
        return Vec::new();
    }
    let confidence = if proxies.is_empty() {
        Confidence::Medium
    } else {
        r.confidence
    };
    project
        .services
        .iter()
        .filter(|s| proxies.is_empty() || proxies.iter().any(|p| p.deployment == s.deployment))
        .filter(|s| {
            s.published()
                .any(|p| p.value.published_port() == Some(port))
        })
        .map(|s| (s, true, confidence))
        .collect()
}

impl PortBypassesProxy {
    fn check(&self, project: &Project, cx: &mut Checker) {
        // (service, port index) → routes reaching it
        let mut hits: BTreeMap<(usize, usize), (Confidence, bool, Vec<&Route>)> = BTreeMap::new();
        let mut behind: BTreeMap<usize, &Route> = BTreeMap::new();
        for r in &project.routes {
            for t in &r.targets {
                for (s, via_host, conf) in reached(project, r, t) {
                    if matches!(
                        s.kind,
                        ServiceKind::Proxy | ServiceKind::AdminUi | ServiceKind::DataStore
                    ) {
                        continue;
                    }
                    behind.entry(s.id).or_insert(r);
                    for (i, p) in s.resolved.ports.iter().enumerate() {
                        let port = &p.value;
                        if !port.is_public() {
                            continue;
                        }
                        let matches = if via_host {
                            port.published_port() == t.port
                        } else {
                            t.port.is_none_or(|tp| port.target_port() == Some(tp))
                        };
                        if matches {
                            let e = hits
                                .entry((s.id, i))
                                .or_insert((conf, via_host, Vec::new()));
                            e.0 = e.0.max(conf);
                            e.2.push(r);
                        }
                    }
                }
            }
        }
        for (&(sid, i), (conf, via_host, routes)) in &hits {
            let s = &project.services[sid];
            let d = deployment_of(project, s);
            if matches!(d.environment, Environment::Dev | Environment::Test) {
                continue;
            }
            let p = &s.resolved.ports[i];
            let published = p.value.published.as_deref().unwrap_or("");
            let first = routes[0];
            let (service, location) = (s.name.as_str(), first.location.as_str());
            let msg: Message = match (*via_host, location.is_empty()) {
                (true, true) => ViaHost { service, published }.into(),
                (true, false) => ViaHostAt {
                    service,
                    published,
                    location,
                }
                .into(),
                (false, true) => Behind { service, published }.into(),
                (false, false) => BehindAt {
                    service,
                    published,
                    location,
                }
                .into(),
            };
            let f = cx.report_in(d, p.file, p.value.span, msg);
            f.severity(by_env(
                d.environment,
                Severity::Medium,
                Severity::Low,
                Severity::Low,
            ))
            .at_most(*conf);
            for r in routes {
                let at: Message = if r.location.is_empty() {
                    Proxies {}.into()
                } else {
                    ProxiesAt {
                        location: &r.location,
                    }
                    .into()
                };
                f.related(r.file, r.span, at);
            }
            if *via_host {
                f.help(ViaHostHelp {
                    published,
                    target: &p.value.target,
                });
            } else {
                f.help(BehindHelp {
                    service,
                    published,
                    target: &p.value.target,
                });
            }
        }
        // the good side: an app behind nginx in production with no public port of its own
        for (&sid, r) in &behind {
            let s = &project.services[sid];
            let d = deployment_of(project, s);
            if d.environment == Environment::Prod
                && s.kind == ServiceKind::App
                && !s.resolved.ports.iter().any(|p| p.value.is_public())
            {
                let (file, span) = s.defined_at;
                cx.strength(
                    file,
                    span,
                    Strength {
                        service: &s.name,
                        config: &project.file(r.file).path,
                    },
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::testing::audit_txtar_with_rule;

    #[test]
    fn bridged_nginx_loopback_is_itself() {
        // nginx in a bridged container proxying to 127.0.0.1 reaches its own container
        let src = "-- compose.prod.yml --\nservices:\n  nginx:\n    image: nginx:1.27\n    ports: [\"443:443\"]\n    volumes: [\"./nginx.conf:/etc/nginx/conf.d/default.conf:ro\"]\n  api:\n    image: ghcr.io/acme/api:1.0\n    ports: [\"8000:8000\"]\n-- nginx.conf --\nserver {\n  listen 443 ssl;\n  location / { proxy_pass http://127.0.0.1:8000; }\n}\n";
        assert!(audit_txtar_with_rule(src, "SW2029").findings.is_empty());
    }

    #[test]
    fn host_nginx_reaches_published_port() {
        let src = "-- compose.prod.yml --\nservices:\n  api:\n    image: ghcr.io/acme/api:1.0\n    ports: [\"8000:8000\"]\n-- deploy/nginx/site.conf --\nserver {\n  listen 443 ssl;\n  location / { proxy_pass http://127.0.0.1:8000; }\n}\n";
        let f = audit_txtar_with_rule(src, "SW2029").findings;
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(f[0].message.contains("127.0.0.1:8000"));
    }
}
