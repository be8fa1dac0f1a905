use super::{location_path, scopes};
use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;
use seaworthy_syntax::nginx::parse_time;

declare_rule! {
    /// ## What it does
    /// Reports WebSocket locations (upgrade headers set, or a WebSocket-looking path) that keep the
    /// default `proxy_read_timeout` of 60 seconds or set 60 seconds or less. A timeout set in the
    /// location, the server, the http block or an `include`d file counts; an explicit longer
    /// value (`300s`) is a decision and is not reported. A location with an `include` the audit
    /// cannot follow, or a fragment judged without the server that includes it, is not reported
    /// when nothing in sight sets the timeout. Records a strength for five minutes or more.
    ///
    /// ## Why is this bad?
    /// nginx closes a proxied connection that receives nothing for `proxy_read_timeout`: quiet
    /// WebSocket sessions (no message for a minute) drop and every client reconnects.
    ///
    /// ## Example
    /// ```nginx
    /// server {
    ///     listen 80;
    ///     location /ws {
    ///         proxy_pass http://app:8000;
    ///         proxy_http_version 1.1;
    ///         proxy_set_header Upgrade $http_upgrade;
    ///         proxy_set_header Connection "upgrade";
    ///     }
    /// }
    /// ```
    ///
    /// ## Use instead
    /// ```nginx
    /// server {
    ///     listen 80;
    ///     location /ws {
    ///         proxy_pass http://app:8000;
    ///         proxy_http_version 1.1;
    ///         proxy_set_header Upgrade $http_upgrade;
    ///         proxy_set_header Connection "upgrade";
    ///         proxy_read_timeout 3600s;
    ///     }
    /// }
    /// ```
    ///
    /// ## References
    /// - <https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_read_timeout>
    /// - <https://nginx.org/en/docs/http/websocket.html>
    pub struct WebsocketTimeoutShort {
        code: "SW3021",
        name: "websocket-timeout-short",
        family: Nginx,
        severity: Low,
        category: Reliability,
        summary: "WebSocket route with the default 60 s read timeout",
    }
}

crate::message! {
    /// A WebSocket route with a short read timeout (`default`: nginx's, none set).
    struct Closes<'a> = "websocket-timeout-short" { location: &'a str, secs: u64, default: bool }
    struct Help = "websocket-timeout-short-help" {}
    struct KeepsOpen<'a> = "websocket-timeout-short-strength" { location: &'a str, secs: u64 }
}

impl WebsocketTimeoutShort {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for scope in scopes(project) {
            scope.each_location(|chain| {
                let Some(loc) = chain.last() else { return };
                if !loc.kids().iter().any(|d| d.name == "proxy_pass") {
                    return;
                }
                let headers = scope.effective("proxy_set_header", chain);
                let upgrades = headers
                    .iter()
                    .any(|h| h.arg(0).is_some_and(|n| n.eq_ignore_ascii_case("upgrade")));
                if !upgrades && !super::websocket_upgrade_missing::is_ws_path(location_path(loc)) {
                    return;
                }
                let timeout = scope.innermost("proxy_read_timeout", chain);
                // the server that includes a fragment, or a file the audit cannot follow, may
                // set it
                if timeout.is_none()
                    && (scope.synthetic || scope.unresolved_include(chain).is_some())
                {
                    return;
                }
                let secs = timeout
                    .and_then(|t| t.arg(0))
                    .and_then(parse_time)
                    .unwrap_or(60);
                if let Some(t) = timeout.filter(|_| secs >= 300) {
                    cx.strength(
                        t.file,
                        t.span,
                        KeepsOpen {
                            location: location_path(loc),
                            secs,
                        },
                    );
                }
                // an explicit value above the default is a decision, not an oversight
                if timeout.is_some() && secs > 60 {
                    return;
                }
                let span = timeout.map(|t| t.span).unwrap_or(loc.name_span);
                let file = timeout.map(|t| t.file).unwrap_or(loc.file);
                cx.report(
                    file,
                    span,
                    Closes {
                        location: location_path(loc),
                        secs,
                        default: timeout.is_none(),
                    },
                )
                .help(Help {});
            });
        }
    }
}
