use crate::declare_rule;
use crate::diagnostic::Severity;
use crate::project::Project;
use crate::rule::Checker;
use crate::secrets::Verdict;

declare_rule! {
    /// ## What it does
    /// Reports guessable values (`changeme`, `password`, `admin`, `postgres`, short strings) for
    /// secret variables in real env files, and weak passwords in connection URLs. Low in dev env
    /// files, medium elsewhere.
    ///
    /// ## Why is this bad?
    /// A default that was meant to be changed becomes the production password the day the stack is
    /// deployed as is; these are the first values any attacker tries.
    ///
    /// ## Example
    /// ```env
    /// POSTGRES_PASSWORD=changeme
    /// ```
    ///
    /// ## Use instead
    /// ```env
    /// POSTGRES_PASSWORD=kX8!vR2#qL9@tW5mZ3pN
    /// ```
    pub struct WeakSecretValue {
        code: "SW4005",
        name: "weak-secret-value",
        family: Secrets,
        severity: Medium,
        category: Security,
        summary: "Guessable value for a secret",
    }
}

crate::message! {
    /// A guessable value for a secret (`masked`: the value, masked).
    struct Guessable<'a> = "weak-secret-value" { key: &'a str, masked: &'a str }
    struct GuessableHelp = "weak-secret-value-help" {}
}

impl WeakSecretValue {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for s in project
            .env
            .secrets
            .iter()
            .filter(|s| s.verdict == Verdict::Weak)
        {
            if project.env.file(s.file).is_none_or(|e| e.is_example) {
                continue;
            }
            let f = cx.report(
                s.file,
                s.value_span,
                Guessable {
                    key: &s.key,
                    masked: &s.masked,
                },
            );
            f.help(GuessableHelp {});
            if project.file(s.file).environment.is_non_prod() {
                f.severity(Severity::Low);
            }
        }
    }
}
