use super::dockerfiles;
use crate::declare_rule;
use crate::diagnostic::Severity;
use crate::project::{mask_secret, Project};
use crate::rule::Checker;
use crate::secrets::secret_name;
use seaworthy_syntax::dockerfile::Keyword;

declare_rule! {
    /// ## What it does
    /// Reports `ENV` and `ARG` instructions whose name says secret (`*PASSWORD*`, `*SECRET*`,
    /// `*TOKEN*`, `*API_KEY*`, `*PRIVATE_KEY*`, `*ACCESS_KEY*`, `*CREDENTIALS*`) and either hold a
    /// literal value, copy a build argument into the environment, or (for `ARG` without a value)
    /// expect the secret as a build argument. The value is never printed in full.
    ///
    /// ## Why is this bad?
    /// `ENV` values are baked into the image config (`docker inspect` shows them to anyone who
    /// can pull the image) and `ARG` values are recorded in the image history (`docker history`).
    /// Use BuildKit secrets for build time and runtime injection (compose `secrets:`, an
    /// orchestrator secret) for run time.
    ///
    /// ## Example
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// ENV DJANGO_SECRET_KEY=9f8a7b6c5d4e3f2a1b0c
    /// ```
    ///
    /// ## Use instead
    /// ```dockerfile
    /// # syntax=docker/dockerfile:1
    /// FROM python:3.12-slim
    /// RUN --mount=type=secret,id=pip_token PIP_INDEX_URL="https://$(cat /run/secrets/pip_token)@pypi.example.com/simple" pip install --no-cache-dir app
    /// ENV DJANGO_SECRET_KEY_FILE=/run/secrets/django_secret_key
    /// ```
    ///
    /// ## References
    /// - <https://docs.docker.com/reference/build-checks/secrets-used-in-arg-or-env/>
    /// - <https://docs.docker.com/build/building/secrets/>
    pub struct SecretInEnvOrArg {
        code: "SW1017",
        name: "secret-in-env-or-arg",
        family: Dockerfile,
        severity: High,
        category: Security,
        hadolint: ["DL3064"],
        summary: "Secret in an ENV or ARG instruction",
    }
}

/// Values that are clearly not secrets: empty, a reference, a boolean or a tiny number.
fn is_non_value(v: &str) -> bool {
    let t = v.trim().trim_matches(['"', '\'']);
    t.is_empty()
        || t.starts_with('$') && !t.contains(' ')
        // a path to a credentials file (`GOOGLE_APPLICATION_CREDENTIALS=/run/secrets/gcp.json`)
        || (t.starts_with('/') || t.starts_with("./") || t.starts_with("~/")) && !t.contains(' ')
        || matches!(
            t.to_ascii_lowercase().as_str(),
            "true" | "false" | "none" | "null" | "0" | "1"
        )
}

impl SecretInEnvOrArg {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for doc in dockerfiles(project) {
            let df = &doc.tree;
            for ins in &df.instructions {
                if !matches!(ins.keyword, Keyword::Env | Keyword::Arg) {
                    continue;
                }
                for kv in ins.key_values() {
                    if !secret_name(&kv.key.text) {
                        continue;
                    }
                    let kind = ins.keyword.as_str();
                    match &kv.value {
                        Some(v) if !is_non_value(&v.text) => {
                            cx.report(doc.file, kv.key.span.cover(v.span), format!(
                                "`{kind} {}` bakes a secret into the image (`{}`)",
                                kv.key.text,
                                mask_secret(&v.text)
                            ))
                            .help(if ins.keyword == Keyword::Env {
                                "inject it at run time (compose `secrets:` or an env var from the orchestrator) and rotate the leaked value"
                            } else {
                                "pass build-time secrets with `RUN --mount=type=secret,id=...`; ARG values are visible in `docker history`"
                            });
                        }
                        Some(v)
                            if ins.keyword == Keyword::Env && v.text.trim().starts_with('$') =>
                        {
                            cx.report(doc.file, kv.key.span.cover(v.span), format!("`ENV {}` copies a build argument into the image's environment", kv.key.text))
                                .help("read the secret at run time instead; anything in ENV is visible to whoever pulls the image");
                        }
                        None if ins.keyword == Keyword::Arg => {
                            cx.report(doc.file, kv.key.span, format!("`ARG {}` expects a secret as a build argument: it is recorded in the image history", kv.key.text))
                                .severity(Severity::Medium)
                                .help("use `RUN --mount=type=secret,id=...` and `docker build --secret id=...` instead");
                        }
                        _ => {}
                    }
                }
            }
        }
    }
}
