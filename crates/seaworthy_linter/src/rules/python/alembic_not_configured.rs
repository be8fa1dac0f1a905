use super::dist_name;
use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports `alembic` declared as a dependency (requirements or `pyproject.toml`) in a
    /// repository that has no `alembic.ini` and no `[tool.alembic]` configuration.
    ///
    /// ## Why is this bad?
    /// The migration tool is installed but not set up, which usually means schema changes are made
    /// by hand (`ALTER TABLE` in application code) with no history and no way to roll back or to
    /// bring a fresh database to the current schema.
    ///
    /// ## Example
    /// ```requirements
    /// sqlalchemy==2.0.35
    /// alembic>=1.13.0
    /// ```
    ///
    /// ## Use instead
    /// Initialise it (`alembic init migrations`) and run migrations as a deployment step:
    /// ```requirements
    /// sqlalchemy==2.0.35
    /// alembic>=1.13.0
    /// ```
    /// ```text path=alembic.ini
    /// [alembic]
    /// script_location = migrations
    /// ```
    pub struct AlembicNotConfigured {
        code: "SW5004",
        name: "alembic-not-configured",
        family: Python,
        severity: Low,
        category: Operability,
        summary: "alembic is a dependency but there is no alembic configuration",
    }
}

crate::message! {
    /// `alembic` is a dependency, but nothing configures it.
    struct Unconfigured = "alembic-not-configured" {}
    struct UnconfiguredHelp = "alembic-not-configured-help" {}
}

impl AlembicNotConfigured {
    fn check(&self, project: &Project, cx: &mut Checker) {
        let has_ini = project.files.all_paths.iter().any(|p| {
            p.rsplit('/')
                .next()
                .is_some_and(|n| n.ends_with("alembic.ini"))
        });
        let has_tool = project.python.pyprojects.iter().any(|(_, p)| {
            p.table
                .as_ref()
                .and_then(|t| t.get("tool"))
                .and_then(|t| t.get("alembic"))
                .is_some()
        });
        if has_ini || has_tool {
            return;
        }
        for (file, reqs) in &project.python.requirements {
            if let Some(r) = reqs.requirements.iter().find(|r| r.name == "alembic") {
                cx.report(*file, r.line_span, Unconfigured {})
                    .help(UnconfiguredHelp {});
                return;
            }
        }
        for (file, p) in &project.python.pyprojects {
            if p.dependencies.iter().any(|d| dist_name(d) == "alembic") {
                let f = project.file(*file);
                let pos = f.text.find("alembic").unwrap_or(0);
                cx.report(
                    *file,
                    seaworthy_syntax::Span::new(pos, pos + "alembic".len().min(f.text.len() - pos)),
                    Unconfigured {},
                )
                .help(UnconfiguredHelp {});
                return;
            }
        }
    }
}
