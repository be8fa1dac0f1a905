//! The bounded evaluator: a tree-sitter expression node to a [`Val`].

use super::engine::{Ctx, EnvReader};
use crate::value::{Call, EnvRef, EnvSource, Kwarg, Val, Value};
use seaworthy_syntax::Span;
use tree_sitter::Node;

/// Deepest expression nesting the evaluator follows; deeper parts become `Expr` text.
pub const MAX_EVAL_DEPTH: usize = 24;
/// Elements kept from one list/dict display, arguments kept from one call.
pub const MAX_ITEMS: usize = 256;
const MAX_TEXT: usize = 240;
const MAX_STR: usize = 8192;
/// A name is replaced by its earlier value only when that value is this small.
pub const MAX_SUBSTITUTE: usize = 64;

pub fn span_of(n: Node) -> Span {
    Span::new(n.start_byte(), n.end_byte())
}

pub fn named_children(n: Node) -> Vec<Node> {
    let mut c = n.walk();
    n.named_children(&mut c)
        .filter(|x| x.kind() != "comment")
        .collect()
}

pub fn children(n: Node) -> Vec<Node> {
    let mut c = n.walk();
    n.children(&mut c).collect()
}

/// Cut at a char boundary at most `max` bytes in.
pub fn cap(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while end > 0 && !s.is_char_boundary(end) {
        end -= 1;
    }
    s.get(..end).unwrap_or("")
}

/// Is this string node an f-string / byte string, and its decoded content.
pub fn string_literal(src: &str, n: Node) -> Option<(String, bool)> {
    match n.kind() {
        "string" => {
            let kids = children(n);
            let start = kids.first().filter(|k| k.kind() == "string_start")?;
            let end = kids.last().filter(|k| k.kind() == "string_end")?;
            let prefix = src
                .get(start.start_byte()..start.end_byte())?
                .trim_end_matches(['"', '\''])
                .to_ascii_lowercase();
            let body = src.get(start.end_byte()..end.start_byte().max(start.end_byte()))?;
            let body = cap(body, MAX_STR);
            if prefix.contains('f') || prefix.contains('t') {
                return Some((body.to_string(), true));
            }
            if prefix.contains('r') {
                return Some((body.to_string(), false));
            }
            Some((unescape(body), false))
        }
        "concatenated_string" => {
            let mut out = String::new();
            let mut formatted = false;
            for part in named_children(n) {
                let (s, f) = string_literal(src, part)?;
                formatted |= f;
                out.push_str(&s);
                if out.len() > MAX_STR {
                    break;
                }
            }
            Some((out, formatted))
        }
        _ => None,
    }
}

fn unescape(s: &str) -> String {
    if !s.contains('\\') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some('0') => out.push('\0'),
            Some('\\') => out.push('\\'),
            Some('\'') => out.push('\''),
            Some('"') => out.push('"'),
            Some('\n') => {}
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    out
}

/// Dotted text of an identifier/attribute chain (`a.b.c`), `None` for anything else. Bounded.
pub fn dotted(src: &str, n: Node) -> Option<String> {
    let mut parts: Vec<&str> = Vec::new();
    let mut cur = n;
    for _ in 0..MAX_EVAL_DEPTH {
        match cur.kind() {
            "identifier" => {
                parts.push(src.get(cur.start_byte()..cur.end_byte())?);
                parts.reverse();
                return Some(parts.join("."));
            }
            "attribute" => {
                let attr = cur.child_by_field_name("attribute")?;
                parts.push(src.get(attr.start_byte()..attr.end_byte())?);
                cur = cur.child_by_field_name("object")?;
            }
            _ => return None,
        }
    }
    None
}

pub fn text<'a>(src: &'a str, n: Node) -> &'a str {
    src.get(n.start_byte()..n.end_byte()).unwrap_or("")
}

/// Positional arguments and keyword arguments of a call node.
pub struct Args<'t> {
    pub pos: Vec<Node<'t>>,
    pub kw: Vec<(String, Node<'t>, Node<'t>)>,
}

pub fn call_args<'t>(src: &str, call: Node<'t>) -> Args<'t> {
    let mut out = Args {
        pos: Vec::new(),
        kw: Vec::new(),
    };
    let Some(al) = call.child_by_field_name("arguments") else {
        return out;
    };
    if al.kind() != "argument_list" {
        return out;
    }
    for a in named_children(al).into_iter().take(MAX_ITEMS) {
        match a.kind() {
            "keyword_argument" => {
                if let (Some(k), Some(v)) = (
                    a.child_by_field_name("name"),
                    a.child_by_field_name("value"),
                ) {
                    out.kw.push((text(src, k).to_string(), v, a));
                }
            }
            "list_splat" | "dictionary_splat" => {}
            _ => out.pos.push(a),
        }
    }
    out
}

impl Args<'_> {
    pub fn kw(&self, name: &str) -> Option<Node<'_>> {
        self.kw
            .iter()
            .rev()
            .find(|(k, _, _)| k == name)
            .map(|(_, v, _)| *v)
    }
}

impl<'s> Ctx<'s> {
    pub fn val(&self, n: Node) -> Val {
        self.eval(n, 0)
    }

    fn expr(&self, n: Node) -> Val {
        Val::new(
            span_of(n),
            Value::Expr(cap(text(self.src, n), MAX_TEXT).to_string()),
        )
    }

    pub fn kwargs(&self, args: &Args, depth: usize) -> Vec<Kwarg> {
        args.kw
            .iter()
            .map(|(k, v, whole)| Kwarg {
                name: k.clone(),
                value: self.eval(*v, depth + 1),
                span: span_of(*whole),
            })
            .collect()
    }

    pub fn eval(&self, n: Node, depth: usize) -> Val {
        if depth > MAX_EVAL_DEPTH {
            return self.expr(n);
        }
        let d = depth + 1;
        let span = span_of(n);
        let v = |value| Val::new(span, value);
        match n.kind() {
            "string" | "concatenated_string" => match string_literal(self.src, n) {
                Some((s, false)) => v(Value::Str(s)),
                Some((s, true)) => v(Value::Format(s)),
                None => self.expr(n),
            },
            "integer" => {
                let t = text(self.src, n).replace('_', "").to_ascii_lowercase();
                let parsed = if let Some(h) = t.strip_prefix("0x") {
                    i64::from_str_radix(h, 16).ok()
                } else if let Some(o) = t.strip_prefix("0o") {
                    i64::from_str_radix(o, 8).ok()
                } else if let Some(b) = t.strip_prefix("0b") {
                    i64::from_str_radix(b, 2).ok()
                } else {
                    t.parse().ok()
                };
                parsed
                    .map(|i| v(Value::Int(i)))
                    .unwrap_or_else(|| self.expr(n))
            }
            "float" => text(self.src, n)
                .replace('_', "")
                .parse()
                .map(|f| v(Value::Float(f)))
                .unwrap_or_else(|_| self.expr(n)),
            "true" => v(Value::Bool(true)),
            "false" => v(Value::Bool(false)),
            "none" => v(Value::None),
            "parenthesized_expression" => match named_children(n).as_slice() {
                [one] => {
                    let mut inner = self.eval(*one, d);
                    inner.span = span;
                    inner
                }
                _ => self.expr(n),
            },
            "list" | "tuple" | "set" | "expression_list" => v(Value::List(
                named_children(n)
                    .into_iter()
                    .take(MAX_ITEMS)
                    .map(|c| self.eval(c, d))
                    .collect(),
            )),
            "dictionary" => v(Value::Dict(
                named_children(n)
                    .into_iter()
                    .filter(|c| c.kind() == "pair")
                    .take(MAX_ITEMS)
                    .filter_map(|p| {
                        let k = p.child_by_field_name("key")?;
                        let val = p.child_by_field_name("value")?;
                        Some((self.eval(k, d), self.eval(val, d)))
                    })
                    .collect(),
            )),
            "identifier" => {
                let name = text(self.src, n);
                match self.lookup(name) {
                    Some(found) if !matches!(&found.value, Value::Name(n) if n == name) => {
                        found.clone()
                    }
                    _ => v(Value::Name(self.qualify(name))),
                }
            }
            "attribute" => match dotted(self.src, n) {
                Some(d) => {
                    let q = self.qualify(&d);
                    // settings.X of a pydantic settings object built in this file
                    if let Some((obj, field)) = q.rsplit_once('.') {
                        if let Some(f) = self.settings_field(obj, field) {
                            return f;
                        }
                    }
                    v(Value::Attr(q))
                }
                None => self.expr(n),
            },
            "subscript" => self.eval_subscript(n, d).unwrap_or_else(|| self.expr(n)),
            "call" => self.eval_call(n, d),
            "comparison_operator" => {
                let kids = children(n);
                let operands: Vec<Node> = kids.iter().copied().filter(|k| k.is_named()).collect();
                if operands.len() < 2 {
                    return self.expr(n);
                }
                let (a, b) = (operands[0], operands[1]);
                let op = kids
                    .iter()
                    .filter(|k| {
                        !k.is_named()
                            && k.start_byte() >= a.end_byte()
                            && k.end_byte() <= b.start_byte()
                    })
                    .map(|k| text(self.src, *k))
                    .collect::<Vec<_>>()
                    .join(" ");
                v(Value::Compare {
                    left: Box::new(self.eval(a, d)),
                    op,
                    right: Box::new(self.eval(b, d)),
                })
            }
            "boolean_operator" => {
                match (
                    n.child_by_field_name("left"),
                    n.child_by_field_name("operator"),
                    n.child_by_field_name("right"),
                ) {
                    (Some(l), Some(o), Some(r)) => v(Value::BoolOp {
                        op: text(self.src, o).to_string(),
                        left: Box::new(self.eval(l, d)),
                        right: Box::new(self.eval(r, d)),
                    }),
                    _ => self.expr(n),
                }
            }
            "conditional_expression" => {
                let parts = named_children(n);
                match parts.as_slice() {
                    [then, cond, otherwise] => v(Value::IfElse {
                        cond: Box::new(self.eval(*cond, d)),
                        then: Box::new(self.eval(*then, d)),
                        otherwise: Box::new(self.eval(*otherwise, d)),
                    }),
                    _ => self.expr(n),
                }
            }
            "not_operator" => match n.child_by_field_name("argument") {
                Some(a) => v(Value::Not(Box::new(self.eval(a, d)))),
                None => self.expr(n),
            },
            "unary_operator" => {
                let inner = n.child_by_field_name("argument").map(|a| self.eval(a, d));
                let op = n.child_by_field_name("operator").map(|o| text(self.src, o));
                match (op, inner.map(|i| i.value)) {
                    (Some("-"), Some(Value::Int(i))) => v(Value::Int(i.saturating_neg())),
                    (Some("-"), Some(Value::Float(f))) => v(Value::Float(-f)),
                    (Some("+"), Some(x @ (Value::Int(_) | Value::Float(_)))) => v(x),
                    _ => self.expr(n),
                }
            }
            "binary_operator" => {
                let l = n.child_by_field_name("left").map(|x| self.eval(x, d));
                let r = n.child_by_field_name("right").map(|x| self.eval(x, d));
                let op = n.child_by_field_name("operator").map(|o| text(self.src, o));
                let folded = match (
                    l.as_ref().and_then(Val::as_int),
                    op,
                    r.as_ref().and_then(Val::as_int),
                ) {
                    (Some(a), Some("+"), Some(b)) => a.checked_add(b),
                    (Some(a), Some("-"), Some(b)) => a.checked_sub(b),
                    (Some(a), Some("*"), Some(b)) => a.checked_mul(b),
                    (Some(a), Some("//"), Some(b)) if b != 0 => a.checked_div_euclid(b),
                    (Some(a), Some("%"), Some(b)) if b != 0 => a.checked_rem_euclid(b),
                    (Some(a), Some("**"), Some(b)) if (0..64).contains(&b) => {
                        a.checked_pow(b as u32)
                    }
                    (Some(a), Some("<<"), Some(b)) if (0..63).contains(&b) => {
                        a.checked_mul(1i64 << b)
                    }
                    _ => None,
                };
                match folded {
                    Some(i) => v(Value::Int(i)),
                    None => match (l, op, r) {
                        // "a" + "b"
                        (
                            Some(Val {
                                value: Value::Str(a),
                                ..
                            }),
                            Some("+"),
                            Some(Val {
                                value: Value::Str(b),
                                ..
                            }),
                        ) => v(Value::Str(a + &b)),
                        _ => self.expr(n),
                    },
                }
            }
            _ => self.expr(n),
        }
    }

    fn eval_subscript(&self, n: Node, d: usize) -> Option<Val> {
        let value = n.child_by_field_name("value")?;
        let key = n.child_by_field_name("subscript")?;
        let base = dotted(self.src, value).map(|b| self.qualify(&b))?;
        if base == "os.environ" {
            let (var, _) = string_literal(self.src, key)?;
            return Some(Val::new(
                span_of(n),
                Value::Env(EnvRef {
                    var,
                    default: None,
                    cast: None,
                    required: true,
                    source: EnvSource::Os,
                }),
            ));
        }
        let _ = d;
        None
    }

    fn eval_call(&self, n: Node, d: usize) -> Val {
        let span = span_of(n);
        let Some(func) = n.child_by_field_name("function") else {
            return self.expr(n);
        };
        let args = call_args(self.src, n);
        let str_arg = |node: Option<Node>| {
            node.and_then(|a| string_literal(self.src, a))
                .filter(|(_, f)| !f)
                .map(|(s, _)| s)
        };
        let boxed = |node: Option<Node>| node.map(|x| Box::new(self.eval(x, d)));
        // method call on an arbitrary receiver: `x.lower()`, `os.getenv(...).split(",")`
        if func.kind() == "attribute" {
            if let (Some(obj), Some(attr)) = (
                func.child_by_field_name("object"),
                func.child_by_field_name("attribute"),
            ) {
                let m = text(self.src, attr);
                if matches!(
                    m,
                    "lower"
                        | "upper"
                        | "strip"
                        | "lstrip"
                        | "rstrip"
                        | "split"
                        | "casefold"
                        | "title"
                ) && dotted(self.src, obj).is_none_or(|o| !self.is_module(&o))
                {
                    return Val::new(
                        span,
                        Value::Derived {
                            via: m.to_string(),
                            from: Box::new(self.eval(obj, d)),
                            args: args.pos.iter().take(4).map(|a| self.eval(*a, d)).collect(),
                        },
                    );
                }
            }
        }
        let Some(raw) = dotted(self.src, func) else {
            return self.expr(n);
        };
        let q = self.qualify(&raw);
        // os.environ.get / os.getenv / os.environ.setdefault
        if matches!(
            q.as_str(),
            "os.getenv" | "os.environ.get" | "os.environ.setdefault" | "os.getenvb"
        ) {
            if let Some(var) =
                str_arg(args.pos.first().copied()).or_else(|| str_arg(args.kw("key")))
            {
                return Val::new(
                    span,
                    Value::Env(EnvRef {
                        var,
                        default: boxed(args.pos.get(1).copied().or_else(|| args.kw("default"))),
                        cast: None,
                        required: false,
                        source: EnvSource::Os,
                    }),
                );
            }
        }
        // dj-database-url: config(env="DATABASE_URL", default=...) reads the variable itself
        if q.ends_with("dj_database_url.config") || q == "dj_database_url.config" {
            let var = str_arg(args.kw("env")).unwrap_or_else(|| "DATABASE_URL".to_string());
            let default = boxed(args.kw("default"));
            return Val::new(
                span,
                Value::Env(EnvRef {
                    required: default.is_none(),
                    var,
                    default,
                    cast: Some("db".into()),
                    source: EnvSource::Os,
                }),
            );
        }
        // env readers bound in this file (django-environ Env, decouple/starlette Config)
        let (head, method) = match raw.split_once('.') {
            Some((h, m)) if !m.contains('.') => (h, Some(m)),
            Some(_) => ("", None),
            None => (raw.as_str(), None),
        };
        if let Some(reader) = self.env_reader(head, method.is_some()) {
            if let Some(e) = self.eval_env_reader(reader, head, method, &args, d) {
                return Val::new(span, Value::Env(e));
            }
        }
        // casts wrapping a value
        let last = q.rsplit('.').next().unwrap_or(&q);
        // a project's own env helper: get_bool_from_env("PAPERLESS_DEBUG", "NO"), env_int("WORKERS", 2)
        if let Some(e) = self.env_helper(last, &q, &args, d) {
            return Val::new(span, Value::Env(e));
        }
        if matches!(
            q.as_str(),
            "int" | "bool" | "float" | "str" | "json.loads" | "ast.literal_eval"
        ) || last == "strtobool"
        {
            if let [one] = args.pos.as_slice() {
                return Val::new(
                    span,
                    Value::Derived {
                        via: last.to_string(),
                        from: Box::new(self.eval(*one, d)),
                        args: Vec::new(),
                    },
                );
            }
        }
        Val::new(
            span,
            Value::Call(Call {
                func: q,
                args: args.pos.iter().take(16).map(|a| self.eval(*a, d)).collect(),
                kwargs: self.kwargs(&args, d).into_iter().take(32).collect(),
            }),
        )
    }

    fn env_helper(&self, last: &str, q: &str, args: &Args, d: usize) -> Option<EnvRef> {
        let lower = last.to_ascii_lowercase();
        if !lower.contains("env")
            || q.starts_with("os.")
            || ["set", "put", "unset", "del", "load", "read"]
                .iter()
                .any(|p| lower.starts_with(p))
        {
            return None;
        }
        let (var, _) = args
            .pos
            .first()
            .and_then(|a| string_literal(self.src, *a))
            .filter(|(_, f)| !f)?;
        let env_like = var.len() >= 2
            && var.starts_with(|c: char| c.is_ascii_uppercase())
            && var
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_');
        if !env_like {
            return None;
        }
        let cast = [
            ("bool", "bool"),
            ("int", "int"),
            ("float", "float"),
            ("list", "list"),
            ("tuple", "list"),
            ("csv", "list"),
            ("path", "path"),
            ("json", "json"),
            ("dict", "json"),
        ]
        .iter()
        .find(|(k, _)| lower.contains(k))
        .map(|(_, c)| c.to_string());
        let default = args
            .pos
            .get(1)
            .copied()
            .or(args.kw("default"))
            .map(|x| Box::new(self.eval(x, d)));
        Some(EnvRef {
            required: default.is_none(),
            var,
            default,
            cast,
            source: EnvSource::Helper,
        })
    }

    fn eval_env_reader(
        &self,
        reader: EnvReader,
        head: &str,
        method: Option<&str>,
        args: &Args,
        d: usize,
    ) -> Option<EnvRef> {
        let str_of = |node: Option<Node>| {
            node.and_then(|a| string_literal(self.src, a))
                .filter(|(_, f)| !f)
                .map(|(s, _)| s)
        };
        match reader {
            EnvReader::DjangoEnviron => {
                const METHODS: &[&str] = &[
                    "str",
                    "bool",
                    "int",
                    "float",
                    "json",
                    "list",
                    "tuple",
                    "dict",
                    "url",
                    "db",
                    "db_url",
                    "cache",
                    "cache_url",
                    "email",
                    "email_url",
                    "search_url",
                    "path",
                    "decimal",
                    "bytes",
                    "channels",
                    "channels_url",
                    "get_value",
                ];
                let (default_var, cast) = match method {
                    None => (None, None),
                    Some(m) if METHODS.contains(&m) => (
                        match m {
                            "db" | "db_url" => Some("DATABASE_URL"),
                            "cache" | "cache_url" => Some("CACHE_URL"),
                            "email" | "email_url" => Some("EMAIL_URL"),
                            "search_url" => Some("SEARCH_URL"),
                            "channels" | "channels_url" => Some("CHANNELS_URL"),
                            _ => None,
                        },
                        (m != "get_value").then(|| m.trim_end_matches("_url").to_string()),
                    ),
                    Some(_) => return None,
                };
                let var = str_of(args.pos.first().copied())
                    .or_else(|| str_of(args.kw("var")))
                    .or_else(|| default_var.map(String::from))?;
                // env(var, cast=None, default=NOTSET); env.bool(var, default=NOTSET)
                let default_node = args.kw("default").or_else(|| {
                    if method.is_some() {
                        args.pos.get(1).copied()
                    } else {
                        None
                    }
                });
                let schema = self
                    .env_objects
                    .get(head)
                    .and_then(|s| s.iter().find(|(k, _, _)| *k == var));
                let cast = cast
                    .or_else(|| {
                        args.kw("cast")
                            .map(|c| cap(text(self.src, c), 40).to_string())
                    })
                    .or_else(|| schema.and_then(|(_, c, _)| c.clone()));
                let default = default_node
                    .map(|x| Box::new(self.eval(x, d)))
                    .or_else(|| schema.and_then(|(_, _, def)| def.clone().map(Box::new)));
                Some(EnvRef {
                    required: default.is_none(),
                    var,
                    default,
                    cast,
                    source: EnvSource::DjangoEnviron,
                })
            }
            EnvReader::Decouple => {
                if method.is_some_and(|m| m != "get" && m != "config") {
                    return None;
                }
                let var = str_of(args.pos.first().copied())
                    .or_else(|| str_of(args.kw("option")).or_else(|| str_of(args.kw("key"))))?;
                let default = args.kw("default").map(|x| Box::new(self.eval(x, d)));
                let cast = args
                    .kw("cast")
                    .or_else(|| args.pos.get(1).copied())
                    .map(|c| {
                        let t = cap(text(self.src, c), 40);
                        t.split('(')
                            .next()
                            .unwrap_or(t)
                            .rsplit('.')
                            .next()
                            .unwrap_or(t)
                            .to_string()
                    });
                let cast = cast.map(|c| {
                    if c == "strtobool" {
                        "bool".to_string()
                    } else {
                        c
                    }
                });
                Some(EnvRef {
                    required: default.is_none(),
                    var,
                    default,
                    cast,
                    source: EnvSource::Decouple,
                })
            }
        }
    }
}
