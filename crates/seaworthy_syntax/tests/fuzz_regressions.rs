//! Inputs the fuzz targets (`fuzz/`, cargo-fuzz) found crashing, minimised. Each test runs the
//! parser on the input and checks the invariants the fuzz target checks: no panic, every span
//! inside the input on character boundaries.

use seaworthy_syntax::{dockerfile, Span};

fn span_ok(src: &str, s: Span) -> bool {
    (s.start as usize) <= (s.end as usize)
        && (s.end as usize) <= src.len()
        && src.is_char_boundary(s.start as usize)
        && src.is_char_boundary(s.end as usize)
}

fn check_dockerfile(src: &str) -> dockerfile::Dockerfile {
    let df = dockerfile::parse(src);
    for e in &df.errors {
        assert!(span_ok(src, e.span), "error span {:?} in {src:?}", e.span);
    }
    for ins in &df.instructions {
        assert!(
            span_ok(src, ins.span) && span_ok(src, ins.args_span),
            "{src:?}"
        );
        for f in &ins.flags {
            assert!(span_ok(src, f.span), "flag span {:?} in {src:?}", f.span);
        }
        for w in ins.words() {
            assert!(span_ok(src, w.span), "word {:?} in {src:?}", w.span);
        }
    }
    df
}

/// fuzz target `dockerfile`: a flag value holding `Р` (U+0420, bytes D0 A0). The flag scanner
/// took the byte 0xA0 for whitespace (`(b as char).is_whitespace()` reads it as U+00A0) and
/// sliced the line inside the character.
#[test]
fn flag_value_with_a_multibyte_character_ending_in_a0() {
    let src = "FROM alpine\nRUN --mount=type=cache,target=/var/Рcache apk add git\n";
    let df = check_dockerfile(src);
    let run = &df.instructions[1];
    assert_eq!(run.flags.len(), 1, "{:?}", run.flags);
    assert_eq!(
        run.flags[0].value.as_deref(),
        Some("type=cache,target=/var/Рcache")
    );
    // U+0085 (C2 85) and U+00A0 (C2 A0) themselves are not separators either
    let src = "RUN --mount=a\u{85}b\u{a0}c true\n";
    let df = check_dockerfile(src);
    assert_eq!(
        df.instructions[0].flags[0].value.as_deref(),
        Some("a\u{85}b\u{a0}c")
    );
}

/// fuzz target `nginx`: a time argument whose number times its unit overflows `u64`
/// (`parse_time` multiplied and added without a bound: a panic in debug builds, a wrapped small
/// value in release builds). It saturates now.
#[test]
fn nginx_time_that_overflows_saturates() {
    use seaworthy_syntax::nginx::{parse, parse_time};
    assert_eq!(parse_time("18446744073709551615w"), Some(u64::MAX));
    assert_eq!(parse_time("30000000000000000d1h"), Some(u64::MAX));
    assert_eq!(parse_time("18446744073709551615s1s"), Some(u64::MAX));
    assert_eq!(parse_time("1h30m"), Some(5400));
    // the directive as the fuzzer wrote it: parsing and walking its arguments does not panic
    let src = "server {\n    keepalive_timeout 2222222222222222222w;\n}\n";
    let c = parse(src);
    c.walk(&mut |d, _| {
        for a in &d.args {
            let _ = parse_time(&a.text);
        }
    });
}
