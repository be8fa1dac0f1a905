use super::helpers::{deployment, dockerignore_line, image_of, interpolated};
use crate::declare_rule;
use crate::diagnostic::Severity;
use crate::project::image::ImageBuild;
use crate::project::layout::is_under;
use crate::project::{join_path, Project};
use crate::rule::Checker;
use crate::rules::compose::by_env;

declare_rule! {
    /// ## What it does
    /// Finds an env file that compose passes to a service with `env_file:` and that the
    /// service's image also contains: copied by name (`COPY .env .`) or with the whole context
    /// (`COPY . .`) when `.dockerignore` does not exclude it. Only copies into the stages the
    /// image is built `FROM` count (a builder's `COPY . .` does not ship). Records a strength
    /// when `.dockerignore` keeps the passed env file out of the image.
    ///
    /// ## Why is this bad?
    /// Two sources of truth: the values compose passes win for the process environment, but
    /// code that reads the file itself (`load_dotenv()`, pydantic-settings `env_file=".env"`)
    /// reads the copy baked at build time, so a rotated secret or a changed setting silently
    /// does not apply. And every secret in the file ships in the image, to every registry and
    /// machine that pulls it.
    ///
    /// ## Example
    /// ```yaml
    /// services:
    ///   api:
    ///     build: .
    ///     env_file: .env
    /// ```
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// WORKDIR /app
    /// COPY . .
    /// CMD ["gunicorn", "app:app"]
    /// ```
    /// ```env
    /// LOG_LEVEL=info
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// services:
    ///   api:
    ///     build: .
    ///     env_file: .env
    /// ```
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// WORKDIR /app
    /// COPY . .
    /// CMD ["gunicorn", "app:app"]
    /// ```
    /// ```env
    /// LOG_LEVEL=info
    /// ```
    /// ```dockerignore
    /// .env
    /// .env.*
    /// ```
    ///
    /// ## References
    /// - <https://docs.docker.com/reference/compose-file/services/#env_file>
    /// - <https://docs.docker.com/build/concepts/context/#dockerignore-files>
    /// - <https://docs.docker.com/build/building/secrets/>
    pub struct EnvFileBakedAndPassed {
        code: "SW6013",
        name: "env-file-baked-and-passed",
        family: Project,
        severity: Medium,
        category: Security,
        summary: "Env file passed by compose is also baked into the image",
    }
}

crate::message! {
    /// An env file both passed with `env_file:` and copied into the image. `how` is `context`
    /// (the whole build context), `name` (copied by name) or `dir` (with the directory `src`);
    /// `secret`: the file holds real secrets.
    struct Baked<'a> = "env-file-baked-and-passed" { path: &'a str, service: &'a str, how: &'a str, src: &'a str, secret: bool }
    struct BakedHelp<'a> = "env-file-baked-and-passed-help" { path: &'a str }
    struct CopiedHere = "env-file-baked-and-passed-related-copy" {}
    struct EnvFile = "env-file-baked-and-passed-related-env" {}
    struct NotExcluded = "env-file-baked-and-passed-related-dockerignore" {}
    struct Kept<'a> = "env-file-baked-and-passed-strength" { path: &'a str, service: &'a str }
}

impl EnvFileBakedAndPassed {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for s in &project.services {
            let Some(img) = image_of(project, s) else {
                continue;
            };
            let Some(doc) = project.dockerfile(img.dockerfile) else {
                continue;
            };
            let Some(shipped) = img.shipped_stage else {
                continue;
            };
            let chain = ImageBuild::ancestry(&doc.stages, shipped);
            let d = deployment(project, s);
            for ef in &s.resolved.env_file {
                let rel = interpolated(project, ef.file, &ef.value.value);
                if rel.contains('$') {
                    continue;
                }
                let path = join_path(&d.path_base(&project.files, ef.file), &rel);
                let Some(env) = project.files.by_path(&path) else {
                    continue;
                };
                // the file relative to the build context
                let in_ctx = if img.context.is_empty() {
                    Some(env.path.clone())
                } else {
                    env.path
                        .strip_prefix(&format!("{}/", img.context))
                        .map(str::to_string)
                };
                let Some(ctx_rel) = in_ctx else { continue };
                let copy = img.context_copies.iter().find(|c| {
                    chain.contains(&c.stage)
                        && !c.ignored
                        && c.repo_path.as_deref().is_some_and(|rp| {
                            let src = c.source.trim_start_matches("./").trim_end_matches('/');
                            rp == env.path
                                || (src.is_empty() || src == "." || !src.contains('.'))
                                    && is_under(&env.path, rp)
                                    && !src.contains(['*', '?'])
                        })
                });
                let Some(copy) = copy else { continue };
                if let Some((di, line)) = dockerignore_line(project, img, &ctx_rel) {
                    cx.strength(
                        di,
                        line,
                        Kept {
                            path: &env.path,
                            service: &s.name,
                        },
                    );
                    continue;
                }
                let secret = project.env.secrets.iter().any(|x| {
                    x.file == env.id && matches!(x.verdict, crate::secrets::Verdict::Real { .. })
                });
                let src = copy.source.trim_start_matches("./").trim_end_matches('/');
                let how = match src {
                    "" | "." => "context",
                    src if src == ctx_rel => "name",
                    _ => "dir",
                };
                let f = cx.report_in(
                    d,
                    ef.file,
                    ef.value.span,
                    Baked {
                        path: &env.path,
                        service: &s.name,
                        how,
                        src,
                        secret,
                    },
                );
                f.severity(by_env(
                    d.environment,
                    Severity::Medium,
                    Severity::Medium,
                    Severity::Low,
                ))
                .help(BakedHelp { path: &ctx_rel })
                .related(img.dockerfile, copy.span, CopiedHere {})
                .related(env.id, seaworthy_syntax::Span::EMPTY, EnvFile {})
                .at_most(img.confidence);
                if let Some(di) = img.dockerignore {
                    f.related(di, seaworthy_syntax::Span::EMPTY, NotExcluded {});
                }
            }
        }
    }
}
