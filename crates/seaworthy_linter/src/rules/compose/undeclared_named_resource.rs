use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;
use seaworthy_syntax::compose::MountKind;

declare_rule! {
    /// ## What it does
    /// Reports a service that uses a named volume, a network or a secret that no file of its
    /// compose project declares at the top level (`volumes:`, `networks:`, `secrets:`). The
    /// project is the base file with its overrides and `include`s; a project with an `include`
    /// the audit cannot follow is skipped.
    ///
    /// ## Why is this bad?
    /// `docker compose up` refuses the whole project ("service "db" refers to undefined volume
    /// pgdata"), so nothing starts. It usually happens when a service is copied from another
    /// stack or a top-level section is renamed; the failure shows only at deploy time.
    ///
    /// ## Example
    /// ```yaml
    /// services:
    ///   db:
    ///     image: postgres:16
    ///     volumes:
    ///       - pgdata:/var/lib/postgresql/data
    ///     networks: [backend]
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// services:
    ///   db:
    ///     image: postgres:16
    ///     volumes:
    ///       - pgdata:/var/lib/postgresql/data
    ///     networks: [backend]
    /// volumes:
    ///   pgdata:
    /// networks:
    ///   backend:
    /// ```
    pub struct UndeclaredNamedResource {
        code: "SW2027",
        name: "undeclared-named-resource",
        family: Compose,
        severity: High,
        category: Reliability,
        summary: "Named volume, network or secret used but not declared",
    }
}

crate::message! {
    /// A named volume, network or secret (`kind`: `volume`, `network` or `secret`) no file declares.
    struct Undeclared<'a> = "undeclared-named-resource" { service: &'a str, kind: &'a str, name: &'a str }
    /// `section`: the top-level key to declare it under.
    struct UndeclaredHelp<'a> = "undeclared-named-resource-help" { name: &'a str, section: &'a str }
    /// A committed template of the compose file (`template`) may declare it.
    struct TemplateHelp<'a> = "undeclared-named-resource-help-template" { name: &'a str, section: &'a str, template: &'a str }
}

impl UndeclaredNamedResource {
    fn check(&self, project: &Project, cx: &mut Checker) {
        let m = &project.compose;
        for s in &project.services {
            let p = &project.deployments[s.deployment];
            if !p.complete {
                continue;
            }
            let docs: Vec<_> = p.files.iter().filter_map(|f| m.doc(*f)).collect();
            if docs.iter().any(|d| d.templated) {
                continue;
            }
            let declared = |kind: &str, name: &str| {
                docs.iter().any(|d| {
                    let list = match kind {
                        "volume" => &d.view.volumes,
                        "network" => &d.view.networks,
                        _ => &d.view.secrets,
                    };
                    list.iter().any(|x| x.value == name)
                })
            };
            let mut uses: Vec<(&str, &str, usize, seaworthy_syntax::Span)> = Vec::new();
            for v in &s.resolved.volumes {
                if let (MountKind::Volume, Some(src)) = (&v.value.kind, v.value.source.as_deref()) {
                    uses.push(("volume", src, v.file, v.value.span));
                }
            }
            for n in &s.resolved.networks {
                if n.value.value != "default" {
                    uses.push(("network", &n.value.value, n.file, n.value.span));
                }
            }
            for x in &s.resolved.secrets {
                uses.push(("secret", &x.value.value, x.file, x.value.span));
            }
            for (kind, name, file, span) in uses {
                if name.is_empty() || name.contains('$') || declared(kind, name) {
                    continue;
                }
                let section = match kind {
                    "volume" => "volumes",
                    "network" => "networks",
                    _ => "secrets",
                };
                let dir = project.file(file).dir();
                let template = project
                    .files
                    .all_paths
                    .iter()
                    .filter(|x| x.rfind('/').map_or("", |i| &x[..i]) == dir)
                    .map(|x| x.rsplit('/').next().unwrap_or(x))
                    .find(|n| {
                        n.contains("compose")
                            && [".example", ".sample", ".dist", ".template"]
                                .iter()
                                .any(|e| n.ends_with(e))
                    });
                let f = cx
                    .report_in(
                        p,
                        file,
                        span,
                        Undeclared {
                            service: &s.name,
                            kind,
                            name,
                        },
                    )
                    .help(match template {
                        Some(t) => crate::message::Message::from(TemplateHelp {
                            name,
                            section,
                            template: t,
                        }),
                        None => UndeclaredHelp { name, section }.into(),
                    });
                if template.is_some() {
                    f.severity(crate::diagnostic::Severity::Medium);
                }
            }
        }
    }
}
