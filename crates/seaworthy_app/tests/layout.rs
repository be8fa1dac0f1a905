//! A realistic multi-file project: which files the walker selects, and how their facts link up
//! (module:attribute targets, routers across modules, settings objects, Celery apps, alembic).

use seaworthy_app::python::{PythonFacts, WebSocketKind};
use seaworthy_app::{alembic_facts, gunicorn_facts, module_name, python_facts, Lit, Value};
use seaworthy_syntax::{classify, FileKind};

fn txtar(text: &str) -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = Vec::new();
    for line in text.split_inclusive('\n') {
        let t = line.trim_end();
        if let Some(name) = t.strip_prefix("-- ").and_then(|r| r.strip_suffix(" --")) {
            files.push((name.to_string(), String::new()));
        } else if let Some((_, body)) = files.last_mut() {
            body.push_str(line);
        }
    }
    files
}

struct Project {
    files: Vec<(String, String)>,
    python: Vec<(String, PythonFacts)>,
}

impl Project {
    fn load(text: &str) -> Project {
        let files = txtar(text);
        let python = files
            .iter()
            .filter(|(p, _)| {
                p.ends_with(".py")
                    && matches!(
                        classify(p, None),
                        Some(FileKind::PythonSource | FileKind::AppConfig)
                    )
                    && !p.rsplit('/').next().unwrap_or(p).starts_with("gunicorn")
            })
            .map(|(p, t)| (p.clone(), python_facts(p, t)))
            .collect();
        Project { files, python }
    }

    fn facts(&self, module: &str) -> Option<&PythonFacts> {
        self.python
            .iter()
            .map(|(_, f)| f)
            .find(|f| f.module == module)
    }

    /// `pkg.mod.obj.FIELD` → the settings field, when `pkg.mod` is a file with a settings instance `obj`.
    fn resolve_settings(&self, attr: &str) -> Option<&seaworthy_app::python::Setting> {
        let (head, field) = attr.rsplit_once('.')?;
        let (module, object) = head.rsplit_once('.')?;
        self.facts(module)?.settings_field(object, field)
    }
}

const LAYOUT: &str = include_str!("fixtures/fastapi-celery.txtar");

#[test]
fn selection_reads_the_application_modules_only() {
    let p = Project::load(LAYOUT);
    let selected: Vec<&str> = p.python.iter().map(|(path, _)| path.as_str()).collect();
    assert_eq!(
        selected,
        vec![
            "app/__init__.py",
            "app/main.py",
            "app/api/main.py",
            "app/api/routes/live.py",
            "app/core/config.py",
            "app/worker.py",
            "app/tasks/emails.py",
        ]
    );
    // models, migrations env and tests are not read; the gunicorn config is an AppConfig file
    assert_eq!(
        classify("gunicorn.conf.py", None),
        Some(FileKind::AppConfig)
    );
    assert_eq!(classify("app/models.py", None), None);
}

#[test]
fn the_server_target_names_the_app_object() {
    let p = Project::load(LAYOUT);
    // CMD ["gunicorn", ..., "app.main:app"]
    let target = "app.main:app";
    let found: Vec<(&str, &str)> = p
        .python
        .iter()
        .filter_map(|(path, f)| {
            f.app_for_target(target)
                .map(|a| (path.as_str(), a.attribute.as_deref().unwrap_or("")))
        })
        .collect();
    assert_eq!(found, vec![("app/main.py", "app")]);
    let app = p.facts("app.main").unwrap().app_for_target(target).unwrap();
    assert_eq!(app.interface, seaworthy_app::Interface::Asgi);
    // the gunicorn config leaves worker_class unset: sync workers in front of an ASGI app
    let (_, conf) = p
        .files
        .iter()
        .find(|(path, _)| path == "gunicorn.conf.py")
        .unwrap();
    let g = gunicorn_facts("gunicorn.conf.py", conf);
    assert_eq!(g.worker_class_when_unset().as_deref(), Some("sync"));
    assert_eq!(
        g.get("workers").unwrap().value.when_unset(),
        Some(Lit::Int(4))
    );
}

#[test]
fn routes_link_across_modules() {
    let p = Project::load(LAYOUT);
    let main = p.facts("app.main").unwrap();
    // the prefix of the include is a settings field of another module
    let include = &main.router_includes[0];
    assert_eq!(include.router, "app.api.main.api_router");
    let prefix_attr = match &main.apps[0].kwargs[0].value.value {
        Value::Attr(a) => a.clone(),
        other => panic!("{other:?}"),
    };
    assert_eq!(prefix_attr, "app.core.config.settings.PROJECT_NAME");
    assert_eq!(
        p.resolve_settings(&prefix_attr).unwrap().value.when_unset(),
        Some(Lit::Str("svc".into()))
    );
    // api_router includes live.router; live.py's WebSocket route sits under the router prefix
    let api = p.facts("app.api.main").unwrap();
    assert_eq!(api.router_includes[0].router, "app.api.routes.live.router");
    let (module, router) = api.router_includes[0].router.rsplit_once('.').unwrap();
    let live = p.facts(module).unwrap();
    let ws = live
        .websocket_routes
        .iter()
        .find(|w| w.receiver.as_deref() == Some(router))
        .unwrap();
    assert_eq!(ws.kind, WebSocketKind::Decorator);
    assert_eq!(
        (ws.prefix.as_deref(), ws.path.as_deref()),
        (Some("/live"), Some("/ws"))
    );
    assert_eq!(
        live.streaming_endpoints[0].route.as_deref(),
        Some("/events")
    );
}

#[test]
fn celery_and_alembic() {
    let p = Project::load(LAYOUT);
    // `celery -A app.worker worker`: the module holds the app
    let worker = p.facts("app.worker").unwrap();
    assert_eq!(
        worker.celery.apps[0].target.as_deref(),
        Some("app.worker:celery_app")
    );
    assert_eq!(worker.celery.routes[0].queue.as_deref(), Some("emails"));
    // a task module: its task names its queue
    let tasks = p.facts("app.tasks.emails").unwrap();
    assert_eq!(tasks.celery.tasks[0].queue.as_deref(), Some("emails"));
    assert_eq!(tasks.celery.tasks[0].function, "send");
    assert_eq!(module_name("app/tasks/emails.py"), "app.tasks.emails");

    let (_, ini) = p
        .files
        .iter()
        .find(|(path, _)| path == "alembic.ini")
        .unwrap();
    let a = alembic_facts(ini);
    let env_py = a.env_py_path("alembic.ini").unwrap();
    assert_eq!(env_py, "app/alembic/env.py");
    assert!(p.files.iter().any(|(path, _)| *path == env_py));
}
