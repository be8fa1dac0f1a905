//! `--format html`: the report as one self-contained page: inline CSS, a small inline script
//! (filters by area and severity), the topology drawn as inline SVG. No network access: no
//! external script, font, style sheet or image, and a Content-Security-Policy that forbids them.

use super::markdown::{autofix_key, score_text, step_name};
use super::svg::{esc, topology_svg};
use crate::diagnostic::Severity;
use crate::engine::Audit;
use crate::i18n::{Arg, Lang};
use crate::report::{Item, Options, Report};
use std::fmt::Write;

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

/// Escaped text with `code` spans.
fn inline(s: &str) -> String {
    let mut out = String::new();
    for (i, part) in s.split('`').enumerate() {
        if i % 2 == 1 {
            write!(out, "<code>{}</code>", esc(part)).ok();
        } else {
            out.push_str(&esc(part));
        }
    }
    // an odd number of backticks: the last one was literal
    if s.matches('`').count() % 2 == 1 {
        return esc(s);
    }
    out
}

const CSS: &str = r#"
:root{--fg:#1d232b;--muted:#5b6673;--bg:#fff;--line:#d9dee4;--crit:#a4161a;--high:#d1495b;--med:#e09f3e;--low:#4f772d;--info:#5b6673;--code:#f4f6f8}
*{box-sizing:border-box}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:var(--fg);background:var(--bg);margin:0 auto;max-width:1100px;padding:24px}
h1{font-size:26px;margin:0 0 4px}h2{font-size:20px;border-bottom:1px solid var(--line);padding-bottom:4px;margin-top:32px}h3{font-size:16px;margin:0 0 6px}
.meta{color:var(--muted);margin:0}
.badge{display:inline-block;padding:1px 10px;border-radius:12px;color:#fff;font-weight:600}
.v-not-ready{background:var(--crit)}.v-ready-with-fixes{background:var(--med)}.v-ready{background:var(--low)}
.headline{font-size:17px;font-weight:600}
table{border-collapse:collapse;width:100%}th,td{border:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}th{background:var(--code)}
td.score{white-space:nowrap;font-weight:600}
code{background:var(--code);padding:0 3px;border-radius:3px;font:13px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
pre{background:var(--code);padding:10px;border-radius:6px;overflow:auto}pre code{padding:0;background:none}
.filters{display:flex;gap:16px;align-items:center;flex-wrap:wrap;padding:8px 12px;background:var(--code);border-radius:6px;margin-bottom:12px}
.filters fieldset{border:0;margin:0;padding:0;display:flex;gap:10px}
article.item{border:1px solid var(--line);border-left:5px solid var(--info);border-radius:6px;padding:10px 14px;margin:10px 0}
article.item[hidden]{display:none}
article.sev-critical{border-left-color:var(--crit)}article.sev-high{border-left-color:var(--high)}article.sev-medium{border-left-color:var(--med)}article.sev-low{border-left-color:var(--low)}
.sev{display:inline-block;min-width:64px;text-align:center;font-size:12px;font-weight:700;color:#fff;border-radius:4px;padding:1px 6px;margin-right:6px;background:var(--info)}
.sev.critical{background:var(--crit)}.sev.high{background:var(--high)}.sev.medium{background:var(--med)}.sev.low{background:var(--low)}
.tags{color:var(--muted);font-size:13px;margin:0 0 6px}
ul.places{margin:4px 0 8px;padding-left:20px}
.step{margin:4px 0}.verify{color:var(--muted);font-size:13px}
#topology-svg{max-width:100%;height:auto;border:1px solid var(--line);border-radius:6px;background:#fbfcfd}
#topology-svg .node rect{fill:#fff;stroke:#44505c;stroke-width:1.2}
#topology-svg .node.proxy rect{fill:#eaf2fb}#topology-svg .node.data rect{fill:#f3efe6}#topology-svg .node.host rect{fill:#eef6ea}
#topology-svg text{font:12px system-ui,sans-serif;fill:var(--fg)}#topology-svg text.name{font-weight:700;font-size:13px}#topology-svg text.sub{fill:var(--muted);font-size:11px}
#topology-svg text.dtitle{font-weight:700;font-size:13px}
#topology-svg .edge path{fill:none;stroke:#44505c;stroke-width:1.3}#topology-svg .edge.dep path{stroke-dasharray:5 4;stroke:#8a94a0}#topology-svg .edge.pub path{stroke-width:2.4;stroke:#4f772d}
#topology-svg .edge text{font-size:11px;fill:#44505c;paint-order:stroke;stroke:#fbfcfd;stroke-width:3px}
#topology-svg marker path{fill:#44505c}#topology-svg circle.health{fill:#4f772d}
"#;

const SCRIPT: &str = r#"
(function () {
  var area = document.getElementById('f-area');
  var boxes = Array.prototype.slice.call(document.querySelectorAll('input.f-sev'));
  var items = Array.prototype.slice.call(document.querySelectorAll('article.item'));
  var count = document.getElementById('f-count');
  function apply() {
    var a = area ? area.value : '';
    var on = {};
    boxes.forEach(function (b) { on[b.value] = b.checked; });
    var shown = 0;
    items.forEach(function (it) {
      var show = (!a || it.getAttribute('data-area') === a) && on[it.getAttribute('data-severity')] !== false;
      it.hidden = !show;
      if (show) { shown += 1; }
    });
    if (count) { count.textContent = shown + ' / ' + items.length; }
  }
  if (area) { area.addEventListener('change', apply); }
  boxes.forEach(function (b) { b.addEventListener('change', apply); });
  apply();
  var svg = document.getElementById('topology-svg');
  if (svg) {
    var drawn = 0;
    Array.prototype.slice.call(svg.querySelectorAll('g.node')).forEach(function (g) {
      var b = g.getBBox();
      if (b.width > 0 && b.height > 0) { drawn += 1; }
    });
    svg.setAttribute('data-drawn', String(drawn));
  }
})();
"#;

pub fn render_report(r: &Report) -> String {
    let m = &r.meta;
    let mut o = String::new();
    let title = r.ta("report-title", &[("project", Arg::from(&m.project))]);
    writeln!(
        o,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n<title>{}</title>\n<style>{CSS}</style>\n</head>\n<body>",
        r.lang.as_str(),
        esc(&title)
    )
    .ok();
    // header
    let commit = m
        .commit
        .as_ref()
        .map(|c| format!("<code>{}</code>", esc(c)))
        .unwrap_or_else(|| esc(&r.t("meta-no-commit")));
    let overall = r
        .overall
        .map(|s| format!("{s:.1}/10"))
        .unwrap_or_else(|| r.t("status-not-assessed"));
    writeln!(
        o,
        "<header><h1>{}</h1><p class=\"meta\">{}: {} · {}: {} · {}: <span class=\"badge v-{}\">{}</span> · {}: <b>{}</b></p><p class=\"meta\">{}</p></header>",
        esc(&title),
        esc(&r.t("meta-date")),
        esc(&m.date),
        esc(&r.t("meta-commit")),
        commit,
        esc(&r.t("meta-verdict")),
        r.verdict.as_str(),
        esc(&r.verdict_text()),
        esc(&r.t("meta-score")),
        esc(&overall),
        esc(&r.ta(
            "meta-scope",
            &[
                ("version", Arg::from(m.tool_version)),
                ("files", Arg::from(m.files)),
                ("services", Arg::from(m.services)),
                ("deployments", Arg::from(m.deployments)),
            ]
        ))
    )
    .ok();

    // summary
    writeln!(
        o,
        "<section id=\"summary\"><h2>{}</h2><p class=\"headline\">{}</p>",
        esc(&r.t("h-summary")),
        inline(&r.headline())
    )
    .ok();
    if !r.blockers.is_empty() {
        writeln!(
            o,
            "<h3>{}</h3><ol class=\"blockers\">",
            esc(&r.t("h-blockers"))
        )
        .ok();
        for &i in &r.blockers {
            let it = &r.items[i];
            let place = it
                .places
                .first()
                .map(|p| format!("{}:{}", p.path, p.line))
                .unwrap_or_default();
            writeln!(
                o,
                "<li><a href=\"#item-{}\">{}</a> — <code>{}</code></li>",
                esc(&it.id),
                inline(&it.title),
                esc(&place)
            )
            .ok();
        }
        o.push_str("</ol>");
        if r.blocker_count > r.blockers.len() {
            writeln!(
                o,
                "<p>{}</p>",
                esc(&r.ta(
                    "blockers-more",
                    &[("count", Arg::from(r.blocker_count - r.blockers.len()))]
                ))
            )
            .ok();
        }
    }
    o.push_str("<ul class=\"areas\">");
    for a in &r.areas {
        writeln!(
            o,
            "<li><b>{}</b> ({}): {}</li>",
            esc(&r.area_name(a.area)),
            esc(&score_text(r, a.status)),
            inline(&a.summary)
        )
        .ok();
    }
    o.push_str("</ul></section>\n");

    // scores
    writeln!(
        o,
        "<section id=\"scores\"><h2>{}</h2><table><thead><tr><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
        esc(&r.t("h-scores")),
        esc(&r.t("col-area")),
        esc(&r.t("col-score")),
        esc(&r.t("col-why"))
    )
    .ok();
    for a in &r.areas {
        writeln!(
            o,
            "<tr data-area=\"{}\"><td>{}</td><td class=\"score\">{}</td><td>{}</td></tr>",
            a.area.as_str(),
            esc(&r.area_name(a.area)),
            esc(&score_text(r, a.status)),
            inline(&a.rationale)
        )
        .ok();
    }
    writeln!(
        o,
        "<tr><td><b>{}</b></td><td class=\"score\">{}</td><td>{}</td></tr></tbody></table></section>",
        esc(&r.t("overall")),
        esc(&overall),
        inline(&r.overall_rationale)
    )
    .ok();

    // strengths
    if !r.strengths.is_empty() {
        writeln!(
            o,
            "<section id=\"strengths\"><h2>{}</h2><ul>",
            esc(&r.t("h-strengths"))
        )
        .ok();
        for g in &r.strengths {
            writeln!(o, "<li>{}</li>", inline(&g.line)).ok();
        }
        o.push_str("</ul></section>\n");
    }

    // findings, filterable
    writeln!(
        o,
        "<section id=\"findings\"><h2>{}</h2>",
        esc(&r.t("h-findings"))
    )
    .ok();
    if r.items.is_empty() {
        writeln!(o, "<p>{}</p>", esc(&r.t("findings-none"))).ok();
    } else {
        let mut areas: Vec<crate::report::Area> = r.items.iter().map(|i| i.area).collect();
        areas.sort();
        areas.dedup();
        writeln!(
            o,
            "<div class=\"filters\"><label>{} <select id=\"f-area\"><option value=\"\">{}</option>",
            esc(&r.t("filter-area")),
            esc(&r.t("filter-all"))
        )
        .ok();
        for a in areas {
            writeln!(
                o,
                "<option value=\"{}\">{}</option>",
                a.as_str(),
                esc(&r.area_name(a))
            )
            .ok();
        }
        writeln!(
            o,
            "</select></label><fieldset><legend>{}</legend>",
            esc(&r.t("filter-severity"))
        )
        .ok();
        for s in Severity::ALL {
            if r.items.iter().any(|i| i.severity == s) {
                writeln!(
                    o,
                    "<label><input type=\"checkbox\" class=\"f-sev\" value=\"{}\" checked> {}</label>",
                    s.as_str(),
                    esc(&r.severity_name(s))
                )
                .ok();
            }
        }
        writeln!(
            o,
            "</fieldset><span>{}: <b id=\"f-count\"></b></span></div>",
            esc(&r.t("filter-shown"))
        )
        .ok();
        for it in &r.items {
            item_html(&mut o, r, it);
        }
    }
    o.push_str("</section>\n");

    // plan
    if !r.plan.is_empty() {
        writeln!(o, "<section id=\"plan\"><h2>{}</h2>", esc(&r.t("h-plan"))).ok();
        for (n, ph) in r.plan.iter().enumerate() {
            writeln!(
                o,
                "<h3>{}. {} — {}</h3><ol>",
                n + 1,
                esc(&ph.title),
                esc(&r.ta("about-time", &[("time", Arg::from(r.duration(ph.minutes)))]))
            )
            .ok();
            for &i in &ph.steps {
                let it = &r.items[i];
                let files: Vec<String> = it
                    .files
                    .iter()
                    .take(3)
                    .map(|f| format!("<code>{}</code>", esc(f)))
                    .collect();
                let verify: Vec<String> = it
                    .verify
                    .iter()
                    .map(|v| format!("<code>{}</code>", esc(v)))
                    .collect();
                let fix = it
                    .autofix
                    .map(|a| {
                        format!(
                            " · {}",
                            inline(&r.t(&format!("autofix-{}", autofix_key(a))))
                        )
                    })
                    .unwrap_or_default();
                writeln!(
                    o,
                    "<li class=\"step\"><a href=\"#item-{}\">{}</a> <span class=\"sev {}\">{}</span> — {} · {}<br><span class=\"verify\">{}: {}{}</span></li>",
                    esc(&it.id),
                    inline(&step_name(r, it)),
                    it.severity.as_str(),
                    esc(&r.severity_name(it.severity)),
                    esc(&r.t(&format!("effort-{}", it.effort.as_str()))),
                    files.join(", "),
                    esc(&r.t("label-verify")),
                    verify.join(", "),
                    fix
                )
                .ok();
            }
            o.push_str("</ol>");
        }
        o.push_str("</section>\n");
    }

    // quick wins
    if !r.quick_wins.is_empty() {
        writeln!(
            o,
            "<section id=\"quick-wins\"><h2>{}</h2><p>{}</p><ul>",
            esc(&r.t("h-quick-wins")),
            esc(&r.ta(
                "quick-wins-intro",
                &[
                    ("count", Arg::from(r.quick_wins.len())),
                    ("time", Arg::from(r.duration(r.quick_win_minutes)))
                ]
            ))
        )
        .ok();
        for &i in &r.quick_wins {
            let it = &r.items[i];
            writeln!(
                o,
                "<li><a href=\"#item-{}\">{}</a></li>",
                esc(&it.id),
                inline(&step_name(r, it))
            )
            .ok();
        }
        o.push_str("</ul></section>\n");
    }

    // topology
    writeln!(
        o,
        "<section id=\"topology\"><h2>{}</h2>",
        esc(&r.t("h-topology"))
    )
    .ok();
    if r.topology.is_empty() {
        writeln!(o, "<p>{}</p>", esc(&r.t("topology-none"))).ok();
    } else {
        o.push_str(&topology_svg(&r.topology, &|w| r.topology_word(w)));
    }
    o.push_str("</section>\n");

    // scope
    writeln!(
        o,
        "<section id=\"scope\"><h2>{}</h2><p>{} {}</p>",
        esc(&r.t("h-scope")),
        esc(&r.t("scope-static")),
        esc(&r.out_of_scope.join("; "))
    )
    .ok();
    if r.not_checked.is_empty() {
        writeln!(o, "<p>{}</p>", esc(&r.t("scope-run-none"))).ok();
    } else {
        writeln!(o, "<p>{}</p><ul>", esc(&r.t("scope-run"))).ok();
        for s in &r.not_checked {
            writeln!(o, "<li>{}</li>", inline(s)).ok();
        }
        o.push_str("</ul>");
    }
    o.push_str("</section>\n");
    writeln!(o, "<script>{SCRIPT}</script>\n</body>\n</html>").ok();
    crate::report::redact(&r.audit.project, &o).into_owned()
}

fn item_html(o: &mut String, r: &Report, it: &Item) {
    writeln!(
        o,
        "<article class=\"item sev-{}\" id=\"item-{}\" data-area=\"{}\" data-severity=\"{}\"><h3><span class=\"sev {}\">{}</span>{}</h3>",
        it.severity.as_str(),
        esc(&it.id),
        it.area.as_str(),
        it.severity.as_str(),
        it.severity.as_str(),
        esc(&r.severity_name(it.severity)),
        inline(&it.title)
    )
    .ok();
    let mut tags = vec![
        esc(&r.area_name(it.area)),
        format!("<code>{}</code> {}", it.rule.code, esc(it.rule.name)),
    ];
    if it.confidence < crate::diagnostic::Confidence::High {
        tags.push(esc(&r.ta(
            "confidence-tag",
            &[(
                "level",
                Arg::from(r.t(&format!("confidence-{}", it.confidence.as_str()))),
            )],
        )));
    }
    if matches!(
        it.environment,
        seaworthy_syntax::Environment::Dev | seaworthy_syntax::Environment::Test
    ) {
        tags.push(esc(&r.t(&format!("env-only-{}", it.environment.as_str()))));
    }
    writeln!(
        o,
        "<p class=\"tags\">{}</p><ul class=\"places\">",
        tags.join(" · ")
    )
    .ok();
    for p in &it.places {
        writeln!(
            o,
            "<li><code>{}:{}</code> {}</li>",
            esc(&p.path),
            p.line,
            inline(&p.message)
        )
        .ok();
    }
    o.push_str("</ul>");
    if let Some(why) = &it.why {
        writeln!(
            o,
            "<p><b>{}:</b> {}</p>",
            esc(&r.t("label-why")),
            inline(why)
        )
        .ok();
    }
    let mut fix = it.help.clone().unwrap_or_default();
    if let Some(a) = it.autofix {
        if !fix.is_empty() {
            fix.push_str(". ");
        }
        fix.push_str(&r.t(&format!("autofix-{}", autofix_key(a))));
    }
    if !fix.is_empty() {
        writeln!(
            o,
            "<p><b>{}:</b> {}</p>",
            esc(&r.t("label-fix")),
            inline(&fix)
        )
        .ok();
    }
    if let Some(s) = &it.fix {
        writeln!(
            o,
            "<p>{}</p><pre><code class=\"language-{}\">{}</code></pre>",
            inline(&r.t(&format!("snippet-{}", s.origin.as_str()))),
            s.lang,
            esc(&s.code)
        )
        .ok();
    }
    o.push_str("</article>\n");
}
