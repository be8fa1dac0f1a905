//! secrets rules (not yet: they arrive with their own issue).

use crate::rule::Rule;

pub const RULES: &[&dyn Rule] = &[];
