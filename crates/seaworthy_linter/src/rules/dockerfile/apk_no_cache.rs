use super::{
    dockerfiles, has_cache_or_tmpfs_mount, option_insertion, pkg_install, run_commands,
    shipped_stages,
};
use crate::declare_rule;
use crate::diagnostic::{Edit, Fix};
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports `apk add` without `--no-cache` (unless `/var/cache/apk` is a BuildKit cache or
    /// tmpfs mount or the same `RUN` removes the cache) in a stage that ships (the final stage and
    /// the stages it is built `FROM`).
    ///
    /// ## Why is this bad?
    /// The APK index and downloaded packages stay in the layer; on an Alpine image that is a
    /// large share of the whole image. A builder stage that is only copied from never ships it.
    ///
    /// ## Example
    /// ```dockerfile
    /// FROM alpine:3.22
    /// RUN apk add curl
    /// ```
    ///
    /// ## Use instead
    /// ```dockerfile
    /// FROM alpine:3.22
    /// RUN apk add --no-cache curl
    /// ```
    ///
    /// ## References
    /// - <https://wiki.alpinelinux.org/wiki/Alpine_Package_Keeper>
    pub struct ApkNoCache {
        code: "SW1010",
        name: "apk-no-cache",
        family: Dockerfile,
        severity: Low,
        category: Performance,
        hadolint: ["DL3019"],
        summary: "`apk add` without `--no-cache`",
    }
}

crate::message! {
    /// What the automatic fix does.
    struct AutoFix = "apk-no-cache-autofix" {}
    /// `apk add` without `--no-cache`.
    struct NoCache = "apk-no-cache" {}
    struct NoCacheHelp = "apk-no-cache-help" {}
}

impl ApkNoCache {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for doc in dockerfiles(project) {
            let df = &doc.tree;
            let text = &project.file(doc.file).text;
            let shipped = shipped_stages(project, doc);
            for stage in &df.stages {
                if !shipped.get(stage.index).copied().unwrap_or(false) {
                    continue;
                }
                for (_, ins, cmd) in run_commands(df, stage) {
                    let Some(pi) = pkg_install(cmd) else {
                        continue;
                    };
                    if pi.manager != "apk"
                        || pi.has_option(&["--no-cache"])
                        || has_cache_or_tmpfs_mount(ins, &["/var/cache/apk", "/etc/apk/cache"])
                    {
                        continue;
                    }
                    let removes = ins.command_list().iter().any(|c| {
                        c.program() == Some("rm")
                            && c.argv()
                                .iter()
                                .any(|w| w.text.starts_with("/var/cache/apk"))
                    });
                    if removes {
                        continue;
                    }
                    let f = cx.report(doc.file, pi.verb.span, NoCache {});
                    f.help(NoCacheHelp {});
                    if let Some((span, content)) =
                        option_insertion(text, ins, pi.verb, "--no-cache")
                    {
                        f.fix(Fix::safe(
                            AutoFix {},
                            vec![Edit {
                                file: doc.file,
                                span,
                                content,
                            }],
                        ));
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{findings, fixed};

    const CODE: &str = "SW1010";

    #[test]
    fn fixes_keep_the_syntax() {
        assert_eq!(
            fixed("FROM alpine:3.22\nRUN [\"apk\", \"add\", \"curl\"]\n", CODE),
            "FROM alpine:3.22\nRUN [\"apk\", \"add\", \"--no-cache\", \"curl\"]\n"
        );
        assert_eq!(
            fixed("FROM alpine:3.22\nRUN apk update && apk add curl\n", CODE),
            "FROM alpine:3.22\nRUN apk update && apk add --no-cache curl\n"
        );
    }

    #[test]
    fn builder_stage_and_cleanup() {
        let src = "FROM alpine:3.22 AS build\nRUN apk add build-base\nFROM alpine:3.22\nCOPY --from=build /out /out\nRUN apk add curl && rm -rf /var/cache/apk/*\n";
        assert_eq!(findings(src, CODE), 0);
    }
}
