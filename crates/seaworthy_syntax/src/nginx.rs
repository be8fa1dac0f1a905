//! nginx configuration: a hand-written lexer and block tree with byte spans.
//!
//! The grammar is nginx's own: a directive is a name, arguments, and either `;` or a `{ ... }`
//! block. Arguments may be quoted (`"..."`, `'...'`, with `\` escapes), contain variables
//! (`$host`, `${VAR}` kept as written) and regexes (`~* \.(js|css)$`). envsubst templates
//! (`${VAR}`) and jinja/go templates (`{{ ... }}`, `{% ... %}` lines) are not errors: placeholders
//! become opaque words and template statement lines are skipped. Parsing is total: unbalanced
//! braces, a missing `;` and unterminated quotes become [`ParseError`]s and parsing goes on.

use crate::span::Span;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Arg {
    /// Text with quotes and escapes removed.
    pub text: String,
    pub span: Span,
    pub quoted: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Directive {
    pub name: String,
    pub name_span: Span,
    pub args: Vec<Arg>,
    /// From the name to the `;` or the closing `}`.
    pub span: Span,
    /// `Some` for block directives (`server { ... }`).
    pub block: Option<Block>,
}

impl Directive {
    pub fn arg(&self, i: usize) -> Option<&str> {
        self.args.get(i).map(|a| a.text.as_str())
    }

    /// Arguments joined by spaces (for messages and loose matching).
    pub fn args_text(&self) -> String {
        self.args
            .iter()
            .map(|a| a.text.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    }

    pub fn children(&self) -> &[Directive] {
        self.block
            .as_ref()
            .map(|b| b.children.as_slice())
            .unwrap_or(&[])
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// From `{` to `}` inclusive.
    pub span: Span,
    pub children: Vec<Directive>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub message: String,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Config {
    pub directives: Vec<Directive>,
    /// Comments: (text after `#`, span).
    pub comments: Vec<(String, Span)>,
    pub errors: Vec<ParseError>,
    /// Template placeholders or statements were seen (`{{ }}`, `{% %}`).
    pub is_template: bool,
}

impl Config {
    /// Depth-first walk over every directive with its parents (outermost first).
    pub fn walk<'a>(&'a self, f: &mut dyn FnMut(&'a Directive, &[&'a Directive])) {
        fn go<'a>(
            ds: &'a [Directive],
            stack: &mut Vec<&'a Directive>,
            f: &mut dyn FnMut(&'a Directive, &[&'a Directive]),
        ) {
            for d in ds {
                f(d, stack);
                if let Some(b) = &d.block {
                    stack.push(d);
                    go(&b.children, stack, f);
                    stack.pop();
                }
            }
        }
        go(&self.directives, &mut Vec::new(), f);
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Tok {
    Word(Arg),
    Semi(usize),
    Open(usize),
    Close(usize),
}

struct Lexer<'a> {
    src: &'a str,
    b: &'a [u8],
    i: usize,
    comments: Vec<(String, Span)>,
    errors: Vec<ParseError>,
    is_template: bool,
}

impl<'a> Lexer<'a> {
    fn new(src: &'a str) -> Self {
        let i = if src.starts_with('\u{feff}') { 3 } else { 0 };
        Lexer {
            src,
            b: src.as_bytes(),
            i,
            comments: Vec::new(),
            errors: Vec::new(),
            is_template: false,
        }
    }

    fn char_len(&self, i: usize) -> usize {
        self.src[i..]
            .chars()
            .next()
            .map(|c| c.len_utf8())
            .unwrap_or(1)
    }

    fn at_line_start(&self, i: usize) -> bool {
        self.src[..i]
            .rsplit('\n')
            .next()
            .is_none_or(|l| l.trim().is_empty())
    }

    fn next(&mut self) -> Option<Tok> {
        loop {
            while self.i < self.b.len() && (self.b[self.i] as char).is_ascii_whitespace() {
                self.i += 1;
            }
            if self.i >= self.b.len() {
                return None;
            }
            let c = self.b[self.i];
            match c {
                b'#' => {
                    let start = self.i;
                    let end = self.src[start..]
                        .find('\n')
                        .map(|e| start + e)
                        .unwrap_or(self.b.len());
                    self.comments.push((
                        self.src[start + 1..end].trim().to_string(),
                        Span::new(start, end),
                    ));
                    self.i = end;
                }
                b';' => {
                    self.i += 1;
                    return Some(Tok::Semi(self.i - 1));
                }
                b'{' if self.b.get(self.i + 1) == Some(&b'%')
                    || (self.b.get(self.i + 1) == Some(&b'#') && self.at_line_start(self.i)) =>
                {
                    // jinja statement/comment: skip to its end
                    self.is_template = true;
                    let close = if self.b[self.i + 1] == b'%' {
                        "%}"
                    } else {
                        "#}"
                    };
                    self.i = self.src[self.i + 2..]
                        .find(close)
                        .map(|e| self.i + 2 + e + 2)
                        .unwrap_or(self.b.len());
                }
                b'{' if self.b.get(self.i + 1) == Some(&b'{') => {
                    // a line that is only `{{ ... }}` is a template statement (go templates:
                    // `{{ if }}`, `{{ end }}`); inside a directive it is a placeholder word
                    if self.at_line_start(self.i) {
                        if let Some(e) = self.src[self.i + 2..].find("}}") {
                            let end = self.i + 2 + e + 2;
                            let rest = self.src[end..].split('\n').next().unwrap_or("");
                            if rest.trim().is_empty() {
                                self.is_template = true;
                                self.i = end;
                                continue;
                            }
                        }
                    }
                    return Some(self.word());
                }
                b'{' => {
                    self.i += 1;
                    return Some(Tok::Open(self.i - 1));
                }
                b'}' => {
                    self.i += 1;
                    return Some(Tok::Close(self.i - 1));
                }
                _ => return Some(self.word()),
            }
        }
    }

    fn word(&mut self) -> Tok {
        let start = self.i;
        let mut text = String::new();
        let mut quoted = false;
        while self.i < self.b.len() {
            let c = self.b[self.i];
            match c {
                b' ' | b'\t' | b'\n' | b'\r' | b';' => break,
                b'{' if self.b.get(self.i + 1) == Some(&b'{') => {
                    self.is_template = true;
                    let end = self.src[self.i + 2..]
                        .find("}}")
                        .map(|e| self.i + 2 + e + 2)
                        .unwrap_or(self.b.len());
                    text.push_str(&self.src[self.i..end]);
                    self.i = end;
                }
                b'{' | b'}' => break,
                b'$' if self.b.get(self.i + 1) == Some(&b'{') => {
                    let end = self.src[self.i + 2..]
                        .find('}')
                        .map(|e| self.i + 2 + e + 1)
                        .unwrap_or(self.b.len());
                    text.push_str(&self.src[self.i..end]);
                    self.i = end;
                }
                b'"' | b'\'' if self.i == start || quoted => {
                    quoted = true;
                    let q = c;
                    self.i += 1;
                    let mut closed = false;
                    while self.i < self.b.len() {
                        let d = self.b[self.i];
                        if d == b'\\' && self.i + 1 < self.b.len() {
                            let l = self.char_len(self.i + 1);
                            let next = &self.src[self.i + 1..self.i + 1 + l];
                            if next == "\"" || next == "'" || next == "\\" {
                                text.push_str(next);
                            } else {
                                text.push('\\');
                                text.push_str(next);
                            }
                            self.i += 1 + l;
                            continue;
                        }
                        if d == q {
                            self.i += 1;
                            closed = true;
                            break;
                        }
                        let l = self.char_len(self.i);
                        text.push_str(&self.src[self.i..self.i + l]);
                        self.i += l;
                    }
                    if !closed {
                        self.errors.push(ParseError {
                            message: "unterminated quoted string".into(),
                            span: Span::new(start, self.i),
                        });
                    }
                }
                b'\\' if self.i + 1 < self.b.len() => {
                    let l = self.char_len(self.i + 1);
                    text.push_str(&self.src[self.i..self.i + 1 + l]);
                    self.i += 1 + l;
                }
                _ => {
                    let l = self.char_len(self.i);
                    text.push_str(&self.src[self.i..self.i + l]);
                    self.i += l;
                }
            }
        }
        if self.i == start {
            // cannot happen for valid input; advance to stay total
            self.i += self.char_len(self.i);
        }
        Tok::Word(Arg {
            text,
            span: Span::new(start, self.i),
            quoted,
        })
    }
}

/// Parse an nginx configuration file. Total.
pub fn parse(src: &str) -> Config {
    let mut lx = Lexer::new(src);
    let mut toks = Vec::new();
    while let Some(t) = lx.next() {
        toks.push(t);
        if toks.len() > 2_000_000 {
            break;
        }
    }
    let mut p = Parser {
        toks,
        pos: 0,
        errors: Vec::new(),
        src_len: src.len(),
    };
    let directives = p.block(None, 0);
    let mut errors = lx.errors;
    errors.extend(p.errors);
    Config {
        directives,
        comments: lx.comments,
        errors,
        is_template: lx.is_template,
    }
}

struct Parser {
    toks: Vec<Tok>,
    pos: usize,
    errors: Vec<ParseError>,
    src_len: usize,
}

const MAX_DEPTH: usize = 64;

impl Parser {
    /// Parse directives until the matching `}` (when `open` is `Some`) or the end.
    fn block(&mut self, open: Option<usize>, depth: usize) -> Vec<Directive> {
        let mut out = Vec::new();
        loop {
            let Some(tok) = self.toks.get(self.pos).cloned() else {
                if let Some(o) = open {
                    self.errors.push(ParseError {
                        message: "unclosed block: missing `}`".into(),
                        span: Span::new(o, o + 1),
                    });
                }
                return out;
            };
            match tok {
                Tok::Close(at) => {
                    self.pos += 1;
                    if open.is_some() {
                        return out;
                    }
                    self.errors.push(ParseError {
                        message: "unexpected `}`".into(),
                        span: Span::new(at, at + 1),
                    });
                }
                Tok::Semi(at) => {
                    self.pos += 1;
                    self.errors.push(ParseError {
                        message: "unexpected `;`".into(),
                        span: Span::new(at, at + 1),
                    });
                }
                Tok::Open(at) => {
                    // a block without a name: parse and discard its contents
                    self.pos += 1;
                    self.errors.push(ParseError {
                        message: "block without a directive name".into(),
                        span: Span::new(at, at + 1),
                    });
                    if depth >= MAX_DEPTH {
                        // recursion stays bounded however deep the braces go
                        self.skip_block();
                    } else {
                        let _ = self.block(Some(at), depth + 1);
                    }
                }
                Tok::Word(name) => {
                    self.pos += 1;
                    let mut args = Vec::new();
                    loop {
                        match self.toks.get(self.pos).cloned() {
                            Some(Tok::Word(a)) => {
                                self.pos += 1;
                                args.push(a);
                            }
                            Some(Tok::Semi(at)) => {
                                self.pos += 1;
                                out.push(Directive {
                                    span: Span::new(name.span.start as usize, at + 1),
                                    name: name.text,
                                    name_span: name.span,
                                    args,
                                    block: None,
                                });
                                break;
                            }
                            Some(Tok::Open(at)) => {
                                self.pos += 1;
                                let children = if depth >= MAX_DEPTH {
                                    self.errors.push(ParseError {
                                        message: format!("blocks nested deeper than {MAX_DEPTH}"),
                                        span: Span::new(at, at + 1),
                                    });
                                    self.skip_block();
                                    Vec::new()
                                } else {
                                    self.block(Some(at), depth + 1)
                                };
                                let end = match self.toks.get(self.pos.saturating_sub(1)) {
                                    Some(Tok::Close(c)) => c + 1,
                                    _ => self.src_len,
                                };
                                out.push(Directive {
                                    span: Span::new(name.span.start as usize, end),
                                    name: name.text,
                                    name_span: name.span,
                                    args,
                                    block: Some(Block {
                                        span: Span::new(at, end),
                                        children,
                                    }),
                                });
                                break;
                            }
                            Some(Tok::Close(_)) | None => {
                                let end = args
                                    .last()
                                    .map(|a| a.span.end as usize)
                                    .unwrap_or(name.span.end as usize);
                                self.errors.push(ParseError {
                                    message: format!(
                                        "directive `{}` is not terminated by `;`",
                                        truncate(&name.text, 40)
                                    ),
                                    span: Span::new(name.span.start as usize, end),
                                });
                                out.push(Directive {
                                    span: Span::new(name.span.start as usize, end),
                                    name: name.text,
                                    name_span: name.span,
                                    args,
                                    block: None,
                                });
                                break;
                            }
                        }
                    }
                }
            }
        }
    }

    fn skip_block(&mut self) {
        let mut depth = 1usize;
        while let Some(t) = self.toks.get(self.pos) {
            self.pos += 1;
            match t {
                Tok::Open(_) => depth += 1,
                Tok::Close(_) => {
                    depth -= 1;
                    if depth == 0 {
                        return;
                    }
                }
                _ => {}
            }
        }
    }
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(n).collect::<String>())
    }
}

/// Parse an nginx size (`10m`, `2G`, `512k`, `0`) into bytes.
pub fn parse_size(s: &str) -> Option<u64> {
    let t = s.trim();
    let (num, mult) = match t.chars().last()? {
        'k' | 'K' => (&t[..t.len() - 1], 1024u64),
        'm' | 'M' => (&t[..t.len() - 1], 1024 * 1024),
        'g' | 'G' => (&t[..t.len() - 1], 1024 * 1024 * 1024),
        _ => (t, 1),
    };
    num.parse::<u64>().ok().map(|n| n.saturating_mul(mult))
}

/// Parse an nginx time (`60s`, `1h`, `86400`, `5m`) into seconds.
pub fn parse_time(s: &str) -> Option<u64> {
    let t = s.trim();
    let mut total = 0u64;
    let mut num = String::new();
    for c in t.chars() {
        if c.is_ascii_digit() {
            num.push(c);
            continue;
        }
        let n: u64 = num.parse().ok()?;
        num.clear();
        // saturating: a huge value (`99999999999999999999w`) is "forever", not a wrapped small one
        let unit: u64 = match c {
            's' => 1,
            'm' => 60,
            'h' => 3600,
            'd' => 86_400,
            'w' => 604_800,
            _ => return None,
        };
        total = total.saturating_add(n.saturating_mul(unit));
    }
    if !num.is_empty() {
        total = total.saturating_add(num.parse::<u64>().ok()?);
    }
    Some(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_blocks_and_args() {
        let src = "events {}\nhttp {\n  # c\n  upstream api { server api:8000; }\n  server {\n    listen 80;\n    location ~* \\.(js|css)$ { expires 7d; }\n    add_header X-Frame-Options \"SAMEORIGIN\" always;\n  }\n}\n";
        let c = parse(src);
        assert!(c.errors.is_empty(), "{:?}", c.errors);
        assert_eq!(c.directives.len(), 2);
        let http = &c.directives[1];
        assert_eq!(http.name, "http");
        let server = &http.children()[1];
        assert_eq!(server.children()[1].args[1].text, "\\.(js|css)$");
        let ah = &server.children()[2];
        assert_eq!(ah.args[1].text, "SAMEORIGIN");
        assert!(ah.args[1].quoted);
        assert_eq!(ah.args[1].span.slice(src), "\"SAMEORIGIN\"");
        assert_eq!(c.comments.len(), 1);
        let mut n = 0;
        c.walk(&mut |_, _| n += 1);
        assert_eq!(n, 9);
    }

    #[test]
    fn templates_are_not_errors() {
        let src = "server {\n  listen ${NGINX_PORT};\n  server_name {{ domain }};\n  {% if ssl %}\n  listen 443 ssl;\n  {% endif %}\n  {{- if .Cert }}\n  location / { proxy_pass http://${UPSTREAM}; }\n  {{ end }}\n}\n";
        let c = parse(src);
        assert!(c.errors.is_empty(), "{:?}", c.errors);
        assert!(c.is_template);
        let s = &c.directives[0];
        assert_eq!(s.children()[0].args[0].text, "${NGINX_PORT}");
        assert_eq!(s.children()[1].args[0].text, "{{ domain }}");
        assert_eq!(s.children().len(), 4);
    }

    #[test]
    fn errors_and_recovery() {
        let c = parse("server {\n listen 80\n}\nhttp { server { }\n");
        assert!(c
            .errors
            .iter()
            .any(|e| e.message.contains("not terminated")));
        assert!(c.errors.iter().any(|e| e.message.contains("unclosed")));
        let c = parse("}\nlisten 80;\n");
        assert_eq!(c.errors.len(), 1);
        assert_eq!(c.directives.len(), 1);
        for s in [
            "",
            "{",
            "}",
            ";",
            "\"",
            "a \"b",
            "a 'b",
            "${",
            "{{",
            "{%",
            "x {{{",
            "\\",
            "é { é; }",
            "\0\0",
        ] {
            let _ = parse(s);
        }
        let deep = "a {".repeat(200);
        let c = parse(&deep);
        assert!(!c.errors.is_empty());
    }

    #[test]
    fn deep_nesting_is_bounded() {
        for src in [
            format!("{}{}", "{ ".repeat(100_000), "} ".repeat(100_000)),
            format!("{}{}", "location / {".repeat(100_000), "}".repeat(100_000)),
            "{ a {".repeat(50_000),
        ] {
            let c = parse(&src);
            assert!(!c.errors.is_empty());
            let mut n = 0;
            c.walk(&mut |_, _| n += 1);
            assert!(n <= 100_000);
        }
    }

    #[test]
    fn sizes_and_times() {
        assert_eq!(parse_size("10m"), Some(10 * 1024 * 1024));
        assert_eq!(parse_size("2G"), Some(2 * 1024 * 1024 * 1024));
        assert_eq!(parse_size("0"), Some(0));
        assert_eq!(parse_size("x"), None);
        assert_eq!(parse_time("1h30m"), Some(5400));
        assert_eq!(parse_time("86400"), Some(86400));
        assert_eq!(parse_time("60s"), Some(60));
    }
}
