//! The deployment topology drawn as inline SVG (for the HTML report): a layered layout per
//! deployment, left to right: host ports → proxies → applications and workers → data stores,
//! caches and brokers. Edges: published ports (bold), nginx routes (solid, labelled with the
//! location and port), `depends_on` (dashed, labelled with the condition).

use crate::project::service::ServiceKind;
use crate::project::topology::{DeploymentTopology, EdgeKind};
use std::fmt::Write;

const NODE_W: i32 = 210;
/// Space below the rows for each edge that skips a column.
const LANE: i32 = 12;
const NODE_H: i32 = 50;
const COL_GAP: i32 = 110;
const ROW_GAP: i32 = 26;
const PAD: i32 = 24;
const TITLE_H: i32 = 34;

pub fn esc(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            _ => o.push(c),
        }
    }
    o
}

fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(max.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

fn column(kind: ServiceKind) -> usize {
    match kind {
        ServiceKind::Proxy => 1,
        ServiceKind::DataStore | ServiceKind::Cache | ServiceKind::Broker => 3,
        _ => 2,
    }
}

struct Box_ {
    id: String,
    col: usize,
    row: usize,
    title: String,
    sub: String,
    class: &'static str,
    health: bool,
}

/// The SVG for every deployment, stacked; its own words (`host ports`, the service kinds,
/// `healthcheck`, `build`, the environments) pass through `word`.
pub fn topology_svg(topo: &[DeploymentTopology], word: &dyn Fn(&str) -> String) -> String {
    let host_label = word("host ports");
    let host_label = host_label.as_str();
    let mut body = String::new();
    let mut y0 = 0;
    let mut width = 0;
    for (d, t) in topo.iter().enumerate() {
        // nodes by column
        let mut boxes: Vec<Box_> = Vec::new();
        let mut rows = [0usize; 4];
        let mut host_ports: Vec<String> = Vec::new();
        for pb in &t.published {
            let label = format!(
                "{}:{}",
                pb.host_ip.as_deref().unwrap_or("0.0.0.0"),
                pb.published
            );
            if !host_ports.contains(&label) {
                host_ports.push(label);
            }
        }
        for (i, hp) in host_ports.iter().enumerate() {
            boxes.push(Box_ {
                id: format!("d{d}-host-{i}"),
                col: 0,
                row: rows[0],
                title: hp.clone(),
                sub: host_label.to_string(),
                class: "host",
                health: false,
            });
            rows[0] += 1;
        }
        for n in &t.nodes {
            let col = column(n.kind);
            let class = match col {
                1 => "proxy",
                3 => "data",
                _ => "app",
            };
            let kind = word(n.kind.as_str());
            let sub = if n.image.is_empty() {
                kind
            } else {
                format!("{kind} · {}", super::graph::image_label(&n.image, word))
            };
            boxes.push(Box_ {
                id: format!("d{d}-{}", node_id(&n.name)),
                col,
                row: rows[col],
                title: n.name.clone(),
                sub,
                class,
                health: n.healthcheck,
            });
            rows[col] += 1;
        }
        // compact the columns that are used
        let used: Vec<usize> = (0..4).filter(|c| rows[*c] > 0).collect();
        let x_of = |col: usize| -> i32 {
            let k = used.iter().position(|c| *c == col).unwrap_or(0) as i32;
            PAD + k * (NODE_W + COL_GAP)
        };
        let max_rows = rows.iter().copied().max().unwrap_or(0) as i32;
        // edges that skip a used column run in lanes below the rows, so they cross no box
        let col_of = |id: &str| boxes.iter().find(|b| b.id == id).map(|b| b.col);
        let rank = |c: usize| used.iter().position(|u| *u == c).unwrap_or(0);
        let skips = |from: &str, to: &str| match (col_of(from), col_of(to)) {
            (Some(a), Some(b)) => rank(b) > rank(a) + 1,
            _ => false,
        };
        let mut long_edges = 0;
        for pb in &t.published {
            let label = format!(
                "{}:{}",
                pb.host_ip.as_deref().unwrap_or("0.0.0.0"),
                pb.published
            );
            let hi = host_ports.iter().position(|h| *h == label).unwrap_or(0);
            if skips(
                &format!("d{d}-host-{hi}"),
                &format!("d{d}-{}", node_id(&pb.service)),
            ) {
                long_edges += 1;
            }
        }
        for e in &t.edges {
            if skips(
                &format!("d{d}-{}", node_id(&e.from)),
                &format!("d{d}-{}", node_id(&e.to)),
            ) {
                long_edges += 1;
            }
        }
        let rows_bottom = TITLE_H + max_rows * (NODE_H + ROW_GAP) - ROW_GAP;
        let height = rows_bottom + long_edges * LANE + PAD + 8;
        let mut lane = 0;
        let w = PAD * 2 + used.len() as i32 * NODE_W + (used.len() as i32 - 1).max(0) * COL_GAP;
        width = width.max(w);
        let pos = |b: &Box_| -> (i32, i32) {
            (
                x_of(b.col),
                y0 + TITLE_H + b.row as i32 * (NODE_H + ROW_GAP),
            )
        };
        writeln!(
            body,
            "<g class=\"deployment\" data-deployment=\"{}\"><text class=\"dtitle\" x=\"{PAD}\" y=\"{}\">{} ({})</text>",
            esc(&t.name),
            y0 + 22,
            esc(&t.name),
            esc(&word(t.environment.as_str()))
        )
        .ok();
        // edges first, nodes on top
        let find = |id: &str| boxes.iter().find(|b| b.id == id);
        let mut edges = String::new();
        let mut edge = |from: &Box_, to: &Box_, class: &str, label: &str| {
            let (x1, y1) = pos(from);
            let (x2, y2) = pos(to);
            let (sy, ty) = (y1 + NODE_H / 2, y2 + NODE_H / 2);
            let long = rank(to.col) > rank(from.col) + 1;
            let (path, lx, ly) = if long {
                // down into a lane below every row, across, and up into the target
                lane += 1;
                let ly = y0 + rows_bottom + 8 + lane * LANE;
                let (sx, tx) = (x1 + NODE_W, x2);
                // each lane turns at its own x, so parallel lanes stay apart
                let shift = ((lane - 1) * 6).min(COL_GAP / 4);
                let (gx1, gx2) = (sx + COL_GAP / 3 + shift, tx - COL_GAP / 3 - shift);
                (
                    format!(
                        "M{sx},{sy} L{gx1},{sy} L{gx1},{ly} L{gx2},{ly} L{gx2},{ty} L{tx},{ty}"
                    ),
                    (gx1 + gx2) / 2,
                    ly - 3,
                )
            } else if to.col > from.col {
                let (sx, tx) = (x1 + NODE_W, x2);
                let mid = (sx + tx) / 2;
                (
                    format!("M{sx},{sy} C{mid},{sy} {mid},{ty} {tx},{ty}"),
                    mid,
                    (sy + ty) / 2 - 4,
                )
            } else {
                // same column or backwards: a loop on the right side
                let (sx, tx) = (x1 + NODE_W, x2 + NODE_W);
                let out = sx.max(tx) + 46;
                (
                    format!("M{sx},{sy} C{out},{sy} {out},{ty} {tx},{ty}"),
                    out - 8,
                    (sy + ty) / 2 - 4,
                )
            };
            writeln!(
                edges,
                "<g class=\"edge {class}\"><path d=\"{path}\" marker-end=\"url(#arrow)\"/>{}</g>",
                if label.is_empty() {
                    String::new()
                } else {
                    format!(
                        "<text x=\"{lx}\" y=\"{}\" text-anchor=\"middle\"><title>{}</title>{}</text>",
                        if class == "dep" && !long { ly + 16 } else { ly },
                        esc(label),
                        // a label between two columns fits their gap; one on a lane is wider
                        esc(&truncate(label, if long { 28 } else { 18 }))
                    )
                }
            )
            .ok();
        };
        for pb in &t.published {
            let label = format!(
                "{}:{}",
                pb.host_ip.as_deref().unwrap_or("0.0.0.0"),
                pb.published
            );
            let hi = host_ports.iter().position(|h| *h == label).unwrap_or(0);
            if let (Some(a), Some(b)) = (
                find(&format!("d{d}-host-{hi}")),
                find(&format!("d{d}-{}", node_id(&pb.service))),
            ) {
                edge(a, b, "pub", &format!("→ {}", pb.target));
            }
        }
        // the routes of one proxy to one service and port are one edge listing the locations
        let mut routes: Vec<(&str, &str, Option<u16>, Vec<&str>)> = Vec::new();
        for e in &t.edges {
            if let EdgeKind::Route { location, port } = &e.kind {
                match routes
                    .iter_mut()
                    .find(|r| r.0 == e.from && r.1 == e.to && r.2 == *port)
                {
                    Some(r) => r.3.push(location),
                    None => routes.push((&e.from, &e.to, *port, vec![location])),
                }
            }
        }
        for (from, to, port, locations) in &routes {
            if let (Some(a), Some(b)) = (
                find(&format!("d{d}-{}", node_id(from))),
                find(&format!("d{d}-{}", node_id(to))),
            ) {
                let label = format!(
                    "{}{}",
                    locations.join(", "),
                    port.map(|p| format!(" :{p}")).unwrap_or_default()
                );
                edge(a, b, "route", &label);
            }
        }
        for e in &t.edges {
            let (Some(a), Some(b)) = (
                find(&format!("d{d}-{}", node_id(&e.from))),
                find(&format!("d{d}-{}", node_id(&e.to))),
            ) else {
                continue;
            };
            match &e.kind {
                EdgeKind::Route { .. } => {}
                EdgeKind::DependsOn(c) => edge(
                    a,
                    b,
                    "dep",
                    c.strip_prefix("service_").unwrap_or(c.as_str()),
                ),
            }
        }
        body.push_str(&edges);
        for b in &boxes {
            let (x, y) = pos(b);
            let rx = if b.class == "data" { 16 } else { 6 };
            writeln!(
                body,
                "<g class=\"node {}\" id=\"{}\"><title>{}</title><rect x=\"{x}\" y=\"{y}\" width=\"{NODE_W}\" height=\"{NODE_H}\" rx=\"{rx}\"/><text class=\"name\" x=\"{}\" y=\"{}\">{}</text><text class=\"sub\" x=\"{}\" y=\"{}\">{}</text>{}</g>",
                b.class,
                esc(&b.id),
                esc(&format!("{} — {}", b.title, b.sub)),
                x + 12,
                y + 21,
                esc(&truncate(&b.title, 24)),
                x + 12,
                y + 39,
                esc(&truncate(&b.sub, 32)),
                if b.health {
                    format!(
                        "<circle class=\"health\" cx=\"{}\" cy=\"{}\" r=\"5\"><title>{}</title></circle>",
                        x + NODE_W - 14,
                        y + 14,
                        esc(&word("healthcheck"))
                    )
                } else {
                    String::new()
                }
            )
            .ok();
        }
        body.push_str("</g>\n");
        y0 += height;
    }
    let width = width.max(400);
    format!(
        "<svg id=\"topology-svg\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {y0}\" width=\"{width}\" height=\"{y0}\" role=\"img\"><defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\"/></marker></defs>\n{body}</svg>"
    )
}

fn node_id(name: &str) -> String {
    name.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::audit_txtar;

    #[test]
    fn layers_go_from_host_to_data() {
        let a = audit_txtar("-- docker-compose.yml --\nservices:\n  nginx:\n    image: nginx:1.27\n    ports: [\"80:80\"]\n    depends_on: [api]\n  api:\n    image: ghcr.io/acme/api:1.0\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: postgres:16.4\n");
        let topo = crate::project::topology::topology(&a.project, None);
        let svg = topology_svg(&topo, &|w| w.to_string());
        assert_eq!(svg.matches("<g class=\"node ").count(), 4, "{svg}");
        let x = |id: &str| -> i32 {
            let at = svg.find(&format!("id=\"{id}\"")).expect(id);
            let rest = &svg[at..];
            let xs = rest.find("x=\"").expect("x") + 3;
            rest[xs..]
                .split('"')
                .next()
                .and_then(|v| v.parse().ok())
                .expect("number")
        };
        assert!(x("d0-host-0") < x("d0-nginx"));
        assert!(x("d0-nginx") < x("d0-api"));
        assert!(x("d0-api") < x("d0-db"));
        assert!(svg.contains("class=\"edge dep\""));
        assert!(svg.contains(">healthy</text>"));
    }
}
