use super::{dockerfiles, run_commands};
use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports a gem named on the command line of `gem install` without a version: no
    /// `-v`/`--version` and no `name:version`. `.gem` files, a `Gemfile` (`-g`) and variables are
    /// not reported.
    ///
    /// ## Why is this bad?
    /// Each build installs whatever version is newest that day: two builds of the same commit
    /// ship different code, and a breaking or compromised release reaches production without
    /// anyone changing a line.
    ///
    /// ## Example
    /// ```dockerfile
    /// FROM ruby:3.3-slim
    /// RUN gem install bundler
    /// ```
    ///
    /// ## Use instead
    /// ```dockerfile
    /// FROM ruby:3.3-slim
    /// RUN gem install bundler -v 2.5.22
    /// ```
    ///
    /// ## References
    /// - <https://guides.rubygems.org/command-reference/#gem-install>
    pub struct GemUnpinnedPackage {
        code: "SW1036",
        name: "gem-unpinned-package",
        family: Dockerfile,
        severity: Low,
        category: Reliability,
        hadolint: ["DL3028"],
        summary: "`gem install <gem>` without a version",
    }
}

const VALUE_OPTIONS: &[&str] = &[
    "-i",
    "--install-dir",
    "-n",
    "--bindir",
    "-s",
    "--source",
    "-P",
    "--trust-policy",
    "--platform",
    "-p",
    "--http-proxy",
    "--build-root",
    "--document",
];

crate::message! {
    /// `gem install <gem>` without a version.
    struct Gem<'a> = "gem-unpinned-package" { gem: &'a str }
    struct GemHelp<'a> = "gem-unpinned-package-help" { gem: &'a str }
}

impl GemUnpinnedPackage {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for doc in dockerfiles(project) {
            let df = &doc.tree;
            for stage in &df.stages {
                for (_, _, cmd) in run_commands(df, stage) {
                    let argv = cmd.argv();
                    let prog = argv
                        .first()
                        .map(|w| w.text.rsplit('/').next().unwrap_or(&w.text));
                    if prog != Some("gem")
                        || !argv
                            .get(1)
                            .is_some_and(|w| w.text == "install" || w.text == "i")
                    {
                        continue;
                    }
                    let rest = &argv[2..];
                    let versioned = rest.iter().any(|w| {
                        w.text == "-v"
                            || w.text == "--version"
                            || w.text.starts_with("--version=")
                            || (w.text.starts_with("-v") && w.text.len() > 2)
                    });
                    let gemfile = rest.iter().any(|w| {
                        w.text == "-g" || w.text == "--file" || w.text.starts_with("--file=")
                    });
                    if versioned || gemfile {
                        continue;
                    }
                    let mut skip = false;
                    for w in rest {
                        if skip {
                            skip = false;
                            continue;
                        }
                        let t = w.text.as_str();
                        if t.starts_with('-') {
                            skip = VALUE_OPTIONS.contains(&t);
                            continue;
                        }
                        if t.contains(':')
                            || t.ends_with(".gem")
                            || t.starts_with(['.', '/', '~'])
                            || t.contains('$')
                            || t.contains("{{")
                        {
                            continue;
                        }
                        cx.report(doc.file, w.span, Gem { gem: t })
                            .help(GemHelp { gem: t });
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::findings;

    const CODE: &str = "SW1036";

    #[test]
    fn specs() {
        assert_eq!(
            findings(
                "FROM ruby:3.3\nRUN gem install --no-document rails puma\n",
                CODE
            ),
            2
        );
        for cmd in [
            "gem install bundler -v 2.5.22",
            "gem install bundler --version=2.5.22",
            "gem install bundler:2.5.22 --no-document",
            "gem install ./vendor/x.gem",
            "gem install -g Gemfile",
            "gem update --system 3.5.22",
        ] {
            assert_eq!(
                findings(&format!("FROM ruby:3.3\nRUN {cmd}\n"), CODE),
                0,
                "{cmd}"
            );
        }
    }
}
