use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports `proxy_pass` (and `fastcgi_pass`/`uwsgi_pass`/`grpc_pass`) whose host comes from the
    /// request: `$arg_*`, `$http_*`, `$cookie_*`, `$host`, `$request_uri`, `$uri`, or a regex
    /// capture (`$1`, named captures) of a `location`.
    ///
    /// ## Why is this bad?
    /// The client chooses where nginx connects: internal services, cloud metadata endpoints
    /// (`169.254.169.254`), the database admin port. This is server-side request forgery, one of
    /// gixy's classic findings.
    ///
    /// ## Example
    /// ```nginx
    /// server {
    ///     listen 80;
    ///     location ~ ^/proxy/(.*)$ {
    ///         proxy_pass http://$1;
    ///     }
    /// }
    /// ```
    ///
    /// ## Use instead
    /// ```nginx
    /// server {
    ///     listen 80;
    ///     location ~ ^/proxy/(.*)$ {
    ///         proxy_pass http://backend/$1;
    ///     }
    /// }
    /// ```
    pub struct ProxyPassVariableSsrf {
        code: "SW3017",
        name: "proxy-pass-variable-ssrf",
        family: Nginx,
        severity: High,
        category: Security,
        summary: "Upstream host taken from the request (SSRF)",
    }
}

/// Variables a client controls.
pub fn user_controlled(var: &str) -> bool {
    var.starts_with("$arg_")
        || var.starts_with("$http_")
        || var.starts_with("$cookie_")
        || matches!(
            var,
            "$host"
                | "$request_uri"
                | "$uri"
                | "$document_uri"
                | "$args"
                | "$query_string"
                | "$request_body"
                | "$server_name"
        )
        || var.len() == 2 && var.as_bytes()[1].is_ascii_digit()
}

impl ProxyPassVariableSsrf {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for doc in &project.nginx.docs {
            doc.tree.walk(&mut |d, _| {
                if !matches!(d.name.as_str(), "proxy_pass" | "fastcgi_pass" | "uwsgi_pass" | "grpc_pass") {
                    return;
                }
                let Some(a) = d.args.first() else { return };
                let target = a.text.split_once("://").map(|(_, r)| r).unwrap_or(&a.text);
                let host = target.split('/').next().unwrap_or(target);
                let vars: Vec<&str> = host
                    .split('$')
                    .skip(1)
                    .map(|v| {
                        let end = v.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).unwrap_or(v.len());
                        &v[..end]
                    })
                    .collect();
                if let Some(v) = vars.iter().map(|v| format!("${v}")).find(|v| user_controlled(v)) {
                    cx.report(doc.file, a.span, format!("the upstream host comes from `{v}`, which the client controls"))
                        .help("proxy to a fixed upstream and pass the client's value in the path or a header, or map allowed values with a `map` block");
                }
            });
        }
    }
}
