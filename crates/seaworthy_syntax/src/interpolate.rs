//! Compose variable interpolation, as the compose spec defines it: `$VAR`, `${VAR}`,
//! `${VAR:-default}`, `${VAR-default}`, `${VAR:?err}`, `${VAR?err}`, `${VAR:+alt}`, `${VAR+alt}`,
//! nesting in the default (`${A:-${B:-x}}`), and `$$` for a literal `$`. A `$` not followed by a
//! valid name or `{` is kept as is. Every variable reference is reported with its span and whether
//! it had a default, so rules can say where a value came from.

use crate::span::Span;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VarRef {
    pub name: String,
    /// Span of the whole `${...}` / `$NAME` in the input.
    pub span: Span,
    /// The default text when the reference has `:-` / `-` (raw, before its own interpolation).
    pub default: Option<String>,
    /// `:?` / `?`: the variable is required.
    pub required: bool,
    /// The variable had no value and no default (so it became empty, or an error when required).
    pub unresolved: bool,
    /// The value came from the default.
    pub used_default: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InterpolationError {
    pub message: String,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Interpolated {
    pub value: String,
    pub refs: Vec<VarRef>,
    pub errors: Vec<InterpolationError>,
}

/// Interpolate `s` with `lookup` (variable → value, `None` when unset).
pub fn interpolate(s: &str, lookup: &dyn Fn(&str) -> Option<String>) -> Interpolated {
    let mut out = Interpolated::default();
    let value = expand(s, 0, lookup, &mut out, 0);
    out.value = value;
    out
}

fn is_name_start(c: u8) -> bool {
    c == b'_' || c.is_ascii_alphabetic()
}

fn is_name_char(c: u8) -> bool {
    c == b'_' || c.is_ascii_alphanumeric()
}

fn expand(
    s: &str,
    base: usize,
    lookup: &dyn Fn(&str) -> Option<String>,
    out: &mut Interpolated,
    depth: usize,
) -> String {
    let b = s.as_bytes();
    let mut res = String::with_capacity(s.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'$' {
            // the whole run up to the next `$` at once (`$` is ASCII: a char boundary)
            let end = s[i..].find('$').map_or(s.len(), |p| i + p);
            res.push_str(&s[i..end]);
            i = end;
            continue;
        }
        match b.get(i + 1) {
            Some(b'$') => {
                res.push('$');
                i += 2;
            }
            Some(b'{') => {
                // find the matching close brace (nested ${...} inside defaults)
                let mut j = i + 2;
                let mut level = 1;
                while j < b.len() {
                    if b[j] == b'$' && b.get(j + 1) == Some(&b'{') {
                        level += 1;
                        j += 2;
                        continue;
                    }
                    if b[j] == b'}' {
                        level -= 1;
                        if level == 0 {
                            break;
                        }
                    }
                    j += 1;
                }
                if j >= b.len() {
                    out.errors.push(InterpolationError {
                        message: "unterminated `${`: missing `}`".into(),
                        span: Span::new(base + i, base + s.len()),
                    });
                    res.push_str(&s[i..]);
                    return res;
                }
                let inner = &s[i + 2..j];
                let span = Span::new(base + i, base + j + 1);
                let name_end = inner
                    .bytes()
                    .position(|c| !is_name_char(c))
                    .unwrap_or(inner.len());
                let name = &inner[..name_end];
                if name.is_empty() || !is_name_start(name.as_bytes()[0]) {
                    out.errors.push(InterpolationError {
                        message: format!("invalid interpolation `${{{inner}}}`: a variable name must start with a letter or `_`"),
                        span,
                    });
                    i = j + 1;
                    continue;
                }
                let rest = &inner[name_end..];
                let val = lookup(name);
                let (op, word) = [":-", ":?", ":+", "-", "?", "+"]
                    .iter()
                    .find_map(|op| rest.strip_prefix(op).map(|w| (*op, w)))
                    .unwrap_or(("", rest));
                if op.is_empty() && !rest.is_empty() {
                    out.errors.push(InterpolationError {
                        message: format!("unsupported interpolation `${{{inner}}}` (compose supports only :-, -, :?, ?, :+, +)"),
                        span,
                    });
                    i = j + 1;
                    continue;
                }
                let word_base = base + i + 2 + name_end + op.len();
                let set = val.is_some();
                let non_empty = val.as_deref().is_some_and(|v| !v.is_empty());
                let mut r = VarRef {
                    name: name.to_string(),
                    span,
                    default: None,
                    required: false,
                    unresolved: false,
                    used_default: false,
                };
                let piece = match op {
                    ":-" | "-" => {
                        r.default = Some(word.to_string());
                        let use_default = if op == ":-" { !non_empty } else { !set };
                        if use_default && depth < 16 {
                            r.used_default = true;
                            expand(word, word_base, lookup, out, depth + 1)
                        } else {
                            val.unwrap_or_default()
                        }
                    }
                    ":?" | "?" => {
                        r.required = true;
                        let missing = if op == ":?" { !non_empty } else { !set };
                        if missing {
                            r.unresolved = true;
                            out.errors.push(InterpolationError {
                                message: format!(
                                    "required variable `{name}` is not set{}",
                                    if word.is_empty() {
                                        String::new()
                                    } else {
                                        format!(": {word}")
                                    }
                                ),
                                span,
                            });
                        }
                        val.unwrap_or_default()
                    }
                    ":+" | "+" => {
                        let use_alt = if op == ":+" { non_empty } else { set };
                        if use_alt && depth < 16 {
                            expand(word, word_base, lookup, out, depth + 1)
                        } else {
                            String::new()
                        }
                    }
                    _ => {
                        if !set {
                            r.unresolved = true;
                        }
                        val.unwrap_or_default()
                    }
                };
                out.refs.push(r);
                res.push_str(&piece);
                i = j + 1;
            }
            Some(&c) if is_name_start(c) => {
                let mut j = i + 1;
                while j < b.len() && is_name_char(b[j]) {
                    j += 1;
                }
                let name = &s[i + 1..j];
                let val = lookup(name);
                out.refs.push(VarRef {
                    name: name.to_string(),
                    span: Span::new(base + i, base + j),
                    default: None,
                    required: false,
                    unresolved: val.is_none(),
                    used_default: false,
                });
                res.push_str(&val.unwrap_or_default());
                i = j;
            }
            _ => {
                res.push('$');
                i += 1;
            }
        }
    }
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(k: &str) -> Option<String> {
        match k {
            "SET" => Some("value".into()),
            "EMPTY" => Some(String::new()),
            "FOO" => Some("foo".into()),
            _ => None,
        }
    }

    fn v(s: &str) -> String {
        interpolate(s, &env).value
    }

    /// The table of the compose spec (chapter "Interpolation").
    #[test]
    fn spec_table() {
        assert_eq!(v("${SET}"), "value");
        assert_eq!(v("$SET"), "value");
        assert_eq!(v("${UNSET}"), "");
        assert_eq!(v("${UNSET:-default}"), "default");
        assert_eq!(v("${EMPTY:-default}"), "default");
        assert_eq!(v("${SET:-default}"), "value");
        assert_eq!(v("${UNSET-default}"), "default");
        assert_eq!(v("${EMPTY-default}"), "");
        assert_eq!(v("${SET:+alt}"), "alt");
        assert_eq!(v("${EMPTY:+alt}"), "");
        assert_eq!(v("${EMPTY+alt}"), "alt");
        assert_eq!(v("${UNSET+alt}"), "");
        assert_eq!(v("${UNSET:-${FOO}}"), "foo");
        assert_eq!(v("${UNSET:-${UNSET2:-default}}"), "default");
        assert_eq!(v("$$VAR_NOT_INTERPOLATED"), "$VAR_NOT_INTERPOLATED");
        assert_eq!(v("price: 5$"), "price: 5$");
        assert_eq!(v("$1 and $-"), "$1 and $-");
        assert_eq!(v("a${SET}b${FOO}c"), "avaluebfooc");
        assert_eq!(v("é$SETé ${FOO}ü$"), "évalueé fooü$");
        assert_eq!(v("no variables here"), "no variables here");
    }

    #[test]
    fn required_and_errors() {
        let r = interpolate("${UNSET:?must be set}", &env);
        assert_eq!(r.errors.len(), 1);
        assert!(r.errors[0].message.contains("must be set"));
        let r = interpolate("${EMPTY?x}", &env);
        assert!(r.errors.is_empty());
        let r = interpolate("${EMPTY:?x}", &env);
        assert_eq!(r.errors.len(), 1);
        let r = interpolate("${UNTERMINATED", &env);
        assert!(r.errors[0].message.contains("unterminated"));
        let r = interpolate("${1BAD}", &env);
        assert!(r.errors[0].message.contains("invalid"));
        let r = interpolate("${VAR/foo/bar}", &env);
        assert!(r.errors[0].message.contains("unsupported"));
    }

    #[test]
    fn references_keep_spans_and_defaults() {
        let s = "postgres://u:${PASS:-change_me}@db/${UNSET}";
        let r = interpolate(s, &env);
        assert_eq!(r.refs.len(), 2);
        assert_eq!(r.refs[0].span.slice(s), "${PASS:-change_me}");
        assert_eq!(r.refs[0].default.as_deref(), Some("change_me"));
        assert!(r.refs[0].used_default);
        assert!(r.refs[1].unresolved);
        for junk in ["$", "${", "${}", "${:-}", "$${", "${A:-${B", "é${A}é"] {
            let _ = interpolate(junk, &env);
        }
    }
}
