use super::{dockerfiles, is_rpm_manager, pkg_install, run_commands};
use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;
use seaworthy_syntax::shell::Op;

declare_rule! {
    /// ## What it does
    /// Reports a package install that may stop at a confirmation prompt: `apt-get install`
    /// (and `apt`, `aptitude`) without `-y`/`--yes`/`--assume-yes` (or `-qq`, which implies it),
    /// `yum`/`dnf`/`dnf5`/`microdnf`/`tdnf install` without `-y`/`--assumeyes`, and
    /// `zypper install` without `-y`/`--no-confirm` or the global `-n`/`--non-interactive`.
    /// Nothing is reported when the Dockerfile turns the prompt off in the manager's
    /// configuration (`APT::Get::Assume-Yes`, `assumeyes=1`) or pipes `yes` into the command.
    ///
    /// ## Why is this bad?
    /// A build has no terminal: the prompt reads end-of-file and the manager aborts ("Abort.",
    /// "Operation aborted."), so the build fails. `apt-get` only asks when it installs more than
    /// what was named, so the same Dockerfile that builds today breaks the day a package gains a
    /// dependency. `DEBIAN_FRONTEND=noninteractive` does not answer this prompt.
    ///
    /// ## Example
    /// ```dockerfile
    /// FROM debian:bookworm-slim
    /// RUN apt-get update && apt-get install --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
    /// ```
    ///
    /// ## Use instead
    /// ```dockerfile
    /// FROM debian:bookworm-slim
    /// RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
    /// ```
    ///
    /// ## References
    /// - <https://manpages.debian.org/apt-get.8>
    /// - <https://dnf.readthedocs.io/en/latest/command_ref.html#options>
    /// - <https://docs.docker.com/build/building/best-practices/#apt-get>
    pub struct InstallWithoutYes {
        code: "SW1034",
        name: "install-without-yes",
        family: Dockerfile,
        severity: Medium,
        category: Reliability,
        hadolint: ["DL3014", "DL3030", "DL3038", "DL3034"],
        summary: "Package install without `-y`: the build stops at a prompt",
    }
}

crate::message! {
    /// An install that may prompt (`flag`: the option that answers it).
    struct Prompt<'a> = "install-without-yes" { manager: &'a str, verb: &'a str, flag: &'a str }
    /// The command with the answer (`example`: a command line).
    struct PromptHelp<'a> = "install-without-yes-help" { example: &'a str }
}

impl InstallWithoutYes {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for doc in dockerfiles(project) {
            let df = &doc.tree;
            // assume-yes set in the manager's configuration anywhere in the file
            let all_text = |needle: &str| {
                df.instructions.iter().any(|i| {
                    i.args.text.to_ascii_lowercase().contains(needle)
                        || i.heredocs
                            .iter()
                            .any(|h| h.body.to_ascii_lowercase().contains(needle))
                })
            };
            let apt_configured = all_text("assume-yes");
            let rpm_configured = all_text("assumeyes");
            for stage in &df.stages {
                let cmds = run_commands(df, stage);
                for (n, (_, _, cmd)) in cmds.iter().enumerate() {
                    let Some(pi) = pkg_install(cmd) else {
                        continue;
                    };
                    let m = pi.manager.as_str();
                    let answered = match m {
                        "apt-get" | "apt" | "aptitude" => {
                            apt_configured
                                || pi.has_option(&["--yes", "--assume-yes"])
                                || pi.has_short('y')
                                || pi
                                    .options
                                    .iter()
                                    .any(|o| o.text == "-qq" || o.text.starts_with("-qq"))
                                || cmd.argv().iter().any(|w| w.text.contains("Assume-Yes"))
                        }
                        m if is_rpm_manager(m) => {
                            rpm_configured
                                || pi.has_option(&["--assumeyes", "--yes"])
                                || pi.has_short('y')
                                || cmd.argv().iter().any(|w| w.text.contains("assumeyes"))
                        }
                        "zypper" => {
                            // `-n` is global (before the subcommand); after it, `-n` is `--name`
                            let argv = cmd.argv();
                            let verb_at = argv
                                .iter()
                                .position(|w| std::ptr::eq(w, pi.verb))
                                .unwrap_or(argv.len());
                            let global_n = argv.get(1..verb_at).unwrap_or(&[]).iter().any(|w| {
                                w.text == "--non-interactive"
                                    || (w.text.starts_with('-')
                                        && !w.text.starts_with("--")
                                        && w.text.contains('n'))
                            });
                            global_n
                                || pi.has_option(&["--no-confirm", "--non-interactive", "--yes"])
                                || pi.has_short('y')
                        }
                        _ => continue,
                    };
                    // `yes | apt-get install ...`
                    let fed_yes = cmd.prev == Some(Op::Pipe)
                        && n > 0
                        && cmds
                            .get(n - 1)
                            .is_some_and(|(_, _, p)| p.program() == Some("yes"));
                    if answered || fed_yes {
                        continue;
                    }
                    let flag = if m == "zypper" {
                        "--non-interactive"
                    } else {
                        "-y"
                    };
                    let example = if m == "zypper" {
                        "zypper --non-interactive install ...".to_string()
                    } else {
                        format!("{m} install -y ...")
                    };
                    cx.report(
                        doc.file,
                        pi.verb.span,
                        Prompt {
                            manager: m,
                            verb: &pi.verb.text,
                            flag,
                        },
                    )
                    .help(PromptHelp { example: &example });
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::findings;

    const CODE: &str = "SW1034";

    #[test]
    fn every_manager() {
        for cmd in [
            "apt-get install curl",
            "apt install curl",
            "yum install python3",
            "dnf install python3",
            "dnf5 install python3",
            "microdnf install python3",
            "zypper install curl",
            "zypper in curl",
            "zypper install -n curl",
        ] {
            let src = format!("FROM scratch\nRUN {cmd}\n");
            assert_eq!(findings(&src, CODE), 1, "{cmd}");
        }
        for cmd in [
            "apt-get install -y curl",
            "apt-get -qy install curl",
            "apt-get install -qq curl",
            "apt-get install --yes curl",
            "apt-get install --assume-yes curl",
            "apt-get -o APT::Get::Assume-Yes=true install curl",
            "yes | apt-get install curl",
            "dnf install --assumeyes python3",
            "yum -y install python3",
            "microdnf install -y python3",
            "zypper --non-interactive install curl",
            "zypper -n in curl",
            "zypper install -y curl",
            "apk add curl",
            "pip install flask==3.0.0",
        ] {
            let src = format!("FROM scratch\nRUN {cmd}\n");
            assert_eq!(findings(&src, CODE), 0, "{cmd}");
        }
        let src = "FROM rockylinux:9\nRUN echo 'assumeyes=1' >> /etc/dnf/dnf.conf\nRUN dnf install python3\n";
        assert_eq!(findings(src, CODE), 0);
    }
}
