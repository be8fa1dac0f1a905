//! Container image references (`registry/name:tag@digest`), as written in `FROM`, `COPY --from` and compose `image:`.

/// A parsed image reference. Parsing is total: anything that is not a reference still yields a `name`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ImageRef {
    /// Registry host when the first component looks like one (`ghcr.io`, `localhost:5000`).
    pub registry: Option<String>,
    /// Repository path without registry, e.g. `library/python` is written `python`.
    pub name: String,
    pub tag: Option<String>,
    pub digest: Option<String>,
}

impl ImageRef {
    pub fn parse(s: &str) -> ImageRef {
        let s = s.trim();
        let (rest, digest) = match s.split_once('@') {
            Some((r, d)) => (r, Some(d.to_string())),
            None => (s, None),
        };
        // the tag is after the last ':' that comes after the last '/'
        let last_slash = rest.rfind('/').map(|i| i + 1).unwrap_or(0);
        let (path, tag) = match rest[last_slash..].rfind(':') {
            Some(i) => (
                &rest[..last_slash + i],
                Some(rest[last_slash + i + 1..].to_string()),
            ),
            None => (rest, None),
        };
        let (registry, name) = match path.split_once('/') {
            Some((first, tail))
                if first.contains('.') || first.contains(':') || first == "localhost" =>
            {
                (Some(first.to_string()), tail.to_string())
            }
            _ => (None, path.to_string()),
        };
        ImageRef {
            registry,
            name,
            tag,
            digest,
        }
    }

    /// Last path component of the repository (`nginxinc/nginx-unprivileged` → `nginx-unprivileged`).
    pub fn short_name(&self) -> &str {
        self.name.rsplit('/').next().unwrap_or(&self.name)
    }

    /// `library/python` and `python` are the same official image.
    pub fn official_name(&self) -> &str {
        self.name.strip_prefix("library/").unwrap_or(&self.name)
    }

    pub fn is_scratch(&self) -> bool {
        self.name == "scratch" && self.tag.is_none()
    }

    /// Contains unexpanded variables or template placeholders, so nothing can be said about the tag.
    pub fn is_dynamic(&self) -> bool {
        let all = format!(
            "{}{}{}",
            self.name,
            self.tag.as_deref().unwrap_or(""),
            self.registry.as_deref().unwrap_or("")
        );
        all.contains('$') || all.contains("{{") || all.contains('%') || all.contains('{')
    }

    /// Pinned means a digest, or a tag that is neither absent nor `latest`.
    pub fn is_pinned(&self) -> bool {
        self.digest.is_some()
            || self
                .tag
                .as_deref()
                .is_some_and(|t| t != "latest" && !t.is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_references() {
        let r = ImageRef::parse("python:3.12-slim");
        assert_eq!(
            (r.name.as_str(), r.tag.as_deref(), r.registry.as_deref()),
            ("python", Some("3.12-slim"), None)
        );
        let r = ImageRef::parse("ghcr.io/astral-sh/uv:0.5.1");
        assert_eq!(r.registry.as_deref(), Some("ghcr.io"));
        assert_eq!(r.name, "astral-sh/uv");
        assert_eq!(r.short_name(), "uv");
        let r = ImageRef::parse("localhost:5000/app");
        assert_eq!(r.registry.as_deref(), Some("localhost:5000"));
        assert_eq!(r.tag, None);
        let r = ImageRef::parse("nginx@sha256:abc");
        assert!(r.is_pinned());
        assert_eq!(r.digest.as_deref(), Some("sha256:abc"));
        assert!(!ImageRef::parse("node:latest").is_pinned());
        assert!(!ImageRef::parse("node").is_pinned());
        assert!(ImageRef::parse("${BASE}").is_dynamic());
        assert_eq!(ImageRef::parse("").name, "");
    }
}
