//! What several nginx rules need to know about values: which variables a client controls, how an
//! `if` condition reads, which regex captures a directive can see and what they can hold, and what
//! a `set` variable expands to.
//!
//! Two facts of nginx's script engine shape these answers:
//! - `$uri`, `$document_uri` and the captures of a regex matched against them (`location ~`,
//!   `rewrite`) are URL-decoded: a `%0d%0a` in the request becomes CR LF in the value;
//! - `set`, `rewrite` and `if` run in the rewrite module, which re-escapes numbered captures (`$1`)
//!   when the request URI was escaped, so a `$1` copied by `set` no longer holds CR/LF. Named
//!   captures (`(?<name>...)`) are plain variables and are never re-escaped. PCRE's `.` does not
//!   match a line feed.

use super::Scope;
use crate::project::nginx::RDirective;
use std::collections::BTreeMap;

/// A `$name`, `${name}` or `$1` in a value: byte range and the name without `$`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VarRef {
    pub start: usize,
    pub end: usize,
    pub name: String,
}

/// Variable references in an nginx value.
pub fn var_refs(s: &str) -> Vec<VarRef> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'$' {
            i += 1;
            continue;
        }
        if b.get(i + 1) == Some(&b'{') {
            if let Some(e) = s[i + 2..].find('}') {
                let end = i + 2 + e + 1;
                out.push(VarRef {
                    start: i,
                    end,
                    name: s[i + 2..end - 1].to_string(),
                });
                i = end;
                continue;
            }
            i += 1;
            continue;
        }
        if b.get(i + 1).is_some_and(|c| c.is_ascii_digit()) {
            out.push(VarRef {
                start: i,
                end: i + 2,
                name: s[i + 1..i + 2].to_string(),
            });
            i += 2;
            continue;
        }
        let mut j = i + 1;
        while j < b.len() && (b[j].is_ascii_alphanumeric() || b[j] == b'_') {
            j += 1;
        }
        if j > i + 1 {
            out.push(VarRef {
                start: i,
                end: j,
                name: s[i + 1..j].to_string(),
            });
        }
        i = j.max(i + 1);
    }
    out
}

/// Variables whose whole value the client chooses (names without `$`). Written in lowercase as
/// nginx documents them; an UPPERCASE `$NAME` is an envsubst placeholder filled before start.
pub fn user_controlled(name: &str) -> bool {
    name.starts_with("arg_")
        || name.starts_with("http_")
        || name.starts_with("cookie_")
        || matches!(
            name,
            "host"
                | "request_uri"
                | "uri"
                | "document_uri"
                | "args"
                | "query_string"
                | "request_body"
                | "request"
                | "content_type"
                | "remote_user"
        )
}

/// Variables whose value always starts with `/` or `?`: in a URL they begin the path, so they end
/// the host part.
pub fn is_path_var(name: &str) -> bool {
    matches!(name, "request_uri" | "uri" | "document_uri" | "is_args")
}

/// Variables that hold the URL-decoded path (CR/LF included when the request had `%0d%0a`).
pub fn is_decoded_path_var(name: &str) -> bool {
    matches!(name, "uri" | "document_uri")
}

/// `if (left op right)` with nginx's own parenthesis stripping.
#[derive(Debug, Clone)]
pub struct IfCond<'a> {
    pub left: String,
    /// `~`, `~*`, `!~`, `!~*`, `=`, `!=`, `-f`... or empty for a bare variable.
    pub op: String,
    pub right: Option<String>,
    /// The argument holding `right` (for spans).
    pub right_arg: Option<&'a seaworthy_syntax::nginx::Arg>,
}

impl IfCond<'_> {
    /// The regex of a positive or negative regex match, and whether the match is case-insensitive.
    pub fn regex(&self) -> Option<(&str, bool)> {
        let r = self.right.as_deref()?;
        match self.op.as_str() {
            "~" | "!~" => Some((r, false)),
            "~*" | "!~*" => Some((r, true)),
            _ => None,
        }
    }

    /// A successful positive regex match (its captures are set).
    pub fn captures_on_match(&self) -> bool {
        matches!(self.op.as_str(), "~" | "~*")
    }
}

/// Parse an `if` directive's condition. nginx removes one `(` from the first argument and one `)`
/// from the last.
pub fn if_condition(d: &RDirective) -> Option<IfCond<'_>> {
    if d.name != "if" || d.args.is_empty() {
        return None;
    }
    let n = d.args.len();
    let mut parts: Vec<(String, usize)> = Vec::new();
    for (i, a) in d.args.iter().enumerate() {
        let mut t = a.text.as_str();
        if i == 0 {
            t = t.strip_prefix('(')?;
        }
        if i + 1 == n {
            t = t.strip_suffix(')')?;
        }
        if !t.is_empty() || a.quoted {
            parts.push((t.to_string(), i));
        }
    }
    let (left, _) = parts.first()?.clone();
    let (op, right, right_idx) = match parts.len() {
        1 => (String::new(), None, None),
        2 if parts[0].0.starts_with('-') || parts[0].0.starts_with("!-") => (
            parts[0].0.clone(),
            Some(parts[1].0.clone()),
            Some(parts[1].1),
        ),
        2 => return None,
        _ => (
            parts[1].0.clone(),
            Some(
                parts[2..]
                    .iter()
                    .map(|p| p.0.as_str())
                    .collect::<Vec<_>>()
                    .join(" "),
            ),
            Some(parts[2].1),
        ),
    };
    Some(IfCond {
        left,
        op,
        right,
        right_arg: right_idx.and_then(|i| d.args.get(i)),
    })
}

/// The regex of a `location ~ re` / `location ~* re` (also written `location ~re`), with whether
/// it is case-insensitive. `None` for prefix, exact and named locations.
pub fn location_regex(d: &RDirective) -> Option<(&str, bool)> {
    if d.name != "location" {
        return None;
    }
    match (d.arg(0)?, d.arg(1)) {
        ("~", Some(re)) => Some((re, false)),
        ("~*", Some(re)) => Some((re, true)),
        (m, None) if m.starts_with("~*") && m.len() > 2 => Some((&m[2..], true)),
        (m, None) if m.starts_with('~') && m.len() > 1 => Some((&m[1..], false)),
        _ => None,
    }
}

/// A capturing group of a PCRE pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Capture {
    /// 1-based group number (named groups are numbered too).
    pub index: usize,
    pub name: Option<String>,
    /// The group's pattern text.
    pub body: String,
}

/// Capturing groups of a PCRE pattern, in number order.
pub fn captures(re: &str) -> Vec<Capture> {
    let b = re.as_bytes();
    let mut out: Vec<Capture> = Vec::new();
    // stack of open groups: Some((index, name, body start)) for capturing ones
    let mut stack: Vec<Option<(usize, Option<String>, usize)>> = Vec::new();
    let mut next = 1;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            b'[' => i = class_end(b, i),
            b'(' => {
                if b.get(i + 1) == Some(&b'?') {
                    let rest = &re[i + 2..];
                    let named = rest
                        .strip_prefix("P<")
                        .or_else(|| {
                            rest.strip_prefix('<')
                                .filter(|r| !r.starts_with(['=', '!']))
                        })
                        .map(|r| (r, '>'))
                        .or_else(|| rest.strip_prefix('\'').map(|r| (r, '\'')));
                    if let Some((r, close)) = named {
                        if let Some(e) = r.find(close) {
                            let name = r[..e].to_string();
                            let body_start = re.len() - r.len() + e + 1;
                            stack.push(Some((next, Some(name), body_start)));
                            next += 1;
                            i = body_start;
                            continue;
                        }
                    }
                    stack.push(None);
                } else if b.get(i + 1) == Some(&b'*') {
                    // PCRE verbs `(*UTF)`: not a group
                    stack.push(None);
                } else {
                    stack.push(Some((next, None, i + 1)));
                    next += 1;
                }
                i += 1;
            }
            b')' => {
                if let Some(Some((index, name, start))) = stack.pop() {
                    out.push(Capture {
                        index,
                        name,
                        body: re.get(start..i).unwrap_or("").to_string(),
                    });
                }
                i += 1;
            }
            _ => i += 1,
        }
    }
    out.sort_by_key(|c| c.index);
    out
}

/// Index just past the `]` closing the class that starts at `start` (`[`).
fn class_end(b: &[u8], start: usize) -> usize {
    let mut i = start + 1;
    if b.get(i) == Some(&b'^') {
        i += 1;
    }
    // a `]` right after `[` or `[^` is a literal
    if b.get(i) == Some(&b']') {
        i += 1;
    }
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            b'[' if b.get(i + 1) == Some(&b':') => {
                // POSIX class `[:alpha:]`
                match b[i + 2..].windows(2).position(|w| w == b":]") {
                    Some(p) => i += 2 + p + 2,
                    None => i += 1,
                }
            }
            b']' => return i + 1,
            _ => i += 1,
        }
    }
    b.len()
}

/// Does the escape `\c` (as a class item) match `ch`? `None` when `c` is a literal escape.
fn escape_class(c: char, ch: char) -> Option<bool> {
    let space = matches!(ch, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c');
    let word = ch.is_ascii_alphanumeric() || ch == '_';
    let vert = matches!(ch, '\n' | '\r' | '\x0b' | '\x0c');
    Some(match c {
        'd' => ch.is_ascii_digit(),
        'D' => !ch.is_ascii_digit(),
        'w' => word,
        'W' => !word,
        's' => space,
        'S' => !space,
        'h' => matches!(ch, ' ' | '\t'),
        'H' => !matches!(ch, ' ' | '\t'),
        'v' => vert,
        'V' => !vert,
        'R' => vert,
        'N' => ch != '\n',
        'n' => ch == '\n',
        'r' => ch == '\r',
        't' => ch == '\t',
        'f' => ch == '\x0c',
        'e' => ch == '\x1b',
        'a' => ch == '\x07',
        _ => return None,
    })
}

/// `\xhh` or `\x{h..}` at `i` (pointing at `x`): the char and the index after it.
fn hex_escape(s: &str, i: usize) -> Option<(char, usize)> {
    let rest = s.get(i + 1..)?;
    if let Some(r) = rest.strip_prefix('{') {
        let e = r.find('}')?;
        let v = u32::from_str_radix(&r[..e], 16).ok()?;
        return Some((char::from_u32(v)?, i + 1 + 1 + e + 1));
    }
    let digits: String = rest
        .chars()
        .take(2)
        .take_while(|c| c.is_ascii_hexdigit())
        .collect();
    let v = u32::from_str_radix(&digits, 16).ok()?;
    Some((char::from_u32(v)?, i + 1 + digits.len()))
}

/// Does the class `[...]` spanning `start..end` match `ch`?
fn class_matches(s: &str, start: usize, end: usize, ch: char) -> bool {
    /// A class item: a char (and whether it was escaped, so `\-` is no range) or a set's verdict.
    #[derive(Clone, Copy, PartialEq)]
    enum Atom {
        Lit(char, bool),
        Set(bool),
    }
    let inner = s.get(start + 1..end.saturating_sub(1)).unwrap_or("");
    let (neg, inner) = match inner.strip_prefix('^') {
        Some(r) => (true, r),
        None => (false, inner),
    };
    let mut atoms = Vec::new();
    let mut i = 0;
    while i < inner.len() {
        let rest = &inner[i..];
        let Some(c) = rest.chars().next() else { break };
        if rest.starts_with("[:") {
            if let Some(e) = rest.find(":]") {
                let name = &rest[2..e];
                let (name, negp) = match name.strip_prefix('^') {
                    Some(n) => (n, true),
                    None => (name, false),
                };
                let m = match name {
                    "space" => matches!(ch, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c'),
                    "cntrl" => ch.is_ascii_control(),
                    "punct" => ch.is_ascii_punctuation(),
                    "graph" => ch.is_ascii_graphic(),
                    "print" => ch.is_ascii_graphic() || ch == ' ',
                    "alpha" => ch.is_ascii_alphabetic(),
                    "alnum" => ch.is_ascii_alphanumeric(),
                    "digit" => ch.is_ascii_digit(),
                    "word" => ch.is_ascii_alphanumeric() || ch == '_',
                    "xdigit" => ch.is_ascii_hexdigit(),
                    "upper" => ch.is_ascii_uppercase(),
                    "lower" => ch.is_ascii_lowercase(),
                    "blank" => matches!(ch, ' ' | '\t'),
                    _ => false,
                };
                atoms.push(Atom::Set(m != negp));
                i += e + 2;
                continue;
            }
        }
        if c != '\\' {
            atoms.push(Atom::Lit(c, false));
            i += c.len_utf8();
            continue;
        }
        let Some(e) = rest[1..].chars().next() else {
            atoms.push(Atom::Lit('\\', true));
            break;
        };
        if e == 'x' {
            if let Some((v, after)) = hex_escape(inner, i + 1) {
                atoms.push(Atom::Lit(v, true));
                i = after;
                continue;
            }
        }
        let lit = match e {
            'n' => Some('\n'),
            'r' => Some('\r'),
            't' => Some('\t'),
            'f' => Some('\x0c'),
            'e' => Some('\x1b'),
            'a' => Some('\x07'),
            _ => None,
        };
        match (lit, escape_class(e, ch)) {
            (Some(l), _) => atoms.push(Atom::Lit(l, true)),
            (None, Some(m)) => atoms.push(Atom::Set(m)),
            (None, None) => atoms.push(Atom::Lit(e, true)),
        }
        i += 1 + e.len_utf8();
    }
    let mut hit = false;
    let mut k = 0;
    while k < atoms.len() {
        match atoms[k] {
            Atom::Lit(lo, _)
                if atoms.get(k + 1) == Some(&Atom::Lit('-', false))
                    && matches!(atoms.get(k + 2), Some(Atom::Lit(..))) =>
            {
                if let Some(Atom::Lit(hi, _)) = atoms.get(k + 2) {
                    hit |= lo <= ch && ch <= *hi;
                }
                k += 3;
                continue;
            }
            Atom::Lit(c, _) => hit |= c == ch,
            Atom::Set(m) => hit |= m,
        }
        k += 1;
    }
    hit != neg
}

/// Can some string matched by the PCRE fragment `body` contain `ch`? `dotall` is the `s` flag.
/// Assertions and lookarounds consume nothing; a back-reference repeats what a group already
/// matched and adds nothing new.
pub fn can_contain(body: &str, ch: char, dotall: bool) -> bool {
    let b = body.as_bytes();
    let mut dotall = dotall;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\\' => {
                let Some(c) = body[i + 1..].chars().next() else {
                    return false;
                };
                if c == 'x' {
                    if let Some((v, after)) = hex_escape(body, i + 1) {
                        if v == ch {
                            return true;
                        }
                        i = after;
                        continue;
                    }
                }
                if c == 'Q' {
                    // literal text up to `\E`
                    let end = body[i + 2..].find("\\E").map_or(body.len(), |e| i + 2 + e);
                    if body[i + 2..end].contains(ch) {
                        return true;
                    }
                    i = (end + 2).min(body.len());
                    continue;
                }
                let m = match escape_class(c, ch) {
                    Some(m) => m,
                    None if c.is_ascii_alphanumeric() => false, // \b \B \A \z \G, back-references
                    None => c == ch,
                };
                if m {
                    return true;
                }
                i += 1 + c.len_utf8();
            }
            b'[' => {
                let end = class_end(b, i);
                if class_matches(body, i, end, ch) {
                    return true;
                }
                i = end;
            }
            b'.' => {
                if dotall || ch != '\n' {
                    return true;
                }
                i += 1;
            }
            b'(' if b.get(i + 1) == Some(&b'?') => {
                let rest = &body[i + 2..];
                if rest.starts_with(['=', '!']) || rest.starts_with("<=") || rest.starts_with("<!")
                {
                    // lookaround: skip to its closing parenthesis
                    i = group_end(b, i);
                    continue;
                }
                // inline flags `(?s)`, `(?is:`
                let flags: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_alphabetic() || *c == '-')
                    .collect();
                if !flags.is_empty() && !rest.starts_with("P<") {
                    let on = flags.split('-').next().unwrap_or("");
                    if on.contains('s') {
                        dotall = true;
                    }
                }
                i += 2;
            }
            b'{' => {
                // a quantifier `{2}`, `{1,3}` is structure; anything else is a literal `{`
                let q = body[i + 1..].find('}').map(|e| &body[i + 1..i + 1 + e]);
                match q {
                    Some(q)
                        if !q.is_empty() && q.chars().all(|c| c.is_ascii_digit() || c == ',') =>
                    {
                        i += q.len() + 2;
                    }
                    _ => {
                        if ch == '{' {
                            return true;
                        }
                        i += 1;
                    }
                }
            }
            b'(' | b')' | b'|' | b'*' | b'+' | b'?' | b'^' | b'$' => i += 1,
            _ => {
                let Some(c) = body[i..].chars().next() else {
                    return false;
                };
                if c == ch {
                    return true;
                }
                i += c.len_utf8();
            }
        }
    }
    false
}

/// Index just past the `)` closing the group opened at `start`.
fn group_end(b: &[u8], start: usize) -> usize {
    let mut depth = 0usize;
    let mut i = start;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            b'[' => i = class_end(b, i),
            b'(' => {
                depth += 1;
                i += 1;
            }
            b')' => {
                depth = depth.saturating_sub(1);
                i += 1;
                if depth == 0 {
                    return i;
                }
            }
            _ => i += 1,
        }
    }
    b.len()
}

/// Does the pattern turn on `s` (dot matches newline) for all of itself?
pub fn pattern_dotall(re: &str) -> bool {
    let r = re.trim_start_matches('^');
    r.starts_with("(?") && {
        let flags: String = r[2..]
            .chars()
            .take_while(|c| c.is_ascii_alphabetic())
            .collect();
        flags.contains('s') && r[2 + flags.len()..].starts_with(')')
    }
}

/// A regex whose captures a directive can see.
#[derive(Debug, Clone)]
pub struct CaptureSource<'a> {
    pub regex: String,
    /// What the regex ran on is the decoded URI (`location`, `rewrite`, `if ($uri ~ ...)`).
    pub decoded_subject: bool,
    /// Where it is written (for messages).
    pub directive: &'a RDirective,
}

/// Regexes whose captures are visible to `at` inside the innermost block of `chain` (server
/// first), in the order nginx evaluates them: `server_name`, locations, `if` conditions, then
/// the `rewrite`s written before `at` in the innermost block.
pub fn capture_sources<'a>(
    scope: &'a Scope,
    chain: &[&'a RDirective],
    at: &RDirective,
) -> Vec<CaptureSource<'a>> {
    let mut out = Vec::new();
    if let Some(server) = chain.first() {
        for sn in scope.level(server).filter(|d| d.name == "server_name") {
            for a in &sn.args {
                if let Some(re) = a.text.strip_prefix('~') {
                    out.push(CaptureSource {
                        regex: re.to_string(),
                        decoded_subject: false,
                        directive: sn,
                    });
                }
            }
        }
    }
    for b in chain.iter().skip(1) {
        if let Some((re, _)) = location_regex(b) {
            out.push(CaptureSource {
                regex: re.to_string(),
                decoded_subject: true,
                directive: b,
            });
        }
        if let Some(c) = if_condition(b) {
            if c.captures_on_match() {
                if let Some((re, _)) = c.regex() {
                    out.push(CaptureSource {
                        regex: re.to_string(),
                        decoded_subject: matches!(c.left.as_str(), "$uri" | "$document_uri"),
                        directive: b,
                    });
                }
            }
        }
    }
    if let Some(inner) = chain.last() {
        for d in scope.level(inner) {
            if std::ptr::eq(d, at) || d.span == at.span && d.file == at.file {
                break;
            }
            if d.name == "rewrite" {
                if let Some(re) = d.arg(0) {
                    out.push(CaptureSource {
                        regex: re.to_string(),
                        decoded_subject: true,
                        directive: d,
                    });
                }
            }
        }
    }
    out
}

/// The capture a `$1` / `$name` reference resolves to, with the regex it comes from.
pub fn resolve_capture<'a>(
    sources: &[CaptureSource<'a>],
    name: &str,
) -> Option<(Capture, CaptureSource<'a>)> {
    let numbered: Option<usize> = name.parse().ok();
    for src in sources.iter().rev() {
        let caps = captures(&src.regex);
        let hit = match numbered {
            Some(n) => caps.into_iter().find(|c| c.index == n),
            None => caps.into_iter().find(|c| c.name.as_deref() == Some(name)),
        };
        if let Some(c) = hit {
            return Some((c, src.clone()));
        }
    }
    None
}

/// Values a variable is given by `set` (anywhere in the scope) or by a `map` (every value,
/// `default` included), by variable name without `$`.
pub fn assignments(scope: &Scope) -> BTreeMap<String, Vec<(String, &RDirective)>> {
    let mut out: BTreeMap<String, Vec<(String, &RDirective)>> = BTreeMap::new();
    let mut all: Vec<&RDirective> = Vec::new();
    crate::project::nginx::walk(scope.http.as_slice(), &mut |d, _| all.push(d));
    crate::project::nginx::walk(std::slice::from_ref(&scope.server), &mut |d, _| all.push(d));
    for d in all {
        match d.name.as_str() {
            "set" => {
                if let (Some(v), Some(val)) = (d.arg(0), d.arg(1)) {
                    if let Some(n) = v.strip_prefix('$') {
                        out.entry(n.to_string())
                            .or_default()
                            .push((val.to_string(), d));
                    }
                }
            }
            "map" => {
                if let Some(n) = d.arg(1).and_then(|v| v.strip_prefix('$')) {
                    for e in d.kids() {
                        if matches!(e.name.as_str(), "hostnames" | "volatile" | "include") {
                            continue;
                        }
                        if let Some(val) = e.arg(0) {
                            out.entry(n.to_string())
                                .or_default()
                                .push((val.to_string(), d));
                        }
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// [`assignments`] as seen by a decoded-path check: the rewrite module re-escapes the numbered
/// captures `set` copies (when the request URI was escaped), so those are dropped from `set`
/// values. A `rewrite` earlier in the same block turns that escaping off for what follows, so
/// such a `set` keeps its captures; named captures and `$uri` are never re-escaped.
pub fn assignments_unescaped(scope: &Scope) -> BTreeMap<String, Vec<(String, &RDirective)>> {
    // `set`s that come after a `rewrite` in their block
    let mut after_rewrite: std::collections::BTreeSet<(
        crate::project::FileId,
        seaworthy_syntax::Span,
    )> = std::collections::BTreeSet::new();
    let mut mark = |ds: &[RDirective]| {
        let mut seen_rewrite = false;
        for d in ds {
            if d.name == "rewrite" {
                seen_rewrite = true;
            } else if d.name == "set" && seen_rewrite {
                after_rewrite.insert((d.file, d.span));
            }
        }
    };
    mark(scope.http.as_slice());
    mark(std::slice::from_ref(&scope.server));
    crate::project::nginx::walk(std::slice::from_ref(&scope.server), &mut |d, _| {
        if d.children.is_some() {
            mark(d.kids())
        }
    });
    assignments(scope)
        .into_iter()
        .map(|(k, vals)| {
            let vals = vals
                .into_iter()
                .map(|(v, d)| {
                    if d.name == "set" && !after_rewrite.contains(&(d.file, d.span)) {
                        (strip_numbered(&v), d)
                    } else {
                        (v, d)
                    }
                })
                .collect();
            (k, vals)
        })
        .collect()
}

/// `$1`..`$9` removed from a value.
fn strip_numbered(v: &str) -> String {
    let mut out = String::new();
    let mut last = 0;
    for r in var_refs(v) {
        if r.name.chars().all(|c| c.is_ascii_digit()) {
            out.push_str(&v[last..r.start]);
            last = r.end;
        }
    }
    out.push_str(&v[last..]);
    out
}

/// One way a value can read once `set`/`map` variables are replaced by what they are given,
/// with the variables replaced on the way (outermost first).
#[derive(Debug, Clone)]
pub struct Expansion<'a> {
    pub text: String,
    pub via: Vec<(String, &'a RDirective)>,
}

/// Expand `set`/`map` variables in `value` (a few levels deep, a bounded number of
/// alternatives). Variables with no assignment stay as written.
pub fn expand<'a>(
    value: &str,
    table: &BTreeMap<String, Vec<(String, &'a RDirective)>>,
) -> Vec<Expansion<'a>> {
    let mut out = vec![Expansion {
        text: value.to_string(),
        via: Vec::new(),
    }];
    for _ in 0..4 {
        let mut next = Vec::new();
        let mut changed = false;
        for e in &out {
            let refs = var_refs(&e.text);
            let Some(r) = refs
                .iter()
                .find(|r| table.contains_key(&r.name) && !e.via.iter().any(|(n, _)| *n == r.name))
            else {
                next.push(e.clone());
                continue;
            };
            changed = true;
            for (val, d) in table.get(&r.name).into_iter().flatten().take(8) {
                let mut via = e.via.clone();
                via.push((r.name.clone(), *d));
                next.push(Expansion {
                    text: format!("{}{}{}", &e.text[..r.start], val, &e.text[r.end..]),
                    via,
                });
            }
        }
        next.truncate(32);
        out = next;
        if !changed {
            break;
        }
    }
    out
}

/// Split a proxy target into the part naming the host and the rest (the URI part). A target
/// that is one variable (`$backend`) may carry scheme and host: all of it is the host part.
pub fn split_host(target: &str) -> (&str, &str) {
    let (prefix_len, rest) = match target.find("://") {
        Some(i) => (i + 3, &target[i + 3..]),
        None => (0, target),
    };
    let mut end = rest.find(['/', '?']).unwrap_or(rest.len());
    for r in var_refs(rest) {
        if r.start >= end {
            break;
        }
        if is_path_var(&r.name) && (r.start > 0 || prefix_len > 0) {
            end = r.start;
            break;
        }
    }
    let end = prefix_len + end;
    (&target[..end], &target[end..])
}

/// The `include`s in these directives the audit could not follow (a file outside the repository
/// may set what a rule looks for). nginx's stock `mime.types` and `*_params` files are not
/// counted.
pub fn opaque_include<'a>(ds: impl IntoIterator<Item = &'a RDirective>) -> Option<&'a RDirective> {
    ds.into_iter().find(|d| {
        d.name == "include"
            && d.arg(0).is_some_and(|a| {
                let n = a.rsplit('/').next().unwrap_or(a);
                !(n.ends_with(".types")
                    || n.ends_with("_params")
                    || n == "fastcgi.conf"
                    || a.contains("modules-enabled"))
            })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variables() {
        let v: Vec<String> = var_refs("http://$h${X}:1$1/$uri_x$")
            .into_iter()
            .map(|r| r.name)
            .collect();
        assert_eq!(v, ["h", "X", "1", "uri_x"]);
        assert!(var_refs("é$é").is_empty());
    }

    #[test]
    fn captures_are_numbered_like_pcre() {
        let c = captures(r"^/(?:a|b)/(?<t>[^/]+)/(\d+)\)(?P<x>.*)$");
        assert_eq!(c.len(), 3);
        assert_eq!(
            (c[0].index, c[0].name.as_deref(), c[0].body.as_str()),
            (1, Some("t"), "[^/]+")
        );
        assert_eq!((c[1].index, c[1].body.as_str()), (2, r"\d+"));
        assert_eq!((c[2].index, c[2].name.as_deref()), (3, Some("x")));
        assert!(captures(r"[(]\(").is_empty());
        for s in ["(", ")", "(?<", "(?P<x", "[", "\\", "(?'", "é(é)"] {
            let _ = captures(s);
        }
    }

    #[test]
    fn what_a_fragment_can_hold() {
        assert!(!can_contain(".*", '\n', false));
        assert!(can_contain(".*", '\r', false));
        assert!(can_contain(".*", '\n', true));
        assert!(can_contain("[^/]+", '\n', false));
        assert!(!can_contain("[^/]+", '/', false));
        assert!(can_contain(r"\W*", '\n', false));
        assert!(!can_contain(r"\w+", '.', false));
        assert!(!can_contain("[a-z0-9-]+", '.', false));
        assert!(can_contain("[a-z0-9.-]+", '.', false));
        assert!(!can_contain(r"[^\s]+", '\n', false));
        assert!(can_contain(r"[\s]", '\r', false));
        assert!(!can_contain(r"\d{2,3}", '.', false));
        assert!(can_contain(r"a\.b", '.', false));
        assert!(!can_contain(r"(?=.*)\d", '.', false));
        assert!(can_contain(r"[[:space:]]", '\n', false));
        assert!(!can_contain(r"[^[:space:]]", '\n', false));
        assert!(can_contain(r"[\x00-\x1f]", '\n', false));
        for s in ["[", "\\", "(?", "{", "[a-", "[\\x", "\\x{zz}", "é[é-]"] {
            let _ = can_contain(s, '\n', false);
        }
    }

    #[test]
    fn host_and_uri_parts() {
        assert_eq!(
            split_host("http://$h$request_uri"),
            ("http://$h", "$request_uri")
        );
        assert_eq!(
            split_host("http://api:8000/x/$1"),
            ("http://api:8000", "/x/$1")
        );
        assert_eq!(split_host("$backend"), ("$backend", ""));
        assert_eq!(split_host("http://$1"), ("http://$1", ""));
        assert_eq!(
            split_host("http://b$uri$is_args$args"),
            ("http://b", "$uri$is_args$args")
        );
    }
}

/// The template branch a byte offset of a template file sits in: the condition of the innermost
/// open `{{ if ... }}` / `{{ else if ... }}` (Go templates) or `{% if %}` / `{% elif %}` (Jinja)
/// before it, `None` outside any branch. A directive in such a branch is one of the choices the
/// template offers, not what every rendering gets.
pub fn template_branch(text: &str, offset: usize) -> Option<String> {
    let upto = text.get(..offset.min(text.len()))?;
    let mut stack: Vec<String> = Vec::new();
    let mut rest = upto;
    while let Some(open) = rest.find(['{']) {
        let tag = &rest[open..];
        let (close_pat, body_start) = if tag.starts_with("{{") {
            ("}}", 2)
        } else if tag.starts_with("{%") {
            ("%}", 2)
        } else {
            rest = &rest[open + 1..];
            continue;
        };
        let Some(end) = tag.find(close_pat) else {
            break;
        };
        let body =
            tag[body_start..end].trim_matches(|c: char| c == '-' || c == '+' || c.is_whitespace());
        let word = body.split_whitespace().next().unwrap_or("");
        match word {
            "if" | "range" | "with" | "for" | "block" | "define" => {
                stack.push(body.to_string());
            }
            "else" | "elif" => {
                if let Some(top) = stack.last_mut() {
                    *top = body.to_string();
                }
            }
            "end" | "endif" | "endfor" | "endblock" | "endwith" => {
                stack.pop();
            }
            _ => {}
        }
        rest = &tag[end + 2..];
    }
    stack
        .into_iter()
        .rev()
        .find(|c| c.starts_with("if") || c.starts_with("else") || c.starts_with("elif"))
}

#[cfg(test)]
mod template_tests {
    use super::template_branch;

    #[test]
    fn branches_of_go_and_jinja_templates() {
        let go = "{{ if eq .p \"Modern\" }}\nssl_protocols TLSv1.3;\n{{- else if eq .p \"Old\" }}\nssl_protocols TLSv1 TLSv1.2;\n{{ end }}\nssl_protocols TLSv1.2;\n";
        let at = |n: &str| go.find(n).unwrap();
        assert_eq!(
            template_branch(go, at("TLSv1 ")).as_deref(),
            Some("else if eq .p \"Old\"")
        );
        assert_eq!(template_branch(go, go.rfind("TLSv1.2;").unwrap()), None);
        let j = "{% if legacy %}\nssl_protocols TLSv1;\n{% endif %}\n";
        assert_eq!(
            template_branch(j, j.find("TLSv1").unwrap()).as_deref(),
            Some("if legacy")
        );
    }
}

/// Any of `needles` (lowercase ASCII) in `haystack`, ignoring ASCII case: what
/// `haystack.to_ascii_lowercase().contains(needle)` says for each, without the copy and a
/// substring searcher per needle (rules ask it of each of 50,000 locations).
pub fn contains_any_ci(haystack: &str, needles: &[&str]) -> bool {
    let h = haystack.as_bytes();
    needles.iter().any(|k| {
        let k = k.as_bytes();
        k.is_empty() || h.windows(k.len()).any(|w| w.eq_ignore_ascii_case(k))
    })
}
