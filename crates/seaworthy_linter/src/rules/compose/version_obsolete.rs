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
    /// that no longer exists and misleads readers about which features are available. Seed audit
    /// s000 M3.
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
    pub struct VersionObsolete {
        code: "SW2002",
        name: "compose-version-obsolete",
        family: Compose,
        severity: Low,
        category: Maintainability,
        summary: "Obsolete `version:` key",
    }
}

impl VersionObsolete {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for d in &project.compose.docs {
            let Some(v) = &d.view.version else { continue };
            let f = project.file(d.file);
            // the whole line, when the key is alone on it
            let line = f.lines.line_of(v.span.start as usize);
            let ls = f.lines.line_start(line);
            let next = f.lines.line_start(line + 1);
            let line_text = Span::new(ls, next).slice(&f.text);
            let fx = if line_text.trim_start().starts_with("version") && ls == v.span.start as usize
            {
                Some(Fix::safe(
                    "remove the `version:` line",
                    vec![Edit {
                        file: d.file,
                        span: Span::new(ls, next),
                        content: String::new(),
                    }],
                ))
            } else {
                None
            };
            let r = cx.report(
                d.file,
                v.span,
                format!("`version: {}` is obsolete: compose ignores it", v.value),
            );
            r.help("delete the line");
            if let Some(fx) = fx {
                r.fix(fx);
            }
        }
    }
}
