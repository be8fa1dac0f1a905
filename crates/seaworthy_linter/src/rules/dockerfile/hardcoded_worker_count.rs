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

crate::message! {
    /// `--workers <value>` written into the image (`count`: the value as a number, for plurals).
    struct Workers<'a> = "hardcoded-worker-count" { value: &'a str, count: u64 }
    struct WorkersHelp = "hardcoded-worker-count-help" {}
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
            cx.report(
                l.file,
                w.span,
                Workers {
                    value,
                    count: value.parse().unwrap_or(u64::MAX),
                },
            )
            .help(WorkersHelp {});
        }
    }
}

#[cfg(test)]
mod english {
    use super::*;
    use crate::i18n::Lang;
    use crate::message::Message;

    /// The catalogue renders the English the rule said before its messages became data.
    #[test]
    fn variants_read_as_before() {
        let m: Message = Workers {
            value: "4",
            count: 4,
        }
        .into();
        assert_eq!(
            m.as_str(),
            "the image hard-codes 4 workers for every environment"
        );
        assert!(m.in_lang(Lang::Ru).contains("4 воркера"));
    }
}
