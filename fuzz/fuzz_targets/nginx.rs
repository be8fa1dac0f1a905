#![no_main]
use libfuzzer_sys::fuzz_target;
use seaworthy_fuzz::{check, text};
use seaworthy_syntax::nginx;

fuzz_target!(|data: &[u8]| {
    let src = text(data);
    let c = nginx::parse(&src);
    for e in &c.errors {
        check(&src, e.span, "error");
    }
    for (_, sp) in &c.comments {
        check(&src, *sp, "comment");
    }
    c.walk(&mut |d, _| {
        check(&src, d.span, "directive");
        check(&src, d.name_span, "name");
        for a in &d.args {
            check(&src, a.span, "arg");
            let _ = (nginx::parse_size(&a.text), nginx::parse_time(&a.text));
        }
    });
});
