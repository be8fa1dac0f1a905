//! The rule contract, enforced for every registered rule:
//! - its source file under `src/rules/` is registered, and every rule file is;
//! - its doc comment has the sections `## What it does`, `## Why is this bad?`, `## Example`,
//!   `## Use instead`;
//! - the code blocks under `## Example` make it fire and those under `## Use instead` do not;
//! - `tests/fixtures/rules/<family>/<name>.fail.txtar` makes it fire and `.pass.txtar` does not;
//!   what it reports on the failing fixture is snapshot-tested (`snapshots/rules__<name>.snap`).

use seaworthy_linter::registry::all_rules;
use seaworthy_linter::render::text::{self, TextOptions};
use seaworthy_linter::rule::RuleMeta;
use seaworthy_linter::testing::audit_txtar_with_rule;
use std::path::{Path, PathBuf};

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn fixture_path(meta: &RuleMeta, which: &str) -> PathBuf {
    manifest_dir()
        .join("tests/fixtures/rules")
        .join(meta.family.as_str())
        .join(format!("{}.{which}.txtar", meta.name))
}

fn rule_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            rule_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs")
            && p.file_name()
                .is_some_and(|n| n != "mod.rs" && n != "helpers.rs")
        {
            out.push(p);
        }
    }
}

#[test]
fn codes_and_names_are_unique_and_well_formed() {
    let mut codes = std::collections::BTreeSet::new();
    let mut names = std::collections::BTreeSet::new();
    for r in all_rules() {
        let m = r.meta();
        assert!(codes.insert(m.code), "duplicate code {}", m.code);
        assert!(names.insert(m.name), "duplicate name {}", m.name);
        assert!(
            m.code.len() == 6
                && m.code.starts_with("SW")
                && m.code[2..].chars().all(|c| c.is_ascii_digit()),
            "{}",
            m.code
        );
        assert!(
            m.name
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "{}",
            m.name
        );
        let family_digit = match m.family.as_str() {
            "core" => '0',
            "dockerfile" => '1',
            "compose" => '2',
            "nginx" => '3',
            "secrets" => '4',
            "python" => '5',
            "project" => '6',
            _ => '7',
        };
        assert_eq!(
            m.code.as_bytes()[2] as char,
            family_digit,
            "{} is not in its family's code range",
            m.code
        );
    }
}

#[test]
fn every_rule_file_is_registered() {
    let mut files = Vec::new();
    rule_files(&manifest_dir().join("src/rules"), &mut files);
    assert!(!files.is_empty());
    for f in files {
        let rel = f
            .strip_prefix(manifest_dir())
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let registered = all_rules()
            .iter()
            .any(|r| r.meta().source_file.replace('\\', "/").ends_with(&rel));
        assert!(
            registered,
            "{rel} declares no registered rule (add it to its family's RULES)"
        );
    }
}

#[test]
fn every_rule_has_documentation() {
    for r in all_rules() {
        let m = r.meta();
        let docs = m.documentation();
        for section in [
            "## What it does",
            "## Why is this bad?",
            "## Example",
            "## Use instead",
        ] {
            assert!(
                docs.contains(section),
                "{} ({}) has no `{section}` section in its doc comment",
                m.name,
                m.code
            );
        }
        assert!(!m.summary.is_empty(), "{} has no summary", m.name);
    }
}

/// Code blocks of a doc section as (path, content) files; blocks whose language is not a
/// deployment format (`text`, `sh`) are not run.
fn section_files(docs: &str, section: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut in_section = false;
    let mut block: Option<(String, String)> = None;
    for line in docs.lines() {
        if let Some((path, content)) = &mut block {
            if line.trim_start().starts_with("```") {
                if !path.is_empty() {
                    out.push((path.clone(), content.clone()));
                }
                block = None;
            } else {
                content.push_str(line);
                content.push('\n');
            }
            continue;
        }
        if line.starts_with("## ") {
            in_section = line.trim() == section;
            continue;
        }
        if in_section {
            if let Some(info) = line.trim_start().strip_prefix("```") {
                let mut parts = info.split_whitespace();
                let lang = parts.next().unwrap_or("");
                let explicit = parts
                    .find_map(|p| p.strip_prefix("path="))
                    .map(str::to_string);
                let path = explicit.unwrap_or_else(|| {
                    match lang {
                        "dockerfile" | "Dockerfile" => "Dockerfile",
                        "yaml" | "yml" | "compose" => "docker-compose.yml",
                        "nginx" => "nginx/nginx.conf",
                        "env" | "dotenv" => ".env",
                        "dockerignore" => ".dockerignore",
                        "toml" => "pyproject.toml",
                        "requirements" => "requirements.txt",
                        _ => "",
                    }
                    .to_string()
                });
                block = Some((path, String::new()));
            }
        }
    }
    out
}

fn to_txtar(files: &[(String, String)]) -> String {
    files
        .iter()
        .map(|(p, c)| format!("-- {p} --\n{c}"))
        .collect()
}

#[test]
fn doc_examples_fire_and_use_instead_does_not() {
    let mut failures = Vec::new();
    for r in all_rules() {
        let m = r.meta();
        let docs = m.documentation();
        let example = section_files(&docs, "## Example");
        if !example.is_empty() {
            let a = audit_txtar_with_rule(&to_txtar(&example), m.code);
            if !a.findings.iter().any(|f| f.rule.code == m.code) {
                failures.push(format!(
                    "{} ({}): `## Example` does not fire",
                    m.name, m.code
                ));
            }
        }
        let instead = section_files(&docs, "## Use instead");
        if !instead.is_empty() {
            let a = audit_txtar_with_rule(&to_txtar(&instead), m.code);
            let hits: Vec<_> = a
                .findings
                .iter()
                .filter(|f| f.rule.code == m.code)
                .map(|f| f.message.clone())
                .collect();
            if !hits.is_empty() {
                failures.push(format!(
                    "{} ({}): `## Use instead` fires: {hits:?}",
                    m.name, m.code
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_rule_has_fixtures_that_fire_and_pass() {
    let mut failures = Vec::new();
    for r in all_rules() {
        let m = r.meta();
        let (fail, pass) = (fixture_path(m, "fail"), fixture_path(m, "pass"));
        let (Ok(fail_src), Ok(pass_src)) = (
            std::fs::read_to_string(&fail),
            std::fs::read_to_string(&pass),
        ) else {
            failures.push(format!(
                "{} ({}): missing {} or {}",
                m.name,
                m.code,
                fail.display(),
                pass.display()
            ));
            continue;
        };
        let a = audit_txtar_with_rule(&fail_src, m.code);
        let hits: Vec<_> = a
            .findings
            .iter()
            .filter(|f| f.rule.code == m.code)
            .collect();
        if hits.is_empty() {
            failures.push(format!("{}: fail fixture does not fire", m.name));
        } else {
            let rendered = text::render(
                &a,
                TextOptions {
                    color: false,
                    strengths: true,
                },
            );
            insta::assert_snapshot!(m.name, rendered);
        }
        let a = audit_txtar_with_rule(&pass_src, m.code);
        let hits: Vec<_> = a
            .findings
            .iter()
            .filter(|f| f.rule.code == m.code)
            .map(|f| f.message.clone())
            .collect();
        if !hits.is_empty() {
            failures.push(format!("{}: pass fixture fires: {hits:?}", m.name));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
