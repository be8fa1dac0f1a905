//! Knowledge tables shipped as data files under `data/` (with their sources and dates), parsed
//! once on first use. A table that fails to parse is a bug in the release, caught by tests.

use crate::project::Date;
use serde::Deserialize;
use std::sync::OnceLock;

#[derive(Debug, Deserialize)]
pub struct Runtimes {
    pub updated: String,
    #[serde(default)]
    pub runtime: Vec<Runtime>,
    #[serde(default)]
    pub distro: Vec<Distro>,
}

#[derive(Debug, Deserialize)]
pub struct Runtime {
    pub name: String,
    pub images: Vec<String>,
    pub versions: Vec<RuntimeVersion>,
}

#[derive(Debug, Deserialize)]
pub struct RuntimeVersion {
    pub version: String,
    pub released: String,
    pub eol: String,
}

#[derive(Debug, Deserialize)]
pub struct Distro {
    pub name: String,
    pub image: String,
    pub releases: Vec<DistroRelease>,
}

#[derive(Debug, Deserialize)]
pub struct DistroRelease {
    pub codename: String,
    pub version: String,
    pub eol: String,
}

pub fn runtimes() -> &'static Runtimes {
    static T: OnceLock<Runtimes> = OnceLock::new();
    T.get_or_init(|| {
        toml::from_str(include_str!("../data/runtimes.toml")).unwrap_or_else(|e| {
            // A malformed shipped table is a release bug; fail loudly in tests, degrade in use.
            debug_assert!(false, "data/runtimes.toml: {e}");
            Runtimes {
                updated: String::new(),
                runtime: Vec::new(),
                distro: Vec::new(),
            }
        })
    })
}

/// What the table says about an image tag.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lifecycle {
    /// Known version, with its end-of-life date.
    Known {
        runtime: String,
        version: String,
        eol: Date,
        released: Date,
    },
    /// Newer than anything the table lists as released (likely a pre-release).
    Unreleased {
        runtime: String,
        version: String,
        newest: String,
    },
}

/// Leading dotted version of a tag: `3.12.4-slim-bookworm` → `3.12.4`.
pub fn leading_version(tag: &str) -> Option<&str> {
    let end = tag
        .char_indices()
        .find(|(_, c)| !(c.is_ascii_digit() || *c == '.'))
        .map(|(i, _)| i)
        .unwrap_or(tag.len());
    let v = tag[..end].trim_end_matches('.');
    (!v.is_empty() && v.starts_with(|c: char| c.is_ascii_digit())).then_some(v)
}

fn version_key(v: &str) -> Vec<u32> {
    v.split('.').map(|p| p.parse().unwrap_or(0)).collect()
}

/// Look up a runtime image (`python`, `node`, …) and tag.
pub fn runtime_lifecycle(image: &str, tag: &str) -> Option<Lifecycle> {
    let t = runtimes();
    let rt = t
        .runtime
        .iter()
        .find(|r| r.images.iter().any(|i| i == image))?;
    let v = leading_version(tag)?;
    // longest listed version that is a prefix (by components) of v
    let comps: Vec<&str> = v.split('.').collect();
    let mut best: Option<&RuntimeVersion> = None;
    for rv in &rt.versions {
        let rc: Vec<&str> = rv.version.split('.').collect();
        if rc.len() <= comps.len()
            && rc.iter().zip(&comps).all(|(a, b)| a == b)
            && best.is_none_or(|b| b.version.len() < rv.version.len())
        {
            best = Some(rv);
        }
    }
    if let Some(rv) = best {
        return Some(Lifecycle::Known {
            runtime: rt.name.clone(),
            version: rv.version.clone(),
            eol: Date::parse(&rv.eol)?,
            released: Date::parse(&rv.released)?,
        });
    }
    // newer than the newest listed with the same number of components?
    let newest = rt.versions.iter().max_by_key(|r| version_key(&r.version))?;
    let n = newest.version.split('.').count();
    if comps.len() >= n {
        let vk = version_key(&comps[..n].join("."));
        if vk > version_key(&newest.version) {
            return Some(Lifecycle::Unreleased {
                runtime: rt.name.clone(),
                version: comps[..n].join("."),
                newest: newest.version.clone(),
            });
        }
    }
    None
}

/// A Debian codename (or the `debian` image's version) found in a tag, with its EOL.
pub fn distro_in_tag(image: &str, tag: &str) -> Option<(String, String, Date)> {
    let t = runtimes();
    for d in &t.distro {
        for r in &d.releases {
            let by_codename = tag
                .split(|c: char| !c.is_ascii_alphanumeric())
                .any(|w| w.eq_ignore_ascii_case(&r.codename));
            let by_version = image == d.image
                && leading_version(tag)
                    .is_some_and(|v| v.split('.').next() == Some(r.version.as_str()));
            if by_codename || by_version {
                return Some((
                    format!("{} {} ({})", d.name, r.version, r.codename),
                    r.codename.clone(),
                    Date::parse(&r.eol)?,
                ));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_parses_and_dates_are_valid() {
        let t = runtimes();
        assert!(!t.runtime.is_empty());
        assert!(Date::parse(&t.updated).is_some());
        for r in &t.runtime {
            for v in &r.versions {
                let (rel, eol) = (Date::parse(&v.released), Date::parse(&v.eol));
                assert!(rel.is_some() && eol.is_some(), "{} {}", r.name, v.version);
                assert!(rel < eol, "{} {}", r.name, v.version);
            }
        }
        for d in &t.distro {
            for r in &d.releases {
                assert!(Date::parse(&r.eol).is_some());
            }
        }
    }

    #[test]
    fn lookups() {
        assert_eq!(leading_version("3.12.4-slim-bookworm"), Some("3.12.4"));
        assert_eq!(leading_version("slim"), None);
        match runtime_lifecycle("python", "3.12.4-slim") {
            Some(Lifecycle::Known { version, .. }) => assert_eq!(version, "3.12"),
            o => panic!("{o:?}"),
        }
        match runtime_lifecycle("python", "3.99-slim") {
            Some(Lifecycle::Unreleased { version, .. }) => assert_eq!(version, "3.99"),
            o => panic!("{o:?}"),
        }
        assert_eq!(runtime_lifecycle("python", "3-slim"), None);
        match runtime_lifecycle("node", "18-alpine") {
            Some(Lifecycle::Known { version, .. }) => assert_eq!(version, "18"),
            o => panic!("{o:?}"),
        }
        assert_eq!(
            distro_in_tag("python", "3.11-slim-bullseye").map(|d| d.1),
            Some("bullseye".to_string())
        );
        assert_eq!(
            distro_in_tag("debian", "11-slim").map(|d| d.1),
            Some("bullseye".to_string())
        );
        assert_eq!(distro_in_tag("python", "3.12-slim"), None);
    }
}

/// Python packaging knowledge (`data/python.toml`).
#[derive(Debug, Deserialize)]
pub struct PythonKnowledge {
    pub dev_tools: Vec<String>,
    #[serde(default)]
    pub native: Vec<NativePackage>,
    /// Top-level modules of the standard library.
    #[serde(default)]
    pub stdlib: Vec<String>,
    /// Distributions the official `python` images install.
    #[serde(default)]
    pub provided_by_base: Vec<String>,
    /// Import names whose distribution has another name.
    #[serde(default)]
    pub module: Vec<ModuleDists>,
    /// Console scripts and the distributions that install them.
    #[serde(default)]
    pub program: Vec<ProgramDists>,
    /// Distributions that arrive as a dependency of others.
    #[serde(default)]
    pub provided: Vec<Provided>,
    /// Distributions so many packages depend on that their absence from a requirements file
    /// proves little.
    #[serde(default)]
    pub common_transitive: Vec<String>,
}

#[derive(Debug, Deserialize)]
pub struct NativePackage {
    pub name: String,
    /// Groups of alternatives: every group must be satisfied by one of its packages.
    pub debian_build: Vec<Vec<String>>,
    pub alpine_build: Vec<Vec<String>>,
    pub instead: String,
    /// Shared libraries it loads at run time (groups of alternatives).
    #[serde(default)]
    pub debian_runtime: Vec<Vec<String>>,
    #[serde(default)]
    pub alpine_runtime: Vec<Vec<String>>,
    /// Nothing to build, but the library is needed at run time (psycopg 3 without extras).
    #[serde(default)]
    pub runtime_only: bool,
    /// Extras that bundle the library (`psycopg[binary]`): then nothing is needed.
    #[serde(default)]
    pub skip_extras: Vec<String>,
}

#[derive(Debug, Deserialize)]
pub struct ModuleDists {
    pub import: String,
    /// Empty for namespace packages many distributions share (`google`, `azure`).
    pub dists: Vec<String>,
}

#[derive(Debug, Deserialize)]
pub struct ProgramDists {
    pub name: String,
    pub dists: Vec<String>,
}

#[derive(Debug, Deserialize)]
pub struct Provided {
    pub dist: String,
    pub by: Vec<String>,
}

impl PythonKnowledge {
    pub fn is_stdlib(&self, module: &str) -> bool {
        let top = module.split('.').next().unwrap_or(module);
        top.starts_with('_') || self.stdlib.iter().any(|m| m == top)
    }

    /// Distributions that provide an import name (`yaml` → `pyyaml`); `None` for a namespace
    /// package many distributions share. Unknown names map to themselves, normalized.
    pub fn dists_of_module(&self, module: &str) -> Option<Vec<String>> {
        let top = module.split('.').next().unwrap_or(module);
        match self.module.iter().find(|m| m.import == top) {
            Some(m) if m.dists.is_empty() => None,
            Some(m) => Some(m.dists.clone()),
            None => Some(vec![seaworthy_syntax::requirements::normalize_name(top)]),
        }
    }

    pub fn dists_of_program(&self, program: &str) -> Option<&[String]> {
        self.program
            .iter()
            .find(|p| p.name == program)
            .map(|p| p.dists.as_slice())
    }
}

pub fn python() -> &'static PythonKnowledge {
    static T: OnceLock<PythonKnowledge> = OnceLock::new();
    T.get_or_init(|| {
        toml::from_str(include_str!("../data/python.toml")).unwrap_or_else(|e| {
            debug_assert!(false, "data/python.toml: {e}");
            PythonKnowledge {
                dev_tools: Vec::new(),
                native: Vec::new(),
                stdlib: Vec::new(),
                provided_by_base: Vec::new(),
                module: Vec::new(),
                program: Vec::new(),
                provided: Vec::new(),
                common_transitive: Vec::new(),
            }
        })
    })
}

#[cfg(test)]
mod python_tests {
    #[test]
    fn python_table_parses() {
        let t = super::python();
        assert!(t.dev_tools.iter().any(|d| d == "pytest"));
        assert!(t.native.iter().any(|n| n.name == "psycopg2"));
        assert!(t.is_stdlib("urllib.request") && t.is_stdlib("_thread"));
        assert!(!t.is_stdlib("requests"));
        assert_eq!(t.dists_of_module("yaml").unwrap(), ["pyyaml"]);
        assert_eq!(
            t.dists_of_module("uvicorn_worker.x").unwrap(),
            ["uvicorn-worker"]
        );
        assert!(t.dists_of_module("google.cloud").is_none());
        assert_eq!(t.dists_of_program("gunicorn").unwrap(), ["gunicorn"]);
    }
}

/// What a well-known base image ships (`data/images.toml`).
#[derive(Debug, Deserialize)]
pub struct ImageTable {
    pub updated: String,
    #[serde(default)]
    pub image: Vec<ImageFacts>,
}

#[derive(Debug, Deserialize, Clone)]
pub struct ImageFacts {
    pub name: String,
    pub variant: String,
    pub curl: Option<bool>,
    pub wget: Option<bool>,
    /// `root` (default), `nonroot`, `drops`.
    #[serde(default)]
    pub user: Option<String>,
}

pub fn image_table() -> &'static ImageTable {
    static T: OnceLock<ImageTable> = OnceLock::new();
    T.get_or_init(|| {
        toml::from_str(include_str!("../data/images.toml")).unwrap_or_else(|e| {
            debug_assert!(false, "data/images.toml: {e}");
            ImageTable {
                updated: String::new(),
                image: Vec::new(),
            }
        })
    })
}

/// Facts about an image (`registry/name` or official name) with a tag; the first matching entry.
pub fn image_facts(full_name: &str, tag: Option<&str>) -> Option<&'static ImageFacts> {
    let name = full_name.strip_prefix("docker.io/").unwrap_or(full_name);
    let name = name.strip_prefix("library/").unwrap_or(name);
    let tag = tag.unwrap_or("");
    image_table().image.iter().find(|f| {
        let name_ok = match f.name.strip_suffix('*') {
            Some(prefix) => name.starts_with(prefix),
            None => f.name == name,
        };
        let variant_ok = f.variant == "*"
            || tag
                .split('-')
                .any(|c| !c.is_empty() && c.starts_with(f.variant.as_str()));
        name_ok && variant_ok
    })
}

#[cfg(test)]
mod image_tests {
    use super::*;

    #[test]
    fn image_table_parses_and_matches() {
        assert!(Date::parse(&image_table().updated).is_some());
        assert!(image_table().image.len() > 10);
        let f = image_facts("python", Some("3.12-slim-bookworm")).unwrap();
        assert_eq!((f.curl, f.wget), (Some(false), Some(false)));
        let f = image_facts("python", Some("3.12-alpine3.20")).unwrap();
        assert_eq!((f.curl, f.wget), (Some(false), Some(true)));
        let f = image_facts("python", Some("3.12-bookworm")).unwrap();
        assert_eq!(f.curl, Some(true));
        let f = image_facts("gcr.io/distroless/static-debian12", Some("nonroot")).unwrap();
        assert_eq!(f.user.as_deref(), Some("nonroot"));
        let f = image_facts("library/nginx", None).unwrap();
        assert_eq!(f.user.as_deref(), Some("drops"));
        assert!(image_facts("mycompany/app", Some("1.0")).is_none());
    }
}

/// Well-known service images (`data/services.toml`): what they are, their ports, where their
/// data lives, their unprivileged variants.
#[derive(Debug, Deserialize)]
pub struct KnownServices {
    pub service: Vec<KnownService>,
}

#[derive(Debug, Deserialize)]
pub struct KnownService {
    pub images: Vec<String>,
    pub name: String,
    pub kind: String,
    pub ports: Vec<u16>,
    pub data: Vec<String>,
    pub unprivileged: Option<String>,
    /// Admin UIs: `"login"` (a login of its own) or `"none"` (open unless configured).
    #[serde(default)]
    pub auth: Option<String>,
    /// Environment variables that turn authentication on.
    #[serde(default)]
    pub auth_env: Vec<String>,
    /// Command-line flags that turn authentication on.
    #[serde(default)]
    pub auth_args: Vec<String>,
    /// The web UI's ports, when not every port is (SMTP beside a mail catcher's UI).
    #[serde(default)]
    pub ui_ports: Vec<u16>,
}

pub fn known_services() -> &'static KnownServices {
    static T: OnceLock<KnownServices> = OnceLock::new();
    T.get_or_init(|| {
        toml::from_str(include_str!("../data/services.toml")).unwrap_or(KnownServices {
            service: Vec::new(),
        })
    })
}

/// The well-known service an image is (by repository name, registry ignored).
pub fn known_for(image: &str) -> Option<&'static KnownService> {
    let r = seaworthy_syntax::image::ImageRef::parse(image);
    let name = r.official_name().to_string();
    let full = match &r.registry {
        Some(reg) => format!("{reg}/{name}"),
        None => name.clone(),
    };
    known_services()
        .service
        .iter()
        .find(|k| k.images.iter().any(|i| *i == name || *i == full))
}

#[cfg(test)]
mod service_table_tests {
    use super::*;

    #[test]
    fn service_table_parses_with_admin_uis() {
        let flower = known_for("mher/flower:2.0").expect("flower");
        assert_eq!(flower.kind, "admin-ui");
        assert_eq!(flower.auth.as_deref(), Some("none"));
        assert!(flower.auth_env.iter().any(|e| e == "FLOWER_BASIC_AUTH"));
        let mailpit = known_for("axllent/mailpit").expect("mailpit");
        assert_eq!(mailpit.ui_ports, [8025]);
        assert_eq!(
            known_for("postgres:16").map(|k| k.kind.as_str()),
            Some("database")
        );
        assert!(known_for("postgres:16").is_some_and(|k| k.auth.is_none()));
    }
}
