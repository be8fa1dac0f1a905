//! Classes of false positives seen on real repositories, each a fixture that must stay quiet (and
//! deployments the model must understand), under `tests/fixtures/false-positives/`; and projects
//! shaped like reviewed deployments, under `tests/fixtures/seed-shaped/`. Each fixture
//! holds an `-- @expect --` section, one expectation per line:
//! - `silent RULE`: the rule reports nothing;
//! - `at-most SEVERITY RULE`: what the rule reports (if anything) is at most that severity;
//! - `fires RULE`: the rule reports something (the fixture really has the case);
//! - `prod-silent RULE`: with `--env prod` the rule reports nothing;
//! - `deployment ENV FILE + FILE`: the model groups these compose files into one deployment of
//!   that environment.

use seaworthy_linter::config::Config;
use seaworthy_linter::diagnostic::Severity;
use seaworthy_linter::engine;
use seaworthy_linter::testing::{parse_txtar, project_from_txtar};
use seaworthy_syntax::Environment;
use std::path::PathBuf;

fn fixtures(dir: &str) -> Vec<(String, String)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut out: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "txtar"))
        .map(|e| {
            (
                e.file_name().to_string_lossy().to_string(),
                std::fs::read_to_string(e.path()).unwrap(),
            )
        })
        .collect();
    out.sort();
    out
}

/// The fixture without its `@expect` section, and the expectations.
fn split(src: &str) -> (String, Vec<String>) {
    let mut files = String::new();
    let mut expect = Vec::new();
    for (path, bytes) in parse_txtar(src) {
        let text = String::from_utf8(bytes).unwrap();
        if path == "@expect" {
            expect.extend(
                text.lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .map(String::from),
            );
        } else {
            files.push_str(&format!("-- {path} --\n{text}"));
        }
    }
    (files, expect)
}

fn audit(files: &str, env: Option<Environment>) -> engine::Audit {
    let config = Config {
        env,
        ..Config::default()
    };
    engine::run(project_from_txtar(files), &config)
}

#[test]
fn false_positive_classes_stay_quiet() {
    let all = fixtures("tests/fixtures/false-positives");
    assert!(all.len() >= 15, "fixtures went missing: {}", all.len());
    check_all(all);
}

/// Projects shaped like the deployments human reviewers audited (`tests/fixtures/seed-shaped/`):
/// each lists what the reviewer found that a static audit can decide (`fires`) and what the
/// reviewer praised that must stay quiet (`silent`).
#[test]
fn reviewed_projects_get_the_reviewers_findings() {
    let all = fixtures("tests/fixtures/seed-shaped");
    assert!(all.len() >= 5, "fixtures went missing: {}", all.len());
    check_all(all);
}

fn check_all(all: Vec<(String, String)>) {
    for (name, src) in all {
        let (files, expect) = split(&src);
        assert!(!expect.is_empty(), "{name}: no expectations");
        let a = audit(&files, None);
        let of = |rule: &str| -> Vec<String> {
            a.findings
                .iter()
                .filter(|f| f.rule.name == rule)
                .map(|f| {
                    format!(
                        "{} {}: {}",
                        f.severity,
                        a.project.file(f.file).path,
                        f.message
                    )
                })
                .collect()
        };
        for e in expect {
            let words: Vec<&str> = e.split_whitespace().collect();
            match words.as_slice() {
                ["silent", rule] => {
                    assert!(
                        seaworthy_linter::registry::find(rule).is_some(),
                        "{name}: no rule {rule}"
                    );
                    assert!(of(rule).is_empty(), "{name}: {rule} fired: {:?}", of(rule));
                }
                ["at-most", sev, rule] => {
                    let max = Severity::parse(sev).unwrap();
                    let found: Vec<_> =
                        a.findings.iter().filter(|f| f.rule.name == *rule).collect();
                    assert!(
                        found.iter().all(|f| f.severity <= max),
                        "{name}: {rule} above {sev}: {:?}",
                        of(rule)
                    );
                }
                ["fires", rule] => {
                    assert!(!of(rule).is_empty(), "{name}: {rule} did not fire");
                }
                ["prod-silent", rule] => {
                    let p = audit(&files, Some(Environment::Prod));
                    assert!(
                        !p.findings.iter().any(|f| f.rule.name == *rule),
                        "{name}: {rule} fired with --env prod"
                    );
                }
                ["deployment", env, rest @ ..] => {
                    let want = rest.join(" ");
                    let env = Environment::parse(env).unwrap();
                    let got: Vec<(String, Environment)> = a
                        .project
                        .deployments
                        .iter()
                        .map(|d| (d.name(&a.project.files), d.environment))
                        .collect();
                    assert!(
                        got.iter().any(|(n, e)| *n == want && *e == env),
                        "{name}: no {env:?} deployment `{want}` in {got:?}"
                    );
                }
                _ => panic!("{name}: cannot read expectation `{e}`"),
            }
        }
    }
}
