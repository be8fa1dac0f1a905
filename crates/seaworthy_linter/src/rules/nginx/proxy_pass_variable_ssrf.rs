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

crate::message! {
    /// The upstream host comes from a variable the client sets (`through`: by way of `set`,
    /// `via`).
    struct ClientHost<'a> = "proxy-pass-variable-ssrf" { directive: &'a str, target: &'a str, var: String, through: bool, via: String }
    /// The upstream host comes from a capture of the Host header (`from` = `host`) or the path.
    struct CapturedHost<'a> = "proxy-pass-variable-ssrf-captured" { directive: &'a str, target: &'a str, var: String, through: bool, via: String, from: &'a str, by: String }
    struct Help = "proxy-pass-variable-ssrf-help" {}
}

impl ProxyPassVariableSsrf {
    fn check(&self, project: &Project, cx: &mut Checker) {
        let mut seen = std::collections::BTreeSet::new();
        for scope in scopes(project) {
            let table = assignments(scope);
            scope.each_block(|chain| {
                let Some(block) = chain.last() else { return };
                // an `internal` location only serves nginx's own redirects
                if chain
                    .iter()
                    .rev()
                    .find(|b| b.name == "location")
                    .is_some_and(|l| l.find("internal").next().is_some())
                {
                    return;
                }
                for pass in block.kids().iter().filter(|d| {
                    matches!(
                        d.name.as_str(),
                        "proxy_pass" | "fastcgi_pass" | "uwsgi_pass" | "grpc_pass" | "scgi_pass"
                    )
                }) {
                    let Some(arg) = pass.args.first() else {
                        return;
                    };
                    let sources = capture_sources(scope, chain, pass);
                    let Some(taint) = expand(&arg.text, &table)
                        .iter()
                        .find_map(|e| tainted_host(&e.text, &e.via, &sources))
                    else {
                        return;
                    };
                    if !seen.insert((pass.file, pass.span)) {
                        return;
                    }
                    let directive = &pass.name;
                    let target = &arg.text;
                    let msg: crate::message::Message = match taint {
                        Taint::Client { var, via } => ClientHost {
                            directive,
                            target,
                            var,
                            through: via.is_some(),
                            via: via.unwrap_or_default(),
                        }
                        .into(),
                        Taint::Captured { var, via, from, by } => CapturedHost {
                            directive,
                            target,
                            var,
                            through: via.is_some(),
                            via: via.unwrap_or_default(),
                            from,
                            by,
                        }
                        .into(),
                    };
                    cx.report(pass.file, arg.span, msg).help(Help {});
                }
            });
        }
    }
}

/// Why the host part of a target is the client's choice: the variable (`$name`), the `set`
/// it comes through (`via`), and for a capture what it captures from and the directive.
enum Taint {
    Client {
        var: String,
        via: Option<String>,
    },
    Captured {
        var: String,
        via: Option<String>,
        from: &'static str,
        by: String,
    },
}

/// Why the host part of `target` is the client's choice, if it is.
fn tainted_host(
    target: &str,
    via: &[(String, &RDirective)],
    sources: &[CaptureSource<'_>],
) -> Option<Taint> {
    let (host, _) = split_host(target);
    let via = via
        .first()
        .map(|(_, d)| format!("{} {}", d.name, abbreviate(&d.args_text())));
    for r in var_refs(host) {
        if user_controlled(&r.name) {
            return Some(Taint::Client {
                var: format!("${}", r.name),
                via,
            });
        }
        if let Some((cap, src)) = resolve_capture(sources, &r.name) {
            let dotall = pattern_dotall(&src.regex);
            if can_contain(&cap.body, '.', dotall) || can_contain(&cap.body, ':', dotall) {
                let from = if src.directive.name == "server_name" {
                    "host"
                } else {
                    "path"
                };
                return Some(Taint::Captured {
                    var: format!("${}", r.name),
                    via,
                    from,
                    by: format!(
                        "{} {}",
                        src.directive.name,
                        abbreviate(&src.directive.args_text())
                    ),
                });
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
