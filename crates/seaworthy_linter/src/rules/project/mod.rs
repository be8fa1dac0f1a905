//! SW6xxx: findings that need more than one file: the deployment model's links between
//! Dockerfiles, build contexts, compose services, nginx and the files they reference.

pub mod body_size_vs_app_limit;
pub mod copy_source_missing;
pub mod helpers;
pub mod proxied_app_binds_loopback;
pub mod websocket_route_not_upgraded;

use crate::rule::Rule;

pub const RULES: &[&dyn Rule] = &[
    &copy_source_missing::CopySourceMissing,
    &websocket_route_not_upgraded::WebsocketRouteNotUpgraded,
    &body_size_vs_app_limit::BodySizeVsAppLimit,
    &proxied_app_binds_loopback::ProxiedAppBindsLoopback,
];
