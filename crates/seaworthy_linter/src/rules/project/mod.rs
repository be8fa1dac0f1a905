//! SW6xxx: findings that need more than one file: the deployment model's links between
//! Dockerfiles, build contexts, compose services, nginx and the files they reference.

pub mod connection_url_mismatch;
pub mod copy_source_missing;
pub mod default_secret_in_app_settings;
pub mod insecure_production_settings;

use crate::rule::Rule;

pub const RULES: &[&dyn Rule] = &[
    &copy_source_missing::CopySourceMissing,
    &connection_url_mismatch::ConnectionUrlMismatch,
    &insecure_production_settings::InsecureProductionSettings,
    &default_secret_in_app_settings::DefaultSecretInAppSettings,
];
