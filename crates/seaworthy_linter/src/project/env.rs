//! Env files in the model: every `.env*`/`*.env` file parsed (compose-go semantics), which are
//! examples or templates, and what the secret detector thinks of each value, and the
//! provider-format keys in every other file (`sensitive::collect` masks them all in the output).

use super::{FileId, Project};
use crate::secrets::{classify, Verdict};
use seaworthy_syntax::dotenv::{self, Dotenv};
use seaworthy_syntax::{FileKind, Span};

#[derive(Debug)]
pub struct EnvFile {
    pub file: FileId,
    pub parsed: Dotenv,
    /// `.env.example`, `.sample`, `.template`, `.dist`, `env.example`: committed on purpose.
    pub is_example: bool,
}

#[derive(Debug, Clone)]
pub struct SecretHit {
    pub file: FileId,
    pub key: String,
    pub key_span: Span,
    pub value_span: Span,
    pub verdict: Verdict,
    /// Masked preview (`sk-a****`).
    pub masked: String,
}

/// A provider-format credential written into a deployment file that is not an env file (compose,
/// nginx, CI workflow, script, Dockerfile, app config, dependency manifest).
#[derive(Debug, Clone)]
pub struct TextSecret {
    pub file: FileId,
    pub span: Span,
    pub provider: String,
    /// Masked preview (`ghp_****`).
    pub masked: String,
}

#[derive(Debug, Default)]
pub struct EnvModel {
    pub files: Vec<EnvFile>,
    pub secrets: Vec<SecretHit>,
    pub text_secrets: Vec<TextSecret>,
}

impl EnvModel {
    pub fn file(&self, id: FileId) -> Option<&EnvFile> {
        // built in file order: one binary search, not a scan per lookup
        self.files
            .binary_search_by_key(&id, |f| f.file)
            .ok()
            .and_then(|i| self.files.get(i))
    }
}

/// An example/template env file, by name.
pub fn is_example_name(name: &str) -> bool {
    let n = name.to_ascii_lowercase();
    [
        "example", "sample", "template", "dist", "tmpl", "defaults", "default",
    ]
    .iter()
    .any(|w| n.contains(w))
}

pub(super) fn build(project: &mut Project) {
    let mut model = EnvModel::default();
    let mut problems = Vec::new();
    for f in project
        .files
        .iter()
        .filter(|f| f.kind == FileKind::Env && f.is_parseable())
    {
        // a patch of an env file (`.env.patch`: a unified diff) is not an env file to parse
        let t = f.text.trim_start();
        if (t.starts_with("--- ") || t.starts_with("diff ")) && f.text.contains("\n+++ ") {
            continue;
        }
        let parsed = dotenv::parse(&f.text);
        for e in &parsed.errors {
            problems.push((f.id, e.span, format!("env file: {}", e.message)));
        }
        for e in &parsed.entries {
            if let Some(verdict) = classify(&e.key, &e.value) {
                model.secrets.push(SecretHit {
                    file: f.id,
                    key: e.key.clone(),
                    key_span: e.key_span,
                    value_span: e.content_span,
                    masked: super::mask_secret(&e.value),
                    verdict,
                });
            }
        }
        model.files.push(EnvFile {
            file: f.id,
            is_example: is_example_name(f.name()),
            parsed,
        });
    }
    // provider keys in every other deployment file
    for f in project
        .files
        .iter()
        .filter(|f| f.kind != FileKind::Env && f.kind != FileKind::Dockerignore && f.is_parseable())
    {
        for (range, provider) in crate::secrets::find_in_text(&f.text) {
            let span = Span::new(range.start, range.end);
            model.text_secrets.push(TextSecret {
                file: f.id,
                span,
                provider,
                masked: super::mask_secret(&f.text[range]),
            });
        }
    }
    // template env files (cookiecutter) are not real env files: their "errors" are placeholders
    for (file, span, msg) in problems {
        project.add_parse_problem(file, span, msg);
    }
    project.env = model;
}
