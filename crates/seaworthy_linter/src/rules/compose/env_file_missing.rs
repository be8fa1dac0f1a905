use super::deployment_of;
use crate::declare_rule;
use crate::diagnostic::Severity;
use crate::project::{join_path, Project};
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports `env_file:` entries that point at files not in the repository. `.env`-style files
    /// are often git-ignored on purpose: when a `.env.example` (or `.sample`, `.template`) sits
    /// next to the missing file the finding says to copy it and is informational.
    ///
    /// ## Why is this bad?
    /// `docker compose up` stops with "env file not found" on a fresh checkout, and nothing tells
    /// the new developer (or the deploy script) what the file should contain.
    ///
    /// ## Example
    /// ```yaml
    /// services:
    ///   api:
    ///     image: ghcr.io/acme/api:1.0.0
    ///     env_file: config/api.env
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// services:
    ///   api:
    ///     image: ghcr.io/acme/api:1.0.0
    ///     env_file: config/api.env
    /// ```
    /// ```env path=config/api.env
    /// LOG_LEVEL=info
    /// ```
    pub struct EnvFileMissing {
        code: "SW2023",
        name: "env-file-missing",
        family: Compose,
        severity: High,
        category: Reliability,
        summary: "env_file that does not exist",
    }
}

crate::message! {
    /// An `env_file` that is not in the repository (`path` as written).
    struct Missing<'a> = "env-file-missing" { service: &'a str, path: &'a str }
    struct MissingHelp = "env-file-missing-help" {}
    /// A template of it is committed (`path`: where compose looks for the file).
    struct TemplateHelp<'a> = "env-file-missing-help-template" { template: &'a str, path: &'a str }
}

/// Committed templates of an env file that is git-ignored on purpose: `.env.example`,
/// `.env.sample`, `.env-sample`, `.env.dist`, `.env.template`, `example.env`, `env.example`.
fn template_of(project: &Project, path: &str) -> Option<String> {
    let (dir, name) = match path.rsplit_once('/') {
        Some((d, n)) => (d, n),
        None => ("", path),
    };
    let stem = name.trim_start_matches('.');
    let stem = stem.strip_suffix(".env").unwrap_or(stem);
    let mut candidates = Vec::new();
    for word in [
        "example", "sample", "dist", "template", "tmpl", "default", "defaults",
    ] {
        for sep in [".", "-", "_"] {
            candidates.push(format!("{name}{sep}{word}"));
            candidates.push(format!("{word}{sep}{name}"));
            candidates.push(format!("{stem}{sep}{word}"));
            candidates.push(format!("{word}{sep}{stem}"));
            candidates.push(format!("{word}{sep}{stem}.env"));
            candidates.push(format!("{stem}.{word}.env"));
        }
    }
    candidates
        .into_iter()
        .map(|c| join_path(dir, &c))
        .find(|p| p != path && project.exists(p))
}

impl EnvFileMissing {
    fn check(&self, project: &Project, cx: &mut Checker) {
        let m = &project.compose;
        for s in &project.services {
            let d = deployment_of(project, s);
            for ef in &s.resolved.env_file {
                let Some(doc) = m.doc(ef.file) else { continue };
                let v = doc.interpolate(&ef.value.value).value;
                if v.contains('$') || v.starts_with('/') {
                    continue;
                }
                let optional = s.merged.all_layers().any(|l| {
                    m.layer(*l)
                        .is_some_and(|(_, sv)| sv.optional_env_files.contains(&ef.value.value))
                });
                let path = join_path(&d.path_base(&project.files, ef.file), &v);
                if optional || project.exists(&path) {
                    continue;
                }
                // written by the CI job before it runs compose, or provided by Portainer
                // (`stack.env` holds the stack's environment variables)
                if project.ci.writes_env_file(&path) || v.rsplit('/').next() == Some("stack.env") {
                    continue;
                }
                // `.env`-style dotfiles are git-ignored on purpose more often than not
                let dotfile = v.rsplit('/').next().is_some_and(|n| n.starts_with(".env"));
                let f = cx.report_in(
                    d,
                    ef.file,
                    ef.value.span,
                    Missing {
                        service: &s.name,
                        path: &v,
                    },
                );
                match template_of(project, &path) {
                    Some(ex) => {
                        f.severity(Severity::Info).help(TemplateHelp {
                            template: &ex,
                            path: &path,
                        });
                    }
                    None => {
                        f.help(MissingHelp {});
                        if dotfile {
                            f.severity(Severity::Medium);
                        }
                    }
                }
            }
        }
    }
}
