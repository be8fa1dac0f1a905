use super::{header_name, scopes};
use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Finds blocks (`server`, `location`, and `if` inside a location) with their own `add_header`
    /// while an outer level sets headers the inner block does not repeat. nginx inherits
    /// `add_header` only when the inner level has none: one `add_header Cache-Control` in a
    /// location silently drops every security header of the server. `add_header_inherit merge;`
    /// (nginx 1.29.3) at that level or above keeps the outer headers and is not reported, nor is
    /// an `if` that answers on the spot with a bodiless, redirect or error `return` (a CORS
    /// preflight).
    ///
    /// ## Why is this bad?
    /// HSTS, `X-Frame-Options`, `X-Content-Type-Options` and CSP vanish exactly on the responses
    /// that set any header of their own (static files, downloads), which is where clickjacking and
    /// MIME sniffing bite. An `add_header` inside `if` drops them for exactly the requests the
    /// condition singles out.
    ///
    /// ## Example
    /// ```nginx
    /// server {
    ///     listen 80;
    ///     add_header X-Frame-Options "DENY" always;
    ///     location /static/ {
    ///         add_header Cache-Control "public, max-age=3600";
    ///     }
    /// }
    /// ```
    ///
    /// ## Use instead
    /// ```nginx
    /// server {
    ///     listen 80;
    ///     add_header X-Frame-Options "DENY" always;
    ///     location /static/ {
    ///         add_header X-Frame-Options "DENY" always;
    ///         add_header Cache-Control "public, max-age=3600";
    ///     }
    /// }
    /// ```
    ///
    /// or, with nginx 1.29.3 and later, `add_header_inherit merge;` in the server block.
    ///
    /// ## References
    /// - <https://nginx.org/en/docs/http/ngx_http_headers_module.html#add_header>
    /// - <https://nginx.org/en/docs/http/ngx_http_headers_module.html#add_header_inherit>
    pub struct AddHeaderDropsInherited {
        code: "SW3002",
        name: "add-header-drops-inherited",
        family: Nginx,
        severity: Medium,
        category: Security,
        gixy: ["add_header_redefinition"],
        summary: "Nested add_header drops the headers set above it",
    }
}

crate::message! {
    /// `add_header` in a server block drops the `http`-level headers.
    struct InServer = "add-header-drops-inherited" { lost: String }
    /// `add_header` in a location, `if` or `limit_except` block.
    struct InBlock<'a> = "add-header-drops-inherited-block" { block: &'a str, args: String, lost: String }
    struct Help = "add-header-drops-inherited-help" {}
    struct Inherited = "add-header-drops-inherited-related" {}
}

impl AddHeaderDropsInherited {
    fn check(&self, project: &Project, cx: &mut Checker) {
        let mut seen = std::collections::BTreeSet::new();
        for scope in scopes(project) {
            // the server, every location and every `if`/`limit_except` block inside them
            scope.each_block(|chain| {
                let Some(block) = chain.last() else { return };
                let own: Vec<_> = block
                    .kids()
                    .iter()
                    .filter(|d| d.name == "add_header")
                    .collect();
                // an `if` that answers on the spot (`return 204;` for a CORS preflight) only
                // shapes that one bodiless or redirect response
                let answers_here = block.name == "if"
                    && block.kids().iter().any(|d| {
                        d.name == "return"
                            && d.arg(0).is_some_and(|c| {
                                c == "204" || c.starts_with('3') || c.starts_with('4') || c == "444"
                            })
                    });
                if own.is_empty() || answers_here {
                    return;
                }
                // what the level just outside gives, and what this level ends up with
                // (`add_header_inherit merge` keeps the outer headers)
                let outer = scope.effective("add_header", &chain[..chain.len() - 1]);
                let here: Vec<String> = scope
                    .effective("add_header", chain)
                    .iter()
                    .map(|d| header_name(d))
                    .collect();
                let lost: Vec<String> = outer
                    .iter()
                    .map(|d| d.arg(0).unwrap_or("").to_string())
                    .filter(|n| !here.contains(&n.to_ascii_lowercase()))
                    .collect();
                if lost.is_empty() || !seen.insert((own[0].file, own[0].span)) {
                    return;
                }
                let lost = lost.join(", ");
                let msg: crate::message::Message = if block.name == "server" {
                    InServer { lost }.into()
                } else {
                    InBlock {
                        block: &block.name,
                        args: block.args_text(),
                        lost,
                    }
                    .into()
                };
                let f = cx.report(own[0].file, own[0].span, msg);
                f.help(Help {});
                if let Some(o) = outer.first() {
                    f.related(o.file, o.span, Inherited {});
                }
            });
        }
    }
}
