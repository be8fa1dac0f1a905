use super::*;
use crate::value::{EnvSource, Lit, Value};

fn slice(src: &str, s: Span) -> &str {
    &src[s.range()]
}

const DJANGO_SETTINGS: &str = r#"
"""Production settings."""
import environ
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
env = environ.Env(DEBUG=(bool, False), ALLOWED_HOSTS=(list, ["localhost"]))
environ.Env.read_env(BASE_DIR / ".env")

DEBUG = env("DEBUG")
SECRET_KEY = env("DJANGO_SECRET_KEY", default="django-insecure-change-me")
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["*"])
DATABASES = {"default": env.db("DATABASE_URL", default="postgres:///app")}
DATABASES["default"]["ATOMIC_REQUESTS"] = True
CACHES = {"default": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": env("REDIS_URL")}}

SESSION_COOKIE_SECURE = env.bool("DJANGO_SESSION_COOKIE_SECURE", default=True)
CSRF_COOKIE_SECURE = True
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
CORS_ALLOW_ALL_ORIGINS = DEBUG
DATA_UPLOAD_MAX_MEMORY_SIZE = 200 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 10_485_760
STATIC_ROOT = "/app/staticfiles"
MEDIA_ROOT = env("MEDIA_ROOT", default="/data/media")

if not DEBUG:
    SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=True)

CELERY_BROKER_URL = env("CELERY_BROKER_URL", default="redis://redis:6379/0")
CELERY_TASK_ROUTES = {
    "app.tasks.send_email": {"queue": "email"},
    "app.reports.*": "reports",
}
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_ACKS_LATE = True
CELERY_BEAT_SCHEDULE = {"cleanup": {"task": "app.tasks.cleanup", "schedule": 3600}}
"#;

#[test]
fn django_settings_with_django_environ() {
    let f = python_facts("config/settings/production.py", DJANGO_SETTINGS);
    assert!(f.syntax_errors.is_empty());
    assert_eq!(f.module, "config.settings.production");

    let debug = f.setting("DEBUG").unwrap();
    let e = debug.value.env().unwrap();
    assert_eq!(
        (e.var.as_str(), e.source),
        ("DEBUG", EnvSource::DjangoEnviron)
    );
    // the default comes from the Env(...) schema
    assert_eq!(e.cast.as_deref(), Some("bool"));
    assert_eq!(debug.value.when_unset(), Some(Lit::Bool(false)));
    assert_eq!(slice(DJANGO_SETTINGS, debug.name_span), "DEBUG");

    let secret = f.setting("SECRET_KEY").unwrap();
    let e = secret.value.env().unwrap();
    assert_eq!(e.var, "DJANGO_SECRET_KEY");
    assert!(!e.required);
    assert_eq!(
        secret.value.when_unset(),
        Some(Lit::Str("django-insecure-change-me".into()))
    );

    let hosts = f.setting("ALLOWED_HOSTS").unwrap();
    let e = hosts.value.env().unwrap();
    assert_eq!(
        (e.var.as_str(), e.cast.as_deref()),
        ("DJANGO_ALLOWED_HOSTS", Some("list"))
    );
    assert_eq!(
        e.default.as_ref().unwrap().as_list().unwrap()[0].as_str(),
        Some("*")
    );

    let dbs = f.setting("DATABASES").unwrap();
    let default = dbs.value.get("default").unwrap();
    let e = default.env().unwrap();
    assert_eq!(
        (e.var.as_str(), e.cast.as_deref()),
        ("DATABASE_URL", Some("db"))
    );

    let dj = python_facts(
        "settings.py",
        "import dj_database_url\nDATABASES = {'default': dj_database_url.config(env='DB_URL', default='postgres://localhost/app', conn_max_age=600)}\n",
    );
    let e = dj
        .setting("DATABASES")
        .unwrap()
        .value
        .get("default")
        .unwrap()
        .env()
        .unwrap()
        .clone();
    assert_eq!((e.var.as_str(), e.cast.as_deref()), ("DB_URL", Some("db")));
    assert_eq!(
        e.default.unwrap().as_str(),
        Some("postgres://localhost/app")
    );

    let redis = f
        .setting("CACHES")
        .unwrap()
        .value
        .get("default")
        .unwrap()
        .get("LOCATION")
        .unwrap();
    assert!(redis.env().unwrap().required);
    assert_eq!(redis.when_unset(), None);

    assert_eq!(
        f.setting("SESSION_COOKIE_SECURE")
            .unwrap()
            .value
            .when_unset(),
        Some(Lit::Bool(true))
    );
    assert_eq!(
        f.setting("CSRF_COOKIE_SECURE").unwrap().value.as_bool(),
        Some(true)
    );
    assert_eq!(
        f.setting("SECURE_HSTS_SECONDS").unwrap().value.as_int(),
        Some(31_536_000)
    );
    assert_eq!(
        f.setting("SECURE_PROXY_SSL_HEADER")
            .unwrap()
            .value
            .as_list()
            .unwrap()[0]
            .as_str(),
        Some("HTTP_X_FORWARDED_PROTO")
    );
    // CORS_ALLOW_ALL_ORIGINS = DEBUG: the name resolves to DEBUG's env read
    let cors = f.setting("CORS_ALLOW_ALL_ORIGINS").unwrap();
    assert_eq!(cors.value.env().unwrap().var, "DEBUG");
    assert_eq!(
        f.setting("DATA_UPLOAD_MAX_MEMORY_SIZE")
            .unwrap()
            .value
            .as_int(),
        Some(209_715_200)
    );
    assert_eq!(
        f.setting("FILE_UPLOAD_MAX_MEMORY_SIZE")
            .unwrap()
            .value
            .as_int(),
        Some(10_485_760)
    );
    assert_eq!(f.upload_limits().len(), 2);
    assert_eq!(
        f.setting("STATIC_ROOT").unwrap().value.as_str(),
        Some("/app/staticfiles")
    );
    assert_eq!(
        f.setting("MEDIA_ROOT").unwrap().value.when_unset(),
        Some(Lit::Str("/data/media".into()))
    );
    let ssl = f.setting("SECURE_SSL_REDIRECT").unwrap();
    assert!(ssl.conditional);
    assert!(!f.setting("CSRF_COOKIE_SECURE").unwrap().conditional);

    // Celery settings under the CELERY namespace
    assert_eq!(
        f.celery.get("broker_url").unwrap().value.env().unwrap().var,
        "CELERY_BROKER_URL"
    );
    assert_eq!(
        f.celery
            .get("worker_prefetch_multiplier")
            .unwrap()
            .value
            .as_int(),
        Some(1)
    );
    assert_eq!(
        f.celery.get("task_acks_late").unwrap().value.as_bool(),
        Some(true)
    );
    let routes: Vec<(&str, Option<&str>)> = f
        .celery
        .routes
        .iter()
        .map(|r| (r.pattern.as_str(), r.queue.as_deref()))
        .collect();
    assert_eq!(
        routes,
        vec![
            ("app.tasks.send_email", Some("email")),
            ("app.reports.*", Some("reports"))
        ]
    );
    assert_eq!(f.celery.beat.len(), 1);
    assert_eq!(f.imported_tops(), vec!["environ", "pathlib"]);
}

#[test]
fn os_environ_and_decouple_forms() {
    let src = r#"
import os
from decouple import config, Csv
from distutils.util import strtobool

DEBUG = os.environ.get("DJANGO_DEBUG", "False").lower() == "true"
DEBUG2 = bool(strtobool(os.getenv("DEBUG2", "0")))
DEBUG3 = config("DEBUG3", default=False, cast=bool)
SECRET_KEY = os.environ["SECRET_KEY"]
ALLOWED_HOSTS = config("ALLOWED_HOSTS", cast=Csv(), default="localhost")
ENVIRONMENT = os.getenv("ENVIRONMENT", "production")
RELOAD = ENVIRONMENT == "development"
PORT = int(os.getenv("PORT", "8000"))
"#;
    let f = python_facts("settings.py", src);
    let debug = &f.setting("DEBUG").unwrap().value;
    assert_eq!(debug.env().unwrap().var, "DJANGO_DEBUG");
    assert_eq!(debug.when_unset(), Some(Lit::Bool(false)));
    assert_eq!(
        debug.with_env(&|_| Some("True".into())),
        Some(Lit::Bool(true))
    );
    assert_eq!(
        f.setting("DEBUG2").unwrap().value.when_unset(),
        Some(Lit::Bool(false))
    );
    let d3 = &f.setting("DEBUG3").unwrap().value;
    assert_eq!(d3.env().unwrap().source, EnvSource::Decouple);
    assert_eq!(d3.env().unwrap().cast.as_deref(), Some("bool"));
    assert_eq!(d3.with_env(&|_| Some("yes".into())), Some(Lit::Bool(true)));
    let sk = f.setting("SECRET_KEY").unwrap();
    assert!(sk.value.env().unwrap().required);
    assert_eq!(slice(src, sk.value.span), "os.environ[\"SECRET_KEY\"]");
    assert_eq!(
        f.setting("ALLOWED_HOSTS")
            .unwrap()
            .value
            .env()
            .unwrap()
            .cast
            .as_deref(),
        Some("Csv")
    );
    let reload = &f.setting("RELOAD").unwrap().value;
    assert!(matches!(reload.value, Value::Compare { .. }));
    assert_eq!(reload.env_vars(), vec!["ENVIRONMENT"]);
    assert_eq!(reload.when_unset(), Some(Lit::Bool(false)));
    assert_eq!(
        f.setting("PORT").unwrap().value.when_unset(),
        Some(Lit::Int(8000))
    );
}

const FASTAPI_MAIN: &str = r#"
import os

import uvicorn
from fastapi import APIRouter, FastAPI, WebSocket
from fastapi.middleware.cors import CORSMiddleware
from sse_starlette.sse import EventSourceResponse
from starlette.responses import StreamingResponse

from app.api.main import api_router
from app.core.config import settings

app = FastAPI(title="svc", docs_url=None)
router = APIRouter(prefix="/chat")

app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["*"],
)
app.include_router(api_router, prefix=settings.API_V1_STR)


@router.websocket("/ws/{room}")
async def room_ws(websocket: WebSocket, room: str):
    await websocket.accept()


@app.websocket("/ws")
async def ws(websocket: WebSocket):
    await websocket.accept()


@app.get("/events")
async def events():
    return EventSourceResponse(gen())


@app.get("/export")
def export():
    return StreamingResponse(rows(), media_type="text/csv")


@app.get("/feed")
def feed():
    return StreamingResponse(gen(), media_type="text/event-stream")


app.include_router(router)

UPLOAD_DIR = os.getenv("UPLOAD_DIR", "/data/uploads")
os.makedirs(UPLOAD_DIR, exist_ok=True)

if __name__ == "__main__":
    uvicorn.run(
        "app.main:app",
        host="0.0.0.0",
        port=int(os.getenv("PORT", 8000)),
        reload=os.getenv("ENVIRONMENT", "production") == "development",
    )
"#;

#[test]
fn fastapi_app_routes_middleware_and_uvicorn_run() {
    let f = python_facts("app/main.py", FASTAPI_MAIN);
    assert!(f.syntax_errors.is_empty(), "{:?}", f.syntax_errors);
    assert_eq!(f.apps.len(), 1);
    let app = &f.apps[0];
    assert_eq!(
        (app.framework, app.interface),
        (Framework::FastApi, Interface::Asgi)
    );
    assert_eq!(app.target.as_deref(), Some("app.main:app"));
    assert_eq!(
        slice(FASTAPI_MAIN, app.span),
        "FastAPI(title=\"svc\", docs_url=None)"
    );
    assert!(f.app_for_target("app.main:app").is_some());
    assert!(f.app_for_target("main:app").is_some());
    assert!(f.app_for_target("app.main:application").is_none());
    assert!(f.app_for_target("other.main:app").is_none());

    let ws: Vec<(Option<&str>, Option<&str>, Option<&str>)> = f
        .websocket_routes
        .iter()
        .map(|w| {
            (
                w.path.as_deref(),
                w.prefix.as_deref(),
                w.function.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        ws,
        vec![
            (Some("/ws/{room}"), Some("/chat"), Some("room_ws")),
            (Some("/ws"), None, Some("ws")),
        ]
    );
    assert_eq!(
        slice(FASTAPI_MAIN, f.websocket_routes[1].span),
        "@app.websocket(\"/ws\")"
    );

    let streams: Vec<(StreamingKind, Option<&str>)> = f
        .streaming_endpoints
        .iter()
        .map(|s| (s.kind, s.route.as_deref()))
        .collect();
    assert_eq!(
        streams,
        vec![
            (StreamingKind::Sse, Some("/events")),
            (StreamingKind::Stream, Some("/export")),
            (StreamingKind::Sse, Some("/feed")),
        ]
    );

    let cors: Vec<&Middleware> = f.middleware.iter().filter(|m| m.is_cors()).collect();
    assert_eq!(cors.len(), 1);
    assert_eq!(cors[0].name, "fastapi.middleware.cors.CORSMiddleware");
    assert!(cors[0].allows_any_origin());
    assert_eq!(f.routers[0].prefix.as_deref(), Some("/chat"));
    assert_eq!(f.router_includes[0].router, "app.api.main.api_router");
    // `prefix=settings.API_V1_STR` is a prefix the file does not spell out
    assert!(f.router_includes[0].prefix_unknown);
    assert!(!f.router_includes[1].prefix_unknown);
    assert!(!f.routers[0].prefix_unknown);

    assert_eq!(f.server_runs.len(), 1);
    let run = &f.server_runs[0];
    assert_eq!(run.server, ServerKind::Uvicorn);
    assert!(run.main_guard);
    assert_eq!(run.args[0].as_str(), Some("app.main:app"));
    let reload = run.kwarg("reload").unwrap();
    assert_eq!(reload.value.env_vars(), vec!["ENVIRONMENT"]);
    assert_eq!(reload.value.when_unset(), Some(Lit::Bool(false)));
    assert_eq!(
        reload
            .value
            .with_env(&|v| (v == "ENVIRONMENT").then(|| "development".into())),
        Some(Lit::Bool(true))
    );
    assert!(slice(FASTAPI_MAIN, reload.span).starts_with("reload=os.getenv"));

    assert_eq!(f.data_paths.len(), 1);
    let p = &f.data_paths[0];
    assert_eq!(
        (p.path.as_str(), p.write, p.env.as_deref()),
        ("/data/uploads", true, Some("UPLOAD_DIR"))
    );

    let tops = f.imported_tops();
    assert!(tops.contains(&"uvicorn") && tops.contains(&"sse_starlette") && tops.contains(&"app"));
}

#[test]
fn pydantic_settings_resolve_in_the_same_file() {
    let src = r#"
from typing import Literal
from pydantic_settings import BaseSettings, SettingsConfigDict
import uvicorn

class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="APP_")
    ENVIRONMENT: Literal["local", "staging", "production"] = "local"
    secret_key: str
    BACKEND_CORS_ORIGINS: list[str] = []

settings = Settings()

def main():
    uvicorn.run("app.main:app", reload=settings.ENVIRONMENT == "local")
"#;
    let f = python_facts("app/core/config.py", src);
    let env = f.setting("ENVIRONMENT").unwrap();
    assert_eq!(env.source, SettingSource::PydanticField);
    let e = env.value.env().unwrap();
    assert_eq!(
        (e.var.as_str(), e.source),
        ("APP_ENVIRONMENT", EnvSource::PydanticSettings)
    );
    assert_eq!(env.value.when_unset(), Some(Lit::Str("local".into())));
    let sk = f.setting("secret_key").unwrap().value.env().unwrap();
    assert!(sk.required);
    assert_eq!(sk.var, "APP_SECRET_KEY");
    let run = &f.server_runs[0];
    assert!(!run.main_guard);
    assert_eq!(run.function.as_deref(), Some("main"));
    // reload is on when APP_ENVIRONMENT is unset: the pydantic default is "local"
    assert_eq!(
        run.kwarg("reload").unwrap().value.when_unset(),
        Some(Lit::Bool(true))
    );
}

#[test]
fn flask_factory_run_debug_and_config() {
    let src = r#"
import os
from flask import Flask
from flask_cors import CORS
from flask_socketio import SocketIO

socketio = SocketIO()

def create_app():
    app = Flask(__name__)
    app.config["MAX_CONTENT_LENGTH"] = 16 * 1024 * 1024
    app.config.update(SESSION_COOKIE_SECURE=False)
    CORS(app)
    socketio.init_app(app)
    return app

app = create_app()

if __name__ == "__main__":
    if os.environ.get("FLASK_ENV") == "development":
        app.run(host="0.0.0.0", debug=True)
    else:
        socketio.run(app, debug=False, allow_unsafe_werkzeug=True)
"#;
    let f = python_facts("web/app.py", src);
    let targets: Vec<(Option<&str>, Framework)> = f
        .apps
        .iter()
        .map(|a| (a.target.as_deref(), a.framework))
        .collect();
    assert_eq!(
        targets,
        vec![
            (Some("web.app:create_app()"), Framework::Flask),
            (Some("web.app:app"), Framework::Flask)
        ]
    );
    assert_eq!(f.apps[1].factory.as_deref(), Some("create_app"));
    assert!(f.app_for_target("web.app:create_app()").is_some());
    assert!(f.app_for_target("app:app").is_some());
    assert_eq!(
        f.setting("MAX_CONTENT_LENGTH").unwrap().value.as_int(),
        Some(16_777_216)
    );
    assert_eq!(
        f.setting("MAX_CONTENT_LENGTH").unwrap().source,
        SettingSource::AppConfig
    );
    assert!(f.setting("SECRET_KEY").is_none());
    assert_eq!(
        f.setting("SESSION_COOKIE_SECURE").unwrap().value.as_bool(),
        Some(false)
    );
    assert!(f
        .middleware
        .iter()
        .any(|m| m.name == "flask_cors.CORS" && m.allows_any_origin()));
    assert_eq!(f.websocket_routes[0].kind, WebSocketKind::FlaskSocketIo);
    assert_eq!(f.websocket_routes[0].path.as_deref(), Some("/socket.io"));

    assert_eq!(f.server_runs.len(), 2);
    let dev = &f.server_runs[0];
    assert_eq!(
        (dev.server, dev.receiver.as_deref()),
        (ServerKind::AppRun, Some("app"))
    );
    assert!(dev.main_guard);
    assert_eq!(dev.conditions.len(), 1);
    assert_eq!(dev.conditions[0].env_vars(), vec!["FLASK_ENV"]);
    assert_eq!(dev.kwarg("debug").unwrap().value.as_bool(), Some(true));
    let sio = &f.server_runs[1];
    assert_eq!(sio.server, ServerKind::SocketIoRun);
    assert!(matches!(sio.conditions[0].value, Value::Not(_)));
}

#[test]
fn celery_app_module() {
    let src = r#"
import os
from celery import Celery, shared_task
from celery.schedules import crontab
from kombu import Exchange, Queue

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

app = Celery("proj", broker=os.getenv("BROKER_URL", "redis://localhost:6379/0"))
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()

app.conf.task_default_queue = "default"
app.conf.task_queues = (
    Queue("default", Exchange("default"), routing_key="default"),
    Queue("media", routing_key="media"),
)
app.conf.update(
    task_routes={"proj.media.*": {"queue": "media"}},
    worker_prefetch_multiplier=4,
)

@app.on_after_configure.connect
def setup_periodic_tasks(sender, **kwargs):
    sender.add_periodic_task(crontab(hour=7), cleanup.s())

@app.task(bind=True, queue="media", acks_late=True)
def transcode(self, media_id):
    probe.apply_async((media_id,), queue="probe")

@shared_task
def cleanup():
    pass
"#;
    let f = python_facts("proj/celery.py", src);
    let c = &f.celery;
    assert_eq!(c.apps.len(), 1);
    let a = &c.apps[0];
    assert_eq!(a.target.as_deref(), Some("proj.celery:app"));
    assert_eq!(a.namespace.as_deref(), Some("CELERY"));
    assert_eq!(a.config_from.as_deref(), Some("django.conf:settings"));
    assert!(a.autodiscover);
    assert_eq!(a.broker.as_ref().unwrap().env().unwrap().var, "BROKER_URL");
    assert_eq!(
        c.get("task_default_queue").unwrap().value.as_str(),
        Some("default")
    );
    assert_eq!(
        c.get("worker_prefetch_multiplier").unwrap().value.as_int(),
        Some(4)
    );
    let queues: Vec<&str> = c.queues.iter().map(|q| q.name.as_str()).collect();
    assert_eq!(queues, vec!["default", "media"]);
    assert_eq!(c.routes.len(), 1);
    assert_eq!(c.routes[0].queue.as_deref(), Some("media"));
    let tasks: Vec<(&str, Option<&str>)> = c
        .tasks
        .iter()
        .map(|t| (t.function.as_str(), t.queue.as_deref()))
        .collect();
    assert_eq!(tasks, vec![("transcode", Some("media")), ("cleanup", None)]);
    assert_eq!(
        c.tasks[0].kwarg("acks_late").unwrap().value.as_bool(),
        Some(true)
    );
    assert_eq!(
        c.sent_to
            .iter()
            .map(|q| q.name.as_str())
            .collect::<Vec<_>>(),
        vec!["probe"]
    );
    assert_eq!(c.beat.len(), 1);
    // the os.environ.setdefault call is not a setting
    assert!(f.settings.is_empty());
}

#[test]
fn celeryconfig_module_level_names() {
    let src = "broker_url = 'amqp://guest@rabbit//'\ntask_routes = [{'a.b': {'queue': 'x'}}]\nresult_expires = 3600\nsome_local = 1\n";
    let f = python_facts("celeryconfig.py", src);
    let keys: Vec<&str> = f.celery.config.iter().map(|e| e.key.as_str()).collect();
    assert_eq!(keys, vec!["broker_url", "task_routes", "result_expires"]);
    assert_eq!(f.celery.routes[0].pattern, "a.b");
}

#[test]
fn django_asgi_channels_routing() {
    let asgi = r#"
import os
from channels.auth import AuthMiddlewareStack
from channels.routing import ProtocolTypeRouter, URLRouter
from django.core.asgi import get_asgi_application
from django.urls import path, re_path

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mysite.settings")
django_asgi_app = get_asgi_application()

from chat.consumers import ChatConsumer

application = ProtocolTypeRouter({
    "http": django_asgi_app,
    "websocket": AuthMiddlewareStack(URLRouter([
        re_path(r"ws/chat/(?P<room_name>\w+)/$", ChatConsumer.as_asgi()),
        path("ws/notifications/", ChatConsumer.as_asgi()),
    ])),
})
"#;
    let f = python_facts("mysite/asgi.py", asgi);
    let apps: Vec<(Option<&str>, Framework, Interface)> = f
        .apps
        .iter()
        .map(|a| (a.attribute.as_deref(), a.framework, a.interface))
        .collect();
    assert_eq!(
        apps,
        vec![
            (Some("django_asgi_app"), Framework::Django, Interface::Asgi),
            (Some("application"), Framework::Channels, Interface::Asgi),
        ]
    );
    assert!(f.app_for_target("mysite.asgi:application").is_some());
    // gunicorn's default attribute is `application`
    assert!(f.app_for_target("mysite.asgi").is_some());
    let paths: Vec<&str> = f
        .websocket_routes
        .iter()
        .filter_map(|w| w.path.as_deref())
        .collect();
    assert_eq!(
        paths,
        vec![r"ws/chat/(?P<room_name>\w+)/$", "ws/notifications/"]
    );

    let routing = "from django.urls import re_path\nfrom . import consumers\n\nwebsocket_urlpatterns = [\n    re_path(r\"ws/live/$\", consumers.Live.as_asgi()),\n]\n";
    let r = python_facts("chat/routing.py", routing);
    assert_eq!(r.websocket_routes.len(), 1);
    assert_eq!(r.websocket_routes[0].kind, WebSocketKind::Channels);

    let elsewhere = "from channels.routing import ProtocolTypeRouter, URLRouter\nimport chat.routing\napplication = ProtocolTypeRouter({'websocket': URLRouter(chat.routing.websocket_urlpatterns)})\n";
    let e = python_facts("asgi.py", elsewhere);
    assert_eq!(e.websocket_routes.len(), 1);
    assert_eq!(e.websocket_routes[0].path, None);

    let wrapped = "from .asgi_handler import get_asgi_application\napplication = get_asgi_application()\napplication = health_check(application, '/health/')\n";
    let w = python_facts("saleor/asgi/__init__.py", wrapped);
    assert_eq!(w.apps.len(), 1);
    assert!(w.app_for_target("saleor.asgi:application").is_some());

    let wsgi = "import os\nfrom django.core.wsgi import get_wsgi_application\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'x.settings')\napplication = get_wsgi_application()\n";
    let w = python_facts("x/wsgi.py", wsgi);
    assert_eq!(w.apps[0].interface, Interface::Wsgi);
    assert_eq!(w.apps[0].target.as_deref(), Some("x.wsgi:application"));
}

#[test]
fn socketio_and_starlette_routes() {
    let src = r#"
import socketio
from starlette.applications import Starlette
from starlette.routing import Route, WebSocketRoute

sio = socketio.AsyncServer(async_mode="asgi", cors_allowed_origins="*")
star = Starlette(routes=[Route("/", home), WebSocketRoute("/live", Live)])
star.add_websocket_route("/ws2", handler)
app = socketio.ASGIApp(sio, other_asgi_app=star)
star.mount("/rt", socketio.ASGIApp(sio, socketio_path="sock"))
"#;
    let f = python_facts("server.py", src);
    let ws: Vec<(WebSocketKind, Option<&str>, Option<&str>)> = f
        .websocket_routes
        .iter()
        .map(|w| (w.kind, w.path.as_deref(), w.prefix.as_deref()))
        .collect();
    assert_eq!(
        ws,
        vec![
            (WebSocketKind::Route, Some("/live"), None),
            (WebSocketKind::AddRoute, Some("/ws2"), None),
            (WebSocketKind::SocketIo, Some("/socket.io"), None),
            (WebSocketKind::SocketIo, Some("/sock"), Some("/rt")),
        ]
    );
    let apps: Vec<(Option<&str>, Framework)> = f
        .apps
        .iter()
        .map(|a| (a.attribute.as_deref(), a.framework))
        .collect();
    assert_eq!(
        apps,
        vec![
            (Some("star"), Framework::Starlette),
            (Some("app"), Framework::SocketIo)
        ]
    );
}

#[test]
fn other_frameworks() {
    let cases: &[(&str, Framework, Interface)] = &[
        (
            "from quart import Quart\napp = Quart(__name__)\n",
            Framework::Quart,
            Interface::Asgi,
        ),
        (
            "from sanic import Sanic\napp = Sanic('x')\n",
            Framework::Sanic,
            Interface::Asgi,
        ),
        (
            "from aiohttp import web\napp = web.Application(client_max_size=1024**3)\n",
            Framework::Aiohttp,
            Interface::Native,
        ),
        (
            "from litestar import Litestar\napp = Litestar(route_handlers=[])\n",
            Framework::Litestar,
            Interface::Asgi,
        ),
        (
            "import falcon.asgi\napp = falcon.asgi.App()\n",
            Framework::Falcon,
            Interface::Asgi,
        ),
        (
            "import falcon\napp = falcon.App()\n",
            Framework::Falcon,
            Interface::Wsgi,
        ),
    ];
    for (src, fw, iface) in cases {
        let f = python_facts("main.py", src);
        assert_eq!(f.apps.len(), 1, "{src}");
        assert_eq!(
            (f.apps[0].framework, f.apps[0].interface),
            (*fw, *iface),
            "{src}"
        );
    }
    let aio = python_facts("main.py", cases[2].0);
    assert_eq!(aio.upload_limits()[0].1.as_int(), Some(1 << 30));
    // a class named like a framework but from elsewhere is not an app
    let other = python_facts(
        "main.py",
        "from mylib import Application\napp = Application()\n",
    );
    assert!(other.apps.is_empty());
    // asyncio.run / subprocess.run are not servers
    let runs = python_facts(
        "main.py",
        "import asyncio, subprocess\nasyncio.run(main())\nsubprocess.run(['ls'])\n",
    );
    assert!(runs.server_runs.is_empty());
}

#[test]
fn imports_forms() {
    let src = "import os, sys as system\nimport requests.adapters\nfrom . import views\nfrom ..core.config import settings\nfrom fastapi import FastAPI\ntry:\n    import ujson as json\nexcept ImportError:\n    import json\n\ndef f():\n    import boto3\n    importlib.import_module('redis')\n";
    let f = python_facts("pkg/mod.py", src);
    let got: Vec<(&str, &str, u32, bool, bool)> = f
        .imports
        .iter()
        .map(|i| {
            (
                i.module.as_str(),
                i.top.as_str(),
                i.level,
                i.conditional,
                i.dynamic,
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            ("os", "os", 0, false, false),
            ("sys", "sys", 0, false, false),
            ("requests.adapters", "requests", 0, false, false),
            ("", "", 1, false, false),
            ("core.config", "", 2, false, false),
            ("fastapi", "fastapi", 0, false, false),
            ("ujson", "ujson", 0, true, false),
            ("json", "json", 0, true, false),
            ("boto3", "boto3", 0, true, false),
            ("redis", "redis", 0, true, true),
        ]
    );
    assert_eq!(
        f.imported_tops(),
        vec!["boto3", "fastapi", "json", "os", "redis", "requests", "sys", "ujson"]
    );
}

#[test]
fn data_paths() {
    let src = "from pathlib import Path\nimport os\nDATA = Path('/data/app')\nwith open('/app/config.yaml') as fh:\n    pass\nopen(f'/var/log/app/{name}.log', 'a')\nos.makedirs('/tmp/cache', exist_ok=True)\nopen('relative.txt')\nopen('/dev/null', 'w')\nfrom fastapi.staticfiles import StaticFiles\napp.mount('/static', StaticFiles(directory='static'), name='static')\n";
    let f = python_facts("main.py", src);
    let got: Vec<(&str, bool, bool)> = f
        .data_paths
        .iter()
        .map(|d| (d.path.as_str(), d.write, d.absolute))
        .collect();
    assert_eq!(
        got,
        vec![
            ("/data/app", false, true),
            ("/app/config.yaml", false, true),
            ("/var/log/app/", true, true),
            ("/tmp/cache", true, true),
            ("static", false, false),
        ]
    );
}

#[test]
fn syntax_errors_keep_the_rest() {
    let src = "from fastapi import FastAPI\napp = FastAPI()\n\ndef broken(:\n    pass\n\nDEBUG = True\n@app.websocket('/ws')\nasync def ws(w):\n    pass\n";
    let f = python_facts("main.py", src);
    assert!(!f.syntax_errors.is_empty());
    assert_eq!(f.apps.len(), 1);
    assert_eq!(f.setting("DEBUG").unwrap().value.as_bool(), Some(true));
    assert_eq!(f.websocket_routes.len(), 1);
}

#[test]
fn truncated_and_huge_inputs() {
    // a file cut in the middle of a call
    let cut = &FASTAPI_MAIN[..FASTAPI_MAIN.find("allow_credentials").unwrap()];
    let f = python_facts("app/main.py", cut);
    assert_eq!(f.apps.len(), 1);
    // longer than the cap: the prefix is read, and the facts say so
    let mut big = String::from("from fastapi import FastAPI\napp = FastAPI()\n");
    while big.len() <= MAX_SOURCE_BYTES {
        big.push_str("X_VALUE = 1  # padding padding padding padding padding padding\n");
    }
    big.push_str("LATE = True\n");
    let f = python_facts("app/main.py", &big);
    assert!(f.truncated);
    assert_eq!(f.apps.len(), 1);
    assert!(f.setting("LATE").is_none());
    assert!(f.settings.len() <= 2_000);
}

#[test]
fn deep_nesting_is_bounded() {
    // deep enough that a recursive walker would exhaust a test thread's stack, small enough that
    // the parse stays far inside its time budget on a loaded debug build
    let depth = 3_000;
    let src = format!("X = {}1{}\nY = 2\n", "(".repeat(depth), ")".repeat(depth));
    let f = python_facts("deep.py", &src);
    assert_eq!(f.setting("Y").unwrap().value.as_int(), Some(2));
    let list = format!("X = {}1{}\n", "[".repeat(depth), "]".repeat(depth));
    let _ = python_facts("deep.py", &list);
    let calls = format!("X = {}1{}\n", "f(".repeat(depth), ")".repeat(depth));
    let _ = python_facts("deep.py", &calls);
    let mut blocks = String::new();
    for i in 0..200 {
        blocks.push_str(&" ".repeat(i));
        blocks.push_str("if x:\n");
    }
    blocks.push_str(&" ".repeat(200));
    blocks.push_str("DEBUG = True\n");
    let _ = python_facts("deep.py", &blocks);
}

#[test]
fn module_paths() {
    assert_eq!(module_name("app/main.py"), "app.main");
    assert_eq!(module_name("./src/app/__init__.py"), "src.app");
    assert_eq!(module_name("main.py"), "main");
    assert!(module_matches("src.app.main", "app.main"));
    assert!(module_matches("app.main", "app.main"));
    assert!(!module_matches("myapp.main", "app.main"));
    assert!(!module_matches("app.main", ""));
}

mod totality {
    use super::*;
    use proptest::prelude::*;

    const SNIPPETS: &[&str] = &[
        "app = FastAPI(",
        "@app.websocket(\"/ws\")\n",
        "uvicorn.run(",
        "env(\"X\", default=",
        "os.environ[",
        "Celery(\"x\", broker=",
        "task_routes = {",
        "Queue(\"q\"",
        "if __name__ == \"__main__\":\n    ",
        "class S(BaseSettings):\n    X: int = ",
        "\"\"\"",
        "'",
        "f\"{",
        "(",
        ")",
        "[",
        "]",
        "{",
        "}",
        ":",
        "\n",
        "    ",
        "\t",
        "\\",
        "é",
        "\u{0}",
        "import ",
        "from . import ",
        " = ",
        "lambda: ",
        "async def f():\n",
        "ProtocolTypeRouter({'websocket': ",
        "open('/data/",
        ").split(','",
        " == ",
        " not in ",
        "**",
        "//",
    ];

    proptest! {
        #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

        #[test]
        fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
            let text = String::from_utf8_lossy(&bytes);
            let f = python_facts("x/y.py", &text);
            for s in f.settings.iter().map(|s| s.span).chain(f.syntax_errors.iter().copied()) {
                prop_assert!(text.get(s.range()).is_some());
            }
            let _ = crate::gunicorn_facts("gunicorn.conf.py", &text);
            let _ = crate::alembic_facts(&text);
            let _ = crate::node_facts(&text);
        }

        #[test]
        fn python_shaped_noise_never_panics(parts in proptest::collection::vec(0..SNIPPETS.len(), 0..80)) {
            let text: String = parts.iter().map(|i| SNIPPETS[*i]).collect();
            let f = python_facts("main.py", &text);
            for w in &f.websocket_routes {
                prop_assert!(text.get(w.span.range()).is_some());
            }
            for s in &f.settings {
                let _ = s.value.when_unset();
                let _ = s.value.env_vars();
            }
        }
    }
}

#[test]
fn binary_input_is_not_parsed() {
    let bytes: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    let text = String::from_utf8_lossy(&bytes);
    let f = python_facts("main.py", &text);
    assert!(f.unparsed);
    assert!(f.apps.is_empty() && f.settings.is_empty());
    // a few odd characters in real code do not stop the parse
    let f = python_facts("main.py", "# caf\u{fffd}\nDEBUG = True\n");
    assert!(!f.unparsed);
    assert_eq!(f.setting("DEBUG").unwrap().value.as_bool(), Some(true));
}

#[test]
fn project_env_helpers_and_conditional_values() {
    let src = r#"
import os
from .parsers import get_bool_from_env, get_int_from_env

DEBUG = get_bool_from_env("PAPERLESS_DEBUG", "NO")
WORKERS = get_int_from_env("PAPERLESS_WORKERS", 2)
SECRET = _get_env("APP_SECRET")
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if os.getenv("BEHIND_PROXY") else None
NOT_ENV = setenv("X_Y", "1")
"#;
    let f = python_facts("settings.py", src);
    let debug = &f.setting("DEBUG").unwrap().value;
    let e = debug.env().unwrap();
    assert_eq!(
        (e.var.as_str(), e.source, e.cast.as_deref()),
        ("PAPERLESS_DEBUG", EnvSource::Helper, Some("bool"))
    );
    assert_eq!(debug.when_unset(), Some(Lit::Bool(false)));
    assert_eq!(
        f.setting("WORKERS").unwrap().value.when_unset(),
        Some(Lit::Int(2))
    );
    assert_eq!(f.setting("SECRET").unwrap().value.when_unset(), None);
    let proxy = &f.setting("SECURE_PROXY_SSL_HEADER").unwrap().value;
    assert_eq!(proxy.env_vars(), vec!["BEHIND_PROXY"]);
    assert_eq!(proxy.when_unset(), Some(Lit::None));
    assert!(f.setting("NOT_ENV").unwrap().value.env().is_none());
}

#[test]
fn channels_routes_across_modules_and_settings_instances() {
    let asgi = "from channels.routing import ProtocolTypeRouter, URLRouter\nfrom paperless.urls import websocket_urlpatterns\napplication = ProtocolTypeRouter({'websocket': AuthMiddlewareStack(URLRouter(websocket_urlpatterns))})\n";
    let a = python_facts("src/paperless/asgi.py", asgi);
    assert_eq!(
        a.websocket_routes[0].routes_from.as_deref(),
        Some("paperless.urls.websocket_urlpatterns")
    );
    let urls = "from django.urls import path\nwebsocket_urlpatterns = [\n    path('ws/status/', StatusConsumer.as_asgi()),\n]\nurlpatterns = [path('api/', include(router.urls))]\n";
    let u = python_facts("src/paperless/urls.py", urls);
    assert_eq!(u.websocket_routes.len(), 1);
    assert_eq!(
        u.websocket_routes[0].receiver.as_deref(),
        Some("websocket_urlpatterns")
    );
    assert_eq!(u.websocket_routes[0].path.as_deref(), Some("ws/status/"));

    let cfg = "from pydantic_settings import BaseSettings\nclass Settings(BaseSettings):\n    ENVIRONMENT: str = 'local'\nsettings = Settings()\n";
    let c = python_facts("app/core/config.py", cfg);
    let field = c.settings_field("settings", "ENVIRONMENT").unwrap();
    assert_eq!(field.value.when_unset(), Some(Lit::Str("local".into())));
    assert!(c.settings_field("settings", "MISSING").is_none());
    assert!(c.settings_field("other", "ENVIRONMENT").is_none());
}

#[test]
fn env_helper_defined_in_the_same_file() {
    let src = "import os\n\ndef get_bool_from_env(name, default_value):\n    return default_value\n\nDEBUG = get_bool_from_env(\"DEBUG\", True)\n";
    let f = python_facts("settings.py", src);
    assert_eq!(
        f.setting("DEBUG").unwrap().value.when_unset(),
        Some(Lit::Bool(true)),
        "{:?}",
        f.setting("DEBUG")
    );
}

#[test]
fn cookiecutter_directive_lines_do_not_hide_the_rest() {
    let src = "from .base import env\n\nSECRET_KEY = env(\"DJANGO_SECRET_KEY\")\n{% if cookiecutter.cloud_provider == 'AWS' %}\nAWS_ACCESS_KEY_ID = env(\"DJANGO_AWS_ACCESS_KEY_ID\")\n{%- elif cookiecutter.cloud_provider == 'GCP' %}\nGS_BUCKET_NAME = env(\"DJANGO_GCP_STORAGE_BUCKET_NAME\")\n{%- endif %}\nSESSION_COOKIE_SECURE = True\n";
    let f = python_facts("config/settings/production.py", src);
    let names: Vec<&str> = f.settings.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(
        names,
        vec![
            "SECRET_KEY",
            "AWS_ACCESS_KEY_ID",
            "GS_BUCKET_NAME",
            "SESSION_COOKIE_SECURE"
        ]
    );
    let last = f.setting("SESSION_COOKIE_SECURE").unwrap();
    assert_eq!(&src[last.span.range()], "SESSION_COOKIE_SECURE = True");
}

#[test]
fn flask_secret_key_attribute_is_a_setting() {
    let src = "from flask import Flask\napp = Flask(__name__)\napp.secret_key = \"dev\"\nother.secret_key = \"x\"\n";
    let f = python_facts("web/app.py", src);
    let keys: Vec<(&str, Option<&str>)> = f
        .settings
        .iter()
        .map(|s| (s.name.as_str(), s.value.as_str()))
        .collect();
    assert_eq!(keys, [("SECRET_KEY", Some("dev"))]);
    assert_eq!(f.settings[0].source, SettingSource::AppConfig);
}

#[test]
fn streaming_endpoints_record_their_router_response_class_and_kwargs() {
    let src = r#"
from fastapi import APIRouter
from flask import Flask, Response
from sse_starlette.sse import EventSourceResponse

router = APIRouter(prefix="/api")
bp = Flask(__name__)


@router.get("/events")
async def events():
    return EventSourceResponse(gen(), ping=30)


@bp.route("/stream")
def stream():
    return Response(gen(), mimetype="text/event-stream", headers={"X-Accel-Buffering": "no"})


def django_view(request):
    return StreamingHttpResponse(gen(), content_type="text/event-stream")
"#;
    let f = python_facts("app/sse.py", src);
    let got: Vec<_> = f
        .streaming_endpoints
        .iter()
        .map(|s| {
            (
                s.kind,
                s.route.as_deref(),
                s.receiver.as_deref(),
                s.prefix.as_deref(),
                s.response.as_str(),
                s.pings_by_itself(),
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            (
                StreamingKind::Sse,
                Some("/events"),
                Some("router"),
                Some("/api"),
                "EventSourceResponse",
                true
            ),
            (
                StreamingKind::Sse,
                Some("/stream"),
                Some("bp"),
                None,
                "Response",
                false
            ),
            (
                StreamingKind::Sse,
                None,
                None,
                None,
                "StreamingHttpResponse",
                false
            ),
        ]
    );
    assert_eq!(
        f.streaming_endpoints[0]
            .kwarg("ping")
            .and_then(|k| k.value.as_int()),
        Some(30)
    );
    assert!(f.streaming_endpoints[1].kwarg("headers").is_some());
}
