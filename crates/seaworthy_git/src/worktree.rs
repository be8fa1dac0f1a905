//! Tracked files (HEAD tree + index) and ignored interesting files of the work tree.

use std::collections::BTreeSet;
use std::path::Path;

use gix::index::entry::Mode;

use crate::history::Trees;
use crate::paths::{dir_is_relevant, relative_to_root};
use crate::GitError;

/// Paths relative to the audited root tracked in the HEAD tree or in the index.
pub(crate) fn tracked(
    repo: &gix::Repository,
    index: &gix::index::State,
    prefix: &[u8],
) -> Result<BTreeSet<String>, GitError> {
    let mut out = BTreeSet::new();
    for entry in index.entries() {
        let path = entry.path(index);
        if let Some(rel) = relative_to_root(path, prefix) {
            out.insert(String::from_utf8_lossy(rel).into_owned());
        }
    }
    if let Ok(tree) = repo.head_tree_id() {
        let mut trees = Trees::new(repo);
        let mut path = Vec::new();
        walk_tree(&mut trees, tree.detach(), &mut path, prefix, &mut out)?;
    }
    Ok(out)
}

fn walk_tree(
    trees: &mut Trees<'_>,
    tree: gix::ObjectId,
    path: &mut Vec<u8>,
    prefix: &[u8],
    out: &mut BTreeSet<String>,
) -> Result<(), GitError> {
    let Some(entries) = trees.get(tree)? else {
        return Ok(());
    };
    for entry in entries.entries.iter() {
        let len = path.len();
        if len > 0 {
            path.push(b'/');
        }
        path.extend_from_slice(entries.name(entry));
        if entry.mode.is_tree() {
            if dir_is_relevant(path, prefix) {
                walk_tree(trees, entry.oid, path, prefix, out)?;
            }
        } else if let Some(rel) = relative_to_root(path, prefix) {
            out.insert(String::from_utf8_lossy(rel).into_owned());
        }
        path.truncate(len);
    }
    Ok(())
}

const HEAVY_DIRS: &[&str] = &[
    "node_modules",
    ".venv",
    "venv",
    "__pycache__",
    ".tox",
    ".mypy_cache",
    ".pytest_cache",
    ".ruff_cache",
    "target",
    ".cache",
    ".next",
    "dist",
    "build",
];

/// Interesting, untracked files under the audited root that git ignores.
pub(crate) fn ignored(
    repo: &gix::Repository,
    index: &gix::index::State,
    workdir: &Path,
    prefix: &[u8],
    tracked: &BTreeSet<String>,
    interesting: &dyn Fn(&str) -> bool,
    max_entries: usize,
) -> Result<BTreeSet<String>, GitError> {
    let mut stack = repo
        .excludes(
            index,
            None,
            gix::worktree::stack::state::ignore::Source::WorktreeThenIdMappingIfNotSkipped,
        )
        .map_err(|e| GitError::new(format!("cannot load the gitignore rules: {e}")))?;
    let root_rel = String::from_utf8_lossy(prefix).into_owned();
    let root_rel = root_rel.trim_end_matches('/');
    let mut out = BTreeSet::new();
    let mut budget = max_entries;
    // Is the audited root itself inside an ignored directory?
    let mut root_ignored = false;
    let mut acc = String::new();
    for part in root_rel.split('/').filter(|p| !p.is_empty()) {
        if !acc.is_empty() {
            acc.push('/');
        }
        acc.push_str(part);
        if is_excluded(&mut stack, &acc, true) {
            root_ignored = true;
            break;
        }
    }
    // Depth-first walk with an explicit stack: (repo-relative dir, inside an ignored dir).
    let mut dirs = vec![(root_rel.to_string(), root_ignored)];
    while let Some((dir, dir_ignored)) = dirs.pop() {
        let full = if dir.is_empty() {
            workdir.to_path_buf()
        } else {
            workdir.join(&dir)
        };
        let Ok(read) = std::fs::read_dir(&full) else {
            continue;
        };
        for entry in read.flatten() {
            if budget == 0 {
                return Ok(out);
            }
            budget -= 1;
            let Ok(file_type) = entry.file_type() else {
                continue;
            };
            let name = entry.file_name();
            let Some(name) = name.to_str() else {
                continue;
            };
            if name == ".git" {
                continue;
            }
            let repo_rel = if dir.is_empty() {
                name.to_string()
            } else {
                format!("{dir}/{name}")
            };
            let Some(rel) = relative_to_root(repo_rel.as_bytes(), prefix) else {
                continue;
            };
            let Ok(rel) = std::str::from_utf8(rel) else {
                continue;
            };
            if file_type.is_dir() {
                // A nested repository (or submodule work tree) answers for its own files.
                if entry.path().join(".git").exists() {
                    continue;
                }
                let ignored_dir = dir_ignored || is_excluded(&mut stack, &repo_rel, true);
                // Ignored dependency and cache directories are large and never hold the
                // project's own secrets: do not descend.
                if ignored_dir && HEAVY_DIRS.contains(&name) {
                    continue;
                }
                dirs.push((repo_rel, ignored_dir));
            } else if file_type.is_file()
                && interesting(rel)
                && !tracked.contains(rel)
                && (dir_ignored || is_excluded(&mut stack, &repo_rel, false))
            {
                out.insert(rel.to_string());
            }
        }
    }
    Ok(out)
}

fn is_excluded(stack: &mut gix::AttributeStack<'_>, repo_rel: &str, is_dir: bool) -> bool {
    let mode = if is_dir { Mode::DIR } else { Mode::FILE };
    stack
        .at_entry(repo_rel, Some(mode))
        .map(|platform| platform.is_excluded())
        .unwrap_or(false)
}
