use super::helpers::{deployment, image_of, interpolated, is_root_user, root_override};
use crate::declare_rule;
use crate::diagnostic::Severity;
use crate::project::service::ServiceKind;
use crate::project::Project;
use crate::rule::Checker;
use crate::rules::compose::by_env;

declare_rule! {
    /// ## What it does
    /// Finds services of production or shared deployments whose compose `user:` is root (`root`,
    /// `0`, `0:0`) while the image they build sets an unprivileged `USER`. One-shot jobs (an init
    /// container that fixes volume ownership) are low. Records a strength for a production
    /// service that keeps the image's unprivileged user.
    ///
    /// ## Why is this bad?
    /// The compose file silently undoes the Dockerfile's hardening: the process runs as root,
    /// and a remote code execution in the app is root in the container (and on the host after
    /// an escape). Reviewers read the Dockerfile, see `USER app`, and believe it.
    ///
    /// ## Example
    /// ```yaml
    /// services:
    ///   api:
    ///     build: .
    ///     user: root
    /// ```
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// RUN useradd --system --uid 1001 app
    /// USER app
    /// CMD ["gunicorn", "app:app"]
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// services:
    ///   api:
    ///     build: .
    /// ```
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// RUN useradd --system --uid 1001 app
    /// USER app
    /// CMD ["gunicorn", "app:app"]
    /// ```
    ///
    /// ## References
    /// - <https://docs.docker.com/reference/compose-file/services/#user>
    /// - <https://docs.docker.com/reference/dockerfile/#user>
    /// - <https://docs.docker.com/engine/security/#linux-kernel-capabilities>
    pub struct ComposeUserRootOverride {
        code: "SW6010",
        name: "compose-user-root-override",
        family: Project,
        severity: High,
        category: Security,
        summary: "Compose runs a service as root over the image's unprivileged USER",
    }
}

crate::message! {
    /// A compose `user:` that puts a non-root image back to root.
    struct Override<'a> = "compose-user-root-override" { service: &'a str, user: &'a str, image_user: &'a str }
    struct OverrideHelp = "compose-user-root-override-help" {}
    struct ImageUser = "compose-user-root-override-related" {}
    struct Kept<'a> = "compose-user-root-override-strength" { service: &'a str, user: &'a str }
}

impl ComposeUserRootOverride {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for s in &project.services {
            let d = deployment(project, s);
            match root_override(project, s) {
                Some(o) => {
                    let sev = if s.kind == ServiceKind::OneShot {
                        Severity::Low
                    } else {
                        by_env(
                            d.environment,
                            Severity::High,
                            Severity::Medium,
                            Severity::Low,
                        )
                    };
                    cx.report_in(
                        d,
                        o.file,
                        o.span,
                        Override {
                            service: &s.name,
                            user: &o.user,
                            image_user: &o.image_user,
                        },
                    )
                    .severity(sev)
                    .help(OverrideHelp {})
                    .related(o.dockerfile, o.user_span, ImageUser {});
                }
                None => {
                    if d.environment.is_non_prod() {
                        continue;
                    }
                    let Some(img) = image_of(project, s) else {
                        continue;
                    };
                    let Some(st) = project
                        .dockerfile(img.dockerfile)
                        .and_then(|doc| doc.stages.get(img.shipped_stage?))
                    else {
                        continue;
                    };
                    let Some((u, span)) = &st.user else { continue };
                    if st.runs_as_root() || u.contains('$') {
                        continue;
                    }
                    let kept = s.resolved.user.as_ref().is_none_or(|x| {
                        !is_root_user(&interpolated(project, x.file, &x.value.value))
                    });
                    // a strength never contradicts a finding: not when another deployment
                    // runs this image as root
                    if kept
                        && !super::helpers::dockerfile_overridden_to_root(project, img.dockerfile)
                    {
                        cx.strength(
                            img.dockerfile,
                            *span,
                            Kept {
                                service: &s.name,
                                user: u,
                            },
                        );
                    }
                }
            }
        }
    }
}
