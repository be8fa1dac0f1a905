//! Dockerfile parser: hand-written, total, byte spans everywhere.
//!
//! Follows the BuildKit front end where it matters for linting: parser directives (`# syntax=`,
//! `# escape=`, `# check=`), line continuations with the escape character (comment and empty lines
//! inside a continuation are skipped), heredocs (`<<EOF`, `<<-EOF`, quoted delimiters, several per
//! instruction), JSON (exec) and shell forms, `--flag=value` options in any order, `ARG` before
//! `FROM` with `${VAR}` expansion in `FROM`, stages and their names, CRLF line ends. Unknown
//! instructions become a [`ParseError`] for that line while the rest of the file is still parsed.
//! Template lines (`{{ ... }}`, `{% ... %}`) are skipped and mark the file as a template.

use crate::image::ImageRef;
use crate::span::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Keyword {
    From,
    Run,
    Cmd,
    Label,
    Maintainer,
    Expose,
    Env,
    Add,
    Copy,
    Entrypoint,
    Volume,
    User,
    Workdir,
    Arg,
    Onbuild,
    Stopsignal,
    Healthcheck,
    Shell,
}

impl Keyword {
    pub fn parse(s: &str) -> Option<Keyword> {
        Some(match s.to_ascii_uppercase().as_str() {
            "FROM" => Keyword::From,
            "RUN" => Keyword::Run,
            "CMD" => Keyword::Cmd,
            "LABEL" => Keyword::Label,
            "MAINTAINER" => Keyword::Maintainer,
            "EXPOSE" => Keyword::Expose,
            "ENV" => Keyword::Env,
            "ADD" => Keyword::Add,
            "COPY" => Keyword::Copy,
            "ENTRYPOINT" => Keyword::Entrypoint,
            "VOLUME" => Keyword::Volume,
            "USER" => Keyword::User,
            "WORKDIR" => Keyword::Workdir,
            "ARG" => Keyword::Arg,
            "ONBUILD" => Keyword::Onbuild,
            "STOPSIGNAL" => Keyword::Stopsignal,
            "HEALTHCHECK" => Keyword::Healthcheck,
            "SHELL" => Keyword::Shell,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Keyword::From => "FROM",
            Keyword::Run => "RUN",
            Keyword::Cmd => "CMD",
            Keyword::Label => "LABEL",
            Keyword::Maintainer => "MAINTAINER",
            Keyword::Expose => "EXPOSE",
            Keyword::Env => "ENV",
            Keyword::Add => "ADD",
            Keyword::Copy => "COPY",
            Keyword::Entrypoint => "ENTRYPOINT",
            Keyword::Volume => "VOLUME",
            Keyword::User => "USER",
            Keyword::Workdir => "WORKDIR",
            Keyword::Arg => "ARG",
            Keyword::Onbuild => "ONBUILD",
            Keyword::Stopsignal => "STOPSIGNAL",
            Keyword::Healthcheck => "HEALTHCHECK",
            Keyword::Shell => "SHELL",
        }
    }

    fn supports_heredoc(self) -> bool {
        matches!(self, Keyword::Run | Keyword::Copy | Keyword::Add)
    }
}

/// A piece of text with its span in the original file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    pub text: String,
    pub span: Span,
}

/// `--name=value` (or bare `--name`) option before the arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flag {
    pub name: String,
    pub value: Option<String>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heredoc {
    /// Delimiter word (`EOF`).
    pub delimiter: String,
    /// `<<-` strips leading tabs.
    pub strip_tabs: bool,
    /// Quoted delimiter: no expansion in the body.
    pub quoted: bool,
    /// Span of the `<<EOF` marker in the instruction line.
    pub marker_span: Span,
    /// Span of the body (between the marker line and the terminator line).
    pub body_span: Span,
    /// Body text (tabs stripped for `<<-`).
    pub body: String,
    /// The terminator line was found.
    pub terminated: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyValue {
    pub key: Word,
    pub value: Option<Word>,
    /// `ENV key value` (legacy, space separated) form.
    pub legacy: bool,
}

/// The logical (continuation-joined) argument text of an instruction, with a map back to file offsets.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ArgText {
    pub text: String,
    /// (offset in `text`, offset in file) at the start of each physical piece.
    pieces: Vec<(u32, u32)>,
}

impl ArgText {
    /// Map an offset inside `text` to a file offset.
    pub fn file_offset(&self, logical: usize) -> usize {
        let idx = match self.pieces.binary_search_by_key(&(logical as u32), |p| p.0) {
            Ok(i) => i,
            Err(0) => 0,
            Err(i) => i - 1,
        };
        match self.pieces.get(idx) {
            Some(&(l, f)) => f as usize + (logical - l as usize),
            None => logical,
        }
    }

    /// Map a span inside `text` to a file span.
    pub fn file_span(&self, s: Span) -> Span {
        let start = self.file_offset(s.start as usize);
        let end = if s.end > s.start {
            self.file_offset(s.end as usize - 1) + 1
        } else {
            start
        };
        Span::new(start, end.max(start))
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Instruction {
    pub keyword: Keyword,
    /// Keyword as written (case kept).
    pub keyword_span: Span,
    /// The whole instruction: keyword, continuations and heredoc bodies.
    pub span: Span,
    pub flags: Vec<Flag>,
    /// Arguments after the flags, continuation-joined.
    pub args: ArgText,
    /// File span covering the arguments (on the instruction lines, heredoc bodies excluded).
    pub args_span: Span,
    /// `Some` when the arguments are a JSON array of strings (exec form).
    pub json: Option<Vec<Word>>,
    pub heredocs: Vec<Heredoc>,
    /// For `ONBUILD`: the wrapped instruction.
    pub onbuild: Option<Box<Instruction>>,
    /// [`Instruction::commands`], parsed once on first use (rules ask for it many times).
    pub commands_memo: crate::Memo<Vec<crate::shell::SimpleCommand>>,
}

impl Instruction {
    pub fn flag(&self, name: &str) -> Option<&Flag> {
        self.flags
            .iter()
            .find(|f| f.name.eq_ignore_ascii_case(name))
    }

    pub fn flag_value(&self, name: &str) -> Option<&str> {
        self.flag(name).and_then(|f| f.value.as_deref())
    }

    /// Exec form (`["a", "b"]`).
    pub fn is_exec_form(&self) -> bool {
        self.json.is_some()
    }

    /// Whitespace-separated words of the arguments (quotes removed), with file spans.
    pub fn words(&self) -> Vec<Word> {
        if let Some(json) = &self.json {
            return json.clone();
        }
        crate::shell::words(&self.args.text)
            .into_iter()
            .map(|w| Word {
                text: w.text,
                span: self.args.file_span(w.span),
            })
            .collect()
    }

    /// Simple commands of a shell-form `RUN`/`CMD`/`ENTRYPOINT` (heredoc scripts included), spans
    /// mapped to the file. Exec form yields one command made of the JSON words.
    pub fn commands(&self) -> Vec<crate::shell::SimpleCommand> {
        self.command_list().to_vec()
    }

    /// [`Instruction::commands`] without the copy: parsed once per instruction.
    pub fn command_list(&self) -> &[crate::shell::SimpleCommand] {
        self.commands_memo.get_or_init(|| self.parse_commands())
    }

    fn parse_commands(&self) -> Vec<crate::shell::SimpleCommand> {
        if let Some(json) = &self.json {
            // ["sh", "-c", "script"]: look inside the script
            if json.len() >= 3
                && matches!(
                    json[0].text.rsplit('/').next(),
                    Some("sh" | "bash" | "ash" | "dash")
                )
                && json[1].text == "-c"
            {
                let w = &json[2];
                // the JSON string may contain escapes; spans are approximate (the word)
                return crate::shell::parse(&w.text)
                    .into_iter()
                    .map(|mut c| {
                        for x in c.words.iter_mut().chain(c.redirects.iter_mut()) {
                            x.span = w.span;
                        }
                        c.span = w.span;
                        c
                    })
                    .collect();
            }
            let c = crate::shell::SimpleCommand {
                words: json
                    .iter()
                    .map(|w| crate::shell::ShellWord {
                        text: w.text.clone(),
                        span: w.span,
                        quoted: true,
                    })
                    .collect(),
                span: self.args_span,
                ..Default::default()
            };
            return vec![c];
        }
        let mut out: Vec<crate::shell::SimpleCommand> = crate::shell::parse(&self.args.text)
            .into_iter()
            .map(|mut c| {
                for x in c.words.iter_mut().chain(c.redirects.iter_mut()) {
                    x.span = self.args.file_span(x.span);
                }
                c.span = self.args.file_span(c.span);
                c
            })
            .filter(|c| !c.words.is_empty())
            .collect();
        if self.keyword == Keyword::Run {
            // heredoc bodies of RUN that are shell scripts: `RUN <<EOF`, `RUN bash <<EOF`; not
            // the stdin of another program (`RUN python3 <<EOF`, `RUN cat <<EOF > file`) nor a
            // script with a non-shell `#!` line
            let scripts: Vec<bool> = self
                .heredocs
                .iter()
                .map(|h| heredoc_is_shell(&out, h))
                .collect();
            for (h, _) in self.heredocs.iter().zip(&scripts).filter(|(_, s)| **s) {
                let base = h.body_span.start as usize;
                for mut c in crate::shell::parse(&h.body) {
                    if !h.strip_tabs {
                        for x in c.words.iter_mut().chain(c.redirects.iter_mut()) {
                            x.span = x.span.offset(base);
                        }
                        c.span = c.span.offset(base);
                    } else {
                        for x in c.words.iter_mut().chain(c.redirects.iter_mut()) {
                            x.span = h.body_span;
                        }
                        c.span = h.body_span;
                    }
                    out.push(c);
                }
            }
        }
        out
    }

    /// `KEY=value` pairs of `ENV`, `ARG`, `LABEL` (legacy `ENV key value` too).
    pub fn key_values(&self) -> Vec<KeyValue> {
        let words = crate::shell::words(&self.args.text);
        let mut out = Vec::new();
        if words.is_empty() {
            return out;
        }
        let first_has_eq = words[0].text.contains('=');
        if matches!(self.keyword, Keyword::Env | Keyword::Label) && !first_has_eq {
            // legacy: `ENV KEY value with spaces`
            let key = &words[0];
            let rest_start = key.span.end as usize;
            let rest = self.args.text.get(rest_start..).unwrap_or("");
            let trimmed = rest.trim_start();
            let lead = rest.len() - trimmed.len();
            let value_text = trimmed.trim_end();
            let value = if value_text.is_empty() {
                None
            } else {
                let s = Span::new(rest_start + lead, rest_start + lead + value_text.len());
                Some(Word {
                    text: unquote(value_text),
                    span: self.args.file_span(s),
                })
            };
            out.push(KeyValue {
                key: Word {
                    text: key.text.clone(),
                    span: self.args.file_span(key.span),
                },
                value,
                legacy: true,
            });
            return out;
        }
        for w in words {
            // find '=' in the raw text of the word to split spans
            let raw = w.span.slice(&self.args.text);
            match (w.text.split_once('='), raw.find('=')) {
                (Some((k, v)), Some(eq)) => {
                    let kspan = Span::new(w.span.start as usize, w.span.start as usize + eq);
                    let vspan = Span::new(w.span.start as usize + eq + 1, w.span.end as usize);
                    out.push(KeyValue {
                        key: Word {
                            text: k.to_string(),
                            span: self.args.file_span(kspan),
                        },
                        value: Some(Word {
                            text: v.to_string(),
                            span: self.args.file_span(vspan),
                        }),
                        legacy: false,
                    });
                }
                _ => out.push(KeyValue {
                    key: Word {
                        text: w.text.clone(),
                        span: self.args.file_span(w.span),
                    },
                    value: None,
                    legacy: false,
                }),
            }
        }
        out
    }
}

const SHELLS: &[&str] = &["sh", "bash", "ash", "dash", "zsh", "ksh", "mksh", "busybox"];

/// Is this `RUN` heredoc run as a shell script? `cmds` are the commands of the `RUN` line.
fn heredoc_is_shell(cmds: &[crate::shell::SimpleCommand], h: &Heredoc) -> bool {
    // the command whose stdin the heredoc is (`python3 <<EOF`): its redirect target is the
    // delimiter (`<<-EOF` reads as the word `-EOF`)
    let reader = cmds.iter().find(|c| {
        c.redirects
            .iter()
            .any(|r| r.text.trim_start_matches('-') == h.delimiter)
    });
    if let Some(prog) = reader.and_then(|c| c.program()) {
        if !SHELLS.contains(&prog) {
            return false;
        }
    }
    match h.body.lines().next().and_then(|l| l.strip_prefix("#!")) {
        Some(shebang) => {
            let mut parts = shebang.split_whitespace();
            let first = parts.next().unwrap_or("");
            let prog = match first.rsplit('/').next() {
                Some("env") => parts.find(|p| !p.starts_with('-')).unwrap_or(""),
                Some(p) => p,
                None => "",
            };
            SHELLS.contains(&prog)
        }
        None => true,
    }
}

fn unquote(s: &str) -> String {
    let t = s.trim();
    if t.len() >= 2
        && ((t.starts_with('"') && t.ends_with('"')) || (t.starts_with('\'') && t.ends_with('\'')))
    {
        t[1..t.len() - 1].to_string()
    } else {
        t.to_string()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comment {
    pub span: Span,
    /// Text after `#`, trimmed.
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Directive {
    pub name: String,
    pub value: String,
    pub span: Span,
}

/// One build stage: a `FROM` and the instructions up to the next `FROM`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stage {
    pub index: usize,
    /// Index of the `FROM` instruction in [`Dockerfile::instructions`].
    pub from: usize,
    /// Indices of the stage's instructions (after its `FROM`).
    pub body: std::ops::Range<usize>,
    /// Image as written.
    pub base: Word,
    /// Image with global `ARG` defaults substituted (`${PY:-3.12}` → `3.12`).
    pub base_resolved: String,
    pub name: Option<Word>,
    pub platform: Option<String>,
}

impl Stage {
    pub fn image(&self) -> ImageRef {
        ImageRef::parse(&self.base_resolved)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub message: String,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Dockerfile {
    pub directives: Vec<Directive>,
    pub escape: char,
    pub instructions: Vec<Instruction>,
    pub comments: Vec<Comment>,
    pub stages: Vec<Stage>,
    /// Indices of `ARG` instructions before the first `FROM`.
    pub global_args: Vec<usize>,
    /// Contains template lines (`{{ }}` / `{% %}`): expect placeholders.
    pub is_template: bool,
    pub errors: Vec<ParseError>,
    /// Lower-cased stage name → index of the first stage with that name (lookups stay O(1) in
    /// files with thousands of stages).
    pub stage_names: std::collections::HashMap<String, usize>,
}

impl Dockerfile {
    pub fn directive(&self, name: &str) -> Option<&Directive> {
        self.directives
            .iter()
            .find(|d| d.name.eq_ignore_ascii_case(name))
    }

    /// The stage that is built by default (the last one).
    pub fn final_stage(&self) -> Option<&Stage> {
        self.stages.last()
    }

    pub fn stage_by_name(&self, name: &str) -> Option<&Stage> {
        self.stage_names
            .get(&name.to_ascii_lowercase())
            .and_then(|&i| self.stages.get(i))
    }

    /// Stage containing instruction `idx`.
    pub fn stage_of(&self, idx: usize) -> Option<&Stage> {
        // stages are in file order: the last one whose FROM is at or before `idx`
        let n = self.stages.partition_point(|s| s.from <= idx);
        let s = self.stages.get(n.checked_sub(1)?)?;
        (s.from == idx || s.body.contains(&idx)).then_some(s)
    }

    /// Instructions of a stage, `FROM` excluded.
    pub fn stage_instructions<'a>(
        &'a self,
        stage: &Stage,
    ) -> impl Iterator<Item = (usize, &'a Instruction)> + 'a {
        let r = stage.body.clone();
        r.filter_map(move |i| self.instructions.get(i).map(|ins| (i, ins)))
    }

    /// Is `name` a stage defined before instruction `idx`? (index or name)
    pub fn is_stage_ref(&self, name: &str, before_idx: usize) -> bool {
        if let Ok(n) = name.parse::<usize>() {
            return self.stages.get(n).is_some_and(|s| s.from < before_idx);
        }
        // the first stage of a name is the earliest one
        self.stage_by_name(name)
            .is_some_and(|s| s.from < before_idx)
    }
}

/// Parse a Dockerfile. Total: any input yields a tree, problems are in [`Dockerfile::errors`].
pub fn parse(src: &str) -> Dockerfile {
    Parser::new(src).run()
}

struct Parser<'a> {
    src: &'a str,
    pos: usize,
    df: Dockerfile,
}

/// A physical line: start offset, end offset without terminator, offset after terminator.
#[derive(Clone, Copy)]
struct Line {
    start: usize,
    end: usize,
    next: usize,
}

impl<'a> Parser<'a> {
    fn new(src: &'a str) -> Self {
        let pos = if src.starts_with('\u{feff}') { 3 } else { 0 };
        Parser {
            src,
            pos,
            df: Dockerfile {
                escape: '\\',
                ..Default::default()
            },
        }
    }

    fn line_at(&self, start: usize) -> Line {
        let rest = &self.src[start..];
        match rest.find('\n') {
            Some(i) => {
                let mut end = start + i;
                if end > start && self.src.as_bytes()[end - 1] == b'\r' {
                    end -= 1;
                }
                Line {
                    start,
                    end,
                    next: start + i + 1,
                }
            }
            None => {
                let mut end = self.src.len();
                if end > start && self.src.as_bytes()[end - 1] == b'\r' {
                    end -= 1;
                }
                Line {
                    start,
                    end,
                    next: self.src.len(),
                }
            }
        }
    }

    fn run(mut self) -> Dockerfile {
        self.df.is_template = self.src.contains("{{") || self.src.contains("{%");
        self.directives();
        while self.pos < self.src.len() {
            let line = self.line_at(self.pos);
            let text = &self.src[line.start..line.end];
            let trimmed = text.trim_start();
            let lead = text.len() - trimmed.len();
            if trimmed.trim_end().is_empty() {
                self.pos = line.next;
                continue;
            }
            if trimmed.starts_with('#') {
                self.df.comments.push(Comment {
                    span: Span::new(line.start + lead, line.end),
                    text: trimmed
                        .strip_prefix('#')
                        .unwrap_or(trimmed)
                        .trim()
                        .to_string(),
                });
                self.pos = line.next;
                continue;
            }
            let t_end = trimmed.trim_end();
            if trimmed.starts_with("{{")
                || trimmed.starts_with("{%")
                || trimmed.starts_with("{#")
                || (t_end.len() > 4
                    && t_end.starts_with("%%")
                    && t_end.ends_with("%%")
                    && !t_end.contains(' '))
            {
                self.df.is_template = true;
                self.pos = self.skip_template_block(line);
                continue;
            }
            self.instruction(line, lead);
        }
        self.build_stages();
        // the tree lives as long as the audit: drop the growth slack (a monorepo holds thousands)
        self.df.instructions.shrink_to_fit();
        self.df.comments.shrink_to_fit();
        self.df
    }

    /// Skip a template line (and continuation lines of a multi-line `{{ ... }}` block).
    fn skip_template_block(&self, line: Line) -> usize {
        let text = &self.src[line.start..line.end];
        let opens = text.matches("{{").count() + text.matches("{%").count();
        let closes = text.matches("}}").count() + text.matches("%}").count();
        if closes >= opens {
            return line.next;
        }
        let mut pos = line.next;
        let mut depth = opens - closes;
        while pos < self.src.len() && depth > 0 {
            let l = self.line_at(pos);
            let t = &self.src[l.start..l.end];
            depth += t.matches("{{").count() + t.matches("{%").count();
            depth = depth.saturating_sub(t.matches("}}").count() + t.matches("%}").count());
            pos = l.next;
        }
        pos
    }

    fn directives(&mut self) {
        loop {
            if self.pos >= self.src.len() {
                return;
            }
            let line = self.line_at(self.pos);
            let text = &self.src[line.start..line.end];
            let t = text.trim();
            let Some(body) = t.strip_prefix('#') else {
                return;
            };
            let Some((k, v)) = body.split_once('=') else {
                return;
            };
            let k = k.trim();
            if k.is_empty()
                || k.contains(char::is_whitespace)
                || !k
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
            {
                return;
            }
            let name = k.to_ascii_lowercase();
            if !matches!(name.as_str(), "syntax" | "escape" | "check") {
                return;
            }
            if self.df.directives.iter().any(|d| d.name == name) {
                // duplicate directive: treated as a comment by BuildKit
                return;
            }
            let value = v.trim().to_string();
            if name == "escape" {
                match value.as_str() {
                    "`" => self.df.escape = '`',
                    "\\" => self.df.escape = '\\',
                    _ => self.df.errors.push(ParseError {
                        message: format!("invalid escape directive `{value}`: must be ` or \\"),
                        span: Span::new(line.start, line.end),
                    }),
                }
            }
            self.df.directives.push(Directive {
                name,
                value,
                span: Span::new(line.start, line.end),
            });
            self.df.comments.push(Comment {
                span: Span::new(line.start, line.end),
                text: t.strip_prefix('#').unwrap_or(t).trim().to_string(),
            });
            self.pos = line.next;
        }
    }

    /// Does this physical line end with the escape character (continuation)?
    fn continues(&self, line: Line) -> Option<usize> {
        let text = &self.src[line.start..line.end];
        let t = text.trim_end();
        if t.ends_with(self.df.escape) {
            Some(line.start + t.len() - self.df.escape.len_utf8())
        } else {
            None
        }
    }

    fn instruction(&mut self, first: Line, lead: usize) {
        let kw_start = first.start + lead;
        let text = &self.src[kw_start..first.end];
        let kw_len = text
            .find(|c: char| c.is_whitespace() || c == self.df.escape)
            .unwrap_or(text.len());
        let kw_text = &text[..kw_len];
        let keyword_span = Span::new(kw_start, kw_start + kw_len);

        // Collect the logical line: physical pieces joined, continuation characters removed,
        // comment and blank lines inside the continuation skipped.
        let mut args = ArgText::default();
        let mut line = first;
        let mut piece_start = kw_start + kw_len;
        let mut last_end;
        loop {
            let cont = self.continues(line);
            let piece_end = cont.unwrap_or(line.end);
            let piece_end = piece_end.max(piece_start);
            args.pieces
                .push((args.text.len() as u32, piece_start as u32));
            args.text.push_str(&self.src[piece_start..piece_end]);
            last_end = line.end;
            self.pos = line.next;
            if cont.is_none() || self.pos >= self.src.len() {
                break;
            }
            // next non-comment, non-empty line continues the instruction
            loop {
                if self.pos >= self.src.len() {
                    break;
                }
                let l = self.line_at(self.pos);
                let t = self.src[l.start..l.end].trim_start();
                if t.starts_with('#') {
                    self.df.comments.push(Comment {
                        span: Span::new(l.end - t.len(), l.end),
                        text: t.strip_prefix('#').unwrap_or(t).trim().to_string(),
                    });
                    self.pos = l.next;
                    continue;
                }
                if t.trim().is_empty() {
                    self.pos = l.next;
                    continue;
                }
                break;
            }
            if self.pos >= self.src.len() {
                break;
            }
            line = self.line_at(self.pos);
            piece_start = line.start;
            // a space stands for the removed line break, so words do not glue together
            // (BuildKit joins without a separator; words across a continuation are rare and
            // this keeps `apt-get install \` + `curl` apart either way since lines are indented)
        }

        let Some(keyword) = Keyword::parse(kw_text) else {
            let valid_word = kw_text.chars().all(|c| c.is_ascii_alphabetic());
            let message = if valid_word {
                format!("unknown instruction `{kw_text}`")
            } else {
                format!("not an instruction: `{}`", truncate(kw_text, 40))
            };
            self.df.errors.push(ParseError {
                message,
                span: keyword_span,
            });
            return;
        };

        let mut ins = self.build_instruction(keyword, keyword_span, args, kw_start, last_end);
        // heredocs: consume bodies after the instruction line
        if keyword.supports_heredoc() && ins.json.is_none() {
            let markers = find_heredoc_markers(&ins.args.text);
            for m in markers {
                let marker_span = ins.args.file_span(m.span);
                let body_start = self.pos;
                let mut terminated = false;
                let mut body = String::new();
                let mut body_end = body_start;
                while self.pos < self.src.len() {
                    let l = self.line_at(self.pos);
                    let t = &self.src[l.start..l.end];
                    let cmp = if m.strip_tabs {
                        t.trim_start_matches('\t')
                    } else {
                        t
                    };
                    if cmp == m.delimiter {
                        terminated = true;
                        body_end = l.start;
                        self.pos = l.next;
                        last_end = l.end;
                        break;
                    }
                    if m.strip_tabs {
                        body.push_str(cmp);
                        body.push('\n');
                    }
                    self.pos = l.next;
                    body_end = l.next;
                    last_end = l.end;
                }
                if !m.strip_tabs {
                    // the body is exactly the source lines, so spans inside it map 1:1
                    body = self.src.get(body_start..body_end).unwrap_or("").to_string();
                }
                if !terminated {
                    self.df.errors.push(ParseError {
                        message: format!("heredoc `<<{}` is never terminated", m.delimiter),
                        span: marker_span,
                    });
                }
                ins.heredocs.push(Heredoc {
                    delimiter: m.delimiter,
                    strip_tabs: m.strip_tabs,
                    quoted: m.quoted,
                    marker_span,
                    body_span: Span::new(body_start, body_end.max(body_start)),
                    body,
                    terminated,
                });
            }
        }
        ins.span = Span::new(kw_start, last_end.max(kw_start));
        self.df.instructions.push(ins);
    }

    fn build_instruction(
        &mut self,
        keyword: Keyword,
        keyword_span: Span,
        args: ArgText,
        kw_start: usize,
        end: usize,
    ) -> Instruction {
        // split off leading flags
        let text = &args.text;
        let mut i = 0;
        let b = text.as_bytes();
        let mut flags = Vec::new();
        let takes_flags = matches!(
            keyword,
            Keyword::From | Keyword::Run | Keyword::Copy | Keyword::Add | Keyword::Healthcheck
        );
        loop {
            while i < b.len() && is_space(b[i]) {
                i += 1;
            }
            if !takes_flags || !text[i..].starts_with("--") {
                break;
            }
            let start = i;
            // a flag value may contain quotes; read until unquoted whitespace
            let mut j = i;
            let mut quote: Option<u8> = None;
            while j < b.len() {
                let c = b[j];
                match quote {
                    Some(q) if c == q => quote = None,
                    Some(_) => {}
                    None if c == b'"' || c == b'\'' => quote = Some(c),
                    None if is_space(c) => break,
                    None => {}
                }
                j += 1;
            }
            let raw = &text[start + 2..j];
            let (name, value) = match raw.split_once('=') {
                Some((n, v)) => (n.to_string(), Some(unquote(v))),
                None => (raw.to_string(), None),
            };
            flags.push(Flag {
                name,
                value,
                span: args.file_span(Span::new(start, j)),
            });
            i = j;
        }
        let rest_start = i;
        let rest = &text[rest_start..];
        let rest_trim_end = rest.trim_end();
        let args_logical = Span::new(rest_start, rest_start + rest_trim_end.len());
        let args_span = if args_logical.is_empty() {
            Span::at(end.max(kw_start))
        } else {
            args.file_span(args_logical)
        };
        let json = if matches!(
            keyword,
            Keyword::Run
                | Keyword::Cmd
                | Keyword::Entrypoint
                | Keyword::Shell
                | Keyword::Copy
                | Keyword::Add
                | Keyword::Volume
                | Keyword::Healthcheck
        ) {
            let (offset, candidate) = if keyword == Keyword::Healthcheck {
                // HEALTHCHECK [flags] CMD ["..."]
                let t = rest_trim_end.trim_start();
                let lead = rest_trim_end.len() - t.len();
                if t.get(..3).is_some_and(|k| k.eq_ignore_ascii_case("CMD")) {
                    let after = t.get(3..).unwrap_or("");
                    let a = after.trim_start();
                    (rest_start + lead + 3 + (after.len() - a.len()), a)
                } else {
                    (rest_start, "")
                }
            } else {
                (rest_start, rest_trim_end)
            };
            parse_json_array(candidate).map(|items| {
                items
                    .into_iter()
                    .map(|(t, s)| Word {
                        text: t,
                        span: args.file_span(s.offset(offset)),
                    })
                    .collect()
            })
        } else {
            None
        };
        // reduce args text to after the flags, keeping the offset map consistent
        let mut rest_args = ArgText {
            text: text[rest_start..].to_string(),
            pieces: Vec::new(),
        };
        for &(l, f) in &args.pieces {
            let l = l as usize;
            if l >= rest_start {
                rest_args.pieces.push(((l - rest_start) as u32, f));
            }
        }
        // the piece containing rest_start
        if rest_args.pieces.first().map(|p| p.0) != Some(0) {
            let f = args.file_offset(rest_start);
            rest_args.pieces.insert(0, (0, f as u32));
        }

        let onbuild = if keyword == Keyword::Onbuild {
            let t = rest_args.text.trim_start();
            let lead = rest_args.text.len() - t.len();
            let kw_len = t.find(char::is_whitespace).unwrap_or(t.len());
            match Keyword::parse(&t[..kw_len]) {
                Some(inner_kw) if inner_kw != Keyword::Onbuild && inner_kw != Keyword::From => {
                    let inner_kw_span = rest_args.file_span(Span::new(lead, lead + kw_len));
                    let mut inner_args = ArgText::default();
                    let start = lead + kw_len;
                    inner_args.text = rest_args.text[start..].to_string();
                    inner_args
                        .pieces
                        .push((0, rest_args.file_offset(start) as u32));
                    for &(l, f) in &rest_args.pieces {
                        if (l as usize) > start {
                            inner_args.pieces.push(((l as usize - start) as u32, f));
                        }
                    }
                    let inner = self.build_instruction(
                        inner_kw,
                        inner_kw_span,
                        inner_args,
                        inner_kw_span.start as usize,
                        end,
                    );
                    Some(Box::new(inner))
                }
                _ => {
                    self.df.errors.push(ParseError {
                        message: "ONBUILD needs an instruction other than ONBUILD or FROM".into(),
                        span: args_span,
                    });
                    None
                }
            }
        } else {
            None
        };

        Instruction {
            keyword,
            keyword_span,
            span: Span::new(kw_start, end.max(kw_start)),
            flags,
            args: rest_args,
            args_span,
            json,
            heredocs: Vec::new(),
            commands_memo: crate::Memo::default(),
            onbuild,
        }
    }

    fn build_stages(&mut self) {
        let mut global: Vec<(String, Option<String>)> = Vec::new();
        let froms: Vec<usize> = self
            .df
            .instructions
            .iter()
            .enumerate()
            .filter(|(_, i)| i.keyword == Keyword::From)
            .map(|(i, _)| i)
            .collect();
        let first_from = froms.first().copied().unwrap_or(self.df.instructions.len());
        for (idx, ins) in self.df.instructions.iter().enumerate().take(first_from) {
            if ins.keyword == Keyword::Arg {
                self.df.global_args.push(idx);
                for kv in ins.key_values() {
                    global.push((kv.key.text, kv.value.map(|v| v.text)));
                }
            } else {
                self.df.errors.push(ParseError {
                    message: format!(
                        "{} before the first FROM: only ARG may come before FROM",
                        ins.keyword.as_str()
                    ),
                    span: ins.keyword_span,
                });
            }
        }
        for (n, &from_idx) in froms.iter().enumerate() {
            let end = froms
                .get(n + 1)
                .copied()
                .unwrap_or(self.df.instructions.len());
            let ins = &self.df.instructions[from_idx];
            let words = ins.words();
            let (base, name) = match words.as_slice() {
                [] => {
                    self.df.errors.push(ParseError {
                        message: "FROM needs an image".into(),
                        span: ins.span,
                    });
                    (
                        Word {
                            text: String::new(),
                            span: ins.args_span,
                        },
                        None,
                    )
                }
                [img] => (img.clone(), None),
                [img, as_kw, name, ..] if as_kw.text.eq_ignore_ascii_case("as") => {
                    (img.clone(), Some(name.clone()))
                }
                [img, extra, ..] => {
                    self.df.errors.push(ParseError {
                        message: format!(
                            "unexpected `{}` after the image: expected `AS name`",
                            truncate(&extra.text, 30)
                        ),
                        span: extra.span,
                    });
                    (img.clone(), None)
                }
            };
            let base_resolved = expand_vars(&base.text, &global);
            if let Some(nm) = &name {
                self.df
                    .stage_names
                    .entry(nm.text.to_ascii_lowercase())
                    .or_insert(n);
            }
            self.df.stages.push(Stage {
                index: n,
                from: from_idx,
                body: from_idx + 1..end,
                base,
                base_resolved,
                name,
                platform: ins.flag_value("platform").map(str::to_string),
            });
        }
    }
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let t: String = s.chars().take(n).collect();
        format!("{t}…")
    }
}

/// Expand `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:+alt}` against `vars`
/// (name, default). Unknown variables stay as written so callers can tell the value is dynamic.
pub fn expand_vars(s: &str, vars: &[(String, Option<String>)]) -> String {
    let lookup = |name: &str| -> Option<String> {
        vars.iter()
            .rev()
            .find(|(k, _)| k == name)
            .and_then(|(_, v)| v.clone())
    };
    let b = s.as_bytes();
    let mut out = String::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'$' && i + 1 < b.len() {
            if b[i + 1] == b'{' {
                if let Some(close) = s[i + 2..].find('}') {
                    let inner = &s[i + 2..i + 2 + close];
                    let (name, op, word) = split_param(inner);
                    let val = lookup(name);
                    let rep = match (op, val) {
                        (":-", v) => v
                            .filter(|v| !v.is_empty())
                            .unwrap_or_else(|| word.to_string()),
                        ("-", v) => v.unwrap_or_else(|| word.to_string()),
                        (":+", v) => {
                            if v.is_some_and(|v| !v.is_empty()) {
                                word.to_string()
                            } else {
                                String::new()
                            }
                        }
                        ("", Some(v)) => v,
                        _ => s[i..i + 3 + close].to_string(),
                    };
                    out.push_str(&rep);
                    i += 3 + close;
                    continue;
                }
            } else if b[i + 1] == b'_' || b[i + 1].is_ascii_alphabetic() {
                let mut j = i + 1;
                while j < b.len() && (b[j] == b'_' || b[j].is_ascii_alphanumeric()) {
                    j += 1;
                }
                match lookup(&s[i + 1..j]) {
                    Some(v) => out.push_str(&v),
                    None => out.push_str(&s[i..j]),
                }
                i = j;
                continue;
            }
        }
        let l = s[i..].chars().next().map(|c| c.len_utf8()).unwrap_or(1);
        out.push_str(&s[i..i + l]);
        i += l;
    }
    out
}

fn split_param(inner: &str) -> (&str, &str, &str) {
    for op in [":-", ":+", ":?", "-", "+", "?"] {
        if let Some(p) = inner.find(op) {
            // make sure the name is before the operator
            let name = &inner[..p];
            if name.chars().all(|c| c == '_' || c.is_ascii_alphanumeric()) {
                return (name, op, &inner[p + op.len()..]);
            }
        }
    }
    (inner, "", "")
}

struct Marker {
    delimiter: String,
    strip_tabs: bool,
    quoted: bool,
    span: Span,
}

/// Find `<<EOF`, `<<-EOF`, `<<"EOF"`, `<<'EOF'` markers outside quotes (not `<<<`).
fn find_heredoc_markers(text: &str) -> Vec<Marker> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let mut quote: Option<u8> = None;
    while i < b.len() {
        let c = b[i];
        if let Some(q) = quote {
            if c == q {
                quote = None;
            } else if c == b'\\' && q == b'"' {
                i += 1;
            }
            i += 1;
            continue;
        }
        match c {
            b'\'' | b'"' => quote = Some(c),
            b'\\' => i += 1,
            b'<' if b.get(i + 1) == Some(&b'<')
                && b.get(i + 2) != Some(&b'<')
                && (i == 0 || b[i - 1] != b'<') =>
            {
                let start = i;
                let mut j = i + 2;
                let strip_tabs = b.get(j) == Some(&b'-');
                if strip_tabs {
                    j += 1;
                }
                let q = match b.get(j) {
                    Some(&q @ (b'"' | b'\'')) => {
                        j += 1;
                        Some(q)
                    }
                    _ => None,
                };
                let ws = j;
                while j < b.len()
                    && (b[j] == b'_'
                        || b[j] == b'-'
                        || b[j] == b'.'
                        || b[j].is_ascii_alphanumeric())
                {
                    j += 1;
                }
                if j > ws {
                    let delimiter = text[ws..j].to_string();
                    if let Some(q) = q {
                        if b.get(j) == Some(&q) {
                            j += 1;
                        }
                    }
                    out.push(Marker {
                        delimiter,
                        strip_tabs,
                        quoted: q.is_some(),
                        span: Span::new(start, j),
                    });
                    i = j;
                    continue;
                }
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// ASCII whitespace of a byte. (`(b as char).is_whitespace()` would also take the UTF-8
/// continuation bytes 0x85 and 0xA0 for U+0085 and U+00A0, and split a character.)
fn is_space(c: u8) -> bool {
    c.is_ascii() && (c as char).is_whitespace()
}

/// Parse `["a", "b"]` as BuildKit does (a JSON array of strings). Spans are relative to `s`.
fn parse_json_array(s: &str) -> Option<Vec<(String, Span)>> {
    let b = s.as_bytes();
    let mut i = 0;
    let skip_ws = |i: &mut usize| {
        while *i < b.len() && is_space(b[*i]) {
            *i += 1;
        }
    };
    skip_ws(&mut i);
    if b.get(i) != Some(&b'[') {
        return None;
    }
    i += 1;
    let mut items = Vec::new();
    skip_ws(&mut i);
    if b.get(i) == Some(&b']') {
        i += 1;
        skip_ws(&mut i);
        return (i == b.len()).then_some(items);
    }
    loop {
        skip_ws(&mut i);
        if b.get(i) != Some(&b'"') {
            return None;
        }
        let start = i;
        i += 1;
        let mut out = String::new();
        loop {
            let c = *b.get(i)?;
            match c {
                b'"' => {
                    i += 1;
                    break;
                }
                b'\\' => {
                    let e = *b.get(i + 1)?;
                    match e {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'n' => out.push('\n'),
                        b't' => out.push('\t'),
                        b'r' => out.push('\r'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'u' => {
                            let hex = s.get(i + 2..i + 6)?;
                            let cp = u32::from_str_radix(hex, 16).ok()?;
                            out.push(char::from_u32(cp).unwrap_or('\u{fffd}'));
                            i += 4;
                        }
                        _ => return None,
                    }
                    i += 2;
                }
                _ => {
                    let l = s[i..].chars().next().map(|c| c.len_utf8()).unwrap_or(1);
                    out.push_str(&s[i..i + l]);
                    i += l;
                }
            }
        }
        items.push((out, Span::new(start, i)));
        skip_ws(&mut i);
        match b.get(i) {
            Some(b',') => i += 1,
            Some(b']') => {
                i += 1;
                skip_ws(&mut i);
                return (i == b.len()).then_some(items);
            }
            _ => return None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kw(df: &Dockerfile) -> Vec<&'static str> {
        df.instructions.iter().map(|i| i.keyword.as_str()).collect()
    }

    #[test]
    fn basic_stages_and_args() {
        let src = "ARG PY=3.12\nFROM python:${PY}-slim AS build\nRUN pip install x\nFROM python:${PY}-slim\nCOPY --from=build /a /b\n";
        let df = parse(src);
        assert!(df.errors.is_empty(), "{:?}", df.errors);
        assert_eq!(kw(&df), ["ARG", "FROM", "RUN", "FROM", "COPY"]);
        assert_eq!(df.stages.len(), 2);
        assert_eq!(df.stages[0].base_resolved, "python:3.12-slim");
        assert_eq!(
            df.stages[0].name.as_ref().map(|n| n.text.as_str()),
            Some("build")
        );
        assert_eq!(df.stages[1].body, 4..5);
        assert_eq!(df.global_args, vec![0]);
        let copy = &df.instructions[4];
        assert_eq!(copy.flag_value("from"), Some("build"));
        assert_eq!(
            copy.words()
                .iter()
                .map(|w| w.text.as_str())
                .collect::<Vec<_>>(),
            ["/a", "/b"]
        );
        assert!(df.is_stage_ref("build", 4));
    }

    #[test]
    fn continuations_map_spans() {
        let src = "FROM debian\nRUN apt-get update \\\n    # a comment inside\n    && apt-get install -y curl\n";
        let df = parse(src);
        assert!(df.errors.is_empty());
        let run = &df.instructions[1];
        let cmds = run.commands();
        assert_eq!(cmds.len(), 2);
        let curl = cmds[1].words.last().unwrap();
        assert_eq!(curl.span.slice(src), "curl");
        assert_eq!(df.comments.len(), 1);
        assert_eq!(run.span.slice(src).lines().count(), 3);
    }

    #[test]
    fn heredocs() {
        let src = "FROM alpine\nRUN <<EOF\napk add curl\nEOF\nCOPY <<-'A' /a <<B /b\n\thello\n\tA\nworld\nB\nCMD [\"sh\"]\n";
        let df = parse(src);
        assert!(df.errors.is_empty(), "{:?}", df.errors);
        assert_eq!(kw(&df), ["FROM", "RUN", "COPY", "CMD"]);
        let run = &df.instructions[1];
        assert_eq!(run.heredocs[0].body, "apk add curl\n");
        let cmds = run.commands();
        assert_eq!(cmds[0].program(), Some("apk"));
        assert_eq!(cmds[0].words[2].span.slice(src), "curl");
        let copy = &df.instructions[2];
        assert_eq!(copy.heredocs.len(), 2);
        assert!(copy.heredocs[0].quoted && copy.heredocs[0].strip_tabs);
        assert_eq!(copy.heredocs[0].body, "hello\n");
        assert_eq!(copy.heredocs[1].body, "world\n");
        assert!(df.instructions[3].is_exec_form());
    }

    #[test]
    fn only_shell_heredocs_are_scripts() {
        let src = "FROM python:3.12\nRUN python3 <<EOF\nimport os\nprint(1 | 2)\nEOF\nRUN cat <<EOF > /etc/x.conf\napt-get install y\nEOF\nRUN bash -e <<'EOF'\napt-get update\nEOF\nRUN <<EOF\n#!/usr/bin/env python3\nprint(1)\nEOF\nRUN <<-EOF\n\t#!/bin/sh\n\tpip install x\n\tEOF\n";
        let df = parse(src);
        assert!(df.errors.is_empty(), "{:?}", df.errors);
        let progs = |i: usize| -> Vec<String> {
            df.instructions[i]
                .commands()
                .iter()
                .filter_map(|c| c.program().map(str::to_string))
                .collect()
        };
        assert_eq!(progs(1), ["python3"]);
        assert_eq!(progs(2), ["cat"]);
        assert_eq!(progs(3), ["bash", "apt-get"]);
        assert!(progs(4).is_empty());
        assert_eq!(progs(5), ["pip"]);
    }

    #[test]
    fn stage_lookups() {
        let df =
            parse("FROM a AS Build\nRUN x\nFROM b AS build\nFROM build\nCOPY --from=BUILD /a /b\n");
        assert_eq!(df.stage_by_name("build").map(|s| s.index), Some(0));
        assert_eq!(df.stage_of(0).map(|s| s.index), Some(0));
        assert_eq!(df.stage_of(1).map(|s| s.index), Some(0));
        assert_eq!(df.stage_of(4).map(|s| s.index), Some(2));
        assert!(df.is_stage_ref("build", 1));
        assert!(!df.is_stage_ref("build", 0));
        assert!(df.is_stage_ref("1", 3));
        assert!(!df.is_stage_ref("2", 3));
        assert!(!df.is_stage_ref("7", 3));
        assert!(parse("RUN x\n").stage_of(0).is_none());
    }

    #[test]
    fn unterminated_heredoc_is_an_error_not_a_panic() {
        let df = parse("FROM a\nRUN <<EOF\necho hi\n");
        assert_eq!(df.errors.len(), 1);
        assert!(df.errors[0].message.contains("never terminated"));
    }

    #[test]
    fn flags_any_order_and_json() {
        let src = "FROM x\nRUN --network=none --mount=type=cache,target=/root/.cache/pip --security=insecure pip install -r r.txt\nCMD [\"gunicorn\", \"-w\", \"4\"]\nENTRYPOINT python app.py\n";
        let df = parse(src);
        let run = &df.instructions[1];
        assert_eq!(run.flags.len(), 3);
        assert_eq!(
            run.flag_value("mount"),
            Some("type=cache,target=/root/.cache/pip")
        );
        assert_eq!(run.commands()[0].program(), Some("pip"));
        let cmd = &df.instructions[2];
        let json = cmd.json.as_ref().unwrap();
        assert_eq!(json[2].text, "4");
        assert_eq!(json[2].span.slice(src), "\"4\"");
        assert!(!df.instructions[3].is_exec_form());
    }

    #[test]
    fn escape_directive_and_crlf() {
        let src = "# escape=`\r\nFROM mcr.microsoft.com/windows\r\nRUN dir `\r\n  c:\\\r\n";
        let df = parse(src);
        assert_eq!(df.escape, '`');
        assert!(df.errors.is_empty(), "{:?}", df.errors);
        assert_eq!(df.instructions.len(), 2);
        assert!(df.instructions[1].args.text.contains("c:\\"));
    }

    #[test]
    fn unknown_instruction_is_reported_and_parsing_goes_on() {
        let df = parse("FROM a\nFORM b\nUSER app\n");
        assert_eq!(df.errors.len(), 1);
        assert_eq!(kw(&df), ["FROM", "USER"]);
    }

    #[test]
    fn env_forms() {
        let src = "FROM a\nENV A=1 B=\"two words\"\nENV LEGACY some value\nARG TOKEN\n";
        let df = parse(src);
        let kv = df.instructions[1].key_values();
        assert_eq!(kv[1].key.text, "B");
        assert_eq!(kv[1].value.as_ref().unwrap().text, "two words");
        assert_eq!(
            kv[1].value.as_ref().unwrap().span.slice(src),
            "\"two words\""
        );
        let kv = df.instructions[2].key_values();
        assert!(kv[0].legacy);
        assert_eq!(kv[0].value.as_ref().unwrap().text, "some value");
        let kv = df.instructions[3].key_values();
        assert_eq!(kv[0].key.text, "TOKEN");
        assert!(kv[0].value.is_none());
    }

    #[test]
    fn templates_and_garbage_do_not_panic() {
        let df = parse("{{ patch(\"x\") }}\nFROM {{ image }}\n{% if x %}\nRUN a\n{% endif %}\n%%VARIANT_EXTRAS%%\nFROM x:{{ v }} AS b\n");
        assert!(df.is_template);
        assert_eq!(df.instructions.len(), 3);
        assert!(df.errors.is_empty(), "{:?}", df.errors);
        assert_eq!(
            df.stages[1].name.as_ref().map(|n| n.text.as_str()),
            Some("b")
        );
        for s in [
            "",
            "\n",
            "\\",
            "FROM",
            "RUN \\",
            "RUN <<",
            "RUN <<-",
            "CMD [\"a\"",
            "\u{feff}FROM a",
            "ONBUILD",
            "ONBUILD RUN x",
            "HEALTHCHECK CMD [\"a\"]",
            "\0\0\0",
            "FROM a\nRUN x \\",
        ] {
            let _ = parse(s);
        }
        let df = parse("FROM a\nONBUILD RUN apt-get install x\nHEALTHCHECK --interval=5s CMD [\"curl\", \"-f\", \"x\"]\n");
        assert_eq!(
            df.instructions[1].onbuild.as_ref().unwrap().keyword,
            Keyword::Run
        );
        assert_eq!(df.instructions[2].json.as_ref().unwrap()[0].text, "curl");
    }

    #[test]
    fn expand() {
        let vars = vec![
            ("A".to_string(), Some("1".to_string())),
            ("E".to_string(), None),
        ];
        assert_eq!(expand_vars("x${A}y$A", &vars), "x1y1");
        assert_eq!(expand_vars("${E:-d}", &vars), "d");
        assert_eq!(expand_vars("${Z}", &vars), "${Z}");
        assert_eq!(expand_vars("${A:+set}", &vars), "set");
        assert_eq!(expand_vars("$", &vars), "$");
    }
}
