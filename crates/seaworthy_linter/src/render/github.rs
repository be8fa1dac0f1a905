//! `--format github`: GitHub Actions workflow commands, one annotation per finding.

use super::location;
use crate::diagnostic::Severity;
use crate::engine::Audit;

pub fn render(audit: &Audit) -> String {
    let m = audit.project.masker();
    let mut o = String::new();
    for f in &audit.findings {
        let l = location(audit, f.file, f.span);
        let level = match f.severity {
            Severity::Critical | Severity::High => "error",
            Severity::Medium => "warning",
            _ => "notice",
        };
        let esc = |s: &str| {
            s.replace('%', "%25")
                .replace('\r', "%0D")
                .replace('\n', "%0A")
        };
        let prop = |s: &str| esc(s).replace(':', "%3A").replace(',', "%2C");
        let mut msg = m.redact(&f.message).into_owned();
        if let Some(h) = &f.help {
            msg.push_str("\nhelp: ");
            msg.push_str(&m.redact(h));
        }
        o.push_str(&format!(
            "::{level} file={},line={},col={},endLine={},endColumn={},title={}::{}\n",
            prop(&audit.project.file(f.file).path),
            l.line,
            l.column,
            l.end_line,
            l.end_column,
            prop(&format!("{} {} ({})", f.rule.code, f.rule.name, f.severity)),
            esc(&msg)
        ));
    }
    o
}
