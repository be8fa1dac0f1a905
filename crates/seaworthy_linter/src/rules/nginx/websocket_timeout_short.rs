use super::{location_path, scopes};
use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;
use seaworthy_syntax::nginx::parse_time;

declare_rule! {
    /// ## What it does
    /// Reports WebSocket locations (upgrade headers set, or a WebSocket-looking path) that keep the
    /// default `proxy_read_timeout` of 60 seconds or set a shorter one. Records a strength for a
    /// long read timeout on WebSocket routes.
    ///
    /// ## Why is this bad?
    /// nginx closes a proxied connection that receives nothing for `proxy_read_timeout`: quiet
    /// WebSocket sessions (no message for a minute) drop and every client reconnects. Seed audit
    /// s001 praises `proxy_read_timeout 86400` on `/ws`.
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
    pub struct WebsocketTimeoutShort {
        code: "SW3021",
        name: "websocket-timeout-short",
        family: Nginx,
        severity: Low,
        category: Reliability,
        summary: "WebSocket route with the default 60 s read timeout",
    }
}

impl WebsocketTimeoutShort {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for scope in scopes(project) {
            for chain in scope.locations() {
                let Some(loc) = chain.last() else { continue };
                if !loc.kids().iter().any(|d| d.name == "proxy_pass") {
                    continue;
                }
                let headers = scope.effective("proxy_set_header", &chain);
                let upgrades = headers
                    .iter()
                    .any(|h| h.arg(0).is_some_and(|n| n.eq_ignore_ascii_case("upgrade")));
                if !upgrades && !super::websocket_upgrade_missing::is_ws_path(location_path(loc)) {
                    continue;
                }
                let timeout = scope.innermost("proxy_read_timeout", &chain);
                let secs = timeout
                    .and_then(|t| t.arg(0))
                    .and_then(parse_time)
                    .unwrap_or(60);
                if secs > 300 {
                    if let Some(t) = timeout {
                        cx.strength(
                            t.file,
                            t.span,
                            format!(
                                "WebSocket route `{}` keeps idle connections open ({secs} s)",
                                location_path(loc)
                            ),
                        );
                    }
                    continue;
                }
                let span = timeout.map(|t| t.span).unwrap_or(loc.name_span);
                let file = timeout.map(|t| t.file).unwrap_or(loc.file);
                cx.report(file, span, format!("WebSocket route `{}` closes idle connections after {secs} s", location_path(loc)))
                    .help("raise `proxy_read_timeout` (and `proxy_send_timeout`) for this location, e.g. `3600s`, or send pings more often than the timeout");
            }
        }
    }
}
