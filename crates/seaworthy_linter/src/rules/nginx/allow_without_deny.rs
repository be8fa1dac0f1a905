use super::helpers::opaque_include;
use super::scopes;
use crate::declare_rule;
use crate::project::nginx::RDirective;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports a block (`http`, `server`, `location`, `limit_except`) whose own access rules
    /// `allow` some addresses but `deny` none. `allow all;` alone (opening a location under a
    /// stricter parent) is not reported, nor is a block where `satisfy any;` lets a password
    /// stand in for the address, nor one with an `include` the audit cannot follow.
    ///
    /// ## Why is this bad?
    /// nginx checks `allow`/`deny` in order and lets a request through when no rule matches. A
    /// list of `allow`s without a final `deny all;` therefore admits everyone: the admin page,
    /// metrics or status endpoint the list was meant to restrict is public. The parent's
    /// `deny all;` does not help either: a block with any access rule of its own inherits none
    /// from above.
    ///
    /// ## Example
    /// ```nginx
    /// server {
    ///     listen 80;
    ///     location /nginx_status {
    ///         stub_status;
    ///         allow 10.0.0.0/8;
    ///     }
    /// }
    /// ```
    ///
    /// ## Use instead
    /// ```nginx
    /// server {
    ///     listen 80;
    ///     location /nginx_status {
    ///         stub_status;
    ///         allow 10.0.0.0/8;
    ///         deny all;
    ///     }
    /// }
    /// ```
    ///
    /// ## References
    /// - <https://nginx.org/en/docs/http/ngx_http_access_module.html>
    /// - <https://nginx.org/en/docs/http/ngx_http_core_module.html#satisfy>
    pub struct AllowWithoutDeny {
        code: "SW3026",
        name: "allow-without-deny",
        family: Nginx,
        severity: High,
        category: Security,
        gixy: ["allow_without_deny"],
        summary: "`allow` list without `deny all`: everyone is let through",
    }
}

crate::message! {
    /// An `allow` list without a `deny` in its block.
    struct NoDeny = "allow-without-deny" { allowed: String }
    struct Help = "allow-without-deny-help" {}
    struct LastAllow = "allow-without-deny-related" {}
}

impl AllowWithoutDeny {
    fn check(&self, project: &Project, cx: &mut Checker) {
        let mut seen = std::collections::BTreeSet::new();
        let scopes = scopes(project);
        for scope in scopes {
            scope.each_block(|chain| {
                let Some(block) = chain.last() else { return };
                // `satisfy any`: an address outside the list still needs a password
                let satisfy_any = scope
                    .innermost("satisfy", chain)
                    .is_some_and(|d| d.arg(0) == Some("any"));
                self.block(block.kids(), satisfy_any, &mut seen, cx);
            });
            let satisfy_any = scope
                .http
                .iter()
                .rfind(|d| d.name == "satisfy")
                .is_some_and(|d| d.arg(0) == Some("any"));
            self.block(&scope.http, satisfy_any, &mut seen, cx);
        }
    }

    fn block(
        &self,
        kids: &[RDirective],
        satisfy_any: bool,
        seen: &mut std::collections::BTreeSet<(crate::project::FileId, seaworthy_syntax::Span)>,
        cx: &mut Checker,
    ) {
        let allows: Vec<&RDirective> = kids
            .iter()
            .filter(|d| d.name == "allow" && d.arg(0) != Some("all"))
            .collect();
        let Some(first) = allows.first() else { return };
        if satisfy_any
            || kids.iter().any(|d| d.name == "deny")
            || opaque_include(kids.iter()).is_some()
            || !seen.insert((first.file, first.span))
        {
            return;
        }
        let list: Vec<String> = allows.iter().map(|d| d.args_text()).collect();
        let f = cx.report(
            first.file,
            first.span,
            NoDeny {
                allowed: list.join(", "),
            },
        );
        f.help(Help {});
        if let Some(last) = allows.last().filter(|l| l.span != first.span) {
            f.related(last.file, last.span, LastAllow {});
        }
    }
}
