use crate::declare_rule;
use crate::project::{join_path, Project};
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports `env_file:` entries that point at files not in the repository. `.env`-style files
    /// are often git-ignored on purpose: when a `.env.example` (or `.sample`, `.template`) sits
    /// next to the missing file the finding says to copy it and is informational.
    ///
    /// ## Why is this bad?
    /// `docker compose up` stops with "env file not found" on a fresh checkout, and nothing tells
    /// the new developer (or the deploy script) what the file should contain.
    ///
    /// ## Example
    /// ```yaml
    /// services:
    ///   api:
    ///     image: ghcr.io/acme/api:1.0.0
    ///     env_file: config/api.env
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// services:
    ///   api:
    ///     image: ghcr.io/acme/api:1.0.0
    ///     env_file: config/api.env
    /// ```
    /// ```env path=config/api.env
    /// LOG_LEVEL=info
    /// ```
    pub struct EnvFileMissing {
        code: "SW2023",
        name: "env-file-missing",
        family: Compose,
        severity: High,
        category: Reliability,
        summary: "env_file that does not exist",
    }
}

impl EnvFileMissing {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for (d, s) in project.compose.all_services() {
            let dir = project.file(d.file).dir().to_string();
            for ef in &s.env_file {
                let v = d.interpolate(&ef.value).value;
                if v.contains('$') || v.starts_with('/') {
                    continue;
                }
                let path = join_path(&dir, &v);
                if project.exists(&path) {
                    continue;
                }
                let example = [".example", ".sample", ".template", ".dist"]
                    .iter()
                    .map(|s| format!("{path}{s}"))
                    .find(|p| project.exists(p));
                let f = cx.report(
                    d.file,
                    ef.span,
                    format!("`{}` reads `{v}`, which is not in the repository", s.name),
                );
                match example {
                    Some(ex) => {
                        f.severity(crate::diagnostic::Severity::Info).help(format!("expected on a fresh checkout: copy `{ex}` to `{path}` before `docker compose up` (say so in the README)"));
                    }
                    None => {
                        f.help("add the file (with placeholders, if it holds secrets: commit a `.example` next to it), or fix the path");
                    }
                }
            }
        }
    }
}
