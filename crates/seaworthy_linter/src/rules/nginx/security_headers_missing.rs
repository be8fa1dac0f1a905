use super::{is_dev, scopes};
use crate::declare_rule;
use crate::diagnostic::Severity;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports servers that serve content without `X-Content-Type-Options`, `X-Frame-Options` (or
    /// a CSP `frame-ancestors`) and `Referrer-Policy` at server or http level, listing what is
    /// missing. Records a strength when all are present.
    ///
    /// ## Why is this bad?
    /// These headers are the cheap, standard defence against MIME sniffing, clickjacking and
    /// leaking URLs (with tokens in them) to third parties. Seed audit s004 M7/M9.
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
    pub struct SecurityHeadersMissing {
        code: "SW3008",
        name: "security-headers-missing",
        family: Nginx,
        severity: Low,
        category: Security,
        summary: "Server without the basic security headers",
    }
}

impl SecurityHeadersMissing {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for scope in scopes(project) {
            if !scope.serves_content() || scope.only_redirects() {
                continue;
            }
            let chain = vec![&scope.server];
            let headers: Vec<String> = scope
                .effective("add_header", &chain)
                .iter()
                .map(|d| super::header_name(d))
                .collect();
            let csp_frames = scope.effective("add_header", &chain).iter().any(|d| {
                super::header_name(d) == "content-security-policy"
                    && d.arg(1).is_some_and(|v| v.contains("frame-ancestors"))
            });
            let mut missing = Vec::new();
            if !headers.iter().any(|h| h == "x-content-type-options") {
                missing.push("X-Content-Type-Options");
            }
            if !headers.iter().any(|h| h == "x-frame-options") && !csp_frames {
                missing.push("X-Frame-Options");
            }
            if !headers.iter().any(|h| h == "referrer-policy") {
                missing.push("Referrer-Policy");
            }
            let (file, span) = scope.anchor();
            if missing.is_empty() {
                cx.strength(
                    file,
                    span,
                    "security headers (nosniff, frame options, referrer policy) are set",
                );
                continue;
            }
            let f = cx.report(
                file,
                span,
                format!("this server sends no {}", missing.join(", ")),
            );
            f.help("add at server level: `add_header X-Content-Type-Options \"nosniff\" always; add_header X-Frame-Options \"DENY\" always; add_header Referrer-Policy \"strict-origin-when-cross-origin\" always;`");
            if is_dev(project, file) {
                f.severity(Severity::Info);
            }
        }
    }
}
