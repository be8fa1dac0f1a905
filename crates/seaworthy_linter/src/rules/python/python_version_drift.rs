use super::helpers::satisfies;
use super::Phrases;
use crate::declare_rule;
use crate::diagnostic::Severity;
use crate::knowledge::leading_version;
use crate::message::Message;
use crate::project::{FileId, Project};
use crate::rule::Checker;
use seaworthy_syntax::Span;

declare_rule! {
    /// ## What it does
    /// Compares the Python version the image runs (the shipped stage's `FROM python:X.Y`) with the
    /// versions the rest of the repository states: the Python versions CI sets up
    /// (`actions/setup-python`, matrix values included), `.python-version`, and the Python
    /// constraint a lock file was resolved for (`uv.lock` `requires-python`, `poetry.lock`
    /// `python-versions`) when `pyproject.toml` does not state one. Reports when none of the CI
    /// versions is the image's, when `.python-version` names another minor version, or when
    /// the lock file excludes the image's version.
    ///
    /// ## Why is this bad?
    /// Tests that pass on 3.11 say little about 3.12 in production (removed modules,
    /// changed defaults, wheels that do not exist yet for the newer interpreter); a lock
    /// resolved for other Pythons can fail to install, or install different versions, in the
    /// image. Developers on the `.python-version` interpreter hit other bugs than production.
    ///
    /// ## Example
    /// ```dockerfile path=Dockerfile
    /// FROM python:3.12-slim
    /// COPY . /app
    /// ```
    /// ```yaml path=.github/workflows/ci.yml
    /// on: push
    /// jobs:
    ///   test:
    ///     runs-on: ubuntu-latest
    ///     steps:
    ///       - uses: actions/checkout@v4
    ///       - uses: actions/setup-python@v5
    ///         with:
    ///           python-version: "3.11"
    ///       - run: pytest
    /// ```
    ///
    /// ## Use instead
    /// ```dockerfile path=Dockerfile
    /// FROM python:3.12-slim
    /// COPY . /app
    /// ```
    /// ```yaml path=.github/workflows/ci.yml
    /// on: push
    /// jobs:
    ///   test:
    ///     runs-on: ubuntu-latest
    ///     steps:
    ///       - uses: actions/checkout@v4
    ///       - uses: actions/setup-python@v5
    ///         with:
    ///           python-version: "3.12"
    ///       - run: pytest
    /// ```
    ///
    /// ## References
    /// - <https://github.com/actions/setup-python#supported-version-syntax>
    /// - <https://docs.astral.sh/uv/concepts/python-versions/#python-version-files>
    /// - <https://python-poetry.org/docs/basic-usage/#setting-a-python-version>
    pub struct PythonVersionDrift {
        code: "SW5011",
        name: "python-version-drift",
        family: Python,
        severity: Low,
        category: Reliability,
        summary: "Image, CI and pinned Python versions disagree",
    }
}

/// `3.12.4` → `3.12`.
fn minor(v: &str) -> Option<String> {
    let v = leading_version(v.trim())?;
    let mut parts = v.split('.');
    let (a, b) = (parts.next()?, parts.next()?);
    (a == "3" && !b.is_empty()).then(|| format!("{a}.{b}"))
}

/// Poetry's `^3.11` / `~3.11` as a PEP 440 specifier set.
fn poetry_spec(spec: &str) -> String {
    spec.split(',')
        .map(|c| {
            let c = c.trim();
            if let Some(v) = c.strip_prefix('^') {
                let major = v.split('.').next().unwrap_or("3");
                let next: u32 = major.parse::<u32>().unwrap_or(3) + 1;
                format!(">={v},<{next}")
            } else if let Some(v) = c.strip_prefix('~').filter(|v| !v.starts_with('=')) {
                let mut p = v.split('.');
                let (a, b) = (p.next().unwrap_or("3"), p.next().unwrap_or("0"));
                let nb: u32 = b.parse::<u32>().unwrap_or(0) + 1;
                format!(">={v},<{a}.{nb}")
            } else {
                c.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(",")
}

/// The nearest file named `name` at or above `dir`.
fn nearest<'a>(
    project: &'a Project,
    dir: &str,
    name: &str,
) -> Option<&'a crate::project::SourceFile> {
    let mut d = dir.to_string();
    loop {
        let p = if d.is_empty() {
            name.to_string()
        } else {
            format!("{d}/{name}")
        };
        if let Some(f) = project.files.by_path(&p) {
            return Some(f);
        }
        if d.is_empty() {
            return None;
        }
        d = d
            .rsplit_once('/')
            .map(|(a, _)| a.to_string())
            .unwrap_or_default();
    }
}

/// The first version line of a `.python-version` file and its span.
fn pinned(text: &str) -> Option<(String, Span)> {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let t = line.trim();
        if !t.is_empty() && !t.starts_with('#') {
            let lead = line.len() - line.trim_start().len();
            return Some((
                t.to_string(),
                Span::new(offset + lead, offset + lead + t.len()),
            ));
        }
        offset += line.len();
    }
    None
}

crate::message! {
    /// The image's Python and the versions other files state differ (`problems`: the
    /// differences, per language).
    struct Drift<'a> = "python-version-drift" { version: &'a str, problems_en: &'a str, problems_ru: &'a str, problems_uk: &'a str }
    /// A difference: CI sets up other versions only.
    struct CiOnly = "python-version-drift-ci-only" { versions: String }
    /// A difference: `.python-version` pins another one.
    struct Pins<'a> = "python-version-drift-pins" { path: &'a str, version: &'a str }
    /// A difference: the lock was resolved for other versions.
    struct Resolved<'a> = "python-version-drift-resolved" { path: &'a str, spec: &'a str }
    struct DriftHelp<'a> = "python-version-drift-help" { version: &'a str }
    struct CiRuns<'a> = "python-version-drift-ci-runs" { version: &'a str }
    struct DevelopersRun<'a> = "python-version-drift-developers-run" { version: &'a str }
    struct LockVersions = "python-version-drift-lock-versions" {}
    struct Strength<'a> = "python-version-drift-strength" { version: &'a str }
}

impl PythonVersionDrift {
    fn check(&self, project: &Project, cx: &mut Checker) {
        // CI versions, minor only (`3.x`, `pypy3.10` and expressions are not a version)
        let ci: Vec<(String, FileId, Span)> = project
            .ci
            .python_versions
            .iter()
            .filter_map(|v| Some((minor(&v.version)?, v.file, v.span)))
            .collect();
        let ci_unpinned = project
            .ci
            .python_versions
            .iter()
            .any(|v| minor(&v.version).is_none());
        for bref in &project.images {
            let Some(doc) = project.dockerfile(bref.dockerfile) else {
                continue;
            };
            let Some(stage) = bref.shipped_stage.and_then(|i| doc.tree.stages.get(i)) else {
                continue;
            };
            let img = stage.image();
            if img.official_name() != "python" || img.is_dynamic() {
                continue;
            }
            let Some(version) = img.tag.as_deref().and_then(minor) else {
                continue;
            };
            let mut problems: Vec<Message> = Vec::new();
            let mut related: Vec<(FileId, Span, Message)> = Vec::new();
            let mut severity = Severity::Low;
            if !ci.is_empty() && !ci_unpinned && !ci.iter().any(|(v, _, _)| *v == version) {
                let mut vs: Vec<&str> = ci.iter().map(|(v, _, _)| v.as_str()).collect();
                vs.sort_unstable();
                vs.dedup();
                problems.push(
                    CiOnly {
                        versions: vs.join(", "),
                    }
                    .into(),
                );
                for (v, f, s) in &ci {
                    related.push((*f, *s, CiRuns { version: v }.into()));
                }
            }
            if let Some(f) = nearest(project, &bref.context, ".python-version") {
                if let Some((text, span)) = pinned(&f.text) {
                    if let Some(m) = minor(&text) {
                        if m != version {
                            problems.push(
                                Pins {
                                    path: &f.path,
                                    version: &text,
                                }
                                .into(),
                            );
                            related.push((f.id, span, DevelopersRun { version: &text }.into()));
                        }
                    }
                }
            }
            let has_requires = nearest(project, &bref.context, "pyproject.toml").is_some_and(|f| {
                project
                    .python
                    .pyprojects
                    .iter()
                    .any(|(id, p)| *id == f.id && p.requires_python.is_some())
            });
            if !has_requires {
                let locks = [
                    ("uv.lock", None, "requires-python", false),
                    ("poetry.lock", Some("metadata"), "python-versions", true),
                ];
                for (name, section, key, poetry) in locks {
                    let Some(f) = nearest(project, &bref.context, name) else {
                        continue;
                    };
                    let Some((spec, span)) =
                        seaworthy_syntax::pyproject::toml_string(&f.text, section, key)
                    else {
                        continue;
                    };
                    let pep = if poetry {
                        poetry_spec(&spec)
                    } else {
                        spec.clone()
                    };
                    if !satisfies(&version, &pep) {
                        problems.push(
                            Resolved {
                                path: &f.path,
                                spec: &spec,
                            }
                            .into(),
                        );
                        related.push((f.id, span, LockVersions {}.into()));
                        severity = Severity::Medium;
                    }
                }
            }
            if problems.is_empty() {
                if ci.iter().any(|(v, _, _)| *v == version) {
                    cx.strength(
                        bref.dockerfile,
                        stage.base.span,
                        Strength { version: &version },
                    );
                }
                continue;
            }
            let problems = Phrases::join(problems, "; ");
            let f = cx
                .report(
                    bref.dockerfile,
                    stage.base.span,
                    Drift {
                        version: &version,
                        problems_en: &problems.en,
                        problems_ru: &problems.ru,
                        problems_uk: &problems.uk,
                    },
                )
                .severity(severity)
                .help(DriftHelp { version: &version });
            for (file, span, label) in related {
                f.related(file, span, label);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{minor, poetry_spec};
    use crate::rules::python::helpers::satisfies;

    #[test]
    fn versions() {
        assert_eq!(minor("3.12.4").as_deref(), Some("3.12"));
        assert_eq!(minor("3.11-slim").as_deref(), Some("3.11"));
        assert!(minor("3.x").is_none());
        assert!(minor("pypy3.10").is_none());
        assert!(minor("3").is_none());
        assert_eq!(poetry_spec("^3.11"), ">=3.11,<4");
        assert!(satisfies("3.12", &poetry_spec("^3.11")));
        assert!(!satisfies("3.12", &poetry_spec("~3.11")));
    }
}
