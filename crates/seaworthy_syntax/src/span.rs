//! Byte spans and the line index that turns them into 1-based line/column pairs.

use serde::Serialize;

/// A half-open byte range `[start, end)` into one source text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub const EMPTY: Span = Span { start: 0, end: 0 };

    #[inline]
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end, "span start {start} > end {end}");
        Span {
            start: start as u32,
            end: end.max(start) as u32,
        }
    }

    #[inline]
    pub fn at(offset: usize) -> Span {
        Span::new(offset, offset)
    }

    #[inline]
    pub fn len(self) -> usize {
        (self.end - self.start) as usize
    }

    #[inline]
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    #[inline]
    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    /// Shift a span that is relative to a sub-slice starting at `base`.
    pub fn offset(self, base: usize) -> Span {
        Span::new(self.start as usize + base, self.end as usize + base)
    }

    /// The text under this span, or `""` when it does not fit `src` (never panics).
    pub fn slice(self, src: &str) -> &str {
        src.get(self.range()).unwrap_or("")
    }

    pub fn contains(self, offset: usize) -> bool {
        (self.start as usize) <= offset && offset < self.end as usize
    }
}

/// 1-based line and column (column counted in Unicode scalar values).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct LineCol {
    pub line: u32,
    pub column: u32,
}

/// Offsets of every line start, for offset → line/column conversion.
///
/// Lines end at `\n`, `\r\n` or a lone `\r` (as editors and SARIF count them), so a file with
/// classic Mac line ends still has one line per line. A UTF-8 byte order mark at the start of the
/// text is not a column: the first character after it is column 1. Offsets always index the
/// original text, byte order mark included.
#[derive(Debug, Clone, Default)]
pub struct LineIndex {
    starts: Vec<u32>,
    len: u32,
    /// Length of the byte order mark at the start of the text (0 or 3).
    bom: u32,
    /// `None` for ASCII text (a column is a byte count); otherwise the number of characters
    /// that start before every multiple of [`CHUNK`] bytes, so counting the characters before an
    /// offset reads at most one chunk, however long the line.
    char_marks: Option<Vec<u32>>,
}

/// Distance between two character-count marks of [`LineIndex`].
const CHUNK: usize = 1024;

/// Is this byte the first byte of a UTF-8 character?
#[inline]
fn starts_char(b: u8) -> bool {
    (b as i8) >= -0x40
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let bytes = text.as_bytes();
        let mut starts = Vec::with_capacity(text.len() / 32 + 1);
        starts.push(0);
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => starts.push(i as u32 + 1),
                b'\r' if bytes.get(i + 1) != Some(&b'\n') => starts.push(i as u32 + 1),
                _ => {}
            }
            i += 1;
        }
        let char_marks = (!text.is_ascii()).then(|| {
            let mut marks = Vec::with_capacity(bytes.len() / CHUNK + 1);
            let mut count = 0u32;
            for (i, &b) in bytes.iter().enumerate() {
                if i % CHUNK == 0 {
                    marks.push(count);
                }
                count += starts_char(b) as u32;
            }
            marks
        });
        LineIndex {
            starts,
            len: text.len() as u32,
            bom: if text.starts_with('\u{feff}') { 3 } else { 0 },
            char_marks,
        }
    }

    pub fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// 0-based line number containing `offset` (clamped to the text).
    pub fn line_of(&self, offset: usize) -> usize {
        let offset = (offset as u32).min(self.len);
        match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        }
    }

    /// Byte offset where the 0-based `line` starts (clamped).
    pub fn line_start(&self, line: usize) -> usize {
        self.starts.get(line).copied().unwrap_or(self.len) as usize
    }

    /// Byte range of the 0-based `line` without its line terminator.
    pub fn line_span(&self, text: &str, line: usize) -> Span {
        let start = self.line_start(line);
        let mut end = self.line_start(line + 1);
        let bytes = text.as_bytes();
        if end > start && bytes.get(end - 1) == Some(&b'\n') {
            end -= 1;
        }
        if end > start && bytes.get(end - 1) == Some(&b'\r') {
            end -= 1;
        }
        Span::new(start, end.max(start))
    }

    /// Characters that start before byte `offset`.
    fn chars_before(&self, text: &str, offset: usize) -> usize {
        match &self.char_marks {
            None => offset,
            Some(marks) => {
                let k = offset / CHUNK;
                let base = marks.get(k).copied().unwrap_or(0) as usize;
                let from = (k * CHUNK).min(offset);
                base + text.as_bytes()[from..offset]
                    .iter()
                    .filter(|&&b| starts_char(b))
                    .count()
            }
        }
    }

    /// 1-based line/column for a byte offset; a column inside a multi-byte character is rounded
    /// down. Costs at most one chunk of the text, however long the line.
    pub fn line_col(&self, text: &str, offset: usize) -> LineCol {
        let offset = offset.min(text.len()).min(self.len as usize);
        let line = self.line_of(offset);
        let mut start = self.line_start(line);
        if line == 0 {
            start = (self.bom as usize).min(text.len());
        }
        let mut end = offset.max(start);
        while end > start && !text.is_char_boundary(end) {
            end -= 1;
        }
        let column = self.chars_before(text, end) - self.chars_before(text, start) + 1;
        LineCol {
            line: line as u32 + 1,
            column: column as u32,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_basics() {
        let text = "ab\ncdé\r\nf";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_count(), 3);
        assert_eq!(idx.line_col(text, 0), LineCol { line: 1, column: 1 });
        assert_eq!(idx.line_col(text, 3), LineCol { line: 2, column: 1 });
        // 'é' is two bytes: offset after it is column 4
        assert_eq!(idx.line_col(text, 7), LineCol { line: 2, column: 4 });
        assert_eq!(idx.line_col(text, 9), LineCol { line: 3, column: 1 });
        assert_eq!(idx.line_span(text, 1).slice(text), "cdé");
        // out of range offsets are clamped, never panic
        assert_eq!(idx.line_col(text, 999).line, 3);
    }

    #[test]
    fn line_ends_of_every_kind() {
        for (text, nl) in [
            ("a\nbé c\nd", "\n"),
            ("a\r\nbé c\r\nd", "\r\n"),
            ("a\rbé c\rd", "\r"),
        ] {
            let idx = LineIndex::new(text);
            assert_eq!(idx.line_count(), 3, "{nl:?}");
            let c = text.find('c').unwrap();
            assert_eq!(
                idx.line_col(text, c),
                LineCol { line: 2, column: 4 },
                "{nl:?}"
            );
            assert_eq!(idx.line_span(text, 1).slice(text), "bé c", "{nl:?}");
            let d = text.find('d').unwrap();
            assert_eq!(
                idx.line_col(text, d),
                LineCol { line: 3, column: 1 },
                "{nl:?}"
            );
        }
        // a CR at the very end ends the last line
        assert_eq!(LineIndex::new("a\r").line_count(), 2);
    }

    #[test]
    fn byte_order_mark_is_not_a_column() {
        let text = "\u{feff}FROM a\nRUN b\n";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_col(text, 3), LineCol { line: 1, column: 1 });
        assert_eq!(idx.line_col(text, 8), LineCol { line: 1, column: 6 });
        // an offset inside the mark itself is column 1
        assert_eq!(idx.line_col(text, 0), LineCol { line: 1, column: 1 });
        assert_eq!(idx.line_col(text, 10), LineCol { line: 2, column: 1 });
        // only at the very start: a BOM elsewhere is a character
        let text = "a\n\u{feff}b";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_col(text, 5), LineCol { line: 2, column: 2 });
    }

    #[test]
    fn columns_on_long_non_ascii_lines() {
        let text = format!("x\n{}é{}", "é".repeat(5000), "a".repeat(3000));
        let idx = LineIndex::new(&text);
        let at = text.len() - 1;
        assert_eq!(
            idx.line_col(&text, at),
            LineCol {
                line: 2,
                column: 8001
            }
        );
        assert_eq!(idx.line_col(&text, 4), LineCol { line: 2, column: 2 });
        // inside a character: rounded down
        assert_eq!(idx.line_col(&text, 3), LineCol { line: 2, column: 1 });
        assert_eq!(idx.line_col(&text, 2049), idx.line_col(&text, 2048));
    }

    #[test]
    fn span_slice_is_total() {
        assert_eq!(Span::new(5, 9).slice("abc"), "");
        assert_eq!(Span::new(1, 2).slice("abc"), "b");
    }
}
