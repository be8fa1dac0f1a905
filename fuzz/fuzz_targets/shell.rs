#![no_main]
use libfuzzer_sys::fuzz_target;
use seaworthy_fuzz::{check, text};
use seaworthy_syntax::shell;

fuzz_target!(|data: &[u8]| {
    let src = text(data);
    for c in shell::parse(&src) {
        for w in c.words.iter().chain(&c.redirects) {
            check(&src, w.span, "word");
        }
        let _ = (
            c.argv(),
            c.program(),
            c.subcommand(),
            c.uses_sudo(),
            c.has_word("-y"),
        );
    }
    for w in shell::words(&src) {
        check(&src, w.span, "word");
    }
});
