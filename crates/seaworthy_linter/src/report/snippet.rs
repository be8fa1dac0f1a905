//! Fixes as code: a snippet in the audited file's own language, built from the finding and the
//! rule's documentation.
//!
//! In order of preference:
//! 1. the rule's own fix (its edits applied to the audited lines);
//! 2. the rule's `## Use instead` example adapted to the audited block: the lines the example adds
//!    to its `## Example` (a line diff of the two) are inserted into the real block the finding
//!    points at (the compose service, the nginx `location`/`server`, the Dockerfile stage) after
//!    the matching line, with the block's own indentation; unchanged lines are elided;
//! 3. the `## Use instead` example itself, cut to the block that changes.
//!
//! Source lines come from the masked text of the file, so a snippet never shows a secret.

use crate::diagnostic::Finding;
use crate::meta::RuleMeta;
use crate::project::{FileId, Project, SourceFile};
use seaworthy_syntax::FileKind;
use std::borrow::Cow;
use std::collections::HashMap;

/// A fix shown as code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snippet {
    /// Fence language (`dockerfile`, `yaml`, `nginx`, ...).
    pub lang: &'static str,
    pub code: String,
    pub origin: Origin,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// The rule's own fix applied to the audited lines.
    Fix,
    /// The rule's example applied to the audited block.
    Adapted,
    /// The rule's example as documented.
    Example,
}

impl Origin {
    pub fn as_str(self) -> &'static str {
        match self {
            Origin::Fix => "fix",
            Origin::Adapted => "adapted",
            Origin::Example => "example",
        }
    }
}

const MAX_LINES: usize = 16;

/// The masked lines of the files snippets were looked for in, split once: an item looks for its
/// snippet in one finding after another, and a file can have 300,000 lines.
#[derive(Default)]
pub struct Lines<'p> {
    files: HashMap<FileId, Option<Vec<&'p str>>>,
}

impl<'p> Lines<'p> {
    /// The file's masked lines (`None` when the masked text is not kept by the project).
    fn of(&mut self, project: &'p Project, file: FileId) -> Option<&[&'p str]> {
        self.files
            .entry(file)
            .or_insert_with(|| match project.masked_text(file) {
                Cow::Borrowed(t) => Some(t.lines().collect()),
                Cow::Owned(_) => None,
            })
            .as_deref()
    }
}

/// The snippet for a finding (`None` when the rule documents no example for this kind of file).
pub fn snippet(project: &Project, f: &Finding) -> Option<Snippet> {
    snippet_with(project, f, &mut Lines::default())
}

/// [`snippet`], with the files' lines split once for all the findings of a report.
pub fn snippet_with<'p>(
    project: &'p Project,
    f: &Finding,
    lines: &mut Lines<'p>,
) -> Option<Snippet> {
    let file = project.file(f.file);
    let lang = fence_lang(file);
    if let Some(s) = from_fix(project, f, lang) {
        return Some(s);
    }
    let (example, use_instead) = example_pair(f.rule, file)?;
    if let Some(example) = &example {
        if let Some(code) = adapt(project, file, f, example, &use_instead, lines) {
            return Some(Snippet {
                lang,
                code,
                origin: Origin::Adapted,
            });
        }
    }
    let code = focus_example(example.as_deref(), &use_instead, lang);
    (!code.trim().is_empty()).then_some(Snippet {
        lang,
        code,
        origin: Origin::Example,
    })
}

/// Fence language for a file.
pub fn fence_lang(file: &SourceFile) -> &'static str {
    match file.kind {
        FileKind::Dockerfile => "dockerfile",
        FileKind::Compose | FileKind::Ci => "yaml",
        FileKind::Nginx => "nginx",
        FileKind::Env => "dotenv",
        FileKind::PythonSource => "python",
        FileKind::Entrypoint | FileKind::Script => "sh",
        FileKind::PythonDeps | FileKind::NodeDeps | FileKind::AppConfig => {
            let name = file.name();
            if name.ends_with(".toml") {
                "toml"
            } else if name.ends_with(".json") {
                "json"
            } else if name.ends_with(".py") {
                "python"
            } else if name.ends_with(".ini") || name.ends_with(".cfg") {
                "ini"
            } else {
                "text"
            }
        }
        FileKind::Dockerignore => "text",
        _ => {
            let name = file.name();
            if name.ends_with(".yml") || name.ends_with(".yaml") {
                "yaml"
            } else {
                "text"
            }
        }
    }
}

/// A fenced code block of the documentation.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Block {
    lang: String,
    path: Option<String>,
    code: String,
}

/// The code blocks of a `## heading` section of the rule's documentation.
fn blocks(meta: &RuleMeta, heading: &str) -> Vec<Block> {
    let docs = meta.documentation();
    let mut out = Vec::new();
    let mut in_section = false;
    let mut current: Option<Block> = None;
    for line in docs.lines() {
        if current.is_none() && line.starts_with("## ") {
            in_section = line[3..].trim().eq_ignore_ascii_case(heading);
            continue;
        }
        if !in_section {
            continue;
        }
        if let Some(rest) = line.strip_prefix("```") {
            match current.take() {
                Some(b) => out.push(b),
                None => {
                    let mut words = rest.split_whitespace();
                    let lang = words.next().unwrap_or("").to_string();
                    let path = words.find_map(|w| w.strip_prefix("path=").map(str::to_string));
                    current = Some(Block {
                        lang,
                        path,
                        code: String::new(),
                    });
                }
            }
            continue;
        }
        if let Some(b) = current.as_mut() {
            b.code.push_str(line);
            b.code.push('\n');
        }
    }
    out
}

/// Does a documentation block show a file like this one?
fn block_fits(b: &Block, file: &SourceFile) -> bool {
    if let Some(p) = &b.path {
        if p.starts_with('@') {
            return false;
        }
        let name = p.rsplit('/').next().unwrap_or(p);
        return name == file.name()
            || (file.kind == FileKind::Ci && p.contains(".github/workflows/"))
            || (file.kind == FileKind::Compose && name.contains("compose"));
    }
    match b.lang.as_str() {
        "dockerfile" => file.kind == FileKind::Dockerfile,
        "yaml" | "yml" => file.kind == FileKind::Compose,
        "nginx" => file.kind == FileKind::Nginx,
        "env" | "dotenv" => file.kind == FileKind::Env,
        "dockerignore" => file.kind == FileKind::Dockerignore,
        "requirements" => file.kind == FileKind::PythonDeps && !file.name().ends_with(".toml"),
        "toml" => file.name() == "pyproject.toml",
        _ => false,
    }
}

/// The `## Example` and `## Use instead` blocks that show this kind of file (the n-th fitting
/// block of each section, so multi-file examples pair up).
fn example_pair(meta: &RuleMeta, file: &SourceFile) -> Option<(Option<String>, String)> {
    let ex: Vec<Block> = blocks(meta, "Example")
        .into_iter()
        .filter(|b| block_fits(b, file))
        .collect();
    let ui: Vec<Block> = blocks(meta, "Use instead")
        .into_iter()
        .filter(|b| block_fits(b, file))
        .collect();
    // the first fitting "use instead" block that differs from its example
    for (i, u) in ui.iter().enumerate() {
        let e = ex.get(i).map(|b| b.code.clone());
        if e.as_deref() != Some(u.code.as_str()) {
            return Some((e, u.code.clone()));
        }
    }
    None
}

/// Apply the finding's own fix edits to the audited lines they touch.
fn from_fix(project: &Project, f: &Finding, lang: &'static str) -> Option<Snippet> {
    let fix = f.fix.as_ref()?;
    let edits: Vec<_> = fix.edits.iter().filter(|e| e.file == f.file).collect();
    if edits.is_empty() {
        return None;
    }
    let file = project.file(f.file);
    let text = project.masked_text(f.file);
    let start = edits.iter().map(|e| e.span.start as usize).min()?;
    let end = edits.iter().map(|e| e.span.end as usize).max()?;
    let line_start = text.get(..start)?.rfind('\n').map(|i| i + 1).unwrap_or(0);
    let line_end = text
        .get(end..)?
        .find('\n')
        .map(|i| end + i)
        .unwrap_or(text.len());
    let mut out = text.get(line_start..line_end)?.to_string();
    let mut sorted = edits.clone();
    sorted.sort_by_key(|e| std::cmp::Reverse(e.span.start));
    for e in sorted {
        let (s, t) = (
            e.span.start as usize - line_start,
            e.span.end as usize - line_start,
        );
        if !out.is_char_boundary(s) || !out.is_char_boundary(t) || t > out.len() {
            return None;
        }
        out.replace_range(s..t, &e.content);
    }
    let _ = file;
    let lines: Vec<&str> = out.lines().collect();
    let code = if lines.len() > MAX_LINES {
        let mut v: Vec<String> = lines[..MAX_LINES - 1]
            .iter()
            .map(|l| l.to_string())
            .collect();
        v.push(elision(lang, ""));
        v.join("\n")
    } else {
        lines.join("\n")
    };
    Some(Snippet {
        lang,
        code: project_redact(project, &code),
        origin: Origin::Fix,
    })
}

fn project_redact(project: &Project, s: &str) -> String {
    super::redact(project, s).into_owned()
}

/// A line that stands for lines left out.
fn elision(lang: &str, indent: &str) -> String {
    match lang {
        "text" => format!("{indent}…"),
        _ => format!("{indent}# …"),
    }
}

fn indent_of(l: &str) -> usize {
    l.len() - l.trim_start_matches([' ', '\t']).len()
}

/// The "key" of a line for matching an example's line with an audited one: the YAML key, the
/// nginx directive, the Dockerfile instruction.
fn key_of<'a>(lang: &str, line: &'a str) -> Cow<'a, str> {
    // borrowed unless a Dockerfile instruction needs upper-casing: it is compared once per line
    // of blocks that can be a whole 300,000-line file
    let t = line.trim().trim_start_matches("- ").trim();
    match lang {
        "yaml" => Cow::Borrowed(t.split(':').next().unwrap_or("").trim()),
        "dockerfile" => {
            let w = t.split_whitespace().next().unwrap_or("");
            if w.bytes().any(|b| b.is_ascii_lowercase()) {
                Cow::Owned(w.to_ascii_uppercase())
            } else {
                Cow::Borrowed(w)
            }
        }
        _ => Cow::Borrowed(
            t.split(|c: char| c.is_whitespace() || c == ';' || c == '{')
                .next()
                .unwrap_or(""),
        ),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Op {
    Keep(usize, usize),
    Del(usize),
    Add(usize),
}

/// Line diff (longest common subsequence of trimmed lines).
fn diff(a: &[&str], b: &[&str]) -> Vec<Op> {
    let (n, m) = (a.len(), b.len());
    if n * m > 40_000 {
        return Vec::new();
    }
    let mut lcs = vec![vec![0u16; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if a[i].trim() == b[j].trim() {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::new();
    while i < n || j < m {
        if i < n && j < m && a[i].trim() == b[j].trim() {
            out.push(Op::Keep(i, j));
            i += 1;
            j += 1;
        } else if j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j]) {
            out.push(Op::Add(j));
            j += 1;
        } else {
            out.push(Op::Del(i));
            i += 1;
        }
    }
    out
}

/// A run of lines the example adds, after `anchor` (a line of the "use instead" block).
#[derive(Debug)]
struct Hunk {
    anchor: Option<usize>,
    added: Vec<usize>,
    removed: usize,
}

fn hunks(ops: &[Op]) -> Vec<Hunk> {
    let mut out = Vec::new();
    let mut last_keep: Option<usize> = None;
    let mut cur: Option<Hunk> = None;
    for op in ops {
        match *op {
            Op::Keep(_, j) => {
                if let Some(h) = cur.take() {
                    out.push(h);
                }
                last_keep = Some(j);
            }
            Op::Add(j) => cur
                .get_or_insert(Hunk {
                    anchor: last_keep,
                    added: Vec::new(),
                    removed: 0,
                })
                .added
                .push(j),
            Op::Del(_) => {
                cur.get_or_insert(Hunk {
                    anchor: last_keep,
                    added: Vec::new(),
                    removed: 0,
                })
                .removed += 1
            }
        }
    }
    if let Some(h) = cur {
        out.push(h);
    }
    out
}

/// Where a line sits: the index of the header line of its innermost block (`None` at the top).
fn enclosing_header(lang: &str, lines: &[&str], i: usize) -> Option<usize> {
    match lang {
        "nginx" => {
            let mut depth: i32 = 0;
            let mut k = i;
            loop {
                if k == 0 {
                    return None;
                }
                k -= 1;
                let l = strip_nginx_comment(lines[k]);
                depth += l.matches('}').count() as i32;
                depth -= l.matches('{').count() as i32;
                if depth < 0 {
                    return Some(k);
                }
            }
        }
        "yaml" => {
            // the service-level key under `services:`
            let services = lines.iter().position(|l| l.trim_end() == "services:")?;
            if i <= services {
                return None;
            }
            let level = lines[services + 1..]
                .iter()
                .find(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
                .map(|l| indent_of(l))?;
            if level == 0 {
                return None;
            }
            let mut k = i;
            loop {
                let l = lines[k];
                if !l.trim().is_empty() && !l.trim_start().starts_with('#') {
                    let ind = indent_of(l);
                    if ind < level {
                        return None;
                    }
                    if ind == level {
                        return Some(k);
                    }
                }
                if k <= services + 1 {
                    return None;
                }
                k -= 1;
            }
        }
        "dockerfile" => {
            // the stage: the last FROM at or before the line
            (0..=i)
                .rev()
                .find(|&k| key_of("dockerfile", lines[k]) == "FROM")
        }
        _ => None,
    }
}

fn strip_nginx_comment(l: &str) -> &str {
    match l.find('#') {
        Some(i) => &l[..i],
        None => l,
    }
}

/// The last line (inclusive) of the block a header opens.
fn block_end(lang: &str, lines: &[&str], header: usize) -> usize {
    match lang {
        "nginx" => {
            let mut depth: i32 = 0;
            for (k, l) in lines.iter().enumerate().skip(header) {
                let l = strip_nginx_comment(l);
                depth += l.matches('{').count() as i32;
                depth -= l.matches('}').count() as i32;
                if depth <= 0 && k > header {
                    return k;
                }
            }
            lines.len().saturating_sub(1)
        }
        "yaml" => {
            let ind = indent_of(lines[header]);
            let mut last = header;
            for (k, l) in lines.iter().enumerate().skip(header + 1) {
                if l.trim().is_empty() {
                    continue;
                }
                if indent_of(l) <= ind {
                    break;
                }
                last = k;
            }
            last
        }
        "dockerfile" => {
            let mut last = header;
            for (k, l) in lines.iter().enumerate().skip(header + 1) {
                if key_of("dockerfile", l) == "FROM" {
                    break;
                }
                if !l.trim().is_empty() {
                    last = k;
                }
            }
            last
        }
        _ => header,
    }
}

/// The kind of block a header opens, for matching the example's block with the audited one.
fn header_kind<'a>(lang: &str, header: &'a str) -> Cow<'a, str> {
    match lang {
        "yaml" => Cow::Borrowed("service"),
        "dockerfile" => Cow::Borrowed("FROM"),
        _ => key_of(lang, header),
    }
}

/// The example's added lines inserted into the audited block.
fn adapt<'p>(
    project: &'p Project,
    file: &SourceFile,
    f: &Finding,
    example: &str,
    use_instead: &str,
    cache: &mut Lines<'p>,
) -> Option<String> {
    let lang = fence_lang(file);
    if !matches!(lang, "nginx" | "yaml" | "dockerfile") || file.kind == FileKind::Ci {
        return None;
    }
    let e: Vec<&str> = example.lines().collect();
    let u: Vec<&str> = use_instead.lines().collect();
    let ops = diff(&e, &u);
    let hs = hunks(&ops);
    // only additions are adapted: a changed line would need the rule's own knowledge
    if hs.is_empty() || hs.iter().any(|h| h.removed > 0 || h.added.is_empty()) {
        return None;
    }
    let masked;
    let split: Vec<&str>;
    let lines: &[&str] = match cache.of(project, f.file) {
        Some(l) => l,
        None => {
            masked = project.masked_text(f.file);
            split = masked.lines().collect();
            &split
        }
    };
    let line = file.line_col(f.span.start as usize).line as usize;
    let at = line.checked_sub(1)?;
    if at >= lines.len() {
        return None;
    }
    // the audited block: the line itself when it opens one, else its enclosing block
    let opens = match lang {
        "nginx" => strip_nginx_comment(lines[at]).trim_end().ends_with('{'),
        "yaml" => enclosing_header(lang, lines, at) == Some(at),
        _ => key_of(lang, lines[at]) == "FROM",
    };
    let header = if opens {
        at
    } else {
        enclosing_header(lang, lines, at)?
    };
    let end = block_end(lang, lines, header);
    let kind = header_kind(lang, lines[header]);
    // the hunks of the example's block of the same kind
    let mut target_header: Option<usize> = None;
    let mut chosen: Vec<&Hunk> = Vec::new();
    for h in &hs {
        let first = h.added[0];
        let Some(uh) = enclosing_header(lang, &u, first) else {
            continue;
        };
        if header_kind(lang, u[uh]) != kind {
            continue;
        }
        match target_header {
            None => {
                target_header = Some(uh);
                chosen.push(h);
            }
            Some(t) if t == uh => chosen.push(h),
            Some(_) => {}
        }
    }
    let uh = target_header?;
    let block: Vec<&str> = lines[header..=end].to_vec();
    // the indent width of the example's block and of the audited one
    let unit_u = indent_unit(&u[uh..]);
    let unit_a = indent_unit(&block);
    let mut inserts: Vec<(usize, Vec<String>)> = Vec::new();
    for h in chosen {
        // where it goes: after the audited line matching the anchor, else at the block's end
        let (after, ref_u, ref_a) = match h.anchor.filter(|a| *a != uh && *a > uh) {
            Some(a) => {
                let k = key_of(lang, u[a]);
                // the same key at the same nesting depth (the example and the audited file may
                // indent by different widths)
                let depth = levels(indent_of(u[a]), indent_of(u[uh]), unit_u);
                let found = (1..block.len()).rev().find(|&i| {
                    key_of(lang, block[i]) == k
                        && levels(indent_of(block[i]), indent_of(block[0]), unit_a) == depth
                });
                match found {
                    Some(i) => (subtree_end(lang, &block, i), a, i),
                    None => (tail_slot(lang, &block), uh, 0),
                }
            }
            None if h.anchor == Some(uh) => (0, uh, 0),
            None => (tail_slot(lang, &block), uh, 0),
        };
        let mut new = Vec::new();
        for &j in &h.added {
            let l = u[j];
            let t = l.trim();
            if t.is_empty() {
                continue;
            }
            // a line the block already has is not added twice
            if lang != "yaml" && block.iter().any(|b| b.trim() == t) {
                continue;
            }
            // as deep below its reference line as in the example, in the file's indent width
            let depth = levels(indent_of(l), indent_of(u[ref_u]), unit_u);
            let ind = indent_of(block[ref_a]) + depth * unit_a.unwrap_or(4);
            new.push(format!("{}{}", " ".repeat(ind), t));
        }
        if lang == "yaml" {
            // the example adds a key the service already has: a change, not an addition
            if let Some(first) = new.first() {
                let k = key_of(lang, first);
                let rel = indent_of(first);
                if block.iter().skip(1).any(|b| {
                    key_of(lang, b) == k && indent_of(b) == rel && !b.trim_start().starts_with('-')
                }) {
                    return None;
                }
            }
        }
        if !new.is_empty() {
            inserts.push((after, new));
        }
    }
    if inserts.is_empty() {
        return None;
    }
    // render: header, the anchor lines, the inserted lines, the closing line; the rest elided
    let mut keep = vec![false; block.len()];
    keep[0] = true;
    if lang == "nginx" {
        if let Some(last) = keep.last_mut() {
            *last = true;
        }
    }
    for (after, _) in &inserts {
        if *after < block.len() {
            keep[*after] = true;
        }
    }
    let mut out: Vec<String> = Vec::new();
    if lang == "yaml" && indent_of(block[0]) > 0 {
        out.push("services:".into());
    }
    let child_indent = block
        .iter()
        .skip(1)
        .find(|l| !l.trim().is_empty())
        .map(|l| " ".repeat(indent_of(l)))
        .unwrap_or_else(|| " ".repeat(indent_of(block[0]) + 4));
    let mut elided = false;
    for (i, l) in block.iter().enumerate() {
        if keep[i] {
            out.push(l.trim_end().to_string());
            elided = false;
        } else if !elided && !l.trim().is_empty() {
            out.push(elision(lang, &child_indent));
            elided = true;
        }
        for (after, new) in &inserts {
            if *after == i {
                out.extend(new.iter().cloned());
                elided = false;
            }
        }
    }
    if out.len() > MAX_LINES + 4 {
        return None;
    }
    Some(project_redact(project, &out.join("\n")))
}

/// How much deeper than its header the first indented line of a block is (`None` when nothing in
/// it is indented deeper, as in a Dockerfile stage).
fn indent_unit(block: &[&str]) -> Option<usize> {
    let base = indent_of(block.first()?);
    block
        .iter()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| indent_of(l))
        .find(|&i| i > base)
        .map(|i| i - base)
}

/// How many indent levels `indent` is below `base` (0 when it is not below it).
fn levels(indent: usize, base: usize, unit: Option<usize>) -> usize {
    let rel = indent.saturating_sub(base);
    match unit {
        Some(u) if u > 0 => rel.div_ceil(u),
        _ => usize::from(rel > 0),
    }
}

fn opens_line(lang: &str, lines: &[&str], i: usize) -> bool {
    lang == "nginx" && strip_nginx_comment(lines[i]).trim_end().ends_with('{')
}

/// The last line of the sub-block a line opens (itself when it opens none).
fn subtree_end(lang: &str, block: &[&str], i: usize) -> usize {
    match lang {
        "yaml" => {
            let ind = indent_of(block[i]);
            let mut last = i;
            for (k, l) in block.iter().enumerate().skip(i + 1) {
                if l.trim().is_empty() {
                    continue;
                }
                if indent_of(l) <= ind && !(indent_of(l) == ind && l.trim_start().starts_with("- "))
                {
                    break;
                }
                last = k;
            }
            last
        }
        "nginx" if opens_line(lang, block, i) => block_end(lang, block, i),
        "dockerfile" => {
            // a continued instruction ends at its last continuation line
            let mut k = i;
            while k + 1 < block.len() && block[k].trim_end().ends_with('\\') {
                k += 1;
            }
            k
        }
        _ => i,
    }
}

/// Where additions without an anchor go: the block's last line (before nginx's closing brace).
fn tail_slot(lang: &str, block: &[&str]) -> usize {
    match lang {
        "nginx" => block.len().saturating_sub(2),
        "dockerfile" => {
            // before the command that starts the container, when the block ends with one
            let last = block.len().saturating_sub(1);
            let k = key_of(lang, block[last]);
            if matches!(k.as_ref(), "CMD" | "ENTRYPOINT") && last > 0 {
                last - 1
            } else {
                last
            }
        }
        _ => block.len().saturating_sub(1),
    }
}

/// The "use instead" example cut to the block that changes (whole when short).
fn focus_example(example: Option<&str>, use_instead: &str, lang: &str) -> String {
    let u: Vec<&str> = use_instead.lines().collect();
    if u.len() <= MAX_LINES {
        return use_instead.trim_end().to_string();
    }
    let first_change = example
        .map(|e| {
            let e: Vec<&str> = e.lines().collect();
            diff(&e, &u)
                .into_iter()
                .find_map(|op| match op {
                    Op::Add(j) => Some(j),
                    _ => None,
                })
                .unwrap_or(0)
        })
        .unwrap_or(0);
    let header = enclosing_header(lang, &u, first_change).unwrap_or(0);
    let end = block_end(lang, &u, header).max(first_change);
    let mut out: Vec<String> = u[header..=end.min(u.len() - 1)]
        .iter()
        .take(MAX_LINES)
        .map(|l| l.trim_end().to_string())
        .collect();
    if end + 1 - header > MAX_LINES {
        out.push(elision(lang, ""));
    }
    out.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::audit_txtar;

    fn snippet_of(txtar: &str, rule: &str) -> Snippet {
        let a = audit_txtar(txtar);
        let f = a
            .findings
            .iter()
            .find(|f| f.rule.name == rule)
            .unwrap_or_else(|| panic!("no {rule} finding"));
        snippet(&a.project, f).expect("snippet")
    }

    #[test]
    fn websocket_fix_is_added_to_the_audited_location() {
        let s = snippet_of(
            "-- nginx.conf --\nhttp {\n  server {\n    listen 80;\n    location /live/ws {\n      proxy_pass http://backend:9000;\n      proxy_set_header Host $host;\n    }\n  }\n}\n",
            "websocket-upgrade-missing",
        );
        assert_eq!(s.origin, Origin::Adapted, "{}", s.code);
        assert_eq!(s.lang, "nginx");
        // the real location and upstream, the example's headers, the block's indentation
        assert!(
            s.code.starts_with("    location /live/ws {\n"),
            "{}",
            s.code
        );
        assert!(
            s.code
                .contains("      proxy_pass http://backend:9000;\n      proxy_http_version 1.1;"),
            "{}",
            s.code
        );
        assert!(s
            .code
            .contains("      proxy_set_header Upgrade $http_upgrade;"));
        assert!(s.code.trim_end().ends_with('}'));
        assert!(!s.code.contains("app:8000"), "{}", s.code);
    }

    #[test]
    fn compose_additions_go_into_the_audited_service() {
        let s = snippet_of(
            "-- docker-compose.yml --\nservices:\n  backend:\n    build: .\n    ports:\n      - \"8000:8000\"\n  db:\n    image: postgres:16.4\n    volumes:\n      - pg:/var/lib/postgresql/data\nvolumes:\n  pg: {}\n",
            "restart-policy-missing",
        );
        assert_eq!(s.lang, "yaml");
        assert!(s.code.starts_with("services:\n"), "{}", s.code);
        assert!(
            s.code.contains("  backend:") || s.code.contains("  db:"),
            "{}",
            s.code
        );
        assert!(s.code.contains("restart:"), "{}", s.code);
    }

    #[test]
    fn the_rules_own_fix_is_applied_to_the_audited_line() {
        let s = snippet_of(
            "-- Dockerfile --\nFROM python:3.12.7-slim\nRUN apt-get update && apt install -y curl && rm -rf /var/lib/apt/lists/*\nUSER nobody\nCMD [\"python\", \"-m\", \"http.server\"]\n",
            "apt-instead-of-apt-get",
        );
        assert_eq!(s.origin, Origin::Fix);
        assert!(s.code.contains("apt-get install -y curl"), "{}", s.code);
    }

    #[test]
    fn diff_finds_added_lines_and_their_anchor() {
        let e = ["a {", "  b;", "}"];
        let u = ["a {", "  b;", "  c;", "  d;", "}"];
        let hs = hunks(&diff(&e, &u));
        assert_eq!(hs.len(), 1);
        assert_eq!(hs[0].anchor, Some(1));
        assert_eq!(hs[0].added, vec![2, 3]);
        assert_eq!(hs[0].removed, 0);
    }
}
