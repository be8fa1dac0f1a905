//! Positions do not depend on how a file ends its lines or whether it starts with a UTF-8 byte
//! order mark: every finding of a file written with LF, CRLF or CR line ends, with or without a
//! BOM, is at the same line and column (columns count characters, the BOM is not one), and spans
//! still index the original bytes.

use seaworthy_linter::config::Config;
use seaworthy_linter::engine;
use seaworthy_linter::project::{BuildOptions, Project};
use seaworthy_linter::render::location;
use seaworthy_linter::testing::inputs_from_files;

const DOCKERFILE: &str = "FROM python:latest\nWORKDIR /app\nRUN apt-get update && apt-get install -y curl\nEXPOSE 8000\n";
const COMPOSE: &str = "version: \"3.8\"\nservices:\n  db:\n    image: postgres:latest\n    privileged: true\n    ports:\n      - \"5432:5432\"\n";
const NGINX: &str = "server_tokens on;\nhttp {\n  server {\n    listen 80;\n    location / {\n      proxy_pass http://app:8000;\n    }\n  }\n}\n";
const DOTENV: &str = "SECRET_KEY=changeme\nDEBUG=true\nPOSTGRES_PASSWORD=postgres\n";

/// (rule, line, column, text under the span) of every finding in `path`.
fn positions(path: &str, text: &str) -> Vec<(String, u32, u32, String)> {
    let files = vec![(path.to_string(), text.as_bytes().to_vec())];
    let (inputs, paths) = inputs_from_files(&files);
    let project = Project::build(inputs, paths, &BuildOptions::default());
    let audit = engine::run(project, &Config::default());
    let mut out: Vec<_> = audit
        .findings
        .iter()
        .filter(|f| !f.span.is_empty())
        .map(|f| {
            let l = location(&audit, f.file, f.span);
            let file = audit.project.file(f.file);
            let under = f.span.slice(&file.text).replace(['\r', '\n'], " ");
            (f.rule.name.to_string(), l.line, l.column, under)
        })
        .collect();
    out.sort();
    out
}

fn variants(lf: &str) -> Vec<(&'static str, String)> {
    vec![
        ("CRLF", lf.replace('\n', "\r\n")),
        ("BOM + LF", format!("\u{feff}{lf}")),
        (
            "BOM + CRLF",
            format!("\u{feff}{}", lf.replace('\n', "\r\n")),
        ),
    ]
}

fn assert_same_positions(path: &str, lf: &str, with_cr: bool) {
    let want = positions(path, lf);
    assert!(
        want.len() >= 2,
        "the {path} sample should have findings: {want:?}"
    );
    assert!(
        want.iter().any(|(_, line, _, _)| *line == 1),
        "the {path} sample should have a finding on line 1 (where a BOM would shift columns): {want:?}"
    );
    let mut all = variants(lf);
    if with_cr {
        all.push(("CR", lf.replace('\n', "\r")));
        all.push(("BOM + CR", format!("\u{feff}{}", lf.replace('\n', "\r"))));
    }
    for (name, text) in all {
        assert_eq!(positions(path, &text), want, "{path} with {name} line ends");
    }
}

#[test]
fn dockerfile_positions_ignore_line_ends_and_bom() {
    // BuildKit splits a Dockerfile on LF only, so a CR-only Dockerfile is one instruction
    // (checked below), not the same file
    assert_same_positions("Dockerfile", DOCKERFILE, false);
}

#[test]
fn cr_only_dockerfile_reports_where_an_editor_shows_it() {
    let text = DOCKERFILE.replace('\n', "\r");
    let found = positions("Dockerfile", &text);
    // BuildKit reads one `FROM` line: the error is at `WORKDIR`, which an editor shows on line 2
    assert!(
        found
            .iter()
            .any(|(rule, line, col, _)| rule == "parse-error" && *line == 2 && *col == 1),
        "{found:?}"
    );
}

#[test]
fn compose_positions_ignore_line_ends_and_bom() {
    assert_same_positions("docker-compose.yml", COMPOSE, true);
}

#[test]
fn nginx_positions_ignore_line_ends_and_bom() {
    assert_same_positions("nginx/nginx.conf", NGINX, true);
}

#[test]
fn dotenv_positions_ignore_line_ends_and_bom() {
    // compose-go ends an env entry at LF only (a lone CR is a space), so a CR-only `.env` is
    // one entry to compose, as it is here
    assert_same_positions(".env", DOTENV, false);
}

#[test]
fn suppressions_use_the_same_lines_as_findings() {
    let lf = "# seaworthy: ignore[compose-version-obsolete] kept for an old tool\nversion: \"3.8\"\nservices:\n  db:\n    image: postgres:16\n    privileged: true  # seaworthy: ignore[privileged-container] needs the host\n";
    for (name, text) in [
        ("LF", lf.to_string()),
        ("CR", lf.replace('\n', "\r")),
        (
            "BOM + CRLF",
            format!("\u{feff}{}", lf.replace('\n', "\r\n")),
        ),
    ] {
        let found = positions("docker-compose.yml", &text);
        assert!(
            !found
                .iter()
                .any(|(rule, ..)| rule == "compose-version-obsolete"
                    || rule == "privileged-container"
                    || rule == "unused-suppression"),
            "{name}: {found:?}"
        );
    }
}
