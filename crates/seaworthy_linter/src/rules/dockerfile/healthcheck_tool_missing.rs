use crate::declare_rule;
use crate::project::stage::OsFlavor;
use crate::project::Project;
use crate::rule::Checker;
use seaworthy_syntax::dockerfile::Keyword;

declare_rule! {
    /// ## What it does
    /// Checks the final stage's `HEALTHCHECK`: a `curl`/`wget` probe on an image that does not
    /// ship the tool (Debian slim images have neither, Alpine has busybox `wget` but no `curl`,
    /// distroless has no shell at all) and does not install it. Python modules a probe imports
    /// (`python -c "import requests"`) are `module-not-installed`'s, which reads what the image
    /// really installs. Records a strength for a healthcheck that can run.
    ///
    /// ## Why is this bad?
    /// The probe fails with "executable file not found" every time: the container is marked
    /// unhealthy forever, orchestrators restart it in a loop, and compose services that wait for
    /// `service_healthy` never start.
    ///
    /// ## Example
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// HEALTHCHECK CMD curl -f http://localhost:8000/health || exit 1
    /// CMD ["gunicorn", "app:app"]
    /// ```
    ///
    /// ## Use instead
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// HEALTHCHECK CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health')"]
    /// CMD ["gunicorn", "app:app"]
    /// ```
    ///
    /// ## References
    /// - <https://docs.docker.com/reference/dockerfile/#healthcheck>
    pub struct HealthcheckToolMissing {
        code: "SW1033",
        name: "healthcheck-tool-missing",
        family: Dockerfile,
        severity: High,
        category: Reliability,
        summary: "HEALTHCHECK uses a tool the image does not have",
    }
}

/// The external image at the root of a stage's `FROM` chain.
fn root_image(df: &seaworthy_syntax::dockerfile::Dockerfile, mut index: usize) -> String {
    for _ in 0..16 {
        let Some(st) = df.stages.get(index) else {
            break;
        };
        match df.stage_by_name(&st.base_resolved) {
            Some(p) if p.index < st.index => index = p.index,
            _ => return st.base_resolved.clone(),
        }
    }
    String::new()
}

/// A `RUN` in the stage chain executes a project script (`./install.sh`, `/root/app/scripts/setup`):
/// what it installs is unknown, so nothing can be said about missing tools.
fn runs_opaque_installer(df: &seaworthy_syntax::dockerfile::Dockerfile, mut index: usize) -> bool {
    for _ in 0..16 {
        let Some(st) = df.stages.get(index) else {
            return false;
        };
        for (_, ins) in df.stage_instructions(st) {
            if ins.keyword != Keyword::Run {
                continue;
            }
            for c in ins.command_list() {
                let Some(p) = c.argv().first() else { continue };
                let t = p.text.as_str();
                let system = [
                    "/bin/",
                    "/usr/bin/",
                    "/usr/sbin/",
                    "/sbin/",
                    "/usr/local/bin/",
                ]
                .iter()
                .any(|d| t.starts_with(d));
                if (t.contains('/') && !system) || t.ends_with(".sh") {
                    return true;
                }
            }
        }
        match df.stage_by_name(&st.base_resolved) {
            Some(p) if p.index < st.index => index = p.index,
            _ => return false,
        }
    }
    false
}

crate::message! {
    /// The probe's tool is not in the image (`image`: the external image at the stage's root).
    struct Missing<'a> = "healthcheck-tool-missing" { tool: &'a str, image: &'a str }
    struct MissingHelp = "healthcheck-tool-missing-help" {}
    struct Defined = "healthcheck-tool-missing-strength" {}
}

impl HealthcheckToolMissing {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for doc in &project.dockerfiles {
            let df = &doc.tree;
            let Some(stage) = df.final_stage() else {
                continue;
            };
            let Some((_, hc)) = df
                .stage_instructions(stage)
                .filter(|(_, i)| i.keyword == Keyword::Healthcheck)
                .last()
            else {
                continue;
            };
            let words = hc.words();
            if words
                .first()
                .is_some_and(|w| w.text.eq_ignore_ascii_case("NONE"))
            {
                continue;
            }
            let facts = doc.stages.get(stage.index);
            let flavor = facts.map(|f| f.os).unwrap_or(OsFlavor::Other);
            let installed = if runs_opaque_installer(df, stage.index) {
                None
            } else {
                facts.and_then(|f| f.system_packages.clone())
            };
            let root_image = root_image(df, stage.index);
            let uses = |tool: &str| {
                words
                    .iter()
                    .any(|w| w.text == tool || w.text.ends_with(&format!("/{tool}")))
            };
            let mut problem: Option<&str> = None;
            for tool in ["curl", "wget"] {
                if !uses(tool) {
                    continue;
                }
                let ships = match flavor {
                    OsFlavor::DebianFull | OsFlavor::Other => true,
                    OsFlavor::Alpine => tool == "wget",
                    OsFlavor::DebianSlim | OsFlavor::Distroless | OsFlavor::Scratch => false,
                };
                let installs = installed
                    .as_ref()
                    .is_none_or(|pkgs| pkgs.iter().any(|p| p == tool));
                if !ships && !installs {
                    problem = Some(tool);
                    break;
                }
            }
            match problem {
                Some(tool) => {
                    cx.report(
                        doc.file,
                        hc.span,
                        Missing {
                            tool,
                            image: &root_image,
                        },
                    )
                    .help(MissingHelp {});
                }
                None => cx.strength(doc.file, hc.keyword_span, Defined {}),
            }
        }
    }
}

#[cfg(test)]
mod english {
    use super::*;
    use crate::message::Message;

    /// The catalogue renders the English the rule said before its messages became data.
    #[test]
    fn variants_read_as_before() {
        let s: Message = Defined {}.into();
        assert_eq!(s.as_str(), "the image defines a HEALTHCHECK");
    }
}
