//! SW1xxx: Dockerfile rules.

use crate::rule::Rule;

pub const RULES: &[&dyn Rule] = &[];
