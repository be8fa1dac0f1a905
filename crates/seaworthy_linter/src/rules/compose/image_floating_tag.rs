use super::{by_env, deployment_of, known_for, written_image};
use crate::declare_rule;
use crate::diagnostic::Severity;
use crate::knowledge::runtimes;
use crate::project::service::ImageSource;
use crate::project::Project;
use crate::rule::Checker;
use seaworthy_syntax::image::ImageRef;
use seaworthy_syntax::Environment;

declare_rule! {
    /// ## What it does
    /// Finds services that pull a well-known image (an official image, or one of the
    /// databases, caches, brokers, proxies and admin UIs seaworthy knows) by a tag that names no
    /// version: `nginx:alpine`, `redis:alpine`, `node:lts-slim`, `postgres:bookworm`,
    /// `traefik:latest-...`, also when the tag is the default of a variable
    /// (`nginx:${NGINX_TAG:-alpine}`). A missing tag or `:latest` is `compose-image-unpinned`'s.
    ///
    /// ## Why is this bad?
    /// Such a tag moves to every new release, major versions included: the next `docker compose
    /// pull` on a server silently upgrades PostgreSQL or nginx, two hosts run different versions
    /// of the same stack, and a rollback cannot bring the old version back.
    ///
    /// ## Example
    /// ```yaml path=compose.prod.yml
    /// services:
    ///   nginx:
    ///     image: nginx:alpine
    /// ```
    ///
    /// ## Use instead
    /// ```yaml path=compose.prod.yml
    /// services:
    ///   nginx:
    ///     image: nginx:1.27-alpine
    /// ```
    ///
    /// ## References
    /// - <https://docs.docker.com/reference/compose-file/services/#image>
    /// - <https://docs.docker.com/build/building/best-practices/#pin-base-image-versions>
    /// - <https://hub.docker.com/_/nginx>
    pub struct ComposeImageFloatingTag {
        code: "SW2032",
        name: "compose-image-floating-tag",
        family: Compose,
        severity: Medium,
        category: Reliability,
        summary: "Service image tag that names no version",
    }
}

crate::message! {
    /// A well-known image pulled by a tag that names no version.
    struct Floating<'a> = "compose-image-floating-tag" { service: &'a str, image: &'a str, tag: &'a str }
    /// The same, as the default of a variable (`raw`: as written).
    struct FloatingDefault<'a> = "compose-image-floating-tag-default" { service: &'a str, image: &'a str, raw: &'a str, tag: &'a str }
    struct FloatingHelp<'a> = "compose-image-floating-tag-help" { name: &'a str, tag: &'a str }
    struct Strength<'a> = "compose-image-floating-tag-strength" { service: &'a str }
}

/// A tag that follows every release: no digit in it (`alpine`, `lts-slim`, `stable`), or a
/// `latest-`/`-latest` variant. Plain `latest` is left to `compose-image-unpinned`.
fn is_floating(tag: &str) -> bool {
    let t = tag.to_ascii_lowercase();
    if t == "latest" || t.is_empty() {
        return false;
    }
    !t.chars().any(|c| c.is_ascii_digit()) || t.starts_with("latest-") || t.ends_with("-latest")
}

impl ComposeImageFloatingTag {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for s in &project.services {
            let ImageSource::Pull { image, file, span } = &s.image else {
                continue;
            };
            let r = ImageRef::parse(image);
            let Some(tag) = r.tag.as_deref() else {
                continue;
            };
            if r.digest.is_some() {
                let d = deployment_of(project, s);
                if d.environment == Environment::Prod {
                    cx.strength(*file, *span, Strength { service: &s.name });
                }
                continue;
            }
            if r.is_dynamic() || !is_floating(tag) {
                continue;
            }
            // the project's own images (`acme/api:production`) are its CI's business
            let name = r.official_name();
            let well_known = r.registry.is_none() && !name.contains('/')
                || known_for(image).is_some()
                || runtimes()
                    .runtime
                    .iter()
                    .any(|rt| rt.images.iter().any(|i| i == name));
            if !well_known {
                continue;
            }
            let d = deployment_of(project, s);
            let raw = written_image(s);
            let msg: crate::message::Message = if raw.contains('$') {
                FloatingDefault {
                    service: &s.name,
                    image,
                    raw,
                    tag,
                }
                .into()
            } else {
                Floating {
                    service: &s.name,
                    image,
                    tag,
                }
                .into()
            };
            cx.report_in(d, *file, *span, msg)
                .severity(by_env(
                    d.environment,
                    Severity::Medium,
                    Severity::Low,
                    Severity::Low,
                ))
                .help(FloatingHelp { name: &r.name, tag })
                // the same image in several services of a file is one decision
                .group(format!("{file}:{image}"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::is_floating;

    #[test]
    fn floating_tags() {
        for t in [
            "alpine",
            "lts-slim",
            "stable-alpine",
            "bookworm",
            "latest-alpine",
            "3-latest",
        ] {
            assert!(is_floating(t), "{t}");
        }
        for t in ["latest", "1.27-alpine", "16", "v3.1", "7.2.4-alpine3.20"] {
            assert!(!is_floating(t), "{t}");
        }
    }
}
