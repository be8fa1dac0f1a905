use super::{dockerfiles, is_dynamic};
use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;
use seaworthy_syntax::dockerfile::{Dockerfile, Keyword};
use seaworthy_syntax::image::ImageRef;
use seaworthy_syntax::Span;

declare_rule! {
    /// ## What it does
    /// When the configuration lists the registries images may come from, reports every image a
    /// Dockerfile pulls from another one: `FROM`, `COPY --from=<image>` and
    /// `RUN --mount=from=<image>`. Stages of the same file, `scratch` and images named by a
    /// variable are not checked. Nothing is reported while the list is unset.
    ///
    /// ```toml
    /// # seaworthy.toml
    /// [dockerfile]
    /// allowed-registries = ["docker.io", "ghcr.io/acme", "*.dkr.ecr.eu-west-1.amazonaws.com"]
    /// ```
    ///
    /// An entry is a registry host, a host and path prefix (`ghcr.io/acme`), or a host pattern
    /// with `*` at its start or end. Images without a host come from Docker Hub, `docker.io`.
    ///
    /// ## Why is this bad?
    /// Teams restrict base images to registries they mirror and scan. An image from anywhere
    /// else bypasses that review, is not covered by the mirror when the upstream registry is
    /// down or rate-limits, and may disappear or change owner.
    ///
    /// ## Example
    /// ```toml path=seaworthy.toml
    /// [dockerfile]
    /// allowed-registries = ["registry.example.com"]
    /// ```
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// ```
    ///
    /// ## Use instead
    /// ```toml path=seaworthy.toml
    /// [dockerfile]
    /// allowed-registries = ["registry.example.com"]
    /// ```
    /// ```dockerfile
    /// FROM registry.example.com/library/python:3.12-slim
    /// ```
    ///
    /// ## References
    /// - <https://docs.docker.com/reference/dockerfile/#from>
    /// - <https://docs.docker.com/docker-hub/image-library/mirror/>
    pub struct RegistryNotAllowed {
        code: "SW1043",
        name: "registry-not-allowed",
        family: Dockerfile,
        severity: Medium,
        category: Security,
        hadolint: ["DL3026"],
        summary: "Image from a registry the configuration does not allow",
    }
}

/// Docker Hub has several host names.
fn canonical_host(h: &str) -> String {
    let h = h.to_ascii_lowercase();
    match h.as_str() {
        "index.docker.io"
        | "registry-1.docker.io"
        | "registry.hub.docker.com"
        | "hub.docker.com" => "docker.io".into(),
        _ => h,
    }
}

/// (host, host/path) of an image reference, Docker Hub's implicit `library/` included.
fn location(img: &ImageRef) -> (String, String) {
    let host = img
        .registry
        .as_deref()
        .map(canonical_host)
        .unwrap_or_else(|| "docker.io".into());
    let mut path = img.name.to_ascii_lowercase();
    if host == "docker.io" && !path.contains('/') {
        path = format!("library/{path}");
    }
    (host.clone(), format!("{host}/{path}"))
}

fn allowed(entry: &str, host: &str, full: &str) -> bool {
    if entry == "*" {
        return true;
    }
    if let Some(suffix) = entry.strip_prefix('*') {
        return host.ends_with(suffix);
    }
    if let Some(prefix) = entry.strip_suffix('*') {
        return host.starts_with(prefix);
    }
    match entry.split_once('/') {
        Some((h, p)) => {
            let e = format!("{}/{p}", canonical_host(h));
            full == e || full.starts_with(&format!("{e}/"))
        }
        None => canonical_host(entry) == host,
    }
}

/// Image references pulled by the file: (reference as written, span, what pulls it).
fn pulled_images(df: &Dockerfile) -> Vec<(String, Span, &'static str)> {
    let mut out = Vec::new();
    for stage in &df.stages {
        if !df.is_stage_ref(&stage.base_resolved, stage.from) {
            out.push((stage.base_resolved.clone(), stage.base.span, "FROM"));
        }
    }
    for (idx, ins) in df.instructions.iter().enumerate() {
        let from_flag = match ins.keyword {
            Keyword::Copy | Keyword::Add => ins
                .flag("from")
                .and_then(|f| f.value.clone().map(|v| (v, f.span, "COPY --from"))),
            _ => None,
        };
        let mounts = ins
            .flags
            .iter()
            .filter(|f| f.name == "mount")
            .filter_map(|f| {
                let v = f.value.as_deref()?;
                v.split(',')
                    .find_map(|kv| kv.strip_prefix("from="))
                    .map(|from| (from.to_string(), f.span, "RUN --mount"))
            });
        for (r, span, what) in from_flag.into_iter().chain(mounts) {
            // a stage (name or number) or a named build context, not an image
            let image_like = r.contains(['/', ':', '.', '@']);
            if df.is_stage_ref(&r, idx) || r.parse::<usize>().is_ok() || !image_like {
                continue;
            }
            out.push((r, span, what));
        }
    }
    out
}

crate::message! {
    /// An image pulled from a registry not in the list (`instruction`: `FROM`, `COPY --from`,
    /// `RUN --mount`; `allowed`: the configured entries, joined by "`, `").
    struct NotAllowed<'a> = "registry-not-allowed" { instruction: &'a str, image: &'a str, host: &'a str, allowed: &'a str }
    struct NotAllowedHelp = "registry-not-allowed-help" {}
}

impl RegistryNotAllowed {
    fn check(&self, project: &Project, cx: &mut Checker) {
        let Some(list) = cx.settings().allowed_registries.clone() else {
            return;
        };
        for doc in dockerfiles(project) {
            for (r, span, what) in pulled_images(&doc.tree) {
                let img = ImageRef::parse(&r);
                if is_dynamic(&r) || img.is_scratch() || img.name.is_empty() {
                    continue;
                }
                let (host, full) = location(&img);
                if list.iter().any(|e| allowed(e, &host, &full)) {
                    continue;
                }
                cx.report(
                    doc.file,
                    span,
                    NotAllowed {
                        instruction: what,
                        image: &r,
                        host: &host,
                        allowed: &list.join("`, `"),
                    },
                )
                .help(NotAllowedHelp {});
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::findings;
    use super::allowed;

    #[test]
    fn nothing_without_a_list() {
        assert_eq!(
            findings(
                "FROM quay.io/example/tool:1.0\nFROM python:3.12-slim\n",
                "SW1043"
            ),
            0
        );
    }

    #[test]
    fn patterns() {
        assert!(allowed(
            "docker.io",
            "docker.io",
            "docker.io/library/python"
        ));
        assert!(allowed(
            "index.docker.io",
            "docker.io",
            "docker.io/library/python"
        ));
        assert!(allowed(
            "docker.io/library",
            "docker.io",
            "docker.io/library/python"
        ));
        assert!(!allowed(
            "docker.io/library",
            "docker.io",
            "docker.io/bitnami/redis"
        ));
        assert!(allowed("ghcr.io/acme", "ghcr.io", "ghcr.io/acme/api"));
        assert!(!allowed("ghcr.io/acme", "ghcr.io", "ghcr.io/acmecorp/api"));
        assert!(allowed(
            "*.amazonaws.com",
            "1.dkr.ecr.eu-west-1.amazonaws.com",
            "x"
        ));
        assert!(allowed("registry.*", "registry.example.com", "x"));
        assert!(!allowed("quay.io", "ghcr.io", "ghcr.io/a/b"));
        assert!(allowed("*", "anything", "x"));
    }
}
