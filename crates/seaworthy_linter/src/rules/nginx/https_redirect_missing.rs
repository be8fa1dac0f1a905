use super::{is_dev, scopes};
use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// When the configuration has a TLS server, reports plain-HTTP servers for the same names that
    /// serve content instead of redirecting to HTTPS. Records a strength for the redirect.
    ///
    /// ## Why is this bad?
    /// Users who type the bare domain, and old links, use plain HTTP: cookies and credentials
    /// cross the network unencrypted, and HSTS can never be learned.
    ///
    /// ## Example
    /// ```nginx
    /// server {
    ///     listen 80;
    ///     server_name example.com;
    ///     location / { proxy_pass http://app:8000; }
    /// }
    /// server {
    ///     listen 443 ssl;
    ///     server_name example.com;
    ///     location / { proxy_pass http://app:8000; }
    /// }
    /// ```
    ///
    /// ## Use instead
    /// ```nginx
    /// server {
    ///     listen 80;
    ///     server_name example.com;
    ///     location /.well-known/acme-challenge/ { root /var/www/certbot; }
    ///     location / { return 301 https://$host$request_uri; }
    /// }
    /// server {
    ///     listen 443 ssl;
    ///     server_name example.com;
    ///     location / { proxy_pass http://app:8000; }
    /// }
    /// ```
    ///
    /// ## References
    /// - <https://nginx.org/en/docs/http/ngx_http_rewrite_module.html#return>
    /// - <https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Strict-Transport-Security>
    pub struct HttpsRedirectMissing {
        code: "SW3011",
        name: "https-redirect-missing",
        family: Nginx,
        severity: Medium,
        category: Security,
        summary: "Plain-HTTP server does not redirect to HTTPS",
    }
}

crate::message! {
    /// A plain-HTTP server that serves the site next to a TLS one.
    struct Serves = "https-redirect-missing" {}
    struct Help = "https-redirect-missing-help" {}
    struct Redirects = "https-redirect-missing-strength" {}
}

impl HttpsRedirectMissing {
    fn check(&self, project: &Project, cx: &mut Checker) {
        let all = scopes(project);
        for entry in project.nginx.entries.iter().map(|e| e.file) {
            let mine: Vec<_> = all.iter().filter(|s| s.entry == entry).collect();
            let tls_names: Vec<String> = mine
                .iter()
                .filter(|s| s.is_tls())
                .flat_map(|s| {
                    s.server
                        .find("server_name")
                        .flat_map(|d| d.args.iter().map(|a| a.text.clone()))
                        .collect::<Vec<_>>()
                })
                .collect();
            if !mine.iter().any(|s| s.is_tls()) {
                continue;
            }
            for s in mine.iter().filter(|s| s.is_plain_http()) {
                let names: Vec<String> = s
                    .server
                    .find("server_name")
                    .flat_map(|d| d.args.iter().map(|a| a.text.clone()))
                    .collect();
                let overlaps = names.is_empty()
                    || tls_names.is_empty()
                    || names.iter().any(|n| tls_names.contains(n) || n == "_");
                if !overlaps {
                    continue;
                }
                let (file, span) = s.anchor();
                if s.only_redirects() {
                    cx.strength(file, span, Redirects {});
                    continue;
                }
                if is_dev(project, file) || !s.serves_content() {
                    continue;
                }
                cx.report(file, span, Serves {}).help(Help {});
            }
        }
    }
}
