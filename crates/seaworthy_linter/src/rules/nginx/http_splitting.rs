use super::helpers::{
    assignments_unescaped, can_contain, capture_sources, expand, is_decoded_path_var,
    pattern_dotall, resolve_capture, split_host, var_refs, CaptureSource,
};
use super::scopes;
use crate::declare_rule;
use crate::project::nginx::RDirective;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports values that can carry a line feed from the request into a header or into the
    /// request nginx sends upstream: `$uri`, `$document_uri`, and regex captures of the decoded
    /// path that can match a line feed (`([^/]*)`, `(\W+)`, `(?s)(.*)`), when used in response
    /// headers (`add_header`), upstream headers (`proxy_set_header`), redirects (`return 30x`,
    /// `rewrite ... redirect`) or the URI part of `proxy_pass` (`proxy_pass
    /// http://backend$uri;`), directly or through `set` variables. A `(.*)` capture is not
    /// reported: PCRE's `.` does not match a line feed. A numbered capture copied by `set` or
    /// used in `rewrite` is re-escaped by nginx and is not reported either.
    ///
    /// ## Why is this bad?
    /// `$uri` is URL-decoded: a request for `/%0d%0aSet-Cookie:%20a=b` puts a CRLF into the value.
    /// In a response header the attacker writes arbitrary headers (HTTP response splitting:
    /// session fixation, cache poisoning, XSS). In `proxy_pass` nginx sends a URI built from
    /// variables as is, so the attacker ends the request line and injects headers or a second
    /// request to the upstream. `$request_uri` stays encoded and is safe.
    ///
    /// ## Example
    /// ```nginx
    /// server {
    ///     listen 80;
    ///     location / {
    ///         return 301 https://example.com$uri;
    ///     }
    /// }
    /// ```
    ///
    /// ## Use instead
    /// ```nginx
    /// server {
    ///     listen 80;
    ///     location / {
    ///         return 301 https://example.com$request_uri;
    ///     }
    /// }
    /// ```
    ///
    /// ## References
    /// - <https://nginx.org/en/docs/http/ngx_http_core_module.html#var_uri>
    /// - <https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_pass>
    /// - <https://owasp.org/www-community/attacks/HTTP_Response_Splitting>
    pub struct HttpSplitting {
        code: "SW3019",
        name: "http-splitting",
        family: Nginx,
        severity: High,
        category: Security,
        gixy: ["http_splitting"],
        summary: "Decoded URI written into a header or upstream request (HTTP splitting)",
    }
}

/// Where a value goes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Sink {
    Header,
    Upstream,
}

crate::message! {
    /// A decoded value written into a response or request header (`capture`: the variable is a
    /// regex capture, `pattern` captured by `by`; `through`: reached through `set`, `via`).
    struct SplitsHeader = "http-splitting" { var: String, capture: bool, pattern: String, by: String, through: bool, via: String, header: String }
    struct HeaderHelp = "http-splitting-help" {}
    /// A decoded value in the URI `proxy_pass`/`grpc_pass` sends upstream.
    struct SplitsUpstream<'a> = "http-splitting-upstream" { var: String, capture: bool, pattern: String, by: String, through: bool, via: String, directive: &'a str }
    struct UpstreamHelp = "http-splitting-upstream-help" {}
}

impl HttpSplitting {
    fn check(&self, project: &Project, cx: &mut Checker) {
        let mut seen = std::collections::BTreeSet::new();
        for scope in scopes(project) {
            let table = assignments_unescaped(scope);
            scope.each_block(|chain| {
                let Some(block) = chain.last() else { return };
                for d in block.kids() {
                    let Some((arg, sink, numbered_ok)) = sink_value(d) else {
                        continue;
                    };
                    let sources = capture_sources(scope, chain, d);
                    let found = expand(&arg.text, &table).into_iter().find_map(|e| {
                        let text = match sink {
                            Sink::Upstream => split_host(&e.text).1.to_string(),
                            Sink::Header => e.text.clone(),
                        };
                        let via = e
                            .via
                            .first()
                            .map(|(_, v)| format!("{} {}", v.name, v.args_text()));
                        line_feed_carrier(&text, &sources, numbered_ok).map(|w| (w, via))
                    });
                    let Some((carrier, via)) = found else {
                        continue;
                    };
                    if !seen.insert((d.file, arg.span)) {
                        continue;
                    }
                    let (capture, pattern, by) = match carrier.capture {
                        Some((pattern, by)) => (true, pattern, by),
                        None => (false, String::new(), String::new()),
                    };
                    let (through, via) = match via {
                        Some(v) => (true, v),
                        None => (false, String::new()),
                    };
                    let (msg, help): (crate::message::Message, crate::message::Message) = match sink
                    {
                        Sink::Header => (
                            SplitsHeader {
                                var: carrier.var,
                                capture,
                                pattern,
                                by,
                                through,
                                via,
                                header: header_of(d),
                            }
                            .into(),
                            HeaderHelp {}.into(),
                        ),
                        Sink::Upstream => (
                            SplitsUpstream {
                                var: carrier.var,
                                capture,
                                pattern,
                                by,
                                through,
                                via,
                                directive: &d.name,
                            }
                            .into(),
                            UpstreamHelp {}.into(),
                        ),
                    };
                    cx.report(d.file, arg.span, msg).help(help);
                }
            });
        }
    }
}

/// The value a directive writes into a header or an upstream request: the argument, where it
/// goes, and whether numbered captures reach it unescaped.
fn sink_value(d: &RDirective) -> Option<(&seaworthy_syntax::nginx::Arg, Sink, bool)> {
    match d.name.as_str() {
        "add_header" | "proxy_set_header" | "more_set_headers" => {
            Some((d.args.get(1)?, Sink::Header, true))
        }
        "return" => {
            let first = d.arg(0)?;
            if first.starts_with('3') && first.len() == 3 {
                Some((d.args.get(1)?, Sink::Header, true))
            } else if first.contains("://") || first.starts_with("$scheme") {
                // `return URL;` is a 302
                Some((d.args.first()?, Sink::Header, true))
            } else {
                None
            }
        }
        "rewrite" => {
            let repl = d.args.get(1)?;
            let redirect = d
                .args
                .get(2)
                .is_some_and(|f| f.text == "redirect" || f.text == "permanent")
                || repl.text.contains("://")
                || repl.text.starts_with("$scheme");
            // rewrite re-escapes its numbered captures
            redirect.then_some((repl, Sink::Header, false))
        }
        "proxy_pass" | "grpc_pass" => Some((d.args.first()?, Sink::Upstream, true)),
        _ => None,
    }
}

fn header_of(d: &RDirective) -> String {
    match d.name.as_str() {
        "add_header" | "proxy_set_header" => d.arg(0).unwrap_or("?").to_string(),
        _ => "Location".to_string(),
    }
}

/// A variable that can hold a decoded line feed: `$name`, and for a capture its pattern and
/// the directive that captured it.
struct Carrier {
    var: String,
    capture: Option<(String, String)>,
}

/// The first variable in `text` that can hold a decoded line feed.
fn line_feed_carrier(
    text: &str,
    sources: &[CaptureSource<'_>],
    numbered_ok: bool,
) -> Option<Carrier> {
    for r in var_refs(text) {
        if is_decoded_path_var(&r.name) {
            return Some(Carrier {
                var: format!("${}", r.name),
                capture: None,
            });
        }
        let numbered = r.name.chars().all(|c| c.is_ascii_digit());
        if numbered && !numbered_ok {
            continue;
        }
        if let Some((cap, src)) = resolve_capture(sources, &r.name) {
            if src.decoded_subject && can_contain(&cap.body, '\n', pattern_dotall(&src.regex)) {
                return Some(Carrier {
                    var: format!("${}", r.name),
                    capture: Some((
                        cap.body.clone(),
                        format!("{} {}", src.directive.name, src.directive.args_text()),
                    )),
                });
            }
        }
    }
    None
}
