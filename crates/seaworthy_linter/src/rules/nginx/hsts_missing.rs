use super::{is_dev, scopes};
use crate::declare_rule;
use crate::diagnostic::Severity;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports TLS servers without an effective `Strict-Transport-Security` header, and HSTS with a
    /// `max-age` under six months. Records a strength for HSTS.
    ///
    /// ## Why is this bad?
    /// Without HSTS the browser keeps trying plain HTTP first: on a hostile network the first
    /// request can be intercepted and downgraded (SSL stripping) despite the redirect. Seed audit
    /// s004 H5.
    ///
    /// ## Example
    /// ```nginx
    /// server {
    ///     listen 443 ssl;
    ///     ssl_certificate /etc/ssl/cert.pem;
    ///     ssl_certificate_key /etc/ssl/key.pem;
    /// }
    /// ```
    ///
    /// ## Use instead
    /// ```nginx
    /// server {
    ///     listen 443 ssl;
    ///     ssl_certificate /etc/ssl/cert.pem;
    ///     ssl_certificate_key /etc/ssl/key.pem;
    ///     add_header Strict-Transport-Security "max-age=63072000; includeSubDomains" always;
    /// }
    /// ```
    pub struct HstsMissing {
        code: "SW3007",
        name: "hsts-missing",
        family: Nginx,
        severity: Medium,
        category: Security,
        summary: "HTTPS server without HSTS",
    }
}

impl HstsMissing {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for scope in scopes(project) {
            if !scope.is_tls() {
                continue;
            }
            let chain = vec![&scope.server];
            let hsts = scope.effective("add_header", &chain).into_iter().find(|d| {
                d.arg(0)
                    .is_some_and(|n| n.eq_ignore_ascii_case("strict-transport-security"))
            });
            let (file, span) = scope.anchor();
            match hsts {
                Some(h) => {
                    let v = h.arg(1).unwrap_or("");
                    let age = v
                        .split(';')
                        .find_map(|p| p.trim().strip_prefix("max-age="))
                        .and_then(|n| n.trim().parse::<u64>().ok());
                    if age.is_some_and(|a| a < 15_552_000) {
                        let a = age.unwrap_or(0);
                        let human = if a >= 86_400 {
                            format!("{} days", a / 86_400)
                        } else {
                            format!("{a} seconds")
                        };
                        cx.report(h.file, h.span, format!("HSTS `max-age` is short ({human})"))
                            .severity(Severity::Low)
                            .help("use at least six months: `max-age=15552000` (two years, `63072000`, is common)");
                    } else {
                        cx.strength(h.file, h.span, "HSTS is set on the TLS server");
                    }
                }
                None => {
                    let f = cx.report(
                        file,
                        span,
                        "this HTTPS server sends no `Strict-Transport-Security` header",
                    );
                    f.help("add `add_header Strict-Transport-Security \"max-age=63072000; includeSubDomains\" always;`");
                    if is_dev(project, file) {
                        f.severity(Severity::Info);
                    }
                }
            }
        }
    }
}
