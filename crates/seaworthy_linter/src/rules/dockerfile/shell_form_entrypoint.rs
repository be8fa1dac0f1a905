use super::dockerfiles;
use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;
use seaworthy_syntax::dockerfile::Keyword;

declare_rule! {
    /// ## What it does
    /// Reports `CMD` and `ENTRYPOINT` in shell form (`CMD gunicorn app:app`) in the final stage,
    /// unless the command starts with `exec`; and an exec-form `ENTRYPOINT` that runs an
    /// entrypoint script from the repository which starts the server without `exec` (and sets no
    /// `trap`): the shell stays PID 1 all the same. Records a strength for exec form that really
    /// hands the process over.
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

crate::message! {
    /// The wrapper script of an exec-form entrypoint starts the server without `exec`.
    struct Wrapper<'a> = "shell-form-entrypoint-wrapper" { path: &'a str }
    struct WrapperHelp = "shell-form-entrypoint-wrapper-help" {}
    struct WrapperRelated = "shell-form-entrypoint-wrapper-related" {}
    /// An exec-form `CMD`/`ENTRYPOINT`.
    struct ExecForm<'a> = "shell-form-entrypoint-strength" { keyword: &'a str }
    /// A shell-form `CMD`/`ENTRYPOINT`.
    struct ShellForm<'a> = "shell-form-entrypoint" { keyword: &'a str }
    struct ShellFormHelp<'a> = "shell-form-entrypoint-help" { keyword: &'a str }
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
                    // an exec-form ENTRYPOINT that runs a wrapper script: does the script hand over?
                    if let Some((script, last)) =
                        wrapper_without_exec(project, doc, stage.index, ins)
                    {
                        let sf = project.file(script);
                        cx.report(script, last, Wrapper { path: &sf.path })
                            .help(WrapperHelp {})
                            .related(doc.file, ins.span, WrapperRelated {});
                        continue;
                    }
                    cx.strength(
                        doc.file,
                        ins.keyword_span,
                        ExecForm {
                            keyword: kw.as_str(),
                        },
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
                cx.report(
                    doc.file,
                    ins.span,
                    ShellForm {
                        keyword: kw.as_str(),
                    },
                )
                .help(ShellFormHelp {
                    keyword: kw.as_str(),
                });
            }
        }
    }
}

/// The repository script an exec-form instruction runs, when it starts its last command without
/// `exec` and sets no `trap`: (script, span of that last command).
fn wrapper_without_exec(
    project: &Project,
    doc: &crate::project::dockerfile::DockerfileDoc,
    stage: usize,
    ins: &seaworthy_syntax::dockerfile::Instruction,
) -> Option<(usize, seaworthy_syntax::Span)> {
    let first = ins.json.as_ref()?.first()?.text.clone();
    let st = doc.stages.get(stage)?;
    let script = project
        .images
        .iter()
        .filter(|i| i.dockerfile == doc.file)
        .find_map(|i| i.script_for(&project.files, st, &first))?;
    let f = project.file(script);
    if f.text.contains("trap ") || f.text.contains("supervisord") || f.text.contains("wait ") {
        return None;
    }
    let cmds = project.shell_commands(script);
    if cmds
        .iter()
        .any(|c| c.words.first().is_some_and(|w| w.text == "exec"))
    {
        return None;
    }
    let last = cmds.last()?;
    let prog = last.argv().first()?.text.clone();
    // a script that only prepares and ends in `exit`/`true`/an echo is not a server wrapper
    if matches!(
        prog.as_str(),
        "exit" | "true" | "echo" | "printf" | "set" | "export" | "cd"
    ) {
        return None;
    }
    Some((script, last.span))
}

#[cfg(test)]
mod tests {
    use crate::testing::audit_txtar_with_rule;

    const DOCKERFILE: &str = "-- Dockerfile --\nFROM python:3.12-slim\nCOPY docker/entrypoint.sh /entrypoint.sh\nENTRYPOINT [\"/entrypoint.sh\"]\n";

    #[test]
    fn wrapper_that_does_not_exec_is_reported_and_not_praised() {
        let a = audit_txtar_with_rule(
            &format!("{DOCKERFILE}-- docker/entrypoint.sh --\n#!/bin/sh\nset -e\npython manage.py migrate\ngunicorn app.wsgi -b 0.0.0.0:8000\n"),
            "SW1020",
        );
        assert_eq!(a.findings.len(), 1, "{:?}", a.findings);
        let f = &a.findings[0];
        assert_eq!(a.project.file(f.file).path, "docker/entrypoint.sh");
        assert!(f.message.contains("without `exec`"));
        assert!(a.strengths.is_empty());
    }

    #[test]
    fn wrapper_that_execs_is_a_strength() {
        let a = audit_txtar_with_rule(
            &format!("{DOCKERFILE}-- docker/entrypoint.sh --\n#!/bin/sh\nset -e\npython manage.py migrate\nexec \"$@\"\n"),
            "SW1020",
        );
        assert!(a.findings.is_empty(), "{:?}", a.findings);
        assert_eq!(a.strengths.len(), 1);
    }
}

#[cfg(test)]
mod english {
    use super::*;
    use crate::message::Message;

    /// The catalogue renders the English the rule said before its messages became data.
    #[test]
    fn variants_read_as_before() {
        let w: Message = Wrapper {
            path: "docker/entrypoint.sh",
        }
        .into();
        assert_eq!(
            w.as_str(),
            "`docker/entrypoint.sh` starts the server without `exec`: the shell stays PID 1 and does not pass SIGTERM on"
        );
        let h: Message = WrapperHelp {}.into();
        assert_eq!(
            h.as_str(),
            "start the last command with `exec` (`exec gunicorn ...`, or `exec \"$@\"`) so the server receives signals directly"
        );
        let s: Message = ExecForm { keyword: "CMD" }.into();
        assert_eq!(
            s.as_str(),
            "exec-form `CMD`: the process gets signals directly"
        );
    }
}
