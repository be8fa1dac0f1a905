//! Compose in the model: every compose file parsed into a span tree and a typed view, values
//! interpolated against the `.env` next to it (with the origin of every value), validated against
//! the compose specification's JSON schema, and the specification's merge rules
//! ([`ResolvedService`]). Which files are merged together is the deployment model's question
//! ([`super::deploy`]).

use super::{join_path, FileId, Project};
use seaworthy_syntax::compose::{
    self, Build, ComposeFile, Dependency, EnvVar, Healthcheck, Mount, Port, Service, Str,
};
use seaworthy_syntax::interpolate::{interpolate, Interpolated};
use seaworthy_syntax::yaml::{self, Expansion, Yaml};
use seaworthy_syntax::{FileKind, Span};
use std::collections::HashMap;

/// Where an interpolated value came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnvOrigin {
    pub value: String,
    pub file: FileId,
    pub span: Span,
}

#[derive(Debug)]
pub struct ComposeDoc {
    pub file: FileId,
    pub yaml: Yaml,
    pub view: ComposeFile,
    /// Variables of the `.env` in the compose file's directory.
    pub dotenv: HashMap<String, EnvOrigin>,
    /// Schema violations: (message, span).
    pub schema_errors: Vec<(String, Span)>,
    /// A template (`{{ }}`/`{% %}` in its path or text): its values and sections may be generated.
    pub templated: bool,
}

impl ComposeDoc {
    /// Interpolate a raw value with this file's `.env`.
    pub fn interpolate(&self, raw: &str) -> Interpolated {
        interpolate(raw, &|k| self.dotenv.get(k).map(|o| o.value.clone()))
    }
}

/// A service as merged across the files of a project: `layers` in merge order (base first).
#[derive(Debug, Clone)]
pub struct MergedService {
    pub name: String,
    /// (compose file, index into that file's `view.services`)
    pub layers: Vec<(FileId, usize)>,
    /// Services this one `extends` (transitively, the farthest first): they are merged under
    /// `layers`.
    pub extends: Vec<(FileId, usize)>,
}

impl MergedService {
    /// Every layer in merge order: extended services first, then the service's own files.
    pub fn all_layers(&self) -> impl DoubleEndedIterator<Item = &(FileId, usize)> {
        self.extends.iter().chain(&self.layers)
    }
}

/// A value of a resolved service and the compose file it comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layered<T> {
    pub file: FileId,
    pub value: T,
}

impl<T> Layered<T> {
    fn new(file: FileId, value: T) -> Self {
        Layered { file, value }
    }
}

/// A service after the compose specification's merge rules have been applied across its layers
/// (`extends`, base file, overrides), each value with the file it comes from. Mappings merge by
/// key (`environment`, `depends_on`, `build.args`, `networks`), "unique resources" merge by their
/// key (`ports` by ip/target/published/protocol, `volumes` and `secrets` by target), other
/// sequences append, and single values, `command`, `entrypoint` and `healthcheck.test` are
/// replaced by the latest file. `!reset` clears an attribute, `!override` replaces it whole.
#[derive(Debug, Clone, Default)]
pub struct ResolvedService {
    pub name: String,
    pub image: Option<Layered<Str>>,
    pub build: Option<Layered<Build>>,
    pub command: Option<Layered<(Vec<String>, Span)>>,
    pub entrypoint: Option<Layered<(Vec<String>, Span)>>,
    pub healthcheck: Option<Layered<Healthcheck>>,
    pub restart: Option<Layered<Str>>,
    pub user: Option<Layered<Str>>,
    pub network_mode: Option<Layered<Str>>,
    pub stop_grace_period: Option<Layered<Str>>,
    pub privileged: Option<Layered<Span>>,
    pub deploy_replicas: Option<Layered<u32>>,
    pub has_limits: bool,
    /// `deploy.replicas` as written (see [`ResolvedService::replica_count`]).
    pub replicas: Option<Layered<Str>>,
    /// The CPU limit as written (`deploy.resources.limits.cpus` or `cpus:`).
    pub cpus: Option<Layered<Str>>,
    pub environment: Vec<Layered<EnvVar>>,
    pub env_file: Vec<Layered<Str>>,
    pub ports: Vec<Layered<Port>>,
    pub expose: Vec<Layered<Str>>,
    pub depends_on: Vec<Layered<Dependency>>,
    pub networks: Vec<Layered<Str>>,
    pub volumes: Vec<Layered<Mount>>,
    pub secrets: Vec<Layered<Str>>,
    pub profiles: Vec<String>,
    /// Network aliases (more DNS names of the service).
    pub aliases: Vec<Layered<Str>>,
    /// `links:`/`external_links:` as (service, alias).
    pub links: Vec<Layered<(String, Str)>>,
    /// Host names of `extra_hosts:`.
    pub extra_hosts: Vec<Layered<Str>>,
}

/// Merge `items` into `into` by a key: an entry with the same key is replaced where it stands,
/// new ones are appended.
fn merge_keyed<T: Clone, K: PartialEq>(
    into: &mut Vec<Layered<T>>,
    file: FileId,
    items: &[T],
    key: impl Fn(&T) -> K,
) {
    if items.is_empty() {
        return;
    }
    // the keys of what is there, worked out once (not once per comparison)
    let mut keys: Vec<K> = into.iter().map(|x| key(&x.value)).collect();
    for it in items {
        let k = key(it);
        let v = Layered::new(file, it.clone());
        match keys.iter().position(|x| *x == k) {
            Some(at) => into[at] = v,
            None => {
                into.push(v);
                keys.push(k);
            }
        }
    }
}

fn port_key(p: &Port) -> (Option<String>, String, Option<String>, String) {
    (
        p.host_ip.clone(),
        p.target.clone(),
        p.published.clone(),
        p.protocol.clone().unwrap_or_else(|| "tcp".into()),
    )
}

impl ResolvedService {
    fn apply(&mut self, file: FileId, sv: &Service) {
        let tag = |field: &str| {
            sv.merge_tags
                .iter()
                .find(|(f, _)| f == field)
                .map(|(_, t)| t.as_str())
        };
        // `!reset` drops what the earlier files said; `!override` replaces instead of merging
        for (field, t) in &sv.merge_tags {
            if t == "!reset" || t == "!override" {
                self.clear(field);
            }
        }
        // single values: the latest file that sets one wins
        macro_rules! single {
            ($($f:ident),*) => { $(
                if let Some(v) = &sv.$f {
                    self.$f = Some(Layered::new(file, v.clone()));
                }
            )* };
        }
        single!(
            image,
            restart,
            user,
            network_mode,
            stop_grace_period,
            command,
            entrypoint,
            privileged,
            deploy_replicas,
            replicas,
            cpus
        );
        self.has_limits |= sv.has_limits;
        if let Some(hc) = &sv.healthcheck {
            // a mapping: a later file that only tunes intervals keeps the earlier `test`
            let keep_test = hc.test.is_empty() && !hc.disabled && tag("healthcheck").is_none();
            let mut value = hc.clone();
            if let (true, Some(prev)) = (keep_test, &self.healthcheck) {
                value.test = prev.value.test.clone();
                value.shell = prev.value.shell;
                value.test_span = prev.value.test_span;
            }
            self.healthcheck = Some(Layered::new(file, value));
        }
        if let Some(b) = &sv.build {
            match &mut self.build {
                Some(prev) => {
                    let mut merged = prev.value.clone();
                    // an absent `context` reads as "." in the typed view: keep the earlier one then
                    if b.context != "." {
                        merged.context = b.context.clone();
                    }
                    if b.dockerfile.is_some() {
                        merged.dockerfile = b.dockerfile.clone();
                    }
                    if b.target.is_some() {
                        merged.target = b.target.clone();
                    }
                    for a in &b.args {
                        merged.args.retain(|x| x.0.value != a.0.value);
                        merged.args.push(a.clone());
                    }
                    merged.span = b.span;
                    *prev = Layered::new(file, merged);
                }
                None => self.build = Some(Layered::new(file, b.clone())),
            }
        }
        merge_keyed(&mut self.environment, file, &sv.environment, |e| {
            e.key.clone()
        });
        merge_keyed(&mut self.depends_on, file, &sv.depends_on, |d| {
            d.service.clone()
        });
        merge_keyed(&mut self.networks, file, &sv.networks, |n| n.value.clone());
        merge_keyed(&mut self.ports, file, &sv.ports, port_key);
        merge_keyed(&mut self.volumes, file, &sv.volumes, |m| m.target.clone());
        merge_keyed(&mut self.secrets, file, &sv.secrets, |s| s.value.clone());
        merge_keyed(&mut self.aliases, file, &sv.aliases, |a| a.value.clone());
        merge_keyed(&mut self.links, file, &sv.links, |l| l.1.value.clone());
        merge_keyed(&mut self.extra_hosts, file, &sv.extra_hosts, |h| {
            h.value.clone()
        });
        // plain sequences append
        self.env_file
            .extend(sv.env_file.iter().map(|v| Layered::new(file, v.clone())));
        self.expose
            .extend(sv.expose.iter().map(|v| Layered::new(file, v.clone())));
        for p in &sv.profiles {
            if !self.profiles.contains(p) {
                self.profiles.push(p.clone());
            }
        }
    }

    fn clear(&mut self, field: &str) {
        match field {
            "image" => self.image = None,
            "build" => self.build = None,
            "command" => self.command = None,
            "entrypoint" => self.entrypoint = None,
            "healthcheck" => self.healthcheck = None,
            "restart" => self.restart = None,
            "user" => self.user = None,
            "network_mode" => self.network_mode = None,
            "stop_grace_period" => self.stop_grace_period = None,
            "privileged" => self.privileged = None,
            "environment" => self.environment.clear(),
            "env_file" => self.env_file.clear(),
            "ports" => self.ports.clear(),
            "expose" => self.expose.clear(),
            "depends_on" => self.depends_on.clear(),
            "networks" => {
                self.networks.clear();
                self.aliases.clear();
            }
            "links" | "external_links" => self.links.clear(),
            "extra_hosts" => self.extra_hosts.clear(),
            "volumes" => self.volumes.clear(),
            "secrets" => self.secrets.clear(),
            "profiles" => self.profiles.clear(),
            "deploy" => {
                self.deploy_replicas = None;
                self.has_limits = false;
                self.replicas = None;
                self.cpus = None;
            }
            _ => {}
        }
    }
}

#[derive(Debug, Default)]
pub struct ComposeModel {
    pub docs: Vec<ComposeDoc>,
}

impl ComposeModel {
    pub fn doc(&self, file: FileId) -> Option<&ComposeDoc> {
        // built in file order: one binary search, not a scan per lookup
        self.docs
            .binary_search_by_key(&file, |d| d.file)
            .ok()
            .and_then(|i| self.docs.get(i))
    }

    /// (doc, service) of a layer.
    pub fn layer(&self, (file, idx): (FileId, usize)) -> Option<(&ComposeDoc, &Service)> {
        let d = self.doc(file)?;
        Some((d, d.view.services.get(idx)?))
    }

    /// The service with the compose specification's merge rules applied across its layers.
    pub fn resolve(&self, s: &MergedService) -> ResolvedService {
        let mut r = ResolvedService {
            name: s.name.clone(),
            ..Default::default()
        };
        for l in s.all_layers() {
            if let Some((d, sv)) = self.layer(*l) {
                r.apply(d.file, sv);
            }
        }
        r
    }

    /// The last layer's value of a field (override semantics for single values), looking
    /// through `extends` too.
    pub fn effective<'a, T>(
        &'a self,
        s: &MergedService,
        f: impl Fn(&'a Service) -> Option<T>,
    ) -> Option<(FileId, T)> {
        s.all_layers().rev().find_map(|l| {
            let (d, sv) = self.layer(*l)?;
            f(sv).map(|v| (d.file, v))
        })
    }

    /// Every (doc, service) pair in every file.
    pub fn all_services(&self) -> impl Iterator<Item = (&ComposeDoc, &Service)> {
        self.docs
            .iter()
            .flat_map(|d| d.view.services.iter().map(move |s| (d, s)))
    }
}

pub use super::deploy::{is_base, is_override};

fn schema() -> Option<&'static jsonschema::Validator> {
    static V: std::sync::OnceLock<Option<jsonschema::Validator>> = std::sync::OnceLock::new();
    V.get_or_init(|| {
        let mut schema: serde_json::Value =
            serde_json::from_str(include_str!("../../data/compose-spec.json")).ok()?;
        // its `$schema` names draft 7 by an https URL the validator would try to fetch; we say the
        // draft ourselves (no network at run time)
        if let Some(o) = schema.as_object_mut() {
            o.remove("$schema");
        }
        jsonschema::options()
            .with_draft(jsonschema::Draft::Draft7)
            .build(&schema)
            .ok()
    })
    .as_ref()
}

/// The YAML node at a JSON pointer (`/services/web/ports/0`), for error spans.
fn node_at(y: &Yaml, root: yaml::NodeId, pointer: &str) -> yaml::NodeId {
    let mut cur = root;
    for seg in pointer.split('/').filter(|s| !s.is_empty()) {
        let seg = seg.replace("~1", "/").replace("~0", "~");
        let next = if let Ok(i) = seg.parse::<usize>() {
            y.as_seq(cur).and_then(|items| items.get(i).copied())
        } else {
            y.get(cur, &seg)
        };
        match next {
            Some(n) => cur = n,
            None => break,
        }
    }
    cur
}

pub(super) fn build(project: &mut Project) {
    use rayon::prelude::*;
    // each file is parsed and validated on its own: in parallel, collected in file order
    let parsed: Vec<(ComposeDoc, Problems)> = project
        .files
        .iter()
        .filter(|f| f.kind == FileKind::Compose && f.is_parseable())
        .collect::<Vec<_>>()
        .into_par_iter()
        .map(|f| parse_doc(project, f))
        .collect();
    let mut docs = Vec::with_capacity(parsed.len());
    for (doc, problems) in parsed {
        for (file, span, msg) in problems {
            project.add_parse_problem(file, span, msg);
        }
        docs.push(doc);
    }
    // credential values are found by `sensitive::collect` once every model is built
    project.compose = ComposeModel { docs };
}

type Problems = Vec<(FileId, Span, String)>;

/// One compose file: parsed, interpolated against its `.env`, validated.
fn parse_doc(project: &Project, f: &super::SourceFile) -> (ComposeDoc, Problems) {
    let mut problems = Vec::new();
    let y = yaml::parse(&f.text);
    for e in &y.errors {
        problems.push((f.id, e.span, format!("YAML: {}", e.message)));
    }
    // structural validation (templates are not validated: their placeholders are not YAML values yet)
    // (nor a document that is not a mapping at all: that is already one parse finding). The typed
    // view and the validation each read the tree on their own: a large file does both at once.
    let templated = f.is_template();
    // (the validation, whose JSON value is the large transient allocation, stays on this thread
    // as before: its memory is reused by this thread's later allocations)
    let (validation, view) = rayon::join(
        || {
            if templated || !y.errors.is_empty() {
                return None;
            }
            validate(f.id, &y)
        },
        || compose::view(&y),
    );
    for (msg, span) in &view.problems {
        problems.push((f.id, *span, msg.clone()));
    }
    // the .env next to the compose file
    let mut dotenv = HashMap::new();
    let env_path = join_path(f.dir(), ".env");
    if let Some(ef) = project.file_by_path(&env_path) {
        let parsed = seaworthy_syntax::dotenv::parse(&ef.text);
        for e in parsed.entries {
            dotenv.insert(
                e.key.clone(),
                EnvOrigin {
                    value: e.value.clone(),
                    file: ef.id,
                    span: e.span,
                },
            );
        }
    }
    let mut schema_errors = Vec::new();
    if let (Some((errors, more)), true) = (validation, view.problems.is_empty()) {
        schema_errors = errors;
        problems.extend(more);
    }
    let doc = ComposeDoc {
        file: f.id,
        yaml: y,
        view,
        dotenv,
        schema_errors,
        templated,
    };
    (doc, problems)
}

/// The file validated against the compose JSON schema: (schema violations, problems that kept it
/// from being validated); `None` when there is no document or no schema.
fn validate(file: FileId, y: &Yaml) -> Option<(Vec<(String, Span)>, Problems)> {
    let mut problems = Vec::new();
    let mut schema_errors = Vec::new();
    let (root, v) = (y.root()?, schema()?);
    match y.to_json(root, yaml::EXPANSION_BUDGET) {
        Expansion::Done(json) => {
            for err in v.iter_errors(&json).take(20) {
                let path = err.instance_path().to_string();
                let mut node = node_at(y, root, &path);
                let msg = err.to_string();
                // "Additional properties are not allowed ('x' was unexpected)": point at the key
                if let Some(name) = msg
                    .split('\'')
                    .nth(1)
                    .filter(|_| msg.contains("was unexpected"))
                {
                    if let Some(k) = y.key_of(node, name) {
                        node = k;
                    }
                }
                let msg = if msg.len() > 200 {
                    format!(
                        "{}…",
                        &msg[..msg
                            .char_indices()
                            .nth(200)
                            .map(|(i, _)| i)
                            .unwrap_or(msg.len())]
                    )
                } else {
                    msg
                };
                schema_errors.push((
                    format!(
                        "{}{msg}",
                        if path.is_empty() {
                            String::new()
                        } else {
                            format!("{path}: ")
                        }
                    ),
                    y.span(node),
                ));
            }
        }
        Expansion::OverBudget => problems.push((
            file,
            Span::EMPTY,
            format!(
                "YAML aliases and merge keys copy more than {} nodes (an alias bomb?); not validated",
                yaml::EXPANSION_BUDGET
            ),
        )),
        Expansion::TooDeep => problems.push((
            file,
            Span::EMPTY,
            format!(
                "YAML nested more than {} levels deep; not validated",
                yaml::MAX_EXPANSION_DEPTH
            ),
        )),
    }
    Some((schema_errors, problems))
}

#[cfg(test)]
mod tests {
    use crate::testing::project_from_txtar;

    #[test]
    fn projects_per_environment_and_merge() {
        let p = project_from_txtar(
            "-- docker-compose.yml --\nservices:\n  api:\n    image: app:1\n    ports: [\"8000:8000\"]\n  db:\n    image: postgres:16\n-- docker-compose.override.yml --\nservices:\n  api:\n    command: uvicorn app:app --reload\n-- docker-compose.prod.yml --\nservices:\n  api:\n    image: app:2\n-- .env --\nTAG=3\n",
        );
        let m = &p.compose;
        assert_eq!(p.deployments.len(), 3);
        let dev = p
            .deployments
            .iter()
            .find(|x| x.environment == seaworthy_syntax::Environment::Dev)
            .unwrap();
        let api = dev.services.iter().find(|s| s.name == "api").unwrap();
        assert_eq!(api.layers.len(), 2);
        // single values: the last layer wins; untouched fields come from the base
        let cmd = m
            .effective(api, |s| s.command.as_ref().map(|c| c.0.join(" ")))
            .unwrap()
            .1;
        assert!(cmd.contains("--reload"));
        let prod = p
            .deployments
            .iter()
            .find(|x| x.environment == seaworthy_syntax::Environment::Prod)
            .unwrap();
        let api = prod.services.iter().find(|s| s.name == "api").unwrap();
        let image = m
            .effective(api, |s| s.image.as_ref().map(|i| i.value.clone()))
            .unwrap()
            .1;
        assert_eq!(image, "app:2");
        assert!(m.effective(api, |s| s.command.as_ref()).is_none());
        assert_eq!(m.docs[0].interpolate("v${TAG}").value, "v3");
    }

    fn dev_project(p: &crate::project::Project) -> &crate::project::deploy::Deployment {
        p.deployments
            .iter()
            .find(|x| x.environment == seaworthy_syntax::Environment::Dev)
            .unwrap()
    }

    #[test]
    fn override_merge_follows_the_spec() {
        let p = project_from_txtar(
            "-- docker-compose.yml --\nservices:\n  api:\n    image: app:1\n    command: gunicorn app:app\n    ports:\n      - \"8000:8000\"\n      - \"9000:9000\"\n    environment:\n      A: base\n      B: base\n    volumes:\n      - data:/data\n      - ./conf:/etc/app:ro\n    env_file: [common.env]\n    healthcheck:\n      test: [\"CMD\", \"curl\", \"-f\", \"http://localhost:8000/health\"]\n    depends_on: [db]\n    build:\n      context: ./api\n      args:\n        X: \"1\"\n  db:\n    image: postgres:16\n\
-- docker-compose.override.yml --\nservices:\n  api:\n    command: [\"uvicorn\", \"app:app\", \"--reload\"]\n    ports:\n      - \"8000:8000\"\n      - \"5678:5678\"\n    environment:\n      - B=dev\n      - C=dev\n    volumes:\n      - ./conf-dev:/etc/app\n    env_file: [dev.env]\n    healthcheck:\n      interval: 5s\n    depends_on:\n      db:\n        condition: service_healthy\n    build:\n      target: dev\n      args:\n        Y: \"2\"\n",
        );
        let m = &p.compose;
        let dev = dev_project(&p);
        assert_eq!(dev.files.len(), 2);
        let api = m.resolve(dev.services.iter().find(|s| s.name == "api").unwrap());
        let path = |f| p.file(f).path.as_str();
        // command: replaced, not appended
        let cmd = api.command.as_ref().unwrap();
        assert_eq!(cmd.value.0, ["uvicorn", "app:app", "--reload"]);
        assert_eq!(path(cmd.file), "docker-compose.override.yml");
        // image: untouched single value stays from the base
        assert_eq!(path(api.image.as_ref().unwrap().file), "docker-compose.yml");
        // ports: unique by (ip, target, published, protocol): 8000 merged, 5678 appended
        let ports: Vec<_> = api
            .ports
            .iter()
            .map(|x| x.value.published.clone().unwrap_or_default())
            .collect();
        assert_eq!(ports, ["8000", "9000", "5678"]);
        assert_eq!(path(api.ports[0].file), "docker-compose.override.yml");
        // environment: merged by name, map and list syntax alike, origin per variable
        let env: Vec<_> = api
            .environment
            .iter()
            .map(|e| {
                (
                    e.value.key.as_str(),
                    e.value.value.clone().unwrap_or_default(),
                    path(e.file),
                )
            })
            .collect();
        assert_eq!(
            env,
            [
                ("A", "base".to_string(), "docker-compose.yml"),
                ("B", "dev".to_string(), "docker-compose.override.yml"),
                ("C", "dev".to_string(), "docker-compose.override.yml"),
            ]
        );
        // volumes: unique by target: /etc/app replaced (and no longer read-only)
        let vols: Vec<_> = api
            .volumes
            .iter()
            .map(|v| (v.value.target.as_str(), v.value.read_only))
            .collect();
        assert_eq!(vols, [("/data", false), ("/etc/app", false)]);
        // env_file: a plain sequence appends
        assert_eq!(api.env_file.len(), 2);
        // healthcheck: a mapping, the override only tuned the interval: the test stays
        let hc = api.healthcheck.as_ref().unwrap();
        assert!(
            hc.value.test.iter().any(|w| w == "curl"),
            "{:?}",
            hc.value.test
        );
        // depends_on: merged by service, long form wins
        assert_eq!(api.depends_on.len(), 1);
        assert_eq!(api.depends_on[0].value.condition, "service_healthy");
        // build: mapping merge, args by key
        let b = &api.build.as_ref().unwrap().value;
        assert_eq!(b.context, "./api");
        assert_eq!(b.target.as_ref().unwrap().value, "dev");
        assert_eq!(b.args.len(), 2);
    }

    #[test]
    fn reset_and_override_tags() {
        let p = project_from_txtar(
            "-- compose.yaml --\nservices:\n  web:\n    image: app\n    ports: [\"8080:80\"]\n    environment:\n      FOO: bar\n-- compose.override.yaml --\nservices:\n  web:\n    ports: !override\n      - \"8443:443\"\n    environment: !reset {}\n",
        );
        let web = p.compose.resolve(
            dev_project(&p)
                .services
                .iter()
                .find(|s| s.name == "web")
                .unwrap(),
        );
        let ports: Vec<_> = web.ports.iter().map(|x| x.value.target.as_str()).collect();
        assert_eq!(ports, ["443"]);
        assert!(web.environment.is_empty());
        assert!(web.image.is_some());
    }

    #[test]
    fn extends_and_include() {
        let p = project_from_txtar(
            "-- compose.yaml --\ninclude:\n  - infra/db.yaml\nservices:\n  worker:\n    extends:\n      file: common.yaml\n      service: base\n    command: celery -A app worker\n  beat:\n    extends: worker\n    command: celery -A app beat\n-- common.yaml --\nservices:\n  base:\n    image: app:1\n    restart: unless-stopped\n    environment:\n      LOG_LEVEL: info\n-- infra/db.yaml --\nservices:\n  db:\n    image: postgres:16\n",
        );
        let m = &p.compose;
        let proj = p
            .deployments
            .iter()
            .find(|x| x.files.iter().any(|f| p.file(*f).path == "compose.yaml"))
            .unwrap();
        // the included file's services are part of the project
        assert!(proj.services.iter().any(|s| s.name == "db"));
        assert!(proj
            .files
            .iter()
            .any(|f| p.file(*f).path == "infra/db.yaml"));
        let beat = proj.services.iter().find(|s| s.name == "beat").unwrap();
        // beat extends worker, which extends base in another file
        assert_eq!(beat.extends.len(), 2);
        let r = m.resolve(beat);
        assert_eq!(r.image.as_ref().unwrap().value.value, "app:1");
        assert_eq!(p.file(r.restart.as_ref().unwrap().file).path, "common.yaml");
        assert_eq!(r.command.as_ref().unwrap().value.0.last().unwrap(), "beat");
        assert_eq!(r.environment.len(), 1);
        // `effective` looks through extends as well
        assert!(m.effective(beat, |s| s.restart.as_ref()).is_some());
    }

    #[test]
    fn nested_and_cyclic_includes() {
        let p = project_from_txtar(
            "-- compose.yaml --\ninclude: [a/compose.yaml]\nservices:\n  web:\n    image: web:1\n-- a/compose.yaml --\ninclude: [../b/db.yaml]\nservices:\n  api:\n    image: api:1\n-- b/db.yaml --\ninclude: [../compose.yaml]\nservices:\n  db:\n    image: postgres:16\n",
        );
        let root = p
            .deployments
            .iter()
            .find(|x| x.files.iter().any(|f| p.file(*f).path == "compose.yaml"))
            .unwrap();
        let names: Vec<&str> = root.services.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["db", "api", "web"]);
        // every file belongs to the root project only
        assert_eq!(p.deployments.len(), 1, "{:?}", p.deployments);
    }

    #[test]
    fn extends_cycles_end() {
        let p = project_from_txtar(
            "-- compose.yaml --\nservices:\n  a:\n    extends: b\n    image: x\n  b:\n    extends: a\n  c:\n    extends: c\n",
        );
        let proj = &p.deployments[0];
        for s in &proj.services {
            assert!(s.extends.len() <= 2, "{:?}", s.extends);
            let _ = p.compose.resolve(s);
        }
    }

    #[test]
    fn schema_violations_have_spans() {
        let src =
            "services:\n  web:\n    image: nginx:1.27\n    ports: 80\n    restart: sometimes\n";
        let p = project_from_txtar(&format!("-- compose.yaml --\n{src}"));
        let d = &p.compose.docs[0];
        assert!(!d.schema_errors.is_empty(), "{:?}", d.schema_errors);
        assert!(
            d.schema_errors
                .iter()
                .any(|(m, s)| m.contains("/services/web/ports") && s.slice(src) == "80"),
            "{:?}",
            d.schema_errors
        );
    }

    #[test]
    fn ten_thousand_services() {
        let mut src = String::from("-- compose.yaml --\nservices:\n");
        for i in 0..10_000 {
            src.push_str(&format!("  s{i}:\n    image: busybox:1.36\n"));
        }
        let p = project_from_txtar(&src);
        assert_eq!(p.compose.docs[0].view.services.len(), 10_000);
    }
}
