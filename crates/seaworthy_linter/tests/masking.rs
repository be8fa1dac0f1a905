//! No output format prints a secret in full: a fixture full of fake provider keys (env file,
//! compose environment, Dockerfile ENV, connection URL) is audited and rendered as text, JSON,
//! SARIF and Markdown; none contains any full secret, and the masked prefixes do appear.

use seaworthy_linter::render::{json, markdown, sarif, text};
use seaworthy_linter::testing::audit_txtar;

const SECRETS: &[&str] = &[
    "sk-ant-api03-Xy7pQ2mN8rT4vW1zK6bD3fH9jL0sA5cE2gI7oU4yR1tE",
    "sk-8f2e1d0c9b8a7f6e5d4c3b2a1f0e9d8c",
    "sk-proj-Zq9yXw8vUt7sRq6pOn5mLk4jIh3gFe2dCb1a",
    "gsk_Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zA7bC0d1e2f3g4h5i",
    "AIzaSyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q",
    "AKIAIOSFODNN7REALKEY",
    "ghp_0123456789abcdefghijABCDEFGHIJ012345",
    "glpat-Ab3dEf6hIj9kLm2nOp5q",
    "7123456789:AAH3kL9mN2pQ5rS8tU1vW4xY7zA0bC3dE6f",
    "sk_live_51QwErTyUiOpAsDfGhJkLzXcVb",
    "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",
    "m3Nb5Vc7Xz9Lk2Jh4Gf6Ds8Ap1Qw0Er",
    "Pw9Lk8Jh7Gf6Ds5Aq4Ze",
    "hunter2-production-pw",
    "xoxb-2048-1234567890-AbCdEfGhIjKlMnOp",
    "ghp_ZyXwVuTsRqPoNmLkJiHgFeDcBa9876543210",
];

fn fixture() -> String {
    format!(
        "-- @git --\ntracked .env\n-- .env --\nANTHROPIC_API_KEY={}\nDEEPSEEK_API_KEY={}\nOPENAI_API_KEY={}\nGROQ_API_KEY={}\nGEMINI_API_KEY={}\nAWS_ACCESS_KEY_ID={}\nGITHUB_TOKEN={}\nGITLAB_TOKEN={}\nTELEGRAM_BOT_TOKEN={}\nSTRIPE_SECRET_KEY={}\nSENDGRID_API_KEY={}\nJWT_SECRET={}\nDATABASE_URL=postgresql://app:{}@db:5432/app\n-- docker-compose.yml --\nservices:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: {}\n-- Dockerfile --\nFROM python:3.12-slim\nENV DB_PASSWORD={}\nCOPY . /app\n-- nginx/nginx.conf --\nserver {{\n    listen 80;\n    location / {{\n        proxy_set_header Authorization \"Bearer {}\";\n        proxy_pass http://api:8000;\n    }}\n}}\n-- .github/workflows/ci.yml --\non: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    env:\n      GH: {}\n    steps:\n      - run: make test\n",
        SECRETS[0], SECRETS[1], SECRETS[2], SECRETS[3], SECRETS[4], SECRETS[5], SECRETS[6], SECRETS[7], SECRETS[8], SECRETS[9], SECRETS[10], SECRETS[11], SECRETS[12], SECRETS[13], SECRETS[13], SECRETS[14], SECRETS[15]
    )
}

#[test]
fn no_format_prints_a_secret_in_full() {
    let a = audit_txtar(&fixture());
    let outputs = [
        (
            "text",
            text::render(
                &a,
                text::TextOptions {
                    color: false,
                    strengths: true,
                },
            ),
        ),
        ("json", json::render(&a)),
        ("sarif", sarif::render(&a)),
        ("markdown", markdown::render(&a, "fixture")),
    ];
    // every secret was found (otherwise "not printed" proves nothing)
    let msgs: String = a
        .findings
        .iter()
        .map(|f| f.message.to_string() + "\n")
        .collect();
    for key in [
        "ANTHROPIC_API_KEY",
        "DEEPSEEK_API_KEY",
        "OPENAI_API_KEY",
        "GROQ_API_KEY",
        "GEMINI_API_KEY",
        "AWS_ACCESS_KEY_ID",
        "GITHUB_TOKEN",
        "GITLAB_TOKEN",
        "TELEGRAM_BOT_TOKEN",
        "STRIPE_SECRET_KEY",
        "SENDGRID_API_KEY",
        "JWT_SECRET",
        "DATABASE_URL",
        "POSTGRES_PASSWORD",
        "DB_PASSWORD",
    ] {
        assert!(msgs.contains(key), "{key} was not reported:\n{msgs}");
    }
    // provider keys outside env files (nginx, CI workflow) are found too
    for path in ["nginx/nginx.conf", ".github/workflows/ci.yml"] {
        assert!(
            a.findings
                .iter()
                .any(|f| f.rule.name == "secret-in-deployment-file"
                    && a.project.file(f.file).path == path),
            "no secret reported in {path}"
        );
    }
    for (name, out) in &outputs {
        for s in SECRETS {
            assert!(!out.contains(s), "{name} prints `{}…` in full", &s[..6]);
            // no 12-character run of a secret appears (provider prefixes like `sk-proj-` are public)
            let window = &s[..s.len().min(12)];
            assert!(
                !out.contains(window),
                "{name} prints 12 leading characters of `{}…`",
                &s[..4]
            );
        }
    }
    assert!(
        outputs[0].1.contains("sk-a****"),
        "the masked prefix is shown"
    );
}

/// Masking is central, not per rule: a message, a help line, a related message, a fix description
/// and edit, and a strength that quote a known secret (in full, or any piece of it) print masked
/// in every format, whichever rule wrote them.
#[test]
fn every_printed_string_passes_through_the_masker() {
    use seaworthy_linter::diagnostic::{Edit, Fix, Related, Strength};
    let secret = "Vq7Rz2Lm9Xk4Pw8Nt3Bs";
    let fx = format!(
        "-- Dockerfile --\nFROM python:3.12-slim\nENV API_TOKEN={secret}\nRUN apk add curl\n"
    );
    let mut a = audit_txtar(&fx);
    let f = a.findings.first_mut().expect("a finding");
    let (file, span, rule) = (f.file, f.span, f.rule);
    f.message = format!("a rule quoting {secret} in full").into();
    f.help = Some(format!("and a piece of it: {}", &secret[2..16]).into());
    f.related.push(Related {
        file,
        span,
        message: format!("related: {}", &secret[5..]).into(),
    });
    f.fix = Some(Fix::unsafe_(
        format!("replace {secret}"),
        vec![Edit {
            file,
            span,
            content: format!("API_TOKEN_FILE=/run/secrets/{secret}"),
        }],
    ));
    a.strengths.push(Strength {
        rule,
        message: format!("strength quoting …{}", &secret[..14]).into(),
        file,
        span,
    });
    let outputs = [
        (
            "text",
            text::render(
                &a,
                text::TextOptions {
                    color: false,
                    strengths: true,
                },
            ),
        ),
        ("json", json::render(&a)),
        ("sarif", sarif::render(&a)),
        ("markdown", markdown::render(&a, "fixture")),
        ("github", seaworthy_linter::render::github::render(&a)),
    ];
    for (name, out) in &outputs {
        assert!(out.contains("a rule quoting Vq7R****"), "{name}:\n{out}");
        let chars: Vec<char> = secret.chars().collect();
        for w in chars.windows(12) {
            let w: String = w.iter().collect();
            assert!(!out.contains(&w), "{name} prints `{w}`:\n{out}");
        }
    }
    // the masking is in the output only: the fix still carries the real content
    assert!(a.findings[0].fix.as_ref().unwrap().edits[0]
        .content
        .ends_with(secret));
}
