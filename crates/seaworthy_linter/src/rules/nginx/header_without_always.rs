use super::header_name;
use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports security headers (`Strict-Transport-Security`, `X-Frame-Options`,
    /// `X-Content-Type-Options`, `Content-Security-Policy`, `Referrer-Policy`,
    /// `Permissions-Policy`) added without the `always` parameter.
    ///
    /// ## Why is this bad?
    /// Without `always`, nginx adds the header only to 200, 201, 204, 206, 301, 302, 303, 304, 307
    /// and 308 responses: error pages (4xx, 5xx), which attackers can trigger at will, go out
    /// unprotected.
    ///
    /// ## Example
    /// ```nginx
    /// server {
    ///     listen 80;
    ///     add_header X-Content-Type-Options "nosniff";
    /// }
    /// ```
    ///
    /// ## Use instead
    /// ```nginx
    /// server {
    ///     listen 80;
    ///     add_header X-Content-Type-Options "nosniff" always;
    /// }
    /// ```
    ///
    /// ## References
    /// - <https://nginx.org/en/docs/http/ngx_http_headers_module.html#add_header>
    pub struct HeaderWithoutAlways {
        code: "SW3003",
        name: "header-without-always",
        family: Nginx,
        severity: Low,
        category: Security,
        summary: "Security header not sent on error responses (no `always`)",
    }
}

pub const SECURITY_HEADERS: &[&str] = &[
    "strict-transport-security",
    "x-frame-options",
    "x-content-type-options",
    "content-security-policy",
    "referrer-policy",
    "permissions-policy",
];

crate::message! {
    /// A security header without `always`.
    struct NotAlways<'a> = "header-without-always" { header: &'a str }
    struct Help = "header-without-always-help" {}
}

impl HeaderWithoutAlways {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for doc in &project.nginx.docs {
            doc.tree.walk(&mut |d, _| {
                if d.name != "add_header" || d.args.len() < 2 {
                    return;
                }
                let name = d.arg(0).unwrap_or("").to_ascii_lowercase();
                if !SECURITY_HEADERS.contains(&name.as_str())
                    || d.args.iter().any(|a| a.text == "always")
                {
                    return;
                }
                cx.report(
                    doc.file,
                    d.span,
                    NotAlways {
                        header: d.arg(0).unwrap_or(""),
                    },
                )
                .help(Help {});
            });
        }
        let _ = header_name;
    }
}
