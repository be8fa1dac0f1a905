use super::{is_dev, scopes};
use crate::declare_rule;
use crate::diagnostic::Severity;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports a server that proxies to an application with no `limit_req` anywhere (http, server
    /// or any location) and no `limit_conn`.
    ///
    /// ## Why is this bad?
    /// One client can saturate the application workers and the database behind them; a cheap
    /// flood takes the service down.
    ///
    /// ## Example
    /// ```nginx
    /// server {
    ///     listen 80;
    ///     location / {
    ///         proxy_pass http://api:8000;
    ///     }
    /// }
    /// ```
    ///
    /// ## Use instead
    /// ```nginx
    /// limit_req_zone $binary_remote_addr zone=api:10m rate=30r/s;
    /// server {
    ///     listen 80;
    ///     location / {
    ///         limit_req zone=api burst=50 nodelay;
    ///         proxy_pass http://api:8000;
    ///     }
    /// }
    /// ```
    ///
    /// ## References
    /// - <https://nginx.org/en/docs/http/ngx_http_limit_req_module.html>
    /// - <https://nginx.org/en/docs/http/ngx_http_limit_conn_module.html>
    pub struct RateLimitMissing {
        code: "SW3005",
        name: "rate-limit-missing",
        family: Nginx,
        severity: Low,
        category: Reliability,
        summary: "Proxied server without any rate limiting",
    }
}

crate::message! {
    /// A proxying server without `limit_req`/`limit_conn`.
    struct Unlimited = "rate-limit-missing" {}
    struct Help = "rate-limit-missing-help" {}
    struct Limited = "rate-limit-missing-strength" {}
}

impl RateLimitMissing {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for scope in scopes(project) {
            let mut proxies = false;
            let mut limited = scope
                .http
                .iter()
                .any(|d| d.name == "limit_req" || d.name == "limit_conn");
            crate::project::nginx::walk(scope.server.kids(), &mut |d, _| {
                if matches!(
                    d.name.as_str(),
                    "proxy_pass" | "uwsgi_pass" | "fastcgi_pass" | "grpc_pass"
                ) {
                    proxies = true;
                }
                if d.name == "limit_req" || d.name == "limit_conn" {
                    limited = true;
                }
            });
            // a fragment is judged in the server that includes it; an include the audit cannot
            // follow may hold the limit
            if !proxies
                || scope.only_redirects()
                || scope.synthetic && !limited
                || !limited && scope.unresolved_include(&[&scope.server]).is_some()
            {
                continue;
            }
            if limited {
                let (file, span) = scope.anchor();
                cx.strength(file, span, Limited {});
                continue;
            }
            let (file, span) = scope.anchor();
            let f = cx.report(file, span, Unlimited {});
            f.help(Help {});
            if is_dev(project, file) {
                f.severity(Severity::Info);
            }
        }
    }
}
