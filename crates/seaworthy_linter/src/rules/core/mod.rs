//! SW0xxx: problems of the audit itself (files that do not parse or cannot be read, links out of
//! the audited directory, git history not scanned, stale suppressions).

pub mod file_unreadable;
pub mod git_history_incomplete;
pub mod parse_error;
pub mod symlink_outside_root;
pub mod unused_suppression;

use crate::rule::Rule;

pub const RULES: &[&dyn Rule] = &[
    &parse_error::ParseError,
    &unused_suppression::UnusedSuppression,
    &file_unreadable::FileUnreadable,
    &symlink_outside_root::SymlinkOutsideRoot,
    &git_history_incomplete::GitHistoryIncomplete,
];
