//! Dockerfiles in the model: the parsed tree per file.

use super::{FileId, Project};
use seaworthy_syntax::dockerfile::{self, Dockerfile};
use seaworthy_syntax::{FileKind, Span};

#[derive(Debug)]
pub struct DockerfileDoc {
    pub file: FileId,
    pub tree: Dockerfile,
    /// Facts per stage, in stage order ([`super::stage`]).
    pub stages: Vec<super::stage::StageFacts>,
    /// What each stage writes, in stage order ([`super::layout`]).
    pub layout: Vec<super::layout::StageLayout>,
}

type Problems = Vec<(FileId, Span, String)>;

pub(super) fn build(project: &mut Project) {
    use rayon::prelude::*;
    // each file is parsed on its own: in parallel, collected in file order
    let parsed: Vec<(DockerfileDoc, Problems)> = project
        .files
        .iter()
        .filter(|f| f.kind == FileKind::Dockerfile && f.is_parseable())
        .collect::<Vec<_>>()
        .into_par_iter()
        .map(|f| {
            let tree = dockerfile::parse(&f.text);
            let problems = tree
                .errors
                .iter()
                .map(|e| (f.id, e.span, e.message.clone()))
                .collect();
            let stages = super::stage::facts(&tree);
            let layout = super::layout::layouts(&tree, &stages);
            let doc = DockerfileDoc {
                file: f.id,
                tree,
                stages,
                layout,
            };
            (doc, problems)
        })
        .collect();
    let mut docs = Vec::with_capacity(parsed.len());
    for (doc, problems) in parsed {
        for (file, span, msg) in problems {
            project.add_parse_problem(file, span, msg);
        }
        docs.push(doc);
    }
    // secret values are found by `sensitive::collect` once every model is built
    project.dockerfiles = docs;
}

impl Project {
    pub fn dockerfile(&self, file: FileId) -> Option<&DockerfileDoc> {
        // built in file order: one binary search, not a scan per lookup
        self.dockerfiles
            .binary_search_by_key(&file, |d| d.file)
            .ok()
            .and_then(|i| self.dockerfiles.get(i))
    }
}
