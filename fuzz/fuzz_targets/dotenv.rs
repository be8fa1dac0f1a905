#![no_main]
use libfuzzer_sys::fuzz_target;
use seaworthy_fuzz::{check, text};
use seaworthy_syntax::dotenv;

fuzz_target!(|data: &[u8]| {
    let src = text(data);
    let env = dotenv::parse(&src);
    for e in &env.entries {
        check(&src, e.span, "entry");
        check(&src, e.key_span, "key");
        check(&src, e.value_span, "value");
        check(&src, e.content_span, "content");
    }
    for e in &env.errors {
        check(&src, e.span, "error");
    }
});
