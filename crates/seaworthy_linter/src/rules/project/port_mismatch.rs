use super::helpers::{deployment, image_of, interpolated, listen_ports};
use crate::declare_rule;
use crate::diagnostic::Severity;
use crate::project::installed::healthcheck_argvs;
use crate::project::service::HealthSource;
use crate::project::{FileId, Project};
use crate::rule::Checker;
use crate::rules::compose::by_env;
use seaworthy_syntax::Span;

declare_rule! {
    /// ## What it does
    /// Compares the port a service's server binds (its command line: `--bind 0.0.0.0:8000`,
    /// `--port`, `runserver 0.0.0.0:8000`; the gunicorn config it loads; `PORT` and the
    /// servers' own environment variables; else the server's default) with the container
    /// ports compose publishes (`ports:`), the port its healthcheck probes
    /// (`curl http://localhost:8080/health`, compose or image), the ports compose `expose:`s and
    /// the Dockerfile `EXPOSE`s. Only for servers whose port the audit can read (gunicorn,
    /// uvicorn, hypercorn, daphne, granian, flask, `fastapi run`, Django's `runserver`).
    /// Records a strength when they agree.
    ///
    /// ## Why is this bad?
    /// A published port nobody listens on gives "connection reset by peer" from outside; a
    /// healthcheck on the wrong port never passes, so the container is restarted in a loop
    /// and services that wait for `service_healthy` never start. A wrong `EXPOSE` misleads
    /// readers and tools.
    ///
    /// ## Example
    /// ```yaml
    /// services:
    ///   api:
    ///     build: .
    ///     command: gunicorn --bind 0.0.0.0:8000 app:app
    ///     ports:
    ///       - "8080:80"
    ///     healthcheck:
    ///       test: ["CMD", "curl", "-f", "http://localhost:8080/health"]
    /// ```
    /// ```dockerfile
    /// FROM python:3.12
    /// COPY . /app
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// services:
    ///   api:
    ///     build: .
    ///     command: gunicorn --bind 0.0.0.0:8000 app:app
    ///     ports:
    ///       - "8080:8000"
    ///     healthcheck:
    ///       test: ["CMD", "curl", "-f", "http://localhost:8000/health"]
    /// ```
    /// ```dockerfile
    /// FROM python:3.12
    /// COPY . /app
    /// ```
    ///
    /// ## References
    /// - <https://docs.docker.com/reference/compose-file/services/#ports>
    /// - <https://docs.docker.com/reference/compose-file/services/#healthcheck>
    /// - <https://docs.gunicorn.org/en/stable/settings.html#bind>
    pub struct PortMismatch {
        code: "SW6012",
        name: "port-mismatch",
        family: Project,
        severity: High,
        category: Reliability,
        summary: "Published, probed or exposed port differs from the port the app binds",
    }
}

/// Ports a healthcheck probes on the container itself: `http://localhost:8000/...`,
/// `127.0.0.1:8000`, with 80/443 for a URL without a port.
fn probed_ports(text: &str) -> Vec<u16> {
    let mut out = Vec::new();
    for host in ["localhost", "127.0.0.1", "0.0.0.0", "[::1]"] {
        let mut from = 0;
        while let Some(i) = text[from..].find(host) {
            let at = from + i;
            from = at + host.len();
            let before = &text[..at];
            let scheme = if before.ends_with("https://") {
                Some(443)
            } else if before.ends_with("http://") {
                Some(80)
            } else {
                None
            };
            let after = &text[from..];
            let port = after.strip_prefix(':').map(|r| {
                r.chars()
                    .take_while(|c| c.is_ascii_digit())
                    .collect::<String>()
            });
            match port {
                Some(p) if !p.is_empty() => {
                    if let Ok(p) = p.parse() {
                        out.push(p);
                    }
                }
                // `localhost:$PORT` and friends: not known
                Some(_) => return Vec::new(),
                None => {
                    if let Some(d) = scheme {
                        out.push(d);
                    }
                }
            }
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

crate::message! {
    /// A published container port nobody listens on. `server`: the program (`gunicorn`);
    /// `binds`: the ports it binds, joined; `shown`: the `ports:` entry.
    struct Published<'a> = "port-mismatch" { service: &'a str, port: u16, shown: &'a str, server: &'a str, binds: &'a str }
    /// `host`: the published host port, or `HOST` when none is written.
    struct PublishedHelp<'a> = "port-mismatch-help" { host: &'a str, bound: u16, port: u16 }
    struct Probe<'a> = "port-mismatch-healthcheck" { service: &'a str, port: u16, server: &'a str, binds: &'a str }
    struct ProbeHelp = "port-mismatch-healthcheck-help" { bound: u16 }
    struct Expose<'a> = "port-mismatch-expose" { service: &'a str, port: u16, server: &'a str, binds: &'a str }
    struct ExposeHelp = "port-mismatch-expose-help" {}
    struct ImageExpose<'a> = "port-mismatch-image-expose" { port: u16, server: &'a str, binds: &'a str }
    struct ImageExposeHelp = "port-mismatch-image-expose-help" {}
    struct Binds = "port-mismatch-related" {}
    /// Everything agrees: `published_count` published ports (`p1`..`p3`; beyond three, `p3`
    /// holds the rest, joined), and the healthcheck's `probe` when `probed`.
    struct Agree<'a> = "port-mismatch-strength" { service: &'a str, binds: &'a str, published_count: usize, p1: &'a str, p2: &'a str, p3: &'a str, probed: bool, probe: u16 }
}

impl PortMismatch {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for s in &project.services {
            if s.resolved.network_mode.is_some() {
                continue;
            }
            let Some((ports, lfile, lspan, server)) = listen_ports(project, s) else {
                continue;
            };
            let d = deployment(project, s);
            let sev = by_env(
                d.environment,
                Severity::High,
                Severity::High,
                Severity::Medium,
            );
            let binds = ports
                .iter()
                .map(|p| p.to_string())
                .collect::<Vec<_>>()
                .join(", ");
            // what agrees: the published ports, the healthcheck's port
            let mut agree: Vec<u16> = Vec::new();
            let mut agree_probe: Option<u16> = None;
            let mut bad = false;
            // published container ports
            for p in &s.resolved.ports {
                let Some(t) = p.value.target_port() else {
                    continue;
                };
                if p.value.target.contains('-') {
                    continue;
                }
                if ports.contains(&t) {
                    agree.push(t);
                    continue;
                }
                bad = true;
                let shown = match &p.value.published {
                    Some(h) => format!("{h}:{t}"),
                    None => t.to_string(),
                };
                cx.report_in(
                    d,
                    p.file,
                    p.value.span,
                    Published {
                        service: &s.name,
                        port: t,
                        shown: &shown,
                        server: &server,
                        binds: &binds,
                    },
                )
                .severity(sev)
                .help(PublishedHelp {
                    host: p.value.published.as_deref().unwrap_or("HOST"),
                    bound: ports[0],
                    port: t,
                })
                .related(lfile, lspan, Binds {});
            }
            // the healthcheck's probe
            let probe: Option<(String, FileId, Span)> = match &s.healthcheck {
                Some(HealthSource::Compose(h)) if !h.value.disabled => {
                    Some((h.value.test.join(" "), h.file, h.value.test_span))
                }
                Some(HealthSource::Image { file, instr, span }) => project
                    .dockerfile(*file)
                    .and_then(|doc| doc.tree.instructions.get(*instr))
                    .map(|ins| {
                        let text: Vec<String> =
                            healthcheck_argvs(ins).into_iter().flatten().collect();
                        (text.join(" "), *file, *span)
                    }),
                _ => None,
            };
            if let Some((text, hfile, hspan)) = probe {
                let probed = probed_ports(&text);
                if let Some(p) = probed.iter().find(|p| !ports.contains(p)) {
                    bad = true;
                    cx.report_in(
                        d,
                        hfile,
                        hspan,
                        Probe {
                            service: &s.name,
                            port: *p,
                            server: &server,
                            binds: &binds,
                        },
                    )
                    .severity(sev)
                    .help(ProbeHelp { bound: ports[0] })
                    .related(lfile, lspan, Binds {});
                } else if let Some(p) = probed.first() {
                    agree_probe = Some(*p);
                }
            }
            // compose `expose:`
            for e in &s.resolved.expose {
                let v = interpolated(project, e.file, &e.value.value);
                let Some(t) = v.split('/').next().and_then(|x| x.parse::<u16>().ok()) else {
                    continue;
                };
                if !ports.contains(&t) {
                    bad = true;
                    cx.report_in(
                        d,
                        e.file,
                        e.value.span,
                        Expose {
                            service: &s.name,
                            port: t,
                            server: &server,
                            binds: &binds,
                        },
                    )
                    .severity(Severity::Low)
                    .help(ExposeHelp {})
                    .related(lfile, lspan, Binds {});
                }
            }
            // the image's EXPOSE, when the image's own command runs
            if s.command
                .as_ref()
                .is_some_and(|c| c.source == crate::project::service::CommandSource::Image)
            {
                if let Some(img) = image_of(project, s) {
                    let st = project
                        .dockerfile(img.dockerfile)
                        .and_then(|doc| doc.stages.get(img.shipped_stage?));
                    if let Some(st) = st {
                        for (p, span) in &st.expose {
                            if !ports.contains(p)
                                && !st.expose.iter().any(|(q, _)| ports.contains(q))
                            {
                                bad = true;
                                cx.report(
                                    img.dockerfile,
                                    *span,
                                    ImageExpose {
                                        port: *p,
                                        server: &server,
                                        binds: &binds,
                                    },
                                )
                                .severity(Severity::Low)
                                .help(ImageExposeHelp {})
                                .related(lfile, lspan, Binds {})
                                .at_most(img.confidence)
                                .deployment(d.id);
                            }
                        }
                    }
                }
            }
            if !bad && (!agree.is_empty() || agree_probe.is_some()) && !d.environment.is_non_prod()
            {
                let slot = |i: usize| agree.get(i).map(u16::to_string).unwrap_or_default();
                let rest = agree
                    .iter()
                    .skip(2)
                    .map(u16::to_string)
                    .collect::<Vec<_>>()
                    .join(", ");
                cx.strength(
                    lfile,
                    lspan,
                    Agree {
                        service: &s.name,
                        binds: &binds,
                        published_count: agree.len(),
                        p1: &slot(0),
                        p2: &slot(1),
                        p3: &rest,
                        probed: agree_probe.is_some(),
                        probe: agree_probe.unwrap_or(0),
                    },
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::probed_ports;
    use crate::testing::audit_txtar_with_rule;

    #[test]
    fn probes() {
        assert_eq!(probed_ports("curl -f http://localhost:8080/health"), [8080]);
        assert_eq!(probed_ports("wget -qO- http://127.0.0.1/health"), [80]);
        assert!(probed_ports("curl http://localhost:${PORT}/").is_empty());
        assert!(probed_ports("pg_isready -h db").is_empty());
    }

    fn count(src: &str) -> usize {
        audit_txtar_with_rule(src, "SW6012")
            .findings
            .iter()
            .filter(|f| f.rule.code == "SW6012")
            .count()
    }

    #[test]
    fn config_files_and_env() {
        // gunicorn config binds 8000; compose publishes 8000
        assert_eq!(count("-- compose.yaml --\nservices:\n  api:\n    build: .\n    ports:\n      - \"80:8000\"\n-- Dockerfile --\nFROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nCMD [\"gunicorn\", \"-c\", \"gunicorn.conf.py\", \"app:app\"]\n-- gunicorn.conf.py --\nbind = \"0.0.0.0:8000\"\n-- app.py --\n"), 0);
        // ... and 5000 elsewhere
        assert_eq!(count("-- compose.yaml --\nservices:\n  api:\n    build: .\n    ports:\n      - \"80:5000\"\n-- Dockerfile --\nFROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nCMD [\"gunicorn\", \"-c\", \"gunicorn.conf.py\", \"app:app\"]\n-- gunicorn.conf.py --\nbind = \"0.0.0.0:8000\"\n-- app.py --\n"), 1);
        // PORT from the environment
        assert_eq!(count("-- compose.yaml --\nservices:\n  api:\n    build: .\n    environment:\n      PORT: \"5000\"\n    ports:\n      - \"80:5000\"\n-- Dockerfile --\nFROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nCMD [\"gunicorn\", \"app:app\"]\n-- app.py --\n"), 0);
        // a config from a variable: not known
        assert_eq!(count("-- compose.yaml --\nservices:\n  api:\n    build: .\n    ports:\n      - \"80:5000\"\n-- Dockerfile --\nFROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nCMD [\"gunicorn\", \"-c\", \"gunicorn.conf.py\", \"app:app\"]\n-- gunicorn.conf.py --\nimport os\nbind = f\"0.0.0.0:{os.environ['PORT']}\"\n-- app.py --\n"), 0);
    }
}
