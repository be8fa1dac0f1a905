//! `requirements*.txt` (pip): one requirement per line, comments, `-r` includes, markers.

use crate::span::Span;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Requirement {
    /// Normalized project name (lowercase, `_`/`.` → `-`).
    pub name: String,
    pub name_span: Span,
    /// Version specifier text (`==1.2`, `>=3,<4`), empty when unpinned.
    pub specifier: String,
    pub line_span: Span,
    /// Extras as written (`fastapi[standard]` → `["standard"]`), lowercased.
    pub extras: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Include {
    /// `-r other.txt` / `-c constraints.txt`
    pub path: String,
    pub span: Span,
    pub constraint: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Requirements {
    pub requirements: Vec<Requirement>,
    pub includes: Vec<Include>,
    /// Comment texts with spans (a requirements file sometimes says which Python it supports).
    pub comments: Vec<(String, Span)>,
    /// Lines that install something without a readable project name: editables (`-e .`,
    /// `-e git+...`), URLs, local paths and wheel files.
    pub unnamed: Vec<Span>,
}

pub fn normalize_name(n: &str) -> String {
    n.trim().to_ascii_lowercase().replace(['_', '.'], "-")
}

/// A requirement or dependency string's normalized project name: `Django[bcrypt]>=5` → `django`.
pub fn dist_name(spec: &str) -> String {
    let end = spec
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.'))
        .unwrap_or(spec.len());
    normalize_name(&spec[..end])
}

/// The extras of a requirement or dependency string: `uvicorn[standard]>=0.30` → `["standard"]`.
pub fn spec_extras(spec: &str) -> Vec<String> {
    let t = spec.trim_start();
    let end = t
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.'))
        .unwrap_or(t.len());
    let rest = t[end..].trim_start();
    match rest
        .strip_prefix('[')
        .and_then(|r| r.find(']').map(|i| &r[..i]))
    {
        Some(inner) => inner
            .split(',')
            .map(|e| e.trim().to_ascii_lowercase())
            .filter(|e| !e.is_empty())
            .collect(),
        None => Vec::new(),
    }
}

pub fn parse(src: &str) -> Requirements {
    let mut out = Requirements::default();
    // pip drops a byte order mark; spans still index the original text
    let mut offset = if src.starts_with('\u{feff}') { 3 } else { 0 };
    for raw in src[offset..].split_inclusive('\n') {
        let line_start = offset;
        offset += raw.len();
        let line = raw.trim_end_matches(['\n', '\r']);
        let (content, comment) = match line
            .find(" #")
            .or_else(|| line.starts_with('#').then_some(0))
        {
            Some(i) => (&line[..i], Some(i)),
            None => (line, None),
        };
        if let Some(ci) = comment {
            let hash = line[ci..].find('#').map(|h| ci + h).unwrap_or(ci);
            out.comments.push((
                line[hash + 1..].trim().to_string(),
                Span::new(line_start + hash, line_start + line.len()),
            ));
        }
        let t = content.trim();
        if t.is_empty() {
            continue;
        }
        let lead = content.len() - content.trim_start().len();
        for (flag, constraint) in [
            ("-r", false),
            ("--requirement", false),
            ("-c", true),
            ("--constraint", true),
        ] {
            if let Some(rest) = t.strip_prefix(flag) {
                if rest.starts_with([' ', '=']) || rest.is_empty() {
                    let p = rest.trim_start_matches(['=', ' ']).trim();
                    out.includes.push(Include {
                        path: p.to_string(),
                        span: Span::new(line_start + lead, line_start + lead + t.len()),
                        constraint,
                    });
                }
            }
        }
        if t.starts_with("-e") || t.starts_with("--editable") {
            out.unnamed
                .push(Span::new(line_start + lead, line_start + lead + t.len()));
            continue;
        }
        if t.starts_with('-') {
            continue;
        }
        // `name @ https://...` is a named direct reference
        let named_url = t.contains(" @ ") || t.contains("@ ") || t.contains(" @");
        if !named_url
            && (t.contains("://")
                || t.starts_with('.')
                || t.starts_with('/')
                || t.ends_with(".whl")
                || t.ends_with(".tar.gz")
                || t.ends_with(".zip"))
        {
            out.unnamed
                .push(Span::new(line_start + lead, line_start + lead + t.len()));
            continue;
        }
        // name[extras] spec ; markers
        let name_end = t
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.'))
            .unwrap_or(t.len());
        if name_end == 0 {
            continue;
        }
        let name = &t[..name_end];
        let mut rest = &t[name_end..];
        let mut extras = Vec::new();
        if let Some(r) = rest.strip_prefix('[') {
            if let Some(i) = r.find(']') {
                extras = r[..i]
                    .split(',')
                    .map(|e| e.trim().to_ascii_lowercase())
                    .filter(|e| !e.is_empty())
                    .collect();
                rest = &r[i + 1..];
            } else {
                rest = "";
            }
        }
        let spec = rest.split(';').next().unwrap_or("").trim().to_string();
        out.requirements.push(Requirement {
            name: normalize_name(name),
            name_span: Span::new(line_start + lead, line_start + lead + name_end),
            specifier: spec,
            line_span: Span::new(line_start + lead, line_start + lead + t.len()),
            extras,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses() {
        let src = "# Python 3.14+ may have issues\nDjango==5.0 # web\npsycopg2-binary>=2.9\n-r base.txt\nlxml[html]; python_version<'3.13'\n\n--index-url https://x\n";
        let r = parse(src);
        assert_eq!(r.requirements.len(), 3);
        assert_eq!(r.requirements[0].name, "django");
        assert_eq!(r.requirements[0].specifier, "==5.0");
        assert_eq!(r.requirements[0].name_span.slice(src), "Django");
        assert_eq!(r.includes[0].path, "base.txt");
        assert_eq!(r.comments.len(), 2);
        assert_eq!(r.requirements[2].name, "lxml");
        assert_eq!(r.requirements[2].extras, ["html"]);
        assert!(r.unnamed.is_empty());
    }

    #[test]
    fn lines_without_a_name_are_kept_apart() {
        let r = parse("-e .\ngit+https://github.com/a/b.git\n./libs/x\nname @ https://x/y.whl\nuvicorn[standard, Foo]==0.30\n");
        assert_eq!(r.unnamed.len(), 3);
        assert_eq!(r.requirements.len(), 2);
        assert_eq!(r.requirements[1].extras, ["standard", "foo"]);
    }

    #[test]
    fn byte_order_mark_is_not_part_of_the_first_name() {
        let src = "\u{feff}Django==5.0\n";
        let r = parse(src);
        assert_eq!(r.requirements[0].name, "django");
        assert_eq!(r.requirements[0].name_span.slice(src), "Django");
    }
}
