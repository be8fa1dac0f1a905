//! Secrets in the output: where they are in each file, and the [`Masker`] every printed string
//! passes through.
//!
//! Masking is a property of the output, not of each rule. [`collect`] computes, once at model
//! build, every byte range of every file that holds a secret value, with a pure function per file
//! kind ([`text_spans`] for any text, plus [`dockerfile_value_spans`], [`compose_value_spans`] and
//! [`env_value_spans`] for what only a parser sees). A [`Masker`] is built from the values under
//! those ranges (and from secrets in files git history still holds); code frames, every string a
//! renderer prints (messages, help, related messages, fix descriptions and edits, strengths) and
//! the `--diff` printer pass through it. A rule may quote a secret, a prefix of it or any piece of
//! it: no 12-character window of a known secret survives, whatever rule wrote the message.

use super::{mask_prefix_len, mask_secret, FileId, Project};
use crate::secrets::{self, secret_name, Verdict};
use seaworthy_syntax::compose::ComposeFile;
use seaworthy_syntax::dockerfile::{Dockerfile, Keyword};
use seaworthy_syntax::dotenv::Dotenv;
use seaworthy_syntax::{FileKind, Span};
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// A secret piece at least this long is matched by any of its windows of this many bytes; a
/// shorter one only as a whole word.
pub const WINDOW: usize = 12;

// ---------------------------------------------------------------------------------------------
// Where the secrets are: pure functions over one file's text (and its parse tree)
// ---------------------------------------------------------------------------------------------

/// Every sensitive range of a file, from the model at build time. Sorted by file, then start.
pub(super) fn collect(project: &Project) -> Vec<(FileId, Span)> {
    let dockerfiles: HashMap<FileId, &Dockerfile> = project
        .dockerfiles
        .iter()
        .map(|d| (d.file, &d.tree))
        .collect();
    let compose: HashMap<FileId, &ComposeFile> = project
        .compose
        .docs
        .iter()
        .map(|d| (d.file, &d.view))
        .collect();
    let env: HashMap<FileId, &Dotenv> = project
        .env
        .files
        .iter()
        .map(|e| (e.file, &e.parsed))
        .collect();
    let mut out: Vec<(FileId, Span)> = Vec::new();
    for f in &project.files {
        if !f.is_parseable() || f.kind == FileKind::Dockerignore {
            continue;
        }
        let mut spans = credential_spans(&f.text);
        match f.kind {
            FileKind::Dockerfile => {
                if let Some(t) = dockerfiles.get(&f.id) {
                    spans.extend(dockerfile_value_spans(t));
                }
            }
            FileKind::Compose => {
                if let Some(v) = compose.get(&f.id) {
                    spans.extend(compose_value_spans(&f.text, v));
                }
            }
            FileKind::Env => {
                if let Some(d) = env.get(&f.id) {
                    spans.extend(env_value_spans(d));
                }
                // the env model looks for provider keys in every file but env files
                spans.extend(provider_spans(&f.text));
            }
            _ => {}
        }
        out.extend(spans.into_iter().map(|s| (f.id, s)));
    }
    // provider-format keys, found once by the env model (`EnvModel::text_secrets`)
    out.extend(project.env.text_secrets.iter().map(|t| (t.file, t.span)));
    out.retain(|(_, s)| !s.is_empty());
    out.sort();
    out.dedup();
    out
}

/// Sensitive ranges of a text that is not in the model (a fixed file printed by `--diff`, a
/// version of a file from git history): parsed here by kind.
pub fn spans_for(kind: FileKind, text: &str) -> Vec<Span> {
    let mut spans = text_spans(text);
    match kind {
        FileKind::Dockerfile => spans.extend(dockerfile_value_spans(
            &seaworthy_syntax::dockerfile::parse(text),
        )),
        FileKind::Compose => spans.extend(compose_value_spans(
            text,
            &seaworthy_syntax::compose::view(&seaworthy_syntax::yaml::parse(text)),
        )),
        FileKind::Env => spans.extend(env_value_spans(&seaworthy_syntax::dotenv::parse(text))),
        _ => {}
    }
    normalize(spans)
}

/// Credentials in any text: provider keys and PEM blocks ([`provider_spans`]) and everything
/// [`credential_spans`] finds.
pub fn text_spans(text: &str) -> Vec<Span> {
    let mut spans = provider_spans(text);
    spans.extend(credential_spans(text));
    normalize(spans)
}

/// Provider-format keys and private key blocks (`data/secrets.toml`).
pub fn provider_spans(text: &str) -> Vec<Span> {
    secrets::find_in_text(text)
        .into_iter()
        .map(|(r, _)| Span::new(r.start, r.end))
        .collect()
}

/// Credentials that have no provider format, found by where they are written: passwords in URL
/// userinfo, tokens in URL paths and query strings, secret-named assignments (`KEY=value`,
/// `key: value`), interpolation defaults of secret variables, credential flags of commands
/// (`--password x`, `--requirepass x`, `mysql -px`, `redis-cli -a x`, `curl -u user:x`),
/// `Authorization` header values and nginx `set`/header directives with secret names.
pub fn credential_spans(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    if text.contains("://") {
        url_spans(text, &mut out);
    }
    if text.contains("${") {
        interpolation_default_spans(text, &mut out, false);
    }
    line_spans(text, &mut out);
    out
}

/// Secret-named `ENV`/`ARG` values of a Dockerfile (any form the parser reads, legacy
/// `ENV KEY value` included).
pub fn dockerfile_value_spans(tree: &Dockerfile) -> Vec<Span> {
    let mut out = Vec::new();
    for ins in &tree.instructions {
        if !matches!(ins.keyword, Keyword::Env | Keyword::Arg) {
            continue;
        }
        for kv in ins.key_values() {
            if let Some(v) = kv.value {
                if secret_name(&kv.key.text)
                    && !v.text.trim().is_empty()
                    && !v.text.starts_with('$')
                    && !is_path(v.text.trim())
                {
                    out.push(v.span);
                }
            }
        }
    }
    out
}

/// Secret-named `environment:` values of a compose file: a literal value whole, the default of a
/// `${X:-default}` value (whatever X is called: the compose key says what it holds).
pub fn compose_value_spans(text: &str, view: &ComposeFile) -> Vec<Span> {
    let mut out = Vec::new();
    for s in &view.services {
        for e in &s.environment {
            if let (Some(v), Some(span)) = (&e.value, e.value_span) {
                if !secret_name(&e.key) || v.trim().is_empty() || is_path(v.trim()) {
                    continue;
                }
                if v.contains('$') {
                    let mut defaults = Vec::new();
                    interpolation_default_spans(span.slice(text), &mut defaults, true);
                    out.extend(defaults.into_iter().map(|d| d.offset(span.start as usize)));
                } else {
                    out.push(span);
                }
            }
        }
    }
    out
}

/// Values of an env file the secret detector does not call placeholders (of a connection URL,
/// its password only: the host and the database name are not secrets).
pub fn env_value_spans(parsed: &Dotenv) -> Vec<Span> {
    let mut out = Vec::new();
    for e in &parsed.entries {
        if !secrets::classify(&e.key, &e.value).is_some_and(|v| !matches!(v, Verdict::Placeholder))
        {
            continue;
        }
        let url_password = crate::util::conn_url::parse(&e.value)
            .and_then(|u| u.password_range)
            .filter(|_| e.content_span.len() == e.value.len());
        match url_password {
            Some(r) => push(
                &mut out,
                e.content_span.start as usize + r.start,
                e.content_span.start as usize + r.end,
            ),
            None => out.push(e.content_span),
        }
    }
    out
}

fn normalize(mut spans: Vec<Span>) -> Vec<Span> {
    spans.retain(|s| !s.is_empty());
    spans.sort();
    spans.dedup();
    spans
}

fn push(out: &mut Vec<Span>, start: usize, end: usize) {
    if start < end {
        out.push(Span::new(start, end));
    }
}

/// Is this a literal credential (not empty, not a reference, not a template, not a placeholder,
/// not a file path, a duration, a version, a rate or the name of another variable)?
fn credential_value(v: &str) -> bool {
    let t = v.trim().trim_matches(['"', '\'']);
    !t.is_empty()
        && !t.starts_with(['$', '%', '<', '{'])
        && !t.contains("${")
        && !t.contains("{{")
        && ![
            "true", "false", "yes", "no", "on", "off", "null", "none", "~", "inherit", "read",
            "write", "required", "optional",
        ]
        .iter()
        .any(|w| t.eq_ignore_ascii_case(w))
        && (t.len() >= 6 || !t.bytes().all(|b| b.is_ascii_digit()))
        && !is_path(t)
        && !not_a_secret_shape(t)
        && !secrets::is_placeholder(t)
}

/// `/run/secrets/db_password`, `./certs/key.pem`, `~/.ssh/id`: where a secret is, not the secret.
fn is_path(t: &str) -> bool {
    (t.starts_with('/') || t.starts_with("./") || t.starts_with("~/"))
        && t[1..].contains('/')
        && !t.contains(char::is_whitespace)
}

/// Durations (`24h`, `30s`), versions (`^9.0.3`, `1.2`), rates (`1000/min`) and constant names
/// (`DOCKER_IMAGE_MYSQL`: a variable named as the value).
fn not_a_secret_shape(t: &str) -> bool {
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &t[digits..];
    let duration = digits > 0 && matches!(rest, "s" | "m" | "h" | "d" | "w" | "y" | "ms");
    let rate = digits > 0 && rest.starts_with('/');
    let v = t.trim_start_matches(['^', '~', '>', '<', '=', 'v']);
    let version = v.starts_with(|c: char| c.is_ascii_digit())
        && v.contains('.')
        && v.bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b'*');
    let constant = t.contains('_')
        && t.starts_with(|c: char| c.is_ascii_uppercase())
        && t.bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_');
    duration || rate || version || constant
}

/// A long random token: letters of both cases and digits, `[A-Za-z0-9_-]` only, not a word.
fn looks_random(s: &str, min_len: usize) -> bool {
    s.len() >= min_len
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
        && s.bytes().any(|b| b.is_ascii_uppercase())
        && s.bytes().any(|b| b.is_ascii_lowercase())
        && s.bytes().any(|b| b.is_ascii_digit())
        && secrets::entropy(s) >= 3.5
}

/// `123456789:AAE…`: a Telegram bot token (as found after `/bot` in an API URL).
fn telegram_token(s: &str) -> bool {
    let Some((id, tok)) = s.split_once(':') else {
        return false;
    };
    (6..=12).contains(&id.len())
        && id.bytes().all(|b| b.is_ascii_digit())
        && tok.len() >= 30
        && tok
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

/// A query parameter that carries a credential.
fn secret_param(name: &str) -> bool {
    if name.is_empty() || name.len() > 40 || !may_be_secret_param(name.as_bytes()) {
        return false;
    }
    let n = name.to_ascii_lowercase().replace('-', "_");
    let n = n.strip_prefix("x_amz_").unwrap_or(&n);
    matches!(
        n,
        "key"
            | "apikey"
            | "api_key"
            | "token"
            | "access_token"
            | "refresh_token"
            | "id_token"
            | "auth"
            | "auth_token"
            | "authtoken"
            | "secret"
            | "client_secret"
            | "password"
            | "passwd"
            | "pwd"
            | "pass"
            | "sig"
            | "signature"
            | "credential"
            | "security_token"
            | "private_token"
            | "access_key"
            | "secret_key"
            | "session_token"
            | "jwt"
            | "apitoken"
            | "api_token"
    ) || ["_key", "token", "secret", "password", "_sig"]
        .iter()
        .any(|s| n.ends_with(s))
        && !n.ends_with("public_key")
        && !n.ends_with("site_key")
}

/// The end of a URL that starts (after `scheme://`) at `start`: whitespace, quotes, `<>`, `;`,
/// `\`, or a `}`/`)` it did not open.
fn url_end(text: &str, start: usize) -> usize {
    let b = text.as_bytes();
    let (mut braces, mut parens) = (0usize, 0usize);
    let mut i = start;
    while i < b.len() {
        match b[i] {
            c if c.is_ascii_whitespace() => break,
            b'"' | b'\'' | b'`' | b'<' | b'>' | b';' | b'\\' => break,
            b'{' => braces += 1,
            b'(' => parens += 1,
            b'}' if braces == 0 => break,
            b'}' => braces -= 1,
            b')' if parens == 0 => break,
            b')' => parens -= 1,
            _ => {}
        }
        i += 1;
    }
    i
}

/// Passwords in userinfo, tokens used as the user name, Telegram bot tokens and key-like segments
/// in paths, credential parameters in query strings and fragments.
fn url_spans(text: &str, out: &mut Vec<Span>) {
    let b = text.as_bytes();
    for (i, _) in text.match_indices("://") {
        let mut s = i;
        while s > 0 && (b[s - 1].is_ascii_alphanumeric() || matches!(b[s - 1], b'+' | b'.' | b'-'))
        {
            s -= 1;
        }
        if s == i || !b[s].is_ascii_alphabetic() {
            continue;
        }
        let start = i + 3;
        let end = url_end(text, start);
        let rest = &text[start..end];
        let auth_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
        let authority = &rest[..auth_end];
        if let Some(at) = authority.rfind('@') {
            let ui = &authority[..at];
            match ui.find(':') {
                Some(c) => {
                    if credential_value(&ui[c + 1..]) {
                        push(out, start + c + 1, start + at);
                    }
                }
                None => {
                    if looks_random(ui, 20) {
                        push(out, start, start + at);
                    }
                }
            }
        }
        let path_end = rest[auth_end..]
            .find(['?', '#'])
            .map_or(rest.len(), |p| auth_end + p);
        let mut off = auth_end;
        for seg in rest[auth_end..path_end].split('/') {
            let seg_start = start + off;
            if let Some(tok) = seg.strip_prefix("bot").filter(|t| telegram_token(t)) {
                push(out, seg_start + 3, seg_start + 3 + tok.len());
            } else if looks_random(seg, 24) {
                push(out, seg_start, seg_start + seg.len());
            }
            off += seg.len() + 1;
        }
        if path_end < rest.len() {
            let mut off = path_end + 1;
            for param in rest[path_end + 1..].split(['&', '#', '?', ';']) {
                if let Some((name, value)) = param.split_once('=') {
                    if secret_param(name) && credential_value(value) {
                        push(out, start + off + name.len() + 1, start + off + param.len());
                    }
                }
                off += param.len() + 1;
            }
        }
    }
}

/// `${NAME:-default}` / `${NAME-default}` (and `:=`/`=`) where NAME is a secret name or the
/// default reads as a credential (any NAME when `force`).
fn interpolation_default_spans(text: &str, out: &mut Vec<Span>, force: bool) {
    let b = text.as_bytes();
    for (i, _) in text.match_indices("${") {
        let rest = &text[i + 2..];
        let name_len = rest
            .bytes()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == b'_')
            .count();
        if name_len == 0 {
            continue;
        }
        let name = &rest[..name_len];
        let after = &rest[name_len..];
        let op = if after.starts_with(":-") || after.starts_with(":=") {
            2
        } else if after.starts_with('-') || after.starts_with('=') {
            1
        } else {
            continue;
        };
        let ds = i + 2 + name_len + op;
        let mut depth = 0usize;
        let mut de = None;
        for (j, &c) in b[ds..].iter().enumerate() {
            match c {
                b'{' => depth += 1,
                b'}' if depth == 0 => {
                    de = Some(ds + j);
                    break;
                }
                b'}' => depth -= 1,
                b'\n' => break,
                _ => {}
            }
        }
        let Some(de) = de else { continue };
        let d = &text[ds..de];
        let secret_named = may_be_secret_name(name.as_bytes())
            && (secret_name(name) || secrets::secret_key_name(name));
        // a provider key is at least 15 characters (Slack): shorter defaults of other names are
        // not worth the detector's time
        if !force && !secret_named && d.len() < 15 {
            continue;
        }
        // a secret-named compose value masks any literal default, even a placeholder-like one
        // (`change_me` is a default password all the same)
        if d.contains('$') || d.trim().is_empty() || !force && !credential_value(d) {
            continue;
        }
        if force || secret_named || matches!(secrets::classify(name, d), Some(Verdict::Real { .. }))
        {
            push(out, ds, de);
        }
    }
}

/// The lines that hold a word any line detector needs (a secret-ish name, an authorization
/// scheme, or a tool whose short flags take a credential), each once, in order: a whole file is
/// searched once with a literal-set matcher, and only those lines are read closely.
fn trigger_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    static TRIGGER: OnceLock<Option<regex::Regex>> = OnceLock::new();
    let re = TRIGGER.get_or_init(|| {
        regex::Regex::new(
            "(?i)pass|secret|token|key|cred|pw|dsn|auth|bearer|basic|sig|jwt|\
             mysql|mariadb|redis-cli|sshpass|login|mongo|curl|wget",
        )
        .ok()
    });
    let b = text.as_bytes();
    let mut next_from = 0usize;
    re.iter()
        .flat_map(move |r| r.find_iter(text))
        .filter_map(move |m| {
            if m.start() < next_from {
                return None;
            }
            let ls = b[..m.start()]
                .iter()
                .rposition(|&c| c == b'\n')
                .map_or(0, |i| i + 1);
            let le = b[m.end()..]
                .iter()
                .position(|&c| c == b'\n')
                .map_or(b.len(), |i| m.end() + i);
            next_from = le + 1;
            Some((ls, text[ls..le].trim_end_matches('\r')))
        })
}

fn is_quote(b: u8) -> bool {
    b == b'"' || b == b'\''
}

/// A value token starting at `p` in `line` (relative range): quoted (up to the closing quote)
/// or bare (up to whitespace or a shell/list delimiter).
fn token_at(line: &str, p: usize) -> (usize, usize) {
    let b = line.as_bytes();
    match b.get(p) {
        Some(&q) if is_quote(q) => {
            let close = line[p + 1..]
                .find(q as char)
                .map_or(line.len(), |c| p + 1 + c);
            (p + 1, close)
        }
        Some(_) => {
            let e = line[p..]
                .find(|c: char| {
                    c.is_whitespace()
                        || matches!(
                            c,
                            '"' | '\'' | '`' | ',' | ';' | '&' | '|' | ')' | ']' | '}'
                        )
                })
                .map_or(line.len(), |e| p + e);
            (p, e)
        }
        None => (p, p),
    }
}

/// The value of a flag whose name ends at `p` (relative to `line`, which starts at `ls` in
/// `text`; `opened`: the flag is a quoted list element): after `=`, after blanks, list commas and
/// the flag's own closing quote, or on the next line (a YAML list item, a `\` continuation).
/// Absolute range.
fn flag_value(text: &str, ls: usize, line: &str, p: usize, opened: bool) -> Option<(usize, usize)> {
    let b = line.as_bytes();
    if b.get(p) == Some(&b'=') {
        let (s, e) = token_at(line, p + 1);
        return Some((ls + s, ls + e));
    }
    let mut q = p;
    if opened && b.get(q).is_some_and(|c| is_quote(*c)) {
        q += 1;
    }
    while matches!(b.get(q), Some(b' ' | b'\t' | b',')) {
        q += 1;
    }
    match b.get(q) {
        Some(b'#') => return None,
        Some(_) if line[q..].trim() != "\\" => {
            let (s, e) = token_at(line, q);
            return Some((ls + s, ls + e));
        }
        _ => {}
    }
    // the next line: `- value`, `"value"`, or a continued shell line
    let next_start = ls + line.len() + text[ls + line.len()..].find('\n')? + 1;
    let next = text[next_start..]
        .split('\n')
        .next()?
        .trim_end_matches('\r');
    let t = next.trim_start();
    let mut off = next.len() - t.len();
    if let Some(r) = t.strip_prefix("- ") {
        off += 2 + (r.len() - r.trim_start().len());
    }
    let (s, e) = token_at(next, off);
    Some((next_start + s, next_start + e))
}

/// Does the flag name (without dashes) take a credential?
fn secret_flag(name: &str) -> bool {
    if !may_be_secret_name(name.as_bytes()) {
        return false;
    }
    let n = name.to_ascii_lowercase().replace('_', "-");
    if n.starts_with("no-") {
        return false;
    }
    matches!(
        n.as_str(),
        "password" | "passwd" | "pass" | "pw" | "requirepass" | "masterauth" | "token" | "apikey"
    ) || [
        "-password",
        "-passwd",
        "-token",
        "-secret",
        "api-key",
        "-apikey",
        "-pass",
    ]
    .iter()
    .any(|s| n.ends_with(s))
}

/// Is the byte before `i` a word boundary for a flag or a name?
fn boundary_before(b: &[u8], i: usize) -> bool {
    i == 0
        || matches!(
            b[i - 1],
            b' ' | b'\t' | b'"' | b'\'' | b'[' | b',' | b'(' | b'{' | b';'
        )
}

/// Does `hay` contain `needle` (ASCII case-insensitive)?
fn contains_ci(hay: &[u8], needle: &[u8]) -> bool {
    hay.len() >= needle.len()
        && hay
            .windows(needle.len())
            .any(|w| w.eq_ignore_ascii_case(needle))
}

/// A cheap first look at a query parameter name (see [`secret_param`]).
fn may_be_secret_param(name: &[u8]) -> bool {
    may_be_secret_name(name)
        || ["sig", "jwt", "pwd"]
            .iter()
            .any(|w| contains_ci(name, w.as_bytes()))
}

/// A cheap first look at a name: could it be a secret name at all (`pass`, `secret`, `token`,
/// `key`, `cred`, `pw`, `dsn`, `auth`)? [`secret_name`] decides.
fn may_be_secret_name(name: &[u8]) -> bool {
    [
        "pass", "secret", "token", "key", "cred", "pw", "dsn", "auth",
    ]
    .iter()
    .any(|w| contains_ci(name, w.as_bytes()))
}

/// Line-oriented detectors: assignments, command flags, authorization headers, nginx directives.
fn line_spans(text: &str, out: &mut Vec<Span>) {
    for (ls, line) in trigger_lines(text) {
        if line.len() < 4 {
            continue;
        }
        let b = line.as_bytes();
        // one pass to see which detectors the line needs
        let (mut assign, mut dashdash, mut short_flag, mut auth) = (false, false, false, false);
        for i in 0..b.len() {
            match b[i] {
                b'=' => assign = true,
                b':' if b.get(i + 1) == Some(&b' ') => assign = true,
                b'-' if b.get(i + 1) == Some(&b'-') => dashdash = true,
                b'-' if matches!(b.get(i + 1), Some(b'p' | b'a' | b'u'))
                    && boundary_before(b, i) =>
                {
                    short_flag = true
                }
                b'r' | b'R' if i >= 5 && b[i - 5..=i].eq_ignore_ascii_case(b"bearer") => {
                    auth = true
                }
                b'c' | b'C' if i >= 4 && b[i - 4..=i].eq_ignore_ascii_case(b"basic") => auth = true,
                _ => {}
            }
        }
        if assign {
            assignment_spans(ls, line, out);
        }
        if dashdash {
            for (i, _) in line.match_indices("--") {
                if !boundary_before(b, i) {
                    continue;
                }
                let name_len = line[i + 2..]
                    .bytes()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == b'-' || *c == b'_')
                    .count();
                let p = i + 2 + name_len;
                if name_len == 0
                    || !secret_flag(&line[i + 2..p])
                    || b.get(p)
                        .is_some_and(|c| !matches!(c, b'=' | b' ' | b'\t' | b'"' | b'\'' | b','))
                {
                    continue;
                }
                let opened = i > 0 && is_quote(b[i - 1]);
                if let Some((s, e)) = flag_value(text, ls, line, p, opened) {
                    if credential_value(&text[s..e]) && !text[s..e].starts_with('-') {
                        push(out, s, e);
                    }
                }
            }
        }
        let has = |w: &str| contains_ci(b, w.as_bytes());
        // short flags, only for the tools where their meaning is unambiguous
        let mut short = |flag: u8, attached: bool, separate: bool| {
            for i in 0..b.len().saturating_sub(1) {
                if b[i] != b'-' || b[i + 1] != flag || !boundary_before(b, i) {
                    continue;
                }
                let p = i + 2;
                let opened = i > 0 && is_quote(b[i - 1]);
                let range = match b.get(p) {
                    Some(c)
                        if attached && (c.is_ascii_alphanumeric() || b"!@%^*_+.~".contains(c)) =>
                    {
                        let (s, e) = token_at(line, p);
                        Some((ls + s, ls + e))
                    }
                    Some(b' ' | b'\t') if separate => flag_value(text, ls, line, p, opened),
                    Some(c) if separate && opened && is_quote(*c) => {
                        flag_value(text, ls, line, p, opened)
                    }
                    _ => None,
                };
                if let Some((s, e)) = range {
                    let v = &text[s..e];
                    let port_like = v
                        .bytes()
                        .all(|c| c.is_ascii_digit() || c == b':' || c == b'.');
                    if credential_value(v) && !v.starts_with('-') && !port_like {
                        push(out, s, e);
                    }
                }
            }
        };
        if short_flag && (has("mysql") || has("mariadb")) {
            short(b'p', true, false);
        }
        if short_flag && has("redis-cli") {
            short(b'a', true, true);
        }
        if short_flag && (has("sshpass") || has(" login") || has("mongo")) {
            short(b'p', false, true);
        }
        if (short_flag || line.contains("--user")) && (has("curl") || has("wget")) {
            // `-u user:pass`, `--user user:pass`: the part after the colon
            for flag in ["-u", "--user"] {
                for (i, _) in line.match_indices(flag) {
                    let p = i + flag.len();
                    if !boundary_before(b, i) || !matches!(b.get(p), Some(b' ' | b'=')) {
                        continue;
                    }
                    let mut q = p + 1;
                    while b.get(q) == Some(&b' ') {
                        q += 1;
                    }
                    let (s, e) = token_at(line, q);
                    if let Some(c) = line[s..e].find(':') {
                        if credential_value(&line[s + c + 1..e]) {
                            push(out, ls + s + c + 1, ls + e);
                        }
                    }
                }
            }
        }
        // `Authorization: Bearer <token>` / `Basic <credentials>`
        for word in ["bearer ", "basic "] {
            if !auth || !has(word) {
                continue;
            }
            let positions: Vec<usize> = (0..=b.len() - word.len())
                .filter(|&i| b[i..i + word.len()].eq_ignore_ascii_case(word.as_bytes()))
                .collect();
            for i in positions {
                if i > 0 && b[i - 1].is_ascii_alphanumeric() {
                    continue;
                }
                let mut p = i + word.len();
                while b.get(p) == Some(&b' ') {
                    p += 1;
                }
                let len = line[p..]
                    .bytes()
                    .take_while(|c| c.is_ascii_alphanumeric() || b"._~+/=-".contains(c))
                    .count();
                let v = &line[p..p + len];
                let random = secrets::char_classes(v) >= 2
                    && (v.bytes().any(|c| c.is_ascii_digit()) || len >= 20);
                if len >= 8 && random && credential_value(v) {
                    push(out, ls + p, ls + p + len);
                }
            }
        }
        // nginx: `set $api_token value;`, `proxy_set_header X-Api-Key value;`
        let t = line.trim_start();
        if !t.starts_with(['s', 'p', 'a', 'g', 'f', 'u']) {
            continue;
        }
        let indent = line.len() - t.len();
        let directive = t.split_whitespace().next().unwrap_or("");
        if matches!(
            directive,
            "set"
                | "proxy_set_header"
                | "add_header"
                | "grpc_set_header"
                | "fastcgi_param"
                | "uwsgi_param"
        ) {
            let tb = t.as_bytes();
            let mut words = Vec::new();
            let mut p = directive.len();
            while words.len() < 2 {
                while p < t.len() && tb[p].is_ascii_whitespace() {
                    p += 1;
                }
                if p >= t.len() {
                    break;
                }
                let (s, e) = token_at(t, p);
                if e <= s {
                    break;
                }
                words.push((s, e));
                p = if is_quote(tb[p]) {
                    (e + 1).min(t.len())
                } else {
                    e
                };
            }
            if let [(ns, ne), (vs, ve)] = words[..] {
                let name = t[ns..ne].trim_start_matches('$').replace('-', "_");
                if secret_name(&name) && credential_value(&t[vs..ve]) {
                    push(out, ls + indent + vs, ls + indent + ve);
                }
            }
        }
    }
}

/// `NAME=value`, `NAME: value`, `"name": "value"`, `name = "value"` where NAME says secret.
fn assignment_spans(ls: usize, line: &str, out: &mut Vec<Span>) {
    let b = line.as_bytes();
    for i in 0..b.len() {
        let c = b[i];
        if c != b'=' && c != b':' {
            continue;
        }
        let mut name_end = i;
        let mut spaced = false;
        if c == b'=' {
            if b.get(i + 1) == Some(&b'=') || i > 0 && matches!(b[i - 1], b'!' | b'<' | b'>' | b'=')
            {
                continue;
            }
            while name_end > 0 && b[name_end - 1] == b' ' {
                name_end -= 1;
                spaced = true;
            }
        }
        let quoted = name_end > 0 && is_quote(b[name_end - 1]);
        if quoted {
            name_end -= 1;
        }
        let mut s = name_end;
        while s > 0 && (b[s - 1].is_ascii_alphanumeric() || matches!(b[s - 1], b'_' | b'-' | b'.'))
        {
            s -= 1;
        }
        if s == name_end {
            continue;
        }
        if quoted {
            if s == 0 || b[s - 1] != b[name_end] {
                continue;
            }
            s -= 1;
        }
        if !boundary_before(b, s) {
            continue;
        }
        if !may_be_secret_name(&b[s..name_end]) {
            continue;
        }
        let name = line[s..name_end]
            .trim_matches(['"', '\''])
            .trim_start_matches(['-', '.'])
            .replace(['-', '.'], "_");
        if name.is_empty() || !secret_name(&name) && !secrets::secret_key_name(&name) {
            continue;
        }
        // the value
        let (vs, ve) = if c == b'=' {
            let mut p = i + 1;
            if spaced {
                while b.get(p) == Some(&b' ') {
                    p += 1;
                }
                if !b.get(p).is_some_and(|q| is_quote(*q)) {
                    continue;
                }
            }
            token_at(line, p)
        } else {
            if !matches!(b.get(i + 1), Some(b' ' | b'\t')) {
                continue;
            }
            let mut p = i + 1;
            while matches!(b.get(p), Some(b' ' | b'\t')) {
                p += 1;
            }
            match b.get(p) {
                None => continue,
                Some(q) if is_quote(*q) => token_at(line, p),
                Some(b'|' | b'>' | b'&' | b'*' | b'[' | b'{' | b'!' | b'#') => continue,
                Some(_) => {
                    let flow = line[..s].contains('{');
                    let mut e = line[p..].find(" #").map_or(line.len(), |e| p + e);
                    if flow {
                        e = line[p..e].find([',', '}']).map_or(e, |x| p + x);
                    }
                    let v = line[p..e].trim_end();
                    (p, p + v.len())
                }
            }
        };
        let v = &line[vs..ve];
        if v.contains("://") {
            // a URL: its credentials (and only those) are url_spans' business
            continue;
        }
        let accept = if secret_name(&name) {
            credential_value(v)
        } else {
            // broader names (`*_KEY`, `*_DSN`): only values that read as real credentials
            credential_value(v) && matches!(secrets::classify(&name, v), Some(Verdict::Real { .. }))
        };
        if accept {
            push(out, ls + vs, ls + ve);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Masking what is printed
// ---------------------------------------------------------------------------------------------

/// The secret pieces of a sensitive value, as the masker matches them: the password of a URL (not
/// its host), the default of an interpolation, the lines of a PEM body (not its armor), the secret
/// path of a webhook URL; the value itself otherwise.
pub fn secret_pieces(value: &str) -> Vec<&str> {
    let t = value.trim().trim_matches(['"', '\'']).trim();
    if t.contains("-----BEGIN") || t.contains("-----END") {
        return t
            .split(['\n', '\r', ' ', '\t', '"', '\''])
            .flat_map(|l| l.split("\\n"))
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.contains("-----"))
            .collect();
    }
    // a provider-format URL (a Slack webhook) is one secret, not a URL with parts
    let provider_whole = t.contains("://")
        && secrets::find_in_text(t)
            .first()
            .is_some_and(|(r, _)| r.start == 0 && r.end == t.len());
    let inner = if provider_whole {
        Vec::new()
    } else {
        credential_spans(t)
    };
    if !inner.is_empty() {
        return inner.iter().map(|s| s.slice(t)).collect();
    }
    if let Some(p) = t.find("://") {
        // a URL without a recognisable credential part (a webhook): its path is the secret
        let rest = &t[p + 3..];
        return match rest.find('/') {
            Some(slash) => vec![&rest[slash..]],
            None => Vec::new(),
        };
    }
    vec![t]
}

/// Base of the rolling hash (odd, so multiplication is invertible modulo 2^64).
const BASE: u64 = 0x0100_0000_01b3;

/// Bloom filter index of a rolling hash of a window of `len` bytes.
fn bloom_index(h: u64, len: usize, bits: u32) -> usize {
    ((h ^ (len as u64).wrapping_mul(0xff51_afd7_ed55_8ccd)).wrapping_mul(0x9e37_79b9_7f4a_7c15)
        >> (64 - bits)) as usize
}

fn rolling(w: &[u8]) -> u64 {
    w.iter().fold(0u64, |h, &c| {
        h.wrapping_mul(BASE).wrapping_add(c as u64 + 1)
    })
}

/// Pieces of one length, matched by a rolling hash over the text.
#[derive(Default)]
struct Lane {
    len: usize,
    /// `BASE^len`, to drop the byte leaving the window.
    pow: u64,
    /// Shorter than a window: only whole words match.
    word: bool,
    set: HashSet<Vec<u8>>,
}

/// Redacts known secret values from any string: every run of text covered by a 12-byte window of
/// a known secret piece, and every whole-word occurrence of a shorter piece, is replaced by its
/// short prefix and `****` ([`Masker::redact`]), or by `*` of the same length
/// ([`Masker::redact_same_len`], for code frames and diff lines whose spans must still fit).
/// Linear in the text: one rolling hash per piece length, a Bloom filter, then an exact check.
#[derive(Default)]
pub struct Masker {
    lanes: Vec<Lane>,
    bloom: Vec<u64>,
    bloom_bits: u32,
}

impl std::fmt::Debug for Masker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let n: Vec<String> = self
            .lanes
            .iter()
            .map(|l| format!("{}x{}", l.set.len(), l.len))
            .collect();
        write!(f, "Masker({})", n.join(", "))
    }
}

impl Masker {
    /// A masker for these sensitive values (split into their secret pieces).
    pub fn new<'a>(values: impl IntoIterator<Item = &'a str>) -> Masker {
        let mut by_len: HashMap<usize, HashSet<Vec<u8>>> = HashMap::new();
        let mut seen: HashSet<&str> = HashSet::new();
        for v in values {
            if !seen.insert(v) {
                continue;
            }
            for piece in secret_pieces(v) {
                let bytes = piece.as_bytes();
                // lowercase words (`postgres_password`, `change-me-later`) are guessable, not
                // random, and read like the identifiers messages are made of (a compose secret
                // called `zulip__postgres_password`): code frames mask them by their span, free
                // text does not look for them
                let word_like = bytes
                    .iter()
                    .all(|b| b.is_ascii_lowercase() || matches!(b, b'_' | b'-' | b'.'));
                if word_like {
                    continue;
                }
                if bytes.len() >= WINDOW {
                    let set = by_len.entry(WINDOW).or_default();
                    for w in bytes.windows(WINDOW) {
                        set.insert(w.to_vec());
                    }
                } else if bytes.len() >= 6
                    && secrets::char_classes(piece) >= 2
                    && !secrets::is_weak(piece)
                    && !secrets::is_placeholder(piece)
                {
                    by_len
                        .entry(bytes.len())
                        .or_default()
                        .insert(bytes.to_vec());
                }
            }
        }
        let entries: usize = by_len.values().map(HashSet::len).sum();
        if entries == 0 {
            return Masker::default();
        }
        let bloom_bits = (entries * 16)
            .next_power_of_two()
            .trailing_zeros()
            .clamp(16, 24);
        let mut bloom = vec![0u64; (1usize << bloom_bits) / 64];
        let mut lanes: Vec<Lane> = by_len
            .into_iter()
            .map(|(len, set)| {
                for w in &set {
                    let i = bloom_index(rolling(w), len, bloom_bits);
                    bloom[i / 64] |= 1 << (i % 64);
                }
                Lane {
                    len,
                    pow: (0..len).fold(1u64, |p, _| p.wrapping_mul(BASE)),
                    word: len < WINDOW,
                    set,
                }
            })
            .collect();
        lanes.sort_by_key(|l| l.len);
        Masker {
            lanes,
            bloom,
            bloom_bits,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.lanes.is_empty()
    }

    /// Byte ranges of `s` that show a known secret (merged, on char boundaries).
    pub fn leaks(&self, s: &str) -> Vec<(usize, usize)> {
        let b = s.as_bytes();
        let mut runs: Vec<(usize, usize)> = Vec::new();
        let word = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
        for lane in &self.lanes {
            let l = lane.len;
            if b.len() < l {
                continue;
            }
            let mut h = 0u64;
            for i in 0..b.len() {
                h = h.wrapping_mul(BASE).wrapping_add(b[i] as u64 + 1);
                if i >= l {
                    h = h.wrapping_sub((b[i - l] as u64 + 1).wrapping_mul(lane.pow));
                }
                if i + 1 < l {
                    continue;
                }
                let start = i + 1 - l;
                let bi = bloom_index(h, l, self.bloom_bits);
                if self.bloom[bi / 64] & (1 << (bi % 64)) == 0 {
                    continue;
                }
                if lane.word
                    && (start > 0 && word(b[start - 1]) || b.get(i + 1).is_some_and(|c| word(*c)))
                {
                    continue;
                }
                if lane.set.contains(&b[start..=i]) {
                    runs.push((start, i + 1));
                }
            }
        }
        runs.sort_unstable();
        let mut merged: Vec<(usize, usize)> = Vec::with_capacity(runs.len());
        for (a, e) in runs {
            match merged.last_mut() {
                Some(last) if a <= last.1 => last.1 = last.1.max(e),
                _ => merged.push((a, e)),
            }
        }
        for r in &mut merged {
            while !s.is_char_boundary(r.0) {
                r.0 -= 1;
            }
            while !s.is_char_boundary(r.1) {
                r.1 += 1;
            }
        }
        merged
    }

    /// Free text (a message, a help line, a fix description): each leaked run becomes its short
    /// prefix and `****`.
    pub fn redact<'a>(&self, s: &'a str) -> Cow<'a, str> {
        if self.is_empty() {
            return Cow::Borrowed(s);
        }
        let runs = self.leaks(s);
        if runs.is_empty() {
            return Cow::Borrowed(s);
        }
        let mut out = String::with_capacity(s.len());
        let mut last = 0;
        for (a, e) in runs {
            if a < last {
                continue;
            }
            out.push_str(&s[last..a]);
            out.push_str(&mask_secret(&s[a..e]));
            last = e;
        }
        out.push_str(&s[last..]);
        Cow::Owned(out)
    }

    /// Same length: each leaked run keeps its short prefix, the rest of its bytes become `*`
    /// (line ends are kept, so lines and spans still line up).
    pub fn redact_same_len<'a>(&self, s: &'a str) -> Cow<'a, str> {
        if self.is_empty() {
            return Cow::Borrowed(s);
        }
        let runs = self.leaks(s);
        if runs.is_empty() {
            return Cow::Borrowed(s);
        }
        let spans: Vec<Span> = runs.into_iter().map(|(a, e)| Span::new(a, e)).collect();
        Cow::Owned(mask_ranges(s, &spans))
    }
}

/// `text` with every range masked: its short prefix kept, every other byte but line ends
/// replaced by `*` (same byte length, same lines).
pub fn mask_ranges(text: &str, ranges: &[Span]) -> String {
    let mut out = text.as_bytes().to_vec();
    for r in ranges {
        let slice = r.slice(text);
        if slice.is_empty() {
            continue;
        }
        let keep = mask_prefix_len(slice);
        for b in out
            .iter_mut()
            .take(r.end as usize)
            .skip(r.start as usize + keep)
        {
            if *b != b'\n' && *b != b'\r' {
                *b = b'*';
            }
        }
    }
    // whole multi-byte characters are replaced (every byte of a masked one becomes `*`); a
    // character cut by a range edge is repaired by the lossy conversion
    String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// The project's masker and masked file texts, computed on first use (after git facts are in).
#[derive(Default)]
pub struct MaskCache {
    masker: OnceLock<Masker>,
    texts: Vec<OnceLock<Option<String>>>,
}

impl std::fmt::Debug for MaskCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("MaskCache")
    }
}

impl MaskCache {
    pub(super) fn new(files: usize) -> MaskCache {
        MaskCache {
            masker: OnceLock::new(),
            texts: (0..files).map(|_| OnceLock::new()).collect(),
        }
    }
}

impl Project {
    /// The masker every printed string passes through: the values under every sensitive range of
    /// every file, plus the secrets of files that git history holds.
    pub fn masker(&self) -> &Masker {
        self.masks.masker.get_or_init(|| {
            let mut values: Vec<&str> = self
                .sensitive
                .iter()
                .map(|(f, s)| s.slice(&self.files[*f].text))
                .collect();
            // secrets of files git history still holds (a deleted `.env`) are masked too
            for blob in &self.git.history {
                let kind = seaworthy_syntax::classify(&blob.path, Some(&blob.text))
                    .unwrap_or(FileKind::OtherConf);
                values.extend(
                    spans_for(kind, &blob.text)
                        .into_iter()
                        .map(|s| s.slice(&blob.text)),
                );
            }
            Masker::new(values)
        })
    }

    /// Sensitive ranges of one file (sorted).
    pub fn sensitive_in(&self, id: FileId) -> &[(FileId, Span)] {
        let a = self.sensitive.partition_point(|(f, _)| *f < id);
        let b = self.sensitive.partition_point(|(f, _)| *f <= id);
        &self.sensitive[a..b]
    }

    /// Source text of a file with every sensitive range masked, and every other occurrence of a
    /// known secret too (same byte length and same lines, so spans still fit).
    pub fn masked_text(&self, id: FileId) -> Cow<'_, str> {
        let compute = || -> Option<String> {
            let file = &self.files[id];
            let ranges: Vec<Span> = self.sensitive_in(id).iter().map(|(_, s)| *s).collect();
            let spanned = if ranges.is_empty() {
                Cow::Borrowed(file.text.as_str())
            } else {
                Cow::Owned(mask_ranges(&file.text, &ranges))
            };
            match self.masker().redact_same_len(&spanned) {
                Cow::Owned(s) => Some(s),
                Cow::Borrowed(_) => match spanned {
                    Cow::Owned(s) => Some(s),
                    Cow::Borrowed(_) => None,
                },
            }
        };
        let file = &self.files[id];
        match self.masks.texts.get(id) {
            Some(cell) => match cell.get_or_init(compute) {
                Some(s) => Cow::Borrowed(s),
                None => Cow::Borrowed(&file.text),
            },
            None => compute().map_or(Cow::Borrowed(file.text.as_str()), Cow::Owned),
        }
    }

    /// Any text about to be printed, with every known secret masked.
    pub fn redact<'a>(&self, s: &'a str) -> Cow<'a, str> {
        self.masker().redact(s)
    }

    /// A text of the same kind as file `id` that is not in the model (a fixed version of it),
    /// masked like [`Project::masked_text`]: its own sensitive ranges, then every known secret.
    pub fn masked_copy(&self, id: FileId, text: &str) -> String {
        let kind = self.files.get(id).map_or(FileKind::OtherConf, |f| f.kind);
        let spanned = mask_ranges(text, &spans_for(kind, text));
        self.masker().redact_same_len(&spanned).into_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn masked(text: &str) -> String {
        mask_ranges(text, &text_spans(text))
    }

    #[test]
    fn urls() {
        let t = "amqp://app:Pq8xZr2mKt7w@rabbitmq:5672// redis://:Zt9qWm3xPr7k@redis/0 \
                 postgres://u:${DB_PASSWORD}@db/x https://api.telegram.org/bot1234567890:AAHk3mN9pQ2rS5tU8vW1xY4zA7bC0dE3fG6/ \
                 http://api/v1/?api_key=Kp3xQ9mZt7Wr&env=prod https://h/services/Tq8ZmK3xPw7NvR2sYt5LbJ9c/";
        let m = masked(t);
        for secret in [
            "Pq8xZr2mKt7w",
            "Zt9qWm3xPr7k",
            "AAHk3mN9pQ2rS5tU8vW1xY4zA7bC0dE3fG6",
            "Kp3xQ9mZt7Wr",
            "Tq8ZmK3xPw7NvR2sYt5LbJ9c",
        ] {
            assert!(!m.contains(secret), "{secret} in {m}");
        }
        for public in [
            "@rabbitmq:5672//",
            "${DB_PASSWORD}",
            "&env=prod",
            "api.telegram.org/bot",
        ] {
            assert!(m.contains(public), "{public} masked: {m}");
        }
    }

    #[test]
    fn commands_and_assignments() {
        let t = "command: redis-server --requirepass Hq7mZ2xKp9\n\
                 test: [\"CMD\", \"redis-cli\", \"-a\", \"Wn4pX8qZ2m\", \"ping\"]\n\
                 RUN mysqladmin -uroot -pRt5xM9qZ2w status\n\
                 - run: docker login -u ci --password Yb3nQ7xK2p registry\n\
                 curl -u deploy:Jm8xQ2pZ5w https://x\n\
                 docker run -p3306:3306 mysql:8\n\
                 export API_TOKEN=Vx9qM2pZ7k\n\
                 env:\n  DB_PASSWORD: \"Kz4mX8qP2w\"\n\
                 proxy_set_header Authorization \"Bearer Pz7xQ2mK9wRt\";\n\
                 set $api_token Lm3xQ9pZ7w;\n\
                 command:\n  - --requirepass\n  - Cq5mX9pZ2k\n\
                 docker build --secret id=npm,src=.npmrc .\n\
                 DB_PASSWORD_FILE=/run/secrets/db\n\
                 SECRET_KEY = \"Gx7mQ2pZ9k\"\n\
                 JWT_TOKEN_EXPIRY: \"24h\"\n    \"jsonwebtoken\": \"^9.0.3\",\n\
                 secrets: inherit\nid-token: write\nimage_key: DOCKER_IMAGE_MYSQL\n\
                 TOKEN_THROTTLE_RATE = \"1000/min\"\n\
                 ENV GOOGLE_APPLICATION_CREDENTIALS=/run/app/key.json\n";
        let m = masked(t);
        for secret in [
            "Hq7mZ2xKp9",
            "Wn4pX8qZ2m",
            "Rt5xM9qZ2w",
            "Yb3nQ7xK2p",
            "Jm8xQ2pZ5w",
            "Vx9qM2pZ7k",
            "Kz4mX8qP2w",
            "Pz7xQ2mK9wRt",
            "Lm3xQ9pZ7w",
            "Cq5mX9pZ2k",
            "Gx7mQ2pZ9k",
        ] {
            assert!(!m.contains(secret), "{secret} in:\n{m}");
        }
        for public in [
            "-p3306:3306",
            "id=npm,src=.npmrc",
            "/run/secrets/db",
            "-uroot",
            "JWT_TOKEN_EXPIRY: \"24h\"",
            "\"jsonwebtoken\": \"^9.0.3\"",
            "secrets: inherit",
            "id-token: write",
            "image_key: DOCKER_IMAGE_MYSQL",
            "TOKEN_THROTTLE_RATE = \"1000/min\"",
            "GOOGLE_APPLICATION_CREDENTIALS=/run/app/key.json",
        ] {
            assert!(m.contains(public), "{public} masked:\n{m}");
        }
        assert_eq!(m.len(), t.len());
        assert_eq!(m.lines().count(), t.lines().count());
    }

    #[test]
    fn interpolation_defaults() {
        let t = "STRIPE_KEY: ${STRIPE_KEY:-sk_live_Ab3dEf6hIj9kLm2nOp5qRs8t}\n\
                 X: ${SESSION_SECRET-Qz8mXp2Kw7Rt}\nLOG: ${LOG_LEVEL:-info}\nP: ${DB_PASSWORD:-}\n";
        let m = masked(t);
        assert!(!m.contains("Ab3dEf6hIj9kLm2nOp5qRs8t"), "{m}");
        assert!(!m.contains("Qz8mXp2Kw7Rt"), "{m}");
        assert!(m.contains("${LOG_LEVEL:-info}"), "{m}");
    }

    #[test]
    fn no_masking_of_ordinary_text() {
        let t = "FROM python:3.12-slim\nRUN pip install --no-cache-dir -r requirements.txt\n\
                 proxy_pass http://api:8000/v1/;\nlocation /static/ { alias /srv/static/; }\n\
                 healthcheck:\n  test: [\"CMD\", \"pg_isready\", \"-U\", \"postgres\"]\n\
                 image: postgres:16\nPOSTGRES_PASSWORD_FILE: /run/secrets/pg\n\
                 https://github.com/acme/tool/archive/3f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a.tar.gz\n";
        assert_eq!(masked(t), t);
    }

    #[test]
    fn masker_redacts_any_piece() {
        let secret = "Qm8xZ2pK7wRt4nV9bL3c";
        let m = Masker::new(["postgresql://app:Qm8xZ2pK7wRt4nV9bL3c@db/app", "hunter2pw!"]);
        let msg = format!(
            "`DATABASE_URL` has password `{secret}`, `{}`…",
            &secret[3..17]
        );
        let r = m.redact(&msg);
        assert!(!r.contains(&secret[3..15]), "{r}");
        assert!(r.contains("`DATABASE_URL` has password `Qm8x****`"), "{r}");
        // the host and the scheme are not secrets
        assert_eq!(
            m.redact("postgresql://app@db/app"),
            "postgresql://app@db/app"
        );
        // short pieces as whole words only
        assert_eq!(m.redact("pw hunter2pw! x"), "pw hu**** x");
        // lowercase words are guessable and read like identifiers: left to the code frames
        let m2 = Masker::new(["postgres_password"]);
        assert_eq!(
            m2.redact("secret `zulip__postgres_password`"),
            "secret `zulip__postgres_password`"
        );
        assert_eq!(m.redact("xhunter2pw!"), "xhunter2pw!");
        let same = m.redact_same_len(&msg);
        assert_eq!(same.len(), msg.len());
        assert!(!same.contains(&secret[3..15]));
        // PEM armor is public, the body is not
        let pem = "-----BEGIN RSA PRIVATE KEY-----\\nMIIEowIBAAKCAQEAx7Zq9mK2pW8rT4vN\\n-----END RSA PRIVATE KEY-----";
        let m = Masker::new([pem]);
        assert_eq!(
            m.redact("-----BEGIN RSA PRIVATE KEY-----"),
            "-----BEGIN RSA PRIVATE KEY-----"
        );
        assert!(!m.redact(pem).contains("MIIEowIBAAKC"));
    }
}
