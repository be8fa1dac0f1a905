#![no_main]
use libfuzzer_sys::fuzz_target;
use seaworthy_fuzz::{check, text};
use seaworthy_syntax::{compose, yaml};

fuzz_target!(|data: &[u8]| {
    let src = text(data);
    let y = yaml::parse(&src);
    for e in &y.errors {
        check(&src, e.span, "error");
    }
    for n in &y.nodes {
        check(&src, n.span, "node");
    }
    for (_, sp) in &y.comments {
        check(&src, *sp, "comment");
    }
    for &doc in &y.docs {
        let _ = y.to_json(doc, yaml::EXPANSION_BUDGET);
        for (k, v) in y.entries(doc) {
            check(&src, y.span(k), "key");
            check(&src, y.span(v), "value");
        }
    }
    let view = compose::view(&y);
    for (_, sp) in &view.problems {
        check(&src, *sp, "problem");
    }
    for s in &view.services {
        check(&src, s.name_span, "service name");
        for p in &s.ports {
            let _ = (p.target_port(), p.published_port(), p.is_public());
        }
    }
    // the port and mount mini-parsers on every line
    let mut at = 0u32;
    for line in src.split_inclusive('\n') {
        let sp = seaworthy_syntax::Span {
            start: at,
            end: at + line.len() as u32,
        };
        let p = compose::parse_port(line, sp);
        let _ = (p.target_port(), p.published_port(), p.is_public());
        let _ = compose::parse_mount(line, sp);
        at += line.len() as u32;
    }
});
