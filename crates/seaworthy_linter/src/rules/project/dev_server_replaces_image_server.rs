use super::helpers::{deployment, dev_server_override};
use crate::declare_rule;
use crate::diagnostic::Severity;
use crate::project::Project;
use crate::rule::Checker;
use crate::rules::compose::by_env;

declare_rule! {
    /// ## What it does
    /// Finds a compose `command:` in a production or shared deployment that starts a
    /// development server (`manage.py runserver`, `flask run`, `uvicorn --reload`, `fastapi
    /// dev`, `npm run dev`, `next dev`, `vite`, `nodemon`) in place of the production server the
    /// image starts by itself (`gunicorn`, `uvicorn`, `node server.js`, `next start`). The
    /// finding points at the command and at the Dockerfile's `CMD` it replaces.
    /// `dev-mode-in-shared` leaves these commands to this rule.
    ///
    /// ## Why is this bad?
    /// The image was built to run a production server, and one line of compose throws it
    /// away: a single-process development server with auto-reload, debug pages and no worker
    /// management serves production traffic. Usually a dev override copied into the base file.
    ///
    /// ## Example
    /// ```yaml
    /// services:
    ///   web:
    ///     build: .
    ///     command: python manage.py runserver 0.0.0.0:8000
    /// ```
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// COPY . /app
    /// WORKDIR /app
    /// CMD ["gunicorn", "--bind", "0.0.0.0:8000", "config.wsgi"]
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// services:
    ///   web:
    ///     build: .
    /// ```
    /// ```yaml path=docker-compose.override.yml
    /// services:
    ///   web:
    ///     command: python manage.py runserver 0.0.0.0:8000
    /// ```
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// COPY . /app
    /// WORKDIR /app
    /// CMD ["gunicorn", "--bind", "0.0.0.0:8000", "config.wsgi"]
    /// ```
    ///
    /// ## References
    /// - <https://docs.docker.com/compose/how-tos/multiple-compose-files/merge/>
    /// - <https://docs.djangoproject.com/en/stable/ref/django-admin/#runserver>
    /// - <https://flask.palletsprojects.com/en/stable/deploying/>
    pub struct DevServerReplacesImageServer {
        code: "SW6011",
        name: "dev-server-replaces-image-server",
        family: Project,
        severity: High,
        category: Reliability,
        summary: "Compose command replaces the image's production server with a dev server",
    }
}

crate::message! {
    /// `dev`: `django`, `flask`, `fastapi-dev` or `command` (then `command` is what runs).
    struct Replaces<'a> = "dev-server-replaces-image-server" { service: &'a str, dev: &'a str, command: &'a str, image_server: &'a str }
    struct ReplacesHelp = "dev-server-replaces-image-server-help" {}
    struct ImageServer = "dev-server-replaces-image-server-related" {}
}

impl DevServerReplacesImageServer {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for s in &project.services {
            let Some(o) = dev_server_override(project, s) else {
                continue;
            };
            let d = deployment(project, s);
            cx.report_in(
                d,
                o.file,
                o.span,
                Replaces {
                    service: &s.name,
                    dev: o.dev.kind,
                    command: &o.dev.command,
                    image_server: &o.image_server,
                },
            )
            .severity(by_env(
                d.environment,
                Severity::High,
                Severity::Medium,
                Severity::Low,
            ))
            .help(ReplacesHelp {})
            .related(o.dockerfile, o.cmd_span, ImageServer {});
        }
    }
}
