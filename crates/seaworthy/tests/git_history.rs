//! A real git repository: a `.env` with (fake) keys is committed, then deleted and git-ignored.
//! The audit must report the key as present in history, with the commit id, masked.

use assert_cmd::Command;
use serde_json::Value;
use std::path::Path;
use std::process::Command as Proc;

const KEY: &str = "sk-ant-api03-Qm7vB2nX9kLp4RtW8yZc3DfH6jS1aE5gU0iO7wQ2eR4tY";

fn git(dir: &Path, args: &[&str]) -> String {
    let out = Proc::new("git")
        .args([
            "-c",
            "user.name=Test",
            "-c",
            "user.email=test@example.com",
            "-c",
            "commit.gpgsign=false",
            "-c",
            "init.defaultBranch=main",
        ])
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_AUTHOR_DATE", "2026-01-02T03:04:05Z")
        .env("GIT_COMMITTER_DATE", "2026-01-02T03:04:05Z")
        .output()
        .expect("git runs");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

#[test]
fn deleted_env_is_found_in_history_with_its_commit_and_masked() {
    if Proc::new("git").arg("--version").output().is_err() {
        eprintln!("note: git not installed; test skipped");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    git(d, &["init", "-q"]);
    std::fs::write(d.join("Dockerfile"), "FROM python:3.12-slim\n").unwrap();
    std::fs::write(
        d.join(".env"),
        format!("ANTHROPIC_API_KEY={KEY}\nLOG_LEVEL=info\n"),
    )
    .unwrap();
    git(d, &["add", "-A"]);
    git(d, &["commit", "-q", "-m", "initial setup with env"]);
    let leaking = git(d, &["rev-parse", "HEAD"]);
    std::fs::remove_file(d.join(".env")).unwrap();
    std::fs::write(d.join(".gitignore"), ".env\n").unwrap();
    git(d, &["add", "-A"]);
    git(d, &["commit", "-q", "-m", "remove env, ignore it"]);

    for format in ["json", "text", "sarif", "markdown", "github"] {
        let out = Command::cargo_bin("seaworthy")
            .unwrap()
            .args([
                "audit",
                d.to_str().unwrap(),
                "--format",
                format,
                "--color",
                "never",
            ])
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout).to_string();
        assert!(!text.contains(KEY), "{format}: the key is printed in full");
        assert!(
            !text.contains(&KEY[..12]),
            "{format}: more than a short prefix of the key is printed"
        );
        if format == "json" {
            let v: Value = serde_json::from_str(&text).unwrap();
            let hit = v["findings"]
                .as_array()
                .unwrap()
                .iter()
                .find(|f| f["rule"] == "secret-in-git-history")
                .unwrap_or_else(|| panic!("no history finding in {text}"));
            let msg = hit["message"].as_str().unwrap();
            assert!(msg.contains(&leaking[..10]), "commit id missing: {msg}");
            assert!(
                msg.contains("ANTHROPIC_API_KEY") && msg.contains("sk-a****"),
                "{msg}"
            );
            assert!(msg.contains("no longer in the working tree"), "{msg}");
            assert_eq!(hit["severity"], "critical");
        }
    }
}
