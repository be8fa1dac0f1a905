use crate::declare_rule;
use crate::diagnostic::Severity;
use crate::project::Project;
use crate::rule::Checker;
use crate::rules::compose::by_env;
use seaworthy_app::python::ServerKind;
use seaworthy_app::Lit;
use seaworthy_syntax::Environment;

declare_rule! {
    /// ## What it does
    /// Follows a service's command to the Python script it runs (`python scripts/run_server.py`,
    /// `python -m app.server`) and evaluates the `reload=` / `debug=` arguments of the server it
    /// starts there (`uvicorn.run(...)`, `app.run(...)`, `socketio.run(...)`) with the
    /// environment the container gets in a production or shared stack (compose
    /// `environment:`, `env_file:`, image `ENV`, defaults in the code). Reports when that
    /// environment switches the reloader or the debugger on.
    ///
    /// ## Why is this bad?
    /// The switch hides in two places: the code reads `ENVIRONMENT` or `DEBUG`, and an env file
    /// sets it to a development value. The container then runs a file watcher that restarts
    /// the server on any change (and costs CPU), or a debugger that answers errors with an
    /// interactive console.
    ///
    /// ## Example
    /// ```yaml path=docker-compose.yml
    /// services:
    ///   web:
    ///     build: .
    ///     command: python scripts/run_server.py
    ///     env_file: .env
    /// ```
    /// ```dockerfile path=Dockerfile
    /// FROM python:3.12-slim
    /// WORKDIR /app
    /// COPY . .
    /// ```
    /// ```env path=.env
    /// ENVIRONMENT=development
    /// ```
    /// ```python path=scripts/run_server.py
    /// import os
    /// import uvicorn
    ///
    /// if __name__ == "__main__":
    ///     uvicorn.run(
    ///         "app.main:app",
    ///         host="0.0.0.0",
    ///         reload=os.getenv("ENVIRONMENT", "production") == "development",
    ///     )
    /// ```
    ///
    /// ## Use instead
    /// ```yaml path=docker-compose.yml
    /// services:
    ///   web:
    ///     build: .
    ///     command: python scripts/run_server.py
    ///     env_file: .env
    ///     environment:
    ///       ENVIRONMENT: production
    /// ```
    /// ```dockerfile path=Dockerfile
    /// FROM python:3.12-slim
    /// WORKDIR /app
    /// COPY . .
    /// ```
    /// ```env path=.env
    /// ENVIRONMENT=development
    /// ```
    /// ```python path=scripts/run_server.py
    /// import os
    /// import uvicorn
    ///
    /// if __name__ == "__main__":
    ///     uvicorn.run(
    ///         "app.main:app",
    ///         host="0.0.0.0",
    ///         reload=os.getenv("ENVIRONMENT", "production") == "development",
    ///     )
    /// ```
    ///
    /// ## References
    /// - <https://www.uvicorn.org/settings/#development>
    /// - <https://flask.palletsprojects.com/en/stable/deploying/>
    /// - <https://docs.docker.com/compose/how-tos/environment-variables/envvars-precedence/>
    pub struct ReloadReachableInProduction {
        code: "SW5013",
        name: "reload-reachable-in-production",
        family: Python,
        severity: Medium,
        category: Reliability,
        summary: "Reloader or debugger switched on by the production environment",
    }
}

crate::message! {
    /// A server started with a reloader or debugger switch on: `why` is `always` (a literal),
    /// `default` (the variables in `unset` are not set) or `env` (the container gets `given`).
    struct Reload<'a> = "reload-reachable-in-production" { service: &'a str, switch: &'a str, why: &'a str, unset: String, given: String }
    struct ReloadHelp = "reload-reachable-in-production-help" {}
    struct Sets<'a> = "reload-reachable-in-production-sets" { key: &'a str }
    struct Runs<'a> = "reload-reachable-in-production-runs" { service: &'a str, path: &'a str }
}

impl ReloadReachableInProduction {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for s in &project.services {
            let d = &project.deployments[s.deployment];
            if matches!(d.environment, Environment::Dev | Environment::Test) {
                continue;
            }
            let Some(main) = s.main_file else { continue };
            let Some(facts) = project.app.python_of(main) else {
                continue;
            };
            let lookup = |var: &str| s.env_value(var).and_then(|e| e.value.clone());
            for run in &facts.server_runs {
                // every enclosing condition must hold in this environment
                if !run
                    .conditions
                    .iter()
                    .all(|c| c.with_env(&lookup).is_some_and(|l| l.truthy()))
                {
                    continue;
                }
                let switches: &[&str] = match run.server {
                    ServerKind::Uvicorn => &["reload"],
                    ServerKind::AppRun | ServerKind::SocketIoRun | ServerKind::Werkzeug => {
                        &["debug", "use_reloader", "use_debugger"]
                    }
                    _ => &[],
                };
                for name in switches {
                    let Some(kw) = run.kwarg(name) else { continue };
                    if kw.value.with_env(&lookup) != Some(Lit::Bool(true)) {
                        continue;
                    }
                    let vars = kw.value.env_vars();
                    let set: Vec<&crate::project::service::EnvValue> =
                        vars.iter().filter_map(|v| s.env_value(v)).collect();
                    let why = if vars.is_empty() {
                        "always"
                    } else if set.is_empty() {
                        "default"
                    } else {
                        "env"
                    };
                    let unset = vars
                        .iter()
                        .map(|v| format!("`{v}`"))
                        .collect::<Vec<_>>()
                        .join(", ");
                    let given = set
                        .iter()
                        .map(|e| format!("`{}={}`", e.key, e.value.as_deref().unwrap_or("")))
                        .collect::<Vec<_>>()
                        .join(", ");
                    let f = cx
                        .report_in(
                            d,
                            main,
                            kw.span,
                            Reload {
                                service: &s.name,
                                switch: name,
                                why,
                                unset,
                                given,
                            },
                        )
                        .severity(by_env(
                            d.environment,
                            Severity::Medium,
                            Severity::Medium,
                            Severity::Info,
                        ))
                        .help(ReloadHelp {});
                    for e in &set {
                        let (ef, es) = e.source.location();
                        f.related(ef, es, Sets { key: &e.key });
                    }
                    if let Some(c) = &s.command {
                        f.related(
                            c.file,
                            c.span,
                            Runs {
                                service: &s.name,
                                path: &project.file(main).path,
                            },
                        );
                    }
                }
            }
        }
    }
}
