//! A typed view of a compose file over the YAML span tree: every field keeps the span it was
//! written at. Values are raw (not interpolated); the linter's compose model interpolates them
//! against the project's `.env`. Short and long syntaxes (ports, volumes, depends_on, environment,
//! healthcheck test, build) are normalized here.

use crate::span::Span;
use crate::yaml::{Kind, NodeId, Yaml};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Str {
    pub value: String,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Build {
    /// `build: .` or `build.context` (default `.`).
    pub context: String,
    pub dockerfile: Option<String>,
    pub target: Option<Str>,
    pub args: Vec<(Str, Option<Str>)>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Port {
    pub host_ip: Option<String>,
    /// Published (host) port or range as written; `None` when only the container port is given.
    pub published: Option<String>,
    pub target: String,
    pub protocol: Option<String>,
    pub span: Span,
}

impl Port {
    pub fn target_port(&self) -> Option<u16> {
        self.target.split('-').next()?.parse().ok()
    }
    pub fn published_port(&self) -> Option<u16> {
        self.published.as_deref()?.split('-').next()?.parse().ok()
    }
    /// Published on every interface (not bound to loopback).
    pub fn is_public(&self) -> bool {
        self.published.is_some()
            && !matches!(
                self.host_ip.as_deref(),
                Some("127.0.0.1" | "::1" | "localhost" | "[::1]")
            )
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MountKind {
    Bind,
    Volume,
    Tmpfs,
    Other,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mount {
    pub kind: MountKind,
    pub source: Option<String>,
    pub target: String,
    pub read_only: bool,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Healthcheck {
    /// The test as words (`CMD`/`CMD-SHELL` prefix removed); a `CMD-SHELL` string is one word.
    pub test: Vec<String>,
    /// `CMD-SHELL` or a plain string: run by a shell.
    pub shell: bool,
    pub disabled: bool,
    pub span: Span,
    pub test_span: Span,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dependency {
    pub service: String,
    /// `service_started` (short syntax), `service_healthy`, `service_completed_successfully`.
    pub condition: String,
    pub short_syntax: bool,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnvVar {
    pub key: String,
    pub value: Option<String>,
    pub key_span: Span,
    pub value_span: Option<Span>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Service {
    pub name: String,
    pub name_span: Span,
    pub node: NodeId,
    pub image: Option<Str>,
    pub build: Option<Build>,
    pub command: Option<(Vec<String>, Span)>,
    pub entrypoint: Option<(Vec<String>, Span)>,
    pub environment: Vec<EnvVar>,
    pub env_file: Vec<Str>,
    /// `env_file` entries with `required: false`: loaded when they exist.
    pub optional_env_files: Vec<String>,
    pub ports: Vec<Port>,
    pub expose: Vec<Str>,
    pub healthcheck: Option<Healthcheck>,
    pub depends_on: Vec<Dependency>,
    pub restart: Option<Str>,
    pub deploy_replicas: Option<u32>,
    pub has_limits: bool,
    /// `deploy.replicas` as written (a number, or a `${VAR:-2}` to interpolate), with its span.
    pub replicas: Option<Str>,
    /// The CPU limit as written: `deploy.resources.limits.cpus`, else the service-level `cpus:`.
    pub cpus: Option<Str>,
    pub networks: Vec<Str>,
    pub volumes: Vec<Mount>,
    pub secrets: Vec<Str>,
    pub profiles: Vec<String>,
    pub user: Option<Str>,
    pub privileged: Option<Span>,
    pub network_mode: Option<Str>,
    pub stop_grace_period: Option<Str>,
    pub container_name: Option<Str>,
    pub extends: Option<Str>,
    /// `extends: {file: ...}`: the file the extended service lives in (relative to this file).
    pub extends_file: Option<Str>,
    /// Attributes whose value carries a merge tag: (`ports`, `!reset`) or (`command`, `!override`).
    pub merge_tags: Vec<(String, String)>,
    /// Network aliases (`networks: {back: {aliases: [api]}}`): more DNS names of this service.
    pub aliases: Vec<Str>,
    /// `links:` entries as (service, alias): `db:database` lets this service reach `db` as
    /// `database`; `db` alone is (`db`, `db`).
    pub links: Vec<(String, Str)>,
    /// Host names of `extra_hosts:` (`api.internal:10.0.0.5`, or the mapping form): names this
    /// container resolves outside the compose network.
    pub extra_hosts: Vec<Str>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ComposeFile {
    pub version: Option<Str>,
    pub services: Vec<Service>,
    pub services_span: Option<Span>,
    pub networks: Vec<Str>,
    pub volumes: Vec<Str>,
    pub secrets: Vec<Str>,
    pub include: Vec<Str>,
    /// `include` entries with a `project_directory`: (path as written, project directory).
    pub include_project_dirs: Vec<(String, String)>,
    /// The document is not a mapping with `services` (a list, a scalar...).
    pub problems: Vec<(String, Span)>,
    /// Top-level networks declared `external: true` (created outside this project: other
    /// projects' containers may be on them).
    pub external_networks: Vec<String>,
}

fn s(y: &Yaml, id: NodeId) -> Option<Str> {
    y.as_str(id).map(|v| Str {
        value: v.to_string(),
        span: y.span(id),
    })
}

fn words(y: &Yaml, id: NodeId) -> Vec<String> {
    match y.as_seq(id) {
        Some(items) => items
            .iter()
            .filter_map(|i| y.as_str(*i).map(str::to_string))
            .collect(),
        None => y
            .as_str(id)
            .map(|v| crate::shell::words(v).into_iter().map(|w| w.text).collect())
            .unwrap_or_default(),
    }
}

fn keys(y: &Yaml, id: NodeId) -> Vec<Str> {
    if y.is_map(id) {
        y.entries(id)
            .into_iter()
            .filter_map(|(k, _)| s(y, k))
            .collect()
    } else {
        y.as_seq(id)
            .map(|v| v.iter().filter_map(|i| s(y, *i)).collect())
            .unwrap_or_default()
    }
}

/// Parse `[[ip:]published:]target[/proto]` short syntax.
pub fn parse_port(text: &str, span: Span) -> Port {
    let (body, protocol) = match text.rsplit_once('/') {
        Some((b, p)) => (b, Some(p.to_string())),
        None => (text, None),
    };
    // IPv6 host ips are bracketed: [::1]:8080:80
    let parts: Vec<&str> = if let Some(rest) = body.strip_prefix('[') {
        match rest.split_once(']') {
            Some((ip, tail)) => {
                let mut v = vec![ip];
                v.extend(tail.trim_start_matches(':').split(':'));
                v
            }
            None => body.split(':').collect(),
        }
    } else {
        body.split(':').collect()
    };
    let (host_ip, published, target) = match parts.as_slice() {
        [t] => (None, None, t.to_string()),
        [p, t] => (None, Some(p.to_string()), t.to_string()),
        [ip, p, t] => (
            Some(ip.to_string()),
            if p.is_empty() {
                None
            } else {
                Some(p.to_string())
            },
            t.to_string(),
        ),
        _ => (None, None, body.to_string()),
    };
    Port {
        host_ip,
        published,
        target,
        protocol,
        span,
    }
}

/// Parse `source:target[:ro]` short volume syntax.
pub fn parse_mount(text: &str, span: Span) -> Mount {
    let parts: Vec<&str> = text.split(':').collect();
    let (source, target, opts) = match parts.as_slice() {
        [t] => (None, t.to_string(), ""),
        [src, t] => (Some(src.to_string()), t.to_string(), ""),
        [src, t, o, ..] => (Some(src.to_string()), t.to_string(), *o),
        [] => (None, String::new(), ""),
    };
    let kind = match &source {
        None => MountKind::Volume,
        Some(src)
            if src.starts_with('.')
                || src.starts_with('/')
                || src.starts_with('~')
                || src.starts_with('$') =>
        {
            MountKind::Bind
        }
        Some(_) => MountKind::Volume,
    };
    Mount {
        kind,
        source,
        target,
        read_only: opts.split(',').any(|o| o == "ro"),
        span,
    }
}

fn service(y: &Yaml, name: Str, node: NodeId) -> Service {
    let mut sv = Service {
        name: name.value,
        name_span: name.span,
        node,
        ..Default::default()
    };
    if !y.is_map(node) {
        return sv;
    }
    for (k, v) in y.entries(node) {
        let Some(key) = y.as_str(k) else { continue };
        if let Some(tag @ ("!reset" | "!override")) = y.nodes.get(v).and_then(|n| n.tag.as_deref())
        {
            sv.merge_tags.push((key.to_string(), tag.to_string()));
        }
        match key {
            "image" => sv.image = s(y, v),
            "build" => {
                let mut b = Build {
                    context: ".".into(),
                    span: y.span(v),
                    ..Default::default()
                };
                if let Some(ctx) = y.as_str(v) {
                    b.context = ctx.to_string();
                } else if y.is_map(v) {
                    if let Some(c) = y.get(v, "context").and_then(|c| y.as_str(c)) {
                        b.context = c.to_string();
                    }
                    b.dockerfile = y
                        .get(v, "dockerfile")
                        .and_then(|d| y.as_str(d))
                        .map(str::to_string);
                    b.target = y.get(v, "target").and_then(|t| s(y, t));
                    if let Some(args) = y.get(v, "args") {
                        if y.is_map(args) {
                            for (ak, av) in y.entries(args) {
                                if let Some(k) = s(y, ak) {
                                    b.args
                                        .push((k, if y.is_null(av) { None } else { s(y, av) }));
                                }
                            }
                        } else if let Some(items) = y.as_seq(args) {
                            for i in items {
                                if let Some(t) = s(y, *i) {
                                    match t.value.split_once('=') {
                                        Some((k, val)) => b.args.push((
                                            Str {
                                                value: k.into(),
                                                span: t.span,
                                            },
                                            Some(Str {
                                                value: val.into(),
                                                span: t.span,
                                            }),
                                        )),
                                        None => b.args.push((t, None)),
                                    }
                                }
                            }
                        }
                    }
                }
                sv.build = Some(b);
            }
            "command" => sv.command = Some((words(y, v), y.span(v))),
            "entrypoint" => sv.entrypoint = Some((words(y, v), y.span(v))),
            "environment" => {
                if y.is_map(v) {
                    for (ek, ev) in y.entries(v) {
                        if let Some(key) = y.as_str(ek) {
                            let null = y.is_null(ev);
                            sv.environment.push(EnvVar {
                                key: key.to_string(),
                                value: if null {
                                    None
                                } else {
                                    y.as_str(ev).map(str::to_string)
                                },
                                key_span: y.span(ek),
                                value_span: if null { None } else { Some(y.span(ev)) },
                            });
                        }
                    }
                } else if let Some(items) = y.as_seq(v) {
                    for i in items {
                        let Some(t) = y.as_str(*i) else { continue };
                        let sp = y.span(*i);
                        match t.split_once('=') {
                            Some((key, val)) => {
                                // value span: after `key=` inside the scalar (quotes may shift it; keep the item span then)
                                let raw = sp.slice_str_checked(y, *i);
                                let vspan = raw
                                    .and_then(|r| {
                                        r.find('=').map(|p| {
                                            Span::new(sp.start as usize + p + 1, sp.end as usize)
                                        })
                                    })
                                    .unwrap_or(sp);
                                sv.environment.push(EnvVar {
                                    key: key.to_string(),
                                    value: Some(val.to_string()),
                                    key_span: sp,
                                    value_span: Some(vspan),
                                });
                            }
                            None => sv.environment.push(EnvVar {
                                key: t.to_string(),
                                value: None,
                                key_span: sp,
                                value_span: None,
                            }),
                        }
                    }
                }
            }
            "env_file" => {
                if let Some(one) = s(y, v) {
                    sv.env_file.push(one);
                } else if let Some(items) = y.as_seq(v) {
                    for i in items {
                        if let Some(p) = s(y, *i) {
                            sv.env_file.push(p);
                        } else if let Some(p) = y.get(*i, "path").and_then(|p| s(y, p)) {
                            let optional = y
                                .get(*i, "required")
                                .and_then(|r| y.as_str(r))
                                .is_some_and(|r| r == "false");
                            if optional {
                                sv.optional_env_files.push(p.value.clone());
                            }
                            sv.env_file.push(p);
                        }
                    }
                }
            }
            "ports" => {
                for i in y.as_seq(v).unwrap_or(&[]) {
                    if let Some(t) = y.as_str(*i) {
                        sv.ports.push(parse_port(t, y.span(*i)));
                    } else if y.is_map(*i) {
                        let get =
                            |k: &str| y.get(*i, k).and_then(|n| y.as_str(n)).map(str::to_string);
                        sv.ports.push(Port {
                            host_ip: get("host_ip"),
                            published: get("published"),
                            target: get("target").unwrap_or_default(),
                            protocol: get("protocol"),
                            span: y.span(*i),
                        });
                    }
                }
            }
            "expose" => {
                sv.expose = y
                    .as_seq(v)
                    .map(|items| items.iter().filter_map(|i| s(y, *i)).collect())
                    .unwrap_or_default()
            }
            "healthcheck" => {
                let disabled = y.get(v, "disable").and_then(|d| y.as_str(d)) == Some("true");
                let (test, shell, test_span) = match y.get(v, "test") {
                    Some(t) => {
                        let sp = y.span(t);
                        if let Some(items) = y.as_seq(t) {
                            let w: Vec<String> = items
                                .iter()
                                .filter_map(|i| y.as_str(*i).map(str::to_string))
                                .collect();
                            match w.first().map(String::as_str) {
                                Some("CMD-SHELL") => (w[1..].to_vec(), true, sp),
                                Some("CMD") => (w[1..].to_vec(), false, sp),
                                Some("NONE") => (Vec::new(), false, sp),
                                _ => (w, false, sp),
                            }
                        } else {
                            (
                                y.as_str(t).map(|x| vec![x.to_string()]).unwrap_or_default(),
                                true,
                                sp,
                            )
                        }
                    }
                    None => (Vec::new(), false, y.span(v)),
                };
                let none = y
                    .get(v, "test")
                    .and_then(|t| y.as_seq(t))
                    .and_then(|i| i.first().copied())
                    .and_then(|f| y.as_str(f))
                    == Some("NONE");
                sv.healthcheck = Some(Healthcheck {
                    test,
                    shell,
                    disabled: disabled || none,
                    span: y.span(k).cover(y.span(v)),
                    test_span,
                });
            }
            "depends_on" => {
                if let Some(items) = y.as_seq(v) {
                    for i in items {
                        if let Some(n) = y.as_str(*i) {
                            sv.depends_on.push(Dependency {
                                service: n.to_string(),
                                condition: "service_started".into(),
                                short_syntax: true,
                                span: y.span(*i),
                            });
                        }
                    }
                } else if y.is_map(v) {
                    for (dk, dv) in y.entries(v) {
                        if let Some(n) = y.as_str(dk) {
                            let cond = y
                                .get(dv, "condition")
                                .and_then(|c| y.as_str(c))
                                .unwrap_or("service_started");
                            sv.depends_on.push(Dependency {
                                service: n.to_string(),
                                condition: cond.to_string(),
                                short_syntax: false,
                                span: y.span(dk),
                            });
                        }
                    }
                }
            }
            "restart" => sv.restart = s(y, v),
            "deploy" => {
                sv.deploy_replicas = y
                    .get(v, "replicas")
                    .and_then(|r| y.as_str(r))
                    .and_then(|r| r.parse().ok());
                sv.has_limits = y
                    .get(v, "resources")
                    .and_then(|r| y.get(r, "limits"))
                    .is_some();
                sv.replicas = y.get(v, "replicas").and_then(|r| s(y, r));
                if let Some(c) = y
                    .get(v, "resources")
                    .and_then(|r| y.get(r, "limits"))
                    .and_then(|l| y.get(l, "cpus"))
                    .and_then(|c| s(y, c))
                {
                    sv.cpus = Some(c);
                }
            }
            "cpus" => {
                sv.has_limits = true;
                if sv.cpus.is_none() {
                    sv.cpus = s(y, v);
                }
            }
            "mem_limit" | "memswap_limit" => sv.has_limits = true,
            "networks" => {
                sv.networks = keys(y, v);
                if y.is_map(v) {
                    for (_, nv) in y.entries(v) {
                        if let Some(items) = y.get(nv, "aliases").and_then(|a| y.as_seq(a)) {
                            sv.aliases.extend(items.iter().filter_map(|i| s(y, *i)));
                        }
                    }
                }
            }
            "links" | "external_links" => {
                for i in y.as_seq(v).unwrap_or(&[]) {
                    if let Some(t) = s(y, *i) {
                        let (target, alias) = match t.value.split_once(':') {
                            Some((a, b)) => (a.to_string(), b.to_string()),
                            None => (t.value.clone(), t.value.clone()),
                        };
                        sv.links.push((
                            target,
                            Str {
                                value: alias,
                                span: t.span,
                            },
                        ));
                    }
                }
            }
            "extra_hosts" => {
                if y.is_map(v) {
                    sv.extra_hosts.extend(keys(y, v));
                } else {
                    for i in y.as_seq(v).unwrap_or(&[]) {
                        if let Some(t) = s(y, *i) {
                            // `host:ip` or `host=ip` (IPv6 addresses hold colons too)
                            let host = t.value.split(['=', ':']).next().unwrap_or("").to_string();
                            sv.extra_hosts.push(Str {
                                value: host,
                                span: t.span,
                            });
                        }
                    }
                }
            }
            "volumes" => {
                for i in y.as_seq(v).unwrap_or(&[]) {
                    if let Some(t) = y.as_str(*i) {
                        sv.volumes.push(parse_mount(t, y.span(*i)));
                    } else if y.is_map(*i) {
                        let get =
                            |k: &str| y.get(*i, k).and_then(|n| y.as_str(n)).map(str::to_string);
                        let kind = match get("type").as_deref() {
                            Some("bind") => MountKind::Bind,
                            Some("volume") => MountKind::Volume,
                            Some("tmpfs") => MountKind::Tmpfs,
                            _ => MountKind::Other,
                        };
                        sv.volumes.push(Mount {
                            kind,
                            source: get("source"),
                            target: get("target").unwrap_or_default(),
                            read_only: get("read_only").as_deref() == Some("true"),
                            span: y.span(*i),
                        });
                    }
                }
            }
            "secrets" => {
                sv.secrets = keys(y, v)
                    .into_iter()
                    .chain(
                        y.as_seq(v)
                            .unwrap_or(&[])
                            .iter()
                            .filter_map(|i| y.get(*i, "source").and_then(|src| s(y, src))),
                    )
                    .collect()
            }
            "profiles" => sv.profiles = words(y, v),
            "user" => sv.user = s(y, v),
            "privileged" if y.as_str(v) == Some("true") => {
                sv.privileged = Some(y.span(k).cover(y.span(v)));
            }
            "network_mode" => sv.network_mode = s(y, v),
            "stop_grace_period" => sv.stop_grace_period = s(y, v),
            "container_name" => sv.container_name = s(y, v),
            "extends" => {
                sv.extends = s(y, v).or_else(|| y.get(v, "service").and_then(|n| s(y, n)));
                sv.extends_file = y.get(v, "file").and_then(|n| s(y, n));
            }
            _ => {}
        }
    }
    sv
}

trait SliceChecked {
    fn slice_str_checked<'a>(&self, y: &'a Yaml, id: NodeId) -> Option<&'a str>;
}

impl SliceChecked for Span {
    fn slice_str_checked<'a>(&self, y: &'a Yaml, id: NodeId) -> Option<&'a str> {
        // the scalar's raw text is not stored; when the value equals the raw text, positions match
        match &y.node(id).kind {
            Kind::Scalar {
                value,
                quoted: false,
            } => Some(value.as_str()),
            _ => None,
        }
    }
}

/// Build the typed view of the first document.
pub fn view(y: &Yaml) -> ComposeFile {
    let mut cf = ComposeFile::default();
    let Some(root) = y.root() else { return cf };
    if !y.is_map(root) {
        cf.problems.push((
            "a compose file must be a mapping (`services:` ...), not a list or a scalar".into(),
            y.span(root),
        ));
        return cf;
    }
    for (k, v) in y.entries(root) {
        let Some(key) = y.as_str(k) else { continue };
        match key {
            "version" => {
                cf.version = s(y, k).map(|kk| Str {
                    value: y.as_str(v).unwrap_or("").to_string(),
                    span: kk.span.cover(y.span(v)),
                })
            }
            "services" => {
                cf.services_span = Some(y.span(k));
                if y.is_map(v) {
                    for (sk, sv) in y.entries(v) {
                        if let Some(name) = s(y, sk) {
                            cf.services.push(service(y, name, sv));
                        }
                    }
                } else if !y.is_null(v) {
                    cf.problems.push((
                        "`services` must be a mapping of service names".into(),
                        y.span(v),
                    ));
                }
            }
            "networks" => {
                cf.networks = keys(y, v);
                if y.is_map(v) {
                    for (nk, nv) in y.entries(v) {
                        let external = y.get(nv, "external").is_some_and(|e| {
                            y.is_map(e) || y.as_str(e).is_some_and(|x| x == "true")
                        });
                        if let (true, Some(n)) = (external, y.as_str(nk)) {
                            cf.external_networks.push(n.to_string());
                        }
                    }
                }
            }
            "volumes" => cf.volumes = keys(y, v),
            "secrets" => cf.secrets = keys(y, v),
            "include" => {
                for i in y.as_seq(v).unwrap_or(&[]) {
                    if let Some(p) = s(y, *i) {
                        cf.include.push(p);
                    } else if let Some(p) = y.get(*i, "path").and_then(|p| s(y, p)) {
                        if let Some(pd) = y.get(*i, "project_directory").and_then(|d| y.as_str(d)) {
                            cf.include_project_dirs
                                .push((p.value.clone(), pd.to_string()));
                        }
                        cf.include.push(p);
                    }
                }
            }
            _ => {}
        }
    }
    cf
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn services_and_fields() {
        let src = r#"version: "3.8"
services:
  api:
    build:
      context: ./backend
      dockerfile: Dockerfile.prod
      target: production
    ports:
      - "127.0.0.1:8000:8000"
      - target: 9000
        published: "9000"
    environment:
      DEBUG: "1"
      EMPTY:
    depends_on:
      db:
        condition: service_healthy
    healthcheck:
      test: ["CMD-SHELL", "curl -f http://localhost/ || exit 1"]
    volumes:
      - ./config:/etc/app:ro
      - data:/var/lib/data
  db:
    image: postgres:16
    environment:
      - POSTGRES_PASSWORD=app
    depends_on: [cache]
"#;
        let y = crate::yaml::parse(src);
        let cf = view(&y);
        assert_eq!(cf.version.as_ref().map(|v| v.value.as_str()), Some("3.8"));
        let api = &cf.services[0];
        let b = api.build.as_ref().unwrap();
        assert_eq!(
            (b.context.as_str(), b.dockerfile.as_deref()),
            ("./backend", Some("Dockerfile.prod"))
        );
        assert_eq!(api.ports[0].host_ip.as_deref(), Some("127.0.0.1"));
        assert!(!api.ports[0].is_public());
        assert_eq!(api.ports[1].published_port(), Some(9000));
        assert_eq!(api.environment[1].value, None);
        assert_eq!(api.depends_on[0].condition, "service_healthy");
        let hc = api.healthcheck.as_ref().unwrap();
        assert!(hc.shell);
        assert_eq!(hc.test, vec!["curl -f http://localhost/ || exit 1"]);
        assert!(api.volumes[0].read_only && api.volumes[0].kind == MountKind::Bind);
        assert_eq!(api.volumes[1].kind, MountKind::Volume);
        let db = &cf.services[1];
        assert_eq!(db.environment[0].key, "POSTGRES_PASSWORD");
        assert_eq!(db.environment[0].value.as_deref(), Some("app"));
        assert_eq!(db.environment[0].value_span.unwrap().slice(src), "app");
        assert!(db.depends_on[0].short_syntax);
    }

    #[test]
    fn dns_names_and_external_networks() {
        let src = "services:\n  api:\n    image: a\n    networks:\n      back:\n        aliases: [backend, api.internal]\n    links: [\"db:database\", cache]\n    extra_hosts:\n      - \"host.docker.internal:host-gateway\"\n      - \"legacy=10.0.0.5\"\n  web:\n    image: b\n    extra_hosts:\n      upstream.example: 10.0.0.9\nnetworks:\n  back: {}\n  edge:\n    external: true\n  shared:\n    external:\n      name: proxy\n";
        let y = crate::yaml::parse(src);
        let cf = view(&y);
        let api = &cf.services[0];
        let aliases: Vec<&str> = api.aliases.iter().map(|a| a.value.as_str()).collect();
        assert_eq!(aliases, ["backend", "api.internal"]);
        let links: Vec<(&str, &str)> = api
            .links
            .iter()
            .map(|(t, a)| (t.as_str(), a.value.as_str()))
            .collect();
        assert_eq!(links, [("db", "database"), ("cache", "cache")]);
        let hosts: Vec<&str> = api.extra_hosts.iter().map(|h| h.value.as_str()).collect();
        assert_eq!(hosts, ["host.docker.internal", "legacy"]);
        assert_eq!(cf.services[1].extra_hosts[0].value, "upstream.example");
        assert_eq!(cf.external_networks, ["edge", "shared"]);
    }

    #[test]
    fn ports() {
        let p = parse_port("8080:80/udp", Span::EMPTY);
        assert_eq!(
            (p.published_port(), p.target_port(), p.protocol.as_deref()),
            (Some(8080), Some(80), Some("udp"))
        );
        let p = parse_port("[::1]:5432:5432", Span::EMPTY);
        assert_eq!(p.host_ip.as_deref(), Some("::1"));
        assert!(!p.is_public());
        let p = parse_port("3000", Span::EMPTY);
        assert!(p.published.is_none());
    }

    #[test]
    fn not_a_mapping() {
        let cf = view(&crate::yaml::parse("- a\n- b\n"));
        assert_eq!(cf.problems.len(), 1);
    }
}
