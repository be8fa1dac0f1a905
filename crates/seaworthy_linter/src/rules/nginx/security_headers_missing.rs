use super::{header_name, is_dev, scopes};
use crate::declare_rule;
use crate::diagnostic::Severity;
use crate::project::nginx::RDirective;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports servers that serve content without `X-Content-Type-Options`, `X-Frame-Options` (or
    /// a CSP `frame-ancestors`) and `Referrer-Policy`, listing what is missing. A header counts
    /// when the server or http level sets it, or when every location sets it itself; headers
    /// set in an `include`d file count where the file is included, and a server with an
    /// `include` the audit cannot follow is not judged. A file holding only locations is judged
    /// in the server that includes it. Records a strength when all are present.
    ///
    /// ## Why is this bad?
    /// These headers are the cheap, standard defence against MIME sniffing, clickjacking and
    /// leaking URLs (with tokens in them) to third parties.
    ///
    /// ## Example
    /// ```nginx
    /// server {
    ///     listen 80;
    ///     location / {
    ///         proxy_pass http://app:8000;
    ///     }
    /// }
    /// ```
    ///
    /// ## Use instead
    /// ```nginx
    /// server {
    ///     listen 80;
    ///     add_header X-Content-Type-Options "nosniff" always;
    ///     add_header X-Frame-Options "DENY" always;
    ///     add_header Referrer-Policy "strict-origin-when-cross-origin" always;
    ///     location / {
    ///         proxy_pass http://app:8000;
    ///     }
    /// }
    /// ```
    ///
    /// ## References
    /// - <https://nginx.org/en/docs/http/ngx_http_headers_module.html#add_header>
    /// - <https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/X-Content-Type-Options>
    /// - <https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/X-Frame-Options>
    /// - <https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Referrer-Policy>
    pub struct SecurityHeadersMissing {
        code: "SW3008",
        name: "security-headers-missing",
        family: Nginx,
        severity: Low,
        category: Security,
        summary: "Server without the basic security headers",
    }
}

/// The headers of the checklist a level's effective `add_header` list lacks.
fn lacking(scope: &super::Scope, chain: &[&RDirective]) -> Vec<&'static str> {
    let effective = scope.effective("add_header", chain);
    let has = |n: &str| effective.iter().any(|d| header_name(d) == n);
    let csp_frames = effective.iter().any(|d| {
        header_name(d) == "content-security-policy"
            && d.arg(1).is_some_and(|v| v.contains("frame-ancestors"))
    });
    let mut missing = Vec::new();
    if !has("x-content-type-options") {
        missing.push("X-Content-Type-Options");
    }
    if !has("x-frame-options") && !csp_frames {
        missing.push("X-Frame-Options");
    }
    if !has("referrer-policy") {
        missing.push("Referrer-Policy");
    }
    missing
}

crate::message! {
    /// A content server without some of the checklist's headers (`headers`: their names).
    struct Missing = "security-headers-missing" { headers: String }
    struct Help = "security-headers-missing-help" {}
    struct Set = "security-headers-missing-strength" {}
}

impl SecurityHeadersMissing {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for scope in scopes(project) {
            // a fragment is judged in the server that includes it
            if scope.synthetic || !scope.serves_content() || scope.only_redirects() {
                continue;
            }
            let server = vec![&scope.server];
            if scope.unresolved_include(&server).is_some() {
                continue;
            }
            // what the server level lacks, unless every location sets it itself
            let locations = scope.locations();
            let missing: Vec<&str> = lacking(scope, &server)
                .into_iter()
                .filter(|h| {
                    locations.is_empty()
                        || locations.iter().any(|chain| {
                            scope.unresolved_include(chain).is_none()
                                && lacking(scope, chain).contains(h)
                        })
                })
                .collect();
            let (file, span) = scope.anchor();
            if missing.is_empty() {
                cx.strength(file, span, Set {});
                continue;
            }
            let f = cx.report(
                file,
                span,
                Missing {
                    headers: missing.join(", "),
                },
            );
            f.help(Help {});
            if is_dev(project, file) {
                f.severity(Severity::Info);
            }
        }
    }
}
