//! Stable fingerprints of findings, for baselines (`--baseline`) and SARIF `partialFingerprints`.
//!
//! A fingerprint hashes the rule code, the file path and a normalized snippet of the finding's own
//! span (whitespace runs collapsed, at most [`MAX_SNIPPET_BYTES`] read), plus the occurrence index
//! among findings with the same key. It survives lines moving up and down and edits elsewhere in
//! the file, and costs the same for a finding on a 10 MB line as on a short one.

use super::Audit;
use crate::diagnostic::Finding;
use std::collections::HashMap;

/// Most bytes of a finding's span that go into its fingerprint.
pub const MAX_SNIPPET_BYTES: usize = 256;

/// One fingerprint per finding of the audit, in the order of `audit.findings`.
pub fn fingerprints(audit: &Audit) -> Vec<String> {
    let mut seen: HashMap<u64, u32> = HashMap::new();
    audit
        .findings
        .iter()
        .map(|f| {
            let key = fingerprint_key(audit, f);
            let n = seen.entry(key).or_insert(0);
            *n += 1;
            format!("{key:016x}:{}", *n)
        })
        .collect()
}

/// The span's text, at most [`MAX_SNIPPET_BYTES`] of it (cut on a character boundary), with runs
/// of whitespace (line ends included, so CRLF and LF files agree) collapsed to one space.
pub fn snippet(text: &str, span: seaworthy_syntax::Span) -> String {
    let s = span.slice(text);
    let mut end = s.len().min(MAX_SNIPPET_BYTES);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s[..end].split_whitespace().collect::<Vec<_>>().join(" ")
}

fn fingerprint_key(audit: &Audit, f: &Finding) -> u64 {
    let file = audit.project.file(f.file);
    let snippet = snippet(&file.text, f.span);
    let mut h: u64 = 0xcbf29ce484222325;
    for b in f
        .rule
        .code
        .bytes()
        .chain([0])
        .chain(file.path.bytes())
        .chain([0])
        .chain(snippet.bytes())
    {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;
    use seaworthy_syntax::Span;

    #[test]
    fn snippets_are_bounded_and_normalized() {
        let text = "services:\r\n  web:\r\n    image:   nginx\r\n";
        assert_eq!(
            snippet(text, Span::new(11, text.len())),
            "web: image: nginx"
        );
        let long = "é".repeat(10_000);
        let s = snippet(&long, Span::new(0, long.len()));
        assert!(s.len() <= MAX_SNIPPET_BYTES && s.len() >= MAX_SNIPPET_BYTES - 1);
        assert_eq!(snippet("abc", Span::new(5, 9)), "");
    }

    fn fingerprint_of(compose: &str, rule: &str) -> Vec<String> {
        let audit = crate::testing::audit_txtar(&format!("-- docker-compose.yml --\n{compose}"));
        let fps = fingerprints(&audit);
        audit
            .findings
            .iter()
            .zip(fps)
            .filter(|(f, _)| f.rule.name == rule)
            .map(|(_, fp)| fp)
            .collect()
    }

    /// A compose file written as one flow line: each finding's fingerprint comes from its own span,
    /// so it does not change when other services on the same line change (and does not cost the
    /// length of the line).
    #[test]
    fn fingerprints_come_from_the_span_not_the_line() {
        let a = fingerprint_of(
            "services: {web: {image: nginx, privileged: true}, db: {image: postgres:16}}\n",
            "privileged-container",
        );
        let b = fingerprint_of(
            "services: {web: {image: nginx, privileged: true}, db: {image: postgres:17, restart: always}}\n",
            "privileged-container",
        );
        assert_eq!(a.len(), 1);
        assert_eq!(a, b);
        // two findings of one rule with the same text on one line are told apart by their order
        let both = fingerprint_of(
            "services: {web: {image: nginx, privileged: true}, api: {image: nginx, privileged: true}}\n",
            "privileged-container",
        );
        assert_eq!(both.len(), 2);
        assert_ne!(both[0], both[1]);
    }
}
