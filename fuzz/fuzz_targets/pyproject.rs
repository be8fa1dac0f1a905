#![no_main]
use libfuzzer_sys::fuzz_target;
use seaworthy_fuzz::{check, text};
use seaworthy_syntax::pyproject;

fuzz_target!(|data: &[u8]| {
    let src = text(data);
    let (p, errors) = pyproject::parse(&src);
    for e in &errors {
        check(&src, e.span, "error");
    }
    if let Some((_, sp)) = &p.requires_python {
        check(&src, *sp, "requires-python");
    }
});
