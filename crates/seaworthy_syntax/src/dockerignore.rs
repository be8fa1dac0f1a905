//! `.dockerignore` with moby's pattern-matcher semantics (not gitignore's):
//!
//! - every pattern is anchored at the context root (`foo` is `./foo` only; `*.pyc` matches only
//!   root-level files; use `**/*.pyc` for any depth), a leading `/` is ignored;
//! - `*` and `?` do not cross `/`, `**` matches any number of directories, `[...]` classes work;
//! - a pattern that matches a directory excludes everything below it (parent-directory match);
//! - `!pattern` re-includes; the last matching line wins;
//! - lines are trimmed, `#` starts a comment only at the beginning of a line, `.` and `..` are
//!   cleaned like Go's `filepath.Clean`.

use crate::span::Span;

#[derive(Debug, Clone)]
pub struct Pattern {
    /// The cleaned pattern text (without `!`).
    pub text: String,
    pub exclusion: bool,
    pub span: Span,
    /// The compiled pattern; `None` when it is invalid (an unclosed `[`), then it matches nothing.
    glob: Option<Glob>,
}

#[derive(Debug, Clone, Default)]
pub struct Dockerignore {
    pub patterns: Vec<Pattern>,
}

fn clean(p: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    for c in p.split('/') {
        match c {
            "" | "." => {}
            ".." => {
                out.pop();
            }
            c => out.push(c),
        }
    }
    out.join("/")
}

/// Longest path the matcher looks at: no file system holds a longer one (Linux `PATH_MAX`), and
/// it keeps the matching cost bounded (see [`Glob::matches_or_parent`]).
const MAX_PATH_BYTES: usize = 4096;

/// One step of a compiled pattern. The semantics are those of the regular expression moby builds
/// from the pattern, matched without backtracking (see [`Glob::matches_or_parent`]).
#[derive(Debug, Clone, PartialEq, Eq)]
enum Token {
    /// One literal character.
    Lit(char),
    /// `?`: one character other than `/`.
    One,
    /// `[...]`: one character in (or, negated, not in) the ranges.
    Class {
        negated: bool,
        ranges: Vec<(char, char)>,
    },
    /// `*`: any run of characters other than `/`.
    Star,
    /// `**` not followed by `/`: any run of characters.
    Any,
    /// `**/`: nothing, or any run of characters ending with `/` (zero or more directories).
    Dirs,
}

impl Token {
    /// Can this token match the empty string?
    fn nullable(&self) -> bool {
        matches!(self, Token::Star | Token::Any | Token::Dirs)
    }

    fn accepts(&self, c: char) -> bool {
        match self {
            Token::Lit(l) => *l == c,
            Token::One => c != '/',
            Token::Class { negated, ranges } => {
                ranges.iter().any(|(lo, hi)| (*lo..=*hi).contains(&c)) != *negated
            }
            Token::Star => c != '/',
            Token::Any | Token::Dirs => true,
        }
    }
}

/// A pattern compiled to a token list, matched by simulating its automaton over the path: the
/// set of tokens reached so far advances one character at a time, so a match costs at most
/// (path length × pattern length) steps, whatever the pattern (a backtracking matcher is
/// exponential on `**/a/**/a/...`).
#[derive(Debug, Clone)]
struct Glob {
    tokens: Vec<Token>,
    /// Characters any match needs (the tokens that cannot match nothing).
    min_len: usize,
}

/// Append a token, collapsing runs of wildcards (`**/**/` is `**/`, `*` before `**` is `**`): then
/// no two wildcards follow each other more than twice, so a pattern's length is bounded by the
/// length of the paths it can match.
fn push(tokens: &mut Vec<Token>, t: Token) {
    match (tokens.last(), &t) {
        (Some(Token::Star), Token::Star)
        | (Some(Token::Dirs), Token::Dirs)
        | (Some(Token::Any), Token::Any | Token::Dirs | Token::Star) => {}
        (_, Token::Any) => {
            while matches!(tokens.last(), Some(Token::Dirs | Token::Star)) {
                tokens.pop();
            }
            tokens.push(t);
        }
        _ => tokens.push(t),
    }
}

impl Glob {
    fn compile(p: &str) -> Option<Glob> {
        let chars: Vec<char> = p.chars().collect();
        let mut tokens: Vec<Token> = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            match chars[i] {
                '*' => {
                    if chars.get(i + 1) == Some(&'*') {
                        i += 1;
                        if chars.get(i + 1) == Some(&'/') {
                            push(&mut tokens, Token::Dirs);
                            i += 1;
                        } else {
                            push(&mut tokens, Token::Any);
                        }
                    } else {
                        push(&mut tokens, Token::Star);
                    }
                }
                '?' => push(&mut tokens, Token::One),
                '[' => {
                    let mut j = i + 1;
                    let mut negated = false;
                    if matches!(chars.get(j), Some('^' | '!')) {
                        negated = true;
                        j += 1;
                    }
                    let mut items: Vec<char> = Vec::new();
                    while j < chars.len() && chars[j] != ']' {
                        items.push(chars[j]);
                        j += 1;
                    }
                    if j >= chars.len() {
                        return None;
                    }
                    let mut ranges = Vec::new();
                    let mut k = 0;
                    while k < items.len() {
                        let lo = items[k];
                        if items.get(k + 1) == Some(&'-') && k + 2 < items.len() {
                            let hi = items[k + 2];
                            if hi < lo {
                                return None;
                            }
                            ranges.push((lo, hi));
                            k += 3;
                        } else {
                            ranges.push((lo, lo));
                            k += 1;
                        }
                    }
                    push(&mut tokens, Token::Class { negated, ranges });
                    i = j;
                }
                '\\' => {
                    if let Some(&n) = chars.get(i + 1) {
                        push(&mut tokens, Token::Lit(n));
                        i += 1;
                    }
                }
                c => push(&mut tokens, Token::Lit(c)),
            }
            i += 1;
        }
        let min_len = tokens.iter().filter(|t| !t.nullable()).count();
        Some(Glob { tokens, min_len })
    }

    /// Does the pattern match `path` or one of its parent directories (`a/b` for `a/b/c`)?
    fn matches_or_parent(&self, path: &str) -> bool {
        if path.len() > MAX_PATH_BYTES || path.chars().count() < self.min_len {
            return false;
        }
        let n = self.tokens.len();
        // `at[t]`: the prefix read so far can be followed by tokens t..; `inside[t]`: token t is
        // `**/` and has read characters since its last `/` (it cannot end there)
        let mut at = vec![false; n + 1];
        let mut inside = vec![false; n + 1];
        let mut next_at = vec![false; n + 1];
        let mut next_inside = vec![false; n + 1];
        at[0] = true;
        self.close(&mut at);
        if path.is_empty() {
            return at[n];
        }
        let mut chars = path.chars().peekable();
        while let Some(c) = chars.next() {
            next_at.iter_mut().for_each(|b| *b = false);
            next_inside.iter_mut().for_each(|b| *b = false);
            let mut any = false;
            for t in 0..n {
                let tok = &self.tokens[t];
                if !(at[t] || inside[t]) || !tok.accepts(c) {
                    continue;
                }
                any = true;
                match tok {
                    Token::Star | Token::Any => next_at[t] = true,
                    Token::Dirs => {
                        if c == '/' {
                            next_at[t + 1] = true;
                        }
                        next_inside[t] = true;
                    }
                    _ => next_at[t + 1] = true,
                }
            }
            if !any {
                return false;
            }
            std::mem::swap(&mut at, &mut next_at);
            std::mem::swap(&mut inside, &mut next_inside);
            self.close(&mut at);
            // the whole pattern matched the path so far: a match at the end, or at a parent
            // directory (what a directory pattern excludes, everything below goes too)
            if at[n] && chars.peek().is_none_or(|&c| c == '/') {
                return true;
            }
        }
        false
    }

    /// Follow the tokens that may match nothing.
    fn close(&self, at: &mut [bool]) {
        for t in 0..self.tokens.len() {
            if at[t] && self.tokens[t].nullable() {
                at[t + 1] = true;
            }
        }
    }
}

pub fn parse(src: &str) -> Dockerignore {
    let mut out = Dockerignore::default();
    // a UTF-8 byte order mark is dropped from the first line, as moby does
    let mut offset = if src.starts_with('\u{feff}') { 3 } else { 0 };
    for raw in src[offset..].split_inclusive('\n') {
        let start = offset;
        offset += raw.len();
        let line = raw.trim_end_matches(['\n', '\r']);
        if line.starts_with('#') {
            continue;
        }
        let t = line.trim();
        if t.is_empty() {
            continue;
        }
        let lead = line.len() - line.trim_start().len();
        let span = Span::new(start + lead, start + lead + t.len());
        let (exclusion, body) = match t.strip_prefix('!') {
            Some(b) => (true, b.trim()),
            None => (false, t),
        };
        let text = clean(body.trim_start_matches('/'));
        if text.is_empty() {
            continue;
        }
        let glob = Glob::compile(&text);
        out.patterns.push(Pattern {
            text,
            exclusion,
            span,
            glob,
        });
    }
    out
}

impl Pattern {
    fn matches(&self, path: &str) -> bool {
        self.glob
            .as_ref()
            .is_some_and(|g| g.matches_or_parent(path))
    }
}

impl Dockerignore {
    /// Is `path` (relative to the context root, `/`-separated) left out of the build context?
    pub fn is_excluded(&self, path: &str) -> bool {
        let p = clean(path);
        let mut excluded = false;
        for pat in &self.patterns {
            if pat.matches(&p) {
                excluded = !pat.exclusion;
            }
        }
        excluded
    }

    /// The last pattern deciding about `path`, if any (for "excluded by line N" messages).
    pub fn deciding_pattern(&self, path: &str) -> Option<&Pattern> {
        let p = clean(path);
        self.patterns.iter().rev().find(|pat| pat.matches(&p))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::strategy::Strategy;

    /// (patterns, path, excluded?) — the documented moby semantics, including where they differ
    /// from .gitignore.
    #[test]
    fn table() {
        let cases: &[(&str, &str, bool)] = &[
            // root-anchored: unlike .gitignore, `*.pyc` does not match in subdirectories
            ("*.pyc", "a.pyc", true),
            ("*.pyc", "src/a.pyc", false),
            ("**/*.pyc", "src/deep/a.pyc", true),
            ("**/*.pyc", "a.pyc", true),
            // a bare name is only the root entry (gitignore would match at any depth)
            ("node_modules", "node_modules", true),
            ("node_modules", "node_modules/x/index.js", true),
            ("node_modules", "web/node_modules/x.js", false),
            ("**/node_modules", "web/node_modules/x.js", true),
            // leading slash and `./` are cleaned away
            ("/.env", ".env", true),
            ("./.env", ".env", true),
            // trailing slash is cleaned; it still matches the directory's content
            ("build/", "build/out.o", true),
            // `*` does not cross `/`
            ("src/*", "src/a.py", true),
            ("src/*", "src/a/b.py", true),
            ("*/temp*", "a/temporary", true),
            ("*/temp*", "a/b/temporary", false),
            ("temp?", "temp1", true),
            ("temp?", "temp12", false),
            ("[a-c].txt", "b.txt", true),
            ("[a-c].txt", "d.txt", false),
            // exceptions: the last matching line wins
            (".env*\n!.env.example", ".env.example", false),
            (".env*\n!.env.example", ".env.production", true),
            ("!.env.example\n.env*", ".env.example", true),
            // excluding a directory and re-including a file inside it works in moby (unlike git)
            ("docs\n!docs/README.md", "docs/README.md", false),
            ("docs\n!docs/README.md", "docs/other.md", true),
            // comments only at the start of a line; surrounding spaces trimmed
            ("# .env\n  .git  ", ".env", false),
            ("# .env\n  .git  ", ".git/HEAD", true),
            ("**", "anything/at/all", true),
            ("**\n!src/**", "src/main.py", false),
            // `**/` is zero or more directories, anywhere in the pattern
            ("a/**/b", "a/b", true),
            ("a/**/b", "a/x/y/b", true),
            ("a/**/b", "a/xb", false),
            ("**/**/x", "x", true),
            ("**/**/x", "p/q/x/r", true),
            ("a/**", "a/b/c", true),
            ("a/**", "ab", false),
            ("a**", "ab/c", true),
            ("*.py", "dir.py/inner", true),
            ("[!a]x", "bx", true),
            ("[!a]x", "ax", false),
            ("[^a-c]", "d", true),
            ("\\*x", "*x", true),
            ("\\*x", "ax", false),
            ("é*", "été", true),
            ("[", "[", false),
            ("[z-a]", "b", false),
        ];
        for (pats, path, want) in cases {
            let d = parse(pats);
            assert_eq!(
                d.is_excluded(path),
                *want,
                "patterns {pats:?} path {path:?}"
            );
        }
    }

    /// The regular expression moby's pattern matcher (and this module before) builds from a pattern:
    /// the automaton must agree with it on every pattern and path.
    fn regex_oracle(p: &str) -> Option<regex_lite::Regex> {
        let mut re = String::from("^");
        let chars: Vec<char> = p.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            match c {
                '*' => {
                    if chars.get(i + 1) == Some(&'*') {
                        i += 1;
                        if chars.get(i + 1) == Some(&'/') {
                            // `**/` : zero or more directories
                            re.push_str("(?:.*/)?");
                            i += 1;
                        } else {
                            re.push_str(".*");
                        }
                    } else {
                        re.push_str("[^/]*");
                    }
                }
                '?' => re.push_str("[^/]"),
                '[' => {
                    // copy the class up to `]`
                    let mut j = i + 1;
                    let mut class = String::from("[");
                    if chars.get(j) == Some(&'^') || chars.get(j) == Some(&'!') {
                        class.push('^');
                        j += 1;
                    }
                    while j < chars.len() && chars[j] != ']' {
                        if chars[j] == '\\' {
                            class.push_str("\\\\");
                        } else {
                            class.push(chars[j]);
                        }
                        j += 1;
                    }
                    if j >= chars.len() {
                        return None;
                    }
                    class.push(']');
                    re.push_str(&class);
                    i = j;
                }
                '\\' => {
                    if let Some(n) = chars.get(i + 1) {
                        re.push_str(&regex_lite::escape(&n.to_string()));
                        i += 1;
                    }
                }
                c => re.push_str(&regex_lite::escape(&c.to_string())),
            }
            i += 1;
        }
        re.push('$');
        regex_lite::Regex::new(&re).ok()
    }

    fn oracle_matches(pattern: &str, path: &str) -> bool {
        let Some(re) = regex_oracle(pattern) else {
            return false;
        };
        let mut p = path;
        loop {
            if re.is_match(p) {
                return true;
            }
            match p.rsplit_once('/') {
                Some((parent, _)) => p = parent,
                None => return false,
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn agrees_with_the_regex_semantics(
            pattern in proptest::collection::vec(proptest::sample::select(vec![
                "*", "**", "**/", "?", "/", "a", "a", "a/", "[a-b]", "[!a]", "\\*", "é",
            ]), 1..7).prop_map(|v| v.concat()),
            path in proptest::collection::vec(proptest::sample::select(vec![
                "a", "a", "a/", "b", "/", "*", "é",
            ]), 1..9).prop_map(|v| v.concat()),
        ) {
            let text = clean(pattern.trim_start_matches('/'));
            let path = clean(&path);
            proptest::prop_assume!(!text.is_empty() && !path.is_empty());
            let d = parse(&pattern);
            proptest::prop_assert_eq!(
                d.is_excluded(&path),
                oracle_matches(&text, &path),
                "pattern {:?} path {:?}", text, path
            );
        }
    }

    /// A backtracking matcher takes minutes on `**/a/**/a/...` against a deep `a/a/a/...` path
    /// that does not match; the automaton takes (path × pattern) steps.
    #[test]
    fn many_double_stars_against_a_deep_path_are_bounded() {
        let pattern = format!("{}x", "**/a/".repeat(400));
        let path = format!("{}/y", vec!["a"; 800].join("/"));
        let d = parse(&pattern);
        assert!(!d.is_excluded(&path));
        assert!(d.deciding_pattern(&path).is_none());
        let matching = format!("{}/x", vec!["a"; 800].join("/"));
        assert!(d.is_excluded(&matching));
        // a run of `**/` is one step
        let d = parse(&format!("{}x", "**/".repeat(5000)));
        assert_eq!(d.patterns[0].glob.as_ref().map(|g| g.tokens.len()), Some(2));
        assert!(d.is_excluded(&format!("{}/x", vec!["a"; 2000].join("/"))));
    }

    #[test]
    fn total() {
        for s in ["[", "\\", "!", "!!", "***", "a/**/**/b", "..", "/", "é*"] {
            let d = parse(s);
            let _ = d.is_excluded("a/b");
        }
        let d = parse("  !  \n#x\n\n.git\n");
        assert_eq!(d.patterns.len(), 1);
        assert_eq!(d.patterns[0].span, Span::new(10, 14));
        // a byte order mark is not part of the first pattern; spans index the original bytes
        let d = parse("\u{feff}.env\n");
        assert!(d.is_excluded(".env"));
        assert_eq!(d.patterns[0].span, Span::new(3, 7));
    }
}
