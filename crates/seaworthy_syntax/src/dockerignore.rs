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
    regex: Option<regex_lite::Regex>,
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

fn to_regex(p: &str) -> Option<regex_lite::Regex> {
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

pub fn parse(src: &str) -> Dockerignore {
    let mut out = Dockerignore::default();
    let mut offset = 0;
    for raw in src.split_inclusive('\n') {
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
        let regex = to_regex(&text);
        out.patterns.push(Pattern {
            text,
            exclusion,
            span,
            regex,
        });
    }
    out
}

impl Pattern {
    fn matches(&self, path: &str) -> bool {
        let Some(re) = &self.regex else { return false };
        if re.is_match(path) {
            return true;
        }
        // parent-directory matching: `node_modules` excludes `node_modules/a/b`
        let mut p = path;
        while let Some((parent, _)) = p.rsplit_once('/') {
            if re.is_match(parent) {
                return true;
            }
            p = parent;
        }
        false
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

    #[test]
    fn total() {
        for s in ["[", "\\", "!", "!!", "***", "a/**/**/b", "..", "/", "é*"] {
            let d = parse(s);
            let _ = d.is_excluded("a/b");
        }
        let d = parse("  !  \n#x\n\n.git\n");
        assert_eq!(d.patterns.len(), 1);
        assert_eq!(d.patterns[0].span, Span::new(10, 14));
    }
}
