use super::scopes;
use crate::declare_rule;
use crate::project::nginx::RDirective;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports a `return` that answers with content (a 2xx status) in a block that restricts
    /// access with `allow`/`deny`, or in an `if` inside that block. A `return` of an error
    /// (`403`, `404`, `444`) refuses everyone anyway, and a redirect hands the client to a
    /// URL that has its own rules; neither is reported.
    ///
    /// ## Why is this bad?
    /// `return` belongs to the rewrite phase, which nginx runs before the access phase where
    /// `allow` and `deny` are checked. The response is sent before the address is ever looked
    /// at: the restriction the block seems to have does not apply to it.
    ///
    /// ## Example
    /// ```nginx
    /// server {
    ///     listen 80;
    ///     location = /internal/config {
    ///         allow 10.0.0.0/8;
    ///         deny all;
    ///         default_type application/json;
    ///         return 200 '{"feature_flags": "beta"}';
    ///     }
    /// }
    /// ```
    ///
    /// ## Use instead
    /// ```nginx
    /// server {
    ///     listen 80;
    ///     location = /internal/config {
    ///         allow 10.0.0.0/8;
    ///         deny all;
    ///         root /srv/config;
    ///         try_files /config.json =404;
    ///     }
    /// }
    /// ```
    ///
    /// ## References
    /// - <https://nginx.org/en/docs/http/ngx_http_rewrite_module.html#return>
    /// - <https://nginx.org/en/docs/http/ngx_http_access_module.html>
    /// - <https://nginx.org/en/docs/dev/development_guide.html#http_phases>
    pub struct ReturnBypassesAccess {
        code: "SW3035",
        name: "return-bypasses-access",
        family: Nginx,
        severity: Medium,
        category: Security,
        gixy: ["return_bypasses_allow_deny"],
        summary: "`return` answers before `allow`/`deny` are checked",
    }
}

/// A `return` that sends content rather than refusing or redirecting.
fn answers(d: &RDirective) -> bool {
    d.name == "return" && d.arg(0).is_some_and(|c| c.len() == 3 && c.starts_with('2'))
}

/// Answering returns in `block` and in the `if` blocks inside it.
fn returns_in<'a>(block: &'a RDirective, out: &mut Vec<&'a RDirective>) {
    for d in block.kids() {
        if answers(d) {
            out.push(d);
        }
        if d.name == "if" {
            returns_in(d, out);
        }
    }
}

crate::message! {
    /// A `return 2xx` in a block with access rules (`rule`: the first rule, abbreviated).
    struct Bypass<'a> = "return-bypasses-access" { code: &'a str, rule: String }
    struct Help = "return-bypasses-access-help" {}
    struct AccessRule = "return-bypasses-access-related" {}
}

impl ReturnBypassesAccess {
    fn check(&self, project: &Project, cx: &mut Checker) {
        let mut seen = std::collections::BTreeSet::new();
        for scope in scopes(project) {
            scope.each_block(|chain| {
                let Some(block) = chain.last() else { return };
                let Some(rule) = block
                    .kids()
                    .iter()
                    .find(|d| d.name == "allow" || d.name == "deny")
                else {
                    return;
                };
                // only a block that denies someone restricts anything
                if !block.kids().iter().any(|d| d.name == "deny") {
                    return;
                }
                let mut rets = Vec::new();
                returns_in(block, &mut rets);
                for r in rets {
                    if !seen.insert((r.file, r.span)) {
                        continue;
                    }
                    cx.report(
                        r.file,
                        r.span,
                        Bypass {
                            code: r.arg(0).unwrap_or(""),
                            rule: rule.args_text().split_whitespace().next().map_or_else(
                                || rule.name.clone(),
                                |a| format!("{} {a}", rule.name),
                            ),
                        },
                    )
                    .help(Help {})
                    .related(rule.file, rule.span, AccessRule {});
                }
            });
        }
    }
}
