//! Turning raw bytes into text we can parse: UTF-8 with a lossy fallback, binary detection.

/// Why a file's bytes could not be used as text as-is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextIssue {
    /// Not valid UTF-8; invalid sequences were replaced with U+FFFD.
    NotUtf8,
    /// Looks binary (NUL bytes in the first 8 KiB); not parsed.
    Binary,
    /// UTF-16 text (a UTF-16 byte order mark); not parsed.
    Utf16,
}

/// Decode bytes as text. Binary and UTF-16 input yield an empty text and the issue.
pub fn decode(bytes: &[u8]) -> (String, Option<TextIssue>) {
    if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) {
        return (String::new(), Some(TextIssue::Utf16));
    }
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
        // UTF-16 (either byte order) is named, not read as binary or mojibake
        assert_eq!(decode(b"\xff\xfeF\x00R\x00").1, Some(TextIssue::Utf16));
        assert_eq!(decode(b"\xfe\xff\x00F\x00R").1, Some(TextIssue::Utf16));
        // a UTF-8 byte order mark is text
        assert_eq!(decode(b"\xef\xbb\xbfA=1\n").1, None);
    }
}
