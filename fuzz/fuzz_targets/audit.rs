#![no_main]
//! A whole audit of a small generated project: the fuzz bytes, split at 0xFF bytes, are the
//! contents of a fixed set of files (Dockerfile, compose.yaml, nginx.conf, .env, ...). Every
//! rule runs, every renderer prints, and the fix planner applies every fix (safe and unsafe).
use libfuzzer_sys::fuzz_target;
use seaworthy_fuzz::split;
use seaworthy_linter::render::{github, json, markdown, sarif, text};
use seaworthy_linter::testing::{inputs_from_files, TEST_TODAY};
use seaworthy_linter::{engine, fix, registry, BuildOptions, Config, Project};
use std::sync::OnceLock;

const PATHS: [&str; 8] = [
    "Dockerfile",
    "compose.yaml",
    "nginx/nginx.conf",
    ".env",
    ".dockerignore",
    "requirements.txt",
    "app/main.py",
    "pyproject.toml",
];

fn config() -> &'static Config {
    static CONFIG: OnceLock<Config> = OnceLock::new();
    CONFIG.get_or_init(|| Config {
        enabled: registry::all_rules()
            .iter()
            .map(|r| r.meta().code)
            .collect(),
        ..Config::default()
    })
}

fuzz_target!(|data: &[u8]| {
    let files: Vec<(String, Vec<u8>)> = PATHS
        .iter()
        .zip(split(data, PATHS.len()))
        .filter(|(_, bytes)| !bytes.is_empty())
        .map(|(p, bytes)| (p.to_string(), bytes.to_vec()))
        .collect();
    let (inputs, paths) = inputs_from_files(&files);
    let project = Project::build(inputs, paths, &BuildOptions { today: TEST_TODAY });
    let audit = engine::run(project, config());
    let _ = json::render(&audit);
    let _ = sarif::render(&audit);
    let _ = markdown::render(&audit, "fuzz");
    let _ = github::render(&audit);
    let _ = text::render(
        &audit,
        text::TextOptions {
            color: false,
            strengths: true,
        },
    );
    for f in fix::plan(&audit, true) {
        let _ = fix::masked_diff(&audit.project, &f);
    }
});
