//! SW2xxx: compose rules. Per-file rules read each file's typed view; project rules read the
//! merged services of a project (base file plus its override for the environment).

pub mod admin_ui_exposed;
pub mod build_context_missing;
pub mod config_mount_writable;
pub mod container_name_with_replicas;
pub mod dependency_unknown_service;
pub mod depends_on_not_healthy;
pub mod dev_mode_in_shared;
pub mod docker_socket_mounted;
pub mod duplicate_host_port;
pub mod env_file_missing;
pub mod hardcoded_credential;
pub mod healthcheck_ineffective;
pub mod healthcheck_missing;
pub mod image_eol;
pub mod image_floating_tag;
pub mod image_unpinned;
pub mod internal_port_published;
pub mod network_mode_host;
pub mod no_environment_overrides;
pub mod nonstandard_host_port;
pub mod port_bypasses_proxy;
pub mod privileged_container;
pub mod resource_limits_missing;
pub mod restart_policy_missing;
pub mod root_image_unprivileged_variant;
pub mod schema_violation;
pub mod single_network;
pub mod stateful_data_not_persisted;
pub mod stop_grace_period_missing;
pub mod undeclared_named_resource;
pub mod undefined_variable;
pub mod version_obsolete;

use crate::project::compose::ComposeDoc;
use crate::project::Project;
use crate::rule::Rule;
use seaworthy_syntax::Environment;

pub const RULES: &[&dyn Rule] = &[
    &schema_violation::SchemaViolation,
    &version_obsolete::VersionObsolete,
    &undefined_variable::UndefinedVariable,
    &healthcheck_missing::HealthcheckMissing,
    &healthcheck_ineffective::HealthcheckIneffective,
    &depends_on_not_healthy::DependsOnNotHealthy,
    &internal_port_published::InternalPortPublished,
    &nonstandard_host_port::NonstandardHostPort,
    &root_image_unprivileged_variant::RootImageUnprivilegedVariant,
    &restart_policy_missing::RestartPolicyMissing,
    &stop_grace_period_missing::StopGracePeriodMissing,
    &resource_limits_missing::ResourceLimitsMissing,
    &hardcoded_credential::HardcodedCredential,
    &dev_mode_in_shared::DevModeInShared,
    &privileged_container::PrivilegedContainer,
    &docker_socket_mounted::DockerSocketMounted,
    &network_mode_host::NetworkModeHost,
    &single_network::SingleNetwork,
    &stateful_data_not_persisted::StatefulDataNotPersisted,
    &image_unpinned::ImageUnpinned,
    &container_name_with_replicas::ContainerNameWithReplicas,
    &duplicate_host_port::DuplicateHostPort,
    &env_file_missing::EnvFileMissing,
    &build_context_missing::BuildContextMissing,
    &dependency_unknown_service::DependencyUnknownService,
    &config_mount_writable::ConfigMountWritable,
    &undeclared_named_resource::UndeclaredNamedResource,
    &no_environment_overrides::NoEnvironmentOverrides,
    &port_bypasses_proxy::PortBypassesProxy,
    &admin_ui_exposed::AdminUiExposed,
    &image_eol::ComposeImageEol,
    &image_floating_tag::ComposeImageFloatingTag,
];

pub use crate::knowledge::{known_for, KnownService};

/// The deployment a service belongs to.
pub fn deployment_of<'a>(
    project: &'a Project,
    s: &crate::project::service::Service,
) -> &'a crate::project::deploy::Deployment {
    &project.deployments[s.deployment]
}

/// The image of a service as written in compose, before interpolation (`redis:${TAG:-7}`);
/// empty when it has none.
pub fn written_image(s: &crate::project::service::Service) -> &str {
    s.resolved
        .image
        .as_ref()
        .map(|i| i.value.value.as_str())
        .unwrap_or("")
}

/// A severity by the environment a finding applies to.
pub fn by_env(
    env: Environment,
    prod: crate::diagnostic::Severity,
    shared: crate::diagnostic::Severity,
    non_prod: crate::diagnostic::Severity,
) -> crate::diagnostic::Severity {
    match env {
        Environment::Prod => prod,
        Environment::Shared => shared,
        Environment::Dev | Environment::Test => non_prod,
    }
}

pub fn env_of(project: &Project, doc: &ComposeDoc) -> Environment {
    project.file(doc.file).environment
}
