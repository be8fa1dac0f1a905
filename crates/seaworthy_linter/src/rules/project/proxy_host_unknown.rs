use crate::declare_rule;
use crate::meta::Confidence;
use crate::project::Project;
use crate::rule::Checker;
use std::collections::{BTreeSet, HashMap, HashSet};

declare_rule! {
    /// ## What it does
    /// Follows every `proxy_pass` (and `uwsgi_pass`, `fastcgi_pass`, `grpc_pass`) of an nginx
    /// config that a compose proxy service loads (a bind mount of the file or its folder, or a
    /// `COPY` into the image it builds) to the host it names, and reports a plain host name that
    /// is no service, `container_name`, network alias, link or `extra_hosts` entry of that
    /// service's deployment.
    ///
    /// Hosts with a dot or a variable, IP addresses, `localhost`, proxies on the host network
    /// or on an external network (other stacks may answer there), and configs tied to no proxy
    /// by a mount or a copy are not judged.
    ///
    /// ## Why is this bad?
    /// nginx resolves the hosts of its upstreams when it loads the config. A name that nothing
    /// on the compose network answers to stops it at start with `host not found in upstream`:
    /// the whole site is down, usually after a service was renamed in compose and not in nginx.
    ///
    /// ## Example
    /// ```yaml path=compose.yaml
    /// services:
    ///   api:
    ///     image: ghcr.io/acme/api:1.4.0
    ///   nginx:
    ///     image: nginx:1.27-alpine
    ///     volumes:
    ///       - ./nginx.conf:/etc/nginx/conf.d/default.conf:ro
    /// ```
    /// ```nginx path=nginx.conf
    /// server {
    ///     listen 80;
    ///     location / {
    ///         proxy_pass http://backend:8000;
    ///     }
    /// }
    /// ```
    ///
    /// ## Use instead
    /// ```yaml path=compose.yaml
    /// services:
    ///   api:
    ///     image: ghcr.io/acme/api:1.4.0
    ///   nginx:
    ///     image: nginx:1.27-alpine
    ///     volumes:
    ///       - ./nginx.conf:/etc/nginx/conf.d/default.conf:ro
    /// ```
    /// ```nginx path=nginx.conf
    /// server {
    ///     listen 80;
    ///     location / {
    ///         proxy_pass http://api:8000;
    ///     }
    /// }
    /// ```
    ///
    /// ## References
    /// - [nginx: `proxy_pass`](https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_pass)
    /// - [Docker: networking in Compose](https://docs.docker.com/compose/how-tos/networking/)
    pub struct ProxyHostUnknown {
        code: "SW6023",
        name: "proxy-host-unknown",
        family: Project,
        severity: High,
        category: Reliability,
        summary: "nginx proxies to a host that no service of the stack answers to",
    }
}

crate::message! {
    /// An upstream host the proxy's stack does not know (`proxy`: the nginx service).
    struct Unknown<'a> = "proxy-host-unknown" { host: &'a str, proxy: &'a str }
    struct UnknownHelp = "proxy-host-unknown-help" {}
    struct ProxyService = "proxy-host-unknown-related" {}
}

impl ProxyHostUnknown {
    fn check(&self, project: &Project, cx: &mut Checker) {
        let mut seen: BTreeSet<(usize, u32, usize)> = BTreeSet::new();
        // the names each deployment's network answers to, gathered once
        let mut names: HashMap<usize, HashSet<&str>> = HashMap::new();
        for s in &project.services {
            names
                .entry(s.deployment)
                .or_default()
                .extend(s.dns_names.iter().map(String::as_str));
        }
        for r in &project.routes {
            if r.confidence != Confidence::High || r.proxies.is_empty() {
                continue;
            }
            for t in &r.targets {
                if !t.services.is_empty() || !plain_name(&t.host) {
                    continue;
                }
                for pid in &r.proxies {
                    let Some(p) = project.services.get(*pid) else {
                        continue;
                    };
                    let Some(d) = project.deployments.get(p.deployment) else {
                        continue;
                    };
                    if !d.complete || p.resolved.network_mode.is_some() {
                        continue;
                    }
                    // another stack may answer on an external network
                    let external: BTreeSet<&str> = d
                        .files
                        .iter()
                        .filter_map(|f| project.compose.doc(*f))
                        .flat_map(|doc| doc.view.external_networks.iter().map(String::as_str))
                        .collect();
                    if p.networks.iter().any(|n| external.contains(n.as_str()))
                        || p.resolved.extra_hosts.iter().any(|h| {
                            h.value.value.split([':', '=']).next() == Some(t.host.as_str())
                        })
                        || p.resolved.links.iter().any(|l| l.value.1.value == t.host)
                        || names
                            .get(&p.deployment)
                            .is_some_and(|n| n.contains(t.host.as_str()))
                    {
                        continue;
                    }
                    if !seen.insert((t.file, t.span.start, p.deployment)) {
                        continue;
                    }
                    cx.report_in(
                        d,
                        t.file,
                        t.span,
                        Unknown {
                            host: &t.host,
                            proxy: &p.name,
                        },
                    )
                    .help(UnknownHelp {})
                    .related(p.defined_at.0, p.defined_at.1, ProxyService {});
                }
            }
        }
    }
}

/// A host nginx resolves through the compose network's DNS: a bare name, not an address, a
/// domain, a variable or a socket.
fn plain_name(host: &str) -> bool {
    !host.is_empty()
        && host != "localhost"
        && !host.contains(['.', ':', '$', '/', '{'])
        && !host.chars().all(|c| c.is_ascii_digit())
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

#[cfg(test)]
mod tests {
    use crate::testing::audit_txtar_with_rule;

    #[test]
    fn names_answered_by_aliases_and_container_names_are_known() {
        let a = audit_txtar_with_rule(
            "-- compose.yaml --\nservices:\n  api:\n    image: ghcr.io/acme/api:1.4.0\n    container_name: backend\n  web:\n    image: ghcr.io/acme/web:1.0.0\n    networks:\n      default:\n        aliases: [frontend]\n  nginx:\n    image: nginx:1.27-alpine\n    volumes:\n      - ./nginx.conf:/etc/nginx/conf.d/default.conf:ro\n-- nginx.conf --\nserver {\n  listen 80;\n  location /api/ { proxy_pass http://backend:8000; }\n  location / { proxy_pass http://frontend:3000; }\n  location /ext/ { proxy_pass https://api.example.com; }\n}\n",
            "SW6023",
        );
        assert!(a.findings.is_empty(), "{:?}", a.findings);
    }

    #[test]
    fn a_renamed_service_is_reported() {
        let a = audit_txtar_with_rule(
            "-- compose.yaml --\nservices:\n  api:\n    image: ghcr.io/acme/api:1.4.0\n  nginx:\n    image: nginx:1.27-alpine\n    volumes:\n      - ./nginx:/etc/nginx/conf.d:ro\n-- nginx/default.conf --\nupstream app { server backend:8000; }\nserver {\n  listen 80;\n  location / { proxy_pass http://app; }\n}\n",
            "SW6023",
        );
        assert_eq!(a.findings.len(), 1, "{:?}", a.findings);
        assert!(a.findings[0].message.contains("`backend`"));
    }
}
