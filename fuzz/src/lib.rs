//! Shared helpers of the fuzz targets: turning bytes into text the way the CLI does, and the
//! invariants every parser promises (spans inside the input, on character boundaries).

use seaworthy_syntax::Span;

/// The text a parser sees for these bytes (lossy UTF-8, like `text::decode` for non-UTF-8 files).
pub fn text(data: &[u8]) -> String {
    String::from_utf8_lossy(data).into_owned()
}

/// A span is valid for `src`: ordered, inside it, on character boundaries.
pub fn span_ok(src: &str, s: Span) -> bool {
    (s.start as usize) <= (s.end as usize)
        && (s.end as usize) <= src.len()
        && src.is_char_boundary(s.start as usize)
        && src.is_char_boundary(s.end as usize)
}

/// Panics (a fuzz crash) when a span is not valid for `src`.
#[track_caller]
pub fn check(src: &str, s: Span, what: &str) {
    assert!(
        span_ok(src, s),
        "bad {what} span {s:?} for input of {} bytes",
        src.len()
    );
}

/// Split fuzz bytes into at most `n` parts at `0xFF` bytes (never valid UTF-8, so the separator
/// cannot hide text); missing parts are empty.
pub fn split(data: &[u8], n: usize) -> Vec<&[u8]> {
    let mut parts: Vec<&[u8]> = data.splitn(n, |b| *b == 0xff).collect();
    while parts.len() < n {
        parts.push(&[]);
    }
    parts
}
