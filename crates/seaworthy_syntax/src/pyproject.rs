//! `pyproject.toml`: the facts deployment rules need (project name, requires-python, classifiers,
//! dependencies, `[tool.seaworthy]`). Parsed with `toml`; a malformed file yields an error with a span.

use crate::span::Span;

#[derive(Debug, Clone, Default)]
pub struct Pyproject {
    pub name: Option<String>,
    pub requires_python: Option<(String, Span)>,
    /// `Programming Language :: Python :: 3.12` → "3.12"
    pub python_classifiers: Vec<String>,
    pub dependencies: Vec<String>,
    /// Optional/dev dependency group names → requirement strings.
    pub optional_dependencies: Vec<(String, Vec<String>)>,
    /// The whole document, for `[tool.*]` lookups.
    pub table: Option<toml::Table>,
}

#[derive(Debug, Clone)]
pub struct TomlError {
    pub message: String,
    pub span: Span,
}

pub fn parse(src: &str) -> (Pyproject, Vec<TomlError>) {
    let table: toml::Table = match src.parse() {
        Ok(t) => t,
        Err(e) => {
            let span = e
                .span()
                .map(|r| Span::new(r.start, r.end))
                .unwrap_or(Span::EMPTY);
            return (
                Pyproject::default(),
                vec![TomlError {
                    message: e.message().to_string(),
                    span,
                }],
            );
        }
    };
    let mut p = Pyproject::default();
    if let Some(project) = table.get("project").and_then(|v| v.as_table()) {
        p.name = project
            .get("name")
            .and_then(|v| v.as_str())
            .map(str::to_string);
        if let Some(rp) = project.get("requires-python").and_then(|v| v.as_str()) {
            p.requires_python = Some((rp.to_string(), find_value_span(src, "requires-python")));
        }
        if let Some(cl) = project.get("classifiers").and_then(|v| v.as_array()) {
            for c in cl.iter().filter_map(|v| v.as_str()) {
                if let Some(v) = c.strip_prefix("Programming Language :: Python :: ") {
                    if v.contains('.') && v.chars().all(|ch| ch.is_ascii_digit() || ch == '.') {
                        p.python_classifiers.push(v.to_string());
                    }
                }
            }
        }
        if let Some(deps) = project.get("dependencies").and_then(|v| v.as_array()) {
            p.dependencies = deps
                .iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect();
        }
        if let Some(opt) = project
            .get("optional-dependencies")
            .and_then(|v| v.as_table())
        {
            for (k, v) in opt {
                let list = v
                    .as_array()
                    .map(|a| {
                        a.iter()
                            .filter_map(|x| x.as_str().map(str::to_string))
                            .collect()
                    })
                    .unwrap_or_default();
                p.optional_dependencies.push((k.clone(), list));
            }
        }
    }
    p.table = Some(table);
    (p, Vec::new())
}

/// The string value of `key = "..."` in a TOML text, read line by line without parsing the
/// whole document (lock files are large): in the table `section` (`Some("metadata")` for
/// `[metadata]`, `Some("tool.poetry.dependencies")`), or before the first table header when
/// `None`. Returns the value and the span of the quoted value. Total.
pub fn toml_string(src: &str, section: Option<&str>, key: &str) -> Option<(String, Span)> {
    let mut offset = 0;
    let mut current: Option<&str> = None;
    for line in src.split_inclusive('\n') {
        let t = line.trim();
        if let Some(h) = t.strip_prefix('[') {
            let h = h.trim_start_matches('[');
            current = Some(h.split(']').next().unwrap_or("").trim());
            // keys before the first table only
            section?;
        } else if current == section {
            if let Some(rest) = t.strip_prefix(key) {
                let rest = rest.trim_start();
                if let Some(v) = rest.strip_prefix('=') {
                    let v = v.trim();
                    let q = v.chars().next().filter(|c| *c == '"' || *c == '\'')?;
                    let inner = &v[1..];
                    let end = inner.find(q)?;
                    let value = inner[..end].to_string();
                    let lead = line.len() - line.trim_start().len();
                    let vstart = offset + lead + (t.len() - v.len());
                    return Some((value, Span::new(vstart, vstart + end + 2)));
                }
            }
        }
        offset += line.len();
    }
    None
}

/// Span of the value of the first `key = ...` line (good enough for diagnostics).
fn find_value_span(src: &str, key: &str) -> Span {
    let mut offset = 0;
    for line in src.split_inclusive('\n') {
        let t = line.trim_start();
        if let Some(rest) = t.strip_prefix(key) {
            if let Some(eq) = rest.find('=') {
                let lead = line.len() - t.len();
                let vstart = offset + lead + key.len() + eq + 1;
                let v = line[lead + key.len() + eq + 1..].trim_end_matches(['\n', '\r']);
                let vt = v.trim_start();
                let s = vstart + (v.len() - vt.len());
                return Span::new(s, s + vt.trim_end().len());
            }
        }
        offset += line.len();
    }
    Span::EMPTY
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toml_strings_in_sections() {
        let lock = "version = 1\nrequires-python = \">=3.12\"\n\n[[package]]\nname = \"x\"\nrequires-python = \">=3.8\"\n";
        let (v, span) = toml_string(lock, None, "requires-python").unwrap();
        assert_eq!(v, ">=3.12");
        assert_eq!(span.slice(lock), "\">=3.12\"");
        let poetry = "[[package]]\nname = \"a\"\npython-versions = \">=3.7\"\n\n[metadata]\nlock-version = \"2.0\"\npython-versions = \"^3.11\"\n";
        let (v, span) = toml_string(poetry, Some("metadata"), "python-versions").unwrap();
        assert_eq!(v, "^3.11");
        assert_eq!(span.slice(poetry), "\"^3.11\"");
        assert!(toml_string("[x]\nk = 1\n", Some("x"), "k").is_none());
        for junk in ["k = \"", "k =", "[", "k = 'é", "\u{feff}k = \"v\""] {
            let _ = toml_string(junk, None, "k");
        }
    }

    #[test]
    fn parses_project() {
        let src = "[project]\nname = \"x\"\nrequires-python = \">=3.11,<3.14\"\nclassifiers = [\"Programming Language :: Python :: 3.12\"]\ndependencies = [\"fastapi\"]\n";
        let (p, errs) = parse(src);
        assert!(errs.is_empty());
        let (rp, span) = p.requires_python.unwrap();
        assert_eq!(rp, ">=3.11,<3.14");
        assert_eq!(span.slice(src), "\">=3.11,<3.14\"");
        assert_eq!(p.python_classifiers, vec!["3.12"]);
        let (_, errs) = parse("[project\nname=");
        assert_eq!(errs.len(), 1);
    }
}
