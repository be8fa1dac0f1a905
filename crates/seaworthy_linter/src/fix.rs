//! Applying fixes: byte-span edits on the original text, so comments and formatting around them
//! survive. Edits of one file are applied from the end backwards; a fix whose edits overlap an
//! already accepted edit is skipped (it will be offered again on the next run). Fixes are idempotent
//! by construction of the rules (a fixed file no longer triggers the rule), which the CLI verifies by
//! auditing the result again.

use crate::diagnostic::{Applicability, Edit};
use crate::engine::Audit;
use crate::project::FileId;
use seaworthy_syntax::Span;
use std::collections::BTreeMap;

/// The new content of one file after its fixes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FixedFile {
    pub file: FileId,
    pub path: String,
    pub original: String,
    pub fixed: String,
    /// Codes of the rules whose fixes were applied.
    pub rules: Vec<&'static str>,
}

/// Compute the fixed content of every file that has applicable fixes.
pub fn plan(audit: &Audit, include_unsafe: bool) -> Vec<FixedFile> {
    let mut per_file: BTreeMap<FileId, Vec<(Span, String, &'static str)>> = BTreeMap::new();
    for f in &audit.findings {
        let Some(fix) = &f.fix else { continue };
        let ok = match fix.applicability {
            Applicability::Safe => true,
            Applicability::Unsafe => include_unsafe,
            Applicability::Display => false,
        };
        if !ok || fix.edits.is_empty() {
            continue;
        }
        // all edits of one fix are accepted together or not at all
        let fits = fix.edits.iter().all(|e| {
            let text = &audit.project.file(e.file).text;
            (e.span.end as usize) <= text.len()
                && text.is_char_boundary(e.span.start as usize)
                && text.is_char_boundary(e.span.end as usize)
                && per_file
                    .get(&e.file)
                    .is_none_or(|accepted| accepted.iter().all(|(s, _, _)| !overlaps(*s, e.span)))
        });
        if !fits {
            continue;
        }
        for Edit {
            file,
            span,
            content,
        } in &fix.edits
        {
            per_file
                .entry(*file)
                .or_default()
                .push((*span, content.clone(), f.rule.code));
        }
    }
    per_file
        .into_iter()
        .map(|(file, mut edits)| {
            let original = audit.project.file(file).text.clone();
            edits.sort_by(|a, b| b.0.start.cmp(&a.0.start).then(b.0.end.cmp(&a.0.end)));
            let mut fixed = original.clone();
            let mut rules = Vec::new();
            for (span, content, code) in edits {
                fixed.replace_range(span.range(), &content);
                if !rules.contains(&code) {
                    rules.push(code);
                }
            }
            FixedFile {
                file,
                path: audit.project.file(file).path.clone(),
                original,
                fixed,
                rules,
            }
        })
        .filter(|f| f.fixed != f.original)
        .collect()
}

/// Two spans conflict when they overlap, or are the same insertion point.
fn overlaps(a: Span, b: Span) -> bool {
    (a.start < b.end && b.start < a.end) || (a.start == b.start && (a.is_empty() || b.is_empty()))
}

/// A unified diff of the changed lines (context 2), with `a/` and `b/` paths.
pub fn unified_diff(path: &str, old: &str, new: &str) -> String {
    let a: Vec<&str> = old.split_inclusive('\n').collect();
    let b: Vec<&str> = new.split_inclusive('\n').collect();
    // common prefix/suffix, then one hunk (fixes are local; several distant edits make one larger hunk)
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let max_suffix = a.len().min(b.len()) - prefix;
    let suffix = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take(max_suffix)
        .take_while(|(x, y)| x == y)
        .count();
    if prefix == a.len() && prefix == b.len() {
        return String::new();
    }
    const CTX: usize = 2;
    let start = prefix.saturating_sub(CTX);
    let a_end = (a.len() - suffix + CTX).min(a.len());
    let b_end = (b.len() - suffix + CTX).min(b.len());
    let mut out = format!(
        "--- a/{path}\n+++ b/{path}\n@@ -{},{} +{},{} @@\n",
        start + 1,
        a_end - start,
        start + 1,
        b_end - start
    );
    let line = |s: &str| {
        if s.ends_with('\n') {
            s.to_string()
        } else {
            format!("{s}\n\\ No newline at end of file\n")
        }
    };
    for l in &a[start..prefix] {
        out.push(' ');
        out.push_str(&line(l));
    }
    for l in &a[prefix..a.len() - suffix] {
        out.push('-');
        out.push_str(&line(l));
    }
    for l in &b[prefix..b.len() - suffix] {
        out.push('+');
        out.push_str(&line(l));
    }
    for l in &a[a.len() - suffix..a_end] {
        out.push(' ');
        out.push_str(&line(l));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diff_shows_changed_lines_with_context() {
        let d = unified_diff("Dockerfile", "a\nb\nc\nd\ne\nf\n", "a\nb\nc\nD\ne\nf\n");
        assert_eq!(
            d,
            "--- a/Dockerfile\n+++ b/Dockerfile\n@@ -2,5 +2,5 @@\n b\n c\n-d\n+D\n e\n f\n"
        );
        assert_eq!(unified_diff("x", "same\n", "same\n"), "");
        let d = unified_diff("x", "a", "a\nb\n");
        assert!(
            d.contains("-a\n\\ No newline at end of file\n+a\n+b\n"),
            "{d}"
        );
    }

    #[test]
    fn overlap() {
        assert!(overlaps(Span::new(0, 5), Span::new(4, 6)));
        assert!(!overlaps(Span::new(0, 5), Span::new(5, 6)));
        assert!(overlaps(Span::new(3, 3), Span::new(3, 3)));
        assert!(!overlaps(Span::new(3, 3), Span::new(4, 4)));
    }
}
