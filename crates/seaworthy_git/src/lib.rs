//! Git facts for seaworthy: is a file tracked, is it gitignored, was any version of it ever
//! committed (whole history, all refs), and in which commit first.
//!
//! Pure Rust (`gix`), read-only, no network. The entry point is [`collect`]; the CLI converts the
//! returned [`RepoFacts`] into `seaworthy_linter::project::git::GitFacts` (same field names).
//!
//! The history scan walks every commit reachable from every reference (branches, tags, remote
//! branches, the stash, a detached HEAD), newest first, and diffs each commit's tree against its
//! parents' trees. Unchanged subtrees are skipped by object id, so the cost is proportional to what
//! changed, not to the size of the tree; decoded trees and commits are cached. Cross-checked
//! against `git log --all --raw -m` on docker/compose (12,509 commits, every path: the same 27,018
//! (path, blob) pairs with the same oldest commit times).
//!
//! Typical use (the CLI side):
//!
//! ```text
//! match seaworthy_git::collect(root, &seaworthy_git::is_interesting_secret_path, Limits::default()) {
//!     Ok(Some(f)) => GitFacts { available: true, shallow: f.shallow, head: f.head,
//!                               tracked: f.tracked, commits_scanned: f.commits_scanned,
//!                               history: f.history.into_iter().map(|b| HistoricBlob { path: b.path,
//!                                   commit: b.commit, time: b.time, summary: b.summary, text: b.text })
//!                               .collect() },
//!     Ok(None) => GitFacts::default(),             // not a repository: facts unknown
//!     Err(e) => { warn(e); GitFacts::default() }   // unreadable repository: facts unknown
//! }
//! ```
//!
//! Secret values in `HistoricBlob::text` are the caller's to mask: this crate never prints.

mod history;
mod open;
mod paths;
mod worktree;

use std::collections::BTreeSet;
use std::fmt;
use std::path::{Path, PathBuf};

pub use paths::is_interesting_secret_path;

/// Facts about the repository that contains the audited root.
#[derive(Debug, Clone, Default)]
pub struct RepoFacts {
    /// Repository work tree root (canonical).
    pub workdir: PathBuf,
    /// The clone is shallow: history facts are incomplete (commits beyond the shallow boundary
    /// are unknown, and the boundary commits are treated as if they introduced all their files).
    pub shallow: bool,
    /// Full hex id of HEAD (None when HEAD is unborn).
    pub head: Option<String>,
    /// Paths relative to the audited root, '/'-separated, tracked in the HEAD tree or the index.
    pub tracked: BTreeSet<String>,
    /// Paths relative to the audited root of the *interesting* files present in the work tree that
    /// are not tracked and are excluded by `.gitignore` / `.git/info/exclude` (directly or through an
    /// ignored parent directory). Global excludes (`core.excludesFile`) are not consulted: what
    /// matters is what the project itself ignores.
    pub ignored: BTreeSet<String>,
    /// Every distinct content of every interesting path ever committed (reachable from any ref),
    /// with the oldest commit that contains it; sorted by time, then path.
    pub history: Vec<HistoricBlob>,
    /// How many commits were walked.
    pub commits_scanned: usize,
    /// The walk stopped at [`Limits::max_commits`] (or [`Limits::max_blobs`]): history is partial.
    pub truncated: bool,
    /// Historic blobs larger than [`Limits::max_blob_bytes`]: they are listed in `history` with an
    /// empty `text` (the path was committed, the content was not read).
    pub oversized_blobs: usize,
    /// Commits, trees and blobs that history refers to but that are missing or cannot be read (a
    /// damaged object store or a partial clone; parents beyond a shallow boundary are not
    /// counted). The scan skips them: history facts are partial when this is not zero.
    pub damaged_objects: usize,
    /// The first such problem (`"tree 1a2b… is missing"`), for the report.
    pub first_damage: Option<String>,
}

/// One version (distinct content) of an interesting file found in history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HistoricBlob {
    /// Path relative to the audited root at the time of the commit.
    pub path: String,
    /// Full hex id of the oldest commit (by commit time) containing this content at this path.
    pub commit: String,
    /// Committer time of that commit, seconds since the epoch.
    pub time: i64,
    /// First line of that commit's message.
    pub summary: String,
    /// The content (lossy UTF-8); empty when the blob exceeded [`Limits::max_blob_bytes`].
    pub text: String,
    /// Full hex id of the blob.
    pub blob: String,
}

/// Bounds for [`collect`].
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Stop the history walk after this many commits (newest first) and set `truncated`.
    pub max_commits: usize,
    /// Do not read blobs larger than this (they are reported with an empty text).
    pub max_blob_bytes: u64,
    /// Stop collecting after this many distinct (path, content) pairs and set `truncated`.
    pub max_blobs: usize,
    /// Stop the work-tree walk (for `ignored`) after this many directory entries.
    pub max_worktree_entries: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_commits: 200_000,
            max_blob_bytes: 1024 * 1024,
            max_blobs: 20_000,
            max_worktree_entries: 200_000,
        }
    }
}

/// A repository was found but could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GitError {
    message: String,
}

impl GitError {
    pub(crate) fn new(message: impl Into<String>) -> Self {
        GitError {
            message: message.into(),
        }
    }

    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for GitError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for GitError {}

/// Open the repository containing `audited_root` (`Ok(None)` if there is none, or if it is a bare
/// repository without a work tree), list tracked files (HEAD tree + index), find ignored interesting
/// files, and walk all commits reachable from all refs collecting every distinct blob of every path
/// for which `interesting(path_rel_to_audited_root)` is true, with the oldest commit that has it.
pub fn collect(
    audited_root: &Path,
    interesting: &dyn Fn(&str) -> bool,
    limits: Limits,
) -> Result<Option<RepoFacts>, GitError> {
    let Some(opened) = open::open(audited_root)? else {
        return Ok(None);
    };
    let open::Opened {
        repo,
        workdir,
        prefix,
    } = opened;

    let shallow = repo.is_shallow().map_err(|e| {
        GitError::new(format!(
            "cannot read the shallow state of {}: {e}",
            workdir.display()
        ))
    })?;
    let head = repo.head_id().ok().map(|id| id.detach().to_string());

    let index = repo.index_or_empty().map_err(|e| {
        GitError::new(format!(
            "cannot read the git index of {}: {e}",
            workdir.display()
        ))
    })?;
    let tracked = worktree::tracked(&repo, &index, &prefix)?;
    let ignored = worktree::ignored(
        &repo,
        &index,
        &workdir,
        &prefix,
        &tracked,
        interesting,
        limits.max_worktree_entries,
    )?;

    let scan = history::scan(&repo, &prefix, interesting, limits)?;

    Ok(Some(RepoFacts {
        workdir,
        shallow,
        head,
        tracked,
        ignored,
        history: scan.history,
        commits_scanned: scan.commits_scanned,
        truncated: scan.truncated,
        oversized_blobs: scan.oversized_blobs,
        damaged_objects: scan.damaged_objects,
        first_damage: scan.first_damage,
    }))
}
