use super::dockerfiles;
use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;
use seaworthy_syntax::dockerfile::Keyword;

declare_rule! {
    /// ## What it does
    /// Reports `CMD` and `ENTRYPOINT` in shell form (`CMD gunicorn app:app`) in the final stage,
    /// unless the command starts with `exec`. Records a strength for exec form.
    ///
    /// ## Why is this bad?
    /// Shell form runs the command under `/bin/sh -c`: the shell is PID 1 and does not forward
    /// SIGTERM, so `docker stop` waits 10 seconds and kills the app without a graceful shutdown;
    /// in-flight requests and jobs are lost.
    ///
    /// ## Example
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// CMD gunicorn app:app --bind 0.0.0.0:8000
    /// ```
    ///
    /// ## Use instead
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// CMD ["gunicorn", "app:app", "--bind", "0.0.0.0:8000"]
    /// ```
    ///
    /// ## References
    /// - <https://docs.docker.com/reference/build-checks/json-args-recommended/>
    /// - <https://docs.docker.com/reference/dockerfile/#entrypoint>
    pub struct ShellFormEntrypoint {
        code: "SW1020",
        name: "shell-form-entrypoint",
        family: Dockerfile,
        severity: Medium,
        category: Reliability,
        hadolint: ["DL3025"],
        summary: "Shell-form CMD/ENTRYPOINT does not forward signals",
    }
}

impl ShellFormEntrypoint {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for doc in dockerfiles(project) {
            let df = &doc.tree;
            let Some(stage) = df.final_stage() else {
                continue;
            };
            for kw in [Keyword::Entrypoint, Keyword::Cmd] {
                let Some((_, ins)) = df
                    .stage_instructions(stage)
                    .filter(|(_, i)| i.keyword == kw)
                    .last()
                else {
                    continue;
                };
                if ins.is_exec_form() {
                    cx.strength(
                        doc.file,
                        ins.keyword_span,
                        format!(
                            "exec-form `{}`: the process gets signals directly",
                            kw.as_str()
                        ),
                    );
                    continue;
                }
                let t = ins.args.text.trim_start();
                if t.is_empty() || t.starts_with("exec ") || t.starts_with('[') {
                    continue;
                }
                // CMD in shell form after an exec-form ENTRYPOINT is passed as arguments
                if kw == Keyword::Cmd
                    && df
                        .stage_instructions(stage)
                        .any(|(_, i)| i.keyword == Keyword::Entrypoint && i.is_exec_form())
                {
                    continue;
                }
                cx.report(doc.file, ins.span, format!("shell-form `{}`: `/bin/sh -c` is PID 1 and does not pass SIGTERM to the app", kw.as_str()))
                    .help(format!("use the exec form `{} [\"prog\", \"arg\"]`, or start the command with `exec`", kw.as_str()));
            }
        }
    }
}
