//! Facts about one Python source file, read from tree-sitter's syntax tree.
//!
//! [`python_facts`] parses the file once (error-recovering: a file with syntax errors still yields
//! the facts of its readable parts) and walks the tree with bounded depth. Values are read by a
//! small evaluator (see [`crate::value`]): literals, environment reads with their defaults, names
//! resolved to earlier assignments in the same file, and everything else kept as text.

pub(crate) mod engine;
mod eval;

use crate::value::{Kwarg, Val};
use seaworthy_syntax::Span;
use serde::Serialize;

pub use engine::MAX_SOURCE_BYTES;

/// Everything [`python_facts`] found in one file. Vectors are in source order.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct PythonFacts {
    /// The dotted module path of the file relative to the audited root (`app/main.py` → `app.main`,
    /// `app/__init__.py` → `app`). See [`module_matches`] for matching a server's `module:attr`.
    pub module: String,
    /// The input was longer than [`MAX_SOURCE_BYTES`]: facts cover its first part only.
    pub truncated: bool,
    /// The text was not parsed: it does not read as source (binary or mostly undecodable bytes),
    /// or the parser's time budget ran out on pathological input. All other fields are empty.
    pub unparsed: bool,
    /// Where the parser recovered from a syntax error (capped). Facts around them may be missing.
    pub syntax_errors: Vec<Span>,
    pub imports: Vec<Import>,
    /// Functions defined at module level (gunicorn hooks, app factories, Celery task bodies).
    pub functions: Vec<String>,
    pub apps: Vec<AppObject>,
    pub websocket_routes: Vec<WebSocketRoute>,
    pub streaming_endpoints: Vec<StreamingEndpoint>,
    pub server_runs: Vec<ServerRun>,
    /// UPPER_CASE assignments at module level and in classes (Django/Flask settings, config
    /// classes), `app.config[...]` writes, and the fields of pydantic `BaseSettings` classes.
    pub settings: Vec<Setting>,
    /// Module-level instances of pydantic settings classes of this file (`settings = Settings()`):
    /// another module's `settings.X` resolves through [`PythonFacts::settings_field`].
    pub settings_instances: Vec<SettingsInstance>,
    /// `add_middleware(...)`, `Middleware(...)`, flask-cors `CORS(app)`, ...
    pub middleware: Vec<Middleware>,
    pub routers: Vec<Router>,
    pub router_includes: Vec<RouterInclude>,
    pub celery: CeleryFacts,
    pub data_paths: Vec<DataPath>,
}

/// `import x` / `from x import y` (anywhere in the file).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Import {
    /// The module as written, without leading dots (`fastapi.middleware.cors`; `""` for `from . import x`).
    pub module: String,
    /// Its first component (`fastapi`): the distribution a rule looks for. Empty for relative imports.
    pub top: String,
    /// Leading dots of a relative import (0 for absolute).
    pub level: u32,
    /// Inside a function, or under `try`/`if` at module level (an optional dependency).
    pub conditional: bool,
    /// `importlib.import_module("x")` / `__import__("x")` with a literal name.
    pub dynamic: bool,
    pub span: Span,
}

/// Web frameworks whose application objects are recognised.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Framework {
    FastApi,
    Starlette,
    Flask,
    Quart,
    Sanic,
    Aiohttp,
    Litestar,
    Django,
    /// Django Channels `ProtocolTypeRouter`
    Channels,
    Falcon,
    Tornado,
    /// python-socketio `ASGIApp` / `WSGIApp`
    SocketIo,
    /// Built by a factory function defined in another file (`app = create_app()`).
    Unknown,
}

/// The server interface an application object speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Interface {
    Asgi,
    Wsgi,
    /// aiohttp and Tornado run their own server (gunicorn needs their worker class).
    Native,
    Unknown,
}

/// An application object: `app = FastAPI()`, `application = get_wsgi_application()`, ...
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AppObject {
    pub framework: Framework,
    pub interface: Interface,
    /// The variable it is bound to, when bound by a plain assignment.
    pub attribute: Option<String>,
    /// The function it is built in (an app factory), `None` at module level.
    pub function: Option<String>,
    /// The factory called to build it (`app = create_app()`).
    pub factory: Option<String>,
    /// `module:attribute` for a module-level object (`app.main:app`); `module:factory()` for one
    /// built inside a factory function (`app:create_app()`).
    pub target: Option<String>,
    /// Keyword arguments of the constructor (`client_max_size=`, `debug=`, `docs_url=`).
    pub kwargs: Vec<Kwarg>,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum WebSocketKind {
    /// `@app.websocket("/ws")`, `@router.websocket(...)`, `@sock.route(...)` (flask-sock), litestar `@websocket`
    Decorator,
    /// `WebSocketRoute("/ws", ...)`
    Route,
    /// `app.add_websocket_route(...)`, `add_api_websocket_route(...)`
    AddRoute,
    /// Django Channels `websocket_urlpatterns` / `ProtocolTypeRouter({"websocket": ...})`
    Channels,
    /// python-socketio `ASGIApp`/`WSGIApp` (path `/socket.io` unless `socketio_path=`)
    SocketIo,
    /// Flask-SocketIO `SocketIO(app)` (path `/socket.io` unless `path=`)
    FlaskSocketIo,
}

/// A WebSocket endpoint the application serves.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WebSocketRoute {
    pub kind: WebSocketKind,
    /// The route path as written (Channels `re_path` patterns are kept as regexes; a missing leading
    /// `/` is kept as written). `None` when the routes live in another file.
    pub path: Option<String>,
    /// The prefix of the router it is declared on, when that router is created in the same file.
    pub prefix: Option<String>,
    /// The object the route is declared on (`app`, `router`).
    pub receiver: Option<String>,
    /// The handler function, for decorators.
    pub function: Option<String>,
    /// Channels routes that live in another module: the qualified name of the list handed to
    /// `URLRouter` (`chat.routing.websocket_urlpatterns`). Its routes are recorded in that module's
    /// facts with the list's name as `receiver`.
    pub routes_from: Option<String>,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum StreamingKind {
    /// Server-sent events: `EventSourceResponse`, or a response with `text/event-stream`.
    Sse,
    /// `StreamingResponse` / `StreamingHttpResponse` of another media type.
    Stream,
}

/// A long-lived HTTP response.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StreamingEndpoint {
    pub kind: StreamingKind,
    /// The function that returns it.
    pub function: Option<String>,
    /// The route path of that function's decorator (`@app.get("/events")`), when there is one.
    pub route: Option<String>,
    /// The object that decorator is called on (`app`, `router`), and the prefix of that router
    /// when it is created in the same file (`APIRouter(prefix="/api")`).
    pub receiver: Option<String>,
    pub prefix: Option<String>,
    /// The response class as called (`EventSourceResponse`, `StreamingResponse`, `Response`).
    pub response: String,
    /// Its keyword arguments (`ping=`, `headers=`, `media_type=`).
    pub kwargs: Vec<Kwarg>,
    pub span: Span,
}

impl StreamingEndpoint {
    /// sse-starlette's `EventSourceResponse` (or another SSE response class that sends keep-alive
    /// comments by itself).
    pub fn pings_by_itself(&self) -> bool {
        matches!(
            self.response.as_str(),
            "EventSourceResponse" | "ServerSentEventsResponse"
        )
    }

    pub fn kwarg(&self, name: &str) -> Option<&Kwarg> {
        Kwarg::find(&self.kwargs, name)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ServerKind {
    /// `uvicorn.run(...)` / `uvicorn.Config(...)`
    Uvicorn,
    /// `app.run(...)` on a Flask/Quart/Sanic/unknown app object
    AppRun,
    /// Flask-SocketIO `socketio.run(app, ...)`
    SocketIoRun,
    /// aiohttp `web.run_app(...)`
    AiohttpRunApp,
    /// `waitress.serve(...)`
    Waitress,
    /// `werkzeug.serving.run_simple(...)`
    Werkzeug,
}

/// A server started from Python code: the dev-server switches (`reload=`, `debug=`) and the env that gates them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ServerRun {
    pub server: ServerKind,
    /// The receiver for `X.run(...)` (`app`).
    pub receiver: Option<String>,
    /// Positional arguments (`uvicorn.run("app.main:app")`).
    pub args: Vec<Val>,
    pub kwargs: Vec<Kwarg>,
    /// Inside `if __name__ == "__main__":` (does not run under gunicorn/uvicorn imports).
    pub main_guard: bool,
    /// The conditions of the enclosing `if`s (an `else` branch is recorded as `not cond`).
    pub conditions: Vec<Val>,
    /// The enclosing function, if any.
    pub function: Option<String>,
    pub span: Span,
}

impl ServerRun {
    pub fn kwarg(&self, name: &str) -> Option<&Kwarg> {
        Kwarg::find(&self.kwargs, name)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SettingSource {
    /// `NAME = value` at module level
    Module,
    /// `NAME = value` in a class body (Flask config classes)
    Class,
    /// `app.config["NAME"] = value`, `app.config.update(NAME=...)`, `app.config.NAME = value`
    AppConfig,
    /// a field of a pydantic `BaseSettings` class: its value is an [`crate::value::EnvRef`]
    PydanticField,
}

/// A setting written in the file.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Setting {
    pub name: String,
    pub value: Val,
    pub source: SettingSource,
    /// The class it is set in, for class-level settings.
    pub class: Option<String>,
    /// `+=` and friends (`ALLOWED_HOSTS += [...]`).
    pub op: Option<String>,
    /// Under an `if`/`try`/`for` at its level (`if not DEBUG: SECURE_SSL_REDIRECT = True`).
    pub conditional: bool,
    /// The name as written (for pointing at it).
    pub name_span: Span,
    /// The whole assignment.
    pub span: Span,
}

/// `settings = Settings()` where `Settings` is a pydantic `BaseSettings` class of the same file.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SettingsInstance {
    pub name: String,
    pub class: String,
    pub span: Span,
}

/// A middleware installed on an app: `app.add_middleware(CORSMiddleware, allow_origins=["*"])`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Middleware {
    /// Qualified name (`starlette.middleware.cors.CORSMiddleware`, `flask_cors.CORS`).
    pub name: String,
    pub kwargs: Vec<Kwarg>,
    pub span: Span,
}

impl Middleware {
    pub fn is_cors(&self) -> bool {
        let last = self.name.rsplit('.').next().unwrap_or(&self.name);
        last == "CORSMiddleware" || last == "CORS" || last == "cors"
    }

    pub fn kwarg(&self, name: &str) -> Option<&Kwarg> {
        Kwarg::find(&self.kwargs, name)
    }

    /// A CORS middleware that accepts any origin: `allow_origins=["*"]`, `allow_origin_regex=".*"`,
    /// flask-cors `CORS(app)` without `origins` (its default is `*`), quart-cors `allow_origin="*"`.
    pub fn allows_any_origin(&self) -> bool {
        if !self.is_cors() {
            return false;
        }
        let star = |v: &Val| {
            let mut any = false;
            v.visit(0, &mut |x| {
                if x.as_str().is_some_and(|s| s.trim() == "*") {
                    any = true;
                }
            });
            any
        };
        for k in ["allow_origins", "origins", "allow_origin"] {
            if let Some(kw) = self.kwarg(k) {
                return star(&kw.value);
            }
        }
        if let Some(kw) = self.kwarg("allow_origin_regex") {
            return kw
                .value
                .as_str()
                .is_some_and(|s| matches!(s, ".*" | "^.*$" | ".+" | "^.*"));
        }
        // flask-cors without origins / resources: every origin
        self.name.ends_with("flask_cors.CORS")
            || self.name == "CORS" && self.kwarg("resources").is_none()
    }
}

/// `router = APIRouter(prefix="/chat")` / `Blueprint("x", __name__, url_prefix="/x")`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Router {
    pub name: String,
    pub prefix: Option<String>,
    /// A prefix is given but is not a literal string (`prefix=settings.API_V1_STR`).
    pub prefix_unknown: bool,
    pub span: Span,
}

/// `app.include_router(chat.router, prefix="/api")` / `app.register_blueprint(bp, url_prefix=...)`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RouterInclude {
    pub receiver: String,
    /// The router expression as dotted text, import aliases resolved (`app.api.chat.router`).
    pub router: String,
    pub prefix: Option<String>,
    /// A prefix is given but is not a literal string (`prefix=settings.API_V1_STR`).
    pub prefix_unknown: bool,
    pub span: Span,
}

/// Celery facts: apps, configuration, routes, queues and tasks.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct CeleryFacts {
    pub apps: Vec<CeleryApp>,
    /// Celery settings written in this file: module-level (`task_routes = ...`, Django
    /// `CELERY_TASK_ROUTES = ...`), `app.conf.x = ...`, `app.conf.update(...)`, `Celery(broker=...)`.
    pub config: Vec<ConfigEntry>,
    /// Routes from `task_routes` (and old `CELERY_ROUTES`) dicts.
    pub routes: Vec<TaskRoute>,
    /// `Queue("name", ...)` declarations and `task_queues` dict keys.
    pub queues: Vec<QueueDecl>,
    pub tasks: Vec<Task>,
    /// Queues tasks are sent to at call time: `apply_async(queue="x")`, `.set(queue="x")`, `send_task(..., queue="x")`.
    pub sent_to: Vec<QueueDecl>,
    /// Where a periodic schedule is declared (`beat_schedule`, `add_periodic_task`, `@periodic_task`).
    pub beat: Vec<Span>,
}

impl CeleryFacts {
    /// The last value written for a normalized setting name (`task_default_queue`, `broker_url`).
    pub fn get(&self, key: &str) -> Option<&ConfigEntry> {
        self.config.iter().rev().find(|e| e.key == key)
    }

    pub fn is_empty(&self) -> bool {
        self.apps.is_empty()
            && self.config.is_empty()
            && self.queues.is_empty()
            && self.tasks.is_empty()
            && self.sent_to.is_empty()
            && self.beat.is_empty()
    }
}

/// `app = Celery("proj", broker=..., backend=...)`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CeleryApp {
    pub attribute: Option<String>,
    /// `module:attribute` (what `celery -A` names).
    pub target: Option<String>,
    pub main: Option<Val>,
    pub broker: Option<Val>,
    pub backend: Option<Val>,
    /// `app.config_from_object("django.conf:settings", namespace="CELERY")`
    pub config_from: Option<String>,
    pub namespace: Option<String>,
    /// `app.autodiscover_tasks()` was called.
    pub autodiscover: bool,
    pub span: Span,
}

/// One configuration entry (Celery here, gunicorn in [`crate::gunicorn`]).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ConfigEntry {
    /// Normalized name: lowercase new-style Celery names (`CELERY_TASK_ROUTES` → `task_routes`,
    /// `CELERYD_PREFETCH_MULTIPLIER` → `worker_prefetch_multiplier`, `BROKER_URL` → `broker_url`).
    pub key: String,
    /// The name as written.
    pub written: String,
    pub value: Val,
    pub conditional: bool,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TaskRoute {
    /// Task name or glob (`proj.tasks.*`).
    pub pattern: String,
    pub queue: Option<String>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QueueDecl {
    pub name: String,
    pub span: Span,
}

/// `@app.task(...)` / `@shared_task(...)`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Task {
    pub function: String,
    /// `name=` when given.
    pub name: Option<String>,
    /// `queue=` when given as a literal.
    pub queue: Option<String>,
    pub kwargs: Vec<Kwarg>,
    pub span: Span,
}

impl Task {
    pub fn kwarg(&self, name: &str) -> Option<&Kwarg> {
        Kwarg::find(&self.kwargs, name)
    }
}

/// A filesystem path the app reads or writes.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DataPath {
    /// The path (for an f-string, its literal prefix up to the first `{`).
    pub path: String,
    /// The call it is passed to (`open`, `pathlib.Path`, `os.makedirs`, `StaticFiles`).
    pub via: String,
    /// Opened for writing or created (`open(p, "w")`, `makedirs`, `mkdir`).
    pub write: bool,
    /// The environment variable the path comes from, when it is that variable's default.
    pub env: Option<String>,
    /// An absolute path; relative ones are recorded only for directory arguments (`StaticFiles(directory="static")`).
    pub absolute: bool,
    pub span: Span,
}

impl PythonFacts {
    /// Settings of one name (a settings module may assign a name more than once; the last wins).
    pub fn setting(&self, name: &str) -> Option<&Setting> {
        self.settings.iter().rev().find(|s| s.name == name)
    }

    /// The pydantic settings field behind `object.field`, where `object` is a settings instance of
    /// this file (`settings.ENVIRONMENT` → the `ENVIRONMENT` field of `Settings`, an env read with
    /// its default). Another module that imports `settings` from here passes the bare names.
    pub fn settings_field(&self, object: &str, field: &str) -> Option<&Setting> {
        let inst = self
            .settings_instances
            .iter()
            .rev()
            .find(|i| i.name == object)?;
        self.settings.iter().rev().find(|s| {
            s.source == SettingSource::PydanticField
                && s.name == field
                && s.class.as_deref() == Some(inst.class.as_str())
        })
    }

    /// The application object a `module:attribute` server target names, if this file defines it.
    /// `target` may carry a factory call (`app:create_app()`) or no attribute (gunicorn's default `application`).
    pub fn app_for_target(&self, target: &str) -> Option<&AppObject> {
        let (module, attr) = match target.split_once(':') {
            Some((m, a)) => (m.trim(), a.trim()),
            None => (target.trim(), "application"),
        };
        if !module_matches(&self.module, module) {
            return None;
        }
        let factory = attr
            .strip_suffix(')')
            .and_then(|a| a.split_once('('))
            .map(|(f, _)| f.trim());
        self.apps.iter().find(|a| match factory {
            Some(f) => {
                a.function.as_deref() == Some(f)
                    || a.factory.as_deref() == Some(f) && a.attribute.is_none()
            }
            None => a.function.is_none() && a.attribute.as_deref() == Some(attr),
        })
    }

    /// Upload-size limits set in this file: Django `DATA_UPLOAD_MAX_MEMORY_SIZE` /
    /// `FILE_UPLOAD_MAX_MEMORY_SIZE`, Flask/Quart `MAX_CONTENT_LENGTH`, Sanic `REQUEST_MAX_SIZE`,
    /// aiohttp `Application(client_max_size=...)`.
    pub fn upload_limits(&self) -> Vec<(&str, &Val)> {
        let mut out: Vec<(&str, &Val)> = self
            .settings
            .iter()
            .filter(|s| {
                matches!(
                    s.name.as_str(),
                    "DATA_UPLOAD_MAX_MEMORY_SIZE"
                        | "FILE_UPLOAD_MAX_MEMORY_SIZE"
                        | "MAX_CONTENT_LENGTH"
                        | "REQUEST_MAX_SIZE"
                )
            })
            .map(|s| (s.name.as_str(), &s.value))
            .collect();
        for a in &self.apps {
            if let Some(k) = Kwarg::find(&a.kwargs, "client_max_size") {
                out.push(("client_max_size", &k.value));
            }
        }
        out
    }

    /// Top-level names of absolute imports (`{"fastapi", "requests", "os"}`), deduplicated, sorted.
    pub fn imported_tops(&self) -> Vec<&str> {
        let mut v: Vec<&str> = self
            .imports
            .iter()
            .filter(|i| i.level == 0 && !i.top.is_empty())
            .map(|i| i.top.as_str())
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    }
}

/// Read the facts of one Python file. `path` is relative to the audited root with `/` (it names the
/// module); `text` is the whole file. Total: any input gives facts (possibly empty), never a panic.
pub fn python_facts(path: &str, text: &str) -> PythonFacts {
    engine::run(path, text, engine::Mode::App).0
}

/// The dotted module path of a file: `src/app/main.py` → `src.app.main`, `pkg/__init__.py` → `pkg`.
pub fn module_name(path: &str) -> String {
    let p = path.trim_start_matches("./");
    let p = p.strip_suffix(".py").unwrap_or(p);
    let mut parts: Vec<&str> = p
        .split('/')
        .filter(|s| !s.is_empty() && *s != ".")
        .collect();
    if parts.last() == Some(&"__init__") {
        parts.pop();
    }
    parts.join(".")
}

/// Does `module` (as a server command names it, `app.main`) name the file whose [`module_name`] is
/// `file_module`? The server may run from a subdirectory (`WORKDIR /app/src`, `--app-dir`,
/// `--chdir`), so `module` only has to be a dotted suffix of the file's module path.
pub fn module_matches(file_module: &str, module: &str) -> bool {
    let module = module.trim();
    if module.is_empty() {
        return false;
    }
    file_module == module
        || file_module
            .strip_suffix(module)
            .is_some_and(|head| head.ends_with('.'))
}

#[cfg(test)]
mod tests;
