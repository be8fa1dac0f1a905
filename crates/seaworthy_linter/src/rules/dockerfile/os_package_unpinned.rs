use super::{dockerfiles, is_rpm_manager, pkg_install, run_commands};
use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports `apk add`, `yum`/`dnf`/`microdnf install` and `zypper install` of packages
    /// without a version (`apk add curl` rather than `apk add curl=8.14.1-r1`, `dnf install
    /// python3` rather than `dnf install python3-3.12.5`), one finding per command. Package
    /// groups, module streams, local `.rpm`/`.apk` files and variables are not reported.
    /// `apt-get` is left out: Debian and Ubuntu mirrors drop superseded versions, so an exact
    /// `apt-get` pin breaks the build within weeks; pin the base image instead.
    ///
    /// ## Why is this bad?
    /// Two builds of the same commit can install different package versions, so an image that
    /// worked yesterday can change behaviour without a code change. This is a trade-off, not an
    /// error: exact pins also stop security updates until someone bumps them. Pinning the base
    /// image by digest and rebuilding on purpose is the usual middle ground.
    ///
    /// ## Example
    /// ```dockerfile
    /// FROM alpine:3.22
    /// RUN apk add --no-cache curl
    /// ```
    ///
    /// ## Use instead
    /// ```dockerfile
    /// FROM alpine:3.22
    /// RUN apk add --no-cache curl=8.14.1-r1
    /// ```
    ///
    /// ## References
    /// - <https://wiki.alpinelinux.org/wiki/Alpine_Package_Keeper#Advanced_APK_Usage>
    /// - <https://dnf.readthedocs.io/en/latest/command_ref.html#specifying-packages-label>
    /// - <https://en.opensuse.org/SDB:Zypper_manual>
    pub struct OsPackageUnpinned {
        code: "SW1037",
        name: "os-package-unpinned",
        family: Dockerfile,
        severity: Info,
        category: Reliability,
        hadolint: ["DL3018", "DL3033", "DL3037", "DL3041"],
        summary: "System package installed without a version",
    }
}

/// Is this package argument pinned to a version (or not a plain package name at all)?
fn pinned_or_not_a_name(manager: &str, spec: &str) -> bool {
    let lower = spec.to_ascii_lowercase();
    if spec.contains('$')
        || spec.contains("{{")
        || spec.starts_with(['@', '.', '/', '~'])
        || spec.contains("://")
        || spec.contains(':')
        || spec.contains('*')
        || lower.ends_with(".rpm")
        || lower.ends_with(".apk")
    {
        return true;
    }
    if spec.contains(['=', '<', '>']) || (manager == "apk" && spec.contains('~')) {
        return true;
    }
    // rpm `name-version[-release]`: a dash followed by a digit
    manager != "apk"
        && spec.char_indices().any(|(i, c)| {
            c == '-' && i > 0 && spec[i + 1..].starts_with(|d: char| d.is_ascii_digit())
        })
}

crate::message! {
    /// Packages without a version (`names`: the first four, joined by "`, `"; `more`: how many
    /// others, 0 for none).
    struct Unpinned<'a> = "os-package-unpinned" { manager: &'a str, verb: &'a str, names: &'a str, more: usize }
    /// `example`: the first package with the manager's version syntax.
    struct UnpinnedHelp<'a> = "os-package-unpinned-help" { example: &'a str }
}

impl OsPackageUnpinned {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for doc in dockerfiles(project) {
            let df = &doc.tree;
            for stage in &df.stages {
                for (_, _, cmd) in run_commands(df, stage) {
                    let Some(pi) = pkg_install(cmd) else {
                        continue;
                    };
                    let m = pi.manager.as_str();
                    if !(m == "apk" || m == "zypper" || is_rpm_manager(m)) {
                        continue;
                    }
                    // `dnf module install`, `dnf group install`
                    if cmd
                        .argv()
                        .iter()
                        .any(|w| matches!(w.text.as_str(), "module" | "group" | "groupinstall"))
                    {
                        continue;
                    }
                    let unpinned: Vec<&str> = pi
                        .packages
                        .iter()
                        .map(|w| w.text.as_str())
                        .filter(|p| !pinned_or_not_a_name(m, p))
                        .collect();
                    let (Some(first), Some(last)) = (
                        pi.packages
                            .iter()
                            .find(|w| unpinned.contains(&w.text.as_str())),
                        pi.packages
                            .iter()
                            .rev()
                            .find(|w| unpinned.contains(&w.text.as_str())),
                    ) else {
                        continue;
                    };
                    let names: Vec<&str> = unpinned.iter().take(4).copied().collect();
                    let example = match m {
                        "apk" => format!("{}=<version>", unpinned[0]),
                        "zypper" => format!("'{}=<version>'", unpinned[0]),
                        _ => format!("{}-<version>", unpinned[0]),
                    };
                    cx.report(
                        doc.file,
                        first.span.cover(last.span),
                        Unpinned {
                            manager: m,
                            verb: &pi.verb.text,
                            names: &names.join("`, `"),
                            more: unpinned.len().saturating_sub(4),
                        },
                    )
                    .help(UnpinnedHelp { example: &example });
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::findings;

    const CODE: &str = "SW1037";

    #[test]
    fn specs() {
        for cmd in [
            "apk add --no-cache curl",
            "apk add --no-cache --virtual .build-deps gcc musl-dev",
            "dnf install -y python3-devel",
            "microdnf install -y shadow-utils",
            "zypper --non-interactive install curl",
        ] {
            assert_eq!(
                findings(&format!("FROM scratch\nRUN {cmd}\n"), CODE),
                1,
                "{cmd}"
            );
        }
        for cmd in [
            "apk add --no-cache curl=8.14.1-r1 tini~0.19",
            "dnf install -y python3-3.12.5 nginx-1:1.24.0",
            "dnf install -y @development-tools ./local.rpm",
            "dnf module install -y nodejs:20",
            "zypper -n install 'curl>=8'",
            "apt-get install -y curl",
            "apk add --no-cache $PACKAGES",
        ] {
            assert_eq!(
                findings(&format!("FROM scratch\nRUN {cmd}\n"), CODE),
                0,
                "{cmd}"
            );
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
        let few: Message = Unpinned {
            manager: "apt-get",
            verb: "install",
            names: "curl`, `git",
            more: 0,
        }
        .into();
        assert_eq!(
            few.as_str(),
            "`apt-get install` installs `curl`, `git` without a version"
        );
        let many: Message = Unpinned {
            manager: "apk",
            verb: "add",
            names: "a`, `b`, `c`, `d",
            more: 2,
        }
        .into();
        assert_eq!(
            many.as_str(),
            "`apk add` installs `a`, `b`, `c`, `d`, 2 more without a version"
        );
        assert!(many.in_lang(Lang::Ru).contains("`d` и ещё 2 без версии"));
        assert!(few.in_lang(Lang::Uk).contains("`git` без версії"));
    }
}
