use super::{dockerfiles, is_dynamic};
use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;
use seaworthy_syntax::dockerfile::Keyword;

declare_rule! {
    /// ## What it does
    /// Reports `COPY --from=<name>` (and `RUN --mount=from=<name>`) where `<name>` is a plain word
    /// that is no earlier stage: a misspelled stage, a stage defined later, or the current stage.
    ///
    /// ## Why is this bad?
    /// BuildKit treats an unknown name as an image on Docker Hub: the build fails with "pull
    /// access denied", or worse, pulls an unrelated public image of that name. Copying from the
    /// stage itself is an error.
    ///
    /// ## Example
    /// ```dockerfile
    /// FROM golang:1.26 AS builder
    /// RUN go build -o /out/app .
    /// FROM gcr.io/distroless/static-debian12
    /// COPY --from=build /out/app /app
    /// ```
    ///
    /// ## Use instead
    /// ```dockerfile
    /// FROM golang:1.26 AS builder
    /// RUN go build -o /out/app .
    /// FROM gcr.io/distroless/static-debian12
    /// COPY --from=builder /out/app /app
    /// ```
    ///
    /// ## References
    /// - <https://docs.docker.com/build/building/multi-stage/#name-your-build-stages>
    /// - <https://docs.docker.com/reference/dockerfile/#copy---from>
    pub struct CopyFromUnknownStage {
        code: "SW1028",
        name: "copy-from-unknown-stage",
        family: Dockerfile,
        severity: High,
        category: Reliability,
        hadolint: ["DL3022", "DL3023"],
        summary: "`COPY --from` names no earlier stage",
    }
}

const OFFICIAL: &[&str] = &[
    "nginx",
    "docker",
    "alpine",
    "busybox",
    "node",
    "python",
    "golang",
    "composer",
    "debian",
    "ubuntu",
    "scratch",
    "rust",
    "ruby",
    "php",
    "caddy",
    "traefik",
    "redis",
    "postgres",
    "mysql",
    "mariadb",
    "mongo",
    "tianon/true",
];

crate::message! {
    /// `--from=` names the stage the instruction is in.
    struct SelfCopy<'a> = "copy-from-unknown-stage-self" { from: &'a str }
    struct SelfCopyHelp = "copy-from-unknown-stage-self-help" {}
    /// `--from=<n>` with no earlier stage number `n`.
    struct NoNumber = "copy-from-unknown-stage-number" { n: usize }
    struct NoNumberHelp = "copy-from-unknown-stage-number-help" {}
    /// The stage is defined after the instruction.
    struct Later<'a> = "copy-from-unknown-stage-later" { from: &'a str }
    struct LaterHelp = "copy-from-unknown-stage-later-help" {}
    struct LaterRelated = "copy-from-unknown-stage-later-related" {}
    /// No stage of that name, but one with a similar name.
    struct Close<'a> = "copy-from-unknown-stage-close" { from: &'a str }
    struct CloseHelp<'a> = "copy-from-unknown-stage-close-help" { stage: &'a str }
    struct CloseRelated = "copy-from-unknown-stage-close-related" {}
    /// No stage of that name at all.
    struct Unknown<'a> = "copy-from-unknown-stage" { from: &'a str }
    struct UnknownHelp = "copy-from-unknown-stage-help" {}
}

impl CopyFromUnknownStage {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for doc in dockerfiles(project) {
            let df = &doc.tree;
            for (idx, ins) in df.instructions.iter().enumerate() {
                if !matches!(ins.keyword, Keyword::Copy | Keyword::Add) {
                    continue;
                }
                let Some(flag) = ins.flag("from") else {
                    continue;
                };
                let Some(from) = flag.value.as_deref() else {
                    continue;
                };
                if is_dynamic(from) {
                    continue;
                }
                // the stage it is in is "defined before" the instruction too: check it first
                let current = df.stage_of(idx);
                if let Some(cur) = current {
                    if cur
                        .name
                        .as_ref()
                        .is_some_and(|n| n.text.eq_ignore_ascii_case(from))
                        || from.parse::<usize>().ok() == Some(cur.index)
                    {
                        cx.report(doc.file, flag.span, SelfCopy { from })
                            .help(SelfCopyHelp {});
                        continue;
                    }
                }
                if df.is_stage_ref(from, idx) {
                    continue;
                }
                if let Ok(n) = from.parse::<usize>() {
                    cx.report(doc.file, flag.span, NoNumber { n })
                        .help(NoNumberHelp {});
                    continue;
                }
                if from.contains(['/', ':', '.', '@']) || OFFICIAL.contains(&from) {
                    continue;
                }
                let later = df.stage_by_name(from);
                let close = df.stages.iter().filter_map(|s| s.name.as_ref()).find(|n| {
                    let a = n.text.to_ascii_lowercase();
                    let b = from.to_ascii_lowercase();
                    a.starts_with(&b) || b.starts_with(&a)
                });
                let message: crate::message::Message = match later {
                    Some(_) => Later { from }.into(),
                    None if close.is_some() => Close { from }.into(),
                    None => Unknown { from }.into(),
                };
                let f = cx.report(doc.file, flag.span, message);
                if later.is_none() && close.is_none() {
                    f.severity(crate::diagnostic::Severity::Medium);
                }
                match (later, close) {
                    (Some(l), _) => {
                        f.help(LaterHelp {});
                        if let Some(n) = &l.name {
                            f.related(doc.file, n.span, LaterRelated {});
                        }
                    }
                    (None, Some(n)) => {
                        f.help(CloseHelp { stage: &n.text });
                        f.related(doc.file, n.span, CloseRelated {});
                    }
                    (None, None) => {
                        f.help(UnknownHelp {});
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::findings;

    const CODE: &str = "SW1028";

    #[test]
    fn copy_from_its_own_stage() {
        let src = "FROM node:22 AS build\nRUN npm ci\nCOPY --from=build /app/dist /srv\n";
        assert_eq!(findings(src, CODE), 1);
        let src = "FROM node:22 AS build\nFROM nginx:1.27\nCOPY --from=0 /a /b\nFROM alpine:3.22\nCOPY --from=2 /a /b\n";
        assert_eq!(findings(src, CODE), 1);
        let src = "FROM node:22 AS build\nRUN npm ci\nFROM nginx:1.27\nCOPY --from=build /app/dist /srv\n";
        assert_eq!(findings(src, CODE), 0);
    }
}

#[cfg(test)]
mod english {
    use super::*;
    use crate::message::Message;

    /// The catalogue renders the English the rule said before its messages became data.
    #[test]
    fn variants_read_as_before() {
        let m: Message = Unknown { from: "builder" }.into();
        assert_eq!(
            m.as_str(),
            "`builder` is not a stage of this Dockerfile: unless the build passes a named context (`--build-context builder=...`), BuildKit pulls an image named `builder`"
        );
        let h: Message = UnknownHelp {}.into();
        assert_eq!(
            h.as_str(),
            "name the source stage (`FROM ... AS name`) or use a fully qualified image reference"
        );
    }
}
