//! Not yet: the nginx model arrives with its own issue. Rules must treat an empty model as "no nginx files".

use super::Project;

#[derive(Debug, Default)]
pub struct NginxModel {}

pub(super) fn build(_project: &mut Project) {}
