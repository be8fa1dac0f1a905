use crate::declare_rule;
use crate::diagnostic::Severity;
use crate::project::launch::{Launch, LaunchSource};
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Finds development servers and flags in what an image or start script runs: `--reload`,
    /// `manage.py runserver`, `flask run`, `npm run dev`/`yarn dev`, `nodemon`, `next dev`,
    /// `vite`, `--debug`. Files of the dev environment (`Dockerfile.dev`, `compose/local/...`)
    /// are not reported.
    ///
    /// ## Why is this bad?
    /// Dev servers are single-process, unhardened, watch the filesystem (CPU), restart on file
    /// changes and print debug pages with secrets to anyone.
    ///
    /// ## Example
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--reload"]
    /// ```
    ///
    /// ## Use instead
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0"]
    /// ```
    ///
    /// ## References
    /// - <https://docs.gunicorn.org/en/stable/deploy.html>
    /// - <https://www.uvicorn.org/deployment/>
    /// - <https://flask.palletsprojects.com/en/stable/deploying/>
    pub struct DevServerInImage {
        code: "SW1031",
        name: "dev-server-in-image",
        family: Dockerfile,
        severity: High,
        category: Reliability,
        summary: "Development server or flag in the image command",
    }
}

fn dev_mode(l: &Launch) -> Option<(usize, String)> {
    let words: Vec<&str> = l.argv.iter().map(|w| w.text.as_str()).collect();
    let at = |i: usize| (i, words.get(i).map(|s| s.to_string()).unwrap_or_default());
    if let Some(i) = words
        .iter()
        .position(|w| *w == "--reload" || w.starts_with("--reload=") && !w.ends_with("false"))
    {
        return Some(at(i));
    }
    if let Some(i) = words.iter().position(|w| *w == "runserver") {
        if words
            .iter()
            .any(|w| w.ends_with("manage.py") || *w == "django-admin")
        {
            return Some((i, "manage.py runserver".into()));
        }
    }
    if l.tool() == Some("flask") {
        if let Some(i) = words.iter().position(|w| *w == "run") {
            return Some((i, "flask run".into()));
        }
    }
    if matches!(l.program(), Some("npm" | "yarn" | "pnpm" | "bun")) {
        if let Some(i) = words
            .iter()
            .position(|w| *w == "dev" || *w == "start:dev" || *w == "serve")
        {
            return Some((i, words[..=i].join(" ")));
        }
    }
    if matches!(l.program(), Some("nodemon"))
        || l.program() == Some("next") && words.get(1) == Some(&"dev")
        || l.program() == Some("vite") && words.len() == 1
    {
        return Some((0, words.join(" ")));
    }
    if matches!(l.tool(), Some("gunicorn" | "uvicorn" | "flask")) {
        if let Some(i) = words.iter().position(|w| *w == "--debug") {
            return Some(at(i));
        }
    }
    None
}

crate::message! {
    /// The development-server command.
    struct Dev<'a> = "dev-server-in-image" { command: &'a str }
    struct DevHelp = "dev-server-in-image-help" {}
}

impl DevServerInImage {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for l in project.launches() {
            let env = project.file(l.file).environment;
            if env.is_non_prod() || l.source == LaunchSource::Compose {
                continue;
            }
            if l.source != LaunchSource::Script {
                if let Some(doc) = project.dockerfile(l.file) {
                    if doc.tree.final_stage().is_some_and(super::is_dev_stage) {
                        continue;
                    }
                }
            }
            let Some((i, what)) = dev_mode(l) else {
                continue;
            };
            let span = l.argv.get(i).map(|w| w.span).unwrap_or(l.span);
            let f = cx.report(l.file, span, Dev { command: &what });
            f.help(DevHelp {});
            if l.source == LaunchSource::Script {
                f.severity(Severity::Medium);
            }
        }
    }
}
