use crate::declare_rule;
use crate::diagnostic::Severity;
use crate::project::Project;
use crate::rule::Checker;
use seaworthy_syntax::nginx::parse_size;

declare_rule! {
    /// ## What it does
    /// Reports `client_max_body_size` of more than 100 MB (high from 1 GB), or `0` (no limit).
    ///
    /// ## Why is this bad?
    /// nginx buffers request bodies to disk before the app sees them: a few concurrent multi-GB
    /// uploads fill the disk or tie up workers, a cheap denial of service; and the app usually
    /// rejects such bodies anyway, after nginx did all the work.
    ///
    /// ## Example
    /// ```nginx
    /// server {
    ///     listen 80;
    ///     client_max_body_size 2G;
    /// }
    /// ```
    ///
    /// ## Use instead
    /// ```nginx
    /// server {
    ///     listen 80;
    ///     client_max_body_size 20M;
    ///     location /api/uploads/ {
    ///         client_max_body_size 100M;
    ///         proxy_pass http://api:8000;
    ///     }
    /// }
    /// ```
    ///
    /// ## References
    /// - <https://nginx.org/en/docs/http/ngx_http_core_module.html#client_max_body_size>
    pub struct ClientBodySizeExcessive {
        code: "SW3006",
        name: "client-body-size-excessive",
        family: Nginx,
        severity: Medium,
        category: Reliability,
        summary: "client_max_body_size unlimited or very large",
    }
}

const MB: u64 = 1024 * 1024;

crate::message! {
    /// `client_max_body_size 0`.
    struct Unlimited = "client-body-size-excessive" {}
    /// A limit of a gigabyte or more.
    struct Gigabytes<'a> = "client-body-size-excessive-gb" { value: &'a str, gb: u64 }
    /// A limit over 100 MB.
    struct Large<'a> = "client-body-size-excessive-large" { value: &'a str }
    struct Help = "client-body-size-excessive-help" {}
}

impl ClientBodySizeExcessive {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for doc in &project.nginx.docs {
            doc.tree.walk(&mut |d, _| {
                if d.name != "client_max_body_size" {
                    return;
                }
                let Some(v) = d.arg(0) else { return };
                let Some(bytes) = parse_size(v) else { return };
                let (msg, sev): (crate::message::Message, _) = if bytes == 0 {
                    (Unlimited {}.into(), Severity::High)
                } else if bytes >= 1024 * MB {
                    (
                        Gigabytes {
                            value: v,
                            gb: bytes / (1024 * MB),
                        }
                        .into(),
                        Severity::High,
                    )
                } else if bytes > 100 * MB {
                    (Large { value: v }.into(), Severity::Medium)
                } else {
                    return;
                };
                let f = cx.report(doc.file, d.span, msg);
                f.help(Help {});
                f.severity(if project.file(doc.file).environment.is_non_prod() {
                    Severity::Low
                } else {
                    sev
                });
            });
        }
    }
}
