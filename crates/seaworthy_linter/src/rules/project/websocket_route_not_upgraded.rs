use super::helpers::{
    app_locations, best_prefix, is_regex_location, literal_prefix, missing_upgrade,
    python_of_service, routes_by_span, served_path, AppLocation,
};
use crate::declare_rule;
use crate::diagnostic::Severity;
use crate::meta::Confidence;
use crate::project::service::Service;
use crate::project::{FileId, Project};
use crate::rule::Checker;
use crate::rules::nginx::websocket_upgrade_missing::is_ws_path;
use crate::rules::nginx::{is_dev, location_path, scopes};
use seaworthy_app::python::{PythonFacts, WebSocketKind, WebSocketRoute};
use std::collections::BTreeMap;

declare_rule! {
    /// ## What it does
    /// Reads the WebSocket routes the application declares (FastAPI/Starlette
    /// `@app.websocket`, `WebSocketRoute`, Django Channels `websocket_urlpatterns`, Socket.IO)
    /// and finds the nginx location that serves them: when that location (a catch-all
    /// `location /`, or `location /api/`) proxies to the app without the upgrade headers, the
    /// WebSocket handshake never reaches the app. Locations whose own path looks like a
    /// WebSocket route (`/ws`) are left to `websocket-upgrade-missing`.
    ///
    /// ## Why is this bad?
    /// `Upgrade` and `Connection` are hop-by-hop headers: nginx drops them unless the location
    /// sets them, and proxies HTTP/1.0 by default. The browser's `new WebSocket(...)` gets a
    /// plain HTTP response, and the app's real-time feature fails only behind nginx, never in
    /// development.
    ///
    /// ## Example
    /// ```python path=app/main.py
    /// from fastapi import FastAPI, WebSocket
    ///
    /// app = FastAPI()
    ///
    /// @app.websocket("/api/chat/ws")
    /// async def chat(ws: WebSocket):
    ///     await ws.accept()
    /// ```
    /// ```yaml path=compose.yml
    /// services:
    ///   nginx:
    ///     image: nginx:1.27
    ///     volumes: ["./nginx.conf:/etc/nginx/conf.d/default.conf:ro"]
    ///   api:
    ///     build: .
    /// ```
    /// ```dockerfile path=Dockerfile
    /// FROM python:3.12-slim
    /// COPY app /app/app
    /// CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]
    /// ```
    /// ```nginx path=nginx.conf
    /// server {
    ///     listen 80;
    ///     location /api/ { proxy_pass http://api:8000; }
    /// }
    /// ```
    ///
    /// ## Use instead
    /// ```python path=app/main.py
    /// from fastapi import FastAPI, WebSocket
    ///
    /// app = FastAPI()
    ///
    /// @app.websocket("/api/chat/ws")
    /// async def chat(ws: WebSocket):
    ///     await ws.accept()
    /// ```
    /// ```yaml path=compose.yml
    /// services:
    ///   nginx:
    ///     image: nginx:1.27
    ///     volumes: ["./nginx.conf:/etc/nginx/conf.d/default.conf:ro"]
    ///   api:
    ///     build: .
    /// ```
    /// ```dockerfile path=Dockerfile
    /// FROM python:3.12-slim
    /// COPY app /app/app
    /// CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]
    /// ```
    /// ```nginx path=nginx.conf
    /// server {
    ///     listen 80;
    ///     location /api/ {
    ///         proxy_pass http://api:8000;
    ///         proxy_http_version 1.1;
    ///         proxy_set_header Upgrade $http_upgrade;
    ///         proxy_set_header Connection "upgrade";
    ///     }
    /// }
    /// ```
    ///
    /// ## References
    /// - <https://nginx.org/en/docs/http/websocket.html>
    /// - <https://nginx.org/en/docs/http/ngx_http_core_module.html#location>
    /// - <https://fastapi.tiangolo.com/advanced/websockets/>
    /// - <https://channels.readthedocs.io/en/latest/deploying.html>
    pub struct WebsocketRouteNotUpgraded {
        code: "SW6020",
        name: "websocket-route-not-upgraded",
        family: Project,
        severity: High,
        category: Reliability,
        summary: "App WebSocket route served by an nginx location without upgrade headers",
    }
}

/// The path a WebSocket route is served at, when the sources say it for sure.
fn full_path(
    pys: &[(FileId, &PythonFacts)],
    p: &PythonFacts,
    w: &WebSocketRoute,
) -> Option<String> {
    let path = w.path.as_deref()?;
    match w.kind {
        WebSocketKind::Channels | WebSocketKind::SocketIo | WebSocketKind::FlaskSocketIo => Some(
            literal_prefix(&format!("{}{}", w.prefix.as_deref().unwrap_or(""), path)),
        ),
        _ => served_path(pys, p, path, w.prefix.as_deref(), w.receiver.as_deref()),
    }
}

crate::message! {
    /// A location to an app that serves WebSocket routes, without the upgrade directives.
    /// `route`: the first route's path (`known` false: its path is set in another module);
    /// `more`: how many other routes; `source`: the file that declares it; `missing`: the
    /// directives, backticked and joined.
    struct NotUpgraded<'a> = "websocket-route-not-upgraded" { location: &'a str, service: &'a str, known: bool, route: &'a str, more: usize, source: &'a str, missing: &'a str }
    struct NotUpgradedHelp = "websocket-route-not-upgraded-help" {}
    struct Declared = "websocket-route-not-upgraded-related-route" {}
    struct ServiceRel<'a> = "websocket-route-not-upgraded-related-service" { service: &'a str }
    struct Upgraded<'a> = "websocket-route-not-upgraded-strength" { service: &'a str }
}

struct Ws<'a> {
    file: FileId,
    route: &'a WebSocketRoute,
    path: Option<String>,
}

/// The WebSocket routes of the app a service runs.
fn ws_of<'a>(project: &'a Project, s: &Service) -> Vec<Ws<'a>> {
    let pys = python_of_service(project, s);
    pys.iter()
        .flat_map(|(f, p)| {
            let pys = &pys;
            p.websocket_routes.iter().map(move |w| Ws {
                file: *f,
                route: w,
                path: full_path(pys, p, w),
            })
        })
        .collect()
}

impl WebsocketRouteNotUpgraded {
    fn check(&self, project: &Project, cx: &mut Checker) {
        let routes = routes_by_span(project);
        // the WebSocket routes of each service's app, worked out on first need (by service id)
        let mut ws_cache: Vec<Option<Vec<Ws>>> = Vec::new();
        ws_cache.resize_with(project.services.len(), || None);
        for scope in scopes(project) {
            // only the services whose app declares WebSocket routes have anything to check
            let locs = app_locations(scope, &routes, |sid| {
                let (Some(slot), Some(s)) = (ws_cache.get_mut(sid), project.services.get(sid))
                else {
                    return false;
                };
                !slot.get_or_insert_with(|| ws_of(project, s)).is_empty()
            });
            if locs.is_empty() || scope.unresolved_include(&[&scope.server]).is_some() {
                continue;
            }
            let all = scope.locations();
            // a regex location that upgrades may be where the WebSocket goes
            if all
                .iter()
                .any(|c| is_regex_location(c) && missing_upgrade(scope, c).is_empty())
            {
                continue;
            }
            let mut services: Vec<usize> = locs.iter().map(|l| l.service).collect();
            services.sort_unstable();
            services.dedup();
            for sid in services {
                let Some(s) = project.services.get(sid) else {
                    continue;
                };
                let Some(Some(ws)) = ws_cache.get(sid) else {
                    continue;
                };
                if ws.is_empty() {
                    continue;
                }
                let mine: Vec<&AppLocation> = locs.iter().filter(|l| l.service == sid).collect();
                // a location named like a WebSocket route is `websocket-upgrade-missing`'s
                if mine
                    .iter()
                    .any(|l| l.chain.last().is_some_and(|x| is_ws_path(location_path(x))))
                {
                    continue;
                }
                let any_upgrades = mine
                    .iter()
                    .any(|l| missing_upgrade(scope, &l.chain).is_empty());
                // location span → (location, routes it serves, sure of the path)
                let mut hits: BTreeMap<(u32, u32), (&AppLocation, Vec<&Ws>, bool)> =
                    BTreeMap::new();
                for w in ws.iter() {
                    let target = match &w.path {
                        Some(path) => {
                            let Some(best) = best_prefix(&all, path) else {
                                continue;
                            };
                            // more specific locations may serve the real path
                            if all.iter().any(|c| {
                                c.last().is_some_and(|l| {
                                    let lp = location_path(l);
                                    lp.len() > path.len() && lp.starts_with(path.as_str())
                                }) && missing_upgrade(scope, c).is_empty()
                            }) {
                                continue;
                            }
                            let Some(l) = mine.iter().find(|l| {
                                l.chain.last().map(|x| x.span) == best.last().map(|x| x.span)
                            }) else {
                                continue;
                            };
                            (l, true)
                        }
                        // the path is not known: only when no location to the app upgrades
                        None if !any_upgrades => {
                            let Some(l) = mine.iter().min_by_key(|l| {
                                l.chain.last().map(|x| location_path(x).len()).unwrap_or(0)
                            }) else {
                                continue;
                            };
                            (l, false)
                        }
                        None => continue,
                    };
                    let (l, sure) = target;
                    if !missing_upgrade(scope, &l.chain).is_empty() {
                        let Some(x) = l.chain.last() else { continue };
                        let e =
                            hits.entry((x.span.start, x.span.end))
                                .or_insert((l, Vec::new(), sure));
                        e.1.push(w);
                        e.2 &= sure;
                    }
                }
                for (l, served, sure) in hits.values() {
                    let Some(loc) = l.chain.last() else { continue };
                    let missing = missing_upgrade(scope, &l.chain);
                    let first = served[0];
                    let shown = first.path.clone().or_else(|| first.route.path.clone());
                    let f = cx.report(
                        loc.file,
                        loc.name_span
                            .cover(loc.args.last().map(|a| a.span).unwrap_or(loc.name_span)),
                        NotUpgraded {
                            location: location_path(loc),
                            service: &s.name,
                            known: shown.is_some(),
                            route: shown.as_deref().unwrap_or(""),
                            more: served.len() - 1,
                            source: &project.file(first.file).path,
                            missing: &missing.join(", "),
                        },
                    );
                    f.at_most(l.route.confidence).help(NotUpgradedHelp {});
                    if !sure {
                        f.at_most(Confidence::Medium);
                    }
                    if is_dev(project, loc.file) {
                        f.severity(Severity::Medium);
                    }
                    for w in served.iter().take(5) {
                        f.related(w.file, w.route.span, Declared {});
                    }
                    let (df, dspan) = s.defined_at;
                    f.related(df, dspan, ServiceRel { service: &s.name });
                }
                if hits.is_empty() && any_upgrades {
                    if let Some(l) = mine
                        .iter()
                        .find(|l| missing_upgrade(scope, &l.chain).is_empty())
                    {
                        if let Some(loc) = l.chain.last() {
                            cx.strength(loc.file, loc.name_span, Upgraded { service: &s.name });
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::project::helpers::literal_prefix;
    use crate::testing::audit_txtar_with_rule;

    #[test]
    fn literal_prefixes() {
        assert_eq!(literal_prefix("/ws/{room}"), "/ws/");
        assert_eq!(literal_prefix(r"^ws/chat/(?P<room>\w+)/$"), "/ws/chat/");
        assert_eq!(literal_prefix("ws/notify/"), "/ws/notify/");
    }

    #[test]
    fn router_included_under_unknown_prefix_with_one_upgrading_location_is_silent() {
        let src = "-- compose.yml --\nservices:\n  nginx:\n    image: nginx:1.27\n    volumes: [\"./nginx.conf:/etc/nginx/conf.d/default.conf:ro\"]\n  api:\n    build: .\n-- Dockerfile --\nFROM python:3.12-slim\nCOPY app /app/app\nCMD [\"uvicorn\", \"app.main:app\", \"--host\", \"0.0.0.0\"]\n-- app/main.py --\nfrom fastapi import FastAPI\nfrom app.api.routes.chat import router\nfrom app.core import settings\napp = FastAPI()\napp.include_router(router, prefix=settings.API_PREFIX)\n-- app/api/routes/chat.py --\nfrom fastapi import APIRouter\nrouter = APIRouter()\n@router.websocket(\"/stream\")\nasync def stream(ws):\n    await ws.accept()\n-- nginx.conf --\nserver {\n  listen 80;\n  location / { proxy_pass http://api:8000; }\n  location /api/v1/ {\n    proxy_pass http://api:8000;\n    proxy_http_version 1.1;\n    proxy_set_header Upgrade $http_upgrade;\n    proxy_set_header Connection \"upgrade\";\n  }\n}\n";
        let a = audit_txtar_with_rule(src, "SW6020");
        assert!(a.findings.is_empty(), "{:?}", a.findings);
        // with no location upgrading, wherever the route lands it fails
        let none = src.replace("    proxy_set_header Upgrade $http_upgrade;\n", "");
        let a = audit_txtar_with_rule(&none, "SW6020");
        assert_eq!(a.findings.len(), 1, "{:?}", a.findings);
        assert!(a.findings[0].message.contains("`location /`"));
    }
}
