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

/// Application source (read for facts, not audited itself) larger than this is skipped silently:
/// generated modules and vendored bundles hold no deployment facts.
pub const MAX_APP_SOURCE_BYTES: u64 = 512 * 1024;

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

/// Can the file name of `rel` name a Dockerfile? (Every name classify takes for one holds
/// `dockerfile` or `containerfile`, in any case.)
fn may_name_dockerfile(rel: &str) -> bool {
    let name = rel.rsplit('/').next().unwrap_or(rel).as_bytes();
    let has = |needle: &[u8]| {
        name.windows(needle.len())
            .any(|w| w.eq_ignore_ascii_case(needle))
    };
    has(b"dockerfile") || has(b"containerfile")
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
                // a Dockerfile's name holds `dockerfile` or `containerfile`: only those names are
                // classified a second time (classifying a path allocates; 110,000 paths)
                let dockerfile = candidate
                    && may_name_dockerfile(&rel)
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

    let root_canon = std::fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
    // `listed`: the main walk already found the name worth reading
    let read = |rel: &String, gitignored: bool, listed: bool| -> Option<InputFile> {
        let abs = root.join(rel);
        let abs = abs.as_path();
        // name first; ambiguous names need the content
        if !listed && !seaworthy_syntax::classify::is_candidate(rel) {
            return None;
        }
        if gitignored && seaworthy_syntax::classify(rel, None) != Some(FileKind::Env) {
            return None;
        }
        read_input(&root_canon, rel, abs, gitignored, false)
    };
    let inputs: Vec<InputFile> = timings::time("read and classify", || {
        let mut inputs: Vec<InputFile> = candidates
            .par_iter()
            .filter_map(|f| read(f, false, true))
            .collect();
        inputs.extend(extra.iter().filter_map(|f| read(f, true, false)));
        inputs
    });
    warnings.sort();
    Walked {
        inputs,
        all_paths,
        warnings,
    }
}

/// Read one candidate file the way the audit may: a symbolic link is followed only when it
/// resolves inside the audited root (`root_canon`, canonical), and only regular files are opened
/// (a FIFO, a socket or a device is never opened, so nothing blocks). A file that vanishes or
/// changes kind during the walk is reported, not fatal. `sniff`: classify an ambiguous name by
/// content even when the name alone says nothing (a file given on the command line).
fn read_input(
    root_canon: &Path,
    rel: &str,
    abs: &Path,
    gitignored: bool,
    sniff: bool,
) -> Option<InputFile> {
    let by_name = || seaworthy_syntax::classify(rel, None);
    let issue = |kind: FileKind, issue: FileIssue| InputFile {
        path: rel.to_string(),
        kind,
        text: String::new(),
        issue: Some(issue),
        gitignored,
    };
    let (file, size) = match open_regular(root_canon, abs) {
        Ok(opened) => opened,
        Err(e) => return Some(issue(by_name()?, e)),
    };
    if size > MAX_APP_SOURCE_BYTES && by_name() == Some(FileKind::PythonSource) {
        return None;
    }
    if size > MAX_FILE_BYTES {
        // a name that needs the content (`nginx.conf`, `app.yml`) is judged by its beginning, so
        // a huge nginx config is reported as too large instead of vanishing from the audit
        let kind = by_name().or_else(|| {
            let head = read_head(abs, SNIFF_BYTES).ok()?;
            let (text, text_issue) = decode(&head);
            match text_issue {
                Some(TextIssue::Binary) => None,
                _ => seaworthy_syntax::classify(rel, Some(&text)),
            }
        })?;
        return Some(issue(
            kind,
            FileIssue::TooLarge {
                bytes: size,
                limit: MAX_FILE_BYTES,
            },
        ));
    }
    match read_capped(file) {
        Ok(bytes) if bytes.len() as u64 > MAX_FILE_BYTES => Some(issue(
            by_name()?,
            FileIssue::TooLarge {
                bytes: bytes.len() as u64,
                limit: MAX_FILE_BYTES,
            },
        )),
        Ok(bytes) => {
            let (text, text_issue) = decode(&bytes);
            let kind = match text_issue {
                None | Some(TextIssue::NotUtf8) => seaworthy_syntax::classify(rel, Some(&text))
                    .or_else(|| if sniff { sniff_kind(&text) } else { None })?,
                Some(_) => by_name()?,
            };
            Some(InputFile {
                path: rel.to_string(),
                kind,
                text,
                issue: text_issue.map(FileIssue::from),
                gitignored,
            })
        }
        Err(e) => Some(issue(by_name()?, unreadable(&e))),
    }
}

/// Why a file could not be read, in words a user recognises.
fn unreadable(e: &std::io::Error) -> FileIssue {
    FileIssue::Unreadable(match e.kind() {
        std::io::ErrorKind::NotFound => "it was removed while the audit ran".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => e.to_string(),
    })
}

/// Open `abs` for reading if it is (or links, inside `root_canon`, to) a regular file; with its size.
fn open_regular(root_canon: &Path, abs: &Path) -> Result<(std::fs::File, u64), FileIssue> {
    let lmeta = std::fs::symlink_metadata(abs).map_err(|e| unreadable(&e))?;
    let target = if lmeta.file_type().is_symlink() {
        let written = std::fs::read_link(abs)
            .map(|t| t.display().to_string())
            .unwrap_or_default();
        match std::fs::canonicalize(abs) {
            Ok(t) if t.starts_with(root_canon) => t,
            Ok(_) => return Err(FileIssue::SymlinkOutsideRoot { target: written }),
            Err(e) => {
                // a dangling link, or a loop (the OS bounds how many links it follows)
                let why = if e.kind() == std::io::ErrorKind::NotFound {
                    format!("symbolic link to `{written}`, which does not exist")
                } else {
                    format!("symbolic link to `{written}` cannot be resolved: {e}")
                };
                return Err(FileIssue::Unreadable(why));
            }
        }
    } else {
        abs.to_path_buf()
    };
    if !std::fs::metadata(&target)
        .map_err(|e| unreadable(&e))?
        .is_file()
    {
        return Err(FileIssue::Unreadable(
            "not a regular file (a directory, FIFO, socket or device); not read".into(),
        ));
    }
    let mut opts = std::fs::OpenOptions::new();
    opts.read(true);
    // the file may be swapped between the checks above and the open: never block on a FIFO, never
    // follow a link that appeared meanwhile, and check what was opened
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.custom_flags(libc::O_NONBLOCK | libc::O_NOFOLLOW);
    }
    let file = opts.open(&target).map_err(|e| unreadable(&e))?;
    match file.metadata() {
        Ok(m) if m.is_file() => Ok((file, m.len())),
        Ok(_) => Err(FileIssue::Unreadable(
            "it stopped being a regular file while the audit ran; not read".into(),
        )),
        Err(e) => Err(unreadable(&e)),
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
fn read_capped(file: std::fs::File) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let mut buf = Vec::new();
    file.take(MAX_FILE_BYTES + 1).read_to_end(&mut buf)?;
    Ok(buf)
}

/// A single file given on the command line: audited alone, relative to its directory (the root).
pub fn single_file(path: &Path) -> Walked {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    let mut all_paths = BTreeSet::new();
    all_paths.insert(name.clone());
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    let root_canon = std::fs::canonicalize(&dir).unwrap_or(dir);
    // a file named explicitly is audited even when its name is ambiguous: content sniffing
    let inputs = read_input(&root_canon, &name, path, false, true)
        .into_iter()
        .collect();
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
        .trim_start_matches('\u{feff}')
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with('#'))
        .is_some_and(|l| {
            // byte-wise: the line may start with a multi-byte character
            l.len() > 5 && l.as_bytes()[..5].eq_ignore_ascii_case(b"FROM ")
        })
    {
        Some(FileKind::Dockerfile)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A file listed by the walk and removed before it is read: a finding, not a failed audit.
    #[test]
    fn a_file_that_vanished_after_listing_is_reported() {
        let dir = tempfile::tempdir().unwrap();
        let root = std::fs::canonicalize(dir.path()).unwrap();
        let gone = root.join("Dockerfile");
        let input = read_input(&root, "Dockerfile", &gone, false, false).expect("reported");
        assert_eq!(input.kind, FileKind::Dockerfile);
        match input.issue {
            Some(FileIssue::Unreadable(why)) => assert!(why.contains("removed"), "{why}"),
            other => panic!("{other:?}"),
        }
        // a name that is no deployment file is not reported at all
        assert!(read_input(&root, "notes.txt", &root.join("notes.txt"), false, false).is_none());
    }

    /// The walk classifies a name a second time only when it may name a Dockerfile: every name
    /// the classifier takes for a Dockerfile passes that pre-check.
    #[test]
    fn the_dockerfile_precheck_keeps_every_dockerfile_name() {
        for name in [
            "Dockerfile",
            "a/b/dockerfile",
            "DOCKERFILE",
            "Containerfile",
            "svc/Dockerfile.prod",
            "svc/Dockerfile-debian.template",
            "svc/dockerfile_dev",
            "svc/api.Dockerfile",
            "svc/api.containerfile",
            "svc/api.DockerFile",
        ] {
            assert_eq!(
                seaworthy_syntax::classify(name, None),
                Some(FileKind::Dockerfile),
                "{name}"
            );
            assert!(may_name_dockerfile(name), "{name}");
        }
        for name in [
            "app/main.py",
            "dockerfiles/README.md",
            "compose.yaml",
            "Dockerfile/x.txt",
        ] {
            assert!(
                !may_name_dockerfile(name)
                    || seaworthy_syntax::classify(name, None) != Some(FileKind::Dockerfile),
                "{name}"
            );
        }
        assert!(!may_name_dockerfile("Dockerfile/x.txt"));
    }

    /// The single-file sniffer reads `FROM` byte-wise: a first line that starts with a
    /// multi-byte character used to panic (slicing inside the character).
    #[test]
    fn sniffing_a_multibyte_first_line_does_not_panic() {
        assert_eq!(sniff_kind("éééééé\nfoo\n"), None);
        assert_eq!(sniff_kind("é\n"), None);
        assert_eq!(
            sniff_kind("\u{feff}FROM python:3.12\n"),
            Some(FileKind::Dockerfile)
        );
        assert_eq!(sniff_kind("from python:3.12\n"), Some(FileKind::Dockerfile));
    }
}
