use super::credential;
use crate::declare_rule;
use crate::diagnostic::Severity;
use crate::project::Project;
use crate::rule::Checker;
use crate::secrets::secret_name;
use seaworthy_syntax::dockerfile::Keyword;
use seaworthy_syntax::{FileKind, Span};

declare_rule! {
    /// ## What it does
    /// Reports provider credentials (the dated pattern table: Anthropic, OpenAI, GitHub, AWS,
    /// Stripe, Slack, Telegram, SendGrid, private key blocks, ...) written into deployment files
    /// that are not env files: compose files (build args, `configs.content`, labels, commands),
    /// nginx configs (`proxy_set_header Authorization`), CI workflows, scripts, Makefiles,
    /// Dockerfile `RUN` lines, app configs and dependency manifests (`git+https://token@...`).
    /// Values in a Dockerfile `ENV`/`ARG` or a compose `environment:` entry with a secret-like
    /// name are left to `secret-in-env-or-arg` and `hardcoded-credential`. Placeholders are not
    /// reported; the finding never shows more than a short prefix.
    ///
    /// ## Why is this bad?
    /// These files are committed, copied into images and printed in CI logs: a key written in them
    /// is readable by everyone with the repository, the image or the logs, and stays in git
    /// history after it is deleted. Only provider formats are reported here (free text is full of
    /// random-looking strings), so a finding is almost certainly a live key: rotate it.
    ///
    /// ## Example
    /// ```yaml path=.github/workflows/ci.yml
    /// name: ci
    /// on: push
    /// jobs:
    ///   test:
    ///     runs-on: ubuntu-latest
    ///     env:
    ///       OPENAI_API_KEY: sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdEFGH
    ///     steps:
    ///       - run: pytest
    /// ```
    ///
    /// ## Use instead
    /// ```yaml path=.github/workflows/ci.yml
    /// name: ci
    /// on: push
    /// jobs:
    ///   test:
    ///     runs-on: ubuntu-latest
    ///     env:
    ///       OPENAI_API_KEY: ${{ secrets.OPENAI_API_KEY }}
    ///     steps:
    ///       - run: pytest
    /// ```
    pub struct SecretInDeploymentFile {
        code: "SW4012",
        name: "secret-in-deployment-file",
        family: Secrets,
        severity: Critical,
        category: Security,
        summary: "Provider credential written into a committed deployment file",
    }
}

crate::message! {
    /// A provider-format key written into a deployment file (`masked`: its masked value; the
    /// credential's fields: see `secrets::credential`).
    struct Written<'a> = "secret-in-deployment-file" { kind: &'a str, name: &'a str, extra: &'a str, what: &'a str, path: &'a str, masked: &'a str }
    /// Where to keep it instead: `file` is `ci`, `nginx` or `other`.
    struct WrittenHelp<'a> = "secret-in-deployment-file-help" { file: &'a str }
}

impl SecretInDeploymentFile {
    fn check(&self, project: &Project, cx: &mut Checker) {
        let inside =
            |outer: Span, inner: Span| outer.start <= inner.start && inner.end <= outer.end;
        for t in &project.env.text_secrets {
            let file = project.file(t.file);
            // left to the rules that know the variable's name
            let named_elsewhere = match file.kind {
                FileKind::Dockerfile => project.dockerfile(t.file).is_some_and(|doc| {
                    doc.tree.instructions.iter().any(|ins| {
                        matches!(ins.keyword, Keyword::Env | Keyword::Arg)
                            && inside(ins.span, t.span)
                            && ins.key_values().iter().any(|kv| secret_name(&kv.key.text))
                    })
                }),
                FileKind::Compose => project.compose.doc(t.file).is_some_and(|d| {
                    d.view.services.iter().any(|s| {
                        s.environment.iter().any(|e| {
                            secret_name(&e.key) && e.value_span.is_some_and(|vs| inside(vs, t.span))
                        })
                    })
                }),
                _ => false,
            };
            if named_elsewhere {
                continue;
            }
            let test_key = t.provider.contains("test");
            let c = credential(&t.provider);
            let f = cx.report(
                t.file,
                t.span,
                Written {
                    kind: c.kind,
                    name: c.name,
                    extra: c.extra,
                    what: c.what,
                    path: &file.path,
                    masked: &t.masked,
                },
            );
            f.help(WrittenHelp {
                file: match file.kind {
                    FileKind::Ci => "ci",
                    FileKind::Nginx => "nginx",
                    _ => "other",
                },
            });
            if test_key || file.environment.is_non_prod() {
                f.severity(Severity::High);
            }
        }
    }
}
