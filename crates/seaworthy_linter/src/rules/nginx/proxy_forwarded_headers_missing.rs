use super::{location_path, scopes, third_party_upstream};
use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports `proxy_pass` locations where neither `X-Forwarded-For` nor `X-Real-IP` is set,
    /// and, on a TLS server, `X-Forwarded-Proto` is not set either (with nginx's inheritance: a
    /// location's own `proxy_set_header` replaces the server's; headers from an `include`d file
    /// count). A location that includes a snippet the repository does not ship (`include
    /// proxy_params;`) is not reported, nor is a proxy to a third party: a public host name
    /// (`fonts.googleapis.com`, `github.com`) that is not a compose service or an `upstream`.
    ///
    /// ## Why is this bad?
    /// Without them the application sees nginx as the client: every request has the proxy's
    /// IP, so logs, per-IP rate limits and audit trails are useless, and on a TLS server the app
    /// believes requests came over plain HTTP, which breaks `https` URLs, secure cookies and
    /// CSRF origin checks (Django `SECURE_PROXY_SSL_HEADER`, Gunicorn `forwarded_allow_ips`,
    /// Uvicorn `--proxy-headers` all read these headers).
    ///
    /// ## Example
    /// ```nginx
    /// server {
    ///     listen 443 ssl;
    ///     location / {
    ///         proxy_pass http://app:8000;
    ///     }
    /// }
    /// ```
    ///
    /// ## Use instead
    /// ```nginx
    /// server {
    ///     listen 443 ssl;
    ///     location / {
    ///         proxy_set_header Host $host;
    ///         proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    ///         proxy_set_header X-Forwarded-Proto $scheme;
    ///         proxy_pass http://app:8000;
    ///     }
    /// }
    /// ```
    ///
    /// ## References
    /// - <https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header>
    /// - <https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/X-Forwarded-For>
    pub struct ProxyForwardedHeadersMissing {
        code: "SW3024",
        name: "proxy-forwarded-headers-missing",
        family: Nginx,
        severity: Low,
        category: Operability,
        summary: "proxy_pass without the client address or scheme headers",
    }
}

crate::message! {
    /// A proxied location without one of the forwarding headers.
    struct Missing<'a> = "proxy-forwarded-headers-missing" { location: &'a str, target: &'a str, header: &'a str }
    /// Without `X-Forwarded-For` nor `X-Forwarded-Proto`.
    struct MissingBoth<'a> = "proxy-forwarded-headers-missing-both" { location: &'a str, target: &'a str }
    struct Help = "proxy-forwarded-headers-missing-help" {}
}

impl ProxyForwardedHeadersMissing {
    fn check(&self, project: &Project, cx: &mut Checker) {
        let mut seen = std::collections::BTreeSet::new();
        for scope in scopes(project) {
            let tls = scope.is_tls();
            scope.each_location(|chain| {
                let Some(loc) = chain.last() else { return };
                let Some(pass) = loc.kids().iter().find(|d| d.name == "proxy_pass") else {
                    return;
                };
                // a snippet the audit cannot follow (`include proxy_params;`) probably sets them
                let snippet = scope.unresolved_include(chain).is_some()
                    || chain
                        .iter()
                        .flat_map(|b| scope.level(b))
                        .chain(scope.http_level())
                        .any(|d| {
                            d.name == "include" && d.arg(0).is_some_and(|a| a.contains("proxy"))
                        });
                if snippet {
                    return;
                }
                // a third party (a CDN, github.com) has no use for the client's address
                if pass
                    .arg(0)
                    .is_some_and(|t| third_party_upstream(project, t))
                {
                    return;
                }
                let headers = scope.effective("proxy_set_header", chain);
                // a fragment's own server (not known here) may set them
                if scope.synthetic && headers.is_empty() {
                    return;
                }
                let has = |name: &str| {
                    headers
                        .iter()
                        .any(|h| h.arg(0).is_some_and(|n| n.eq_ignore_ascii_case(name)))
                };
                let mut missing = Vec::new();
                if !has("X-Forwarded-For") && !has("X-Real-IP") && !has("Forwarded") {
                    missing.push("X-Forwarded-For");
                }
                if tls && !has("X-Forwarded-Proto") && !has("Forwarded") {
                    missing.push("X-Forwarded-Proto");
                }
                if missing.is_empty() || !seen.insert((pass.file, pass.span)) {
                    return;
                }
                let location = location_path(loc);
                let target = pass.arg(0).unwrap_or("?");
                let msg: crate::message::Message = match missing.as_slice() {
                    [header] => Missing {
                        location,
                        target,
                        header,
                    }
                    .into(),
                    _ => MissingBoth { location, target }.into(),
                };
                cx.report(pass.file, pass.span, msg).help(Help {});
            });
        }
    }
}
