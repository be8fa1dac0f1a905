use super::deployment_of;
use crate::declare_rule;
use crate::diagnostic::Severity;
use crate::project::Project;
use crate::rule::Checker;
use seaworthy_syntax::compose::{Mount, MountKind};
use seaworthy_syntax::{Environment, Span};

declare_rule! {
    /// ## What it does
    /// Reports bind mounts of configuration into a container without `:ro` (or
    /// `read_only: true`): a host file or directory mounted under `/etc/`, or a file with a
    /// configuration or certificate extension (`.conf`, `.ini`, `.toml`, `.yml`, `.json`, `.pem`,
    /// `.crt`, `.key`, ...). Dev-only compose files are not reported. When every configuration
    /// mount of a service is read-only, that is recorded as a strength.
    ///
    /// ## Why is this bad?
    /// The container only needs to read its configuration. Writable, a compromised or buggy process
    /// can rewrite the host's copy (nginx rules, TLS keys, the app's settings), and the change
    /// survives restarts and redeploys of the image. Read-only mounts are the cheap half of
    /// immutable infrastructure.
    ///
    /// ## Example
    /// ```yaml
    /// services:
    ///   nginx:
    ///     image: nginxinc/nginx-unprivileged:1.27
    ///     volumes:
    ///       - ./nginx/nginx.conf:/etc/nginx/nginx.conf
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// services:
    ///   nginx:
    ///     image: nginxinc/nginx-unprivileged:1.27
    ///     volumes:
    ///       - ./nginx/nginx.conf:/etc/nginx/nginx.conf:ro
    /// ```
    pub struct ConfigMountWritable {
        code: "SW2026",
        name: "config-mount-writable",
        family: Compose,
        severity: Low,
        category: Security,
        summary: "Configuration bind-mounted writable",
    }
}

crate::message! {
    /// A configuration file or directory a service mounts writable.
    struct WritableMount<'a> = "config-mount-writable" { service: &'a str, target: &'a str }
    /// The same mount, written once and used by several services (`others`: how many more).
    struct WritableMany<'a> = "config-mount-writable-many" { service: &'a str, others: usize, target: &'a str }
    struct WritableHelp = "config-mount-writable-help" {}
    struct Strength<'a> = "config-mount-writable-strength" { service: &'a str }
}

const CONFIG_EXT: &[&str] = &[
    ".conf",
    ".cnf",
    ".cfg",
    ".ini",
    ".toml",
    ".yml",
    ".yaml",
    ".json",
    ".pem",
    ".crt",
    ".key",
    ".properties",
    ".xml",
    ".htpasswd",
];

/// A bind mount that carries configuration (not data, not sockets, not source code).
pub fn is_config_mount(m: &Mount) -> bool {
    let Some(src) = m.source.as_deref() else {
        return false;
    };
    if m.kind != MountKind::Bind || src.ends_with(".sock") || m.target.ends_with(".sock") {
        return false;
    }
    let lower = |s: &str| s.to_ascii_lowercase();
    let (src, target) = (lower(src), lower(&m.target));
    let config_file = |p: &str| CONFIG_EXT.iter().any(|e| p.ends_with(e));
    // system paths the container writes to (hosts' /etc/localtime is read, but harmless)
    let exempt = [
        "/etc/localtime",
        "/etc/timezone",
        "/etc/hosts",
        "/etc/resolv.conf",
    ];
    if exempt.iter().any(|e| target == *e) {
        return false;
    }
    target.starts_with("/etc/") || config_file(&src) || config_file(&target)
}

impl ConfigMountWritable {
    fn check(&self, project: &Project, cx: &mut Checker) {
        // one finding per mount as written: a mount shared through an anchor by several
        // services is one problem
        type Writable = (usize, Span, String, Vec<String>, Environment, Vec<usize>);
        let mut writable: Vec<Writable> = Vec::new();
        for s in &project.services {
            let d = deployment_of(project, s);
            if d.environment.is_non_prod() {
                continue;
            }
            let configs: Vec<_> = s
                .resolved
                .volumes
                .iter()
                .filter(|m| is_config_mount(&m.value))
                .collect();
            if configs.is_empty() {
                continue;
            }
            if configs.iter().all(|m| m.value.read_only) {
                cx.strength(
                    configs[0].file,
                    configs[0].value.span,
                    Strength { service: &s.name },
                );
                continue;
            }
            for m in configs.iter().filter(|m| !m.value.read_only) {
                match writable
                    .iter_mut()
                    .find(|w| w.0 == m.file && w.1 == m.value.span)
                {
                    Some(w) => {
                        if !w.3.contains(&s.name) {
                            w.3.push(s.name.clone());
                        }
                        if d.environment == Environment::Prod {
                            w.4 = Environment::Prod;
                        }
                        if !w.5.contains(&d.id) {
                            w.5.push(d.id);
                        }
                    }
                    None => writable.push((
                        m.file,
                        m.value.span,
                        m.value.target.clone(),
                        vec![s.name.clone()],
                        d.environment,
                        vec![d.id],
                    )),
                }
            }
        }
        for (file, span, target, services, env, deployments) in writable {
            let first = services.first().map(String::as_str).unwrap_or("");
            let msg: crate::message::Message = match services.len() {
                0 | 1 => WritableMount {
                    service: first,
                    target: &target,
                }
                .into(),
                n => WritableMany {
                    service: first,
                    others: n - 1,
                    target: &target,
                }
                .into(),
            };
            let f = cx.report(file, span, msg);
            f.help(WritableHelp {});
            for d in deployments {
                f.deployment(d);
            }
            if env == Environment::Prod {
                f.severity(Severity::Medium);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::is_config_mount;
    use seaworthy_syntax::compose::parse_mount;
    use seaworthy_syntax::Span;

    #[test]
    fn config_mounts() {
        let m = |s: &str| is_config_mount(&parse_mount(s, Span::EMPTY));
        assert!(m("./nginx/nginx.conf:/etc/nginx/nginx.conf"));
        assert!(m("./nginx/conf.d:/etc/nginx/conf.d:ro"));
        assert!(m("./settings.toml:/app/settings.toml"));
        assert!(m("./certs/site.pem:/certs/site.pem"));
        assert!(!m("./data:/var/lib/postgresql/data"));
        assert!(!m("pgdata:/var/lib/postgresql/data"));
        assert!(!m("/var/run/docker.sock:/var/run/docker.sock"));
        assert!(!m("/etc/localtime:/etc/localtime:ro"));
        assert!(!m("./src:/app/src"));
    }
}
