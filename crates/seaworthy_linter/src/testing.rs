//! Test support: build a project from an in-memory file set and audit it, with a fixed date.
//!
//! Fixtures use a txtar-like format: each file starts with a `-- path --` header line.
//! A header `-- path (escaped) --` decodes `\xNN` escapes in its content to raw bytes, for
//! binary and non-UTF-8 cases.

use crate::config::Config;
use crate::engine::{self, Audit};
use crate::project::git::GitProblem;
use crate::project::{BuildOptions, Date, FileIssue, InputFile, Project};
use seaworthy_syntax::text::decode;
use std::collections::BTreeSet;

/// The date every test audits "as of", so lifecycle rules are reproducible.
pub const TEST_TODAY: Date = Date {
    year: 2026,
    month: 11,
    day: 22,
};

/// (path, bytes) pairs from a txtar-like fixture.
pub fn parse_txtar(src: &str) -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<(String, Vec<u8>, bool)> = Vec::new();
    for line in src.split_inclusive('\n') {
        let t = line.trim_end_matches(['\n', '\r']);
        if let Some(h) = t.strip_prefix("-- ").and_then(|r| r.strip_suffix(" --")) {
            let (path, escaped) = match h.strip_suffix(" (escaped)") {
                Some(p) => (p, true),
                None => (h, false),
            };
            out.push((path.trim().to_string(), Vec::new(), escaped));
            continue;
        }
        if let Some(last) = out.last_mut() {
            last.1.extend_from_slice(line.as_bytes());
        }
    }
    out.into_iter()
        .map(|(p, bytes, escaped)| {
            if escaped {
                (p, unescape(&bytes))
            } else {
                (p, bytes)
            }
        })
        .collect()
}

fn unescape(b: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\\' && b.get(i + 1) == Some(&b'x') && i + 3 < b.len() {
            if let Ok(v) =
                u8::from_str_radix(std::str::from_utf8(&b[i + 2..i + 4]).unwrap_or("zz"), 16)
            {
                out.push(v);
                i += 4;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    out
}

/// Turn raw files into inputs the way the CLI does (classification, decoding, issues).
/// Files that are not deployment files only go into `all_paths`. A file named `@symlink:PATH`
/// stands for PATH being a symbolic link out of the audited directory (its content: the target).
pub fn inputs_from_files(files: &[(String, Vec<u8>)]) -> (Vec<InputFile>, BTreeSet<String>) {
    let mut inputs = Vec::new();
    let mut paths = BTreeSet::new();
    for (path, bytes) in files {
        paths.insert(path.clone());
        let (text, issue) = decode(bytes);
        // `@symlink:PATH`: PATH is a symbolic link out of the audited directory; the content is
        // where it points (the CLI never reads such a file)
        if let Some(link) = path.strip_prefix("@symlink:") {
            paths.remove(path);
            paths.insert(link.to_string());
            if let Some(kind) = seaworthy_syntax::classify(link, None) {
                inputs.push(InputFile {
                    path: link.to_string(),
                    kind,
                    text: String::new(),
                    issue: Some(FileIssue::SymlinkOutsideRoot {
                        target: String::from_utf8_lossy(bytes).trim().to_string(),
                    }),
                    gitignored: false,
                });
            }
            continue;
        }
        let kind = seaworthy_syntax::classify(path, Some(&text)).or_else(|| {
            // binary files still classify by name
            seaworthy_syntax::classify(path, None)
        });
        let Some(kind) = kind else { continue };
        inputs.push(InputFile {
            path: path.clone(),
            kind,
            text,
            issue: issue.map(FileIssue::from),
            gitignored: false,
        });
    }
    (inputs, paths)
}

/// Build a project from a fixture. Git facts come from pseudo-files:
/// `-- @git --` with lines `tracked PATH`, `ignored PATH`, `shallow`, `truncated`, `commits N`,
/// `problem no-repository`, `problem unreadable WHY`, `problem damaged COUNT FIRST`; and
/// `-- @git-history COMMIT PATH --` (or `@git-history:COMMIT:PATH`) whose content is a historical version of PATH first committed
/// in COMMIT. Any `@git` section makes the facts available.
pub fn project_from_txtar(src: &str) -> Project {
    let all = parse_txtar(src);
    let (git_files, files): (Vec<_>, Vec<_>) =
        all.into_iter().partition(|(p, _)| p.starts_with("@git"));
    let gitignored: Vec<String> = git_files
        .iter()
        .filter(|(p, _)| p == "@git")
        .flat_map(|(_, c)| {
            String::from_utf8_lossy(c)
                .lines()
                .filter_map(|l| l.strip_prefix("ignored ").map(str::to_string))
                .collect::<Vec<_>>()
        })
        .collect();
    let (mut inputs, paths) = inputs_from_files(&files);
    for i in inputs.iter_mut() {
        i.gitignored = gitignored.contains(&i.path);
    }
    let mut project = Project::build(inputs, paths, &BuildOptions { today: TEST_TODAY });
    if !git_files.is_empty() {
        let mut facts = crate::project::git::GitFacts {
            available: true,
            ..Default::default()
        };
        for (p, content) in &git_files {
            let text = String::from_utf8_lossy(content).to_string();
            if p == "@git" {
                for line in text.lines() {
                    let line = line.trim();
                    if let Some(t) = line.strip_prefix("tracked ") {
                        facts.tracked.insert(t.to_string());
                    } else if let Some(t) = line.strip_prefix("ignored ") {
                        facts.ignored.insert(t.to_string());
                    } else if line == "shallow" {
                        facts.shallow = true;
                    } else if line == "truncated" {
                        facts.truncated = true;
                    } else if let Some(n) = line.strip_prefix("commits ") {
                        facts.commits_scanned = n.trim().parse().unwrap_or(0);
                    } else if line == "problem no-repository" {
                        facts.available = false;
                        facts.problems.push(GitProblem::NoRepository);
                    } else if let Some(why) = line.strip_prefix("problem unreadable ") {
                        facts.available = false;
                        facts.problems.push(GitProblem::Unreadable(why.to_string()));
                    } else if let Some(rest) = line.strip_prefix("problem damaged ") {
                        let (count, first) = rest.split_once(' ').unwrap_or((rest, ""));
                        facts.problems.push(GitProblem::DamagedObjects {
                            count: count.parse().unwrap_or(1),
                            first: first.to_string(),
                        });
                    }
                }
            } else if let Some(rest) = p
                .strip_prefix("@git-history ")
                .or_else(|| p.strip_prefix("@git-history:"))
            {
                let (commit, path) = rest.split_once([' ', ':']).unwrap_or((rest, ""));
                facts.history.push(crate::project::git::HistoricBlob {
                    path: path.to_string(),
                    commit: commit.to_string(),
                    time: 1_700_000_000,
                    summary: "add config".into(),
                    text,
                });
                facts.commits_scanned += 1;
            }
        }
        project.git = facts;
    }
    project
}

/// Rule options from a `-- seaworthy.toml --` section of a fixture (its `[dockerfile]` table and
/// the like), so a fixture can exercise a rule that only runs when configured.
fn fixture_settings(src: &str) -> std::sync::Arc<crate::config::RuleSettings> {
    let Some((_, toml)) = parse_txtar(src)
        .into_iter()
        .find(|(p, _)| p == "seaworthy.toml")
    else {
        return Default::default();
    };
    let text = String::from_utf8_lossy(&toml).to_string();
    let raw = Config::parse_toml(&text, "seaworthy.toml").expect("fixture seaworthy.toml");
    std::sync::Arc::new(
        crate::config::RuleSettings::from_raw(&raw).expect("fixture seaworthy.toml settings"),
    )
}

/// Audit a fixture with the default configuration (rule options from its `seaworthy.toml`).
pub fn audit_txtar(src: &str) -> Audit {
    let config = Config {
        settings: fixture_settings(src),
        ..Config::default()
    };
    engine::run(project_from_txtar(src), &config)
}

/// Audit a fixture with only the given rule enabled (plus nothing else).
pub fn audit_txtar_with_rule(src: &str, code: &'static str) -> Audit {
    let config = Config {
        enabled: [code].into_iter().collect(),
        settings: fixture_settings(src),
        ..Config::default()
    };
    engine::run(project_from_txtar(src), &config)
}
