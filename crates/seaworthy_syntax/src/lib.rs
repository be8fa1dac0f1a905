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

pub use classify::{
    classify, environment_of, environment_with_reason, Environment, EnvironmentOf, FileKind,
};
pub use span::{LineCol, LineIndex, Span};

/// A lazily computed value that takes no part in equality or debug output.
#[derive(Clone)]
pub struct Memo<T>(std::sync::OnceLock<T>);

impl<T> Default for Memo<T> {
    fn default() -> Self {
        Memo(std::sync::OnceLock::new())
    }
}

impl<T> Memo<T> {
    pub fn get_or_init(&self, f: impl FnOnce() -> T) -> &T {
        self.0.get_or_init(f)
    }
}

impl<T> PartialEq for Memo<T> {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl<T> Eq for Memo<T> {}

impl<T> std::fmt::Debug for Memo<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Memo")
    }
}
