use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports `ssl_ciphers` lists that enable broken cipher suites: 3DES/DES, RC4, NULL
    /// (no encryption), EXPORT-grade, MD5-based suites, or anonymous key exchange (`aNULL`,
    /// `ADH`, `AECDH`). A suite excluded with `!` or `-` is fine.
    ///
    /// ## Why is this bad?
    /// nginx offers the suites in the list to every client; one that negotiates them gets a
    /// connection an attacker on the path can read (SWEET32 against 3DES, RC4 biases, EXPORT
    /// downgrades) or impersonate (no server authentication). Scanners such as SSL Labs cap the
    /// grade, and PCI DSS scans fail.
    ///
    /// ## Example
    /// ```nginx
    /// server {
    ///     listen 443 ssl;
    ///     ssl_ciphers ECDHE-RSA-AES128-GCM-SHA256:DES-CBC3-SHA:RC4-SHA;
    /// }
    /// ```
    ///
    /// ## Use instead
    /// ```nginx
    /// server {
    ///     listen 443 ssl;
    ///     ssl_protocols TLSv1.2 TLSv1.3;
    ///     ssl_ciphers ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305;
    /// }
    /// ```
    ///
    /// ## References
    /// - <https://nginx.org/en/docs/http/ngx_http_ssl_module.html#ssl_ciphers>
    /// - <https://ssl-config.mozilla.org/>
    pub struct SslCiphersWeak {
        code: "SW3023",
        name: "ssl-ciphers-weak",
        family: Nginx,
        severity: High,
        category: Security,
        gixy: ["weak_ssl_tls"],
        summary: "ssl_ciphers enables broken cipher suites",
    }
}

/// The broken suites an OpenSSL cipher string enables (excluded ones, `!X`/`-X`, are not).
pub fn weak_ciphers(list: &str) -> Vec<&str> {
    list.split([':', ' ', ','])
        .map(|c| c.trim_start_matches('+'))
        .filter(|c| !c.is_empty() && !c.starts_with('!') && !c.starts_with('-'))
        .filter(|c| !c.contains('$'))
        .filter(|c| {
            let u = c.to_ascii_uppercase();
            let parts: Vec<&str> = u.split(['-', '+']).collect();
            parts.iter().any(|p| {
                matches!(
                    *p,
                    "DES"
                        | "3DES"
                        | "CBC3"
                        | "RC4"
                        | "NULL"
                        | "ENULL"
                        | "ANULL"
                        | "EXP"
                        | "EXPORT"
                        | "MD5"
                        | "ADH"
                        | "AECDH"
                ) || p.starts_with("EXP") && p[3..].chars().all(|ch| ch.is_ascii_digit())
            }) || u.starts_with("DES")
                || u.starts_with("RC4")
        })
        .collect()
}

crate::message! {
    /// Broken suites (`ciphers`: the first four, `more`: how many others).
    struct Broken<'a> = "ssl-ciphers-weak" { directive: &'a str, ciphers: String, more: usize }
    /// The same in one branch of a template (`branch`: its condition).
    struct InBranch<'a> = "ssl-ciphers-weak-template" { directive: &'a str, ciphers: String, more: usize, branch: &'a str }
    struct Help = "ssl-ciphers-weak-help" {}
}

impl SslCiphersWeak {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for doc in &project.nginx.docs {
            doc.tree.walk(&mut |d, _| {
                if d.name != "ssl_ciphers" && d.name != "proxy_ssl_ciphers" {
                    return;
                }
                let Some(arg) = d.args.first() else { return };
                let weak = weak_ciphers(&arg.text);
                if weak.is_empty() {
                    return;
                }
                let shown: Vec<&str> = weak.iter().take(4).copied().collect();
                let more = weak.len().saturating_sub(4);
                let ciphers = shown.join(", ");
                let text = &project.file(doc.file).text;
                let branch = super::helpers::template_branch(text, d.span.start as usize);
                let f = cx.report(
                    doc.file,
                    arg.span,
                    match &branch {
                        Some(c) => crate::message::Message::from(InBranch {
                            directive: &d.name,
                            ciphers,
                            more,
                            branch: c,
                        }),
                        None => Broken {
                            directive: &d.name,
                            ciphers,
                            more,
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

#[cfg(test)]
mod tests {
    use super::weak_ciphers;

    #[test]
    fn cipher_strings() {
        assert_eq!(
            weak_ciphers("ECDHE-RSA-AES128-GCM-SHA256:DES-CBC3-SHA:RC4-SHA"),
            ["DES-CBC3-SHA", "RC4-SHA"]
        );
        assert!(weak_ciphers("HIGH:!aNULL:!MD5").is_empty());
        assert!(weak_ciphers("EECDH+AESGCM:EDH+AESGCM:!3DES:-RC4").is_empty());
        assert!(
            weak_ciphers("ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305").is_empty()
        );
        assert_eq!(weak_ciphers("HIGH:aNULL"), ["aNULL"]);
        assert_eq!(weak_ciphers("EXP-RC4-MD5"), ["EXP-RC4-MD5"]);
        assert_eq!(
            weak_ciphers("EDH-RSA-DES-CBC3-SHA"),
            ["EDH-RSA-DES-CBC3-SHA"]
        );
        assert!(weak_ciphers("${SSL_CIPHERS}").is_empty());
    }
}
