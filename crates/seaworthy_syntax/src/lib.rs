//! Pure, total parsers for deployment files. Every parser is `&str -> (tree, errors)`, never panics
//! and keeps byte spans; line/column are computed only at output time with [`span::LineIndex`].

pub mod classify;
pub mod dockerfile;
pub mod image;
pub mod shell;
pub mod span;
pub mod text;

// Formats added by later work (each owned by its own module):
pub mod compose;
pub mod dockerignore;
pub mod dotenv;
pub mod interpolate;
pub mod nginx;
pub mod pyproject;
pub mod requirements;
pub mod yaml;

pub use classify::{classify, environment_of, Environment, FileKind};
pub use span::{LineCol, LineIndex, Span};
