//! SW5xxx: the Python application runtime (dependencies installed into images, interpreter
//! versions, native packages, migrations, app servers).

pub mod alembic_not_configured;
pub mod celery_concurrency_unset;
pub mod celery_embedded_beat;
pub mod dev_dependencies_in_image;
pub mod gunicorn_asgi_sync_worker;
pub mod native_build_deps_missing;
pub mod python_version_unsupported;

use crate::rule::Rule;

pub const RULES: &[&dyn Rule] = &[
    &dev_dependencies_in_image::DevDependenciesInImage,
    &python_version_unsupported::PythonVersionUnsupported,
    &native_build_deps_missing::NativeBuildDepsMissing,
    &alembic_not_configured::AlembicNotConfigured,
    &gunicorn_asgi_sync_worker::GunicornAsgiSyncWorker,
    &celery_embedded_beat::CeleryEmbeddedBeat,
    &celery_concurrency_unset::CeleryConcurrencyUnset,
];

/// A requirement or dependency string's normalized project name: `Django[bcrypt]>=5` → `django`.
pub fn dist_name(spec: &str) -> String {
    seaworthy_syntax::requirements::dist_name(spec)
}
