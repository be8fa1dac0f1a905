use super::deployment_of;
use crate::declare_rule;
use crate::diagnostic::Severity;
use crate::project::{mask_secret, Project};
use crate::rule::Checker;
use crate::secrets::{is_switch, secret_name};

declare_rule! {
    /// ## What it does
    /// Finds credentials written into compose files: environment variables whose name says
    /// secret (`*PASSWORD*`, `*SECRET*`, `*TOKEN*`, `*API_KEY*`...) with a literal value
    /// (`POSTGRES_PASSWORD: app`), and weak defaults in interpolations
    /// (`${POSTGRES_PASSWORD:-change_me}`). Values are masked in every output. Dev files get a
    /// lower severity.
    ///
    /// ## Why is this bad?
    /// The password is in git for everyone with read access, identical in every environment, and
    /// the default silently becomes the production password when `.env` lacks the variable.
    ///
    /// ## Example
    /// ```yaml
    /// services:
    ///   db:
    ///     image: postgres:16
    ///     environment:
    ///       POSTGRES_PASSWORD: app
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// services:
    ///   db:
    ///     image: postgres:16
    ///     environment:
    ///       POSTGRES_PASSWORD_FILE: /run/secrets/postgres_password
    ///     secrets: [postgres_password]
    /// secrets:
    ///   postgres_password:
    ///     file: ./secrets/postgres_password.txt
    /// ```
    pub struct HardcodedCredential {
        code: "SW2013",
        name: "hardcoded-credential",
        family: Compose,
        severity: High,
        category: Security,
        summary: "Credential written into a compose file",
    }
}

crate::message! {
    /// A secret written in the compose file (`masked`: the value, masked).
    struct Literal<'a> = "hardcoded-credential" { key: &'a str, service: &'a str, masked: &'a str }
    /// A secret whose `${VAR:-default}` falls back to a written value.
    struct Default<'a> = "hardcoded-credential-default" { key: &'a str, service: &'a str, masked: &'a str }
    struct CredentialHelp = "hardcoded-credential-help" {}
}

/// Values that are references or obviously not a credential.
fn is_reference(v: &str) -> bool {
    let t = v.trim();
    t.is_empty() || t.starts_with("/run/secrets")
}

impl HardcodedCredential {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for s in &project.services {
            let d = deployment_of(project, s);
            for e in &s.resolved.environment {
                let (file, e) = (e.file, &e.value);
                if !secret_name(&e.key) {
                    continue;
                }
                let (Some(v), Some(vs)) = (&e.value, e.value_span) else {
                    continue;
                };
                if is_switch(&e.key, v) {
                    continue;
                }
                let Some(doc) = project.compose.doc(file) else {
                    continue;
                };
                let r = doc.interpolate(v);
                let weak_default = r.refs.iter().find_map(|x| {
                    x.default
                        .clone()
                        .filter(|dv| !dv.is_empty() && !dv.contains('$'))
                });
                let literal = !v.contains('$') && !is_reference(v);
                if !literal && weak_default.is_none() {
                    continue;
                }
                let (msg, sev, value): (crate::message::Message, _, _) = if literal {
                    (
                        Literal {
                            key: &e.key,
                            service: &s.name,
                            masked: &mask_secret(v),
                        }
                        .into(),
                        Severity::High,
                        v.clone(),
                    )
                } else {
                    let dv = weak_default.unwrap_or_default();
                    (
                        Default {
                            key: &e.key,
                            service: &s.name,
                            masked: &mask_secret(&dv),
                        }
                        .into(),
                        Severity::Medium,
                        dv,
                    )
                };
                // one value written for several services (often through a YAML anchor) is one
                // problem: one finding, the other places related
                let group = format!("{}\u{0}{}", e.key, value);
                cx.report_in(d, file, vs, msg)
                    .help(CredentialHelp {})
                    .severity(if d.environment.is_non_prod() {
                        Severity::Low
                    } else {
                        sev
                    })
                    .group(group);
            }
        }
    }
}
