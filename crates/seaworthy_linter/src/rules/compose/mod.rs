//! SW2xxx: compose rules. Per-file rules read each file's typed view; project rules read the
//! merged services of a project (base file plus its override for the environment).

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
pub mod image_unpinned;
pub mod internal_port_published;
pub mod network_mode_host;
pub mod no_environment_overrides;
pub mod nonstandard_host_port;
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
use seaworthy_syntax::compose::Service;
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
];

pub use crate::knowledge::{known_for, KnownService};

/// A service's image, interpolated with the file's `.env`.
pub fn image_of(doc: &ComposeDoc, s: &Service) -> Option<String> {
    s.image.as_ref().map(|i| doc.interpolate(&i.value).value)
}

/// Is this service one of the data services (database, cache, broker, storage)?
pub fn is_data_service(doc: &ComposeDoc, s: &Service) -> bool {
    image_of(doc, s)
        .and_then(|i| known_for(&i))
        .is_some_and(|k| k.kind != "proxy")
}

pub fn env_of(project: &Project, doc: &ComposeDoc) -> Environment {
    project.file(doc.file).environment
}

/// A one-shot job rather than a long-running service (migrations, init, setup).
pub fn is_one_shot(s: &Service) -> bool {
    let n = s.name.to_ascii_lowercase();
    s.restart.as_ref().is_some_and(|r| r.value == "no")
        || [
            "migrat",
            "init",
            "setup",
            "seed",
            "createbuckets",
            "certbot",
            "backup-once",
        ]
        .iter()
        .any(|w| n.contains(w))
        || !s.profiles.is_empty()
}

/// Background workers: their shutdown must let jobs finish.
pub fn is_worker(s: &Service) -> bool {
    let cmd = s
        .command
        .as_ref()
        .map(|c| c.0.join(" ").to_ascii_lowercase())
        .unwrap_or_default();
    let n = s.name.to_ascii_lowercase();
    (cmd.contains("celery") && (cmd.contains(" worker") || cmd.contains(" beat")))
        || [
            "taskiq worker",
            "rq worker",
            "dramatiq",
            "sidekiq",
            "arq ",
            "huey",
            "php artisan queue:work",
            "horizon",
        ]
        .iter()
        .any(|w| cmd.contains(w))
        || n.contains("worker") && !n.contains("nginx")
}
