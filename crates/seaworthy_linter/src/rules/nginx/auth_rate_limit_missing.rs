use super::{is_dev, location_path, scopes};
use crate::declare_rule;
use crate::diagnostic::Severity;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Finds proxied locations for authentication endpoints (paths with `login`, `signin`,
    /// `auth`, `token`, `password`, `register`, `signup`, `otp`, `2fa`) with no effective
    /// `limit_req`.
    ///
    /// ## Why is this bad?
    /// Credential stuffing and password guessing run at whatever rate the app can answer; the
    /// login endpoint is also the most expensive one (password hashing). In dev files the finding is informational.
    ///
    /// ## Example
    /// ```nginx
    /// server {
    ///     listen 80;
    ///     location /api/auth/login {
    ///         proxy_pass http://api:8000;
    ///     }
    /// }
    /// ```
    ///
    /// ## Use instead
    /// ```nginx
    /// limit_req_zone $binary_remote_addr zone=login:10m rate=5r/m;
    /// server {
    ///     listen 80;
    ///     location /api/auth/login {
    ///         limit_req zone=login burst=3 nodelay;
    ///         proxy_pass http://api:8000;
    ///     }
    /// }
    /// ```
    ///
    /// ## References
    /// - <https://nginx.org/en/docs/http/ngx_http_limit_req_module.html>
    pub struct AuthRateLimitMissing {
        code: "SW3004",
        name: "auth-rate-limit-missing",
        family: Nginx,
        severity: High,
        category: Security,
        summary: "Login/auth endpoint without rate limiting",
    }
}

pub fn is_auth_path(p: &str) -> bool {
    super::helpers::contains_any_ci(
        p,
        &[
            "login", "signin", "sign-in", "auth", "token", "password", "register", "signup",
            "sign-up", "otp", "2fa", "jwt",
        ],
    )
}

crate::message! {
    /// An authentication location proxied without `limit_req`.
    struct NoLimit<'a> = "auth-rate-limit-missing" { path: &'a str }
    struct Help = "auth-rate-limit-missing-help" {}
}

impl AuthRateLimitMissing {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for scope in scopes(project) {
            scope.each_location(|chain| {
                let Some(loc) = chain.last() else { return };
                let path = location_path(loc);
                if !is_auth_path(path)
                    || !loc.kids().iter().any(|d| {
                        matches!(
                            d.name.as_str(),
                            "proxy_pass" | "uwsgi_pass" | "fastcgi_pass" | "grpc_pass"
                        )
                    })
                {
                    return;
                }
                // a fragment's server (not known here) or an unfollowed include may set it
                if !scope.effective("limit_req", chain).is_empty()
                    || loc.find("internal").next().is_some()
                    || scope.synthetic
                    || scope.unresolved_include(chain).is_some()
                {
                    return;
                }
                let f = cx.report(
                    loc.file,
                    loc.name_span
                        .cover(loc.args.last().map(|a| a.span).unwrap_or(loc.name_span)),
                    NoLimit { path },
                );
                f.help(Help {});
                if is_dev(project, loc.file) {
                    f.severity(Severity::Info);
                }
            });
        }
    }
}
