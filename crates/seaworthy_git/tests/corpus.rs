//! `is_interesting_secret_path` over the real-world corpus paths (`shared/corpus/FILES.tsv`):
//! every file the corpus classifies as an env file is selected for the history scan, and no
//! Dockerfile, compose, nginx, CI or dependency file is (they would only slow the scan down).

use seaworthy_git::is_interesting_secret_path;
use std::path::PathBuf;

/// `SEAWORTHY_CORPUS`, else the first `shared/corpus` beside the repository or one of its
/// ancestors (clones may live at different depths).
fn corpus_dir() -> Option<PathBuf> {
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
fn corpus_env_files_are_interesting_and_others_are_not() {
    let Some(dir) = corpus_dir() else {
        eprintln!("note: shared/corpus not found beside the repository, skipping");
        return;
    };
    let tsv = std::fs::read_to_string(dir.join("FILES.tsv")).unwrap();
    let mut env_files = 0;
    let mut missed = Vec::new();
    let mut wrongly = Vec::new();
    for line in tsv.lines().skip(1) {
        let cols: Vec<&str> = line.split('\t').collect();
        let [_folder, path, kind, ..] = cols.as_slice() else {
            continue;
        };
        let selected = is_interesting_secret_path(path);
        match *kind {
            "env" => {
                env_files += 1;
                if !selected {
                    missed.push(path.to_string());
                }
            }
            "dockerfile" | "compose" | "nginx" | "ci" | "python-deps" | "node-deps"
            | "dockerignore" | "entrypoint" | "build"
                if selected =>
            {
                wrongly.push(format!("{kind}: {path}"));
            }
            _ => {}
        }
    }
    assert!(env_files > 100, "only {env_files} env files in the corpus");
    assert!(missed.is_empty(), "env files not selected: {missed:#?}");
    assert!(
        wrongly.is_empty(),
        "non-secret files selected: {wrongly:#?}"
    );
}
