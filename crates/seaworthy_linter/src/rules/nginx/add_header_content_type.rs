use super::{header_name, scopes};
use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports `add_header Content-Type ...`. A block (or an outer one) that hides the
    /// upstream's type with `proxy_hide_header Content-Type` (or the `fastcgi_`/`uwsgi_`/
    /// `scgi_`/`grpc_` variant) is not reported: there the added header is the only one.
    ///
    /// ## Why is this bad?
    /// nginx always sends its own `Content-Type` (from `types`/`default_type`, or the
    /// upstream's); `add_header` does not replace it but sends a second one. Browsers and
    /// caches pick one of the two differently, so the type the response is handled with (and
    /// MIME sniffing protection with it) depends on the client.
    ///
    /// ## Example
    /// ```nginx
    /// server {
    ///     listen 80;
    ///     location /feed {
    ///         root /srv;
    ///         add_header Content-Type "application/rss+xml";
    ///     }
    /// }
    /// ```
    ///
    /// ## Use instead
    /// ```nginx
    /// server {
    ///     listen 80;
    ///     location /feed {
    ///         root /srv;
    ///         default_type application/rss+xml;
    ///     }
    /// }
    /// ```
    ///
    /// ## References
    /// - <https://nginx.org/en/docs/http/ngx_http_core_module.html#default_type>
    /// - <https://nginx.org/en/docs/http/ngx_http_core_module.html#types>
    /// - <https://nginx.org/en/docs/http/ngx_http_headers_module.html#add_header>
    pub struct AddHeaderContentType {
        code: "SW3032",
        name: "add-header-content-type",
        family: Nginx,
        severity: Low,
        category: Reliability,
        gixy: ["add_header_content_type"],
        summary: "`add_header Content-Type` sends a second Content-Type",
    }
}

const HIDE: &[&str] = &[
    "proxy_hide_header",
    "fastcgi_hide_header",
    "uwsgi_hide_header",
    "scgi_hide_header",
    "grpc_hide_header",
];

crate::message! {
    /// `add_header Content-Type` next to nginx's own type.
    struct Second = "add-header-content-type" {}
    struct Help<'a> = "add-header-content-type-help" { mime: &'a str }
    /// The value also names a charset.
    struct HelpCharset<'a> = "add-header-content-type-help-charset" { mime: &'a str, charset: &'a str }
}

impl AddHeaderContentType {
    fn check(&self, project: &Project, cx: &mut Checker) {
        let mut seen = std::collections::BTreeSet::new();
        for scope in scopes(project) {
            scope.each_block(|chain| {
                let Some(block) = chain.last() else { return };
                for d in block
                    .kids()
                    .iter()
                    .filter(|d| d.name == "add_header" && header_name(d) == "content-type")
                {
                    let hidden = chain
                        .iter()
                        .flat_map(|b| scope.level(b))
                        .chain(scope.http_level())
                        .any(|h| {
                            HIDE.contains(&h.name.as_str())
                                && h.arg(0)
                                    .is_some_and(|n| n.eq_ignore_ascii_case("content-type"))
                        });
                    if hidden || !seen.insert((d.file, d.span)) {
                        continue;
                    }
                    let value = d.arg(1).unwrap_or("");
                    let (mime, charset) = match value.split_once(';') {
                        Some((m, rest)) => (m.trim(), rest.trim().strip_prefix("charset=")),
                        None => (value.trim(), None),
                    };
                    let help: crate::message::Message = match charset {
                        Some(charset) => HelpCharset { mime, charset }.into(),
                        None => Help { mime }.into(),
                    };
                    cx.report(d.file, d.span, Second {}).help(help);
                }
            });
        }
    }
}
