//! The deployment topology as Mermaid (`flowchart`) or Graphviz DOT source.

use crate::project::topology::{DeploymentTopology, EdgeKind};

fn id(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect()
}

fn esc(s: &str) -> String {
    s.replace('"', "'")
}

/// Mermaid `flowchart` source.
pub fn mermaid(topo: &[DeploymentTopology]) -> String {
    mermaid_in(topo, &|w| w.to_string())
}

/// The image of a node for a label: `build <Dockerfile>` with `build` in the reader's words.
pub fn image_label(image: &str, word: &dyn Fn(&str) -> String) -> String {
    match image.strip_prefix("build ") {
        Some(df) => format!("{} {df}", word("build")),
        None => image.to_string(),
    }
}

/// Mermaid source with its own words (`host ports`, the service kinds, `healthcheck`, `build`,
/// the environments) passed through `word`: the report draws it in its language.
pub fn mermaid_in(topo: &[DeploymentTopology], word: &dyn Fn(&str) -> String) -> String {
    let mut out = String::from("flowchart LR\n");
    if topo.iter().any(|t| !t.published.is_empty()) {
        out.push_str(&format!("  host((\"{}\"))\n", esc(&word("host ports"))));
    }
    for (i, t) in topo.iter().enumerate() {
        let p = format!("d{i}_");
        out.push_str(&format!(
            "  subgraph d{i}[\"{} ({})\"]\n",
            esc(&t.name),
            esc(&word(t.environment.as_str()))
        ));
        for n in &t.nodes {
            let shape = if n.kind.is_data() {
                ("[(", ")]")
            } else {
                ("[", "]")
            };
            let mut label = format!("{}<br/>{}", esc(&n.name), esc(&word(n.kind.as_str())));
            if !n.image.is_empty() {
                label.push_str(&format!(" · {}", esc(&image_label(&n.image, word))));
            }
            if n.healthcheck {
                label.push_str(&format!(" · {}", esc(&word("healthcheck"))));
            }
            out.push_str(&format!(
                "    {p}{}{}\"{label}\"{}\n",
                id(&n.name),
                shape.0,
                shape.1
            ));
        }
        out.push_str("  end\n");
        for e in &t.edges {
            if !t.nodes.iter().any(|n| n.name == e.to) {
                continue;
            }
            match &e.kind {
                EdgeKind::Route { location, port } => out.push_str(&format!(
                    "  {p}{} -->|\"{}{}\"| {p}{}\n",
                    id(&e.from),
                    esc(location),
                    port.map(|p| format!(" :{p}")).unwrap_or_default(),
                    id(&e.to)
                )),
                EdgeKind::DependsOn(c) => out.push_str(&format!(
                    "  {p}{} -.->|\"{}\"| {p}{}\n",
                    id(&e.from),
                    esc(c),
                    id(&e.to)
                )),
            }
        }
        for pb in &t.published {
            let ip = pb.host_ip.as_deref().unwrap_or("0.0.0.0");
            out.push_str(&format!(
                "  host ==>|\"{ip}:{}→{}\"| {p}{}\n",
                esc(&pb.published),
                esc(&pb.target),
                id(&pb.service)
            ));
        }
    }
    out
}

/// Graphviz DOT source.
pub fn dot(topo: &[DeploymentTopology]) -> String {
    let mut out = String::from("digraph seaworthy {\n  rankdir=LR;\n  node [shape=box];\n");
    if topo.iter().any(|t| !t.published.is_empty()) {
        out.push_str("  host [label=\"host ports\", shape=ellipse];\n");
    }
    for (i, t) in topo.iter().enumerate() {
        let p = format!("d{i}_");
        out.push_str(&format!(
            "  subgraph cluster_{i} {{\n    label=\"{} ({})\";\n",
            esc(&t.name),
            t.environment.as_str()
        ));
        for n in &t.nodes {
            let shape = if n.kind.is_data() { "cylinder" } else { "box" };
            let mut label = format!("{}\\n{}", esc(&n.name), n.kind.as_str());
            if !n.image.is_empty() {
                label.push_str(&format!("\\n{}", esc(&n.image)));
            }
            out.push_str(&format!(
                "    {p}{} [label=\"{label}\", shape={shape}{}];\n",
                id(&n.name),
                if n.healthcheck { ", style=bold" } else { "" }
            ));
        }
        out.push_str("  }\n");
        for e in &t.edges {
            if !t.nodes.iter().any(|n| n.name == e.to) {
                continue;
            }
            match &e.kind {
                EdgeKind::Route { location, port } => out.push_str(&format!(
                    "  {p}{} -> {p}{} [label=\"{}{}\"];\n",
                    id(&e.from),
                    id(&e.to),
                    esc(location),
                    port.map(|p| format!(" :{p}")).unwrap_or_default()
                )),
                EdgeKind::DependsOn(c) => out.push_str(&format!(
                    "  {p}{} -> {p}{} [label=\"{}\", style=dashed];\n",
                    id(&e.from),
                    id(&e.to),
                    esc(c)
                )),
            }
        }
        for pb in &t.published {
            let ip = pb.host_ip.as_deref().unwrap_or("0.0.0.0");
            out.push_str(&format!(
                "  host -> {p}{} [label=\"{ip}:{}→{}\", style=bold];\n",
                id(&pb.service),
                esc(&pb.published),
                esc(&pb.target)
            ));
        }
    }
    out.push_str("}\n");
    out
}
