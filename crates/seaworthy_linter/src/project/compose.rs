//! Not yet: the compose model arrives with its own issue. Rules must treat an empty model as "no compose files".

use super::Project;

#[derive(Debug, Default)]
pub struct ComposeModel {}

pub(super) fn build(_project: &mut Project) {}
