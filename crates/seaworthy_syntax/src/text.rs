//! Turning raw bytes into text we can parse: UTF-8 with a lossy fallback, binary detection.

/// Why a file's bytes could not be used as text as-is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextIssue {
    /// Not valid UTF-8; invalid sequences were replaced with U+FFFD.
    NotUtf8,
    /// Looks binary (NUL bytes in the first 8 KiB); not parsed.
    Binary,
}

/// Decode bytes as text. Binary input yields `(String::new(), Some(Binary))`.
pub fn decode(bytes: &[u8]) -> (String, Option<TextIssue>) {
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return (String::new(), Some(TextIssue::Binary));
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => (s.to_string(), None),
        Err(_) => (
            String::from_utf8_lossy(bytes).into_owned(),
            Some(TextIssue::NotUtf8),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes() {
        assert_eq!(decode(b"FROM a\n"), ("FROM a\n".to_string(), None));
        assert_eq!(decode(b"\x7fELF\0\0").1, Some(TextIssue::Binary));
        let (t, issue) = decode(b"FROM a # caf\xe9\n");
        assert_eq!(issue, Some(TextIssue::NotUtf8));
        assert!(t.contains('\u{fffd}'));
    }
}
