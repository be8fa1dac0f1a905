use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;
use seaworthy_syntax::{FileKind, Span};

declare_rule! {
    /// ## What it does
    /// Finds fixed waits (`sleep 5`) used to wait for a service in build scripts (Makefile,
    /// justfile) that drive containers, and in entrypoint scripts. A `sleep` inside a polling loop
    /// (`until pg_isready; do sleep 1; done`) is the right pattern and is not reported.
    ///
    /// ## Why is this bad?
    /// On a slow machine or a cold start the service is not ready after N seconds and the next step
    /// fails; on a fast one every run wastes N seconds.
    ///
    /// ## Example
    /// ```text path=justfile
    /// db-reset:
    ///     docker compose up -d postgres
    ///     @sleep 5
    ///     uv run alembic upgrade head
    /// ```
    ///
    /// ## Use instead
    /// ```text path=justfile
    /// db-reset:
    ///     docker compose up -d --wait postgres
    ///     until docker compose exec postgres pg_isready; do sleep 1; done
    ///     uv run alembic upgrade head
    /// ```
    pub struct FixedSleepWait {
        code: "SW7005",
        name: "fixed-sleep-wait",
        family: Delivery,
        severity: Low,
        category: Reliability,
        summary: "Fixed sleep instead of polling for readiness",
    }
}

const DRIVES_CONTAINERS: &[&str] = &[
    "docker",
    "compose",
    "kubectl",
    "podman",
    "pg_isready",
    "psql",
    "mysql",
    "redis-cli",
];

/// (offset of `sleep`, end of its argument, seconds) for a non-loop fixed sleep on this line.
fn sleeps(line: &str) -> Vec<(usize, usize, f64)> {
    let mut out = Vec::new();
    let mut search = 0;
    while let Some(p) = line[search..].find("sleep") {
        let at = search + p;
        search = at + 5;
        let before_ok = at == 0
            || !line.as_bytes()[at - 1].is_ascii_alphanumeric() && line.as_bytes()[at - 1] != b'_';
        let rest = &line[at + 5..];
        if !before_ok || !rest.starts_with([' ', '\t']) {
            continue;
        }
        let arg = rest.trim_start();
        let arg_start = at + 5 + (rest.len() - arg.len());
        let tok: String = arg
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == '.' || *c == 's' || *c == 'm')
            .collect();
        // `sleep 365d`, `sleep 1h`: keeping a process alive, not waiting for a service
        if arg[tok.len()..].starts_with(['d', 'h']) {
            continue;
        }
        let secs = match tok.trim_end_matches(['s', 'm']).parse::<f64>() {
            Ok(n) if tok.ends_with('m') => n * 60.0,
            Ok(n) => n,
            Err(_) => continue,
        };
        out.push((at, arg_start + tok.len(), secs));
    }
    out
}

fn strip_comment(line: &str) -> &str {
    let t = line.trim_start();
    if t.starts_with('#') {
        return "";
    }
    match line.find(" #") {
        Some(i) => &line[..i],
        None => line,
    }
}

crate::message! {
    /// A fixed `sleep` where a readiness poll belongs.
    struct FixedSleep<'a> = "fixed-sleep-wait" { command: &'a str }
    struct FixedSleepHelp = "fixed-sleep-wait-help" {}
}

impl FixedSleepWait {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for f in project.files.iter().filter(|f| {
            matches!(f.kind, FileKind::Build | FileKind::Entrypoint) && f.is_parseable()
        }) {
            let is_script = f.kind == FileKind::Entrypoint;
            // split into recipes (Makefile/justfile) or one block (scripts)
            let mut blocks: Vec<Vec<(usize, &str)>> = vec![Vec::new()];
            let mut offset = 0;
            for line in f.text.split_inclusive('\n') {
                let l = line.trim_end_matches(['\n', '\r']);
                let starts_recipe = !is_script
                    && !l.is_empty()
                    && !l.starts_with([' ', '\t', '#'])
                    && l.contains(':');
                if starts_recipe {
                    blocks.push(Vec::new());
                }
                if let Some(b) = blocks.last_mut() {
                    b.push((offset, l));
                }
                offset += line.len();
            }
            for block in blocks {
                let text: String = block
                    .iter()
                    .map(|(_, l)| strip_comment(l).to_ascii_lowercase() + "\n")
                    .collect();
                if !is_script && !DRIVES_CONTAINERS.iter().any(|d| text.contains(d)) {
                    continue;
                }
                let mut loop_depth: i32 = 0;
                for (off, line) in &block {
                    let code = strip_comment(line);
                    let words: Vec<&str> = code
                        .split(|c: char| {
                            c.is_whitespace()
                                || c == ';'
                                || c == '&'
                                || c == '|'
                                || c == '('
                                || c == ')'
                        })
                        .filter(|w| !w.is_empty())
                        .collect();
                    let opens_loop = words
                        .iter()
                        .any(|w| matches!(*w, "while" | "until" | "for"));
                    let in_loop_here = opens_loop || loop_depth > 0 || words.contains(&"do");
                    if !in_loop_here {
                        for (at, end, secs) in sleeps(code) {
                            if (2.0..300.0).contains(&secs) {
                                cx.report(
                                    f.id,
                                    Span::new(off + at, off + end),
                                    FixedSleep {
                                        command: code.get(at..end).unwrap_or("sleep"),
                                    },
                                )
                                .help(FixedSleepHelp {});
                            }
                        }
                    }
                    loop_depth += words.iter().filter(|w| **w == "do").count() as i32;
                    loop_depth -= words.iter().filter(|w| **w == "done").count() as i32;
                    loop_depth = loop_depth.max(0);
                }
            }
        }
    }
}
