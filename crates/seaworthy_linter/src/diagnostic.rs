//! Findings, strengths and fixes: what rules produce.

pub use crate::message::Message;
pub use crate::meta::{Category, Confidence, Severity};
use crate::project::FileId;
use seaworthy_syntax::{Environment, Span};
use serde::Serialize;

/// Another place involved in a finding (the other file of a cross-file finding).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Related {
    pub file: FileId,
    pub span: Span,
    pub message: Message,
}

/// Whether a fix can be applied without a human looking at it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Applicability {
    /// Keeps behaviour; applied by `--fix`.
    Safe,
    /// Changes behaviour; applied only with `--unsafe-fixes`.
    Unsafe,
    /// Shown as a suggestion, never applied.
    Display,
}

/// Replace the bytes of `span` in `file` with `content` (empty span = insertion).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    pub file: FileId,
    pub span: Span,
    pub content: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fix {
    pub applicability: Applicability,
    /// What the fix does, in the catalogues' languages (`add \`--no-cache-dir\``).
    pub description: Message,
    pub edits: Vec<Edit>,
}

impl Fix {
    pub fn safe(description: impl Into<Message>, edits: Vec<Edit>) -> Fix {
        Fix {
            applicability: Applicability::Safe,
            description: description.into(),
            edits,
        }
    }

    pub fn unsafe_(description: impl Into<Message>, edits: Vec<Edit>) -> Fix {
        Fix {
            applicability: Applicability::Unsafe,
            description: description.into(),
            edits,
        }
    }
}

/// One problem found by one rule.
#[derive(Debug, Clone)]
pub struct Finding {
    pub rule: &'static crate::meta::RuleMeta,
    pub severity: Severity,
    pub message: Message,
    pub help: Option<Message>,
    pub file: FileId,
    pub span: Span,
    /// `None`: the environment of the file.
    pub environment: Option<Environment>,
    pub related: Vec<Related>,
    pub fix: Option<Fix>,
    /// How sure the finding is (a finding built on a guessed link is less sure), apart from
    /// how bad it is.
    pub confidence: Confidence,
    /// The deployments (see `project::deploy`) the finding belongs to; empty for findings about
    /// a file on its own.
    pub deployments: Vec<crate::project::deploy::DeploymentId>,
    /// Findings of one rule with the same group key are one problem: the engine keeps the
    /// first and lists the others as related places (one value shared by several services,
    /// one secret in two files).
    pub group: Option<String>,
}

impl Finding {
    pub fn confidence(&mut self, c: Confidence) -> &mut Self {
        self.confidence = c;
        self
    }

    /// Lower the confidence to `c` if it is higher (a finding is as sure as its least sure link).
    pub fn at_most(&mut self, c: Confidence) -> &mut Self {
        self.confidence = self.confidence.min(c);
        self
    }

    pub fn deployment(&mut self, d: crate::project::deploy::DeploymentId) -> &mut Self {
        if !self.deployments.contains(&d) {
            self.deployments.push(d);
        }
        self
    }

    pub fn group(&mut self, key: impl Into<String>) -> &mut Self {
        self.group = Some(key.into());
        self
    }

    pub fn help(&mut self, help: impl Into<Message>) -> &mut Self {
        self.help = Some(help.into());
        self
    }

    pub fn severity(&mut self, severity: Severity) -> &mut Self {
        self.severity = severity;
        self
    }

    pub fn related(&mut self, file: FileId, span: Span, message: impl Into<Message>) -> &mut Self {
        self.related.push(Related {
            file,
            span,
            message: message.into(),
        });
        self
    }

    pub fn fix(&mut self, fix: Fix) -> &mut Self {
        self.fix = Some(fix);
        self
    }

    pub fn environment(&mut self, env: Environment) -> &mut Self {
        self.environment = Some(env);
        self
    }
}

/// A good practice the audit saw (a review praises what is done right, next to what is wrong).
#[derive(Debug, Clone)]
pub struct Strength {
    pub rule: &'static crate::meta::RuleMeta,
    pub message: Message,
    pub file: FileId,
    pub span: Span,
}
