//! The whole real-world corpus (`../shared/corpus`, beside the repository) through the binary:
//! no crash, every file classified as FILES.tsv says, and every Dockerfile, nginx config and compose file parses
//! (templates may only get info-level notes).
//! Skipped with a note when the corpus is not there.

use assert_cmd::Command;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::PathBuf;

/// `SEAWORTHY_CORPUS`, else the first `shared/corpus` beside the repository or one of its
/// ancestors (clones may live at different depths).
fn corpus() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("SEAWORTHY_CORPUS") {
        let p = PathBuf::from(p);
        return p.join("FILES.tsv").is_file().then_some(p);
    }
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .map(|a| a.join("shared/corpus"))
        .find(|p| p.join("FILES.tsv").is_file())
}

#[test]
fn corpus_audits_classifies_and_parses() {
    let Some(dir) = corpus() else {
        eprintln!("note: ../shared/corpus not found; corpus test skipped");
        return;
    };
    let out = Command::cargo_bin("seaworthy")
        .unwrap()
        .args([
            "audit",
            dir.to_str().unwrap(),
            "--format",
            "json",
            "--no-git",
        ])
        .output()
        .unwrap();
    let code = out.status.code();
    assert!(
        matches!(code, Some(0) | Some(1)),
        "exit {code:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let got: BTreeMap<&str, &str> = v["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["path"].as_str().unwrap(), f["kind"].as_str().unwrap()))
        .collect();
    let tsv = std::fs::read_to_string(dir.join("FILES.tsv")).unwrap();
    let mut expected = 0;
    let mut wrong = Vec::new();
    for line in tsv.lines().skip(1) {
        let cols: Vec<&str> = line.split('\t').collect();
        let [folder, path, kind, ..] = cols[..] else {
            continue;
        };
        expected += 1;
        let p = format!("{folder}/{path}");
        match got.get(p.as_str()) {
            Some(k) if *k == kind => {}
            other => wrong.push(format!("{p}: expected {kind}, got {other:?}")),
        }
    }
    assert!(expected > 900, "FILES.tsv lists {expected} files");
    assert!(
        wrong.is_empty(),
        "{} misclassified:\n{}",
        wrong.len(),
        wrong.join("\n")
    );

    // every Dockerfile parses; template files (cookiecutter, jinja, %%VAR%%) may only get info-level notes
    let findings = v["findings"].as_array().unwrap();
    let dockerfile_errors: Vec<String> = findings
        .iter()
        .filter(|f| f["rule"] == "parse-error" && f["severity"] != "info")
        .filter(|f| {
            matches!(
                got.get(f["path"].as_str().unwrap()),
                Some(&"dockerfile" | &"nginx")
            )
        })
        .map(|f| format!("{}:{}: {}", f["path"], f["line"], f["message"]))
        .collect();
    assert!(
        dockerfile_errors.is_empty(),
        "Dockerfiles, nginx configs or compose files that do not parse:\n{}",
        dockerfile_errors.join("\n")
    );
    let mut per_rule: BTreeMap<&str, usize> = BTreeMap::new();
    for f in findings {
        *per_rule.entry(f["rule"].as_str().unwrap()).or_default() += 1;
    }
    eprintln!(
        "corpus: {} files, {} findings; per rule: {per_rule:?}",
        got.len(),
        findings.len()
    );
}
