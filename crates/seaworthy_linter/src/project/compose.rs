//! Compose in the model: every compose file parsed into a span tree and a typed view, values
//! interpolated against the `.env` next to it (with the origin of every value), and the files of
//! a directory merged into projects per environment: the base file with `*.override.yml` is the
//! default (dev) project, each `compose.prod.yml`-style file forms its own project with the base.
//! Structural validation against the compose specification's JSON schema happens here too.

use super::{join_path, FileId, Project};
use seaworthy_syntax::compose::{self, ComposeFile, Service};
use seaworthy_syntax::interpolate::{interpolate, Interpolated};
use seaworthy_syntax::yaml::{self, Expansion, Yaml};
use seaworthy_syntax::{Environment, FileKind, Span};
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
}

#[derive(Debug, Clone)]
pub struct ComposeProject {
    pub dir: String,
    pub environment: Environment,
    pub files: Vec<FileId>,
    pub services: Vec<MergedService>,
}

#[derive(Debug, Default)]
pub struct ComposeModel {
    pub docs: Vec<ComposeDoc>,
    pub projects: Vec<ComposeProject>,
}

impl ComposeModel {
    pub fn doc(&self, file: FileId) -> Option<&ComposeDoc> {
        self.docs.iter().find(|d| d.file == file)
    }

    /// (doc, service) of a layer.
    pub fn layer(&self, (file, idx): (FileId, usize)) -> Option<(&ComposeDoc, &Service)> {
        let d = self.doc(file)?;
        Some((d, d.view.services.get(idx)?))
    }

    /// The last layer's value of a field (override semantics for single values).
    pub fn effective<'a, T>(
        &'a self,
        s: &MergedService,
        f: impl Fn(&'a Service) -> Option<T>,
    ) -> Option<(FileId, T)> {
        s.layers.iter().rev().find_map(|l| {
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

fn is_base(name: &str) -> bool {
    matches!(
        name,
        "compose.yaml" | "compose.yml" | "docker-compose.yaml" | "docker-compose.yml"
    )
}

fn is_override(name: &str) -> bool {
    matches!(
        name,
        "compose.override.yaml"
            | "compose.override.yml"
            | "docker-compose.override.yaml"
            | "docker-compose.override.yml"
    )
}

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
    let mut docs = Vec::new();
    let mut problems = Vec::new();
    for f in project
        .files
        .iter()
        .filter(|f| f.kind == FileKind::Compose && f.is_parseable())
    {
        let y = yaml::parse(&f.text);
        for e in &y.errors {
            problems.push((f.id, e.span, format!("YAML: {}", e.message)));
        }
        let view = compose::view(&y);
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
        // structural validation (templates are not validated: their placeholders are not YAML values yet)
        let mut schema_errors = Vec::new();
        let templated = f.path.contains("{{") || f.text.contains("{{") || f.text.contains("{%");
        if let (Some(root), Some(v), false, true) =
            (y.root(), schema(), templated, y.errors.is_empty())
        {
            match y.to_json(root, yaml::EXPANSION_BUDGET) {
                Expansion::Done(json) => {
                    for err in v.iter_errors(&json).take(20) {
                        let path = err.instance_path.to_string();
                        let mut node = node_at(&y, root, &path);
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
                    f.id,
                    Span::EMPTY,
                    format!(
                        "YAML aliases expand to more than {} nodes (an alias bomb?); not validated",
                        yaml::EXPANSION_BUDGET
                    ),
                )),
            }
        }
        docs.push(ComposeDoc {
            file: f.id,
            yaml: y,
            view,
            dotenv,
            schema_errors,
        });
    }
    // projects per directory
    let mut by_dir: HashMap<String, Vec<FileId>> = HashMap::new();
    for d in &docs {
        by_dir
            .entry(project.file(d.file).dir().to_string())
            .or_default()
            .push(d.file);
    }
    let mut projects = Vec::new();
    let mut dirs: Vec<_> = by_dir.into_iter().collect();
    dirs.sort();
    for (dir, files) in dirs {
        let name = |id: FileId| project.file(id).name().to_ascii_lowercase();
        let base: Vec<FileId> = files
            .iter()
            .copied()
            .filter(|f| is_base(&name(*f)))
            .take(1)
            .collect();
        let overrides: Vec<FileId> = files
            .iter()
            .copied()
            .filter(|f| is_override(&name(*f)))
            .collect();
        let others: Vec<FileId> = files
            .iter()
            .copied()
            .filter(|f| !is_base(&name(*f)) && !is_override(&name(*f)))
            .collect();
        if !base.is_empty() {
            let mut fs = base.clone();
            fs.extend(&overrides);
            let env = if overrides.is_empty() {
                project.file(base[0]).environment
            } else {
                Environment::Dev
            };
            projects.push(make_project(&docs, &dir, env, fs));
        }
        for o in others {
            let mut fs = base.clone();
            fs.push(o);
            projects.push(make_project(&docs, &dir, project.file(o).environment, fs));
        }
        if base.is_empty() {
            for o in overrides {
                projects.push(make_project(&docs, &dir, Environment::Dev, vec![o]));
            }
        }
    }
    for (file, span, msg) in problems {
        project.add_parse_problem(file, span, msg);
    }
    // credential values written in compose files are masked in every output
    for d in &docs {
        for s in &d.view.services {
            for e in &s.environment {
                if let (Some(v), Some(span)) = (&e.value, e.value_span) {
                    let literal_or_default = !v.contains('$')
                        || v.contains(":-")
                        || v.contains("-}")
                        || v.contains("-$");
                    if crate::rules::dockerfile::secret_in_env_or_arg::secret_name(&e.key)
                        && !v.trim().is_empty()
                        && literal_or_default
                    {
                        project.sensitive.push((d.file, span));
                    }
                }
            }
        }
    }
    project.compose = ComposeModel { docs, projects };
}

fn make_project(
    docs: &[ComposeDoc],
    dir: &str,
    environment: Environment,
    files: Vec<FileId>,
) -> ComposeProject {
    let mut services: Vec<MergedService> = Vec::new();
    for f in &files {
        let Some(d) = docs.iter().find(|d| d.file == *f) else {
            continue;
        };
        for (i, s) in d.view.services.iter().enumerate() {
            match services.iter_mut().find(|m| m.name == s.name) {
                Some(m) => m.layers.push((*f, i)),
                None => services.push(MergedService {
                    name: s.name.clone(),
                    layers: vec![(*f, i)],
                }),
            }
        }
    }
    ComposeProject {
        dir: dir.to_string(),
        environment,
        files,
        services,
    }
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
        assert_eq!(m.projects.len(), 2);
        let dev = m
            .projects
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
        let prod = m
            .projects
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
