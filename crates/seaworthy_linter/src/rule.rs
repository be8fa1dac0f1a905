//! The rule framework: metadata declared next to the check, the doc comment as documentation.

use crate::diagnostic::{Finding, Strength};
pub use crate::meta::{Family, RuleMeta};
use crate::project::{FileId, Project};
use seaworthy_syntax::Span;

/// A rule: metadata plus a check over the whole project. Rules never do I/O.
pub trait Rule: Send + Sync {
    fn meta(&self) -> &'static RuleMeta;
    fn check(&self, project: &Project, cx: &mut Checker);
}

/// Collects what the rule being run finds.
pub struct Checker {
    rule: &'static RuleMeta,
    settings: std::sync::Arc<crate::settings::RuleSettings>,
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
        settings: std::sync::Arc<crate::settings::RuleSettings>,
    ) -> Checker {
        Checker {
            rule,
            settings,
            findings: Vec::new(),
            strengths: Vec::new(),
        }
    }

    /// Options of single rules from the configuration file.
    pub fn settings(&self) -> &crate::settings::RuleSettings {
        &self.settings
    }

    pub fn rule(&self) -> &'static RuleMeta {
        self.rule
    }

    /// Report a finding at `span` of `file`; chain `.help(..)`, `.related(..)`, `.severity(..)`, `.fix(..)`.
    pub fn report(
        &mut self,
        file: FileId,
        span: Span,
        message: impl Into<crate::message::Message>,
    ) -> &mut Finding {
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
            confidence: Default::default(),
            deployments: Vec::new(),
            group: None,
        });
        let last = self.findings.len() - 1;
        &mut self.findings[last]
    }

    /// Report a finding about a service of a deployment: the finding names the deployment, and
    /// is no surer than the deployment's grouping.
    pub fn report_in(
        &mut self,
        deployment: &crate::project::deploy::Deployment,
        file: FileId,
        span: Span,
        message: impl Into<crate::message::Message>,
    ) -> &mut Finding {
        let f = self.report(file, span, message);
        f.deployment(deployment.id).at_most(deployment.confidence);
        f
    }

    /// Record a good practice seen at `span` of `file`.
    pub fn strength(
        &mut self,
        file: FileId,
        span: Span,
        message: impl Into<crate::message::Message>,
    ) {
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
///         // gixy: ["ssrf"], for nginx rules that match a gixy plugin
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
            $(gixy: [$($g:literal),* $(,)?],)?
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
                gixy: &[$($($g),*)?],
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
