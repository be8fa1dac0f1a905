//! `.env` files with compose-go semantics: `KEY=value`, `export KEY=value`, `KEY: value`,
//! single quotes (literal), double quotes (escapes `\n \t \\ \" \$`, may span lines), unquoted
//! values with inline ` #` comments, and `${VAR}` references kept for the caller to interpolate.
//! Total: a malformed line yields a [`DotenvError`] and parsing goes on with the next line.

use crate::span::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Quote {
    None,
    Single,
    Double,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub key: String,
    pub key_span: Span,
    /// Value after quote removal and escape processing (variables not expanded).
    pub value: String,
    /// Span of the value as written (quotes included); empty span at the `=` for `KEY=`.
    pub value_span: Span,
    /// Span of the value's content (inside the quotes).
    pub content_span: Span,
    pub quote: Quote,
    /// Written with `export `.
    pub exported: bool,
    /// The whole line(s) of the entry.
    pub span: Span,
}

impl Entry {
    /// Does the value reference other variables (`$VAR`, `${VAR}`) that compose would expand?
    pub fn has_interpolation(&self) -> bool {
        self.quote != Quote::Single && self.value.contains('$')
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DotenvError {
    pub message: String,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Dotenv {
    pub entries: Vec<Entry>,
    /// Comment lines: (text after `#`, span of the comment).
    pub comments: Vec<(String, Span)>,
    pub errors: Vec<DotenvError>,
}

impl Dotenv {
    /// Last definition wins, as in compose.
    pub fn get(&self, key: &str) -> Option<&Entry> {
        self.entries.iter().rev().find(|e| e.key == key)
    }
}

pub fn parse(src: &str) -> Dotenv {
    let mut out = Dotenv::default();
    let b = src.as_bytes();
    let mut i = if src.starts_with('\u{feff}') { 3 } else { 0 };
    while i < b.len() {
        // start of a line
        let line_start = i;
        while i < b.len() && (b[i] == b' ' || b[i] == b'\t') {
            i += 1;
        }
        if i >= b.len() {
            break;
        }
        match b[i] {
            b'\n' => {
                i += 1;
                continue;
            }
            b'\r' if b.get(i + 1) == Some(&b'\n') => {
                i += 2;
                continue;
            }
            b'#' => {
                let end = line_end(b, i);
                out.comments
                    .push((src[i + 1..end].trim().to_string(), Span::new(i, end)));
                i = next_line(b, end);
                continue;
            }
            _ => {}
        }
        let mut exported = false;
        if src[i..].starts_with("export ") || src[i..].starts_with("export\t") {
            exported = true;
            i += 7;
            while i < b.len() && (b[i] == b' ' || b[i] == b'\t') {
                i += 1;
            }
        }
        let key_start = i;
        while i < b.len() && !matches!(b[i], b'=' | b':' | b'\n' | b'\r' | b' ' | b'\t') {
            i += 1;
        }
        let key = &src[key_start..i];
        let key_span = Span::new(key_start, i);
        while i < b.len() && (b[i] == b' ' || b[i] == b'\t') {
            i += 1;
        }
        let valid_key = !key.is_empty()
            && key
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-' | '[' | ']'));
        if i >= b.len() || !matches!(b[i], b'=' | b':') {
            let end = line_end(b, i);
            if valid_key && (i >= b.len() || b[i] == b'\n' || b[i] == b'\r') {
                // `KEY` alone: compose takes the value from the shell environment
                out.entries.push(Entry {
                    key: key.to_string(),
                    key_span,
                    value: String::new(),
                    value_span: Span::at(key_span.end as usize),
                    content_span: Span::at(key_span.end as usize),
                    quote: Quote::None,
                    exported,
                    span: Span::new(line_start, end),
                });
            } else {
                out.errors.push(DotenvError {
                    message: format!(
                        "expected `KEY=value`, found `{}`",
                        truncate(src[line_start..end].trim(), 40)
                    ),
                    span: Span::new(key_start, end),
                });
            }
            i = next_line(b, end);
            continue;
        }
        if !valid_key {
            let end = line_end(b, i);
            out.errors.push(DotenvError {
                message: format!("invalid variable name `{}`", truncate(key, 40)),
                span: key_span,
            });
            i = next_line(b, end);
            continue;
        }
        i += 1; // '=' or ':'
        while i < b.len() && (b[i] == b' ' || b[i] == b'\t') {
            i += 1;
        }
        let vstart = i;
        let (value, quote, vend, content_span, end_of_entry) = match b.get(i) {
            Some(b'\'') => {
                let close = src[i + 1..].find('\'').map(|p| i + 1 + p);
                match close {
                    Some(c) => (
                        src[i + 1..c].to_string(),
                        Quote::Single,
                        c + 1,
                        Span::new(i + 1, c),
                        line_end(b, c + 1),
                    ),
                    None => {
                        let end = line_end(b, i);
                        out.errors.push(DotenvError {
                            message: "unterminated single-quoted value".into(),
                            span: Span::new(i, end),
                        });
                        (
                            src[i + 1..end].to_string(),
                            Quote::Single,
                            end,
                            Span::new(i + 1, end),
                            end,
                        )
                    }
                }
            }
            Some(b'"') => {
                let mut j = i + 1;
                let mut v = String::new();
                let mut closed = false;
                while j < b.len() {
                    match b[j] {
                        b'"' => {
                            closed = true;
                            break;
                        }
                        b'\\' if j + 1 < b.len() => {
                            match b[j + 1] {
                                b'n' => v.push('\n'),
                                b't' => v.push('\t'),
                                b'r' => v.push('\r'),
                                b'"' => v.push('"'),
                                b'\\' => v.push('\\'),
                                b'$' => v.push_str("\\$"),
                                _ => {
                                    // unknown escape: kept as written (a multi-byte char stays whole)
                                    let l = src[j + 1..]
                                        .chars()
                                        .next()
                                        .map(|c| c.len_utf8())
                                        .unwrap_or(1);
                                    v.push_str(&src[j..j + 1 + l]);
                                    j += 1 + l;
                                    continue;
                                }
                            }
                            j += 2;
                        }
                        _ => {
                            let l = src[j..].chars().next().map(|c| c.len_utf8()).unwrap_or(1);
                            v.push_str(&src[j..j + l]);
                            j += l;
                        }
                    }
                }
                if closed {
                    (
                        v,
                        Quote::Double,
                        j + 1,
                        Span::new(i + 1, j),
                        line_end(b, j + 1),
                    )
                } else {
                    let end = line_end(b, i);
                    out.errors.push(DotenvError {
                        message: "unterminated double-quoted value".into(),
                        span: Span::new(i, end),
                    });
                    (
                        src[i + 1..end].to_string(),
                        Quote::Double,
                        end,
                        Span::new(i + 1, end),
                        end,
                    )
                }
            }
            _ => {
                let end = line_end(b, i);
                let raw = &src[i..end];
                // inline comment: ` #` (a `#` preceded by whitespace)
                let cut = raw
                    .char_indices()
                    .find(|&(p, c)| c == '#' && p > 0 && raw[..p].ends_with([' ', '\t']))
                    .map(|(p, _)| p)
                    .unwrap_or(raw.len());
                let v = raw[..cut].trim_end();
                (
                    v.to_string(),
                    Quote::None,
                    i + v.len(),
                    Span::new(i, i + v.len()),
                    end,
                )
            }
        };
        // trailing garbage after a quoted value (other than a comment) is an error
        if quote != Quote::None {
            let rest = src[vend..end_of_entry].trim();
            if !rest.is_empty() && !rest.starts_with('#') {
                out.errors.push(DotenvError {
                    message: format!("unexpected `{}` after the quoted value", truncate(rest, 30)),
                    span: Span::new(vend, end_of_entry),
                });
            }
        }
        out.entries.push(Entry {
            key: key.to_string(),
            key_span,
            value,
            value_span: Span::new(vstart, vend),
            content_span,
            quote,
            exported,
            span: Span::new(line_start, end_of_entry),
        });
        i = next_line(b, end_of_entry);
    }
    out
}

fn line_end(b: &[u8], from: usize) -> usize {
    let mut j = from.min(b.len());
    while j < b.len() && b[j] != b'\n' {
        j += 1;
    }
    if j > from && b.get(j - 1) == Some(&b'\r') {
        j - 1
    } else {
        j
    }
}

fn next_line(b: &[u8], end: usize) -> usize {
    let mut j = end;
    while j < b.len() && b[j] != b'\n' {
        j += 1;
    }
    (j + 1).min(b.len().max(j))
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(n).collect::<String>())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms() {
        let src = "# comment\nA=1\nexport B = two words # trailing\nC='lit $X'\nD=\"line1\\nline2 ${A}\"\nE=\nF\nG: yaml-style\nH=\"multi\nline\"\nI=a#b\n";
        let env = parse(src);
        assert!(env.errors.is_empty(), "{:?}", env.errors);
        let get = |k: &str| env.get(k).unwrap();
        assert_eq!(get("A").value, "1");
        assert_eq!(get("B").value, "two words");
        assert!(get("B").exported);
        assert_eq!(get("C").value, "lit $X");
        assert!(!get("C").has_interpolation());
        assert_eq!(get("D").value, "line1\nline2 ${A}");
        assert!(get("D").has_interpolation());
        assert_eq!(get("E").value, "");
        assert_eq!(get("F").value, "");
        assert_eq!(get("G").value, "yaml-style");
        assert_eq!(get("H").value, "multi\nline");
        assert_eq!(get("I").value, "a#b");
        assert_eq!(get("B").content_span.slice(src), "two words");
        assert_eq!(get("C").value_span.slice(src), "'lit $X'");
        assert_eq!(env.comments.len(), 1);
    }

    #[test]
    fn errors_do_not_stop_parsing() {
        let env = parse("not a line\nA=\"open\nB=2\n=x\n");
        assert!(!env.errors.is_empty());
        // an unterminated double quote swallows nothing after its own line
        assert!(env.get("A").is_some());
        for s in [
            "",
            "=",
            "\"",
            "A='",
            "export",
            "A=\"\\",
            "\u{feff}A=1",
            "A=\r\n",
            "\0=\0",
        ] {
            let _ = parse(s);
        }
        assert_eq!(
            parse("\u{feff}A=1").get("A").map(|e| e.value.as_str()),
            Some("1")
        );
    }

    #[test]
    fn crlf() {
        let env = parse("A=1\r\nB=\"x\"\r\n");
        assert_eq!(env.get("A").unwrap().value, "1");
        assert_eq!(env.get("B").unwrap().value, "x");
        assert!(env.errors.is_empty());
    }
}
