//! Rules, one per file, grouped by family. Each family's `mod.rs` lists its rules in `RULES`.

pub mod compose;
pub mod core;
pub mod delivery;
pub mod dockerfile;
pub mod nginx;
pub mod project;
pub mod python;
pub mod secrets;
