use super::{location_path, scopes};
use crate::declare_rule;
use crate::diagnostic::Severity;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Finds locations that proxy WebSocket traffic without the upgrade handshake: the location
    /// looks like a WebSocket route (`/ws`, `/socket.io`, `/websocket`, `/cable`, `/hubs`,
    /// `/livekit`, `/rtc`) or sets `proxy_http_version 1.1` for it, but the effective
    /// `proxy_set_header` list lacks `Upgrade $http_upgrade` and `Connection "upgrade"` (or a
    /// `$connection_upgrade` map), or the HTTP version stays 1.0.
    ///
    /// ## Why is this bad?
    /// nginx proxies HTTP/1.0 without hop-by-hop headers by default: the `Upgrade` request never
    /// reaches the app, the browser's WebSocket connection fails, and real-time features (chat,
    /// voice, live updates) are dead in production.
    ///
    /// ## Example
    /// ```nginx
    /// server {
    ///     listen 80;
    ///     location /ws {
    ///         proxy_pass http://app:8000;
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
    /// - <https://nginx.org/en/docs/http/websocket.html>
    pub struct WebsocketUpgradeMissing {
        code: "SW3001",
        name: "websocket-upgrade-missing",
        family: Nginx,
        severity: High,
        category: Reliability,
        summary: "WebSocket route proxied without the upgrade headers",
    }
}

pub fn is_ws_path(p: &str) -> bool {
    super::helpers::contains_any_ci(
        p,
        &[
            "/ws",
            "socket.io",
            "websocket",
            "/cable",
            "/hubs",
            "/livekit",
            "/rtc",
            "/wss",
            "sockjs",
        ],
    )
}

crate::message! {
    /// A WebSocket location without the upgrade directives (`missing`: them, as code).
    struct NoUpgrade<'a> = "websocket-upgrade-missing" { path: &'a str, missing: String }
    struct Help = "websocket-upgrade-missing-help" {}
}

impl WebsocketUpgradeMissing {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for scope in scopes(project) {
            scope.each_location(|chain| {
                let Some(loc) = chain.last() else { return };
                let proxies = loc.kids().iter().any(|d| d.name == "proxy_pass");
                if !proxies {
                    return;
                }
                let path = location_path(loc);
                let version = scope
                    .innermost("proxy_http_version", chain)
                    .and_then(|d| d.arg(0))
                    .unwrap_or("1.0");
                let ws_path = is_ws_path(path);
                let headers = scope.effective("proxy_set_header", chain);
                let has = |name: &str| {
                    headers
                        .iter()
                        .any(|h| h.arg(0).is_some_and(|n| n.eq_ignore_ascii_case(name)))
                };
                let upgrade_ok = has("upgrade") && has("connection");
                if !(ws_path || version == "1.1" && has("upgrade")) {
                    return;
                }
                if upgrade_ok && version == "1.1" {
                    return;
                }
                let mut missing = Vec::new();
                if version != "1.1" {
                    missing.push("`proxy_http_version 1.1`");
                }
                if !has("upgrade") {
                    missing.push("`proxy_set_header Upgrade $http_upgrade`");
                }
                if !has("connection") {
                    missing.push("`proxy_set_header Connection \"upgrade\"`");
                }
                let f = cx.report(
                    loc.file,
                    loc.name_span
                        .cover(loc.args.last().map(|a| a.span).unwrap_or(loc.name_span)),
                    NoUpgrade {
                        path,
                        missing: missing.join(", "),
                    },
                );
                f.help(Help {});
                if ws_path && !super::is_dev(project, loc.file) {
                    f.severity(Severity::Critical);
                }
            });
        }
    }
}
