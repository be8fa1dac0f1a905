use super::{is_dev, scopes};
use crate::declare_rule;
use crate::diagnostic::Severity;
use crate::project::nginx::RDirective;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports TLS servers without an effective `Strict-Transport-Security` header, and HSTS with a
    /// `max-age` under six months. The header counts when the server or http level sets it, or
    /// every location sets it itself, also from an `include`d file; a server with an `include`
    /// the audit cannot follow is not judged, nor is a file holding only server directives or
    /// locations on its own. Records a strength for HSTS.
    ///
    /// ## Why is this bad?
    /// Without HSTS the browser keeps trying plain HTTP first: on a hostile network the first
    /// request can be intercepted and downgraded (SSL stripping) despite the redirect.
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
    ///
    /// ## References
    /// - <https://nginx.org/en/docs/http/ngx_http_headers_module.html#add_header>
    /// - <https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Strict-Transport-Security>
    pub struct HstsMissing {
        code: "SW3007",
        name: "hsts-missing",
        family: Nginx,
        severity: Medium,
        category: Security,
        gixy: ["hsts_header"],
        summary: "HTTPS server without HSTS",
    }
}

crate::message! {
    /// A TLS server without HSTS.
    struct Missing = "hsts-missing" {}
    struct Help = "hsts-missing-help" {}
    /// A `max-age` under six months, a day or more.
    struct ShortDays = "hsts-missing-short-days" { days: u64 }
    /// A `max-age` under a day.
    struct ShortSeconds = "hsts-missing-short-seconds" { seconds: u64 }
    struct ShortHelp = "hsts-missing-short-help" {}
    struct Set = "hsts-missing-strength" {}
}

impl HstsMissing {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for scope in scopes(project) {
            // a fragment is judged in the server that includes it
            if !scope.is_tls() || scope.synthetic {
                continue;
            }
            let server = vec![&scope.server];
            if scope.unresolved_include(&server).is_some() {
                continue;
            }
            let is_hsts = |d: &&RDirective| {
                d.arg(0)
                    .is_some_and(|n| n.eq_ignore_ascii_case("strict-transport-security"))
            };
            // the server level, or else what every location sets itself
            let locations = scope.locations();
            let hsts = scope
                .effective("add_header", &server)
                .into_iter()
                .find(is_hsts)
                .or_else(|| {
                    let per_location: Vec<Option<&RDirective>> = locations
                        .iter()
                        .map(|c| scope.effective("add_header", c).into_iter().find(is_hsts))
                        .collect();
                    if !per_location.is_empty() && per_location.iter().all(Option::is_some) {
                        per_location.into_iter().flatten().next()
                    } else {
                        None
                    }
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
                        let msg: crate::message::Message = if a >= 86_400 {
                            ShortDays { days: a / 86_400 }.into()
                        } else {
                            ShortSeconds { seconds: a }.into()
                        };
                        cx.report(h.file, h.span, msg)
                            .severity(Severity::Low)
                            .help(ShortHelp {});
                    } else {
                        cx.strength(h.file, h.span, Set {});
                    }
                }
                None => {
                    let f = cx.report(file, span, Missing {});
                    f.help(Help {});
                    if is_dev(project, file) {
                        f.severity(Severity::Info);
                    }
                }
            }
        }
    }
}
