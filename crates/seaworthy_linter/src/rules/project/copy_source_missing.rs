use crate::declare_rule;
use crate::diagnostic::Severity;
use crate::project::Project;
use crate::rule::Checker;
use seaworthy_syntax::dockerfile::Keyword;

declare_rule! {
    /// ## What it does
    /// Checks every `COPY`/`ADD` source of a Dockerfile against the files of its build context
    /// (from the compose `build:` that uses it, or the Dockerfile's own directory) and reports
    /// sources that do not exist there.
    ///
    /// ## Why is this bad?
    /// `docker build` stops with "failed to compute cache key: not found": nothing ships. Seed
    /// audits s002 (the compose file builds a Dockerfile that does not exist) and s003 #1 (the
    /// image installs from a `requirements.txt` that is not the project's source of truth).
    /// When the context is only guessed (no compose file builds this Dockerfile) and the path
    /// exists relative to a parent directory, the rule stays quiet: the build probably runs there.
    /// Build outputs (`dist/`, `build/`, `target/`, `*.jar`) are expected to be produced before the
    /// build and are not reported.
    ///
    /// ## Example
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// COPY requirements.txt .
    /// RUN pip install --no-cache-dir -r requirements.txt
    /// ```
    /// ```toml
    /// [project]
    /// name = "app"
    /// dependencies = ["fastapi"]
    /// ```
    ///
    /// ## Use instead
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// COPY pyproject.toml .
    /// RUN pip install --no-cache-dir .
    /// ```
    /// ```toml
    /// [project]
    /// name = "app"
    /// dependencies = ["fastapi"]
    /// ```
    pub struct CopySourceMissing {
        code: "SW6001",
        name: "copy-source-missing",
        family: Project,
        severity: High,
        category: Reliability,
        summary: "COPY/ADD source missing from the build context",
    }
}

/// Paths that are usually produced by a build step before `docker build` runs.
fn looks_like_build_output(p: &str) -> bool {
    let first = p.trim_start_matches("./").split('/').next().unwrap_or("");
    matches!(
        first,
        "dist"
            | "build"
            | "target"
            | "out"
            | "bin"
            | "public"
            | "release"
            | ".next"
            | "node_modules"
            | "vendor"
            | "artifacts"
            | "_build"
    ) || [
        ".jar", ".war", ".whl", ".tar.gz", ".tgz", ".zip", ".deb", ".rpm", ".so", ".exe",
    ]
    .iter()
    .any(|s| p.ends_with(s))
}

/// Files whose absence breaks dependency installation or start-up: reported high; others medium.
fn is_manifest(p: &str) -> bool {
    let n = p.rsplit('/').next().unwrap_or(p);
    n.starts_with("requirements")
        || matches!(
            n,
            "pyproject.toml"
                | "poetry.lock"
                | "uv.lock"
                | "Pipfile"
                | "Pipfile.lock"
                | "package.json"
                | "package-lock.json"
                | "yarn.lock"
                | "pnpm-lock.yaml"
                | "go.mod"
                | "go.sum"
                | "Gemfile"
                | "Gemfile.lock"
                | "composer.json"
                | "composer.lock"
                | "alembic.ini"
                | "Cargo.toml"
                | "Cargo.lock"
        )
        || n.ends_with(".sh")
        || n.contains("entrypoint")
}

impl CopySourceMissing {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for bref in project.build_refs() {
            let Some(doc) = project.dockerfile(bref.dockerfile) else {
                continue;
            };
            let df = &doc.tree;
            if df.is_template || project.file(bref.dockerfile).path.contains("{{") {
                continue;
            }
            for ins in &df.instructions {
                if !matches!(ins.keyword, Keyword::Copy | Keyword::Add)
                    || ins.flag("from").is_some()
                    || !ins.heredocs.is_empty()
                {
                    continue;
                }
                let words = ins.words();
                let Some((_, sources)) = words.split_last() else {
                    continue;
                };
                for s in sources {
                    let p = s.text.as_str();
                    if p.contains('$')
                        || p.contains("://")
                        || p.starts_with("git@")
                        || p.starts_with('/')
                        || looks_like_build_output(p)
                    {
                        continue;
                    }
                    if project.exists_in_context(&bref.context, p) {
                        continue;
                    }
                    if !bref.exact {
                        // the real context may be a parent directory
                        let mut d = bref.context.as_str();
                        let mut found = false;
                        while let Some((parent, _)) = d.rsplit_once('/') {
                            if project.exists_in_context(parent, p) {
                                found = true;
                                break;
                            }
                            d = parent;
                        }
                        if found || (!bref.context.is_empty() && project.exists_in_context("", p)) {
                            continue;
                        }
                    }
                    let ctx = if bref.context.is_empty() {
                        "the repository root".to_string()
                    } else {
                        format!("`{}/`", bref.context)
                    };
                    let sev = if is_manifest(p) {
                        Severity::High
                    } else {
                        Severity::Medium
                    };
                    cx.report(bref.dockerfile, s.span, format!(
                        "`{p}` does not exist in the build context ({ctx}): `docker build` fails here"
                    ))
                    .severity(sev)
                    .help(if bref.exact {
                        "fix the path, add the file, or point the compose `build.context` at the directory that has it".to_string()
                    } else {
                        "fix the path or add the file; if the image is built from another directory, say so with a compose `build.context`".to_string()
                    });
                }
            }
        }
    }
}
