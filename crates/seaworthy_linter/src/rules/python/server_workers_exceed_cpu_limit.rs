use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;
use seaworthy_app::{Lit, Value};
use seaworthy_syntax::{Environment, Span};

declare_rule! {
    /// ## What it does
    /// Compares the number of gunicorn or uvicorn worker processes a service starts
    /// (`--workers`, `WEB_CONCURRENCY`, `workers =` in the gunicorn config file it reads) with
    /// the service's CPU limit (`deploy.resources.limits.cpus`, `cpus:`). Reports more workers
    /// than gunicorn's own rule of thumb, `(2 × CPUs) + 1`, and a worker count computed from
    /// `multiprocessing.cpu_count()`, which counts the host's CPUs, not the limit. This is
    /// advice: I/O-bound apps with async workers can use more.
    ///
    /// ## Why is this bad?
    /// Every worker is a full copy of the app in memory; beyond the CPUs the container may use,
    /// extra sync workers only queue for CPU time while they multiply memory, and the CFS quota
    /// throttles the whole container when they are busy together. `cpu_count()` inside a
    /// container returns the host's cores: on a 64-core host a 2-CPU container starts 129
    /// workers.
    ///
    /// ## Example
    /// ```yaml path=compose.yaml
    /// services:
    ///   web:
    ///     image: ghcr.io/acme/web:1.0.0
    ///     command: gunicorn app.wsgi --bind 0.0.0.0:8000 --workers 12
    ///     deploy:
    ///       resources:
    ///         limits:
    ///           cpus: "2"
    /// ```
    ///
    /// ## Use instead
    /// ```yaml path=compose.yaml
    /// services:
    ///   web:
    ///     image: ghcr.io/acme/web:1.0.0
    ///     command: gunicorn app.wsgi --bind 0.0.0.0:8000 --workers 5
    ///     deploy:
    ///       resources:
    ///         limits:
    ///           cpus: "2"
    /// ```
    ///
    /// ## References
    /// - <https://docs.gunicorn.org/en/stable/design.html#how-many-workers>
    /// - <https://docs.docker.com/reference/compose-file/deploy/#cpus>
    pub struct ServerWorkersExceedCpuLimit {
        code: "SW5014",
        name: "server-workers-exceed-cpu-limit",
        family: Python,
        severity: Low,
        category: Performance,
        summary: "More server workers than the CPU limit can run",
    }
}

/// Does this value count the host's CPUs (`multiprocessing.cpu_count()`, `os.cpu_count()`)?
fn counts_host_cpus(v: &seaworthy_app::Val) -> bool {
    let mut found = false;
    v.visit(0, &mut |x| match &x.value {
        Value::Call(c) if c.func.ends_with("cpu_count") => found = true,
        Value::Expr(e) if e.contains("cpu_count") => found = true,
        _ => {}
    });
    found
}

crate::message! {
    /// More workers than (2 × CPUs) + 1 under a CPU limit.
    struct TooMany<'a> = "server-workers-exceed-cpu-limit" { service: &'a str, workers: i64, cpus: &'a str, max: i64 }
    /// Workers counted from the host's CPUs under a CPU limit.
    struct HostCpus<'a> = "server-workers-exceed-cpu-limit-host" { service: &'a str, cpus: &'a str }
    struct WorkersHelp<'a> = "server-workers-exceed-cpu-limit-help" { max: i64, cpus: &'a str }
    struct CpuLimit = "server-workers-exceed-cpu-limit-limit" {}
}

impl ServerWorkersExceedCpuLimit {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for s in &project.services {
            let d = &project.deployments[s.deployment];
            if matches!(d.environment, Environment::Dev | Environment::Test) {
                continue;
            }
            let (Some(cpus), Some(c)) = (s.cpu_limit, &s.command) else {
                continue;
            };
            if !matches!(c.program(), Some("gunicorn" | "uvicorn")) {
                continue;
            }
            let lookup = |var: &str| s.env_value(var).and_then(|e| e.value.clone());
            // (workers, where it is set, counted from the host's CPUs)
            let mut found: Option<(Option<i64>, crate::project::FileId, Span, bool)> = None;
            let config = s.gunicorn_config.and_then(|cfg| {
                project
                    .app
                    .gunicorn
                    .iter()
                    .find(|(f, _)| *f == cfg)
                    .and_then(|(_, g)| g.get("workers"))
                    .filter(|set| !set.conditional)
                    .map(|set| (cfg, set))
            });
            // gunicorn's precedence: command line, config file, then `WEB_CONCURRENCY`
            if let Some(w) = c.arg_value(&["-w", "--workers"]) {
                found = Some((w.parse().ok(), c.file, c.span, false));
            } else if let Some((cfg, set)) = config {
                let n = match set.value.with_env(&lookup) {
                    Some(Lit::Int(n)) => Some(n),
                    _ => None,
                };
                let env_set = set
                    .value
                    .env_vars()
                    .iter()
                    .any(|v| s.env_value(v).is_some());
                let host = n.is_none() && !env_set && counts_host_cpus(&set.value);
                found = Some((n, cfg, set.span, host));
            } else if let Some(e) = s.env_value("WEB_CONCURRENCY") {
                let (f, sp) = e.source.location();
                found = Some((
                    e.value.as_deref().and_then(|v| v.trim().parse().ok()),
                    f,
                    sp,
                    false,
                ));
            }
            let Some((workers, file, span, host)) = found else {
                continue;
            };
            let limit = s.resolved.cpus.as_ref();
            let max = 2 * (cpus.ceil() as i64) + 1;
            let cpus = cpus.to_string();
            let msg: crate::message::Message = match workers {
                Some(n) if n > max => TooMany {
                    service: &s.name,
                    workers: n,
                    cpus: &cpus,
                    max,
                }
                .into(),
                None if host => HostCpus {
                    service: &s.name,
                    cpus: &cpus,
                }
                .into(),
                _ => continue,
            };
            let f = cx
                .report_in(d, file, span, msg)
                .help(WorkersHelp { max, cpus: &cpus });
            if let Some(l) = limit {
                f.related(l.file, l.value.span, CpuLimit {});
            }
        }
    }
}
