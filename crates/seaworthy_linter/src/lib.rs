//! seaworthy's engine: the deployment model, the rules, suppression, scoring and the renderers.

pub mod config;
pub mod diagnostic;
pub mod engine;
pub mod fix;
pub mod i18n;
pub mod knowledge;
pub mod message;
pub mod meta;
pub mod project;
pub mod registry;
pub mod render;
pub mod report;
pub mod rule;
pub mod rules;
pub mod score;
pub mod secrets;
pub mod settings;
pub mod suppress;
pub mod testing;
pub mod timings;
pub mod util;

pub use config::Config;
pub use diagnostic::{Category, Finding, Severity, Strength};
pub use engine::Audit;
pub use project::{BuildOptions, InputFile, Project};
