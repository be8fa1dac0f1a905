//! CI in the model: every workflow's jobs and steps, the environment each sets, and what the
//! steps do with containers: compose files they run, images they build, push and scan, how they
//! deploy, and the env files they write. GitHub Actions workflows are read as YAML; other CI
//! systems (GitLab, Bitbucket, Drone, ...) as shell lines under their `script:` keys.
//!
//! Built by a pure function of the CI files ([`build`]); rules read [`CiModel`] and never scan
//! workflow text themselves.

use super::{FileId, SourceFile};
use seaworthy_syntax::shell::{self, SimpleCommand};
use seaworthy_syntax::yaml::{self, NodeId, Yaml};
use seaworthy_syntax::{FileKind, Span};

/// What a job is for, from its id, name, GitHub `environment:` and the workflow's name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum JobPurpose {
    Deploy,
    Release,
    Test,
    Build,
    Other,
}

impl JobPurpose {
    fn from_words(words: &str) -> JobPurpose {
        let w = words.to_ascii_lowercase();
        let has = |needles: &[&str]| {
            w.split(|c: char| !c.is_ascii_alphanumeric())
                .any(|t| needles.contains(&t))
        };
        if has(&[
            "deploy",
            "deployment",
            "production",
            "prod",
            "rollout",
            "ship",
        ]) {
            JobPurpose::Deploy
        } else if has(&["release", "publish", "push"]) {
            JobPurpose::Release
        } else if has(&[
            "test",
            "tests",
            "testing",
            "ci",
            "check",
            "checks",
            "lint",
            "e2e",
            "integration",
            "pytest",
            "verify",
        ]) {
            JobPurpose::Test
        } else if has(&["build", "image", "images", "docker"]) {
            JobPurpose::Build
        } else {
            JobPurpose::Other
        }
    }
}

/// A shell script of a step (`run:`), with where it is in the file.
#[derive(Debug, Clone)]
pub struct Script {
    pub text: String,
    /// Span of the whole value in the workflow file.
    pub span: Span,
    /// The value is a plain one-line scalar: offsets into `text` are offsets from `span.start`.
    pub exact: bool,
}

impl Script {
    /// The span in the workflow file of a command parsed from [`Script::text`]: exact for plain
    /// one-line scalars, else the line of the file that holds the command's first line.
    pub fn locate(&self, file_text: &str, cmd: Span) -> Span {
        if self.exact {
            return cmd.offset(self.span.start as usize);
        }
        let first_line = cmd.slice(&self.text).lines().next().unwrap_or("").trim();
        if first_line.is_empty() {
            return self.span;
        }
        let region = self.span.slice(file_text);
        match region.find(first_line) {
            Some(i) => {
                let start = self.span.start as usize + i;
                Span::new(start, start + first_line.len())
            }
            None => self.span,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Step {
    pub name: Option<String>,
    pub span: Span,
    /// `uses: owner/action@ref`
    pub uses: Option<(String, Span)>,
    pub run: Option<Script>,
    /// `with:` inputs (key, value).
    pub with: Vec<(String, String)>,
    pub env: Vec<String>,
    pub working_directory: Option<String>,
    pub continue_on_error: bool,
}

impl Step {
    pub fn uses_action(&self, prefix: &str) -> bool {
        self.uses
            .as_ref()
            .is_some_and(|(u, _)| u.to_ascii_lowercase().starts_with(prefix))
    }

    pub fn input(&self, key: &str) -> Option<&str> {
        self.with
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// The shell commands of `run:`.
    pub fn commands(&self) -> Vec<SimpleCommand> {
        self.run
            .as_ref()
            .map(|s| shell::parse(&s.text))
            .unwrap_or_default()
    }
}

#[derive(Debug, Clone)]
pub struct Job {
    pub id: String,
    pub name: Option<String>,
    pub span: Span,
    pub purpose: JobPurpose,
    pub env: Vec<String>,
    pub steps: Vec<Step>,
    pub working_directory: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Workflow {
    pub file: FileId,
    pub name: Option<String>,
    /// Variables the workflow sets anywhere (`env:` at workflow, job or step level; GitLab
    /// `variables:`).
    pub variables: Vec<String>,
    pub jobs: Vec<Job>,
    /// Not GitHub Actions: the shell lines of `script:`-style keys, as one pseudo-job.
    pub generic: bool,
}

/// An image build a CI step runs.
#[derive(Debug, Clone)]
pub struct CiImageBuild {
    pub file: FileId,
    pub span: Span,
    /// `-f`/`file:` relative to the repository root, when given.
    pub dockerfile: Option<String>,
    /// Build context relative to the repository root (`.` when not given).
    pub context: String,
    pub push: bool,
    pub job: JobPurpose,
}

/// A deployment step (ssh to a host, `docker stack deploy`, kubectl/helm, a deploy action).
#[derive(Debug, Clone)]
pub struct CiDeployStep {
    pub file: FileId,
    pub span: Span,
    pub how: String,
}

#[derive(Debug, Default)]
pub struct CiModel {
    pub workflows: Vec<Workflow>,
    pub image_builds: Vec<CiImageBuild>,
    /// Steps that scan images or Dockerfiles (trivy, grype, snyk, docker scout, hadolint, ...).
    pub scans: Vec<(FileId, Span, String)>,
    pub pushes: Vec<(FileId, Span)>,
    pub deploys: Vec<CiDeployStep>,
    /// Env files the CI writes before it runs compose (`echo X=1 >> .env`, `cp .env.example
    /// .env`, `cat > .env <<EOF`): (workflow, span, path relative to the root).
    pub env_files_written: Vec<(FileId, Span, String)>,
}

impl CiModel {
    pub fn workflow(&self, file: FileId) -> Option<&Workflow> {
        self.workflows.iter().find(|w| w.file == file)
    }

    /// Variables a CI workflow that mentions `name` (a compose file name) sets.
    pub fn variables_for<'a>(
        &'a self,
        files: &'a [SourceFile],
        name: &'a str,
    ) -> impl Iterator<Item = &'a String> + 'a {
        self.workflows
            .iter()
            .filter(move |w| files.get(w.file).is_some_and(|f| f.text.contains(name)))
            .flat_map(|w| w.variables.iter())
    }

    /// Does a CI step write this env file (relative to the root)?
    pub fn writes_env_file(&self, path: &str) -> bool {
        self.env_files_written.iter().any(|(_, _, p)| p == path)
    }
}

/// Tools that scan images, Dockerfiles or dependencies for known problems.
pub const SCANNERS: &[&str] = &[
    "trivy",
    "grype",
    "snyk",
    "docker scout",
    "dockle",
    "clair",
    "checkov",
    "hadolint",
    "seaworthy",
    "kics",
    "osv-scanner",
    "wiz",
];
const SCAN_ACTIONS: &[&str] = &[
    "aquasecurity/trivy-action",
    "anchore/scan-action",
    "anchore/sbom-action",
    "snyk/actions",
    "docker/scout-action",
    "hadolint/hadolint-action",
    "bridgecrewio/checkov-action",
    "github/codeql-action",
    "erzz/dockle-action",
    "crazy-max/ghaction-container-scan",
];
const BUILD_ACTIONS: &[&str] = &[
    "docker/build-push-action",
    "depot/build-push-action",
    "redhat-actions/buildah-build",
    "docker/bake-action",
    "mr-smithers-excellent/docker-build-push",
];
const DEPLOY_ACTIONS: &[&str] = &[
    "appleboy/ssh-action",
    "appleboy/scp-action",
    "easingthemes/ssh-deploy",
    "azure/webapps-deploy",
    "aws-actions/amazon-ecs-deploy-task-definition",
    "google-github-actions/deploy-cloudrun",
    "azure/k8s-deploy",
    "superfly/flyctl-actions",
];

/// Parse every CI file.
pub fn build(files: &[SourceFile]) -> CiModel {
    let mut model = CiModel::default();
    for f in files
        .iter()
        .filter(|f| f.kind == FileKind::Ci && f.is_parseable() && !f.is_template())
    {
        let github = f.path.contains(".github/");
        let y = yaml::parse(&f.text);
        let wf = if github {
            github_workflow(f, &y)
        } else {
            generic_workflow(f, &y)
        };
        facts(f, &wf, &mut model);
        model.workflows.push(wf);
    }
    model
}

fn str_of(y: &Yaml, map: NodeId, key: &str) -> Option<String> {
    y.get(map, key)
        .and_then(|n| y.as_str(n))
        .map(str::to_string)
}

fn keys_of(y: &Yaml, map: Option<NodeId>) -> Vec<String> {
    map.filter(|m| y.is_map(*m))
        .map(|m| {
            y.entries(m)
                .into_iter()
                .filter_map(|(k, _)| y.as_str(k).map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

fn script(y: &Yaml, node: NodeId) -> Option<Script> {
    let text = y.as_str(node)?.to_string();
    let n = y.node(y.resolve(node));
    let plain = matches!(&n.kind, yaml::Kind::Scalar { quoted: false, .. });
    Some(Script {
        exact: plain && !text.contains('\n') && n.span.len() == text.len(),
        span: n.span,
        text,
    })
}

fn github_workflow(f: &SourceFile, y: &Yaml) -> Workflow {
    let mut wf = Workflow {
        file: f.id,
        name: None,
        variables: Vec::new(),
        jobs: Vec::new(),
        generic: false,
    };
    let Some(root) = y.root().filter(|r| y.is_map(*r)) else {
        return wf;
    };
    wf.name = str_of(y, root, "name");
    wf.variables.extend(keys_of(y, y.get(root, "env")));
    let wf_dir = y
        .get(root, "defaults")
        .and_then(|d| y.get(d, "run"))
        .and_then(|r| str_of(y, r, "working-directory"));
    let Some(jobs) = y.get(root, "jobs").filter(|j| y.is_map(*j)) else {
        return wf;
    };
    for (k, v) in y.entries(jobs) {
        let Some(id) = y.as_str(k) else { continue };
        if !y.is_map(v) {
            continue;
        }
        let name = str_of(y, v, "name");
        let environment = y.get(v, "environment").and_then(|e| {
            y.as_str(e)
                .map(str::to_string)
                .or_else(|| str_of(y, e, "name"))
        });
        let purpose_words = format!(
            "{id} {} {}",
            name.as_deref().unwrap_or(""),
            environment.as_deref().unwrap_or("")
        );
        let mut purpose = JobPurpose::from_words(&purpose_words);
        if purpose == JobPurpose::Other {
            purpose = JobPurpose::from_words(wf.name.as_deref().unwrap_or(""));
        }
        let env = keys_of(y, y.get(v, "env"));
        wf.variables.extend(env.iter().cloned());
        let job_dir = y
            .get(v, "defaults")
            .and_then(|d| y.get(d, "run"))
            .and_then(|r| str_of(y, r, "working-directory"))
            .or_else(|| wf_dir.clone());
        let mut steps = Vec::new();
        for s in y.get(v, "steps").and_then(|s| y.as_seq(s)).unwrap_or(&[]) {
            let s = *s;
            if !y.is_map(s) {
                continue;
            }
            let step_env = keys_of(y, y.get(s, "env"));
            wf.variables.extend(step_env.iter().cloned());
            let with = y
                .get(s, "with")
                .filter(|w| y.is_map(*w))
                .map(|w| {
                    y.entries(w)
                        .into_iter()
                        .filter_map(|(k, v)| {
                            Some((y.as_str(k)?.to_string(), y.as_str(v)?.to_string()))
                        })
                        .collect()
                })
                .unwrap_or_default();
            steps.push(Step {
                name: str_of(y, s, "name"),
                span: y.span(s),
                uses: y
                    .get(s, "uses")
                    .and_then(|u| Some((y.as_str(u)?.to_string(), y.span(u)))),
                run: y.get(s, "run").and_then(|r| script(y, r)),
                with,
                env: step_env,
                working_directory: str_of(y, s, "working-directory").or_else(|| job_dir.clone()),
                continue_on_error: y
                    .get(s, "continue-on-error")
                    .and_then(|c| y.as_str(c))
                    .is_some_and(|c| c == "true"),
            });
        }
        wf.jobs.push(Job {
            id: id.to_string(),
            name,
            span: y.span(k),
            purpose,
            env,
            steps,
            working_directory: job_dir,
        });
    }
    wf
}

/// GitLab CI, Bitbucket, Drone, Woodpecker, ...: every `script:`-like list of shell lines, one
/// pseudo-job per top-level key.
fn generic_workflow(f: &SourceFile, y: &Yaml) -> Workflow {
    let mut wf = Workflow {
        file: f.id,
        name: None,
        variables: Vec::new(),
        jobs: Vec::new(),
        generic: true,
    };
    // variables anywhere
    for node in 0..y.nodes.len() {
        for key in ["env", "variables", "environment"] {
            if let Some(m) = y.get(node, key).filter(|m| y.is_map(*m)) {
                wf.variables.extend(keys_of(y, Some(m)));
            }
        }
    }
    let Some(root) = y.root().filter(|r| y.is_map(*r)) else {
        return wf;
    };
    for (k, v) in y.entries(root) {
        let Some(id) = y.as_str(k) else { continue };
        let mut steps = Vec::new();
        collect_scripts(y, v, 0, &mut steps);
        if steps.is_empty() {
            continue;
        }
        wf.jobs.push(Job {
            id: id.to_string(),
            name: None,
            span: y.span(k),
            purpose: JobPurpose::from_words(id),
            env: Vec::new(),
            steps,
            working_directory: None,
        });
    }
    wf
}

fn collect_scripts(y: &Yaml, node: NodeId, depth: usize, out: &mut Vec<Step>) {
    if depth > 12 {
        return;
    }
    if !y.is_map(node) {
        if let Some(items) = y.as_seq(node) {
            for i in items {
                collect_scripts(y, *i, depth + 1, out);
            }
        }
        return;
    }
    for (k, v) in y.entries(node) {
        let key = y.as_str(k).unwrap_or("");
        if matches!(
            key,
            "script" | "before_script" | "after_script" | "commands" | "run" | "command"
        ) {
            let lines: Vec<NodeId> = match y.as_seq(v) {
                Some(items) => items.to_vec(),
                None => vec![v],
            };
            for l in lines {
                if let Some(s) = script(y, l) {
                    out.push(Step {
                        name: None,
                        span: s.span,
                        uses: None,
                        run: Some(s),
                        with: Vec::new(),
                        env: Vec::new(),
                        working_directory: None,
                        continue_on_error: false,
                    });
                }
            }
        } else {
            collect_scripts(y, v, depth + 1, out);
        }
    }
}

fn word_is(w: &str, names: &[&str]) -> bool {
    let base = w.rsplit('/').next().unwrap_or(w);
    names.contains(&base)
}

/// Value of `-x v`, `--long v` or `--long=v` in argv.
pub fn flag_values(argv: &[String], short: &[&str], long: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < argv.len() {
        let w = &argv[i];
        if short.contains(&w.as_str()) || long.contains(&w.as_str()) {
            if let Some(v) = argv.get(i + 1) {
                out.push(v.clone());
            }
            i += 2;
            continue;
        }
        if let Some((k, v)) = w.split_once('=') {
            if long.contains(&k) {
                out.push(v.to_string());
            }
        }
        i += 1;
    }
    out
}

fn facts(f: &SourceFile, wf: &Workflow, model: &mut CiModel) {
    for job in &wf.jobs {
        for step in &job.steps {
            // actions
            if let Some((uses, span)) = &step.uses {
                let u = uses.to_ascii_lowercase();
                if SCAN_ACTIONS.iter().any(|a| u.starts_with(a)) {
                    model.scans.push((f.id, *span, uses.clone()));
                }
                if BUILD_ACTIONS.iter().any(|a| u.starts_with(a)) {
                    let push = step.input("push").is_some_and(|p| p.contains("true"));
                    model.image_builds.push(CiImageBuild {
                        file: f.id,
                        span: *span,
                        dockerfile: step.input("file").map(super::normalize_path),
                        context: super::normalize_path(step.input("context").unwrap_or(".")),
                        push,
                        job: job.purpose,
                    });
                    if push {
                        model.pushes.push((f.id, *span));
                    }
                }
                if DEPLOY_ACTIONS.iter().any(|a| u.starts_with(a)) {
                    model.deploys.push(CiDeployStep {
                        file: f.id,
                        span: *span,
                        how: uses.clone(),
                    });
                }
            }
            let Some(s) = &step.run else { continue };
            let lower = s.text.to_ascii_lowercase();
            if let Some(scanner) = SCANNERS.iter().find(|n| lower.contains(*n)) {
                model.scans.push((f.id, s.span, scanner.to_string()));
            }
            let cwd = step.working_directory.as_deref().unwrap_or("");
            for cmd in shell::parse(&s.text) {
                let argv: Vec<String> = cmd.argv().iter().map(|w| w.text.clone()).collect();
                let span = s.locate(&f.text, cmd.span);
                let Some(prog) = argv.first() else { continue };
                // docker build / buildx build / podman build
                let build_at = if word_is(prog, &["docker", "podman"]) {
                    match (
                        argv.get(1).map(String::as_str),
                        argv.get(2).map(String::as_str),
                    ) {
                        (Some("build"), _) => Some(2),
                        (Some("buildx" | "image"), Some("build")) => Some(3),
                        _ => None,
                    }
                } else if word_is(prog, &["buildah"]) && argv.get(1).is_some_and(|a| a == "bud") {
                    Some(2)
                } else {
                    None
                };
                if let Some(at) = build_at {
                    let rest = &argv[at..];
                    let dockerfile = flag_values(rest, &["-f"], &["--file"]).pop();
                    let context = positional(rest).unwrap_or_else(|| ".".into());
                    let push = rest.iter().any(|a| a == "--push");
                    model.image_builds.push(CiImageBuild {
                        file: f.id,
                        span,
                        dockerfile: dockerfile.map(|d| super::join_path(cwd, &d)),
                        context: super::join_path(cwd, &context),
                        push,
                        job: job.purpose,
                    });
                    if push {
                        model.pushes.push((f.id, span));
                    }
                }
                if word_is(prog, &["docker", "podman"]) && argv.get(1).is_some_and(|a| a == "push")
                    || word_is(prog, &["docker", "docker-compose"])
                        && argv.iter().any(|a| a == "push")
                        && argv
                            .iter()
                            .any(|a| a == "compose" || prog.ends_with("compose"))
                {
                    model.pushes.push((f.id, span));
                }
                // deployment steps
                let deploy = if word_is(prog, &["ssh", "scp", "rsync", "sshpass"]) {
                    Some(prog.rsplit('/').next().unwrap_or(prog).to_string())
                } else if word_is(
                    prog,
                    &["kubectl", "helm", "flyctl", "fly", "ansible-playbook"],
                ) || word_is(prog, &["docker"])
                    && argv.get(1).is_some_and(|a| a == "stack")
                    && argv.get(2).is_some_and(|a| a == "deploy")
                {
                    Some(argv.iter().take(3).cloned().collect::<Vec<_>>().join(" "))
                } else {
                    None
                };
                if let Some(how) = deploy {
                    model.deploys.push(CiDeployStep {
                        file: f.id,
                        span,
                        how,
                    });
                }
                // env files written: `... > .env`, `... >> .env`, `cp X .env`, `mv X .env`,
                // `envsubst < t > .env`, `touch .env`
                for r in &cmd.redirects {
                    if is_env_file_name(&r.text) {
                        model
                            .env_files_written
                            .push((f.id, span, super::join_path(cwd, &r.text)));
                    }
                }
                if word_is(prog, &["cp", "mv", "touch", "install", "ln"]) {
                    if let Some(dest) = argv.last().filter(|d| is_env_file_name(d)) {
                        model
                            .env_files_written
                            .push((f.id, span, super::join_path(cwd, dest)));
                    }
                }
            }
        }
    }
}

/// `.env`, `.env.prod`, `prod.env`, `config/app.env`.
fn is_env_file_name(p: &str) -> bool {
    let name = p.rsplit('/').next().unwrap_or(p);
    !p.contains('$') && (name == ".env" || name.starts_with(".env.") || name.ends_with(".env"))
}

/// The first positional argument (skipping options and their values) of a `docker build`.
fn positional(args: &[String]) -> Option<String> {
    const WITH_VALUE: &[&str] = &[
        "-f",
        "--file",
        "-t",
        "--tag",
        "--build-arg",
        "--target",
        "--platform",
        "--label",
        "--cache-from",
        "--cache-to",
        "--secret",
        "--ssh",
        "--network",
        "--progress",
        "--builder",
        "-o",
        "--output",
        "--build-context",
        "--iidfile",
        "--metadata-file",
        "--add-host",
        "--shm-size",
        "--ulimit",
        "--allow",
        "--attest",
        "--annotation",
    ];
    let mut i = 0;
    while i < args.len() {
        let a = &args[i];
        if WITH_VALUE.contains(&a.as_str()) {
            i += 2;
            continue;
        }
        if a.starts_with('-') {
            i += 1;
            continue;
        }
        return Some(a.clone());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::project_from_txtar;

    #[test]
    fn github_workflow_facts() {
        let p = project_from_txtar(
            "-- .github/workflows/deploy.yml --\nname: Deploy\non: push\nenv:\n  REGISTRY: ghcr.io\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: cp .env.example .env && docker compose -f compose.yml -f compose.test.yml run api pytest\n  deploy:\n    runs-on: ubuntu-latest\n    environment: production\n    env:\n      DOMAIN: example.com\n    steps:\n      - uses: docker/build-push-action@v6\n        with:\n          context: ./backend\n          push: true\n      - uses: aquasecurity/trivy-action@master\n      - run: |\n          echo \"SECRET_KEY=${{ secrets.KEY }}\" >> .env\n          ssh deploy@host 'docker compose pull && docker compose up -d'\n",
        );
        let ci = &p.ci;
        assert_eq!(ci.workflows.len(), 1);
        let wf = &ci.workflows[0];
        assert_eq!(wf.jobs.len(), 2);
        assert_eq!(wf.jobs[0].purpose, JobPurpose::Test);
        assert_eq!(wf.jobs[1].purpose, JobPurpose::Deploy);
        assert!(wf.variables.iter().any(|v| v == "DOMAIN"));
        assert!(wf.variables.iter().any(|v| v == "REGISTRY"));
        assert_eq!(ci.image_builds.len(), 1);
        assert_eq!(ci.image_builds[0].context, "backend");
        assert!(ci.image_builds[0].push);
        assert_eq!(ci.scans.len(), 1);
        assert_eq!(ci.deploys.len(), 1);
        assert_eq!(ci.deploys[0].how, "ssh");
        assert!(ci.writes_env_file(".env"));
        // the span of a command inside a block scalar points at its line
        let text = &p.file(wf.file).text;
        let (_, span, _) = ci
            .env_files_written
            .iter()
            .find(|(_, s, _)| s.slice(text).starts_with("echo"))
            .unwrap();
        assert!(span.slice(text).starts_with("echo \"SECRET_KEY"));
    }

    #[test]
    fn gitlab_scripts() {
        let p = project_from_txtar(
            "-- .gitlab-ci.yml --\nvariables:\n  POSTGRES_DB: app\nbuild:\n  stage: build\n  script:\n    - docker build -f docker/Dockerfile -t $CI_REGISTRY_IMAGE .\n    - docker push $CI_REGISTRY_IMAGE\n",
        );
        let ci = &p.ci;
        assert!(ci.workflows[0].generic);
        assert!(ci.workflows[0].variables.iter().any(|v| v == "POSTGRES_DB"));
        assert_eq!(ci.image_builds.len(), 1);
        assert_eq!(
            ci.image_builds[0].dockerfile.as_deref(),
            Some("docker/Dockerfile")
        );
        assert_eq!(ci.pushes.len(), 1);
    }
}
