use super::deployment_of;
use crate::declare_rule;
use crate::project::service::ImageSource;
use crate::project::Project;
use crate::rule::Checker;
use seaworthy_syntax::image::ImageRef;

declare_rule! {
    /// ## What it does
    /// Reports compose `image:` references without a tag or with `latest` (images of services that
    /// also `build:` are what the build produces and are not reported).
    ///
    /// ## Why is this bad?
    /// `docker compose pull` brings a different image every week: a new major PostgreSQL that
    /// cannot read the old data directory, a Redis with changed defaults. Rollbacks are impossible.
    ///
    /// ## Example
    /// ```yaml
    /// services:
    ///   cache:
    ///     image: redis
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// services:
    ///   cache:
    ///     image: redis:7.4-alpine
    /// ```
    pub struct ImageUnpinned {
        code: "SW2020",
        name: "compose-image-unpinned",
        family: Compose,
        severity: Medium,
        category: Reliability,
        summary: "Service image without a version",
    }
}

crate::message! {
    /// An image without a tag or digest.
    struct Unpinned<'a> = "compose-image-unpinned" { service: &'a str, image: &'a str }
    struct UnpinnedHelp<'a> = "compose-image-unpinned-help" { name: &'a str }
}

impl ImageUnpinned {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for s in &project.services {
            let ImageSource::Pull { image, file, span } = &s.image else {
                continue;
            };
            let raw = s
                .resolved
                .image
                .as_ref()
                .map(|i| i.value.value.as_str())
                .unwrap_or("");
            let r = ImageRef::parse(image);
            if r.is_dynamic()
                || r.is_pinned()
                || image.is_empty()
                || raw.contains('$') && image.ends_with(':')
            {
                continue;
            }
            cx.report_in(
                deployment_of(project, s),
                *file,
                *span,
                Unpinned {
                    service: &s.name,
                    image,
                },
            )
            .help(UnpinnedHelp { name: &r.name });
        }
    }
}
