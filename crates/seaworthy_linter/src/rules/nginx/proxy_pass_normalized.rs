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

impl ProxyPassNormalized {
    fn check(&self, project: &Project, cx: &mut Checker) {
        let mut seen = std::collections::BTreeSet::new();
        for scope in scopes(project) {
            let table = assignments_unescaped(scope);
            for chain in scope.blocks() {
                let Some(block) = chain.last() else { continue };
                let Some(loc) = chain.iter().rev().find(|b| b.name == "location") else {
                    continue;
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
                        let why = if block.name != "location" {
                            Some(format!("inside `{}`", block.name))
                        } else if location_regex(loc).is_some() {
                            Some("in a regex location".to_string())
                        } else if loc.arg(0).is_some_and(|a| a.starts_with('@')) {
                            Some("in a named location".to_string())
                        } else {
                            None
                        };
                        if let Some(why) = why {
                            cx.report(
                                pass.file,
                                arg.span,
                                format!("`proxy_pass {}` has a URI part {why}: nginx refuses to start with it", arg.text),
                            )
                            .help("drop the URI part (`proxy_pass http://backend;`) and rewrite the path with `rewrite ... break;` if needed");
                        }
                        continue;
                    }
                    let sources = capture_sources(scope, &chain, pass);
                    let found = expand(&arg.text, &table).into_iter().find_map(|e| {
                        let (_, uri) = split_host(&e.text);
                        decoded_capture(uri, &e.via, &sources)
                    });
                    let Some(what) = found else { continue };
                    cx.report(
                        pass.file,
                        arg.span,
                        format!(
                            "{what} holds the decoded path and `proxy_pass` sends it as is: `%2F`, `%3F` and `%25` reach the upstream decoded, and it decodes them again"
                        ),
                    )
                    .help("map the path with a prefix location (`location /api/ { proxy_pass http://backend/; }`), or pass `$request_uri` unchanged");
                }
            }
        }
    }
}

/// A capture of the decoded path in the URI part (not one `http-splitting` reports).
fn decoded_capture(
    uri: &str,
    via: &[(String, &RDirective)],
    sources: &[super::helpers::CaptureSource<'_>],
) -> Option<String> {
    for r in var_refs(uri) {
        let Some((cap, src)) = resolve_capture(sources, &r.name) else {
            continue;
        };
        if !src.decoded_subject || can_contain(&cap.body, '\n', pattern_dotall(&src.regex)) {
            continue;
        }
        let through = via
            .first()
            .map(|(_, d)| format!(" (through `{} {}`)", d.name, d.args_text()))
            .unwrap_or_default();
        return Some(format!(
            "`${}`{through}, captured by `{} {}`,",
            r.name,
            src.directive.name,
            src.directive.args_text()
        ));
    }
    None
}
