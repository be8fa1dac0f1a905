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
