use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports `proxy_set_header Host $http_host` (and `X-Forwarded-Host $http_host`).
    ///
    /// ## Why is this bad?
    /// `$http_host` is the raw header from the client, even when it matches no `server_name`:
    /// applications that build URLs from `Host` (password-reset links, redirects, cache keys) can
    /// be pointed at an attacker's domain. `$host` is normalized and falls back to the server name.
    ///
    /// ## Example
    /// ```nginx
    /// server {
    ///     listen 80;
    ///     location / {
    ///         proxy_pass http://app:8000;
    ///         proxy_set_header Host $http_host;
    ///     }
    /// }
    /// ```
    ///
    /// ## Use instead
    /// ```nginx
    /// server {
    ///     listen 80;
    ///     location / {
    ///         proxy_pass http://app:8000;
    ///         proxy_set_header Host $host;
    ///     }
    /// }
    /// ```
    ///
    /// ## References
    /// - <https://nginx.org/en/docs/http/ngx_http_core_module.html#var_host>
    /// - <https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header>
    pub struct HostHeaderSpoofing {
        code: "SW3018",
        name: "host-header-spoofing",
        family: Nginx,
        severity: Medium,
        category: Security,
        gixy: ["host_spoofing"],
        summary: "Raw client Host header passed upstream",
    }
}

crate::message! {
    /// `Host` or `X-Forwarded-Host` set from `$http_host`.
    struct RawHost<'a> = "host-header-spoofing" { header: &'a str }
    struct Help = "host-header-spoofing-help" {}
}

impl HostHeaderSpoofing {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for doc in &project.nginx.docs {
            doc.tree.walk(&mut |d, _| {
                if d.name != "proxy_set_header" {
                    return;
                }
                let name = d.arg(0).unwrap_or("").to_ascii_lowercase();
                if (name == "host" || name == "x-forwarded-host") && d.arg(1) == Some("$http_host")
                {
                    cx.report(
                        doc.file,
                        d.span,
                        RawHost {
                            header: d.arg(0).unwrap_or(""),
                        },
                    )
                    .help(Help {});
                }
            });
        }
    }
}
