//! Deployments as they are run: which compose files go together, and in which environment.
//!
//! The grouping is read, in this order, from what the repository says:
//! 1. compose commands with `-f` in CI steps, recipes, scripts and README code blocks, and
//!    `COMPOSE_FILE` in an `.env` ([`super::runs`]);
//! 2. `include:` (an included file is part of the project that includes it);
//! 3. compose's own conventions: `docker compose up` in a directory loads the base file and its
//!    `*.override.yml`; a `compose.<name>.yml` beside a base file is run with it;
//! 4. a file that only adds to services defined elsewhere (a service with neither `image` nor
//!    `build`) is a fragment: it is merged with the nearest compose file that defines those
//!    services (an override in a sub-folder), never judged on its own.
//!
//! Every deployment has an environment with the reason for it, and a confidence: a grouping a
//! command or `include` states is sure; one read from naming conventions is likely; a base
//! found for a fragment by looking around is a guess.

use super::compose::{ComposeDoc, MergedService};
use super::runs::{ComposeRun, RunSource};
use super::{join_path, FileId, Files};
use crate::meta::Confidence;
use seaworthy_syntax::{Environment, Span};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

pub type DeploymentId = usize;

/// How the model knows these files go together.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Grouping {
    /// A command or `COMPOSE_FILE` names the files (index into `Project::runs`).
    Run(usize),
    /// `docker compose up` in the directory: the base file and its override.
    Default,
    /// The base file without the override (what a `-f <base>` deployment runs).
    BaseOnly,
    /// A file named for an environment beside the base file (`compose.prod.yml`).
    Named,
    /// A fragment merged with the nearest file that defines its services.
    Fragment,
    /// A stand-alone file (no base file in its directory).
    Single,
}

#[derive(Debug, Clone)]
pub struct Deployment {
    pub id: DeploymentId,
    /// The project directory (relative paths in the files resolve from here).
    pub dir: String,
    /// Compose files in load order (included files before the files that include them).
    pub files: Vec<FileId>,
    /// The files given to compose (`-f`), without the ones they `include`.
    pub entries: Vec<FileId>,
    /// Included files whose relative paths resolve from somewhere else than their own
    /// directory (`include: [{path: x/compose.yml, project_directory: .}]`).
    pub include_bases: Vec<(FileId, String)>,
    pub environment: Environment,
    /// Why this environment, in words.
    pub reason: String,
    pub grouping: Grouping,
    /// Where the grouping is stated (the commands that run these files).
    pub evidence: Vec<(FileId, Span)>,
    pub confidence: Confidence,
    /// Every file the project needs is here (includes resolved, not a fragment without its
    /// base): rules that judge the project as a whole (unknown dependencies, undeclared
    /// volumes) only judge complete ones.
    pub complete: bool,
    pub services: Vec<MergedService>,
}

impl Deployment {
    /// `docker-compose.yml + docker-compose.prod.yml`
    pub fn name(&self, files: &Files) -> String {
        self.files
            .iter()
            .map(|f| files.file(*f).path.as_str())
            .collect::<Vec<_>>()
            .join(" + ")
    }

    /// The directory relative paths written in `file` resolve against: with several `-f`
    /// files, every path is relative to the first file's directory; an `include`d file keeps
    /// its own directory.
    pub fn path_base(&self, files: &Files, file: FileId) -> String {
        if self.entries.contains(&file) {
            self.dir.clone()
        } else if let Some((_, b)) = self.include_bases.iter().find(|(f, _)| *f == file) {
            b.clone()
        } else {
            files.file(file).dir().to_string()
        }
    }

    pub fn service(&self, name: &str) -> Option<&MergedService> {
        self.services.iter().find(|s| s.name == name)
    }
}

/// The default compose file name (`compose.yaml`, `docker-compose.yml`, ...).
pub fn is_base(name: &str) -> bool {
    matches!(
        name,
        "compose.yaml" | "compose.yml" | "docker-compose.yaml" | "docker-compose.yml"
    )
}

pub fn is_override(name: &str) -> bool {
    matches!(
        name,
        "compose.override.yaml"
            | "compose.override.yml"
            | "docker-compose.override.yaml"
            | "docker-compose.override.yml"
    )
}

/// `docker-compose.prod.yml`, `compose.live.yaml`, `docker-compose-staging.yml`: a compose file
/// named as a variant of the base (not the base name itself).
fn is_variant(name: &str) -> bool {
    let n = name.to_ascii_lowercase();
    !is_base(&n)
        && (n.starts_with("docker-compose.")
            || n.starts_with("docker-compose-")
            || n.starts_with("docker-compose_")
            || n.starts_with("compose.")
            || n.starts_with("compose-")
            || n.starts_with("compose_"))
        && (n.ends_with(".yml") || n.ends_with(".yaml"))
}

struct Builder<'a> {
    files: &'a Files,
    docs: &'a [ComposeDoc],
    by_file: HashMap<FileId, usize>,
    include_edges: HashMap<FileId, Vec<FileId>>,
    out: Vec<Deployment>,
}

/// Group the compose files into deployments.
pub fn build(files: &Files, docs: &[ComposeDoc], runs: &[ComposeRun]) -> Vec<Deployment> {
    let by_file: HashMap<FileId, usize> =
        docs.iter().enumerate().map(|(i, d)| (d.file, i)).collect();
    let include_edges: HashMap<FileId, Vec<FileId>> = docs
        .iter()
        .map(|d| {
            let dir = files.file(d.file).dir();
            let targets = d
                .view
                .include
                .iter()
                .filter_map(|i| files.by_path(&join_path(dir, &i.value)))
                .map(|f| f.id)
                .filter(|f| *f != d.file && by_file.contains_key(f))
                .collect();
            (d.file, targets)
        })
        .collect();
    let mut b = Builder {
        files,
        docs,
        by_file,
        include_edges,
        out: Vec::new(),
    };
    let included = b.included();
    let name = |id: FileId| files.file(id).name().to_ascii_lowercase();

    // 1. commands and COMPOSE_FILE
    let mut covered: HashSet<FileId> = HashSet::new();
    let mut compose_file_var: HashMap<String, Vec<FileId>> = HashMap::new();
    for r in runs
        .iter()
        .filter(|r| r.source == RunSource::ComposeFileVar)
    {
        let fs: Vec<FileId> = r
            .files
            .iter()
            .filter_map(|p| files.by_path(p))
            .map(|f| f.id)
            .filter(|f| b.by_file.contains_key(f))
            .collect();
        if !fs.is_empty() {
            compose_file_var.insert(r.cwd.clone(), fs);
        }
    }
    for (ri, r) in runs.iter().enumerate() {
        let (fs, complete) = if r.files.is_empty() {
            if r.source == RunSource::ComposeFileVar {
                continue;
            }
            match compose_file_var.get(&r.cwd) {
                Some(fs) => (fs.clone(), true),
                None => (b.default_files(&r.cwd), true),
            }
        } else {
            let mut fs = Vec::new();
            let mut all = true;
            for (i, p) in r.files.iter().enumerate() {
                // a script may `cd` to the repository root first: try the path from there too
                let alt = r.raw_files.get(i).map(|raw| join_path("", raw));
                match [Some(p.clone()), alt]
                    .into_iter()
                    .flatten()
                    .filter_map(|c| files.by_path(&c))
                    .map(|f| f.id)
                    .find(|f| b.by_file.contains_key(f))
                {
                    Some(f) => fs.push(f),
                    None => all = false,
                }
            }
            (fs, all)
        };
        if fs.is_empty() {
            continue;
        }
        covered.extend(fs.iter().copied());
        let (environment, reason) = match &r.environment {
            Some((e, why)) => (*e, why.clone()),
            None => environment_of_files(files, &fs),
        };
        let where_ = files.file(r.file).path.clone();
        b.push(
            fs,
            environment,
            format!("{reason} (run by {} in `{where_}`)", r.source.as_str()),
            Grouping::Run(ri),
            vec![(r.file, r.span)],
            Confidence::High,
            complete,
        );
    }

    // 2./3. conventions, per directory
    let mut by_dir: BTreeMap<String, Vec<FileId>> = BTreeMap::new();
    for d in docs {
        if included.contains(&d.file) {
            continue;
        }
        by_dir
            .entry(files.file(d.file).dir().to_string())
            .or_default()
            .push(d.file);
    }
    let mut fragments = Vec::new();
    for (dir, fs) in &by_dir {
        // `COMPOSE_FILE` in the directory's `.env` replaces compose's default files there
        if compose_file_var.contains_key(dir) {
            for f in fs.iter().copied() {
                if !covered.contains(&f) && b.needs_base(f) {
                    fragments.push(f);
                }
            }
            continue;
        }
        // a file with a base file's name that only adds to services defined elsewhere is a
        // fragment too
        for f in fs.iter().copied() {
            if is_base(&name(f)) && b.needs_base(f) && !covered.contains(&f) {
                fragments.push(f);
            }
        }
        let base = fs
            .iter()
            .copied()
            .find(|f| is_base(&name(*f)) && !b.needs_base(*f));
        let overrides: Vec<FileId> = fs
            .iter()
            .copied()
            .filter(|f| is_override(&name(*f)))
            .collect();
        let others: Vec<FileId> = fs
            .iter()
            .copied()
            .filter(|f| !is_base(&name(*f)) && !is_override(&name(*f)))
            .collect();
        match base {
            Some(base) => {
                let mut dfl = vec![base];
                dfl.extend(&overrides);
                if overrides.is_empty() {
                    let (e, why) = environment_of_files(files, &[base]);
                    b.push(
                        dfl,
                        e,
                        why,
                        Grouping::Default,
                        vec![],
                        Confidence::High,
                        true,
                    );
                } else {
                    b.push(
                        dfl,
                        Environment::Dev,
                        format!(
                            "`docker compose up` loads `{}` on developer machines",
                            files.file(overrides[0]).name()
                        ),
                        Grouping::Default,
                        vec![],
                        Confidence::High,
                        true,
                    );
                    let (e, why) = environment_of_files(files, &[base]);
                    b.push(
                        vec![base],
                        e,
                        format!("{why}; run without the override when `-f` names it alone"),
                        Grouping::BaseOnly,
                        vec![],
                        Confidence::Medium,
                        true,
                    );
                }
                for o in others {
                    if covered.contains(&o) {
                        continue;
                    }
                    let (e, why) = environment_of_files(files, &[o]);
                    // a complete stack of its own (every service defined, no environment in its
                    // name, nothing it depends on left to the base) is an alternative to the base
                    // file, not an override of it
                    if !b.needs_base(o) && e == Environment::Shared && !b.depends_outside(o) {
                        b.push(
                            vec![o],
                            e,
                            why,
                            Grouping::Single,
                            vec![],
                            Confidence::Medium,
                            true,
                        );
                        continue;
                    }
                    b.push(
                        vec![base, o],
                        e,
                        why,
                        Grouping::Named,
                        vec![],
                        Confidence::Medium,
                        true,
                    );
                }
            }
            None => {
                for f in fs.iter().copied() {
                    if covered.contains(&f) || is_base(&name(f)) {
                        continue;
                    }
                    // an override with no base file beside it overrides a base elsewhere (a
                    // sub-folder of variants copied next to the base when used)
                    // a `compose.<env>.yml`-style variant whose services are all defined by a
                    // base file elsewhere is that base's override in a sub-folder
                    let variant = is_variant(&name(f))
                        && (b.base_for(f).is_some() || b.ancestor_base_sharing(f).is_some());
                    if b.needs_base(f) || name(f).contains("override") || variant {
                        fragments.push(f);
                    } else {
                        let (e, why) = environment_of_files(files, &[f]);
                        b.push(
                            vec![f],
                            e,
                            why,
                            Grouping::Single,
                            vec![],
                            Confidence::High,
                            true,
                        );
                    }
                }
            }
        }
    }
    // 4. fragments: merged with the nearest file that defines what they add to
    for f in fragments {
        match b.base_for(f).or_else(|| b.ancestor_base_sharing(f)) {
            Some(base) => {
                let mut fs = b.deployment_files_of(base);
                fs.push(f);
                let (e, why) = environment_of_files(files, &[f]);
                let bp = files.file(base).path.clone();
                b.push(
                    fs,
                    e,
                    format!(
                        "{why}; it only adds to services that `{bp}` defines, so it is merged with it"
                    ),
                    Grouping::Fragment,
                    vec![],
                    Confidence::Low,
                    true,
                );
            }
            None => {
                let (e, why) = environment_of_files(files, &[f]);
                b.push(
                    vec![f],
                    e,
                    format!("{why}; it only adds to services defined in a file that is not here"),
                    Grouping::Fragment,
                    vec![],
                    Confidence::Low,
                    false,
                );
            }
        }
    }
    let mut out = b.out;
    for (i, d) in out.iter_mut().enumerate() {
        d.id = i;
    }
    out
}

impl Builder<'_> {
    fn doc(&self, f: FileId) -> Option<&ComposeDoc> {
        self.by_file.get(&f).map(|i| &self.docs[*i])
    }

    fn includes(&self, f: FileId) -> &[FileId] {
        self.include_edges.get(&f).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Files another compose file `include`s: part of that project, not entries of their own.
    /// Files in an include cycle with no outside entry get the shallowest as the entry.
    fn included(&self) -> HashSet<FileId> {
        let mut all: Vec<FileId> = self.docs.iter().map(|d| d.file).collect();
        all.sort_by_key(|f| {
            let p = &self.files.file(*f).path;
            (p.matches('/').count(), p.clone())
        });
        let targets: HashSet<FileId> = all
            .iter()
            .flat_map(|f| self.includes(*f).to_vec())
            .collect();
        let mut entries: Vec<FileId> = all
            .iter()
            .copied()
            .filter(|f| !targets.contains(f))
            .collect();
        let mut reached: HashSet<FileId> = HashSet::new();
        let mut stack: Vec<FileId> = entries.clone();
        loop {
            while let Some(f) = stack.pop() {
                if reached.insert(f) {
                    stack.extend(self.includes(f));
                }
            }
            match all.iter().find(|f| !reached.contains(f)) {
                Some(f) => {
                    entries.push(*f);
                    stack.push(*f);
                }
                None => break,
            }
        }
        let entries: HashSet<FileId> = entries.into_iter().collect();
        all.into_iter().filter(|f| !entries.contains(f)).collect()
    }

    /// Files with their includes, transitively, each once, included ones first.
    fn with_includes(&self, fs: &[FileId]) -> Vec<FileId> {
        fn add(b: &Builder, f: FileId, out: &mut Vec<FileId>, visiting: &mut Vec<FileId>) {
            if out.contains(&f) || visiting.contains(&f) {
                return;
            }
            if visiting.len() < 8 {
                visiting.push(f);
                for i in b.includes(f) {
                    add(b, *i, out, visiting);
                }
                visiting.pop();
            }
            if !out.contains(&f) {
                out.push(f);
            }
        }
        let mut out = Vec::new();
        for f in fs {
            add(self, *f, &mut out, &mut Vec::new());
        }
        out
    }

    /// Compose's default files in a directory: the base file and its override.
    fn default_files(&self, dir: &str) -> Vec<FileId> {
        let mut base = Vec::new();
        let mut over = Vec::new();
        for d in self.docs {
            let f = self.files.file(d.file);
            if f.dir() != dir {
                continue;
            }
            let n = f.name().to_ascii_lowercase();
            if is_base(&n) && base.is_empty() {
                base.push(d.file);
            } else if is_override(&n) {
                over.push(d.file);
            }
        }
        if base.is_empty() {
            return Vec::new();
        }
        base.extend(over);
        base
    }

    /// A service of this file depends on (`depends_on`, `links`, `network_mode: service:`) a
    /// service the file does not define.
    fn depends_outside(&self, f: FileId) -> bool {
        self.doc(f).is_some_and(|d| {
            let own: BTreeSet<&str> = d.view.services.iter().map(|s| s.name.as_str()).collect();
            d.view.services.iter().any(|s| {
                s.depends_on
                    .iter()
                    .any(|x| !own.contains(x.service.as_str()))
                    || s.network_mode.as_ref().is_some_and(|n| {
                        n.value
                            .strip_prefix("service:")
                            .is_some_and(|t| !own.contains(t))
                    })
            })
        })
    }

    /// A service in this file has neither `image`, `build` nor `extends`: it adds to a service
    /// defined elsewhere.
    fn needs_base(&self, f: FileId) -> bool {
        self.doc(f).is_some_and(|d| {
            d.view
                .services
                .iter()
                .any(|s| s.image.is_none() && s.build.is_none() && s.extends.is_none())
        })
    }

    /// The compose file (not itself a fragment) nearest to `f` that defines every service `f`
    /// only adds to.
    fn base_for(&self, f: FileId) -> Option<FileId> {
        let doc = self.doc(f)?;
        let partial: BTreeSet<&str> = doc
            .view
            .services
            .iter()
            .filter(|s| s.image.is_none() && s.build.is_none() && s.extends.is_none())
            .map(|s| s.name.as_str())
            .collect();
        // an override-named file overrides every service it names
        let wanted: BTreeSet<&str> = if partial.is_empty() {
            doc.view.services.iter().map(|s| s.name.as_str()).collect()
        } else {
            partial
        };
        let here = &self.files.file(f).path;
        let mut best: Option<(usize, usize, FileId)> = None;
        for d in self.docs {
            if d.file == f
                || self.needs_base(d.file)
                || self.files.file(d.file).name().contains("override")
            {
                continue;
            }
            // the services of the candidate with its includes
            let defined: BTreeSet<&str> = self
                .with_includes(&[d.file])
                .into_iter()
                .filter_map(|x| self.doc(x))
                .flat_map(|x| x.view.services.iter().map(|s| s.name.as_str()))
                .collect();
            if !wanted.iter().all(|w| defined.contains(w)) {
                continue;
            }
            let there = &self.files.file(d.file).path;
            let dist = path_distance(here, there);
            let base_name = !is_base(&self.files.file(d.file).name().to_ascii_lowercase()) as usize;
            let key = (dist, base_name, d.file);
            if best.is_none_or(|b| key < b) {
                best = Some(key);
            }
        }
        best.map(|(_, _, f)| f)
    }

    /// A base-named compose file in a directory above `f` that defines at least one of the
    /// services `f` names (a production variant in `docker/` that adds a proxy and overrides
    /// `web`): the nearest one.
    fn ancestor_base_sharing(&self, f: FileId) -> Option<FileId> {
        let doc = self.doc(f)?;
        let names: BTreeSet<&str> = doc.view.services.iter().map(|s| s.name.as_str()).collect();
        let mut dir = self.files.file(f).dir().to_string();
        while let Some((parent, _)) =
            dir.rsplit_once('/')
                .or(if dir.is_empty() { None } else { Some(("", "")) })
        {
            let found = self.docs.iter().find(|d| {
                let df = self.files.file(d.file);
                df.dir() == parent
                    && is_base(&df.name().to_ascii_lowercase())
                    && !self.needs_base(d.file)
                    && d.view
                        .services
                        .iter()
                        .any(|s| names.contains(s.name.as_str()))
            });
            if let Some(d) = found {
                return Some(d.file);
            }
            dir = parent.to_string();
        }
        None
    }

    /// The files a base file is deployed with (itself and its includes).
    fn deployment_files_of(&self, base: FileId) -> Vec<FileId> {
        vec![base]
    }

    #[allow(clippy::too_many_arguments)]
    fn push(
        &mut self,
        fs: Vec<FileId>,
        environment: Environment,
        reason: String,
        grouping: Grouping,
        evidence: Vec<(FileId, Span)>,
        confidence: Confidence,
        complete: bool,
    ) {
        // compose's project directory is the directory of the first file it is given
        let dir = fs
            .first()
            .map(|f| self.files.file(*f).dir().to_string())
            .unwrap_or_default();
        let entries = fs.clone();
        let fs = self.with_includes(&fs);
        // every `include:` resolved?
        let complete = complete
            && fs.iter().all(|f| {
                self.doc(*f)
                    .is_none_or(|d| d.view.include.len() == self.includes(*f).len())
            });
        if let Some(existing) = self.out.iter_mut().find(|d| d.files == fs) {
            // the same files found another way: keep the surest grouping, gather the evidence
            existing.evidence.extend(evidence);
            if confidence > existing.confidence {
                existing.confidence = confidence;
                existing.grouping = grouping;
                existing.environment = environment;
                existing.reason = reason;
            }
            return;
        }
        let services = merged_services(self.files, self.docs, &self.by_file, &fs);
        let mut include_bases = Vec::new();
        for f in &fs {
            let Some(d) = self.doc(*f) else { continue };
            let dir = self.files.file(*f).dir();
            for (path, pd) in &d.view.include_project_dirs {
                if let Some(t) = self.files.by_path(&join_path(dir, path)) {
                    include_bases.push((t.id, join_path(dir, pd)));
                }
            }
        }
        self.out.push(Deployment {
            id: self.out.len(),
            dir,
            files: fs,
            entries,
            include_bases,
            environment,
            reason,
            grouping,
            evidence,
            confidence,
            complete,
            services,
        });
    }
}

/// Number of directory steps between two files' directories.
fn path_distance(a: &str, b: &str) -> usize {
    let da: Vec<&str> = a.split('/').collect();
    let db: Vec<&str> = b.split('/').collect();
    let da = &da[..da.len().saturating_sub(1)];
    let db = &db[..db.len().saturating_sub(1)];
    let common = da.iter().zip(db).take_while(|(x, y)| x == y).count();
    (da.len() - common) + (db.len() - common)
}

/// The environment of a group of files: the most specific one any of them states.
fn environment_of_files(files: &Files, fs: &[FileId]) -> (Environment, String) {
    let mut best: Option<(u8, Environment, String)> = None;
    for f in fs {
        let file = files.file(*f);
        let e = seaworthy_syntax::environment_with_reason(&file.path);
        let rank = match e.environment {
            Environment::Prod => 3,
            Environment::Test => 2,
            Environment::Dev => 1,
            Environment::Shared => 0,
        };
        if best.as_ref().is_none_or(|b| rank > b.0) {
            best = Some((
                rank,
                e.environment,
                format!("`{}`: {}", file.path, e.reason),
            ));
        }
    }
    best.map(|(_, e, r)| (e, r))
        .unwrap_or((Environment::Shared, "no compose file".into()))
}

/// The services of a group of files, merged by name, with their `extends` chains.
fn merged_services(
    files: &Files,
    docs: &[ComposeDoc],
    by_file: &HashMap<FileId, usize>,
    fs: &[FileId],
) -> Vec<MergedService> {
    let mut services: Vec<MergedService> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    for f in fs {
        let Some(d) = by_file.get(f).map(|i| &docs[*i]) else {
            continue;
        };
        for (i, s) in d.view.services.iter().enumerate() {
            match index.get(&s.name) {
                Some(&at) => {
                    let m = &mut services[at];
                    // an override that `extends` brings the extended service in under itself
                    for l in extended(files, docs, by_file, (*f, i), 0) {
                        if !m.all_layers().any(|x| *x == l) {
                            m.extends.push(l);
                        }
                    }
                    m.layers.push((*f, i));
                }
                None => {
                    index.insert(s.name.clone(), services.len());
                    services.push(MergedService {
                        name: s.name.clone(),
                        layers: vec![(*f, i)],
                        extends: extended(files, docs, by_file, (*f, i), 0),
                    });
                }
            }
        }
    }
    services
}

/// The layers a service `extends`, transitively, farthest first (a cycle or a missing target
/// ends the chain).
fn extended(
    files: &Files,
    docs: &[ComposeDoc],
    by_file: &HashMap<FileId, usize>,
    (file, idx): (FileId, usize),
    depth: usize,
) -> Vec<(FileId, usize)> {
    const MAX_DEPTH: usize = 8;
    let doc = |f: FileId| by_file.get(&f).map(|i| &docs[*i]);
    let Some(sv) = doc(file).and_then(|d| d.view.services.get(idx)) else {
        return Vec::new();
    };
    let (Some(target), true) = (&sv.extends, depth < MAX_DEPTH) else {
        return Vec::new();
    };
    let target_file = match &sv.extends_file {
        Some(rel) => files
            .by_path(&join_path(files.file(file).dir(), &rel.value))
            .map(|f| f.id),
        None => Some(file),
    };
    let Some(tf) = target_file else {
        return Vec::new();
    };
    let Some(ti) =
        doc(tf).and_then(|d| d.view.services.iter().position(|s| s.name == target.value))
    else {
        return Vec::new();
    };
    if (tf, ti) == (file, idx) {
        return Vec::new();
    }
    let mut chain = extended(files, docs, by_file, (tf, ti), depth + 1);
    if chain.contains(&(tf, ti)) {
        return chain;
    }
    chain.push((tf, ti));
    chain
}

#[cfg(test)]
mod tests {
    use crate::meta::Confidence;
    use crate::project::deploy::Grouping;
    use crate::testing::project_from_txtar;
    use seaworthy_syntax::Environment;

    fn groups(txtar: &str) -> Vec<(String, Environment, Confidence, bool)> {
        let p = project_from_txtar(txtar);
        p.deployments
            .iter()
            .map(|d| (d.name(&p.files), d.environment, d.confidence, d.complete))
            .collect()
    }

    #[test]
    fn conventions_in_one_directory() {
        let g = groups("-- docker-compose.yml --\nservices:\n  api:\n    image: app:1\n-- docker-compose.override.yml --\nservices:\n  api:\n    command: uvicorn app:app --reload\n-- docker-compose.prod.yml --\nservices:\n  api:\n    image: app:2\n");
        let names: Vec<&str> = g.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(
            names,
            [
                "docker-compose.yml + docker-compose.override.yml",
                "docker-compose.yml",
                "docker-compose.yml + docker-compose.prod.yml"
            ]
        );
        assert_eq!(g[0].1, Environment::Dev);
        assert_eq!(g[1].1, Environment::Shared);
        assert_eq!(g[2].1, Environment::Prod);
    }

    #[test]
    fn override_in_a_sub_folder_is_merged_with_its_base() {
        let g = groups("-- docker-compose.yml --\nservices:\n  api:\n    build: .\n  db:\n    image: postgres:16\n-- deploy/docker-compose.prod.yml --\nservices:\n  api:\n    restart: always\n");
        assert!(
            g.iter().any(
                |x| x.0 == "docker-compose.yml + deploy/docker-compose.prod.yml"
                    && x.1 == Environment::Prod
                    && x.2 == Confidence::Low
            ),
            "{g:?}"
        );
        // never judged on its own
        assert!(
            !g.iter().any(|x| x.0 == "deploy/docker-compose.prod.yml"),
            "{g:?}"
        );
    }

    #[test]
    fn commands_say_which_files_go_together() {
        let p = project_from_txtar("-- docker/compose.base.yml --\nservices:\n  api:\n    image: app:1\n-- docker/compose.live.yml --\nservices:\n  api:\n    environment:\n      DEBUG: \"0\"\n-- .github/workflows/deploy.yml --\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - run: docker compose -f docker/compose.base.yml -f docker/compose.live.yml up -d\n");
        let d = p
            .deployments
            .iter()
            .find(|d| d.name(&p.files) == "docker/compose.base.yml + docker/compose.live.yml")
            .expect("the CI command groups the two files");
        assert_eq!(d.environment, Environment::Prod);
        assert_eq!(d.confidence, Confidence::High);
        assert!(matches!(d.grouping, Grouping::Run(_)));
        assert!(d.reason.contains("deploys"), "{}", d.reason);
    }

    #[test]
    fn compose_file_variable() {
        let g = groups("-- .env --\nCOMPOSE_FILE=compose.yml:compose.traefik.yml\n-- compose.yml --\nservices:\n  web:\n    image: app:1\n-- compose.traefik.yml --\nservices:\n  traefik:\n    image: traefik:v3.1\n  web:\n    labels: [\"traefik.enable=true\"]\n");
        assert!(
            g.iter()
                .any(|x| x.0 == "compose.yml + compose.traefik.yml" && x.2 == Confidence::High),
            "{g:?}"
        );
    }

    #[test]
    fn devenv_stacks_are_dev() {
        let g = groups("-- devenv/docker-compose.yml --\nservices:\n  db:\n    image: postgres:16\n    ports: [\"5432:5432\"]\n");
        assert_eq!(g[0].1, Environment::Dev);
    }

    #[test]
    fn fragment_without_base_is_incomplete() {
        let g = groups("-- overrides/compose.yml --\nservices:\n  api:\n    restart: always\n");
        assert_eq!(g.len(), 1);
        assert!(!g[0].3);
    }

    #[test]
    fn include_project_directory_sets_where_paths_resolve() {
        let p = project_from_txtar("-- docker-compose.yml --\ninclude:\n  - path: adminer/compose.yml\n    project_directory: .\nservices:\n  web:\n    image: nginx:1.27\n-- adminer/compose.yml --\nservices:\n  adminer:\n    build:\n      context: ./adminer\n-- adminer/Dockerfile --\nFROM adminer:4\n");
        let d = &p.deployments[0];
        let inc = p.file_by_path("adminer/compose.yml").unwrap().id;
        assert_eq!(d.path_base(&p.files, inc), "");
        let img = p.images.iter().find(|i| !i.origins.is_empty()).unwrap();
        assert_eq!(img.context, "adminer");
    }
}
