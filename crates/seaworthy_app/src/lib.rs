//! Facts about the application a container runs, read from its source with real parsers.
//!
//! This crate is a pure extraction layer: no rules, no file system access. Every function takes the
//! file's text (and, for Python, its path relative to the audited root, which names the module) and
//! returns plain data with byte [`Span`](seaworthy_syntax::Span)s into that text. All functions are
//! total: any input, including binary garbage, truncated files and very deep nesting, gives facts
//! (possibly empty or partial), never a panic. Recursion is bounded everywhere.
//!
//! | function | input | output |
//! | --- | --- | --- |
//! | [`python_facts`] | any `.py` file (entry modules, settings, Celery, routing) | [`PythonFacts`]: app objects and framework (`app.main:app`), WebSocket routes, SSE/streaming endpoints, `uvicorn.run`/`app.run` with their `reload`/`debug` values and gating conditions, UPPER_CASE settings (Django, Flask config, pydantic `BaseSettings` fields), middleware (CORS), routers, Celery apps/config/routes/queues/tasks/beat, data paths, imports |
//! | [`gunicorn_facts`] | `gunicorn.conf.py` and friends | [`GunicornFacts`]: `workers`, `worker_class`, `threads`, `bind`, `timeout`, `max_requests`, `preload_app`, ... and hooks |
//! | [`alembic_facts`] | `alembic.ini` | [`AlembicFacts`]: `script_location` (resolved with [`AlembicFacts::script_dir`]), `sqlalchemy.url`, every entry |
//! | [`node_facts`] | `package.json` | [`NodeFacts`]: scripts and what `start` runs, `engines.node`, `main`, `packageManager`, dependencies |
//! | [`module_name`], [`module_matches`] | a path, a server's `module` | matching `gunicorn app.main:app` to `app/main.py` |
//!
//! Values ([`Val`]) keep what the code says rather than guessing: a literal, an environment read
//! ([`EnvRef`]: variable, default, cast, library), a name or attribute that could not be resolved in
//! this file, or an expression as text. [`Val::when_unset`] and [`Val::with_env`] evaluate a value
//! the way the program would for a given environment (casts and comparisons included), so a rule can
//! ask "is `reload` on when `ENVIRONMENT` is unset?".
//!
//! Python is parsed with tree-sitter and its official Python grammar: an error-recovering parser,
//! so a file with a syntax error still yields the facts of its readable statements; the
//! [`PythonFacts::syntax_errors`] spans say where it recovered. Nothing here uses regular expressions
//! over code.
//!
//! Cross-file resolution (a router included from another module, `settings.X` of a settings module
//! elsewhere, Django's `from .base import *`) is left to the caller, who has every file's facts.

pub mod alembic;
pub mod gunicorn;
mod json;
pub mod node;
pub mod python;
pub mod value;

pub use alembic::{alembic_facts, AlembicFacts, IniEntry};
pub use gunicorn::{gunicorn_facts, GunicornFacts, GunicornSetting};
pub use node::{node_facts, start_command, NodeFacts, StartCommand};
pub use python::{module_matches, module_name, python_facts, Framework, Interface, PythonFacts};
pub use value::{EnvRef, EnvSource, Kwarg, Lit, Val, Value};
