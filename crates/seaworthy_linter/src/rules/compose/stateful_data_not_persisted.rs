use super::{image_of, known_for};
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
    /// `docker compose down` or an image upgrade recreates the container and the database is
    /// gone; bind mounts into the repository tie data to a checkout, its permissions and its
    /// backups. Seed audit s001 §3.3.
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

impl StatefulDataNotPersisted {
    fn check(&self, project: &Project, cx: &mut Checker) {
        let m = &project.compose;
        let mut seen = std::collections::BTreeSet::new();
        for p in &project.deployments {
            for s in &p.services {
                let Some((doc, base)) = m.layer(s.layers[0]) else {
                    continue;
                };
                if !seen.insert((doc.file, s.layers[0].1)) {
                    continue;
                }
                let Some(known) = image_of(doc, base).and_then(|i| known_for(&i)) else {
                    continue;
                };
                if known.data.is_empty() || known.kind == "cache" && known.name == "Memcached" {
                    continue;
                }
                let mounts: Vec<_> = s
                    .layers
                    .iter()
                    .filter_map(|l| m.layer(*l))
                    .flat_map(|(d, sv)| sv.volumes.iter().map(move |v| (d.file, v)))
                    .collect();
                let data_mount = mounts.iter().find(|(_, v)| {
                    known.data.iter().any(|d| {
                        v.target.trim_end_matches('/') == d.trim_end_matches('/')
                            || v.target.starts_with(&format!("{d}/"))
                    })
                });
                match data_mount {
                    None => {
                        if known.kind == "cache" {
                            continue;
                        }
                        cx.report(doc.file, base.name_span, format!("{} service `{}` keeps its data inside the container: recreating it loses the data", known.name, s.name))
                            .help(format!("mount a named volume on `{}`", known.data[0]));
                    }
                    Some((file, v)) if v.kind == MountKind::Bind => {
                        cx.report(
                            *file,
                            v.span,
                            format!(
                                "{} data of `{}` lives on a bind mount of the project directory",
                                known.name, s.name
                            ),
                        )
                        .severity(Severity::Low)
                        .help(format!(
                            "use a named volume (`{}data:{}`) and back it up explicitly",
                            s.name, v.target
                        ));
                    }
                    Some((file, v)) => cx.strength(
                        *file,
                        v.span,
                        format!("{} data of `{}` is on a named volume", known.name, s.name),
                    ),
                }
            }
        }
    }
}
