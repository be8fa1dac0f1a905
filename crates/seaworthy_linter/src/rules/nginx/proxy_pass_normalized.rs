use super::helpers::{
    assignments_unescaped, can_contain, capture_sources, expand, location_regex, pattern_dotall,
    resolve_capture, split_host, var_refs,
};
use super::scopes;
use crate::declare_rule;
use crate::project::nginx::RDirective;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports `proxy_pass` whose URI part is built from a regex capture of the request path
    /// (`location ~ ^/api/(.*)$ { proxy_pass http://backend/$1; }`, a named capture, or one
    /// copied through `set`), and a URI part in a regex or named location or inside `if`,
    /// which nginx refuses at start-up. A URI part that replaces a prefix location's path
    /// (`location /api/ { proxy_pass http://backend/; }`) is nginx's normal path mapping and is
    /// not reported; `$uri` and captures that can hold a line feed are reported by
    /// `http-splitting` instead.
    ///
    /// ## Why is this bad?
    /// Locations match the decoded, normalised path, so a capture holds decoded text, and nginx
    /// sends a URI built from variables exactly as it is, without encoding it again. What the
    /// client encoded arrives decoded: `%3F` becomes a `?` that starts a query string the
    /// client chose, `%2F` becomes a path separator, `%252e%252e%252f` reaches the application
    /// as `%2e%2e%2f` and is decoded a second time into `../`, which can walk out of the path
    /// the location was meant to expose. Spaces and `#` end the request line or the path
    /// early.
    ///
    /// ## Example
    /// ```nginx
    /// server {
    ///     listen 80;
    ///     location ~ ^/api/(.*)$ {
    ///         proxy_pass http://backend:8000/$1;
    ///     }
    /// }
    /// ```
    ///
    /// ## Use instead
    /// ```nginx
    /// server {
    ///     listen 80;
    ///     location /api/ {
    ///         proxy_pass http://backend:8000/;
    ///     }
    /// }
    /// ```
    ///
    /// ## References
    /// - <https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_pass>
    /// - <https://nginx.org/en/docs/http/ngx_http_core_module.html#location>
    pub struct ProxyPassNormalized {
        code: "SW3034",
        name: "proxy-pass-normalized",
        family: Nginx,
        severity: Medium,
        category: Security,
        gixy: ["proxy_pass_normalized"],
        summary: "`proxy_pass` URI built from the decoded path",
    }
}

crate::message! {
    /// A `proxy_pass` with a URI part where nginx rejects one (`place`: `block` inside an `if`
    /// or `limit_except` named `block`, `regex` location, `named` location).
    struct UriPart<'a> = "proxy-pass-normalized-uri-part" { target: &'a str, place: &'a str, block: &'a str }
    struct UriPartHelp = "proxy-pass-normalized-uri-part-help" {}
    /// A capture of the decoded path sent upstream (`through`: by way of `set`, `via`).
    struct Decoded = "proxy-pass-normalized" { var: String, through: bool, via: String, by: String }
    struct DecodedHelp = "proxy-pass-normalized-help" {}
}

impl ProxyPassNormalized {
    fn check(&self, project: &Project, cx: &mut Checker) {
        let mut seen = std::collections::BTreeSet::new();
        for scope in scopes(project) {
            let table = assignments_unescaped(scope);
            scope.each_block(|chain| {
                let Some(block) = chain.last() else { return };
                let Some(loc) = chain.iter().rev().find(|b| b.name == "location") else {
                    return;
                };
                for pass in block.kids().iter().filter(|d| d.name == "proxy_pass") {
                    let Some(arg) = pass.args.first() else {
                        continue;
                    };
                    if !seen.insert((pass.file, pass.span)) {
                        continue;
                    }
                    // a fixed URI part where nginx cannot tell what it replaces
                    let (_, uri) = split_host(&arg.text);
                    if !arg.text.contains('$') && arg.text.contains("://") && !uri.is_empty() {
                        let place = if block.name != "location" {
                            Some("block")
                        } else if location_regex(loc).is_some() {
                            Some("regex")
                        } else if loc.arg(0).is_some_and(|a| a.starts_with('@')) {
                            Some("named")
                        } else {
                            None
                        };
                        if let Some(place) = place {
                            cx.report(
                                pass.file,
                                arg.span,
                                UriPart {
                                    target: &arg.text,
                                    place,
                                    block: &block.name,
                                },
                            )
                            .help(UriPartHelp {});
                        }
                        continue;
                    }
                    let sources = capture_sources(scope, chain, pass);
                    let found = expand(&arg.text, &table).into_iter().find_map(|e| {
                        let (_, uri) = split_host(&e.text);
                        decoded_capture(uri, &e.via, &sources)
                    });
                    let Some(msg) = found else { continue };
                    cx.report(pass.file, arg.span, msg).help(DecodedHelp {});
                }
            });
        }
    }
}

/// A capture of the decoded path in the URI part (not one `http-splitting` reports).
fn decoded_capture(
    uri: &str,
    via: &[(String, &RDirective)],
    sources: &[super::helpers::CaptureSource<'_>],
) -> Option<Decoded> {
    for r in var_refs(uri) {
        let Some((cap, src)) = resolve_capture(sources, &r.name) else {
            continue;
        };
        if !src.decoded_subject || can_contain(&cap.body, '\n', pattern_dotall(&src.regex)) {
            continue;
        }
        let via = via
            .first()
            .map(|(_, d)| format!("{} {}", d.name, d.args_text()));
        return Some(Decoded {
            var: format!("${}", r.name),
            through: via.is_some(),
            via: via.unwrap_or_default(),
            by: format!("{} {}", src.directive.name, src.directive.args_text()),
        });
    }
    None
}
