//! SW3xxx: nginx rules. They read the resolved entries of the nginx model (includes spliced in)
//! through [`scopes`]: one scope per `server` block with the `http`-level directives around it,
//! so inheritance (`add_header`, `proxy_set_header`, `limit_req`) follows nginx's rules.

pub mod add_header_content_type;
pub mod add_header_drops_inherited;
pub mod alias_traversal;
pub mod allow_without_deny;
pub mod auth_rate_limit_missing;
pub mod autoindex_enabled;
pub mod client_body_size_excessive;
pub mod csp_unsafe;
pub mod default_server_missing;
pub mod gzip_disabled;
pub mod header_without_always;
pub mod helpers;
pub mod host_header_spoofing;
pub mod hsts_missing;
pub mod http_splitting;
pub mod https_disabled;
pub mod https_redirect_missing;
pub mod if_in_location;
pub mod location_regex_unanchored;
pub mod origin_check_regex;
pub mod proxy_forwarded_headers_missing;
pub mod proxy_pass_normalized;
pub mod proxy_pass_variable_ssrf;
pub mod rate_limit_missing;
pub mod resolver_external;
pub mod resolver_missing;
pub mod return_bypasses_access;
pub mod security_headers_missing;
pub mod server_tokens_exposed;
pub mod ssl_ciphers_weak;
pub mod static_cache_disabled;
pub mod tls_weak_protocols;
pub mod try_files_proxied;
pub mod valid_referers_none;
pub mod websocket_timeout_short;
pub mod websocket_upgrade_missing;
pub mod worker_rlimit_nofile_low;

use crate::project::nginx::{RDirective, TopContext};
use crate::project::{FileId, Project};
use crate::rule::Rule;
use seaworthy_syntax::{Environment, Span};

pub const RULES: &[&dyn Rule] = &[
    &websocket_upgrade_missing::WebsocketUpgradeMissing,
    &add_header_drops_inherited::AddHeaderDropsInherited,
    &header_without_always::HeaderWithoutAlways,
    &auth_rate_limit_missing::AuthRateLimitMissing,
    &rate_limit_missing::RateLimitMissing,
    &client_body_size_excessive::ClientBodySizeExcessive,
    &hsts_missing::HstsMissing,
    &security_headers_missing::SecurityHeadersMissing,
    &csp_unsafe::CspUnsafe,
    &tls_weak_protocols::TlsWeakProtocols,
    &https_redirect_missing::HttpsRedirectMissing,
    &https_disabled::HttpsDisabled,
    &static_cache_disabled::StaticCacheDisabled,
    &autoindex_enabled::AutoindexEnabled,
    &server_tokens_exposed::ServerTokensExposed,
    &alias_traversal::AliasTraversal,
    &proxy_pass_variable_ssrf::ProxyPassVariableSsrf,
    &host_header_spoofing::HostHeaderSpoofing,
    &http_splitting::HttpSplitting,
    &origin_check_regex::OriginCheckRegex,
    &websocket_timeout_short::WebsocketTimeoutShort,
    &gzip_disabled::GzipDisabled,
    &ssl_ciphers_weak::SslCiphersWeak,
    &proxy_forwarded_headers_missing::ProxyForwardedHeadersMissing,
    &resolver_missing::ResolverMissing,
    &allow_without_deny::AllowWithoutDeny,
    &if_in_location::IfInLocation,
    &resolver_external::ResolverExternal,
    &try_files_proxied::TryFilesProxied,
    &worker_rlimit_nofile_low::WorkerRlimitNofileLow,
    &location_regex_unanchored::LocationRegexUnanchored,
    &add_header_content_type::AddHeaderContentType,
    &default_server_missing::DefaultServerMissing,
    &proxy_pass_normalized::ProxyPassNormalized,
    &return_bypasses_access::ReturnBypassesAccess,
    &valid_referers_none::ValidReferersNone,
];

/// One `server` block in context.
#[derive(Debug, Clone)]
pub struct Scope {
    /// The entry file (the file nginx would load).
    pub entry: FileId,
    pub context: TopContext,
    /// Directives at `http` level around the server (empty for a server fragment).
    pub http: Vec<RDirective>,
    pub server: RDirective,
    /// The server is the whole fragment file (no `server {}` of its own).
    pub synthetic: bool,
    /// Positions of the directives without a block among the server's and the http level's
    /// children: a server with thousands of locations is searched for `add_header` without
    /// walking past every location each time.
    simple_server: Vec<usize>,
    simple_http: Vec<usize>,
    /// How many chains [`Scope::locations`] returns.
    n_locations: usize,
}

/// Every server scope of every entry, computed once per project (about thirty rules read them;
/// building them copies the `http` and `server` subtrees).
pub fn scopes(project: &Project) -> &[Scope] {
    project
        .nginx_scopes
        .get_or_init(|| Box::new(build_scopes(project)))
        .downcast_ref::<Vec<Scope>>()
        .map_or(&[], Vec::as_slice)
}

fn build_scopes(project: &Project) -> Vec<Scope> {
    let mut out = Vec::new();
    for e in &project.nginx.entries {
        match e.context {
            TopContext::Main => {
                for http in e.items.iter().filter(|d| d.name == "http") {
                    for s in http.find("server") {
                        out.push(Scope::new(Scope {
                            entry: e.file,
                            context: e.context,
                            http: http.kids().to_vec(),
                            server: s.clone(),
                            synthetic: false,
                            simple_server: Vec::new(),
                            simple_http: Vec::new(),
                            n_locations: 0,
                        }));
                    }
                }
            }
            TopContext::Http => {
                for s in e.items.iter().filter(|d| d.name == "server") {
                    out.push(Scope::new(Scope {
                        entry: e.file,
                        context: e.context,
                        http: e.items.clone(),
                        server: s.clone(),
                        synthetic: false,
                        simple_server: Vec::new(),
                        simple_http: Vec::new(),
                        n_locations: 0,
                    }));
                }
            }
            TopContext::Server => {
                if e.items.is_empty() {
                    continue;
                }
                out.push(Scope::new(Scope {
                    entry: e.file,
                    context: e.context,
                    http: Vec::new(),
                    server: RDirective {
                        file: e.file,
                        name: "server".into(),
                        name_span: Span::EMPTY,
                        args: Vec::new(),
                        span: Span::EMPTY,
                        children: Some(std::sync::Arc::new(e.items.clone())),
                    },
                    synthetic: true,
                    simple_server: Vec::new(),
                    simple_http: Vec::new(),
                    n_locations: 0,
                }));
            }
        }
    }
    out
}

/// A location with the chain of blocks from the server down to it (server first, location last).
pub type Chain<'a> = Vec<&'a RDirective>;

impl Scope {
    fn new(mut s: Scope) -> Scope {
        let simple = |ds: &[RDirective]| -> Vec<usize> {
            ds.iter()
                .enumerate()
                .filter(|(_, d)| d.children.is_none())
                .map(|(i, _)| i)
                .collect()
        };
        s.simple_server = simple(s.server.kids());
        s.simple_http = simple(&s.http);
        let mut n_locations = 0;
        s.each_location(|_| n_locations += 1);
        s.n_locations = n_locations;
        s
    }

    /// The directives without a block directly in `b` (`add_header`, `include`, `satisfy`...):
    /// cheap for the server and the http level, which may hold thousands of blocks.
    pub fn level<'a>(&'a self, b: &'a RDirective) -> Box<dyn Iterator<Item = &'a RDirective> + 'a> {
        if std::ptr::eq(b, &self.server) {
            let kids = self.server.kids();
            Box::new(self.simple_server.iter().filter_map(move |&i| kids.get(i)))
        } else {
            Box::new(b.kids().iter().filter(|d| d.children.is_none()))
        }
    }

    /// The directives without a block at http level.
    pub fn http_level(&self) -> impl Iterator<Item = &RDirective> + '_ {
        self.simple_http.iter().filter_map(|&i| self.http.get(i))
    }

    pub fn environment(&self, project: &Project) -> Environment {
        project.file(self.entry).environment
    }

    /// Every `location` (nested ones too) with its chain.
    pub fn locations(&self) -> Vec<Chain<'_>> {
        let mut out = Vec::with_capacity(self.n_locations);
        self.each_location(|c| out.push(c.to_vec()));
        out
    }

    /// [`Scope::locations`] one chain at a time, in the same order, without a list of them (a
    /// server with 50,000 locations makes 50,000 chains for each rule that asks).
    pub fn each_location<'a>(&'a self, mut f: impl FnMut(&[&'a RDirective])) {
        self.walk(false, &mut |chain| {
            if chain.last().is_some_and(|b| b.name == "location") {
                f(chain);
            }
        });
    }

    /// [`Scope::blocks`] one chain at a time, in the same order, without a list of them.
    pub fn each_block<'a>(&'a self, mut f: impl FnMut(&[&'a RDirective])) {
        f(&[&self.server]);
        self.walk(true, &mut f);
    }

    /// The server block and every `location`, `if` and `limit_except` block in it (nested ones
    /// too), each with its chain (server first, the block last).
    pub fn blocks(&self) -> Vec<Chain<'_>> {
        let mut out = Vec::new();
        self.each_block(|c| out.push(c.to_vec()));
        out
    }

    /// Depth first through the server's `location` and `if` blocks (and `limit_except` ones
    /// with `limit_except`), calling `f` with the chain of each block entered.
    fn walk<'a>(&'a self, limit_except: bool, f: &mut dyn FnMut(&[&'a RDirective])) {
        fn go<'a>(
            d: &'a RDirective,
            limit_except: bool,
            chain: &mut Vec<&'a RDirective>,
            f: &mut dyn FnMut(&[&'a RDirective]),
        ) {
            for k in d.kids() {
                if k.name == "location"
                    || k.name == "if"
                    || limit_except && k.name == "limit_except"
                {
                    chain.push(k);
                    f(chain);
                    go(k, limit_except, chain, f);
                    chain.pop();
                }
            }
        }
        let mut chain = vec![&self.server];
        go(&self.server, limit_except, &mut chain, f);
    }

    /// Effective array directive at the end of `chain` (innermost level with any wins, then http).
    /// `add_header` and `add_trailer` follow `add_header_inherit`/`add_trailer_inherit` (nginx
    /// 1.29.3): `merge` appends the outer level's values, `off` drops them.
    pub fn effective<'a>(&'a self, name: &str, chain: &[&'a RDirective]) -> Vec<&'a RDirective> {
        if !matches!(name, "add_header" | "add_trailer") {
            // no inheritance mode: the innermost level that has any, without listing every level
            for b in chain.iter().rev() {
                let here: Vec<&'a RDirective> = self.level(b).filter(|d| d.name == name).collect();
                if !here.is_empty() {
                    return here;
                }
            }
            return self.http_level().filter(|d| d.name == name).collect();
        }
        let levels: Vec<Vec<&'a RDirective>> = std::iter::once(self.http_level().collect())
            .chain(chain.iter().map(|b| self.level(b).collect()))
            .collect();
        let inherit = match name {
            "add_header" => Some("add_header_inherit"),
            "add_trailer" => Some("add_trailer_inherit"),
            _ => None,
        };
        let mut out: Vec<&'a RDirective> = Vec::new();
        for i in (0..levels.len()).rev() {
            let here: Vec<&'a RDirective> = levels[i]
                .iter()
                .copied()
                .filter(|d| d.name == name)
                .collect();
            // the inheritance mode is itself inherited the usual way
            let mode = inherit
                .and_then(|n| {
                    levels[..=i]
                        .iter()
                        .rev()
                        .find_map(|l| l.iter().rfind(|d| d.name == n))
                })
                .and_then(|d| d.arg(0))
                .unwrap_or("on");
            let found = !here.is_empty();
            out.splice(0..0, here);
            match mode {
                "merge" => continue,
                "off" => return out,
                _ if found => return out,
                _ => {}
            }
        }
        out
    }

    /// An `include` the audit could not follow that may set what a rule looks for at the end of
    /// `chain`: any in the blocks of the chain, and at http level one whose path suggests shared
    /// settings (headers, security, TLS, proxy, snippets). nginx's stock `mime.types` and
    /// `*_params` do not count.
    pub fn unresolved_include<'a>(&'a self, chain: &[&'a RDirective]) -> Option<&'a RDirective> {
        helpers::opaque_include(chain.iter().flat_map(|b| self.level(b))).or_else(|| {
            helpers::opaque_include(self.http_level()).filter(|d| {
                let p = d.arg(0).unwrap_or("").to_ascii_lowercase();
                [
                    "header", "security", "ssl", "tls", "hsts", "proxy", "snippet", "common",
                ]
                .iter()
                .any(|w| p.contains(w))
            })
        })
    }

    /// Innermost single-value directive along `chain`, then http.
    pub fn innermost<'a>(&'a self, name: &str, chain: &[&'a RDirective]) -> Option<&'a RDirective> {
        for b in chain.iter().rev() {
            if let Some(d) = self.level(b).filter(|d| d.name == name).last() {
                return Some(d);
            }
        }
        self.http_level().filter(|d| d.name == name).last()
    }

    /// `listen` directives of the server.
    pub fn listens(&self) -> Vec<&RDirective> {
        self.server.find("listen").collect()
    }

    /// The server terminates TLS (`listen ... ssl`, `listen 443`, `ssl on`, `http2`+443, `quic`).
    pub fn is_tls(&self) -> bool {
        self.listens().iter().any(|l| {
            l.args.iter().any(|a| {
                a.text == "ssl" || a.text == "quic" || a.text.ends_with(":443") || a.text == "443"
            })
        }) || self.server.find("ssl").any(|d| d.arg(0) == Some("on"))
            || self.server.find("ssl_certificate").next().is_some() && self.listens().is_empty()
    }

    /// Plain-HTTP server (listens, none of them TLS).
    pub fn is_plain_http(&self) -> bool {
        !self.is_tls() && (!self.listens().is_empty() || !self.synthetic)
    }

    /// The server serves content: proxies or has a root/location.
    pub fn serves_content(&self) -> bool {
        let mut any = false;
        crate::project::nginx::walk(self.server.kids(), &mut |d, _| {
            if matches!(
                d.name.as_str(),
                "proxy_pass"
                    | "uwsgi_pass"
                    | "fastcgi_pass"
                    | "grpc_pass"
                    | "root"
                    | "alias"
                    | "try_files"
            ) {
                any = true;
            }
        });
        any
    }

    /// The server only redirects (every path returns a 3xx) or only denies.
    pub fn only_redirects(&self) -> bool {
        let ret = self
            .server
            .find("return")
            .any(|r| r.arg(0).is_some_and(|c| c.starts_with('3') || c == "444"));
        let rewrite_all = self.server.find("rewrite").any(|r| {
            r.args
                .get(2)
                .is_some_and(|a| a.text == "permanent" || a.text == "redirect")
        });
        // the server's own locations (chains of two), without listing every chain
        let loc_redirects = self
            .server
            .kids()
            .iter()
            .filter(|k| k.name == "location")
            .all(|l| {
                l.find("return")
                    .any(|r| r.arg(0).is_some_and(|code| code.starts_with('3')))
                    || l.arg(0) == Some("/.well-known/acme-challenge/")
                    || l.args.iter().any(|a| a.text.contains("acme-challenge"))
            })
            && self.n_locations > 0;
        (ret || rewrite_all || loc_redirects)
            && !self.server.kids().iter().any(|d| d.name == "proxy_pass")
    }

    /// Anchor span for server-level findings: the `server` keyword, or the entry file start.
    pub fn anchor(&self) -> (FileId, Span) {
        (
            self.server.file,
            if self.synthetic {
                Span::EMPTY
            } else {
                self.server.name_span
            },
        )
    }
}

/// The arguments of a directive as written in its file (quotes kept), masked like every output.
pub fn args_source(project: &Project, d: &RDirective) -> String {
    let (Some(first), Some(last)) = (d.args.first(), d.args.last()) else {
        return String::new();
    };
    let text = project.masked_text(d.file);
    text.get(first.span.start as usize..last.span.end as usize)
        .map(str::to_string)
        .unwrap_or_else(|| d.args_text())
}

/// Header name of an `add_header` (lowercase).
pub fn header_name(d: &RDirective) -> String {
    d.arg(0).unwrap_or("").to_ascii_lowercase()
}

/// Path of a location (`location ~* \.php$` → `\.php$`).
pub fn location_path(d: &RDirective) -> &str {
    d.args.last().map(|a| a.text.as_str()).unwrap_or("")
}

/// Is a proxy target a third party: a public DNS name (`fonts.googleapis.com`, `github.com`)
/// that is not an `upstream` block, a compose service or container, nor an internal name
/// (`.local`, `.internal`, `.svc`, ...)? Variables, IP addresses and single-label names
/// (compose services) are not.
pub fn third_party_upstream(project: &Project, target: &str) -> bool {
    let (_, host, _) = crate::project::nginx::split_target(target);
    let host = host.to_ascii_lowercase();
    if host.is_empty()
        || host.contains(['$', '{', '}'])
        || host.starts_with("unix:")
        || !host.contains('.')
        || host
            .trim_matches(['[', ']'])
            .parse::<std::net::IpAddr>()
            .is_ok()
        || project
            .nginx
            .upstreams
            .iter()
            .any(|u| u.name.eq_ignore_ascii_case(&host))
    {
        return false;
    }
    const INTERNAL: &[&str] = &[
        ".local",
        ".internal",
        ".localdomain",
        ".localhost",
        ".lan",
        ".home.arpa",
        ".svc",
        ".cluster.local",
        ".docker",
        ".consul",
        ".intranet",
        ".corp",
        ".test",
    ];
    if INTERNAL.iter().any(|s| host.ends_with(s)) {
        return false;
    }
    let service = project.compose.all_services().any(|(_, s)| {
        s.name.eq_ignore_ascii_case(&host)
            || s.container_name
                .as_ref()
                .is_some_and(|c| c.value.eq_ignore_ascii_case(&host))
    });
    let tld = host.rsplit('.').next().unwrap_or("");
    !service && tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_alphabetic())
}

/// Do the findings about this scope get production severity? Dev files get lower ones.
pub fn is_dev(project: &Project, file: FileId) -> bool {
    project.file(file).environment.is_non_prod()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::project_from_txtar;

    #[test]
    fn inheritance_follows_nginx() {
        let p = project_from_txtar(
            "-- nginx/nginx.conf --\nhttp {\n  add_header A 1;\n  client_max_body_size 5m;\n  server {\n    listen 80;\n    location / { }\n    location /s { add_header B 2; client_max_body_size 50m; location /s/x { } }\n  }\n}\n",
        );
        let s = &scopes(&p)[0];
        let locs = s.locations();
        let names = |chain: &[&RDirective]| {
            s.effective("add_header", chain)
                .iter()
                .map(|d| d.arg(0).unwrap_or("").to_string())
                .collect::<Vec<_>>()
        };
        // `/` inherits from http; `/s` replaces it; nested `/s/x` inherits from `/s`, not http
        assert_eq!(names(&locs[0]), ["A"]);
        assert_eq!(names(&locs[1]), ["B"]);
        assert_eq!(names(&locs[2]), ["B"]);
        let size = |chain: &[&RDirective]| {
            s.innermost("client_max_body_size", chain)
                .and_then(|d| d.arg(0))
                .map(str::to_string)
        };
        assert_eq!(size(&locs[0]).as_deref(), Some("5m"));
        assert_eq!(size(&locs[2]).as_deref(), Some("50m"));
    }

    #[test]
    fn add_header_inherit_merge_and_off() {
        let p = project_from_txtar(
            "-- nginx/nginx.conf --\nhttp {\n  add_header_inherit merge;\n  add_header A 1;\n  server {\n    listen 80;\n    add_header B 2;\n    location / { add_header C 3; }\n    location /off { add_header_inherit off; }\n    location /on { add_header_inherit on; add_header D 4; }\n    location /plain { }\n  }\n}\n",
        );
        let s = &scopes(&p)[0];
        let locs = s.locations();
        let names = |chain: &[&RDirective]| {
            let mut v: Vec<String> = s
                .effective("add_header", chain)
                .iter()
                .map(|d| d.arg(0).unwrap_or("").to_string())
                .collect();
            v.sort();
            v
        };
        assert_eq!(names(&[&s.server]), ["A", "B"]);
        assert_eq!(names(&locs[0]), ["A", "B", "C"]);
        assert!(names(&locs[1]).is_empty());
        assert_eq!(names(&locs[2]), ["D"]);
        assert_eq!(names(&locs[3]), ["A", "B"]);
        // other array directives keep the plain rule
        assert!(s.effective("proxy_set_header", &locs[0]).is_empty());
    }
}

/// The alternatives of the nginx messages built with Fluent selects (a capture or a plain
/// variable, through `set` or not, a count) read in English exactly as the format strings did,
/// including the ones the rule fixtures do not reach, and every language renders them cleanly.
#[cfg(test)]
mod message_variants {
    use crate::i18n::Lang;
    use crate::message::{Message, Value};

    fn m(id: &'static str, args: &[(&'static str, &str)]) -> Message {
        let args = args
            .iter()
            .map(|(k, v)| {
                let v = match v.parse::<i64>() {
                    Ok(n) => Value::Num(n),
                    Err(_) => Value::Str((*v).to_string()),
                };
                (*k, v)
            })
            .collect();
        Message::new(id, args)
    }

    fn check(msg: Message, english: &str) {
        assert_eq!(msg.as_str(), english);
        for lang in [Lang::Ru, Lang::Uk] {
            let t = msg.in_lang(lang);
            assert_ne!(t, english, "{lang}: {:?} not translated", msg.id());
            assert!(!t.contains("{ $") && !t.contains('\u{2068}'), "{lang}: {t}");
        }
    }

    #[test]
    fn selects_read_as_before() {
        let plain = [("capture", "false"), ("pattern", ""), ("by", "")];
        let header: Vec<_> = plain
            .iter()
            .copied()
            .chain([
                ("var", "$uri"),
                ("through", "false"),
                ("via", ""),
                ("header", "X-Path"),
            ])
            .collect();
        check(
            m("http-splitting", &header),
            "`$uri` is URL-decoded: a `%0d%0a` in the request splits the `X-Path` header",
        );
        check(
            m(
                "http-splitting-upstream",
                &[
                    ("var", "$1"),
                    ("capture", "true"),
                    ("pattern", "(.*)"),
                    ("by", "location ~ ^/f/(.*)$"),
                    ("through", "true"),
                    ("via", "set $t $1"),
                    ("directive", "grpc_pass"),
                ],
            ),
            "`$1` (`(.*)` captured by `location ~ ^/f/(.*)$`) (through `set $t $1`) is URL-decoded and `grpc_pass` sends it upstream as is: a `%0d%0a` in the request splits the request to the upstream",
        );
        check(
            m(
                "proxy-pass-normalized",
                &[("var", "$1"), ("through", "false"), ("via", ""), ("by", "rewrite ^/a/(.+)$")],
            ),
            "`$1`, captured by `rewrite ^/a/(.+)$`, holds the decoded path and `proxy_pass` sends it as is: `%2F`, `%3F` and `%25` reach the upstream decoded, and it decodes them again",
        );
        for (place, why) in [
            ("block", "inside `if`"),
            ("regex", "in a regex location"),
            ("named", "in a named location"),
        ] {
            check(
                m(
                    "proxy-pass-normalized-uri-part",
                    &[("target", "http://app/x/"), ("place", place), ("block", "if")],
                ),
                &format!("`proxy_pass http://app/x/` has a URI part {why}: nginx refuses to start with it"),
            );
        }
        check(
            m(
                "proxy-pass-variable-ssrf",
                &[
                    ("directive", "proxy_pass"),
                    ("target", "http://$arg_host"),
                    ("var", "$arg_host"),
                    ("through", "false"),
                    ("via", ""),
                ],
            ),
            "the upstream host of `proxy_pass http://$arg_host` comes from `$arg_host`, which the client controls",
        );
        check(
            m(
                "proxy-pass-variable-ssrf-captured",
                &[
                    ("directive", "proxy_pass"),
                    ("target", "http://$sub.internal"),
                    ("var", "$sub"),
                    ("through", "false"),
                    ("via", ""),
                    ("from", "host"),
                    ("by", "server_name ~^(?<sub>.+)\\.example\\.com$"),
                ],
            ),
            "the upstream host of `proxy_pass http://$sub.internal` comes from `$sub`, captured from the Host header by `server_name ~^(?<sub>.+)\\.example\\.com$`",
        );
        for (more, tail) in [("0", ""), ("3", " and 3 more")] {
            check(
                m(
                    "ssl-ciphers-weak",
                    &[
                        ("directive", "ssl_ciphers"),
                        ("ciphers", "RC4-SHA"),
                        ("more", more),
                    ],
                ),
                &format!("`ssl_ciphers` enables broken cipher suites: RC4-SHA{tail}"),
            );
        }
        for (default, tail) in [
            ("true", " (nginx's default `proxy_read_timeout`)"),
            ("false", ""),
        ] {
            check(
                m(
                    "websocket-timeout-short",
                    &[("location", "/ws"), ("secs", "60"), ("default", default)],
                ),
                &format!("WebSocket route `/ws` closes idle connections after 60 s{tail}"),
            );
        }
        for (count, servers, s) in [("1", "8.8.8.8", ""), ("2", "8.8.8.8, 1.1.1.1", "s")] {
            check(
                m("resolver-external", &[("count", count), ("servers", servers)]),
                &format!("`resolver` sends nginx's DNS queries to the public server{s} {servers}: answers can be spoofed (no DNSSEC), and it cannot resolve private or compose service names"),
            );
        }
        check(
            m(
                "default-server-missing-sockets",
                &[("count", "2"), ("head", "*:80"), ("last", "[::]:80"), ("first", "a.example")],
            ),
            "2 servers listen on *:80 and [::]:80 and none is `default_server`: requests for any other host name go to `a.example`, the first one read",
        );
        check(
            m(
                "add-header-content-type-help-charset",
                &[("mime", "text/html"), ("charset", "utf-8")],
            ),
            "use `default_type text/html;` and `charset utf-8;` (or a `types { }` block) to set the type nginx sends",
        );
        check(
            m("hsts-missing-short-seconds", &[("seconds", "3600")]),
            "HSTS `max-age` is short (3600 seconds)",
        );
        check(
            m("resolver-missing-help", &[]),
            "add `resolver 127.0.0.11 valid=30s;` (Docker's DNS) to the server or http block, or proxy to a fixed host or an `upstream {}`",
        );
    }

    #[test]
    fn plurals_in_russian_and_ukrainian() {
        let days = |n: &str, lang| {
            m("hsts-missing-short-days", &[("days", n)])
                .in_lang(lang)
                .into_owned()
        };
        assert!(days("1", Lang::Ru).contains("(1 день)"));
        assert!(days("3", Lang::Ru).contains("(3 дня)"));
        assert!(days("90", Lang::Ru).contains("(90 дней)"));
        assert!(days("2", Lang::Uk).contains("(2 дні)"));
        assert!(days("30", Lang::Uk).contains("(30 днів)"));
    }
}
