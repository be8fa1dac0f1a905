//! Renderers: every output format is a view of the same [`Audit`](crate::engine::Audit).

pub mod graph;
pub mod json;
pub mod markdown;
pub mod sarif;
pub mod text;

use crate::diagnostic::Finding;
use crate::engine::Audit;
use seaworthy_syntax::Span;

/// 1-based start and end positions of a span in a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Location {
    pub line: u32,
    pub column: u32,
    pub end_line: u32,
    pub end_column: u32,
}

pub fn location(audit: &Audit, file: usize, span: Span) -> Location {
    let f = audit.project.file(file);
    let s = f.line_col(span.start as usize);
    let e = f.line_col(span.end as usize);
    Location {
        line: s.line,
        column: s.column,
        end_line: e.line,
        end_column: e.column,
    }
}

/// Stable fingerprint of a finding for baselines: rule, path and the trimmed text of its first line
/// (so it survives lines moving up and down), plus its occurrence index among identical keys.
pub fn fingerprints(audit: &Audit) -> Vec<String> {
    let mut seen: std::collections::HashMap<u64, u32> = std::collections::HashMap::new();
    audit
        .findings
        .iter()
        .map(|f| {
            let key = fingerprint_key(audit, f);
            let n = seen.entry(key).or_insert(0);
            *n += 1;
            format!("{key:016x}:{}", *n)
        })
        .collect()
}

fn fingerprint_key(audit: &Audit, f: &Finding) -> u64 {
    let file = audit.project.file(f.file);
    let line = file.lines.line_of(f.span.start as usize);
    let text = file
        .lines
        .line_span(&file.text, line)
        .slice(&file.text)
        .trim();
    let mut h: u64 = 0xcbf29ce484222325;
    for b in f
        .rule
        .code
        .bytes()
        .chain([0])
        .chain(file.path.bytes())
        .chain([0])
        .chain(text.bytes())
    {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}
