use crate::declare_rule;
use crate::diagnostic::Severity;
use crate::meta::Confidence;
use crate::project::image::ImageBuild;
use crate::project::installed::{Installed, Need, NeedKind};
use crate::project::{join_path, FileId, Project};
use crate::rule::Checker;
use seaworthy_syntax::requirements::normalize_name;
use seaworthy_syntax::Span;

/// Where a need is written: `(file, span, role)`.
type NeedPlace = (FileId, Span, &'static str);

declare_rule! {
    /// ## What it does
    /// Checks what a container runs against the Python packages its image installs: a module
    /// the healthcheck imports (`python -c "import requests ..."`), a `python -m` module, a
    /// console script the command or the entrypoint script starts (`gunicorn`, `celery`,
    /// `alembic`), gunicorn's worker class (`-k uvicorn.workers.UvicornWorker`). The installed
    /// set is what the stages of the image install: pip command lines, the requirement files and
    /// `pyproject.toml` they read, with the distribution names that differ from import names
    /// (`yaml` → `pyyaml`) and the dependencies that come with others (`uvicorn` with
    /// `fastapi[standard]`) from `data/python.toml`. The standard library and the project's own
    /// modules are fine. Nothing is said when what the image installs is not fully known (a
    /// base image other than the official `python` one, a requirement file the audit cannot
    /// read, an install script). High when the requirement files pin a whole dependency tree
    /// (compiled): then the package is certainly absent; otherwise it might arrive as a
    /// dependency of another package, and the message says so. Records a strength for a
    /// healthcheck that uses only what the image has.
    ///
    /// ## Why is this bad?
    /// `ModuleNotFoundError` or "executable file not found" at start: the container exits, or
    /// its healthcheck fails forever and every service that waits for `service_healthy` never
    /// starts.
    ///
    /// ## Example
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// COPY requirements.txt .
    /// RUN pip install --no-cache-dir -r requirements.txt
    /// COPY . .
    /// HEALTHCHECK CMD ["python", "-c", "import requests; requests.get('http://127.0.0.1:8000/health').raise_for_status()"]
    /// CMD ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]
    /// ```
    /// ```requirements
    /// flask==3.0.3
    /// ```
    ///
    /// ## Use instead
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// COPY requirements.txt .
    /// RUN pip install --no-cache-dir -r requirements.txt
    /// COPY . .
    /// HEALTHCHECK CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health')"]
    /// CMD ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]
    /// ```
    /// ```requirements
    /// flask==3.0.3
    /// gunicorn==23.0.0
    /// ```
    ///
    /// ## References
    /// - <https://docs.docker.com/reference/dockerfile/#healthcheck>
    /// - <https://docs.python.org/3/library/urllib.request.html>
    /// - <https://pip.pypa.io/en/stable/reference/requirements-file-format/>
    pub struct ModuleNotInstalled {
        code: "SW6004",
        name: "module-not-installed",
        family: Project,
        severity: High,
        category: Reliability,
        summary: "Container runs a Python module or program its image does not install",
    }
}

/// Distributions whose names or modules the knowledge tables know (then a partial tree can
/// still be judged: they are not the project's own modules).
fn known(k: &crate::knowledge::PythonKnowledge, dist: &str) -> bool {
    k.common_transitive.iter().any(|d| d == dist)
        || k.provided.iter().any(|p| p.dist == dist)
        || k.program.iter().any(|p| p.dists.iter().any(|d| d == dist))
        || k.module.iter().any(|m| m.dists.iter().any(|d| d == dist))
}

/// Is the module one of the project's own (a folder or file of that name in the context)?
fn local_module(project: &Project, img: &ImageBuild, top: &str) -> bool {
    let ctx = &img.context;
    if project.files.exists(&join_path(ctx, top))
        || project.files.exists(&join_path(ctx, &format!("{top}.py")))
    {
        return true;
    }
    let dir = format!("/{top}/");
    let file = format!("/{top}.py");
    project
        .paths_under(ctx)
        .any(|p| p.contains(&dir) || p.ends_with(&file))
}

crate::message! {
    /// What needs the missing packages (`role`: `healthcheck`, `entrypoint`, `command`,
    /// `entrypoint-script`) when the image's requirements are a complete pinned tree.
    /// `names`: the modules or programs, backticked and joined; `count`: how many.
    struct NotPinned<'a> = "module-not-installed" { role: &'a str, names: &'a str, count: usize }
    /// The same when only the direct requirements are known.
    struct NotNamed<'a> = "module-not-installed-unnamed" { role: &'a str, names: &'a str, count: usize }
    struct AddHelp<'a> = "module-not-installed-help" { names: &'a str }
    /// A healthcheck that uses `requests`.
    struct StdlibHelp = "module-not-installed-help-stdlib" {}
    struct Manifest = "module-not-installed-related-manifest" {}
    struct InstalledHere = "module-not-installed-related-install" {}
    struct Healthy = "module-not-installed-strength" {}
}

/// The catalogue's select key for what needs a module.
fn role_key(role: &str) -> &'static str {
    match role {
        "the healthcheck" => "healthcheck",
        "the entrypoint" => "entrypoint",
        "the entrypoint script" => "entrypoint-script",
        _ => "command",
    }
}

impl ModuleNotInstalled {
    fn check(&self, project: &Project, cx: &mut Checker) {
        let k = crate::knowledge::python();
        for img in &project.images {
            let needs = project.python_needs(img);
            if needs.is_empty() {
                continue;
            }
            let installed = project.installed(img);
            if !installed.closed {
                continue;
            }
            let partial = project.only_deployment_files_under(&img.context);
            // missing needs grouped by where they are written
            let mut groups: Vec<(NeedPlace, Vec<(String, Severity)>)> = Vec::new();
            let mut healthy: Vec<(FileId, Span)> = Vec::new();
            for n in &needs {
                let Some(sev) = missing(project, img, &installed, n, partial, k) else {
                    if n.role == "the healthcheck" && !healthy.contains(&(n.file, n.span)) {
                        healthy.push((n.file, n.span));
                    }
                    continue;
                };
                let key = (n.file, n.span, n.role);
                match groups.iter_mut().find(|(g, _)| *g == key) {
                    Some((_, v)) => v.push((n.name.clone(), sev)),
                    None => groups.push((key, vec![(n.name.clone(), sev)])),
                }
            }
            for ((file, span, role), names) in &groups {
                let sev = names
                    .iter()
                    .map(|(_, s)| *s)
                    .max()
                    .unwrap_or(Severity::Medium);
                let list: Vec<String> = names.iter().map(|(n, _)| format!("`{n}`")).collect();
                let list = list.join(", ");
                let role_key = role_key(role);
                let f = if installed.complete_tree {
                    cx.report(
                        *file,
                        *span,
                        NotPinned {
                            role: role_key,
                            names: &list,
                            count: names.len(),
                        },
                    )
                } else {
                    cx.report(
                        *file,
                        *span,
                        NotNamed {
                            role: role_key,
                            names: &list,
                            count: names.len(),
                        },
                    )
                };
                if *role == "the healthcheck" && names.iter().any(|(n, _)| n == "requests") {
                    f.help(StdlibHelp {});
                } else {
                    f.help(AddHelp { names: &list });
                }
                f.severity(sev).at_most(img.confidence);
                if !installed.complete_tree {
                    f.at_most(Confidence::Medium);
                }
                let mut manifests = installed.manifests.clone();
                manifests.dedup();
                manifests.sort_unstable();
                manifests.dedup();
                for m in manifests.iter().take(3) {
                    f.related(*m, Span::EMPTY, Manifest {});
                }
                if let Some(c) = installed.commands.first() {
                    if *file != img.dockerfile || c != span {
                        f.related(img.dockerfile, *c, InstalledHere {});
                    }
                }
                for (d, _) in img.services() {
                    f.deployment(d);
                }
            }
            for (file, span) in healthy {
                if !groups.iter().any(|((f, s, _), _)| *f == file && *s == span) {
                    cx.strength(file, span, Healthy {});
                }
            }
        }
    }
}

/// The severity of a need the image does not satisfy, `None` when it is satisfied or cannot be
/// judged.
fn missing(
    project: &Project,
    img: &ImageBuild,
    installed: &Installed,
    n: &Need,
    partial: bool,
    k: &crate::knowledge::PythonKnowledge,
) -> Option<Severity> {
    if n.kind == NeedKind::Module && k.is_stdlib(&n.name) {
        return None;
    }
    let dists = n.dists(k)?;
    if dists.is_empty() || dists.iter().any(|d| installed.provides(k, d)) {
        return None;
    }
    if system_package_provides(project, img, n, &dists) {
        return None;
    }
    let top = n.name.split('.').next().unwrap_or(&n.name);
    if installed.projects.iter().any(|p| *p == normalize_name(top)) {
        return None;
    }
    let is_known = dists.iter().any(|d| known(k, d)) || n.kind == NeedKind::Program;
    if n.kind == NeedKind::Module {
        if partial && !is_known {
            return None;
        }
        if local_module(project, img, top) {
            return None;
        }
    }
    // a plugin distribution of it is installed (`taskiq-nats` for `taskiq`, `celery-redbeat`
    // for `celery`): plugins depend on what they extend, so it is most likely there
    let plugin_installed = dists.iter().any(|d| {
        let d = normalize_name(d);
        installed.dists.iter().any(|i| {
            i.name
                .strip_prefix(d.as_str())
                .is_some_and(|r| r.starts_with('-'))
        })
    });
    Some(if installed.complete_tree {
        Severity::High
    } else if plugin_installed || dists.iter().any(|d| k.common_transitive.contains(d)) {
        Severity::Low
    } else if n.kind == NeedKind::Program {
        Severity::High
    } else {
        Severity::Medium
    })
}

/// Does the distribution's package manager install it in the image? `supervisor` from apt or
/// apk brings `supervisord`; `python3-requests` / `py3-requests` bring `requests`.
fn system_package_provides(
    project: &Project,
    img: &ImageBuild,
    n: &Need,
    dists: &[String],
) -> bool {
    let Some(doc) = project.dockerfile(img.dockerfile) else {
        return false;
    };
    img.shipped_stages(&doc.stages)
        .into_iter()
        .filter_map(|s| doc.stages.get(s))
        .filter_map(|st| st.system_packages.as_ref())
        .flatten()
        .any(|p| {
            let p = p.split(['=', ':']).next().unwrap_or(p).to_ascii_lowercase();
            let bare = p
                .strip_prefix("python3-")
                .or_else(|| p.strip_prefix("py3-"))
                .or_else(|| p.strip_prefix("python-"));
            (n.kind == NeedKind::Program && (p == n.name || dists.contains(&p)))
                || bare.is_some_and(|b| dists.iter().any(|d| d.eq_ignore_ascii_case(b)))
        })
}

#[cfg(test)]
mod tests {
    use crate::testing::audit_txtar_with_rule;

    fn findings(src: &str) -> Vec<(String, String)> {
        audit_txtar_with_rule(src, "SW6004")
            .findings
            .iter()
            .filter(|f| f.rule.code == "SW6004")
            .map(|f| (f.severity.as_str().to_string(), f.message.to_string()))
            .collect()
    }

    const DF: &str = "-- Dockerfile --\nFROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\n";

    #[test]
    fn server_from_compose_and_worker_class() {
        let f = findings(&format!("{DF}CMD [\"python\", \"-m\", \"app\"]\n-- requirements.txt --\nfastapi==0.115.0\n-- compose.yaml --\nservices:\n  api:\n    build: .\n    command: gunicorn -k uvicorn.workers.UvicornWorker app.main:app\n-- app/main.py --\n"));
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(
            f[0].1.contains("`gunicorn`") && f[0].1.contains("`uvicorn`"),
            "{f:?}"
        );
        assert_eq!(f[0].0, "high");
    }

    #[test]
    fn a_plugin_of_the_program_makes_it_likely_installed() {
        let src = "-- Dockerfile --\nFROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nCMD [\"taskiq\", \"worker\", \"app.broker:broker\"]\n-- requirements.txt --\ntaskiq-nats>=0.5\n-- app/__init__.py --\n-- app/broker.py --\nbroker = None\n";
        let got = findings(src);
        assert!(
            !got.is_empty() && got.iter().all(|(sev, _)| sev == "low"),
            "a plugin of taskiq is installed: {got:?}"
        );
    }

    #[test]
    fn silent_when_provided_local_or_unknown() {
        // fastapi[standard] brings uvicorn; the app's own module
        assert!(findings(&format!("{DF}CMD [\"uvicorn\", \"app.main:app\"]\nHEALTHCHECK CMD python -c \"import app.health\"\n-- requirements.txt --\nfastapi[standard]==0.115.0\n-- app/main.py --\n-- app/health.py --\n")).is_empty());
        // a requirements file with a URL line: not fully known
        assert!(findings(&format!("{DF}CMD [\"gunicorn\", \"app:app\"]\n-- requirements.txt --\nflask\n-e git+https://github.com/acme/gunicorn.git#egg=gunicorn\n-- app.py --\n")).is_empty());
        // alembic from the pyproject the image installs
        assert!(findings("-- Dockerfile --\nFROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install .\nCMD [\"sh\", \"-c\", \"alembic upgrade head && exec python -m app\"]\n-- pyproject.toml --\n[project]\nname = \"app\"\ndependencies = [\"alembic\", \"sqlalchemy\"]\n-- app/__main__.py --\n").is_empty());
    }

    #[test]
    fn compiled_requirements_make_it_certain() {
        let f = findings(&format!("{DF}HEALTHCHECK CMD [\"python\", \"-c\", \"import requests\"]\nCMD [\"gunicorn\", \"app:app\"]\n-- requirements.txt --\n# via pip-compile\ngunicorn==23.0.0\nflask==3.0.3\n    # via -r requirements.in\n-- app.py --\n"));
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].0, "high");
        // not compiled: requests may come with another package
        let f = findings(&format!("{DF}HEALTHCHECK CMD [\"python\", \"-c\", \"import requests\"]\nCMD [\"gunicorn\", \"app:app\"]\n-- requirements.txt --\ngunicorn==23.0.0\nflask==3.0.3\n-- app.py --\n"));
        assert_eq!(f[0].0, "low");
    }

    #[test]
    fn system_packages_and_uv_workspaces_provide() {
        // supervisord from the distribution's `supervisor` package
        let f = findings("-- Dockerfile --\nFROM debian:trixie-slim\nRUN apt-get update && apt-get install -y --no-install-recommends supervisor && rm -rf /var/lib/apt/lists/*\nCOPY supervisord.conf /etc/supervisor/supervisord.conf\nCMD [\"/usr/bin/supervisord\", \"-c\", \"/etc/supervisor/supervisord.conf\"]\n-- supervisord.conf --\n");
        assert!(f.is_empty(), "{f:?}");
        // a uv workspace root whose member declares the server
        let f = findings("-- Dockerfile --\nFROM python:3.12\nWORKDIR /app\nCOPY pyproject.toml uv.lock ./\nCOPY backend/pyproject.toml backend/\nRUN uv sync --frozen --package app\nWORKDIR /app/backend\nCMD [\"fastapi\", \"run\"]\n-- pyproject.toml --\n[tool.uv.workspace]\nmembers = [\"backend\"]\n-- uv.lock --\n-- backend/pyproject.toml --\n[project]\nname = \"app\"\ndependencies = [\"fastapi[standard]\"]\n-- backend/app/main.py --\n");
        assert!(f.is_empty(), "{f:?}");
        // and without the member's dependency it still fires
        let f = findings("-- Dockerfile --\nFROM python:3.12\nWORKDIR /app\nCOPY pyproject.toml uv.lock ./\nCOPY backend/pyproject.toml backend/\nRUN uv sync --frozen --package app\nWORKDIR /app/backend\nCMD [\"fastapi\", \"run\"]\n-- pyproject.toml --\n[tool.uv.workspace]\nmembers = [\"backend\"]\n-- uv.lock --\n-- backend/pyproject.toml --\n[project]\nname = \"app\"\ndependencies = [\"sqlmodel\"]\n-- backend/app/main.py --\n");
        assert_eq!(f.len(), 1, "{f:?}");
    }
}
