//! Walking the audited tree: which files exist, which are deployment files, and their content.
//!
//! The main walk honours `.gitignore` (and `.ignore`) but sees dotfiles and skips `.git/`. A second
//! walk over each build-context directory ignores `.gitignore`: a git-ignored `.env` next to a
//! Dockerfile still ships in the image when the Dockerfile copies broadly, so it must be audited.
//! Directories the second walk does not descend into (dependency folders, git-ignored folders) are
//! recorded as `dir/` entries so rules can still ask whether they exist.

use ignore::{WalkBuilder, WalkState};
use rayon::prelude::*;
use seaworthy_linter::project::{FileIssue, InputFile};
use seaworthy_linter::timings;
use seaworthy_syntax::text::{decode, TextIssue};
use seaworthy_syntax::FileKind;
use std::collections::{BTreeSet, HashSet};
use std::path::Path;
use std::sync::Mutex;

/// Files larger than this are listed but not parsed.
pub const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;

/// Folders never descended into (their existence is still recorded).
const HEAVY_DIRS: &[&str] = &[
    ".git",
    "node_modules",
    ".venv",
    "venv",
    "__pycache__",
    ".tox",
    ".mypy_cache",
    ".pytest_cache",
    ".ruff_cache",
    ".terraform",
    ".next",
];

pub struct Walked {
    pub inputs: Vec<InputFile>,
    pub all_paths: BTreeSet<String>,
    /// Problems that are not about one file (e.g. a directory that could not be read).
    pub warnings: Vec<String>,
}

fn rel_path(root: &Path, p: &Path) -> Option<String> {
    let rel = p.strip_prefix(root).ok()?;
    // `/` is the separator here: the remainder is the relative path as it is (no per-component
    // allocations; this runs for every file of the tree)
    if std::path::MAIN_SEPARATOR == '/' {
        let s = rel.to_string_lossy();
        return (!s.is_empty()).then(|| s.into_owned());
    }
    let s = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/");
    (!s.is_empty()).then_some(s)
}

fn is_heavy(name: &str) -> bool {
    HEAVY_DIRS.contains(&name)
}

/// A file the main walk found.
struct Found {
    rel: String,
    /// Its name makes it worth reading ([`seaworthy_syntax::classify::is_candidate`]).
    candidate: bool,
    /// A Dockerfile by name: its folder is a build context.
    dockerfile: bool,
}

/// What the walker threads found, merged once per thread (not once per entry).
#[derive(Default)]
struct Listing {
    files: Vec<Found>,
    dirs: Vec<String>,
    markers: Vec<String>,
    warnings: Vec<String>,
}

impl Listing {
    fn append(&mut self, other: &mut Listing) {
        self.files.append(&mut other.files);
        self.dirs.append(&mut other.dirs);
        self.markers.append(&mut other.markers);
        self.warnings.append(&mut other.warnings);
    }
}

/// One walker thread's findings; handed to the shared listing when the thread's visitor is dropped.
struct Local<'a> {
    found: Listing,
    shared: &'a Mutex<Listing>,
}

impl Drop for Local<'_> {
    fn drop(&mut self) {
        if let Ok(mut s) = self.shared.lock() {
            s.append(&mut self.found);
        }
    }
}

/// Walk `root` and read every deployment file. `exclude` filters relative paths (config `exclude`).
pub fn walk(root: &Path, exclude: &(dyn Fn(&str) -> bool + Sync)) -> Walked {
    let listing = std::time::Instant::now();
    let shared: Mutex<Listing> = Mutex::new(Listing::default());
    WalkBuilder::new(root)
        .hidden(false)
        .git_ignore(true)
        .git_global(false)
        .git_exclude(true)
        .ignore(true)
        .parents(true)
        .require_git(false)
        .follow_links(false)
        .build_parallel()
        .run(|| {
            let mut local = Local {
                found: Listing::default(),
                shared: &shared,
            };
            Box::new(move |entry| {
                let found = &mut local.found;
                let entry = match entry {
                    Ok(e) => e,
                    Err(err) => {
                        found.warnings.push(err.to_string());
                        return WalkState::Continue;
                    }
                };
                let Some(rel) = rel_path(root, entry.path()) else {
                    return WalkState::Continue;
                };
                let is_dir = entry.file_type().is_some_and(|t| t.is_dir());
                if is_dir {
                    if is_heavy(&entry.file_name().to_string_lossy()) {
                        found.markers.push(format!("{rel}/"));
                        return WalkState::Skip;
                    }
                    found.dirs.push(rel);
                    return WalkState::Continue;
                }
                if exclude(&rel) {
                    return WalkState::Continue;
                }
                // classify by name here, in the walker's threads: most files are not ours
                let candidate = seaworthy_syntax::classify::is_candidate(&rel);
                let dockerfile = candidate
                    && seaworthy_syntax::classify(&rel, None) == Some(FileKind::Dockerfile);
                found.files.push(Found {
                    rel,
                    candidate,
                    dockerfile,
                });
                WalkState::Continue
            })
        });
    let Listing {
        files,
        dirs,
        markers,
        mut warnings,
    } = shared.into_inner().unwrap_or_default();
    let dirs: HashSet<String> = dirs.into_iter().collect();
    let mut markers: BTreeSet<String> = markers.into_iter().collect();
    let mut candidates: Vec<String> = Vec::new();
    // build contexts: directories that hold a Dockerfile (by default)
    let mut context_dirs: BTreeSet<String> = BTreeSet::new();
    let mut all_paths: BTreeSet<String> = BTreeSet::new();
    for f in files {
        if f.dockerfile {
            context_dirs.insert(
                f.rel
                    .rsplit_once('/')
                    .map(|(d, _)| d.to_string())
                    .unwrap_or_default(),
            );
        }
        if f.candidate {
            candidates.push(f.rel.clone());
        }
        all_paths.insert(f.rel);
    }
    candidates.sort();
    timings::record("walk: list files", listing.elapsed());
    let contexts = std::time::Instant::now();

    // Second pass over the build contexts without gitignore: one level of files plus markers for
    // the folders the main walk did not enter.
    let per_dir: Vec<(Vec<String>, Vec<String>)> = context_dirs
        .par_iter()
        .map(|dir| {
            let mut extra = Vec::new();
            let mut marks = Vec::new();
            let abs = if dir.is_empty() {
                root.to_path_buf()
            } else {
                root.join(dir)
            };
            let Ok(rd) = std::fs::read_dir(&abs) else {
                return (extra, marks);
            };
            for e in rd.flatten() {
                let name = e.file_name().to_string_lossy().to_string();
                let rel = if dir.is_empty() {
                    name
                } else {
                    format!("{dir}/{name}")
                };
                let Ok(ft) = e.file_type() else { continue };
                if ft.is_dir() {
                    if !dirs.contains(&rel) {
                        marks.push(format!("{rel}/"));
                    }
                } else if ft.is_file() && !all_paths.contains(&rel) && !exclude(&rel) {
                    extra.push(rel);
                }
            }
            (extra, marks)
        })
        .collect();
    let mut extra: Vec<String> = Vec::new();
    for (e, m) in per_dir {
        extra.extend(e);
        markers.extend(m);
    }
    timings::record("walk: build-context folders", contexts.elapsed());
    all_paths.extend(markers);
    all_paths.extend(extra.iter().cloned());

    let read = |rel: &String, gitignored: bool| -> Option<InputFile> {
        let abs = root.join(rel);
        let abs = abs.as_path();
        // name first; ambiguous names need the content
        let by_name = seaworthy_syntax::classify::is_candidate(rel);
        if !by_name {
            return None;
        }
        if gitignored && seaworthy_syntax::classify(rel, None) != Some(FileKind::Env) {
            return None;
        }
        let meta = std::fs::metadata(abs);
        let size = meta.as_ref().map(|m| m.len()).unwrap_or(0);
        // only regular files are read: a FIFO or a symlink to a device named `Dockerfile` would block
        if let Ok(m) = &meta {
            if !m.is_file() {
                let kind = seaworthy_syntax::classify(rel, None)?;
                return Some(InputFile {
                    path: rel.clone(),
                    kind,
                    text: String::new(),
                    issue: Some(FileIssue::Unreadable("not a regular file".into())),
                    gitignored,
                });
            }
        }
        if size > MAX_FILE_BYTES {
            // a name that needs the content (`nginx.conf`, `app.yml`) is judged by its beginning, so
            // a huge nginx config is reported as too large instead of vanishing from the audit
            let kind = seaworthy_syntax::classify(rel, None).or_else(|| {
                let head = read_head(abs, SNIFF_BYTES).ok()?;
                let (text, issue) = decode(&head);
                match issue {
                    Some(TextIssue::Binary) => None,
                    _ => seaworthy_syntax::classify(rel, Some(&text)),
                }
            })?;
            return Some(InputFile {
                path: rel.clone(),
                kind,
                text: String::new(),
                issue: Some(FileIssue::TooLarge {
                    bytes: size,
                    limit: MAX_FILE_BYTES,
                }),
                gitignored,
            });
        }
        match read_capped(abs) {
            Ok(bytes) => {
                let (text, issue) = decode(&bytes);
                let kind = match issue {
                    Some(TextIssue::Binary) => seaworthy_syntax::classify(rel, None)?,
                    _ => seaworthy_syntax::classify(rel, Some(&text))?,
                };
                Some(InputFile {
                    path: rel.clone(),
                    kind,
                    text,
                    issue: issue.map(|i| match i {
                        TextIssue::Binary => FileIssue::Binary,
                        TextIssue::NotUtf8 => FileIssue::NotUtf8,
                    }),
                    gitignored,
                })
            }
            Err(e) => {
                let kind = seaworthy_syntax::classify(rel, None)?;
                Some(InputFile {
                    path: rel.clone(),
                    kind,
                    text: String::new(),
                    issue: Some(FileIssue::Unreadable(e.kind().to_string())),
                    gitignored,
                })
            }
        }
    };
    let inputs: Vec<InputFile> = timings::time("read and classify", || {
        let mut inputs: Vec<InputFile> = candidates
            .par_iter()
            .filter_map(|f| read(f, false))
            .collect();
        inputs.extend(extra.iter().filter_map(|f| read(f, true)));
        inputs
    });
    warnings.sort();
    Walked {
        inputs,
        all_paths,
        warnings,
    }
}

/// How much of a too-large file is read to tell what it is.
const SNIFF_BYTES: u64 = 64 * 1024;

/// The first `limit` bytes of a file.
fn read_head(path: &Path, limit: u64) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let mut buf = Vec::new();
    std::fs::File::open(path)?
        .take(limit)
        .read_to_end(&mut buf)?;
    Ok(buf)
}

/// Read at most `MAX_FILE_BYTES + 1` bytes (a file can grow between `stat` and `read`).
fn read_capped(path: &Path) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let mut buf = Vec::new();
    std::fs::File::open(path)?
        .take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut buf)?;
    Ok(buf)
}

/// A single file given on the command line: audited alone, relative to its directory.
pub fn single_file(path: &Path) -> Walked {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    let mut all_paths = BTreeSet::new();
    all_paths.insert(name.clone());
    let pair = (name.clone(), path.to_path_buf());
    let mut inputs = Vec::new();
    let regular = std::fs::metadata(path)
        .map(|m| m.is_file())
        .unwrap_or(false);
    match if regular {
        read_capped(path)
    } else {
        Err(std::io::Error::other("not a regular file"))
    } {
        Ok(bytes) => {
            let (text, issue) = decode(&bytes);
            // a file named explicitly is audited even when its name is ambiguous: fall back to content sniffing
            let kind = seaworthy_syntax::classify(&name, Some(&text)).or_else(|| sniff_kind(&text));
            if let Some(kind) = kind {
                inputs.push(InputFile {
                    path: pair.0,
                    kind,
                    text,
                    issue: issue.map(|i| match i {
                        TextIssue::Binary => FileIssue::Binary,
                        TextIssue::NotUtf8 => FileIssue::NotUtf8,
                    }),
                    gitignored: false,
                });
            }
        }
        Err(e) => {
            if let Some(kind) = seaworthy_syntax::classify(&name, None) {
                inputs.push(InputFile {
                    path: pair.0,
                    kind,
                    text: String::new(),
                    issue: Some(FileIssue::Unreadable(e.kind().to_string())),
                    gitignored: false,
                });
            }
        }
    }
    Walked {
        inputs,
        all_paths,
        warnings: Vec::new(),
    }
}

fn sniff_kind(text: &str) -> Option<FileKind> {
    if seaworthy_syntax::classify::looks_like_compose(text) {
        Some(FileKind::Compose)
    } else if seaworthy_syntax::classify::looks_like_nginx(text) {
        Some(FileKind::Nginx)
    } else if text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with('#'))
        .is_some_and(|l| l.len() > 5 && l[..5].eq_ignore_ascii_case("FROM "))
    {
        Some(FileKind::Dockerfile)
    } else {
        None
    }
}
