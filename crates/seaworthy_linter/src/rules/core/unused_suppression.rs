use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;

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
        // Runs after suppression (`crate::suppress::report_unused`), because it needs to know
        // what was silenced.
    }
}
