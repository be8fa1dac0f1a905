//! Print the application facts of a directory tree, and how long reading them took.
//!
//! `cargo run --release -p seaworthy_app --example app_facts -- DIR [--json] [--all-python]`
//!
//! Files are selected as the CLI selects them (`seaworthy_syntax::classify`); `--all-python` reads
//! every `.py` file instead (for measuring parser speed over a whole tree).

use seaworthy_syntax::{classify, FileKind};
use std::path::Path;
use std::time::{Duration, Instant};

fn walk(root: &Path, dir: &Path, out: &mut Vec<String>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        let name = e.file_name().to_string_lossy().to_string();
        let Ok(ft) = e.file_type() else { continue };
        if ft.is_dir() {
            if !matches!(
                name.as_str(),
                ".git" | "node_modules" | ".venv" | "venv" | "__pycache__" | ".tox"
            ) {
                walk(root, &p, out);
            }
        } else if ft.is_file() {
            if let Ok(rel) = p.strip_prefix(root) {
                out.push(rel.to_string_lossy().replace('\\', "/"));
            }
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(root) = args.iter().find(|a| !a.starts_with("--")) else {
        eprintln!("usage: app_facts DIR [--json] [--all-python]");
        std::process::exit(2);
    };
    let json = args.iter().any(|a| a == "--json");
    let all = args.iter().any(|a| a == "--all-python");
    let root = Path::new(root);
    let mut files = Vec::new();
    walk(root, root, &mut files);
    files.sort();
    let (mut bytes, mut count, mut spent) = (0usize, 0usize, Duration::ZERO);
    let mut slowest = (Duration::ZERO, String::new());
    for rel in &files {
        let kind = classify(rel, None);
        let is_py = rel.ends_with(".py");
        let wanted = if all {
            is_py
        } else {
            kind == Some(FileKind::PythonSource)
                || kind == Some(FileKind::AppConfig) && (is_py || rel.ends_with("alembic.ini"))
                || kind == Some(FileKind::NodeDeps)
        };
        if !wanted {
            continue;
        }
        let Ok(text) = std::fs::read_to_string(root.join(rel)) else {
            continue;
        };
        if !all && is_py && text.len() > 512 * 1024 {
            continue;
        }
        let name = rel.rsplit('/').next().unwrap_or(rel);
        let t = Instant::now();
        let value = if name.starts_with("gunicorn") && is_py {
            serde_json::to_value(seaworthy_app::gunicorn_facts(rel, &text))
        } else if is_py {
            serde_json::to_value(seaworthy_app::python_facts(rel, &text))
        } else if name == "alembic.ini" {
            serde_json::to_value(seaworthy_app::alembic_facts(&text))
        } else {
            serde_json::to_value(seaworthy_app::node_facts(&text))
        };
        let dt = t.elapsed();
        spent += dt;
        bytes += text.len();
        count += 1;
        if dt > slowest.0 {
            slowest = (dt, rel.clone());
        }
        let Ok(value) = value else { continue };
        if json {
            println!("{}", serde_json::json!({"path": rel, "facts": value}));
        } else {
            // one line per file: the non-empty fact lists
            let mut parts = Vec::new();
            if let Some(obj) = value.as_object() {
                for (k, v) in obj {
                    match v {
                        serde_json::Value::Array(a) if !a.is_empty() => {
                            parts.push(format!("{k}={}", a.len()))
                        }
                        serde_json::Value::Object(o) => {
                            for (k2, v2) in o {
                                if let serde_json::Value::Array(a) = v2 {
                                    if !a.is_empty() {
                                        parts.push(format!("{k}.{k2}={}", a.len()));
                                    }
                                }
                            }
                        }
                        serde_json::Value::Bool(true) => parts.push(k.clone()),
                        _ => {}
                    }
                }
            }
            println!("{rel}: {}", parts.join(" "));
        }
    }
    let secs = spent.as_secs_f64();
    eprintln!(
        "{count} files, {:.1} KiB, {:.1} ms total, {:.2} MB/s, {:.3} ms/file; slowest {:.2} ms {}",
        bytes as f64 / 1024.0,
        secs * 1000.0,
        bytes as f64 / 1e6 / secs.max(1e-9),
        secs * 1000.0 / count.max(1) as f64,
        slowest.0.as_secs_f64() * 1000.0,
        slowest.1
    );
}
