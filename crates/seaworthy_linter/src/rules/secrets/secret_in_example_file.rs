use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;
use crate::secrets::Verdict;

declare_rule! {
    /// ## What it does
    /// Finds real-looking credentials in example and template env files (`.env.example`,
    /// `.env.sample`, `env.template`, `defaults.env`), which are committed on purpose. Records a
    /// strength for example files that only hold placeholders.
    ///
    /// ## Why is this bad?
    /// Examples are meant to be public: a real key copied into one is published with the
    /// repository. Seed audit s001 §1.4 praises placeholders like `your_telegram_bot_token_here`.
    ///
    /// ## Example
    /// ```env path=.env.example
    /// STRIPE_SECRET_KEY=sk_live_51HxYzAbCdEfGhIjKlMnOpQrSt
    /// ```
    ///
    /// ## Use instead
    /// ```env path=.env.example
    /// STRIPE_SECRET_KEY=your_stripe_secret_key_here
    /// ```
    pub struct SecretInExampleFile {
        code: "SW4004",
        name: "secret-in-example-file",
        family: Secrets,
        severity: High,
        category: Security,
        summary: "Real-looking credential in an example env file",
    }
}

impl SecretInExampleFile {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for ef in project.env.files.iter().filter(|e| e.is_example) {
            let hits: Vec<_> = project
                .env
                .secrets
                .iter()
                .filter(|s| s.file == ef.file)
                .collect();
            let real: Vec<_> = hits
                .iter()
                .filter(|s| matches!(s.verdict, Verdict::Real { .. }))
                .collect();
            for s in &real {
                let Verdict::Real { what } = &s.verdict else {
                    continue;
                };
                let f = cx.report(
                    s.file,
                    s.value_span,
                    format!(
                        "example file holds a real-looking credential for `{}` ({what}, `{}`)",
                        s.key, s.masked
                    ),
                );
                f.help("replace it with a placeholder (`your_..._here`) and rotate the key: example files are committed and public");
                // a password inside a sample connection URL is usually a demo value; a provider
                // key in a sample file is a leak
                if what.contains("URL") {
                    f.severity(crate::diagnostic::Severity::Medium);
                }
            }
            if real.is_empty()
                && hits
                    .iter()
                    .any(|s| matches!(s.verdict, Verdict::Placeholder))
            {
                cx.strength(
                    ef.file,
                    seaworthy_syntax::Span::EMPTY,
                    format!(
                        "`{}` documents secrets with placeholders only",
                        project.file(ef.file).path
                    ),
                );
            }
        }
    }
}
