use super::{location_path, scopes};
use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports a `location` that has both `try_files` and `proxy_pass` (or `grpc_pass`).
    /// Proxying from the named location `try_files` falls back to (`try_files $uri @app;` and
    /// `location @app { proxy_pass ...; }`) is the intended pattern. `try_files $uri =404;`
    /// before `fastcgi_pass` or `uwsgi_pass` checks that the script exists and is not reported.
    ///
    /// ## Why is this bad?
    /// `try_files` runs before the content handler of the same location. When a file exists,
    /// nginx rewrites the URI to that file and then the location's handler, `proxy_pass`, sends
    /// it to the upstream anyway: the static file is never served by nginx, and every request
    /// costs file-system lookups first. When no file exists, the request is redirected to the
    /// last argument, which usually lands in the same location again (a redirect loop that
    /// ends in a 500 after ten rounds) or bypasses the proxy.
    ///
    /// ## Example
    /// ```nginx
    /// server {
    ///     listen 80;
    ///     root /srv/public;
    ///     location / {
    ///         try_files $uri $uri/ /index.html;
    ///         proxy_pass http://app:8000;
    ///     }
    /// }
    /// ```
    ///
    /// ## Use instead
    /// ```nginx
    /// server {
    ///     listen 80;
    ///     root /srv/public;
    ///     location / {
    ///         try_files $uri @app;
    ///     }
    ///     location @app {
    ///         proxy_pass http://app:8000;
    ///     }
    /// }
    /// ```
    ///
    /// ## References
    /// - <https://nginx.org/en/docs/http/ngx_http_core_module.html#try_files>
    /// - <https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_pass>
    pub struct TryFilesProxied {
        code: "SW3029",
        name: "try-files-proxied",
        family: Nginx,
        severity: Low,
        category: Reliability,
        summary: "`try_files` and `proxy_pass` in the same location",
    }
}

crate::message! {
    /// A location with both `try_files` and a proxy handler.
    struct Both<'a> = "try-files-proxied" { location: &'a str, directive: &'a str }
    struct Help = "try-files-proxied-help" {}
    struct Handler = "try-files-proxied-related" {}
}

impl TryFilesProxied {
    fn check(&self, project: &Project, cx: &mut Checker) {
        let mut seen = std::collections::BTreeSet::new();
        for scope in scopes(project) {
            scope.each_location(|chain| {
                let Some(loc) = chain.last() else { return };
                let Some(tf) = loc.find("try_files").next() else {
                    return;
                };
                let Some(pass) = loc
                    .kids()
                    .iter()
                    .find(|d| matches!(d.name.as_str(), "proxy_pass" | "grpc_pass"))
                else {
                    return;
                };
                if !seen.insert((tf.file, tf.span)) {
                    return;
                }
                cx.report(
                    tf.file,
                    tf.span,
                    Both {
                        location: location_path(loc),
                        directive: &pass.name,
                    },
                )
                .help(Help {})
                .related(pass.file, pass.span, Handler {});
            });
        }
    }
}
