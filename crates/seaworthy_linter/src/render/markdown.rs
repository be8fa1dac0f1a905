//! `--format markdown`: the audit report a team acts on, in the shape of a human review: header
//! (project, date, verdict), summary with the blockers and a few words per area, scores with
//! their reasons, strengths, findings by severity (places, why, fix as code), the plan by phase
//! with effort and verification, quick wins, the topology (Mermaid), and what was not checked.
//!
//! Long lists collapse to counts with the places in a `<details>` block, so the report stays
//! about as long as a reviewer's.

use crate::diagnostic::{Applicability, Severity};
use crate::engine::Audit;
use crate::i18n::{Arg, Lang};
use crate::report::{AreaStatus, Item, Options, Report, Verdict};
use std::fmt::Write;

pub use crate::report::doc_section;

/// Places listed inline before the rest go into a details block.
const INLINE_PLACES: usize = 4;

/// The report in English (see [`render_report`] for a language).
pub fn render(audit: &Audit, root_name: &str) -> String {
    render_lang(audit, root_name, Lang::En)
}

pub fn render_lang(audit: &Audit, root_name: &str, lang: Lang) -> String {
    let r = Report::build(
        audit,
        &Options {
            lang,
            project: root_name.to_string(),
        },
    );
    render_report(&r)
}

fn verdict_mark(v: Verdict) -> &'static str {
    match v {
        Verdict::NotReady => "❌",
        Verdict::ReadyWithFixes => "⚠️",
        Verdict::Ready => "✅",
    }
}

/// `3.5/10`, or the area's status.
pub fn score_text(r: &Report, s: AreaStatus) -> String {
    match s {
        AreaStatus::Scored(x) => format!("{x:.1}/10"),
        AreaStatus::Missing => r.t("status-missing"),
        AreaStatus::NotAssessed => r.t("status-not-assessed"),
    }
}

/// The subjects of an item's places for a short step name (`api`, `worker`).
pub fn step_name(r: &Report, it: &Item) -> String {
    let summary = crate::report::rule_summary(r.lang, it.rule);
    let mut subj: Vec<String> = Vec::new();
    for p in &it.places {
        if let Some(c) = crate::report::first_code(&p.message) {
            let c = format!("`{c}`");
            if !subj.contains(&c) {
                subj.push(c);
            }
        }
    }
    if subj.is_empty() || subj.len() > 5 {
        let files: Vec<String> = it.files.iter().take(2).map(|f| format!("`{f}`")).collect();
        format!("{summary} ({})", files.join(", "))
    } else {
        format!("{summary} ({})", subj.join(", "))
    }
}

fn place_ref(p: &crate::report::Place) -> String {
    format!("`{}:{}`", p.path, p.line)
}

pub fn render_report(r: &Report) -> String {
    let mut o = String::new();
    let m = &r.meta;
    // header
    writeln!(
        o,
        "# {}\n",
        r.ta("report-title", &[("project", Arg::from(&m.project))])
    )
    .ok();
    let commit = m
        .commit
        .as_ref()
        .map(|c| format!("`{c}`"))
        .unwrap_or_else(|| r.t("meta-no-commit"));
    let overall = r
        .overall
        .map(|s| format!("{s:.1}/10"))
        .unwrap_or_else(|| r.t("status-not-assessed"));
    writeln!(
        o,
        "**{}:** {} · **{}:** {} · **{}:** {} {} · **{}:** {}  ",
        r.t("meta-date"),
        m.date,
        r.t("meta-commit"),
        commit,
        r.t("meta-verdict"),
        verdict_mark(r.verdict),
        r.verdict_text(),
        r.t("meta-score"),
        overall
    )
    .ok();
    writeln!(
        o,
        "{}\n",
        r.ta(
            "meta-scope",
            &[
                ("version", Arg::from(m.tool_version)),
                ("files", Arg::from(m.files)),
                ("services", Arg::from(m.services)),
                ("deployments", Arg::from(m.deployments)),
            ]
        )
    )
    .ok();

    // summary
    writeln!(o, "## {}\n", r.t("h-summary")).ok();
    writeln!(o, "{}\n", r.headline()).ok();
    if !r.blockers.is_empty() {
        writeln!(o, "**{}**\n", r.t("h-blockers")).ok();
        for (n, &i) in r.blockers.iter().enumerate() {
            let it = &r.items[i];
            let place = it.places.first().map(place_ref).unwrap_or_default();
            let more = if it.places.len() > 1 {
                format!(
                    " {}",
                    r.ta("places-more", &[("count", Arg::from(it.places.len() - 1))])
                )
            } else {
                String::new()
            };
            writeln!(o, "{}. {} — {place}{more}", n + 1, it.title).ok();
        }
        if r.blocker_count > r.blockers.len() {
            writeln!(
                o,
                "\n{}",
                r.ta(
                    "blockers-more",
                    &[("count", Arg::from(r.blocker_count - r.blockers.len()))]
                )
            )
            .ok();
        }
        o.push('\n');
    }
    for a in &r.areas {
        writeln!(
            o,
            "- **{}** ({}): {}",
            r.area_name(a.area),
            score_text(r, a.status),
            a.summary
        )
        .ok();
    }
    o.push('\n');

    // scores
    writeln!(o, "## {}\n", r.t("h-scores")).ok();
    writeln!(
        o,
        "| {} | {} | {} |\n|---|---|---|",
        r.t("col-area"),
        r.t("col-score"),
        r.t("col-why")
    )
    .ok();
    for a in &r.areas {
        writeln!(
            o,
            "| {} | {} | {} |",
            r.area_name(a.area),
            score_text(r, a.status),
            a.rationale.replace('|', "\\|")
        )
        .ok();
    }
    writeln!(
        o,
        "| **{}** | **{}** | {} |\n",
        r.t("overall"),
        overall,
        r.overall_rationale
    )
    .ok();

    // strengths
    if !r.strengths.is_empty() {
        writeln!(o, "## {}\n", r.t("h-strengths")).ok();
        for g in &r.strengths {
            writeln!(o, "- {}", g.line).ok();
        }
        o.push('\n');
    }

    // findings
    writeln!(o, "## {}\n", r.t("h-findings")).ok();
    if r.items.is_empty() {
        writeln!(o, "{}\n", r.t("findings-none")).ok();
    }
    let mut number = 0usize;
    for sev in [Severity::Critical, Severity::High, Severity::Medium] {
        let items: Vec<&Item> = r.items_of(sev).map(|(_, i)| i).collect();
        if items.is_empty() {
            continue;
        }
        writeln!(o, "### {} ({})\n", r.severity_name(sev), items.len()).ok();
        for it in items {
            number += 1;
            item_block(&mut o, r, it, number);
        }
    }
    let minor: Vec<&Item> = r
        .items
        .iter()
        .filter(|i| i.severity <= Severity::Low)
        .collect();
    if !minor.is_empty() {
        let low = minor.iter().filter(|i| i.severity == Severity::Low).count();
        writeln!(
            o,
            "### {}\n",
            r.ta(
                "h-minor",
                &[
                    ("low", Arg::from(low)),
                    ("info", Arg::from(minor.len() - low))
                ]
            )
        )
        .ok();
        for it in minor.iter().filter(|i| i.severity == Severity::Low) {
            minor_line(&mut o, r, it);
        }
        let info: Vec<&&Item> = minor
            .iter()
            .filter(|i| i.severity == Severity::Info)
            .collect();
        if !info.is_empty() {
            writeln!(
                o,
                "\n<details><summary>{}</summary>\n",
                r.ta("notes-summary", &[("count", Arg::from(info.len()))])
            )
            .ok();
            for it in info {
                minor_line(&mut o, r, it);
            }
            writeln!(o, "\n</details>").ok();
        }
        o.push('\n');
    }

    // plan
    if !r.plan.is_empty() {
        writeln!(o, "## {}\n", r.t("h-plan")).ok();
        // phases are numbered as shown (a phase with nothing to do is left out)
        for (n, ph) in r.plan.iter().enumerate() {
            writeln!(
                o,
                "### {}. {} — {}\n",
                n + 1,
                ph.title,
                r.ta("about-time", &[("time", Arg::from(r.duration(ph.minutes)))])
            )
            .ok();
            let (main, low): (Vec<usize>, Vec<usize>) = ph
                .steps
                .iter()
                .partition(|&&i| r.items[i].severity >= Severity::Medium);
            for &i in &main {
                plan_step(&mut o, r, &r.items[i]);
            }
            if !low.is_empty() {
                let names: Vec<String> = low
                    .iter()
                    .map(|&i| {
                        let it = &r.items[i];
                        // `--fix` applies it (safe edits only: the others need a review)
                        let fixable = if it.autofix == Some(Applicability::Safe) {
                            ", `--fix`"
                        } else {
                            ""
                        };
                        format!(
                            "{} ({}, `{}`{fixable})",
                            step_name(r, it),
                            it.effort.as_str(),
                            it.rule.code
                        )
                    })
                    .collect();
                if main.is_empty() && low.len() <= 3 {
                    for &i in &low {
                        plan_step(&mut o, r, &r.items[i]);
                    }
                } else {
                    writeln!(
                        o,
                        "- {}: {}",
                        r.ta("plan-low-steps", &[("count", Arg::from(low.len()))]),
                        names.join("; ")
                    )
                    .ok();
                }
            }
            o.push('\n');
        }
    }

    // quick wins
    if !r.quick_wins.is_empty() {
        writeln!(o, "## {}\n", r.t("h-quick-wins")).ok();
        writeln!(
            o,
            "{}\n",
            r.ta(
                "quick-wins-intro",
                &[
                    ("count", Arg::from(r.quick_wins.len())),
                    ("time", Arg::from(r.duration(r.quick_win_minutes)))
                ]
            )
        )
        .ok();
        for &i in &r.quick_wins {
            let it = &r.items[i];
            writeln!(o, "- {} — `{}`", step_name(r, it), it.rule.code).ok();
        }
        o.push('\n');
    }

    // topology
    writeln!(o, "## {}\n", r.t("h-topology")).ok();
    if r.topology.is_empty() {
        writeln!(o, "{}\n", r.t("topology-none")).ok();
    } else {
        writeln!(
            o,
            "```mermaid\n{}```\n",
            super::graph::mermaid_in(&r.topology, &|w| r.topology_word(w))
        )
        .ok();
    }

    // out of scope
    writeln!(o, "## {}\n", r.t("h-scope")).ok();
    writeln!(o, "{} {}\n", r.t("scope-static"), r.out_of_scope.join("; ")).ok();
    if r.not_checked.is_empty() {
        writeln!(o, "{}", r.t("scope-run-none")).ok();
    } else {
        writeln!(o, "{}\n", r.t("scope-run")).ok();
        for s in &r.not_checked {
            writeln!(o, "- {s}").ok();
        }
    }
    let out = o.trim_end().to_string() + "\n";
    crate::report::redact(&r.audit.project, &out).into_owned()
}

/// One critical, high or medium item.
fn item_block(o: &mut String, r: &Report, it: &Item, number: usize) {
    writeln!(o, "#### {number}. {}\n", it.title).ok();
    let mut tags = vec![
        r.area_name(it.area),
        format!("`{}` {}", it.rule.code, it.rule.name),
    ];
    // one place whose words are the title: the place is a tag; else the places are listed
    let title_is_place = it.places.len() == 1 && it.title == it.places[0].message;
    if title_is_place {
        tags.insert(0, place_ref(&it.places[0]));
    }
    if it.confidence < crate::diagnostic::Confidence::High {
        tags.push(r.ta(
            "confidence-tag",
            &[(
                "level",
                Arg::from(r.t(&format!("confidence-{}", it.confidence.as_str()))),
            )],
        ));
    }
    if matches!(
        it.environment,
        seaworthy_syntax::Environment::Dev | seaworthy_syntax::Environment::Test
    ) {
        tags.push(r.t(&format!("env-only-{}", it.environment.as_str())));
    }
    writeln!(o, "{}\n", tags.join(" · ")).ok();
    if !title_is_place && !it.places.is_empty() {
        let shown = it.places.len().min(INLINE_PLACES);
        for p in &it.places[..shown] {
            writeln!(o, "- {} {}", place_ref(p), p.message).ok();
        }
        if it.places.len() > shown {
            writeln!(
                o,
                "\n<details><summary>{}</summary>\n",
                r.ta(
                    "places-more",
                    &[("count", Arg::from(it.places.len() - shown))]
                )
            )
            .ok();
            for p in &it.places[shown..] {
                writeln!(o, "- {} {}", place_ref(p), p.message).ok();
            }
            writeln!(o, "\n</details>").ok();
        }
        o.push('\n');
    }
    match &it.why {
        Some(why) => {
            writeln!(o, "**{}:** {}\n", r.t("label-why"), why).ok();
        }
        None => {
            writeln!(o, "**{}:** {}\n", r.t("label-why"), r.t("why-see-above")).ok();
        }
    }
    let mut fix = String::new();
    if let Some(h) = &it.help {
        fix.push_str(h);
    }
    if let Some(a) = it.autofix {
        if !fix.is_empty() {
            fix.push_str(". ");
        }
        fix.push_str(&r.t(&format!("autofix-{}", autofix_key(a))));
    }
    if !fix.is_empty() {
        writeln!(o, "**{}:** {}\n", r.t("label-fix"), fix).ok();
    }
    if let Some(s) = &it.fix {
        writeln!(
            o,
            "{}\n\n```{}\n{}\n```\n",
            r.t(&format!("snippet-{}", s.origin.as_str())),
            s.lang,
            s.code
        )
        .ok();
    }
}

pub fn autofix_key(a: crate::diagnostic::Applicability) -> &'static str {
    match a {
        crate::diagnostic::Applicability::Safe => "safe",
        crate::diagnostic::Applicability::Unsafe => "unsafe",
        crate::diagnostic::Applicability::Display => "display",
    }
}

/// One low or info item: a line.
fn minor_line(o: &mut String, r: &Report, it: &Item) {
    let place = it.places.first().map(place_ref).unwrap_or_default();
    let more = if it.places.len() > 1 {
        format!(
            " {}",
            r.ta("places-more", &[("count", Arg::from(it.places.len() - 1))])
        )
    } else {
        String::new()
    };
    let help = it
        .help
        .as_ref()
        .map(|h| format!(" — {h}"))
        .unwrap_or_default();
    let fixable = if it.autofix == Some(Applicability::Safe) {
        ", `--fix`"
    } else {
        ""
    };
    writeln!(
        o,
        "- {} — {place}{more} (`{}`{fixable}){help}",
        it.title, it.rule.code
    )
    .ok();
}

/// One step of the plan.
fn plan_step(o: &mut String, r: &Report, it: &Item) {
    let files: Vec<String> = it.files.iter().take(3).map(|f| format!("`{f}`")).collect();
    let verify: Vec<String> = it.verify.iter().map(|v| format!("`{v}`")).collect();
    let mut line = format!(
        "- [ ] **{}** — {} · {} · {}: {}",
        step_name(r, it),
        r.t(&format!("effort-{}", it.effort.as_str())),
        files.join(", "),
        r.t("label-verify"),
        verify.join(", ")
    );
    if let Some(a) = it.autofix {
        line.push_str(" · ");
        line.push_str(&r.t(&format!("autofix-{}", autofix_key(a))));
    }
    writeln!(o, "{line}").ok();
}
