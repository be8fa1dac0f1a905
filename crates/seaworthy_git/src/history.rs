//! The history scan: every commit reachable from every ref, diffed against its parents, collecting
//! the (path, blob) pairs of interesting paths with the oldest commit that introduced them.

use std::cmp::Ordering;
use std::collections::{BinaryHeap, HashMap, HashSet};
use std::rc::Rc;

use gix::objs::tree::EntryMode;
use gix::objs::{Find, FindHeader};
use gix::ObjectId;

use crate::paths::{dir_is_relevant, relative_to_root};
use crate::{GitError, HistoricBlob, Limits};

/// Deeper trees are not descended (protects the stack against crafted repositories).
const MAX_TREE_DEPTH: usize = 256;
/// Approximate memory for decoded trees; the cache is cleared when it grows beyond this.
const MAX_CACHED_TREE_BYTES: usize = 256 * 1024 * 1024;

pub(crate) struct TreeEntry {
    pub mode: EntryMode,
    name_start: u32,
    name_end: u32,
    pub oid: ObjectId,
}

/// A decoded tree: entries in stored order, names in one buffer (two allocations per tree).
#[derive(Default)]
pub(crate) struct Tree {
    names: Vec<u8>,
    pub entries: Vec<TreeEntry>,
}

impl Tree {
    pub fn name(&self, entry: &TreeEntry) -> &[u8] {
        self.names
            .get(entry.name_start as usize..entry.name_end as usize)
            .unwrap_or(&[])
    }
}

/// Objects history refers to that are missing or cannot be decoded (a damaged object store, or
/// a partial clone). The scan goes on without them; the caller reports history as partial.
#[derive(Default)]
pub(crate) struct Damage {
    ids: HashSet<ObjectId>,
    /// The first problem met, for the report.
    pub first: Option<String>,
}

impl Damage {
    pub fn note(&mut self, oid: ObjectId, what: impl FnOnce() -> String) {
        if self.ids.insert(oid) && self.first.is_none() {
            self.first = Some(what());
        }
    }

    pub fn count(&self) -> usize {
        self.ids.len()
    }
}

/// Decoded-tree cache on top of the object database.
pub(crate) struct Trees<'r> {
    repo: &'r gix::Repository,
    buf: Vec<u8>,
    cache: HashMap<ObjectId, Rc<Tree>>,
    cached_bytes: usize,
    pub damage: Damage,
}

impl<'r> Trees<'r> {
    pub fn new(repo: &'r gix::Repository) -> Self {
        Trees {
            repo,
            buf: Vec::new(),
            cache: HashMap::new(),
            cached_bytes: 0,
            damage: Damage::default(),
        }
    }

    /// `Ok(None)` if the tree is missing or cannot be decoded (recorded in `damage`: the trees
    /// of the commits a clone holds are always present, even in a shallow clone).
    pub fn get(&mut self, oid: ObjectId) -> Result<Option<Rc<Tree>>, GitError> {
        if let Some(hit) = self.cache.get(&oid) {
            return Ok(Some(hit.clone()));
        }
        let data = match self.repo.objects.try_find(&oid, &mut self.buf) {
            Ok(Some(data)) => data,
            Ok(None) => {
                self.damage.note(oid, || format!("tree {oid} is missing"));
                return Ok(None);
            }
            Err(e) => {
                self.damage
                    .note(oid, || format!("tree {oid} cannot be read: {e}"));
                return Ok(None);
            }
        };
        if data.kind != gix::objs::Kind::Tree {
            let kind = data.kind;
            self.damage.note(oid, || {
                format!("object {oid} should be a tree but is a {kind}")
            });
            return Ok(None);
        }
        let tree = match gix::objs::TreeRef::from_bytes(data.data, data.object_hash) {
            Ok(tree) => tree,
            Err(e) => {
                self.damage
                    .note(oid, || format!("tree {oid} is corrupt: {e}"));
                return Ok(None);
            }
        };
        let mut decoded = Tree {
            names: Vec::with_capacity(tree.entries.len() * 16),
            entries: Vec::with_capacity(tree.entries.len()),
        };
        for e in &tree.entries {
            let name_start = decoded.names.len() as u32;
            decoded.names.extend_from_slice(e.filename);
            decoded.entries.push(TreeEntry {
                mode: e.mode,
                name_start,
                name_end: decoded.names.len() as u32,
                oid: e.oid.to_owned(),
            });
        }
        let bytes =
            decoded.names.len() + decoded.entries.len() * std::mem::size_of::<TreeEntry>() + 64;
        let entries = Rc::new(decoded);
        if self.cached_bytes + bytes > MAX_CACHED_TREE_BYTES {
            self.cache.clear();
            self.cached_bytes = 0;
        }
        self.cached_bytes += bytes;
        self.cache.insert(oid, entries.clone());
        Ok(Some(entries))
    }

    /// The entry at repo-relative `path` in `tree`, if any.
    fn lookup(&mut self, tree: ObjectId, path: &[u8]) -> Result<Option<ObjectId>, GitError> {
        let mut current = tree;
        let mut parts = path.split(|b| *b == b'/').peekable();
        while let Some(part) = parts.next() {
            let Some(entries) = self.get(current)? else {
                return Ok(None);
            };
            let last = parts.peek().is_none();
            let found = entries
                .entries
                .iter()
                .find(|e| entries.name(e) == part && e.mode.is_tree() != last);
            match found {
                Some(e) if last => return Ok(e.mode.is_blob().then_some(e.oid)),
                Some(e) => current = e.oid,
                None => return Ok(None),
            }
        }
        Ok(None)
    }
}

struct CommitInfo {
    tree: ObjectId,
    parents: Vec<ObjectId>,
    time: i64,
    summary: String,
}

pub(crate) struct Scan {
    pub history: Vec<HistoricBlob>,
    pub commits_scanned: usize,
    pub truncated: bool,
    pub oversized_blobs: usize,
    /// Commits, trees and blobs that are missing or unreadable (parents beyond a shallow
    /// boundary excepted).
    pub damaged_objects: usize,
    pub first_damage: Option<String>,
}

struct Scanner<'r, 'p> {
    repo: &'r gix::Repository,
    trees: Trees<'r>,
    prefix: &'p [u8],
    interesting: &'p dyn Fn(&str) -> bool,
    buf: Vec<u8>,
    commits: HashMap<ObjectId, CommitInfo>,
    seen: HashSet<ObjectId>,
    queue: BinaryHeap<(i64, ObjectId)>,
    /// The shallow boundary: commits whose parents are absent on purpose.
    shallow: HashSet<ObjectId>,
}

impl Scanner<'_, '_> {
    /// Parse a commit; `Ok(None)` if it is missing, unreadable or not a commit. A missing commit
    /// is damage unless `expected_missing` (a parent beyond the shallow boundary).
    fn load_commit(
        &mut self,
        oid: ObjectId,
        expected_missing: bool,
    ) -> Result<Option<CommitInfo>, GitError> {
        let data = match self.repo.objects.try_find(&oid, &mut self.buf) {
            Ok(Some(data)) => data,
            Ok(None) => {
                if !expected_missing {
                    self.trees
                        .damage
                        .note(oid, || format!("commit {oid} is missing"));
                }
                return Ok(None);
            }
            Err(e) => {
                self.trees
                    .damage
                    .note(oid, || format!("commit {oid} cannot be read: {e}"));
                return Ok(None);
            }
        };
        if data.kind != gix::objs::Kind::Commit {
            return Ok(None);
        }
        let commit = match gix::objs::CommitRef::from_bytes(data.data, data.object_hash) {
            Ok(commit) => commit,
            Err(e) => {
                self.trees
                    .damage
                    .note(oid, || format!("commit {oid} is corrupt: {e}"));
                return Ok(None);
            }
        };
        let hex = |h: &gix::bstr::BStr| {
            ObjectId::from_hex(h)
                .map_err(|e| GitError::new(format!("corrupt git commit {oid}: bad object id: {e}")))
        };
        let tree = hex(commit.tree)?;
        let parents = commit
            .parents
            .iter()
            .map(|p| hex(p))
            .collect::<Result<Vec<_>, _>>()?;
        let time = commit.time().map(|t| t.seconds).unwrap_or(0);
        let summary = String::from_utf8_lossy(commit.message().summary().as_ref()).into_owned();
        Ok(Some(CommitInfo {
            tree,
            parents,
            time,
            summary,
        }))
    }

    fn enqueue(&mut self, oid: ObjectId, expected_missing: bool) -> Result<(), GitError> {
        if !self.seen.insert(oid) {
            return Ok(());
        }
        if let Some(info) = self.load_commit(oid, expected_missing)? {
            self.queue.push((info.time, oid));
            self.commits.insert(oid, info);
        }
        Ok(())
    }

    /// Interesting blobs in `new` that are not at the same path in `old`.
    fn diff(
        &mut self,
        new: ObjectId,
        old: Option<ObjectId>,
        path: &mut Vec<u8>,
        depth: usize,
        out: &mut Vec<(Vec<u8>, ObjectId)>,
    ) -> Result<(), GitError> {
        if depth > MAX_TREE_DEPTH || Some(new) == old {
            return Ok(());
        }
        let Some(new_entries) = self.trees.get(new)? else {
            return Ok(());
        };
        let old_entries = match old {
            Some(old) => self.trees.get(old)?,
            None => None,
        };
        let empty = Tree::default();
        let old_tree: &Tree = old_entries.as_deref().unwrap_or(&empty);
        let old_entries = &old_tree.entries;
        let mut j = 0;
        for entry in new_entries.entries.iter() {
            let name = new_entries.name(entry);
            let order = |o: &TreeEntry| {
                gix::objs::tree::name_order(
                    old_tree.name(o),
                    o.mode.is_tree(),
                    name,
                    entry.mode.is_tree(),
                )
            };
            while old_entries
                .get(j)
                .is_some_and(|o| order(o) == Ordering::Less)
            {
                j += 1;
            }
            let matched = old_entries.get(j).filter(|o| order(o) == Ordering::Equal);
            if matched.is_some_and(|o| o.oid == entry.oid) {
                continue;
            }
            let len = path.len();
            if len > 0 {
                path.push(b'/');
            }
            path.extend_from_slice(name);
            if entry.mode.is_tree() {
                if dir_is_relevant(path, self.prefix) {
                    let old_sub = matched.filter(|o| o.mode.is_tree()).map(|o| o.oid);
                    self.diff(entry.oid, old_sub, path, depth + 1, out)?;
                }
            } else if entry.mode.is_blob() {
                let wanted = relative_to_root(path, self.prefix)
                    .and_then(|rel| std::str::from_utf8(rel).ok())
                    .is_some_and(|rel| (self.interesting)(rel));
                if wanted {
                    out.push((path.clone(), entry.oid));
                }
            }
            path.truncate(len);
        }
        Ok(())
    }
}

/// All commits reachable from all references and HEAD.
fn tips(repo: &gix::Repository) -> Result<Vec<ObjectId>, GitError> {
    let mut out = Vec::new();
    if let Ok(head) = repo.head_id() {
        out.push(head.detach());
    }
    let platform = repo
        .references()
        .map_err(|e| GitError::new(format!("cannot list git references: {e}")))?;
    let all = platform
        .all()
        .map_err(|e| GitError::new(format!("cannot list git references: {e}")))?;
    for reference in all {
        // A broken reference must not hide the others.
        let Ok(mut reference) = reference else {
            continue;
        };
        if let Ok(id) = reference.peel_to_id() {
            out.push(id.detach());
        }
    }
    Ok(out)
}

pub(crate) fn scan(
    repo: &gix::Repository,
    prefix: &[u8],
    interesting: &dyn Fn(&str) -> bool,
    limits: Limits,
) -> Result<Scan, GitError> {
    let mut scanner = Scanner {
        repo,
        trees: Trees::new(repo),
        prefix,
        interesting,
        buf: Vec::new(),
        commits: HashMap::new(),
        seen: HashSet::new(),
        queue: BinaryHeap::new(),
        shallow: repo
            .shallow_commits()
            .ok()
            .flatten()
            .map(|c| c.iter().copied().collect())
            .unwrap_or_default(),
    };
    for tip in tips(repo)? {
        scanner.enqueue(tip, false)?;
    }

    // (repo path, blob) -> (time, commit) of the oldest commit introducing it.
    let mut found: HashMap<(Vec<u8>, ObjectId), (i64, ObjectId)> = HashMap::new();
    let mut commits_scanned = 0;
    let mut truncated = false;
    let mut candidates = Vec::new();
    let mut path = Vec::new();
    while let Some((time, oid)) = scanner.queue.pop() {
        if commits_scanned >= limits.max_commits {
            truncated = true;
            break;
        }
        commits_scanned += 1;
        let Some((tree, parents)) = scanner
            .commits
            .get(&oid)
            .map(|c| (c.tree, c.parents.clone()))
        else {
            continue;
        };
        let boundary = scanner.shallow.contains(&oid);
        for parent in &parents {
            scanner.enqueue(*parent, boundary)?;
        }
        // Parents that are present; missing ones (shallow boundary) count as an empty tree.
        let parent_trees: Vec<ObjectId> = parents
            .iter()
            .filter_map(|p| scanner.commits.get(p).map(|c| c.tree))
            .collect();
        candidates.clear();
        path.clear();
        scanner.diff(
            tree,
            parent_trees.first().copied(),
            &mut path,
            0,
            &mut candidates,
        )?;
        // A merge introduces only what none of its parents had at that path.
        for other in parent_trees.iter().skip(1) {
            let mut kept = Vec::with_capacity(candidates.len());
            for (p, blob) in candidates.drain(..) {
                if scanner.trees.lookup(*other, &p)? != Some(blob) {
                    kept.push((p, blob));
                }
            }
            candidates = kept;
        }
        for (p, blob) in candidates.drain(..) {
            let key = (p, blob);
            let room = found.len() < limits.max_blobs;
            match found.get_mut(&key) {
                // The walk is newest first: on a tie, the later-visited commit is the ancestor.
                Some(slot) => {
                    if time <= slot.0 {
                        *slot = (time, oid);
                    }
                }
                None if room => {
                    found.insert(key, (time, oid));
                }
                None => truncated = true,
            }
        }
    }

    let mut oversized_blobs = 0;
    let mut history = Vec::with_capacity(found.len());
    let mut buf = Vec::new();
    for ((repo_path, blob), (time, commit)) in found {
        let Some(rel) = relative_to_root(&repo_path, prefix) else {
            continue;
        };
        let damage = &mut scanner.trees.damage;
        let size = match repo.objects.try_header(&blob) {
            Ok(header) => header.map(|h| h.size),
            Err(e) => {
                damage.note(blob, || format!("blob {blob} cannot be read: {e}"));
                None
            }
        };
        // a missing or unreadable blob: the path was committed, the content is unknown
        let text = match size {
            Some(size) if size > limits.max_blob_bytes => {
                oversized_blobs += 1;
                String::new()
            }
            Some(_) => match repo.objects.try_find(&blob, &mut buf) {
                Ok(Some(data)) => String::from_utf8_lossy(data.data).into_owned(),
                Ok(None) => {
                    damage.note(blob, || format!("blob {blob} is missing"));
                    String::new()
                }
                Err(e) => {
                    damage.note(blob, || format!("blob {blob} cannot be read: {e}"));
                    String::new()
                }
            },
            None => {
                damage.note(blob, || format!("blob {blob} is missing"));
                String::new()
            }
        };
        let summary = scanner
            .commits
            .get(&commit)
            .map(|c| c.summary.clone())
            .unwrap_or_default();
        history.push(HistoricBlob {
            path: String::from_utf8_lossy(rel).into_owned(),
            commit: commit.to_string(),
            time,
            summary,
            text,
            blob: blob.to_string(),
        });
    }
    history.sort_by(|a, b| {
        (a.time, &a.path, &a.commit, &a.blob).cmp(&(b.time, &b.path, &b.commit, &b.blob))
    });
    Ok(Scan {
        history,
        commits_scanned,
        truncated,
        oversized_blobs,
        damaged_objects: scanner.trees.damage.count(),
        first_damage: scanner.trees.damage.first.take(),
    })
}
