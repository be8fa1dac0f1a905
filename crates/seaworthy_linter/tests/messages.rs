//! Messages are data: every message a rule declares with `message!` has its text in the rule
//! family's catalogue in English, Russian and Ukrainian, uses only the fields it is given, and
//! every finding, help, fix description, related label and strength the rules produce on their
//! fixtures is a catalogued message, never a plain English string.

use seaworthy_linter::i18n::Lang;
use seaworthy_linter::message::Message;
use seaworthy_linter::registry::all_rules;
use seaworthy_linter::testing::audit_txtar_with_rule;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Families whose rules still build plain English messages (none once every family is
/// converted).
const NOT_YET: &[&str] = &[];

fn src_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// One `struct Name<'a> = "id" { field: Type, ... }` of a `message!` block.
#[derive(Debug)]
struct Declared {
    file: PathBuf,
    id: String,
    fields: BTreeSet<String>,
}

/// The messages declared in the crate's sources.
fn declared() -> Vec<Declared> {
    let mut files = Vec::new();
    rust_files(&src_dir(), &mut files);
    files.sort();
    let mut out = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let mut rest = text.as_str();
        while let Some(at) = rest.find("message! {") {
            rest = &rest[at + "message! {".len()..];
            // the block ends at the first line that is only `}`
            let end = rest.find("\n}").unwrap_or(rest.len());
            for line in rest[..end].lines() {
                let line = line.trim();
                if !line.starts_with("struct ") {
                    continue;
                }
                let Some((_, after)) = line.split_once("= \"") else {
                    continue;
                };
                let Some((id, body)) = after.split_once('"') else {
                    continue;
                };
                let inner = body
                    .trim()
                    .trim_start_matches('{')
                    .trim_end_matches('}')
                    .trim();
                let fields = inner
                    .split(',')
                    .filter_map(|f| f.split_once(':').map(|(n, _)| n.trim().to_string()))
                    .filter(|n| !n.is_empty())
                    .collect();
                out.push(Declared {
                    file: file.clone(),
                    id: id.to_string(),
                    fields,
                });
            }
            rest = &rest[end..];
        }
    }
    out
}

/// The catalogue text of `family` in `lang`.
fn catalogue(lang: &str, family: &str) -> String {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(lang)
        .join("messages")
        .join(format!("{family}.ftl"));
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// Message id → the variables its text uses (`{ $name }`, selectors included): `$` counts only
/// inside a placeable and outside a string literal, so text such as nginx's `$host` is text.
fn variables(ftl: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut current: Option<String> = None;
    let mut depth = 0usize;
    for line in ftl.lines() {
        if depth == 0 && (line.starts_with('#') || line.trim().is_empty()) {
            continue;
        }
        let first = line.chars().next().unwrap_or(' ');
        let mut body = line;
        if depth == 0 && first.is_ascii_alphabetic() {
            if let Some((id, rest)) = line.split_once('=') {
                current = Some(id.trim().to_string());
                out.entry(id.trim().to_string()).or_default();
                body = rest;
            }
        }
        let Some(cur) = &current else { continue };
        let vars = out.entry(cur.clone()).or_default();
        let chars: Vec<char> = body.chars().collect();
        let mut i = 0;
        let mut in_string = false;
        while i < chars.len() {
            let c = chars[i];
            if in_string {
                if c == '\\' {
                    i += 1;
                } else if c == '"' {
                    in_string = false;
                }
            } else if depth > 0 && c == '"' {
                in_string = true;
            } else if c == '{' {
                depth += 1;
            } else if c == '}' {
                depth = depth.saturating_sub(1);
            } else if c == '$' && depth > 0 {
                let name: String = chars[i + 1..]
                    .iter()
                    .take_while(|c| c.is_ascii_alphanumeric() || **c == '_' || **c == '-')
                    .collect();
                if !name.is_empty() {
                    vars.insert(name);
                }
            }
            i += 1;
        }
    }
    out
}

/// Rule name → family, for every registered rule.
fn rule_families() -> BTreeMap<&'static str, &'static str> {
    all_rules()
        .iter()
        .map(|r| (r.meta().name, r.meta().family.as_str()))
        .collect()
}

/// The rule a message id belongs to: the longest rule name the id starts with.
fn owner<'a>(
    id: &str,
    rules: &'a BTreeMap<&'static str, &'static str>,
) -> Option<(&'a str, &'a str)> {
    rules
        .iter()
        .filter(|(name, _)| id == **name || id.starts_with(&format!("{name}-")))
        .max_by_key(|(name, _)| name.len())
        .map(|(n, f)| (*n, *f))
}

#[test]
fn every_declared_message_is_in_every_catalogue_with_its_fields() {
    let rules = rule_families();
    let decl = declared();
    assert!(!decl.is_empty(), "no `message!` found under src/");
    let mut ids = BTreeSet::new();
    let mut used: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    let mut problems = Vec::new();
    for d in &decl {
        if d.file.ends_with("src/message.rs") {
            continue; // the module's own example and tests
        }
        if !ids.insert(d.id.clone()) {
            problems.push(format!(
                "{}: id `{}` declared twice",
                d.file.display(),
                d.id
            ));
        }
        let Some((_, family)) = owner(&d.id, &rules) else {
            problems.push(format!(
                "{}: id `{}` does not start with a rule name",
                d.file.display(),
                d.id
            ));
            continue;
        };
        used.entry(family).or_default().insert(d.id.clone());
        for lang in ["en", "ru", "uk"] {
            let vars = variables(&catalogue(lang, family));
            match vars.get(&d.id) {
                None => problems.push(format!(
                    "locales/{lang}/messages/{family}.ftl lacks `{}`",
                    d.id
                )),
                Some(v) => {
                    let unknown: Vec<_> = v.difference(&d.fields).collect();
                    if !unknown.is_empty() {
                        problems.push(format!(
                            "locales/{lang}/messages/{family}.ftl: `{}` uses {unknown:?}, not fields of its struct {:?}",
                            d.id, d.fields
                        ));
                    }
                }
            }
        }
    }
    // and no catalogue entry that no rule declares
    let families: BTreeSet<&str> = rules.values().copied().collect();
    for family in families {
        for lang in ["en", "ru", "uk"] {
            for id in variables(&catalogue(lang, family)).keys() {
                if !used.get(family).is_some_and(|u| u.contains(id)) {
                    problems.push(format!(
                        "locales/{lang}/messages/{family}.ftl: `{id}` is declared by no `message!`"
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

fn check_message(m: &Message, what: &str, rule: &str, problems: &mut Vec<String>) {
    if m.id().is_none() {
        problems.push(format!("{rule}: {what} is plain text: {m}"));
        return;
    }
    for lang in [Lang::Ru, Lang::Uk] {
        let t = m.in_lang(lang);
        if t.trim().is_empty() || t == m.as_str() && m.chars().any(|c| c.is_ascii_alphabetic()) {
            // a translation identical to English is allowed only for text without words
            // (a parser's own message passed through)
            if m.id().is_some_and(|id| id != "parse-error") {
                problems.push(format!(
                    "{rule}: {what} `{}` is not translated to {lang}",
                    m.id().unwrap_or("")
                ));
            }
        }
    }
}

#[test]
fn rules_speak_through_the_catalogue() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/rules");
    let mut problems = Vec::new();
    for r in all_rules() {
        let meta = r.meta();
        if NOT_YET.contains(&meta.family.as_str()) {
            continue;
        }
        for which in ["fail", "pass"] {
            let p = root
                .join(meta.family.as_str())
                .join(format!("{}.{which}.txtar", meta.name));
            let Ok(src) = std::fs::read_to_string(&p) else {
                continue;
            };
            let audit = audit_txtar_with_rule(&src, meta.code);
            for f in audit.findings.iter().filter(|f| f.rule.code == meta.code) {
                check_message(&f.message, "message", meta.name, &mut problems);
                if let Some(h) = &f.help {
                    check_message(h, "help", meta.name, &mut problems);
                }
                if let Some(fix) = &f.fix {
                    check_message(
                        &fix.description,
                        "fix description",
                        meta.name,
                        &mut problems,
                    );
                }
                for rel in &f.related {
                    check_message(&rel.message, "related label", meta.name, &mut problems);
                }
            }
            for s in audit.strengths.iter().filter(|s| s.rule.code == meta.code) {
                check_message(&s.message, "strength", meta.name, &mut problems);
            }
        }
    }
    problems.sort();
    problems.dedup();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
