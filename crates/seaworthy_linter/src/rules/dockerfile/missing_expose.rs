use crate::declare_rule;
use crate::project::launch::LaunchSource;
use crate::project::Project;
use crate::rule::Checker;
use seaworthy_syntax::dockerfile::Keyword;

declare_rule! {
    /// ## What it does
    /// Compares the port the image's command listens on (`--port 8000`, `--bind 0.0.0.0:8000`,
    /// `-b :8000`) with the final stage's `EXPOSE`: reports a missing `EXPOSE` or one that names
    /// other ports.
    ///
    /// ## Why is this bad?
    /// `EXPOSE` documents the service's port for people and tools (`docker run -P`, compose
    /// `expose`, reverse proxies that auto-discover ports). A wrong one sends the proxy to a port
    /// nothing listens on.
    ///
    /// ## Example
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]
    /// ```
    ///
    /// ## Use instead
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// EXPOSE 8000
    /// CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]
    /// ```
    ///
    /// ## References
    /// - <https://docs.docker.com/reference/dockerfile/#expose>
    pub struct MissingExpose {
        code: "SW1032",
        name: "missing-expose",
        family: Dockerfile,
        severity: Low,
        category: Operability,
        summary: "The command's port is not EXPOSEd",
    }
}

/// Port from `--port 8000`, `--port=8000`, `--bind 0.0.0.0:8000`, `-b :8000`, `--listen`.
pub fn listen_port(l: &crate::project::launch::Launch) -> Option<(u16, seaworthy_syntax::Span)> {
    if let Some(w) = l.arg_value(&["--port", "-p"]) {
        let v = w.text.rsplit('=').next().unwrap_or(&w.text);
        if let Ok(p) = v.parse() {
            return Some((p, w.span));
        }
    }
    if let Some(w) = l.arg_value(&["--bind", "-b", "--listen", "--addr", "--address"]) {
        let v = w.text.rsplit_once(':').map(|(_, p)| p).unwrap_or("");
        if let Ok(p) = v.parse() {
            return Some((p, w.span));
        }
    }
    None
}

crate::message! {
    /// The command's port, and no `EXPOSE` at all.
    struct NotExposed = "missing-expose" { port: u16 }
    /// The command's port, and another one exposed.
    struct Other<'a> = "missing-expose-other" { port: u16, exposed: &'a str }
    struct ExposeHelp = "missing-expose-help" { port: u16 }
    struct ExposedHere = "missing-expose-related" {}
}

impl MissingExpose {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for l in project.launches() {
            if !matches!(
                l.source,
                LaunchSource::DockerfileCmd | LaunchSource::DockerfileEntrypoint
            ) {
                continue;
            }
            if !matches!(
                l.tool(),
                Some("gunicorn" | "uvicorn" | "hypercorn" | "daphne" | "granian")
            ) {
                continue;
            }
            let Some((port, span)) = listen_port(l) else {
                continue;
            };
            let Some(doc) = project.dockerfile(l.file) else {
                continue;
            };
            let df = &doc.tree;
            let Some(stage) = df.final_stage() else {
                continue;
            };
            let mut exposed: Vec<(String, seaworthy_syntax::Span)> = Vec::new();
            let mut s = Some(stage);
            let mut guard = 0;
            while let Some(st) = s {
                for (_, ins) in df.stage_instructions(st) {
                    if ins.keyword == Keyword::Expose {
                        exposed.extend(
                            ins.words().into_iter().map(|w| {
                                (w.text.split('/').next().unwrap_or("").to_string(), w.span)
                            }),
                        );
                    }
                }
                s = df
                    .stage_by_name(&st.base_resolved)
                    .filter(|p| p.index < st.index);
                guard += 1;
                if guard > 16 {
                    break;
                }
            }
            if exposed.iter().any(|(p, _)| {
                p.contains('$') || p.parse::<u16>().ok() == Some(port) || p.contains('-')
            }) {
                continue;
            }
            let message: crate::message::Message = match exposed.first() {
                None => NotExposed { port }.into(),
                Some((p, _)) => Other { port, exposed: p }.into(),
            };
            let f = cx.report(l.file, span, message);
            f.help(ExposeHelp { port });
            if let Some((_, sp)) = exposed.first() {
                f.related(l.file, *sp, ExposedHere {});
            }
        }
    }
}
