use super::{args_source, location_path, scopes};
use crate::declare_rule;
use crate::project::nginx::RDirective;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports `if` blocks inside a `location` that keep the request in the `if` (no `return`
    /// or `rewrite ... last|redirect|permanent` ends it) and either use something other
    /// than variables (`proxy_pass`, `add_header`, `try_files`, `root`, ...), or sit in a
    /// location whose `try_files`, `alias` or `proxy_pass` with a URI part stops working once the
    /// condition is true. An `if` that ends with `return` (a CORS preflight answered with
    /// `return 204;`) or only rewrites and leaves is what nginx documents as safe.
    ///
    /// ## Why is this bad?
    /// Inside a location, `if` creates a hidden nested location: when the condition holds, the
    /// request is served by that block's configuration, not the location's. Directives there
    /// replace rather than add (only the last matching `if`'s `add_header`s apply), `try_files`
    /// and the location-prefix replacement of `proxy_pass http://app/;` are lost, `alias` is
    /// inherited wrongly; the behaviour looks right in a quick test and differs for the requests
    /// the condition singles out. The nginx documentation calls the only fully safe uses inside
    /// a location `return ...;` and `rewrite ... last;`.
    ///
    /// ## Example
    /// ```nginx
    /// server {
    ///     listen 80;
    ///     location /api/ {
    ///         if ($http_x_beta = "1") {
    ///             proxy_pass http://api-beta:8000;
    ///         }
    ///         proxy_pass http://api:8000;
    ///     }
    /// }
    /// ```
    ///
    /// ## Use instead
    /// ```nginx
    /// http {
    ///     map $http_x_beta $api_upstream {
    ///         default api:8000;
    ///         "1" api-beta:8000;
    ///     }
    ///     server {
    ///         listen 80;
    ///         resolver 127.0.0.11 valid=30s;
    ///         location /api/ {
    ///             proxy_pass http://$api_upstream;
    ///         }
    ///     }
    /// }
    /// ```
    ///
    /// ## References
    /// - <https://nginx.org/en/docs/http/ngx_http_rewrite_module.html#if>
    /// - <https://github.com/nginxinc/nginx-wiki/blob/master/source/start/topics/depth/ifisevil.rst>
    pub struct IfInLocation {
        code: "SW3027",
        name: "if-in-location",
        family: Nginx,
        severity: Medium,
        category: Reliability,
        gixy: ["if_is_evil"],
        summary: "`if` inside a location doing more than `return` or `rewrite ... last`",
    }
}

/// Does this directive end the request's stay in the `if` (`return`, a rewrite that leaves)?
fn leaves(d: &RDirective) -> bool {
    match d.name.as_str() {
        "return" => true,
        "rewrite" => {
            d.args.get(2).is_some_and(|f| {
                // `break` stops rewriting but stays in the `if` block's configuration
                matches!(f.text.as_str(), "last" | "redirect" | "permanent")
            }) || d
                .arg(1)
                .is_some_and(|r| r.contains("://") || r.starts_with("$scheme"))
        }
        _ => false,
    }
}

/// Rewrite-module directives that only set variables or stop rewriting.
fn inert(d: &RDirective) -> bool {
    matches!(d.name.as_str(), "set" | "break" | "rewrite_log")
}

impl IfInLocation {
    fn check(&self, project: &Project, cx: &mut Checker) {
        let mut seen = std::collections::BTreeSet::new();
        for scope in scopes(project) {
            for chain in scope.blocks() {
                let [.., loc, iff] = chain.as_slice() else {
                    continue;
                };
                if iff.name != "if" || loc.name != "location" {
                    continue;
                }
                if iff.kids().iter().any(leaves) {
                    continue;
                }
                let active: Vec<&RDirective> = iff.kids().iter().filter(|d| !inert(d)).collect();
                let fragile: Option<&RDirective> =
                    loc.kids().iter().find(|d| match d.name.as_str() {
                        "try_files" | "alias" => true,
                        "proxy_pass" => d.arg(0).is_some_and(|t| {
                            let rest = t.split_once("://").map_or(t, |(_, r)| r);
                            rest.contains('/') && !t.contains('$')
                        }),
                        _ => false,
                    });
                let span = iff
                    .name_span
                    .cover(iff.args.last().map_or(iff.name_span, |a| a.span));
                if !seen.insert((iff.file, iff.span)) {
                    continue;
                }
                let cond = args_source(project, iff);
                if !active.is_empty() {
                    let names: Vec<String> =
                        active.iter().map(|d| format!("`{}`", d.name)).collect();
                    let f = cx.report(
                        iff.file,
                        span,
                        format!(
                            "`if {cond}` in `location {}` uses {} for the matching requests: they are served by the `if` block's own configuration, not the location's",
                            location_path(loc),
                            names.join(", ")
                        ),
                    );
                    f.help("choose the value with a `map` at http level and use the variable in the location, or end the `if` with `return`/`rewrite ... last`");
                    if let Some(first) = active.first() {
                        f.related(first.file, first.span, "inside the `if`");
                    }
                } else if let Some(fr) = fragile {
                    cx.report(
                        iff.file,
                        span,
                        format!(
                            "when `if {cond}` matches, `location {}` loses its `{}`: the `if` block does not inherit it",
                            location_path(loc),
                            fr.name
                        ),
                    )
                    .help("move the condition to a `map` at http level, or end the `if` with `return`/`rewrite ... last`")
                    .related(fr.file, fr.span, "lost inside the `if`");
                }
            }
        }
    }
}
