use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports `Content-Security-Policy` headers that allow `'unsafe-inline'` or `'unsafe-eval'`
    /// in `script-src`/`default-src`, or whole schemes or wildcards as sources (`*`, `http:`,
    /// `https:`, `ws:`, `wss:`, `data:` for scripts). Dev files are not reported (dev servers like Vite
    /// need inline scripts).
    ///
    /// ## Why is this bad?
    /// Such a CSP no longer stops injected scripts: `'unsafe-inline'` is exactly what XSS
    /// payloads use, and `https:` allows scripts from any host on the internet.
    ///
    /// ## Example
    /// ```nginx
    /// server {
    ///     listen 80;
    ///     add_header Content-Security-Policy "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; connect-src 'self' ws: wss: http: https:" always;
    /// }
    /// ```
    ///
    /// ## Use instead
    /// ```nginx
    /// server {
    ///     listen 80;
    ///     add_header Content-Security-Policy "default-src 'self'; script-src 'self'; connect-src 'self' wss://app.example.com" always;
    /// }
    /// ```
    ///
    /// ## References
    /// - <https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Content-Security-Policy>
    pub struct CspUnsafe {
        code: "SW3009",
        name: "csp-unsafe",
        family: Nginx,
        severity: Medium,
        category: Security,
        summary: "Content-Security-Policy that allows inline scripts or any host",
    }
}

crate::message! {
    /// The unsafe sources a policy allows, as `directive source` pairs.
    struct Allows = "csp-unsafe" { sources: String }
    struct Help = "csp-unsafe-help" {}
}

impl CspUnsafe {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for doc in &project.nginx.docs {
            if project.file(doc.file).environment.is_non_prod() {
                continue;
            }
            doc.tree.walk(&mut |d, _| {
                if d.name != "add_header"
                    || !d
                        .arg(0)
                        .is_some_and(|n| n.eq_ignore_ascii_case("content-security-policy"))
                {
                    return;
                }
                let Some(policy) = d.arg(1) else { return };
                let mut problems = Vec::new();
                for directive in policy.split(';') {
                    let mut parts = directive.split_whitespace();
                    let Some(name) = parts.next() else { continue };
                    let sources: Vec<&str> = parts.collect();
                    let script_like =
                        matches!(name, "script-src" | "default-src" | "script-src-elem");
                    for s in &sources {
                        let bad = match *s {
                            "'unsafe-inline'" | "'unsafe-eval'" if script_like => true,
                            "*" | "http:" | "https:" => true,
                            "ws:" | "wss:" => true,
                            "data:" if script_like => true,
                            _ => false,
                        };
                        if bad {
                            problems.push(format!("{name} {s}"));
                        }
                    }
                }
                if problems.is_empty() {
                    return;
                }
                cx.report(
                    doc.file,
                    d.args.get(1).map(|a| a.span).unwrap_or(d.span),
                    Allows {
                        sources: problems.join(", "),
                    },
                )
                .help(Help {});
            });
        }
    }
}
