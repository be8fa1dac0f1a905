use crate::declare_rule;
use crate::project::launch::LaunchSource;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports an image command that hard-codes the number of server workers
    /// (`gunicorn -w 4`, `--workers 4`, `uvicorn --workers 4`) in a Dockerfile.
    ///
    /// ## Why is this bad?
    /// The right number depends on where the image runs (a 1-CPU dev laptop container, a 4-CPU
    /// production VM, a replica count); baked into the image it can only be changed by
    /// rebuilding or overriding the whole command. gunicorn and uvicorn both read
    /// `WEB_CONCURRENCY`.
    ///
    /// ## Example
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000", "--workers", "4"]
    /// ```
    ///
    /// ## Use instead
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// ENV WEB_CONCURRENCY=2
    /// CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]
    /// ```
    ///
    /// ## References
    /// - <https://docs.gunicorn.org/en/stable/settings.html#workers>
    pub struct HardcodedWorkerCount {
        code: "SW1030",
        name: "hardcoded-worker-count",
        family: Dockerfile,
        severity: Medium,
        category: Operability,
        summary: "Worker count hard-coded in the image command",
    }
}

impl HardcodedWorkerCount {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for l in project.launches() {
            if !matches!(
                l.source,
                LaunchSource::DockerfileCmd | LaunchSource::DockerfileEntrypoint
            ) || project.file(l.file).environment.is_non_prod()
            {
                continue;
            }
            if !matches!(l.tool(), Some("gunicorn" | "uvicorn" | "hypercorn")) {
                continue;
            }
            let Some(w) = l.arg_value(&["-w", "--workers"]) else {
                continue;
            };
            let value = w.text.rsplit('=').next().unwrap_or(&w.text);
            if value.is_empty() || !value.chars().all(|c| c.is_ascii_digit()) {
                continue;
            }
            cx.report(l.file, w.span, format!("the image hard-codes {value} workers for every environment"))
                .help("drop the flag and set `ENV WEB_CONCURRENCY=<n>` (gunicorn and uvicorn read it), so each deployment can override it");
        }
    }
}
