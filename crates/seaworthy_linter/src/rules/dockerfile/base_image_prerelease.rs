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

/// `rc` for a release candidate, `pre` for another pre-release (a catalogue select key).
fn prerelease_marker(tag: &str) -> Option<&'static str> {
    let t = tag.to_ascii_lowercase();
    for w in t.split(['-', '_']) {
        if w == "rc" || w.starts_with("rc") && w[2..].chars().all(|c| c.is_ascii_digit()) {
            return Some("rc");
        }
        if w == "alpha" || w == "beta" || w == "dev" || w == "nightly" {
            return Some("pre");
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
        return Some("pre");
    }
    None
}

crate::message! {
    /// A tag that marks a pre-release (`marker`: `rc` or `pre`).
    struct Marker<'a> = "base-image-prerelease" { image: &'a str, marker: &'a str }
    struct MarkerHelp = "base-image-prerelease-help" {}
    /// A version newer than the newest stable one the lifecycle table lists.
    struct Newer<'a> = "base-image-prerelease-unreleased" { image: &'a str, runtime: &'a str, version: &'a str, newest: &'a str, updated: &'a str }
    struct NewerHelp<'a> = "base-image-prerelease-unreleased-help" { runtime: &'a str, version: &'a str, newest: &'a str }
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
                        cx.report(
                            doc.file,
                            stage.base.span,
                            Marker {
                                image: &stage.base_resolved,
                                marker,
                            },
                        )
                        .help(MarkerHelp {});
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
                    cx.report(
                        doc.file,
                        stage.base.span,
                        Newer {
                            image: &stage.base_resolved,
                            runtime: &runtime,
                            version: &version,
                            newest: &newest,
                            updated,
                        },
                    )
                    .help(NewerHelp {
                        runtime: &runtime,
                        version: &version,
                        newest: &newest,
                    });
                }
            }
        }
    }
}

#[cfg(test)]
mod english {
    use super::*;
    use crate::i18n::Lang;
    use crate::message::Message;

    /// The catalogue renders the English the rule said before its messages became data.
    #[test]
    fn variants_read_as_before() {
        let rc: Message = Marker {
            image: "python:3.14-rc",
            marker: "rc",
        }
        .into();
        assert_eq!(rc.as_str(), "`python:3.14-rc` is a release candidate");
        let pre: Message = Marker {
            image: "node:23-nightly",
            marker: "pre",
        }
        .into();
        assert_eq!(pre.as_str(), "`node:23-nightly` is a pre-release");
        assert!(pre.in_lang(Lang::Ru).contains("предварительный релиз"));
    }
}
