use super::{by_env, deployment_of, written_image};
use crate::declare_rule;
use crate::diagnostic::Severity;
use crate::knowledge::{distro_in_tag, runtime_lifecycle, runtimes, Lifecycle};
use crate::project::service::ImageSource;
use crate::project::{Date, Project};
use crate::rule::Checker;
use seaworthy_syntax::image::ImageRef;

declare_rule! {
    /// ## What it does
    /// Looks up the images compose services pull (`image: postgres:11`, `redis:6.0`,
    /// `nginx:1.21-alpine`, `python:3.8-slim-buster`) in the same dated lifecycle table the
    /// Dockerfile rules read (`data/runtimes.toml`) and reports versions past their end of life.
    ///
    /// ## Why is this bad?
    /// An end-of-life database, cache, proxy or runtime gets no security fixes: known
    /// vulnerabilities stay open for good, and the eventual upgrade jumps several major
    /// versions at once (data format changes for databases).
    ///
    /// ## Example
    /// ```yaml path=compose.prod.yml
    /// services:
    ///   db:
    ///     image: postgres:11-alpine
    /// ```
    ///
    /// ## Use instead
    /// ```yaml path=compose.prod.yml
    /// services:
    ///   db:
    ///     image: postgres:17-alpine
    /// ```
    ///
    /// ## References
    /// - <https://www.postgresql.org/support/versioning/>
    /// - <https://nginx.org/en/download.html>
    /// - <https://devguide.python.org/versions/>
    /// - <https://docs.docker.com/reference/compose-file/services/#image>
    pub struct ComposeImageEol {
        code: "SW2031",
        name: "compose-image-eol",
        family: Compose,
        severity: High,
        category: Security,
        summary: "Service image past its end of life",
    }
}

crate::message! {
    /// An image past its end of life (`what`: the runtime or distribution and its version).
    struct Eol<'a> = "compose-image-eol" { service: &'a str, image: &'a str, what: &'a str, eol: &'a str }
    /// The same, with the image written with a variable (`raw`: as written).
    struct EolFrom<'a> = "compose-image-eol-from" { service: &'a str, image: &'a str, raw: &'a str, what: &'a str, eol: &'a str }
    /// `updated`: the date of the lifecycle table.
    struct EolHelp<'a> = "compose-image-eol-help" { updated: &'a str }
}

/// What an image is and when it reached its end of life, if it has.
fn eol_of(image: &str, today: Date) -> Vec<(String, Date)> {
    let r = ImageRef::parse(image);
    let Some(tag) = r.tag.as_deref() else {
        return Vec::new();
    };
    if r.is_dynamic() {
        return Vec::new();
    }
    let name = r.official_name().to_string();
    let mut hits = Vec::new();
    if let Some(Lifecycle::Known {
        runtime,
        version,
        eol,
        ..
    }) = runtime_lifecycle(&name, tag)
    {
        hits.push((format!("{runtime} {version}"), eol));
    }
    if let Some((label, _, eol)) = distro_in_tag(&name, tag) {
        hits.push((label, eol));
    }
    hits.retain(|(_, eol)| *eol <= today);
    hits
}

impl ComposeImageEol {
    fn check(&self, project: &Project, cx: &mut Checker) {
        let updated = &runtimes().updated;
        for s in &project.services {
            let ImageSource::Pull { image, file, span } = &s.image else {
                continue;
            };
            let d = deployment_of(project, s);
            for (what, eol) in eol_of(image, project.today) {
                let raw = written_image(s);
                let eol = eol.to_string();
                let msg: crate::message::Message = if raw.contains('$') {
                    EolFrom {
                        service: &s.name,
                        image,
                        raw,
                        what: &what,
                        eol: &eol,
                    }
                    .into()
                } else {
                    Eol {
                        service: &s.name,
                        image,
                        what: &what,
                        eol: &eol,
                    }
                    .into()
                };
                cx.report_in(d, *file, *span, msg)
                    .severity(by_env(
                        d.environment,
                        Severity::High,
                        Severity::Medium,
                        Severity::Low,
                    ))
                    .help(EolHelp { updated });
            }
        }
    }
}
