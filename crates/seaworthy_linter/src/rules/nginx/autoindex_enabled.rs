use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports `autoindex on`.
    ///
    /// ## Why is this bad?
    /// Directory listings expose every file under the location: backups, uploads of other users,
    /// `.env` copies, source maps. Attackers crawl them automatically.
    ///
    /// ## Example
    /// ```nginx
    /// server {
    ///     listen 80;
    ///     location /media/ {
    ///         alias /srv/media/;
    ///         autoindex on;
    ///     }
    /// }
    /// ```
    ///
    /// ## Use instead
    /// ```nginx
    /// server {
    ///     listen 80;
    ///     location /media/ {
    ///         alias /srv/media/;
    ///     }
    /// }
    /// ```
    ///
    /// ## References
    /// - <https://nginx.org/en/docs/http/ngx_http_autoindex_module.html>
    pub struct AutoindexEnabled {
        code: "SW3014",
        name: "autoindex-enabled",
        family: Nginx,
        severity: Medium,
        category: Security,
        summary: "Directory listing enabled",
    }
}

crate::message! {
    /// `autoindex on`.
    struct Listing = "autoindex-enabled" {}
    struct Help = "autoindex-enabled-help" {}
}

impl AutoindexEnabled {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for doc in &project.nginx.docs {
            doc.tree.walk(&mut |d, _| {
                if d.name == "autoindex" && d.arg(0) == Some("on") {
                    cx.report(doc.file, d.span, Listing {}).help(Help {});
                }
            });
        }
    }
}
