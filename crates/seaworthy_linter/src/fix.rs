//! Applying fixes: byte-span edits on the original text, so comments and formatting around them
//! survive. Edits of one file are applied from the end backwards; a fix whose edits overlap an
//! already accepted edit is skipped (it will be offered again on the next run). Fixes are idempotent
//! by construction of the rules (a fixed file no longer triggers the rule), which the CLI verifies by
//! auditing the result again.
//!
//! A fix must leave a file that parses as well as before: every edited file is parsed again, and
//! when the result has more parse problems than the original, its fixes are tried one by one and
//! those that break it are dropped (with a note). Files that were not read exactly (not valid
//! UTF-8, binary, ...) are never fixed: writing their lossy text back would change bytes no fix
//! touches.

use crate::diagnostic::{Applicability, Edit};
use crate::engine::Audit;
use crate::project::{FileId, Project};
use seaworthy_syntax::{FileKind, Span};
use std::collections::{BTreeMap, BTreeSet};

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

/// A fix that was not applied, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SkippedFix {
    pub path: String,
    pub rule: &'static str,
    pub reason: String,
}

/// Compute the fixed content of every file that has applicable fixes.
pub fn plan(audit: &Audit, include_unsafe: bool) -> Vec<FixedFile> {
    plan_with_notes(audit, include_unsafe).0
}

/// Most fixes of one file tried one at a time when together they break it.
const MAX_ONE_BY_ONE: usize = 64;

/// One accepted fix: its rule and its edits.
struct Candidate {
    rule: &'static str,
    edits: Vec<Edit>,
}

/// [`plan`], and the fixes it left out because they would break a file or the file was not
/// read exactly.
pub fn plan_with_notes(audit: &Audit, include_unsafe: bool) -> (Vec<FixedFile>, Vec<SkippedFix>) {
    let project = &audit.project;
    let mut skipped: Vec<SkippedFix> = Vec::new();
    let mut candidates: Vec<Candidate> = Vec::new();
    let mut taken: BTreeMap<FileId, Vec<Span>> = BTreeMap::new();
    let mut unfit_files: BTreeSet<FileId> = BTreeSet::new();
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
        if let Some(bad) = fix
            .edits
            .iter()
            .find(|e| project.file(e.file).issue.is_some())
        {
            if unfit_files.insert(bad.file) {
                skipped.push(SkippedFix {
                    path: project.file(bad.file).path.clone(),
                    rule: f.rule.code,
                    reason: "the file was not read exactly as it is on disk (not valid UTF-8, or not read at all): fixing it would change bytes no fix touches".into(),
                });
            }
            continue;
        }
        // all edits of one fix are accepted together or not at all
        let fits = fix.edits.iter().all(|e| {
            let text = &project.file(e.file).text;
            (e.span.end as usize) <= text.len()
                && text.is_char_boundary(e.span.start as usize)
                && text.is_char_boundary(e.span.end as usize)
                && taken
                    .get(&e.file)
                    .is_none_or(|accepted| accepted.iter().all(|s| !overlaps(*s, e.span)))
        });
        if !fits {
            continue;
        }
        for e in &fix.edits {
            taken.entry(e.file).or_default().push(e.span);
        }
        candidates.push(Candidate {
            rule: f.rule.code,
            edits: fix.edits.clone(),
        });
    }

    // Drop the fixes that make a file parse worse; a fix dropped in one file is dropped in all
    // (its edits go together), so repeat until nothing more is dropped.
    let mut dropped: BTreeSet<usize> = BTreeSet::new();
    loop {
        let mut newly = Vec::new();
        for (file, ids) in fixes_by_file(&candidates, &dropped) {
            let kind = project.file(file).kind;
            let original = &project.file(file).text;
            let baseline = parse_problems(kind, original);
            if parse_problems(kind, &apply(original, &candidates, &ids, file)) <= baseline {
                continue;
            }
            // one by one, in finding order: keep each fix that leaves the file parsing as well
            // (bounded: beyond MAX_ONE_BY_ONE fixes in one file, none of them is applied)
            if ids.len() > MAX_ONE_BY_ONE {
                newly.extend(ids.iter().map(|&id| (id, file)));
                continue;
            }
            let mut kept: Vec<usize> = Vec::new();
            for &id in &ids {
                kept.push(id);
                if parse_problems(kind, &apply(original, &candidates, &kept, file)) > baseline {
                    kept.pop();
                    newly.push((id, file));
                }
            }
        }
        if newly.is_empty() {
            break;
        }
        for (id, file) in newly {
            if dropped.insert(id) {
                skipped.push(SkippedFix {
                    path: project.file(file).path.clone(),
                    rule: candidates[id].rule,
                    reason: "the file would not parse after this fix".into(),
                });
            }
        }
    }

    let files = fixes_by_file(&candidates, &dropped)
        .into_iter()
        .map(|(file, ids)| {
            let original = project.file(file).text.clone();
            let fixed = apply(&original, &candidates, &ids, file);
            let mut rules = Vec::new();
            for &id in &ids {
                if !rules.contains(&candidates[id].rule) {
                    rules.push(candidates[id].rule);
                }
            }
            FixedFile {
                file,
                path: project.file(file).path.clone(),
                original,
                fixed,
                rules,
            }
        })
        .filter(|f| f.fixed != f.original)
        .collect();
    (files, skipped)
}

/// The fixes (indices into `candidates`) that edit each file, dropped ones left out.
fn fixes_by_file(
    candidates: &[Candidate],
    dropped: &BTreeSet<usize>,
) -> BTreeMap<FileId, Vec<usize>> {
    let mut out: BTreeMap<FileId, Vec<usize>> = BTreeMap::new();
    for (id, c) in candidates.iter().enumerate() {
        if dropped.contains(&id) {
            continue;
        }
        for e in &c.edits {
            let ids = out.entry(e.file).or_default();
            if ids.last() != Some(&id) {
                ids.push(id);
            }
        }
    }
    out
}

/// `original` with the edits of the fixes `ids` that touch `file`, applied from the end.
fn apply(original: &str, candidates: &[Candidate], ids: &[usize], file: FileId) -> String {
    let mut edits: Vec<&Edit> = ids
        .iter()
        .flat_map(|&id| candidates[id].edits.iter())
        .filter(|e| e.file == file)
        .collect();
    edits.sort_by(|a, b| {
        b.span
            .start
            .cmp(&a.span.start)
            .then(b.span.end.cmp(&a.span.end))
    });
    let mut fixed = original.to_string();
    for e in edits {
        fixed.replace_range(e.span.range(), &e.content);
    }
    fixed
}

/// How many parse problems the parser of `kind` finds in `text` (formats without a parser that
/// reports errors count none).
pub fn parse_problems(kind: FileKind, text: &str) -> usize {
    use seaworthy_syntax::{compose, dockerfile, dotenv, nginx, yaml};
    match kind {
        FileKind::Dockerfile => dockerfile::parse(text).errors.len(),
        FileKind::Compose | FileKind::Ci => {
            let y = yaml::parse(text);
            // an alias whose anchor is gone parses, but means nothing
            let dangling = y
                .nodes
                .iter()
                .filter(|n| matches!(n.kind, yaml::Kind::BadAlias(_)))
                .count();
            let structure = if kind == FileKind::Compose {
                compose::view(&y).problems.len()
            } else {
                0
            };
            y.errors.len() + dangling + structure
        }
        FileKind::Nginx => nginx::parse(text).errors.len(),
        FileKind::Env => dotenv::parse(text).errors.len(),
        _ => 0,
    }
}

/// Two spans conflict when they overlap, or are the same insertion point.
fn overlaps(a: Span, b: Span) -> bool {
    (a.start < b.end && b.start < a.end) || (a.start == b.start && (a.is_empty() || b.is_empty()))
}

/// What `--diff` prints for one fixed file: its unified diff with every secret masked. Context
/// and removed lines come from the original's masked text ([`Project::masked_text`]), added lines
/// from the fixed text masked the same way ([`Project::masked_copy`]); the lines to show are
/// chosen on the real texts, so masking never invents or hides a change.
pub fn masked_diff(project: &Project, f: &FixedFile) -> String {
    let old_shown = project.masked_text(f.file);
    let new_shown = project.masked_copy(f.file, &f.fixed);
    let diff = diff_shown(&f.path, &f.original, &f.fixed, &old_shown, &new_shown);
    project.redact(&diff).into_owned()
}

/// A unified diff of the changed lines (context 2), with `a/` and `b/` paths.
pub fn unified_diff(path: &str, old: &str, new: &str) -> String {
    diff_shown(path, old, new, old, new)
}

/// The diff of `old` → `new`, printing line `i` of each from `old_shown`/`new_shown` (texts with
/// the same lines, masked).
fn diff_shown(path: &str, old: &str, new: &str, old_shown: &str, new_shown: &str) -> String {
    let a: Vec<&str> = old.split_inclusive('\n').collect();
    let b: Vec<&str> = new.split_inclusive('\n').collect();
    let a_shown: Vec<&str> = old_shown.split_inclusive('\n').collect();
    let b_shown: Vec<&str> = new_shown.split_inclusive('\n').collect();
    // a shown line that does not line up (it cannot, masking keeps line ends) prints as masked
    let shown = |v: &[&str], i: usize| -> String {
        v.get(i)
            .map_or_else(|| "****\n".to_string(), |s| s.to_string())
    };
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
    let line = |s: String| {
        if s.ends_with('\n') {
            s
        } else {
            format!("{s}\n\\ No newline at end of file\n")
        }
    };
    for i in start..prefix {
        out.push(' ');
        out.push_str(&line(shown(&a_shown, i)));
    }
    for i in prefix..a.len() - suffix {
        out.push('-');
        out.push_str(&line(shown(&a_shown, i)));
    }
    for i in prefix..b.len() - suffix {
        out.push('+');
        out.push_str(&line(shown(&b_shown, i)));
    }
    for i in a.len() - suffix..a_end {
        out.push(' ');
        out.push_str(&line(shown(&a_shown, i)));
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

    /// A fix whose result no longer parses is dropped (with a note); the other fixes of the file
    /// still apply.
    #[test]
    fn fixes_that_break_the_file_are_dropped() {
        use crate::diagnostic::{Edit, Fix};
        let src = "-- docker-compose.yml --\nservices:\n  web:\n    image: nginx:1.27\n    privileged: true\n";
        let mut audit = crate::testing::audit_txtar(src);
        let text = audit.project.files[0].text.clone();
        let file = audit.project.files[0].id;
        let mut template = audit.findings[0].clone();
        let at = |needle: &str| {
            let i = text.find(needle).unwrap();
            Span::new(i, i + needle.len())
        };
        // breaks the document: a key without its colon in the middle of a mapping
        let mut broken = template.clone();
        broken.fix = Some(Fix::safe(
            "bad",
            vec![Edit {
                file,
                span: at("image:"),
                content: "image".into(),
            }],
        ));
        template.fix = Some(Fix::safe(
            "good",
            vec![Edit {
                file,
                span: at("privileged: true"),
                content: "privileged: false".into(),
            }],
        ));
        audit.findings = vec![broken, template];
        let (files, skipped) = plan_with_notes(&audit, false);
        assert_eq!(files.len(), 1);
        assert_eq!(
            files[0].fixed,
            "services:\n  web:\n    image: nginx:1.27\n    privileged: false\n"
        );
        assert_eq!(skipped.len(), 1, "{skipped:?}");
        assert!(skipped[0].reason.contains("would not parse"));
        // only the broken fix: nothing to write
        audit.findings.truncate(1);
        let (files, skipped) = plan_with_notes(&audit, false);
        assert!(files.is_empty());
        assert_eq!(skipped.len(), 1);
    }

    #[test]
    fn printed_diff_masks_secrets_in_context_and_changed_lines() {
        let token = "ghp_Zq8mXw2Kp7Rt4nV9bL3cHs6Jd1Fg5Ty0Ua2E";
        let a = crate::testing::audit_txtar(&format!(
            "-- Dockerfile --\nFROM alpine:3.22\nENV DB_PASSWORD=Kq9mZx2Wp7Rt\n\
             RUN apk add curl && git clone https://{token}@github.com/acme/x.git\n\
             RUN echo {token} > /dev/null\n"
        ));
        let planned = plan(&a, false);
        assert_eq!(planned.len(), 1, "the apk fix applies");
        let raw = unified_diff(&planned[0].path, &planned[0].original, &planned[0].fixed);
        assert!(raw.contains(token), "{raw}");
        let shown = masked_diff(&a.project, &planned[0]);
        assert!(!shown.contains(&token[4..16]), "{shown}");
        assert!(!shown.contains("Kq9mZx2Wp7Rt"), "{shown}");
        assert!(
            shown.contains("+RUN apk add --no-cache curl && git clone https://ghp_"),
            "{shown}"
        );
        assert!(shown.contains(" ENV DB_PASSWORD=Kq9*********\n"), "{shown}");
        // the same lines as the raw diff, one for one
        assert_eq!(raw.lines().count(), shown.lines().count());
    }

    #[test]
    fn overlap() {
        assert!(overlaps(Span::new(0, 5), Span::new(4, 6)));
        assert!(!overlaps(Span::new(0, 5), Span::new(5, 6)));
        assert!(overlaps(Span::new(3, 3), Span::new(3, 3)));
        assert!(!overlaps(Span::new(3, 3), Span::new(4, 4)));
    }
}
