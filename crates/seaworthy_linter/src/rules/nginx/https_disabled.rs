use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports configurations whose only TLS server is commented out (`# listen 443 ssl`,
    /// `# ssl_certificate ...`) while no active server terminates TLS. Not reported in dev files.
    ///
    /// ## Why is this bad?
    /// A commented-out HTTPS block means production either runs without TLS or terminates it
    /// somewhere this repository does not describe; either way the production path is
    /// undocumented and untested.
    ///
    /// ## Example
    /// ```nginx
    /// server {
    ///     listen 80;
    ///     location / { proxy_pass http://app:8000; }
    /// }
    /// # server {
    /// #     listen 443 ssl http2;
    /// #     ssl_certificate /etc/nginx/ssl/cert.pem;
    /// # }
    /// ```
    ///
    /// ## Use instead
    /// ```nginx
    /// server {
    ///     listen 443 ssl;
    ///     ssl_certificate /etc/nginx/ssl/cert.pem;
    ///     ssl_certificate_key /etc/nginx/ssl/key.pem;
    ///     location / { proxy_pass http://app:8000; }
    /// }
    /// ```
    ///
    /// ## References
    /// - <https://nginx.org/en/docs/http/configuring_https_servers.html>
    pub struct HttpsDisabled {
        code: "SW3012",
        name: "https-disabled",
        family: Nginx,
        severity: Low,
        category: Security,
        summary: "The HTTPS server block is commented out",
    }
}

crate::message! {
    /// TLS configuration commented out, no TLS server.
    struct CommentedOut = "https-disabled" {}
    struct Help = "https-disabled-help" {}
}

impl HttpsDisabled {
    fn check(&self, project: &Project, cx: &mut Checker) {
        let any_tls = super::scopes(project).iter().any(|s| s.is_tls());
        if any_tls {
            return;
        }
        for doc in &project.nginx.docs {
            if project.file(doc.file).environment.is_non_prod() {
                continue;
            }
            if let Some((_, span)) = doc.tree.comments.iter().find(|(t, _)| {
                let t = t.trim_start_matches('#').trim();
                (t.starts_with("listen") && (t.contains("443") || t.contains(" ssl")))
                    || t.starts_with("ssl_certificate ")
            }) {
                cx.report(doc.file, *span, CommentedOut {}).help(Help {});
            }
        }
    }
}
