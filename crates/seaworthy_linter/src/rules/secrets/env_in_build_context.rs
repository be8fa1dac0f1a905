use super::{broad_copy, dockerignore_of, rel_to};
use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// For each Dockerfile that copies its whole build context (`COPY . .`), lists the env files
    /// in that context (git-ignored ones included: `.gitignore` does not apply to builds) that the
    /// `.dockerignore` does not exclude. Critical when one of them holds a real-looking secret.
    /// Records a strength when the `.dockerignore` excludes them.
    ///
    /// ## Why is this bad?
    /// The `.env` is copied into the image: everyone who can pull the image (a registry, a
    /// customer, a leaked tarball) can read every key with `docker run --rm image cat .env`.
    ///
    /// ## Example
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// COPY . /app
    /// ```
    /// ```env
    /// SECRET_KEY=q8Zt2VxN7mK4pR9sW1yB6cD3fG5hJ0lE
    /// ```
    ///
    /// ## Use instead
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// COPY . /app
    /// ```
    /// ```env
    /// SECRET_KEY=q8Zt2VxN7mK4pR9sW1yB6cD3fG5hJ0lE
    /// ```
    /// ```dockerignore
    /// .env*
    /// !.env.example
    /// ```
    pub struct EnvInBuildContext {
        code: "SW4006",
        name: "env-in-build-context",
        family: Secrets,
        severity: High,
        category: Security,
        summary: "Env file copied into the image",
    }
}

crate::message! {
    /// `COPY .` takes an env file into the image (`secret`: with real-looking secrets in it).
    struct Copied<'a> = "env-in-build-context" { path: &'a str, secret: bool }
    struct CopiedHelp = "env-in-build-context-help" { secret: bool }
    struct EnvFile = "env-in-build-context-env-file" {}
    struct KeptOut<'a> = "env-in-build-context-strength" { path: &'a str }
}

impl EnvInBuildContext {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for bref in &project.images {
            let Some(copy_span) = broad_copy(project, bref.dockerfile) else {
                continue;
            };
            let ignore = dockerignore_of(project, bref);
            for ef in project.env.files.iter().filter(|e| !e.is_example) {
                let f = project.file(ef.file);
                let Some(rel) = rel_to(&bref.context, &f.path) else {
                    continue;
                };
                let excluded = ignore.as_ref().is_some_and(|(_, d)| d.is_excluded(&rel));
                if excluded {
                    if let Some((ig, _)) = &ignore {
                        cx.strength(*ig, seaworthy_syntax::Span::EMPTY, KeptOut { path: &rel });
                    }
                    continue;
                }
                let secret = project.env.secrets.iter().any(|s| {
                    s.file == ef.file && matches!(s.verdict, crate::secrets::Verdict::Real { .. })
                });
                let f2 = cx.report(bref.dockerfile, copy_span, Copied { path: &rel, secret });
                f2.help(CopiedHelp { secret }).related(
                    ef.file,
                    seaworthy_syntax::Span::EMPTY,
                    EnvFile {},
                );
                if secret {
                    f2.severity(crate::diagnostic::Severity::Critical);
                }
            }
        }
    }
}
