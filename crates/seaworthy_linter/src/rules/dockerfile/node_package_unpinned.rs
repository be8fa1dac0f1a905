use super::{dockerfiles, run_commands};
use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;
use seaworthy_syntax::shell::{ShellWord, SimpleCommand};

declare_rule! {
    /// ## What it does
    /// Reports a package named on the command line of `npm install` (`npm i`, `npm add`),
    /// `yarn add`, `yarn global add` or `pnpm add` without a version (`pm2`, or a moving tag such
    /// as `pm2@latest`). Installs from `package.json` (`npm ci`, `npm install` without names),
    /// local paths, tarballs, git URLs and variables are not reported.
    ///
    /// ## Why is this bad?
    /// Each build installs whatever version is newest that day: two builds of the same commit
    /// ship different code, and a breaking or compromised release reaches production without
    /// anyone changing a line.
    ///
    /// ## Example
    /// ```dockerfile
    /// FROM node:22-slim
    /// RUN npm install -g pm2
    /// ```
    ///
    /// ## Use instead
    /// ```dockerfile
    /// FROM node:22-slim
    /// RUN npm install -g pm2@5.4.3
    /// ```
    ///
    /// ## References
    /// - <https://docs.npmjs.com/cli/commands/npm-install>
    /// - <https://docs.npmjs.com/cli/commands/npm-ci>
    pub struct NodePackageUnpinned {
        code: "SW1035",
        name: "node-package-unpinned",
        family: Dockerfile,
        severity: Low,
        category: Reliability,
        hadolint: ["DL3016"],
        summary: "`npm install <package>` without a version",
    }
}

/// The manager and the words after its install subcommand, for `npm install`, `yarn add`...
fn node_install(cmd: &SimpleCommand) -> Option<(&'static str, &[ShellWord])> {
    let argv = cmd.argv();
    let prog = argv.first()?.text.rsplit('/').next()?;
    let words: Vec<&str> = argv.iter().map(|w| w.text.as_str()).collect();
    // first non-option word after the program
    let sub_at = |from: usize| (from..argv.len()).find(|&i| !words[i].starts_with('-'));
    match prog {
        "npm" => {
            let i = sub_at(1)?;
            matches!(words[i], "install" | "i" | "add" | "in").then(|| ("npm", &argv[i + 1..]))
        }
        "yarn" => {
            let i = sub_at(1)?;
            match words[i] {
                "add" => Some(("yarn", &argv[i + 1..])),
                "global" => {
                    let j = sub_at(i + 1)?;
                    (words[j] == "add").then(|| ("yarn", &argv[j + 1..]))
                }
                _ => None,
            }
        }
        "pnpm" => {
            let i = sub_at(1)?;
            (words[i] == "add").then(|| ("pnpm", &argv[i + 1..]))
        }
        _ => None,
    }
}

const VALUE_OPTIONS: &[&str] = &[
    "--prefix",
    "--registry",
    "--cache",
    "-w",
    "--workspace",
    "--tag",
    "--omit",
    "--include",
    "--install-strategy",
    "--userconfig",
    "--loglevel",
    "--cwd",
    "--modules-folder",
    "--cache-folder",
    "--network-timeout",
    "--mutex",
    "--filter",
    "-C",
    "--dir",
];

/// `None` when the spec is not a registry package (path, URL, tarball, variable); otherwise the
/// version part (`""` when absent).
fn version_of(spec: &str) -> Option<&str> {
    let lower = spec.to_ascii_lowercase();
    if spec.starts_with(['.', '/', '~'])
        || spec.contains("://")
        || spec.contains('$')
        || spec.contains("{{")
        || [
            "git+", "git:", "github:", "gitlab:", "bitbucket:", "file:", "link:", "workspace:",
            "http:",
        ]
        .iter()
        .any(|p| lower.starts_with(p))
        || lower.ends_with(".tgz")
        || lower.ends_with(".tar.gz")
        // `user/repo` is a GitHub shorthand
        || (!spec.starts_with('@') && spec.contains('/'))
    {
        return None;
    }
    let at = if let Some(rest) = spec.strip_prefix('@') {
        rest.find('@').map(|i| i + 1)
    } else {
        spec.find('@')
    };
    Some(at.map(|i| &spec[i + 1..]).unwrap_or(""))
}

/// A version or a range, not a moving dist-tag (`latest`, `next`).
fn is_version(v: &str) -> bool {
    let v = v.trim_start_matches(['^', '~', '=', '>', '<', 'v', ' ']);
    v.starts_with(|c: char| c.is_ascii_digit()) || v.starts_with("npm:")
}

crate::message! {
    /// A global package without a version (`tagged`: `true` at a moving tag, `version`).
    struct Unpinned<'a> = "node-package-unpinned" { manager: &'a str, name: &'a str, tagged: bool, version: &'a str }
    /// `install`: the manager's lockfile install command.
    struct UnpinnedHelp<'a> = "node-package-unpinned-help" { name: &'a str, install: &'a str }
}

impl NodePackageUnpinned {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for doc in dockerfiles(project) {
            let df = &doc.tree;
            for stage in &df.stages {
                for (_, _, cmd) in run_commands(df, stage) {
                    let Some((manager, rest)) = node_install(cmd) else {
                        continue;
                    };
                    let mut skip = false;
                    for w in rest {
                        if skip {
                            skip = false;
                            continue;
                        }
                        if w.text.starts_with('-') {
                            skip = VALUE_OPTIONS.contains(&w.text.as_str());
                            continue;
                        }
                        let Some(version) = version_of(&w.text) else {
                            continue;
                        };
                        if is_version(version) {
                            continue;
                        }
                        let name = w
                            .text
                            .strip_suffix(&format!("@{version}"))
                            .unwrap_or(&w.text);
                        cx.report(
                            doc.file,
                            w.span,
                            Unpinned {
                                manager,
                                name,
                                tagged: !version.is_empty(),
                                version,
                            },
                        )
                        .help(UnpinnedHelp {
                            name,
                            install: match manager {
                                "npm" => "npm ci",
                                "yarn" => "yarn install --frozen-lockfile",
                                _ => "pnpm install --frozen-lockfile",
                            },
                        });
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::findings;

    const CODE: &str = "SW1035";

    #[test]
    fn specs() {
        for cmd in [
            "npm install -g pm2",
            "npm i --omit=dev --prefix /app typescript",
            "npm install -g npm@latest",
            "yarn global add serve",
            "pnpm add -g @angular/cli",
        ] {
            assert_eq!(
                findings(&format!("FROM node:22\nRUN {cmd}\n"), CODE),
                1,
                "{cmd}"
            );
        }
        for cmd in [
            "npm ci --omit=dev",
            "npm install",
            "npm install --production",
            "npm install -g pm2@5.4.3 @angular/cli@^18.2.0",
            "npm install ./packages/lib ../x.tgz git+https://github.com/a/b.git user/repo",
            "npm install -g \"$PKG\"",
            "yarn install --frozen-lockfile",
            "npm run build",
        ] {
            assert_eq!(
                findings(&format!("FROM node:22\nRUN {cmd}\n"), CODE),
                0,
                "{cmd}"
            );
        }
    }
}

#[cfg(test)]
mod english {
    use super::*;
    use crate::message::Message;

    /// The catalogue renders the English the rule said before its messages became data.
    #[test]
    fn variants_read_as_before() {
        let tagged: Message = Unpinned {
            manager: "npm",
            name: "typescript",
            tagged: true,
            version: "latest",
        }
        .into();
        assert_eq!(
            tagged.as_str(),
            "`npm` installs `typescript` at the moving tag `latest`: every build may get a different release"
        );
        let bare: Message = Unpinned {
            manager: "npm",
            name: "typescript",
            tagged: false,
            version: "",
        }
        .into();
        assert_eq!(
            bare.as_str(),
            "`npm` installs `typescript` without a version: every build may get a different release"
        );
        let h: Message = UnpinnedHelp {
            name: "typescript",
            install: "npm ci",
        }
        .into();
        assert_eq!(
            h.as_str(),
            "pin it (`typescript@<version>`), or list it in `package.json` with a lockfile and install with `npm ci`"
        );
    }
}
