#![no_main]
use libfuzzer_sys::fuzz_target;
use seaworthy_fuzz::{check, text};
use seaworthy_syntax::interpolate::interpolate;

fuzz_target!(|data: &[u8]| {
    let src = text(data);
    // set: names starting with a vowel; unset: the rest
    let lookup = |name: &str| -> Option<String> {
        name.starts_with(['A', 'E', 'I', 'O', 'U', 'a', 'e', 'i', 'o', 'u'])
            .then(|| format!("<{name}>"))
    };
    let out = interpolate(&src, &lookup);
    for r in &out.refs {
        check(&src, r.span, "reference");
    }
    for e in &out.errors {
        check(&src, e.span, "error");
    }
});
