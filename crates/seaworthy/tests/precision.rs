//! The precision gate: every high and critical finding on the real-world corpus
//! (`../shared/corpus`, one audit per repository) is listed in `tests/data/corpus-triage.tsv`
//! with a verdict (`real` or `false`) and one line why. A new high or critical finding that the
//! file does not list fails this test, so each one is looked at before it ships; and at least
//! 90 % of the listed findings that still appear must be real.
//!
//! Skipped with a note when the corpus is not there (`SEAWORTHY_CORPUS` or a `shared/corpus`
//! beside the repository). The date is fixed so end-of-life findings do not move with the clock.

use assert_cmd::Command;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

const TODAY: &str = "2026-12-01";

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

/// (repository, path, line, rule)
type Key = (String, String, u64, String);

fn triage() -> BTreeMap<Key, (bool, String)> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/corpus-triage.tsv");
    let text = std::fs::read_to_string(&path).expect("corpus-triage.tsv");
    let mut out = BTreeMap::new();
    for (i, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let [repo, file, at, rule, verdict, why] = cols[..] else {
            panic!(
                "corpus-triage.tsv:{}: six tab-separated columns expected",
                i + 1
            );
        };
        let real = match verdict {
            "real" => true,
            "false" => false,
            v => panic!(
                "corpus-triage.tsv:{}: verdict `{v}` is not real/false",
                i + 1
            ),
        };
        assert!(
            !why.trim().is_empty(),
            "corpus-triage.tsv:{}: no reason",
            i + 1
        );
        let at: u64 = at.parse().expect("line number");
        out.insert(
            (repo.into(), file.into(), at, rule.into()),
            (real, why.into()),
        );
    }
    out
}

#[test]
fn every_high_and_critical_finding_on_the_corpus_is_triaged() {
    let Some(dir) = corpus() else {
        eprintln!("note: ../shared/corpus not found; precision gate skipped");
        return;
    };
    let triaged = triage();
    let mut seen: BTreeSet<Key> = BTreeSet::new();
    let mut untriaged = Vec::new();
    let mut repos: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    repos.sort();
    assert!(repos.len() > 20, "corpus has {} repositories", repos.len());
    for repo in &repos {
        let name = repo.file_name().unwrap().to_string_lossy().to_string();
        let out = Command::cargo_bin("seaworthy")
            .unwrap()
            .args(["audit", repo.to_str().unwrap(), "--format", "json"])
            .args(["--no-git", "--today", TODAY])
            .output()
            .unwrap();
        let v: Value = serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("{name}: not JSON ({e})"));
        for f in v["findings"].as_array().unwrap() {
            let sev = f["severity"].as_str().unwrap();
            if sev != "high" && sev != "critical" {
                continue;
            }
            let key: Key = (
                name.clone(),
                f["path"].as_str().unwrap().to_string(),
                f["line"].as_u64().unwrap(),
                f["rule"].as_str().unwrap().to_string(),
            );
            if !triaged.contains_key(&key) {
                untriaged.push(format!(
                    "{}\t{}\t{}\t{}\t?\t{} ({sev})",
                    key.0,
                    key.1,
                    key.2,
                    key.3,
                    f["message"].as_str().unwrap_or("")
                ));
            }
            seen.insert(key);
        }
    }
    assert!(
        untriaged.is_empty(),
        "{} high/critical findings on the corpus are not in tests/data/corpus-triage.tsv; \
         judge each (real/false, one line why) and add it:\n{}",
        untriaged.len(),
        untriaged.join("\n")
    );
    let stale: Vec<&Key> = triaged.keys().filter(|k| !seen.contains(*k)).collect();
    if !stale.is_empty() {
        eprintln!(
            "note: {} triaged findings no longer appear (remove them from the file): {stale:?}",
            stale.len()
        );
    }
    let (real, total) = seen
        .iter()
        .filter_map(|k| triaged.get(k))
        .fold((0, 0), |(r, t), (ok, _)| (r + usize::from(*ok), t + 1));
    let mut per_rule: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for k in &seen {
        if let Some((ok, _)) = triaged.get(k) {
            let e = per_rule.entry(k.3.as_str()).or_default();
            e.0 += usize::from(*ok);
            e.1 += 1;
        }
    }
    eprintln!("precision on high/critical: {real}/{total}; per rule (real/all): {per_rule:?}");
    assert!(total > 0);
    assert!(
        real * 10 >= total * 9,
        "precision on high/critical findings is {real}/{total}, under 90 %"
    );
}
