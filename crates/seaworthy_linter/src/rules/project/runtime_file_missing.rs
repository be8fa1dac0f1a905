use super::helpers::{
    context_file_state, copy_reported_elsewhere, image_abs, mount_covering, services_of, workdir,
};
use crate::declare_rule;
use crate::diagnostic::Severity;
use crate::project::image::ImageBuild;
use crate::project::installed::instruction_argvs;
use crate::project::layout::Found;
use crate::project::service::{program_of, Service};
use crate::project::{join_path, FileId, Project};
use crate::rule::Checker;
use seaworthy_syntax::Span;

declare_rule! {
    /// ## What it does
    /// Lists the files a container needs when it starts and checks that the image has them or
    /// compose mounts them: the entrypoint script (`ENTRYPOINT ["/entrypoint.sh"]`, `sh
    /// start.sh`), a Python script the command runs (`python manage.py ...`), the gunicorn
    /// config passed with `-c`, and, when the container runs `alembic`, its `alembic.ini` and
    /// the `script_location` folder that ini names (relative locations resolve from the working
    /// directory, `%(here)s` from the ini's folder). An `alembic.ini` the image ships whose
    /// `script_location` the image does not have is reported too (medium). "In the image" means
    /// copied from the build context into the shipped stage (a whole-context `COPY . .` counts,
    /// minus what `.dockerignore` excludes) or written by a `RUN`; "mounted" means a compose
    /// volume covers the path. A tree of deployment files only is judged for deployment files
    /// only.
    ///
    /// ## Why is this bad?
    /// The container exits at once (`exec /entrypoint.sh: no such file or directory`,
    /// `python: can't open file 'manage.py'`, `FAILED: No config file 'alembic.ini' found`,
    /// `Path doesn't exist: backend/migrations`), or migrations silently never run.
    ///
    /// ## Example
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// WORKDIR /app
    /// COPY requirements.txt .
    /// RUN pip install --no-cache-dir -r requirements.txt
    /// COPY app/ app/
    /// CMD ["sh", "-c", "alembic upgrade head && exec gunicorn app.main:app"]
    /// ```
    /// ```ini path=alembic.ini
    /// [alembic]
    /// script_location = migrations
    /// ```
    /// ```text path=app/main.py
    /// app = None
    /// ```
    ///
    /// ## Use instead
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// WORKDIR /app
    /// COPY requirements.txt .
    /// RUN pip install --no-cache-dir -r requirements.txt
    /// COPY alembic.ini .
    /// COPY migrations/ migrations/
    /// COPY app/ app/
    /// CMD ["sh", "-c", "alembic upgrade head && exec gunicorn app.main:app"]
    /// ```
    /// ```ini path=alembic.ini
    /// [alembic]
    /// script_location = migrations
    /// ```
    /// ```text path=migrations/env.py
    /// # alembic environment
    /// ```
    /// ```text path=app/main.py
    /// app = None
    /// ```
    ///
    /// ## References
    /// - <https://docs.docker.com/reference/dockerfile/#copy>
    /// - <https://alembic.sqlalchemy.org/en/latest/tutorial.html#editing-the-ini-file>
    /// - <https://docs.gunicorn.org/en/stable/settings.html#config-file>
    pub struct RuntimeFileMissing {
        code: "SW6008",
        name: "runtime-file-missing",
        family: Project,
        severity: High,
        category: Reliability,
        summary: "File the container needs at start is neither in the image nor mounted",
    }
}

crate::message! {
    /// A file the container needs is not in the image. `container`: said of the image's own
    /// command (no service: `service` is empty, no volume could mount it). `what`: `script-starts`,
    /// `script-runs`, `python-file`, `gunicorn-config`, `alembic-ini` or `migrations` (with
    /// `location`, the ini's `script_location`). `why`: `copy` (nothing copies it), `absent`
    /// (not in the build context: `rel`, `root`, `context`) or `ignored` (by `.dockerignore`).
    struct Missing<'a> = "runtime-file-missing" { container: bool, service: &'a str, what: &'a str, location: &'a str, path: &'a str, why: &'a str, rel: &'a str, root: bool, context: &'a str }
    struct MissingHelp = "runtime-file-missing-help" {}
    struct TheCopy = "runtime-file-missing-related-copy" {}
    struct TheStage = "runtime-file-missing-related-stage" {}
    struct Excludes = "runtime-file-missing-related-dockerignore" {}
    struct Migrations<'a> = "runtime-file-missing-strength" { path: &'a str }
}

/// A path the container needs, and where that need is written.
struct Required {
    path: String,
    /// What the file is, a select key of the message (see `Missing`).
    what: &'static str,
    /// The `script_location` of a migrations folder.
    location: String,
    file: FileId,
    span: Span,
    severity: Severity,
}

fn is_system_path(p: &str) -> bool {
    ["/bin/", "/usr/", "/sbin/", "/etc/", "/lib/", "/opt/conda/"]
        .iter()
        .any(|d| p.starts_with(d))
}

/// Looks like a script the image must hold (`/entrypoint.sh`, `./start`, `bin/run.sh`), not
/// a program found on `PATH`.
fn script_word(w: &str) -> bool {
    !w.contains('$')
        && !w.starts_with('-')
        && (w.ends_with(".sh") || w.contains('/'))
        && !is_system_path(w)
        && !w.contains("://")
}

/// What one command line needs: a script it starts, `python X.py`, `gunicorn -c FILE`, and
/// whether it runs alembic (with its `-c` ini).
fn argv_requires(
    argv: &[String],
    cwd: &str,
    file: FileId,
    span: Span,
    out: &mut Vec<Required>,
    alembic: &mut Option<(String, FileId, Span)>,
) {
    let Some(first) = argv.first() else { return };
    if script_word(first) {
        out.push(Required {
            path: image_abs(Some(cwd), first),
            what: "script-starts",
            location: String::new(),
            file,
            span,
            severity: Severity::High,
        });
        return;
    }
    let prog = first.rsplit('/').next().unwrap_or(first);
    if matches!(prog, "sh" | "bash" | "ash" | "dash") {
        match argv.get(1).map(String::as_str) {
            Some("-c") => {
                if let Some(script) = argv.get(2) {
                    for c in seaworthy_syntax::shell::parse(script) {
                        let words: Vec<String> = c.argv().iter().map(|w| w.text.clone()).collect();
                        argv_requires(&words, cwd, file, span, out, alembic);
                    }
                }
            }
            Some(s) if !s.starts_with('-') && !s.contains('$') => out.push(Required {
                path: image_abs(Some(cwd), s),
                what: "script-runs",
                location: String::new(),
                file,
                span,
                severity: Severity::High,
            }),
            _ => {}
        }
        return;
    }
    if prog.starts_with("python") {
        if let Some(script) = argv
            .iter()
            .skip(1)
            .find(|a| !a.starts_with('-'))
            .filter(|a| a.ends_with(".py") && !a.contains('$'))
        {
            if !argv
                .iter()
                .skip(1)
                .take_while(|a| *a != script)
                .any(|a| a == "-m" || a == "-c")
            {
                out.push(Required {
                    path: image_abs(Some(cwd), script),
                    what: "python-file",
                    location: String::new(),
                    file,
                    span,
                    severity: Severity::High,
                });
                return;
            }
        }
    }
    match program_of(argv) {
        Some("gunicorn") => {
            let mut i = 0;
            while i < argv.len() {
                let a = argv[i].as_str();
                let v = if a == "-c" || a == "--config" {
                    i += 1;
                    argv.get(i).map(String::as_str)
                } else {
                    a.strip_prefix("--config=")
                };
                if let Some(c) = v.filter(|c| !c.starts_with("python:") && !c.contains('$')) {
                    out.push(Required {
                        path: image_abs(Some(cwd), c),
                        what: "gunicorn-config",
                        location: String::new(),
                        file,
                        span,
                        severity: Severity::High,
                    });
                }
                i += 1;
            }
        }
        Some("alembic") => {
            let ini = argv
                .iter()
                .position(|a| a == "-c" || a == "--config")
                .and_then(|i| argv.get(i + 1).cloned())
                .or_else(|| {
                    argv.iter()
                        .find_map(|a| a.strip_prefix("--config=").map(str::to_string))
                })
                .unwrap_or_else(|| "alembic.ini".into());
            if !ini.contains('$') && alembic.is_none() {
                *alembic = Some((image_abs(Some(cwd), &ini), file, span));
            }
        }
        _ => {}
    }
}

impl RuntimeFileMissing {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for img in &project.images {
            let Some(doc) = project.dockerfile(img.dockerfile) else {
                continue;
            };
            if doc.tree.is_template {
                continue;
            }
            let services: Vec<&Service> = services_of(project, img).collect();
            if services.is_empty() {
                // the image's own command
                let Some(st) = img.shipped_stage.and_then(|s| doc.stages.get(s)) else {
                    continue;
                };
                let mut argv = Vec::new();
                let mut at = None;
                for i in [st.entrypoint, st.cmd].into_iter().flatten() {
                    if let Some(ins) = doc.tree.instructions.get(i) {
                        if let Some(a) = instruction_argvs(ins).into_iter().next() {
                            argv.extend(a);
                            at.get_or_insert(ins.span);
                        }
                    }
                }
                let Some(span) = at else { continue };
                self.check_run(project, img, None, &[(argv, img.dockerfile, span)], cx);
                continue;
            }
            for s in services {
                let Some(c) = &s.command else { continue };
                let mut argvs: Vec<(Vec<String>, FileId, Span)> = Vec::new();
                // the entrypoint/command as written: where the script word is
                let ep_at = match &s.resolved.entrypoint {
                    Some(e) => Some((e.value.0.clone(), e.file, e.value.1)),
                    None => img
                        .shipped_stage
                        .and_then(|x| doc.stages.get(x))
                        .and_then(|st| st.entrypoint)
                        .and_then(|i| doc.tree.instructions.get(i))
                        .and_then(|ins| {
                            instruction_argvs(ins)
                                .into_iter()
                                .next()
                                .map(|a| (a, img.dockerfile, ins.span))
                        }),
                };
                match ep_at {
                    Some((ep, f, sp)) if !ep.is_empty() => {
                        argvs.push((ep, f, sp));
                        if c.script.is_none() {
                            argvs.push((c.server.clone(), c.file, c.span));
                        }
                    }
                    _ => argvs.push((c.argv.clone(), c.file, c.span)),
                }
                if let Some(script) = c.script {
                    for l in project.launches_in(script) {
                        argvs.push((
                            l.argv.iter().map(|w| w.text.clone()).collect(),
                            script,
                            l.span,
                        ));
                    }
                    argvs.push((c.server.clone(), c.file, c.span));
                }
                self.check_run(project, img, Some(s), &argvs, cx);
            }
        }
    }

    fn check_run(
        &self,
        project: &Project,
        img: &ImageBuild,
        s: Option<&Service>,
        argvs: &[(Vec<String>, FileId, Span)],
        cx: &mut Checker,
    ) {
        let Some(shipped) = img.shipped_stage else {
            return;
        };
        let cwd = workdir(project, img);
        let mut req = Vec::new();
        let mut alembic = None;
        for (argv, file, span) in argvs {
            argv_requires(argv, &cwd, *file, *span, &mut req, &mut alembic);
        }
        // alembic: its ini where it runs, then the ini's script_location
        let ini_at = alembic
            .clone()
            .map(|(p, f, sp)| (p, f, sp, true))
            .or_else(|| {
                Some((
                    format!("{}/alembic.ini", cwd.trim_end_matches('/')),
                    img.dockerfile,
                    Span::EMPTY,
                    false,
                ))
            });
        if let Some((ini, file, span, runs)) = ini_at {
            if runs {
                req.push(Required {
                    path: ini.clone(),
                    what: "alembic-ini",
                    location: String::new(),
                    file,
                    span,
                    severity: Severity::High,
                });
            }
            if let Found::Context { rel, .. } = project.image_path(img, shipped, None, &ini) {
                let repo = join_path(&img.context, &rel);
                let facts = project
                    .files
                    .by_path(&repo)
                    .and_then(|f| project.app.alembic.iter().find(|(id, _)| *id == f.id));
                if let Some((ini_file, facts)) = facts {
                    if let Some(loc) = facts.script_location() {
                        let v = loc.value.trim();
                        let ini_dir = ini.rsplit_once('/').map(|(d, _)| d).unwrap_or("/");
                        let dir = if let Some(r) = v.strip_prefix("%(here)s") {
                            Some(image_abs(Some(ini_dir), r.trim_start_matches('/')))
                        } else if v.contains(':') || v.contains("%(") || v.is_empty() {
                            None
                        } else {
                            Some(image_abs(Some(&cwd), v))
                        };
                        if let Some(dir) = dir {
                            let (file, span) = if runs {
                                (file, span)
                            } else {
                                (*ini_file, loc.value_span)
                            };
                            req.push(Required {
                                path: dir,
                                what: "migrations",
                                location: v.to_string(),
                                file,
                                span,
                                severity: if runs {
                                    Severity::High
                                } else {
                                    Severity::Medium
                                },
                            });
                        }
                    }
                }
            }
        }
        let partial = project.only_deployment_files_under(&img.context);
        let mut reported: Vec<String> = Vec::new();
        for r in req {
            if reported.contains(&r.path) {
                continue;
            }
            if let Some(s) = s {
                if mount_covering(project, s, &r.path).is_some() {
                    continue;
                }
            }
            let why = match project.image_path(img, shipped, None, &r.path) {
                Found::Absent => Some(("copy", None)),
                Found::Context {
                    rel, instr, span, ..
                } => {
                    // in a tree of deployment files only, a file's absence says nothing
                    let judged =
                        !partial || super::helpers::dockerignored(project, img, &rel).is_some();
                    if !judged || copy_reported_elsewhere(img, instr, span) {
                        None
                    } else {
                        context_file_state(project, img, &rel)
                            .err()
                            .map(|w| (w.key(), Some(span)))
                    }
                }
                _ => None,
            };
            let Some((why, copy)) = why else {
                // the migrations alembic needs ship with the image: say so
                if r.what == "migrations" && !partial {
                    if let Found::Context { rel, .. } =
                        project.image_path(img, shipped, None, &r.path)
                    {
                        if context_file_state(project, img, &rel).is_ok() {
                            cx.strength(r.file, r.span, Migrations { path: &r.path });
                        }
                    }
                }
                continue;
            };
            reported.push(r.path.clone());
            let rel = match project.image_path(img, shipped, None, &r.path) {
                Found::Context { rel, .. } => rel,
                _ => String::new(),
            };
            let f = cx.report(
                r.file,
                r.span,
                Missing {
                    container: s.is_none(),
                    service: s.map(|s| s.name.as_str()).unwrap_or(""),
                    what: r.what,
                    location: &r.location,
                    path: &r.path,
                    why,
                    rel: &rel,
                    root: img.context.is_empty(),
                    context: &img.context,
                },
            );
            f.severity(r.severity)
                .help(MissingHelp {})
                .at_most(img.confidence);
            if let Some(sp) = copy.filter(|sp| *sp != Span::EMPTY) {
                f.related(img.dockerfile, sp, TheCopy {});
            } else if r.file != img.dockerfile {
                if let Some(st) = project
                    .dockerfile(img.dockerfile)
                    .and_then(|d| d.tree.stages.get(shipped))
                {
                    f.related(img.dockerfile, st.base.span, TheStage {});
                }
            }
            if let Found::Context { rel, .. } = project.image_path(img, shipped, None, &r.path) {
                if let Some((di, line)) = super::helpers::dockerignore_line(project, img, &rel) {
                    f.related(di, line, Excludes {});
                }
            }
            super::helpers::relate_build_origins(f, img);
            if let Some(s) = s {
                f.deployment(s.deployment);
            } else {
                for (d, _) in img.services() {
                    f.deployment(d);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::testing::audit_txtar_with_rule;

    fn findings(src: &str) -> Vec<String> {
        audit_txtar_with_rule(src, "SW6008")
            .findings
            .iter()
            .filter(|f| f.rule.code == "SW6008")
            .map(|f| f.message.to_string())
            .collect()
    }

    #[test]
    fn entrypoint_scripts_and_mounts() {
        // not copied
        let f = findings("-- Dockerfile --\nFROM python:3.12-slim\nWORKDIR /app\nCOPY app/ app/\nENTRYPOINT [\"/docker-entrypoint.sh\"]\nCMD [\"gunicorn\", \"app:app\"]\n-- docker-entrypoint.sh --\n#!/bin/sh\nexec \"$@\"\n-- app/x.py --\n");
        assert_eq!(f.len(), 1, "{f:?}");
        // mounted by compose
        let f = findings("-- compose.yaml --\nservices:\n  api:\n    build: .\n    volumes:\n      - ./docker-entrypoint.sh:/docker-entrypoint.sh:ro\n-- Dockerfile --\nFROM python:3.12-slim\nWORKDIR /app\nCOPY app/ app/\nENTRYPOINT [\"/docker-entrypoint.sh\"]\nCMD [\"gunicorn\", \"app:app\"]\n-- docker-entrypoint.sh --\n#!/bin/sh\nexec \"$@\"\n-- app/x.py --\n");
        assert!(f.is_empty(), "{f:?}");
        // excluded by .dockerignore from a whole-context copy
        let f = findings("-- Dockerfile --\nFROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nCMD [\"gunicorn\", \"-c\", \"gunicorn.conf.py\", \"app:app\"]\n-- gunicorn.conf.py --\nbind = \"0.0.0.0:8000\"\n-- .dockerignore --\n*.conf.py\n-- app.py --\n");
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(f[0].contains(".dockerignore"), "{f:?}");
    }

    #[test]
    fn alembic_script_location_of_a_root_ini() {
        // the ini says backend/migrations; the image has /app/migrations
        let f = findings("-- Dockerfile --\nFROM python:3.12-slim\nWORKDIR /app\nCOPY alembic.ini .\nCOPY backend/migrations/ migrations/\nCOPY backend/app/ app/\nCMD [\"uvicorn\", \"app.main:app\"]\n-- alembic.ini --\n[alembic]\nscript_location = backend/migrations\n-- backend/migrations/env.py --\n-- backend/app/main.py --\n");
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(f[0].contains("/app/backend/migrations"), "{f:?}");
    }

    #[test]
    fn praises_shipped_migrations() {
        let a = audit_txtar_with_rule(
            include_str!("../../../tests/fixtures/rules/project/runtime-file-missing.pass.txtar"),
            "SW6008",
        );
        let msgs: Vec<&str> = a.strengths.iter().map(|s| s.message.as_str()).collect();
        assert!(
            msgs.iter().any(
                |m| m.contains("ships the migrations alembic runs (`/app/backend/migrations`)")
            ),
            "{msgs:?}"
        );
    }
}
