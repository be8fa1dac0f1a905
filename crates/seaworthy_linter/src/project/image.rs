//! Image builds: a Dockerfile built from a context. Each build knows its `.dockerignore` (one
//! lookup, per docker's rules: `<Dockerfile>.dockerignore` beside the Dockerfile first, then
//! `.dockerignore` at the context root), the stage that ships (compose `build.target`, else the
//! last), the build args, who builds it (compose services, CI steps) and what it copies from
//! the context, resolved to repository paths.
//!
//! A Dockerfile that nothing builds is assumed to be built from its own directory
//! (`docker build .`): that build has a lower [`Confidence`], and rules that would call a file
//! missing say so with a lower confidence.

use super::ci::CiModel;
use super::deploy::{Deployment, DeploymentId};
use super::runs::{ComposeRun, RunSource};
use super::stage::{CopyFrom, StageFacts};
use super::{join_path, normalize_path, FileId, Files};
use crate::meta::Confidence;
use seaworthy_syntax::dockerfile::Dockerfile;
use seaworthy_syntax::dockerignore::Dockerignore;
use seaworthy_syntax::{Environment, Span};
use std::collections::BTreeSet;

pub type ImageId = usize;

/// Who builds an image.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BuildOrigin {
    /// A compose service's `build:` in a deployment.
    Compose {
        deployment: DeploymentId,
        service: String,
        file: FileId,
        span: Span,
    },
    /// A CI step (`docker build`, `docker/build-push-action`).
    Ci { file: FileId, span: Span },
}

/// A file the Dockerfile copies from the build context.
#[derive(Debug, Clone)]
pub struct ContextCopy {
    pub stage: usize,
    pub instr: usize,
    /// The source as written (`requirements/`, `./app`, `*.py`).
    pub source: String,
    pub span: Span,
    /// The path in the repository (`backend/requirements`), `None` for a variable or a URL.
    pub repo_path: Option<String>,
    /// The source exists in the context (as a file, a directory or a glob match).
    pub exists: bool,
    /// The `.dockerignore` excludes it: it is not in the context docker sends.
    pub ignored: bool,
}

#[derive(Debug, Clone)]
pub struct ImageBuild {
    pub id: ImageId,
    pub dockerfile: FileId,
    /// Context directory relative to the root (`""` = root).
    pub context: String,
    /// The `.dockerignore` that applies, and its parsed patterns.
    pub dockerignore: Option<FileId>,
    /// `build.target` (a stage name).
    pub target: Option<String>,
    /// The stage that is the image (target, else the last stage).
    pub shipped_stage: Option<usize>,
    pub args: Vec<(String, Option<String>)>,
    /// High when a compose `build:` or a CI step names the context; Medium for a Dockerfile
    /// nothing builds (assumed `docker build .` in its directory).
    pub confidence: Confidence,
    pub origins: Vec<BuildOrigin>,
    /// Everything the Dockerfile copies from the context, resolved.
    pub context_copies: Vec<ContextCopy>,
}

impl ImageBuild {
    /// The stages the shipped image is made of: the shipped stage, the stages it is built
    /// `FROM`, and (transitively) the stages it copies from. Steps in other stages never ship.
    pub fn shipped_stages(&self, stages: &[StageFacts]) -> BTreeSet<usize> {
        let mut out = BTreeSet::new();
        let mut stack: Vec<usize> = self.shipped_stage.into_iter().collect();
        while let Some(s) = stack.pop() {
            if !out.insert(s) {
                continue;
            }
            let Some(f) = stages.get(s) else { continue };
            stack.extend(f.parent);
            for c in &f.copies {
                if let CopyFrom::Stage(i) = c.from {
                    stack.push(i);
                }
            }
        }
        out
    }

    /// The stage and the stages it is built `FROM`, nearest first.
    pub fn ancestry(stages: &[StageFacts], stage: usize) -> Vec<usize> {
        let mut out = vec![stage];
        let mut cur = stage;
        while let Some(p) = stages.get(cur).and_then(|s| s.parent) {
            if out.contains(&p) {
                break;
            }
            out.push(p);
            cur = p;
        }
        out
    }

    /// The repository file an image path most likely came from, following the `COPY`/`ADD`
    /// instructions of the stage before instruction `before`: `pip install -r
    /// requirements/prod.txt` after `COPY requirements/ requirements/` → `<context>/requirements/prod.txt`.
    pub fn repo_path_of(&self, df: &Dockerfile, before: usize, image_path: &str) -> Option<String> {
        let rel = context_source_of(df, before, image_path)
            .unwrap_or_else(|| image_path.trim_start_matches("./").to_string());
        if rel.starts_with('/') || rel.contains('$') {
            return None;
        }
        Some(join_path(&self.context, &rel))
    }

    /// The repository file an image path names when the image runs it as a script
    /// (`/docker-entrypoint.sh` copied by `COPY docker/entrypoint.sh /docker-entrypoint.sh`,
    /// `./start` from the context, or a script beside the Dockerfile with that name).
    pub fn script_for(&self, files: &Files, st: &StageFacts, first: &str) -> Option<FileId> {
        use seaworthy_syntax::FileKind;
        let base = first.rsplit('/').next().unwrap_or(first);
        if !(base.ends_with(".sh")
            || base.contains("entrypoint")
            || base == "start"
            || base.starts_with("start"))
        {
            return None;
        }
        // a COPY from the context whose destination is this path (or a directory holding it)
        for c in &st.copies {
            if c.from != CopyFrom::Context {
                continue;
            }
            for s in &c.sources {
                let src_base = s
                    .text
                    .trim_end_matches('/')
                    .rsplit('/')
                    .next()
                    .unwrap_or("");
                let dest = c.dest.text.trim_end_matches('/');
                let lands_here = dest.ends_with(base) && src_base == base
                    || dest.rsplit('/').next() == Some(base)
                    || (src_base == base && c.dest.text.ends_with('/'));
                if lands_here {
                    let p = join_path(&self.context, s.text.trim_start_matches('/'));
                    if let Some(f) = files.by_path(&p) {
                        return Some(f.id);
                    }
                }
            }
        }
        let p = join_path(files.file(self.dockerfile).dir(), base);
        files
            .by_path(&p)
            .filter(|f| matches!(f.kind, FileKind::Entrypoint | FileKind::Script))
            .map(|f| f.id)
    }

    /// Services (by deployment) that run this image.
    pub fn services(&self) -> impl Iterator<Item = (DeploymentId, &str)> + '_ {
        self.origins.iter().filter_map(|o| match o {
            BuildOrigin::Compose {
                deployment,
                service,
                ..
            } => Some((*deployment, service.as_str())),
            BuildOrigin::Ci { .. } => None,
        })
    }
}

/// What the image builder needs to know about each Dockerfile.
pub struct DockerfileInput<'a> {
    pub file: FileId,
    pub tree: &'a Dockerfile,
    pub stages: &'a [StageFacts],
}

/// Every image build: from compose services (by deployment), CI steps, and Dockerfiles nothing
/// else builds.
pub fn build(
    files: &Files,
    dockerfiles: &[DockerfileInput],
    deployments: &[Deployment],
    compose: &super::compose::ComposeModel,
    ci: &super::ci::CiModel,
    dockerignores: &[(FileId, Dockerignore)],
) -> Vec<ImageBuild> {
    let mut out: Vec<ImageBuild> = Vec::new();
    // indexes built once: a monorepo has thousands of Dockerfiles, services and builds, and a
    // scan per service was quadratic
    let by_file: std::collections::HashMap<FileId, &DockerfileInput> =
        dockerfiles.iter().rev().map(|d| (d.file, d)).collect();
    let df_of = |f: FileId| by_file.get(&f).copied();
    let mut index: Index = Default::default();
    // compose services
    for d in deployments {
        for s in &d.services {
            let r = compose.resolve(s);
            let Some(b) = &r.build else { continue };
            let Some(doc) = compose.doc(b.file) else {
                continue;
            };
            let ctx = doc.interpolate(&b.value.context).value;
            if ctx.contains("://")
                || ctx.starts_with("git@")
                || ctx.contains('$')
                || ctx.starts_with('/')
            {
                continue;
            }
            let base = d.path_base(files, b.file);
            let context = join_path(&base, &ctx);
            let df_name = b
                .value
                .dockerfile
                .as_deref()
                .map(|x| doc.interpolate(x).value)
                .unwrap_or_else(|| "Dockerfile".into());
            if df_name.contains('$') || df_name.starts_with('/') {
                continue;
            }
            let Some(f) = files.by_path(&join_path(&context, &df_name)) else {
                continue;
            };
            let target = b
                .value
                .target
                .as_ref()
                .map(|t| doc.interpolate(&t.value).value);
            let args = b
                .value
                .args
                .iter()
                .map(|(k, v)| {
                    (
                        k.value.clone(),
                        v.as_ref().map(|v| doc.interpolate(&v.value).value),
                    )
                })
                .collect();
            let origin = BuildOrigin::Compose {
                deployment: d.id,
                service: s.name.clone(),
                file: b.file,
                span: b.value.span,
            };
            add(
                &mut out,
                &mut index,
                files,
                df_of(f.id),
                f.id,
                context,
                target,
                args,
                Confidence::High,
                origin,
                dockerignores,
            );
        }
    }
    // CI steps
    for b in &ci.image_builds {
        let df_path = b
            .dockerfile
            .clone()
            .unwrap_or_else(|| join_path(&b.context, "Dockerfile"));
        let Some(f) = files.by_path(&df_path) else {
            continue;
        };
        add(
            &mut out,
            &mut index,
            files,
            df_of(f.id),
            f.id,
            normalize_path(&b.context),
            None,
            Vec::new(),
            Confidence::High,
            BuildOrigin::Ci {
                file: b.file,
                span: b.span,
            },
            dockerignores,
        );
    }
    // Dockerfiles nothing builds: `docker build .` in their directory, a guess
    let built: std::collections::HashSet<FileId> = out.iter().map(|i| i.dockerfile).collect();
    for d in dockerfiles {
        if built.contains(&d.file) {
            continue;
        }
        let ctx = files.file(d.file).dir().to_string();
        out.push(new_build(
            out.len(),
            files,
            d,
            ctx,
            None,
            Vec::new(),
            Confidence::Medium,
            dockerignores,
        ));
    }
    out
}

/// The builds made so far by (Dockerfile, context, target): index into the list.
type Index = std::collections::HashMap<(FileId, String, Option<String>), usize>;

#[allow(clippy::too_many_arguments)]
fn add(
    out: &mut Vec<ImageBuild>,
    index: &mut Index,
    files: &Files,
    df: Option<&DockerfileInput>,
    dockerfile: FileId,
    context: String,
    target: Option<String>,
    args: Vec<(String, Option<String>)>,
    confidence: Confidence,
    origin: BuildOrigin,
    dockerignores: &[(FileId, Dockerignore)],
) {
    let key = (dockerfile, context, target);
    if let Some(existing) = index.get(&key).and_then(|&i| out.get_mut(i)) {
        if !existing.origins.contains(&origin) {
            existing.origins.push(origin);
        }
        for a in args {
            if !existing.args.iter().any(|x| x.0 == a.0) {
                existing.args.push(a);
            }
        }
        return;
    }
    let Some(df) = df else { return };
    let (dockerfile, context, target) = key;
    let mut b = new_build(
        out.len(),
        files,
        df,
        context.clone(),
        target.clone(),
        args,
        confidence,
        dockerignores,
    );
    b.origins.push(origin);
    index.insert((dockerfile, context, target), out.len());
    out.push(b);
}

#[allow(clippy::too_many_arguments)]
fn new_build(
    id: ImageId,
    files: &Files,
    df: &DockerfileInput,
    context: String,
    target: Option<String>,
    args: Vec<(String, Option<String>)>,
    confidence: Confidence,
    dockerignores: &[(FileId, Dockerignore)],
) -> ImageBuild {
    let shipped_stage = match &target {
        Some(t) => df
            .tree
            .stage_by_name(t)
            .map(|s| s.index)
            .or_else(|| df.tree.stages.last().map(|s| s.index)),
        None => df.tree.stages.last().map(|s| s.index),
    };
    let dockerignore = dockerignore_for(files, &context, df.file);
    let patterns = dockerignore.and_then(|f| super::by_file(dockerignores, f).map(|d| (f, d)));
    let mut context_copies = Vec::new();
    for st in df.stages {
        for c in st.copies.iter().filter(|c| c.from == CopyFrom::Context) {
            for s in &c.sources {
                let p = s.text.as_str();
                let repo_path = if p.contains('$') || p.contains("://") || p.starts_with("git@") {
                    None
                } else {
                    Some(join_path(&context, p.trim_start_matches('/')))
                };
                let rel = p.trim_start_matches("./").trim_start_matches('/');
                let exists = repo_path.is_none() || exists_in_context(files, &context, rel);
                let ignored = patterns.is_some_and(|(_, di)| {
                    let r = rel.trim_end_matches('/');
                    !r.is_empty() && r != "." && !r.contains('*') && di.is_excluded(r)
                });
                context_copies.push(ContextCopy {
                    stage: st.index,
                    instr: c.instr,
                    source: s.text.clone(),
                    span: s.span,
                    repo_path,
                    exists,
                    ignored,
                });
            }
        }
    }
    // a guessed context (the Dockerfile's own directory) that holds every source the
    // Dockerfile copies is confirmed by the files themselves
    // (the whole context, `.`, confirms nothing: it exists in every directory)
    let confidence = if confidence < Confidence::High
        && context_copies.iter().any(|c| {
            let s = c.source.trim_start_matches("./").trim_end_matches('/');
            !s.is_empty() && s != "."
        })
        && context_copies.iter().all(|c| c.exists)
    {
        Confidence::High
    } else {
        confidence
    };
    ImageBuild {
        id,
        dockerfile: df.file,
        context,
        dockerignore,
        target,
        shipped_stage,
        args,
        confidence,
        origins: Vec::new(),
        context_copies,
    }
}

/// The path in the build context that an image path came from (relative to the context).
fn context_source_of(df: &Dockerfile, before: usize, image_path: &str) -> Option<String> {
    use seaworthy_syntax::dockerfile::Keyword;
    let stage = df.stage_of(before)?;
    let target = image_path.trim_start_matches("./");
    let base = target.rsplit('/').next().unwrap_or(target);
    for i in (stage.from + 1..before).rev() {
        let ins = df.instructions.get(i)?;
        if !matches!(ins.keyword, Keyword::Copy | Keyword::Add)
            || ins.flag("from").is_some()
            || !ins.heredocs.is_empty()
        {
            continue;
        }
        let words = ins.words();
        let Some((dest, sources)) = words.split_last() else {
            continue;
        };
        for s in sources {
            let src = s.text.trim_start_matches("./").trim_end_matches('/');
            let src_base = src.rsplit('/').next().unwrap_or(src);
            if src_base == base {
                return Some(src.to_string());
            }
            // a directory copied whole: COPY requirements/ requirements/
            let dest_t = dest.text.trim_start_matches("./").trim_end_matches('/');
            if let Some(rest) = target
                .strip_prefix(dest_t)
                .and_then(|r| r.strip_prefix('/'))
            {
                if !src.contains('*') {
                    return Some(if src.is_empty() || src == "." {
                        rest.to_string()
                    } else {
                        format!("{src}/{rest}")
                    });
                }
            }
            if src == "." || src.is_empty() {
                return Some(target.to_string());
            }
        }
    }
    None
}

/// The `.dockerignore` docker reads for a Dockerfile built from `context`.
pub fn dockerignore_for(files: &Files, context: &str, dockerfile: FileId) -> Option<FileId> {
    let df = files.file(dockerfile);
    let own = join_path(df.dir(), &format!("{}.dockerignore", df.name()));
    let generic = join_path(context, ".dockerignore");
    [own, generic]
        .into_iter()
        .find_map(|p| files.by_path(&p).map(|f| f.id))
}

/// Does `rel` (relative to `context`) exist, as a file, a directory, or a glob match?
pub fn exists_in_context(files: &Files, context: &str, rel: &str) -> bool {
    let rel = rel.trim_start_matches("./");
    if rel.is_empty() || rel == "." {
        return true;
    }
    let full = join_path(context, rel);
    if rel.contains(['*', '?', '[']) {
        let Ok(glob) = globset::GlobBuilder::new(&full)
            .literal_separator(true)
            .build()
        else {
            return true;
        };
        let m = glob.compile_matcher();
        // only paths under the glob's literal directory prefix can match
        let literal = &full[..full.find(['*', '?', '[']).unwrap_or(full.len())];
        let prefix = &literal[..literal.rfind('/').map_or(0, |i| i + 1)];
        return files
            .all_paths
            .range(prefix.to_string()..)
            .take_while(|p| p.starts_with(prefix))
            .any(|p| {
                m.is_match(p.trim_end_matches('/'))
                    || p.char_indices()
                        .filter(|(_, c)| *c == '/')
                        .any(|(i, _)| m.is_match(&p[..i]))
            });
    }
    files.exists(&full)
}

/// The environment of each Dockerfile whose path says nothing of one (`Shared`) when every
/// build of it is a compose service of a dev or test deployment and no CI step builds it: the
/// most production-like of those deployments. Left out: Dockerfiles the path decides, that
/// nothing builds, or that anything building them may take to production (a CI build whose
/// Dockerfile or context is an expression may be any of them; CI that runs `docker compose
/// build` or `push` builds release images from compose files). One pass over the builds.
pub fn dockerfile_environments(
    files: &Files,
    images: &[ImageBuild],
    deployments: &[Deployment],
    ci: &CiModel,
    runs: &[ComposeRun],
) -> Vec<(FileId, Environment)> {
    let ci_may_build_any = ci.image_builds.iter().any(|b| {
        b.context.contains('$') || b.dockerfile.as_deref().is_some_and(|d| d.contains('$'))
    }) || runs.iter().any(|r| {
        r.source == RunSource::Ci && matches!(r.subcommand.as_deref(), Some("build" | "push"))
    });
    if ci_may_build_any {
        return Vec::new();
    }
    // per Dockerfile: the environment so far, or `None` once something may reach production
    let mut by_file: std::collections::BTreeMap<FileId, Option<Environment>> = Default::default();
    for i in images {
        if files.file(i.dockerfile).environment != Environment::Shared {
            continue;
        }
        for o in &i.origins {
            let slot = by_file
                .entry(i.dockerfile)
                .or_insert(Some(Environment::Dev));
            let env = match o {
                BuildOrigin::Compose { deployment, .. } => deployments
                    .get(*deployment)
                    .map(|d| d.environment)
                    .filter(|e| e.is_non_prod()),
                BuildOrigin::Ci { .. } => None,
            };
            *slot = match (*slot, env) {
                (Some(_), None) | (None, _) => None,
                (Some(Environment::Test), _) | (_, Some(Environment::Test)) => {
                    Some(Environment::Test)
                }
                (Some(_), Some(e)) => Some(e),
            };
        }
    }
    by_file
        .into_iter()
        .filter_map(|(f, e)| Some((f, e?)))
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::meta::Confidence;
    use crate::testing::project_from_txtar;

    #[test]
    fn builds_from_compose_ci_and_guesses() {
        let p = project_from_txtar("-- compose.yaml --\nservices:\n  api:\n    build:\n      context: ./backend\n      target: runtime\n  worker:\n    build:\n      context: ./backend\n      target: runtime\n-- backend/Dockerfile --\nFROM python:3.12-slim AS base\nFROM base AS builder\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nFROM base AS runtime\nCOPY --from=builder /usr/local /usr/local\nCOPY app/ /app/\nFROM base AS test\nRUN pytest\n-- backend/requirements.txt --\nfastapi\n-- backend/.dockerignore --\napp/\n-- tools/Dockerfile --\nFROM alpine:3.20\nCOPY run.sh /run.sh\n");
        assert_eq!(p.images.len(), 2, "{:#?}", p.images);
        let api = &p.images[0];
        assert_eq!(api.context, "backend");
        assert_eq!(api.confidence, Confidence::High);
        assert_eq!(api.origins.len(), 2, "api and worker share one build");
        assert_eq!(api.shipped_stage, Some(2));
        let stages = &p.dockerfile(api.dockerfile).unwrap().stages;
        let shipped: Vec<usize> = api.shipped_stages(stages).into_iter().collect();
        assert_eq!(shipped, [0, 1, 2], "the test stage never ships");
        assert_eq!(
            p.file(api.dockerignore.unwrap()).path,
            "backend/.dockerignore"
        );
        let app = api
            .context_copies
            .iter()
            .find(|c| c.source == "app/")
            .unwrap();
        assert!(app.ignored);
        assert!(!app.exists);
        let req = api
            .context_copies
            .iter()
            .find(|c| c.source == "requirements.txt")
            .unwrap();
        assert!(req.exists && !req.ignored);
        assert_eq!(req.repo_path.as_deref(), Some("backend/requirements.txt"));
        let tools = &p.images[1];
        assert_eq!(tools.confidence, Confidence::Medium);
        assert_eq!(tools.context, "tools");
    }

    #[test]
    fn paths_in_an_override_resolve_from_the_first_file() {
        let p = project_from_txtar("-- compose.yml --\nservices:\n  api:\n    image: app\n  worker:\n    image: app\n-- deploy/compose.prod.yml --\nservices:\n  api:\n    build: ./backend\n  worker:\n    command: celery -A app worker\n-- backend/Dockerfile --\nFROM python:3.12-slim\n");
        let img = p.images.iter().find(|i| !i.origins.is_empty()).unwrap();
        assert_eq!(img.context, "backend");
    }
}
