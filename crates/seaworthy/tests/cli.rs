//! End-to-end tests of the `seaworthy` binary: output contracts, exit codes, bad input, config.

use assert_cmd::Command;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn example(name: &str) -> PathBuf {
    repo_root().join("examples").join(name)
}

fn seaworthy() -> Command {
    let mut c = Command::cargo_bin("seaworthy").expect("binary builds");
    c.env("NO_COLOR", "1");
    c
}

fn run_json(args: &[&str]) -> (Value, i32) {
    let out = seaworthy().args(args).output().expect("runs");
    let code = out.status.code().unwrap_or(-1);
    let v: Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&out.stdout)));
    (v, code)
}

fn validator(schema_path: &Path) -> jsonschema::Validator {
    let schema: Value =
        serde_json::from_str(&std::fs::read_to_string(schema_path).expect("schema readable"))
            .expect("schema is JSON");
    jsonschema::validator_for(&schema).expect("schema compiles")
}

fn assert_valid(v: &jsonschema::Validator, doc: &Value) {
    let errors: Vec<String> = v
        .iter_errors(doc)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "schema violations:\n{}",
        errors.join("\n")
    );
}

#[test]
fn json_output_follows_the_contract() {
    let ex = example("fastapi-celery");
    let (v, code) = run_json(&[
        "audit",
        ex.to_str().unwrap(),
        "--format",
        "json",
        "--no-git",
    ]);
    assert!(code == 0 || code == 1, "exit {code}");
    assert_valid(
        &validator(&repo_root().join("docs/json-output.schema.json")),
        &v,
    );
    let kinds: Vec<(&str, &str)> = v["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["path"].as_str().unwrap(), f["kind"].as_str().unwrap()))
        .collect();
    for expected in [
        ("Dockerfile", "dockerfile"),
        ("docker-compose.yml", "compose"),
        ("nginx/nginx.conf", "nginx"),
        (".env.example", "env"),
        ("requirements.txt", "python-deps"),
    ] {
        assert!(kinds.contains(&expected), "{expected:?} not in {kinds:?}");
    }
    // the summary counts agree with the findings
    let findings = v["findings"].as_array().unwrap();
    for sev in ["critical", "high", "medium", "low", "info"] {
        let n = findings.iter().filter(|f| f["severity"] == sev).count();
        assert_eq!(v["summary"][sev].as_u64().unwrap() as usize, n, "{sev}");
    }
}

#[test]
fn sarif_output_validates_against_the_sarif_schema() {
    let ex = example("fastapi-celery");
    let (v, _) = run_json(&[
        "audit",
        ex.to_str().unwrap(),
        "--format",
        "sarif",
        "--no-git",
    ]);
    assert_valid(
        &validator(&repo_root().join("crates/seaworthy/tests/data/sarif-schema-2.1.0.json")),
        &v,
    );
    assert_eq!(v["version"], "2.1.0");
    assert_eq!(v["runs"][0]["columnKind"], "unicodeCodePoints");
    let rules = v["runs"][0]["tool"]["driver"]["rules"].as_array().unwrap();
    let listed = seaworthy()
        .args(["rules", "--format", "json"])
        .output()
        .unwrap();
    let listed: Value = serde_json::from_slice(&listed.stdout).unwrap();
    assert_eq!(rules.len(), listed.as_array().unwrap().len());
    for r in v["runs"][0]["results"].as_array().unwrap() {
        assert!(r["partialFingerprints"]["seaworthyFingerprint/v2"].is_string());
        let idx = r["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[idx]["id"], r["ruleId"]);
    }
}

#[test]
fn nonexistent_path_is_a_usage_error() {
    let out = seaworthy()
        .args(["audit", "/definitely/not/here"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot audit /definitely/not/here"));
}

#[test]
fn empty_directory_is_clean() {
    let dir = tempfile::tempdir().unwrap();
    let (v, code) = run_json(&[
        "audit",
        dir.path().to_str().unwrap(),
        "--format",
        "json",
        "--no-git",
    ]);
    assert_eq!(code, 0);
    assert_eq!(v["files"].as_array().unwrap().len(), 0);
    assert_eq!(v["summary"]["verdict"], "ready");
}

#[test]
fn bad_files_get_findings_and_the_rest_is_audited() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::create_dir_all(d.join("bin")).unwrap();
    std::fs::create_dir_all(d.join("big")).unwrap();
    std::fs::create_dir_all(d.join("latin1")).unwrap();
    std::fs::create_dir_all(d.join("good")).unwrap();
    std::fs::create_dir_all(d.join("broken")).unwrap();
    std::fs::write(
        d.join("bin/Dockerfile"),
        b"\x7fELF\x02\x01\x01\x00\x00\x00\x00binary",
    )
    .unwrap();
    // a 50 MB Dockerfile (sparse, so the test stays cheap): over the size limit
    std::fs::write(d.join("big/Dockerfile"), b"FROM python:3.12-slim\n").unwrap();
    std::fs::OpenOptions::new()
        .write(true)
        .open(d.join("big/Dockerfile"))
        .unwrap()
        .set_len(50 * 1024 * 1024)
        .unwrap();
    // a huge nginx config: its name alone does not say nginx, its beginning does
    std::fs::create_dir_all(d.join("proxy")).unwrap();
    let mut conf = String::from("http {\n  server {\n    listen 80;\n");
    while conf.len() < 10_000 {
        conf.push_str("    location /a/ { proxy_pass http://app:8000; }\n");
    }
    std::fs::write(d.join("proxy/site.conf"), conf).unwrap();
    std::fs::OpenOptions::new()
        .write(true)
        .open(d.join("proxy/site.conf"))
        .unwrap()
        .set_len(50 * 1024 * 1024)
        .unwrap();
    std::fs::write(
        d.join("latin1/Dockerfile"),
        b"FROM python:3.12-slim\n# caf\xe9\nUSER app\n",
    )
    .unwrap();
    std::fs::write(
        d.join("good/Dockerfile"),
        "FROM python:3.12-slim\nUSER app\nRUNN x\n",
    )
    .unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(d.join("nowhere"), d.join("broken/Dockerfile")).unwrap();
    // a symlink to an endless device must not hang the audit
    #[cfg(unix)]
    {
        std::fs::create_dir_all(d.join("dev")).unwrap();
        std::os::unix::fs::symlink("/dev/zero", d.join("dev/Dockerfile")).unwrap();
    }
    let (v, code) = run_json(&["audit", d.to_str().unwrap(), "--format", "json", "--no-git"]);
    assert!(code == 0 || code == 1, "exit {code}");
    let findings = v["findings"].as_array().unwrap();
    let at = |path: &str, rule: &str| {
        findings
            .iter()
            .any(|f| f["path"] == path && f["rule"] == rule)
    };
    assert!(at("bin/Dockerfile", "file-unreadable"));
    assert!(at("big/Dockerfile", "file-unreadable"));
    assert!(at("proxy/site.conf", "file-unreadable"), "{findings:#?}");
    assert!(at("latin1/Dockerfile", "file-unreadable"));
    assert!(at("good/Dockerfile", "parse-error"), "{findings:#?}");
    #[cfg(unix)]
    assert!(at("broken/Dockerfile", "file-unreadable"), "{findings:#?}");
    // a link out of the audited tree is reported and never opened (so it cannot block either)
    #[cfg(unix)]
    assert!(
        at("dev/Dockerfile", "symlink-outside-root"),
        "{findings:#?}"
    );
    let msg = |path: &str| {
        findings
            .iter()
            .find(|f| f["path"] == path)
            .map(|f| f["message"].as_str().unwrap().to_string())
            .unwrap()
    };
    assert!(
        msg("big/Dockerfile").contains("over the"),
        "{}",
        msg("big/Dockerfile")
    );
    assert!(msg("bin/Dockerfile").contains("binary"));
}

#[test]
fn bad_compose_files_get_findings_with_spans() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let write = |rel: &str, text: &str| {
        std::fs::create_dir_all(d.join(rel).parent().unwrap()).unwrap();
        std::fs::write(d.join(rel), text).unwrap();
    };
    write("list/compose.yaml", "- web\n- db\n");
    write("tabs/compose.yaml", "services:\n\tweb:\n    image: x\n");
    write(
        "typed/compose.yaml",
        "services:\n  web:\n    image: \"app:${TAG\"\n    colour: red\n    ports: 80\n",
    );
    write("bad/compose.yaml", "services: [\n");
    write(
        "good/compose.yaml",
        "services:\n  db:\n    image: postgres:16\n    ports: [\"5432:5432\"]\n",
    );
    let (v, code) = run_json(&["audit", d.to_str().unwrap(), "--format", "json", "--no-git"]);
    assert!(code == 0 || code == 1, "exit {code}");
    let findings = v["findings"].as_array().unwrap();
    let at = |path: &str, rule: &str, line: u64, col: u64| {
        findings.iter().any(|f| {
            f["path"] == path && f["rule"] == rule && f["line"] == line && f["column"] == col
        })
    };
    // a list is one parse finding (not also a schema violation)
    assert!(
        at("list/compose.yaml", "parse-error", 1, 1),
        "{findings:#?}"
    );
    assert_eq!(
        findings
            .iter()
            .filter(|f| f["path"] == "list/compose.yaml")
            .count(),
        1
    );
    assert!(
        at("tabs/compose.yaml", "parse-error", 2, 1),
        "{findings:#?}"
    );
    // an unclosed flow sequence: reported where the file ends
    assert!(
        findings
            .iter()
            .any(|f| f["path"] == "bad/compose.yaml" && f["rule"] == "parse-error"),
        "{findings:#?}"
    );
    // unknown key at the key, wrong type at the value, unterminated interpolation at the `${`
    assert!(
        at("typed/compose.yaml", "compose-schema-violation", 4, 5),
        "{findings:#?}"
    );
    assert!(
        at("typed/compose.yaml", "compose-schema-violation", 5, 12),
        "{findings:#?}"
    );
    assert!(
        at("typed/compose.yaml", "compose-undefined-variable", 3, 12),
        "{findings:#?}"
    );
    // and the good file is still audited
    assert!(
        at("good/compose.yaml", "internal-port-published", 4, 13),
        "{findings:#?}"
    );
}

#[test]
fn audit_never_writes_to_the_audited_tree() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("Dockerfile"),
        "FROM python\nCMD python app.py\n",
    )
    .unwrap();
    let before: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    for fmt in ["text", "json", "sarif", "markdown", "github"] {
        seaworthy()
            .args(["audit", dir.path().to_str().unwrap(), "--format", fmt])
            .output()
            .unwrap();
    }
    let after: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(before, after);
    assert_eq!(
        std::fs::read_to_string(dir.path().join("Dockerfile")).unwrap(),
        "FROM python\nCMD python app.py\n"
    );
}

#[test]
fn unknown_rule_in_config_is_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("seaworthy.toml"),
        "ignore = [\"parse-eror\"]\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("Dockerfile"), "FROM python:3.12-slim\n").unwrap();
    let out = seaworthy()
        .args(["audit", dir.path().to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("unknown rule or selector `parse-eror`"),
        "{err}"
    );
    assert!(err.contains("did you mean `parse-error`"), "{err}");
    let out = seaworthy()
        .args([
            "audit",
            dir.path().to_str().unwrap(),
            "--no-config",
            "--select",
            "nope",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn config_ignore_and_pyproject_section_apply() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("Dockerfile"),
        "FROM python:3.12-slim\nRUNN x\n",
    )
    .unwrap();
    let (v, code) = run_json(&[
        "audit",
        dir.path().to_str().unwrap(),
        "--format",
        "json",
        "--no-git",
    ]);
    assert_eq!(
        code, 1,
        "a parse error is high: exit 1 with the default --fail-on high"
    );
    assert!(v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["rule"] == "parse-error"));
    std::fs::write(
        dir.path().join("pyproject.toml"),
        "[project]\nname = \"x\"\n[tool.seaworthy]\nignore = [\"parse-error\"]\n",
    )
    .unwrap();
    let (v, _) = run_json(&[
        "audit",
        dir.path().to_str().unwrap(),
        "--format",
        "json",
        "--no-git",
    ]);
    assert!(!v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["rule"] == "parse-error"));
    // --fail-on critical: the same high finding no longer fails the run
    std::fs::remove_file(dir.path().join("pyproject.toml")).unwrap();
    let out = seaworthy()
        .args([
            "audit",
            dir.path().to_str().unwrap(),
            "--fail-on",
            "critical",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn inline_suppression_silences_the_next_instruction() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("Dockerfile"),
        "FROM python:3.12-slim\n# seaworthy: ignore[parse-error] known\nRUNN x\n",
    )
    .unwrap();
    let (v, code) = run_json(&[
        "audit",
        dir.path().to_str().unwrap(),
        "--format",
        "json",
        "--no-git",
        "--select",
        "core",
    ]);
    assert_eq!(code, 0);
    assert!(!v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["rule"] == "parse-error" || f["rule"] == "unused-suppression"));
}

#[test]
fn rules_and_explain() {
    let out = seaworthy().args(["rules"]).output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("SW0001") && text.contains("parse-error"));
    let out = seaworthy().args(["explain", "SW0001"]).output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("## Why is this bad?"), "{text}");
    // rules that match a gixy plugin say which
    let out = seaworthy()
        .args(["explain", "proxy-pass-variable-ssrf"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("\ngixy: ssrf\n"), "{text}");
    let (v, _) = run_json(&["rules", "--format", "json"]);
    let allow = v
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["name"] == "allow-without-deny")
        .expect("allow-without-deny is listed");
    assert_eq!(allow["gixy"], serde_json::json!(["allow_without_deny"]));
    let out = seaworthy()
        .args(["explain", "no-such-rule"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn single_file_argument() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("custom.docker");
    std::fs::write(&f, "FROM python:3.12-slim\nRUNN x\n").unwrap();
    let (v, _) = run_json(&["audit", f.to_str().unwrap(), "--format", "json", "--no-git"]);
    assert_eq!(v["files"][0]["kind"], "dockerfile");
    assert!(v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["rule"] == "parse-error"));
}

/// A file given on the command line whose first line starts with a multi-byte character: the
/// content sniffer used to slice inside the character and panic.
#[test]
fn single_file_starting_with_a_multibyte_character() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("some-file.txt");
    std::fs::write(&f, "éééééé\nfoo\n").unwrap();
    let out = seaworthy()
        .args(["audit", f.to_str().unwrap(), "--format", "json", "--no-git"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["files"].as_array().unwrap().len(), 0);
}

/// A YAML error on a multi-byte character (here in the indentation): its span used to end inside
/// the character, and the text renderer panicked on it.
#[test]
fn yaml_error_on_a_multibyte_character_renders() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("docker-compose.yml"),
        "services:\n  api:\n é  image: ghcr.io/acme/api:1.0.0\n",
    )
    .unwrap();
    for format in ["text", "json", "sarif", "markdown", "github"] {
        let out = seaworthy()
            .args([
                "audit",
                dir.path().to_str().unwrap(),
                "--no-git",
                "--format",
                format,
            ])
            .output()
            .unwrap();
        assert!(
            matches!(out.status.code(), Some(0 | 1)),
            "{format}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn output_dash_is_standard_output() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("Dockerfile"), "FROM python:3.12-slim\n").unwrap();
    let out = seaworthy()
        .current_dir(dir.path())
        .args(["audit", ".", "--format", "json", "--no-git", "-o", "-"])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["files"][0]["path"], "Dockerfile");
    assert!(!dir.path().join("-").exists());
}

#[test]
fn github_format_emits_workflow_commands() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("Dockerfile"),
        "FROM python:3.12-slim\nRUNN x\n",
    )
    .unwrap();
    let out = seaworthy()
        .args([
            "audit",
            dir.path().to_str().unwrap(),
            "--format",
            "github",
            "--no-git",
            "--select",
            "parse-error",
        ])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.starts_with("::error file=Dockerfile,line=2,col=1,"),
        "{text}"
    );
}

#[test]
fn baseline_hides_known_findings_only() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("Dockerfile"),
        "FROM python:3.12-slim\nRUNN x\n",
    )
    .unwrap();
    let base = dir.path().join("baseline.json");
    let out = seaworthy()
        .args([
            "audit",
            dir.path().to_str().unwrap(),
            "--format",
            "json",
            "--no-git",
            "-o",
            base.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    // same tree: everything is known, exit 0
    let (v, code) = run_json(&[
        "audit",
        dir.path().to_str().unwrap(),
        "--format",
        "json",
        "--no-git",
        "--baseline",
        base.to_str().unwrap(),
    ]);
    assert_eq!(code, 0);
    assert_eq!(v["findings"].as_array().unwrap().len(), 0);
    // a new problem on another line is reported; the known one (moved down a line) stays hidden
    std::fs::write(
        dir.path().join("Dockerfile"),
        "FROM python:3.12-slim\nCOPYY a b\nRUNN x\n",
    )
    .unwrap();
    let (v, code) = run_json(&[
        "audit",
        dir.path().to_str().unwrap(),
        "--format",
        "json",
        "--no-git",
        "--baseline",
        base.to_str().unwrap(),
    ]);
    assert_eq!(code, 1);
    let msgs: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["message"].as_str().unwrap())
        .collect();
    assert_eq!(msgs, vec!["unknown instruction `COPYY`"]);
}

#[test]
fn env_flag_keeps_only_findings_that_apply() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("deploy")).unwrap();
    std::fs::write(
        dir.path().join("Dockerfile.dev"),
        "FROM python:3.12-slim\nRUNN x\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("deploy/Dockerfile"),
        "FROM python:3.12-slim\nCOPYY a b\n",
    )
    .unwrap();
    let envs = |args: &[&str]| -> Vec<String> {
        let mut all = vec![
            "audit",
            dir.path().to_str().unwrap(),
            "--format",
            "json",
            "--no-git",
            "--select",
            "parse-error",
        ];
        all.extend_from_slice(args);
        let (v, _) = run_json(&all);
        v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["environment"].as_str().unwrap().to_string())
            .collect()
    };
    let mut all = envs(&[]);
    all.sort();
    assert_eq!(all, ["dev", "prod"]);
    assert_eq!(envs(&["--env", "prod"]), ["prod"]);
    assert_eq!(envs(&["--env", "dev"]), ["dev"]);
}

#[test]
fn fix_applies_safe_edits_keeps_comments_and_is_idempotent() {
    let dir = tempfile::tempdir().unwrap();
    let df = dir.path().join("Dockerfile");
    let original = "FROM alpine:3.22\n# tools we need\nRUN apk add curl  # for the healthcheck\nADD app/ /app/\nRUN pip install -r requirements.txt\n";
    std::fs::write(&df, original).unwrap();
    // --diff shows the change and writes nothing
    let out = seaworthy()
        .args(["audit", dir.path().to_str().unwrap(), "--diff", "--no-git"])
        .output()
        .unwrap();
    let diff = String::from_utf8_lossy(&out.stdout);
    assert!(
        diff.contains("-RUN apk add curl  # for the healthcheck\n"),
        "{diff}"
    );
    assert!(
        diff.contains("+RUN apk add --no-cache curl  # for the healthcheck\n"),
        "{diff}"
    );
    assert_eq!(std::fs::read_to_string(&df).unwrap(), original);
    // --fix applies the safe fixes only
    let out = seaworthy()
        .args([
            "audit",
            dir.path().to_str().unwrap(),
            "--fix",
            "--no-git",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    let fixed = std::fs::read_to_string(&df).unwrap();
    assert_eq!(
        fixed,
        "FROM alpine:3.22\n# tools we need\nRUN apk add --no-cache curl  # for the healthcheck\nCOPY app/ /app/\nRUN pip install --no-cache-dir -r requirements.txt\n"
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let rules: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert!(
        !rules.contains(&"apk-no-cache") && !rules.contains(&"add-instead-of-copy"),
        "{rules:?}"
    );
    // a second run changes nothing
    seaworthy()
        .args(["audit", dir.path().to_str().unwrap(), "--fix", "--no-git"])
        .output()
        .unwrap();
    assert_eq!(std::fs::read_to_string(&df).unwrap(), fixed);
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(leftovers.len(), 1, "no temporary files left: {leftovers:?}");
}

/// The JSON report is streamed to its destination: a file gets exactly what standard output
/// gets (one newline at the end), and a path that cannot be written is an error, exit 2.
#[test]
fn json_to_a_file_is_json_on_stdout() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("Dockerfile"),
        "FROM python:3.12-slim\nRUN pip install flask\n",
    )
    .unwrap();
    let args = |extra: &[&str]| {
        let mut a = vec![
            "audit".to_string(),
            dir.path().to_str().unwrap().to_string(),
            "--format".into(),
            "json".into(),
            "--no-git".into(),
            "--today".into(),
            "2026-12-01".into(),
        ];
        a.extend(extra.iter().map(|s| s.to_string()));
        a
    };
    let stdout = seaworthy().args(args(&[])).output().unwrap();
    let file = dir.path().join("report.json");
    let to_file = seaworthy()
        .args(args(&["-o", file.to_str().unwrap()]))
        .output()
        .unwrap();
    assert_eq!(to_file.status.code(), stdout.status.code());
    assert!(to_file.stdout.is_empty());
    let written = std::fs::read(&file).unwrap();
    assert_eq!(written, stdout.stdout);
    assert!(written.ends_with(b"}\n") && !written.ends_with(b"\n\n"));
    let v: serde_json::Value = serde_json::from_slice(&written).unwrap();
    assert!(!v["findings"].as_array().unwrap().is_empty());
    let bad = dir.path().join("no/such/dir/report.json");
    let failed = seaworthy()
        .args(args(&["-o", bad.to_str().unwrap()]))
        .output()
        .unwrap();
    assert_eq!(failed.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&failed.stderr).contains("cannot write"));
}
