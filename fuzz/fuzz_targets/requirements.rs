#![no_main]
use libfuzzer_sys::fuzz_target;
use seaworthy_fuzz::{check, text};
use seaworthy_syntax::requirements;

fuzz_target!(|data: &[u8]| {
    let src = text(data);
    let r = requirements::parse(&src);
    for q in &r.requirements {
        check(&src, q.name_span, "name");
        check(&src, q.line_span, "line");
    }
    for i in &r.includes {
        check(&src, i.span, "include");
    }
    for (_, sp) in &r.comments {
        check(&src, *sp, "comment");
    }
    for line in src.lines().take(64) {
        let _ = requirements::dist_name(line);
        let _ = requirements::normalize_name(line);
    }
});
