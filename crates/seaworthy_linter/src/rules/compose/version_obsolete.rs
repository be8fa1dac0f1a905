use crate::declare_rule;
use crate::diagnostic::{Edit, Fix};
use crate::project::Project;
use crate::rule::Checker;
use seaworthy_syntax::Span;

declare_rule! {
    /// ## What it does
    /// Reports the top-level `version:` key of a compose file.
    ///
    /// ## Why is this bad?
    /// Compose v2 ignores it and prints a warning on every command; it suggests a file format
    /// that no longer exists and misleads readers about which features are available.
    ///
    /// ## Example
    /// ```yaml
    /// version: "3.8"
    /// services:
    ///   web:
    ///     image: nginx:1.27
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// services:
    ///   web:
    ///     image: nginx:1.27
    /// ```
    ///
    /// ## References
    /// - [Compose file: version and name](https://docs.docker.com/reference/compose-file/version-and-name/)
    pub struct VersionObsolete {
        code: "SW2002",
        name: "compose-version-obsolete",
        family: Compose,
        severity: Low,
        category: Maintainability,
        summary: "Obsolete `version:` key",
    }
}

crate::message! {
    /// What the automatic fix does.
    struct AutoFix = "compose-version-obsolete-autofix" {}
    /// A top-level `version:` key (`version`: its value).
    struct Obsolete<'a> = "compose-version-obsolete" { version: &'a str }
    struct ObsoleteHelp = "compose-version-obsolete-help" {}
}

impl VersionObsolete {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for d in &project.compose.docs {
            let Some(v) = &d.view.version else { continue };
            let r = cx.report(d.file, v.span, Obsolete { version: &v.value });
            r.help(ObsoleteHelp {});
            if let Some(fx) = removal(project, d, v.span) {
                r.fix(fx);
            }
        }
    }
}

/// Remove the `version:` entry: its lines, from the key (alone at the start of its line) to the
/// end of its value (a block scalar spans several lines). None when removing it could change
/// the document: the value is anchored (an alias elsewhere would dangle), or the entry shares
/// its lines with other content (a flow mapping).
fn removal(project: &Project, d: &crate::project::compose::ComposeDoc, span: Span) -> Option<Fix> {
    let f = project.file(d.file);
    let y = &d.yaml;
    let value = y.get(y.root()?, "version")?;
    if y.node(value).anchor.is_some() {
        return None;
    }
    let start = span.start as usize;
    let line = f.lines.line_of(start);
    let ls = f.lines.line_start(line);
    if ls != start {
        return None;
    }
    let end = (y.span(value).end as usize).max(start + 1);
    let last = f.lines.line_of(end - 1);
    let next = f.lines.line_start(last + 1);
    let removed = Span::new(ls, next).slice(&f.text);
    // the anchor may not be in the tree (granit reports some anchors apart): look at the text
    let after_key = removed
        .split_once(':')
        .map(|(_, v)| v.trim_start())
        .unwrap_or("");
    if after_key.starts_with('&') {
        return None;
    }
    // nothing but the entry (and comments) on the lines it takes
    let last_end = f.lines.line_span(&f.text, last).end as usize;
    let value_end_line_rest = Span::new(end.min(last_end), last_end).slice(&f.text).trim();
    if !(value_end_line_rest.is_empty() || value_end_line_rest.starts_with('#')) {
        return None;
    }
    Some(Fix::safe(
        AutoFix {},
        vec![Edit {
            file: d.file,
            span: Span::new(ls, next),
            content: String::new(),
        }],
    ))
}
