use super::{by_env, deployment_of, known_for, KnownService};
use crate::declare_rule;
use crate::diagnostic::Severity;
use crate::message::Message;
use crate::project::service::{Service, ServiceKind};
use crate::project::Project;
use crate::rule::Checker;
use seaworthy_syntax::Environment;

declare_rule! {
    /// ## What it does
    /// Finds admin and ops web UIs that compose publishes on every host interface without
    /// authentication: Flower, Mailpit, MailHog, MailCatcher, MailDev, Redis Commander,
    /// RedisInsight and Kafka UI with none of their auth settings, the RabbitMQ management UI
    /// with the default `guest` account, and the Traefik dashboard in `--api.insecure` mode.
    /// Database admin tools with a login form of their own (pgAdmin, Adminer, phpMyAdmin,
    /// Portainer, mongo-express) are reported at a lower severity when a production deployment
    /// publishes them.
    ///
    /// ## Why is this bad?
    /// These UIs are built for operators: Flower can revoke and inspect every Celery task and its
    /// arguments, a mail catcher shows every password-reset mail, Redis Commander and the
    /// RabbitMQ UI read and delete data, the Traefik dashboard maps the whole routing table.
    /// A published port is reachable by anyone who can reach the host (Docker's port publishing
    /// bypasses host firewalls such as `ufw`).
    ///
    /// ## Example
    /// ```yaml path=compose.prod.yml
    /// services:
    ///   flower:
    ///     image: mher/flower:2.0
    ///     command: celery --broker=redis://redis:6379/0 flower
    ///     ports: ["5555:5555"]
    /// ```
    ///
    /// ## Use instead
    /// ```yaml path=compose.prod.yml
    /// services:
    ///   flower:
    ///     image: mher/flower:2.0
    ///     command: celery --broker=redis://redis:6379/0 flower
    ///     environment:
    ///       FLOWER_BASIC_AUTH: ${FLOWER_USER}:${FLOWER_PASSWORD}
    ///     ports: ["127.0.0.1:5555:5555"]
    /// ```
    ///
    /// ## References
    /// - <https://flower.readthedocs.io/en/latest/auth.html>
    /// - <https://mailpit.axllent.org/docs/configuration/http/>
    /// - <https://www.rabbitmq.com/docs/access-control#default-state>
    /// - <https://doc.traefik.io/traefik/operations/api/#insecure>
    /// - <https://docs.docker.com/engine/network/packet-filtering-firewalls/>
    pub struct AdminUiExposed {
        code: "SW2030",
        name: "admin-ui-exposed",
        family: Compose,
        severity: High,
        category: Security,
        summary: "Admin or ops UI published without authentication",
    }
}

crate::message! {
    /// An admin UI without authentication published on every interface (`name`: the product).
    struct Open<'a> = "admin-ui-exposed" { name: &'a str, service: &'a str, published: &'a str }
    struct OpenNoLoginHelp<'a> = "admin-ui-exposed-help-no-login" { name: &'a str }
    /// `setting`: the environment variable or argument that turns its authentication on.
    struct OpenHelp<'a> = "admin-ui-exposed-help" { setting: &'a str }
    /// RabbitMQ management with the default `guest` account.
    struct RabbitMq<'a> = "admin-ui-exposed-rabbitmq" { service: &'a str, published: &'a str }
    struct RabbitMqHelp = "admin-ui-exposed-rabbitmq-help" {}
    /// Traefik's dashboard with `--api.insecure`.
    struct Traefik<'a> = "admin-ui-exposed-traefik" { service: &'a str, published: &'a str }
    struct TraefikHelp = "admin-ui-exposed-traefik-help" {}
    /// An admin UI with its own login form, published on every interface.
    struct Login<'a> = "admin-ui-exposed-login" { name: &'a str, service: &'a str, published: &'a str }
    struct LoginHelp = "admin-ui-exposed-login-help" {}
    struct CommandRelated = "admin-ui-exposed-related" {}
    /// `ui`: `rabbitmq`, `traefik` or `other` (then `name` is the product); `auth`: the settings.
    struct StrengthAuth<'a> = "admin-ui-exposed-strength-auth" { ui: &'a str, name: &'a str, service: &'a str, auth: &'a str }
    struct StrengthUnpublished<'a> = "admin-ui-exposed-strength-unpublished" { ui: &'a str, name: &'a str, service: &'a str }
    struct StrengthLoopback<'a> = "admin-ui-exposed-strength-loopback" { ui: &'a str, name: &'a str, service: &'a str }
}

/// What the service's UI is and how it authenticates.
enum Ui {
    /// Open unless one of its auth settings is set.
    Open(&'static KnownService),
    /// A login form of its own.
    Login(&'static KnownService),
    /// RabbitMQ management: `guest`/`guest` unless a default user is set.
    RabbitMq,
    /// Traefik with `--api.insecure`: the dashboard on port 8080.
    TraefikInsecure,
}

fn image_of(s: &Service) -> String {
    s.resolved
        .image
        .as_ref()
        .map(|i| i.value.value.to_ascii_lowercase())
        .unwrap_or_default()
}

/// The words of the service's command line: the long-running argv, else compose `command:`.
fn argv(s: &Service) -> &[String] {
    match &s.command {
        Some(c) if !c.server.is_empty() => c.server.as_slice(),
        Some(c) => c.argv.as_slice(),
        None => s
            .resolved
            .command
            .as_ref()
            .map(|c| c.value.0.as_slice())
            .unwrap_or(&[]),
    }
}

fn env_set(s: &Service, key: &str) -> bool {
    s.env_value(key).is_some_and(|e| {
        e.value.as_deref().is_some_and(|v| !v.is_empty())
            || e.raw.as_deref().is_some_and(|v| v.contains('$'))
    })
}

fn ui_of(s: &Service) -> Option<Ui> {
    let image = image_of(s);
    let name = image.split(['@']).next().unwrap_or("");
    let (repo, tag) = match name.rsplit_once(':') {
        Some((r, t)) if !t.contains('/') => (r, t),
        _ => (name, ""),
    };
    if repo == "rabbitmq" || repo.ends_with("/rabbitmq") {
        return tag.contains("management").then_some(Ui::RabbitMq);
    }
    if repo == "traefik" || repo.ends_with("/traefik") {
        let insecure = argv(s)
            .iter()
            .any(|w| w == "--api.insecure" || w.eq_ignore_ascii_case("--api.insecure=true"))
            || s.env_value("TRAEFIK_API_INSECURE")
                .and_then(|e| e.value.as_deref())
                .is_some_and(|v| v.eq_ignore_ascii_case("true"));
        return insecure.then_some(Ui::TraefikInsecure);
    }
    if s.kind != ServiceKind::AdminUi {
        return None;
    }
    let known = match s.known {
        Some(k) if k.kind == "admin-ui" => k,
        // `celery -A proj flower` in the app's own image
        _ if argv(s).iter().any(|w| w == "flower") => known_for("mher/flower")?,
        _ => return None,
    };
    match known.auth.as_deref() {
        Some("none") => Some(Ui::Open(known)),
        Some("login") => Some(Ui::Login(known)),
        _ => None,
    }
}

fn ui_ports(ui: &Ui, s: &Service) -> Vec<u16> {
    match ui {
        Ui::Open(k) | Ui::Login(k) => {
            let mut ports = if k.ui_ports.is_empty() {
                k.ports.clone()
            } else {
                k.ui_ports.clone()
            };
            // `flower --port=5556`
            if let Some(p) = s
                .command
                .as_ref()
                .and_then(|c| c.arg_value(&["--port"]))
                .and_then(|p| p.parse().ok())
            {
                ports.push(p);
            }
            ports
        }
        Ui::RabbitMq => vec![15672],
        Ui::TraefikInsecure => vec![8080],
    }
}

/// The auth setting the service has, if any.
fn auth_setting(ui: &Ui, s: &Service) -> Option<String> {
    match ui {
        Ui::Open(k) => {
            if let Some(e) = k.auth_env.iter().find(|e| env_set(s, e)) {
                return Some(format!("`{e}`"));
            }
            let args = argv(s);
            k.auth_args
                .iter()
                .find(|a| {
                    args.iter()
                        .any(|w| w == *a || w.starts_with(&format!("{a}=")))
                })
                .map(|a| format!("`{a}`"))
        }
        Ui::RabbitMq => ["RABBITMQ_DEFAULT_USER", "RABBITMQ_DEFAULT_PASS"]
            .iter()
            .all(|e| env_set(s, e))
            .then(|| "`RABBITMQ_DEFAULT_USER`/`RABBITMQ_DEFAULT_PASS`".to_string()),
        Ui::Login(_) | Ui::TraefikInsecure => None,
    }
}

impl AdminUiExposed {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for s in &project.services {
            let Some(ui) = ui_of(s) else { continue };
            let d = deployment_of(project, s);
            let ports = ui_ports(&ui, s);
            let ui_published: Vec<_> = s
                .resolved
                .ports
                .iter()
                .filter(|p| p.value.target_port().is_some_and(|t| ports.contains(&t)))
                .filter(|p| p.value.published.is_some())
                .collect();
            let auth = auth_setting(&ui, s);
            let (kind, name) = match &ui {
                Ui::Open(k) | Ui::Login(k) => ("other", k.name.as_str()),
                Ui::RabbitMq => ("rabbitmq", ""),
                Ui::TraefikInsecure => ("traefik", ""),
            };
            let public: Vec<_> = ui_published
                .iter()
                .filter(|p| p.value.is_public())
                .collect();
            if public.is_empty() || auth.is_some() {
                if d.environment == Environment::Prod {
                    let (file, span) = s.defined_at;
                    let service = s.name.as_str();
                    let strength: Message = match (&auth, ui_published.is_empty()) {
                        (Some(a), _) => StrengthAuth {
                            ui: kind,
                            name,
                            service,
                            auth: a,
                        }
                        .into(),
                        (None, true) => StrengthUnpublished {
                            ui: kind,
                            name,
                            service,
                        }
                        .into(),
                        (None, false) => StrengthLoopback {
                            ui: kind,
                            name,
                            service,
                        }
                        .into(),
                    };
                    cx.strength(file, span, strength);
                }
                continue;
            }
            for p in public {
                let published = p.value.published.as_deref().unwrap_or("");
                let service = s.name.as_str();
                let (msg, sev, help): (Message, Severity, Message) = match &ui {
                    Ui::Open(k) => (
                        Open {
                            name,
                            service,
                            published,
                        }
                        .into(),
                        by_env(
                            d.environment,
                            Severity::High,
                            Severity::Medium,
                            Severity::Low,
                        ),
                        if k.auth_env.is_empty() && k.auth_args.is_empty() {
                            OpenNoLoginHelp { name }.into()
                        } else {
                            let how = k
                                .auth_env
                                .first()
                                .or(k.auth_args.first())
                                .map(String::as_str)
                                .unwrap_or("");
                            OpenHelp { setting: how }.into()
                        },
                    ),
                    Ui::RabbitMq => (
                        RabbitMq { service, published }.into(),
                        by_env(
                            d.environment,
                            Severity::High,
                            Severity::Medium,
                            Severity::Low,
                        ),
                        RabbitMqHelp {}.into(),
                    ),
                    Ui::TraefikInsecure => (
                        Traefik { service, published }.into(),
                        by_env(
                            d.environment,
                            Severity::High,
                            Severity::Medium,
                            Severity::Low,
                        ),
                        TraefikHelp {}.into(),
                    ),
                    Ui::Login(_) => {
                        if matches!(d.environment, Environment::Dev | Environment::Test) {
                            continue;
                        }
                        (
                            Login {
                                name,
                                service,
                                published,
                            }
                            .into(),
                            by_env(
                                d.environment,
                                Severity::Medium,
                                Severity::Low,
                                Severity::Low,
                            ),
                            LoginHelp {}.into(),
                        )
                    }
                };
                let f = cx.report_in(d, p.file, p.value.span, msg);
                f.severity(sev).help(help);
                if let Some(c) = &s.command {
                    if c.file != p.file {
                        f.related(c.file, c.span, CommandRelated {});
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::testing::audit_txtar_with_rule;

    fn run(src: &str) -> Vec<String> {
        audit_txtar_with_rule(src, "SW2030")
            .findings
            .iter()
            .map(|f| f.message.to_string())
            .collect()
    }

    #[test]
    fn rabbitmq_with_own_user_and_plain_image_are_silent() {
        let src = "-- compose.prod.yml --\nservices:\n  mq:\n    image: rabbitmq:3.13-management\n    environment:\n      RABBITMQ_DEFAULT_USER: app\n      RABBITMQ_DEFAULT_PASS: ${MQ_PASS}\n    ports: [\"15672:15672\"]\n  mq2:\n    image: rabbitmq:3.13\n    ports: [\"5672:5672\"]\n";
        assert!(run(src).is_empty(), "{:?}", run(src));
    }

    #[test]
    fn rabbitmq_guest_and_traefik_insecure_fire() {
        let src = "-- compose.prod.yml --\nservices:\n  mq:\n    image: rabbitmq:3.13-management\n    ports: [\"15672:15672\"]\n  proxy:\n    image: traefik:v3.1\n    command: [\"--api.insecure=true\", \"--providers.docker\"]\n    ports: [\"80:80\", \"8080:8080\"]\n";
        let m = run(src);
        assert_eq!(m.len(), 2, "{m:?}");
        assert!(m.iter().any(|x| x.contains("guest")));
        assert!(m.iter().any(|x| x.contains("--api.insecure")));
    }

    #[test]
    fn flower_from_app_image_with_basic_auth_arg_is_silent() {
        let src = "-- compose.prod.yml --\nservices:\n  flower:\n    image: ghcr.io/acme/app:1.0\n    command: celery -A proj flower --basic_auth=${FLOWER_USER}:${FLOWER_PASS}\n    ports: [\"5555:5555\"]\n";
        assert!(run(src).is_empty(), "{:?}", run(src));
        let open = src.replace(" --basic_auth=${FLOWER_USER}:${FLOWER_PASS}", "");
        assert_eq!(run(&open).len(), 1);
    }
}
