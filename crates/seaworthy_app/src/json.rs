//! A small, total JSON reader with byte spans (for `package.json`). Depth-bounded; on an error it
//! keeps what it read so far.

use seaworthy_syntax::Span;

const MAX_DEPTH: usize = 64;
const MAX_ITEMS: usize = 100_000;

#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Num(String),
    Str(String),
    Arr(Vec<Node>),
    Obj(Vec<(Node, Node)>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub span: Span,
    pub value: Json,
}

impl Node {
    pub fn get(&self, key: &str) -> Option<&Node> {
        match &self.value {
            Json::Obj(entries) => entries
                .iter()
                .rev()
                .find(|(k, _)| matches!(&k.value, Json::Str(s) if s == key))
                .map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match &self.value {
            Json::Str(s) => Some(s),
            _ => None,
        }
    }

    pub fn entries(&self) -> &[(Node, Node)] {
        match &self.value {
            Json::Obj(e) => e,
            _ => &[],
        }
    }
}

struct P<'a> {
    b: &'a [u8],
    s: &'a str,
    i: usize,
    items: usize,
}

/// Parse a JSON document; `None` when not even the first value could be read.
pub fn parse(text: &str) -> Option<Node> {
    // a byte-order mark is skipped, spans stay offsets into `text`
    let mut p = P {
        b: text.as_bytes(),
        s: text,
        i: if text.starts_with('\u{feff}') { 3 } else { 0 },
        items: 0,
    };
    p.ws();
    p.value(0)
}

impl P<'_> {
    fn ws(&mut self) {
        while let Some(c) = self.b.get(self.i) {
            if c.is_ascii_whitespace() {
                self.i += 1;
            } else {
                break;
            }
        }
    }

    fn value(&mut self, depth: usize) -> Option<Node> {
        if depth > MAX_DEPTH {
            return None;
        }
        self.items += 1;
        if self.items > MAX_ITEMS {
            return None;
        }
        let start = self.i;
        let c = *self.b.get(self.i)?;
        let value = match c {
            b'{' => {
                self.i += 1;
                let mut entries = Vec::new();
                loop {
                    self.ws();
                    match self.b.get(self.i) {
                        Some(b'}') => {
                            self.i += 1;
                            break;
                        }
                        Some(b',') => {
                            self.i += 1;
                            continue;
                        }
                        Some(b'"') => {
                            let Some(k) = self.value(depth + 1) else {
                                break;
                            };
                            self.ws();
                            if self.b.get(self.i) != Some(&b':') {
                                break;
                            }
                            self.i += 1;
                            self.ws();
                            let Some(v) = self.value(depth + 1) else {
                                break;
                            };
                            entries.push((k, v));
                        }
                        _ => break,
                    }
                }
                Json::Obj(entries)
            }
            b'[' => {
                self.i += 1;
                let mut items = Vec::new();
                loop {
                    self.ws();
                    match self.b.get(self.i) {
                        Some(b']') => {
                            self.i += 1;
                            break;
                        }
                        Some(b',') => {
                            self.i += 1;
                            continue;
                        }
                        Some(_) => {
                            let Some(v) = self.value(depth + 1) else {
                                break;
                            };
                            items.push(v);
                        }
                        None => break,
                    }
                }
                Json::Arr(items)
            }
            b'"' => Json::Str(self.string()?),
            b't' if self.b[self.i..].starts_with(b"true") => {
                self.i += 4;
                Json::Bool(true)
            }
            b'f' if self.b[self.i..].starts_with(b"false") => {
                self.i += 5;
                Json::Bool(false)
            }
            b'n' if self.b[self.i..].starts_with(b"null") => {
                self.i += 4;
                Json::Null
            }
            b'-' | b'0'..=b'9' => {
                while self.b.get(self.i).is_some_and(|c| {
                    c.is_ascii_digit() || matches!(c, b'-' | b'+' | b'.' | b'e' | b'E')
                }) {
                    self.i += 1;
                }
                Json::Num(self.s.get(start..self.i).unwrap_or("").to_string())
            }
            _ => return None,
        };
        Some(Node {
            span: Span::new(start, self.i),
            value,
        })
    }

    fn string(&mut self) -> Option<String> {
        self.i += 1;
        let mut out = String::new();
        loop {
            let rest = self.s.get(self.i..)?;
            let stop = rest.find(['"', '\\'])?;
            out.push_str(rest.get(..stop)?);
            self.i += stop;
            match self.b.get(self.i)? {
                b'"' => {
                    self.i += 1;
                    return Some(out);
                }
                _ => {
                    let e = *self.b.get(self.i + 1)?;
                    self.i += 2;
                    match e {
                        b'n' => out.push('\n'),
                        b't' => out.push('\t'),
                        b'r' => out.push('\r'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'u' => {
                            let hex = self.s.get(self.i..self.i + 4)?;
                            let cp = u32::from_str_radix(hex, 16).ok()?;
                            out.push(char::from_u32(cp).unwrap_or('\u{fffd}'));
                            self.i += 4;
                        }
                        other => {
                            // '"', '\\', '/' and anything else: the character itself
                            if other.is_ascii() {
                                out.push(other as char);
                            } else {
                                // a backslash before a multi-byte char: step back to its boundary
                                self.i -= 1;
                            }
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_and_values() {
        let t = "{\"a\": [1, true, null], \"b\": {\"c\": \"x\\\"y\\u00e9\"}}";
        let n = parse(t).unwrap();
        let c = n.get("b").unwrap().get("c").unwrap();
        assert_eq!(c.as_str(), Some("x\"y\u{e9}"));
        assert_eq!(&t[c.span.range()], "\"x\\\"y\\u00e9\"");
        assert!(matches!(n.get("a").unwrap().value, Json::Arr(ref v) if v.len() == 3));
    }

    #[test]
    fn total_on_garbage() {
        for s in [
            "",
            "{",
            "{\"a\"",
            "{\"a\":",
            "[[[[",
            "\"\\",
            "\"\\u12",
            "{\"\u{e9}\\\u{e9}\": 1}",
            "-",
            "nul",
            "{\"a\":1,,}",
        ] {
            let _ = parse(s);
        }
        let deep = "[".repeat(100_000);
        assert!(parse(&deep).is_some() || parse(&deep).is_none());
    }
}
