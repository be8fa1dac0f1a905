use super::helpers::{app_locations, python_of_service, routes_by_span};
use crate::declare_rule;
use crate::diagnostic::Severity;
use crate::project::{FileId, Project};
use crate::rule::Checker;
use crate::rules::nginx::{is_dev, location_path, scopes};
use seaworthy_app::value::Lit;
use seaworthy_syntax::nginx::parse_size;
use seaworthy_syntax::Span;
use std::collections::BTreeMap;

declare_rule! {
    /// ## What it does
    /// Compares nginx's `client_max_body_size` on the locations that proxy to an app with the
    /// upload limit the app sets itself (Flask/Quart `MAX_CONTENT_LENGTH`, Sanic
    /// `REQUEST_MAX_SIZE`, aiohttp `client_max_size`). It reports nginx accepting bodies far
    /// above what the app accepts (advice), and nginx rejecting bodies the app is configured to
    /// accept (every location to the app is below the app's limit; nginx's default is 1 MB).
    ///
    /// ## Why is this bad?
    /// Above the app's limit, nginx buffers multi-gigabyte bodies to disk only for the app to
    /// answer 413: the early, cheap rejection nginx could make is lost, and slow uploads tie up
    /// connections. Below it, uploads that the app is built to take fail with nginx's own 413
    /// page, only in the deployed stack.
    ///
    /// ## Example
    /// ```python path=app/main.py
    /// from flask import Flask
    ///
    /// app = Flask(__name__)
    /// app.config["MAX_CONTENT_LENGTH"] = 200 * 1024 * 1024
    /// ```
    /// ```yaml path=compose.yml
    /// services:
    ///   nginx:
    ///     image: nginx:1.27
    ///     volumes: ["./nginx.conf:/etc/nginx/conf.d/default.conf:ro"]
    ///   web:
    ///     build: .
    /// ```
    /// ```dockerfile path=Dockerfile
    /// FROM python:3.12-slim
    /// COPY app /srv/app
    /// CMD ["gunicorn", "-b", "0.0.0.0:8000", "app.main:app"]
    /// ```
    /// ```nginx path=nginx.conf
    /// server {
    ///     listen 80;
    ///     client_max_body_size 2G;
    ///     location / { proxy_pass http://web:8000; }
    /// }
    /// ```
    ///
    /// ## Use instead
    /// ```python path=app/main.py
    /// from flask import Flask
    ///
    /// app = Flask(__name__)
    /// app.config["MAX_CONTENT_LENGTH"] = 200 * 1024 * 1024
    /// ```
    /// ```yaml path=compose.yml
    /// services:
    ///   nginx:
    ///     image: nginx:1.27
    ///     volumes: ["./nginx.conf:/etc/nginx/conf.d/default.conf:ro"]
    ///   web:
    ///     build: .
    /// ```
    /// ```dockerfile path=Dockerfile
    /// FROM python:3.12-slim
    /// COPY app /srv/app
    /// CMD ["gunicorn", "-b", "0.0.0.0:8000", "app.main:app"]
    /// ```
    /// ```nginx path=nginx.conf
    /// server {
    ///     listen 80;
    ///     client_max_body_size 200m;
    ///     location / { proxy_pass http://web:8000; }
    /// }
    /// ```
    ///
    /// ## References
    /// - <https://nginx.org/en/docs/http/ngx_http_core_module.html#client_max_body_size>
    /// - <https://flask.palletsprojects.com/en/stable/config/#MAX_CONTENT_LENGTH>
    /// - <https://sanic.dev/en/guide/running/configuration.html#builtin-values>
    /// - <https://docs.aiohttp.org/en/stable/web_reference.html#aiohttp.web.Application>
    pub struct BodySizeVsAppLimit {
        code: "SW6021",
        name: "body-size-vs-app-limit",
        family: Project,
        severity: Low,
        category: Reliability,
        summary: "nginx client_max_body_size disagrees with the app's upload limit",
    }
}

const MB: u64 = 1024 * 1024;
/// nginx's default `client_max_body_size`.
const DEFAULT: u64 = MB;

/// A size as the catalogue shows it: a number and its unit (`GB`, `MB`, `KB`; `unlimited` for
/// nginx's 0).
fn human(bytes: u64) -> (u64, &'static str) {
    if bytes == 0 {
        (0, "unlimited")
    } else if bytes >= 1024 * MB && bytes % (1024 * MB) == 0 {
        (bytes / (1024 * MB), "GB")
    } else if bytes >= MB {
        (bytes / MB, "MB")
    } else {
        (bytes / 1024, "KB")
    }
}

crate::message! {
    /// nginx's limit is below the app's on every location to the service.
    struct Below<'a> = "body-size-vs-app-limit" { nginx: u64, nginx_unit: &'a str, written: &'a str, default: bool, location: &'a str, service: &'a str, app: u64, app_unit: &'a str, setting: &'a str }
    struct BelowHelp = "body-size-vs-app-limit-help" { mb: u64 }
    /// nginx lets through far more than the app accepts.
    struct Far<'a> = "body-size-vs-app-limit-far" { nginx: u64, nginx_unit: &'a str, service: &'a str, app: u64, app_unit: &'a str, setting: &'a str }
    struct FarHelp = "body-size-vs-app-limit-far-help" { mb: u64 }
    /// The app's own setting.
    struct AppLimit<'a> = "body-size-vs-app-limit-related-app" { app: u64, app_unit: &'a str }
    /// The service's definition.
    struct ServiceRel<'a> = "body-size-vs-app-limit-related-service" { service: &'a str }
    struct Matches<'a> = "body-size-vs-app-limit-strength" { service: &'a str, app: u64, app_unit: &'a str }
}

/// The app's own limit: (bytes, setting name, file, span).
type Limit = (u64, String, FileId, Span);

fn app_limit(pys: &[(FileId, &seaworthy_app::python::PythonFacts)]) -> Option<Limit> {
    let mut out: Option<Limit> = None;
    for (f, p) in pys {
        for (name, v) in p.upload_limits() {
            // Django's two settings are not upload caps (files are excluded / streamed to disk)
            if name.starts_with("DATA_UPLOAD") || name.starts_with("FILE_UPLOAD") {
                continue;
            }
            let Some(Lit::Int(n)) = v.when_unset().or_else(|| v.as_int().map(Lit::Int)) else {
                continue;
            };
            let Ok(n) = u64::try_from(n) else { continue };
            if n == 0 {
                continue;
            }
            // several limits (settings per environment): the largest decides what nginx must let through
            if out.as_ref().is_none_or(|o| n > o.0) {
                out = Some((n, name.to_string(), *f, v.span));
            }
        }
    }
    out
}

impl BodySizeVsAppLimit {
    fn check(&self, project: &Project, cx: &mut Checker) {
        let routes = routes_by_span(project);
        // the app's limit per service, worked out on first need (indexed by service id)
        let mut limits: Vec<Option<Option<Limit>>> = vec![None; project.services.len()];
        for scope in scopes(project) {
            if scope.unresolved_include(&[&scope.server]).is_some() {
                continue;
            }
            // only the services whose app sets a limit have anything to compare
            let locs = app_locations(scope, &routes, |sid| {
                let (Some(slot), Some(s)) = (limits.get_mut(sid), project.services.get(sid)) else {
                    return false;
                };
                slot.get_or_insert_with(|| app_limit(&python_of_service(project, s)))
                    .is_some()
            });
            let mut by_service: BTreeMap<usize, Vec<_>> = BTreeMap::new();
            for l in &locs {
                by_service.entry(l.service).or_default().push(l);
            }
            for (sid, mine) in by_service {
                let Some(s) = project.services.get(sid) else {
                    continue;
                };
                let Some(Some((app, setting, lf, lspan))) = limits.get(sid).cloned().flatten()
                else {
                    continue;
                };
                let sized: Vec<_> = mine
                    .iter()
                    .map(|l| {
                        let d = scope.innermost("client_max_body_size", &l.chain);
                        let bytes = d.and_then(|d| d.arg(0)).map_or(Some(DEFAULT), parse_size);
                        (l, d, bytes)
                    })
                    .collect();
                // nginx below the app everywhere: the app's uploads never arrive
                let all_below = sized
                    .iter()
                    .all(|(_, _, b)| b.is_some_and(|b| b != 0 && b < app));
                if all_below {
                    let Some((l, d, Some(bytes))) = sized.iter().max_by_key(|(_, _, b)| *b) else {
                        continue;
                    };
                    let Some(loc) = l.chain.last() else { continue };
                    let (file, span, written) = match d {
                        Some(d) => (
                            d.file,
                            d.span,
                            d.args.first().map(|a| a.text.as_str()).unwrap_or(""),
                        ),
                        None => (
                            loc.file,
                            loc.name_span
                                .cover(loc.args.last().map(|a| a.span).unwrap_or(loc.name_span)),
                            "",
                        ),
                    };
                    let (nginx, nginx_unit) = human(*bytes);
                    let (app_n, app_unit) = human(app);
                    let f = cx.report(
                        file,
                        span,
                        Below {
                            nginx,
                            nginx_unit,
                            written,
                            default: d.is_none(),
                            location: location_path(loc),
                            service: &s.name,
                            app: app_n,
                            app_unit,
                            setting: &setting,
                        },
                    );
                    f.severity(if is_dev(project, file) {
                        Severity::Low
                    } else {
                        Severity::Medium
                    })
                    .at_most(l.route.confidence)
                    .related(
                        lf,
                        lspan,
                        AppLimit {
                            app: app_n,
                            app_unit,
                        },
                    )
                    .related(
                        s.defined_at.0,
                        s.defined_at.1,
                        ServiceRel { service: &s.name },
                    )
                    .help(BelowHelp {
                        mb: app.div_ceil(MB),
                    });
                    continue;
                }
                for (l, d, bytes) in &sized {
                    let (Some(d), Some(bytes)) = (d, bytes) else {
                        continue;
                    };
                    let far =
                        *bytes == 0 || (*bytes >= app.saturating_mul(4) && *bytes >= app + 64 * MB);
                    if !far {
                        continue;
                    }
                    let (nginx, nginx_unit) = human(*bytes);
                    let (app_n, app_unit) = human(app);
                    let f = cx.report(
                        d.file,
                        d.span,
                        Far {
                            nginx,
                            nginx_unit,
                            service: &s.name,
                            app: app_n,
                            app_unit,
                            setting: &setting,
                        },
                    );
                    f.at_most(l.route.confidence)
                        .related(
                            lf,
                            lspan,
                            AppLimit {
                                app: app_n,
                                app_unit,
                            },
                        )
                        .related(
                            s.defined_at.0,
                            s.defined_at.1,
                            ServiceRel { service: &s.name },
                        )
                        .help(FarHelp {
                            mb: app.div_ceil(MB),
                        })
                        .group(format!("{}:{}", d.file, d.span.start));
                }
                if sized
                    .iter()
                    .all(|(_, _, b)| b.is_some_and(|b| b >= app && b < app.saturating_mul(4)))
                {
                    if let Some((l, Some(d), _)) = sized.first() {
                        let _ = l;
                        let (app_n, app_unit) = human(app);
                        cx.strength(
                            d.file,
                            d.span,
                            Matches {
                                service: &s.name,
                                app: app_n,
                                app_unit,
                            },
                        );
                    }
                }
            }
        }
    }
}
