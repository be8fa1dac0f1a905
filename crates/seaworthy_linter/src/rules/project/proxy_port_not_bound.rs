use super::helpers::{
    code_ports, deployment, exposed_ports, server_ports, PortEvidence, ServerPorts,
};
use crate::declare_rule;
use crate::diagnostic::Severity;
use crate::meta::Confidence;
use crate::project::nginx::split_target;
use crate::project::service::ServiceKind;
use crate::project::Project;
use crate::rule::Checker;
use crate::rules::compose::by_env;

declare_rule! {
    /// ## What it does
    /// Follows every nginx `proxy_pass` (directly, or through an `upstream` block's `server`
    /// lines) to the compose service it reaches, and compares the port nginx connects to with
    /// the port the server in that service binds: the command that service really runs
    /// (gunicorn `-b`/`--bind`, uvicorn/hypercorn/daphne `--port`, Django's `runserver
    /// ADDR:PORT`, `PORT`/`UVICORN_PORT` set in compose), the gunicorn config file it loads
    /// (`bind = "0.0.0.0:8000"`), or the code it starts (`uvicorn.run(app, port=8000)`,
    /// `app.run(port=5000)` in the file `python main.py` runs). A target without a port is port
    /// 80 (443 for `https://`). High when both ports are written; medium when the app's port
    /// is its server's default or a fallback for a variable compose does not set; low when
    /// only the image's `EXPOSE` says which port the app uses. Silent when the port comes from
    /// a variable the audit cannot resolve. Records a strength when the ports agree.
    ///
    /// ## Why is this bad?
    /// Nothing listens on the port nginx connects to: every request through this location
    /// answers 502 Bad Gateway and the error log fills with `connect() failed (111: Connection
    /// refused) while connecting to upstream`. A frequent cause is the host port of a compose
    /// `ports:` mapping (`"8080:8000"`) used inside the compose network, where containers reach
    /// each other on the container port.
    ///
    /// ## Example
    /// ```yaml path=compose.yml
    /// services:
    ///   nginx:
    ///     image: nginx:1.27
    ///     volumes: ["./nginx.conf:/etc/nginx/conf.d/default.conf:ro"]
    ///   api:
    ///     image: ghcr.io/acme/api:1.0
    ///     command: gunicorn --bind 0.0.0.0:8000 app.wsgi:application
    ///     ports: ["8080:8000"]
    /// ```
    /// ```nginx path=nginx.conf
    /// server {
    ///     listen 80;
    ///     location / { proxy_pass http://api:8080; }
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
    ///     command: gunicorn --bind 0.0.0.0:8000 app.wsgi:application
    ///     ports: ["8080:8000"]
    /// ```
    /// ```nginx path=nginx.conf
    /// server {
    ///     listen 80;
    ///     location / { proxy_pass http://api:8000; }
    /// }
    /// ```
    ///
    /// ## References
    /// - <https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_pass>
    /// - <https://nginx.org/en/docs/http/ngx_http_upstream_module.html#server>
    /// - <https://docs.gunicorn.org/en/stable/settings.html#bind>
    /// - <https://www.uvicorn.org/settings/#socket-binding>
    /// - <https://docs.docker.com/compose/how-tos/networking/>
    pub struct ProxyPortNotBound {
        code: "SW6024",
        name: "proxy-port-not-bound",
        family: Project,
        severity: High,
        category: Reliability,
        summary: "nginx proxies to a port the app's server does not bind",
    }
}

crate::message! {
    /// nginx connects to a port the service's server does not bind. `host`/`port`: the
    /// target (`written` false: no port in it, `port` is the scheme's); `server`: the program
    /// (`gunicorn`, `` `uvicorn.run` ``); `binds`: its ports, joined; `evidence`: `written`,
    /// `default` (the server's default) or `exposed` (only the image's `EXPOSE`);
    /// `published`: `port` is the host side of the service's `ports:` entry
    /// `host_side:container_side`.
    struct NotBound<'a> = "proxy-port-not-bound" { host: &'a str, port: u16, written: bool, service: &'a str, server: &'a str, binds: &'a str, evidence: &'a str, published: bool, host_side: &'a str, container_side: &'a str }
    /// `bound`: the first port the server binds.
    struct NotBoundHelp<'a> = "proxy-port-not-bound-help" { host: &'a str, bound: u16, service: &'a str, port: u16 }
    /// The target used the host port of a `ports:` mapping.
    struct HelpPublished<'a> = "proxy-port-not-bound-help-published" { host: &'a str, bound: u16 }
    struct Binds = "proxy-port-not-bound-related" {}
    struct Exposes = "proxy-port-not-bound-related-expose" {}
    struct ServiceRel<'a> = "proxy-port-not-bound-related-service" { service: &'a str }
    struct ProxyPass = "proxy-port-not-bound-related-proxy-pass" {}
    struct PublishedRel = "proxy-port-not-bound-related-published" {}
    struct Agree<'a> = "proxy-port-not-bound-strength" { service: &'a str, port: u16, server: &'a str }
}

impl ProxyPortNotBound {
    fn check(&self, project: &Project, cx: &mut Checker) {
        // what each service's server binds, worked out once (a service is the target of many
        // routes in a monorepo)
        let mut ports: Vec<Option<Option<ServerPorts>>> = Vec::new();
        ports.resize_with(project.services.len(), || None);
        for r in &project.routes {
            if r.directive != "proxy_pass" {
                continue;
            }
            // nginx on the host network reaches published ports, not container ports
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
            // the stacks nginx runs in: a service of another stack is on another network
            let stacks: Vec<_> = r
                .proxies
                .iter()
                .filter_map(|p| project.services.get(*p))
                .map(|p| p.deployment)
                .collect();
            let text = &project.file(r.file).text;
            let scheme = text
                .get(r.span.range())
                .and_then(|a| split_target(a).0)
                .unwrap_or_else(|| "http".into());
            for t in &r.targets {
                let port = match t.port {
                    Some(p) => p,
                    None if scheme.eq_ignore_ascii_case("https") => 443,
                    None if scheme.eq_ignore_ascii_case("http") => 80,
                    None => continue,
                };
                let written_port = t.port.is_some();
                // no proxy service loads this config: a host name that services of several
                // stacks answer to says nothing about which one it reaches
                if stacks.is_empty() {
                    let stack_of = |sid: &usize| project.services.get(*sid).map(|s| s.deployment);
                    let first = t.services.first().and_then(stack_of);
                    if t.services.iter().any(|sid| stack_of(sid) != first) {
                        continue;
                    }
                }
                for sid in &t.services {
                    let Some(s) = project.services.get(*sid) else {
                        continue;
                    };
                    if s.kind == ServiceKind::Proxy
                        || s.resolved.network_mode.is_some()
                        || !stacks.is_empty() && !stacks.contains(&s.deployment)
                    {
                        continue;
                    }
                    let Some(Some(l)) = ports.get_mut(*sid).map(|slot| {
                        &*slot.get_or_insert_with(|| {
                            server_ports(project, s)
                                .or_else(|| code_ports(project, s))
                                .or_else(|| exposed_ports(project, s))
                        })
                    }) else {
                        continue;
                    };
                    let d = deployment(project, s);
                    if l.ports.contains(&port) {
                        if l.evidence == PortEvidence::Written && !d.environment.is_non_prod() {
                            cx.strength(
                                t.file,
                                t.span,
                                Agree {
                                    service: &s.name,
                                    port,
                                    server: &l.server,
                                },
                            );
                        }
                        continue;
                    }
                    let binds = l
                        .ports
                        .iter()
                        .map(|p| p.to_string())
                        .collect::<Vec<_>>()
                        .join(", ");
                    // the host side of a `ports:` mapping used inside the compose network
                    let published = s.published().find(|p| {
                        p.value
                            .published
                            .as_deref()
                            .and_then(|h| h.rsplit(':').next())
                            .and_then(|h| h.parse::<u16>().ok())
                            == Some(port)
                    });
                    let (sev, conf) = match l.evidence {
                        PortEvidence::Written if written_port => (
                            by_env(
                                d.environment,
                                Severity::High,
                                Severity::High,
                                Severity::Medium,
                            ),
                            Confidence::High,
                        ),
                        PortEvidence::Written | PortEvidence::Default => {
                            (Severity::Medium, Confidence::Medium)
                        }
                        PortEvidence::Exposed => (Severity::Low, Confidence::Low),
                    };
                    let f = cx.report_in(
                        d,
                        t.file,
                        t.span,
                        NotBound {
                            host: &t.host,
                            port,
                            written: written_port,
                            service: &s.name,
                            server: &l.server,
                            binds: &binds,
                            evidence: match l.evidence {
                                PortEvidence::Written => "written",
                                PortEvidence::Default => "default",
                                PortEvidence::Exposed => "exposed",
                            },
                            published: published.is_some(),
                            host_side: published
                                .and_then(|p| p.value.published.as_deref())
                                .unwrap_or(""),
                            container_side: published
                                .map(|p| p.value.target.as_str())
                                .unwrap_or(""),
                        },
                    );
                    f.severity(sev).at_most(conf).at_most(r.confidence);
                    if published.is_some() {
                        f.help(HelpPublished {
                            host: &t.host,
                            bound: l.ports[0],
                        });
                    } else {
                        f.help(NotBoundHelp {
                            host: &t.host,
                            bound: l.ports[0],
                            service: &s.name,
                            port,
                        });
                    }
                    match l.evidence {
                        PortEvidence::Exposed => f.related(l.file, l.span, Exposes {}),
                        _ => f.related(l.file, l.span, Binds {}),
                    };
                    f.related(
                        s.defined_at.0,
                        s.defined_at.1,
                        ServiceRel { service: &s.name },
                    );
                    if t.file != r.file || t.span != r.span {
                        f.related(r.file, r.span, ProxyPass {});
                    }
                    if let Some(p) = published {
                        f.related(p.file, p.value.span, PublishedRel {});
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::diagnostic::Severity;
    use crate::testing::audit_txtar_with_rule;

    fn run(compose_api: &str, extra: &str, nginx: &str) -> Vec<crate::diagnostic::Finding> {
        let src = format!(
            "-- compose.yml --\nservices:\n  nginx:\n    image: nginx:1.27\n    volumes: [\"./nginx.conf:/etc/nginx/conf.d/default.conf:ro\"]\n  api:\n    build: .\n{compose_api}-- Dockerfile --\nFROM python:3.12-slim\nWORKDIR /app\nCOPY . .\n{extra}-- nginx.conf --\nserver {{\n  listen 80;\n  location / {{ proxy_pass {nginx}; }}\n}}\n"
        );
        audit_txtar_with_rule(&src, "SW6024")
            .findings
            .into_iter()
            .filter(|f| f.rule.code == "SW6024")
            .collect()
    }

    #[test]
    fn written_ports_that_differ_are_high() {
        let f = run(
            "    command: uvicorn app.main:app --host 0.0.0.0 --port 8000\n",
            "",
            "http://api:5000",
        );
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].severity, Severity::High);
        assert!(f[0].message.contains("binds port 8000"), "{}", f[0].message);
    }

    #[test]
    fn a_config_no_proxy_loads_is_not_judged_against_several_stacks() {
        // two stacks each have an `api`; the nginx config sits outside both and no proxy
        // service mounts it: which `api` it would reach is unknown
        let stack = |port: u16| {
            format!("services:\n  api:\n    image: ghcr.io/acme/api:1.0\n    command: uvicorn app.main:app --host 0.0.0.0 --port {port}\n")
        };
        let src = format!(
            "-- stacks/a/docker-compose.yml --\n{}-- stacks/b/docker-compose.yml --\n{}-- nginx/nginx.conf --\nserver {{\n  listen 80;\n  location / {{ proxy_pass http://api:8000; }}\n}}\n",
            stack(8000),
            stack(8005)
        );
        let got: Vec<_> = audit_txtar_with_rule(&src, "SW6024")
            .findings
            .into_iter()
            .filter(|f| f.rule.code == "SW6024")
            .map(|f| f.message.to_string())
            .collect();
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_target_without_port_is_port_80() {
        let f = run(
            "    command: gunicorn -b 0.0.0.0:8000 app:app\n",
            "",
            "http://api",
        );
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(f[0].message.contains("(no port: 80)"), "{}", f[0].message);
    }

    #[test]
    fn defaults_and_code_are_medium_variables_silent() {
        // uvicorn's default port
        let f = run(
            "    command: uvicorn app.main:app --host 0.0.0.0\n",
            "",
            "http://api:5000",
        );
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].severity, Severity::Medium);
        // a port from a variable the audit cannot resolve
        assert!(run(
            "    command: uvicorn app.main:app --host 0.0.0.0 --port ${API_PORT}\n",
            "",
            "http://api:5000",
        )
        .is_empty());
        // PORT set in compose feeds gunicorn
        assert!(run(
            "    command: gunicorn app:app\n    environment:\n      PORT: \"5000\"\n",
            "",
            "http://api:5000",
        )
        .is_empty());
        // uvicorn.run in the program the command starts
        let f = run(
            "    command: python main.py\n",
            "-- main.py --\nimport uvicorn\nfrom fastapi import FastAPI\napp = FastAPI()\nif __name__ == \"__main__\":\n    uvicorn.run(app, host=\"0.0.0.0\", port=8001)\n",
            "http://api:8000",
        );
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(
            f[0].message.contains("`uvicorn.run` binds port 8001"),
            "{}",
            f[0].message
        );
        // ... from a variable with a default: medium
        let f = run(
            "    command: python main.py\n",
            "-- main.py --\nimport os\nimport uvicorn\nfrom fastapi import FastAPI\napp = FastAPI()\nif __name__ == \"__main__\":\n    uvicorn.run(app, host=\"0.0.0.0\", port=int(os.getenv(\"PORT\", \"8001\")))\n",
            "http://api:8000",
        );
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].severity, Severity::Medium);
    }

    #[test]
    fn expose_alone_is_low_and_upstreams_are_followed() {
        let f = run(
            "    command: node server.js\n",
            "EXPOSE 3000\n",
            "http://api:8080",
        );
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].severity, Severity::Low);
        let src = "-- compose.yml --\nservices:\n  nginx:\n    image: nginx:1.27\n    volumes: [\"./nginx.conf:/etc/nginx/conf.d/default.conf:ro\"]\n  api:\n    image: ghcr.io/acme/api:1\n    command: gunicorn -b 0.0.0.0:8000 app:app\n-- nginx.conf --\nupstream backend { server api:8080; }\nserver {\n  listen 80;\n  location / { proxy_pass http://backend; }\n}\n";
        let a = audit_txtar_with_rule(src, "SW6024");
        assert_eq!(a.findings.len(), 1, "{:?}", a.findings);
        assert!(a.findings[0].message.contains("`api:8080`"));
        assert!(
            audit_txtar_with_rule(&src.replace("api:8080", "api:8000"), "SW6024")
                .findings
                .is_empty()
        );
    }

    /// The catalogue says, word for word, what the rule said when it built its text itself.
    #[test]
    fn english_text_of_every_variant() {
        use crate::i18n::Lang;
        let labels = |f: &crate::diagnostic::Finding| -> Vec<String> {
            f.related.iter().map(|r| r.message.to_string()).collect()
        };
        // the host side of a `ports:` mapping
        let f = run(
            "    command: gunicorn -b 0.0.0.0:8000 app:app\n    ports: [\"8080:8000\"]\n",
            "",
            "http://api:8080",
        );
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(
            f[0].message,
            "nginx proxies to `api:8080`, but `api`'s gunicorn binds port 8000: 8080 is the host side of `ports: 8080:8000`; on the compose network nginx reaches the container port"
        );
        assert_eq!(
            f[0].help.as_deref(),
            Some("proxy to `api:8000`: containers reach each other on the container port, the host port is for clients outside Docker")
        );
        assert_eq!(
            labels(&f[0]),
            [
                "the port the server binds",
                "the `api` service",
                "the host port compose publishes"
            ]
        );
        let ru = f[0].message.in_lang(Lang::Ru);
        assert!(ru.contains("хостовая сторона `ports: 8080:8000`"), "{ru}");
        // no port in the target
        let f = run(
            "    command: gunicorn -b 0.0.0.0:8000 app:app\n",
            "",
            "http://api",
        );
        assert_eq!(
            f[0].message,
            "nginx proxies to `api` (no port: 80), but `api`'s gunicorn binds port 8000: nothing listens on 80 in that container, so nginx answers 502 Bad Gateway"
        );
        assert_eq!(
            f[0].help.as_deref(),
            Some("proxy to `api:8000`, the port `api` listens on, or bind its server to 80")
        );
        let uk = f[0].message.in_lang(Lang::Uk);
        assert!(uk.contains("(порт не вказано: 80)"), "{uk}");
        // only the image's EXPOSE
        let f = run(
            "    command: node server.js\n",
            "EXPOSE 3000\n",
            "http://api:8080",
        );
        assert_eq!(
            f[0].message,
            "nginx proxies to `api:8080`, but `api`'s image documents port 3000 (`EXPOSE`; the audit cannot read the port its server binds): nothing listens on 8080 in that container, so nginx answers 502 Bad Gateway"
        );
        assert_eq!(labels(&f[0])[0], "the port the image exposes");
        // through an upstream; and the strength when the ports agree
        let src = "-- compose.yml --\nservices:\n  nginx:\n    image: nginx:1.27\n    volumes: [\"./nginx.conf:/etc/nginx/conf.d/default.conf:ro\"]\n  api:\n    image: ghcr.io/acme/api:1\n    command: gunicorn -b 0.0.0.0:8000 app:app\n-- nginx.conf --\nupstream backend { server api:8080; }\nserver {\n  listen 80;\n  location / { proxy_pass http://backend; }\n}\n";
        let a = audit_txtar_with_rule(src, "SW6024");
        assert_eq!(
            labels(&a.findings[0]),
            [
                "the port the server binds",
                "the `api` service",
                "the `proxy_pass` that uses this upstream"
            ]
        );
        let a = audit_txtar_with_rule(&src.replace("api:8080", "api:8000"), "SW6024");
        let praised: Vec<String> = a.strengths.iter().map(|s| s.message.to_string()).collect();
        assert_eq!(
            praised,
            ["nginx reaches `api` on port 8000, the port its gunicorn binds"]
        );
    }
}
