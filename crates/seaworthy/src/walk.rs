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
use seaworthy_syntax::text::{decode, TextIssue};
use seaworthy_syntax::FileKind;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
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

/// Walk `root` and read every deployment file. `exclude` filters relative paths (config `exclude`).
pub fn walk(root: &Path, exclude: &(dyn Fn(&str) -> bool + Sync)) -> Walked {
    let files: Mutex<Vec<(String, PathBuf)>> = Mutex::new(Vec::new());
    let dirs: Mutex<BTreeSet<String>> = Mutex::new(BTreeSet::new());
    let markers: Mutex<BTreeSet<String>> = Mutex::new(BTreeSet::new());
    let warnings: Mutex<Vec<String>> = Mutex::new(Vec::new());
    let root_buf = root.to_path_buf();
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
            let root = root_buf.clone();
            let files = &files;
            let dirs = &dirs;
            let markers = &markers;
            let warnings = &warnings;
            Box::new(move |entry| {
                let entry = match entry {
                    Ok(e) => e,
                    Err(err) => {
                        if let Ok(mut w) = warnings.lock() {
                            w.push(err.to_string());
                        }
                        return WalkState::Continue;
                    }
                };
                let Some(rel) = rel_path(&root, entry.path()) else {
                    return WalkState::Continue;
                };
                let is_dir = entry.file_type().is_some_and(|t| t.is_dir());
                if is_dir {
                    let name = entry.file_name().to_string_lossy();
                    if is_heavy(&name) {
                        if let Ok(mut m) = markers.lock() {
                            m.insert(format!("{rel}/"));
                        }
                        return WalkState::Skip;
                    }
                    if let Ok(mut d) = dirs.lock() {
                        d.insert(rel);
                    }
                    return WalkState::Continue;
                }
                if exclude(&rel) {
                    return WalkState::Continue;
                }
                if let Ok(mut f) = files.lock() {
                    f.push((rel, entry.path().to_path_buf()));
                }
                WalkState::Continue
            })
        });
    let mut files = files.into_inner().unwrap_or_default();
    let dirs = dirs.into_inner().unwrap_or_default();
    let mut markers = markers.into_inner().unwrap_or_default();
    let mut warnings = warnings.into_inner().unwrap_or_default();
    files.sort();
    let seen: BTreeSet<String> = files.iter().map(|(r, _)| r.clone()).collect();

    // Second pass: directories that hold a Dockerfile (build contexts, by default) without
    // gitignore, one level of files plus markers for the folders the main walk did not enter.
    let mut context_dirs: BTreeSet<String> = BTreeSet::new();
    for (rel, _) in &files {
        if seaworthy_syntax::classify(rel, None) == Some(FileKind::Dockerfile) {
            context_dirs.insert(
                rel.rsplit_once('/')
                    .map(|(d, _)| d.to_string())
                    .unwrap_or_default(),
            );
        }
    }
    let mut extra: Vec<(String, PathBuf)> = Vec::new();
    for dir in &context_dirs {
        let abs = if dir.is_empty() {
            root.to_path_buf()
        } else {
            root.join(dir)
        };
        let Ok(rd) = std::fs::read_dir(&abs) else {
            continue;
        };
        for e in rd.flatten() {
            let name = e.file_name().to_string_lossy().to_string();
            let rel = if dir.is_empty() {
                name.clone()
            } else {
                format!("{dir}/{name}")
            };
            let Ok(ft) = e.file_type() else { continue };
            if ft.is_dir() {
                if !dirs.contains(&rel) {
                    markers.insert(format!("{rel}/"));
                }
            } else if ft.is_file() && !seen.contains(&rel) && !exclude(&rel) {
                extra.push((rel, e.path()));
            }
        }
    }

    let mut all_paths: BTreeSet<String> = seen;
    all_paths.extend(markers);
    for (rel, _) in &extra {
        all_paths.insert(rel.clone());
    }

    let root_canon = std::fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
    let read = |(rel, abs): &(String, PathBuf), gitignored: bool| -> Option<InputFile> {
        // name first; ambiguous names need the content
        if !seaworthy_syntax::classify::is_candidate(rel) {
            return None;
        }
        if gitignored && seaworthy_syntax::classify(rel, None) != Some(FileKind::Env) {
            return None;
        }
        read_input(&root_canon, rel, abs, gitignored, false)
    };
    let mut inputs: Vec<InputFile> = files.par_iter().filter_map(|f| read(f, false)).collect();
    inputs.extend(extra.iter().filter_map(|f| read(f, true)));
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
        return Some(issue(
            by_name()?,
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
        _ => PathBuf::from("."),
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
