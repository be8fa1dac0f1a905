use crate::declare_rule;
use crate::diagnostic::Finding;
use crate::project::Project;
use crate::rule::Checker;
use crate::suppress::Pragma;

declare_rule! {
    /// ## What it does
    /// Reports `# seaworthy: ignore[...]` and `file-ignore[...]` comments that silence nothing,
    /// and selectors in them that name no rule.
    ///
    /// ## Why is this bad?
    /// A stale suppression hides the next real problem on that line, and a misspelled rule name
    /// in a suppression silences nothing while looking like it does.
    ///
    /// ## Example
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// # seaworthy: ignore[base-image-unpinned]
    /// USER app
    /// ```
    ///
    /// ## Use instead
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// USER app
    /// ```
    pub struct UnusedSuppression {
        code: "SW0002",
        name: "unused-suppression",
        family: Core,
        severity: Low,
        category: Maintainability,
        summary: "Suppression comment that silences nothing",
    }
}

impl UnusedSuppression {
    fn check(&self, _project: &Project, _cx: &mut Checker) {
        // Runs after suppression (see `report`), because it needs to know what was silenced.
    }
}

/// Called by the engine after suppressions were applied.
pub fn report(project: &Project, pragmas: &[Pragma], findings: &mut Vec<Finding>) {
    let meta: &'static crate::rule::RuleMeta = crate::rule::Rule::meta(&UnusedSuppression);
    for p in pragmas.iter().filter(|p| !p.hadolint) {
        let mut cx = Checker::new(meta);
        if p.selectors.is_empty() {
            if !p.used[0] {
                cx.report(p.file, p.span, "this suppression silences nothing")
                    .help("remove the comment");
            }
        } else {
            for (i, sel) in p.selectors.iter().enumerate() {
                let known = crate::registry::find(sel).is_some();
                if !known {
                    cx.report(
                        p.file,
                        p.span,
                        format!("`{sel}` is not a rule code or name"),
                    )
                    .help("`seaworthy rules` lists every rule");
                } else if !p.used[i] {
                    cx.report(
                        p.file,
                        p.span,
                        format!("suppression of `{sel}` silences nothing here"),
                    )
                    .help("remove it, or move it to the line above the finding");
                }
            }
        }
        let _ = project;
        findings.extend(cx.into_parts().0);
    }
}
