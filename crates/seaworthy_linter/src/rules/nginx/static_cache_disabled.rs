use super::{location_path, scopes};
use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports static-asset locations (`/static`, `/assets`, `/media`, `\.(js|css|png|...)`)
    /// that disable caching with `expires -1`/`expires off`/`expires epoch` or a `Cache-Control`
    /// of `no-store`/`no-cache` in shared or production files. Records a strength for long
    /// `expires` on static files.
    ///
    /// ## Why is this bad?
    /// Every page view downloads every script, style and image again: slower pages, more load on
    /// nginx and the app. Cache busting belongs in file names (`app.3f2a.js`), not in disabling
    /// the cache.
    ///
    /// ## Example
    /// ```nginx
    /// server {
    ///     listen 80;
    ///     location /static/ {
    ///         expires -1;
    ///         add_header Cache-Control "no-cache, no-store, must-revalidate";
    ///     }
    /// }
    /// ```
    ///
    /// ## Use instead
    /// ```nginx
    /// server {
    ///     listen 80;
    ///     location /static/ {
    ///         expires 30d;
    ///         add_header Cache-Control "public, immutable";
    ///     }
    /// }
    /// ```
    ///
    /// ## References
    /// - <https://nginx.org/en/docs/http/ngx_http_headers_module.html#expires>
    pub struct StaticCacheDisabled {
        code: "SW3013",
        name: "static-cache-disabled",
        family: Nginx,
        severity: Low,
        category: Performance,
        summary: "Caching disabled for static assets",
    }
}

fn is_static_path(p: &str) -> bool {
    super::helpers::contains_any_ci(
        p,
        &[
            "/static", "/assets", "/media", "/public", "/dist", ".js", ".css", "png", "jpg", "svg",
            "woff", "/images", "/img",
        ],
    )
}

crate::message! {
    /// A static location with caching turned off.
    struct Disabled<'a> = "static-cache-disabled" { location: &'a str }
    struct Help = "static-cache-disabled-help" {}
    struct Cached<'a> = "static-cache-disabled-strength" { location: &'a str }
}

impl StaticCacheDisabled {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for scope in scopes(project) {
            scope.each_location(|chain| {
                let Some(loc) = chain.last() else { return };
                if !is_static_path(location_path(loc))
                    || project.file(loc.file).environment.is_non_prod()
                {
                    return;
                }
                let expires = loc.find("expires").last();
                let off = expires.is_some_and(|e| matches!(e.arg(0), Some("-1" | "off" | "epoch")));
                let no_store = loc.find("add_header").find(|h| {
                    h.arg(0)
                        .is_some_and(|n| n.eq_ignore_ascii_case("cache-control"))
                        && h.arg(1)
                            .is_some_and(|v| v.contains("no-store") || v.contains("no-cache"))
                });
                if off || no_store.is_some() {
                    let span = if off {
                        expires.map(|e| e.span)
                    } else {
                        no_store.map(|h| h.span)
                    }
                    .unwrap_or(loc.span);
                    cx.report(
                        loc.file,
                        span,
                        Disabled {
                            location: location_path(loc),
                        },
                    )
                    .help(Help {});
                } else if let Some(e) = expires {
                    if e.arg(0)
                        .and_then(seaworthy_syntax::nginx::parse_time)
                        .is_some_and(|s| s >= 86_400)
                        || e.arg(0) == Some("max")
                    {
                        cx.strength(
                            e.file,
                            e.span,
                            Cached {
                                location: location_path(loc),
                            },
                        );
                    }
                }
            });
        }
    }
}
