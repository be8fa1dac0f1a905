//! The shipped examples are part of the contract: `hardened` is the false-positive guard for the
//! whole rule set (its practices are the ones reviewers praise), `fastapi-celery` must show
//! the problems its README promises.

use assert_cmd::Command;
use serde_json::Value;
use std::path::PathBuf;

fn audit(example: &str) -> Value {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../examples")
        .join(example);
    let out = Command::cargo_bin("seaworthy")
        .unwrap()
        .args([
            "audit",
            dir.to_str().unwrap(),
            "--format",
            "json",
            "--no-git",
            "--today",
            "2026-11-22",
        ])
        .output()
        .unwrap();
    serde_json::from_slice(&out.stdout).expect("JSON report")
}

#[test]
fn hardened_example_has_no_blockers_and_shows_strengths() {
    let v = audit("hardened");
    let serious: Vec<String> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| matches!(f["severity"].as_str(), Some("critical" | "high" | "medium")))
        .map(|f| format!("{}:{} {} {}", f["path"], f["line"], f["rule"], f["message"]))
        .collect();
    assert!(
        serious.is_empty(),
        "the hardened example should pass:\n{}",
        serious.join("\n")
    );
    assert_ne!(v["summary"]["verdict"], "not-ready");
}

#[test]
fn fastapi_celery_example_shows_its_problems() {
    let v = audit("fastapi-celery");
    let rules: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    for expected in [
        "dev-dependencies-in-image",
        "alembic-not-configured",
        "runs-as-root",
        "hardcoded-worker-count",
        "secret-in-env-or-arg",
        "websocket-upgrade-missing",
        "add-header-drops-inherited",
        "client-body-size-excessive",
        "internal-port-published",
        "hardcoded-credential",
        "healthcheck-ineffective",
        "depends-on-not-healthy",
        "dev-mode-in-shared",
        "compose-version-obsolete",
    ] {
        assert!(
            rules.contains(&expected),
            "{expected} missing from {rules:?}"
        );
    }
}

#[test]
fn fastapi_celery_example_masks_its_secrets() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../examples/fastapi-celery");
    for format in ["text", "json", "sarif", "markdown", "github"] {
        let out = Command::cargo_bin("seaworthy")
            .unwrap()
            .args([
                "audit",
                dir.to_str().unwrap(),
                "--format",
                format,
                "--no-git",
                "--color",
                "never",
            ])
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(
            !text.contains("django-insecure-8f2k1m9x0q7w3e5r"),
            "{format} prints the secret in full"
        );
        // SARIF and markdown quote the rules' documentation, whose examples show such lines on purpose
        if !matches!(format, "sarif" | "markdown") {
            assert!(
                !text.contains("POSTGRES_PASSWORD: app"),
                "{format} prints the password"
            );
        }
    }
}

fn graph(example: &str, format: &str) -> String {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../examples")
        .join(example);
    let out = Command::cargo_bin("seaworthy")
        .unwrap()
        .args(["graph", dir.to_str().unwrap(), "--format", format])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

/// The topology drawn for each example, in both formats (reviewed snapshots): services with
/// their kind, nginx routes to the app with the port, depends_on conditions, published ports.
#[test]
fn graph_of_the_examples() {
    for example in ["fastapi-celery", "hardened"] {
        for format in ["mermaid", "dot"] {
            let out = graph(example, format);
            // a second run draws the same picture
            assert_eq!(out, graph(example, format));
            insta::assert_snapshot!(format!("graph_{example}_{format}"), out);
        }
    }
}
