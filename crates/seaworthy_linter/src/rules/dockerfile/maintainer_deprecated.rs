use super::dockerfiles;
use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;
use seaworthy_syntax::dockerfile::Keyword;

declare_rule! {
    /// ## What it does
    /// Reports the deprecated `MAINTAINER` instruction.
    ///
    /// ## Why is this bad?
    /// It is deprecated since Docker 1.13; the label `org.opencontainers.image.authors` carries
    /// the same information in the standard place tools read.
    ///
    /// ## Example
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// MAINTAINER Jane Doe <jane@example.com>
    /// ```
    ///
    /// ## Use instead
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// LABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"
    /// ```
    ///
    /// ## References
    /// - <https://docs.docker.com/reference/build-checks/maintainer-deprecated/>
    pub struct MaintainerDeprecated {
        code: "SW1026",
        name: "maintainer-deprecated",
        family: Dockerfile,
        severity: Info,
        category: Maintainability,
        hadolint: ["DL4000"],
        summary: "Deprecated MAINTAINER instruction",
    }
}

crate::message! {
    /// `MAINTAINER`.
    struct Deprecated = "maintainer-deprecated" {}
    /// The `LABEL` that replaces it (`authors`: the value, double quotes made single).
    struct DeprecatedHelp = "maintainer-deprecated-help" { authors: String }
}

impl MaintainerDeprecated {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for doc in dockerfiles(project) {
            for ins in &doc.tree.instructions {
                if ins.keyword == Keyword::Maintainer {
                    cx.report(doc.file, ins.keyword_span, Deprecated {})
                        .help(DeprecatedHelp {
                            authors: ins.args.text.trim().replace('"', "'"),
                        });
                }
            }
        }
    }
}
