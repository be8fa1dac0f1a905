//! `collect` against real repositories built with the `git` CLI.

mod common;

use common::{git_available, git_in, Repo};
use seaworthy_git::{collect, is_interesting_secret_path, Limits, RepoFacts};
use std::path::Path;

const ENV_V1: &str = "AWS_ACCESS_KEY_ID=AKIAFAKEFAKEFAKEFAKE\nDB_PASSWORD=hunter2-fake\n";
const ENV_V2: &str = "AWS_ACCESS_KEY_ID=AKIAFAKEFAKEFAKEFAKE\nDB_PASSWORD=changed-fake\n";

fn facts(root: &Path) -> RepoFacts {
    collect(root, &is_interesting_secret_path, Limits::default())
        .expect("collect succeeds")
        .expect("a repository is found")
}

macro_rules! require_git {
    () => {
        if !git_available() {
            eprintln!("note: `git` not available, skipping");
            return;
        }
    };
}

#[test]
fn deleted_and_ignored_env_is_found_in_history() {
    require_git!();
    let tmp = tempfile::tempdir().unwrap();
    let repo = Repo::init(tmp.path());
    repo.write("Dockerfile", "FROM python:3.12-slim\n");
    let (c1, _) = repo.commit("initial app");
    repo.write(".env", ENV_V1);
    let (c2, t2) = repo.commit("add env for the demo");
    repo.write(".env", ENV_V2);
    let (c3, t3) = repo.commit("rotate db password");
    repo.remove(".env");
    repo.write(".gitignore", ".env\n");
    let (c4, _) = repo.commit("stop tracking .env");
    // The developer keeps a local .env: untracked and ignored.
    repo.write(".env", ENV_V2);

    let f = facts(tmp.path());
    assert_eq!(f.head.as_deref(), Some(c4.as_str()));
    assert!(!f.shallow);
    assert!(!f.truncated);
    assert_eq!(f.commits_scanned, 4);
    assert_eq!(f.workdir, tmp.path().canonicalize().unwrap());
    assert!(f.tracked.contains("Dockerfile"));
    assert!(f.tracked.contains(".gitignore"));
    assert!(!f.tracked.contains(".env"), "{:?}", f.tracked);
    assert!(f.ignored.contains(".env"), "{:?}", f.ignored);

    assert_eq!(f.history.len(), 2, "{:#?}", f.history);
    let v1 = &f.history[0];
    assert_eq!(v1.path, ".env");
    assert_eq!(v1.commit, c2);
    assert_eq!(v1.time, t2);
    assert_eq!(v1.summary, "add env for the demo");
    assert_eq!(v1.text, ENV_V1);
    let v2 = &f.history[1];
    assert_eq!(v2.path, ".env");
    assert_eq!(v2.commit, c3);
    assert_eq!(v2.time, t3);
    assert_eq!(v2.summary, "rotate db password");
    assert_eq!(v2.text, ENV_V2);
    assert_ne!(v1.commit, c1);
}

#[test]
fn readded_content_is_credited_to_the_oldest_commit() {
    require_git!();
    let tmp = tempfile::tempdir().unwrap();
    let repo = Repo::init(tmp.path());
    repo.write("certs/server.key", "-----BEGIN PRIVATE KEY-----\nfake\n");
    let (c1, _) = repo.commit("add key");
    repo.remove("certs/server.key");
    repo.write("README.md", "x\n");
    repo.commit("remove key");
    repo.write("certs/server.key", "-----BEGIN PRIVATE KEY-----\nfake\n");
    repo.commit("oops, again");
    let f = facts(tmp.path());
    assert_eq!(f.history.len(), 1, "{:#?}", f.history);
    assert_eq!(f.history[0].commit, c1);
    assert_eq!(f.history[0].path, "certs/server.key");
    assert!(f.tracked.contains("certs/server.key"));
    assert!(f.ignored.is_empty());
}

#[test]
fn audited_root_can_be_a_subdirectory() {
    require_git!();
    let tmp = tempfile::tempdir().unwrap();
    let repo = Repo::init(tmp.path());
    repo.write("deploy/.env", "SECRET_KEY=fake-deploy\n");
    repo.write("deploy/Dockerfile", "FROM alpine\n");
    repo.write("other/.env", "SECRET_KEY=fake-other\n");
    repo.write("deployment/.env", "SECRET_KEY=fake-lookalike\n");
    let (c1, _) = repo.commit("add services");
    repo.write("deploy/nested/prod.env", "TOKEN=fake\n");
    let (c2, _) = repo.commit("nested env");

    let f = facts(&tmp.path().join("deploy"));
    assert_eq!(f.workdir, tmp.path().canonicalize().unwrap());
    let paths: Vec<(&str, &str)> = f
        .history
        .iter()
        .map(|b| (b.path.as_str(), b.commit.as_str()))
        .collect();
    assert_eq!(
        paths,
        vec![(".env", c1.as_str()), ("nested/prod.env", c2.as_str())]
    );
    assert_eq!(f.history[0].text, "SECRET_KEY=fake-deploy\n");
    let tracked: Vec<&str> = f.tracked.iter().map(String::as_str).collect();
    assert_eq!(tracked, vec![".env", "Dockerfile", "nested/prod.env"]);
}

#[test]
fn branches_tags_and_stash_not_merged_into_head_are_scanned() {
    require_git!();
    let tmp = tempfile::tempdir().unwrap();
    let repo = Repo::init(tmp.path());
    repo.write("app.py", "print(1)\n");
    repo.commit("app");
    repo.git(&["checkout", "-q", "-b", "feature"]);
    repo.write("config/secrets.yml", "api_key: fake-feature\n");
    let (feature, _) = repo.commit("wip secrets on a branch");
    repo.git(&["checkout", "-q", "main"]);
    // A tag on an orphan history.
    repo.git(&["checkout", "-q", "--orphan", "orphan"]);
    repo.git(&["rm", "-rq", "--cached", "."]);
    repo.remove("app.py");
    repo.write("id_rsa", "-----BEGIN OPENSSH PRIVATE KEY-----\nfake\n");
    let (orphan, _) = repo.commit("orphan with a key");
    repo.git(&["tag", "-a", "v0-orphan", "-m", "annotated"]);
    repo.git(&["checkout", "-q", "main"]);
    repo.git(&["branch", "-D", "orphan"]);
    // Stash an .env that was never committed on a branch.
    repo.write(".npmrc", "//registry.npmjs.org/:_authToken=fake\n");
    repo.git(&["add", ".npmrc"]);
    repo.git(&["stash", "-q"]);

    let f = facts(tmp.path());
    let find = |path: &str| f.history.iter().find(|b| b.path == path);
    assert_eq!(
        find("config/secrets.yml").map(|b| b.commit.as_str()),
        Some(feature.as_str())
    );
    assert_eq!(
        find("id_rsa").map(|b| b.commit.as_str()),
        Some(orphan.as_str())
    );
    let npmrc = find(".npmrc").expect("stashed .npmrc is found");
    assert!(npmrc.text.contains("_authToken=fake"));
    assert!(!f.tracked.contains("config/secrets.yml"));
    assert!(!f.tracked.contains(".npmrc"));
}

#[test]
fn merge_commits_do_not_steal_the_credit() {
    require_git!();
    let tmp = tempfile::tempdir().unwrap();
    let repo = Repo::init(tmp.path());
    repo.write("README.md", "x\n");
    repo.commit("init");
    repo.git(&["checkout", "-q", "-b", "feature"]);
    repo.write(".env.production", "SECRET=fake\n");
    let (feature, _) = repo.commit("prod env");
    repo.git(&["checkout", "-q", "main"]);
    repo.write("README.md", "y\n");
    repo.commit("docs");
    repo.git(&["merge", "-q", "--no-ff", "-m", "merge feature", "feature"]);
    let f = facts(tmp.path());
    assert_eq!(f.history.len(), 1, "{:#?}", f.history);
    assert_eq!(f.history[0].commit, feature);
    assert_eq!(f.commits_scanned, 4);
}

#[test]
fn shallow_clone_is_flagged() {
    require_git!();
    let tmp = tempfile::tempdir().unwrap();
    let origin = tmp.path().join("origin");
    let repo = Repo::init(&origin);
    repo.write(".env", ENV_V1);
    repo.commit("env v1");
    repo.write(".env", ENV_V2);
    repo.commit("env v2");
    repo.write("app.py", "print(1)\n");
    let (last, _) = repo.commit("app");
    let url = format!("file://{}", origin.display());
    git_in(
        tmp.path(),
        &["clone", "-q", "--depth", "1", &url, "shallow"],
        1_700_000_000,
    );
    let f = facts(&tmp.path().join("shallow"));
    assert!(f.shallow);
    assert_eq!(f.head.as_deref(), Some(last.as_str()));
    assert_eq!(f.commits_scanned, 1);
    // Only the content visible at the boundary, credited to the boundary commit.
    assert_eq!(f.history.len(), 1, "{:#?}", f.history);
    assert_eq!(f.history[0].commit, last);
    assert_eq!(f.history[0].text, ENV_V2);

    let full = facts(&origin);
    assert!(!full.shallow);
    assert_eq!(full.history.len(), 2);
    // parents beyond the shallow boundary are absent on purpose: not damage
    assert_eq!(f.damaged_objects, 0, "{:?}", f.first_damage);
    assert_eq!(full.damaged_objects, 0);
}

fn loose_object(repo_dir: &Path, id: &str) -> std::path::PathBuf {
    repo_dir.join(".git/objects").join(&id[..2]).join(&id[2..])
}

/// A deleted object file (a damaged store) used to make the history scan skip what it could not
/// read and say nothing; now it counts what is missing and names the first problem.
#[test]
fn missing_objects_are_counted_not_ignored() {
    require_git!();
    let tmp = tempfile::tempdir().unwrap();
    let repo = Repo::init(tmp.path());
    repo.write("Dockerfile", "FROM python:3.12-slim\n");
    repo.commit("app");
    repo.write(".env", ENV_V1);
    let (c2, _) = repo.commit("add env");
    repo.remove(".env");
    repo.write(".gitignore", ".env\n");
    repo.commit("stop tracking .env");
    let blob = repo.git(&["rev-parse", &format!("{c2}:.env")]);
    let blob = blob.trim();
    std::fs::remove_file(loose_object(tmp.path(), blob)).unwrap();
    let f = facts(tmp.path());
    assert_eq!(f.damaged_objects, 1);
    let first = f.first_damage.clone().unwrap_or_default();
    assert!(first.contains(blob) && first.contains("missing"), "{first}");
    // the path is still known to have been committed, its content is not
    assert_eq!(f.history.len(), 1);
    assert_eq!(f.history[0].text, "");

    // a missing tree of an old commit: the scan goes on with the others
    let tree = repo.git(&["rev-parse", &format!("{c2}^{{tree}}")]);
    std::fs::remove_file(loose_object(tmp.path(), tree.trim())).unwrap();
    let f = facts(tmp.path());
    assert!(f.damaged_objects >= 1, "{:?}", f.first_damage);
    assert_eq!(f.commits_scanned, 3);
    assert!(f.tracked.contains("Dockerfile"));

    // a corrupt commit object: counted too, the scan does not fail
    std::fs::write(loose_object(tmp.path(), &c2), b"\x78\x9c garbage").unwrap();
    let f = facts(tmp.path());
    assert!(f.damaged_objects >= 1);
    let first = f.first_damage.clone().unwrap_or_default();
    assert!(first.contains(&c2) && first.contains("commit"), "{first}");
}

#[test]
fn not_a_repository_is_none() {
    require_git!();
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join(".env"), "A=b\n").unwrap();
    let got = collect(tmp.path(), &is_interesting_secret_path, Limits::default()).unwrap();
    assert!(got.is_none());
}

#[test]
fn missing_directory_is_an_error() {
    let tmp = tempfile::tempdir().unwrap();
    let err = collect(
        &tmp.path().join("nope"),
        &is_interesting_secret_path,
        Limits::default(),
    )
    .unwrap_err();
    assert!(err.to_string().contains("cannot access"), "{err}");
}

#[test]
fn bare_repository_is_none() {
    require_git!();
    let tmp = tempfile::tempdir().unwrap();
    git_in(tmp.path(), &["init", "-q", "--bare", "b.git"], 0);
    let got = collect(
        &tmp.path().join("b.git"),
        &is_interesting_secret_path,
        Limits::default(),
    )
    .unwrap();
    assert!(got.is_none());
}

#[test]
fn unborn_head_lists_the_index() {
    require_git!();
    let tmp = tempfile::tempdir().unwrap();
    let repo = Repo::init(tmp.path());
    repo.write(".env", "A=b\n");
    repo.git(&["add", ".env"]);
    let f = facts(tmp.path());
    assert_eq!(f.head, None);
    assert_eq!(f.commits_scanned, 0);
    assert!(f.history.is_empty());
    assert!(f.tracked.contains(".env"));
    assert!(f.ignored.is_empty());
}

#[test]
fn linked_worktree_is_read() {
    require_git!();
    let tmp = tempfile::tempdir().unwrap();
    let main = tmp.path().join("main");
    let repo = Repo::init(&main);
    repo.write("README.md", "x\n");
    repo.commit("init");
    repo.git(&["branch", "feature"]);
    let wt = tmp.path().join("wt");
    repo.git(&["worktree", "add", "-q", wt.to_str().unwrap(), "feature"]);
    let wt_repo = Repo::existing(&wt);
    wt_repo.write(".env", "TOKEN=fake\n");
    let (c, _) = wt_repo.commit("env in worktree");
    let f = facts(&wt);
    assert_eq!(f.workdir, wt.canonicalize().unwrap());
    assert_eq!(f.head.as_deref(), Some(c.as_str()));
    assert!(f.tracked.contains(".env"));
    // The main checkout sees the same history (shared object database and refs).
    let m = facts(&main);
    assert!(m.history.iter().any(|b| b.commit == c));
    assert!(!m.tracked.contains(".env"));
}

#[test]
fn submodule_is_its_own_repository() {
    require_git!();
    let tmp = tempfile::tempdir().unwrap();
    let sub_origin = Repo::init(&tmp.path().join("sub_origin"));
    sub_origin.write("keys/deploy.pem", "-----BEGIN PRIVATE KEY-----\nfake\n");
    let (sub_commit, _) = sub_origin.commit("sub key");
    let sup = Repo::init(&tmp.path().join("super"));
    sup.write("README.md", "x\n");
    sup.commit("init");
    let url = format!("file://{}", tmp.path().join("sub_origin").display());
    sup.git(&["submodule", "add", "-q", &url, "vendor/sub"]);
    sup.commit("add submodule");

    let s = facts(&tmp.path().join("super"));
    assert!(s.tracked.contains("vendor/sub"), "gitlink is tracked");
    assert!(s.history.iter().all(|b| !b.path.contains("deploy.pem")));
    let inner = facts(&tmp.path().join("super/vendor/sub"));
    assert_eq!(inner.head.as_deref(), Some(sub_commit.as_str()));
    assert_eq!(inner.history.len(), 1);
    assert_eq!(inner.history[0].path, "keys/deploy.pem");
}

#[test]
fn corrupt_repositories_do_not_panic() {
    require_git!();
    let tmp = tempfile::tempdir().unwrap();
    // A `.git` file with garbage.
    let a = tmp.path().join("a");
    std::fs::create_dir_all(&a).unwrap();
    std::fs::write(a.join(".git"), "garbage\n").unwrap();
    let got = collect(&a, &is_interesting_secret_path, Limits::default());
    assert!(got.is_err(), "{got:?}");
    assert!(got.unwrap_err().to_string().contains("cannot be opened"));

    // A `.git` directory that is empty.
    let b = tmp.path().join("b");
    std::fs::create_dir_all(b.join(".git")).unwrap();
    let _ = collect(&b, &is_interesting_secret_path, Limits::default());

    // Loose objects overwritten with garbage / removed.
    let c = tmp.path().join("c");
    let repo = Repo::init(&c);
    repo.write(".env", ENV_V1);
    repo.commit("one");
    repo.write(".env", ENV_V2);
    repo.commit("two");
    let objects = c.join(".git/objects");
    let mut n = 0;
    for dir in std::fs::read_dir(&objects).unwrap().flatten() {
        let name = dir.file_name();
        if name.len() != 2 {
            continue;
        }
        for file in std::fs::read_dir(dir.path()).unwrap().flatten() {
            n += 1;
            if n % 2 == 0 {
                std::fs::write(file.path(), b"\x78\x9c garbage").unwrap();
            } else if n % 3 == 0 {
                std::fs::remove_file(file.path()).unwrap();
            }
        }
    }
    let _ = collect(&c, &is_interesting_secret_path, Limits::default());

    // Garbage refs and HEAD.
    let d = tmp.path().join("d");
    let repo = Repo::init(&d);
    repo.write(".env", ENV_V1);
    repo.commit("one");
    std::fs::write(d.join(".git/refs/heads/broken"), "not a hash\n").unwrap();
    let f = facts(&d);
    assert_eq!(f.history.len(), 1);
    std::fs::write(d.join(".git/HEAD"), "ref: refs/heads/\x01\n").unwrap();
    let _ = collect(&d, &is_interesting_secret_path, Limits::default());
}

#[test]
fn limits_are_respected() {
    require_git!();
    let tmp = tempfile::tempdir().unwrap();
    let repo = Repo::init(tmp.path());
    for i in 0..5 {
        repo.write(".env", &format!("N={i}\n"));
        repo.commit(&format!("c{i}"));
    }
    repo.write("big.pem", &"A".repeat(4096));
    repo.commit("big");
    let limits = Limits {
        max_commits: 2,
        max_blob_bytes: 1000,
        ..Limits::default()
    };
    let f = collect(tmp.path(), &is_interesting_secret_path, limits)
        .unwrap()
        .unwrap();
    assert!(f.truncated);
    assert_eq!(f.commits_scanned, 2);
    let big = f.history.iter().find(|b| b.path == "big.pem").unwrap();
    assert_eq!(big.text, "");
    assert_eq!(f.oversized_blobs, 1);
    // The last .env version, credited to the oldest *scanned* commit containing it.
    assert!(f
        .history
        .iter()
        .any(|b| b.path == ".env" && b.text == "N=4\n"));

    let only_env = |p: &str| p == ".env";
    let f = collect(tmp.path(), &only_env, Limits::default())
        .unwrap()
        .unwrap();
    assert!(!f.truncated);
    assert_eq!(f.history.len(), 5);
    assert!(f.history.iter().all(|b| b.path == ".env"));
    let texts: Vec<&str> = f.history.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(texts, vec!["N=0\n", "N=1\n", "N=2\n", "N=3\n", "N=4\n"]);
}

#[test]
fn ignored_directories_hide_their_files() {
    require_git!();
    let tmp = tempfile::tempdir().unwrap();
    let repo = Repo::init(tmp.path());
    repo.write(
        ".gitignore",
        "secrets/\n*.pem\n!public.pem\nnode_modules/\n.npmrc\n",
    );
    repo.commit("ignore");
    repo.write("secrets/prod/.env", "A=b\n");
    // Not descended: an ignored dependency directory, and a nested repository.
    repo.write("node_modules/pkg/.env", "A=b\n");
    Repo::init(&tmp.path().join("nested"));
    repo.write("nested/.npmrc", "x\n");
    repo.write(".npmrc", "x\n");
    repo.write("tls/server.pem", "x\n");
    repo.write("tls/public.pem", "x\n");
    repo.write("app/.env", "A=b\n");
    let f = facts(tmp.path());
    let ignored: Vec<&str> = f.ignored.iter().map(String::as_str).collect();
    assert_eq!(
        ignored,
        vec![".npmrc", "secrets/prod/.env", "tls/server.pem"]
    );
}
