//! `docs/rules.md` is generated from the rules' doc comments; this test keeps it in sync.
//! Regenerate with `UPDATE_DOCS=1 cargo test -p seaworthy_linter --test docs`.

use seaworthy_linter::registry::all_rules;
use std::fmt::Write;

fn generate() -> String {
    let mut o = String::new();
    o.push_str("# seaworthy rules\n\nGenerated from the rules' doc comments (`UPDATE_DOCS=1 cargo test -p seaworthy_linter --test docs`); do not edit by hand.\n\n");
    o.push_str("| code | name | severity | category | summary |\n|---|---|---|---|---|\n");
    for r in all_rules() {
        let m = r.meta();
        writeln!(
            o,
            "| {} | [{}](#{}) | {} | {} | {} |",
            m.code,
            m.name,
            m.name,
            m.default_severity,
            m.category.as_str(),
            m.summary.replace('|', "\\|")
        )
        .ok();
    }
    for r in all_rules() {
        let m = r.meta();
        writeln!(
            o,
            "\n## {}\n\n`{}` · {} · {} · {} family",
            m.name,
            m.code,
            m.default_severity,
            m.category.as_str(),
            m.family.as_str()
        )
        .ok();
        if !m.hadolint.is_empty() {
            writeln!(o, " · matches hadolint {}", m.hadolint.join(", ")).ok();
        }
        if !m.gixy.is_empty() {
            writeln!(o, " · matches gixy {}", m.gixy.join(", ")).ok();
        }
        writeln!(o, "\n{}\n", m.summary).ok();
        // demote the rule's own headings one level under the rule's heading
        for line in m.documentation().trim().lines() {
            if line.starts_with("## ") {
                writeln!(o, "#{line}").ok();
            } else {
                writeln!(o, "{line}").ok();
            }
        }
    }
    o
}

#[test]
fn rules_doc_is_in_sync() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/rules.md");
    let want = generate();
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::write(&path, &want).unwrap();
        return;
    }
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        have == want,
        "docs/rules.md is stale: run `UPDATE_DOCS=1 cargo test -p seaworthy_linter --test docs`"
    );
}
