//! The audit report of the shipped examples, as a team reads it: Markdown in English, Russian and
//! Ukrainian (reviewed snapshots), the same bytes on a second run, and the HTML page opened in
//! headless Chromium (it loads without console errors and the topology diagram is drawn).

use assert_cmd::Command;
use std::path::{Path, PathBuf};

fn example(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../examples")
        .join(name)
}

fn report(name: &str, format: &str, lang: &str) -> String {
    let dir = example(name);
    let out = Command::cargo_bin("seaworthy")
        .unwrap()
        .args([
            "audit",
            dir.to_str().unwrap(),
            "--format",
            format,
            "--lang",
            lang,
            "--no-git",
            "--today",
            "2026-11-22",
        ])
        // the language comes from `--lang`, whatever the machine's locale says
        .env("LC_ALL", "de_DE.UTF-8")
        .output()
        .unwrap();
    let code = out.status.code().unwrap_or(-1);
    assert!(
        code == 0 || code == 1,
        "exit {code}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 report")
}

#[test]
fn report_of_the_examples_in_three_languages() {
    for (name, langs) in [
        ("fastapi-celery", &["en", "ru", "uk"][..]),
        ("hardened", &["en"][..]),
    ] {
        for lang in langs {
            let out = report(name, "markdown", lang);
            // a second run writes the same bytes
            assert_eq!(out, report(name, "markdown", lang), "{name} {lang}");
            insta::assert_snapshot!(format!("report_{name}_{lang}"), out);
        }
    }
}

#[test]
fn the_language_of_the_report() {
    let en = report("fastapi-celery", "markdown", "en");
    let ru = report("fastapi-celery", "markdown", "ru");
    let uk = report("fastapi-celery", "markdown", "uk");
    assert!(en.contains("## Plan") && en.contains("## Out of scope and not checked"));
    assert!(ru.contains("## План") && !ru.contains("## Plan"));
    assert!(uk.contains("## План") && uk.contains("Не готовий"), "{uk}");
    for out in [&en, &ru, &uk] {
        assert!(out.contains("```mermaid"), "topology missing");
    }
}

#[test]
fn the_summary_names_at_most_five_blockers() {
    let v: serde_json::Value =
        serde_json::from_str(&report("fastapi-celery", "json", "en")).unwrap();
    let all = v["blockers"].as_array().unwrap().len();
    assert!(all > 5, "the example has {all} blockers");
    let md = report("fastapi-celery", "markdown", "en");
    let summary = &md[md.find("## Summary").unwrap()..md.find("## Scores").unwrap()];
    let named = summary
        .lines()
        .filter(|l| {
            l.split_once(". ")
                .is_some_and(|(n, _)| n.parse::<u32>().is_ok())
        })
        .count();
    assert_eq!(named, 5, "{summary}");
    let more = match all - 5 {
        1 => "one more blocker".to_string(),
        n => format!("{n} more blockers"),
    };
    assert!(summary.contains(&more), "{summary}");
}

#[test]
fn json_carries_the_report() {
    let v: serde_json::Value =
        serde_json::from_str(&report("fastapi-celery", "json", "en")).unwrap();
    assert_eq!(v["verdict"], "not-ready");
    assert_eq!(v["metadata"]["project"], "fastapi-celery");
    assert_eq!(v["metadata"]["date"], "2026-11-22");
    // `blockers` names every blocking item (the summary shows the first five)
    let items = v["items"].as_array().unwrap();
    let blockers = v["blockers"].as_array().unwrap();
    let blocking: Vec<&serde_json::Value> = items
        .iter()
        .filter(|it| it["blocker"] == true)
        .map(|it| &it["id"])
        .collect();
    assert!(!blockers.is_empty());
    assert_eq!(blockers.iter().collect::<Vec<_>>(), blocking);
    // every finding names its item, and every item lists its findings
    for (i, f) in v["findings"].as_array().unwrap().iter().enumerate() {
        let id = f["item"].as_str().unwrap();
        let item = items.iter().find(|it| it["id"] == id).unwrap();
        assert!(item["findings"]
            .as_array()
            .unwrap()
            .contains(&serde_json::json!(i)));
    }
    let delivery = v["areas"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["area"] == "delivery")
        .unwrap();
    assert_eq!(delivery["status"], "missing");
    assert!(!v["plan"].as_array().unwrap().is_empty());
    assert!(!v["topology"].as_array().unwrap().is_empty());
}

#[test]
fn html_is_one_self_contained_page() {
    let html = report("fastapi-celery", "html", "ru");
    assert_eq!(html, report("fastapi-celery", "html", "ru"));
    assert!(html.starts_with("<!DOCTYPE html>") && html.contains("<html lang=\"ru\">"));
    for external in [
        "src=\"http",
        "href=\"http",
        "<link",
        "@import",
        "url(http",
        "src=\"//",
    ] {
        assert!(!html.contains(external), "external resource `{external}`");
    }
    assert!(html.contains("<svg") && html.contains("id=\"topology-svg\""));
    assert!(html.contains("id=\"f-area\"") && html.contains("class=\"f-sev\""));
}

/// Headless Chromium, when the machine has it (CI sets `SEAWORTHY_REQUIRE_CHROMIUM=1` and
/// installs it, so the test cannot be skipped there).
fn chromium() -> Option<PathBuf> {
    let found = ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .flat_map(|n| {
            std::env::var_os("PATH")
                .map(|p| {
                    std::env::split_paths(&p)
                        .map(|d| d.join(n))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
        .find(|p| p.is_file());
    if found.is_none() && std::env::var("SEAWORTHY_REQUIRE_CHROMIUM").as_deref() == Ok("1") {
        panic!("SEAWORTHY_REQUIRE_CHROMIUM=1 but no chromium on PATH");
    }
    found
}

fn headless(chromium: &Path, profile: &Path, extra: &[&str], page: &Path) -> std::process::Output {
    let url = format!("file://{}", page.display());
    let mut args = vec![
        "--headless".to_string(),
        "--no-sandbox".into(),
        "--disable-gpu".into(),
        "--disable-quic".into(),
        "--no-first-run".into(),
        "--disable-background-networking".into(),
        "--disable-component-update".into(),
        "--disable-sync".into(),
        "--enable-logging=stderr".into(),
        "--v=0".into(),
        format!("--user-data-dir={}", profile.display()),
    ];
    args.extend(extra.iter().map(|s| s.to_string()));
    args.push(url);
    std::process::Command::new(chromium)
        .args(&args)
        .output()
        .expect("run chromium")
}

#[test]
fn html_report_opens_in_headless_chromium() {
    let Some(chromium) = chromium() else {
        eprintln!(
            "skipped: no chromium on PATH (set SEAWORTHY_REQUIRE_CHROMIUM=1 to fail instead)"
        );
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("report.html");
    let html = report("fastapi-celery", "html", "en");
    std::fs::write(&page, &html).unwrap();
    // the services and the host ports they publish
    let nodes = html.matches("<g class=\"node ").count();
    assert!(nodes >= 5, "{nodes} nodes");
    let out = headless(
        &chromium,
        &dir.path().join("profile"),
        &["--dump-dom"],
        &page,
    );
    let dom = String::from_utf8_lossy(&out.stdout);
    let log = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "chromium failed: {log}");
    // console messages are logged as `CONSOLE(line)] "..."` (`Uncaught ...` for a script
    // error); a blocked resource or CSP violation shows up the same way
    let console: Vec<&str> = log
        .lines()
        .filter(|l| l.contains(":CONSOLE") || l.contains("Uncaught") || l.contains("Refused to"))
        .collect();
    assert!(
        console.is_empty(),
        "console errors:\n{}",
        console.join("\n")
    );
    // the inline script ran (it counts the drawn nodes of the diagram into `data-drawn`) and
    // every service of the example is a drawn node with a size
    let drawn = dom
        .split("data-drawn=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .and_then(|n| n.parse::<usize>().ok());
    assert_eq!(drawn, Some(nodes), "diagram not drawn:\n{dom}");
    // the severity filter ran: it wrote the count of shown findings
    assert!(dom.contains("id=\"f-count\""), "{dom}");
    let count = dom
        .split("id=\"f-count\"")
        .nth(1)
        .and_then(|s| s.split('>').nth(1))
        .and_then(|s| s.split('<').next())
        .unwrap_or("");
    assert!(count.contains(" / "), "filter did not run: `{count}`");

    // and a screenshot can be taken (kept when SEAWORTHY_SCREENSHOT names a file)
    let shot = dir.path().join("report.png");
    let out = headless(
        &chromium,
        &dir.path().join("profile2"),
        &[
            &format!("--screenshot={}", shot.display()),
            "--window-size=1280,2000",
            "--hide-scrollbars",
        ],
        &page,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let png = std::fs::read(&shot).unwrap();
    assert!(
        png.starts_with(b"\x89PNG") && png.len() > 10_000,
        "{} bytes",
        png.len()
    );
    if let Some(keep) = std::env::var_os("SEAWORTHY_SCREENSHOT") {
        std::fs::copy(&shot, keep).unwrap();
    }
}
