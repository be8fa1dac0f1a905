use super::helpers::location_regex;
use super::scopes;
use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports regex locations that match a file extension without anchoring it at the end:
    /// `location ~ \.php`, `location ~* \.(js|css|png)`, `location ~ \.[a-z]+`. With `$` the
    /// location means "paths ending in .php"; without it, "paths containing .php anywhere".
    /// Dot files and folders (`location ~ /\.git`) and locations that only refuse (`deny all`,
    /// `return 404`) are matched broadly on purpose and are not reported.
    ///
    /// ## Why is this bad?
    /// The unanchored regex also matches `/uploads/avatar.php.jpg`, `/report.php/../secret` and
    /// `/static/app.js.map`: files the location was not written for get its handler (PHP-FPM,
    /// long cache headers, a different root), and regex locations win over prefix locations, so
    /// they steal requests from the location meant for them. The regex engine also has to scan
    /// the whole path.
    ///
    /// ## Example
    /// ```nginx
    /// server {
    ///     listen 80;
    ///     root /var/www/html;
    ///     location ~ \.php {
    ///         fastcgi_pass php:9000;
    ///         include fastcgi_params;
    ///     }
    /// }
    /// ```
    ///
    /// ## Use instead
    /// ```nginx
    /// server {
    ///     listen 80;
    ///     root /var/www/html;
    ///     location ~ \.php$ {
    ///         fastcgi_pass php:9000;
    ///         include fastcgi_params;
    ///     }
    /// }
    /// ```
    ///
    /// ## References
    /// - <https://nginx.org/en/docs/http/ngx_http_core_module.html#location>
    pub struct LocationRegexUnanchored {
        code: "SW3031",
        name: "location-regex-unanchored",
        family: Nginx,
        severity: Low,
        category: Security,
        gixy: ["unanchored_regex"],
        summary: "Regex location matching an extension without `$`",
    }
}

/// The extension a regex ends with when it is not anchored (`\.php` → `php`,
/// `\.(js|css)` → `js`, `\.[a-z]+` → `ext`).
fn unanchored_extension(re: &str) -> Option<String> {
    static TAIL: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
    let tail = TAIL
        .get_or_init(|| {
            regex::Regex::new(
                r"\\\.(?:([A-Za-z0-9]+)|\((?:\?:)?([A-Za-z0-9]+)(?:\|[A-Za-z0-9]+)*\)|\[[^\]]+\][+*]?(?:\{\d+(?:,\d*)?\})?)$",
            )
            .ok()
        })
        .as_ref()?;
    let c = tail.captures(re)?;
    // `/\.ht`, `/\.git`: a dot file or folder, matched as a prefix on purpose
    if re[..c.get(0)?.start()].ends_with('/') {
        return None;
    }
    Some(
        c.get(1)
            .or_else(|| c.get(2))
            .map_or("ext", |m| m.as_str())
            .to_string(),
    )
}

crate::message! {
    /// A regex location ending in an extension without `$`.
    struct Unanchored<'a> = "location-regex-unanchored" { location: String, ext: &'a str }
    struct Help<'a> = "location-regex-unanchored-help" { re: &'a str }
}

impl LocationRegexUnanchored {
    fn check(&self, project: &Project, cx: &mut Checker) {
        let mut seen = std::collections::BTreeSet::new();
        for scope in scopes(project) {
            scope.each_location(|chain| {
                let Some(loc) = chain.last() else { return };
                let Some((re, _)) = location_regex(loc) else {
                    return;
                };
                let Some(ext) = unanchored_extension(re) else {
                    return;
                };
                // a location that only refuses gains from matching more
                let refuses = loc.kids().iter().all(|d| {
                    (d.name == "deny" && d.arg(0) == Some("all"))
                        || (d.name == "return" && d.arg(0).is_some_and(|c| c.starts_with('4')))
                        || matches!(d.name.as_str(), "access_log" | "log_not_found")
                });
                if refuses {
                    return;
                }
                let Some(arg) = loc.args.last() else { return };
                if !seen.insert((loc.file, arg.span)) {
                    return;
                }
                cx.report(
                    loc.file,
                    arg.span,
                    Unanchored {
                        location: loc.args_text(),
                        ext: &ext,
                    },
                )
                .help(Help { re });
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::unanchored_extension;

    #[test]
    fn extension_tails() {
        assert_eq!(unanchored_extension(r"\.php").as_deref(), Some("php"));
        assert_eq!(
            unanchored_extension(r"\.(js|css|png)").as_deref(),
            Some("js")
        );
        assert_eq!(
            unanchored_extension(r"\.(?:ico|svg)").as_deref(),
            Some("ico")
        );
        assert_eq!(
            unanchored_extension(r"^/static/.+\.[a-z0-9]+").as_deref(),
            Some("ext")
        );
        assert_eq!(unanchored_extension(r"\.php$"), None);
        assert_eq!(unanchored_extension(r"\.(js|css)$"), None);
        assert_eq!(unanchored_extension(r"^/api/"), None);
        assert_eq!(unanchored_extension(r"\.php(/|$)"), None);
        assert_eq!(unanchored_extension(r"/\.ht"), None);
        assert_eq!(unanchored_extension(r"/\.(git|svn)"), None);
    }
}
