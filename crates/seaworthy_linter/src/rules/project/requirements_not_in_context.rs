use super::helpers::{
    context_file_state, copy_reported_elsewhere, dockerignore_line, dockerignored, image_abs,
    relate_build_origins,
};
use crate::declare_rule;
use crate::message::Message;
use crate::project::layout::Found;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Follows every `pip install -r FILE` of the stages an image is built from back to the
    /// build context: reports a requirements file that nothing puts into the image before the
    /// install (no `COPY`, no `RUN --mount=type=bind`), one that a copied directory or the whole
    /// context does not hold, and one the `.dockerignore` keeps out of the context. A `COPY` of
    /// the file itself that names a missing path is `copy-source-missing`'s finding, not this
    /// one. A tree that holds only deployment files is not judged for "not in the context".
    ///
    /// ## Why is this bad?
    /// `pip install` stops with "Could not open requirements file: No such file or directory"
    /// and the image does not build. When the file is copied only after the install (a common
    /// reordering slip), every build of a fresh checkout fails while a developer's cached layers
    /// hide it.
    ///
    /// ## Example
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// WORKDIR /app
    /// RUN pip install --no-cache-dir -r requirements.txt
    /// COPY . .
    /// ```
    /// ```requirements
    /// fastapi==0.115.0
    /// ```
    ///
    /// ## Use instead
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// WORKDIR /app
    /// COPY requirements.txt .
    /// RUN pip install --no-cache-dir -r requirements.txt
    /// COPY . .
    /// ```
    /// ```requirements
    /// fastapi==0.115.0
    /// ```
    ///
    /// ## References
    /// - <https://docs.docker.com/reference/dockerfile/#copy>
    /// - <https://docs.docker.com/build/concepts/context/#dockerignore-files>
    /// - <https://pip.pypa.io/en/stable/reference/requirements-file-format/>
    pub struct RequirementsNotInContext {
        code: "SW6002",
        name: "requirements-not-in-context",
        family: Project,
        severity: High,
        category: Reliability,
        summary: "Requirements file installed but not in the image",
    }
}

crate::message! {
    /// Nothing copies the requirements file before the install.
    struct NotCopied<'a> = "requirements-not-in-context" { path: &'a str, image_path: &'a str }
    /// A copy brings it from the context, but it does not ship (`why`: `absent` from the
    /// context, whose directory is `context` or the repository root when `root`, or `ignored`
    /// by `.dockerignore`).
    struct NotShipped<'a> = "requirements-not-in-context-context" { path: &'a str, image_path: &'a str, why: &'a str, rel: &'a str, root: bool, context: &'a str }
    struct CopyHelp<'a> = "requirements-not-in-context-help" { path: &'a str }
    struct CopiedAfter = "requirements-not-in-context-related-late-copy" {}
    struct TheCopy = "requirements-not-in-context-related-copy" {}
    struct Excludes = "requirements-not-in-context-related-dockerignore" {}
}

impl RequirementsNotInContext {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for img in &project.images {
            let Some(doc) = project.dockerfile(img.dockerfile) else {
                continue;
            };
            if doc.tree.is_template || project.file(img.dockerfile).path.contains("{{") {
                continue;
            }
            let partial = project.only_deployment_files_under(&img.context);
            for s in img.shipped_stages(&doc.stages) {
                let Some(st) = doc.stages.get(s) else {
                    continue;
                };
                for pi in &st.pip_installs {
                    for (path, span) in &pi.requirement_files {
                        if path.contains('$') || path.contains("://") || path == "-" {
                            continue;
                        }
                        let image_path = image_abs(pi.workdir.as_deref(), path);
                        let problem = match project.image_path(img, s, Some(pi.instr), &image_path)
                        {
                            Found::Absent => {
                                // copied later in the same stage?
                                let later = img.context_copies.iter().find(|c| {
                                    c.stage == s
                                        && c.instr > pi.instr
                                        && c.source.trim_end_matches('/').rsplit('/').next()
                                            == path.rsplit('/').next()
                                });
                                Some((
                                    Message::from(NotCopied {
                                        path,
                                        image_path: &image_path,
                                    }),
                                    later.map(|c| (c.span, Message::from(CopiedAfter {}))),
                                ))
                            }
                            Found::Context {
                                rel,
                                instr,
                                span: copy_span,
                                ..
                            } => {
                                if partial && dockerignored(project, img, &rel).is_none()
                                    || copy_reported_elsewhere(img, instr, copy_span)
                                {
                                    None
                                } else {
                                    context_file_state(project, img, &rel).err().map(|why| {
                                        (
                                            Message::from(NotShipped {
                                                path,
                                                image_path: &image_path,
                                                why: why.key(),
                                                rel: &rel,
                                                root: img.context.is_empty(),
                                                context: &img.context,
                                            }),
                                            (copy_span != seaworthy_syntax::Span::EMPTY)
                                                .then(|| (copy_span, Message::from(TheCopy {}))),
                                        )
                                    })
                                }
                            }
                            _ => None,
                        };
                        let Some((msg, related)) = problem else {
                            continue;
                        };
                        let f = cx
                            .report(img.dockerfile, *span, msg)
                            .at_most(img.confidence)
                            .help(CopyHelp { path });
                        if let Some((rs, m)) = related {
                            f.related(img.dockerfile, rs, m);
                        }
                        if let Found::Context { rel, .. } =
                            project.image_path(img, s, Some(pi.instr), &image_path)
                        {
                            if let Some((di, line)) = dockerignore_line(project, img, &rel) {
                                f.related(di, line, Excludes {});
                            }
                        }
                        relate_build_origins(f, img);
                        for (d, _) in img.services() {
                            f.deployment(d);
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::testing::audit_txtar_with_rule;

    fn count(src: &str) -> usize {
        audit_txtar_with_rule(src, "SW6002")
            .findings
            .iter()
            .filter(|f| f.rule.code == "SW6002")
            .count()
    }

    #[test]
    fn silent_cases() {
        // a bind mount brings it for the install
        assert_eq!(count("-- Dockerfile --\nFROM python:3.12-slim\nRUN --mount=type=bind,source=requirements.txt,target=/tmp/requirements.txt pip install -r /tmp/requirements.txt\n-- requirements.txt --\nflask\n-- app.py --\n"), 0);
        // a cd into a copied directory
        assert_eq!(count("-- Dockerfile --\nFROM python:3.12-slim\nWORKDIR /app\nCOPY backend/ backend/\nRUN cd backend && pip install -r requirements.txt\n-- backend/requirements.txt --\nflask\n-- backend/app.py --\n"), 0);
        // a file copied to the working directory without a trailing `/` lands inside it
        assert_eq!(count("-- Dockerfile --\nFROM python:3.12-alpine AS builder\nWORKDIR /app \nCOPY requirements.txt /app\nRUN pip3 install -r requirements.txt --no-cache-dir\nFROM builder AS dev\nRUN apk add git\n-- requirements.txt --\nflask\n-- app.py --\n"), 0);
        assert_eq!(count("-- Dockerfile --\nFROM python:3.12-slim\nRUN mkdir -p /srv/app/conf\nWORKDIR /srv/app\nCOPY requirements.txt /srv/app\nRUN pip install -r /srv/app/requirements.txt\n-- requirements.txt --\nflask\n-- app.py --\n"), 0);
        // an unknown base image may hold it
        assert_eq!(count("-- Dockerfile --\nFROM acme/python-base:1\nRUN pip install -r /opt/requirements.txt\n-- app.py --\n"), 0);
        // generated in an earlier step
        assert_eq!(count("-- Dockerfile --\nFROM python:3.12-slim\nCOPY pyproject.toml poetry.lock ./\nRUN pip install poetry && poetry export -o requirements.txt\nRUN pip install -r requirements.txt\n-- pyproject.toml --\n[project]\nname = \"x\"\n-- poetry.lock --\n-- app.py --\n"), 0);
    }

    #[test]
    fn missing_from_a_copied_directory_and_ignored() {
        assert_eq!(count("-- Dockerfile --\nFROM python:3.12-slim\nCOPY requirements/ requirements/\nRUN pip install -r requirements/prod.txt\n-- requirements/base.txt --\nflask\n-- app.py --\n"), 1);
        assert_eq!(count("-- Dockerfile --\nFROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\n-- requirements.txt --\nflask\n-- .dockerignore --\n*.txt\n-- app.py --\n"), 1);
    }
}
