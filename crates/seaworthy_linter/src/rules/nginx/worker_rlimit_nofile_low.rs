use super::is_dev;
use crate::declare_rule;
use crate::diagnostic::Severity;
use crate::project::nginx::TopContext;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports a main `nginx.conf` whose `worker_rlimit_nofile` is less than twice
    /// `worker_connections`, or that raises `worker_connections` above nginx's stock 1024
    /// without setting `worker_rlimit_nofile` at all (informational in development files).
    ///
    /// ## Why is this bad?
    /// Every connection is a file descriptor, and a proxied request holds two (client and
    /// upstream), plus files being served and temporary buffers. When the worker's open-file
    /// limit is below that, nginx fails with "Too many open files" and drops requests long
    /// before `worker_connections` is reached. Without `worker_rlimit_nofile` the workers keep
    /// the limit they inherit, which in a container is often a soft limit of 1024.
    ///
    /// ## Example
    /// ```nginx
    /// worker_rlimit_nofile 4096;
    /// events {
    ///     worker_connections 4096;
    /// }
    /// http {
    ///     server {
    ///         listen 80;
    ///     }
    /// }
    /// ```
    ///
    /// ## Use instead
    /// ```nginx
    /// worker_rlimit_nofile 8192;
    /// events {
    ///     worker_connections 4096;
    /// }
    /// http {
    ///     server {
    ///         listen 80;
    ///     }
    /// }
    /// ```
    ///
    /// ## References
    /// - <https://nginx.org/en/docs/ngx_core_module.html#worker_rlimit_nofile>
    /// - <https://nginx.org/en/docs/ngx_core_module.html#worker_connections>
    pub struct WorkerRlimitNofileLow {
        code: "SW3030",
        name: "worker-rlimit-nofile-low",
        family: Nginx,
        severity: Low,
        category: Reliability,
        gixy: ["worker_rlimit_nofile_vs_connections"],
        summary: "`worker_rlimit_nofile` below twice `worker_connections`",
    }
}

crate::message! {
    /// `worker_rlimit_nofile` under twice `worker_connections`.
    struct Low = "worker-rlimit-nofile-low" { limit: u64, conns: u64, runs_out: u64 }
    struct LowHelp = "worker-rlimit-nofile-low-help" { nofile: u64 }
    struct PerWorker = "worker-rlimit-nofile-low-related" {}
    /// Many `worker_connections` without `worker_rlimit_nofile`.
    struct Unset = "worker-rlimit-nofile-low-unset" { conns: u64 }
    struct UnsetHelp = "worker-rlimit-nofile-low-unset-help" { nofile: u64 }
}

impl WorkerRlimitNofileLow {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for e in project
            .nginx
            .entries
            .iter()
            .filter(|e| e.context == TopContext::Main)
        {
            let Some(wc) = e
                .items
                .iter()
                .filter(|d| d.name == "events")
                .flat_map(|ev| ev.find("worker_connections"))
                .last()
            else {
                continue;
            };
            let Some(conns) = wc.arg(0).and_then(|v| v.parse::<u64>().ok()) else {
                continue;
            };
            let rlimit = e.items.iter().rfind(|d| d.name == "worker_rlimit_nofile");
            match rlimit {
                Some(r) => {
                    let Some(limit) = r.arg(0).and_then(|v| v.parse::<u64>().ok()) else {
                        continue;
                    };
                    if limit >= conns.saturating_mul(2) {
                        continue;
                    }
                    let f = cx.report(
                        r.file,
                        r.span,
                        Low {
                            limit,
                            conns,
                            runs_out: limit / 2,
                        },
                    );
                    f.help(LowHelp {
                        nofile: conns.saturating_mul(2),
                    })
                    .related(wc.file, wc.span, PerWorker {});
                    if is_dev(project, r.file) {
                        f.severity(Severity::Info);
                    } else if limit < conns {
                        f.severity(Severity::Medium);
                    }
                }
                None if conns > 1024 => {
                    let f = cx
                        .report(wc.file, wc.span, Unset { conns })
                        .help(UnsetHelp {
                            nofile: conns.saturating_mul(2),
                        });
                    if is_dev(project, wc.file) {
                        f.severity(Severity::Info);
                    }
                }
                None => {}
            }
        }
    }
}
