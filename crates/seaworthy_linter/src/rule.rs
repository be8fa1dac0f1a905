//! The rule framework: metadata declared next to the check, the doc comment as documentation.

use crate::diagnostic::{Category, Finding, Severity, Strength};
use crate::project::{FileId, Project};
use seaworthy_syntax::Span;

/// The family a rule belongs to (its code range and folder under `rules/`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Family {
    /// SW0xxx: the audit itself (parse errors, unreadable files, unused suppressions).
    Core,
    /// SW1xxx
    Dockerfile,
    /// SW2xxx
    Compose,
    /// SW3xxx
    Nginx,
    /// SW4xxx: secrets, env files, .dockerignore, git
    Secrets,
    /// SW5xxx: Python runtime (gunicorn, celery, requirements)
    Python,
    /// SW6xxx: across files
    Project,
    /// SW7xxx: delivery and operations (CI, justfile/Makefile)
    Delivery,
}

impl Family {
    pub fn as_str(self) -> &'static str {
        match self {
            Family::Core => "core",
            Family::Dockerfile => "dockerfile",
            Family::Compose => "compose",
            Family::Nginx => "nginx",
            Family::Secrets => "secrets",
            Family::Python => "python",
            Family::Project => "project",
            Family::Delivery => "delivery",
        }
    }

    pub const ALL: [Family; 8] = [
        Family::Core,
        Family::Dockerfile,
        Family::Compose,
        Family::Nginx,
        Family::Secrets,
        Family::Python,
        Family::Project,
        Family::Delivery,
    ];
}

/// Everything about a rule except its check.
#[derive(Debug)]
pub struct RuleMeta {
    /// Stable code, e.g. `SW1001`.
    pub code: &'static str,
    /// Stable kebab-case name, e.g. `base-image-unpinned`.
    pub name: &'static str,
    pub family: Family,
    pub default_severity: Severity,
    pub category: Category,
    /// One line: what is wrong when the rule fires.
    pub summary: &'static str,
    /// hadolint codes this rule matches (`# hadolint ignore=DL3008` suppresses it).
    pub hadolint: &'static [&'static str],
    /// The rule's doc comment (Markdown).
    pub docs: &'static str,
    /// Source file that declares the rule (for the registration test).
    pub source_file: &'static str,
}

impl RuleMeta {
    /// Doc comment with the one leading space of `/// ` removed from each line.
    pub fn documentation(&self) -> String {
        self.docs
            .lines()
            .map(|l| l.strip_prefix(' ').unwrap_or(l))
            .collect::<Vec<_>>()
            .join("\n")
    }

    pub fn matches_selector(&self, sel: &str) -> bool {
        let s = sel.trim();
        s.eq_ignore_ascii_case("all")
            || s.eq_ignore_ascii_case(self.name)
            || s.eq_ignore_ascii_case(self.family.as_str())
            || (!s.is_empty()
                && s.len() <= self.code.len()
                && self.code[..s.len()].eq_ignore_ascii_case(s))
    }
}

/// A rule: metadata plus a check over the whole project. Rules never do I/O.
pub trait Rule: Send + Sync {
    fn meta(&self) -> &'static RuleMeta;
    fn check(&self, project: &Project, cx: &mut Checker);
}

/// Collects what the rule being run finds.
pub struct Checker {
    rule: &'static RuleMeta,
    settings: std::sync::Arc<crate::config::RuleSettings>,
    pub(crate) findings: Vec<Finding>,
    pub(crate) strengths: Vec<Strength>,
}

impl Checker {
    pub fn new(rule: &'static RuleMeta) -> Checker {
        Checker::with_settings(rule, Default::default())
    }

    /// A checker whose rule reads `settings` (options from the configuration file).
    pub fn with_settings(
        rule: &'static RuleMeta,
        settings: std::sync::Arc<crate::config::RuleSettings>,
    ) -> Checker {
        Checker {
            rule,
            settings,
            findings: Vec::new(),
            strengths: Vec::new(),
        }
    }

    /// Options of single rules from the configuration file.
    pub fn settings(&self) -> &crate::config::RuleSettings {
        &self.settings
    }

    pub fn rule(&self) -> &'static RuleMeta {
        self.rule
    }

    /// Report a finding at `span` of `file`; chain `.help(..)`, `.related(..)`, `.severity(..)`, `.fix(..)`.
    pub fn report(&mut self, file: FileId, span: Span, message: impl Into<String>) -> &mut Finding {
        self.findings.push(Finding {
            rule: self.rule,
            severity: self.rule.default_severity,
            message: message.into(),
            help: None,
            file,
            span,
            environment: None,
            related: Vec::new(),
            fix: None,
        });
        let last = self.findings.len() - 1;
        &mut self.findings[last]
    }

    /// Record a good practice seen at `span` of `file`.
    pub fn strength(&mut self, file: FileId, span: Span, message: impl Into<String>) {
        self.strengths.push(Strength {
            rule: self.rule,
            message: message.into(),
            file,
            span,
        });
    }

    pub fn into_parts(self) -> (Vec<Finding>, Vec<Strength>) {
        (self.findings, self.strengths)
    }
}

/// Declare a rule: its doc comment becomes its documentation, the fields its metadata.
///
/// ```ignore
/// declare_rule! {
///     /// ## What it does
///     /// ...
///     pub struct BaseImageUnpinned {
///         code: "SW1001",
///         name: "base-image-unpinned",
///         family: Dockerfile,
///         severity: High,
///         category: Reliability,
///         hadolint: ["DL3006", "DL3007"],
///         summary: "Base image without a tag or with `latest`",
///     }
/// }
/// impl BaseImageUnpinned {
///     fn check(&self, project: &Project, cx: &mut Checker) { ... }
/// }
/// ```
#[macro_export]
macro_rules! declare_rule {
    (
        $(#[doc = $doc:literal])*
        $vis:vis struct $name:ident {
            code: $code:literal,
            name: $rname:literal,
            family: $family:ident,
            severity: $sev:ident,
            category: $cat:ident,
            $(hadolint: [$($h:literal),* $(,)?],)?
            summary: $summary:literal $(,)?
        }
    ) => {
        $(#[doc = $doc])*
        #[derive(Debug, Default, Clone, Copy)]
        $vis struct $name;

        impl $name {
            pub const META: $crate::rule::RuleMeta = $crate::rule::RuleMeta {
                code: $code,
                name: $rname,
                family: $crate::rule::Family::$family,
                default_severity: $crate::diagnostic::Severity::$sev,
                category: $crate::diagnostic::Category::$cat,
                summary: $summary,
                hadolint: &[$($($h),*)?],
                docs: concat!($($doc, "\n"),*),
                source_file: file!(),
            };
        }

        impl $crate::rule::Rule for $name {
            fn meta(&self) -> &'static $crate::rule::RuleMeta {
                static META: $crate::rule::RuleMeta = $name::META;
                &META
            }
            fn check(&self, project: &$crate::project::Project, cx: &mut $crate::rule::Checker) {
                $name::check(self, project, cx)
            }
        }
    };
}
