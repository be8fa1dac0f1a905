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

crate::message! {
    /// An `if` in a location with directives of its own (`directives`: their names, quoted).
    struct OwnConfig<'a> = "if-in-location" { cond: &'a str, location: &'a str, directives: String }
    struct OwnConfigHelp = "if-in-location-help" {}
    struct Inside = "if-in-location-related" {}
    /// An `if` that makes the location lose a directive it does not inherit.
    struct Loses<'a> = "if-in-location-loses" { cond: &'a str, location: &'a str, directive: &'a str }
    struct LosesHelp = "if-in-location-loses-help" {}
    struct Lost = "if-in-location-loses-related" {}
}

impl IfInLocation {
    fn check(&self, project: &Project, cx: &mut Checker) {
        let mut seen = std::collections::BTreeSet::new();
        for scope in scopes(project) {
            scope.each_block(|chain| {
                let [.., loc, iff] = chain else {
                    return;
                };
                if iff.name != "if" || loc.name != "location" {
                    return;
                }
                if iff.kids().iter().any(leaves) {
                    return;
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
                    return;
                }
                let cond = args_source(project, iff);
                if !active.is_empty() {
                    let names: Vec<String> =
                        active.iter().map(|d| format!("`{}`", d.name)).collect();
                    let f = cx.report(
                        iff.file,
                        span,
                        OwnConfig {
                            cond: &cond,
                            location: location_path(loc),
                            directives: names.join(", "),
                        },
                    );
                    f.help(OwnConfigHelp {});
                    if let Some(first) = active.first() {
                        f.related(first.file, first.span, Inside {});
                    }
                } else if let Some(fr) = fragile {
                    cx.report(
                        iff.file,
                        span,
                        Loses {
                            cond: &cond,
                            location: location_path(loc),
                            directive: &fr.name,
                        },
                    )
                    .help(LosesHelp {})
                    .related(fr.file, fr.span, Lost {});
                }
            });
        }
    }
}
