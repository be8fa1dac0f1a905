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
    /// (boxed: most nodes have neither, and every node carries both fields)
    pub anchor: Option<Box<str>>,
    pub tag: Option<Box<str>>,
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
/// Most nodes aliases and merge keys may copy in an expansion ([`Yaml::to_json`]); the file's own
/// nodes do not count.
pub const EXPANSION_BUDGET: usize = 200_000;

/// Mappings with at most this many entries look keys up by comparing them pairwise (no hashing,
/// no allocation); most mappings of a compose file have a handful of keys.
const SMALL_MAP: usize = 8;

/// Byte offset of a marker, on a character boundary of `src` (rounded down), never past its end.
fn byte(m: &granit_parser::Marker, src: &str) -> usize {
    let mut b = byte_unchecked(m, src);
    while !src.is_char_boundary(b) {
        b -= 1;
    }
    b
}

fn byte_unchecked(m: &granit_parser::Marker, src: &str) -> usize {
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
    // (the sequences and mappings not yet closed are the ones on `stack`: an alias to one of them
    // is a cycle)

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
                // one character (not one byte: the error may sit on a multi-byte character)
                let len = src[at..].chars().next().map_or(0, char::len_utf8);
                y.errors.push(YamlError {
                    message: e.info(),
                    span: Span::new(at, at + len),
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
                    y.nodes[node].anchor = Some(name.as_ref().into());
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
                        value: value.into_owned(),
                        quoted: !matches!(style, ScalarStyle::Plain),
                    },
                    span: sp,
                    // (anchor id 0: no anchor, no lookup)
                    anchor: if anchor == 0 {
                        None
                    } else {
                        anchor_names.get(&anchor).map(|n| n.as_str().into())
                    },
                    tag: tag.map(|t| format!("{}{}", t.handle(), t.suffix()).into_boxed_str()),
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
                    tag: tag.map(|t| format!("{}{}", t.handle(), t.suffix()).into_boxed_str()),
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
                    tag: tag.map(|t| format!("{}{}", t.handle(), t.suffix()).into_boxed_str()),
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
                        // duplicate keys (`<<` is a merge, not a key)
                        let key = |k: NodeId| match &y.nodes[k].kind {
                            Kind::Scalar { value, .. } if value != "<<" => Some(value.as_str()),
                            _ => None,
                        };
                        let mut dups = Vec::new();
                        if entries.len() <= SMALL_MAP {
                            // a few keys: compare pairwise, no hashing or allocation
                            for (i, (k, _)) in entries.iter().enumerate() {
                                let Some(value) = key(*k) else { continue };
                                if entries[..i].iter().any(|(e, _)| key(*e) == Some(value)) {
                                    dups.push((value.to_string(), y.nodes[*k].span));
                                }
                            }
                        } else {
                            let mut seen: std::collections::HashSet<&str> =
                                std::collections::HashSet::with_capacity(entries.len());
                            for (k, _) in entries {
                                if let Some(value) = key(*k) {
                                    if !seen.insert(value) {
                                        dups.push((value.to_string(), y.nodes[*k].span));
                                    }
                                }
                            }
                        }
                        for (key, span) in dups {
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
                let open = |target: NodeId| {
                    stack
                        .iter()
                        .any(|f| matches!(f, Frame::Seq(id) | Frame::Map(id, _) if *id == target))
                };
                let kind = match anchors.get(&anchor) {
                    Some(&target) if open(target) => {
                        // `a: &a {<<: *a}`: the alias stands for a node that contains it; compose's
                        // YAML library rejects this, and expanding it would never end
                        let name = anchor_names.get(&anchor).cloned().unwrap_or_default();
                        y.errors.push(YamlError {
                            message: format!(
                                "alias `*{name}` refers to the node that contains it (a cycle): compose rejects this file"
                            ),
                            span: sp,
                        });
                        Kind::BadAlias(name)
                    }
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
    // (a file without a tab has none to find: one memchr instead of a walk over every line)
    let lines = if src.contains('\t') { src } else { "" };
    for line in lines.split_inclusive(['\n', '\r']) {
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
    /// Aliases and merge keys copy more than the budget of nodes (an alias bomb).
    OverBudget,
    /// Nested deeper than [`MAX_EXPANSION_DEPTH`].
    TooDeep,
}

/// Deepest nesting [`Yaml::to_json`] expands (its recursion stays far from the stack's end).
pub const MAX_EXPANSION_DEPTH: usize = 256;

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
    /// then merged maps in order. Every mapping is merged at most once (merging it again adds no
    /// key), so the cost is bounded by the size of the tree whatever the merges (chains, fans,
    /// cycles); nesting of merges is bounded by depth.
    pub fn entries(&self, id: NodeId) -> Vec<(NodeId, NodeId)> {
        let id = self.resolve(id);
        if let Some(Kind::Map(own)) = self.nodes.get(id).map(|n| &n.kind) {
            if own.len() <= SMALL_MAP && !own.iter().any(|(k, _)| self.as_str(*k) == Some("<<")) {
                // no merge key, a few entries: the same result without a hash map (a duplicate
                // key takes the first one's place, the last value wins)
                let mut out: Vec<(NodeId, NodeId)> = Vec::with_capacity(own.len());
                for &(k, v) in own {
                    let key = self.as_str(k);
                    match out.iter_mut().find(|(e, _)| self.as_str(*e) == key) {
                        Some(slot) => *slot = (k, v),
                        None => out.push((k, v)),
                    }
                }
                return out;
            }
        }
        let mut out: Vec<(NodeId, NodeId)> = Vec::new();
        let mut index: std::collections::HashMap<Option<&str>, usize> =
            std::collections::HashMap::new();
        let mut merged = std::collections::HashSet::new();
        self.collect_entries(self.resolve(id), &mut out, &mut index, &mut merged, 0);
        out
    }

    fn collect_entries<'a>(
        &'a self,
        id: NodeId,
        out: &mut Vec<(NodeId, NodeId)>,
        index: &mut std::collections::HashMap<Option<&'a str>, usize>,
        merged: &mut std::collections::HashSet<NodeId>,
        depth: usize,
    ) {
        if depth > 16 || !merged.insert(id) {
            return;
        }
        let Some(Kind::Map(entries)) = self.nodes.get(id).map(|n| &n.kind) else {
            return;
        };
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
                // a duplicate key of the mapping itself: the last one wins (merged keys never
                // override own keys)
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
            match &self.nodes[m].kind {
                Kind::Seq(items) => {
                    for i in items {
                        self.collect_entries(self.resolve(*i), out, index, merged, depth + 1);
                    }
                }
                _ => self.collect_entries(m, out, index, merged, depth + 1),
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

    /// Expand to JSON, following aliases and merge keys. `budget` bounds the nodes that aliases
    /// and merge keys copy (a node of the file itself is free: the tree is already bounded by
    /// [`MAX_NODES`]), so a large plain file expands fully while an alias bomb or a cycle stops
    /// at the budget instead of growing memory.
    pub fn to_json(&self, id: NodeId, budget: usize) -> Expansion {
        let mut left = budget;
        match self.json(id, &mut left, false, 0) {
            Ok(v) => Expansion::Done(v),
            Err(e) => e,
        }
    }

    /// `copied`: this node is reached through an alias or a merge key (it costs budget).
    fn json(
        &self,
        id: NodeId,
        left: &mut usize,
        copied: bool,
        depth: usize,
    ) -> Result<serde_json::Value, Expansion> {
        if depth > MAX_EXPANSION_DEPTH {
            return Err(Expansion::TooDeep);
        }
        if copied {
            if *left == 0 {
                return Err(Expansion::OverBudget);
            }
            *left -= 1;
        }
        let n = &self.nodes[id];
        Ok(match &n.kind {
            Kind::Alias(t) => return self.json(*t, left, true, depth + 1),
            Kind::BadAlias(_) => serde_json::Value::Null,
            Kind::Scalar { value, quoted } => scalar_json(value, *quoted, n.tag.as_deref()),
            Kind::Seq(items) => {
                let mut v = Vec::with_capacity(items.len());
                for i in items {
                    v.push(self.json(*i, left, copied, depth + 1)?);
                }
                serde_json::Value::Array(v)
            }
            Kind::Map(own) => {
                let has_merge = own.iter().any(|(k, _)| self.as_str(*k) == Some("<<"));
                let mut m = serde_json::Map::new();
                if !has_merge {
                    for &(k, v) in own {
                        let Some(key) = self.as_str(k) else { continue };
                        let val = self.json(v, left, copied, depth + 1)?;
                        // the last of duplicate keys wins
                        m.insert(key.to_string(), val);
                    }
                } else {
                    let own_keys: std::collections::HashSet<NodeId> =
                        own.iter().map(|(k, _)| *k).collect();
                    for (k, v) in self.entries(id) {
                        let Some(key) = self.as_str(k) else { continue };
                        let from_merge = !own_keys.contains(&k);
                        let val = self.json(v, left, copied || from_merge, depth + 1)?;
                        m.insert(key.to_string(), val);
                    }
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

    /// Small mappings (compared pairwise) and large ones (hashed) report the same duplicates and
    /// give the same entries: a duplicate key keeps the first one's place with the last value.
    #[test]
    fn duplicates_in_small_and_large_maps() {
        for n in [3, SMALL_MAP - 2, SMALL_MAP - 1, 40] {
            let mut src = String::from("m:\n");
            for i in 0..n {
                src.push_str(&format!("  k{i}: v{i}\n"));
            }
            src.push_str("  k1: again\n  k1: last\n");
            let y = parse(&src);
            let dups: Vec<&str> = y.errors.iter().map(|e| e.span.slice(&src)).collect();
            assert_eq!(dups, ["k1", "k1"], "{n} keys");
            assert!(y.errors[0].message.contains("duplicate key `k1`"));
            let m = y.get(y.root().unwrap(), "m").unwrap();
            let entries: Vec<(&str, &str)> = y
                .entries(m)
                .into_iter()
                .map(|(k, v)| (y.as_str(k).unwrap(), y.as_str(v).unwrap()))
                .collect();
            assert_eq!(entries.len(), n, "{n} keys");
            assert_eq!(entries[1], ("k1", "last"));
            assert_eq!(entries[n - 1].0, format!("k{}", n - 1));
            assert_eq!(y.as_str(y.get(m, "k1").unwrap()), Some("last"));
        }
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

    /// A large plain file is not an alias bomb: only what aliases and merge keys copy counts.
    #[test]
    fn expansion_budget_counts_copies_not_nodes() {
        let mut src = String::from("services:\n");
        for i in 0..300 {
            src.push_str(&format!(
                "  s{i}:\n    image: nginx\n    ports: [\"{i}:80\"]\n"
            ));
        }
        let y = parse(&src);
        assert!(y.nodes.len() > 2_000, "{}", y.nodes.len());
        assert!(matches!(
            y.to_json(y.root().unwrap(), 100),
            Expansion::Done(_)
        ));
        // the same services sharing one anchored block: the copies count
        let mut src = String::from("x-base: &base {image: nginx, restart: always}\nservices:\n");
        for i in 0..300 {
            src.push_str(&format!("  s{i}: {{<<: *base, ports: [\"{i}:80\"]}}\n"));
        }
        let y = parse(&src);
        assert!(matches!(
            y.to_json(y.root().unwrap(), 100),
            Expansion::OverBudget
        ));
        match y.to_json(y.root().unwrap(), 10_000) {
            Expansion::Done(v) => {
                assert_eq!(v["services"]["s7"]["restart"], "always");
                assert_eq!(v["services"]["s7"]["ports"][0], "7:80");
            }
            _ => panic!("a few hundred merges fit the budget"),
        }
    }

    /// Merge keys that fan out (`<<: [*m, *m, ...]` on every level) or merge a map into itself
    /// cost no more than the tree: each map is merged once per lookup.
    #[test]
    fn merge_fans_and_cycles_are_bounded() {
        let mut src = String::from("m0: &m0 {k0: v}\n");
        for i in 1..40 {
            let refs = vec![format!("*m{}", i - 1); 10].join(", ");
            src.push_str(&format!("m{i}: &m{i} {{<<: [{refs}], k{i}: v}}\n"));
        }
        src.push_str("services:\n  s: {<<: *m39, image: x}\n");
        let y = parse(&src);
        assert!(y.errors.is_empty(), "{:?}", y.errors);
        let root = y.root().unwrap();
        let s = y.get(y.get(root, "services").unwrap(), "s").unwrap();
        assert_eq!(y.as_str(y.get(s, "image").unwrap()), Some("x"));
        // merges nest at most 16 deep
        assert!(y.get(s, "k30").is_some());
        assert!(y.get(s, "k0").is_none());
        assert!(matches!(
            y.to_json(root, EXPANSION_BUDGET),
            Expansion::Done(_)
        ));
    }

    /// An alias inside the node it names is a cycle: compose rejects it; here it is an error and
    /// nothing follows it.
    #[test]
    fn alias_cycles_are_errors() {
        for src in [
            "x: &a {<<: *a, b: 1}\n",
            "x: &a [1, *a]\n",
            "services: &s\n  web:\n    image: x\n    extra: *s\n",
        ] {
            let y = parse(src);
            assert!(
                y.errors.iter().any(|e| e.message.contains("cycle")),
                "{src:?}: {:?}",
                y.errors
            );
            let root = y.root().unwrap();
            assert!(matches!(
                y.to_json(root, EXPANSION_BUDGET),
                Expansion::Done(_)
            ));
            let _ = y.entries(root);
        }
    }

    #[test]
    fn deep_nesting_is_bounded() {
        for src in [
            format!("{}{}", "[".repeat(100_000), "]".repeat(100_000)),
            format!("{}x{}", "{a: ".repeat(50_000), "}".repeat(50_000)),
            (0..2_000)
                .map(|i| format!("{}- a\n", " ".repeat(i * 2)))
                .collect::<String>(),
        ] {
            let y = parse(&src);
            if let Some(root) = y.root() {
                assert!(!matches!(
                    y.to_json(root, EXPANSION_BUDGET),
                    Expansion::OverBudget
                ));
            }
        }
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
