//! What the nginx ↔ application rules share: the locations of a server that proxy to a compose
//! service (through the model's routes), and the Python facts of the image that service builds.

use crate::project::route::Route;
use crate::project::service::{ImageSource, Service, ServiceId};
use crate::project::{FileId, Project};
use crate::rules::nginx::{location_path, Chain, Scope};
use seaworthy_app::python::PythonFacts;
use std::collections::HashMap;

/// Routes by the `proxy_pass` argument they start from.
pub fn routes_by_span(project: &Project) -> HashMap<(FileId, u32, u32), &Route> {
    project
        .routes
        .iter()
        .map(|r| ((r.file, r.span.start, r.span.end), r))
        .collect()
}

/// A location that proxies to a service.
pub struct AppLocation<'a> {
    pub chain: Chain<'a>,
    pub route: &'a Route,
    pub service: ServiceId,
}

/// The locations of `scope` whose own `proxy_pass` reaches a compose service.
pub fn app_locations<'a>(
    scope: &'a Scope,
    routes: &HashMap<(FileId, u32, u32), &'a Route>,
) -> Vec<AppLocation<'a>> {
    let mut out = Vec::new();
    for chain in scope.locations() {
        let Some(loc) = chain.last() else { continue };
        let Some(pp) = loc.kids().iter().find(|d| d.name == "proxy_pass") else {
            continue;
        };
        let Some(arg) = pp.args.first() else { continue };
        let Some(route) = routes.get(&(pp.file, arg.span.start, arg.span.end)) else {
            continue;
        };
        let mut seen = Vec::new();
        for t in &route.targets {
            for s in &t.services {
                if !seen.contains(s) {
                    seen.push(*s);
                    out.push(AppLocation {
                        chain: chain.clone(),
                        route,
                        service: *s,
                    });
                }
            }
        }
    }
    out
}

/// Location modifier (`=`, `^~`, `~`, `~*`) or "" for a plain prefix.
pub fn location_modifier<'a>(chain: &Chain<'a>) -> &'a str {
    match chain.last() {
        Some(l) if l.args.len() >= 2 => l.arg(0).unwrap_or(""),
        _ => "",
    }
}

pub fn is_regex_location(chain: &Chain<'_>) -> bool {
    matches!(location_modifier(chain), "~" | "~*")
}

/// The prefix location nginx picks for a request path (longest matching prefix; `=` only on an
/// exact match). Regex locations are not evaluated: callers decide what a regex means for them.
pub fn best_prefix<'c, 'a>(chains: &'c [Chain<'a>], path: &str) -> Option<&'c Chain<'a>> {
    chains
        .iter()
        .filter(|c| !is_regex_location(c))
        .filter(|c| {
            let Some(l) = c.last() else { return false };
            let p = location_path(l);
            if location_modifier(c) == "=" {
                p == path
            } else {
                path.starts_with(p)
            }
        })
        .max_by_key(|c| c.last().map(|l| location_path(l).len()).unwrap_or(0))
}

/// The Python sources of the image a service builds.
pub fn python_of_service<'a>(project: &'a Project, s: &Service) -> Vec<(FileId, &'a PythonFacts)> {
    let ImageSource::Build(id) = s.image else {
        return Vec::new();
    };
    let Some(img) = project.images.get(id) else {
        return Vec::new();
    };
    project
        .app
        .python_under(&project.files, &img.context)
        .collect()
}
