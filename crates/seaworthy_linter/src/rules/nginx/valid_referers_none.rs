use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports `valid_referers` lists that include `none`.
    ///
    /// ## Why is this bad?
    /// `none` accepts requests without a `Referer` header, and leaving the header out is up to
    /// the client: any script, `curl`, a page with `Referrer-Policy: no-referrer` or a
    /// `<meta name="referrer" content="no-referrer">` omits it. Whatever `$invalid_referer`
    /// guards is therefore open to anyone who does not send the header. That is the accepted
    /// trade-off for hotlink protection of images (direct visits have no Referer), but it means
    /// the check protects nothing that matters: it must not stand in for authentication or
    /// CSRF protection.
    ///
    /// ## Example
    /// ```nginx
    /// server {
    ///     listen 80;
    ///     location /api/export/ {
    ///         valid_referers none server_names;
    ///         if ($invalid_referer) {
    ///             return 403;
    ///         }
    ///         proxy_pass http://api:8000;
    ///     }
    /// }
    /// ```
    ///
    /// ## Use instead
    /// ```nginx
    /// server {
    ///     listen 80;
    ///     location /api/export/ {
    ///         valid_referers server_names;
    ///         if ($invalid_referer) {
    ///             return 403;
    ///         }
    ///         proxy_pass http://api:8000;
    ///     }
    /// }
    /// ```
    ///
    /// ## References
    /// - <https://nginx.org/en/docs/http/ngx_http_referer_module.html#valid_referers>
    /// - <https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Referrer-Policy>
    pub struct ValidReferersNone {
        code: "SW3036",
        name: "valid-referers-none",
        family: Nginx,
        severity: Low,
        category: Security,
        gixy: ["valid_referers"],
        summary: "`valid_referers none` lets requests without a Referer through",
    }
}

crate::message! {
    /// `valid_referers none`.
    struct AcceptsNone = "valid-referers-none" {}
    struct Help = "valid-referers-none-help" {}
}

impl ValidReferersNone {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for doc in &project.nginx.docs {
            doc.tree.walk(&mut |d, _| {
                if d.name != "valid_referers" {
                    return;
                }
                let Some(none) = d.args.iter().find(|a| a.text == "none") else {
                    return;
                };
                cx.report(doc.file, none.span, AcceptsNone {}).help(Help {});
            });
        }
    }
}
