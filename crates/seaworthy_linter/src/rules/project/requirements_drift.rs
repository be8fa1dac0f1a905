use crate::declare_rule;
use crate::diagnostic::Severity;
use crate::project::installed::pyproject_deps;
use crate::project::{join_path, Project};
use crate::rule::Checker;
use seaworthy_syntax::requirements::dist_name;
use seaworthy_syntax::{FileKind, Span};

declare_rule! {
    /// ## What it does
    /// Compares what an image installs with what the project declares. When the build context
    /// has a `pyproject.toml` with dependencies (PEP 621 `[project]` or Poetry) and the image
    /// installs requirement files instead of the project: reports the declared dependencies the
    /// requirement files do not list (medium), or, when they list them all but the project pins
    /// its versions in a lock file (`uv.lock`, `poetry.lock`, `pdm.lock`) and the requirement
    /// file is not exported from it, says that the image does not install what the lock pins
    /// (low, advice).
    ///
    /// ## Why is this bad?
    /// Two manifests drift: a dependency added to `pyproject.toml` (where `uv add` and
    /// `poetry add` write it) never reaches the image, which fails at import time in
    /// production; versions tested against the lock are not the versions shipped.
    ///
    /// ## Example
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// COPY requirements.txt .
    /// RUN pip install --no-cache-dir -r requirements.txt
    /// COPY . .
    /// ```
    /// ```requirements
    /// fastapi==0.115.0
    /// ```
    /// ```toml
    /// [project]
    /// name = "api"
    /// dependencies = ["fastapi>=0.115", "sqlalchemy>=2.0", "httpx>=0.27"]
    /// ```
    ///
    /// ## Use instead
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// COPY pyproject.toml .
    /// RUN pip install --no-cache-dir .
    /// COPY . .
    /// ```
    /// ```requirements
    /// fastapi==0.115.0
    /// ```
    /// ```toml
    /// [project]
    /// name = "api"
    /// dependencies = ["fastapi>=0.115", "sqlalchemy>=2.0", "httpx>=0.27"]
    /// ```
    ///
    /// ## References
    /// - <https://packaging.python.org/en/latest/specifications/pyproject-toml/#dependencies-optional-dependencies>
    /// - <https://docs.astral.sh/uv/guides/integration/docker/>
    /// - <https://python-poetry.org/docs/cli/#install>
    pub struct RequirementsDrift {
        code: "SW6003",
        name: "requirements-drift-from-pyproject",
        family: Project,
        severity: Medium,
        category: Maintainability,
        summary: "Image installs requirements that drift from pyproject.toml",
    }
}

crate::message! {
    /// The image installs the project itself.
    struct InstallsProject = "requirements-drift-from-pyproject-strength" {}
    /// The requirements file lacks `count` declared dependencies (`names`: up to six,
    /// backticked and joined; `more`: how many are not named).
    struct Lacks<'a> = "requirements-drift-from-pyproject" { requirements: &'a str, count: usize, pyproject: &'a str, names: &'a str, more: usize }
    struct LacksHelp<'a> = "requirements-drift-from-pyproject-help" { file: &'a str }
    struct Declared = "requirements-drift-from-pyproject-related-declared" {}
    struct Installs = "requirements-drift-from-pyproject-related-installs" {}
    struct Exported<'a> = "requirements-drift-from-pyproject-strength-exported" { requirements: &'a str, lock: &'a str }
    /// A lock file the installed requirements are not exported from.
    struct NotExported<'a> = "requirements-drift-from-pyproject-lock" { lock: &'a str, requirements: &'a str }
    struct NotExportedHelp = "requirements-drift-from-pyproject-lock-help" {}
    struct Manifest = "requirements-drift-from-pyproject-related-manifest" {}
}

impl RequirementsDrift {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for img in &project.images {
            let Some(doc) = project.dockerfile(img.dockerfile) else {
                continue;
            };
            let installed = project.installed(img);
            if installed
                .manifests
                .iter()
                .any(|m| project.file(*m).name() == "pyproject.toml")
            {
                // the image installs the project itself: its dependencies come along
                let shipped = img.shipped_stages(&doc.stages);
                let at = doc
                    .stages
                    .iter()
                    .filter(|s| shipped.contains(&s.index))
                    .flat_map(|s| {
                        s.pip_installs
                            .iter()
                            .filter(|p| !p.project_dirs.is_empty())
                            .map(|p| p.span)
                            .chain(s.project_installs.iter().map(|p| p.span))
                    })
                    .next();
                if let Some(at) = at {
                    cx.strength(img.dockerfile, at, InstallsProject {});
                }
                continue;
            }
            let req_files: Vec<_> = installed
                .manifests
                .iter()
                .copied()
                .filter(|m| project.file(*m).kind == FileKind::PythonDeps)
                .collect();
            let Some(&first_req) = req_files.first() else {
                continue;
            };
            let pp_path = join_path(&img.context, "pyproject.toml");
            let Some(pp_file) = project.files.by_path(&pp_path) else {
                continue;
            };
            let Some((_, pp)) = project
                .python
                .pyprojects
                .iter()
                .find(|(f, _)| *f == pp_file.id)
            else {
                continue;
            };
            let declared = pyproject_deps(project, pp_file.id, pp, &[]);
            if declared.is_empty() {
                continue;
            }
            let own = pp.name.as_deref().map(dist_name).unwrap_or_default();
            let listed = |name: &str| {
                installed
                    .dists
                    .iter()
                    .any(|d| req_files.contains(&d.file) && d.name == name)
            };
            let missing: Vec<&(String, Span)> = declared
                .iter()
                .filter(|(spec, _)| {
                    let n = dist_name(spec);
                    !n.is_empty() && n != own && !listed(&n)
                })
                .collect();
            // the `-r FILE` word of the install, for the finding's anchor
            let shipped = img.shipped_stages(&doc.stages);
            let install = doc
                .stages
                .iter()
                .filter(|s| shipped.contains(&s.index))
                .flat_map(|s| &s.pip_installs)
                .flat_map(|p| &p.requirement_files)
                .next()
                .map(|(_, sp)| *sp);
            let Some(anchor) = install else { continue };
            let req = project.file(first_req);
            let lock = ["uv.lock", "poetry.lock", "pdm.lock"]
                .into_iter()
                .map(|l| join_path(pp_file.dir(), l))
                .find(|p| project.files.all_paths.contains(p));
            if !missing.is_empty() {
                let names: Vec<String> = missing
                    .iter()
                    .take(6)
                    .map(|(s, _)| format!("`{}`", dist_name(s)))
                    .collect();
                let f = cx.report(
                    img.dockerfile,
                    anchor,
                    Lacks {
                        requirements: &req.path,
                        count: missing.len(),
                        pyproject: &pp_file.path,
                        names: &names.join(", "),
                        more: missing.len().saturating_sub(6),
                    },
                );
                f.help(LacksHelp { file: req.name() })
                    .related(pp_file.id, missing[0].1, Declared {})
                    .related(first_req, Span::EMPTY, Installs {})
                    .at_most(img.confidence);
                for (d, _) in img.services() {
                    f.deployment(d);
                }
                continue;
            }
            let Some(lock) = lock else { continue };
            let exported = project
                .python
                .requirements
                .iter()
                .filter(|(f, _)| req_files.contains(f))
                .all(|(_, r)| {
                    r.comments.iter().any(|(c, _)| {
                        let c = c.to_ascii_lowercase();
                        c.starts_with("via")
                            || c.contains("autogenerated")
                            || c.contains("export")
                            || c.contains("pip-compile")
                    })
                });
            if exported {
                cx.strength(
                    img.dockerfile,
                    anchor,
                    Exported {
                        requirements: &req.path,
                        lock: &lock,
                    },
                );
                continue;
            }
            let f = cx.report(
                img.dockerfile,
                anchor,
                NotExported {
                    lock: &lock,
                    requirements: &req.path,
                },
            );
            f.severity(Severity::Low)
                .help(NotExportedHelp {})
                .related(pp_file.id, Span::EMPTY, Manifest {})
                .at_most(img.confidence);
            for (d, _) in img.services() {
                f.deployment(d);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::testing::audit_txtar_with_rule;

    fn findings(src: &str) -> Vec<String> {
        audit_txtar_with_rule(src, "SW6003")
            .findings
            .iter()
            .filter(|f| f.rule.code == "SW6003")
            .map(|f| f.message.to_string())
            .collect()
    }

    #[test]
    fn lock_without_export_is_advice() {
        let f = findings("-- Dockerfile --\nFROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n-- requirements.txt --\nfastapi\n-- pyproject.toml --\n[project]\nname = \"api\"\ndependencies = [\"fastapi\"]\n-- uv.lock --\nversion = 1\n");
        assert_eq!(f.len(), 1);
        assert!(f[0].starts_with("advice:"), "{f:?}");
        // exported from the lock: fine
        let f = findings("-- Dockerfile --\nFROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n-- requirements.txt --\n# This file was autogenerated by uv via the following command:\n#    uv export --no-dev\nfastapi==0.115.0\n-- pyproject.toml --\n[project]\nname = \"api\"\ndependencies = [\"fastapi\"]\n-- uv.lock --\nversion = 1\n");
        assert!(f.is_empty(), "{f:?}");
    }

    #[test]
    fn poetry_dependencies_count() {
        let f = findings("-- Dockerfile --\nFROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n-- requirements.txt --\ndjango\n-- pyproject.toml --\n[tool.poetry]\nname = \"site\"\n[tool.poetry.dependencies]\npython = \"^3.12\"\ndjango = \"^5.0\"\ncelery = {version = \"^5\", extras = [\"redis\"]}\n");
        assert_eq!(f.len(), 1);
        assert!(
            f[0].contains("`celery`") && !f[0].contains("python"),
            "{f:?}"
        );
    }

    #[test]
    fn praises_installing_the_project() {
        let a = audit_txtar_with_rule(
            "-- Dockerfile --\nFROM python:3.12-slim\nWORKDIR /app\nRUN pip install --upgrade pip\nCOPY pyproject.toml .\nRUN pip install --no-cache-dir .\n-- pyproject.toml --\n[project]\nname = \"x\"\ndependencies = [\"flask\"]\n-- requirements.txt --\nflask\n-- app.py --\n",
            "SW6003",
        );
        let s: Vec<_> = a
            .strengths
            .iter()
            .filter(|s| s.rule.code == "SW6003")
            .collect();
        assert_eq!(s.len(), 1, "{s:?}");
        assert!(s[0]
            .message
            .contains("installs the project from `pyproject.toml`"));
    }
}
