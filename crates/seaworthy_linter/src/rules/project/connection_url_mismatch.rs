use crate::declare_rule;
use crate::diagnostic::Severity;
use crate::message::Message;
use crate::meta::Confidence;
use crate::project::service::{CommandSource, EnvSource, EnvValue, ImageSource, Service};
use crate::project::{FileId, Project};
use crate::rule::Checker;
use crate::rules::compose::by_env;
use seaworthy_syntax::Span;

declare_rule! {
    /// ## What it does
    /// Checks connection URLs in a service's environment (`DATABASE_URL`, `CELERY_BROKER_URL`,
    /// `REDIS_URL`, any `postgresql://`, `mysql://`, `redis://`, `amqp://`, `mongodb://` value)
    /// against the database or broker service of the same stack: a `localhost` host inside a
    /// container, a port the service does not listen on inside the network (often the published
    /// host port), and a user, password or database name that differs from the one the
    /// database container creates (`POSTGRES_USER`, `POSTGRES_PASSWORD`, `POSTGRES_DB`,
    /// `MYSQL_*`, `RABBITMQ_DEFAULT_*`). For Redis: a URL without a password, or with another
    /// one, to a Redis started with `--requirepass` (or a bitnami image with `REDIS_PASSWORD`);
    /// a password sent to a Redis that requires none is harmless and not reported.
    ///
    /// ## Why is this bad?
    /// Inside a container `localhost` is the container itself, not the database; a published
    /// port (`5433:5432`) exists on the host, not on the compose network; and the official
    /// images create exactly the user, password and database their environment names. Each
    /// mismatch makes the app fail at its first query, or only after a restart when a cached
    /// connection is gone; a Redis that requires a password answers every command of a client
    /// without it with `NOAUTH`, and with another one with `WRONGPASS`.
    ///
    /// ## Example
    /// ```yaml path=compose.yaml
    /// services:
    ///   api:
    ///     image: ghcr.io/acme/api:1.4.0
    ///     environment:
    ///       DATABASE_URL: postgresql://app:secret@localhost:5432/app
    ///   db:
    ///     image: postgres:16
    ///     environment:
    ///       POSTGRES_USER: app
    ///       POSTGRES_PASSWORD: secret
    ///       POSTGRES_DB: app
    /// ```
    ///
    /// ## Use instead
    /// ```yaml path=compose.yaml
    /// services:
    ///   api:
    ///     image: ghcr.io/acme/api:1.4.0
    ///     environment:
    ///       DATABASE_URL: postgresql://app:secret@db:5432/app
    ///   db:
    ///     image: postgres:16
    ///     environment:
    ///       POSTGRES_USER: app
    ///       POSTGRES_PASSWORD: secret
    ///       POSTGRES_DB: app
    /// ```
    ///
    /// ## References
    /// - <https://docs.docker.com/compose/how-tos/networking/>
    /// - <https://hub.docker.com/_/postgres>
    /// - <https://hub.docker.com/_/mysql>
    /// - <https://hub.docker.com/_/rabbitmq>
    /// - <https://redis.io/docs/latest/operate/oss_and_stack/management/security/#authentication>
    pub struct ConnectionUrlMismatch {
        code: "SW6040",
        name: "connection-url-mismatch",
        family: Project,
        severity: High,
        category: Reliability,
        summary: "Connection URL disagrees with the database or broker service",
    }
}

crate::message! {
    /// A URL to `localhost` (or a loopback address) inside a container.
    struct Localhost<'a> = "connection-url-mismatch-localhost" { key: &'a str, service: &'a str, host: &'a str, kind: &'a str, target: &'a str }
    struct LocalhostHelp<'a> = "connection-url-mismatch-localhost-help" { host: &'a str }
    /// A URL that disagrees with its database or broker service. Each problem is a select:
    /// `port`: `no`, `published` (the host port) or `listens`; `user`, `password`, `database`:
    /// `no`, `first` (the first problem) or `next` (after another); `redis`: `no`, `noauth`
    /// or `wrongpass`, with `auth` naming where the password is set (`requirepass`, `bitnami`).
    struct Mismatch<'a> = "connection-url-mismatch" { key: &'a str, service: &'a str, kind: &'a str, target: &'a str, port: &'a str, port_num: u16, listens: &'a str, user: &'a str, user_mine: &'a str, user_created: &'a str, user_key: &'a str, password: &'a str, root: bool, password_key: &'a str, database: &'a str, database_mine: &'a str, database_created: &'a str, database_key: &'a str, redis: &'a str, auth: &'a str }
    /// The help of a mismatch: `port` says the port is wrong (then `host:container_port`),
    /// `then` what else to do: `none`, `variables`, `put`, `password`.
    struct MismatchHelp<'a> = "connection-url-mismatch-help" { port: bool, host: &'a str, container_port: u16, then: &'a str, target: &'a str }
    struct RelatedTarget<'a> = "connection-url-mismatch-related-target" { kind: &'a str, target: &'a str }
    struct RelatedService<'a> = "connection-url-mismatch-related-service" { service: &'a str }
    struct RelatedPublished = "connection-url-mismatch-related-published" {}
    /// `what`: `user`, `password`, `database` or `root-password`.
    struct RelatedCreated<'a> = "connection-url-mismatch-related-created" { what: &'a str, target: &'a str }
    struct RelatedRequired<'a> = "connection-url-mismatch-related-required" { target: &'a str }
}

/// The parts of a `scheme://user:pass@host:port/path` URL.
struct Url<'a> {
    scheme: String,
    user: Option<&'a str>,
    password: Option<&'a str>,
    host: &'a str,
    port: Option<u16>,
    path: &'a str,
}

fn parse_url(v: &str) -> Option<Url<'_>> {
    let (scheme, rest) = v.split_once("://")?;
    let scheme = scheme.split('+').next()?.to_ascii_lowercase();
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(end);
    let (userinfo, hostport) = match authority.rfind('@') {
        Some(i) => (Some(&authority[..i]), &authority[i + 1..]),
        None => (None, authority),
    };
    if hostport.contains(',') || hostport.is_empty() {
        return None;
    }
    let (host, port) = if let Some(h) = hostport.strip_prefix('[') {
        let (h, p) = h.split_once(']')?;
        (h, p.strip_prefix(':'))
    } else {
        match hostport.rsplit_once(':') {
            Some((h, p)) => (h, Some(p)),
            None => (hostport, None),
        }
    };
    let port = match port {
        Some(p) => Some(p.parse().ok()?),
        None => None,
    };
    let (user, password) = match userinfo {
        Some(u) => match u.split_once(':') {
            Some((a, b)) => (Some(a), Some(b)),
            None => (Some(u), None),
        },
        None => (None, None),
    };
    let path = tail
        .strip_prefix('/')
        .map(|p| p.split(['?', '#']).next().unwrap_or(""))
        .unwrap_or("");
    Some(Url {
        scheme,
        user: user.filter(|u| !u.is_empty()),
        password: password.filter(|p| !p.is_empty()),
        host,
        port,
        path,
    })
}

/// The known service (services.toml name) a URL scheme connects to.
fn service_for_scheme(scheme: &str) -> Option<&'static str> {
    Some(match scheme {
        "postgres" | "postgresql" | "pgsql" => "PostgreSQL",
        "mysql" | "mariadb" => "MySQL/MariaDB",
        "redis" | "rediss" => "Redis",
        "amqp" | "amqps" | "pyamqp" => "RabbitMQ",
        "mongodb" => "MongoDB",
        _ => return None,
    })
}

/// A value fully known without guessing: literal, or interpolated from variables that are all
/// set or defaulted. The bool says a compose default was used.
fn known_value(project: &Project, e: &EnvValue) -> Option<(String, bool)> {
    let value = e.value.as_ref()?;
    let raw = e.raw.as_deref().unwrap_or(value);
    match e.source {
        EnvSource::Compose { file, .. } if raw.contains('$') => {
            let doc = project.compose.doc(file)?;
            let i = doc.interpolate(raw);
            if i.refs.iter().any(|r| r.unresolved) || !i.errors.is_empty() {
                return None;
            }
            let defaulted = i.refs.iter().any(|r| r.used_default);
            (!i.value.contains('$')).then_some((i.value, defaulted))
        }
        _ => (!value.contains('$')).then(|| (value.clone(), false)),
    }
}

/// The credentials the database or broker container creates: (what, env key, value).
fn created(project: &Project, t: &Service, scheme: &str) -> Vec<(&'static str, EnvValueRef)> {
    let keys: &[(&str, &[&str])] = match service_for_scheme(scheme) {
        Some("PostgreSQL") => &[
            ("user", &["POSTGRES_USER", "POSTGRESQL_USERNAME"]),
            ("password", &["POSTGRES_PASSWORD", "POSTGRESQL_PASSWORD"]),
            ("database", &["POSTGRES_DB", "POSTGRESQL_DATABASE"]),
        ],
        Some("MySQL/MariaDB") => &[
            ("user", &["MYSQL_USER", "MARIADB_USER"]),
            ("password", &["MYSQL_PASSWORD", "MARIADB_PASSWORD"]),
            (
                "root-password",
                &["MYSQL_ROOT_PASSWORD", "MARIADB_ROOT_PASSWORD"],
            ),
        ],
        Some("RabbitMQ") => &[
            ("user", &["RABBITMQ_DEFAULT_USER"]),
            ("password", &["RABBITMQ_DEFAULT_PASS"]),
        ],
        _ => &[],
    };
    let mut out = Vec::new();
    for (what, names) in keys {
        for n in *names {
            if let Some(e) = t.env_value(n) {
                if let Some((v, defaulted)) = known_value(project, e) {
                    if !v.is_empty() {
                        out.push((
                            *what,
                            EnvValueRef {
                                key: n,
                                value: v,
                                defaulted,
                                at: e.source.location(),
                            },
                        ));
                    }
                }
                break;
            }
        }
    }
    out
}

/// A related place: file, span, label.
type Place = (FileId, Span, Message);

struct EnvValueRef {
    key: &'static str,
    value: String,
    defaulted: bool,
    at: (FileId, Span),
}

/// Users and databases can come from init scripts (`/docker-entrypoint-initdb.d`) or a
/// definitions file: then the image's variables are not the whole story.
fn has_init_scripts(t: &Service) -> bool {
    t.resolved.volumes.iter().any(|m| {
        m.value.target.contains("docker-entrypoint-initdb.d")
            || m.value.target.contains("definitions.json")
            || m.value.target.contains("/etc/rabbitmq")
    }) || t.env.iter().any(|e| {
        e.key.ends_with("_FILE")
            || e.key == "RABBITMQ_DEFINITIONS_FILE"
            || e.key == "POSTGRES_MULTIPLE_DATABASES"
    })
}

/// The password a Redis service requires, as far as the stack says.
enum RedisAuth {
    /// `--requirepass` (or bitnami's `REDIS_PASSWORD`) with a value known without guessing;
    /// `what` is `requirepass` or `bitnami` (where the password is set).
    Known {
        value: String,
        defaulted: bool,
        what: &'static str,
        at: (FileId, Span),
    },
    /// A password is required, its value is not known here (an unset variable, a file).
    Unknown {
        what: &'static str,
        at: (FileId, Span),
    },
}

/// `$NAME` / `${NAME}` alone: a reference to the container's own environment.
fn env_reference(v: &str) -> Option<&str> {
    let n = v.strip_prefix('$')?;
    let n = n
        .strip_prefix('{')
        .and_then(|n| n.strip_suffix('}'))
        .unwrap_or(n);
    (!n.is_empty() && n.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')).then_some(n)
}

/// Does Redis service `t` require a password: `redis-server --requirepass X` in its command,
/// or `REDIS_PASSWORD` of a bitnami image (which sets `requirepass` from it)? `None`: it does
/// not, as far as the stack shows (then a URL with a password is harmless).
fn redis_auth(project: &Project, t: &Service) -> Option<RedisAuth> {
    let from_env = |key: &str, what: &'static str| -> Option<RedisAuth> {
        let e = t.env_value(key)?;
        let at = e.source.location();
        Some(match known_value(project, e) {
            Some((value, defaulted)) if !value.is_empty() => RedisAuth::Known {
                value,
                defaulted,
                what,
                at,
            },
            Some(_) => return None,
            None => RedisAuth::Unknown { what, at },
        })
    };
    if let Some(c) = &t.command {
        let words = if c.server.is_empty() {
            &c.argv
        } else {
            &c.server
        };
        let value = words.iter().enumerate().find_map(|(i, w)| {
            if w == "--requirepass" {
                words.get(i + 1).cloned()
            } else {
                w.strip_prefix("--requirepass=").map(str::to_string)
            }
        });
        if let Some(raw) = value {
            let what = "requirepass";
            let at = (c.file, c.span);
            let doc = (c.source == CommandSource::Compose)
                .then(|| project.compose.doc(c.file))
                .flatten();
            let (v, defaulted) = match doc {
                Some(doc) if raw.contains('$') => {
                    let i = doc.interpolate(&raw);
                    if i.refs.iter().any(|r| r.unresolved) || !i.errors.is_empty() {
                        return Some(RedisAuth::Unknown { what, at });
                    }
                    (i.value, i.refs.iter().any(|r| r.used_default))
                }
                _ => (raw, false),
            };
            if let Some(name) = env_reference(&v) {
                return from_env(name, what).or(Some(RedisAuth::Unknown { what, at }));
            }
            if v.contains('$') || v.is_empty() {
                return Some(RedisAuth::Unknown { what, at });
            }
            return Some(RedisAuth::Known {
                value: v,
                defaulted,
                what,
                at,
            });
        }
    }
    let bitnami =
        matches!(&t.image, ImageSource::Pull { image, .. } if image.contains("bitnami/redis"));
    if bitnami {
        return from_env("REDIS_PASSWORD", "bitnami");
    }
    None
}

impl ConnectionUrlMismatch {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for d in &project.deployments {
            let services = project.services_in(d.id);
            // the deployment's known services by what they are (one lookup per URL, not a scan)
            let mut by_known: std::collections::HashMap<&str, Vec<&Service>> = Default::default();
            for t in services {
                if let Some(k) = t.known {
                    by_known.entry(k.name.as_str()).or_default().push(t);
                }
            }
            for s in services {
                if s.known.is_some() || s.resolved.network_mode.is_some() {
                    continue;
                }
                for e in &s.env {
                    let Some((value, defaulted)) = known_value(project, e) else {
                        continue;
                    };
                    let Some(url) = parse_url(&value) else {
                        continue;
                    };
                    let Some(want) = service_for_scheme(&url.scheme) else {
                        continue;
                    };
                    let targets = by_known.get(want).map(Vec::as_slice).unwrap_or_default();
                    // one service of that kind, or the one of several the URL's host names
                    let t = match targets {
                        [t] => *t,
                        many => match many
                            .iter()
                            .find(|t| t.dns_names.iter().any(|n| n.eq_ignore_ascii_case(url.host)))
                        {
                            Some(t) => *t,
                            None => continue,
                        },
                    };
                    let (file, span) = e.source.location();
                    let sev = by_env(
                        d.environment,
                        Severity::High,
                        Severity::High,
                        Severity::Medium,
                    );
                    let cap = if defaulted {
                        Confidence::Medium
                    } else {
                        Confidence::High
                    };
                    let host = url.host.to_ascii_lowercase();
                    if matches!(host.as_str(), "localhost" | "127.0.0.1" | "::1" | "0.0.0.0") {
                        cx.report_in(
                            d,
                            file,
                            span,
                            Localhost {
                                key: &e.key,
                                service: &s.name,
                                host: url.host,
                                kind: want,
                                target: &t.name,
                            },
                        )
                        .severity(sev)
                        .at_most(cap)
                        .group(format!("{}:{}:{}:localhost", file, span.start, d.id))
                        .help(LocalhostHelp {
                            host: t.dns_names.first().unwrap_or(&t.name),
                        })
                        .related(
                            t.defined_at.0,
                            t.defined_at.1,
                            RelatedTarget {
                                kind: want,
                                target: &t.name,
                            },
                        )
                        .related(
                            s.defined_at.0,
                            s.defined_at.1,
                            RelatedService { service: &s.name },
                        );
                        continue;
                    }
                    if !t.dns_names.iter().any(|n| n.eq_ignore_ascii_case(&host)) {
                        continue;
                    }
                    // the port on the compose network
                    let sets_port = t.command.as_ref().is_some_and(|c| {
                        c.server.iter().any(|w| {
                            w == "-p"
                                || w.starts_with("--port")
                                || w.starts_with("port=")
                                || w.contains("listen")
                        })
                    }) || t
                        .env
                        .iter()
                        .any(|e| e.key.ends_with("PORT") || e.key == "PGPORT");
                    let ports = t.container_ports();
                    // the problems, in the order they are said, and their related places
                    let mut related: Vec<Place> = Vec::new();
                    let mut problems = 0usize;
                    let mut port = ("no", 0u16, String::new());
                    let mut container_port = None;
                    let mut then = "none";
                    let mut cap = cap;
                    if let Some(p) = url.port {
                        if !sets_port && !ports.is_empty() && !ports.contains(&p) {
                            let published =
                                t.published().find(|l| l.value.published_port() == Some(p));
                            let listens = ports
                                .iter()
                                .map(u16::to_string)
                                .collect::<Vec<_>>()
                                .join(", ");
                            port = (
                                if published.is_some() {
                                    "published"
                                } else {
                                    "listens"
                                },
                                p,
                                listens,
                            );
                            problems += 1;
                            if let Some(pb) = published {
                                related.push((pb.file, pb.value.span, RelatedPublished {}.into()));
                            }
                            container_port = ports.first().copied();
                        }
                    }
                    // (position: `first` or `next`, mine, created, key) by what
                    let mut user = ("no", "", String::new(), "");
                    let mut password = ("no", false, "");
                    let mut database = ("no", "", String::new(), "");
                    if !has_init_scripts(t) {
                        let root = url.user == Some("root");
                        for (what, c) in created(project, t, &url.scheme) {
                            let mine = match what {
                                "user" if !root => url.user,
                                "database" => Some(url.path).filter(|p| !p.is_empty()),
                                "password" if !root => url.password,
                                "root-password" if root => url.password,
                                _ => continue,
                            };
                            let Some(mine) = mine else { continue };
                            if mine.contains('%') || mine == c.value {
                                continue;
                            }
                            if c.defaulted {
                                cap = Confidence::Medium;
                            }
                            let position = if problems == 0 { "first" } else { "next" };
                            problems += 1;
                            match what {
                                "user" => user = (position, mine, c.value, c.key),
                                "database" => database = (position, mine, c.value, c.key),
                                _ => password = (position, what == "root-password", c.key),
                            }
                            related.push((
                                c.at.0,
                                c.at.1,
                                RelatedCreated {
                                    what,
                                    target: &t.name,
                                }
                                .into(),
                            ));
                            then = "variables";
                        }
                    }
                    let mut redis = ("no", "");
                    if want == "Redis" {
                        // the app may build the URL from a separate password variable
                        let separate = s.env.iter().any(|e| {
                            let k = e.key.to_ascii_uppercase();
                            k.contains("REDIS") && k.contains("PASS")
                                || k == "CELERY_BROKER_PASSWORD"
                        });
                        match (redis_auth(project, t), url.user, url.password) {
                            (
                                Some(
                                    RedisAuth::Known { what, at, .. }
                                    | RedisAuth::Unknown { what, at },
                                ),
                                None,
                                None,
                            ) if !separate => {
                                problems += 1;
                                redis = ("noauth", what);
                                related.push((
                                    at.0,
                                    at.1,
                                    RelatedRequired { target: &t.name }.into(),
                                ));
                                then = "put";
                            }
                            (
                                Some(RedisAuth::Known {
                                    value,
                                    defaulted,
                                    what,
                                    at,
                                }),
                                _,
                                Some(mine),
                            ) if !mine.contains('%') && mine != value => {
                                if defaulted {
                                    cap = Confidence::Medium;
                                }
                                problems += 1;
                                redis = ("wrongpass", what);
                                related.push((
                                    at.0,
                                    at.1,
                                    RelatedRequired { target: &t.name }.into(),
                                ));
                                then = "password";
                            }
                            _ => {}
                        }
                    }
                    if problems == 0 {
                        continue;
                    }
                    let f = cx
                        .report_in(
                            d,
                            file,
                            span,
                            Mismatch {
                                key: &e.key,
                                service: &s.name,
                                kind: want,
                                target: &t.name,
                                port: port.0,
                                port_num: port.1,
                                listens: &port.2,
                                user: user.0,
                                user_mine: user.1,
                                user_created: &user.2,
                                user_key: user.3,
                                password: password.0,
                                root: password.1,
                                password_key: password.2,
                                database: database.0,
                                database_mine: database.1,
                                database_created: &database.2,
                                database_key: database.3,
                                redis: redis.0,
                                auth: redis.1,
                            },
                        )
                        .severity(sev)
                        .at_most(cap)
                        .group(format!("{}:{}:{}:mismatch", file, span.start, d.id))
                        .help(MismatchHelp {
                            port: container_port.is_some(),
                            host: url.host,
                            container_port: container_port.unwrap_or(0),
                            then,
                            target: &t.name,
                        })
                        .related(
                            t.defined_at.0,
                            t.defined_at.1,
                            RelatedTarget {
                                kind: want,
                                target: &t.name,
                            },
                        );
                    for (rf, rs, label) in related {
                        f.related(rf, rs, label);
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::parse_url;
    use crate::testing::audit_txtar_with_rule;

    #[test]
    fn english_of_the_variants_the_fixtures_do_not_reach() {
        use super::{MismatchHelp, RelatedCreated};
        use crate::message::Message;
        let m = |port, user, password, root, database, redis, auth| -> Message {
            super::Mismatch {
                key: "DATABASE_URL",
                service: "api",
                kind: "PostgreSQL",
                target: "db",
                port,
                port_num: 5433,
                listens: "5432",
                user,
                user_mine: "bob",
                user_created: "app",
                user_key: "POSTGRES_USER",
                password,
                root,
                password_key: "POSTGRES_PASSWORD",
                database,
                database_mine: "x",
                database_created: "app",
                database_key: "POSTGRES_DB",
                redis,
                auth,
            }
            .into()
        };
        let head = "`DATABASE_URL` of `api` disagrees with the PostgreSQL service `db`: ";
        assert_eq!(
            m("listens", "next", "next", false, "next", "no", "").as_str(),
            format!("{head}PostgreSQL listens on 5432, not 5433; it uses user `bob`, the container creates `app` (`POSTGRES_USER`); its password differs from `POSTGRES_PASSWORD`; it uses database `x`, the container creates `app` (`POSTGRES_DB`)")
        );
        assert_eq!(
            m("no", "no", "first", true, "no", "no", "").as_str(),
            format!("{head}its root password differs from `POSTGRES_PASSWORD`")
        );
        assert_eq!(
            m("no", "first", "no", false, "next", "no", "").as_str(),
            format!("{head}it uses user `bob`, the container creates `app` (`POSTGRES_USER`); it uses database `x`, the container creates `app` (`POSTGRES_DB`)")
        );
        assert_eq!(
            m("listens", "no", "no", false, "no", "noauth", "bitnami").as_str(),
            format!("{head}PostgreSQL listens on 5432, not 5433; `db` requires a password (`REDIS_PASSWORD` (bitnami image)) and the URL has none: every command fails with NOAUTH")
        );
        assert_eq!(
            m("no", "no", "no", false, "no", "wrongpass", "bitnami").as_str(),
            format!("{head}its password differs from the `REDIS_PASSWORD` (bitnami image) of `db`: Redis answers WRONGPASS")
        );
        let h = |port, then| -> Message {
            MismatchHelp {
                port,
                host: "db",
                container_port: 5432,
                then,
                target: "db",
            }
            .into()
        };
        assert_eq!(
            h(true, "none").as_str(),
            "use the container port (`db:5432`)"
        );
        assert_eq!(
            h(true, "variables").as_str(),
            "use the container port (`db:5432`); derive the URL and `db`'s variables from the same variables, set in one place"
        );
        assert_eq!(
            h(true, "put").as_str(),
            "use the container port (`db:5432`); put `db`'s password in the URL (`redis://:PASSWORD@db:6379/0`), from the same variable"
        );
        assert_eq!(
            h(false, "password").as_str(),
            "derive the URL and `db`'s password from the same variable, set in one place"
        );
        for (what, label) in [
            ("user", "user"),
            ("password", "password"),
            ("database", "database"),
            ("root-password", "root password"),
        ] {
            let r: Message = RelatedCreated { what, target: "db" }.into();
            assert_eq!(r.as_str(), format!("the {label} `db` creates"));
        }
    }

    #[test]
    fn urls() {
        let u = parse_url("postgresql+asyncpg://app:p@ss@db:5433/tasks?ssl=0").unwrap();
        assert_eq!(u.scheme, "postgresql");
        assert_eq!((u.user, u.password), (Some("app"), Some("p@ss")));
        assert_eq!((u.host, u.port, u.path), ("db", Some(5433), "tasks"));
        let r = parse_url("redis://redis:6379/0").unwrap();
        assert_eq!((r.host, r.port, r.user), ("redis", Some(6379), None));
        assert!(parse_url("redis://a:1,b:2/0").is_none());
        assert!(parse_url("mysql://db:notaport/x").is_none());
        for junk in ["://", "x://@", "x://[::1", "é://é@é:é"] {
            let _ = parse_url(junk);
        }
    }

    #[test]
    fn redis_passwords() {
        let stack = |redis: &str, url: &str, extra: &str| {
            format!("-- compose.yaml --\nservices:\n  api:\n    image: ghcr.io/acme/api:1.0.0\n    environment:\n      REDIS_URL: {url}\n{extra}  redis:\n{redis}")
        };
        let bitnami = "    image: bitnami/redis:7.2\n    environment:\n      REDIS_PASSWORD: Kq2-redis-live-77\n";
        let from_env = "    image: redis:7\n    command: sh -c 'redis-server --requirepass \"$$REDIS_PASS\"'\n    environment:\n      REDIS_PASS: Kq2-redis-live-77\n";
        let open = "    image: redis:7\n";
        let fires = [
            stack(bitnami, "redis://redis:6379/0", ""),
            stack(bitnami, "redis://:other-pass-1@redis:6379/0", ""),
            stack(from_env, "redis://:other-pass-1@redis:6379/0", ""),
        ];
        for f in &fires {
            let a = audit_txtar_with_rule(f, "SW6040");
            assert_eq!(a.findings.len(), 1, "{f}\n{:#?}", a.findings);
            assert!(
                !a.findings[0].message.contains("Kq2-redis"),
                "{}",
                a.findings[0].message
            );
        }
        let silent = [
            // a password sent to a Redis that requires none
            stack(open, "redis://:any-pass-1@redis:6379/0", ""),
            stack(bitnami, "redis://:Kq2-redis-live-77@redis:6379/0", ""),
            stack(from_env, "redis://:Kq2-redis-live-77@redis:6379/0", ""),
            // the app adds the password from its own variable
            stack(bitnami, "redis://redis:6379/0", "      REDIS_PASSWORD: x\n"),
        ];
        for f in &silent {
            let a = audit_txtar_with_rule(f, "SW6040");
            assert!(a.findings.is_empty(), "{f}\n{:#?}", a.findings);
        }
    }

    #[test]
    fn init_scripts_and_unset_variables_are_not_judged() {
        let fixture = "-- compose.yaml --\nservices:\n  api:\n    image: ghcr.io/acme/api:1.0.0\n    environment:\n      DATABASE_URL: postgresql://app:${DB_PASSWORD}@db:5432/app\n      BROKER_URL: amqp://guest:guest@rabbit:5672//\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: other\n    volumes:\n      - ./initdb:/docker-entrypoint-initdb.d:ro\n  rabbit:\n    image: rabbitmq:3-management\n";
        let a = audit_txtar_with_rule(fixture, "SW6040");
        assert!(a.findings.is_empty(), "{:#?}", a.findings);
    }
}
