//! Parser cost: `parse_only MODE FILES...` with MODE `parse` (tree-sitter alone) or `facts` (python_facts).
fn main() {
    let mut args = std::env::args().skip(1);
    let mode = args.next().unwrap_or_default();
    let texts: Vec<(String, String)> = args
        .map(|p| {
            let t = std::fs::read_to_string(&p).unwrap_or_default();
            (p, t)
        })
        .collect();
    let bytes: usize = texts.iter().map(|(_, t)| t.len()).sum();
    let mut p = tree_sitter::Parser::new();
    p.set_language(&tree_sitter_python::LANGUAGE.into())
        .unwrap();
    let t = std::time::Instant::now();
    let mut n = 0usize;
    for (path, text) in &texts {
        if mode == "parse" {
            n += p
                .parse(text.as_bytes(), None)
                .map(|t| t.root_node().child_count())
                .unwrap_or(0);
        } else {
            n += seaworthy_app::python_facts(path, text).settings.len();
        }
    }
    let s = t.elapsed().as_secs_f64();
    println!(
        "{mode}: {} files, {} KiB, {:.1} ms wall, {:.2} MB/s ({n})",
        texts.len(),
        bytes / 1024,
        s * 1e3,
        bytes as f64 / 1e6 / s
    );
}
