//! Find and open the repository containing the audited root.

use std::path::{Component, Path, PathBuf};

use crate::GitError;

pub(crate) struct Opened {
    pub repo: gix::Repository,
    /// Canonical work tree root.
    pub workdir: PathBuf,
    /// Audited root relative to `workdir`, '/'-separated, empty or ending with '/'.
    pub prefix: Vec<u8>,
}

/// `Ok(None)`: no repository (or a bare one). Environment variables such as `GIT_DIR` are ignored
/// on purpose: the audited directory decides, and the result must not depend on the caller's shell.
/// Memory for decoded delta bases of packed objects.
const PACK_CACHE_BYTES: usize = 64 * 1024 * 1024;

pub(crate) fn open(audited_root: &Path) -> Result<Option<Opened>, GitError> {
    let root = audited_root.canonicalize().map_err(|e| {
        GitError::new(format!(
            "cannot access the audited directory {}: {e}",
            audited_root.display()
        ))
    })?;
    let Some(dot_git_parent) = root.ancestors().find(|dir| dir.join(".git").exists()) else {
        return Ok(None);
    };
    let mut repo = gix::open_opts(dot_git_parent, gix::open::Options::isolated()).map_err(|e| {
        GitError::new(format!(
            "{} looks like a git repository but cannot be opened: {e}",
            dot_git_parent.display()
        ))
    })?;
    let Some(workdir) = repo.workdir() else {
        // `.git` pointing to a bare repository: no work tree, nothing to say about files.
        return Ok(None);
    };
    let workdir = workdir.canonicalize().map_err(|e| {
        GitError::new(format!(
            "cannot access the work tree {}: {e}",
            workdir.display()
        ))
    })?;
    let Ok(rel) = root.strip_prefix(&workdir) else {
        // The audited root is not inside the work tree (e.g. `core.worktree` points elsewhere).
        return Ok(None);
    };
    let mut prefix = Vec::new();
    for component in rel.components() {
        let Component::Normal(name) = component else {
            continue;
        };
        let Some(name) = name.to_str() else {
            return Err(GitError::new(format!(
                "the audited path {} is not valid UTF-8",
                root.display()
            )));
        };
        prefix.extend_from_slice(name.as_bytes());
        prefix.push(b'/');
    }
    // Delta bases cache for packed objects (trees of neighbouring commits are deltas of each
    // other). Decoded trees are cached by the history scan itself, so no object cache here.
    repo.objects.set_pack_cache(|| {
        Box::new(gix::odb::pack::cache::lru::MemoryCappedHashmap::new(
            PACK_CACHE_BYTES,
        ))
    });
    Ok(Some(Opened {
        repo,
        workdir,
        prefix,
    }))
}
