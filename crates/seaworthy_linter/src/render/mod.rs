//! Renderers: every output format is a view of the same [`Audit`](crate::engine::Audit).
//!
//! Secrets never print in full: each renderer passes every free-text string (messages, help,
//! related messages, fix descriptions and edits, strengths) through the project's
//! [`Masker`](crate::project::sensitive::Masker), and code frames come from
//! [`Project::masked_text`](crate::project::Project::masked_text). What a format adds on its own
//! (paths, codes, numbers, rule documentation) holds no secret.

pub mod github;
pub mod graph;
pub mod json;
pub mod markdown;
pub mod sarif;
pub mod text;

pub use crate::engine::fingerprints;
use crate::engine::Audit;
use seaworthy_syntax::Span;

/// 1-based start and end positions of a span in a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Location {
    pub line: u32,
    pub column: u32,
    pub end_line: u32,
    pub end_column: u32,
}

pub fn location(audit: &Audit, file: usize, span: Span) -> Location {
    let f = audit.project.file(file);
    let s = f.line_col(span.start as usize);
    let e = f.line_col(span.end as usize);
    Location {
        line: s.line,
        column: s.column,
        end_line: e.line,
        end_column: e.column,
    }
}
