use super::{header_name, scopes};
use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Finds blocks (`location`, `if`, `server`) with their own `add_header` while an outer level
    /// sets headers the inner block does not repeat. nginx inherits `add_header` only when the
    /// inner level has none: one `add_header Cache-Control` in a location silently drops every
    /// security header of the server.
    ///
    /// ## Why is this bad?
    /// HSTS, `X-Frame-Options`, `X-Content-Type-Options` and CSP vanish exactly on the responses
    /// that set any header of their own (static files, downloads), which is where clickjacking and
    /// MIME sniffing bite. Seed audit s000 M4.
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
    pub struct AddHeaderDropsInherited {
        code: "SW3002",
        name: "add-header-drops-inherited",
        family: Nginx,
        severity: Medium,
        category: Security,
        summary: "Nested add_header drops the headers set above it",
    }
}

impl AddHeaderDropsInherited {
    fn check(&self, project: &Project, cx: &mut Checker) {
        let mut seen = std::collections::BTreeSet::new();
        for scope in scopes(project) {
            // server level vs http level
            let mut chains: Vec<Vec<&crate::project::nginx::RDirective>> =
                vec![vec![&scope.server]];
            chains.extend(scope.locations());
            for chain in chains {
                let Some(block) = chain.last() else { continue };
                let own: Vec<_> = block
                    .kids()
                    .iter()
                    .filter(|d| d.name == "add_header")
                    .collect();
                if own.is_empty() {
                    continue;
                }
                // what the level just outside would have given
                let outer = scope.effective("add_header", &chain[..chain.len() - 1]);
                let own_names: Vec<String> = own.iter().map(|d| header_name(d)).collect();
                let lost: Vec<String> = outer
                    .iter()
                    .map(|d| d.arg(0).unwrap_or("").to_string())
                    .filter(|n| !own_names.contains(&n.to_ascii_lowercase()))
                    .collect();
                if lost.is_empty() || !seen.insert((own[0].file, own[0].span)) {
                    continue;
                }
                let where_ = if block.name == "server" {
                    "this server".to_string()
                } else {
                    format!("`{} {}`", block.name, block.args_text())
                };
                let f = cx.report(
                    own[0].file,
                    own[0].span,
                    format!(
                        "`add_header` in {where_} drops the inherited headers: {}",
                        lost.join(", ")
                    ),
                );
                f.help("repeat the inherited headers in this block (or move them to an `include`d snippet used at every level)");
                if let Some(o) = outer.first() {
                    f.related(o.file, o.span, "inherited header set here");
                }
            }
        }
    }
}
