use super::helpers::{deployment, image_abs, image_of, interpolated, mount_covering, workdir};
use crate::declare_rule;
use crate::meta::Confidence;
use crate::project::layout::is_under;
use crate::project::service::ServiceKind;
use crate::project::{FileId, Project};
use crate::rule::Checker;
use seaworthy_syntax::compose::MountKind;
use seaworthy_syntax::Span;

declare_rule! {
    /// ## What it does
    /// Compares the paths an application writes with the volumes compose mounts into its
    /// container. The paths come from the source of the build context (files opened for
    /// writing, directories created, Django's `FileSystemStorage` locations, an absolute
    /// `MEDIA_ROOT`), with the service's environment applied when the path is an environment
    /// variable's default, and from a SQLite `DATABASE_URL`. Reports a path that no mount
    /// covers while a writable mount of the service has the same folder name elsewhere (the app
    /// writes `/app/data`, compose mounts a volume at `/data`): the mount was meant for it.
    /// Conservative: medium, and only for absolute paths the audit read.
    ///
    /// ## Why is this bad?
    /// The data lands in the container's writable layer, not in the volume: it is lost when
    /// the container is recreated (every deploy), while the volume that was meant to keep it
    /// stays empty.
    ///
    /// ## Example
    /// ```yaml
    /// services:
    ///   api:
    ///     build: .
    ///     environment:
    ///       DATABASE_URL: sqlite:////app/data/app.db
    ///     volumes:
    ///       - app-data:/data
    /// volumes:
    ///   app-data:
    /// ```
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// WORKDIR /app
    /// COPY . .
    /// CMD ["gunicorn", "app:app"]
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// services:
    ///   api:
    ///     build: .
    ///     environment:
    ///       DATABASE_URL: sqlite:////data/app.db
    ///     volumes:
    ///       - app-data:/data
    /// volumes:
    ///   app-data:
    /// ```
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// WORKDIR /app
    /// COPY . .
    /// CMD ["gunicorn", "app:app"]
    /// ```
    ///
    /// ## References
    /// - <https://docs.docker.com/engine/storage/volumes/>
    /// - <https://docs.docker.com/reference/compose-file/services/#volumes>
    /// - <https://docs.sqlalchemy.org/en/20/dialects/sqlite.html#connect-strings>
    pub struct DataPathNotMounted {
        code: "SW6009",
        name: "data-path-not-mounted",
        family: Project,
        severity: Medium,
        category: Reliability,
        summary: "App writes data outside the volume compose mounts for it",
    }
}

/// Folder names that say "data" without saying which.
const GENERIC: &[&str] = &[
    "app", "srv", "usr", "home", "code", "opt", "src", "var", "lib", "local", "tmp",
];

/// The folder of a SQLite URL's database file: `sqlite:////data/app.db` → `/data/app.db`,
/// `sqlite:///app.db` → relative to the working directory.
fn sqlite_path(url: &str, cwd: &str) -> Option<String> {
    let rest = url
        .strip_prefix("sqlite:///")
        .or_else(|| url.strip_prefix("sqlite+aiosqlite:///"))
        .or_else(|| url.strip_prefix("sqlite+pysqlite:///"))?;
    let rest = rest.split('?').next().unwrap_or(rest);
    if rest.is_empty() || rest.contains(":memory:") || rest.contains('$') {
        return None;
    }
    Some(if rest.starts_with('/') {
        image_abs(None, rest)
    } else {
        image_abs(Some(cwd), rest)
    })
}

crate::message! {
    /// A data path outside the volume meant for it. `what` says who puts data there: `writes`
    /// (the source file `source` writes it), `media` (`MEDIA_ROOT`) or `sqlite` (the variable
    /// `source` holds a SQLite URL).
    struct NotMounted<'a> = "data-path-not-mounted" { what: &'a str, source: &'a str, path: &'a str, name: &'a str, service: &'a str, target: &'a str }
    struct NotMountedHelp<'a> = "data-path-not-mounted-help" { target: &'a str }
    struct VolumeRel = "data-path-not-mounted-related" {}
    struct Kept<'a> = "data-path-not-mounted-strength" { service: &'a str, path: &'a str, target: &'a str }
}

impl DataPathNotMounted {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for s in &project.services {
            if !matches!(
                s.kind,
                ServiceKind::App | ServiceKind::Worker | ServiceKind::Scheduler
            ) {
                continue;
            }
            let Some(img) = image_of(project, s) else {
                continue;
            };
            // writable mounts: (target, last folder name, file, span)
            let mounts: Vec<(String, String, FileId, Span)> = s
                .resolved
                .volumes
                .iter()
                .filter(|m| {
                    matches!(m.value.kind, MountKind::Volume | MountKind::Bind)
                        && !m.value.read_only
                })
                .filter_map(|m| {
                    let t = image_abs(None, &interpolated(project, m.file, &m.value.target));
                    let name = t.rsplit('/').next()?.to_ascii_lowercase();
                    (!name.is_empty() && !t.contains('$') && !name.contains('.')).then_some((
                        t,
                        name,
                        m.file,
                        m.value.span,
                    ))
                })
                .collect();
            if mounts.is_empty() {
                continue;
            }
            let cwd = workdir(project, img);
            // (path, where it is written)
            let mut paths: Vec<(String, FileId, Span, &str, String)> = Vec::new();
            for (f, py) in project.app.python_under(&project.files, &img.context) {
                for dp in &py.data_paths {
                    let from_env = dp
                        .env
                        .as_ref()
                        .and_then(|v| s.env_value(v))
                        .and_then(|e| e.value.clone());
                    let p = from_env.unwrap_or_else(|| dp.path.clone());
                    let creates = dp.write || matches!(dp.via.as_str(), "FileSystemStorage");
                    if !p.starts_with('/') || !creates || p.contains(['{', '$']) {
                        continue;
                    }
                    paths.push((
                        image_abs(None, &p),
                        f,
                        dp.span,
                        "writes",
                        project.file(f).path.clone(),
                    ));
                }
                if let Some(m) = py.setting("MEDIA_ROOT") {
                    let v = m
                        .value
                        .with_env(&|k| s.env_value(k).and_then(|e| e.value.clone()));
                    if let Some(seaworthy_app::Lit::Str(p)) = v {
                        if p.starts_with('/') {
                            paths.push((image_abs(None, &p), f, m.span, "media", String::new()));
                        }
                    }
                }
            }
            for e in &s.env {
                if e.key.ends_with("DATABASE_URL") || e.key == "SQLALCHEMY_DATABASE_URI" {
                    if let Some(p) = e.value.as_deref().and_then(|u| sqlite_path(u, &cwd)) {
                        let (file, span) = e.source.location();
                        paths.push((p, file, span, "sqlite", e.key.clone()));
                    }
                }
            }
            let d = deployment(project, s);
            let mut done: Vec<String> = Vec::new();
            for (p, file, span, what, source) in paths {
                if done.contains(&p) {
                    continue;
                }
                if let Some((mfile, mspan, t)) = mount_covering(project, s, &p) {
                    done.push(p.clone());
                    if !s
                        .resolved
                        .volumes
                        .iter()
                        .any(|m| m.file == mfile && m.value.span == mspan && m.value.read_only)
                    {
                        cx.strength(
                            mfile,
                            mspan,
                            Kept {
                                service: &s.name,
                                path: &p,
                                target: &t,
                            },
                        );
                    }
                    continue;
                }
                let comps: Vec<String> = p
                    .split('/')
                    .filter(|c| !c.is_empty())
                    .map(|c| c.to_ascii_lowercase())
                    .collect();
                let Some((t, name, mfile, mspan)) = mounts.iter().find(|(t, name, _, _)| {
                    !GENERIC.contains(&name.as_str())
                        && comps.iter().any(|c| c == name)
                        && !is_under(&p, t)
                }) else {
                    continue;
                };
                done.push(p.clone());
                let f = cx.report_in(
                    d,
                    file,
                    span,
                    NotMounted {
                        what,
                        source: &source,
                        path: &p,
                        name,
                        service: &s.name,
                        target: t,
                    },
                );
                f.help(NotMountedHelp { target: t })
                    .related(*mfile, *mspan, VolumeRel {})
                    .at_most(Confidence::Medium);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::testing::audit_txtar_with_rule;

    fn count(src: &str) -> usize {
        audit_txtar_with_rule(src, "SW6009")
            .findings
            .iter()
            .filter(|f| f.rule.code == "SW6009")
            .count()
    }

    #[test]
    fn app_source_paths() {
        let base = "-- Dockerfile --\nFROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nCMD [\"gunicorn\", \"app.main:app\"]\n-- app/main.py --\nimport os\nUPLOADS = os.getenv(\"UPLOAD_DIR\", \"/app/uploads\")\nos.makedirs(UPLOADS, exist_ok=True)\n";
        assert_eq!(count(&format!("{base}-- compose.yaml --\nservices:\n  api:\n    build: .\n    volumes:\n      - uploads:/srv/uploads\nvolumes:\n  uploads:\n")), 1);
        // the env points it into the volume
        assert_eq!(count(&format!("{base}-- compose.yaml --\nservices:\n  api:\n    build: .\n    environment:\n      UPLOAD_DIR: /srv/uploads\n    volumes:\n      - uploads:/srv/uploads\nvolumes:\n  uploads:\n")), 0);
        // an unrelated mount
        assert_eq!(count(&format!("{base}-- compose.yaml --\nservices:\n  api:\n    build: .\n    volumes:\n      - ./logs:/var/log/app\n")), 0);
    }

    #[test]
    fn praises_data_on_a_volume() {
        let a = audit_txtar_with_rule(
            include_str!("../../../tests/fixtures/rules/project/data-path-not-mounted.pass.txtar"),
            "SW6009",
        );
        let msgs: Vec<&str> = a.strengths.iter().map(|s| s.message.as_str()).collect();
        assert!(
            msgs.iter()
                .any(|m| m.contains("`api` keeps `/data/app.db` on the mount at `/data`")),
            "{msgs:?}"
        );
    }
}
