use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports `$uri`, `$document_uri` and regex captures from unanchored character classes used
    /// in response headers (`add_header`), upstream headers (`proxy_set_header`) or redirects
    /// (`return 30x`, `rewrite ... redirect`).
    ///
    /// ## Why is this bad?
    /// `$uri` is URL-decoded: a request for `/%0d%0aSet-Cookie:%20a=b` puts a CRLF into the header
    /// and the attacker writes arbitrary response headers (HTTP response splitting). Use
    /// `$request_uri`, which stays encoded.
    ///
    /// ## Example
    /// ```nginx
    /// server {
    ///     listen 80;
    ///     location / {
    ///         return 301 https://example.com$uri;
    ///     }
    /// }
    /// ```
    ///
    /// ## Use instead
    /// ```nginx
    /// server {
    ///     listen 80;
    ///     location / {
    ///         return 301 https://example.com$request_uri;
    ///     }
    /// }
    /// ```
    pub struct HttpSplitting {
        code: "SW3019",
        name: "http-splitting",
        family: Nginx,
        severity: Medium,
        category: Security,
        summary: "Decoded URI written into a header (HTTP splitting)",
    }
}

impl HttpSplitting {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for doc in &project.nginx.docs {
            doc.tree.walk(&mut |d, _| {
                let value = match d.name.as_str() {
                    "add_header" | "proxy_set_header" => d.args.get(1),
                    "return" if d.arg(0).is_some_and(|c| c.starts_with('3')) => d.args.get(1),
                    "rewrite"
                        if d.args
                            .get(2)
                            .is_some_and(|f| f.text == "redirect" || f.text == "permanent") =>
                    {
                        d.args.get(1)
                    }
                    _ => None,
                };
                let Some(v) = value else { return };
                let decoded = ["$uri", "$document_uri"].iter().find(|var| {
                    v.text.match_indices(*var).any(|(i, _)| {
                        let after = v.text[i + var.len()..].chars().next();
                        !after.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_')
                    })
                });
                if let Some(var) = decoded {
                    cx.report(
                        doc.file,
                        v.span,
                        format!(
                            "`{var}` is URL-decoded: a `%0d%0a` in the request splits the header"
                        ),
                    )
                    .help("use `$request_uri` (kept encoded) instead");
                }
            });
        }
    }
}
