//! Rule metadata: what a rule is (code, name, family, severity, category, docs), apart from what
//! it checks. Every other layer (findings, configuration, renderers) reads these types.

use serde::Serialize;

/// How bad it is. Ordered: `Info < Low < Medium < High < Critical`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Low,
    Medium,
    High,
    Critical,
}

impl Severity {
    pub const ALL: [Severity; 5] = [
        Severity::Critical,
        Severity::High,
        Severity::Medium,
        Severity::Low,
        Severity::Info,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
            Severity::Critical => "critical",
        }
    }

    pub fn parse(s: &str) -> Option<Severity> {
        Severity::ALL
            .into_iter()
            .find(|v| v.as_str().eq_ignore_ascii_case(s.trim()))
    }
}

impl std::fmt::Display for Severity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What kind of risk a finding is about; each has its own score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Category {
    Security,
    Reliability,
    Performance,
    Operability,
    Maintainability,
}

impl Category {
    pub const ALL: [Category; 5] = [
        Category::Security,
        Category::Reliability,
        Category::Performance,
        Category::Operability,
        Category::Maintainability,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Category::Security => "security",
            Category::Reliability => "reliability",
            Category::Performance => "performance",
            Category::Operability => "operability",
            Category::Maintainability => "maintainability",
        }
    }
}

/// How sure the audit is that a finding is right, apart from how bad it would be. A finding built
/// on a link the model guessed (a Dockerfile matched to a service by name, an override file
/// grouped with a base by naming convention) is reported at its full severity with a lower
/// confidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    Low,
    Medium,
    #[default]
    High,
}

impl Confidence {
    pub fn as_str(self) -> &'static str {
        match self {
            Confidence::Low => "low",
            Confidence::Medium => "medium",
            Confidence::High => "high",
        }
    }
}

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
    /// gixy plugins whose behaviour this rule matches (`ssrf`, `http_splitting`).
    pub gixy: &'static [&'static str],
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

/// The part of the stack a finding judges (the report's areas, in stack order).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Deserialize, serde::Serialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Area {
    Image,
    Orchestration,
    Proxy,
    Secrets,
    Runtime,
    Delivery,
}

impl Area {
    pub const ALL: [Area; 6] = [
        Area::Image,
        Area::Orchestration,
        Area::Proxy,
        Area::Secrets,
        Area::Runtime,
        Area::Delivery,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Area::Image => "image",
            Area::Orchestration => "orchestration",
            Area::Proxy => "proxy",
            Area::Secrets => "secrets",
            Area::Runtime => "runtime",
            Area::Delivery => "delivery",
        }
    }

    /// The area of a family's rules unless the data says otherwise (`None` for core rules: the
    /// area of the file they point at).
    pub fn of_family(f: Family) -> Option<Area> {
        match f {
            Family::Core => None,
            Family::Dockerfile | Family::Project => Some(Area::Image),
            Family::Compose => Some(Area::Orchestration),
            Family::Nginx => Some(Area::Proxy),
            Family::Secrets => Some(Area::Secrets),
            Family::Python => Some(Area::Runtime),
            Family::Delivery => Some(Area::Delivery),
        }
    }

    /// The area a file of this kind belongs to.
    pub fn of_file(kind: seaworthy_syntax::FileKind) -> Area {
        use seaworthy_syntax::FileKind as K;
        match kind {
            K::Dockerfile | K::Dockerignore => Area::Image,
            K::Compose => Area::Orchestration,
            K::Nginx => Area::Proxy,
            K::Env => Area::Secrets,
            K::PythonDeps | K::NodeDeps | K::AppConfig | K::Entrypoint | K::PythonSource => {
                Area::Runtime
            }
            K::Ci | K::Build | K::OtherConf | K::Script | K::Docs => Area::Delivery,
        }
    }
}
