//! SW6xxx: findings that need more than one file: the deployment model's links between
//! Dockerfiles, build contexts, compose services, nginx and the files they reference.

pub mod body_size_vs_app_limit;
pub mod builder_packages_not_copied;
pub mod compose_user_root_override;
pub mod connection_url_mismatch;
pub mod copy_from_path_never_written;
pub mod copy_source_missing;
pub mod data_path_not_mounted;
pub mod default_secret_in_app_settings;
pub mod default_secret_in_script_or_config;
pub mod dev_server_replaces_image_server;
pub mod env_file_baked_and_passed;
pub mod helpers;
pub mod insecure_production_settings;
pub mod module_not_installed;
pub mod native_runtime_lib_missing;
pub mod port_mismatch;
pub mod proxied_app_binds_loopback;
pub mod proxy_host_unknown;
pub mod proxy_port_not_bound;
pub mod proxy_timeout_cuts_stream;
pub mod requirements_drift;
pub mod requirements_not_in_context;
pub mod runtime_file_missing;
pub mod websocket_route_not_upgraded;

use crate::rule::Rule;

pub const RULES: &[&dyn Rule] = &[
    &copy_source_missing::CopySourceMissing,
    &requirements_not_in_context::RequirementsNotInContext,
    &requirements_drift::RequirementsDrift,
    &module_not_installed::ModuleNotInstalled,
    &builder_packages_not_copied::BuilderPackagesNotCopied,
    &copy_from_path_never_written::CopyFromPathNeverWritten,
    &native_runtime_lib_missing::NativeRuntimeLibMissing,
    &runtime_file_missing::RuntimeFileMissing,
    &data_path_not_mounted::DataPathNotMounted,
    &compose_user_root_override::ComposeUserRootOverride,
    &dev_server_replaces_image_server::DevServerReplacesImageServer,
    &port_mismatch::PortMismatch,
    &env_file_baked_and_passed::EnvFileBakedAndPassed,
    &connection_url_mismatch::ConnectionUrlMismatch,
    &insecure_production_settings::InsecureProductionSettings,
    &default_secret_in_app_settings::DefaultSecretInAppSettings,
    &websocket_route_not_upgraded::WebsocketRouteNotUpgraded,
    &body_size_vs_app_limit::BodySizeVsAppLimit,
    &proxied_app_binds_loopback::ProxiedAppBindsLoopback,
    &proxy_host_unknown::ProxyHostUnknown,
    &default_secret_in_script_or_config::DefaultSecretInScriptOrConfig,
    &proxy_port_not_bound::ProxyPortNotBound,
    &proxy_timeout_cuts_stream::ProxyTimeoutCutsStream,
];
