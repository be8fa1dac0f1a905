//! Inline suppressions.
//!
//! - `# seaworthy: ignore[rule-or-code, ...] reason` on the finding's line or on the line(s) above
//!   it (comment lines in between are skipped). Without `[...]` it silences every rule there.
//! - `# seaworthy: file-ignore[rule-or-code, ...]` anywhere in the file.
//! - `# hadolint ignore=DL3008,DL3009` above a Dockerfile instruction, and
//!   `# hadolint global ignore=...`, for the rules that match hadolint's.
//!
//! In a Dockerfile a finding anywhere inside a multi-line instruction counts as being on the
//! instruction's first line, as hadolint does. Unused seaworthy suppressions are reported.

use crate::diagnostic::Finding;
use crate::meta::RuleMeta;
use crate::project::{FileId, Project};
use seaworthy_syntax::dockerfile::{Dockerfile, Instruction};
use seaworthy_syntax::{FileKind, Span};
use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    /// 0-based lines covered.
    Lines(Vec<usize>),
    File,
}

#[derive(Debug, Clone)]
pub struct Pragma {
    pub file: FileId,
    pub span: Span,
    pub scope: Scope,
    /// Selectors; empty = all rules.
    pub selectors: Vec<String>,
    pub hadolint: bool,
    /// Which selectors were used (same order as `selectors`; one flag when empty).
    pub used: Vec<bool>,
}

impl Pragma {
    fn matches(&self, rule: &RuleMeta) -> Option<usize> {
        if self.selectors.is_empty() {
            return Some(0);
        }
        self.selectors.iter().position(|s| {
            if self.hadolint {
                rule.hadolint.iter().any(|h| h.eq_ignore_ascii_case(s))
            } else {
                rule.code.eq_ignore_ascii_case(s) || rule.name.eq_ignore_ascii_case(s)
            }
        })
    }
}

/// Scan one file's comments for pragmas.
pub fn scan(project: &Project, file: FileId) -> Vec<Pragma> {
    let f = project.file(file);
    let text = &f.text;
    if !text.contains("seaworthy:") && !text.contains("hadolint") {
        return Vec::new();
    }
    // the file's own line index, so pragmas and findings agree on lines whatever the line ends
    let line_spans: Vec<Span> = (0..f.lines.line_count())
        .map(|l| f.lines.line_span(text, l))
        .collect();
    let lines: Vec<&str> = line_spans.iter().map(|s| s.slice(text)).collect();
    let mut out = Vec::new();
    for (ln, line) in lines.iter().enumerate() {
        let line_start = line_spans[ln].start as usize;
        let Some(hash) = line.find('#') else { continue };
        let comment = line[hash + 1..].trim();
        let whole_line_comment = line[..hash]
            .trim()
            .trim_start_matches('\u{feff}')
            .is_empty();
        let span = Span::new(line_start + hash, line_start + line.len());
        let (selectors, scope, hadolint) = if let Some(rest) = comment.strip_prefix("seaworthy:") {
            let rest = rest.trim_start();
            let (file_scope, rest) = if let Some(r) = rest.strip_prefix("file-ignore") {
                (true, r)
            } else if let Some(r) = rest.strip_prefix("ignore") {
                (false, r)
            } else {
                continue;
            };
            let sels = match rest.strip_prefix('[') {
                Some(r) => r
                    .split(']')
                    .next()
                    .unwrap_or("")
                    .split(',')
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty())
                    .collect(),
                None => Vec::new(),
            };
            let scope = if file_scope {
                Scope::File
            } else {
                Scope::Lines(target_lines(&lines, ln, whole_line_comment))
            };
            (sels, scope, false)
        } else if let Some(rest) = comment.strip_prefix("hadolint") {
            let rest = rest.trim_start();
            let (global, rest) = match rest.strip_prefix("global") {
                Some(r) => (true, r.trim_start()),
                None => (false, rest),
            };
            let Some(list) = rest.strip_prefix("ignore=") else {
                continue;
            };
            let sels: Vec<String> = list
                .split(|c: char| c == ',' || c.is_whitespace())
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .collect();
            if sels.is_empty() {
                continue;
            }
            let scope = if global {
                Scope::File
            } else {
                Scope::Lines(target_lines(&lines, ln, whole_line_comment))
            };
            (sels, scope, true)
        } else {
            continue;
        };
        let used = vec![false; selectors.len().max(1)];
        out.push(Pragma {
            file,
            span,
            scope,
            selectors,
            hadolint,
            used,
        });
    }
    out
}

/// The pragma's own line plus, for a whole-line comment, the next line that is not blank or a comment.
fn target_lines(lines: &[&str], ln: usize, whole_line_comment: bool) -> Vec<usize> {
    let mut v = vec![ln];
    if whole_line_comment {
        let mut j = ln + 1;
        while j < lines.len() {
            let t = lines[j].trim();
            if t.is_empty() || t.starts_with('#') {
                j += 1;
                continue;
            }
            v.push(j);
            break;
        }
    }
    v
}

/// 0-based line a finding is anchored to for suppression purposes. `dockerfiles` maps a file to
/// its parsed tree (looked up once per audit, not once per finding).
fn anchor_line(
    project: &Project,
    dockerfiles: &HashMap<FileId, &Dockerfile>,
    f: &Finding,
) -> usize {
    let file = project.file(f.file);
    let mut offset = f.span.start as usize;
    if file.kind == FileKind::Dockerfile {
        if let Some(tree) = dockerfiles.get(&f.file) {
            if let Some(ins) = instruction_at(&tree.instructions, f.span.start) {
                offset = ins.span.start as usize;
            }
        }
    }
    file.lines.line_of(offset)
}

/// The first instruction (in source order) whose span holds `offset` (its end included).
/// Instructions are in source order, so a binary search finds the last one starting at or before
/// `offset`; earlier ones can only hold it when spans touch, which the backwards scan covers.
fn instruction_at(instructions: &[Instruction], offset: u32) -> Option<&Instruction> {
    let after = instructions.partition_point(|i| i.span.start <= offset);
    instructions[..after]
        .iter()
        .rev()
        .take_while(|i| i.span.end >= offset)
        .last()
}

/// Drop suppressed findings; return the pragmas (with their `used` flags) for unused-pragma reporting.
pub fn apply(project: &Project, findings: &mut Vec<Finding>) -> Vec<Pragma> {
    let mut by_file: HashMap<FileId, Vec<Pragma>> = HashMap::new();
    let files_with_findings: std::collections::BTreeSet<FileId> =
        findings.iter().map(|f| f.file).collect();
    // scan every file (unused pragmas must be found even where nothing fired)
    for f in &project.files {
        let p = scan(project, f.id);
        if !p.is_empty() {
            by_file.insert(f.id, p);
        }
    }
    let _ = files_with_findings;
    let dockerfiles: HashMap<FileId, &Dockerfile> = project
        .dockerfiles
        .iter()
        .filter(|d| by_file.contains_key(&d.file))
        .map(|d| (d.file, &d.tree))
        .collect();
    findings.retain(|finding| {
        let Some(pragmas) = by_file.get_mut(&finding.file) else {
            return true;
        };
        let line = anchor_line(project, &dockerfiles, finding);
        let mut suppressed = false;
        for p in pragmas.iter_mut() {
            let in_scope = match &p.scope {
                Scope::File => true,
                Scope::Lines(ls) => ls.contains(&line),
            };
            if !in_scope {
                continue;
            }
            if let Some(i) = p.matches(finding.rule) {
                p.used[i] = true;
                suppressed = true;
            }
        }
        !suppressed
    });
    let mut all: Vec<Pragma> = by_file.into_values().flatten().collect();
    all.sort_by_key(|p| (p.file, p.span.start));
    all
}

crate::message! {
    /// A suppression of everything that silenced nothing.
    struct Unused = "unused-suppression" {}
    struct UnusedHelp = "unused-suppression-help" {}
    /// A selector that names no rule.
    struct Unknown<'a> = "unused-suppression-unknown" { selector: &'a str }
    struct UnknownHelp = "unused-suppression-unknown-help" {}
    /// A rule's suppression that silenced nothing.
    struct UnusedRule<'a> = "unused-suppression-rule" { selector: &'a str }
    struct UnusedRuleHelp = "unused-suppression-rule-help" {}
}

/// The unused-suppression pass, run by the engine after [`apply`]: pragmas that silenced
/// nothing, and selectors that name no rule, become `unused-suppression` findings.
pub fn report_unused(pragmas: &[Pragma], findings: &mut Vec<Finding>) {
    let meta: &'static RuleMeta =
        crate::rule::Rule::meta(&crate::rules::core::unused_suppression::UnusedSuppression);
    for p in pragmas.iter().filter(|p| !p.hadolint) {
        let mut cx = crate::rule::Checker::new(meta);
        if p.selectors.is_empty() {
            if !p.used[0] {
                cx.report(p.file, p.span, Unused {}).help(UnusedHelp {});
            }
        } else {
            for (i, sel) in p.selectors.iter().enumerate() {
                let known = crate::registry::find(sel).is_some();
                if !known {
                    cx.report(p.file, p.span, Unknown { selector: sel })
                        .help(UnknownHelp {});
                } else if !p.used[i] {
                    cx.report(p.file, p.span, UnusedRule { selector: sel })
                        .help(UnusedRuleHelp {});
                }
            }
        }
        findings.extend(cx.into_parts().0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instruction_at_finds_the_instruction_holding_an_offset() {
        let src = "FROM a\n# note\nRUN apt-get update \\\n  && apt-get install -y curl\nUSER app\n";
        let df = seaworthy_syntax::dockerfile::parse(src);
        let ins = &df.instructions;
        assert_eq!(ins.len(), 3);
        let at = |needle: &str| {
            let off = src.find(needle).unwrap() as u32;
            instruction_at(ins, off).map(|i| i.keyword_span.slice(src).to_string())
        };
        assert_eq!(at("FROM").as_deref(), Some("FROM"));
        assert_eq!(at("curl").as_deref(), Some("RUN"));
        assert_eq!(at("app").as_deref(), Some("USER"));
        // a comment between instructions belongs to none
        assert_eq!(at("note"), None);
        // the same answer as a linear scan, at every offset
        for off in 0..=src.len() as u32 {
            let linear = ins
                .iter()
                .find(|i| i.span.start <= off && off <= i.span.end)
                .map(|i| i.span);
            assert_eq!(
                instruction_at(ins, off).map(|i| i.span),
                linear,
                "offset {off}"
            );
        }
    }
}
