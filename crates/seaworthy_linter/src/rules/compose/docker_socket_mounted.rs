use super::{by_env, deployment_of};
use crate::declare_rule;
use crate::diagnostic::Severity;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports bind mounts of the Docker socket (`/var/run/docker.sock`, `/run/docker.sock`),
    /// read-only or not (`:ro` does not restrict the Docker API). High in stacks production runs,
    /// low in dev and test stacks.
    ///
    /// ## Why is this bad?
    /// The socket is root on the host: whoever controls the container can start a privileged
    /// container mounting `/`. `:ro` does not help, the API is still writable. If a proxy or
    /// monitor needs it, put a filtering socket proxy in front.
    ///
    /// ## Example
    /// ```yaml
    /// services:
    ///   proxy:
    ///     image: nginxproxy/nginx-proxy:1.6
    ///     volumes:
    ///       - /var/run/docker.sock:/tmp/docker.sock:ro
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// services:
    ///   proxy:
    ///     image: nginxproxy/nginx-proxy:1.6
    ///     environment:
    ///       DOCKER_HOST: tcp://socket-proxy:2375
    /// ```
    pub struct DockerSocketMounted {
        code: "SW2016",
        name: "docker-socket-mounted",
        family: Compose,
        severity: High,
        category: Security,
        summary: "Docker socket mounted into a container",
    }
}

crate::message! {
    /// A service that mounts the Docker socket.
    struct Socket<'a> = "docker-socket-mounted" { service: &'a str }
    struct SocketHelp = "docker-socket-mounted-help" {}
}

impl DockerSocketMounted {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for s in &project.services {
            for m in &s.resolved.volumes {
                if m.value
                    .source
                    .as_deref()
                    .is_some_and(|src| src.ends_with("docker.sock"))
                {
                    let d = deployment_of(project, s);
                    cx.report_in(d, m.file, m.value.span, Socket { service: &s.name })
                        .help(SocketHelp {})
                        .severity(by_env(
                            d.environment,
                            Severity::High,
                            Severity::High,
                            Severity::Low,
                        ));
                }
            }
        }
    }
}
