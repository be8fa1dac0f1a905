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
                        cx.report(
                            doc.file,
                            flag.span,
                            format!("`COPY --from={from}` copies from the stage it is in"),
                        )
                        .help("copy from an earlier stage");
                        continue;
                    }
                }
                if df.is_stage_ref(from, idx) {
                    continue;
                }
                if let Ok(n) = from.parse::<usize>() {
                    cx.report(doc.file, flag.span, format!("`--from={n}`: there is no earlier stage number {n}"))
                        .help("stage numbers count `FROM`s from 0; better, name the stage (`FROM ... AS build`) and use the name");
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
                let f = cx.report(doc.file, flag.span, match later {
                    Some(_) => format!("stage `{from}` is defined after this instruction"),
                    None if close.is_some() => format!("`{from}` is not a stage of this Dockerfile: BuildKit will try to pull an image named `{from}`"),
                    None => format!("`{from}` is not a stage of this Dockerfile: unless the build passes a named context (`--build-context {from}=...`), BuildKit pulls an image named `{from}`"),
                });
                if later.is_none() && close.is_none() {
                    f.severity(crate::diagnostic::Severity::Medium);
                }
                match (later, close) {
                    (Some(l), _) => {
                        f.help("move the stage before the instruction that copies from it");
                        if let Some(n) = &l.name {
                            f.related(doc.file, n.span, "defined here");
                        }
                    }
                    (None, Some(n)) => {
                        f.help(format!("did you mean `--from={}`?", n.text));
                        f.related(doc.file, n.span, "a stage with a similar name");
                    }
                    (None, None) => {
                        f.help("name the source stage (`FROM ... AS name`) or use a fully qualified image reference");
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
