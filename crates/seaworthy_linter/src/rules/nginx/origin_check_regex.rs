use super::helpers::if_condition;
use super::scopes;
use crate::declare_rule;
use crate::project::nginx::{walk, RDirective};
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports `Origin`/`Referer` checks whose regex accepts a host an attacker can register:
    /// `if ($http_origin ~ ...)`, the deny form `if ($http_origin !~ ...) { return 403; }`, the
    /// same with `$http_referer`, and `~` entries of a `map $http_origin` or `map $http_referer`.
    /// The regex is tried against addresses built from the host it names: a longer host
    /// (`https://example.com.attacker.example`), a host that merely ends with the name
    /// (`https://evilexample.com`), the name in the path of another site, and an unescaped `.`
    /// turned into a `-` (`https://app-example.com`). Each finding names the address that gets
    /// through. A Referer carries a path after the host, so a referer check needs the host
    /// anchored (`^https://([^/]+\.)?example\.com(/|$)`), not the whole value with `$`. Also
    /// reports `$http_referrer`, which is always empty (the header is spelled `Referer`).
    ///
    /// ## Why is this bad?
    /// The check meant to allow only your origin in CORS or CSRF protection accepts an attacker's
    /// domain: cross-origin requests with credentials succeed from their site, or the
    /// hotlink/CSRF guard lets their pages through.
    ///
    /// ## Example
    /// ```nginx
    /// server {
    ///     listen 80;
    ///     if ($http_origin ~ "example.com") {
    ///         add_header Access-Control-Allow-Origin $http_origin;
    ///     }
    /// }
    /// ```
    ///
    /// ## Use instead
    /// ```nginx
    /// server {
    ///     listen 80;
    ///     if ($http_origin ~ "^https://(www\.)?example\.com$") {
    ///         add_header Access-Control-Allow-Origin $http_origin;
    ///     }
    /// }
    /// ```
    ///
    /// ## References
    /// - <https://nginx.org/en/docs/http/ngx_http_rewrite_module.html#if>
    /// - <https://nginx.org/en/docs/http/ngx_http_map_module.html#map>
    /// - <https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Origin>
    /// - <https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Referer>
    pub struct OriginCheckRegex {
        code: "SW3020",
        name: "origin-check-regex",
        family: Nginx,
        severity: Medium,
        category: Security,
        gixy: ["origins"],
        summary: "Origin/Referer check whose regex accepts an attacker's host",
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Header {
    Origin,
    Referer,
}

/// The host a check is about: the longest literal domain in the regex (`example\.com`), with its
/// dots unescaped, and whether any of its dots was left unescaped.
fn named_host(re: &str) -> Option<(String, Vec<usize>)> {
    static HOST: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
    let m = HOST
        .get_or_init(|| regex::Regex::new(r"[A-Za-z0-9-]+(?:\\?\.[A-Za-z0-9-]+)+").ok())
        .as_ref()?
        .find_iter(re)
        .filter(|m| {
            let last = m.as_str().rsplit('.').next().unwrap_or("");
            last.len() >= 2 && last.chars().all(|c| c.is_ascii_alphabetic())
        })
        .max_by_key(|m| m.as_str().len())?;
    let mut host = String::new();
    let mut unescaped = Vec::new();
    let mut chars = m.as_str().chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' {
            if let Some(n) = chars.next() {
                host.push(n);
            }
        } else {
            if c == '.' {
                unescaped.push(host.len());
            }
            host.push(c);
        }
    }
    Some((host, unescaped))
}

/// An address an attacker controls that the regex accepts, if any.
fn accepted_attack(re: &str, caseless: bool, header: Header) -> Option<String> {
    let (host, unescaped_dots) = named_host(re)?;
    let compiled = regex::RegexBuilder::new(re)
        .case_insensitive(caseless)
        .build()
        .ok()?;
    let attacker = "attacker.example";
    let path = |url: String| match header {
        Header::Origin => url,
        Header::Referer => format!("{url}/"),
    };
    let mut candidates = Vec::new();
    for scheme in ["https", "http"] {
        candidates.push(path(format!("{scheme}://{host}.{attacker}")));
        candidates.push(path(format!("{scheme}://www.{host}.{attacker}")));
        candidates.push(path(format!("{scheme}://evil{host}")));
        candidates.push(path(format!("{scheme}://evil-{host}")));
        candidates.push(format!("{scheme}://{attacker}/{host}"));
        candidates.push(format!("{scheme}://{attacker}/?{scheme}://{host}"));
        // an unescaped dot between two labels of the name matches a `-` too
        let dots: Vec<usize> = host.match_indices('.').map(|(i, _)| i).collect();
        for &d in &unescaped_dots {
            if dots.len() >= 2 && dots.last() != Some(&d) {
                let mut h = host.clone();
                h.replace_range(d..d + 1, "-");
                candidates.push(path(format!("{scheme}://{h}")));
            }
        }
    }
    candidates.into_iter().find(|c| compiled.is_match(c))
}

fn header_of(var: &str) -> Option<Header> {
    match var {
        "$http_origin" => Some(Header::Origin),
        "$http_referer" => Some(Header::Referer),
        _ => None,
    }
}

crate::message! {
    /// `$http_referrer` (misspelled, always empty).
    struct Misspelled = "origin-check-regex-referrer" {}
    struct MisspelledHelp = "origin-check-regex-referrer-help" {}
    /// An `if` regex check on `var` that accepts an attacker's address.
    struct IfAccepts<'a> = "origin-check-regex" { var: &'a str, re: &'a str, attack: &'a str }
    /// A `map` pattern on `var` that accepts an attacker's address.
    struct MapAccepts<'a> = "origin-check-regex-map" { var: &'a str, re: &'a str, attack: &'a str }
    struct OriginHelp = "origin-check-regex-help-origin" {}
    struct RefererHelp = "origin-check-regex-help-referer" {}
}

impl OriginCheckRegex {
    fn check(&self, project: &Project, cx: &mut Checker) {
        let mut seen = std::collections::BTreeSet::new();
        let scopes = scopes(project);
        let mut all: Vec<&RDirective> = Vec::new();
        for scope in scopes {
            walk(std::slice::from_ref(&scope.server), &mut |d, _| all.push(d));
        }
        // `map`s and server-less `if`s live at http level: each entry once
        for e in &project.nginx.entries {
            walk(&e.items, &mut |d, parents| {
                if d.name == "map" || d.name == "if" && !parents.iter().any(|p| p.name == "server")
                {
                    all.push(d)
                }
            });
        }
        for d in all {
            if d.name == "if" {
                let Some(c) = if_condition(d) else { continue };
                if c.left == "$http_referrer" {
                    if seen.insert((d.file, d.span)) {
                        cx.report(d.file, d.args[0].span, Misspelled {})
                            .help(MisspelledHelp {});
                    }
                    continue;
                }
                let Some(header) = header_of(&c.left) else {
                    continue;
                };
                let (Some((re, caseless)), Some(arg)) = (c.regex(), c.right_arg) else {
                    continue;
                };
                if let Some(attack) = accepted_attack(re, caseless, header) {
                    if seen.insert((d.file, arg.span)) {
                        cx.report(
                            d.file,
                            arg.span,
                            IfAccepts {
                                var: &c.left,
                                re,
                                attack: &attack,
                            },
                        )
                        .help(help(header));
                    }
                }
            }
            if d.name == "map" {
                let Some(header) = d.arg(0).and_then(header_of) else {
                    continue;
                };
                for entry in d.kids() {
                    let Some(re) = entry.name.strip_prefix('~') else {
                        continue;
                    };
                    let (re, caseless) = match re.strip_prefix('*') {
                        Some(r) => (r, true),
                        None => (re, false),
                    };
                    if let Some(attack) = accepted_attack(re, caseless, header) {
                        if seen.insert((entry.file, entry.name_span)) {
                            cx.report(
                                entry.file,
                                entry.name_span,
                                MapAccepts {
                                    var: d.arg(0).unwrap_or(""),
                                    re,
                                    attack: &attack,
                                },
                            )
                            .help(help(header));
                        }
                    }
                }
            }
        }
    }
}

fn help(header: Header) -> crate::message::Message {
    match header {
        Header::Origin => OriginHelp {}.into(),
        Header::Referer => RefererHelp {}.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attacks_that_get_through() {
        let o = Header::Origin;
        let r = Header::Referer;
        assert!(accepted_attack("example.com", false, o).is_some());
        assert!(accepted_attack(r"^https://example\.com", false, o).is_some());
        assert!(accepted_attack(r"^https?://.*example\.com$", false, o)
            .is_some_and(|a| a.contains("evilexample.com")));
        assert!(accepted_attack(r"^https://app.example\.com$", false, o)
            .is_some_and(|a| a.contains("app-example.com")));
        assert!(accepted_attack(r"example\.com(/|$)", false, r).is_some());
        // sound checks
        assert_eq!(
            accepted_attack(r"^https://(www\.)?example\.com$", false, o),
            None
        );
        assert_eq!(
            accepted_attack(r"^https?://([^/]+\.)?example\.com(/|$)", false, r),
            None
        );
        assert_eq!(
            accepted_attack(r"^https://([a-z0-9-]+\.)*example\.com(:\d+)?$", true, o),
            None
        );
        assert_eq!(accepted_attack(r"^https://example\.com/", false, r), None);
        assert_eq!(
            accepted_attack(r"^https://(app|admin)\.example\.com$", false, o),
            None
        );
        // `example.com` with only the last dot unescaped is no registrable look-alike
        assert_eq!(accepted_attack(r"^https://example.com$", false, o), None);
        // no host named, or a regex the engine cannot compile: no verdict
        assert_eq!(accepted_attack(r"^(?P<url>[^?]*)\?", false, r), None);
        assert_eq!(accepted_attack(r"(example\.com", false, o), None);
        assert!(accepted_attack(r"^https:\/\/example\.com", false, o).is_some());
    }
}
