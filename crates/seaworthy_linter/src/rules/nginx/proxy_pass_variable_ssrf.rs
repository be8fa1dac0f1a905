use super::helpers::{
    assignments, can_contain, capture_sources, expand, pattern_dotall, resolve_capture, split_host,
    user_controlled, var_refs, CaptureSource,
};
use super::scopes;
use crate::declare_rule;
use crate::project::nginx::RDirective;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports `proxy_pass` (and `fastcgi_pass`/`uwsgi_pass`/`grpc_pass`) whose host comes from the
    /// request: `$arg_*`, `$http_*`, `$cookie_*`, `$host`, `$args`, or a regex capture (`$1`, a
    /// named capture `(?<target>...)`) of a `location`, `if`, `rewrite` or `server_name` that can
    /// hold a dot, directly or through `set`/`map` variables. A variable set to a fixed name
    /// (`set $backend api;`), an envsubst placeholder (`${UPSTREAM}`) and the request path after
    /// the host (`http://$backend$request_uri`) are not the client's choice. `internal`
    /// locations are skipped.
    ///
    /// ## Why is this bad?
    /// The client chooses where nginx connects: internal services, cloud metadata endpoints
    /// (`169.254.169.254`), the database admin port. This is server-side request forgery.
    ///
    /// ## Example
    /// ```nginx
    /// server {
    ///     listen 80;
    ///     location ~ ^/proxy/(.*)$ {
    ///         proxy_pass http://$1;
    ///     }
    /// }
    /// ```
    ///
    /// ## Use instead
    /// ```nginx
    /// server {
    ///     listen 80;
    ///     location ~ ^/proxy/(.*)$ {
    ///         proxy_pass http://backend/$1;
    ///     }
    /// }
    /// ```
    ///
    /// ## References
    /// - <https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_pass>
    /// - <https://nginx.org/en/docs/http/ngx_http_core_module.html#location>
    /// - <https://owasp.org/www-community/attacks/Server_Side_Request_Forgery>
    pub struct ProxyPassVariableSsrf {
        code: "SW3017",
        name: "proxy-pass-variable-ssrf",
        family: Nginx,
        severity: High,
        category: Security,
        gixy: ["ssrf"],
        summary: "Upstream host taken from the request (SSRF)",
    }
}

impl ProxyPassVariableSsrf {
    fn check(&self, project: &Project, cx: &mut Checker) {
        let mut seen = std::collections::BTreeSet::new();
        for scope in scopes(project) {
            let table = assignments(scope);
            for chain in scope.blocks() {
                let Some(block) = chain.last() else { continue };
                // an `internal` location only serves nginx's own redirects
                if chain
                    .iter()
                    .rev()
                    .find(|b| b.name == "location")
                    .is_some_and(|l| l.find("internal").next().is_some())
                {
                    continue;
                }
                for pass in block.kids().iter().filter(|d| {
                    matches!(
                        d.name.as_str(),
                        "proxy_pass" | "fastcgi_pass" | "uwsgi_pass" | "grpc_pass" | "scgi_pass"
                    )
                }) {
                    let Some(arg) = pass.args.first() else {
                        continue;
                    };
                    let sources = capture_sources(scope, &chain, pass);
                    let Some(why) = expand(&arg.text, &table)
                        .iter()
                        .find_map(|e| tainted_host(&e.text, &e.via, &sources))
                    else {
                        continue;
                    };
                    if !seen.insert((pass.file, pass.span)) {
                        continue;
                    }
                    cx.report(
                        pass.file,
                        arg.span,
                        format!("the upstream host of `{} {}` comes from {why}", pass.name, arg.text),
                    )
                    .help("proxy to a fixed upstream and pass the client's value in the path or a header, or map allowed values to upstream names with a `map` block");
                }
            }
        }
    }
}

/// Why the host part of `target` is the client's choice, if it is.
fn tainted_host(
    target: &str,
    via: &[(String, &RDirective)],
    sources: &[CaptureSource<'_>],
) -> Option<String> {
    let (host, _) = split_host(target);
    let through = match via.first() {
        Some((_, d)) => format!(" (through `{} {}`)", d.name, abbreviate(&d.args_text())),
        None => String::new(),
    };
    for r in var_refs(host) {
        if user_controlled(&r.name) {
            return Some(format!("`${}`{through}, which the client controls", r.name));
        }
        if let Some((cap, src)) = resolve_capture(sources, &r.name) {
            let dotall = pattern_dotall(&src.regex);
            if can_contain(&cap.body, '.', dotall) || can_contain(&cap.body, ':', dotall) {
                let what = if src.directive.name == "server_name" {
                    "the Host header"
                } else {
                    "the request path"
                };
                return Some(format!(
                    "`${}`{through}, captured from {what} by `{} {}`",
                    r.name,
                    src.directive.name,
                    abbreviate(&src.directive.args_text())
                ));
            }
        }
    }
    None
}

fn abbreviate(s: &str) -> String {
    if s.chars().count() <= 60 {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(60).collect::<String>())
    }
}
