use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports `if ($http_origin ~ ...)` / `$http_referer` checks and `map $http_origin` entries
    /// whose regex is unanchored or leaves dots unescaped (`~ "example.com"`), so that
    /// `https://example.com.evil.io` or `https://exampleXcom.io` also pass.
    ///
    /// ## Why is this bad?
    /// The check meant to allow only your origin in CORS or CSRF protection accepts an attacker's
    /// domain: cross-origin requests with credentials succeed from their site.
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
    pub struct OriginCheckRegex {
        code: "SW3020",
        name: "origin-check-regex",
        family: Nginx,
        severity: Medium,
        category: Security,
        summary: "Origin/Referer check with an unanchored or unescaped regex",
    }
}

/// The regex names a host (`example.com`, `example\\.com`): only then is it an origin check.
fn names_a_host(re: &str) -> bool {
    static HOST: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
    HOST.get_or_init(|| regex::Regex::new(r"[A-Za-z0-9-]{2,}(\\?\.)[A-Za-z]{2,}").ok())
        .as_ref()
        .is_some_and(|r| r.is_match(re))
}

fn weak_regex(re: &str) -> Option<&'static str> {
    if !names_a_host(re) {
        return None;
    }
    let unescaped_dot = re.char_indices().any(|(i, c)| {
        c == '.' && !re[..i].ends_with('\\') && !re[i + 1..].starts_with(['*', '+', '?'])
    });
    if !re.ends_with('$') {
        Some("is not anchored with `$`, so a longer host (`example.com.evil.io`) matches")
    } else if unescaped_dot {
        Some("has an unescaped `.`, which matches any character")
    } else {
        None
    }
}

impl OriginCheckRegex {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for doc in &project.nginx.docs {
            doc.tree.walk(&mut |d, _| {
                if d.name == "if" {
                    // if ($http_origin ~* "regex")
                    let args: Vec<&str> = d
                        .args
                        .iter()
                        .map(|a| a.text.trim_matches(['(', ')']))
                        .collect();
                    if args.len() >= 3
                        && (args[0] == "$http_origin" || args[0] == "$http_referer")
                        && args[1].starts_with('~')
                    {
                        let re = args[2];
                        if let Some(why) = weak_regex(re) {
                            cx.report(
                                doc.file,
                                d.args[2].span,
                                format!("the `{}` check `{re}` {why}", args[0]),
                            )
                            .help("anchor and escape it: `~ \"^https://(www\\.)?example\\.com$\"`");
                        }
                    }
                }
                if d.name == "map"
                    && d.arg(0)
                        .is_some_and(|v| v == "$http_origin" || v == "$http_referer")
                {
                    for entry in d.children() {
                        let key = entry.name.as_str();
                        if let Some(re) = key.strip_prefix('~') {
                            let re = re.trim_start_matches('*');
                            if let Some(why) = weak_regex(re) {
                                cx.report(
                                    doc.file,
                                    entry.name_span,
                                    format!("the origin pattern `{re}` {why}"),
                                )
                                .help("anchor and escape it: `~^https://(www\\.)?example\\.com$`");
                            }
                        }
                    }
                }
            });
        }
    }
}
