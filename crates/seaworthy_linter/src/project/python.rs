//! Python manifests: requirements files and pyproject.toml.

use super::{FileId, Project};
use seaworthy_syntax::{pyproject, requirements, FileKind};

#[derive(Debug, Default)]
pub struct PythonModel {
    pub requirements: Vec<(FileId, requirements::Requirements)>,
    pub pyprojects: Vec<(FileId, pyproject::Pyproject)>,
}

impl PythonModel {
    /// The parsed requirements file `file` (both lists are built in file order).
    pub fn requirements_of(&self, file: FileId) -> Option<&requirements::Requirements> {
        super::by_file(&self.requirements, file)
    }

    /// The parsed `pyproject.toml` `file`.
    pub fn pyproject_of(&self, file: FileId) -> Option<&pyproject::Pyproject> {
        super::by_file(&self.pyprojects, file)
    }
}

pub(super) fn build(project: &mut Project) {
    let mut model = PythonModel::default();
    let mut problems = Vec::new();
    for f in project
        .files
        .iter()
        .filter(|f| f.kind == FileKind::PythonDeps && f.is_parseable())
    {
        if f.name() == "pyproject.toml" {
            let (p, errs) = pyproject::parse(&f.text);
            for e in errs {
                problems.push((f.id, e.span, format!("pyproject.toml: {}", e.message)));
            }
            model.pyprojects.push((f.id, p));
        } else if f.name().ends_with(".txt") || f.name().ends_with(".in") {
            model
                .requirements
                .push((f.id, requirements::parse(&f.text)));
        }
    }
    for (file, span, msg) in problems {
        project.add_parse_problem(file, span, msg);
    }
    project.python = model;
}
