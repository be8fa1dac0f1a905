use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports `ssl_protocols` that enable SSLv2, SSLv3, TLSv1 or TLSv1.1. Records a strength for
    /// TLS 1.2/1.3 only.
    ///
    /// ## Why is this bad?
    /// These protocol versions have known attacks (POODLE, BEAST) and are deprecated by RFC 8996;
    /// browsers refuse them and compliance scans fail.
    ///
    /// ## Example
    /// ```nginx
    /// server {
    ///     listen 443 ssl;
    ///     ssl_protocols TLSv1 TLSv1.1 TLSv1.2;
    /// }
    /// ```
    ///
    /// ## Use instead
    /// ```nginx
    /// server {
    ///     listen 443 ssl;
    ///     ssl_protocols TLSv1.2 TLSv1.3;
    /// }
    /// ```
    ///
    /// ## References
    /// - <https://nginx.org/en/docs/http/ngx_http_ssl_module.html#ssl_protocols>
    /// - <https://datatracker.ietf.org/doc/html/rfc8996>
    pub struct TlsWeakProtocols {
        code: "SW3010",
        name: "tls-weak-protocols",
        family: Nginx,
        severity: High,
        category: Security,
        gixy: ["weak_ssl_tls"],
        summary: "Deprecated TLS/SSL protocol versions enabled",
    }
}

crate::message! {
    /// `ssl_protocols` with deprecated versions.
    struct Deprecated = "tls-weak-protocols" { protocols: String }
    /// The same in one branch of a template (`branch`: its condition).
    struct InBranch<'a> = "tls-weak-protocols-template" { protocols: String, branch: &'a str }
    struct Help = "tls-weak-protocols-help" {}
    struct Modern = "tls-weak-protocols-strength" { protocols: String }
}

impl TlsWeakProtocols {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for doc in &project.nginx.docs {
            doc.tree.walk(&mut |d, _| {
                if d.name != "ssl_protocols" {
                    return;
                }
                let weak: Vec<&str> = d
                    .args
                    .iter()
                    .map(|a| a.text.as_str())
                    .filter(|p| matches!(*p, "SSLv2" | "SSLv3" | "TLSv1" | "TLSv1.1"))
                    .collect();
                if weak.is_empty() {
                    cx.strength(
                        doc.file,
                        d.span,
                        Modern {
                            protocols: d.args_text(),
                        },
                    );
                    return;
                }
                let text = &project.file(doc.file).text;
                let branch = super::helpers::template_branch(text, d.span.start as usize);
                let f = cx.report(
                    doc.file,
                    d.span,
                    match &branch {
                        Some(c) => crate::message::Message::from(InBranch {
                            protocols: weak.join(", "),
                            branch: c,
                        }),
                        None => Deprecated {
                            protocols: weak.join(", "),
                        }
                        .into(),
                    },
                );
                f.help(Help {});
                if branch.is_some() {
                    f.severity(crate::diagnostic::Severity::Info);
                }
            });
        }
    }
}
