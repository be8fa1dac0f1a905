//! Git facts about files (tracked? ignored? ever committed?). Filled by the CLI when the `git`
//! feature is on; empty (`available == false`) otherwise and in tests that do not set it.

#[derive(Debug, Default)]
pub struct GitFacts {
    /// A repository was found and read.
    pub available: bool,
}
