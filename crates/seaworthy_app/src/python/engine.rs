//! The walk: statements with their scope (module, class, function, `if` conditions), bounded depth.

use super::eval::{
    call_args, dotted, named_children, span_of, string_literal, text, Args, MAX_ITEMS,
    MAX_SUBSTITUTE,
};
use super::*;
use crate::value::{EnvRef, EnvSource, Value};
use std::collections::HashMap;
use tree_sitter::{Node, Parser, Tree};

/// Longest input parsed; a longer file is cut at a line break before this and marked `truncated`.
pub const MAX_SOURCE_BYTES: usize = 2 * 1024 * 1024;
/// Deepest statement nesting walked (blocks inside blocks).
const MAX_BLOCK_DEPTH: usize = 32;
/// Nodes visited when scanning one statement for calls.
const MAX_SCAN_NODES: usize = 200_000;
const MAX_ERRORS: usize = 20;
/// Facts kept per kind (a generated file must not fill memory).
const MAX_FACTS: usize = 2_000;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    App,
    /// gunicorn config: every module-level lowercase assignment is kept.
    Gunicorn,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum EnvReader {
    DjangoEnviron,
    Decouple,
}

#[derive(Clone)]
struct Scope {
    kind: ScopeKind,
    /// function or class name
    name: Option<String>,
    conditions: Vec<Val>,
    main_guard: bool,
    conditional: bool,
    /// the route path of the function's decorator
    route: Option<String>,
    /// the object that decorator is called on (`app`, `router`) and that router's prefix
    route_receiver: Option<String>,
    route_prefix: Option<String>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum ScopeKind {
    Module,
    Class,
    Function,
}

/// A module-level (or class-level) assignment, kept for the gunicorn view.
pub struct Assignment {
    pub name: String,
    pub value: Val,
    pub conditional: bool,
    pub span: Span,
}

/// One entry of a django-environ `Env(VAR=(cast, default))` schema: variable, cast, default.
pub type EnvSchema = (String, Option<String>, Option<Val>);

pub struct Ctx<'s> {
    pub src: &'s str,
    module: String,
    /// local name → qualified dotted name
    imports: HashMap<String, String>,
    /// names bound by plain `import x` (modules)
    plain_modules: Vec<String>,
    /// name scopes: index 0 is the module
    names: Vec<HashMap<String, Val>>,
    /// django-environ `Env(...)` objects with their schema (var, cast, default)
    pub env_objects: HashMap<String, Vec<EnvSchema>>,
    /// decouple / starlette config objects
    config_objects: Vec<String>,
    /// pydantic settings classes: class → fields (name → env value)
    settings_classes: HashMap<String, Vec<(String, Val)>>,
    /// object name → settings class
    settings_objects: HashMap<String, String>,
    app_names: HashMap<String, Framework>,
    celery_names: Vec<String>,
    flask_socketio_names: Vec<String>,
    /// functions defined in this file that build an app: name → framework
    factories: HashMap<String, (Framework, Interface)>,
    router_prefixes: HashMap<String, Option<String>>,
    consumed: Vec<usize>,
    pub facts: PythonFacts,
    pub module_assignments: Vec<Assignment>,
    mode: Mode,
}

pub fn run(path: &str, text: &str, mode: Mode) -> (PythonFacts, Vec<Assignment>) {
    let (src, truncated) = if text.len() > MAX_SOURCE_BYTES {
        let mut end = MAX_SOURCE_BYTES;
        while end > 0 && !text.is_char_boundary(end) {
            end -= 1;
        }
        let cut = text.get(..end).unwrap_or("");
        (cut.rfind('\n').map(|i| &cut[..=i]).unwrap_or(cut), true)
    } else {
        (text, false)
    };
    // cookiecutter/Jinja templates: directive lines (`{% if x %}`) become spaces of the same length,
    // so the Python around them parses and every span still points into the original text
    let masked = mask_template_lines(src);
    let src: &str = &masked;
    let mut ctx = Ctx {
        src,
        module: module_name(path),
        imports: HashMap::new(),
        plain_modules: Vec::new(),
        names: vec![HashMap::new()],
        env_objects: HashMap::new(),
        config_objects: Vec::new(),
        settings_classes: HashMap::new(),
        settings_objects: HashMap::new(),
        app_names: HashMap::new(),
        celery_names: Vec::new(),
        flask_socketio_names: Vec::new(),
        factories: HashMap::new(),
        router_prefixes: HashMap::new(),
        consumed: Vec::new(),
        facts: PythonFacts::default(),
        module_assignments: Vec::new(),
        mode,
    };
    ctx.facts.module = ctx.module.clone();
    ctx.facts.truncated = truncated;
    let tree = parse(src);
    ctx.facts.unparsed = tree.is_none();
    if let Some(tree) = tree {
        let root = tree.root_node();
        if root.has_error() {
            collect_errors(root, &mut ctx.facts.syntax_errors);
        }
        let scope = Scope {
            kind: ScopeKind::Module,
            name: None,
            conditions: Vec::new(),
            main_guard: false,
            conditional: false,
            route: None,
            route_receiver: None,
            route_prefix: None,
        };
        // factories first, so `app = create_app()` above the def still knows its framework
        ctx.prescan_factories(root);
        ctx.block(root, &scope, 0);
        ctx.finish();
    }
    (ctx.facts, ctx.module_assignments)
}

/// Does the text read as source code? Binary or mostly undecodable input (U+FFFD, control
/// characters) is not parsed: tree-sitter's error recovery is slow on it and it holds no facts.
fn reads_as_text(src: &str) -> bool {
    let mut chars = 0usize;
    let mut odd = 0usize;
    for c in src.chars().take(64 * 1024) {
        chars += 1;
        if c == '\u{fffd}' || c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\x0c') {
            odd += 1;
        }
    }
    odd <= 8 + chars / 100
}

fn parse(src: &str) -> Option<Tree> {
    if !reads_as_text(src) {
        return None;
    }
    // one parser per thread, reused from file to file (a monorepo has tens of thousands of
    // small modules; creating a parser and loading the grammar was 5% of reading them)
    thread_local! {
        static PARSER: std::cell::RefCell<Option<Parser>> = const { std::cell::RefCell::new(None) };
    }
    let mut p = match PARSER.with(|c| c.borrow_mut().take()) {
        Some(p) => p,
        None => {
            let mut p = Parser::new();
            p.set_language(&tree_sitter_python::LANGUAGE.into()).ok()?;
            p
        }
    };
    let tree = parse_with(&mut p, src);
    // a parse cut short by the budget leaves state behind: start the next one afresh
    p.reset();
    PARSER.with(|c| *c.borrow_mut() = Some(p));
    tree
}

fn parse_with(p: &mut Parser, src: &str) -> Option<Tree> {
    // a time budget as the last safety net against pathological input: 1 s + 4 ms per KiB (real
    // code parses at several MB/s, so even a loaded machine stays far below it)
    let budget = std::time::Duration::from_millis(1000 + 4 * (src.len() / 1024) as u64);
    let start = std::time::Instant::now();
    let mut progress = |_: &tree_sitter::ParseState| {
        if start.elapsed() > budget {
            std::ops::ControlFlow::Break(())
        } else {
            std::ops::ControlFlow::Continue(())
        }
    };
    let bytes = src.as_bytes();
    p.parse_with_options(
        &mut |i, _| bytes.get(i..).unwrap_or(&[]),
        None,
        Some(tree_sitter::ParseOptions::new().progress_callback(&mut progress)),
    )
}

fn mask_template_lines(src: &str) -> std::borrow::Cow<'_, str> {
    if !src.contains("{%") && !src.contains("{#") {
        return std::borrow::Cow::Borrowed(src);
    }
    let mut out = String::with_capacity(src.len());
    for line in src.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        let t = body.trim();
        let directive = (t.starts_with("{%") && t.ends_with("%}"))
            || (t.starts_with("{#") && t.ends_with("#}"));
        if directive {
            // same byte length: one space per byte
            out.extend(std::iter::repeat_n(' ', body.len()));
            out.push_str(&line[body.len()..]);
        } else {
            out.push_str(line);
        }
    }
    std::borrow::Cow::Owned(out)
}

fn collect_errors(root: Node, out: &mut Vec<Span>) {
    let mut cursor = root.walk();
    let mut visited = 0usize;
    loop {
        let n = cursor.node();
        visited += 1;
        if n.is_error() || n.is_missing() {
            out.push(span_of(n));
            if out.len() >= MAX_ERRORS {
                return;
            }
        }
        let descend = n.has_error() && !n.is_error() && visited < MAX_SCAN_NODES * 5;
        if descend && cursor.goto_first_child() {
            continue;
        }
        loop {
            if cursor.goto_next_sibling() {
                break;
            }
            if !cursor.goto_parent() {
                return;
            }
        }
    }
}

fn is_upper_name(s: &str) -> bool {
    s.chars().any(|c| c.is_ascii_uppercase())
        && s.chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
}

fn push<T>(v: &mut Vec<T>, x: T) {
    if v.len() < MAX_FACTS {
        v.push(x);
    }
}

/// Which framework does a qualified constructor name build?
fn framework_of(q: &str, bare_ok: bool) -> Option<(Framework, Interface)> {
    let top = q.split('.').next().unwrap_or(q);
    let last = q.rsplit('.').next().unwrap_or(q);
    let bare = !q.contains('.') && bare_ok;
    let from = |pkg: &str| top == pkg || bare;
    Some(match last {
        "FastAPI" if from("fastapi") => (Framework::FastApi, Interface::Asgi),
        "Starlette" if from("starlette") => (Framework::Starlette, Interface::Asgi),
        "Flask" | "APIFlask" if from("flask") || top == "apiflask" => {
            (Framework::Flask, Interface::Wsgi)
        }
        "Quart" if from("quart") => (Framework::Quart, Interface::Asgi),
        "Sanic" if from("sanic") => (Framework::Sanic, Interface::Asgi),
        "Litestar" | "Starlite" if from("litestar") || top == "starlite" => {
            (Framework::Litestar, Interface::Asgi)
        }
        // Django's names, also for a project's own wrapper of them (`from .handler import get_asgi_application`)
        "get_asgi_application" => (Framework::Django, Interface::Asgi),
        "get_wsgi_application" => (Framework::Django, Interface::Wsgi),
        "ProtocolTypeRouter" if from("channels") => (Framework::Channels, Interface::Asgi),
        "Application" if top == "aiohttp" => (Framework::Aiohttp, Interface::Native),
        "Application" if top == "tornado" => (Framework::Tornado, Interface::Native),
        "ASGIApp" if top == "socketio" => (Framework::SocketIo, Interface::Asgi),
        "WSGIApp" if top == "socketio" => (Framework::SocketIo, Interface::Wsgi),
        "App" | "API" if top == "falcon" => {
            if q.contains(".asgi.") {
                (Framework::Falcon, Interface::Asgi)
            } else {
                (Framework::Falcon, Interface::Wsgi)
            }
        }
        _ => return None,
    })
}

const FACTORY_NAMES: &[&str] = &[
    "create_app",
    "make_app",
    "get_app",
    "get_application",
    "create_application",
    "build_app",
    "app_factory",
    "init_app",
];

const ROUTE_METHODS: &[&str] = &[
    "get",
    "post",
    "put",
    "patch",
    "delete",
    "head",
    "options",
    "route",
    "api_route",
    "websocket",
    "sse",
];

fn celery_key(written: &str, module_level_lowercase: bool) -> Option<String> {
    const OLD: &[(&str, &str)] = &[
        ("CELERY_ROUTES", "task_routes"),
        ("CELERY_QUEUES", "task_queues"),
        ("CELERY_DEFAULT_QUEUE", "task_default_queue"),
        ("CELERY_ACKS_LATE", "task_acks_late"),
        ("CELERY_ALWAYS_EAGER", "task_always_eager"),
        ("CELERY_RESULT_BACKEND", "result_backend"),
        ("CELERYD_PREFETCH_MULTIPLIER", "worker_prefetch_multiplier"),
        ("CELERYD_CONCURRENCY", "worker_concurrency"),
        ("CELERYD_MAX_TASKS_PER_CHILD", "worker_max_tasks_per_child"),
        ("CELERYBEAT_SCHEDULE", "beat_schedule"),
        ("CELERYBEAT_SCHEDULER", "beat_scheduler"),
        ("BROKER_URL", "broker_url"),
        ("CELERY_BROKER_URL", "broker_url"),
        ("CELERY_TASK_SERIALIZER", "task_serializer"),
    ];
    if let Some((_, new)) = OLD.iter().find(|(o, _)| *o == written) {
        return Some((*new).to_string());
    }
    if let Some(rest) = written.strip_prefix("CELERY_") {
        return Some(rest.to_ascii_lowercase());
    }
    if module_level_lowercase {
        let known = ["task_", "worker_", "broker_", "result_", "beat_"]
            .iter()
            .any(|p| written.starts_with(p))
            || matches!(written, "accept_content" | "enable_utc");
        return (known
            && written
                .chars()
                .all(|c| c.is_ascii_lowercase() || c == '_' || c.is_ascii_digit()))
        .then(|| written.to_string());
    }
    Some(written.to_ascii_lowercase())
}

impl<'s> Ctx<'s> {
    // ---- names -------------------------------------------------------------------------------

    pub fn qualify(&self, dotted_name: &str) -> String {
        let (head, rest) = match dotted_name.split_once('.') {
            Some((h, r)) => (h, Some(r)),
            None => (dotted_name, None),
        };
        match (self.imports.get(head), rest) {
            (Some(q), Some(r)) => format!("{q}.{r}"),
            (Some(q), None) => q.clone(),
            (None, _) => dotted_name.to_string(),
        }
    }

    pub fn is_module(&self, dotted_name: &str) -> bool {
        let head = dotted_name.split('.').next().unwrap_or(dotted_name);
        self.plain_modules.iter().any(|m| m == head)
    }

    pub fn lookup(&self, name: &str) -> Option<&Val> {
        self.names.iter().rev().find_map(|m| m.get(name))
    }

    fn bind(&mut self, name: &str, v: Val) {
        // only small values are ever substituted for a name: a large one is not kept (the name
        // then stays unresolved, as if it came from elsewhere)
        let v = if v.size() <= MAX_SUBSTITUTE {
            v
        } else {
            Val::new(v.span, Value::Name(name.to_string()))
        };
        if let Some(m) = self.names.last_mut() {
            if m.len() < 10_000 || m.contains_key(name) {
                m.insert(name.to_string(), v);
            }
        }
    }

    /// Is `head` (possibly followed by a method) an env reader, and which kind?
    pub fn env_reader(&self, head: &str, is_method: bool) -> Option<EnvReader> {
        if self.env_objects.contains_key(head) {
            return Some(EnvReader::DjangoEnviron);
        }
        if self.config_objects.iter().any(|c| c == head) {
            return Some(EnvReader::Decouple);
        }
        let q = self.qualify(head);
        if !is_method
            && (q == "decouple.config" || q.starts_with("decouple.") && q.ends_with(".config"))
        {
            return Some(EnvReader::Decouple);
        }
        // `env` imported from a settings base module (`from .base import env`) or a star import
        if head == "env"
            && self.lookup("env").is_none()
            && self.imports.get("env").is_none_or(|q| !q.starts_with("os"))
        {
            return Some(EnvReader::DjangoEnviron);
        }
        None
    }

    /// `settings.FIELD` where `settings = Settings()` and `Settings` is a pydantic settings class here.
    pub fn settings_field(&self, obj: &str, field: &str) -> Option<Val> {
        let class = self.settings_objects.get(obj)?;
        let fields = self.settings_classes.get(class)?;
        fields
            .iter()
            .rev()
            .find(|(n, _)| n == field)
            .map(|(_, v)| v.clone())
    }

    // ---- walk --------------------------------------------------------------------------------

    fn prescan_factories(&mut self, root: Node) {
        for stmt in named_children(root).into_iter().take(50_000) {
            let def = match stmt.kind() {
                "function_definition" => stmt,
                "decorated_definition" => match stmt.child_by_field_name("definition") {
                    Some(d) if d.kind() == "function_definition" => d,
                    _ => continue,
                },
                _ => continue,
            };
            let (Some(name), Some(body)) = (
                def.child_by_field_name("name"),
                def.child_by_field_name("body"),
            ) else {
                continue;
            };
            // an app constructor anywhere in the body (bounded scan)
            let mut found = None;
            scan_nodes(body, |n| {
                if found.is_none() && n.kind() == "call" {
                    if let Some(q) = n
                        .child_by_field_name("function")
                        .and_then(|f| dotted(self.src, f))
                    {
                        if let Some(fw) = framework_of(&q, true) {
                            found = Some(fw);
                        }
                    }
                }
                true
            });
            if let Some(fw) = found {
                self.factories.insert(text(self.src, name).to_string(), fw);
            }
        }
    }

    fn block(&mut self, node: Node, scope: &Scope, depth: usize) {
        if depth > MAX_BLOCK_DEPTH {
            return;
        }
        for stmt in named_children(node) {
            self.statement(stmt, scope, depth);
        }
    }

    fn statement(&mut self, n: Node, scope: &Scope, depth: usize) {
        let d = depth + 1;
        match n.kind() {
            "import_statement" | "import_from_statement" | "future_import_statement" => {
                self.import(n, scope)
            }
            "expression_statement" => {
                for child in named_children(n) {
                    match child.kind() {
                        "assignment" => self.assignment(child, n, scope, None),
                        "augmented_assignment" => {
                            let op = child
                                .child_by_field_name("operator")
                                .map(|o| text(self.src, o).to_string());
                            self.assignment(child, n, scope, op)
                        }
                        _ => self.scan_calls(child, scope),
                    }
                }
            }
            "return_statement" => {
                if scope.kind == ScopeKind::Function {
                    if let Some(e) = named_children(n).first() {
                        if e.kind() == "call" {
                            self.app_object(*e, None, scope);
                        }
                    }
                }
                self.scan_calls(n, scope)
            }
            "function_definition" => self.function(n, &[], scope, d),
            "class_definition" => self.class(n, scope, d),
            "decorated_definition" => {
                let decorators: Vec<Node> = named_children(n)
                    .into_iter()
                    .filter(|c| c.kind() == "decorator")
                    .collect();
                match n.child_by_field_name("definition") {
                    Some(def) if def.kind() == "function_definition" => {
                        self.function(def, &decorators, scope, d)
                    }
                    Some(def) if def.kind() == "class_definition" => {
                        for dec in &decorators {
                            self.scan_calls(*dec, scope);
                        }
                        self.class(def, scope, d)
                    }
                    _ => {}
                }
            }
            "if_statement" => {
                let cond_node = n.child_by_field_name("condition");
                let cond = cond_node.map(|c| self.val(c));
                if let Some(c) = cond_node {
                    self.scan_calls(c, scope);
                }
                let is_main = cond.as_ref().is_some_and(is_main_guard);
                let mut inner = scope.clone();
                inner.conditional = true;
                if is_main {
                    inner.main_guard = true;
                } else if let Some(c) = &cond {
                    inner.conditions.push(c.clone());
                }
                if let Some(body) = n.child_by_field_name("consequence") {
                    self.block(body, &inner, d);
                }
                // elif / else: the negation of every earlier condition
                let mut negated = scope.clone();
                negated.conditional = true;
                if let Some(c) = &cond {
                    if !is_main {
                        negated
                            .conditions
                            .push(Val::new(c.span, Value::Not(Box::new(c.clone()))));
                    }
                }
                let mut c = n.walk();
                let alts: Vec<Node> = n.children_by_field_name("alternative", &mut c).collect();
                for alt in alts {
                    match alt.kind() {
                        "elif_clause" => {
                            let econd = alt.child_by_field_name("condition").map(|x| self.val(x));
                            let mut s = negated.clone();
                            if let Some(e) = &econd {
                                s.conditions.push(e.clone());
                            }
                            if let Some(body) = alt.child_by_field_name("consequence") {
                                self.block(body, &s, d);
                            }
                            if let Some(e) = econd {
                                negated
                                    .conditions
                                    .push(Val::new(e.span, Value::Not(Box::new(e))));
                            }
                        }
                        "else_clause" => {
                            if let Some(body) = alt.child_by_field_name("body") {
                                self.block(body, &negated, d);
                            }
                        }
                        _ => {}
                    }
                }
            }
            "block" => self.block(n, scope, d),
            "try_statement"
            | "with_statement"
            | "for_statement"
            | "while_statement"
            | "match_statement"
            | "except_clause"
            | "else_clause"
            | "finally_clause"
            | "case_clause"
            | "except_group_clause" => {
                let mut inner = scope.clone();
                if n.kind() != "with_statement" {
                    inner.conditional = true;
                }
                for child in named_children(n) {
                    match child.kind() {
                        "block" => self.block(child, &inner, d),
                        "except_clause"
                        | "else_clause"
                        | "finally_clause"
                        | "case_clause"
                        | "except_group_clause" => self.statement(child, &inner, d),
                        _ => self.scan_calls(child, scope),
                    }
                }
            }
            "ERROR" => {
                // recovered garbage: its statements may still be readable
                self.block(n, scope, d)
            }
            _ => self.scan_calls(n, scope),
        }
    }

    fn function(&mut self, def: Node, decorators: &[Node], scope: &Scope, depth: usize) {
        let name = def
            .child_by_field_name("name")
            .map(|x| text(self.src, x).to_string());
        if scope.kind == ScopeKind::Module {
            if let Some(n) = &name {
                push(&mut self.facts.functions, n.clone());
            }
        }
        let mut route = (None, None, None);
        for dec in decorators {
            self.decorator(*dec, name.as_deref(), scope, &mut route);
        }
        let (route, route_receiver, route_prefix) = route;
        let Some(body) = def.child_by_field_name("body") else {
            return;
        };
        let inner = Scope {
            kind: ScopeKind::Function,
            name: name.clone(),
            conditions: scope.conditions.clone(),
            main_guard: scope.main_guard,
            conditional: true,
            route,
            route_receiver,
            route_prefix,
        };
        self.names.push(HashMap::new());
        self.block(body, &inner, depth);
        self.names.pop();
    }

    fn class(&mut self, def: Node, scope: &Scope, depth: usize) {
        let name = def
            .child_by_field_name("name")
            .map(|x| text(self.src, x).to_string())
            .unwrap_or_default();
        let supers: Vec<String> = def
            .child_by_field_name("superclasses")
            .map(|s| {
                named_children(s)
                    .into_iter()
                    .filter_map(|b| dotted(self.src, b))
                    .map(|b| self.qualify(&b))
                    .collect()
            })
            .unwrap_or_default();
        let is_settings = supers
            .iter()
            .any(|s| s.ends_with("BaseSettings") || self.settings_classes.contains_key(s.as_str()));
        let Some(body) = def.child_by_field_name("body") else {
            return;
        };
        if is_settings && scope.kind != ScopeKind::Function {
            self.settings_class(&name, &supers, body, scope);
            return;
        }
        let inner = Scope {
            kind: ScopeKind::Class,
            name: Some(name),
            conditions: scope.conditions.clone(),
            main_guard: scope.main_guard,
            conditional: scope.conditional,
            route: None,
            route_receiver: None,
            route_prefix: None,
        };
        self.names.push(HashMap::new());
        self.block(body, &inner, depth);
        self.names.pop();
    }

    /// A pydantic `BaseSettings` class: every annotated field is an environment variable.
    fn settings_class(&mut self, name: &str, supers: &[String], body: Node, scope: &Scope) {
        let stmts = named_children(body);
        // env_prefix from `model_config = SettingsConfigDict(env_prefix=...)` or `class Config: env_prefix = ...`
        let mut prefix = String::new();
        let mut case_sensitive = false;
        for s in &stmts {
            let mut found = |ctx: &Self, call_or_assign: Node| {
                scan_nodes(call_or_assign, |n| {
                    if n.kind() == "keyword_argument" || n.kind() == "assignment" {
                        let (k, v) = if n.kind() == "keyword_argument" {
                            (
                                n.child_by_field_name("name"),
                                n.child_by_field_name("value"),
                            )
                        } else {
                            (
                                n.child_by_field_name("left"),
                                n.child_by_field_name("right"),
                            )
                        };
                        if let (Some(k), Some(v)) = (k, v) {
                            match text(ctx.src, k) {
                                "env_prefix" => {
                                    if let Some((p, false)) = string_literal(ctx.src, v) {
                                        prefix = p;
                                    }
                                }
                                "case_sensitive" => case_sensitive = text(ctx.src, v) == "True",
                                _ => {}
                            }
                        }
                    }
                    true
                });
            };
            if s.kind() == "expression_statement" && text(self.src, *s).starts_with("model_config")
            {
                found(self, *s);
            }
            if s.kind() == "class_definition"
                && s.child_by_field_name("name")
                    .is_some_and(|n| text(self.src, n) == "Config")
            {
                found(self, *s);
            }
        }
        // inherited fields first
        let mut fields: Vec<(String, Val)> = supers
            .iter()
            .filter_map(|s| self.settings_classes.get(s.as_str()))
            .flatten()
            .cloned()
            .collect();
        for s in stmts {
            if s.kind() != "expression_statement" {
                continue;
            }
            let Some(a) = named_children(s)
                .into_iter()
                .next()
                .filter(|a| a.kind() == "assignment")
            else {
                continue;
            };
            let (Some(left), Some(ty)) =
                (a.child_by_field_name("left"), a.child_by_field_name("type"))
            else {
                continue;
            };
            if left.kind() != "identifier" {
                continue;
            }
            let field = text(self.src, left).to_string();
            if field == "model_config" {
                continue;
            }
            let ty_text = text(self.src, ty);
            let cast = ["bool", "int", "float", "str", "list", "dict"]
                .iter()
                .find(|t| {
                    ty_text == **t
                        || ty_text.starts_with(&format!("{t}["))
                        || ty_text.starts_with(&format!("{t} |"))
                })
                .map(|t| t.to_string())
                .or_else(|| ty_text.starts_with("Literal").then(|| "str".to_string()));
            let right = a.child_by_field_name("right");
            // `Field(default, env="X")` / `Field(default=..., validation_alias="X")`
            let mut var = format!("{prefix}{field}");
            let mut default = right.map(|r| self.val(r));
            if let Some(r) = right.filter(|r| r.kind() == "call") {
                let is_field = r
                    .child_by_field_name("function")
                    .and_then(|f| dotted(self.src, f))
                    .is_some_and(|f| f.rsplit('.').next() == Some("Field"));
                if is_field {
                    let args = call_args(self.src, r);
                    default = args
                        .pos
                        .first()
                        .copied()
                        .or_else(|| args.kw("default"))
                        .map(|x| self.val(x));
                    for k in ["env", "validation_alias", "alias"] {
                        if let Some((alias, false)) =
                            args.kw(k).and_then(|x| string_literal(self.src, x))
                        {
                            var = alias;
                            break;
                        }
                    }
                }
            }
            if !case_sensitive {
                var = var.to_ascii_uppercase();
            }
            let env = Val::new(
                span_of(a),
                Value::Env(EnvRef {
                    var,
                    required: default.is_none(),
                    default: default.map(Box::new),
                    cast,
                    source: EnvSource::PydanticSettings,
                }),
            );
            fields.push((field.clone(), env.clone()));
            {
                let fact = Setting {
                    name: field,
                    value: env,
                    source: SettingSource::PydanticField,
                    class: Some(name.to_string()),
                    op: None,
                    conditional: scope.conditional,
                    name_span: span_of(left),
                    span: span_of(a),
                };
                push(&mut self.facts.settings, fact);
            }
        }
        self.settings_classes.insert(name.to_string(), fields);
    }

    fn import(&mut self, n: Node, scope: &Scope) {
        let conditional = scope.conditional || scope.kind != ScopeKind::Module;
        let record = |ctx: &mut Self, module: &str, level: u32, span: Span| {
            let module = module.trim().to_string();
            let top = if level > 0 {
                String::new()
            } else {
                module.split('.').next().unwrap_or("").to_string()
            };
            push(
                &mut ctx.facts.imports,
                Import {
                    module,
                    top,
                    level,
                    conditional,
                    dynamic: false,
                    span,
                },
            );
        };
        match n.kind() {
            "import_statement" => {
                let mut c = n.walk();
                let names: Vec<Node> = n.children_by_field_name("name", &mut c).collect();
                for name in names {
                    let (module, alias) = match name.kind() {
                        "aliased_import" => (
                            name.child_by_field_name("name")
                                .map(|x| text(self.src, x))
                                .unwrap_or(""),
                            name.child_by_field_name("alias").map(|x| text(self.src, x)),
                        ),
                        _ => (text(self.src, name), None),
                    };
                    if module.is_empty() {
                        continue;
                    }
                    record(self, module, 0, span_of(n));
                    match alias {
                        Some(a) => {
                            self.imports.insert(a.to_string(), module.to_string());
                        }
                        None => {
                            let head = module.split('.').next().unwrap_or(module);
                            self.imports.insert(head.to_string(), head.to_string());
                            self.plain_modules.push(head.to_string());
                        }
                    }
                }
            }
            "import_from_statement" => {
                let Some(m) = n.child_by_field_name("module_name") else {
                    return;
                };
                let (level, module) = if m.kind() == "relative_import" {
                    let t = text(self.src, m);
                    let level = t.chars().take_while(|c| *c == '.').count() as u32;
                    (level, t.trim_start_matches('.').to_string())
                } else {
                    (0, text(self.src, m).to_string())
                };
                record(self, &module, level, span_of(n));
                let base = format!("{}{}", ".".repeat(level as usize), module);
                let mut c = n.walk();
                let names: Vec<Node> = n.children_by_field_name("name", &mut c).collect();
                for name in names {
                    let (orig, alias) = match name.kind() {
                        "aliased_import" => (
                            name.child_by_field_name("name")
                                .map(|x| text(self.src, x))
                                .unwrap_or(""),
                            name.child_by_field_name("alias").map(|x| text(self.src, x)),
                        ),
                        _ => (text(self.src, name), None),
                    };
                    if orig.is_empty() {
                        continue;
                    }
                    let local = alias.unwrap_or(orig);
                    let q = if base.ends_with('.') {
                        format!("{base}{orig}")
                    } else {
                        format!("{base}.{orig}")
                    };
                    self.imports.insert(local.to_string(), q);
                }
            }
            _ => {}
        }
    }

    fn assignment(&mut self, a: Node, stmt: Node, scope: &Scope, op: Option<String>) {
        let (Some(left), Some(right)) = (
            a.child_by_field_name("left"),
            a.child_by_field_name("right"),
        ) else {
            // annotated declaration without value: `x: int`
            return;
        };
        // chained `a = b = value`: use the innermost value
        let mut right = right;
        let mut targets = vec![left];
        for _ in 0..8 {
            if right.kind() == "assignment" {
                if let (Some(l2), Some(r2)) = (
                    right.child_by_field_name("left"),
                    right.child_by_field_name("right"),
                ) {
                    targets.push(l2);
                    right = r2;
                    continue;
                }
            }
            break;
        }
        let value = self.val(right);
        for target in targets {
            match target.kind() {
                "identifier" => {
                    let name = text(self.src, target).to_string();
                    self.named_assignment(&name, target, right, &value, stmt, scope, op.clone());
                }
                "attribute" => self.attribute_assignment(target, &value, stmt, scope),
                "subscript" => {
                    // app.config["X"] = v ; app.conf["x"] = v
                    if let (Some(obj), Some(key)) = (
                        target.child_by_field_name("value"),
                        target.child_by_field_name("subscript"),
                    ) {
                        let (Some(obj), Some((key, false))) =
                            (dotted(self.src, obj), string_literal(self.src, key))
                        else {
                            continue;
                        };
                        self.config_write(&obj, &key, span_of(target), &value, stmt, scope);
                    }
                }
                _ => {}
            }
        }
        self.scan_calls(right, scope);
    }

    #[allow(clippy::too_many_arguments)]
    fn named_assignment(
        &mut self,
        name: &str,
        target: Node,
        right: Node,
        value: &Val,
        stmt: Node,
        scope: &Scope,
        op: Option<String>,
    ) {
        let span = span_of(stmt);
        // objects that later calls depend on
        if right.kind() == "call" {
            self.bound_call(name, right, scope);
        }
        if scope.kind == ScopeKind::Module && self.mode == Mode::Gunicorn {
            push(
                &mut self.module_assignments,
                Assignment {
                    name: name.to_string(),
                    value: value.clone(),
                    conditional: scope.conditional,
                    span,
                },
            );
        }
        if matches!(scope.kind, ScopeKind::Module | ScopeKind::Class) {
            if is_upper_name(name) {
                {
                    let fact = Setting {
                        name: name.to_string(),
                        value: value.clone(),
                        source: if scope.kind == ScopeKind::Module {
                            SettingSource::Module
                        } else {
                            SettingSource::Class
                        },
                        class: scope
                            .name
                            .clone()
                            .filter(|_| scope.kind == ScopeKind::Class),
                        op: op.clone(),
                        conditional: scope.conditional,
                        name_span: span_of(target),
                        span,
                    };
                    push(&mut self.facts.settings, fact);
                }
            }
            if scope.kind == ScopeKind::Module && self.mode == Mode::App {
                if let Some(key) = celery_key(name, !is_upper_name(name)).filter(|_| {
                    is_upper_name(name) && (name.starts_with("CELERY") || name == "BROKER_URL")
                        || !is_upper_name(name)
                }) {
                    self.celery_config(key, name, value.clone(), scope.conditional, span);
                }
            }
            // Channels: websocket_urlpatterns = [path("ws/...", ...)]
            if name.to_ascii_lowercase().contains("websocket")
                && matches!(right.kind(), "list" | "tuple" | "binary_operator")
            {
                self.channels_routes(right, Some(name));
            }
        }
        if op.is_none() {
            self.bind(name, value.clone());
        }
    }

    /// `name = Something(...)`: remember what the name is (app, env reader, celery app, router).
    fn bound_call(&mut self, name: &str, call: Node, scope: &Scope) {
        let Some(raw) = call
            .child_by_field_name("function")
            .and_then(|f| dotted(self.src, f))
        else {
            return;
        };
        let q = self.qualify(&raw);
        let last = q.rsplit('.').next().unwrap_or(&q).to_string();
        let args = call_args(self.src, call);
        self.app_object(call, Some(name), scope);
        match last.as_str() {
            "Env" | "FileAwareEnv" if q.starts_with("environ") || raw == "Env" => {
                let schema = args
                    .kw
                    .iter()
                    .map(|(k, v, _)| {
                        // DEBUG=(bool, False)
                        let (cast, default) = match v.kind() {
                            "tuple" | "parenthesized_expression" => {
                                let items = named_children(*v);
                                (
                                    items.first().map(|c| text(self.src, *c).to_string()),
                                    items.get(1).map(|d| self.val(*d)),
                                )
                            }
                            _ => (Some(text(self.src, *v).to_string()), None),
                        };
                        (k.clone(), cast, default)
                    })
                    .collect();
                self.env_objects.insert(name.to_string(), schema);
            }
            "AutoConfig" | "Config" | "RepositoryEnv"
                if q.starts_with("decouple") || q.starts_with("starlette.config") =>
            {
                self.config_objects.push(name.to_string());
            }
            "Celery" if q.starts_with("celery") || raw == "Celery" => {
                self.celery_names.push(name.to_string());
                let main = args
                    .pos
                    .first()
                    .copied()
                    .or(args.kw("main"))
                    .map(|m| self.val(m));
                let broker = args.kw("broker").map(|b| self.val(b));
                let backend = args.kw("backend").map(|b| self.val(b));
                let span = span_of(call);
                if let Some(b) = &broker {
                    self.celery_config(
                        "broker_url".into(),
                        "broker",
                        b.clone(),
                        scope.conditional,
                        span,
                    );
                }
                if let Some(b) = &backend {
                    self.celery_config(
                        "result_backend".into(),
                        "backend",
                        b.clone(),
                        scope.conditional,
                        span,
                    );
                }
                let top = scope.kind == ScopeKind::Module;
                {
                    let fact = CeleryApp {
                        attribute: top.then(|| name.to_string()),
                        target: top.then(|| format!("{}:{}", self.module, name)),
                        main,
                        broker,
                        backend,
                        config_from: None,
                        namespace: None,
                        autodiscover: false,
                        span,
                    };
                    push(&mut self.facts.celery.apps, fact);
                }
            }
            "SocketIO" if q.starts_with("flask_socketio") || raw == "SocketIO" => {
                self.flask_socketio_names.push(name.to_string());
            }
            "APIRouter" | "Router" | "Blueprint" | "APIBlueprint" => {
                let prefix_node = args
                    .kw("prefix")
                    .or(args.kw("url_prefix"))
                    .or(args.kw("path"));
                let prefix = prefix_node
                    .and_then(|p| string_literal(self.src, p))
                    .filter(|(_, f)| !f)
                    .map(|(s, _)| s);
                self.router_prefixes
                    .insert(name.to_string(), prefix.clone());
                push(
                    &mut self.facts.routers,
                    Router {
                        name: name.to_string(),
                        prefix_unknown: prefix_node.is_some() && prefix.is_none(),
                        prefix,
                        span: span_of(call),
                    },
                );
            }
            _ => {
                // settings = Settings()  (pydantic settings class from this file)
                if self.settings_classes.contains_key(raw.as_str()) {
                    self.settings_objects.insert(name.to_string(), raw.clone());
                    if scope.kind == ScopeKind::Module {
                        let fact = SettingsInstance {
                            name: name.to_string(),
                            class: raw.clone(),
                            span: span_of(call),
                        };
                        push(&mut self.facts.settings_instances, fact);
                    }
                }
            }
        }
    }

    /// `X(...)` building an application object, bound to `name` (or returned from a factory when `None`).
    fn app_object(&mut self, call: Node, name: Option<&str>, scope: &Scope) {
        let Some(raw) = call
            .child_by_field_name("function")
            .and_then(|f| dotted(self.src, f))
        else {
            return;
        };
        let q = self.qualify(&raw);
        let in_function = scope.kind == ScopeKind::Function;
        let (framework, interface, factory) = match framework_of(
            &q,
            !self
                .imports
                .contains_key(raw.split('.').next().unwrap_or("")),
        ) {
            Some((f, i)) => (f, i, None),
            None => {
                // app = create_app()
                let last = raw.rsplit('.').next().unwrap_or(&raw);
                if let Some((fw, iface)) = self.factories.get(raw.as_str()) {
                    (*fw, *iface, Some(raw.clone()))
                } else if FACTORY_NAMES.contains(&last) && name.is_some() && !in_function {
                    (Framework::Unknown, Interface::Unknown, Some(raw.clone()))
                } else {
                    return;
                }
            }
        };
        // socketio.ASGIApp wrapping another app is recorded as its own object; the python-socketio
        // route is recorded by the call scan
        let function = if in_function {
            scope.name.clone()
        } else {
            None
        };
        let target = match (&function, name) {
            (Some(f), _) if scope.kind == ScopeKind::Function => {
                Some(format!("{}:{}()", self.module, f))
            }
            (None, Some(n)) if scope.kind == ScopeKind::Module => {
                Some(format!("{}:{}", self.module, n))
            }
            _ => None,
        };
        if let Some(n) = name {
            self.app_names.insert(n.to_string(), framework);
        }
        let args = call_args(self.src, call);
        let kwargs = self.kwargs(&args, 0);
        {
            let fact = AppObject {
                framework,
                interface,
                attribute: name.map(String::from),
                function,
                factory,
                target,
                kwargs,
                span: span_of(call),
            };
            push(&mut self.facts.apps, fact);
        }
    }

    /// `app.conf.task_routes = ...`, `app.config.MAX_CONTENT_LENGTH = ...`
    fn attribute_assignment(&mut self, target: Node, value: &Val, stmt: Node, scope: &Scope) {
        let Some(path) = dotted(self.src, target) else {
            return;
        };
        let Some((obj, key)) = path.rsplit_once('.') else {
            return;
        };
        self.config_write(obj, key, span_of(target), value, stmt, scope);
    }

    fn config_write(
        &mut self,
        obj: &str,
        key: &str,
        name_span: Span,
        value: &Val,
        stmt: Node,
        scope: &Scope,
    ) {
        let span = span_of(stmt);
        if let Some(app) = obj.strip_suffix(".conf") {
            if self.celery_names.iter().any(|c| c == app)
                || matches!(app, "app" | "celery" | "celery_app")
            {
                if let Some(k) = celery_key(key, false) {
                    self.celery_config(k, key, value.clone(), scope.conditional, span);
                }
            }
        } else if obj.ends_with(".config") {
            {
                let fact = Setting {
                    name: key.to_string(),
                    value: value.clone(),
                    source: SettingSource::AppConfig,
                    class: None,
                    op: None,
                    conditional: scope.conditional,
                    name_span,
                    span,
                };
                push(&mut self.facts.settings, fact);
            }
        } else if key == "secret_key"
            && (obj == "app"
                || self
                    .facts
                    .apps
                    .iter()
                    .any(|a| a.attribute.as_deref() == Some(obj)))
        {
            // Flask/Quart `app.secret_key = ...` is `SECRET_KEY` of the app's config
            push(
                &mut self.facts.settings,
                Setting {
                    name: "SECRET_KEY".into(),
                    value: value.clone(),
                    source: SettingSource::AppConfig,
                    class: None,
                    op: None,
                    conditional: scope.conditional,
                    name_span,
                    span,
                },
            );
        }
    }

    fn celery_config(
        &mut self,
        key: String,
        written: &str,
        value: Val,
        conditional: bool,
        span: Span,
    ) {
        if key == "beat_schedule" {
            push(&mut self.facts.celery.beat, span);
        }
        {
            let fact = ConfigEntry {
                key,
                written: written.to_string(),
                value,
                conditional,
                span,
            };
            push(&mut self.facts.celery.config, fact);
        }
    }

    fn decorator(
        &mut self,
        dec: Node,
        function: Option<&str>,
        scope: &Scope,
        route: &mut (Option<String>, Option<String>, Option<String>),
    ) {
        let Some(expr) = named_children(dec).into_iter().next() else {
            return;
        };
        let (callee, call) = match expr.kind() {
            "call" => (expr.child_by_field_name("function"), Some(expr)),
            _ => (Some(expr), None),
        };
        let Some(raw) = callee.and_then(|c| dotted(self.src, c)) else {
            self.scan_calls(dec, scope);
            return;
        };
        let q = self.qualify(&raw);
        let (receiver, method) = match raw.rsplit_once('.') {
            Some((r, m)) => (Some(r.to_string()), m),
            None => (None, raw.as_str()),
        };
        let args = call.map(|c| call_args(self.src, c));
        let path = args.as_ref().and_then(|a| {
            a.pos
                .first()
                .copied()
                .or(a.kw("path"))
                .or(a.kw("rule"))
                .and_then(|p| string_literal(self.src, p))
                .filter(|(_, f)| !f)
                .map(|(s, _)| s)
        });
        let span = span_of(dec);
        let prefix = receiver
            .as_ref()
            .and_then(|r| self.router_prefixes.get(r).cloned().flatten());
        if (ROUTE_METHODS.contains(&method) || q.rsplit('.').next() == Some("websocket"))
            && path.is_some()
        {
            *route = (path.clone(), receiver.clone(), prefix.clone());
        }
        // websocket decorators
        let ws = match (receiver.as_deref(), method) {
            (Some(_), "websocket" | "websocket_route" | "ws") => true,
            // flask-sock: sock = Sock(app); @sock.route("/ws")
            (Some(r), "route") => self
                .lookup_call_func(r)
                .is_some_and(|f| f.ends_with("Sock")),
            // litestar @websocket("/ws"), @websocket_listener("/ws")
            (None, "websocket" | "websocket_listener") => {
                q.starts_with("litestar") || q.starts_with("starlite")
            }
            _ => false,
        };
        if ws {
            {
                let fact = WebSocketRoute {
                    kind: WebSocketKind::Decorator,
                    path: path.clone(),
                    prefix,
                    receiver,
                    function: function.map(String::from),
                    routes_from: None,
                    span,
                };
                push(&mut self.facts.websocket_routes, fact);
            }
        }
        // celery tasks
        let last = q.rsplit('.').next().unwrap_or(&q);
        let is_task = match (raw.rsplit_once('.'), last) {
            (_, "shared_task") => true,
            (Some((r, "task")), _) => {
                self.celery_names.iter().any(|c| c == r)
                    || matches!(r, "app" | "celery" | "celery_app" | "capp")
                    || self.qualify(r).contains("celery")
            }
            (_, "periodic_task") => {
                push(&mut self.facts.celery.beat, span);
                true
            }
            _ => false,
        };
        if is_task {
            let kwargs = args.as_ref().map(|a| self.kwargs(a, 0)).unwrap_or_default();
            let lit = |k: &str| {
                Kwarg::find(&kwargs, k)
                    .and_then(|x| x.value.as_str())
                    .map(String::from)
            };
            let t = Task {
                function: function.unwrap_or("").to_string(),
                name: lit("name"),
                queue: lit("queue"),
                kwargs: kwargs.clone(),
                span,
            };
            push(&mut self.facts.celery.tasks, t);
        }
        if let Some(c) = call {
            self.scan_calls(c, scope);
        }
    }

    /// The callee of the call a name was bound to in this file (`sock = Sock(app)` → `flask_sock.Sock`).
    fn lookup_call_func(&self, name: &str) -> Option<String> {
        match &self.lookup(name)?.value {
            Value::Call(c) => Some(c.func.clone()),
            _ => None,
        }
    }

    // ---- calls anywhere ----------------------------------------------------------------------

    fn scan_calls(&mut self, node: Node, scope: &Scope) {
        let mut calls: Vec<Node> = Vec::new();
        scan_nodes(node, |n| {
            match n.kind() {
                // nested definitions are statements of their own (lambdas are scanned)
                "function_definition" | "class_definition" => return false,
                "call" => calls.push(n),
                _ => {}
            }
            true
        });
        for c in calls {
            if self.consumed.contains(&c.start_byte()) {
                continue;
            }
            self.call(c, scope);
        }
    }

    fn call(&mut self, call: Node, scope: &Scope) {
        let Some(func) = call.child_by_field_name("function") else {
            return;
        };
        let Some(raw) = dotted(self.src, func) else {
            return;
        };
        let q = self.qualify(&raw);
        let last = q.rsplit('.').next().unwrap_or(&q).to_string();
        let receiver = raw.rsplit_once('.').map(|(r, _)| r.to_string());
        let args = call_args(self.src, call);
        let span = span_of(call);
        let str_of = |ctx: &Self, n: Option<Node>| {
            n.and_then(|x| string_literal(ctx.src, x))
                .filter(|(_, f)| !f)
                .map(|(s, _)| s)
        };
        let function = scope
            .name
            .clone()
            .filter(|_| scope.kind == ScopeKind::Function);

        // dynamic imports
        if matches!(q.as_str(), "importlib.import_module" | "__import__") {
            if let Some(m) = str_of(self, args.pos.first().copied()) {
                let level = m.chars().take_while(|c| *c == '.').count() as u32;
                let module = m.trim_start_matches('.').to_string();
                {
                    let fact = Import {
                        top: if level > 0 {
                            String::new()
                        } else {
                            module.split('.').next().unwrap_or("").to_string()
                        },
                        module,
                        level,
                        conditional: true,
                        dynamic: true,
                        span,
                    };
                    push(&mut self.facts.imports, fact);
                }
            }
            return;
        }

        // --- servers
        let server = match q.as_str() {
            "uvicorn.run" | "uvicorn.Config" | "uvicorn.config.Config" => Some(ServerKind::Uvicorn),
            "waitress.serve" => Some(ServerKind::Waitress),
            "werkzeug.serving.run_simple" | "werkzeug.run_simple" => Some(ServerKind::Werkzeug),
            "aiohttp.web.run_app" => Some(ServerKind::AiohttpRunApp),
            _ => match (receiver.as_deref(), last.as_str()) {
                (Some(r), "run") if !r.contains('.') => {
                    if self.flask_socketio_names.iter().any(|n| n == r)
                        || r == "socketio" && !self.is_module("socketio")
                    {
                        Some(ServerKind::SocketIoRun)
                    } else if self.app_names.contains_key(r)
                        || matches!(r, "app" | "application") && !self.is_module(r)
                    {
                        Some(ServerKind::AppRun)
                    } else {
                        None
                    }
                }
                _ => None,
            },
        };
        if let Some(server) = server {
            let kwargs = self.kwargs(&args, 0);
            let a: Vec<Val> = args.pos.iter().take(8).map(|x| self.val(*x)).collect();
            {
                let fact = ServerRun {
                    server,
                    receiver: if matches!(server, ServerKind::AppRun | ServerKind::SocketIoRun) {
                        receiver.clone()
                    } else {
                        None
                    },
                    args: a,
                    kwargs,
                    main_guard: scope.main_guard,
                    conditions: scope.conditions.clone(),
                    function: function.clone(),
                    span,
                };
                push(&mut self.facts.server_runs, fact);
            }
            return;
        }

        // --- websocket routes
        match last.as_str() {
            "WebSocketRoute" => {
                {
                    let fact = WebSocketRoute {
                        kind: WebSocketKind::Route,
                        path: str_of(self, args.pos.first().copied().or(args.kw("path"))),
                        prefix: None,
                        receiver: None,
                        function: args.pos.get(1).map(|e| text(self.src, *e).to_string()),
                        routes_from: None,
                        span,
                    };
                    push(&mut self.facts.websocket_routes, fact);
                }
                return;
            }
            "add_websocket_route" | "add_api_websocket_route" | "add_websocket" => {
                let prefix = receiver
                    .as_ref()
                    .and_then(|r| self.router_prefixes.get(r).cloned().flatten());
                {
                    let fact = WebSocketRoute {
                        kind: WebSocketKind::AddRoute,
                        path: str_of(
                            self,
                            args.pos
                                .first()
                                .copied()
                                .or(args.kw("path"))
                                .or(args.kw("uri")),
                        ),
                        prefix,
                        receiver: receiver.clone(),
                        function: args.pos.get(1).map(|e| text(self.src, *e).to_string()),
                        routes_from: None,
                        span,
                    };
                    push(&mut self.facts.websocket_routes, fact);
                }
                return;
            }
            "ProtocolTypeRouter" => {
                if let Some(map) = args.pos.first().filter(|m| m.kind() == "dictionary") {
                    for pair in named_children(*map) {
                        let is_ws = pair
                            .child_by_field_name("key")
                            .and_then(|k| string_literal(self.src, k))
                            .is_some_and(|(k, _)| k == "websocket");
                        if let (true, Some(v)) = (is_ws, pair.child_by_field_name("value")) {
                            let before = self.facts.websocket_routes.len();
                            self.channels_routes(v, None);
                            if self.facts.websocket_routes.len() == before {
                                // the routes live elsewhere: URLRouter(chat.routing.websocket_urlpatterns)
                                let mut from = None;
                                scan_nodes(v, |x| {
                                    if from.is_none() && x.kind() == "call" {
                                        let f = x
                                            .child_by_field_name("function")
                                            .and_then(|f| dotted(self.src, f));
                                        if f.as_deref().is_some_and(|f| f.ends_with("URLRouter")) {
                                            from = call_args(self.src, x)
                                                .pos
                                                .first()
                                                .and_then(|a| dotted(self.src, *a));
                                        }
                                    }
                                    true
                                });
                                let routes_from = from.map(|f| self.qualify(&f));
                                {
                                    let fact = WebSocketRoute {
                                        kind: WebSocketKind::Channels,
                                        path: None,
                                        prefix: None,
                                        receiver: None,
                                        function: None,
                                        routes_from,
                                        span: span_of(pair),
                                    };
                                    push(&mut self.facts.websocket_routes, fact);
                                }
                            }
                        }
                    }
                }
                return;
            }
            "ASGIApp" | "WSGIApp" if q.starts_with("socketio") || q.starts_with("engineio") => {
                let p = str_of(self, args.kw("socketio_path").or(args.kw("engineio_path")))
                    .unwrap_or_else(|| "socket.io".into());
                {
                    let fact = WebSocketRoute {
                        kind: WebSocketKind::SocketIo,
                        path: Some(format!("/{}", p.trim_matches('/'))),
                        prefix: None,
                        receiver: None,
                        function: None,
                        routes_from: None,
                        span,
                    };
                    push(&mut self.facts.websocket_routes, fact);
                }
                return;
            }
            "SocketIO" if q.starts_with("flask_socketio") || raw == "SocketIO" => {
                let p = str_of(self, args.kw("path")).unwrap_or_else(|| "socket.io".into());
                {
                    let fact = WebSocketRoute {
                        kind: WebSocketKind::FlaskSocketIo,
                        path: Some(format!("/{}", p.trim_matches('/'))),
                        prefix: None,
                        receiver: None,
                        function: None,
                        routes_from: None,
                        span,
                    };
                    push(&mut self.facts.websocket_routes, fact);
                }
                return;
            }
            "mount" | "mount_app" => {
                // app.mount("/ws", socketio.ASGIApp(sio)): the socket.io path lives under the mount
                let mount = str_of(self, args.pos.first().copied().or(args.kw("path")));
                let inner = args.pos.get(1).copied().or(args.kw("app"));
                if let (Some(m), Some(inner)) = (mount, inner.filter(|i| i.kind() == "call")) {
                    let iq = inner
                        .child_by_field_name("function")
                        .and_then(|f| dotted(self.src, f))
                        .map(|f| self.qualify(&f));
                    if iq
                        .as_deref()
                        .is_some_and(|f| f.starts_with("socketio.") && f.ends_with("App"))
                    {
                        let ia = call_args(self.src, inner);
                        let p = str_of(self, ia.kw("socketio_path"))
                            .unwrap_or_else(|| "socket.io".into());
                        {
                            let fact = WebSocketRoute {
                                kind: WebSocketKind::SocketIo,
                                path: Some(format!("/{}", p.trim_matches('/'))),
                                prefix: Some(m),
                                receiver: receiver.clone(),
                                function: None,
                                routes_from: None,
                                span: span_of(inner),
                            };
                            push(&mut self.facts.websocket_routes, fact);
                        }
                        self.consumed.push(inner.start_byte());
                    }
                }
            }
            _ => {}
        }

        // --- streaming responses
        let event_stream = ["media_type", "mimetype", "content_type"].iter().any(|k| {
            str_of(self, args.kw(k)).is_some_and(|m| m.trim().starts_with("text/event-stream"))
        });
        let streaming = match last.as_str() {
            "EventSourceResponse" | "ServerSentEventsResponse" => Some(StreamingKind::Sse),
            "StreamingResponse" | "StreamingHttpResponse" | "StreamResponse" => {
                Some(if event_stream {
                    StreamingKind::Sse
                } else {
                    StreamingKind::Stream
                })
            }
            "Response" if event_stream => Some(StreamingKind::Sse),
            _ => None,
        };
        if let Some(kind) = streaming {
            {
                let fact = StreamingEndpoint {
                    kind,
                    function: function.clone(),
                    route: scope.route.clone(),
                    receiver: scope.route_receiver.clone(),
                    prefix: scope.route_prefix.clone(),
                    response: last.clone(),
                    kwargs: self.kwargs(&args, 0),
                    span,
                };
                push(&mut self.facts.streaming_endpoints, fact);
            }
        }

        // --- middleware / CORS
        match last.as_str() {
            "add_middleware" | "Middleware" => {
                if let Some(m) = args.pos.first().and_then(|m| dotted(self.src, *m)) {
                    let kwargs = self.kwargs(&args, 0);
                    let name = self.qualify(&m);
                    push(
                        &mut self.facts.middleware,
                        Middleware { name, kwargs, span },
                    );
                }
            }
            "CORS" | "cors"
                if q.starts_with("flask_cors") || q.starts_with("quart_cors") || raw == "CORS" =>
            {
                let kwargs = self.kwargs(&args, 0);
                push(
                    &mut self.facts.middleware,
                    Middleware {
                        name: q.clone(),
                        kwargs,
                        span,
                    },
                );
            }
            "CORSMiddleware" if !args.pos.is_empty() => {
                // CORSMiddleware(app, allow_origins=...) used as a wrapper
                let kwargs = self.kwargs(&args, 0);
                push(
                    &mut self.facts.middleware,
                    Middleware {
                        name: q.clone(),
                        kwargs,
                        span,
                    },
                );
            }
            _ => {}
        }

        // --- routers
        if matches!(last.as_str(), "include_router" | "register_blueprint") {
            if let (Some(r), Some(router)) = (
                receiver.clone(),
                args.pos.first().and_then(|x| dotted(self.src, *x)),
            ) {
                let prefix_node = args.kw("prefix").or(args.kw("url_prefix"));
                let prefix = str_of(self, prefix_node);
                let router = self.qualify(&router);
                push(
                    &mut self.facts.router_includes,
                    RouterInclude {
                        receiver: r,
                        router,
                        prefix_unknown: prefix_node.is_some() && prefix.is_none(),
                        prefix,
                        span,
                    },
                );
            }
        }

        // --- app.config.update(X=...) / app.conf.update(...) / app.config.from_mapping(...)
        if matches!(last.as_str(), "update" | "from_mapping") {
            if let Some(obj) = receiver.as_deref() {
                if obj.ends_with(".config") || obj.ends_with(".conf") {
                    let mut entries: Vec<(String, Val, Span)> = self
                        .kwargs(&args, 0)
                        .into_iter()
                        .map(|k| (k.name, k.value, k.span))
                        .collect();
                    if let Some(d) = args.pos.first().filter(|d| d.kind() == "dictionary") {
                        for pair in named_children(*d) {
                            if let (Some(k), Some(v)) = (
                                pair.child_by_field_name("key"),
                                pair.child_by_field_name("value"),
                            ) {
                                if let Some((k, false)) = string_literal(self.src, k) {
                                    entries.push((k, self.val(v), span_of(pair)));
                                }
                            }
                        }
                    }
                    for (k, v, s) in entries {
                        self.config_write_at(obj, &k, s, v, scope);
                    }
                }
            }
        }

        // --- celery
        if let Some(r) = receiver.as_deref() {
            let is_celery = self.celery_names.iter().any(|c| c == r);
            match last.as_str() {
                "config_from_object" if is_celery => {
                    let obj = str_of(self, args.pos.first().copied().or(args.kw("obj")));
                    let ns = str_of(self, args.kw("namespace"));
                    if let Some(app) = self
                        .facts
                        .celery
                        .apps
                        .iter_mut()
                        .rev()
                        .find(|a| a.attribute.as_deref() == Some(r))
                    {
                        app.config_from = obj;
                        app.namespace = ns;
                    }
                }
                "autodiscover_tasks" if is_celery => {
                    if let Some(app) = self
                        .facts
                        .celery
                        .apps
                        .iter_mut()
                        .rev()
                        .find(|a| a.attribute.as_deref() == Some(r))
                    {
                        app.autodiscover = true;
                    }
                }
                "add_periodic_task" => push(&mut self.facts.celery.beat, span),
                "apply_async" | "send_task" | "set" | "signature" | "s" | "si" => {
                    if let Some(queue) = str_of(self, args.kw("queue")) {
                        push(
                            &mut self.facts.celery.sent_to,
                            QueueDecl { name: queue, span },
                        );
                    }
                }
                _ => {}
            }
        }
        if last == "Queue"
            && (q.starts_with("kombu")
                || q.starts_with("celery")
                || !q.contains('.') && !self.imports.contains_key("Queue"))
        {
            if let Some(name) = str_of(self, args.pos.first().copied().or(args.kw("name"))) {
                push(&mut self.facts.celery.queues, QueueDecl { name, span });
            }
        }

        // --- data paths
        self.data_path(&q, &last, &args, span);
    }

    fn config_write_at(&mut self, obj: &str, key: &str, span: Span, value: Val, scope: &Scope) {
        if let Some(app) = obj.strip_suffix(".conf") {
            if self.celery_names.iter().any(|c| c == app)
                || matches!(app, "app" | "celery" | "celery_app")
            {
                if let Some(k) = celery_key(key, false) {
                    self.celery_config(k, key, value, scope.conditional, span);
                }
            }
        } else {
            {
                let fact = Setting {
                    name: key.to_string(),
                    value,
                    source: SettingSource::AppConfig,
                    class: None,
                    op: None,
                    conditional: scope.conditional,
                    name_span: span,
                    span,
                };
                push(&mut self.facts.settings, fact);
            }
        }
    }

    fn data_path(&mut self, q: &str, last: &str, args: &Args, span: Span) {
        let (node, via, write, dir_arg) = match (q, last) {
            ("open" | "io.open" | "aiofiles.open" | "codecs.open", _) => {
                let mode = args
                    .pos
                    .get(1)
                    .copied()
                    .or(args.kw("mode"))
                    .and_then(|m| string_literal(self.src, m))
                    .map(|(m, _)| m)
                    .unwrap_or_default();
                let w = mode.contains(['w', 'a', 'x', '+']);
                (args.pos.first().copied().or(args.kw("file")), q, w, false)
            }
            ("pathlib.Path" | "pathlib.PurePath" | "pathlib.PosixPath" | "Path", _) => {
                (args.pos.first().copied(), "pathlib.Path", false, false)
            }
            ("os.makedirs" | "os.mkdir", _) => (
                args.pos.first().copied().or(args.kw("name")),
                q,
                true,
                false,
            ),
            ("os.path.join", _) => (args.pos.first().copied(), q, false, false),
            ("shutil.rmtree" | "shutil.copytree", _) => (args.pos.first().copied(), q, true, false),
            (_, "StaticFiles" | "Jinja2Templates") => (
                args.kw("directory").or(args.pos.first().copied()),
                last,
                false,
                true,
            ),
            (_, "FileSystemStorage") => (
                args.kw("location").or(args.pos.first().copied()),
                last,
                true,
                false,
            ),
            (_, "send_from_directory") => (
                args.pos.first().copied().or(args.kw("directory")),
                last,
                false,
                true,
            ),
            _ => return,
        };
        let Some(node) = node else { return };
        let v = self.val(node);
        let env = v.env().map(|e| e.var.clone());
        let path = match &v.value {
            Value::Str(s) => Some(s.clone()),
            Value::Format(f) => {
                let prefix = f.split('{').next().unwrap_or("");
                (prefix.len() > 1).then(|| prefix.to_string())
            }
            _ => match v.when_unset() {
                Some(crate::value::Lit::Str(s)) => Some(s),
                _ => None,
            },
        };
        let Some(path) = path.filter(|p| !p.is_empty()) else {
            return;
        };
        let absolute = path.starts_with('/');
        if !absolute && !dir_arg {
            return;
        }
        if ["/dev/", "/proc/", "/sys/"]
            .iter()
            .any(|p| path.starts_with(p))
            || path == "/dev/null"
        {
            return;
        }
        {
            let fact = DataPath {
                path,
                via: via.to_string(),
                write,
                env,
                absolute,
                span,
            };
            push(&mut self.facts.data_paths, fact);
        }
    }

    /// Channels routes inside an expression: `path("ws/x/", ...)`, `re_path(r"ws/...", ...)`,
    /// `URLRouter([...])`, `AuthMiddlewareStack(URLRouter(...))`.
    fn channels_routes(&mut self, node: Node, list: Option<&str>) {
        let mut found: Vec<(String, Span)> = Vec::new();
        scan_nodes(node, |n| {
            if n.kind() == "call" {
                let name = n
                    .child_by_field_name("function")
                    .and_then(|f| dotted(self.src, f));
                let last = name
                    .as_deref()
                    .and_then(|f| f.rsplit('.').next())
                    .unwrap_or("");
                if matches!(last, "path" | "re_path" | "url") {
                    let a = call_args(self.src, n);
                    if let Some((p, false)) =
                        a.pos.first().and_then(|x| string_literal(self.src, *x))
                    {
                        found.push((p, span_of(n)));
                    }
                }
            }
            true
        });
        for (p, span) in found.into_iter().take(MAX_ITEMS) {
            {
                let fact = WebSocketRoute {
                    kind: WebSocketKind::Channels,
                    path: Some(p),
                    prefix: None,
                    receiver: list.map(String::from),
                    function: None,
                    routes_from: None,
                    span,
                };
                push(&mut self.facts.websocket_routes, fact);
            }
        }
    }

    /// Derived facts once the whole file is read: Celery routes and queues from the config.
    fn finish(&mut self) {
        let mut routes = Vec::new();
        let mut queues = Vec::new();
        for e in &self.facts.celery.config {
            match e.key.as_str() {
                "task_routes" => {
                    let dicts: Vec<&Val> = match &e.value.value {
                        Value::List(items) => items.iter().collect(),
                        _ => vec![&e.value],
                    };
                    for d in dicts {
                        if let Value::Dict(entries) = &d.value {
                            for (k, v) in entries {
                                let Some(pattern) = k.as_str() else { continue };
                                let queue = match &v.value {
                                    Value::Str(q) => Some(q.clone()),
                                    Value::Dict(_) => {
                                        v.get("queue").and_then(|q| q.as_str()).map(String::from)
                                    }
                                    _ => None,
                                };
                                routes.push(TaskRoute {
                                    pattern: pattern.to_string(),
                                    queue,
                                    span: k.span.cover(v.span),
                                });
                            }
                        }
                    }
                }
                "task_queues" => {
                    if let Value::Dict(entries) = &e.value.value {
                        for (k, _) in entries {
                            if let Some(name) = k.as_str() {
                                queues.push(QueueDecl {
                                    name: name.to_string(),
                                    span: k.span,
                                });
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        for r in routes {
            push(&mut self.facts.celery.routes, r);
        }
        for q in queues {
            push(&mut self.facts.celery.queues, q);
        }
    }
}

fn is_main_guard(c: &Val) -> bool {
    match &c.value {
        Value::Compare { left, op, right } if op == "==" => {
            matches!((&left.value, &right.value), (Value::Name(n), Value::Str(s)) | (Value::Str(s), Value::Name(n)) if n == "__name__" && s == "__main__")
        }
        _ => false,
    }
}

/// Pre-order walk over `node`'s subtree; `f` returns false to skip a node's children. Iterative and capped.
pub fn scan_nodes<'t>(node: Node<'t>, mut f: impl FnMut(Node<'t>) -> bool) {
    let mut cursor = node.walk();
    let mut visited = 0usize;
    loop {
        let n = cursor.node();
        visited += 1;
        if visited > MAX_SCAN_NODES {
            return;
        }
        let descend = f(n);
        if descend && cursor.goto_first_child() {
            continue;
        }
        loop {
            if cursor.node() == node {
                return;
            }
            if cursor.goto_next_sibling() {
                break;
            }
            if !cursor.goto_parent() {
                return;
            }
        }
    }
}
