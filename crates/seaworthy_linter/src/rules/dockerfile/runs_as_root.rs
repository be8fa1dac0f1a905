use super::{dockerfiles, is_dev_stage};
use crate::declare_rule;
use crate::diagnostic::Severity;
use crate::project::Project;
use crate::rule::Checker;
use seaworthy_syntax::dockerfile::{Dockerfile, Keyword};

declare_rule! {
    /// ## What it does
    /// Reports a final stage that runs as root: no `USER` instruction (in the stage or the stage
    /// it builds on), or a last `USER root`/`USER 0`. What the base image does by itself comes
    /// from the dated table `data/images.toml`: a base that already runs unprivileged
    /// (`nginxinc/nginx-unprivileged`, distroless `:nonroot`, Chainguard, Bitnami) is a strength,
    /// not a finding; a server image whose workers drop root (nginx, postgres, redis) is low; a
    /// base the table does not know (it may set its own `USER`) is medium; official language and
    /// distribution images, which run as root, are high. `scratch` images that only hold a
    /// static binary are not reported. An image whose job needs root (a cron daemon, which runs
    /// each job as its user; `iptables`/`nft` managing the host's packet filter; the Docker
    /// socket a compose service built from it mounts) is low, with advice to narrow what root
    /// can do instead. A Dockerfile named as a base for other images (`Dockerfile.base`,
    /// `base.Dockerfile`) is low too: the images built on it decide the user. Records a
    /// strength for a non-root `USER`, unless a production or shared compose deployment runs
    /// the image as root anyway (`compose-user-root-override`).
    ///
    /// ## Why is this bad?
    /// A process running as root inside the container turns any remote code execution into root
    /// on the container's filesystem, and a container escape into root on the host.
    ///
    /// ## Example
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// COPY . /app
    /// CMD ["python", "/app/main.py"]
    /// ```
    ///
    /// ## Use instead
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// RUN useradd --system --uid 1001 app
    /// COPY --chown=app . /app
    /// USER app
    /// CMD ["python", "/app/main.py"]
    /// ```
    ///
    /// ## References
    /// - <https://docs.docker.com/build/building/best-practices/#user>
    /// - <https://docs.docker.com/reference/dockerfile/#user>
    pub struct RunsAsRoot {
        code: "SW1015",
        name: "runs-as-root",
        family: Dockerfile,
        severity: High,
        category: Security,
        hadolint: ["DL3002"],
        summary: "The image runs as root",
    }
}

fn unprivileged_base(image: &str) -> bool {
    let i = image.to_ascii_lowercase();
    i.contains("unprivileged")
        || i.contains(":nonroot")
        || i.contains("-nonroot")
        || i.contains("chainguard")
        || i.contains("bitnami/")
}

crate::message! {
    /// Starts as root and the entrypoint drops privileges (`tool`: the switch, as written).
    struct Drops<'a> = "runs-as-root-drops" { tool: &'a str }
    struct DropsHelp = "runs-as-root-drops-help" {}
    /// The last `USER` is root.
    struct LastRoot = "runs-as-root-user" {}
    struct LastRootHelp = "runs-as-root-user-help" {}
    /// The final stage's `USER` is unprivileged.
    struct Unprivileged<'a> = "runs-as-root-strength" { user: &'a str }
    /// The base image runs as a non-root user by default.
    struct NonRootBase<'a> = "runs-as-root-strength-base" { image: &'a str }
    /// No `USER`, and the base image's server drops privileges for its workers.
    struct Workers<'a> = "runs-as-root-workers" { image: &'a str }
    struct WorkersHelp = "runs-as-root-workers-help" {}
    /// No `USER` on a base image known to run as root.
    struct NoUser<'a> = "runs-as-root" { image: &'a str }
    /// No `USER` on a base image the audit knows nothing about.
    struct NoUserUnknown<'a> = "runs-as-root-unknown-base" { image: &'a str }
    struct NoUserHelp = "runs-as-root-help" {}
    /// Root kept because the command's job needs it (`cron`, `iptables`, the Docker socket).
    struct Needs<'a> = "runs-as-root-needs" { tool: &'a str }
    struct NeedsHelp<'a> = "runs-as-root-needs-help" { tool: &'a str }
    /// Root kept for the Docker socket a service built from the image mounts.
    struct Socket<'a> = "runs-as-root-socket" { service: &'a str }
    struct SocketHelp = "runs-as-root-socket-help" {}
    /// A Dockerfile named as the base of the repository's other images.
    struct BaseImage<'a> = "runs-as-root-base-image" { file: &'a str }
    struct BaseImageHelp = "runs-as-root-base-image-help" {}
}

/// Why the image keeps root on purpose.
enum NeedsRoot {
    /// A program whose job needs root.
    Program(String),
    /// The compose service (built from the image) that mounts the Docker socket.
    Socket(String),
    /// The Dockerfile is named as a base for other images (`Dockerfile.base`): the images built
    /// on it decide the user.
    BaseImage(String),
}

impl NeedsRoot {
    fn report(&self, cx: &mut Checker, file: crate::project::FileId, span: seaworthy_syntax::Span) {
        let f = match self {
            NeedsRoot::Program(tool) => cx
                .report(file, span, Needs { tool })
                .help(NeedsHelp { tool }),
            NeedsRoot::Socket(service) => cx
                .report(file, span, Socket { service })
                .help(SocketHelp {}),
            NeedsRoot::BaseImage(name) => cx
                .report(file, span, BaseImage { file: name })
                .help(BaseImageHelp {}),
        };
        f.severity(Severity::Low);
    }
}

impl RunsAsRoot {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for doc in dockerfiles(project) {
            let df = &doc.tree;
            let Some(last) = df.final_stage() else {
                continue;
            };
            if is_dev_stage(last) || project.file(doc.file).environment.is_non_prod() {
                continue;
            }
            // the chain of stages the final image is built on: final → parent stage → ...
            let mut chain = vec![last];
            while let Some(parent) = chain
                .last()
                .and_then(|s| df.stage_by_name(&s.base_resolved))
                .filter(|p| p.index < chain.last().map(|s| s.index).unwrap_or(0))
            {
                chain.push(parent);
            }
            let root = chain
                .last()
                .map(|s| s.base_resolved.clone())
                .unwrap_or_default();
            let mut user = None;
            for s in &chain {
                if let Some((_, ins)) = df
                    .stage_instructions(s)
                    .filter(|(_, i)| i.keyword == Keyword::User)
                    .last()
                {
                    user = Some(ins);
                    break;
                }
            }
            // starts as root on purpose and hands over to another user (gosu, su-exec, setpriv,
            // supervisord programs, daemons that drop privileges themselves)
            if let Some(tool) = drops_privileges(project, doc, last.index) {
                let at = user.map(|i| i.span).unwrap_or_else(|| {
                    df.stage_instructions(last)
                        .filter(|(_, i)| matches!(i.keyword, Keyword::Cmd | Keyword::Entrypoint))
                        .last()
                        .map(|(_, i)| i.span)
                        .unwrap_or(last.base.span)
                });
                cx.report(doc.file, at, Drops { tool: &tool })
                    .severity(Severity::Low)
                    .help(DropsHelp {});
                continue;
            }
            match user {
                Some(ins) => {
                    let name = ins
                        .words()
                        .first()
                        .map(|w| w.text.clone())
                        .unwrap_or_default();
                    let u = name.split(':').next().unwrap_or("");
                    if u == "root" || u == "0" {
                        if let Some(why) = needs_root(project, doc, last.index) {
                            why.report(cx, doc.file, ins.span);
                            continue;
                        }
                        cx.report(doc.file, ins.span, LastRoot {})
                            .help(LastRootHelp {});
                    } else if !u.is_empty()
                        && !crate::rules::project::helpers::dockerfile_overridden_to_root(
                            project, doc.file,
                        )
                    {
                        // (a production compose `user: root` undoes it: no strength then)
                        cx.strength(doc.file, ins.span, Unprivileged { user: u });
                    }
                }
                None => {
                    if unprivileged_base(&root) || root == "scratch" || super::is_dynamic(&root) {
                        continue;
                    }
                    let has_cmd = df
                        .stage_instructions(last)
                        .any(|(_, i)| matches!(i.keyword, Keyword::Cmd | Keyword::Entrypoint));
                    let anchor = df
                        .stage_instructions(last)
                        .filter(|(_, i)| matches!(i.keyword, Keyword::Cmd | Keyword::Entrypoint))
                        .last()
                        .map(|(_, i)| i.span)
                        .unwrap_or(last.base.span);
                    let _ = has_cmd;
                    if let Some(why) = needs_root(project, doc, last.index) {
                        why.report(cx, doc.file, anchor);
                        continue;
                    }
                    // what the base image itself does (`data/images.toml`)
                    let img = seaworthy_syntax::image::ImageRef::parse(&root);
                    let full = match &img.registry {
                        Some(r) if r != "docker.io" => format!("{r}/{}", img.name),
                        _ => img.name.clone(),
                    };
                    let facts = crate::knowledge::image_facts(&full, img.tag.as_deref());
                    let image = last.base_resolved.as_str();
                    match facts.and_then(|f| f.user.as_deref()) {
                        Some("nonroot") => {
                            cx.strength(doc.file, last.base.span, NonRootBase { image: &root });
                        }
                        Some("drops") => {
                            cx.report(doc.file, anchor, Workers { image })
                                .help(WorkersHelp {})
                                .severity(Severity::Low);
                        }
                        Some(_) => {
                            cx.report(doc.file, anchor, NoUser { image })
                                .help(NoUserHelp {});
                        }
                        None => {
                            // a third-party base may set its own USER: say so, at a lower severity
                            cx.report(doc.file, anchor, NoUserUnknown { image })
                                .help(NoUserHelp {})
                                .severity(Severity::Medium);
                        }
                    }
                }
            }
        }
    }
}

/// What hands the process over to an unprivileged user in the final stage's entrypoint (its
/// `ENTRYPOINT`/`CMD` words, or the repository script it runs): `gosu`, `su-exec`, `setpriv`,
/// `runuser`, `chpst`, `s6-setuidgid`, `su`, `supervisord`, a daemon that drops privileges by
/// itself (nginx, php-fpm, postfix, dovecot, unbound, apache), or a server given its user on the
/// command line (`--user`, `--uid`, `rspamd -u`).
/// The program the image runs whose job needs root, so that `USER` would break it rather than
/// harden it: a cron daemon (it runs each job as that job's user), a firewall tool (`iptables`,
/// `nft`: the host's packet filter), found in `CMD`/`ENTRYPOINT` or the entrypoint script, or the
/// Docker socket that a compose service built from the image mounts (root or the socket's group).
/// `supercronic` is left out on purpose: it is built to run unprivileged.
fn needs_root(
    project: &Project,
    doc: &crate::project::dockerfile::DockerfileDoc,
    stage: usize,
) -> Option<NeedsRoot> {
    const NEEDS: &[&str] = &[
        "cron",
        "crond",
        "anacron",
        "iptables",
        "ip6tables",
        "iptables-restore",
        "ip6tables-restore",
        "nft",
        "ipset",
    ];
    if let Some(tool) = program_words(project, doc, stage)
        .into_iter()
        .find(|w| NEEDS.contains(&w.as_str()))
    {
        return Some(NeedsRoot::Program(tool));
    }
    let name = project.file(doc.file).name();
    let lower = name.to_ascii_lowercase();
    if lower.ends_with(".base")
        || lower.ends_with("-base")
        || lower.starts_with("base.")
        || lower.starts_with("base-")
    {
        return Some(NeedsRoot::BaseImage(name.to_string()));
    }
    project
        .images_of(doc.file)
        .flat_map(|i| project.services_building(i.id))
        .find(|s| {
            s.resolved.volumes.iter().any(|m| {
                m.value
                    .source
                    .as_deref()
                    .is_some_and(|src| src.ends_with("docker.sock"))
            })
        })
        .map(|s| NeedsRoot::Socket(s.name.clone()))
}

/// The words of the stage's `ENTRYPOINT` then `CMD`, as written.
fn command_words(st: &crate::project::stage::StageFacts, df: &Dockerfile) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for i in [st.entrypoint, st.cmd].into_iter().flatten() {
        if let Some(ins) = df.instructions.get(i) {
            match &ins.json {
                Some(ws) => words.extend(ws.iter().map(|w| w.text.clone())),
                None => words.extend(ins.words().into_iter().map(|w| w.text)),
            }
        }
    }
    words
}

/// A program's name without its directory (`/usr/sbin/cron` → `cron`).
fn base(w: &str) -> &str {
    w.rsplit('/').next().unwrap_or(w)
}

/// The base names of the words of the stage's `ENTRYPOINT` and `CMD`, and of the first two words
/// of each command of the repository script the entrypoint runs (`exec cron -f` gives `exec`,
/// `cron`).
fn program_words(
    project: &Project,
    doc: &crate::project::dockerfile::DockerfileDoc,
    stage: usize,
) -> Vec<String> {
    let Some(st) = doc.stages.get(stage) else {
        return Vec::new();
    };
    let words = command_words(st, &doc.tree);
    // `sh -c /app/entrypoint.sh`, `/bin/sh /app/entrypoint.sh`: the script the shell runs
    let first = match words.as_slice() {
        [sh, rest @ ..] if matches!(base(sh), "sh" | "bash" | "ash" | "dash") => {
            let arg = match rest {
                [c, cmd, ..] if c == "-c" => cmd.split_whitespace().next(),
                [script, ..] if !script.starts_with('-') => Some(script.as_str()),
                _ => None,
            };
            arg.unwrap_or(sh).to_string()
        }
        _ => words.first().cloned().unwrap_or_default(),
    };
    let script = project
        .images
        .iter()
        .filter(|i| i.dockerfile == doc.file)
        .find_map(|i| i.script_for(&project.files, st, &first));
    let mut out: Vec<String> = words.iter().map(|w| base(w).to_string()).collect();
    if let Some(script) = script {
        for c in project.shell_commands(script) {
            out.extend(c.argv().iter().take(2).map(|w| base(&w.text).to_string()));
        }
    }
    out
}

fn drops_privileges(
    project: &Project,
    doc: &crate::project::dockerfile::DockerfileDoc,
    stage: usize,
) -> Option<String> {
    const SWITCHES: &[&str] = &[
        "gosu",
        "su-exec",
        "setpriv",
        "runuser",
        "chpst",
        "s6-setuidgid",
        "setuidgid",
        "su",
        "supervisord",
    ];
    const DAEMONS: &[&str] = &[
        "nginx",
        "php-fpm",
        "php-fpm8",
        "postfix",
        "dovecot",
        "unbound",
        "apache2",
        "httpd",
        "apache2-foreground",
        "php-fpm7",
    ];
    let st = doc.stages.get(stage)?;
    let words = command_words(st, &doc.tree);
    // a server told its unprivileged user on the command line (`gunicorn --user app`,
    // `uwsgi --uid app`, `rspamd -u _rspamd`): `-u` only for daemons where it means the user
    const USER_DASH_U: &[&str] = &["rspamd", "memcached", "dnsmasq", "named", "clamd"];
    let program = words.first().map(|w| base(w)).unwrap_or_default();
    let unprivileged = |v: &str| !matches!(v, "root" | "0" | "0:0" | "root:root") && !v.is_empty();
    for (i, w) in words.iter().enumerate() {
        let (flag, value) = match w.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v.to_string())),
            _ => (w.as_str(), words.get(i + 1).cloned()),
        };
        // `-u` belongs to one of those daemons named before it
        let owner = words[..i]
            .iter()
            .rev()
            .map(|w| base(w))
            .find(|w| USER_DASH_U.contains(w));
        let named =
            matches!(flag, "--user" | "--uid" | "--setuid") || (flag == "-u" && owner.is_some());
        if named && value.as_deref().is_some_and(unprivileged) {
            let who = owner.unwrap_or(program);
            return Some(format!("{who} {flag} {}", value.unwrap_or_default()));
        }
    }
    // the command and the repository script the entrypoint runs
    program_words(project, doc, stage)
        .into_iter()
        .find(|w| SWITCHES.contains(&w.as_str()) || DAEMONS.contains(&w.as_str()))
}

#[cfg(test)]
mod english {
    use super::*;
    use crate::message::Message;

    /// The catalogue renders the English the rule said before its messages became data.
    #[test]
    fn variants_read_as_before() {
        let drops: Message = Drops { tool: "gosu" }.into();
        assert_eq!(
            drops.as_str(),
            "the container starts as root and its entrypoint drops privileges with `gosu`: only the start-up runs as root"
        );
        let user: Message = Unprivileged { user: "app" }.into();
        assert_eq!(
            user.as_str(),
            "the image runs as the unprivileged user `app`"
        );
        let base: Message = NonRootBase {
            image: "gcr.io/distroless/python3:nonroot",
        }
        .into();
        assert_eq!(
            base.as_str(),
            "`gcr.io/distroless/python3:nonroot` runs as a non-root user by default"
        );
    }
}
