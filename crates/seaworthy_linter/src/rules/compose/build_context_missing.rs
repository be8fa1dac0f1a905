use super::deployment_of;
use crate::declare_rule;
use crate::meta::Confidence;
use crate::project::{join_path, Project};
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Checks each `build:` of a compose file: the context directory must exist and the
    /// Dockerfile (default `Dockerfile` in the context) must be in it. Remote contexts (git URLs)
    /// are not checked.
    ///
    /// ## Why is this bad?
    /// Nothing builds: `docker compose up` stops with "failed to read dockerfile".
    ///
    /// ## Example
    /// ```yaml
    /// services:
    ///   api:
    ///     build:
    ///       context: ./backend
    ///       dockerfile: Dockerfile.prod
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// services:
    ///   api:
    ///     build:
    ///       context: ./backend
    ///       dockerfile: Dockerfile.prod
    /// ```
    /// ```dockerfile path=backend/Dockerfile.prod
    /// FROM python:3.12-slim
    /// ```
    pub struct BuildContextMissing {
        code: "SW2024",
        name: "build-context-missing",
        family: Compose,
        severity: Critical,
        category: Reliability,
        summary: "Compose builds a context or Dockerfile that does not exist",
    }
}

crate::message! {
    /// A build context directory that is not there.
    struct NoContext<'a> = "build-context-missing" { service: &'a str, context: &'a str }
    struct NoContextHelp = "build-context-missing-help" {}
    /// A Dockerfile that is not there.
    struct NoDockerfile<'a> = "build-context-missing-dockerfile" { service: &'a str, path: &'a str }
    struct NoDockerfileHelp = "build-context-missing-dockerfile-help" { dockerignore: bool }
}

impl BuildContextMissing {
    fn check(&self, project: &Project, cx: &mut Checker) {
        let m = &project.compose;
        for s in &project.services {
            let Some(b) = &s.resolved.build else { continue };
            let Some(doc) = m.doc(b.file) else { continue };
            let d = deployment_of(project, s);
            let ctx = doc.interpolate(&b.value.context).value;
            if ctx.contains("://")
                || ctx.starts_with("git@")
                || ctx.contains('$')
                || ctx.starts_with('/')
            {
                continue;
            }
            let base = d.path_base(&project.files, b.file);
            let dir = join_path(&base, &ctx);
            if !project.exists(&dir) {
                // a file whose project is not all here may be loaded from another directory
                if !d.complete {
                    let mut anc = project.file(b.file).dir().to_string();
                    let mut elsewhere = project.exists(&join_path("", &ctx));
                    while let Some((p, _)) = anc.rsplit_once('/') {
                        elsewhere |= project.exists(&join_path(p, &ctx));
                        anc = p.to_string();
                    }
                    if elsewhere {
                        continue;
                    }
                }
                cx.report_in(
                    d,
                    b.file,
                    b.value.span,
                    NoContext {
                        service: &s.name,
                        context: &ctx,
                    },
                )
                .help(NoContextHelp {})
                .at_most(if d.complete {
                    Confidence::High
                } else {
                    Confidence::Low
                });
                continue;
            }
            let df = b
                .value
                .dockerfile
                .as_deref()
                .map(|x| doc.interpolate(x).value)
                .unwrap_or_else(|| "Dockerfile".into());
            let inline = s.merged.all_layers().any(|l| {
                m.layer(*l).is_some_and(|(ld, sv)| {
                    ld.yaml
                        .get(sv.node, "build")
                        .and_then(|bn| ld.yaml.get(bn, "dockerfile_inline"))
                        .is_some()
                })
            });
            if df.contains('$') || df.starts_with('/') || b.value.dockerfile.is_none() && inline {
                continue;
            }
            let path = join_path(&dir, &df);
            if !project.exists(&path) {
                cx.report_in(
                    d,
                    b.file,
                    b.value.span,
                    NoDockerfile {
                        service: &s.name,
                        path: &path,
                    },
                )
                .help(NoDockerfileHelp {
                    // the Dockerfile to write comes with the `.dockerignore` that keeps `.git`,
                    // `.env` and virtualenvs out of the context it sends
                    dockerignore: project.exists(&join_path(&dir, ".dockerignore"))
                        || project.exists(&format!("{path}.dockerignore")),
                });
            }
        }
    }
}

#[cfg(test)]
mod help_text {
    use super::*;
    use crate::message::Message;

    #[test]
    fn the_dockerignore_advice_only_when_the_context_has_none() {
        let with: Message = NoDockerfileHelp { dockerignore: true }.into();
        assert_eq!(
            with.as_str(),
            "add the Dockerfile, or point `build.dockerfile` at the right one"
        );
        let without: Message = NoDockerfileHelp {
            dockerignore: false,
        }
        .into();
        assert!(without.contains("add a `.dockerignore` beside it too"));
        assert!(without
            .in_lang(crate::i18n::Lang::Uk)
            .contains("`.dockerignore`"));
    }
}
