//! Hostile input stays bounded in time and memory, gives a clear finding, and leaves the rest of
//! the audit intact. Each test puts one hostile file in a directory next to a good Dockerfile and
//! checks both: the specific finding for the hostile file, and the usual findings of the good one.
//! (No timing assertions: bounded means the test finishes; inputs are small enough for debug
//! builds.)

use assert_cmd::Command;
use serde_json::Value;
use std::path::Path;
use std::process::Command as Proc;

fn seaworthy() -> Command {
    let mut c = Command::cargo_bin("seaworthy").expect("binary builds");
    c.env("NO_COLOR", "1");
    c
}

/// The good file every test keeps beside the hostile one: `base-image-unpinned` must fire on it.
const GOOD: &str = "FROM python:latest\nUSER app\n";

fn audit_args(dir: &Path, extra: &[&str]) -> Value {
    let out = seaworthy()
        .args(["audit", dir.to_str().unwrap(), "--format", "json"])
        .args(extra)
        .output()
        .expect("runs");
    let code = out.status.code().unwrap_or(-1);
    assert!(
        code == 0 || code == 1,
        "exit {code}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&out.stdout)))
}

fn audit(dir: &Path) -> Value {
    audit_args(dir, &["--no-git"])
}

fn with_good(dir: &Path) {
    std::fs::create_dir_all(dir.join("good")).unwrap();
    std::fs::write(dir.join("good/Dockerfile"), GOOD).unwrap();
}

/// Findings of `rule` on `path`: their messages.
fn messages(v: &Value, path: &str, rule: &str) -> Vec<String> {
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["path"] == path && f["rule"] == rule)
        .map(|f| f["message"].as_str().unwrap_or("").to_string())
        .collect()
}

fn assert_good_audited(v: &Value) {
    assert!(
        !messages(v, "good/Dockerfile", "base-image-unpinned").is_empty(),
        "the good Dockerfile beside the hostile file was not audited: {:#?}",
        v["findings"]
    );
}

fn assert_finding(v: &Value, path: &str, rule: &str, needle: &str) {
    let m = messages(v, path, rule);
    assert!(
        m.iter().any(|m| m.contains(needle)),
        "no {rule} on {path} saying {needle:?}; got {m:?} among {:#?}",
        v["findings"]
    );
}

#[test]
fn alias_bomb_is_reported_and_costs_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    with_good(d);
    let mut y = String::from("x-a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 1..12 {
        let p = i - 1;
        y.push_str(&format!(
            "x-a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"
        ));
    }
    y.push_str("services:\n  web:\n    image: nginx:1.27\n    labels: *a11\n");
    std::fs::write(d.join("docker-compose.yml"), y).unwrap();
    let v = audit(d);
    assert_finding(&v, "docker-compose.yml", "parse-error", "alias bomb");
    assert_good_audited(&v);
}

#[test]
fn merge_key_cycles_are_errors() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    with_good(d);
    std::fs::write(
        d.join("docker-compose.yml"),
        "x-base: &base\n  restart: always\n  <<: *base\nservices:\n  web:\n    <<: *base\n    image: nginx:1.27\n",
    )
    .unwrap();
    let v = audit(d);
    assert_finding(&v, "docker-compose.yml", "parse-error", "cycle");
    assert_good_audited(&v);
}

/// Merge keys that fan out on every level (`<<: [*m, *m, ...]`): exponential if each merge is
/// expanded again, linear when each map is merged once.
#[test]
fn merge_key_fans_are_bounded() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    with_good(d);
    let mut y = String::from("x-m0: &m0 {restart: always}\n");
    for i in 1..30 {
        let refs = vec![format!("*m{}", i - 1); 8].join(", ");
        y.push_str(&format!("x-m{i}: &m{i} {{<<: [{refs}], k{i}: v}}\n"));
    }
    y.push_str("services:\n  web:\n    <<: *m29\n    image: nginx:1.27\n");
    std::fs::write(d.join("docker-compose.yml"), y).unwrap();
    let v = audit(d);
    // the file is read: its service is audited
    assert!(
        !messages(&v, "docker-compose.yml", "healthcheck-missing").is_empty(),
        "{:#?}",
        v["findings"]
    );
    assert_good_audited(&v);
}

#[test]
fn deeply_nested_yaml_is_an_error_not_a_stack_overflow() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    with_good(d);
    let depth = 100_000;
    std::fs::write(
        d.join("docker-compose.yml"),
        format!(
            "services:\n  web:\n    image: nginx:1.27\n    labels: {}{}\n",
            "[".repeat(depth),
            "]".repeat(depth)
        ),
    )
    .unwrap();
    let v = audit(d);
    assert!(
        !messages(&v, "docker-compose.yml", "parse-error").is_empty(),
        "{:#?}",
        v["findings"]
    );
    assert_good_audited(&v);
}

#[test]
fn deeply_nested_nginx_blocks_are_an_error_not_a_stack_overflow() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    with_good(d);
    std::fs::create_dir_all(d.join("nginx")).unwrap();
    let depth = 100_000;
    std::fs::write(
        d.join("nginx/nginx.conf"),
        format!(
            "events {{}}\nhttp {{ server {{ listen 80; {} {} }} }}\n",
            "location / { ".repeat(depth),
            "} ".repeat(depth)
        ),
    )
    .unwrap();
    std::fs::write(
        d.join("nginx/anonymous.conf"),
        format!(
            "server {{\n  listen 81;\n  server_name example.com;\n  {}{}\n}}\n",
            "{ ".repeat(depth),
            "} ".repeat(depth)
        ),
    )
    .unwrap();
    let v = audit(d);
    assert_finding(&v, "nginx/nginx.conf", "parse-error", "nested deeper");
    assert!(!messages(&v, "nginx/anonymous.conf", "parse-error").is_empty());
    assert_good_audited(&v);
}

/// One very long line: a file over the size limit is named and skipped; a long line under it is
/// parsed (and its findings cost what one finding costs, not the length of the line).
#[test]
fn very_long_lines_are_bounded() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    with_good(d);
    std::fs::create_dir_all(d.join("big")).unwrap();
    std::fs::write(
        d.join("big/.env"),
        format!("NOTES={}", "x".repeat(10 * 1024 * 1024)),
    )
    .unwrap();
    // 300 services on one flow line, each with findings
    let services: Vec<String> = (0..300)
        .map(|i| format!("s{i}: {{image: nginx, privileged: true}}"))
        .collect();
    std::fs::write(
        d.join("docker-compose.yml"),
        format!("services: {{{}}}\n", services.join(", ")),
    )
    .unwrap();
    let v = audit(d);
    assert_finding(&v, "big/.env", "file-unreadable", "over the");
    assert_eq!(
        messages(&v, "docker-compose.yml", "privileged-container").len(),
        300
    );
    // every finding on the line has its own column
    let cols: std::collections::BTreeSet<u64> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "privileged-container")
        .map(|f| f["column"].as_u64().unwrap())
        .collect();
    assert_eq!(cols.len(), 300);
    assert_good_audited(&v);
    // the text report shows a window of the line around each finding, with the true column
    let out = seaworthy()
        .args(["audit", d.to_str().unwrap(), "--no-git", "--format", "text"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let last = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| {
            f["rule"] == "privileged-container" && f["message"].as_str().unwrap().contains("`s299`")
        })
        .unwrap();
    let header = format!("--> docker-compose.yml:1:{}", last["column"]);
    assert!(text.contains(&header), "{header} not in the text report");
    let longest = text.lines().map(str::len).max().unwrap_or(0);
    assert!(
        longest < 4096,
        "a code frame printed {longest} bytes of one line"
    );
}

#[test]
fn nul_bytes_make_a_binary_file_finding() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    with_good(d);
    std::fs::create_dir_all(d.join("nul")).unwrap();
    std::fs::write(d.join("nul/Dockerfile"), b"FROM python:3.12\0\0\0RUN x\n").unwrap();
    let v = audit(d);
    assert_finding(&v, "nul/Dockerfile", "file-unreadable", "binary");
    assert_good_audited(&v);
}

#[test]
fn utf16_files_are_named_not_read_as_garbage() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    with_good(d);
    let text = "SECRET_KEY=changeme\nDEBUG=true\n";
    let mut le = vec![0xff, 0xfe];
    le.extend(text.encode_utf16().flat_map(|u| u.to_le_bytes()));
    std::fs::write(d.join(".env"), le).unwrap();
    let mut be = vec![0xfe, 0xff];
    be.extend(
        "FROM python:latest\n"
            .encode_utf16()
            .flat_map(|u| u.to_be_bytes()),
    );
    std::fs::create_dir_all(d.join("be")).unwrap();
    std::fs::write(d.join("be/Dockerfile"), be).unwrap();
    let v = audit(d);
    assert_finding(&v, ".env", "file-unreadable", "UTF-16");
    assert_finding(&v, "be/Dockerfile", "file-unreadable", "UTF-16");
    assert!(messages(&v, ".env", "file-unreadable")
        .iter()
        .all(|m| !m.contains("binary")));
    assert_good_audited(&v);
}

#[cfg(unix)]
#[test]
fn fifos_and_sockets_are_never_opened() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    with_good(d);
    std::fs::create_dir_all(d.join("fifo")).unwrap();
    let made = Proc::new("mkfifo")
        .arg(d.join("fifo/Dockerfile"))
        .status()
        .map(|s| s.success())
        .unwrap_or(false);
    assert!(made, "mkfifo failed");
    // a FIFO behind a link inside the tree, and a socket named like an env file
    std::os::unix::fs::symlink("fifo/Dockerfile", d.join("Dockerfile.linked")).unwrap();
    let _socket = std::os::unix::net::UnixListener::bind(d.join(".env")).unwrap();
    let v = audit(d);
    assert_finding(
        &v,
        "fifo/Dockerfile",
        "file-unreadable",
        "not a regular file",
    );
    assert_finding(
        &v,
        "Dockerfile.linked",
        "file-unreadable",
        "not a regular file",
    );
    assert_finding(&v, ".env", "file-unreadable", "not a regular file");
    assert_good_audited(&v);
}

#[cfg(unix)]
#[test]
fn symlinks_out_of_the_tree_are_reported_and_never_read() {
    let outside = tempfile::tempdir().unwrap();
    let secret = outside.path().join("host.env");
    std::fs::write(&secret, "HOST_ONLY_PASSWORD=hunter2-host-only-value\n").unwrap();
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    with_good(d);
    std::os::unix::fs::symlink(&secret, d.join(".env")).unwrap();
    std::os::unix::fs::symlink("/etc/passwd", d.join("Dockerfile")).unwrap();
    // a link that stays inside the tree is followed as before
    std::fs::create_dir_all(d.join("inside")).unwrap();
    std::os::unix::fs::symlink("../good/Dockerfile", d.join("inside/Dockerfile")).unwrap();
    // a loop is bounded
    std::fs::create_dir_all(d.join("loop")).unwrap();
    std::os::unix::fs::symlink("Dockerfile.b", d.join("loop/Dockerfile")).unwrap();
    std::os::unix::fs::symlink("Dockerfile", d.join("loop/Dockerfile.b")).unwrap();
    let out = seaworthy()
        .args(["audit", d.to_str().unwrap(), "--format", "json", "--no-git"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(!stdout.contains("hunter2"), "the linked file was read");
    assert!(!stdout.contains("root:x:0"), "/etc/passwd was read");
    let v: Value = serde_json::from_str(&stdout).unwrap();
    assert_finding(&v, ".env", "symlink-outside-root", "not read");
    assert_finding(&v, "Dockerfile", "symlink-outside-root", "/etc/passwd");
    assert!(
        !messages(&v, "inside/Dockerfile", "base-image-unpinned").is_empty(),
        "a link inside the tree is followed: {:#?}",
        v["findings"]
    );
    assert_finding(&v, "loop/Dockerfile", "file-unreadable", "symbolic link");
    assert_good_audited(&v);
    // a single file given on the command line is held to the same rule
    let v = audit(&d.join(".env"));
    assert_finding(&v, ".env", "symlink-outside-root", "not read");
}

/// A `.dockerignore` pattern of many `**/` segments against a deep `COPY` path that does not
/// match it: minutes with a backtracking matcher, (pattern × path) steps here.
#[test]
fn dockerignore_double_stars_are_bounded() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    with_good(d);
    std::fs::create_dir_all(d.join("app")).unwrap();
    let n = 400;
    std::fs::write(
        d.join("app/.dockerignore"),
        format!("{}x\n**/secret.pem\n", "**/a/".repeat(n)),
    )
    .unwrap();
    let deep = vec!["a"; 2 * n].join("/");
    std::fs::write(
        d.join("app/Dockerfile"),
        format!(
            "FROM python:3.12-slim\nCOPY {deep}/y /app/y\nCOPY keys/secret.pem /app/\nUSER app\n"
        ),
    )
    .unwrap();
    let v = audit(d);
    assert_finding(
        &v,
        "app/Dockerfile",
        "copy-source-dockerignored",
        "secret.pem",
    );
    assert_eq!(
        messages(&v, "app/Dockerfile", "copy-source-dockerignored").len(),
        1
    );
    assert_good_audited(&v);
}

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
            "-c",
            "protocol.file.allow=always",
        ])
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .output()
        .expect("git runs");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

fn git_available() -> bool {
    Proc::new("git").arg("--version").output().is_ok()
}

/// A repository whose `.env` (with a fake key) was committed, then deleted.
fn repo_with_history(d: &Path) -> String {
    git(d, &["init", "-q"]);
    std::fs::write(d.join("Dockerfile"), GOOD).unwrap();
    std::fs::write(
        d.join(".env"),
        "OPENAI_API_KEY=sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z\n",
    )
    .unwrap();
    git(d, &["add", "-A"]);
    git(d, &["commit", "-q", "-m", "add env"]);
    let leaking = git(d, &["rev-parse", "HEAD"]);
    std::fs::remove_file(d.join(".env")).unwrap();
    git(d, &["add", "-A"]);
    git(d, &["commit", "-q", "-m", "remove env"]);
    std::fs::write(d.join("README.md"), "app\n").unwrap();
    git(d, &["add", "-A"]);
    git(d, &["commit", "-q", "-m", "readme"]);
    leaking
}

#[test]
fn a_depth_1_clone_says_history_was_only_partly_scanned() {
    if !git_available() {
        eprintln!("note: git not installed; test skipped");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let origin = tmp.path().join("origin");
    std::fs::create_dir_all(&origin).unwrap();
    repo_with_history(&origin);
    // the full repository: the key is found, nothing is missing
    let v = audit_args(&origin, &[]);
    assert!(!messages(&v, "Dockerfile", "secret-in-git-history").is_empty());
    assert!(messages(&v, "Dockerfile", "git-history-incomplete").is_empty());
    // what CI checks out by default
    let url = format!("file://{}", origin.display());
    git(
        tmp.path(),
        &["clone", "-q", "--depth", "1", &url, "shallow"],
    );
    let v = audit_args(&tmp.path().join("shallow"), &[]);
    assert!(messages(&v, "Dockerfile", "secret-in-git-history").is_empty());
    assert_finding(
        &v,
        "Dockerfile",
        "git-history-incomplete",
        "shallow clone with 1 commit",
    );
    assert!(!messages(&v, "Dockerfile", "base-image-unpinned").is_empty());
}

#[test]
fn a_damaged_object_store_says_history_was_only_partly_scanned() {
    if !git_available() {
        eprintln!("note: git not installed; test skipped");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    let leaking = repo_with_history(d);
    let blob = git(d, &["rev-parse", &format!("{leaking}:.env")]);
    std::fs::remove_file(d.join(".git/objects").join(&blob[..2]).join(&blob[2..])).unwrap();
    let v = audit_args(d, &[]);
    assert_finding(&v, "Dockerfile", "git-history-incomplete", "missing");
    assert!(messages(&v, "Dockerfile", "git-history-incomplete")
        .iter()
        .any(|m| m.contains(&blob)));
    assert!(!messages(&v, "Dockerfile", "base-image-unpinned").is_empty());
}

#[test]
fn no_repository_is_said_and_no_git_says_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    with_good(d);
    let v = audit_args(d, &[]);
    assert_finding(
        &v,
        "good/Dockerfile",
        "git-history-incomplete",
        "not in a git repository",
    );
    let v = audit_args(d, &["--no-git"]);
    assert!(messages(&v, "good/Dockerfile", "git-history-incomplete").is_empty());
}
