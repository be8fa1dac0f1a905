//! gunicorn configuration files (`gunicorn.conf.py`, `gunicorn_conf.py`, `config/gunicorn.py`): the
//! settings that matter for deployment, each a [`Val`] (literal, env-derived, or expression text).

use crate::python::engine::{self, Mode};
use crate::value::{Lit, Val};
use seaworthy_syntax::Span;
use serde::Serialize;

/// gunicorn settings recognised in a config file (lowercase module-level names, as gunicorn reads them).
pub const SETTINGS: &[&str] = &[
    "bind",
    "workers",
    "worker_class",
    "threads",
    "worker_connections",
    "timeout",
    "graceful_timeout",
    "keepalive",
    "max_requests",
    "max_requests_jitter",
    "preload_app",
    "reload",
    "reload_engine",
    "daemon",
    "accesslog",
    "errorlog",
    "loglevel",
    "capture_output",
    "forwarded_allow_ips",
    "proxy_allow_ips",
    "proxy_protocol",
    "limit_request_line",
    "limit_request_fields",
    "limit_request_field_size",
    "wsgi_app",
    "chdir",
    "user",
    "group",
    "umask",
    "worker_tmp_dir",
    "backlog",
    "certfile",
    "keyfile",
    "pidfile",
    "raw_env",
    "secure_scheme_headers",
    "statsd_host",
    "pythonpath",
    "spew",
    "check_config",
    "print_config",
];

/// Server hooks gunicorn calls when a function of that name is defined in the config.
const HOOKS: &[&str] = &[
    "on_starting",
    "on_reload",
    "when_ready",
    "pre_fork",
    "post_fork",
    "post_worker_init",
    "worker_int",
    "worker_abort",
    "pre_exec",
    "pre_request",
    "post_request",
    "child_exit",
    "worker_exit",
    "nworkers_changed",
    "on_exit",
    "ssl_context",
];

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GunicornSetting {
    pub name: String,
    pub value: Val,
    /// Set under an `if`/`try` (the value depends on a condition).
    pub conditional: bool,
    pub span: Span,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct GunicornFacts {
    /// Recognised settings in source order (a name assigned twice appears twice; [`GunicornFacts::get`] takes the last).
    pub settings: Vec<GunicornSetting>,
    /// Server hooks defined (`post_fork`, `when_ready`, ...).
    pub hooks: Vec<String>,
    pub truncated: bool,
    /// See [`crate::PythonFacts::unparsed`].
    pub unparsed: bool,
    pub syntax_errors: Vec<Span>,
}

impl GunicornFacts {
    pub fn get(&self, name: &str) -> Option<&GunicornSetting> {
        self.settings.iter().rev().find(|s| s.name == name)
    }

    /// `worker_class` as gunicorn would use it when no variable is set (`"sync"` when unset).
    pub fn worker_class_when_unset(&self) -> Option<String> {
        match self.get("worker_class") {
            None => Some("sync".to_string()),
            Some(s) => match s.value.when_unset()? {
                Lit::Str(c) => Some(c),
                _ => None,
            },
        }
    }
}

/// Read a gunicorn Python config file. Total.
pub fn gunicorn_facts(path: &str, text: &str) -> GunicornFacts {
    let (facts, assignments) = engine::run(path, text, Mode::Gunicorn);
    let settings = assignments
        .into_iter()
        .filter(|a| SETTINGS.contains(&a.name.as_str()))
        .map(|a| GunicornSetting {
            name: a.name,
            value: a.value,
            conditional: a.conditional,
            span: a.span,
        })
        .collect();
    let hooks = facts
        .functions
        .iter()
        .filter(|f| HOOKS.contains(&f.as_str()))
        .cloned()
        .collect();
    GunicornFacts {
        settings,
        hooks,
        truncated: facts.truncated,
        unparsed: facts.unparsed,
        syntax_errors: facts.syntax_errors,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::{EnvSource, Value};

    const CONF: &str = r#"
import multiprocessing
import os

bind = os.getenv("GUNICORN_BIND", "0.0.0.0:8000")
workers = int(os.getenv("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2))
threads = int(os.getenv("PYTHON_MAX_THREADS", 1))
worker_class = "uvicorn.workers.UvicornWorker"
timeout = 120
max_requests = 1000
preload_app = True
reload = bool(os.getenv("WEB_RELOAD", False))
accesslog = "-"

def post_fork(server, worker):
    server.log.info("worker spawned")
"#;

    #[test]
    fn reads_settings_literal_and_env() {
        let g = gunicorn_facts("config/gunicorn.py", CONF);
        assert_eq!(
            g.get("worker_class").unwrap().value.as_str(),
            Some("uvicorn.workers.UvicornWorker")
        );
        assert_eq!(
            g.worker_class_when_unset().as_deref(),
            Some("uvicorn.workers.UvicornWorker")
        );
        assert_eq!(g.get("timeout").unwrap().value.as_int(), Some(120));
        assert_eq!(g.get("preload_app").unwrap().value.as_bool(), Some(true));
        let bind = g.get("bind").unwrap();
        let e = bind.value.env().unwrap();
        assert_eq!(e.var, "GUNICORN_BIND");
        assert_eq!(e.source, EnvSource::Os);
        assert_eq!(
            bind.value.when_unset(),
            Some(Lit::Str("0.0.0.0:8000".into()))
        );
        assert_eq!(
            &CONF[bind.span.range()],
            r#"bind = os.getenv("GUNICORN_BIND", "0.0.0.0:8000")"#
        );
        let threads = g.get("threads").unwrap();
        assert_eq!(threads.value.when_unset(), Some(Lit::Int(1)));
        let workers = g.get("workers").unwrap();
        assert_eq!(workers.value.env_vars(), vec!["WEB_CONCURRENCY"]);
        // cpu_count() * 2 is not a literal: unknown when unset
        assert_eq!(workers.value.when_unset(), None);
        assert_eq!(
            g.get("reload").unwrap().value.when_unset(),
            Some(Lit::Bool(false))
        );
        assert!(matches!(
            g.get("reload").unwrap().value.value,
            Value::Derived { .. }
        ));
        assert_eq!(g.hooks, vec!["post_fork"]);
        assert!(g.get("max_requests_jitter").is_none());
    }

    #[test]
    fn default_worker_class_is_sync() {
        let g = gunicorn_facts("gunicorn.conf.py", "workers = 4\n");
        assert_eq!(g.worker_class_when_unset().as_deref(), Some("sync"));
        assert_eq!(g.get("workers").unwrap().value.as_int(), Some(4));
    }

    #[test]
    fn local_names_are_not_settings_but_resolve() {
        let g = gunicorn_facts(
            "gunicorn_conf.py",
            "cores = 2\nworkers_per_core = 2\nweb_concurrency = workers_per_core * cores\nworkers = web_concurrency\nif True:\n    loglevel = 'debug'\n",
        );
        assert_eq!(g.get("workers").unwrap().value.as_int(), Some(4));
        assert!(g.get("cores").is_none());
        assert!(g.get("loglevel").unwrap().conditional);
    }
}
