use super::scopes;
use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports a main nginx configuration (with an `http` block) that serves content but never
    /// turns on `gzip` (or `brotli`). Records a strength when compression is on.
    ///
    /// ## Why is this bad?
    /// JSON, HTML, CSS and JavaScript compress 70–90%: without compression pages load slower and
    /// bandwidth bills are higher.
    ///
    /// ## Example
    /// ```nginx
    /// http {
    ///     server {
    ///         listen 80;
    ///         location / { proxy_pass http://app:8000; }
    ///     }
    /// }
    /// ```
    ///
    /// ## Use instead
    /// ```nginx
    /// http {
    ///     gzip on;
    ///     gzip_types text/css application/javascript application/json image/svg+xml;
    ///     server {
    ///         listen 80;
    ///         location / { proxy_pass http://app:8000; }
    ///     }
    /// }
    /// ```
    ///
    /// ## References
    /// - <https://nginx.org/en/docs/http/ngx_http_gzip_module.html>
    pub struct GzipDisabled {
        code: "SW3022",
        name: "gzip-disabled",
        family: Nginx,
        severity: Info,
        category: Performance,
        summary: "Response compression never enabled",
    }
}

crate::message! {
    /// No `gzip on` (nor `brotli on`) anywhere in the configuration.
    struct Off = "gzip-disabled" {}
    struct Help = "gzip-disabled-help" {}
    struct Compressed = "gzip-disabled-strength" {}
}

impl GzipDisabled {
    fn check(&self, project: &Project, cx: &mut Checker) {
        let all = scopes(project);
        for e in project
            .nginx
            .entries
            .iter()
            .filter(|e| e.items.iter().any(|d| d.name == "http"))
        {
            let mut on = None;
            crate::project::nginx::walk(&e.items, &mut |d, _| {
                if (d.name == "gzip" || d.name == "brotli") && d.arg(0) == Some("on") {
                    on = Some((d.file, d.span));
                }
            });
            if let Some((f, s)) = on {
                cx.strength(f, s, Compressed {});
                continue;
            }
            if !all.iter().any(|s| s.entry == e.file && s.serves_content()) {
                continue;
            }
            if let Some(http) = e.items.iter().find(|d| d.name == "http") {
                cx.report(http.file, http.name_span, Off {}).help(Help {});
            }
        }
    }
}
