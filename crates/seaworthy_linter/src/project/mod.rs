//! The deployment model: every classified file, parsed once, linked into one queryable project.
//!
//! Per-format models live in their own modules (`dockerfile`, `compose`, `nginx`, `env`, `git`,
//! `python`); each exposes a `build` step called from [`Project::build`] and query helpers for rules.

pub mod app;
pub mod ci;
pub mod compose;
pub mod deploy;
pub mod dockerfile;
pub mod env;
pub mod git;
pub mod image;
pub mod installed;
pub mod launch;
pub mod layout;
pub mod nginx;
pub mod python;
pub mod route;
pub mod runs;
pub mod sensitive;
pub mod service;
pub mod stage;
pub mod topology;

use seaworthy_syntax::{Environment, FileKind, LineCol, LineIndex, Span};
use std::collections::{BTreeSet, HashMap};

/// Index into [`Project::files`].
pub type FileId = usize;

/// Why a file's content is missing or degraded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileIssue {
    /// Could not be read (permissions, vanished, ...).
    Unreadable(String),
    /// NUL bytes: a binary file with a deployment file's name.
    Binary,
    /// Larger than the size limit; not parsed.
    TooLarge { bytes: u64, limit: u64 },
    /// Invalid UTF-8 was replaced with U+FFFD; parsed anyway.
    NotUtf8,
    /// UTF-16 text (it starts with a UTF-16 byte order mark); not read.
    Utf16,
    /// A symbolic link that resolves outside the audited directory (`target` as written in the
    /// link); never read.
    SymlinkOutsideRoot { target: String },
}

impl From<seaworthy_syntax::text::TextIssue> for FileIssue {
    fn from(issue: seaworthy_syntax::text::TextIssue) -> FileIssue {
        use seaworthy_syntax::text::TextIssue;
        match issue {
            TextIssue::Binary => FileIssue::Binary,
            TextIssue::NotUtf8 => FileIssue::NotUtf8,
            TextIssue::Utf16 => FileIssue::Utf16,
        }
    }
}

/// A file handed to the audit (read by the CLI, or built in memory by tests).
#[derive(Debug, Clone)]
pub struct InputFile {
    /// Relative to the audited root, `/`-separated.
    pub path: String,
    pub kind: FileKind,
    pub text: String,
    pub issue: Option<FileIssue>,
    /// Matched by a `.gitignore` (still audited when it is an env file: it ships if copied).
    pub gitignored: bool,
}

impl InputFile {
    /// An in-memory file; the kind comes from [`seaworthy_syntax::classify`]. `None` if not a deployment file.
    pub fn from_text(path: &str, text: &str) -> Option<InputFile> {
        let kind = seaworthy_syntax::classify(path, Some(text))?;
        Some(InputFile {
            path: path.to_string(),
            kind,
            text: text.to_string(),
            issue: None,
            gitignored: false,
        })
    }
}

#[derive(Debug)]
pub struct SourceFile {
    pub id: FileId,
    pub path: String,
    pub kind: FileKind,
    pub environment: Environment,
    pub text: String,
    pub lines: LineIndex,
    pub issue: Option<FileIssue>,
    pub gitignored: bool,
}

impl SourceFile {
    pub fn line_col(&self, offset: usize) -> LineCol {
        self.lines.line_col(&self.text, offset)
    }

    /// Directory of the file (`""` for the root).
    pub fn dir(&self) -> &str {
        match self.path.rfind('/') {
            Some(i) => &self.path[..i],
            None => "",
        }
    }

    pub fn name(&self) -> &str {
        self.path.rsplit('/').next().unwrap_or(&self.path)
    }

    /// A template a template engine renders before use: a cookiecutter path (`{{cookiecutter.x}}/`)
    /// or Jinja/Go/ERB markers (`{{ }}`, `{% %}`, `<%% %>`) in the text. Its values and sections
    /// may be generated, so parse problems and "missing" claims are not judged the usual way.
    /// The one definition every model builder and rule uses.
    pub fn is_template(&self) -> bool {
        // `${{ ... }}` is a GitHub Actions expression, not a template
        let braces = |t: &str| {
            t.match_indices("{{")
                .any(|(i, _)| i == 0 || t.as_bytes().get(i - 1) != Some(&b'$'))
        };
        braces(&self.path)
            || self.path.contains("{%")
            || braces(&self.text)
            || self.text.contains("{%")
            || self.text.contains("%%")
    }

    /// The content can be parsed (not binary, not too large, readable).
    pub fn is_parseable(&self) -> bool {
        matches!(self.issue, None | Some(FileIssue::NotUtf8))
    }
}

/// Every file of the audit, indexed by path, and every path under the root.
#[derive(Debug, Default)]
pub struct Files {
    list: Vec<SourceFile>,
    /// Every file path under the root (deployment file or not), for "does it exist?" questions.
    pub all_paths: BTreeSet<String>,
    by_path: HashMap<String, FileId>,
}

impl std::ops::Deref for Files {
    type Target = [SourceFile];
    fn deref(&self) -> &[SourceFile] {
        &self.list
    }
}

impl<'a> IntoIterator for &'a Files {
    type Item = &'a SourceFile;
    type IntoIter = std::slice::Iter<'a, SourceFile>;
    fn into_iter(self) -> Self::IntoIter {
        self.list.iter()
    }
}

impl Files {
    /// Index the files (sorted by path, duplicates dropped) and add them to `all_paths`.
    pub fn new(inputs: Vec<InputFile>, all_paths: BTreeSet<String>) -> Files {
        let mut inputs = inputs;
        inputs.sort_by(|a, b| a.path.cmp(&b.path));
        inputs.dedup_by(|a, b| a.path == b.path);
        let mut all_paths = all_paths;
        let list: Vec<SourceFile> = inputs
            .into_iter()
            .enumerate()
            .map(|(id, f)| {
                all_paths.insert(f.path.clone());
                let lines = LineIndex::new(&f.text);
                SourceFile {
                    id,
                    environment: seaworthy_syntax::environment_of(&f.path),
                    path: f.path,
                    kind: f.kind,
                    text: f.text,
                    lines,
                    issue: f.issue,
                    gitignored: f.gitignored,
                }
            })
            .collect();
        let by_path = list.iter().map(|f| (f.path.clone(), f.id)).collect();
        Files {
            list,
            all_paths,
            by_path,
        }
    }

    pub fn file(&self, id: FileId) -> &SourceFile {
        &self.list[id]
    }

    pub fn by_path(&self, path: &str) -> Option<&SourceFile> {
        let id = match self.by_path.get(path) {
            Some(id) => *id,
            None => *self.by_path.get(&normalize_path(path))?,
        };
        self.list.get(id)
    }

    pub fn of_kind(&self, kind: FileKind) -> impl Iterator<Item = &SourceFile> {
        self.list.iter().filter(move |f| f.kind == kind)
    }

    /// Does this path (file or directory) exist under the root?
    pub fn exists(&self, path: &str) -> bool {
        let p = normalize_path(path);
        if p.is_empty() || self.all_paths.contains(&p) {
            return true;
        }
        let dir = format!("{p}/");
        self.all_paths
            .range(dir.clone()..)
            .next()
            .is_some_and(|q| q.starts_with(&dir))
    }
}

/// The entry of `file` in a list of per-file results built in file order (`.dockerignore`s,
/// requirements, Python facts): one binary search, not a scan per lookup (a monorepo has
/// thousands of each).
pub fn by_file<T>(list: &[(FileId, T)], file: FileId) -> Option<&T> {
    let i = list.binary_search_by_key(&file, |(f, _)| *f).ok()?;
    list.get(i).map(|(_, t)| t)
}

/// A syntax problem found while parsing (reported by the `parse-error` rule).
#[derive(Debug, Clone)]
pub struct ParseProblem {
    pub file: FileId,
    pub span: Span,
    pub message: String,
}

pub use crate::util::date::Date;

/// Options that shape the model.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// "Today" for lifecycle checks (fixed in tests).
    pub today: Date,
}

impl Default for BuildOptions {
    fn default() -> Self {
        BuildOptions {
            today: Date::today(),
        }
    }
}

/// The linked deployment model every rule reads.
#[derive(Debug)]
pub struct Project {
    pub files: Files,
    pub dockerfiles: Vec<dockerfile::DockerfileDoc>,
    pub compose: compose::ComposeModel,
    pub nginx: nginx::NginxModel,
    pub env: env::EnvModel,
    pub git: git::GitFacts,
    pub python: python::PythonModel,
    /// What the application source says (app objects, routes, settings, Celery, gunicorn,
    /// alembic, package.json).
    pub app: app::AppModel,
    /// CI workflows: jobs, steps, what they build, push, scan and deploy.
    pub ci: ci::CiModel,
    /// Every way the repository runs compose (commands, `COMPOSE_FILE`).
    pub runs: Vec<runs::ComposeRun>,
    /// Which compose files run together, in which environment.
    pub deployments: Vec<deploy::Deployment>,
    /// Every `.dockerignore`, parsed.
    pub dockerignores: Vec<(FileId, seaworthy_syntax::dockerignore::Dockerignore)>,
    /// Every image build: Dockerfile, context, `.dockerignore`, shipped stage, who builds it.
    pub images: Vec<image::ImageBuild>,
    /// One per (deployment, compose service), joined across its files.
    pub services: Vec<service::Service>,
    /// nginx proxy targets and the services they reach.
    pub routes: Vec<route::Route>,
    pub parse_problems: Vec<ParseProblem>,
    /// Byte ranges holding secret values, sorted by file then start (computed once at build by
    /// [`sensitive::collect`]): code frames mask them, and the [`Project::masker`] built from
    /// their values redacts every printed string.
    pub sensitive: Vec<(FileId, Span)>,
    /// The masker and masked file texts, computed on first use.
    pub masks: sensitive::MaskCache,
    pub today: Date,
    /// [`Project::launches`], computed once the model is built, on first use.
    pub launches_memo: seaworthy_syntax::Memo<Vec<launch::Launch>>,
    /// [`Project::launches_in`]: the launches of each file, by index, on first use.
    pub launches_by_file_memo: seaworthy_syntax::Memo<HashMap<FileId, Vec<usize>>>,
    /// [`Project::images_of`], computed on first use.
    pub images_of_memo: seaworthy_syntax::Memo<HashMap<FileId, Vec<image::ImageId>>>,
    /// [`Project::services_building`], indexed by image on first use.
    pub services_of_image_memo: seaworthy_syntax::Memo<Vec<Vec<service::ServiceId>>>,
    /// [`Project::shell_commands`] of each file, parsed on first use.
    pub shell_memo: Vec<std::sync::OnceLock<Vec<seaworthy_syntax::shell::SimpleCommand>>>,
    /// The nginx rules' server scopes, built once on first use. Type-erased so that the model
    /// does not depend on the rules that read it (data flows from the model to the rules).
    pub nginx_scopes: seaworthy_syntax::Memo<Box<dyn std::any::Any + Send + Sync>>,
}

impl Project {
    /// Parse every file and link the model. `all_paths` may be empty (then only `files` exist).
    pub fn build(
        inputs: Vec<InputFile>,
        all_paths: BTreeSet<String>,
        opts: &BuildOptions,
    ) -> Project {
        let files = crate::timings::time("model: file index", || Files::new(inputs, all_paths));
        let ci = crate::timings::time("model: ci", || ci::build(&files));
        let runs = crate::timings::time("model: compose runs", || runs::build(&files, &ci));
        let app_facts = crate::timings::time("model: application facts", || app::build(&files));
        let mut project = Project {
            files,
            dockerfiles: Vec::new(),
            compose: Default::default(),
            nginx: Default::default(),
            env: Default::default(),
            git: Default::default(),
            python: Default::default(),
            app: app_facts,
            ci,
            runs,
            deployments: Vec::new(),
            dockerignores: Vec::new(),
            images: Vec::new(),
            services: Vec::new(),
            routes: Vec::new(),
            parse_problems: Vec::new(),
            sensitive: Vec::new(),
            masks: sensitive::MaskCache::new(0),
            today: opts.today,
            launches_memo: Default::default(),
            launches_by_file_memo: Default::default(),
            images_of_memo: Default::default(),
            services_of_image_memo: Default::default(),
            shell_memo: Vec::new(),
            nginx_scopes: Default::default(),
        };
        crate::timings::time("model: dockerfile", || dockerfile::build(&mut project));
        crate::timings::time("model: python manifests", || python::build(&mut project));
        crate::timings::time("model: env files", || env::build(&mut project));
        crate::timings::time("model: compose", || compose::build(&mut project));
        project.deployments = crate::timings::time("model: deployments", || {
            deploy::build(&project.files, &project.compose.docs, &project.runs)
        });
        project.dockerignores = project
            .files
            .of_kind(FileKind::Dockerignore)
            .filter(|f| f.is_parseable())
            .map(|f| (f.id, seaworthy_syntax::dockerignore::parse(&f.text)))
            .collect();
        project.images = crate::timings::time("model: image builds", || {
            let inputs: Vec<image::DockerfileInput> = project
                .dockerfiles
                .iter()
                .map(|d| image::DockerfileInput {
                    file: d.file,
                    tree: &d.tree,
                    stages: &d.stages,
                })
                .collect();
            image::build(
                &project.files,
                &inputs,
                &project.deployments,
                &project.compose,
                &project.ci,
                &project.dockerignores,
            )
        });
        // a Dockerfile that only dev or test stacks build is judged as dev or test code
        let refined = image::dockerfile_environments(
            &project.files,
            &project.images,
            &project.deployments,
            &project.ci,
            &project.runs,
        );
        for (f, e) in refined {
            project.files.list[f].environment = e;
        }
        project.services = crate::timings::time("model: services", || {
            service::build(&service::Inputs {
                files: &project.files,
                compose: &project.compose,
                deployments: &project.deployments,
                images: &project.images,
                dockerfiles: &project.dockerfiles,
                env: &project.env,
                app: &project.app,
            })
        });
        crate::timings::time("model: nginx", || nginx::build(&mut project));
        project.routes = crate::timings::time("model: routes", || {
            route::build(
                &project.files,
                &project.nginx,
                &project.services,
                &project.deployments,
                &project.images,
            )
        });
        project.sensitive =
            crate::timings::time("model: sensitive ranges", || sensitive::collect(&project));
        project.masks = sensitive::MaskCache::new(project.files.len());
        project.shell_memo = (0..project.files.len())
            .map(|_| std::sync::OnceLock::new())
            .collect();
        project
    }

    pub fn file(&self, id: FileId) -> &SourceFile {
        &self.files[id]
    }

    /// The parsed `.dockerignore` of a file, by [`FileId`].
    pub fn dockerignore(
        &self,
        file: FileId,
    ) -> Option<&seaworthy_syntax::dockerignore::Dockerignore> {
        by_file(&self.dockerignores, file)
    }

    /// The simple commands of a shell script of the tree (an entrypoint or start script),
    /// parsed once on first use; empty for an id out of range.
    pub fn shell_commands(&self, id: FileId) -> &[seaworthy_syntax::shell::SimpleCommand] {
        match (self.shell_memo.get(id), self.files.get(id)) {
            (Some(memo), Some(f)) => memo.get_or_init(|| seaworthy_syntax::shell::parse(&f.text)),
            _ => &[],
        }
    }

    /// The image builds of a Dockerfile (indexed once, on first use).
    pub fn images_of(&self, dockerfile: FileId) -> impl Iterator<Item = &image::ImageBuild> {
        let index = self.images_of_memo.get_or_init(|| {
            let mut m: HashMap<FileId, Vec<image::ImageId>> = HashMap::new();
            for i in &self.images {
                m.entry(i.dockerfile).or_default().push(i.id);
            }
            m
        });
        index
            .get(&dockerfile)
            .into_iter()
            .flatten()
            .filter_map(|id| self.images.get(*id))
    }

    /// The services of a deployment, in service order. Services are built deployment by
    /// deployment, so they are one run of [`Project::services`]: two binary searches, not a scan.
    pub fn services_in(&self, deployment: deploy::DeploymentId) -> &[service::Service] {
        let start = self.services.partition_point(|s| s.deployment < deployment);
        let end = self
            .services
            .partition_point(|s| s.deployment <= deployment);
        self.services.get(start..end).unwrap_or_default()
    }

    /// The services that run an image build (in service order; indexed once, on first use).
    pub fn services_building(
        &self,
        image: image::ImageId,
    ) -> impl Iterator<Item = &service::Service> {
        let index = self.services_of_image_memo.get_or_init(|| {
            let mut m: Vec<Vec<service::ServiceId>> = vec![Vec::new(); self.images.len()];
            for s in &self.services {
                if let service::ImageSource::Build(id) = s.image {
                    if let Some(v) = m.get_mut(id) {
                        v.push(s.id);
                    }
                }
            }
            m
        });
        index
            .get(image)
            .into_iter()
            .flatten()
            .filter_map(|id| self.services.get(*id))
    }

    pub fn files_of(&self, kind: FileKind) -> impl Iterator<Item = &SourceFile> {
        self.files.iter().filter(move |f| f.kind == kind)
    }

    pub fn file_by_path(&self, path: &str) -> Option<&SourceFile> {
        self.files.by_path(path)
    }

    /// Does this path (file or directory) exist under the root?
    pub fn exists(&self, path: &str) -> bool {
        self.files.exists(path)
    }

    /// Does the walk hold only deployment files under `dir` (no source code at all)? Then the
    /// tree is a partial copy (a collection of deployment files), and "this path does not exist"
    /// cannot be judged there.
    pub fn only_deployment_files_under(&self, dir: &str) -> bool {
        !self.paths_under(dir).any(|p| {
            !p.ends_with('/')
                && self
                    .files
                    .by_path(p)
                    .is_none_or(|f| f.kind == FileKind::PythonSource)
        })
    }

    /// Every path below `dir` (recursive).
    pub fn paths_under<'a>(&'a self, dir: &str) -> impl Iterator<Item = &'a String> + 'a {
        let d = normalize_path(dir);
        let prefix = if d.is_empty() {
            String::new()
        } else {
            format!("{d}/")
        };
        self.files
            .all_paths
            .range(prefix.clone()..)
            .take_while(move |p| p.starts_with(&prefix))
    }

    pub fn add_parse_problem(&mut self, file: FileId, span: Span, message: impl Into<String>) {
        self.parse_problems.push(ParseProblem {
            file,
            span,
            message: message.into(),
        });
    }
}

/// How many leading bytes of a secret may be shown: up to 4 ASCII characters, never more than a
/// quarter of the value.
pub fn mask_prefix_len(secret: &str) -> usize {
    let n = (secret.len() / 4).min(4);
    secret
        .char_indices()
        .take_while(|(i, c)| *i < n && c.is_ascii())
        .count()
}

/// `sk-ant-api03-abcdef…` → `sk-a****`: a short prefix and a fixed-width mask.
pub fn mask_secret(secret: &str) -> String {
    let keep = mask_prefix_len(secret);
    format!("{}****", &secret[..keep])
}

/// Normalize a relative path: `./a//b/../c` → `a/c`, no leading or trailing `/`.
pub fn normalize_path(p: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    for comp in p.split(['/', '\\']) {
        match comp {
            "" | "." => {}
            ".." => {
                out.pop();
            }
            c => out.push(c),
        }
    }
    out.join("/")
}

/// Join a directory and a relative path, normalized.
pub fn join_path(dir: &str, rel: &str) -> String {
    if rel.starts_with('/') {
        return normalize_path(rel);
    }
    if dir.is_empty() {
        normalize_path(rel)
    } else {
        normalize_path(&format!("{dir}/{rel}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(Date::from_days(0).to_string(), "1970-01-01");
        assert_eq!(Date::from_days(20_414).to_string(), "2025-11-22");
        assert_eq!(
            Date::parse("2026-11-22").map(|d| d.to_string()).as_deref(),
            Some("2026-11-22")
        );
        assert!(Date::parse("2026-13-01").is_none());
    }

    #[test]
    fn paths() {
        assert_eq!(normalize_path("./a//b/../c/"), "a/c");
        assert_eq!(join_path("backend", "./Dockerfile"), "backend/Dockerfile");
        assert_eq!(join_path("", "."), "");
        let p = Project::build(
            vec![InputFile::from_text("app/Dockerfile", "FROM a\n").unwrap()],
            ["app/src/main.py".to_string()].into_iter().collect(),
            &BuildOptions::default(),
        );
        assert!(p.exists("app/src"));
        assert!(p.exists("./app/src/main.py"));
        assert!(!p.exists("app/sr"));
        assert_eq!(p.paths_under("app").count(), 2);
    }
}
