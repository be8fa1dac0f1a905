#![no_main]
use libfuzzer_sys::fuzz_target;
use seaworthy_fuzz::{check, split, text};
use seaworthy_syntax::dockerignore;

// input: the .dockerignore, then (after a 0xFF byte) paths to match, one a line
fuzz_target!(|data: &[u8]| {
    let parts = split(data, 2);
    let src = text(parts[0]);
    let paths = text(parts[1]);
    let d = dockerignore::parse(&src);
    for p in &d.patterns {
        check(&src, p.span, "pattern");
    }
    for path in paths.lines().take(16) {
        let _ = d.is_excluded(path);
        let _ = d.deciding_pattern(path);
    }
});
