//! A YAML span tree built from `granit-parser`'s event stream: byte spans for every key and value,
//! several documents per file, anchors kept, aliases stored as references (never expanded in the
//! tree, so an alias bomb costs nothing), merge keys (`<<`) resolved on lookup, duplicate keys
//! reported. Expansion (for schema validation) goes through [`Yaml::to_json`] with a node budget.

use crate::span::Span;
use granit_parser::{Event, Parser, ScalarStyle};

pub type NodeId = usize;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// A scalar with its value after escape processing; `quoted` for '…', "…", | and >.
    Scalar {
        value: String,
        quoted: bool,
    },
    Seq(Vec<NodeId>),
    /// Entries in source order: (key node, value node).
    Map(Vec<(NodeId, NodeId)>),
    /// `*name`: a reference to the anchored node.
    Alias(NodeId),
    /// An alias to an anchor that does not exist.
    BadAlias(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    pub kind: Kind,
    pub span: Span,
    pub anchor: Option<String>,
    pub tag: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YamlError {
    pub message: String,
    pub span: Span,
}

#[derive(Debug, Clone, Default)]
pub struct Yaml {
    pub nodes: Vec<Node>,
    /// Root node of each document.
    pub docs: Vec<NodeId>,
    pub comments: Vec<(String, Span)>,
    pub errors: Vec<YamlError>,
}

/// Most nodes a file may have before parsing stops (a pathological file costs bounded memory).
pub const MAX_NODES: usize = 2_000_000;
/// Most nodes an expansion (aliases followed) may visit.
pub const EXPANSION_BUDGET: usize = 200_000;

fn byte(m: &granit_parser::Marker, src: &str) -> usize {
    match m.byte_offset() {
        Some(b) => b.min(src.len()),
        None => src
            .char_indices()
            .nth(m.index())
            .map(|(i, _)| i)
            .unwrap_or(src.len()),
    }
}

pub fn parse(src: &str) -> Yaml {
    let mut y = Yaml::default();
    let parser = Parser::new_from_str(src);
    // (node id, pending key for maps) stack
    enum Frame {
        Seq(NodeId),
        Map(NodeId, Option<NodeId>),
    }
    let mut stack: Vec<Frame> = Vec::new();
    let mut anchors: std::collections::HashMap<usize, NodeId> = std::collections::HashMap::new();
    let mut anchor_names: std::collections::HashMap<usize, String> =
        std::collections::HashMap::new();
    let mut doc_root: Option<NodeId> = None;

    let attach =
        |y: &mut Yaml, stack: &mut Vec<Frame>, doc_root: &mut Option<NodeId>, id: NodeId| {
            match stack.last_mut() {
                Some(Frame::Seq(s)) => {
                    if let Kind::Seq(items) = &mut y.nodes[*s].kind {
                        items.push(id);
                    }
                }
                Some(Frame::Map(m, pending)) => match pending.take() {
                    None => *pending = Some(id),
                    Some(k) => {
                        if let Kind::Map(entries) = &mut y.nodes[*m].kind {
                            entries.push((k, id));
                        }
                    }
                },
                None => *doc_root = Some(id),
            }
        };

    for ev in parser {
        if y.nodes.len() >= MAX_NODES {
            y.errors.push(YamlError {
                message: format!(
                    "more than {MAX_NODES} YAML nodes; the rest of the file is not read"
                ),
                span: Span::at(src.len()),
            });
            break;
        }
        let (event, span) = match ev {
            Ok(x) => x,
            Err(e) => {
                let at = byte(e.marker(), src);
                y.errors.push(YamlError {
                    message: e.info(),
                    span: Span::new(at, (at + 1).min(src.len()).max(at)),
                });
                break;
            }
        };
        let sp = Span::new(
            byte(&span.start, src),
            byte(&span.end, src).max(byte(&span.start, src)),
        );
        match event {
            Event::StreamStart | Event::StreamEnd => {}
            Event::DocumentStart(..) => {
                doc_root = None;
                stack.clear();
                anchors.clear();
            }
            Event::DocumentEnd => {
                if let Some(r) = doc_root.take() {
                    y.docs.push(r);
                }
            }
            Event::Anchor(id, name) => {
                anchor_names.insert(id, name.to_string());
                if let Some(&node) = anchors.get(&id) {
                    y.nodes[node].anchor = Some(name.to_string());
                }
            }
            #[allow(unreachable_patterns)]
            Event::Comment(text, _) => {
                y.comments.push((text.to_string(), sp));
            }
            Event::Scalar(value, style, anchor, tag) => {
                let id = y.nodes.len();
                y.nodes.push(Node {
                    kind: Kind::Scalar {
                        value: value.to_string(),
                        quoted: !matches!(style, ScalarStyle::Plain),
                    },
                    span: sp,
                    anchor: anchor_names.get(&anchor).cloned(),
                    tag: tag.map(|t| format!("{}{}", t.handle(), t.suffix())),
                });
                if anchor != 0 {
                    anchors.insert(anchor, id);
                }
                attach(&mut y, &mut stack, &mut doc_root, id);
            }
            Event::SequenceStart(_, anchor, tag) => {
                let id = y.nodes.len();
                y.nodes.push(Node {
                    kind: Kind::Seq(Vec::new()),
                    span: sp,
                    anchor: None,
                    tag: tag.map(|t| format!("{}{}", t.handle(), t.suffix())),
                });
                if anchor != 0 {
                    anchors.insert(anchor, id);
                }
                attach(&mut y, &mut stack, &mut doc_root, id);
                stack.push(Frame::Seq(id));
            }
            Event::MappingStart(_, anchor, tag) => {
                let id = y.nodes.len();
                y.nodes.push(Node {
                    kind: Kind::Map(Vec::new()),
                    span: sp,
                    anchor: None,
                    tag: tag.map(|t| format!("{}{}", t.handle(), t.suffix())),
                });
                if anchor != 0 {
                    anchors.insert(anchor, id);
                }
                attach(&mut y, &mut stack, &mut doc_root, id);
                stack.push(Frame::Map(id, None));
            }
            Event::SequenceEnd | Event::MappingEnd => {
                if let Some(Frame::Seq(id) | Frame::Map(id, _)) = stack.pop() {
                    let start = y.nodes[id].span.start as usize;
                    y.nodes[id].span = Span::new(start, sp.end.max(start as u32) as usize);
                    if let Kind::Map(entries) = &y.nodes[id].kind {
                        // duplicate keys
                        let mut seen: std::collections::HashMap<&str, Span> =
                            std::collections::HashMap::new();
                        let mut dups = Vec::new();
                        for (k, _) in entries {
                            if let Kind::Scalar { value, .. } = &y.nodes[*k].kind {
                                if value == "<<" {
                                    continue;
                                }
                                match seen.get(value.as_str()) {
                                    Some(first) => {
                                        dups.push((value.clone(), y.nodes[*k].span, *first))
                                    }
                                    None => {
                                        seen.insert(value, y.nodes[*k].span);
                                    }
                                }
                            }
                        }
                        for (key, span, _first) in dups {
                            y.errors.push(YamlError {
                                message: format!("duplicate key `{key}`: the last value wins"),
                                span,
                            });
                        }
                    }
                }
            }
            Event::Alias(anchor) => {
                let id = y.nodes.len();
                let kind = match anchors.get(&anchor) {
                    Some(&target) => Kind::Alias(target),
                    None => Kind::BadAlias(anchor_names.get(&anchor).cloned().unwrap_or_default()),
                };
                y.nodes.push(Node {
                    kind,
                    span: sp,
                    anchor: None,
                    tag: None,
                });
                attach(&mut y, &mut stack, &mut doc_root, id);
            }
            #[allow(unreachable_patterns)]
            _ => {
                // UnresolvedAlias and future events
                let id = y.nodes.len();
                y.nodes.push(Node {
                    kind: Kind::BadAlias(String::new()),
                    span: sp,
                    anchor: None,
                    tag: None,
                });
                attach(&mut y, &mut stack, &mut doc_root, id);
            }
        }
    }
    // tabs used to indent a key or list item: YAML forbids them; some parsers accept them silently
    let mut offset = 0;
    for line in src.split_inclusive('\n') {
        let lead: &str = &line[..line.len() - line.trim_start_matches([' ', '\t']).len()];
        let rest = line[lead.len()..].trim_end();
        if lead.contains('\t')
            && (rest.starts_with("- ")
                || rest
                    .split_once(':')
                    .is_some_and(|(k, _)| !k.contains(' ') && !k.is_empty()))
        {
            let at = offset + lead.find('\t').unwrap_or(0);
            y.errors.push(YamlError {
                message: "tab character used for indentation (YAML allows only spaces)".into(),
                span: Span::new(at, at + 1),
            });
            break;
        }
        offset += line.len();
    }
    // a document cut short by an error still counts
    if let Some(r) = doc_root {
        if !y.docs.contains(&r) {
            y.docs.push(r);
        }
    }
    // the tree lives as long as the audit: drop the growth slack (a monorepo holds thousands)
    y.nodes.shrink_to_fit();
    y
}

/// A JSON value produced from the tree (for schema validation), or why it could not be made.
pub enum Expansion {
    Done(serde_json::Value),
    OverBudget,
}

impl Yaml {
    pub fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id]
    }

    /// Follow aliases (bounded) to the node they stand for.
    pub fn resolve(&self, mut id: NodeId) -> NodeId {
        for _ in 0..64 {
            match self.nodes.get(id).map(|n| &n.kind) {
                Some(Kind::Alias(t)) if *t != id => id = *t,
                _ => return id,
            }
        }
        id
    }

    pub fn root(&self) -> Option<NodeId> {
        self.docs.first().copied()
    }

    pub fn as_str(&self, id: NodeId) -> Option<&str> {
        match &self.nodes.get(self.resolve(id))?.kind {
            Kind::Scalar { value, .. } => Some(value),
            _ => None,
        }
    }

    pub fn is_null(&self, id: NodeId) -> bool {
        matches!(&self.nodes[self.resolve(id)].kind, Kind::Scalar { value, quoted: false } if value.is_empty() || value == "~" || value == "null")
    }

    pub fn as_seq(&self, id: NodeId) -> Option<&[NodeId]> {
        match &self.nodes.get(self.resolve(id))?.kind {
            Kind::Seq(v) => Some(v),
            _ => None,
        }
    }

    pub fn is_map(&self, id: NodeId) -> bool {
        matches!(
            self.nodes.get(self.resolve(id)).map(|n| &n.kind),
            Some(Kind::Map(_))
        )
    }

    /// Entries of a mapping with merge keys (`<<: *base`, `<<: [*a, *b]`) applied: own keys win,
    /// then merged maps in order. Bounded by depth.
    pub fn entries(&self, id: NodeId) -> Vec<(NodeId, NodeId)> {
        let mut out: Vec<(NodeId, NodeId)> = Vec::new();
        self.collect_entries(self.resolve(id), &mut out, 0);
        out
    }

    fn collect_entries(&self, id: NodeId, out: &mut Vec<(NodeId, NodeId)>, depth: usize) {
        if depth > 16 {
            return;
        }
        let Some(Kind::Map(entries)) = self.nodes.get(id).map(|n| &n.kind) else {
            return;
        };
        let mut index: std::collections::HashMap<Option<&str>, usize> = out
            .iter()
            .enumerate()
            .map(|(i, (k, _))| (self.as_str(*k), i))
            .collect();
        let mut merges = Vec::new();
        for &(k, v) in entries {
            if self.as_str(k) == Some("<<")
                && !matches!(&self.nodes[k].kind, Kind::Scalar { quoted: true, .. })
            {
                merges.push(v);
                continue;
            }
            let key = self.as_str(k);
            if let Some(&pos) = index.get(&key) {
                if depth == 0 {
                    out[pos] = (k, v);
                }
                continue;
            }
            index.insert(key, out.len());
            out.push((k, v));
        }
        for m in merges {
            let m = self.resolve(m);
            let sources: Vec<NodeId> = match &self.nodes[m].kind {
                Kind::Seq(items) => items.iter().map(|i| self.resolve(*i)).collect(),
                _ => vec![m],
            };
            for s in sources {
                let mut merged = Vec::new();
                self.collect_entries(s, &mut merged, depth + 1);
                for (k, v) in merged {
                    let key = self.as_str(k);
                    if let std::collections::hash_map::Entry::Vacant(e) = index.entry(key) {
                        e.insert(out.len());
                        out.push((k, v));
                    }
                }
            }
        }
    }

    /// Value of `key` in a mapping (merge keys applied). Without merge keys this is a plain scan.
    pub fn get(&self, map: NodeId, key: &str) -> Option<NodeId> {
        let id = self.resolve(map);
        if let Some(Kind::Map(entries)) = self.nodes.get(id).map(|n| &n.kind) {
            if !entries.iter().any(|(k, _)| self.as_str(*k) == Some("<<")) {
                return entries
                    .iter()
                    .rev()
                    .find(|(k, _)| self.as_str(*k) == Some(key))
                    .map(|(_, v)| *v);
            }
        }
        self.entries(map)
            .into_iter()
            .find(|(k, _)| self.as_str(*k) == Some(key))
            .map(|(_, v)| v)
    }

    /// The key node of `key` in a mapping (for spans).
    pub fn key_of(&self, map: NodeId, key: &str) -> Option<NodeId> {
        self.entries(map)
            .into_iter()
            .find(|(k, _)| self.as_str(*k) == Some(key))
            .map(|(k, _)| k)
    }

    pub fn span(&self, id: NodeId) -> Span {
        self.nodes[id].span
    }

    /// Expand to JSON, following aliases, visiting at most `budget` nodes (alias bombs and cycles
    /// stop at the budget instead of growing memory).
    pub fn to_json(&self, id: NodeId, budget: usize) -> Expansion {
        let mut left = budget;
        match self.json(id, &mut left, 0) {
            Some(v) => Expansion::Done(v),
            None => Expansion::OverBudget,
        }
    }

    fn json(&self, id: NodeId, left: &mut usize, depth: usize) -> Option<serde_json::Value> {
        if *left == 0 || depth > 256 {
            return None;
        }
        *left -= 1;
        let n = &self.nodes[id];
        Some(match &n.kind {
            Kind::Alias(t) => return self.json(*t, left, depth + 1),
            Kind::BadAlias(_) => serde_json::Value::Null,
            Kind::Scalar { value, quoted } => scalar_json(value, *quoted, n.tag.as_deref()),
            Kind::Seq(items) => {
                let mut v = Vec::with_capacity(items.len());
                for i in items {
                    v.push(self.json(*i, left, depth + 1)?);
                }
                serde_json::Value::Array(v)
            }
            Kind::Map(_) => {
                let mut m = serde_json::Map::new();
                for (k, v) in self.entries(id) {
                    let key = match self.as_str(k) {
                        Some(s) => s.to_string(),
                        None => continue,
                    };
                    let val = self.json(v, left, depth + 1)?;
                    m.insert(key, val);
                }
                serde_json::Value::Object(m)
            }
        })
    }
}

/// YAML 1.2 core schema typing of a plain scalar.
fn scalar_json(v: &str, quoted: bool, tag: Option<&str>) -> serde_json::Value {
    use serde_json::Value;
    if quoted || tag.is_some_and(|t| t.ends_with("str")) {
        return Value::String(v.to_string());
    }
    match v {
        "" | "~" | "null" | "Null" | "NULL" => return Value::Null,
        "true" | "True" | "TRUE" => return Value::Bool(true),
        "false" | "False" | "FALSE" => return Value::Bool(false),
        _ => {}
    }
    if let Ok(i) = v.parse::<i64>() {
        return Value::from(i);
    }
    if v.contains('.') || v.contains('e') || v.contains('E') {
        if let Ok(f) = v.parse::<f64>() {
            if f.is_finite()
                && v.chars()
                    .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E' | '-' | '+'))
            {
                return serde_json::Number::from_f64(f)
                    .map(Value::Number)
                    .unwrap_or(Value::String(v.to_string()));
            }
        }
    }
    Value::String(v.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_and_lookup() {
        let src = "services:\n  web:\n    image: \"nginx:1.27\"\n    ports:\n      - \"80:80\"\n";
        let y = parse(src);
        assert!(y.errors.is_empty(), "{:?}", y.errors);
        let root = y.root().unwrap();
        let services = y.get(root, "services").unwrap();
        let web = y.get(services, "web").unwrap();
        let image = y.get(web, "image").unwrap();
        assert_eq!(y.as_str(image), Some("nginx:1.27"));
        assert_eq!(y.span(image).slice(src), "\"nginx:1.27\"");
        assert_eq!(y.span(y.key_of(web, "ports").unwrap()).slice(src), "ports");
        let ports = y.as_seq(y.get(web, "ports").unwrap()).unwrap();
        assert_eq!(y.as_str(ports[0]), Some("80:80"));
    }

    #[test]
    fn anchors_merge_and_duplicates() {
        let src = "x-base: &base\n  restart: always\n  image: a\nservices:\n  s:\n    <<: *base\n    image: b\n  t:\n    image: c\n    image: d\n";
        let y = parse(src);
        let root = y.root().unwrap();
        let s = y.get(y.get(root, "services").unwrap(), "s").unwrap();
        assert_eq!(y.as_str(y.get(s, "image").unwrap()), Some("b"));
        assert_eq!(y.as_str(y.get(s, "restart").unwrap()), Some("always"));
        assert_eq!(y.errors.len(), 1);
        assert!(y.errors[0].message.contains("duplicate key `image`"));
    }

    #[test]
    fn alias_bomb_costs_nothing() {
        let mut src = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..10 {
            src.push_str(&format!("a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n", p = i - 1));
        }
        let y = parse(&src);
        // ten billion leaves in expansion, about a hundred nodes in the tree
        assert!(y.nodes.len() < 200, "{}", y.nodes.len());
        assert!(matches!(
            y.to_json(y.root().unwrap(), 10_000),
            Expansion::OverBudget
        ));
    }

    #[test]
    fn bad_input_is_an_error_not_a_panic() {
        for s in [
            "a: [",
            "\tkey: value",
            "- a\nb: c",
            ": :",
            "&a *a",
            "a: *nope",
            "{{ x }}",
            "\u{feff}a: b",
            "a: 'unterminated",
        ] {
            let y = parse(s);
            let _ = y.root().map(|r| y.to_json(r, 1000));
        }
        let y = parse("a: [");
        assert!(!y.errors.is_empty());
        let y = parse("\tservices: x\n");
        assert!(!y.errors.is_empty());
    }

    #[test]
    fn multi_document() {
        let y = parse("a: 1\n---\nb: 2\n");
        assert_eq!(y.docs.len(), 2);
    }
}
