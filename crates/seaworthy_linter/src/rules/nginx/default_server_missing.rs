use super::{is_dev, scopes, Scope};
use crate::declare_rule;
use crate::diagnostic::Severity;
use crate::project::nginx::RDirective;
use crate::project::Project;
use crate::rule::Checker;
use std::collections::BTreeMap;

declare_rule! {
    /// ## What it does
    /// Reports two or more `server` blocks of one nginx configuration that listen on the same
    /// address and port while none of them is marked `default_server` (informational in
    /// development files; templates whose loops decide the servers are skipped). When the server nginx
    /// would pick for unknown host names is plainly a catch-all (`server_name _;`, no
    /// `server_name`, or one that only returns `444`), the choice is evident and it is not
    /// reported.
    ///
    /// ## Why is this bad?
    /// A request whose `Host` matches no `server_name` (scanners, clients that connect by IP
    /// address, a misspelled or spoofed host) goes to the default server of that address, and
    /// without `default_server` that is simply the first one nginx read. The application behind
    /// it then answers for any host name, and renaming or adding a file in `conf.d/` (read in
    /// alphabetical order) silently changes which site that is.
    ///
    /// ## Example
    /// ```nginx
    /// http {
    ///     server {
    ///         listen 80;
    ///         server_name app.example.com;
    ///         location / { proxy_pass http://app:8000; }
    ///     }
    ///     server {
    ///         listen 80;
    ///         server_name admin.example.com;
    ///         location / { proxy_pass http://admin:8000; }
    ///     }
    /// }
    /// ```
    ///
    /// ## Use instead
    /// ```nginx
    /// http {
    ///     server {
    ///         listen 80 default_server;
    ///         server_name _;
    ///         return 444;
    ///     }
    ///     server {
    ///         listen 80;
    ///         server_name app.example.com;
    ///         location / { proxy_pass http://app:8000; }
    ///     }
    ///     server {
    ///         listen 80;
    ///         server_name admin.example.com;
    ///         location / { proxy_pass http://admin:8000; }
    ///     }
    /// }
    /// ```
    ///
    /// ## References
    /// - <https://nginx.org/en/docs/http/ngx_http_core_module.html#listen>
    /// - <https://nginx.org/en/docs/http/request_processing.html>
    pub struct DefaultServerMissing {
        code: "SW3033",
        name: "default-server-missing",
        family: Nginx,
        severity: Low,
        category: Security,
        gixy: ["default_server_flag"],
        summary: "Several servers on one port and none is `default_server`",
    }
}

/// The socket a `listen` binds (`*:80`, `[::]:443`, `127.0.0.1:8080`, with `/udp` for QUIC)
/// and whether it is marked default. `None` for unix sockets and templated values.
fn socket(l: &RDirective) -> Option<(String, bool)> {
    let addr = l.arg(0)?;
    if addr.starts_with("unix:") || addr.contains(['$', '{', '}']) {
        return None;
    }
    let default = l
        .args
        .iter()
        .any(|a| a.text == "default_server" || a.text == "default");
    let udp = l.args.iter().any(|a| a.text == "quic");
    let key = if addr.chars().all(|c| c.is_ascii_digit()) {
        format!("*:{addr}")
    } else if let Some(rest) = addr.strip_prefix('[') {
        let (host, port) = rest.split_once(']')?;
        let port = port.strip_prefix(':').unwrap_or("80");
        format!("[{host}]:{port}")
    } else {
        let (host, port) = match addr.rsplit_once(':') {
            Some((h, p)) if p.chars().all(|c| c.is_ascii_digit()) => (h, p),
            _ => (addr, "80"),
        };
        let host = if host == "0.0.0.0" { "*" } else { host };
        format!("{host}:{port}")
    };
    Some((if udp { format!("{key}/udp") } else { key }, default))
}

/// A server on a socket: the server, its `listen`, and whether it is marked default.
type OnSocket<'a> = (&'a Scope, &'a RDirective, bool);

fn names(s: &Scope) -> Vec<String> {
    s.server
        .find("server_name")
        .flat_map(|d| d.args.iter().map(|a| a.text.clone()))
        .collect()
}

/// A server plainly meant to catch unknown hosts.
fn catch_all(s: &Scope) -> bool {
    let n = names(s);
    n.is_empty()
        || n.iter().all(|x| x == "_" || x.is_empty() || x == "\"\"")
        || s.server.find("return").any(|r| r.arg(0) == Some("444"))
}

crate::message! {
    /// Several servers on one socket, none marked default.
    struct NoDefault<'a> = "default-server-missing" { count: usize, socket: &'a str, first: &'a str }
    /// The same servers on several sockets (IPv4 and IPv6); `head` is every socket but the last.
    struct Several<'a> = "default-server-missing-sockets" { count: usize, head: String, last: &'a String, first: &'a str }
    struct Help<'a> = "default-server-missing-help" { listen: &'a str }
    /// Another named server on the socket.
    struct AlsoHere<'a> = "default-server-missing-related" { name: &'a String }
    /// Another server without a name on the socket.
    struct AnotherHere = "default-server-missing-related-unnamed" {}
}

impl DefaultServerMissing {
    fn check(&self, project: &Project, cx: &mut Checker) {
        let all = scopes(project);
        for entry in project.nginx.entries.iter().map(|e| e.file) {
            // a template's loops and conditions decide which servers exist
            if project.nginx.doc(entry).is_some_and(|d| d.tree.is_template) {
                continue;
            }
            // socket -> (server, its listen, marked default)
            let mut groups: BTreeMap<String, Vec<OnSocket>> = BTreeMap::new();
            for s in all.iter().filter(|s| s.entry == entry && !s.synthetic) {
                let mut mine = std::collections::BTreeSet::new();
                for l in s.listens() {
                    if let Some((key, default)) = socket(l) {
                        if mine.insert(key.clone()) {
                            groups.entry(key).or_default().push((s, l, default));
                        }
                    }
                }
            }
            // the same servers on several sockets (IPv4 and IPv6) are one problem
            let mut problems: Vec<(Vec<String>, Vec<OnSocket>)> = Vec::new();
            for (key, servers) in groups {
                if servers.len() < 2 || servers.iter().any(|(_, _, d)| *d) {
                    continue;
                }
                let same = |a: &[(&Scope, &RDirective, bool)],
                            b: &[(&Scope, &RDirective, bool)]| {
                    a.len() == b.len()
                        && a.iter()
                            .zip(b)
                            .all(|(x, y)| x.0.server.span == y.0.server.span)
                };
                match problems.iter_mut().find(|(_, s)| same(s, &servers)) {
                    Some((keys, _)) => keys.push(key),
                    None => problems.push((vec![key], servers)),
                }
            }
            for (keys, servers) in problems {
                let (first, listen, _) = servers[0];
                if catch_all(first) {
                    continue;
                }
                let first_name = names(first).first().cloned().unwrap_or_default();
                let count = servers.len();
                let msg: crate::message::Message = match keys.split_last() {
                    Some((last, head)) if !head.is_empty() => Several {
                        count,
                        head: head.join(" and "),
                        last,
                        first: &first_name,
                    }
                    .into(),
                    _ => NoDefault {
                        count,
                        socket: keys.first().map(String::as_str).unwrap_or(""),
                        first: &first_name,
                    }
                    .into(),
                };
                let f = cx.report(listen.file, listen.span, msg);
                f.help(Help {
                    listen: listen.arg(0).unwrap_or("80"),
                });
                for (s, l, _) in &servers[1..] {
                    let msg: crate::message::Message = match names(s).first() {
                        Some(name) => AlsoHere { name }.into(),
                        None => AnotherHere {}.into(),
                    };
                    f.related(l.file, l.span, msg);
                }
                if is_dev(project, listen.file) {
                    f.severity(Severity::Info);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::project_from_txtar;

    #[test]
    fn sockets() {
        let p = project_from_txtar("-- nginx/nginx.conf --\nhttp { server { listen 80; listen 0.0.0.0:8080 default_server; listen [::]:443 ssl; listen 443 quic; listen unix:/x; listen ${PORT}; } }\n");
        let s = &scopes(&p)[0];
        let keys: Vec<Option<(String, bool)>> = s.listens().into_iter().map(socket).collect();
        assert_eq!(
            keys,
            [
                Some(("*:80".into(), false)),
                Some(("*:8080".into(), true)),
                Some(("[::]:443".into(), false)),
                Some(("*:443/udp".into(), false)),
                None,
                None
            ]
        );
    }
}
