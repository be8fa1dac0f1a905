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
                        format!("TLS restricted to modern versions ({})", d.args_text()),
                    );
                    return;
                }
                let text = &project.file(doc.file).text;
                let branch = super::helpers::template_branch(text, d.span.start as usize);
                let f = cx.report(
                    doc.file,
                    d.span,
                    match &branch {
                        Some(c) => format!(
                            "`ssl_protocols` enables deprecated {} in the template branch `{c}`: a policy the template offers on request",
                            weak.join(", ")
                        ),
                        None => format!("`ssl_protocols` enables deprecated {}", weak.join(", ")),
                    },
                );
                f.help("use `ssl_protocols TLSv1.2 TLSv1.3;`");
                if branch.is_some() {
                    f.severity(crate::diagnostic::Severity::Info);
                }
            });
        }
    }
}
