use super::{dockerfiles, run_commands};
use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports `ln -s <shell> /bin/sh` (or `/usr/bin/sh`) in a `RUN`: replacing the system shell
    /// to change the shell `RUN` uses.
    ///
    /// ## Why is this bad?
    /// `/bin/sh` is the shell of every script in the image, package maintainer scripts and the
    /// entrypoint included, which were written for the distribution's shell. Swapping it changes
    /// their behaviour far beyond the build steps. The `SHELL` instruction changes the shell of
    /// the following `RUN` instructions only, visibly, and is inherited by stages built on it.
    ///
    /// ## Example
    /// ```dockerfile
    /// FROM debian:bookworm-slim
    /// RUN ln -sf /bin/bash /bin/sh
    /// RUN source /etc/profile && echo ready
    /// ```
    ///
    /// ## Use instead
    /// ```dockerfile
    /// FROM debian:bookworm-slim
    /// SHELL ["/bin/bash", "-c"]
    /// RUN source /etc/profile && echo ready
    /// ```
    ///
    /// ## References
    /// - <https://docs.docker.com/reference/dockerfile/#shell>
    pub struct BinShRelinked {
        code: "SW1042",
        name: "bin-sh-relinked",
        family: Dockerfile,
        severity: Low,
        category: Maintainability,
        hadolint: ["DL4005"],
        summary: "`/bin/sh` relinked instead of using `SHELL`",
    }
}

crate::message! {
    /// `ln -s <target> /bin/sh`.
    struct Relinked<'a> = "bin-sh-relinked" { link: &'a str, target: &'a str }
    struct RelinkedHelp<'a> = "bin-sh-relinked-help" { target: &'a str, shell: &'a str }
}

impl BinShRelinked {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for doc in dockerfiles(project) {
            let df = &doc.tree;
            for stage in &df.stages {
                for (_, _, cmd) in run_commands(df, stage) {
                    if cmd.program() != Some("ln") {
                        continue;
                    }
                    let argv = cmd.argv();
                    let symbolic = argv.iter().skip(1).any(|w| {
                        w.text == "--symbolic"
                            || (w.text.starts_with('-')
                                && !w.text.starts_with("--")
                                && w.text.contains('s'))
                    });
                    let operands: Vec<&str> = argv
                        .iter()
                        .skip(1)
                        .map(|w| w.text.as_str())
                        .filter(|t| !t.starts_with('-'))
                        .collect();
                    let [target, link] = operands.as_slice() else {
                        continue;
                    };
                    if !symbolic || !matches!(*link, "/bin/sh" | "/usr/bin/sh") {
                        continue;
                    }
                    let shell = target.rsplit('/').next().unwrap_or(target);
                    cx.report(doc.file, cmd.span, Relinked { link, target })
                        .help(RelinkedHelp { target, shell });
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::findings;

    const CODE: &str = "SW1042";

    #[test]
    fn forms() {
        assert_eq!(
            findings(
                "FROM debian\nRUN rm /bin/sh && ln -s /bin/bash /bin/sh\n",
                CODE
            ),
            1
        );
        assert_eq!(
            findings("FROM debian\nRUN ln -snf bash /usr/bin/sh\n", CODE),
            1
        );
        assert_eq!(
            findings(
                "FROM debian\nRUN ln -s /usr/bin/python3 /usr/bin/python\n",
                CODE
            ),
            0
        );
        assert_eq!(findings("FROM debian\nRUN ln /bin/sh /opt/sh\n", CODE), 0);
    }
}
