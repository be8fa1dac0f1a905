use super::scopes;
use crate::declare_rule;
use crate::project::nginx::RDirective;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports `proxy_pass` (and `fastcgi_pass`, `uwsgi_pass`, `grpc_pass`) whose upstream host
    /// contains an nginx variable while no `resolver` is in effect for that location. A variable
    /// that `set` or `map` only ever points at `upstream {}` blocks or IP addresses does not need
    /// one, nor does a
    /// `${VAR}` in an envsubst `*.template` or an UPPERCASE `$VAR` (envsubst placeholders, replaced
    /// before nginx starts), nor an upstream name followed by a variable URI. A scope with an
    /// `include` the audit could not follow may hold the resolver and is skipped.
    ///
    /// ## Why is this bad?
    /// With a variable in the host nginx resolves the name per request, at run time, and only
    /// through a `resolver`: without one every request to that location fails with 502 and
    /// "no resolver defined to resolve ..." in the error log. Variables are the usual trick to let
    /// nginx start before the app container exists, so the bug ships when the stack starts fine
    /// in a quick test. In compose, Docker's DNS is `resolver 127.0.0.11`.
    ///
    /// ## Example
    /// ```nginx
    /// server {
    ///     listen 80;
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
    /// - <https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_pass>
    /// - <https://nginx.org/en/docs/http/ngx_http_core_module.html#resolver>
    pub struct ResolverMissing {
        code: "SW3025",
        name: "resolver-missing",
        family: Nginx,
        severity: High,
        category: Reliability,
        summary: "Variable upstream host without a resolver",
    }
}

/// Variables (`$name`) in the host part of a proxy target.
fn host_variables(target: &str) -> Vec<String> {
    let rest = target.split_once("://").map(|(_, r)| r).unwrap_or(target);
    let host = if rest.starts_with('$') {
        // `$backend` alone may carry scheme and host
        rest
    } else {
        rest.split('/').next().unwrap_or(rest)
    };
    // `api:8000$request_uri`: a variable right after the port is the URI, not the host
    if let Some(i) = host.find('$') {
        if let Some((h, port)) = host[..i].rsplit_once(':') {
            if !h.is_empty() && !port.is_empty() && port.chars().all(|c| c.is_ascii_digit()) {
                return Vec::new();
            }
        }
    }
    host.split('$')
        .skip(1)
        .filter_map(|v| {
            let v = v.trim_start_matches('{');
            let end = v
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .unwrap_or(v.len());
            (end > 0).then(|| format!("${}", &v[..end]))
        })
        .collect()
}

crate::message! {
    /// A proxy target resolved at run time without a `resolver` (`vars`: the variables,
    /// joined by ``"`, `"``).
    struct NoResolver<'a> = "resolver-missing" { directive: &'a str, vars: String }
    struct Help = "resolver-missing-help" {}
}

impl ResolverMissing {
    fn check(&self, project: &Project, cx: &mut Checker) {
        let m = &project.nginx;
        // an `upstream {}` name or an IP literal needs no DNS
        let no_dns = |value: &str| {
            let (_, host, _) = crate::project::nginx::split_target(value);
            m.upstreams.iter().any(|u| u.name == host)
                || host
                    .trim_matches(['[', ']'])
                    .parse::<std::net::IpAddr>()
                    .is_ok()
        };
        let mut seen = std::collections::BTreeSet::new();
        for scope in scopes(project) {
            // every directive of the scope, for `set`/`map` and unresolved includes
            let mut all: Vec<&RDirective> = Vec::new();
            crate::project::nginx::walk(scope.http.as_slice(), &mut |d, _| all.push(d));
            crate::project::nginx::walk(std::slice::from_ref(&scope.server), &mut |d, _| {
                all.push(d)
            });
            // an include the audit could not follow may set the resolver (not the stock
            // `mime.types`/`*_params` files nginx ships)
            let opaque = all.iter().any(|d| {
                d.name == "include"
                    && d.arg(0).is_some_and(|a| {
                        let n = a.rsplit('/').next().unwrap_or(a);
                        !(n.ends_with(".types") || n.ends_with("_params"))
                    })
            });
            if opaque {
                continue;
            }
            scope.each_location(|chain| {
                let Some(loc) = chain.last() else { return };
                for pass in loc.kids().iter().filter(|d| {
                    matches!(
                        d.name.as_str(),
                        "proxy_pass" | "fastcgi_pass" | "uwsgi_pass" | "grpc_pass"
                    )
                }) {
                    let Some(arg) = pass.args.first() else {
                        return;
                    };
                    let template = project.file(pass.file).name().ends_with(".template");
                    // `http://octane$suffix`: an upstream name followed by the rest of the URI
                    let literal_host = arg
                        .text
                        .split_once("://")
                        .map_or("", |(_, r)| r)
                        .split(['$', '/', ':'])
                        .next()
                        .unwrap_or("");
                    if !literal_host.is_empty()
                        && m.upstreams.iter().any(|u| u.name == literal_host)
                    {
                        return;
                    }
                    let vars: Vec<String> = host_variables(&arg.text)
                        .into_iter()
                        // envsubst placeholders: `${X}` in a template, or an UPPERCASE name
                        // (nginx's variables are lowercase; `envsubst < conf` fills these)
                        .filter(|v| !(template && arg.text.contains(&format!("${{{}}}", &v[1..]))))
                        .filter(|v| v[1..].chars().any(|c| c.is_ascii_lowercase()))
                        .collect();
                    if vars.is_empty() || scope.innermost("resolver", chain).is_some() {
                        return;
                    }
                    // `set $v upstream_name` / a `map` whose values are all upstream names
                    let only_upstreams = vars.iter().all(|v| {
                        let sets: Vec<&str> = all
                            .iter()
                            .filter(|d| d.name == "set" && d.arg(0) == Some(v.as_str()))
                            .filter_map(|d| d.arg(1))
                            .collect();
                        let maps: Vec<&RDirective> = all
                            .iter()
                            .copied()
                            .filter(|d| d.name == "map" && d.arg(1) == Some(v.as_str()))
                            .collect();
                        let map_values: Vec<&str> = maps
                            .iter()
                            .flat_map(|mp| mp.kids().iter().filter_map(|e| e.arg(0)))
                            .collect();
                        (!sets.is_empty() || !maps.is_empty())
                            && sets.iter().chain(&map_values).all(|x| no_dns(x))
                    });
                    if only_upstreams || !seen.insert((pass.file, pass.span)) {
                        return;
                    }
                    cx.report(
                        pass.file,
                        arg.span,
                        NoResolver {
                            directive: &pass.name,
                            vars: vars.join("`, `"),
                        },
                    )
                    .help(Help {});
                }
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::host_variables;

    #[test]
    fn variables_in_the_host_only() {
        assert_eq!(host_variables("http://$backend:8000/api"), ["$backend"]);
        assert_eq!(host_variables("$upstream"), ["$upstream"]);
        assert!(host_variables("http://api:8000$request_uri").is_empty());
        assert!(host_variables("http://api:8000/$1").is_empty());
        assert_eq!(host_variables("http://${host}"), ["$host"]);
    }
}
