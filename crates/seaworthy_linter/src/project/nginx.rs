//! nginx in the model: every config parsed, `include`s resolved into one tree per entry file,
//! and the facts cross-file rules need (servers, upstreams, proxy targets).
//!
//! Include paths are resolved relative to the including file, to the directory of the top-level
//! `nginx.conf`, and, for absolute container paths (`/etc/nginx/conf.d/*.conf`), by suffix
//! against the repository ([`map_container_path`]), which is where compose bind mounts
//! (`./nginx/conf.d:/etc/nginx/conf.d`) will plug in.

use super::{join_path, FileId, Project};
use seaworthy_syntax::nginx::{self, Arg, Config};
use seaworthy_syntax::{FileKind, Span};
use std::collections::BTreeSet;
use std::sync::Arc;

#[derive(Debug)]
pub struct NginxDoc {
    pub file: FileId,
    pub tree: Config,
}

/// A directive after include resolution: it remembers the file it was written in.
#[derive(Debug, Clone)]
pub struct RDirective {
    pub file: FileId,
    pub name: String,
    pub name_span: Span,
    pub args: Vec<Arg>,
    pub span: Span,
    /// The block's directives; shared, so copying a directive (a scope's `server`) is cheap.
    pub children: Option<Arc<Vec<RDirective>>>,
}

impl RDirective {
    pub fn arg(&self, i: usize) -> Option<&str> {
        self.args.get(i).map(|a| a.text.as_str())
    }

    pub fn args_text(&self) -> String {
        self.args
            .iter()
            .map(|a| a.text.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    }

    pub fn kids(&self) -> &[RDirective] {
        self.children.as_deref().map_or(&[], Vec::as_slice)
    }

    /// Direct children named `name`.
    pub fn find<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a RDirective> + 'a {
        self.kids().iter().filter(move |d| d.name == name)
    }
}

/// Where the top level of an entry file sits in nginx's contexts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TopContext {
    /// `nginx.conf`: `events`, `http` at the top.
    Main,
    /// A `conf.d/*.conf` or site file: `server`, `upstream`, `map` at the top.
    Http,
    /// A fragment included into a server: `location`, `listen`, `add_header` at the top.
    Server,
}

/// One entry file (not included by any other file) with its includes spliced in.
#[derive(Debug)]
pub struct NginxEntry {
    pub file: FileId,
    pub context: TopContext,
    pub items: Vec<RDirective>,
}

#[derive(Debug, Clone)]
pub struct Upstream {
    pub file: FileId,
    pub name: String,
    pub span: Span,
    /// (host, port, span of the `server` argument)
    pub servers: Vec<(String, Option<u16>, Span)>,
}

#[derive(Debug, Clone)]
pub struct ProxyTarget {
    pub file: FileId,
    /// `proxy_pass`, `uwsgi_pass`, `fastcgi_pass`, `grpc_pass`.
    pub directive: String,
    pub scheme: Option<String>,
    pub host: String,
    pub port: Option<u16>,
    /// The host names an `upstream` block.
    pub via_upstream: bool,
    /// Location path the target serves (empty at server level).
    pub location: String,
    pub span: Span,
}

#[derive(Debug, Default)]
pub struct NginxModel {
    pub docs: Vec<NginxDoc>,
    /// (including file, span of the include directive, included file)
    pub includes: Vec<(FileId, Span, FileId)>,
    pub entries: Vec<NginxEntry>,
    pub upstreams: Vec<Upstream>,
    pub proxy_targets: Vec<ProxyTarget>,
}

impl NginxModel {
    pub fn doc(&self, file: FileId) -> Option<&NginxDoc> {
        // built in file order: one binary search, not a scan per lookup
        self.docs
            .binary_search_by_key(&file, |d| d.file)
            .ok()
            .and_then(|i| self.docs.get(i))
    }

    /// Is this file included by another one?
    pub fn is_included(&self, file: FileId) -> bool {
        self.includes.iter().any(|(_, _, to)| *to == file)
    }
}

/// Map an absolute container path (`/etc/nginx/conf.d/default.conf`) to repository files with the
/// same trailing components, preferring those near `near_dir`. Globs (`*.conf`) are allowed in the
/// last component.
pub fn map_container_path(project: &Project, container_path: &str, near_dir: &str) -> Vec<FileId> {
    let comps: Vec<&str> = container_path
        .trim_start_matches('/')
        .split('/')
        .filter(|c| !c.is_empty())
        .collect();
    let Some((last, dirs)) = comps.split_last() else {
        return Vec::new();
    };
    let glob = globset::Glob::new(last).map(|g| g.compile_matcher()).ok();
    // the longest directory suffix that matches
    let mut best: Vec<(usize, FileId)> = Vec::new();
    for f in project.files.iter().filter(|f| f.kind == FileKind::Nginx) {
        let fc: Vec<&str> = f.path.split('/').collect();
        let Some((fname, fdirs)) = fc.split_last() else {
            continue;
        };
        let name_ok = match &glob {
            Some(g) => g.is_match(fname),
            None => fname == last,
        };
        if !name_ok {
            continue;
        }
        let mut k = 0;
        while k < dirs.len()
            && k < fdirs.len()
            && dirs[dirs.len() - 1 - k] == fdirs[fdirs.len() - 1 - k]
        {
            k += 1;
        }
        // require at least the immediate directory to match (`conf.d/`), unless the pattern has none
        if k == 0 && !dirs.is_empty() {
            continue;
        }
        let near = f.path.starts_with(near_dir) as usize;
        best.push((k * 2 + near, f.id));
    }
    if best.is_empty() && !last.contains(['*', '?', '[']) {
        // a file rendered from a template (`includes/site.conf` from `templates/site.conf.j2`,
        // the official image's `templates/*.template` into `conf.d/`) is found by its name
        for f in project.files.iter().filter(|f| f.kind == FileKind::Nginx) {
            let fname = f.name();
            let stripped = [".j2", ".jinja2", ".jinja", ".template", ".tmpl"]
                .iter()
                .find_map(|suffix| fname.strip_suffix(suffix));
            if stripped == Some(*last) {
                best.push((f.path.starts_with(near_dir) as usize, f.id));
            }
        }
    }
    let Some(max) = best.iter().map(|(s, _)| *s).max() else {
        return Vec::new();
    };
    best.into_iter()
        .filter(|(s, _)| *s == max)
        .map(|(_, f)| f)
        .collect()
}

fn resolve_include(project: &Project, from: FileId, pattern: &str, conf_root: &str) -> Vec<FileId> {
    if pattern.contains('$') || pattern.contains("{{") {
        return Vec::new();
    }
    let file = project.file(from);
    if pattern.starts_with('/') {
        return map_container_path(project, pattern, file.dir());
    }
    let mut out = Vec::new();
    for base in [file.dir(), conf_root] {
        let full = join_path(base, pattern);
        if full.contains(['*', '?', '[']) {
            if let Ok(g) = globset::GlobBuilder::new(&full)
                .literal_separator(true)
                .build()
            {
                let m = g.compile_matcher();
                out.extend(
                    project
                        .files
                        .iter()
                        .filter(|f| f.kind == FileKind::Nginx && m.is_match(&f.path))
                        .map(|f| f.id),
                );
            }
        } else if let Some(f) = project.file_by_path(&full) {
            out.push(f.id);
        }
        if !out.is_empty() {
            break;
        }
    }
    out
}

fn top_context(items: &[RDirective]) -> TopContext {
    let has = |n: &str| items.iter().any(|d| d.name == n);
    if has("http") || has("events") || has("worker_processes") || has("stream") {
        TopContext::Main
    } else if has("server")
        || has("upstream")
        || has("map")
        || has("limit_req_zone")
        || has("proxy_cache_path")
        || has("geo")
    {
        TopContext::Http
    } else {
        TopContext::Server
    }
}

pub(super) fn build(project: &mut Project) {
    let mut model = NginxModel::default();
    let mut problems = Vec::new();
    // each file is parsed on its own: in parallel, collected in file order
    let parsed: Vec<NginxDoc> = {
        use rayon::prelude::*;
        project
            .files
            .iter()
            .filter(|f| f.kind == FileKind::Nginx && f.is_parseable())
            .collect::<Vec<_>>()
            .into_par_iter()
            .map(|f| NginxDoc {
                file: f.id,
                tree: nginx::parse(&f.text),
            })
            .collect()
    };
    for doc in parsed {
        for e in &doc.tree.errors {
            problems.push((doc.file, e.span, format!("nginx: {}", e.message)));
        }
        model.docs.push(doc);
    }
    // include edges
    for doc in &model.docs {
        let conf_root = conf_root_for(project, doc.file);
        doc.tree.walk(&mut |d, _| {
            if d.name == "include" {
                if let Some(p) = d.arg(0) {
                    for to in resolve_include(project, doc.file, p, &conf_root) {
                        if to != doc.file {
                            model.includes.push((doc.file, d.span, to));
                        }
                    }
                }
            }
        });
    }
    // entries: files nobody includes (a cycle with no outside entry still gets its files as entries)
    let included: BTreeSet<FileId> = model.includes.iter().map(|(_, _, t)| *t).collect();
    for doc in &model.docs {
        if included.contains(&doc.file) {
            continue;
        }
        let mut stack = vec![doc.file];
        let items = resolve(&model, doc.file, &doc.tree.directives, &mut stack);
        model.entries.push(NginxEntry {
            file: doc.file,
            context: top_context(&items),
            items,
        });
    }
    // upstreams and proxy targets, from the entries (so included files count once, in context)
    let mut upstreams = Vec::new();
    let mut targets = Vec::new();
    for e in &model.entries {
        collect_facts(&e.items, "", &mut upstreams, &mut targets);
    }
    let names: BTreeSet<String> = upstreams
        .iter()
        .map(|u: &Upstream| u.name.clone())
        .collect();
    for t in targets.iter_mut() {
        t.via_upstream = names.contains(&t.host);
    }
    model.upstreams = upstreams;
    model.proxy_targets = targets;
    for (file, span, msg) in problems {
        project.add_parse_problem(file, span, msg);
    }
    project.nginx = model;
}

/// The directory of the `nginx.conf` nearest above a file (or the file's own directory).
fn conf_root_for(project: &Project, file: FileId) -> String {
    let mut dir = project.file(file).dir().to_string();
    loop {
        let candidate = join_path(&dir, "nginx.conf");
        if project.file_by_path(&candidate).is_some() {
            return dir;
        }
        match dir.rsplit_once('/') {
            Some((p, _)) => dir = p.to_string(),
            None => return project.file(file).dir().to_string(),
        }
    }
}

const MAX_INCLUDE_DEPTH: usize = 16;

fn resolve(
    model: &NginxModel,
    file: FileId,
    ds: &[nginx::Directive],
    stack: &mut Vec<FileId>,
) -> Vec<RDirective> {
    let mut out = Vec::new();
    for d in ds {
        if d.name == "include" && stack.len() < MAX_INCLUDE_DEPTH {
            let targets: Vec<FileId> = model
                .includes
                .iter()
                .filter(|(f, s, _)| *f == file && *s == d.span)
                .map(|(_, _, t)| *t)
                .collect();
            if !targets.is_empty() {
                for t in targets {
                    if stack.contains(&t) {
                        continue;
                    }
                    if let Some(doc) = model.doc(t) {
                        stack.push(t);
                        out.extend(resolve(model, t, &doc.tree.directives, stack));
                        stack.pop();
                    }
                }
                continue;
            }
        }
        out.push(RDirective {
            file,
            name: d.name.clone(),
            name_span: d.name_span,
            args: d.args.clone(),
            span: d.span,
            children: d
                .block
                .as_ref()
                .map(|b| Arc::new(resolve(model, file, &b.children, stack))),
        });
    }
    out
}

/// Split `http://host:port/path`, `unix:/sock`, `host:port` into (scheme, host, port).
pub fn split_target(t: &str) -> (Option<String>, String, Option<u16>) {
    let (scheme, rest) = match t.split_once("://") {
        Some((s, r)) => (Some(s.to_string()), r),
        None => (None, t),
    };
    let authority = rest.split('/').next().unwrap_or(rest);
    match authority.rsplit_once(':') {
        Some((h, p)) if !h.is_empty() && p.chars().all(|c| c.is_ascii_digit()) && !p.is_empty() => {
            (scheme, h.to_string(), p.parse().ok())
        }
        _ => (scheme, authority.to_string(), None),
    }
}

fn collect_facts(
    ds: &[RDirective],
    location: &str,
    ups: &mut Vec<Upstream>,
    targets: &mut Vec<ProxyTarget>,
) {
    for d in ds {
        match d.name.as_str() {
            "upstream" => {
                let servers = d
                    .find("server")
                    .filter_map(|s| s.args.first())
                    .map(|a| {
                        let (_, h, p) = split_target(&a.text);
                        (h, p, a.span)
                    })
                    .collect();
                ups.push(Upstream {
                    file: d.file,
                    name: d.arg(0).unwrap_or("").to_string(),
                    span: d.span,
                    servers,
                });
            }
            "proxy_pass" | "uwsgi_pass" | "fastcgi_pass" | "grpc_pass" => {
                if let Some(a) = d.args.first() {
                    let (scheme, host, port) = split_target(&a.text);
                    targets.push(ProxyTarget {
                        file: d.file,
                        directive: d.name.clone(),
                        scheme,
                        host,
                        port,
                        via_upstream: false,
                        location: location.to_string(),
                        span: a.span,
                    });
                }
            }
            _ => {}
        }
        if let Some(children) = &d.children {
            let loc = if d.name == "location" {
                d.args.last().map(|a| a.text.clone()).unwrap_or_default()
            } else {
                location.to_string()
            };
            collect_facts(children, &loc, ups, targets);
        }
    }
}

/// Walk an entry's resolved tree with the stack of enclosing blocks (outermost first).
pub fn walk<'a>(items: &'a [RDirective], f: &mut dyn FnMut(&'a RDirective, &[&'a RDirective])) {
    fn go<'a>(
        ds: &'a [RDirective],
        stack: &mut Vec<&'a RDirective>,
        f: &mut dyn FnMut(&'a RDirective, &[&'a RDirective]),
    ) {
        for d in ds {
            f(d, stack);
            if let Some(c) = &d.children {
                stack.push(d);
                go(c, stack, f);
                stack.pop();
            }
        }
    }
    go(items, &mut Vec::new(), f);
}

/// The effective value of an array directive (`add_header`, `proxy_set_header`, `limit_req`) at
/// a block, with nginx's inheritance: the innermost level that has any wins, outer ones are dropped.
pub fn effective<'a>(
    name: &'a str,
    block: &'a RDirective,
    parents: &[&'a RDirective],
    top: &'a [RDirective],
) -> Vec<&'a RDirective> {
    let here: Vec<&RDirective> = block.find(name).collect();
    if !here.is_empty() {
        return here;
    }
    for p in parents.iter().rev() {
        let v: Vec<&RDirective> = p.find(name).collect();
        if !v.is_empty() {
            return v;
        }
    }
    top.iter().filter(|d| d.name == name).collect()
}

/// The innermost value of a single-value directive (`client_max_body_size`).
pub fn innermost<'a>(
    name: &'a str,
    block: &'a RDirective,
    parents: &[&'a RDirective],
    top: &'a [RDirective],
) -> Option<&'a RDirective> {
    if let Some(d) = block.find(name).last() {
        return Some(d);
    }
    for p in parents.iter().rev() {
        if let Some(d) = p.find(name).last() {
            return Some(d);
        }
    }
    top.iter().rfind(|d| d.name == name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::project::{BuildOptions, InputFile};

    fn project(files: &[(&str, &str)]) -> Project {
        let inputs = files
            .iter()
            .filter_map(|(p, t)| InputFile::from_text(p, t))
            .collect();
        Project::build(inputs, Default::default(), &BuildOptions::default())
    }

    #[test]
    fn includes_are_resolved_and_facts_collected() {
        let p = project(&[
            ("nginx/nginx.conf", "events {}\nhttp {\n  include /etc/nginx/conf.d/*.conf;\n}\n"),
            ("nginx/conf.d/app.conf", "upstream api { server api:8000; }\nserver {\n  listen 80;\n  location / { proxy_pass http://api; }\n  location /ws { proxy_pass http://ws:9000/socket; }\n}\n"),
        ]);
        let m = &p.nginx;
        assert_eq!(m.includes.len(), 1);
        assert_eq!(m.entries.len(), 1);
        assert_eq!(m.entries[0].context, TopContext::Main);
        assert_eq!(m.upstreams[0].servers[0].0, "api");
        assert_eq!(m.upstreams[0].servers[0].1, Some(8000));
        assert_eq!(m.proxy_targets.len(), 2);
        assert!(m.proxy_targets[0].via_upstream);
        assert_eq!(m.proxy_targets[1].host, "ws");
        assert_eq!(m.proxy_targets[1].port, Some(9000));
        assert_eq!(m.proxy_targets[1].location, "/ws");
    }

    #[test]
    fn location_fragments_are_judged_in_their_server() {
        let p = project(&[
            ("nginx/nginx.conf", "events {}\nhttp {\n  server {\n    listen 80;\n    include snippets/app.locations;\n  }\n}\n"),
            ("nginx/snippets/app.locations", "location /api/ {\n  proxy_pass http://api:8000;\n}\nlocation = /health { access_log off; return 200; }\n"),
            ("nginx/extra.inc", "location /static/ {\n  alias /srv/static/;\n}\n"),
        ]);
        let m = &p.nginx;
        // the included fragment is spliced into the server, not an entry of its own
        let main = m
            .entries
            .iter()
            .find(|e| p.file(e.file).path == "nginx/nginx.conf")
            .unwrap();
        let server = &main.items[1].kids()[0];
        let locs: Vec<&str> = server
            .find("location")
            .filter_map(|l| l.args.last())
            .map(|a| a.text.as_str())
            .collect();
        assert_eq!(locs, ["/api/", "/health"]);
        assert_eq!(m.proxy_targets[0].location, "/api/");
        // a fragment nobody includes is a server-context entry
        let extra = m
            .entries
            .iter()
            .find(|e| p.file(e.file).path == "nginx/extra.inc")
            .unwrap();
        assert_eq!(extra.context, TopContext::Server);
        assert_eq!(m.entries.len(), 2);
    }

    #[test]
    fn includes_of_rendered_templates_are_found() {
        let p = project(&[
            ("conf/nginx/templates/nginx.conf.j2", "events {}\nhttp {\n  server {\n    listen 443 ssl;\n    include /etc/nginx/includes/site.conf;\n  }\n}\n"),
            ("conf/nginx/templates/site.conf.j2", "add_header Strict-Transport-Security \"max-age=31536000\";\nlocation / { proxy_pass http://app:8000; }\n"),
        ]);
        assert_eq!(p.nginx.includes.len(), 1);
        assert_eq!(p.nginx.entries.len(), 1);
    }

    #[test]
    fn include_cycles_terminate() {
        let p = project(&[
            ("nginx/a.conf", "server { listen 80; include b.conf; }\n"),
            ("nginx/b.conf", "location / { include a.conf; }\n"),
        ]);
        // both files include each other: no entry from outside; nothing loops forever
        assert!(p.nginx.entries.len() <= 2);
    }

    #[test]
    fn split() {
        assert_eq!(
            split_target("http://api:8000/x"),
            (Some("http".into()), "api".into(), Some(8000))
        );
        assert_eq!(split_target("app:9000"), (None, "app".into(), Some(9000)));
        assert_eq!(
            split_target("http://$backend"),
            (Some("http".into()), "$backend".into(), None)
        );
    }
}
