//! What a setting, a keyword argument or a config entry is set to: a literal, an environment variable
//! (with its default), a reference, or an expression kept as text. Values are small trees with the byte
//! span they came from, built by a bounded evaluator: nothing is executed.

use seaworthy_syntax::Span;
use serde::Serialize;

/// A value with the span of the source expression it was read from.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Val {
    pub span: Span,
    pub value: Value,
}

/// Where an environment variable is read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum EnvSource {
    /// `os.environ["X"]`, `os.environ.get`, `os.getenv`, `os.environ.setdefault`
    Os,
    /// django-environ: `env("X", default=...)`, `env.bool("X", ...)`, `env.db()`
    DjangoEnviron,
    /// python-decouple `config("X", default=..., cast=bool)` or Starlette's `Config`
    Decouple,
    /// a field of a pydantic `BaseSettings` class (the variable is the field name, case-insensitive)
    PydanticSettings,
    /// the project's own helper: a function whose name mentions `env`, called with an UPPER_CASE
    /// variable name (`get_bool_from_env("DEBUG", "NO")`); its cast is read from its name
    Helper,
}

/// An environment variable read: its name, the default used when it is unset, and the cast applied.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EnvRef {
    pub var: String,
    /// `None` when there is no default: unset means an error (`os.environ["X"]`, `env("X")`) or
    /// `None` (`os.getenv("X")`); see [`EnvRef::required`].
    pub default: Option<Box<Val>>,
    /// `bool`, `int`, `list`, `db`, ... (django-environ method, decouple `cast=`, pydantic annotation)
    pub cast: Option<String>,
    /// Reading it fails when the variable is unset (no default, and not `.get`/`getenv`).
    pub required: bool,
    pub source: EnvSource,
}

/// A function or method call kept as such.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Call {
    /// The callee as dotted text with import aliases resolved (`dj_database_url.config`).
    pub func: String,
    pub args: Vec<Val>,
    pub kwargs: Vec<Kwarg>,
}

/// `name=value` in a call.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Kwarg {
    pub name: String,
    pub value: Val,
    /// The whole `name=value` text.
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Value {
    Str(String),
    /// An f-string or a `%`/`.format` template: the source text, braces included.
    Format(String),
    Int(i64),
    Float(f64),
    Bool(bool),
    None,
    /// list, tuple or set display
    List(Vec<Val>),
    Dict(Vec<(Val, Val)>),
    Env(EnvRef),
    /// An identifier that could not be resolved to an earlier assignment in the same file.
    Name(String),
    /// A dotted attribute path (`settings.DEBUG`), import aliases resolved.
    Attr(String),
    /// `left op right`; a chain `a < b < c` keeps its first pair.
    Compare {
        left: Box<Val>,
        op: String,
        right: Box<Val>,
    },
    /// `and` / `or`
    BoolOp {
        op: String,
        left: Box<Val>,
        right: Box<Val>,
    },
    Not(Box<Val>),
    /// `then if cond else otherwise`
    IfElse {
        cond: Box<Val>,
        then: Box<Val>,
        otherwise: Box<Val>,
    },
    /// A cast or string method applied to a value: `int(x)`, `bool(x)`, `x.lower()`, `x.split(",")`.
    Derived {
        via: String,
        from: Box<Val>,
        args: Vec<Val>,
    },
    Call(Call),
    /// Anything else, as (capped) source text.
    Expr(String),
}

/// A plain literal, the result of [`Val::when_unset`].
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Lit {
    Str(String),
    Int(i64),
    Float(f64),
    Bool(bool),
    None,
}

impl Lit {
    /// Python truthiness.
    pub fn truthy(&self) -> bool {
        match self {
            Lit::Str(s) => !s.is_empty(),
            Lit::Int(i) => *i != 0,
            Lit::Float(f) => *f != 0.0,
            Lit::Bool(b) => *b,
            Lit::None => false,
        }
    }
}

const MAX_WALK: usize = 48;

/// Strings that the env-reading libraries cast to `True` (django-environ, decouple, distutils.strtobool).
fn smart_bool(s: &str) -> bool {
    matches!(
        s.trim().to_ascii_lowercase().as_str(),
        "1" | "true" | "t" | "yes" | "y" | "on" | "ok"
    )
}

impl Val {
    pub fn new(span: Span, value: Value) -> Val {
        Val { span, value }
    }

    pub fn as_str(&self) -> Option<&str> {
        match &self.value {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self.value {
            Value::Bool(b) => Some(b),
            _ => None,
        }
    }

    pub fn as_int(&self) -> Option<i64> {
        match self.value {
            Value::Int(i) => Some(i),
            _ => None,
        }
    }

    pub fn as_list(&self) -> Option<&[Val]> {
        match &self.value {
            Value::List(v) => Some(v),
            _ => None,
        }
    }

    /// The value under a string key of a dict.
    pub fn get(&self, key: &str) -> Option<&Val> {
        match &self.value {
            Value::Dict(entries) => entries
                .iter()
                .rev()
                .find(|(k, _)| k.as_str() == Some(key))
                .map(|(_, v)| v),
            _ => None,
        }
    }

    /// Is this a literal (string, number, bool, None, or a list/dict of literals)?
    pub fn is_literal(&self) -> bool {
        self.is_literal_at(0)
    }

    fn is_literal_at(&self, depth: usize) -> bool {
        if depth > MAX_WALK {
            return false;
        }
        match &self.value {
            Value::Str(_) | Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::None => true,
            Value::List(v) => v.iter().all(|x| x.is_literal_at(depth + 1)),
            Value::Dict(v) => v
                .iter()
                .all(|(k, x)| k.is_literal_at(depth + 1) && x.is_literal_at(depth + 1)),
            _ => false,
        }
    }

    /// The first environment variable this value reads (depth-first), if any.
    pub fn env(&self) -> Option<&EnvRef> {
        let mut out = None;
        self.visit(0, &mut |v| {
            if out.is_none() {
                if let Value::Env(e) = &v.value {
                    out = Some(e);
                }
            }
        });
        out
    }

    /// Every environment variable this value reads, in source order.
    pub fn env_vars(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        self.visit(0, &mut |v| {
            if let Value::Env(e) = &v.value {
                if !out.contains(&e.var.as_str()) {
                    out.push(&e.var);
                }
            }
        });
        out
    }

    /// Pre-order walk over this value and its parts (a default inside an `Env` included), bounded.
    pub fn visit<'a>(&'a self, depth: usize, f: &mut dyn FnMut(&'a Val)) {
        if depth > MAX_WALK {
            return;
        }
        f(self);
        let d = depth + 1;
        match &self.value {
            Value::List(v) => v.iter().for_each(|x| x.visit(d, f)),
            Value::Dict(v) => v.iter().for_each(|(k, x)| {
                k.visit(d, f);
                x.visit(d, f)
            }),
            Value::Env(e) => {
                if let Some(def) = &e.default {
                    def.visit(d, f)
                }
            }
            Value::Compare { left, right, .. } | Value::BoolOp { left, right, .. } => {
                left.visit(d, f);
                right.visit(d, f)
            }
            Value::Not(x) => x.visit(d, f),
            Value::IfElse {
                cond,
                then,
                otherwise,
            } => {
                cond.visit(d, f);
                then.visit(d, f);
                otherwise.visit(d, f)
            }
            Value::Derived { from, args, .. } => {
                from.visit(d, f);
                args.iter().for_each(|x| x.visit(d, f))
            }
            Value::Call(c) => {
                c.args.iter().for_each(|x| x.visit(d, f));
                c.kwargs.iter().for_each(|k| k.value.visit(d, f))
            }
            _ => {}
        }
    }

    /// What this value is when no environment variable is set: literals are themselves, an env read
    /// is its default (cast as the library would), comparisons and casts are evaluated. `None` when
    /// that cannot be known statically (a required variable, a call, an unresolved name).
    pub fn when_unset(&self) -> Option<Lit> {
        self.eval(0, &|_| None)
    }

    /// What this value is when the environment holds `env(var)` (or the default when it returns
    /// `None`): lets a rule ask "is `reload` true when ENVIRONMENT=production?".
    pub fn with_env(&self, env: &dyn Fn(&str) -> Option<String>) -> Option<Lit> {
        self.eval(0, env)
    }

    fn eval(&self, depth: usize, env: &dyn Fn(&str) -> Option<String>) -> Option<Lit> {
        if depth > MAX_WALK {
            return None;
        }
        let d = depth + 1;
        match &self.value {
            Value::Str(s) => Some(Lit::Str(s.clone())),
            Value::Int(i) => Some(Lit::Int(*i)),
            Value::Float(f) => Some(Lit::Float(*f)),
            Value::Bool(b) => Some(Lit::Bool(*b)),
            Value::None => Some(Lit::None),
            Value::Env(e) => {
                let raw = match env(&e.var) {
                    Some(set) => Lit::Str(set),
                    None => match &e.default {
                        Some(def) => def.eval(d, env)?,
                        None if e.required => return None,
                        None => Lit::None,
                    },
                };
                Some(match (e.cast.as_deref(), raw) {
                    (Some("bool"), Lit::Str(s)) => Lit::Bool(smart_bool(&s)),
                    (Some("bool"), Lit::Int(i)) => Lit::Bool(i != 0),
                    (Some("int"), Lit::Str(s)) => Lit::Int(s.trim().parse().ok()?),
                    (_, other) => other,
                })
            }
            Value::Compare { left, op, right } => {
                let l = left.eval(d, env)?;
                let r = right.eval(d, env)?;
                let eq = match (&l, &r) {
                    (Lit::Int(a), Lit::Float(b)) | (Lit::Float(b), Lit::Int(a)) => {
                        Some(*a as f64 == *b)
                    }
                    (a, b) if std::mem::discriminant(a) == std::mem::discriminant(b) => {
                        Some(a == b)
                    }
                    (Lit::Bool(a), Lit::Int(b)) | (Lit::Int(b), Lit::Bool(a)) => {
                        Some(i64::from(*a) == *b)
                    }
                    _ => Some(false),
                };
                match op.as_str() {
                    "==" => eq.map(Lit::Bool),
                    "!=" => eq.map(|e| Lit::Bool(!e)),
                    "in" | "not in" => {
                        let found = match (&l, &right.value) {
                            (Lit::Str(a), Value::Str(b)) => b.contains(a.as_str()),
                            (_, Value::List(items)) => {
                                items.iter().any(|i| i.eval(d, env) == Some(l.clone()))
                            }
                            _ => return None,
                        };
                        Some(Lit::Bool(if op == "in" { found } else { !found }))
                    }
                    _ => None,
                }
            }
            Value::BoolOp { op, left, right } => {
                let l = left.eval(d, env)?;
                match (op.as_str(), l.truthy()) {
                    ("or", true) | ("and", false) => Some(l),
                    _ => right.eval(d, env),
                }
            }
            Value::Not(x) => Some(Lit::Bool(!x.eval(d, env)?.truthy())),
            Value::IfElse {
                cond,
                then,
                otherwise,
            } => {
                if cond.eval(d, env)?.truthy() {
                    then.eval(d, env)
                } else {
                    otherwise.eval(d, env)
                }
            }
            Value::Derived { via, from, args } => {
                let v = from.eval(d, env)?;
                match (via.as_str(), v) {
                    ("bool", l) => Some(Lit::Bool(l.truthy())),
                    ("strtobool", Lit::Str(s)) => Some(Lit::Int(i64::from(smart_bool(&s)))),
                    ("int", Lit::Str(s)) => s.trim().parse().ok().map(Lit::Int),
                    ("int", Lit::Int(i)) => Some(Lit::Int(i)),
                    ("int", Lit::Bool(b)) => Some(Lit::Int(i64::from(b))),
                    ("int", Lit::Float(f)) if f.is_finite() => Some(Lit::Int(f.trunc() as i64)),
                    ("float", Lit::Str(s)) => s.trim().parse().ok().map(Lit::Float),
                    ("float", Lit::Int(i)) => Some(Lit::Float(i as f64)),
                    ("str", Lit::Str(s)) => Some(Lit::Str(s)),
                    ("str", Lit::Int(i)) => Some(Lit::Str(i.to_string())),
                    ("str", Lit::Bool(b)) => {
                        Some(Lit::Str(if b { "True" } else { "False" }.into()))
                    }
                    ("str", Lit::None) => Some(Lit::Str("None".into())),
                    ("lower" | "casefold", Lit::Str(s)) => Some(Lit::Str(s.to_lowercase())),
                    ("upper", Lit::Str(s)) => Some(Lit::Str(s.to_uppercase())),
                    ("strip", Lit::Str(s)) if args.is_empty() => Some(Lit::Str(s.trim().into())),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// Number of nodes in this value (bounded walk): used to keep substituted values small.
    pub fn size(&self) -> usize {
        let mut n = 0;
        self.visit(0, &mut |_| n += 1);
        n
    }
}

impl Kwarg {
    pub fn find<'a>(kwargs: &'a [Kwarg], name: &str) -> Option<&'a Kwarg> {
        kwargs.iter().rev().find(|k| k.name == name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(value: Value) -> Val {
        Val::new(Span::EMPTY, value)
    }
    fn env(var: &str, default: Option<Value>, cast: Option<&str>) -> Val {
        v(Value::Env(EnvRef {
            var: var.into(),
            default: default.map(|d| Box::new(v(d))),
            cast: cast.map(Into::into),
            required: false,
            source: EnvSource::Os,
        }))
    }

    #[test]
    fn when_unset_follows_defaults_and_casts() {
        assert_eq!(
            env("DEBUG", Some(Value::Bool(false)), Some("bool")).when_unset(),
            Some(Lit::Bool(false))
        );
        assert_eq!(
            env("DEBUG", Some(Value::Str("yes".into())), Some("bool")).when_unset(),
            Some(Lit::Bool(true))
        );
        // bool("False") is True in Python: the builtin is not a smart cast
        let builtin = v(Value::Derived {
            via: "bool".into(),
            from: Box::new(env("DEBUG", Some(Value::Str("False".into())), None)),
            args: vec![],
        });
        assert_eq!(builtin.when_unset(), Some(Lit::Bool(true)));
        let cmp = v(Value::Compare {
            left: Box::new(env(
                "ENVIRONMENT",
                Some(Value::Str("production".into())),
                None,
            )),
            op: "==".into(),
            right: Box::new(v(Value::Str("development".into()))),
        });
        assert_eq!(cmp.when_unset(), Some(Lit::Bool(false)));
        assert_eq!(
            cmp.with_env(&|k| (k == "ENVIRONMENT").then(|| "development".to_string())),
            Some(Lit::Bool(true))
        );
        let mut required = env("SECRET", None, None);
        if let Value::Env(e) = &mut required.value {
            e.required = true;
        }
        assert_eq!(required.when_unset(), None);
        assert_eq!(env("X", None, None).when_unset(), Some(Lit::None));
    }

    #[test]
    fn deep_values_do_not_overflow() {
        let mut x = v(Value::Int(1));
        for _ in 0..10_000 {
            x = v(Value::Not(Box::new(x)));
        }
        assert_eq!(x.when_unset(), None);
        assert!(x.size() <= MAX_WALK + 1);
        assert!(x.env().is_none());
        // dropping a deep value is the caller's concern: the evaluator never builds one this deep
        std::mem::forget(x);
    }
}
