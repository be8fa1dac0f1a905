//! `--fix` writes files safely: it keeps symbolic links, modes and every byte it does not touch,
//! never overwrites a file that happens to have its temporary name, drops fixes that would leave a
//! file that no longer parses, and a second run changes nothing.

use assert_cmd::Command;
use std::path::Path;

fn seaworthy() -> Command {
    let mut c = Command::cargo_bin("seaworthy").expect("binary builds");
    c.env("NO_COLOR", "1");
    c
}

/// Run `seaworthy audit DIR --fix --no-git`; returns stderr.
fn fix(dir: &Path) -> String {
    let out = seaworthy()
        .args([
            "audit",
            dir.to_str().unwrap(),
            "--fix",
            "--no-git",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    let code = out.status.code().unwrap_or(-1);
    assert!(code == 0 || code == 1, "exit {code}");
    String::from_utf8_lossy(&out.stderr).to_string()
}

fn entries(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().to_string())
        .collect();
    v.sort();
    v
}

const FIXABLE: &str = "FROM alpine:3.22\nRUN apk add curl\nUSER app\n";

#[test]
fn version_with_an_anchor_is_not_removed() {
    let dir = tempfile::tempdir().unwrap();
    let compose = dir.path().join("docker-compose.yml");
    let text = "version: &v \"3.8\"\nservices:\n  web:\n    image: nginx:1.27\n    labels:\n      compose-version: *v\n";
    std::fs::write(&compose, text).unwrap();
    fix(dir.path());
    // removing the anchored value would leave `*v` pointing nowhere: compose rejects that
    assert_eq!(std::fs::read_to_string(&compose).unwrap(), text);
}

#[test]
fn version_with_a_block_scalar_is_removed_whole() {
    let dir = tempfile::tempdir().unwrap();
    let compose = dir.path().join("docker-compose.yml");
    std::fs::write(
        &compose,
        "version: >-\n  3.8\n# the app\nservices:\n  web:\n    image: nginx:1.27\n",
    )
    .unwrap();
    fix(dir.path());
    assert_eq!(
        std::fs::read_to_string(&compose).unwrap(),
        "# the app\nservices:\n  web:\n    image: nginx:1.27\n"
    );
    let literal = "version: |\n  3.8\n\nservices:\n  web:\n    image: nginx:1.27\n";
    std::fs::write(&compose, literal).unwrap();
    fix(dir.path());
    let fixed = std::fs::read_to_string(&compose).unwrap();
    assert!(
        !fixed.contains("3.8") && fixed.contains("services:\n  web:\n"),
        "{fixed:?}"
    );
}

#[cfg(unix)]
#[test]
fn a_symlinked_dockerfile_stays_a_link_and_its_target_is_fixed() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::create_dir_all(d.join("docker")).unwrap();
    std::fs::write(d.join("docker/Dockerfile.alpine"), FIXABLE).unwrap();
    std::os::unix::fs::symlink("docker/Dockerfile.alpine", d.join("Dockerfile")).unwrap();
    fix(d);
    let link = std::fs::symlink_metadata(d.join("Dockerfile")).unwrap();
    assert!(
        link.file_type().is_symlink(),
        "the link was replaced by a file"
    );
    let target = std::fs::read_to_string(d.join("docker/Dockerfile.alpine")).unwrap();
    assert!(target.contains("apk add --no-cache curl"), "{target}");
    assert_eq!(entries(&d.join("docker")), ["Dockerfile.alpine"]);
}

#[test]
fn a_file_that_is_not_utf8_is_not_rewritten() {
    let dir = tempfile::tempdir().unwrap();
    let df = dir.path().join("Dockerfile");
    let bytes = b"FROM alpine:3.22\n# caf\xe9 au lait\nRUN apk add curl\nUSER app\n".to_vec();
    std::fs::write(&df, &bytes).unwrap();
    let stderr = fix(dir.path());
    assert_eq!(std::fs::read(&df).unwrap(), bytes, "bytes changed");
    assert!(stderr.contains("not read exactly"), "{stderr}");
}

#[cfg(unix)]
#[test]
fn modes_are_kept() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let df = dir.path().join("Dockerfile");
    std::fs::write(&df, FIXABLE).unwrap();
    std::fs::set_permissions(&df, std::fs::Permissions::from_mode(0o640)).unwrap();
    fix(dir.path());
    assert!(std::fs::read_to_string(&df).unwrap().contains("--no-cache"));
    let mode = std::fs::metadata(&df).unwrap().permissions().mode() & 0o7777;
    assert_eq!(mode, 0o640);
}

#[test]
fn a_file_named_like_the_temporary_file_is_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("Dockerfile"), FIXABLE).unwrap();
    // the name the temporary file used to have
    let user = d.join(".Dockerfile.seaworthy-fix.tmp");
    std::fs::write(&user, "my notes\n").unwrap();
    fix(d);
    assert_eq!(std::fs::read_to_string(&user).unwrap(), "my notes\n");
    assert!(std::fs::read_to_string(d.join("Dockerfile"))
        .unwrap()
        .contains("--no-cache"));
    // no temporary file left behind
    assert_eq!(entries(d), [".Dockerfile.seaworthy-fix.tmp", "Dockerfile"]);
    // a second run changes nothing
    let once = std::fs::read_to_string(d.join("Dockerfile")).unwrap();
    fix(d);
    assert_eq!(std::fs::read_to_string(d.join("Dockerfile")).unwrap(), once);
}
