use super::image_of;
use crate::declare_rule;
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
    /// cannot read the old data directory, a Redis with changed defaults. Rollbacks are
    /// impossible. Seed audit s001 §5.3.
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

impl ImageUnpinned {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for (d, s) in project.compose.all_services() {
            if s.build.is_some() {
                continue;
            }
            let (Some(i), Some(resolved)) = (&s.image, image_of(d, s)) else {
                continue;
            };
            let r = ImageRef::parse(&resolved);
            if r.is_dynamic()
                || r.is_pinned()
                || resolved.is_empty()
                || i.value.contains('$') && resolved.ends_with(':')
            {
                continue;
            }
            cx.report(
                d.file,
                i.span,
                format!("`{}` uses `{resolved}` without a version", s.name),
            )
            .help(format!("pin a tag (`{}:<version>`) or a digest", r.name));
        }
    }
}
