//! Not yet: the env model arrives with its own issue. Rules must treat an empty model as "no env files".

use super::Project;

#[derive(Debug, Default)]
pub struct EnvModel {}

pub(super) fn build(_project: &mut Project) {}
