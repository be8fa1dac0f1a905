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

crate::message! {
    /// A secret value in `ENV`/`ARG` (`keyword`: `ENV` or `ARG`; `masked`: the value, masked).
    struct Baked<'a> = "secret-in-env-or-arg" { keyword: &'a str, key: &'a str, masked: String }
    struct BakedHelpEnv = "secret-in-env-or-arg-help-env" {}
    struct BakedHelpArg = "secret-in-env-or-arg-help-arg" {}
    /// `ENV NAME=$ARG`.
    struct Copied<'a> = "secret-in-env-or-arg-copied" { key: &'a str }
    struct CopiedHelp = "secret-in-env-or-arg-copied-help" {}
    /// `ARG NAME` without a value: a secret expected as a build argument.
    struct Expected<'a> = "secret-in-env-or-arg-expected" { key: &'a str }
    struct ExpectedHelp = "secret-in-env-or-arg-expected-help" {}
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
                            let f = cx.report(
                                doc.file,
                                kv.key.span.cover(v.span),
                                Baked {
                                    keyword: kind,
                                    key: &kv.key.text,
                                    masked: mask_secret(&v.text),
                                },
                            );
                            if ins.keyword == Keyword::Env {
                                f.help(BakedHelpEnv {});
                            } else {
                                f.help(BakedHelpArg {});
                            }
                        }
                        Some(v)
                            if ins.keyword == Keyword::Env && v.text.trim().starts_with('$') =>
                        {
                            cx.report(
                                doc.file,
                                kv.key.span.cover(v.span),
                                Copied { key: &kv.key.text },
                            )
                            .help(CopiedHelp {});
                        }
                        None if ins.keyword == Keyword::Arg => {
                            cx.report(doc.file, kv.key.span, Expected { key: &kv.key.text })
                                .severity(Severity::Medium)
                                .help(ExpectedHelp {});
                        }
                        _ => {}
                    }
                }
            }
        }
    }
}
