use crate::declare_rule;
use crate::project::launch::LaunchSource;
use crate::project::service::CommandSource;
use crate::project::Project;
use crate::rule::Checker;
use seaworthy_syntax::dockerfile::Keyword;

declare_rule! {
    /// ## What it does
    /// Compares the port the image's command listens on (`--port 8000`, `--bind 0.0.0.0:8000`,
    /// `-b :8000`) with the final stage's `EXPOSE`: reports a missing `EXPOSE` or one that names
    /// other ports. When the command runs a Python program that starts its server in code
    /// (`python scripts/run_server.py` calling `uvicorn.run(app, port=8000)`), the port written
    /// there is compared with the `EXPOSE` of the stage a compose service builds.
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
    /// Where the program's code binds the port.
    struct BoundHere<'a> = "missing-expose-bound-here" { server: &'a str, port: u16 }
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
            let exposed = exposed_in(df, stage);
            if covers(&exposed, port) {
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
        self.check_code_ports(project, cx);
    }

    /// The image's command runs a Python program that starts its server in code
    /// (`uvicorn.run(app, port=8000)` in `scripts/run_server.py`): the port written there,
    /// against the `EXPOSE` of the stage a compose service ships. Once per Dockerfile and port.
    fn check_code_ports(&self, project: &Project, cx: &mut Checker) {
        use crate::rules::project::helpers::{code_ports, image_of, PortEvidence};
        let mut seen: Vec<(crate::project::FileId, u16)> = Vec::new();
        for s in &project.services {
            let Some(c) = s.command.as_ref() else {
                continue;
            };
            // a port the deployment picks through the environment is not the image's to EXPOSE
            if c.source != CommandSource::Image
                || s.main_file.is_none()
                || s.env
                    .iter()
                    .any(|e| e.key.to_ascii_uppercase().contains("PORT"))
            {
                continue;
            }
            let Some(img) = image_of(project, s) else {
                continue;
            };
            let Some(found) = code_ports(project, s) else {
                continue;
            };
            let (PortEvidence::Written, [port]) = (found.evidence, found.ports.as_slice()) else {
                continue;
            };
            let port = *port;
            if seen.contains(&(img.dockerfile, port)) {
                continue;
            }
            seen.push((img.dockerfile, port));
            let Some(doc) = project.dockerfile(img.dockerfile) else {
                continue;
            };
            let df = &doc.tree;
            let Some(stage) = img.shipped_stage.and_then(|i| df.stages.get(i)) else {
                continue;
            };
            let exposed = exposed_in(df, stage);
            if covers(&exposed, port) {
                continue;
            }
            let at = if c.file == img.dockerfile {
                c.span
            } else {
                stage.base.span
            };
            let message: crate::message::Message = match exposed.first() {
                None => NotExposed { port }.into(),
                Some((p, _)) => Other { port, exposed: p }.into(),
            };
            let f = cx.report(img.dockerfile, at, message);
            f.help(ExposeHelp { port });
            f.related(
                found.file,
                found.span,
                BoundHere {
                    server: &found.server,
                    port,
                },
            );
            if let Some((_, sp)) = exposed.first() {
                f.related(img.dockerfile, *sp, ExposedHere {});
            }
        }
    }
}

/// The ports a stage `EXPOSE`s, its own and those of the stages it builds on (the text before
/// a `/protocol`).
fn exposed_in(
    df: &seaworthy_syntax::dockerfile::Dockerfile,
    stage: &seaworthy_syntax::dockerfile::Stage,
) -> Vec<(String, seaworthy_syntax::Span)> {
    let mut exposed: Vec<(String, seaworthy_syntax::Span)> = Vec::new();
    let mut s = Some(stage);
    let mut guard = 0;
    while let Some(st) = s {
        for (_, ins) in df.stage_instructions(st) {
            if ins.keyword == Keyword::Expose {
                exposed.extend(
                    ins.words()
                        .into_iter()
                        .map(|w| (w.text.split('/').next().unwrap_or("").to_string(), w.span)),
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
    exposed
}

/// Does the `EXPOSE` list cover `port` (or say nothing the audit can compare: a variable, a
/// range)?
fn covers(exposed: &[(String, seaworthy_syntax::Span)], port: u16) -> bool {
    exposed
        .iter()
        .any(|(p, _)| p.contains('$') || p.parse::<u16>().ok() == Some(port) || p.contains('-'))
}
