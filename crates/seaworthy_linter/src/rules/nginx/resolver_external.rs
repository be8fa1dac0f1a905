use super::scopes;
use crate::declare_rule;
use crate::project::nginx::{walk, RDirective};
use crate::project::Project;
use crate::rule::Checker;
use std::net::IpAddr;

declare_rule! {
    /// ## What it does
    /// Reports a `resolver` that sends nginx's DNS queries to a public name server
    /// (`8.8.8.8`, `1.1.1.1`, `9.9.9.9`, any address outside private, loopback, link-local and
    /// shared ranges). Docker's embedded DNS `127.0.0.11`, a local caching resolver
    /// (`127.0.0.1`, `127.0.0.53`), a VPC resolver (`10.0.0.2`) and a cluster DNS name are fine.
    ///
    /// ## Why is this bad?
    /// nginx's resolver is a plain, non-validating UDP stub: no DNSSEC, no TCP. Answers from a
    /// server across the internet can be spoofed or poisoned, and nginx then proxies requests
    /// (with their cookies and credentials) to the attacker's address. A public resolver also
    /// knows nothing of the names of a compose network or a private zone, so a `proxy_pass` to a
    /// service name through it fails with 502.
    ///
    /// ## Example
    /// ```nginx
    /// server {
    ///     listen 80;
    ///     resolver 8.8.8.8 valid=300s;
    ///     location / {
    ///         set $backend http://api:8000;
    ///         proxy_pass $backend;
    ///     }
    /// }
    /// ```
    ///
    /// ## Use instead
    /// ```nginx
    /// server {
    ///     listen 80;
    ///     resolver 127.0.0.11 valid=30s;
    ///     location / {
    ///         set $backend http://api:8000;
    ///         proxy_pass $backend;
    ///     }
    /// }
    /// ```
    ///
    /// ## References
    /// - <https://nginx.org/en/docs/http/ngx_http_core_module.html#resolver>
    /// - <https://docs.docker.com/engine/network/#dns-services>
    pub struct ResolverExternal {
        code: "SW3028",
        name: "resolver-external",
        family: Nginx,
        severity: Medium,
        category: Security,
        gixy: ["resolver_external"],
        summary: "`resolver` pointing at a public DNS server",
    }
}

/// The address part of a resolver argument (`8.8.8.8`, `8.8.8.8:53`, `[2001:4860::8888]:53`).
fn address(arg: &str) -> Option<IpAddr> {
    let a = arg.trim();
    if let Some(rest) = a.strip_prefix('[') {
        return rest.split(']').next()?.parse().ok();
    }
    if let Ok(ip) = a.parse::<IpAddr>() {
        return Some(ip);
    }
    a.rsplit_once(':')
        .filter(|(_, p)| p.chars().all(|c| c.is_ascii_digit()))
        .and_then(|(h, _)| h.parse().ok())
}

/// A public address: not private, loopback, link-local, shared (CGNAT), unspecified or
/// documentation ranges.
fn is_public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v) => {
            let o = v.octets();
            !(v.is_private()
                || v.is_loopback()
                || v.is_link_local()
                || v.is_unspecified()
                || v.is_broadcast()
                || v.is_documentation()
                || (o[0] == 100 && (64..128).contains(&o[1])))
        }
        IpAddr::V6(v) => {
            let s = v.segments();
            !(v.is_loopback()
                || v.is_unspecified()
                || (s[0] & 0xfe00) == 0xfc00
                || (s[0] & 0xffc0) == 0xfe80
                || s[0] == 0x2001 && s[1] == 0x0db8)
        }
    }
}

crate::message! {
    /// A `resolver` with public DNS servers (`servers`: their addresses).
    struct Public = "resolver-external" { count: usize, servers: String }
    struct Help = "resolver-external-help" {}
}

impl ResolverExternal {
    fn check(&self, project: &Project, cx: &mut Checker) {
        let mut seen = std::collections::BTreeSet::new();
        let scopes = scopes(project);
        let mut resolvers: Vec<&RDirective> = Vec::new();
        for scope in scopes {
            walk(std::slice::from_ref(&scope.server), &mut |d, _| {
                if d.name == "resolver" {
                    resolvers.push(d)
                }
            });
        }
        for e in &project.nginx.entries {
            walk(&e.items, &mut |d, _| {
                if d.name == "resolver" {
                    resolvers.push(d)
                }
            });
        }
        for d in resolvers {
            let public: Vec<&str> = d
                .args
                .iter()
                .map(|a| a.text.as_str())
                .filter(|a| !a.contains('='))
                .filter(|a| address(a).is_some_and(is_public))
                .collect();
            if public.is_empty() || !seen.insert((d.file, d.span)) {
                continue;
            }
            cx.report(
                d.file,
                d.span,
                Public {
                    count: public.len(),
                    servers: public.join(", "),
                },
            )
            .help(Help {});
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn public_and_private_resolvers() {
        let public = |a: &str| address(a).is_some_and(is_public);
        assert!(public("8.8.8.8"));
        assert!(public("1.1.1.1:53"));
        assert!(public("[2001:4860:4860::8888]:53"));
        assert!(!public("127.0.0.11"));
        assert!(!public("10.0.0.2"));
        assert!(!public("172.20.0.1"));
        assert!(!public("100.100.100.100"));
        assert!(!public("[::1]"));
        assert!(!public("kube-dns.kube-system.svc.cluster.local"));
        assert!(!public("valid=30s"));
    }
}
