use super::{dockerfiles, parent_stage};
use crate::declare_rule;
use crate::diagnostic::Severity;
use crate::project::Project;
use crate::rule::Checker;
use seaworthy_syntax::dockerfile::{Dockerfile, Instruction, Keyword, Stage};
use seaworthy_syntax::shell::{Op, SimpleCommand};

declare_rule! {
    /// ## What it does
    /// Reports a `RUN` in shell form with a pipe when neither a `SHELL` with `-o pipefail` nor
    /// `set -o pipefail` in the same `RUN` is in effect. A pipe inside a command substitution
    /// (`VERSION=$(curl ... | jq ...)`) counts; the `|` between `case` patterns (`arm64|aarch64)`)
    /// is not a pipe. Pipes into `true`, `tee`, `grep -q`... are still reported: the left side's
    /// failure is what gets lost. The `SHELL` of the stage a stage is built `FROM` carries over.
    ///
    /// Under `cmd` (the default shell of Windows images) there is no pipefail and nothing is
    /// reported. Under a PowerShell `SHELL` the analogue is `$ErrorActionPreference = 'Stop'`; a
    /// pipe without it is reported as info.
    ///
    /// ## Why is this bad?
    /// `/bin/sh -c "a | b"` returns the status of `b` only: when `a` (the download, the build)
    /// fails, the step succeeds and the image ships broken.
    ///
    /// ## Example
    /// ```dockerfile
    /// FROM debian:bookworm-slim
    /// RUN wget -O - https://example.com/key.asc | gpg --dearmor -o /usr/share/keyrings/example.gpg
    /// ```
    ///
    /// ## Use instead
    /// ```dockerfile
    /// FROM debian:bookworm-slim
    /// SHELL ["/bin/bash", "-o", "pipefail", "-c"]
    /// RUN wget -O - https://example.com/key.asc | gpg --dearmor -o /usr/share/keyrings/example.gpg
    /// ```
    ///
    /// ## References
    /// - <https://docs.docker.com/reference/dockerfile/#shell>
    /// - <https://docs.docker.com/build/building/best-practices/#using-pipes>
    /// - <https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_preference_variables#erroractionpreference>
    pub struct PipeWithoutPipefail {
        code: "SW1024",
        name: "pipe-without-pipefail",
        family: Dockerfile,
        severity: Low,
        category: Reliability,
        hadolint: ["DL4006"],
        summary: "Pipe in RUN without pipefail",
    }
}

/// The shell a shell-form `RUN` runs under.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shell {
    /// `/bin/sh -c` or another POSIX shell; `true` when `-o pipefail` is on.
    Posix(bool),
    /// PowerShell; `true` when `$ErrorActionPreference` is set to `Stop`.
    Pwsh(bool),
    /// `cmd /S /C`: no pipefail at all.
    Cmd,
}

fn shell_of(ins: &Instruction) -> Shell {
    let words: Vec<&str> = ins
        .json
        .as_ref()
        .map(|j| j.iter().map(|w| w.text.as_str()).collect())
        .unwrap_or_default();
    let prog = words
        .first()
        .map(|p| {
            p.rsplit(['/', '\\'])
                .next()
                .unwrap_or(p)
                .to_ascii_lowercase()
        })
        .unwrap_or_default();
    let prog = prog.trim_end_matches(".exe");
    match prog {
        "powershell" | "pwsh" => Shell::Pwsh(stops_on_error(&ins.args.text)),
        "cmd" => Shell::Cmd,
        // `-o pipefail`, `-eo pipefail`, or `set -o pipefail` in a `-c` prefix
        _ => Shell::Posix(words.iter().any(|w| w.contains("pipefail"))),
    }
}

fn stops_on_error(text: &str) -> bool {
    let t = text.to_ascii_lowercase();
    t.contains("$erroractionpreference") && t.contains("stop")
}

/// Windows base images run `RUN` under `cmd /S /C` unless a `SHELL` says otherwise.
fn windows_stage(df: &Dockerfile, stage: &Stage) -> bool {
    let image = stage.base_resolved.to_ascii_lowercase();
    stage
        .platform
        .as_deref()
        .is_some_and(|p| p.to_ascii_lowercase().starts_with("windows"))
        || ["windows", "nanoserver", "servercore", "ltsc20"]
            .iter()
            .any(|w| image.contains(w))
        || df.escape == '`'
}

/// Is there a pipe in these commands, in their command substitutions included?
fn has_pipe(cmds: &[SimpleCommand], depth: usize) -> bool {
    cmds.iter().any(|c| {
        c.next == Some(Op::Pipe)
            || (depth < 8
                && c.substitutions
                    .iter()
                    .any(|s| has_pipe(&seaworthy_syntax::shell::parse(s), depth + 1)))
    })
}

crate::message! {
    /// A POSIX shell pipe without `pipefail`.
    struct Pipe = "pipe-without-pipefail" {}
    struct PipeHelp = "pipe-without-pipefail-help" {}
    /// A PowerShell pipeline that does not stop on errors.
    struct Pwsh = "pipe-without-pipefail-pwsh" {}
    struct PwshHelp = "pipe-without-pipefail-pwsh-help" {}
}

impl PipeWithoutPipefail {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for doc in dockerfiles(project) {
            let df = &doc.tree;
            // the shell in effect at the end of each stage, for the stages built on it
            let mut end_shell: Vec<Shell> = Vec::with_capacity(df.stages.len());
            for stage in &df.stages {
                let mut shell = match parent_stage(df, stage).and_then(|p| end_shell.get(p.index)) {
                    Some(s) => *s,
                    None if windows_stage(df, stage) => Shell::Cmd,
                    None => Shell::Posix(false),
                };
                for (_, ins) in df.stage_instructions(stage) {
                    if ins.keyword == Keyword::Shell {
                        shell = shell_of(ins);
                        continue;
                    }
                    if ins.keyword != Keyword::Run || ins.is_exec_form() {
                        continue;
                    }
                    let body: String = ins.heredocs.iter().map(|h| h.body.as_str()).collect();
                    let cmds = ins.command_list();
                    let Some(c) = cmds.iter().find(|c| has_pipe(std::slice::from_ref(c), 0)) else {
                        continue;
                    };
                    match shell {
                        Shell::Cmd | Shell::Posix(true) | Shell::Pwsh(true) => {}
                        Shell::Posix(false) => {
                            if ins.args.text.contains("pipefail") || body.contains("pipefail") {
                                continue;
                            }
                            cx.report(doc.file, c.span, Pipe {}).help(PipeHelp {});
                        }
                        Shell::Pwsh(false) => {
                            if stops_on_error(&ins.args.text) || stops_on_error(&body) {
                                continue;
                            }
                            cx.report(doc.file, c.span, Pwsh {})
                                .severity(Severity::Info)
                                .help(PwshHelp {});
                        }
                    }
                }
                end_shell.push(shell);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::findings;

    const CODE: &str = "SW1024";

    #[test]
    fn case_patterns_and_substitutions() {
        let src = "FROM debian:trixie\nRUN case \"$(uname -m)\" in \\\n      x86_64|amd64) A=amd64 ;; \\\n      aarch64|arm64) A=arm64 ;; \\\n    esac && curl -fsSLo /x https://example.com/$A\n";
        assert_eq!(findings(src, CODE), 0);
        let src = "FROM debian:trixie\nRUN V=\"$(curl -fsSL https://example.com/latest | jq -r .tag)\" && echo $V\n";
        assert_eq!(findings(src, CODE), 1);
        let src = "FROM debian:trixie\nRUN set -eo pipefail; V=$(curl -fsSL https://example.com/latest | jq -r .tag)\n";
        assert_eq!(findings(src, CODE), 0);
    }

    #[test]
    fn windows_shells() {
        // cmd: no pipefail to ask for
        let src =
            "FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN type a.txt | findstr x\n";
        assert_eq!(findings(src, CODE), 0);
        let src =
            "FROM debian:trixie\nSHELL [\"cmd\", \"/S\", \"/C\"]\nRUN type a.txt | findstr x\n";
        assert_eq!(findings(src, CODE), 0);
        // PowerShell that stops on errors
        let src = "FROM mcr.microsoft.com/powershell:lts-nanoserver-ltsc2022\nSHELL [\"pwsh\", \"-Command\", \"$ErrorActionPreference = 'Stop'; $ProgressPreference = 'SilentlyContinue';\"]\nRUN Get-ChildItem C:\\\\tmp | Remove-Item -Recurse\n";
        assert_eq!(findings(src, CODE), 0);
        // PowerShell that does not: info, with PowerShell advice
        let src = "FROM mcr.microsoft.com/powershell:lts-nanoserver-ltsc2022\nSHELL [\"pwsh\", \"-Command\"]\nRUN Get-ChildItem C:\\\\tmp | Remove-Item -Recurse\n";
        let a = crate::testing::audit_txtar_with_rule(&format!("-- Dockerfile --\n{src}"), CODE);
        assert_eq!(a.findings.len(), 1);
        assert_eq!(a.findings[0].severity, crate::diagnostic::Severity::Info);
        assert!(a.findings[0].message.contains("ErrorActionPreference"));
    }

    #[test]
    fn shell_carries_over_to_child_stages() {
        let src = "FROM debian:trixie AS base\nSHELL [\"/bin/bash\", \"-eo\", \"pipefail\", \"-c\"]\nFROM base\nRUN curl -fsSL https://example.com/x | tar xz\n";
        assert_eq!(findings(src, CODE), 0);
        let src = "FROM debian:trixie AS base\nSHELL [\"/bin/bash\", \"-eo\", \"pipefail\", \"-c\"]\nFROM debian:trixie\nRUN curl -fsSL https://example.com/x | tar xz\n";
        assert_eq!(findings(src, CODE), 1);
    }

    #[test]
    fn non_shell_heredocs_have_no_pipes() {
        let src = "FROM python:3.12\nRUN python3 <<EOF\nflags = 1 | 2\nprint(flags)\nEOF\n";
        assert_eq!(findings(src, CODE), 0);
    }
}
