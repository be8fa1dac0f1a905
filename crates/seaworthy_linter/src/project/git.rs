//! Git facts about files (tracked? ever committed, and where first?). Filled by the CLI from the
//! `seaworthy_git` crate when the `git` feature is on; empty (`available == false`) otherwise, and
//! in tests unless a fixture sets them. Rules must say "unknown" rather than "clean" when
//! `available` is false, and mention a shallow clone when `shallow` is true. Incomplete history
//! (shallow, truncated, `problems`) is reported by the `git-history-incomplete` rule.

use std::collections::BTreeSet;

#[derive(Debug, Default, Clone)]
pub struct GitFacts {
    /// A repository was found and read.
    pub available: bool,
    /// The clone is shallow: history facts are incomplete.
    pub shallow: bool,
    /// Full hex id of HEAD.
    pub head: Option<String>,
    /// Paths relative to the audited root that are tracked (HEAD tree or index).
    pub tracked: BTreeSet<String>,
    /// Versions of secret-prone files (env files, keys, credentials) found anywhere in history
    /// (all refs), one entry per distinct content, with the first commit that introduced it.
    pub history: Vec<HistoricBlob>,
    /// How many commits were walked (for the report).
    pub commits_scanned: usize,
    /// Secret-prone paths (relative to the audited root) that `.gitignore` covers.
    pub ignored: BTreeSet<String>,
    /// The history walk stopped at a limit: facts are incomplete.
    pub truncated: bool,
    /// Why history was not read, or only partly (besides `shallow` and `truncated`). Empty when
    /// git was not consulted at all (`--no-git`, a single file, tests without `@git`).
    pub problems: Vec<GitProblem>,
}

/// Why git history could not be scanned, or only partly.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GitProblem {
    /// The audited directory is not inside a git repository.
    NoRepository,
    /// A repository was found but could not be read (why).
    Unreadable(String),
    /// Objects history refers to are missing or cannot be decoded: a damaged object store (or a
    /// partial clone). `first` describes one of them.
    DamagedObjects { count: usize, first: String },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HistoricBlob {
    /// Path relative to the audited root at the time of the commit.
    pub path: String,
    /// Full hex id of the first commit (oldest by commit time) that contains this content.
    pub commit: String,
    /// Commit time, seconds since the epoch.
    pub time: i64,
    /// First line of the commit message.
    pub summary: String,
    /// The content (lossy UTF-8).
    pub text: String,
}

impl GitFacts {
    pub fn is_tracked(&self, path: &str) -> bool {
        self.available && self.tracked.contains(path)
    }

    /// Every historical version of `path`, oldest first.
    pub fn versions_of<'a>(&'a self, path: &'a str) -> impl Iterator<Item = &'a HistoricBlob> + 'a {
        self.history.iter().filter(move |b| b.path == path)
    }

    /// Was `path` ever committed?
    pub fn ever_committed(&self, path: &str) -> bool {
        self.is_tracked(path) || self.history.iter().any(|b| b.path == path)
    }
}
