use super::{dockerfiles, is_dynamic};
use crate::declare_rule;
use crate::knowledge::{runtime_lifecycle, runtimes, Lifecycle};
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports base images on a pre-release runtime: tags with `rc`, `alpha`, `beta`, `a1`/`b2`
    /// style suffixes, or a version newer than every release in the lifecycle table
    /// (`data/runtimes.toml`), which means it was not a stable release when the table was made.
    ///
    /// ## Why is this bad?
    /// Pre-releases change under you and C extensions often have no wheels for them yet, so builds
    /// compile from source or fail.
    ///
    /// ## Example
    /// ```dockerfile
    /// FROM python:3.16-rc-slim
    /// ```
    ///
    /// ## Use instead
    /// ```dockerfile
    /// FROM python:3.13-slim
    /// ```
    ///
    /// ## References
    /// - <https://devguide.python.org/versions/>
    /// - <https://hub.docker.com/_/python>
    pub struct BaseImagePrerelease {
        code: "SW1003",
        name: "base-image-prerelease",
        family: Dockerfile,
        severity: High,
        category: Reliability,
        summary: "Base image on a pre-release runtime",
    }
}

fn prerelease_marker(tag: &str) -> Option<&'static str> {
    let t = tag.to_ascii_lowercase();
    for w in t.split(['-', '_']) {
        if w == "rc" || w.starts_with("rc") && w[2..].chars().all(|c| c.is_ascii_digit()) {
            return Some("a release candidate");
        }
        if w == "alpha" || w == "beta" || w == "dev" || w == "nightly" {
            return Some("a pre-release");
        }
    }
    // 3.15.0a1, 3.15.0b2, 3.15.0rc1
    let v: String = t
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '.')
        .collect();
    if v.starts_with(|c: char| c.is_ascii_digit())
        && (v.contains('a') || v.contains('b') || v.contains("rc"))
        && v.chars().filter(|c| *c == '.').count() >= 2
    {
        return Some("a pre-release");
    }
    None
}

impl BaseImagePrerelease {
    fn check(&self, project: &Project, cx: &mut Checker) {
        let updated = &runtimes().updated;
        for doc in dockerfiles(project) {
            let df = &doc.tree;
            for stage in &df.stages {
                if df.is_stage_ref(&stage.base_resolved, stage.from)
                    || is_dynamic(&stage.base_resolved)
                {
                    continue;
                }
                let img = stage.image();
                let Some(tag) = img.tag.as_deref() else {
                    continue;
                };
                let known_runtime = runtime_lifecycle(img.official_name(), tag);
                if let Some(marker) = prerelease_marker(tag) {
                    if runtimes()
                        .runtime
                        .iter()
                        .any(|r| r.images.iter().any(|i| i == img.official_name()))
                    {
                        cx.report(doc.file, stage.base.span, format!("`{}` is {marker}", stage.base_resolved))
                            .help("use the newest stable release until this one is final and your dependencies support it");
                        continue;
                    }
                }
                let language = matches!(
                    img.official_name(),
                    "python" | "pypy" | "node" | "golang" | "ruby" | "php"
                );
                if let (
                    true,
                    Some(Lifecycle::Unreleased {
                        runtime,
                        version,
                        newest,
                    }),
                ) = (language, known_runtime)
                {
                    cx.report(doc.file, stage.base.span, format!(
                        "`{}` is {runtime} {version}, newer than the newest stable release ({newest}) in the lifecycle table of {updated}",
                        stage.base_resolved
                    ))
                    .help(format!("use {runtime} {newest} unless {version} is final and the dependencies support it (then update the table)"));
                }
            }
        }
    }
}
