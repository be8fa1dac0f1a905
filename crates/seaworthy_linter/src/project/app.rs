//! Application facts in the model: every Python source file the walk selected (entry modules,
//! settings, Celery, routing), gunicorn config files, `alembic.ini` and `package.json`, read once
//! with `seaworthy_app`'s parsers, and the joins a rule asks for: the app object a server
//! command names, the settings module of a Django project, the Celery app a worker runs.

use super::{FileId, Files};
use seaworthy_app::{
    alembic_facts, gunicorn_facts, node_facts, python_facts, AlembicFacts, GunicornFacts,
    NodeFacts, PythonFacts,
};
use seaworthy_syntax::FileKind;

#[derive(Debug, Default)]
pub struct AppModel {
    pub python: Vec<(FileId, PythonFacts)>,
    pub gunicorn: Vec<(FileId, GunicornFacts)>,
    pub alembic: Vec<(FileId, AlembicFacts)>,
    pub node: Vec<(FileId, NodeFacts)>,
}

/// A gunicorn configuration file by name (`gunicorn.conf.py`, `gunicorn_conf.py`,
/// `gunicorn_config.py`, `gunicorn.py` under a config folder).
fn is_gunicorn_config(name: &str) -> bool {
    let n = name.to_ascii_lowercase();
    n.starts_with("gunicorn") && n.ends_with(".py")
}

/// The facts of one file, by kind. Nearly every file is Python source, so boxing the large
/// variant would only add an allocation per file.
#[allow(clippy::large_enum_variant)]
enum Facts {
    Python(PythonFacts),
    Alembic(AlembicFacts),
    Gunicorn(GunicornFacts),
    Node(NodeFacts),
}

pub fn build(files: &Files) -> AppModel {
    use rayon::prelude::*;
    // each file is read on its own: in parallel, collected in file order
    let facts: Vec<(FileId, Facts)> = files
        .par_iter()
        .filter(|f| f.is_parseable())
        .filter_map(|f| {
            let facts = match f.kind {
                FileKind::PythonSource => Facts::Python(python_facts(&f.path, &f.text)),
                FileKind::AppConfig if f.name().eq_ignore_ascii_case("alembic.ini") => {
                    Facts::Alembic(alembic_facts(&f.text))
                }
                FileKind::AppConfig if is_gunicorn_config(f.name()) => {
                    Facts::Gunicorn(gunicorn_facts(&f.path, &f.text))
                }
                // celery.py / celery_app.py are app config by name, and Python source too
                FileKind::AppConfig if f.name().ends_with(".py") => {
                    Facts::Python(python_facts(&f.path, &f.text))
                }
                FileKind::NodeDeps if f.name() == "package.json" => {
                    Facts::Node(node_facts(&f.text))
                }
                _ => return None,
            };
            Some((f.id, facts))
        })
        .collect();
    let mut m = AppModel::default();
    for (id, facts) in facts {
        match facts {
            Facts::Python(p) => m.python.push((id, p)),
            Facts::Alembic(a) => m.alembic.push((id, a)),
            Facts::Gunicorn(g) => m.gunicorn.push((id, g)),
            Facts::Node(n) => m.node.push((id, n)),
        }
    }
    m
}

impl AppModel {
    pub fn python_of(&self, file: FileId) -> Option<&PythonFacts> {
        // built in file order
        super::by_file(&self.python, file)
    }

    /// Python files under a directory (a build context), with their facts. `python` is in file
    /// order, which is path order, so the files under `dir` are one run found by binary search
    /// ([`build`] pushes them in file order)
    /// (a service lookup does not scan every Python file of a monorepo).
    pub fn python_under<'a>(
        &'a self,
        files: &'a Files,
        dir: &'a str,
    ) -> impl Iterator<Item = (FileId, &'a PythonFacts)> + 'a {
        let run: &'a [(FileId, PythonFacts)] = if dir.is_empty() {
            &self.python
        } else {
            let prefix = format!("{dir}/");
            let path = |f: FileId| files.file(f).path.as_str();
            let start = self
                .python
                .partition_point(|(f, _)| path(*f) < prefix.as_str());
            let len = self.python[start..]
                .partition_point(|(f, _)| path(*f).starts_with(prefix.as_str()));
            &self.python[start..start + len]
        };
        let prefix = format!("{dir}/");
        run.iter()
            .filter(move |(f, _)| dir.is_empty() || files.file(*f).path.starts_with(&prefix))
            .map(|(f, p)| (*f, p))
    }

    /// The app object a server's `module:attribute` target names, among the files under `dir`.
    pub fn app_for_target<'a>(
        &'a self,
        files: &'a Files,
        dir: &'a str,
        target: &str,
    ) -> Option<(FileId, &'a seaworthy_app::python::AppObject)> {
        self.python_under(files, dir)
            .find_map(|(f, p)| p.app_for_target(target).map(|a| (f, a)))
    }
}
