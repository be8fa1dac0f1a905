//! Planted secrets: FAKE credentials of every provider in `data/secrets.toml`, plus URL userinfo
//! passwords, a Telegram bot token in a `proxy_pass` path, API keys in query strings, compose
//! interpolation defaults, broker passwords in a compose `command:`, a PEM key in a Dockerfile `ENV`,
//! tokens in `RUN` lines next to lines a safe fix edits, credentials in an entrypoint script, a CI
//! workflow and a requirements file, a shell `export` in a deploy script and passwords in settings
//! data files (`config/settings.yaml`, `config.json`). Every output format, `--diff` and `--fix` is run over the
//! project and searched for each value in full and for every 12-character window of it.
//!
//! Every value here is generated from a fixed seed to match a provider's published format; none is
//! a real credential.

use assert_cmd::Command;
use seaworthy_linter::project::{BuildOptions, InputFile, Project};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;

fn seaworthy() -> Command {
    let mut c = Command::cargo_bin("seaworthy").expect("binary builds");
    c.env("NO_COLOR", "1");
    c
}

/// Deterministic pseudo-random characters (xorshift), so the fixture is the same on every run.
struct Gen(u64);

impl Gen {
    fn chars(&mut self, n: usize, alphabet: &str) -> String {
        let a: Vec<char> = alphabet.chars().collect();
        (0..n)
            .map(|_| {
                self.0 ^= self.0 << 13;
                self.0 ^= self.0 >> 7;
                self.0 ^= self.0 << 17;
                a[(self.0 % a.len() as u64) as usize]
            })
            .collect()
    }
}

const ALNUM: &str = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789";
const UPPER_DIGIT: &str = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
const HEX: &str = "0123456789abcdef";
const B64: &str = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789+/";

/// name -> fake value. Provider formats follow `crates/seaworthy_linter/data/secrets.toml`.
fn fakes() -> BTreeMap<&'static str, String> {
    let mut g = Gen(0x5ea_0077 ^ 0x9e37_79b9_7f4a_7c15);
    let mut m = BTreeMap::new();
    let mut put = |k: &'static str, v: String| {
        m.insert(k, v);
    };
    put("anthropic", format!("sk-ant-api03-{}", g.chars(48, ALNUM)));
    put("openrouter", format!("sk-or-v1-{}", g.chars(64, HEX)));
    put("deepseek", format!("sk-{}", g.chars(32, HEX)));
    put("openai", format!("sk-proj-{}", g.chars(44, ALNUM)));
    put("groq", format!("gsk_{}", g.chars(52, ALNUM)));
    put("xai", format!("xai-{}", g.chars(70, ALNUM)));
    put("google", format!("AIza{}", g.chars(35, ALNUM)));
    put("aws", format!("AKIA{}", g.chars(16, UPPER_DIGIT)));
    put("github", format!("ghp_{}", g.chars(36, ALNUM)));
    put("github_pat", format!("github_pat_{}", g.chars(70, ALNUM)));
    put("gitlab", format!("glpat-{}", g.chars(20, ALNUM)));
    put(
        "slack",
        format!("xoxb-{}-{}", g.chars(12, "0123456789"), g.chars(24, ALNUM)),
    );
    // the secret part of a webhook URL (the host and `/services/` are public)
    put(
        "slack_webhook",
        format!(
            "T{}/B{}/{}",
            g.chars(8, UPPER_DIGIT),
            g.chars(8, UPPER_DIGIT),
            g.chars(24, ALNUM)
        ),
    );
    put(
        "telegram",
        format!("{}:{}", g.chars(10, "123456789"), g.chars(35, ALNUM)),
    );
    put("stripe_live", format!("sk_live_{}", g.chars(28, ALNUM)));
    put("stripe_test", format!("rk_test_{}", g.chars(28, ALNUM)));
    put(
        "sendgrid",
        format!("SG.{}.{}", g.chars(22, ALNUM), g.chars(43, ALNUM)),
    );
    put("pem_line1", g.chars(64, B64));
    put("pem_line2", g.chars(44, B64));
    // generic credentials: passwords in URLs, commands, query strings, URL paths
    for k in [
        "aws_secret",
        "pw_env_url",
        "pw_df_url",
        "pw_mysql",
        "pw_broker",
        "pw_redis_url",
        "pw_requirepass",
        "pw_nginx",
        "query_key",
        "path_token",
        "pw_curl",
        "pw_docker_login",
        "pw_rediscli",
        "query_token",
        "pw_pypi",
        "pw_default",
        "pw_export",
        "pw_yaml",
        "pw_json",
    ] {
        let n = if k == "path_token" || k == "aws_secret" {
            40
        } else {
            20
        };
        // mixed classes, so nothing reads as a placeholder or a plain word
        put(k, format!("Q{}7z", g.chars(n - 3, ALNUM)));
    }
    m
}

/// The project: (path, text with `{name}` holes).
const FILES: &[(&str, &str)] = &[
    (
        ".env",
        "ANTHROPIC_API_KEY={anthropic}
OPENROUTER_API_KEY={openrouter}
DEEPSEEK_API_KEY={deepseek}
AWS_ACCESS_KEY_ID={aws}
AWS_SECRET_ACCESS_KEY={aws_secret}
DATABASE_URL=postgresql://app:{pw_env_url}@db:5432/app
GITHUB_PAT={github_pat}
",
    ),
    (
        "Dockerfile",
        "FROM python:3.12-alpine
ENV DATABASE_URL=postgresql://app:{pw_df_url}@db/app
ENV TLS_PRIVATE_KEY=\"-----BEGIN RSA PRIVATE KEY-----\\n{pem_line1}\\n{pem_line2}\\n-----END RSA PRIVATE KEY-----\"
RUN apk add curl
RUN git clone https://{github}@github.com/acme/tools.git /opt/tools
RUN curl -fsS -H \"Authorization: Bearer {openai}\" https://api.openai.com/v1/models
ADD app/ /app/
RUN mysqladmin -h db -uroot -p{pw_mysql} status
RUN pip install -r requirements.txt
CMD [\"gunicorn\", \"-b\", \"0.0.0.0:8000\", \"app:app\"]
",
    ),
    (
        "docker-compose.yml",
        "version: \"3.8\"
services:
  api:
    build: .
    environment:
      STRIPE_KEY: ${STRIPE_KEY:-{stripe_live}}
      STRIPE_RESTRICTED_KEY: ${STRIPE_RESTRICTED_KEY:-{stripe_test}}
      SESSION_SECRET: ${SESSION_SECRET:-{pw_default}}
      SLACK_BOT_TOKEN: {slack}
    command: celery -A app worker --broker amqp://app:{pw_broker}@rabbitmq:5672//
  worker:
    image: python:3.12-slim
    command: [\"celery\", \"--broker\", \"redis://:{pw_redis_url}@redis:6379/0\", \"worker\"]
  redis:
    image: redis:7.2
    command: redis-server --requirepass {pw_requirepass}
  rabbitmq:
    image: rabbitmq:3.13-management
",
    ),
    (
        "nginx/nginx.conf",
        "events {}
http {
    server {
        listen 80;
        location /tg/ {
            proxy_pass https://api.telegram.org/bot{telegram}/;
        }
        location /api/ {
            proxy_pass http://svc:{pw_nginx}@api:8000/v1/?api_key={query_key};
        }
        location /hook/ {
            proxy_pass https://hooks.acme.net/services/{path_token}/;
        }
    }
}
",
    ),
    (
        ".github/workflows/deploy.yml",
        "on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      GROQ_API_KEY: {groq}
      XAI_API_KEY: {xai}
    steps:
      - run: curl -fsS -u deploy:{pw_curl} https://registry.acme.io/v2/
      - run: curl -X POST -d ok https://hooks.slack.com/services/{slack_webhook}
      - run: docker login -u ci --password {pw_docker_login} registry.acme.io
",
    ),
    (
        "docker-entrypoint.sh",
        "#!/bin/sh
set -e
export SENDGRID_API_KEY={sendgrid}
export GEMINI_API_KEY={google}
redis-cli -h redis -a {pw_rediscli} ping
curl -fsS \"https://api.acme.io/v1/ping?token={query_token}&env=prod\"
exec gunicorn app:app
",
    ),
    (
        "scripts/deploy.sh",
        "#!/bin/sh
set -e
export DB_PASSWORD={pw_export}
: \"${JWT_SECRET:=changeme}\"
docker compose -f docker-compose.yml up -d
",
    ),
    (
        "config/settings.yaml",
        "app:
  name: shop
  secret_key: ultrasecretkey
database:
  password: {pw_yaml}
",
    ),
    (
        "config.json",
        "{\"db\": {\"host\": \"db\", \"password\": \"{pw_json}\"}}
",
    ),
    (
        "requirements.txt",
        "--extra-index-url https://__token__:{pw_pypi}@pypi.acme.io/simple
git+https://oauth2:{gitlab}@gitlab.com/acme/lib.git
fastapi==0.115.0
",
    ),
];

struct Planted {
    name: &'static str,
    value: String,
    path: &'static str,
    /// 1-based.
    line: usize,
}

fn write_project(dir: &Path) -> Vec<Planted> {
    let fakes = fakes();
    let mut planted = Vec::new();
    for (path, template) in FILES {
        let mut text = String::new();
        for (i, line) in template.lines().enumerate() {
            let mut l = line.to_string();
            let mut names = Vec::new();
            for (k, v) in &fakes {
                let hole = format!("{{{k}}}");
                if l.contains(&hole) {
                    l = l.replace(&hole, v);
                    names.push(*k);
                }
            }
            for k in names {
                planted.push(Planted {
                    name: k,
                    value: fakes[k].clone(),
                    path,
                    line: i + 1,
                });
            }
            text.push_str(&l);
            text.push('\n');
        }
        let p = dir.join(path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(&p, text).unwrap();
    }
    // every fake is planted somewhere
    for k in fakes.keys() {
        assert!(planted.iter().any(|p| p.name == *k), "{k} is not planted");
    }
    std::fs::create_dir_all(dir.join("app")).unwrap();
    std::fs::write(dir.join("app/main.py"), "print('hi')\n").unwrap();
    std::fs::write(dir.join(".dockerignore"), ".git\n").unwrap();
    planted
}

/// Where a value shows in `out`: in full, or as a 12-character window.
fn leak(out: &str, value: &str) -> Option<String> {
    if out.contains(value) {
        return Some("in full".into());
    }
    let chars: Vec<char> = value.chars().collect();
    for w in chars.windows(12) {
        let s: String = w.iter().collect();
        if out.contains(&s) {
            return Some(format!("12-character window `{}…`", &s[..4]));
        }
    }
    None
}

fn run(dir: &Path, args: &[&str]) -> String {
    let (o, e) = run2(dir, args);
    o + &e
}

/// (stdout, stderr)
fn run2(dir: &Path, args: &[&str]) -> (String, String) {
    let out = seaworthy()
        .arg("audit")
        .arg(dir)
        .args(["--no-git", "--today", "2026-11-22"])
        .args(args)
        .output()
        .expect("runs");
    let code = out.status.code().unwrap_or(-1);
    assert!(code == 0 || code == 1, "exit {code} for {args:?}");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn no_output_prints_a_planted_secret() {
    let dir = tempfile::tempdir().unwrap();
    let planted = write_project(dir.path());
    // to look at the fixture: SEAWORTHY_PLANTED_DIR=/some/dir cargo test --test planted_secrets
    if let Some(keep) = std::env::var_os("SEAWORTHY_PLANTED_DIR") {
        write_project(Path::new(&keep));
    }

    let mut outputs: Vec<(String, String)> = Vec::new();
    for (name, args) in [
        ("text", &["--color", "never"][..]),
        ("json", &["--format", "json"][..]),
        ("sarif", &["--format", "sarif"][..]),
        ("markdown", &["--format", "markdown"][..]),
        ("markdown-ru", &["--format", "markdown", "--lang", "ru"][..]),
        ("html", &["--format", "html"][..]),
        ("html-uk", &["--format", "html", "--lang", "uk"][..]),
        ("github", &["--format", "github"][..]),
        ("diff", &["--diff"][..]),
        ("diff-unsafe", &["--diff", "--unsafe-fixes"][..]),
    ] {
        outputs.push((name.to_string(), run(dir.path(), args)));
    }
    // --fix on a copy: what it prints, then what is left to report
    let copy = tempfile::tempdir().unwrap();
    write_project(copy.path());
    outputs.push((
        "fix".into(),
        run(copy.path(), &["--fix", "--color", "never"]),
    ));
    outputs.push((
        "fix-json".into(),
        run(copy.path(), &["--fix", "--format", "json"]),
    ));

    // the fixes did happen, so the diff printed context around real edits
    let diff = &outputs.iter().find(|(n, _)| n == "diff").unwrap().1;
    for path in ["Dockerfile", "docker-compose.yml"] {
        assert!(
            diff.contains(&format!("+++ b/{path}")),
            "--diff edits nothing in {path}:\n{diff}"
        );
    }
    assert_ne!(
        std::fs::read_to_string(copy.path().join("Dockerfile")).unwrap(),
        std::fs::read_to_string(dir.path().join("Dockerfile")).unwrap(),
        "--fix changed nothing"
    );

    // and none of them shows, in full or as a 12-character window, anywhere
    let mut leaks: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (format, out) in &outputs {
        for p in &planted {
            if let Some(how) = leak(out, &p.value) {
                leaks
                    .entry(format.clone())
                    .or_default()
                    .push(format!("{} ({}:{}) {how}", p.name, p.path, p.line));
            }
        }
    }
    // so that the test cannot pass by reporting nothing: every planted value is masked in the
    // model (a sensitive span covers it), and every provider-format key is reported (a finding or
    // related location on its line)
    let json: Value = serde_json::from_str(&run2(dir.path(), &["--format", "json"]).0)
        .expect("json output parses");
    let mut located: Vec<(String, u64, u64)> = Vec::new();
    for f in json["findings"].as_array().unwrap() {
        let (l, e) = (f["line"].as_u64().unwrap(), f["end_line"].as_u64().unwrap());
        located.push((f["path"].as_str().unwrap().to_string(), l, e));
        for r in f["related"].as_array().unwrap() {
            let l = r["line"].as_u64().unwrap();
            located.push((r["path"].as_str().unwrap().to_string(), l, l));
        }
    }
    // the model's masked view of each file (what code frames and the diff print from)
    let inputs: Vec<InputFile> = FILES
        .iter()
        .filter_map(|(path, _)| {
            InputFile::from_text(path, &std::fs::read_to_string(dir.path().join(path)).ok()?)
        })
        .collect();
    let project = Project::build(inputs, Default::default(), &BuildOptions::default());
    let mut unseen = Vec::new();
    for p in &planted {
        let reported = located
            .iter()
            .any(|(path, l, e)| path == p.path && (*l..=*e).contains(&(p.line as u64)));
        let masked = project.file_by_path(p.path).is_some_and(|f| {
            let m = project.masked_text(f.id);
            let line = m.lines().nth(p.line - 1).unwrap_or("");
            leak(&m, &p.value).is_none() && line.contains("***")
        });
        // provider-format keys must also be reported; every value must be masked
        let provider = !p.name.starts_with("pw_")
            && !["aws_secret", "query_key", "query_token", "path_token"].contains(&p.name);
        if !masked || provider && !reported {
            unseen.push(format!(
                "{} ({}:{}{}{})",
                p.name,
                p.path,
                p.line,
                if masked { "" } else { ", not masked" },
                if provider && !reported {
                    ", not reported"
                } else {
                    ""
                }
            ));
        }
    }

    let total: usize = leaks.values().map(Vec::len).sum();
    assert!(
        unseen.is_empty() && leaks.is_empty(),
        "planted values not masked in the model or not reported: {unseen:?}\n{total} leaks: {}",
        leaks
            .iter()
            .map(|(f, l)| format!("\n  {f} ({}): {}", l.len(), l.join(", ")))
            .collect::<String>()
    );
}
