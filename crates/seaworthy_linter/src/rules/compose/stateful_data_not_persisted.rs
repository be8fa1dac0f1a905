use super::deployment_of;
use crate::declare_rule;
use crate::diagnostic::Severity;
use crate::project::Project;
use crate::rule::Checker;
use seaworthy_syntax::compose::MountKind;

declare_rule! {
    /// ## What it does
    /// For databases, caches with persistence and brokers (from `data/services.toml`): reports a
    /// service with no volume on its data directory (data lost when the container is recreated)
    /// and, as low, data kept on a bind mount of the project directory instead of a named volume.
    /// Records a strength for named volumes.
    ///
    /// ## Why is this bad?
    /// `docker compose down` or an image upgrade recreates the container and the database is gone;
    /// bind mounts into the repository tie data to a checkout, its permissions and its backups.
    ///
    /// ## Example
    /// ```yaml
    /// services:
    ///   db:
    ///     image: postgres:16
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// services:
    ///   db:
    ///     image: postgres:16
    ///     volumes:
    ///       - pgdata:/var/lib/postgresql/data
    /// volumes:
    ///   pgdata: {}
    /// ```
    pub struct StatefulDataNotPersisted {
        code: "SW2019",
        name: "stateful-data-not-persisted",
        family: Compose,
        severity: Medium,
        category: Reliability,
        summary: "Database data not on a named volume",
    }
}

crate::message! {
    /// A data store (`name`: the product) without a volume on its data directory.
    struct InContainer<'a> = "stateful-data-not-persisted" { name: &'a str, service: &'a str }
    /// `path`: the product's data directory.
    struct InContainerHelp<'a> = "stateful-data-not-persisted-help" { path: &'a str }
    /// Its data on a bind mount.
    struct Bind<'a> = "stateful-data-not-persisted-bind" { name: &'a str, service: &'a str }
    struct BindHelp<'a> = "stateful-data-not-persisted-bind-help" { service: &'a str, target: &'a str }
    struct Strength<'a> = "stateful-data-not-persisted-strength" { name: &'a str, service: &'a str }
}

impl StatefulDataNotPersisted {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for s in &project.services {
            let Some(known) = s.known else { continue };
            if known.data.is_empty() || known.kind == "cache" && known.name == "Memcached" {
                continue;
            }
            let d = deployment_of(project, s);
            let data_mount = s.resolved.volumes.iter().find(|v| {
                known.data.iter().any(|dir| {
                    v.value.target.trim_end_matches('/') == dir.trim_end_matches('/')
                        || v.value.target.starts_with(&format!("{dir}/"))
                })
            });
            match data_mount {
                None => {
                    if known.kind == "cache" {
                        continue;
                    }
                    let (file, span) = s.defined_at;
                    cx.report_in(
                        d,
                        file,
                        span,
                        InContainer {
                            name: &known.name,
                            service: &s.name,
                        },
                    )
                    .help(InContainerHelp {
                        path: known.data.first().map(String::as_str).unwrap_or(""),
                    });
                }
                Some(v) if v.value.kind == MountKind::Bind => {
                    cx.report_in(
                        d,
                        v.file,
                        v.value.span,
                        Bind {
                            name: &known.name,
                            service: &s.name,
                        },
                    )
                    .severity(Severity::Low)
                    .help(BindHelp {
                        service: &s.name,
                        target: &v.value.target,
                    });
                }
                Some(v) => cx.strength(
                    v.file,
                    v.value.span,
                    Strength {
                        name: &known.name,
                        service: &s.name,
                    },
                ),
            }
        }
    }
}
