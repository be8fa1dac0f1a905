//! The terminal view: rustc-style snippets (annotate-snippets), then strengths and a summary.
//! Secrets are masked in every snippet (see `Project::masked_text`) and every message (see
//! `Project::masker`).

use super::location;
use crate::diagnostic::{Finding, Severity};
use crate::engine::Audit;
use crate::i18n::{tr, Arg, Lang};
use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};
use seaworthy_syntax::Span;
use std::fmt::Write;

#[derive(Debug, Clone, Copy, Default)]
pub struct TextOptions {
    pub color: bool,
    /// Print the strengths section.
    pub strengths: bool,
}

fn level(s: Severity) -> Level<'static> {
    match s {
        Severity::Critical => Level::ERROR.with_name(Some("critical")),
        Severity::High => Level::ERROR.with_name(Some("high")),
        Severity::Medium => Level::WARNING.with_name(Some("medium")),
        Severity::Low => Level::NOTE.with_name(Some("low")),
        Severity::Info => Level::INFO.with_name(Some("info")),
    }
}

/// The lines around a span: (text of those lines, first line number, span relative to that text).
fn excerpt(
    text: &str,
    lines: &seaworthy_syntax::LineIndex,
    span: Span,
) -> (String, usize, std::ops::Range<usize>) {
    const MAX_LINES: usize = 8;
    let first = lines.line_of(span.start as usize);
    let mut last = lines.line_of(span.end.saturating_sub(1).max(span.start) as usize);
    if last > first + MAX_LINES {
        last = first + MAX_LINES;
    }
    let start = lines.line_start(first);
    let end = lines.line_span(text, last).end as usize;
    let slice = text.get(start..end).unwrap_or("");
    // the renderer panics on a range inside a character: round to character boundaries
    let floor = |mut i: usize| {
        while !slice.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let rel_start = floor((span.start as usize).saturating_sub(start).min(slice.len()));
    let rel_end = floor(
        (span.end as usize)
            .saturating_sub(start)
            .clamp(rel_start, slice.len()),
    );
    // a very long line (a minified or one-line flow file): show a window around the span, so a
    // finding costs the same whatever the length of its line
    const MAX_BYTES: usize = 1024;
    const CONTEXT: usize = 120;
    if slice.len() > MAX_BYTES {
        let from = floor(rel_start.saturating_sub(CONTEXT));
        let to = floor(
            rel_end
                .min(rel_start + MAX_BYTES - 2 * CONTEXT)
                .saturating_add(CONTEXT)
                .min(slice.len()),
        );
        let (pre, post) = (
            if from > 0 { "…" } else { "" },
            if to < slice.len() { "…" } else { "" },
        );
        let window = format!("{pre}{}{post}", &slice[from..to]);
        let shift = |i: usize| (i.min(to) - from) + pre.len();
        return (window, first + 1, shift(rel_start)..shift(rel_end));
    }
    (slice.to_string(), first + 1, rel_start..rel_end)
}

fn snippet_group<'a>(
    audit: &'a Audit,
    f: &'a Finding,
    sources: &mut Vec<String>,
    lang: Lang,
) -> Vec<Group<'a>> {
    let _ = sources;
    let p = &audit.project;
    let m = p.masker();
    let file = p.file(f.file);
    let env = audit.environment_of(f);
    let mut title = m.redact(&f.message.in_lang(lang)).into_owned();
    if env != seaworthy_syntax::Environment::Shared {
        write!(title, " [{}]", env.as_str()).ok();
    }
    let head = level(f.severity)
        .primary_title(title)
        .id(format!("{}/{}", f.rule.code, f.rule.name));
    let mut group_elems: Vec<annotate_snippets::Element<'a>> = Vec::new();
    if f.span.is_empty() && f.span.start == 0 || file.text.is_empty() {
        let loc = location(audit, f.file, f.span);
        group_elems.push(
            Origin::path(file.path.clone())
                .line(loc.line as usize)
                .char_column(loc.column as usize)
                .into(),
        );
    } else {
        let masked = p.masked_text(f.file);
        let (src, line_start, range) = excerpt(&masked, &file.lines, f.span);
        let windowed = src.starts_with('…');
        let mut snip = Snippet::source(src)
            .line_start(line_start)
            .annotation(AnnotationKind::Primary.span(range));
        if windowed {
            // the excerpt starts mid-line: the renderer would count columns from the cut, so the
            // location is given apart, from the file itself
            let loc = location(audit, f.file, f.span);
            group_elems.push(
                Origin::path(file.path.clone())
                    .line(loc.line as usize)
                    .char_column(loc.column as usize)
                    .into(),
            );
        } else {
            snip = snip.path(file.path.clone());
        }
        // related locations in the same file and close by go into the same snippet
        for r in f.related.iter().filter(|r| r.file == f.file) {
            let (_, rl, rr) = excerpt(&masked, &file.lines, r.span);
            if rl == line_start {
                snip = snip.annotation(
                    AnnotationKind::Context
                        .span(rr)
                        .label(m.redact(&r.message.in_lang(lang)).into_owned()),
                );
            }
        }
        group_elems.push(snip.into());
    }
    for r in &f.related {
        let rf = p.file(r.file);
        if r.file == f.file {
            let (_, rl, _) = excerpt(&rf.text, &rf.lines, r.span);
            let (_, fl, _) = excerpt(&file.text, &file.lines, f.span);
            if rl == fl {
                continue;
            }
        }
        if r.span.is_empty() && r.span.start == 0 || rf.text.is_empty() {
            group_elems.push(
                Level::NOTE
                    .message(format!(
                        "{}: {}",
                        rf.path,
                        m.redact(&r.message.in_lang(lang))
                    ))
                    .into(),
            );
            continue;
        }
        let masked = p.masked_text(r.file);
        let (src, ls, range) = excerpt(&masked, &rf.lines, r.span);
        group_elems.push(
            Snippet::source(src)
                .line_start(ls)
                .path(rf.path.clone())
                .annotation(
                    AnnotationKind::Context
                        .span(range)
                        .label(m.redact(&r.message.in_lang(lang)).into_owned()),
                )
                .into(),
        );
    }
    if let Some(h) = &f.help {
        group_elems.push(
            Level::HELP
                .message(m.redact(&h.in_lang(lang)).into_owned())
                .into(),
        );
    }
    // which stack: only worth saying when the repository runs more than one
    if !f.deployments.is_empty() && p.deployments.len() > 1 {
        let names: Vec<String> = f
            .deployments
            .iter()
            .filter_map(|d| p.deployments.get(*d))
            .map(|d| format!("{} ({})", d.name(&p.files), d.environment.as_str()))
            .collect();
        group_elems.push(
            Level::NOTE
                .message(format!("deployment: {}", names.join("; ")))
                .into(),
        );
    }
    if f.confidence < crate::meta::Confidence::High {
        group_elems.push(
            Level::NOTE
                .message(tr(
                    lang,
                    "note-confidence-inferred",
                    &[(
                        "level",
                        Arg::from(tr(
                            lang,
                            &format!("confidence-{}", f.confidence.as_str()),
                            &[],
                        )),
                    )],
                ))
                .into(),
        );
    }
    if let Some(fix) = &f.fix {
        let kind = match fix.applicability {
            crate::diagnostic::Applicability::Safe => "note-fix-available",
            crate::diagnostic::Applicability::Unsafe => "note-unsafe-fix-available",
            crate::diagnostic::Applicability::Display => "note-suggestion",
        };
        let what = m.redact(&fix.description.in_lang(lang)).into_owned();
        group_elems.push(
            Level::NOTE
                .message(tr(lang, kind, &[("what", Arg::from(what))]))
                .into(),
        );
    }
    vec![head.elements(group_elems)]
}

pub fn render(audit: &Audit, opts: TextOptions) -> String {
    render_lang(audit, opts, Lang::En)
}

/// The text report with its summary lines in `lang`.
pub fn render_lang(audit: &Audit, opts: TextOptions, lang: Lang) -> String {
    let renderer = if opts.color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let mut out = String::new();
    let mut sources = Vec::new();
    for f in &audit.findings {
        let groups = snippet_group(audit, f, &mut sources, lang);
        out.push_str(&renderer.render(&groups));
        out.push_str("\n\n");
    }
    if opts.strengths && !audit.strengths.is_empty() {
        writeln!(out, "{}:", tr(lang, "text-strengths", &[])).ok();
        for s in &audit.strengths {
            let loc = location(audit, s.file, s.span);
            writeln!(
                out,
                "  + {} ({}:{})  [{}]",
                audit.project.redact(&s.message.in_lang(lang)),
                audit.project.file(s.file).path,
                loc.line,
                s.rule.name
            )
            .ok();
        }
        out.push('\n');
    }
    let s = &audit.summary;
    let files = audit.project.files.len();
    writeln!(
        out,
        "{}",
        tr(
            lang,
            "text-summary",
            &[
                ("count", Arg::from(audit.findings.len())),
                ("critical", Arg::from(s.critical)),
                ("high", Arg::from(s.high)),
                ("medium", Arg::from(s.medium)),
                ("low", Arg::from(s.low)),
                ("info", Arg::from(s.info)),
                ("files", Arg::from(files)),
                (
                    "verdict",
                    Arg::from(tr(
                        lang,
                        &format!("text-verdict-{}", s.verdict.as_str()),
                        &[]
                    ))
                ),
            ]
        )
    )
    .ok();
    let scores: Vec<String> = audit
        .scores
        .iter()
        .map(|(c, v)| {
            format!(
                "{} {:.1}",
                tr(lang, &format!("category-{}", c.as_str()), &[]),
                v
            )
        })
        .collect();
    writeln!(
        out,
        "{}: {}",
        tr(lang, "text-scores", &[]),
        scores.join(", ")
    )
    .ok();
    out
}
