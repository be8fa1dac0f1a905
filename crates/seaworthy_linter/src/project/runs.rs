//! How the stack is really run: every `docker compose` command line the repository holds (CI
//! steps, Makefile and justfile recipes, shell scripts, README code blocks) and every
//! `COMPOSE_FILE` an `.env` sets, with the compose files each one loads. The deployment model
//! groups compose files from these first, and from naming conventions only where nothing says.

use super::ci::{flag_values, CiModel, JobPurpose};
use super::{join_path, FileId, SourceFile};
use seaworthy_syntax::shell;
use seaworthy_syntax::{Environment, FileKind, Span};

/// Where a compose command was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RunSource {
    /// A CI workflow step.
    Ci,
    /// A Makefile, justfile or Taskfile recipe.
    Recipe,
    /// A shell script.
    Script,
    /// A code block of a README or deployment doc.
    Docs,
    /// `COMPOSE_FILE` in an `.env`.
    ComposeFileVar,
}

impl RunSource {
    pub fn as_str(self) -> &'static str {
        match self {
            RunSource::Ci => "a CI workflow",
            RunSource::Recipe => "a build recipe",
            RunSource::Script => "a script",
            RunSource::Docs => "the docs",
            RunSource::ComposeFileVar => "`COMPOSE_FILE`",
        }
    }
}

/// One way the repository runs compose.
#[derive(Debug, Clone)]
pub struct ComposeRun {
    /// The file that holds the command (or the `.env` that sets `COMPOSE_FILE`).
    pub file: FileId,
    pub span: Span,
    pub source: RunSource,
    /// Directory the command runs in (relative to the root).
    pub cwd: String,
    /// `-f` files, relative to the root (joined to `cwd`), in order. Empty: compose's default
    /// files in `cwd`.
    pub files: Vec<String>,
    /// The `-f` arguments as written (a script may `cd` before it runs compose: the deployment
    /// model also tries them from the repository root).
    pub raw_files: Vec<String>,
    /// `--env-file` arguments, relative to the root.
    pub env_files: Vec<String>,
    /// The compose subcommand (`up`, `build`, `run`, `config`, ...), when given.
    pub subcommand: Option<String>,
    /// The environment the context says this run is for (a CI deploy job: prod; a test job:
    /// test; a recipe named `dev`: dev), with the reason.
    pub environment: Option<(Environment, String)>,
}

/// Find every compose run.
pub fn build(files: &[SourceFile], ci: &CiModel) -> Vec<ComposeRun> {
    let mut out = Vec::new();
    for wf in &ci.workflows {
        let Some(f) = files.get(wf.file) else {
            continue;
        };
        for job in &wf.jobs {
            let env = match job.purpose {
                JobPurpose::Deploy | JobPurpose::Release => Some((
                    Environment::Prod,
                    format!("the `{}` job of `{}` deploys", job.id, f.path),
                )),
                JobPurpose::Test => Some((
                    Environment::Test,
                    format!("the `{}` job of `{}` runs tests", job.id, f.path),
                )),
                _ => None,
            };
            for step in &job.steps {
                let Some(script) = &step.run else { continue };
                if !script.text.contains("compose") {
                    continue;
                }
                let cwd = step.working_directory.clone().unwrap_or_default();
                for cmd in shell::parse(&script.text) {
                    let argv: Vec<String> = cmd.argv().iter().map(|w| w.text.clone()).collect();
                    if let Some(mut run) = compose_run(&argv, &cwd) {
                        run.file = f.id;
                        run.span = script.locate(&f.text, cmd.span);
                        run.source = RunSource::Ci;
                        run.environment = env.clone();
                        out.push(run);
                    }
                }
            }
        }
    }
    for f in files.iter().filter(|f| f.is_parseable()) {
        let source = match f.kind {
            FileKind::Build => RunSource::Recipe,
            FileKind::Script | FileKind::Entrypoint => RunSource::Script,
            FileKind::Docs => RunSource::Docs,
            FileKind::Env if f.name() == ".env" => {
                out.extend(compose_file_var(f));
                continue;
            }
            _ => continue,
        };
        if !f.text.contains("compose") {
            continue;
        }
        out.extend(line_runs(f, source));
    }
    out
}

/// `COMPOSE_FILE=a.yml:b.yml` in an `.env`: what `docker compose` loads in that directory.
fn compose_file_var(f: &SourceFile) -> Vec<ComposeRun> {
    let parsed = seaworthy_syntax::dotenv::parse(&f.text);
    let sep = parsed
        .entries
        .iter()
        .find(|e| e.key == "COMPOSE_PATH_SEPARATOR")
        .map(|e| e.value.clone())
        .filter(|v| !v.is_empty())
        .unwrap_or_else(|| ":".into());
    parsed
        .entries
        .iter()
        .filter(|e| e.key == "COMPOSE_FILE" && !e.value.trim().is_empty())
        .map(|e| ComposeRun {
            file: f.id,
            span: e.key_span.cover(e.content_span),
            source: RunSource::ComposeFileVar,
            cwd: f.dir().to_string(),
            files: e
                .value
                .split(sep.as_str())
                .filter(|p| !p.trim().is_empty())
                .map(|p| join_path(f.dir(), p.trim()))
                .collect(),
            raw_files: Vec::new(),
            env_files: Vec::new(),
            subcommand: None,
            environment: None,
        })
        .collect()
}

/// Commands in recipes, scripts and docs: each line that mentions compose, with the recipe or
/// heading it belongs to for the environment.
fn line_runs(f: &SourceFile, source: RunSource) -> Vec<ComposeRun> {
    let mut out = Vec::new();
    let mut offset = 0usize;
    let mut in_fence = false;
    let mut fence_is_shell = false;
    let mut section: Option<String> = None;
    let mut joined = String::new();
    let mut joined_start = 0usize;
    for line in f.text.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let trimmed_end = line.trim_end_matches(['\n', '\r']);
        if source == RunSource::Docs {
            let t = trimmed_end.trim_start();
            if t.starts_with("```") || t.starts_with("~~~") {
                if in_fence {
                    in_fence = false;
                } else {
                    in_fence = true;
                    let lang = t.trim_start_matches(['`', '~']).trim().to_ascii_lowercase();
                    fence_is_shell = matches!(
                        lang.as_str(),
                        "" | "sh" | "bash" | "shell" | "console" | "zsh" | "shell-session"
                    );
                }
                continue;
            }
            if !in_fence {
                if let Some(h) = t.strip_prefix('#') {
                    section = Some(h.trim_start_matches('#').trim().to_string());
                }
                continue;
            }
            if !fence_is_shell {
                continue;
            }
        } else if source == RunSource::Recipe {
            // a recipe header at column 0: `deploy: build` (Makefile) or `deploy env="prod":` (just)
            if !trimmed_end.starts_with([' ', '\t', '#']) && trimmed_end.contains(':') {
                let name: String = trimmed_end
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
                    .collect();
                if !name.is_empty() && !trimmed_end.contains(":=") {
                    section = Some(name);
                }
            }
        }
        // backslash continuations join into one command
        if joined.is_empty() {
            joined_start = start;
        }
        let content = trimmed_end.strip_suffix('\\');
        joined.push_str(content.unwrap_or(trimmed_end));
        joined.push(' ');
        if content.is_some() {
            continue;
        }
        let cmdline = std::mem::take(&mut joined);
        if !cmdline.contains("compose") {
            continue;
        }
        // prompts and recipe prefixes: `$ docker compose`, `@docker compose`, `-docker compose`
        let lead = cmdline.len() - cmdline.trim_start().len();
        let body = cmdline.trim_start();
        let body_start = joined_start + lead;
        let (skip, body) = match body.strip_prefix("$ ").or_else(|| body.strip_prefix("@")) {
            Some(b) => (body.len() - b.len(), b),
            None => (0, body),
        };
        let body = body.replace("$(PWD)", ".").replace("${PWD}", ".");
        let env = section
            .as_deref()
            .and_then(|s| environment_of_words(s, &f.path));
        for cmd in shell::parse(&body) {
            let argv: Vec<String> = cmd.argv().iter().map(|w| w.text.clone()).collect();
            let Some(mut run) = compose_run(&argv, f.dir()) else {
                continue;
            };
            let s = body_start + skip + cmd.span.start as usize;
            let e = (body_start + skip + cmd.span.end as usize)
                .min(joined_start + line_len(&f.text[joined_start..]))
                .max(s);
            run.file = f.id;
            run.span =
                if e <= f.text.len() && f.text.is_char_boundary(s) && f.text.is_char_boundary(e) {
                    Span::new(s, e)
                } else {
                    Span::new(joined_start, joined_start)
                };
            run.source = source;
            run.environment = env.clone();
            out.push(run);
        }
    }
    out
}

fn line_len(s: &str) -> usize {
    s.find('\n').unwrap_or(s.len())
}

/// The environment words of a recipe name or doc heading say (`deploy`, `prod`, `test`, `dev`).
fn environment_of_words(words: &str, path: &str) -> Option<(Environment, String)> {
    let lower = words.to_ascii_lowercase();
    let toks: Vec<&str> = lower
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|t| !t.is_empty())
        .collect();
    let has = |list: &[&str]| toks.iter().any(|t| list.contains(t));
    let env = if has(&[
        "prod",
        "production",
        "deploy",
        "deployment",
        "release",
        "live",
    ]) {
        Environment::Prod
    } else if has(&["test", "tests", "testing", "ci", "e2e"]) {
        Environment::Test
    } else if has(&["dev", "develop", "development", "local", "locally", "debug"]) {
        Environment::Dev
    } else {
        return None;
    };
    Some((env, format!("`{words}` in `{path}`")))
}

/// Is this argv a compose invocation? Then its files, relative to the root.
fn compose_run(argv: &[String], cwd: &str) -> Option<ComposeRun> {
    let prog = argv.first()?;
    let base = prog.rsplit('/').next().unwrap_or(prog);
    let rest: &[String] = match base {
        "docker" | "podman" if argv.get(1).is_some_and(|a| a == "compose") => &argv[2..],
        "docker-compose" | "podman-compose" => &argv[1..],
        "sudo" => return compose_run(&argv[1..], cwd),
        _ => return None,
    };
    let project_dir = flag_values(rest, &[], &["--project-directory"]).pop();
    let cwd = match &project_dir {
        Some(d) => join_path(cwd, d),
        None => cwd.to_string(),
    };
    let raw_files = flag_values(rest, &["-f"], &["--file"]);
    if raw_files.iter().any(|f| f.contains('$') || f == "-") {
        return None;
    }
    let files: Vec<String> = raw_files.iter().map(|f| join_path(&cwd, f)).collect();
    let env_files = flag_values(rest, &[], &["--env-file"])
        .into_iter()
        .filter(|f| !f.contains('$'))
        .map(|f| join_path(&cwd, &f))
        .collect();
    // the first word that is not an option or an option's value
    const WITH_VALUE: &[&str] = &[
        "-f",
        "--file",
        "-p",
        "--project-name",
        "--project-directory",
        "--env-file",
        "--profile",
        "--ansi",
        "--progress",
        "--parallel",
    ];
    let mut subcommand = None;
    let mut i = 0;
    while i < rest.len() {
        let a = &rest[i];
        if WITH_VALUE.contains(&a.as_str()) {
            i += 2;
            continue;
        }
        if !a.starts_with('-') {
            subcommand = Some(a.clone());
            break;
        }
        i += 1;
    }
    Some(ComposeRun {
        file: 0,
        span: Span::EMPTY,
        source: RunSource::Script,
        cwd,
        files,
        raw_files,
        env_files,
        subcommand,
        environment: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::project_from_txtar;

    fn runs(txtar: &str) -> Vec<(String, RunSource, Vec<String>, Option<Environment>)> {
        let p = project_from_txtar(txtar);
        p.runs
            .iter()
            .map(|r| {
                (
                    p.file(r.file).path.clone(),
                    r.source,
                    r.files.clone(),
                    r.environment.as_ref().map(|e| e.0),
                )
            })
            .collect()
    }

    #[test]
    fn runs_from_every_source() {
        let got = runs("-- Makefile --\nup:\n\tdocker compose up -d\n\ndeploy-prod:\n\t@docker compose -f docker-compose.yml \\\n\t\t-f deploy/docker-compose.prod.yml up -d\n-- scripts/deploy.sh --\n#!/bin/sh\nset -e\ncd \"$(dirname \"$0\")/..\"\ndocker-compose -f compose.yml -f compose.prod.yml pull\n-- README.md --\n# Run locally\n\n```bash\n$ docker compose -f compose.yml -f compose.dev.yml up\n```\n\n```yaml\nservices: {}\n```\n-- .env --\nCOMPOSE_FILE=compose.yml:compose.monitoring.yml\n-- .github/workflows/ci.yml --\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: docker compose -f compose.yml -f compose.test.yml run --rm api pytest\n        working-directory: backend\n");
        let find = |p: &str| got.iter().filter(|r| r.0 == p).collect::<Vec<_>>();
        let mk = find("Makefile");
        assert_eq!(mk.len(), 2, "{got:?}");
        assert!(mk[0].2.is_empty());
        assert_eq!(mk[0].3, None);
        assert_eq!(
            mk[1].2,
            ["docker-compose.yml", "deploy/docker-compose.prod.yml"]
        );
        assert_eq!(mk[1].3, Some(Environment::Prod));
        // scripts run from their own directory unless they cd (a `cd` is not followed)
        assert_eq!(
            find("scripts/deploy.sh")[0].2,
            ["scripts/compose.yml", "scripts/compose.prod.yml"]
        );
        let readme = find("README.md");
        assert_eq!(readme.len(), 1, "only shell blocks count");
        assert_eq!(readme[0].2, ["compose.yml", "compose.dev.yml"]);
        assert_eq!(readme[0].3, Some(Environment::Dev));
        assert_eq!(find(".env")[0].2, ["compose.yml", "compose.monitoring.yml"]);
        let ci = find(".github/workflows/ci.yml");
        assert_eq!(ci[0].2, ["backend/compose.yml", "backend/compose.test.yml"]);
        assert_eq!(ci[0].3, Some(Environment::Test));
    }

    #[test]
    fn spans_point_at_the_command() {
        let p = project_from_txtar(
            "-- justfile --\nprod:\n    docker compose -f a.yml -f b.yml up -d\n",
        );
        let r = &p.runs[0];
        assert_eq!(
            r.span.slice(&p.file(r.file).text),
            "docker compose -f a.yml -f b.yml up -d"
        );
        assert_eq!(r.subcommand.as_deref(), Some("up"));
    }
}
