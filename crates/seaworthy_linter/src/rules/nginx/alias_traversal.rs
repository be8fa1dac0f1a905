use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports `alias` inside a prefix `location` whose path does not end with `/` while the
    /// alias does (`location /static { alias /srv/static/; }`): the classic off-by-slash path
    /// traversal.
    ///
    /// ## Why is this bad?
    /// A request for `/static../app/settings.py` matches the location and maps to
    /// `/srv/static/../app/settings.py`: files next to the aliased directory (source code, `.env`)
    /// can be downloaded.
    ///
    /// ## Example
    /// ```nginx
    /// server {
    ///     listen 80;
    ///     location /static {
    ///         alias /srv/app/static/;
    ///     }
    /// }
    /// ```
    ///
    /// ## Use instead
    /// ```nginx
    /// server {
    ///     listen 80;
    ///     location /static/ {
    ///         alias /srv/app/static/;
    ///     }
    /// }
    /// ```
    ///
    /// ## References
    /// - <https://nginx.org/en/docs/http/ngx_http_core_module.html#alias>
    pub struct AliasTraversal {
        code: "SW3016",
        name: "alias-traversal",
        family: Nginx,
        severity: High,
        category: Security,
        gixy: ["alias_traversal"],
        summary: "Off-by-slash `alias` allows path traversal",
    }
}

crate::message! {
    /// A prefix location without a trailing slash, its `alias` with one.
    struct Traversal<'a> = "alias-traversal" { path: &'a str, alias: &'a str }
    struct Help<'a> = "alias-traversal-help" { path: &'a str }
    struct Alias = "alias-traversal-related" {}
}

impl AliasTraversal {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for doc in &project.nginx.docs {
            doc.tree.walk(&mut |d, parents| {
                if d.name != "alias" {
                    return;
                }
                let Some(loc) = parents.last().filter(|p| p.name == "location") else {
                    return;
                };
                // prefix locations only (`location /x`, `location ^~ /x`), not regex ones
                let (modifier, path) = match loc.args.as_slice() {
                    [p] => ("", p.text.as_str()),
                    [m, p] => (m.text.as_str(), p.text.as_str()),
                    _ => return,
                };
                if !(modifier.is_empty() || modifier == "^~")
                    || path.ends_with('/')
                    || path.contains('$')
                {
                    return;
                }
                let alias = d.arg(0).unwrap_or("");
                if alias.ends_with('/') {
                    cx.report(
                        doc.file,
                        loc.args.last().map(|a| a.span).unwrap_or(loc.span),
                        Traversal { path, alias },
                    )
                    .help(Help { path })
                    .related(doc.file, d.span, Alias {});
                }
            });
        }
    }
}
