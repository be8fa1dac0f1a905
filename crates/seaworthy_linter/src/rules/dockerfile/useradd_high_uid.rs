use super::{dockerfiles, run_commands};
use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports `useradd` with a UID of 65536 or more and without `-l`/`--no-log-init`.
    ///
    /// ## Why is this bad?
    /// `useradd` reserves a record for the new UID in the sparse files `/var/log/lastlog` and
    /// `/var/log/faillog`, at an offset proportional to the UID. Image layers do not keep files
    /// sparse, so the holes are stored as zeros: about 29 MB for UID 100000, gigabytes for UIDs
    /// in the millions, and builds that run out of disk.
    ///
    /// ## Example
    /// ```dockerfile
    /// FROM debian:bookworm-slim
    /// RUN useradd --uid 1000000 --create-home app
    /// ```
    ///
    /// ## Use instead
    /// ```dockerfile
    /// FROM debian:bookworm-slim
    /// RUN useradd --no-log-init --uid 1000000 --create-home app
    /// ```
    ///
    /// ## References
    /// - <https://docs.docker.com/build/building/best-practices/#user>
    /// - <https://manpages.debian.org/useradd.8>
    pub struct UseraddHighUid {
        code: "SW1040",
        name: "useradd-high-uid",
        family: Dockerfile,
        severity: Low,
        category: Performance,
        hadolint: ["DL3046"],
        summary: "`useradd` of a high UID without `--no-log-init`",
    }
}

/// Short options of `useradd` that take a value (the rest of the cluster or the next word).
const SHORT_WITH_VALUE: &str = "bcdefgGkKpsuZRP";

/// (UID as written, `-l` given) of a `useradd` command line.
fn uid_and_l(args: &[&str]) -> (Option<String>, bool) {
    let mut uid = None;
    let mut l = false;
    let mut i = 0;
    while i < args.len() {
        let a = args[i];
        if let Some(long) = a.strip_prefix("--") {
            match long.split_once('=') {
                Some(("uid", v)) => uid = Some(v.to_string()),
                None if long == "uid" => {
                    uid = args.get(i + 1).map(|s| s.to_string());
                    i += 1;
                }
                None if long == "no-log-init" => l = true,
                _ => {}
            }
        } else if let Some(cluster) = a.strip_prefix('-') {
            for (k, c) in cluster.char_indices() {
                if c == 'l' {
                    l = true;
                }
                if SHORT_WITH_VALUE.contains(c) {
                    let rest = &cluster[k + c.len_utf8()..];
                    let value = if rest.is_empty() {
                        i += 1;
                        args.get(i).map(|s| s.to_string())
                    } else {
                        Some(rest.to_string())
                    };
                    if c == 'u' {
                        uid = value;
                    }
                    break;
                }
            }
        }
        i += 1;
    }
    (uid, l)
}

crate::message! {
    /// `useradd` of a high UID without `--no-log-init` (`mb`: the size of `/var/log/lastlog`).
    struct HighUid<'a> = "useradd-high-uid" { uid: &'a str, mb: u64 }
    struct HighUidHelp = "useradd-high-uid-help" {}
}

impl UseraddHighUid {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for doc in dockerfiles(project) {
            let df = &doc.tree;
            for stage in &df.stages {
                for (_, _, cmd) in run_commands(df, stage) {
                    if cmd.program() != Some("useradd") {
                        continue;
                    }
                    let args: Vec<&str> =
                        cmd.argv().iter().skip(1).map(|w| w.text.as_str()).collect();
                    let (Some(uid), false) = uid_and_l(&args) else {
                        continue;
                    };
                    let Ok(n) = uid.parse::<u64>() else {
                        continue;
                    };
                    if n < 65536 {
                        continue;
                    }
                    let mb = (n + 1) * 292 / 1_000_000;
                    cx.report(doc.file, cmd.span, HighUid { uid: &uid, mb })
                        .help(HighUidHelp {});
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::findings;
    use super::uid_and_l;

    const CODE: &str = "SW1040";

    #[test]
    fn options() {
        assert_eq!(
            uid_and_l(&["-u", "100000", "app"]),
            (Some("100000".into()), false)
        );
        assert_eq!(
            uid_and_l(&["-mu100000", "app"]),
            (Some("100000".into()), false)
        );
        assert_eq!(
            uid_and_l(&["-lmu", "100000", "app"]),
            (Some("100000".into()), true)
        );
        assert_eq!(
            uid_and_l(&["--uid=7", "--no-log-init"]),
            (Some("7".into()), true)
        );
        // `-s /bin/sh -l` style: the value of -s is not a cluster
        assert_eq!(
            uid_and_l(&["-s", "/bin/ls", "-u", "9"]),
            (Some("9".into()), false)
        );
    }

    #[test]
    fn threshold() {
        assert_eq!(
            findings("FROM debian\nRUN useradd -u 100000 app\n", CODE),
            1
        );
        for src in [
            "FROM debian\nRUN useradd -l -u 100000 app\n",
            "FROM debian\nRUN useradd -u 1000 app\n",
            "FROM debian\nRUN useradd -u \"$UID\" app\n",
        ] {
            assert_eq!(findings(src, CODE), 0, "{src}");
        }
    }
}
