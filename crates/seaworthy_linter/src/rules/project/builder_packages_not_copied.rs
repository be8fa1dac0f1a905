use super::helpers::{image_abs, is_package_location};
use crate::declare_rule;
use crate::diagnostic::Severity;
use crate::project::image::ImageBuild;
use crate::project::layout::{home_of, is_under, official_image};
use crate::project::stage::{CopyFrom, PackageTarget, StageFacts};
use crate::project::Project;
use crate::rule::Checker;
use seaworthy_syntax::dockerfile::expand_vars;
use seaworthy_syntax::Span;

/// A copy from a builder: `(source, dest, span)`.
type BuilderPath = (String, String, Span);

declare_rule! {
    /// ## What it does
    /// Follows the Python packages a builder stage installs to the stage that ships. Where a
    /// builder puts them: `pip install --user` (the build user's `~/.local`), `--target`,
    /// `--prefix` or `--root` (that directory), an active virtualenv (`python -m venv` with its
    /// `bin` on `PATH`, `uv sync`'s `.venv`), else the interpreter's site-packages under
    /// `/usr/local`. Reports a runtime stage that copies something from the builder but never
    /// that location (and installs nothing itself), a virtualenv copied to another path (its
    /// scripts' `#!` lines point at the old one), and `--user` packages copied under `/root`
    /// into an image that runs as another user. Records a strength for a virtualenv copied
    /// whole to the same path.
    ///
    /// ## Why is this bad?
    /// The image builds, but the packages stay behind in the builder: the container starts
    /// with `ModuleNotFoundError`, `gunicorn: not found`, or `bad interpreter: No such file or
    /// directory`. `/root` is readable by root only, and Python looks for user packages in the
    /// home of the user that runs it.
    ///
    /// ## Example
    /// ```dockerfile
    /// FROM python:3.12-slim AS builder
    /// RUN python -m venv /opt/venv
    /// ENV PATH="/opt/venv/bin:$PATH"
    /// COPY requirements.txt .
    /// RUN pip install --no-cache-dir -r requirements.txt
    ///
    /// FROM python:3.12-slim
    /// COPY --from=builder /root/.local /root/.local
    /// COPY . /app
    /// CMD ["gunicorn", "app:app"]
    /// ```
    ///
    /// ## Use instead
    /// ```dockerfile
    /// FROM python:3.12-slim AS builder
    /// RUN python -m venv /opt/venv
    /// ENV PATH="/opt/venv/bin:$PATH"
    /// COPY requirements.txt .
    /// RUN pip install --no-cache-dir -r requirements.txt
    ///
    /// FROM python:3.12-slim
    /// COPY --from=builder /opt/venv /opt/venv
    /// ENV PATH="/opt/venv/bin:$PATH"
    /// COPY . /app
    /// CMD ["gunicorn", "app:app"]
    /// ```
    ///
    /// ## References
    /// - <https://docs.docker.com/build/building/multi-stage/>
    /// - <https://pip.pypa.io/en/stable/cli/pip_install/#cmdoption-user>
    /// - <https://docs.python.org/3/library/venv.html#how-venvs-work>
    pub struct BuilderPackagesNotCopied {
        code: "SW6005",
        name: "builder-packages-not-copied",
        family: Project,
        severity: High,
        category: Reliability,
        summary: "Packages installed in a builder stage never reach the runtime stage",
    }
}

/// Where a builder put packages: `(location, is a virtualenv, the install's span)`.
struct Location {
    path: String,
    venv: bool,
    span: Span,
    /// How the packages got there: `user`, `dir`, `venv`, `site` or `project` (a select in the
    /// catalogue), with `how_arg` (the directory, the virtualenv, the tool).
    how: &'static str,
    how_arg: String,
}

crate::message! {
    /// The runtime stage copies another path from the builder.
    struct WrongPath<'a> = "builder-packages-not-copied" { src: &'a str, stage: &'a str, path: &'a str, how: &'a str, how_arg: &'a str }
    struct WrongPathRelated = "builder-packages-not-copied-related-installed" {}
    /// The runtime stage copies nothing of the path.
    struct NotCopied<'a> = "builder-packages-not-copied-never" { stage: &'a str, path: &'a str, how: &'a str, how_arg: &'a str }
    struct NotCopiedRelated = "builder-packages-not-copied-related-copies" {}
    struct CopyHelp<'a> = "builder-packages-not-copied-help" { stage: &'a str, path: &'a str }
    /// A virtualenv copied to another path.
    struct VenvMoved<'a> = "builder-packages-not-copied-venv-moved" { path: &'a str, dest: &'a str }
    struct VenvMovedHelp<'a> = "builder-packages-not-copied-venv-moved-help" { stage: &'a str, path: &'a str }
    struct VenvCreated = "builder-packages-not-copied-related-created" {}
    /// `--user` packages copied under `/root` for a non-root user.
    struct UnderRoot<'a> = "builder-packages-not-copied-under-root" { dest: &'a str, user: &'a str, home: &'a str }
    struct UnderRootHelp<'a> = "builder-packages-not-copied-under-root-help" { stage: &'a str, home: &'a str, user: &'a str }
    struct UserInstall = "builder-packages-not-copied-related-user-install" {}
    struct RuntimeUser = "builder-packages-not-copied-related-user" {}
    struct VenvWhole<'a> = "builder-packages-not-copied-strength" { path: &'a str }
}

/// Tooling an install of which does not count as installing the application's dependencies.
fn tooling(pkg: &str) -> bool {
    let n = seaworthy_syntax::requirements::dist_name(pkg);
    matches!(
        n.as_str(),
        "pip"
            | "setuptools"
            | "wheel"
            | "poetry"
            | "uv"
            | "pipenv"
            | "pdm"
            | "virtualenv"
            | "pip-tools"
            | "build"
            | "hatch"
            | "poetry-plugin-export"
            | "cython"
    )
}

fn env_of(st: &StageFacts, key: &str) -> Option<String> {
    st.env_value(key).map(str::to_string)
}

/// The install locations of one stage (its own instructions only).
fn locations(st: &StageFacts) -> Vec<Location> {
    let vars: Vec<(String, Option<String>)> = st
        .env
        .iter()
        .map(|(k, v, _)| (k.clone(), v.clone()))
        .collect();
    let python_base = official_image(&st.base_image).is_some_and(|n| n == "python");
    let mut out = Vec::new();
    for pi in &st.pip_installs {
        let real = !pi.requirement_files.is_empty()
            || !pi.project_dirs.is_empty()
            || pi.packages.iter().any(|(p, _)| !tooling(p));
        if !real {
            continue;
        }
        let cwd = pi.workdir.as_deref();
        let (path, venv, how, how_arg) = match &pi.target {
            PackageTarget::User => {
                let base = env_of(st, "PYTHONUSERBASE")
                    .unwrap_or_else(|| format!("{}/.local", home_of(pi.user.as_deref())));
                (base, false, "user", String::new())
            }
            PackageTarget::Dir(d) => {
                let d = expand_vars(d, &vars);
                (image_abs(cwd, &d), false, "dir", d)
            }
            PackageTarget::System => match &st.venv {
                Some((v, on_path)) if *on_path || pi.uv || env_of(st, "VIRTUAL_ENV").is_some() => {
                    (v.clone(), true, "venv", v.clone())
                }
                _ if python_base && !pi.uv => {
                    ("/usr/local".to_string(), false, "site", String::new())
                }
                _ => continue,
            },
        };
        if path.contains('$') {
            continue;
        }
        out.push(Location {
            path,
            venv,
            span: pi.span,
            how,
            how_arg,
        });
    }
    for pr in &st.project_installs {
        let cwd = pr.workdir.as_deref();
        let path = match pr.tool.as_str() {
            "uv" => env_of(st, "UV_PROJECT_ENVIRONMENT")
                .map(|p| image_abs(cwd, &p))
                .unwrap_or_else(|| image_abs(cwd, ".venv")),
            "poetry" => {
                let flag =
                    |k: &str| env_of(st, k).is_some_and(|v| matches!(v.as_str(), "true" | "1"));
                let off = env_of(st, "POETRY_VIRTUALENVS_CREATE")
                    .is_some_and(|v| matches!(v.as_str(), "false" | "0"));
                if flag("POETRY_VIRTUALENVS_IN_PROJECT") {
                    image_abs(cwd, ".venv")
                } else if off && python_base {
                    "/usr/local".to_string()
                } else {
                    continue;
                }
            }
            _ => continue,
        };
        if path.contains('$') {
            continue;
        }
        out.push(Location {
            venv: path.ends_with("venv"),
            how: "project",
            how_arg: pr.tool.clone(),
            path,
            span: pr.span,
        });
    }
    out
}

impl BuilderPackagesNotCopied {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for img in &project.images {
            self.check_image(project, img, cx);
        }
    }

    fn check_image(&self, project: &Project, img: &ImageBuild, cx: &mut Checker) {
        let Some(doc) = project.dockerfile(img.dockerfile) else {
            return;
        };
        let Some(shipped) = img.shipped_stage else {
            return;
        };
        let chain = ImageBuild::ancestry(&doc.stages, shipped);
        let stage_name = |i: usize| {
            doc.tree
                .stages
                .get(i)
                .and_then(|s| s.name.as_ref().map(|n| n.text.clone()))
                .unwrap_or_else(|| i.to_string())
        };
        // the runtime installs dependencies itself: what builders do is not its only source
        let runtime_installs = chain.iter().filter_map(|s| doc.stages.get(*s)).any(|st| {
            !st.project_installs.is_empty()
                || st.pip_installs.iter().any(|p| {
                    !p.requirement_files.is_empty()
                        || !p.project_dirs.is_empty()
                        || p.packages.iter().any(|(x, _)| !tooling(x))
                })
        });
        let runtime = doc.stages.get(shipped);
        let runtime_user = runtime
            .and_then(|r| r.user.as_ref())
            .map(|(u, _)| u.clone());
        // builders the runtime chain copies from, with the (source, dest, span) of each copy
        let mut builders: Vec<(usize, Vec<BuilderPath>)> = Vec::new();
        for s in &chain {
            let Some(st) = doc.stages.get(*s) else {
                continue;
            };
            let vars: Vec<(String, Option<String>)> = st
                .env
                .iter()
                .map(|(k, v, _)| (k.clone(), v.clone()))
                .collect();
            for c in &st.copies {
                let CopyFrom::Stage(b) = c.from else { continue };
                if chain.contains(&b) {
                    continue;
                }
                let dest = image_abs(c.workdir.as_deref(), &expand_vars(&c.dest.text, &vars));
                let entry = match builders.iter_mut().find(|(x, _)| *x == b) {
                    Some(e) => e,
                    None => {
                        builders.push((b, Vec::new()));
                        builders.last_mut().expect("just pushed")
                    }
                };
                for src in &c.sources {
                    let t = expand_vars(&src.text, &vars);
                    if t.contains('$') || t.contains(['*', '?']) {
                        // unknown: assume it covers everything
                        entry.1.push(("/".into(), dest.clone(), src.span));
                        continue;
                    }
                    entry.1.push((image_abs(None, &t), dest.clone(), src.span));
                }
            }
        }
        for (b, copies) in &builders {
            let bchain: Vec<usize> = ImageBuild::ancestry(&doc.stages, *b)
                .into_iter()
                .filter(|s| !chain.contains(s))
                .collect();
            let locs: Vec<Location> = bchain
                .iter()
                .filter_map(|s| doc.stages.get(*s))
                .flat_map(locations)
                .collect();
            for loc in &locs {
                let covering = copies
                    .iter()
                    .find(|(src, _, _)| is_under(&loc.path, src) || is_under(src, &loc.path));
                match covering {
                    None => {
                        if runtime_installs {
                            continue;
                        }
                        let wrong = copies.iter().find(|(src, _, _)| is_package_location(src));
                        let name = stage_name(*b);
                        let f = match wrong {
                            Some((src, _, span)) => cx
                                .report(
                                    img.dockerfile,
                                    *span,
                                    WrongPath {
                                        src,
                                        stage: &name,
                                        path: &loc.path,
                                        how: loc.how,
                                        how_arg: &loc.how_arg,
                                    },
                                )
                                .related(img.dockerfile, loc.span, WrongPathRelated {}),
                            None => cx
                                .report(
                                    img.dockerfile,
                                    loc.span,
                                    NotCopied {
                                        stage: &name,
                                        path: &loc.path,
                                        how: loc.how,
                                        how_arg: &loc.how_arg,
                                    },
                                )
                                .related(img.dockerfile, copies[0].2, NotCopiedRelated {}),
                        };
                        f.help(CopyHelp {
                            stage: &name,
                            path: &loc.path,
                        })
                        .at_most(img.confidence);
                        for (d, _) in img.services() {
                            f.deployment(d);
                        }
                    }
                    Some((src, dest, span)) => {
                        // a virtualenv moved elsewhere
                        if loc.venv && *src == loc.path && *dest != loc.path {
                            let f = cx.report(
                                img.dockerfile,
                                *span,
                                VenvMoved {
                                    path: &loc.path,
                                    dest,
                                },
                            );
                            f.severity(Severity::Medium)
                                .help(VenvMovedHelp {
                                    stage: &stage_name(*b),
                                    path: &loc.path,
                                })
                                .related(img.dockerfile, loc.span, VenvCreated {})
                                .at_most(img.confidence);
                            for (d, _) in img.services() {
                                f.deployment(d);
                            }
                            continue;
                        }
                        // user packages copied under /root for a non-root runtime user
                        let non_root = runtime_user
                            .as_deref()
                            .is_some_and(|u| !super::helpers::is_root_user(u) && !u.contains('$'));
                        if !loc.venv
                            && is_under(dest, "/root")
                            && non_root
                            && !runtime.is_some_and(|r| {
                                r.env_value("HOME") == Some("/root")
                                    || r.env_value("PYTHONPATH").is_some()
                                    || r.env_value("PYTHONUSERBASE").is_some()
                            })
                            && !chmods_root(project, img, &chain)
                        {
                            let user = runtime_user.clone().unwrap_or_default();
                            let f = cx.report(
                                img.dockerfile,
                                *span,
                                UnderRoot {
                                    dest,
                                    user: &user,
                                    home: &home_of(Some(&user)),
                                },
                            );
                            f.help(UnderRootHelp {
                                stage: &stage_name(*b),
                                home: &home_of(Some(&user)),
                                user: &user,
                            })
                            .related(img.dockerfile, loc.span, UserInstall {})
                            .at_most(img.confidence);
                            if let Some((_, us)) = runtime.and_then(|r| r.user.as_ref()) {
                                f.related(img.dockerfile, *us, RuntimeUser {});
                            }
                            for (d, _) in img.services() {
                                f.deployment(d);
                            }
                            continue;
                        }
                        if loc.venv && *src == loc.path && *dest == loc.path {
                            cx.strength(img.dockerfile, *span, VenvWhole { path: &loc.path });
                        }
                    }
                }
            }
        }
    }
}

/// A `RUN chmod` in the runtime chain that opens `/root` (then packages there are readable).
fn chmods_root(project: &Project, img: &ImageBuild, chain: &[usize]) -> bool {
    let Some(doc) = project.dockerfile(img.dockerfile) else {
        return false;
    };
    chain
        .iter()
        .filter_map(|s| doc.tree.stages.get(*s))
        .any(|stage| {
            doc.tree.stage_instructions(stage).any(|(_, ins)| {
                ins.keyword == seaworthy_syntax::dockerfile::Keyword::Run
                    && ins.command_list().iter().any(|c| {
                        c.program() == Some("chmod")
                            && c.words.iter().any(|w| w.text.starts_with("/root"))
                    })
            })
        })
}

#[cfg(test)]
mod tests {
    use crate::testing::audit_txtar_with_rule;

    fn findings(src: &str) -> Vec<String> {
        audit_txtar_with_rule(
            &format!("-- Dockerfile --\n{src}-- requirements.txt --\nflask\n-- app.py --\n"),
            "SW6005",
        )
        .findings
        .iter()
        .filter(|f| f.rule.code == "SW6005")
        .map(|f| f.message.to_string())
        .collect()
    }

    #[test]
    fn prefix_user_and_venv_cases() {
        // --prefix copied into /usr/local: fine
        assert!(findings("FROM python:3.12-slim AS b\nCOPY requirements.txt .\nRUN pip install --prefix=/install -r requirements.txt\nFROM python:3.12-slim\nCOPY --from=b /install /usr/local\n").is_empty());
        // system install copied as site-packages: fine
        assert!(findings("FROM python:3.12-slim AS b\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nFROM python:3.12-slim\nCOPY --from=b /usr/local/lib/python3.12/site-packages /usr/local/lib/python3.12/site-packages\n").is_empty());
        // --user as root, runtime as app
        let f = findings("FROM python:3.12-slim AS b\nCOPY requirements.txt .\nRUN pip install --user -r requirements.txt\nFROM python:3.12-slim\nRUN useradd -m app\nCOPY --from=b /root/.local /root/.local\nUSER app\n");
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(f[0].contains("runs as `app`"), "{f:?}");
        // --user copied to the app's home: fine
        assert!(findings("FROM python:3.12-slim AS b\nCOPY requirements.txt .\nRUN pip install --user -r requirements.txt\nFROM python:3.12-slim\nRUN useradd -m app\nCOPY --chown=app --from=b /root/.local /home/app/.local\nUSER app\n").is_empty());
        // venv moved
        let f = findings("FROM python:3.12-slim AS b\nRUN python -m venv /opt/venv\nENV PATH=/opt/venv/bin:$PATH\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nFROM python:3.12-slim\nCOPY --from=b /opt/venv /venv\nENV PATH=/venv/bin:$PATH\n");
        assert_eq!(f.len(), 1, "{f:?}");
        // wheels built in the builder, installed in the runtime: fine
        assert!(findings("FROM python:3.12-slim AS b\nCOPY requirements.txt .\nRUN pip wheel -w /wheels -r requirements.txt && pip install --upgrade pip\nFROM python:3.12-slim\nCOPY --from=b /wheels /wheels\nRUN pip install --no-index /wheels/*\n").is_empty());
    }
}
