use super::deployment_of;
use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Finds healthchecks that cannot fail while the service is broken: `--version` or `version`
    /// probes, `pgrep`/`ps | grep` process checks, `true`, `exit 0`, `echo`, and `curl` without
    /// `-f`/`--fail` (which succeeds on a 500 page).
    ///
    /// ## Why is this bad?
    /// The service reports healthy while it cannot serve: dependents start against it, and a hung
    /// worker is never restarted.
    ///
    /// ## Example
    /// ```yaml
    /// services:
    ///   nats:
    ///     image: nats:2.10
    ///     healthcheck:
    ///       test: ["CMD", "nats-server", "--version"]
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// services:
    ///   nats:
    ///     image: nats:2.10
    ///     healthcheck:
    ///       test: ["CMD", "wget", "--spider", "-q", "http://localhost:8222/healthz"]
    /// ```
    pub struct HealthcheckIneffective {
        code: "SW2005",
        name: "healthcheck-ineffective",
        family: Compose,
        severity: Medium,
        category: Reliability,
        summary: "Healthcheck that cannot detect a broken service",
    }
}

crate::message! {
    /// A healthcheck that cannot fail; `reason`: `version`, `process`, `always` or `curl`.
    struct Ineffective<'a> = "healthcheck-ineffective" { service: &'a str, reason: &'a str }
    struct IneffectiveHelp = "healthcheck-ineffective-help" {}
}

/// Why a healthcheck test checks nothing, if it does not.
pub fn ineffective(test: &[String]) -> Option<&'static str> {
    let joined = test.join(" ");
    let cmds = seaworthy_syntax::shell::parse(&joined);
    let first = cmds.first()?;
    let prog = first.program().unwrap_or("");
    let words: Vec<&str> = first.argv().iter().map(|w| w.text.as_str()).collect();
    if words.iter().any(|w| {
        *w == "--version" || *w == "-v" && words.len() == 2 || *w == "version" && words.len() == 2
    }) {
        return Some("version");
    }
    if matches!(prog, "pgrep" | "pidof")
        || prog == "ps"
        || joined.contains("ps aux")
        || joined.contains("ps -ef")
    {
        return Some("process");
    }
    if matches!(prog, "true" | "echo" | ":") || joined.trim() == "exit 0" {
        return Some("always");
    }
    if prog == "curl"
        && !words.iter().any(|w| {
            *w == "-f"
                || *w == "--fail"
                || *w == "--fail-with-body"
                || (w.starts_with('-') && !w.starts_with("--") && w.contains('f'))
        })
    {
        return Some("curl");
    }
    None
}

impl HealthcheckIneffective {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for s in &project.services {
            let Some(hc) = &s.resolved.healthcheck else {
                continue;
            };
            if hc.value.disabled || hc.value.test.is_empty() {
                continue;
            }
            if let Some(why) = ineffective(&hc.value.test) {
                cx.report_in(
                    deployment_of(project, s),
                    hc.file,
                    hc.value.test_span,
                    Ineffective {
                        service: &s.name,
                        reason: why,
                    },
                )
                .help(IneffectiveHelp {});
            }
        }
    }
}
