//! SW0xxx: problems of the audit itself (files that do not parse or cannot be read, stale suppressions).

pub mod file_unreadable;
pub mod parse_error;
pub mod unused_suppression;

use crate::rule::Rule;

pub const RULES: &[&dyn Rule] = &[
    &parse_error::ParseError,
    &unused_suppression::UnusedSuppression,
    &file_unreadable::FileUnreadable,
];
