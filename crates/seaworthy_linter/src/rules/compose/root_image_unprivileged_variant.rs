use super::deployment_of;
use crate::declare_rule;
use crate::project::service::ImageSource;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports services running an image that runs as root when an official unprivileged variant
    /// exists (`nginx` → `nginxinc/nginx-unprivileged`) and the service sets no `user:`. Records
    /// a strength for unprivileged images.
    ///
    /// ## Why is this bad?
    /// The internet-facing container is the one most likely to be breached; running it as root
    /// gives the attacker root in the container. The unprivileged variant is a drop-in replacement
    /// listening on 8080.
    ///
    /// ## Example
    /// ```yaml
    /// services:
    ///   nginx:
    ///     image: nginx:1.27-alpine
    ///     ports: ["80:80"]
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// services:
    ///   nginx:
    ///     image: nginxinc/nginx-unprivileged:1.27-alpine
    ///     ports: ["80:8080"]
    /// ```
    pub struct RootImageUnprivilegedVariant {
        code: "SW2009",
        name: "root-image-unprivileged-variant",
        family: Compose,
        severity: Low,
        category: Security,
        summary: "Root image used where an unprivileged variant exists",
    }
}

crate::message! {
    /// An image that runs as root where an unprivileged variant exists.
    struct AsRoot<'a> = "root-image-unprivileged-variant" { service: &'a str, image: &'a str, variant: &'a str }
    struct AsRootHelp<'a> = "root-image-unprivileged-variant-help" { variant: &'a str }
    struct Strength<'a> = "root-image-unprivileged-variant-strength" { service: &'a str }
}

impl RootImageUnprivilegedVariant {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for s in &project.services {
            let ImageSource::Pull { image, file, span } = &s.image else {
                continue;
            };
            if image.contains("unprivileged") {
                cx.strength(*file, *span, Strength { service: &s.name });
                continue;
            }
            let Some(known) = s.known else { continue };
            let Some(variant) = &known.unprivileged else {
                continue;
            };
            if s.resolved.user.is_some() {
                continue;
            }
            cx.report_in(
                deployment_of(project, s),
                *file,
                *span,
                AsRoot {
                    service: &s.name,
                    image,
                    variant,
                },
            )
            .help(AsRootHelp { variant });
        }
    }
}
