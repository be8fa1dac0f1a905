use super::credential;
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
    /// repository.
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

crate::message! {
    /// A real-looking credential in an example file (`masked`: its masked value; the
    /// credential's fields: see `secrets::credential`).
    struct Holds<'a> = "secret-in-example-file" { key: &'a str, kind: &'a str, name: &'a str, extra: &'a str, what: &'a str, masked: &'a str }
    struct HoldsHelp = "secret-in-example-file-help" {}
    struct Placeholders<'a> = "secret-in-example-file-strength" { path: &'a str }
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
                let c = credential(what);
                let f = cx.report(
                    s.file,
                    s.value_span,
                    Holds {
                        key: &s.key,
                        kind: c.kind,
                        name: c.name,
                        extra: c.extra,
                        what: c.what,
                        masked: &s.masked,
                    },
                );
                f.help(HoldsHelp {});
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
                    Placeholders {
                        path: &project.file(ef.file).path,
                    },
                );
            }
        }
    }
}
