use crate::declare_rule;
use crate::project::nginx::TopContext;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports `server_tokens on`, and top-level nginx configs (`nginx.conf` with an `http`
    /// block, or `conf.d` server files) that never set `server_tokens off` (nginx's default is on).
    /// Fragments included into a server are judged with the file that includes them.
    ///
    /// ## Why is this bad?
    /// Every response and error page announces the exact nginx version, which tells attackers
    /// which published vulnerabilities to try.
    ///
    /// ## Example
    /// ```nginx
    /// http {
    ///     server {
    ///         listen 80;
    ///     }
    /// }
    /// ```
    ///
    /// ## Use instead
    /// ```nginx
    /// http {
    ///     server_tokens off;
    ///     server {
    ///         listen 80;
    ///     }
    /// }
    /// ```
    ///
    /// ## References
    /// - <https://nginx.org/en/docs/http/ngx_http_core_module.html#server_tokens>
    pub struct ServerTokensExposed {
        code: "SW3015",
        name: "server-tokens-exposed",
        family: Nginx,
        severity: Low,
        category: Security,
        gixy: ["version_disclosure"],
        summary: "nginx version exposed in headers and error pages",
    }
}

crate::message! {
    /// `server_tokens on`.
    struct On = "server-tokens-exposed" {}
    struct OnHelp = "server-tokens-exposed-help" {}
    /// A configuration that never sets `server_tokens off`.
    struct NeverOff = "server-tokens-exposed-default" {}
    struct NeverOffHelp = "server-tokens-exposed-default-help" {}
}

impl ServerTokensExposed {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for doc in &project.nginx.docs {
            doc.tree.walk(&mut |d, _| {
                if d.name == "server_tokens" && d.arg(0) == Some("on") {
                    cx.report(doc.file, d.span, On {}).help(OnHelp {});
                }
            });
        }
        // per entry (each nginx.conf or conf.d file nginx loads): is it turned off anywhere in it?
        let mains: Vec<_> = project
            .nginx
            .entries
            .iter()
            .filter(|e| e.context == TopContext::Main && e.items.iter().any(|d| d.name == "http"))
            .collect();
        let entries: Vec<_> = if mains.is_empty() {
            project
                .nginx
                .entries
                .iter()
                .filter(|e| {
                    e.context == TopContext::Http && e.items.iter().any(|d| d.name == "server")
                })
                .collect()
        } else {
            // conf.d files next to a main config are loaded by it (the image's default include)
            mains
        };
        for e in entries {
            let mut off = false;
            crate::project::nginx::walk(&e.items, &mut |d, _| {
                if d.name == "server_tokens" && d.arg(0) != Some("on") {
                    off = true;
                }
            });
            if off {
                continue;
            }
            let anchor = e
                .items
                .iter()
                .find(|d| d.name == "http" || d.name == "server")
                .map(|d| (d.file, d.name_span));
            if let Some((file, span)) = anchor {
                cx.report(file, span, NeverOff {}).help(NeverOffHelp {});
            }
        }
    }
}
