//! A small, total POSIX-shell tokenizer: enough to see the simple commands in a `RUN`, `CMD`,
//! healthcheck or entrypoint line (`apt-get install -y x && rm -rf /var/lib/apt/lists/*`).
//! It does not evaluate anything; `$VAR`, `$(...)` and backticks stay in the word text.

use crate::span::Span;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShellWord {
    /// Text with quotes and escapes removed (variables kept as written).
    pub text: String,
    /// Span in the tokenized input.
    pub span: Span,
    pub quoted: bool,
}

/// Control operator that follows a simple command.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    And,
    Or,
    Pipe,
    Seq,
    Background,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SimpleCommand {
    pub words: Vec<ShellWord>,
    /// Redirection targets (`> file`, `2>&1` …), kept out of `words`.
    pub redirects: Vec<ShellWord>,
    pub span: Span,
    /// Operator that joins this command to the next one.
    pub next: Option<Op>,
    /// The operator that joined the previous command to this one.
    pub prev: Option<Op>,
}

const KEYWORDS: &[&str] = &[
    "if", "then", "else", "elif", "fi", "do", "done", "while", "until", "for", "case", "esac", "!",
    "{", "}", "exec", "time", "command", "nohup",
];

impl SimpleCommand {
    /// Words after leading `VAR=value` assignments, shell keywords, `sudo`/`exec`/`env` wrappers.
    pub fn argv(&self) -> &[ShellWord] {
        let mut i = 0;
        while i < self.words.len() {
            let w = &self.words[i].text;
            let is_assign = !self.words[i].quoted
                && w.find('=').is_some_and(|eq| {
                    eq > 0
                        && w[..eq]
                            .chars()
                            .all(|c| c.is_ascii_alphanumeric() || c == '_')
                });
            if is_assign || KEYWORDS.contains(&w.as_str()) || w == "sudo" || w == "env" {
                i += 1;
                // `sudo -u user cmd`: skip simple sudo flags
                continue;
            }
            break;
        }
        &self.words[i..]
    }

    /// Program name (basename) of the command, if any.
    pub fn program(&self) -> Option<&str> {
        self.argv()
            .first()
            .map(|w| w.text.rsplit('/').next().unwrap_or(&w.text))
    }

    pub fn has_word(&self, w: &str) -> bool {
        self.words.iter().any(|x| x.text == w)
    }

    /// First argv word after the program that does not start with `-`.
    pub fn subcommand(&self) -> Option<&ShellWord> {
        self.argv()
            .iter()
            .skip(1)
            .find(|w| !w.text.starts_with('-'))
    }

    pub fn uses_sudo(&self) -> bool {
        self.words
            .iter()
            .take_while(|w| w.text != self.argv().first().map(|a| a.text.as_str()).unwrap_or(""))
            .any(|w| w.text == "sudo")
            || self.words.first().is_some_and(|w| w.text == "sudo")
    }
}

/// Split a shell script into simple commands joined by operators. Newlines act as `;`.
/// Comments (`#` at word start) are skipped. Never panics; unbalanced quotes run to the end.
pub fn parse(src: &str) -> Vec<SimpleCommand> {
    let b = src.as_bytes();
    let mut cmds = Vec::new();
    let mut cur = SimpleCommand::default();
    let mut cur_start: Option<usize> = None;
    let mut pending_redirect = false;
    let mut prev_op: Option<Op> = None;
    let mut i = 0;

    let finish = |cur: &mut SimpleCommand,
                  cur_start: &mut Option<usize>,
                  end: usize,
                  op: Option<Op>,
                  prev_op: &mut Option<Op>,
                  cmds: &mut Vec<SimpleCommand>| {
        if !cur.words.is_empty() || !cur.redirects.is_empty() {
            let mut c = std::mem::take(cur);
            c.span = Span::new(cur_start.unwrap_or(end), end);
            c.next = op;
            c.prev = *prev_op;
            cmds.push(c);
            *prev_op = op;
        } else if op.is_some() {
            if let Some(last) = cmds.last_mut() {
                if last.next.is_none() || last.next == Some(Op::Seq) {
                    last.next = op;
                    *prev_op = op;
                }
            }
        }
        *cur_start = None;
    };

    while i < b.len() {
        let c = b[i];
        match c {
            b' ' | b'\t' | b'\r' => {
                i += 1;
            }
            b'\\' if b.get(i + 1) == Some(&b'\n') => {
                i += 2;
            }
            b'\\' if b.get(i + 1) == Some(&b'\r') && b.get(i + 2) == Some(&b'\n') => {
                i += 3;
            }
            b'\n' | b';' => {
                finish(
                    &mut cur,
                    &mut cur_start,
                    i,
                    Some(Op::Seq),
                    &mut prev_op,
                    &mut cmds,
                );
                i += 1;
                if c == b';' && b.get(i) == Some(&b';') {
                    i += 1;
                }
            }
            b'&' if b.get(i + 1) == Some(&b'&') => {
                finish(
                    &mut cur,
                    &mut cur_start,
                    i,
                    Some(Op::And),
                    &mut prev_op,
                    &mut cmds,
                );
                i += 2;
            }
            b'|' if b.get(i + 1) == Some(&b'|') => {
                finish(
                    &mut cur,
                    &mut cur_start,
                    i,
                    Some(Op::Or),
                    &mut prev_op,
                    &mut cmds,
                );
                i += 2;
            }
            b'|' => {
                finish(
                    &mut cur,
                    &mut cur_start,
                    i,
                    Some(Op::Pipe),
                    &mut prev_op,
                    &mut cmds,
                );
                i += 1;
                if b.get(i) == Some(&b'&') {
                    i += 1;
                }
            }
            b'&' if b.get(i + 1) == Some(&b'>') => {
                pending_redirect = true;
                i += 2;
                if b.get(i) == Some(&b'>') {
                    i += 1;
                }
            }
            b'&' => {
                finish(
                    &mut cur,
                    &mut cur_start,
                    i,
                    Some(Op::Background),
                    &mut prev_op,
                    &mut cmds,
                );
                i += 1;
            }
            b'(' | b')' => {
                finish(
                    &mut cur,
                    &mut cur_start,
                    i,
                    Some(Op::Seq),
                    &mut prev_op,
                    &mut cmds,
                );
                i += 1;
            }
            b'>' | b'<' => {
                // `>`, `>>`, `<`, `<<` (heredoc marker word follows), `>&2`, `<&0`
                i += 1;
                while i < b.len() && (b[i] == b'>' || b[i] == b'<' || b[i] == b'&' || b[i] == b'|')
                {
                    i += 1;
                }
                if i < b.len() && b[i].is_ascii_digit() && b.get(i - 1) == Some(&b'&') {
                    while i < b.len() && b[i].is_ascii_digit() {
                        i += 1;
                    }
                } else {
                    pending_redirect = true;
                }
            }
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            _ => {
                let start = i;
                let (word, end, quoted) = read_word(src, i);
                i = end;
                // `2>` : a word of digits directly followed by a redirect operator is an fd number
                if !quoted
                    && word.chars().all(|c| c.is_ascii_digit())
                    && matches!(b.get(i), Some(b'>') | Some(b'<'))
                {
                    continue;
                }
                if cur_start.is_none() {
                    cur_start = Some(start);
                }
                let w = ShellWord {
                    text: word,
                    span: Span::new(start, end),
                    quoted,
                };
                if pending_redirect {
                    cur.redirects.push(w);
                    pending_redirect = false;
                } else {
                    cur.words.push(w);
                }
            }
        }
    }
    finish(
        &mut cur,
        &mut cur_start,
        b.len(),
        None,
        &mut prev_op,
        &mut cmds,
    );
    if let Some(last) = cmds.last_mut() {
        if last.next == Some(Op::Seq) {
            last.next = None;
        }
    }
    cmds
}

/// Read one word starting at `i`; returns (unquoted text, end offset, was any part quoted).
fn read_word(src: &str, mut i: usize) -> (String, usize, bool) {
    let b = src.as_bytes();
    let mut out = String::new();
    let mut quoted = false;
    while i < b.len() {
        let c = b[i];
        match c {
            b' ' | b'\t' | b'\n' | b'\r' | b';' | b'&' | b'|' | b'<' | b'>' | b'(' | b')' => break,
            b'\\' => match b.get(i + 1) {
                Some(b'\n') => i += 2,
                Some(_) => {
                    let ch_len = next_char_len(src, i + 1);
                    out.push_str(&src[i + 1..i + 1 + ch_len]);
                    i += 1 + ch_len;
                }
                None => i += 1,
            },
            b'\'' => {
                quoted = true;
                let end = src[i + 1..]
                    .find('\'')
                    .map(|e| i + 1 + e)
                    .unwrap_or(b.len());
                out.push_str(&src[i + 1..end]);
                i = (end + 1).min(b.len());
            }
            b'"' => {
                quoted = true;
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    if b[i] == b'\\'
                        && i + 1 < b.len()
                        && matches!(b[i + 1], b'"' | b'\\' | b'$' | b'`' | b'\n')
                    {
                        if b[i + 1] != b'\n' {
                            out.push(b[i + 1] as char);
                        }
                        i += 2;
                        continue;
                    }
                    let l = next_char_len(src, i);
                    out.push_str(&src[i..i + l]);
                    i += l;
                }
                i = (i + 1).min(b.len());
            }
            b'$' if b.get(i + 1) == Some(&b'(') => {
                let end = balanced(b, i + 1, b'(', b')');
                out.push_str(&src[i..end]);
                i = end;
            }
            b'{' if b.get(i + 1) == Some(&b'{') => {
                // template placeholder `{{ ... }}` (jinja, cookiecutter, go templates): one opaque word
                let end = src[i + 2..]
                    .find("}}")
                    .map(|e| i + 4 + e)
                    .unwrap_or(b.len());
                out.push_str(&src[i..end]);
                i = end;
            }
            b'$' if b.get(i + 1) == Some(&b'{') => {
                let end = balanced(b, i + 1, b'{', b'}');
                out.push_str(&src[i..end]);
                i = end;
            }
            b'`' => {
                let end = src[i + 1..].find('`').map(|e| i + 2 + e).unwrap_or(b.len());
                out.push_str(&src[i..end]);
                i = end;
            }
            _ => {
                let l = next_char_len(src, i);
                out.push_str(&src[i..i + l]);
                i += l;
            }
        }
    }
    (out, i, quoted)
}

fn next_char_len(src: &str, i: usize) -> usize {
    src[i..].chars().next().map(|c| c.len_utf8()).unwrap_or(1)
}

/// End offset (exclusive) after the bracket group opening at `open_at`.
fn balanced(b: &[u8], open_at: usize, open: u8, close: u8) -> usize {
    let mut depth = 0usize;
    let mut i = open_at;
    while i < b.len() {
        if b[i] == open {
            depth += 1;
        } else if b[i] == close {
            depth -= 1;
            if depth == 0 {
                return i + 1;
            }
        } else if b[i] == b'\'' {
            if let Some(e) = b[i + 1..].iter().position(|&x| x == b'\'') {
                i += e + 1;
            }
        }
        i += 1;
    }
    b.len()
}

/// Split into words only (operators dropped), e.g. for a healthcheck `CMD-SHELL` string.
pub fn words(src: &str) -> Vec<ShellWord> {
    parse(src).into_iter().flat_map(|c| c.words).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(c: &SimpleCommand) -> Vec<&str> {
        c.words.iter().map(|w| w.text.as_str()).collect()
    }

    #[test]
    fn splits_operators() {
        let cmds = parse("apt-get update && apt-get install -y --no-install-recommends curl \\\n  && rm -rf /var/lib/apt/lists/*");
        assert_eq!(cmds.len(), 3);
        assert_eq!(
            texts(&cmds[1]),
            [
                "apt-get",
                "install",
                "-y",
                "--no-install-recommends",
                "curl"
            ]
        );
        assert_eq!(cmds[0].next, Some(Op::And));
        assert_eq!(cmds[2].prev, Some(Op::And));
        assert_eq!(cmds[2].program(), Some("rm"));
    }

    #[test]
    fn quotes_and_pipes() {
        let src = r#"curl -fsSL "https://x.sh" | sh -s -- --yes; echo 'a b' > /tmp/x 2>&1"#;
        let cmds = parse(src);
        assert_eq!(cmds.len(), 3);
        assert_eq!(cmds[0].next, Some(Op::Pipe));
        assert_eq!(cmds[1].program(), Some("sh"));
        assert_eq!(texts(&cmds[2]), ["echo", "a b"]);
        assert_eq!(cmds[2].redirects.len(), 1);
        assert_eq!(cmds[0].words[2].span.slice(src), "\"https://x.sh\"");
    }

    #[test]
    fn argv_skips_assignments_and_sudo() {
        let cmds = parse("DEBIAN_FRONTEND=noninteractive sudo apt-get install x");
        assert_eq!(cmds[0].program(), Some("apt-get"));
        assert!(cmds[0].has_word("sudo"));
        let cmds = parse("if [ -f x ]; then pip install -r req.txt; fi");
        assert_eq!(cmds[1].program(), Some("pip"));
    }

    #[test]
    fn total_on_garbage() {
        for s in [
            "\"unterminated",
            "'x",
            "$(",
            "${",
            "`",
            "\\",
            "&&&",
            "|||;;",
            "a >",
            "é'ü",
        ] {
            let _ = parse(s);
        }
        assert_eq!(parse("echo $(date +%s) ${A:-b}")[0].words.len(), 3);
        assert_eq!(
            parse("postgres:{{ cookiecutter.v }} x")[0].words[0].text,
            "postgres:{{ cookiecutter.v }}"
        );
    }
}
