use super::credential;
use crate::declare_rule;
use crate::diagnostic::Severity;
use crate::project::Project;
use crate::rule::Checker;
use crate::secrets::Verdict;

declare_rule! {
    /// ## What it does
    /// Finds real-looking credentials in env files that are not examples: provider keys
    /// (Anthropic, OpenAI, DeepSeek, Groq, xAI, OpenRouter, Google, AWS, GitHub, GitLab, Slack,
    /// Telegram, Stripe, SendGrid, private keys, from `data/secrets.toml`), high-entropy values of
    /// `*_KEY`/`*_SECRET`/`*_TOKEN`/`*_PASSWORD` variables, and passwords in connection URLs.
    /// Critical when git tracks the file; high when it is not git-ignored (one `git add .` away);
    /// medium when it is ignored (it still sits on disks, in backups and in build contexts).
    ///
    /// ## Why is this bad?
    /// Whoever reads the file (a teammate, a laptop thief, a CI log, a Docker image built from the
    /// directory) has the keys, and provider keys mean money and data. Rotate them.
    ///
    /// ## Example
    /// ```env
    /// DEEPSEEK_API_KEY=sk-0123456789abcdef0123456789abcdef
    /// ```
    ///
    /// ## Use instead
    /// ```env
    /// DEEPSEEK_API_KEY=your_deepseek_api_key_here
    /// ```
    pub struct SecretInEnvFile {
        code: "SW4001",
        name: "secret-in-env-file",
        family: Secrets,
        severity: High,
        category: Security,
        summary: "Real-looking credential in an env file",
    }
}

crate::message! {
    /// A real-looking credential in an env file (`masked`: its masked value; the credential's
    /// fields: see `secrets::credential`); `status` is the file's git status: `tracked`,
    /// `ignored`, `not-ignored` or `unknown`.
    struct Holds<'a> = "secret-in-env-file" { key: &'a str, kind: &'a str, name: &'a str, extra: &'a str, what: &'a str, masked: &'a str, status: &'a str }
    struct HoldsHelp = "secret-in-env-file-help" {}
}

impl SecretInEnvFile {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for s in &project.env.secrets {
            let Verdict::Real { what } = &s.verdict else {
                continue;
            };
            let Some(ef) = project.env.file(s.file) else {
                continue;
            };
            if ef.is_example {
                continue;
            }
            let f = project.file(s.file);
            let (sev, status) = if project.git.is_tracked(&f.path) {
                (Severity::Critical, "tracked")
            } else if f.gitignored || project.git.ignored.contains(&f.path) {
                (Severity::Medium, "ignored")
            } else if project.git.available {
                (Severity::High, "not-ignored")
            } else {
                (Severity::High, "unknown")
            };
            // test and dev env files are committed fixtures more often than leaks
            let sev = if f.environment.is_non_prod() {
                Severity::Low
            } else {
                sev
            };
            let c = credential(what);
            cx.report(
                s.file,
                s.value_span,
                Holds {
                    key: &s.key,
                    kind: c.kind,
                    name: c.name,
                    extra: c.extra,
                    what: c.what,
                    masked: &s.masked,
                    status,
                },
            )
            .severity(sev)
            .help(HoldsHelp {});
        }
    }
}
