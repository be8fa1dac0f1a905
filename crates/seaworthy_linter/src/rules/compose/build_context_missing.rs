use crate::declare_rule;
use crate::project::{join_path, Project};
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Checks each `build:` of a compose file: the context directory must exist and the
    /// Dockerfile (default `Dockerfile` in the context) must be in it. Remote contexts (git URLs)
    /// are not checked.
    ///
    /// ## Why is this bad?
    /// Nothing builds: `docker compose up` stops with "failed to read dockerfile". Seed audit s002
    /// (the compose file said `build: .` and there was no Dockerfile), rated critical.
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

impl BuildContextMissing {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for (d, s) in project.compose.all_services() {
            let Some(b) = &s.build else { continue };
            let ctx = d.interpolate(&b.context).value;
            if ctx.contains("://")
                || ctx.starts_with("git@")
                || ctx.contains('$')
                || ctx.starts_with('/')
            {
                continue;
            }
            let dir = join_path(project.file(d.file).dir(), &ctx);
            // a fragment `include`d from a parent directory resolves paths from there
            let mut anc = project.file(d.file).dir().to_string();
            let mut from_parent = false;
            while let Some((p, _)) = anc.rsplit_once('/') {
                if project.exists(&join_path(p, &ctx)) {
                    from_parent = true;
                    break;
                }
                anc = p.to_string();
            }
            if !anc.is_empty()
                && !from_parent
                && project.exists(&join_path("", &ctx))
                && !project.file(d.file).dir().is_empty()
            {
                from_parent = true;
            }
            if !project.exists(&dir) && from_parent {
                continue;
            }
            if !project.exists(&dir) {
                cx.report(
                    d.file,
                    b.span,
                    format!("`{}` builds from `{ctx}`, which does not exist", s.name),
                )
                .help("fix `build.context`, or add the directory");
                continue;
            }
            let df = b
                .dockerfile
                .as_deref()
                .map(|x| d.interpolate(x).value)
                .unwrap_or_else(|| "Dockerfile".into());
            if df.contains('$')
                || df.starts_with('/')
                || b.dockerfile.is_none()
                    && d.yaml
                        .get(s.node, "build")
                        .and_then(|bn| d.yaml.get(bn, "dockerfile_inline"))
                        .is_some()
            {
                continue;
            }
            let path = join_path(&dir, &df);
            if !project.exists(&path) {
                cx.report(
                    d.file,
                    b.span,
                    format!(
                        "`{}` builds `{path}`, which does not exist: nothing builds",
                        s.name
                    ),
                )
                .help("add the Dockerfile, or point `build.dockerfile` at the right one");
            }
        }
    }
}
