use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports compose projects with at least four services, among them both an edge service
    /// (publishes ports) and a data service (database, cache, broker), where no service declares
    /// `networks:`: everything shares the default network.
    ///
    /// ## Why is this bad?
    /// The internet-facing proxy or frontend can open connections straight to the database; one
    /// breach reaches everything. Segmenting `edge` and `data` networks (with `internal: true`)
    /// limits the blast radius. A judgement call, reported as low.
    ///
    /// ## Example
    /// ```yaml
    /// services:
    ///   nginx: {image: "nginx:1.27", ports: ["80:80"]}
    ///   web: {image: "ghcr.io/acme/web:1.0.0"}
    ///   worker: {image: "ghcr.io/acme/web:1.0.0"}
    ///   db: {image: "postgres:16"}
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// services:
    ///   nginx: {image: "nginx:1.27", ports: ["80:80"], networks: [edge]}
    ///   web: {image: "ghcr.io/acme/web:1.0.0", networks: [edge, data]}
    ///   worker: {image: "ghcr.io/acme/web:1.0.0", networks: [data]}
    ///   db: {image: "postgres:16", networks: [data]}
    /// networks:
    ///   edge: {}
    ///   data: {internal: true}
    /// ```
    pub struct SingleNetwork {
        code: "SW2018",
        name: "single-network",
        family: Compose,
        severity: Low,
        category: Security,
        summary: "Edge and data services share one network",
    }
}

crate::message! {
    /// Every service of a stack on the default network (`count`: how many).
    struct Shared = "single-network" { count: usize }
    struct SharedHelp = "single-network-help" {}
    struct Strength = "single-network-strength" {}
}

impl SingleNetwork {
    fn check(&self, project: &Project, cx: &mut Checker) {
        let m = &project.compose;
        for d in &project.deployments {
            let services: Vec<_> = project.services_in(d.id).iter().collect();
            if services.len() < 4 {
                continue;
            }
            let Some(first) = d.entries.first() else {
                continue;
            };
            let Some(sp) = m.doc(*first).and_then(|doc| doc.view.services_span) else {
                continue;
            };
            let any_networks = services
                .iter()
                .any(|s| !s.resolved.networks.is_empty() || s.resolved.network_mode.is_some());
            if any_networks {
                cx.strength(*first, sp, Strength {});
                continue;
            }
            let edge = services
                .iter()
                .any(|s| s.resolved.ports.iter().any(|p| p.value.is_public()));
            let data = services.iter().any(|s| s.kind.is_data());
            if edge && data {
                cx.report_in(
                    d,
                    *first,
                    sp,
                    Shared {
                        count: services.len(),
                    },
                )
                .help(SharedHelp {});
            }
        }
    }
}
