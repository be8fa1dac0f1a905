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
use crate::rules::nginx::{is_dev, location_path, scopes, Chain, Scope};
use seaworthy_app::python::{StreamingKind, WebSocketKind};
use seaworthy_syntax::nginx::parse_time;
use seaworthy_syntax::Span;

declare_rule! {
    /// ## What it does
    /// Reads the application's long-lived endpoints, server-sent events (FastAPI/Starlette
    /// `StreamingResponse(..., media_type="text/event-stream")`, sse-starlette
    /// `EventSourceResponse`, Django `StreamingHttpResponse` and Flask `Response` with
    /// `text/event-stream`) and WebSocket routes, finds the nginx location that proxies each
    /// one to the app, and compares that location's effective `proxy_read_timeout` (set in the
    /// location, the server or the http block; 60 s when unset) with how often the stream sends
    /// something when it has no events:
    /// - a plain SSE response sends nothing between events: a read timeout of 60 s or less is
    ///   reported (advice: whether streams stay idle that long depends on the app's events);
    /// - sse-starlette sends a keep-alive comment every 15 s (its `ping=`), uvicorn and Daphne
    ///   ping WebSocket clients every 20 s (`--ws-ping-interval`, `--ping-interval`), Socket.IO
    ///   every 25 s: only a read timeout shorter than that interval is reported.
    ///
    /// For SSE, the message also says when nginx buffers the response (`proxy_buffering` on,
    /// its default, and the app does not send `X-Accel-Buffering: no`). Locations with an
    /// explicit timeout above 60 s for a plain stream are a decision and stay silent. Records a
    /// strength for a long-lived route behind a location that sets its timeout (and, for SSE,
    /// turns buffering off).
    ///
    /// ## Why is this bad?
    /// nginx closes a proxied connection when the upstream sends nothing for
    /// `proxy_read_timeout`. A notification or progress stream that stays quiet longer is cut:
    /// the browser's `EventSource` reconnects (events sent in between are lost unless the app
    /// replays them by `Last-Event-ID`), and WebSocket clients see their connection drop in a
    /// loop. With buffering on, nginx also holds events back until its buffer fills.
    ///
    /// ## Example
    /// ```python path=app/main.py
    /// from fastapi import FastAPI
    /// from fastapi.responses import StreamingResponse
    ///
    /// app = FastAPI()
    ///
    /// @app.get("/api/notifications/stream")
    /// async def notifications():
    ///     return StreamingResponse(events(), media_type="text/event-stream")
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
    /// from fastapi import FastAPI
    /// from fastapi.responses import StreamingResponse
    ///
    /// app = FastAPI()
    ///
    /// @app.get("/api/notifications/stream")
    /// async def notifications():
    ///     return StreamingResponse(events(), media_type="text/event-stream")
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
    ///     location /api/notifications/stream {
    ///         proxy_pass http://api:8000;
    ///         proxy_read_timeout 1h;
    ///         proxy_buffering off;
    ///     }
    /// }
    /// ```
    ///
    /// ## References
    /// - <https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_read_timeout>
    /// - <https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_buffering>
    /// - <https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events>
    /// - <https://www.uvicorn.org/settings/#implementation>
    /// - <https://github.com/sysid/sse-starlette#readme>
    pub struct ProxyTimeoutCutsStream {
        code: "SW6025",
        name: "proxy-timeout-cuts-stream",
        family: Project,
        severity: Medium,
        category: Reliability,
        summary: "nginx read timeout shorter than the quiet time of an app's SSE or WebSocket stream",
    }
}

/// A long-lived endpoint of the app behind a service.
struct Stream {
    file: FileId,
    span: Span,
    /// The path nginx sees, when the sources say it for sure.
    path: Option<String>,
    /// The path as declared (for the message).
    shown: String,
    /// Server-sent events (else a WebSocket route).
    sse: bool,
    /// Seconds between keep-alives the stream sends by itself, and who sends them (a
    /// `pinger` key); `None`: nothing between events.
    ping: Option<(u64, &'static str)>,
    /// The app turns nginx buffering off itself (`X-Accel-Buffering: no`).
    unbuffered: bool,
    /// The response class an SSE endpoint returns (`StreamingResponse`); empty for a WebSocket.
    response: String,
}

/// Who sends a stream's keep-alives, the `pinger` key of the messages.
mod pinger {
    pub const UVICORN: &str = "uvicorn";
    pub const DAPHNE: &str = "daphne";
    pub const SSE_STARLETTE: &str = "sse-starlette";
    pub const SOCKETIO: &str = "socketio";
}

/// WebSocket pings the service's server sends: `(seconds, who)`; `None` when the audit cannot
/// tell (a server that does not ping, an interval from a variable or disabled).
fn ws_ping(s: &Service) -> Option<(u64, &'static str)> {
    let c = s.command.as_ref()?;
    let secs = |v: Option<&str>, default: u64| -> Option<u64> {
        match v {
            None => Some(default),
            Some(v) => v
                .trim()
                .parse::<f64>()
                .ok()
                .filter(|f| *f > 0.0 && *f < 1e9)
                .map(|f| f.ceil() as u64),
        }
    };
    match c.program()? {
        "uvicorn" => {
            if s.env_value("UVICORN_WS_PING_INTERVAL").is_some() {
                return None;
            }
            Some((
                secs(c.arg_value(&["--ws-ping-interval"]), 20)?,
                pinger::UVICORN,
            ))
        }
        // the uvicorn worker keeps uvicorn's default (its config has no command-line flag)
        "gunicorn"
            if c.arg_value(&["-k", "--worker-class"])
                .is_some_and(|k| k.contains("uvicorn") && !k.contains("Configurable"))
                && s.gunicorn_config.is_none() =>
        {
            Some((20, pinger::UVICORN))
        }
        "daphne" => Some((secs(c.arg_value(&["--ping-interval"]), 20)?, pinger::DAPHNE)),
        _ => None,
    }
}

/// The long-lived endpoints of the app a service runs.
fn streams_of(project: &Project, s: &Service) -> Vec<Stream> {
    let pys = python_of_service(project, s);
    let server_ping = ws_ping(s);
    let mut out = Vec::new();
    for (f, p) in &pys {
        for e in &p.streaming_endpoints {
            if e.kind != StreamingKind::Sse {
                continue;
            }
            let path = e
                .route
                .as_deref()
                .and_then(|r| served_path(&pys, p, r, e.prefix.as_deref(), e.receiver.as_deref()));
            let ping = if e.pings_by_itself() {
                match e.kwarg("ping") {
                    None => Some((15, pinger::SSE_STARLETTE)),
                    Some(k) => match k.value.as_int() {
                        Some(n) if n > 0 => Some((n as u64, pinger::SSE_STARLETTE)),
                        // a variable: the audit cannot tell
                        _ => continue,
                    },
                }
            } else {
                None
            };
            let unbuffered = e.pings_by_itself()
                || e.kwarg("headers").is_some_and(|h| {
                    let text = project
                        .file(*f)
                        .text
                        .get(h.span.range())
                        .unwrap_or("")
                        .to_ascii_lowercase();
                    text.contains("x-accel-buffering")
                });
            out.push(Stream {
                file: *f,
                span: e.span,
                shown: e.route.clone().unwrap_or_default(),
                path,
                sse: true,
                ping,
                unbuffered,
                response: e.response.clone(),
            });
        }
        for w in &p.websocket_routes {
            let ping = match w.kind {
                WebSocketKind::SocketIo | WebSocketKind::FlaskSocketIo => {
                    Some((25, pinger::SOCKETIO))
                }
                _ => server_ping,
            };
            // a WebSocket behind a server that does not ping is `websocket-timeout-short`'s
            let Some(ping) = ping else { continue };
            let path = w.path.as_deref().and_then(|path| match w.kind {
                WebSocketKind::Channels
                | WebSocketKind::SocketIo
                | WebSocketKind::FlaskSocketIo => Some(literal_prefix(&format!(
                    "{}{}",
                    w.prefix.as_deref().unwrap_or(""),
                    path
                ))),
                _ => served_path(&pys, p, path, w.prefix.as_deref(), w.receiver.as_deref()),
            });
            out.push(Stream {
                file: *f,
                span: w.span,
                shown: w.path.clone().unwrap_or_default(),
                path,
                sse: false,
                ping: Some(ping),
                unbuffered: true,
                response: String::new(),
            });
        }
    }
    out
}

/// The effective `proxy_read_timeout` of a location: `(seconds, the directive)`; `None` when
/// an `include` the audit cannot follow (or the server around a fragment) may set it, or the
/// value does not parse.
fn read_timeout<'a>(
    scope: &'a Scope,
    chain: &Chain<'a>,
) -> Option<(u64, Option<&'a crate::project::nginx::RDirective>)> {
    match scope.innermost("proxy_read_timeout", chain) {
        Some(d) => Some((parse_time(d.arg(0)?)?, Some(d))),
        None if scope.synthetic || scope.unresolved_include(chain).is_some() => None,
        None => Some((60, None)),
    }
}

fn buffered(scope: &Scope, chain: &Chain<'_>) -> bool {
    scope
        .innermost("proxy_buffering", chain)
        .and_then(|d| d.arg(0))
        .is_none_or(|v| !v.eq_ignore_ascii_case("off"))
}

crate::message! {
    /// A stream whose keep-alives come less often than nginx's read timeout. `sse`: a
    /// server-sent events stream (else a WebSocket route); `route`: its path (`known` false: it
    /// is declared elsewhere); `response`: the SSE response class; `source`: the file that declares it;
    /// `set`: `proxy_read_timeout` is written (`timeout`, else nginx's 60 s default); `every`:
    /// seconds between keep-alives; `pinger`: who sends them (`uvicorn`, `daphne`,
    /// `sse-starlette`, `socketio`); `secs`: the timeout in seconds.
    struct Cuts<'a> = "proxy-timeout-cuts-stream" { location: &'a str, service: &'a str, sse: bool, known: bool, route: &'a str, response: &'a str, source: &'a str, set: bool, timeout: &'a str, every: u64, pinger: &'a str, secs: u64 }
    /// A stream that sends nothing between events, behind a timeout of 60 s or less.
    /// `buffers`: nginx also buffers it.
    struct Quiet<'a> = "proxy-timeout-cuts-stream-quiet" { location: &'a str, service: &'a str, sse: bool, known: bool, route: &'a str, response: &'a str, source: &'a str, set: bool, timeout: &'a str, secs: u64, buffers: bool }
    struct CutsHelp = "proxy-timeout-cuts-stream-help" { every: u64 }
    struct QuietBufferedHelp = "proxy-timeout-cuts-stream-help-buffered" {}
    struct QuietHelp = "proxy-timeout-cuts-stream-help-quiet" {}
    struct StreamRel = "proxy-timeout-cuts-stream-related-stream" {}
    struct RouteRel = "proxy-timeout-cuts-stream-related-route" {}
    struct ServiceRel<'a> = "proxy-timeout-cuts-stream-related-service" { service: &'a str }
    struct TimeoutRel = "proxy-timeout-cuts-stream-related-timeout" {}
    /// A long read timeout on the location of a stream (`timeout`: its value).
    struct KeptOpen<'a> = "proxy-timeout-cuts-stream-strength" { location: &'a str, service: &'a str, sse: bool, known: bool, route: &'a str, timeout: &'a str }
}

impl ProxyTimeoutCutsStream {
    fn check(&self, project: &Project, cx: &mut Checker) {
        let routes = routes_by_span(project);
        // the long-lived endpoints of each service's app, worked out on first need (by service id)
        let mut cache: Vec<Option<Vec<Stream>>> = Vec::new();
        cache.resize_with(project.services.len(), || None);
        for scope in scopes(project) {
            // only the services whose app has streams have anything to check
            let locs = app_locations(scope, &routes, |sid| {
                let (Some(slot), Some(s)) = (cache.get_mut(sid), project.services.get(sid)) else {
                    return false;
                };
                !slot
                    .get_or_insert_with(|| streams_of(project, s))
                    .is_empty()
            });
            if locs.is_empty() {
                continue;
            }
            let all = scope.locations();
            let mut services: Vec<usize> = locs.iter().map(|l| l.service).collect();
            services.sort_unstable();
            services.dedup();
            for sid in services {
                let Some(s) = project.services.get(sid) else {
                    continue;
                };
                let Some(Some(streams)) = cache.get(sid) else {
                    continue;
                };
                if streams.is_empty() {
                    continue;
                }
                let mine: Vec<&AppLocation> = locs.iter().filter(|l| l.service == sid).collect();
                // regex locations are not evaluated: one proxying to the app may take the route
                if mine.iter().any(|l| is_regex_location(&l.chain)) {
                    continue;
                }
                for st in streams.iter() {
                    // the location that serves it: by path, or the app's only location
                    let (l, sure) = match &st.path {
                        Some(path) => {
                            let Some(best) = best_prefix(&all, path) else {
                                continue;
                            };
                            let Some(l) = mine.iter().find(|l| {
                                l.chain.last().map(|x| x.span) == best.last().map(|x| x.span)
                            }) else {
                                continue;
                            };
                            (*l, true)
                        }
                        None => match mine.as_slice() {
                            [only] => (*only, false),
                            _ => continue,
                        },
                    };
                    let Some(loc) = l.chain.last() else { continue };
                    // a WebSocket the location does not upgrade is `websocket-route-not-upgraded`'s
                    if !st.sse && !missing_upgrade(scope, &l.chain).is_empty() {
                        continue;
                    }
                    let Some((secs, directive)) = read_timeout(scope, &l.chain) else {
                        continue;
                    };
                    let buffers = st.sse && !st.unbuffered && buffered(scope, &l.chain);
                    let cut = match st.ping {
                        Some((every, _)) => secs < every,
                        None => secs <= 60,
                    };
                    let route = st
                        .path
                        .clone()
                        .filter(|p| !p.is_empty())
                        .unwrap_or_else(|| st.shown.clone());
                    let source = &project.file(st.file).path;
                    if !cut {
                        if let Some(d) = directive.filter(|_| (!st.sse || !buffers) && secs > 60) {
                            cx.strength(
                                loc.file,
                                loc.name_span,
                                KeptOpen {
                                    location: location_path(loc),
                                    service: &s.name,
                                    sse: st.sse,
                                    known: !route.is_empty(),
                                    route: &route,
                                    timeout: d.arg(0).unwrap_or(""),
                                },
                            );
                        }
                        continue;
                    }
                    let timeout = directive.and_then(|d| d.arg(0)).unwrap_or("");
                    let span = loc
                        .name_span
                        .cover(loc.args.last().map(|a| a.span).unwrap_or(loc.name_span));
                    let f = match st.ping {
                        Some((every, pinger)) => cx.report(
                            loc.file,
                            span,
                            Cuts {
                                location: location_path(loc),
                                service: &s.name,
                                sse: st.sse,
                                known: !route.is_empty(),
                                route: &route,
                                response: &st.response,
                                source,
                                set: directive.is_some(),
                                timeout,
                                every,
                                pinger,
                                secs,
                            },
                        ),
                        None => cx.report(
                            loc.file,
                            span,
                            Quiet {
                                location: location_path(loc),
                                service: &s.name,
                                sse: st.sse,
                                known: !route.is_empty(),
                                route: &route,
                                response: &st.response,
                                source,
                                set: directive.is_some(),
                                timeout,
                                secs,
                                buffers,
                            },
                        ),
                    };
                    f.severity(Severity::Medium).at_most(l.route.confidence);
                    match (st.ping, buffers) {
                        (Some((every, _)), _) => f.help(CutsHelp { every }),
                        (None, true) => f.help(QuietBufferedHelp {}),
                        (None, false) => f.help(QuietHelp {}),
                    };
                    if st.sse {
                        f.related(st.file, st.span, StreamRel {});
                    } else {
                        f.related(st.file, st.span, RouteRel {});
                    }
                    f.related(
                        s.defined_at.0,
                        s.defined_at.1,
                        ServiceRel { service: &s.name },
                    );
                    if let Some(d) = directive {
                        f.related(d.file, d.span, TimeoutRel {});
                    }
                    if !sure {
                        f.at_most(Confidence::Medium);
                    }
                    if is_dev(project, loc.file) {
                        f.severity(Severity::Low);
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::testing::audit_txtar_with_rule;

    fn run(py: &str, cmd: &str, nginx: &str) -> Vec<crate::diagnostic::Finding> {
        let src = format!(
            "-- compose.yml --\nservices:\n  nginx:\n    image: nginx:1.27\n    volumes: [\"./nginx.conf:/etc/nginx/conf.d/default.conf:ro\"]\n  api:\n    build: .\n-- Dockerfile --\nFROM python:3.12-slim\nCOPY app /app/app\nCMD {cmd}\n-- app/main.py --\n{py}-- nginx.conf --\nserver {{\n  listen 80;\n{nginx}}}\n"
        );
        audit_txtar_with_rule(&src, "SW6025")
            .findings
            .into_iter()
            .filter(|f| f.rule.code == "SW6025")
            .collect()
    }

    const UVICORN: &str = "[\"uvicorn\", \"app.main:app\", \"--host\", \"0.0.0.0\"]";
    const SSE_STARLETTE: &str = "from fastapi import FastAPI\nfrom sse_starlette.sse import EventSourceResponse\napp = FastAPI()\n@app.get(\"/events\")\nasync def events():\n    return EventSourceResponse(gen())\n";
    const WS: &str = "from fastapi import FastAPI\napp = FastAPI()\n@app.websocket(\"/ws\")\nasync def ws(sock):\n    await sock.accept()\n";
    const UPGRADE: &str = "proxy_http_version 1.1; proxy_set_header Upgrade $http_upgrade; proxy_set_header Connection \"upgrade\";";

    #[test]
    fn pinged_streams_need_a_timeout_below_the_ping() {
        // sse-starlette pings every 15 s: the default 60 s is fine, 10 s is not
        assert!(run(
            SSE_STARLETTE,
            UVICORN,
            "  location / { proxy_pass http://api:8000; }\n"
        )
        .is_empty());
        let f = run(
            SSE_STARLETTE,
            UVICORN,
            "  location / { proxy_pass http://api:8000; proxy_read_timeout 10s; }\n",
        );
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(
            f[0].message.contains("15 s between sse-starlette"),
            "{}",
            f[0].message
        );
        // uvicorn pings WebSockets every 20 s
        let ok = format!("  location / {{ proxy_pass http://api:8000; {UPGRADE} }}\n");
        assert!(run(WS, UVICORN, &ok).is_empty());
        let short = format!(
            "  proxy_read_timeout 15s;\n  location / {{ proxy_pass http://api:8000; {UPGRADE} }}\n"
        );
        let f = run(WS, UVICORN, &short);
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(
            f[0].message.contains("uvicorn's WebSocket pings"),
            "{}",
            f[0].message
        );
        // ... unless the interval is lowered below the timeout
        let lowered = "[\"uvicorn\", \"app.main:app\", \"--host\", \"0.0.0.0\", \"--ws-ping-interval\", \"10\"]";
        assert!(run(WS, lowered, &short).is_empty());
        // a server whose pings the audit does not know: silent here
        assert!(run(WS, "[\"hypercorn\", \"app.main:app\"]", &short).is_empty());
    }

    #[test]
    fn plain_sse_behind_the_default_timeout_is_advice_and_a_dedicated_location_is_praised() {
        let plain = "from flask import Flask, Response\napp = Flask(__name__)\n@app.route(\"/stream\")\ndef stream():\n    return Response(gen(), mimetype=\"text/event-stream\")\n";
        let gunicorn = "[\"gunicorn\", \"-b\", \"0.0.0.0:8000\", \"app.main:app\"]";
        let f = run(
            plain,
            gunicorn,
            "  location / { proxy_pass http://api:8000; }\n",
        );
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(f[0].message.contains("advice"), "{}", f[0].message);
        assert!(f[0].message.contains("buffers"), "{}", f[0].message);
        let src = "  location / { proxy_pass http://api:8000; }\n  location /stream { proxy_pass http://api:8000; proxy_read_timeout 1h; proxy_buffering off; }\n";
        assert!(run(plain, gunicorn, src).is_empty());
    }

    /// The catalogue says, word for word, what the rule said when it built its text itself.
    #[test]
    fn english_text_of_every_variant() {
        use super::{pinger, Cuts, KeptOpen, Quiet};
        use crate::i18n::Lang;
        use crate::message::Message;
        let cuts = |sse: bool, set: bool, known: bool, who: &str| -> Message {
            Cuts {
                location: "/api/",
                service: "api",
                sse,
                known,
                route: if known { "/api/events" } else { "" },
                response: "EventSourceResponse",
                source: "app/main.py",
                set,
                timeout: "10s",
                every: 25,
                pinger: who,
                secs: 10,
            }
            .into()
        };
        let m = cuts(true, true, true, pinger::SSE_STARLETTE);
        assert_eq!(m, "`location /api/` proxies `api`'s server-sent events stream `/api/events` (`EventSourceResponse` in app/main.py) with `proxy_read_timeout 10s`, shorter than the 25 s between sse-starlette's keep-alive comments: nginx closes every idle connection after 10 s");
        let m = cuts(false, false, false, pinger::SOCKETIO);
        assert_eq!(m, "`location /api/` proxies `api`'s WebSocket route `(route declared elsewhere)` (app/main.py) with nginx's default read timeout of 60 s, shorter than the 25 s between Socket.IO's pings: nginx closes every idle connection after 10 s");
        assert!(
            cuts(false, true, true, pinger::DAPHNE).contains("between Daphne's WebSocket pings:")
        );
        assert!(
            cuts(false, true, true, pinger::UVICORN).contains("between uvicorn's WebSocket pings:")
        );
        let ru = cuts(true, true, true, pinger::SSE_STARLETTE)
            .in_lang(Lang::Ru)
            .into_owned();
        assert!(ru.contains("(`EventSourceResponse` в app/main.py)"), "{ru}");
        let quiet = |set: bool, buffers: bool| -> Message {
            Quiet {
                location: "/",
                service: "api",
                sse: true,
                known: true,
                route: "/stream",
                response: "Response",
                source: "app/main.py",
                set,
                timeout: "30s",
                secs: if set { 30 } else { 60 },
                buffers,
            }
            .into()
        };
        assert_eq!(quiet(false, false), "`location /` proxies `api`'s server-sent events stream `/stream` (`Response` in app/main.py, which sends nothing between events) with nginx's default read timeout of 60 s: a stream quiet for 60 s is closed by nginx and the browser reconnects; advice: this depends on how often the app sends events");
        assert_eq!(quiet(true, true), "`location /` proxies `api`'s server-sent events stream `/stream` (`Response` in app/main.py, which sends nothing between events) with `proxy_read_timeout 30s`: a stream quiet for 30 s is closed by nginx and the browser reconnects; advice: this depends on how often the app sends events, and nginx buffers the response (`proxy_buffering` on), so events arrive late");
        let kept = |sse: bool| -> Message {
            KeptOpen {
                location: "/stream",
                service: "api",
                sse,
                known: true,
                route: "/stream",
                timeout: "1h",
            }
            .into()
        };
        assert_eq!(kept(true), "`location /stream` keeps `api`'s server-sent events stream `/stream` open (`proxy_read_timeout 1h`, buffering off)");
        assert_eq!(kept(false), "`location /stream` keeps `api`'s WebSocket route `/stream` open (`proxy_read_timeout 1h`)");
        // helps and related labels, end to end
        let f = run(
            SSE_STARLETTE,
            UVICORN,
            "  location / { proxy_pass http://api:8000; proxy_read_timeout 10s; }\n",
        );
        assert_eq!(f[0].help.as_deref(), Some("raise `proxy_read_timeout` for this location above 15 s (e.g. `proxy_read_timeout 1h;` in a dedicated location), or ping more often than the timeout"));
        let labels: Vec<String> = f[0].related.iter().map(|r| r.message.to_string()).collect();
        assert_eq!(
            labels,
            [
                "the stream is returned here",
                "the `api` service",
                "the read timeout in effect"
            ]
        );
        let plain = "from flask import Flask, Response\napp = Flask(__name__)\n@app.route(\"/stream\")\ndef stream():\n    return Response(gen(), mimetype=\"text/event-stream\")\n";
        let f = run(
            plain,
            UVICORN,
            "  location / { proxy_pass http://api:8000; proxy_buffering off; }\n",
        );
        assert_eq!(f[0].help.as_deref(), Some("raise `proxy_read_timeout` for the stream's location (e.g. `1h`), or send a comment line (`: ping`) more often than the timeout"));
        let f = run(
            plain,
            UVICORN,
            "  location / { proxy_pass http://api:8000; }\n",
        );
        assert_eq!(f[0].help.as_deref(), Some("serve the stream from a dedicated location with `proxy_read_timeout 1h; proxy_buffering off;`, or send a comment line (`: ping`) more often than the timeout"));
        let ws = format!(
            "  proxy_read_timeout 15s;\n  location / {{ proxy_pass http://api:8000; {UPGRADE} }}\n"
        );
        let f = run(WS, UVICORN, &ws);
        assert_eq!(f[0].related[0].message, "WebSocket route declared here");
        let ok = "  location / { proxy_pass http://api:8000; proxy_read_timeout 1h; proxy_buffering off; }\n";
        let src = format!("-- compose.yml --\nservices:\n  nginx:\n    image: nginx:1.27\n    volumes: [\"./nginx.conf:/etc/nginx/conf.d/default.conf:ro\"]\n  api:\n    build: .\n-- Dockerfile --\nFROM python:3.12-slim\nCOPY app /app/app\nCMD {UVICORN}\n-- app/main.py --\n{plain}-- nginx.conf --\nserver {{\n  listen 80;\n{ok}}}\n");
        let a = audit_txtar_with_rule(&src, "SW6025");
        let praised: Vec<String> = a.strengths.iter().map(|s| s.message.to_string()).collect();
        assert_eq!(praised, ["`location /` keeps `api`'s server-sent events stream `/stream` open (`proxy_read_timeout 1h`, buffering off)"]);
        let ru = a.strengths[0].message.in_lang(Lang::Ru).into_owned();
        assert!(
            ru.contains("поток server-sent events `/stream` сервиса `api`"),
            "{ru}"
        );
        let uk = f[0].message.in_lang(Lang::Uk).into_owned();
        assert!(uk.contains("між WebSocket-пінгами uvicorn"), "{uk}");
    }
}
