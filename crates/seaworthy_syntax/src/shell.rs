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
    /// Scripts of the command substitutions (`$( … )`, backticks) in this command's words and
    /// redirections, outermost ones only: parse them again to look inside. Single-quoted text
    /// and arithmetic `$(( … ))` are not substitutions.
    pub substitutions: Vec<String>,
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
        let start = self.words.len() - self.argv().len();
        self.words[..start].iter().any(|w| w.text == "sudo")
            || self.words.first().is_some_and(|w| w.text == "sudo")
    }
}

/// Where the parser is inside a `case WORD in pattern) body ;; esac` compound command.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CaseState {
    /// After `case`: the word being matched comes next.
    Subject,
    /// After the subject: `in` comes next.
    In,
    /// Reading a pattern list (`a|b)`): `|` separates alternatives, `)` ends it.
    Pattern { seen_word: bool },
    /// Commands of one branch, up to `;;`, `;&`, `;;&` or `esac`.
    Body,
}

/// Are all words so far shell keywords (`then`, `do`, `!` ...), i.e. is the next word in
/// command position?
fn at_command_start(cur: &SimpleCommand) -> bool {
    cur.words
        .iter()
        .all(|w| !w.quoted && KEYWORDS.contains(&w.text.as_str()) && w.text != "case")
}

/// Split a shell script into simple commands joined by operators. Newlines act as `;`.
/// Comments (`#` at word start) are skipped. `case` patterns (`aarch64|arm64)`) are not commands
/// and their `|` is not a pipe. Never panics; unbalanced quotes run to the end.
pub fn parse(src: &str) -> Vec<SimpleCommand> {
    parse_with(src, true)
}

fn parse_with(src: &str, case_aware: bool) -> Vec<SimpleCommand> {
    let b = src.as_bytes();
    let mut cmds = Vec::new();
    let mut cur = SimpleCommand::default();
    let mut cur_start: Option<usize> = None;
    let mut pending_redirect = false;
    let mut prev_op: Option<Op> = None;
    let mut cases: Vec<CaseState> = Vec::new();
    let mut i = 0;

    let finish = |cur: &mut SimpleCommand,
                  cur_start: &mut Option<usize>,
                  end: usize,
                  op: Option<Op>,
                  prev_op: &mut Option<Op>,
                  cmds: &mut Vec<SimpleCommand>| {
        if !cur.words.is_empty() || !cur.redirects.is_empty() {
            let mut c = std::mem::take(cur);
            // the command ends with its last word, not at the operator after the blanks
            let last = c
                .words
                .iter()
                .chain(&c.redirects)
                .map(|w| w.span.end as usize)
                .max()
                .unwrap_or(end)
                .min(end);
            let start = cur_start.unwrap_or(end).min(last);
            c.span = Span::new(start, last);
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
        if let Some(CaseState::Pattern { seen_word }) = cases.last().copied() {
            match c {
                b' ' | b'\t' | b'\r' | b'\n' | b'|' | b'(' | b';' => i += 1,
                b'\\' if b.get(i + 1) == Some(&b'\n') => i += 2,
                b')' => {
                    if let Some(top) = cases.last_mut() {
                        *top = CaseState::Body;
                    }
                    i += 1;
                }
                b'#' if !seen_word => {
                    while i < b.len() && b[i] != b'\n' {
                        i += 1;
                    }
                }
                _ => {
                    let mut subs = Vec::new();
                    let (word, end, quoted) = read_word(src, i, &mut subs);
                    i = end.max(i + 1);
                    if !seen_word && !quoted && word == "esac" {
                        cases.pop();
                    } else if let Some(top) = cases.last_mut() {
                        *top = CaseState::Pattern { seen_word: true };
                    }
                }
            }
            continue;
        }
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
            b';' if cases.last() == Some(&CaseState::Body)
                && matches!(b.get(i + 1), Some(b';') | Some(b'&')) =>
            {
                // `;;`, `;&`, `;;&` end a case branch: the next pattern list follows
                finish(
                    &mut cur,
                    &mut cur_start,
                    i,
                    Some(Op::Seq),
                    &mut prev_op,
                    &mut cmds,
                );
                i += 2;
                if b.get(i) == Some(&b'&') {
                    i += 1;
                }
                if let Some(top) = cases.last_mut() {
                    *top = CaseState::Pattern { seen_word: false };
                }
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
                let mut subs = Vec::new();
                let (word, end, quoted) = read_word(src, i, &mut subs);
                i = end.max(i + 1);
                // `2>` : a word of digits directly followed by a redirect operator is an fd number
                if !quoted
                    && word.chars().all(|c| c.is_ascii_digit())
                    && matches!(b.get(i), Some(b'>') | Some(b'<'))
                {
                    continue;
                }
                let command_position = !pending_redirect && at_command_start(&cur);
                match cases.last().copied() {
                    _ if case_aware && command_position && !quoted && word == "case" => {
                        cases.push(CaseState::Subject)
                    }
                    Some(CaseState::Subject) => {
                        if let Some(top) = cases.last_mut() {
                            *top = CaseState::In;
                        }
                    }
                    Some(CaseState::In) => {
                        cases.pop();
                        if !quoted && word == "in" {
                            // `case WORD in` is kept as a command of its own (its subject may
                            // hold a substitution worth looking into); patterns come next
                            cur.words.push(ShellWord {
                                text: word,
                                span: Span::new(start, end),
                                quoted,
                            });
                            cur.substitutions.extend(subs);
                            finish(
                                &mut cur,
                                &mut cur_start,
                                end,
                                Some(Op::Seq),
                                &mut prev_op,
                                &mut cmds,
                            );
                            cases.push(CaseState::Pattern { seen_word: false });
                            continue;
                        }
                    }
                    Some(CaseState::Body) if command_position && !quoted && word == "esac" => {
                        cases.pop();
                    }
                    _ => {}
                }
                if cur_start.is_none() {
                    cur_start = Some(start);
                }
                cur.substitutions.extend(subs);
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
/// The scripts of command substitutions met on the way are pushed to `subs`.
fn read_word(src: &str, mut i: usize, subs: &mut Vec<String>) -> (String, usize, bool) {
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
                    if b[i] == b'$' && b.get(i + 1) == Some(&b'(') {
                        let end = balanced(b, i + 1, b'(', b')');
                        push_substitution(src, i, end, subs);
                        out.push_str(&src[i..end]);
                        i = end;
                        continue;
                    }
                    if b[i] == b'`' {
                        let end = src[i + 1..].find('`').map(|e| i + 2 + e).unwrap_or(b.len());
                        push_substitution(src, i, end, subs);
                        out.push_str(&src[i..end]);
                        i = end;
                        continue;
                    }
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
                push_substitution(src, i, end, subs);
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
                push_substitution(src, i, end, subs);
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

/// `src[start..end]` is `$( … )` or `` `…` ``: keep the script inside (not `$(( … ))`).
fn push_substitution(src: &str, start: usize, end: usize, subs: &mut Vec<String>) {
    let Some(whole) = src.get(start..end) else {
        return;
    };
    let inner = if let Some(rest) = whole.strip_prefix("$(") {
        if rest.starts_with('(') {
            return; // arithmetic expansion
        }
        rest.strip_suffix(')').unwrap_or(rest)
    } else if let Some(rest) = whole.strip_prefix('`') {
        rest.strip_suffix('`').unwrap_or(rest)
    } else {
        return;
    };
    if !inner.trim().is_empty() {
        subs.push(inner.to_string());
    }
}

fn next_char_len(src: &str, i: usize) -> usize {
    src[i..].chars().next().map(|c| c.len_utf8()).unwrap_or(1)
}

/// End offset (exclusive) after the bracket group opening at `open_at`. Inside `$( … )`, the `)`
/// ending a `case` pattern does not close the group.
fn balanced(b: &[u8], open_at: usize, open: u8, close: u8) -> usize {
    let mut depth = 0usize;
    // depth at which each open `case` started
    let mut cases: Vec<usize> = Vec::new();
    let mut i = open_at;
    let boundary = |x: Option<&u8>| {
        x.is_none_or(|c| {
            matches!(
                c,
                b' ' | b'\t' | b'\n' | b'\r' | b';' | b'(' | b')' | b'&' | b'|'
            )
        })
    };
    while i < b.len() {
        if open == b'('
            && (b[i] == b'c' || b[i] == b'e')
            && i > 0
            && boundary(b.get(i - 1))
            && boundary(b.get(i + 4))
        {
            match b.get(i..i + 4) {
                Some(b"case") => cases.push(depth),
                Some(b"esac") => {
                    cases.pop();
                }
                _ => {}
            }
        }
        if b[i] == open {
            depth += 1;
        } else if b[i] == close {
            if open == b'(' && cases.last() == Some(&depth) {
                // a case pattern's `)`
                i += 1;
                continue;
            }
            depth = depth.saturating_sub(1);
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
    parse_with(src, false)
        .into_iter()
        .flat_map(|c| c.words)
        .collect()
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

    fn pipes(src: &str) -> usize {
        parse(src)
            .iter()
            .filter(|c| c.next == Some(Op::Pipe))
            .count()
    }

    #[test]
    fn case_patterns_are_not_pipes() {
        let src = "case \"$(uname -m)\" in\n  x86_64|amd64) ARCH=amd64 ;;\n  aarch64|arm64) ARCH=arm64 ;;\n  *) echo unsupported; exit 1 ;;\nesac && curl -fsSL https://x/$ARCH -o /x";
        let cmds = parse(src);
        assert_eq!(pipes(src), 0, "{cmds:#?}");
        let progs: Vec<_> = cmds.iter().filter_map(|c| c.program()).collect();
        assert!(
            progs.contains(&"echo") && progs.contains(&"exit") && progs.contains(&"curl"),
            "{progs:?}"
        );
        assert!(
            !progs
                .iter()
                .any(|p| p.contains("x86_64") || p.contains("arm64)")),
            "{progs:?}"
        );
        // the subject's substitution is kept
        assert_eq!(cmds[0].substitutions, ["uname -m"]);
        // `(pattern)` form, `;&`, nested case, esac right after a body without `;;`
        let src = "case $A in (a|b) case $B in c|d) x ;; esac ;& e) y | z\nesac; w";
        assert_eq!(pipes(src), 1);
        let progs: Vec<_> = parse(src)
            .iter()
            .filter_map(|c| c.program())
            .map(str::to_string)
            .collect();
        assert!(
            progs.contains(&"x".into())
                && progs.contains(&"y".into())
                && progs.contains(&"w".into()),
            "{progs:?}"
        );
        // a real pipe after the case still counts
        assert_eq!(pipes("case $x in a|b) true;; esac; a | b"), 1);
        // `case` as an argument is just a word
        assert_eq!(parse("echo case in a|b")[0].next, Some(Op::Pipe));
    }

    #[test]
    fn substitutions_are_kept_for_inspection() {
        let cmds = parse("VERSION=\"$(curl -s https://x | jq -r .tag)\" && echo `date | cut -c1` $((1|2)) '$(a | b)'");
        assert_eq!(cmds.len(), 2);
        assert_eq!(cmds[0].substitutions, ["curl -s https://x | jq -r .tag"]);
        assert_eq!(cmds[1].substitutions, ["date | cut -c1"]);
        assert!(pipes(&cmds[0].substitutions[0]) == 1);
        // a case inside a substitution does not end it early
        let cmds = parse("ARCH=$(case $(uname -m) in x86_64) echo amd64;; aarch64|arm64) echo arm64;; esac) && echo $ARCH");
        assert_eq!(cmds.len(), 2, "{cmds:#?}");
        assert_eq!(cmds[1].program(), Some("echo"));
        assert_eq!(pipes(&cmds[0].substitutions[0]), 0);
    }
}
