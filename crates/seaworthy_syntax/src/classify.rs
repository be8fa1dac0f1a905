//! Which deployment file is this? Name first, content only when the name is ambiguous.

use serde::Serialize;

/// The kinds of file seaworthy knows. The kebab-case names are part of the JSON contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum FileKind {
    Dockerfile,
    Compose,
    Nginx,
    Env,
    Dockerignore,
    PythonDeps,
    NodeDeps,
    AppConfig,
    Entrypoint,
    Ci,
    Build,
    OtherConf,
    /// Shell scripts that are not entrypoints (`deploy.sh`, `scripts/*.sh`): read for the
    /// commands that run the stack.
    Script,
    /// READMEs and deployment docs: read only for the commands in their code blocks.
    Docs,
    /// Application source read for facts (entry modules, settings, Celery, routing): see [`is_app_source`].
    PythonSource,
}

impl FileKind {
    pub const ALL: [FileKind; 15] = [
        FileKind::Dockerfile,
        FileKind::Compose,
        FileKind::Nginx,
        FileKind::Env,
        FileKind::Dockerignore,
        FileKind::PythonDeps,
        FileKind::NodeDeps,
        FileKind::AppConfig,
        FileKind::Entrypoint,
        FileKind::Ci,
        FileKind::Build,
        FileKind::OtherConf,
        FileKind::Script,
        FileKind::Docs,
        FileKind::PythonSource,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            FileKind::Dockerfile => "dockerfile",
            FileKind::Compose => "compose",
            FileKind::Nginx => "nginx",
            FileKind::Env => "env",
            FileKind::Dockerignore => "dockerignore",
            FileKind::PythonDeps => "python-deps",
            FileKind::NodeDeps => "node-deps",
            FileKind::AppConfig => "app-config",
            FileKind::Entrypoint => "entrypoint",
            FileKind::Ci => "ci",
            FileKind::Build => "build",
            FileKind::OtherConf => "other-conf",
            FileKind::Script => "script",
            FileKind::Docs => "docs",
            FileKind::PythonSource => "python-source",
        }
    }

    pub fn parse(s: &str) -> Option<FileKind> {
        FileKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

impl std::fmt::Display for FileKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Which deployment a file belongs to. The base compose file and an unmarked Dockerfile serve
/// every environment (`Shared`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Environment {
    Dev,
    /// Test and CI stacks: never run in production, not a developer's daily stack either.
    Test,
    Prod,
    #[default]
    Shared,
}

impl Environment {
    pub const ALL: [Environment; 4] = [
        Environment::Dev,
        Environment::Test,
        Environment::Prod,
        Environment::Shared,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Environment::Dev => "dev",
            Environment::Test => "test",
            Environment::Prod => "prod",
            Environment::Shared => "shared",
        }
    }

    pub fn parse(s: &str) -> Option<Environment> {
        Environment::ALL
            .into_iter()
            .find(|e| e.as_str().eq_ignore_ascii_case(s.trim()))
    }

    /// Does a finding in a file of this environment apply to a deployment of `target`?
    pub fn applies_to(self, target: Environment) -> bool {
        self == Environment::Shared || target == Environment::Shared || self == target
    }

    /// Dev and test stacks: what production never runs.
    pub fn is_non_prod(self) -> bool {
        matches!(self, Environment::Dev | Environment::Test)
    }
}

/// An environment and the reason it was given, in words a reader can check
/// ("the folder `devenv/`", "the file name says `prod`").
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EnvironmentOf {
    pub environment: Environment,
    pub reason: String,
}

const DEV_WORDS: &[&str] = &[
    "dev",
    "develop",
    "development",
    "devenv",
    "devcontainer",
    "gitpod",
    "local",
    "override",
    "debug",
    "example",
    "examples",
    "sample",
    "samples",
    "demo",
    "sandbox",
    "playground",
    "tilt",
];
const TEST_WORDS: &[&str] = &[
    "test",
    "tests",
    "testing",
    "ci",
    "e2e",
    "integration",
    "cypress",
    "playwright",
    "selenium",
    // build tooling that makes packages, not images a deployment runs
    "packaging",
];
const PROD_WORDS: &[&str] = &[
    "prod",
    "production",
    "live",
    "release",
    "deploy",
    "deployment",
    "stage",
    "staging",
];

/// Environment from path words (`compose.prod.yml`, `deploy/`, `docker-compose.override.yml`,
/// `.devcontainer/`, `devenv/`, `.gitpod.yml`, `*.test.yml`).
pub fn environment_of(rel_path: &str) -> Environment {
    environment_with_reason(rel_path).environment
}

/// [`environment_of`] with the reason. The file name wins over its folders; a deeper folder wins
/// over a shallower one.
pub fn environment_with_reason(rel_path: &str) -> EnvironmentOf {
    // CI definitions serve every environment, whatever their workflow is called
    if rel_path.starts_with(".github/")
        || rel_path.contains("/.github/")
        || rel_path.ends_with(".gitlab-ci.yml")
    {
        return EnvironmentOf {
            environment: Environment::Shared,
            reason: "a CI definition".into(),
        };
    }
    let mut best: Option<(Environment, String)> = None;
    let comps: Vec<&str> = rel_path.split('/').collect();
    for (i, comp) in comps.iter().enumerate() {
        let is_name = i + 1 == comps.len();
        let mut found = None;
        for word in comp
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
        {
            let w = word.to_ascii_lowercase();
            // vendored third-party code is never what this repository deploys
            if !is_name && matches!(w.as_str(), "vendor" | "vendored" | "node_modules") {
                found = Some((Environment::Test, w));
                continue;
            }
            let env = if PROD_WORDS.contains(&w.as_str()) {
                Environment::Prod
            } else if TEST_WORDS.contains(&w.as_str()) {
                Environment::Test
            } else if DEV_WORDS.contains(&w.as_str()) {
                Environment::Dev
            } else {
                continue;
            };
            found = Some((env, w));
        }
        if let Some((env, w)) = found {
            let reason = if is_name && w == "override" {
                "a compose override file: `docker compose up` loads it on developer machines"
                    .to_string()
            } else if is_name {
                format!("the file name says `{w}`")
            } else {
                format!("it is under `{}/`", comps[..=i].join("/"))
            };
            best = Some((env, reason));
        }
    }
    match best {
        Some((environment, reason)) => EnvironmentOf {
            environment,
            reason,
        },
        None => EnvironmentOf {
            environment: Environment::Shared,
            reason: "no environment in its path: it serves every environment".into(),
        },
    }
}

fn lower(s: &str) -> String {
    s.to_ascii_lowercase()
}

/// Classify by path alone. `None` means "ask the content" (see [`classify`]) or "not ours".
fn classify_by_name(rel_path: &str) -> NameClass {
    let lp = lower(rel_path);
    let name = lp.rsplit('/').next().unwrap_or(&lp);
    let parent_dirs: Vec<&str> = lp.split('/').collect();
    let dirs = &parent_dirs[..parent_dirs.len().saturating_sub(1)];
    let in_dir = |d: &str| dirs.contains(&d);

    // CI
    if (in_dir(".github") && (in_dir("workflows") || name == "action.yml" || name == "action.yaml"))
        && (name.ends_with(".yml") || name.ends_with(".yaml"))
        || name == ".gitlab-ci.yml"
        || name == ".gitlab-ci.yaml"
        || name == "bitbucket-pipelines.yml"
        || name == "azure-pipelines.yml"
        || name == "jenkinsfile"
        || (in_dir(".circleci") && name == "config.yml")
        || name == ".drone.yml"
        || name == ".woodpecker.yml"
        || (in_dir(".woodpecker") && (name.ends_with(".yml") || name.ends_with(".yaml")))
    {
        return NameClass::Sure(FileKind::Ci);
    }
    // Dockerfiles
    if name == "dockerfile"
        || name == "containerfile"
        || name.starts_with("dockerfile.")
        || name.starts_with("dockerfile-")
        || name.starts_with("dockerfile_")
        || name.ends_with(".dockerfile")
        || name.ends_with(".containerfile")
    {
        if name.ends_with(".dockerignore") {
            return NameClass::Sure(FileKind::Dockerignore);
        }
        return NameClass::Sure(FileKind::Dockerfile);
    }
    if name == ".dockerignore" || name.ends_with(".dockerignore") || name == ".containerignore" {
        return NameClass::Sure(FileKind::Dockerignore);
    }
    // Compose: compose*.y(a)ml and docker-compose*.y(a)ml (and *.yml.example overrides)
    let yamlish = |n: &str| {
        n.ends_with(".yml")
            || n.ends_with(".yaml")
            || n.ends_with(".yml.example")
            || n.ends_with(".yaml.example")
            || n.ends_with(".yml.dist")
            || n.ends_with(".yaml.dist")
    };
    if yamlish(name)
        && (name.starts_with("docker-compose")
            || name.starts_with("compose.")
            || name.starts_with("compose-")
            || name.starts_with("compose_")
            || name.contains("-compose.")
            || name.contains("_compose."))
    {
        return NameClass::Sure(FileKind::Compose);
    }
    // env files
    if name == ".env"
        || name.starts_with(".env.")
        || name.ends_with(".env")
        || name == "env.example"
        || name == "env.sample"
        || name == "env.template"
        || in_dir(".envs")
    {
        // scripts and patches named after env files are not env files
        if [".py", ".sh", ".js", ".ts", ".orig", ".rej", ".swp", ".md"]
            .iter()
            .any(|x| name.ends_with(x))
        {
            return NameClass::No;
        }
        return NameClass::Sure(FileKind::Env);
    }
    // python / node dependency manifests
    if name == "pyproject.toml"
        || name == "pipfile"
        || (name.starts_with("requirements") && (name.ends_with(".txt") || name.ends_with(".in")))
        || (in_dir("requirements") && (name.ends_with(".txt") || name.ends_with(".in")))
        || name == ".python-version"
        || name == "uv.lock"
        || name == "poetry.lock"
    {
        return NameClass::Sure(FileKind::PythonDeps);
    }
    if name == "package.json" {
        return NameClass::Sure(FileKind::NodeDeps);
    }
    // application/runtime configuration
    if name == "alembic.ini"
        || name == "uwsgi.ini"
        || name == "supervisord.conf"
        || name.ends_with(".service") && !in_dir("nginx")
        || name.starts_with("gunicorn") && (name.ends_with(".py") || name.ends_with(".conf"))
        || name == "gunicorn_config.py"
        || name == "celery.py"
        || name == "celery_app.py"
        || name == "celeryconfig.py"
    {
        return NameClass::Sure(FileKind::AppConfig);
    }
    // build drivers
    if name == "makefile"
        || name == "justfile"
        || name == ".justfile"
        || name == "taskfile.yml"
        || name == "docker-bake.hcl"
        || name == "docker-bake.json"
    {
        return NameClass::Sure(FileKind::Build);
    }
    // entrypoints and start scripts
    let stem = name.split('.').next().unwrap_or(name);
    if (name.ends_with(".sh") || !name.contains('.'))
        && (stem.contains("entrypoint")
            || stem == "start"
            || stem == "startup"
            || stem == "run"
            || stem == "healthcheck"
            || stem == "gunicorn"
            || stem.starts_with("docker-entrypoint"))
    {
        return NameClass::Sure(FileKind::Entrypoint);
    }
    // other shell scripts, and the docs that say how the stack is run
    if name.ends_with(".sh") || name.ends_with(".bash") {
        return NameClass::Sure(FileKind::Script);
    }
    if (name.starts_with("readme") || name == "deploy.md" || name == "deployment.md")
        && (name.ends_with(".md") || name.ends_with(".rst") || !name.contains('.'))
        && dirs.len() <= 3
    {
        return NameClass::Sure(FileKind::Docs);
    }
    // nginx: by name when unmistakable, else by content
    let nginx_dir = dirs.iter().any(|d| {
        d.contains("nginx")
            || *d == "sites-available"
            || *d == "sites-enabled"
            || *d == "conf.d"
            || *d == "sites"
            || *d == "proxy"
            || *d == "openresty"
    });
    let conf_like = name.ends_with(".conf")
        || name.ends_with(".conf.template")
        || name.ends_with(".conf.example")
        || name.ends_with(".conf.j2")
        || name.ends_with(".conf.tmpl")
        || name.ends_with(".template.conf")
        || name.ends_with(".tmpl")
        || name.ends_with(".template");
    if name.starts_with("nginx") && conf_like {
        return NameClass::Sniff(SniffFor::Nginx, true);
    }
    // fragments included into a server: `*.inc`, `*.locations`, anything in a `snippets/`
    // folder that is not obviously another format
    let fragment_like = name.ends_with(".inc")
        || name.ends_with(".locations")
        || name.ends_with(".location")
        || name.ends_with(".nginx")
        || (in_dir("snippets")
            && (!name.contains('.')
                || conf_like
                || name.ends_with(".vhost")
                || name.ends_with(".j2")));
    if conf_like || fragment_like || (nginx_dir && !name.contains('.')) {
        return NameClass::Sniff(SniffFor::Nginx, false);
    }
    if in_dir("conf.d") {
        return NameClass::Sniff(SniffFor::Nginx, false);
    }
    if yamlish(name) {
        return NameClass::Sniff(SniffFor::Compose, false);
    }
    if name.ends_with(".json") && is_settings_data_file(rel_path) {
        return NameClass::Sure(FileKind::AppConfig);
    }
    if is_app_source(rel_path) {
        return NameClass::Sure(FileKind::PythonSource);
    }
    NameClass::No
}

/// Python files whose names say they hold application facts (app objects, settings, Celery, routes):
/// entry modules, settings and config modules, Celery modules, routing and API modules, and package
/// roots near the top. Tests, migrations, virtualenvs, vendored and documentation folders are skipped,
/// and so is anything deeper than six folders. The walker also caps their size.
pub fn is_app_source(rel_path: &str) -> bool {
    let lp = lower(rel_path);
    let Some(stem) = lp.strip_suffix(".py") else {
        return false;
    };
    let comps: Vec<&str> = stem.split('/').filter(|c| !c.is_empty()).collect();
    let Some((name, dirs)) = comps.split_last() else {
        return false;
    };
    if dirs.len() > 6 {
        return false;
    }
    const SKIP_DIRS: &[&str] = &[
        "tests",
        "test",
        "testing",
        "migrations",
        "versions",
        "site-packages",
        "dist-packages",
        "node_modules",
        "venv",
        "virtualenv",
        "__pycache__",
        "build",
        "dist",
        "docs",
        "doc",
        "vendor",
        "vendored",
        "third_party",
        "fixtures",
        "e2e",
        "benchmarks",
        "locale",
        "static",
        "htmlcov",
        "stubs",
    ];
    if dirs.iter().any(|d| {
        SKIP_DIRS.contains(d)
            || d.starts_with('.')
            || d.starts_with("test_")
            || d.ends_with("_tests")
            || d.ends_with(".egg-info")
    }) {
        return false;
    }
    if name.starts_with("test_")
        || name.ends_with("_test")
        || name.ends_with("_tests")
        || matches!(
            *name,
            "conftest" | "setup" | "noxfile" | "fabfile" | "conf" | "tests"
        )
    {
        return false;
    }
    const NAMES: &[&str] = &[
        "main",
        "app",
        "application",
        "asgi",
        "wsgi",
        "server",
        "manage",
        "run",
        "routing",
        "celery",
        "celery_app",
        "celeryconfig",
        "worker",
        "workers",
        "tasks",
        "config",
        "settings",
        "__main__",
        "api",
        "routes",
        "router",
        "routers",
        "views",
        "websocket",
        "websockets",
        "sockets",
        "ws",
        "consumers",
        "events",
        "sse",
        "factory",
        "create_app",
        "core",
        "urls",
    ];
    const PREFIXES: &[&str] = &[
        "settings",
        "config",
        "celery",
        "run_",
        "runserver",
        "server_",
        "wsgi_",
        "asgi_",
        "gunicorn",
        "uvicorn",
        "hypercorn",
    ];
    const DIRS: &[&str] = &[
        "settings",
        "config",
        "conf",
        "api",
        "routers",
        "routes",
        "endpoints",
        "websockets",
        "sockets",
        "ws",
        "realtime",
        "tasks",
    ];
    NAMES.contains(name)
        || PREFIXES.iter().any(|p| name.starts_with(p))
        || dirs.last().is_some_and(|d| DIRS.contains(d))
        // package roots near the top (`app/__init__.py` often builds the Flask app)
        || *name == "__init__" && dirs.len() <= 3
}

enum NameClass {
    Sure(FileKind),
    /// Read the content; the bool says the name strongly suggests the kind (templates still count).
    Sniff(SniffFor, bool),
    No,
}

enum SniffFor {
    Nginx,
    Compose,
}

/// Does the file name alone make it worth reading? (Cheap pre-filter for the walker.)
pub fn is_candidate(rel_path: &str) -> bool {
    !matches!(classify_by_name(rel_path), NameClass::No)
}

/// Classify a file from its relative path (with `/`) and, when the name is ambiguous, its content.
/// `content` may be `None` when the file could not be read; ambiguous files are then not classified.
pub fn classify(rel_path: &str, content: Option<&str>) -> Option<FileKind> {
    match classify_by_name(rel_path) {
        NameClass::Sure(k) => Some(k),
        NameClass::No => None,
        NameClass::Sniff(SniffFor::Nginx, strong) => {
            let text = content?;
            if looks_like_nginx(text) || (strong && !ini_like(text)) {
                Some(FileKind::Nginx)
            } else if rel_path.to_ascii_lowercase().contains("conf.d/")
                || (rel_path.ends_with(".conf") && looks_like_other_conf(text))
            {
                Some(FileKind::OtherConf)
            } else {
                None
            }
        }
        NameClass::Sniff(SniffFor::Compose, _) => {
            let text = content?;
            if looks_like_compose(text) {
                Some(FileKind::Compose)
            } else if is_settings_data_file(rel_path) {
                Some(FileKind::AppConfig)
            } else {
                None
            }
        }
    }
}

/// A settings data file an application reads at start, by name: `config.yaml`, `settings.yml`,
/// `application.yml` (Spring), `appsettings.json`, `config.json` and their environment variants
/// (`config.prod.yaml`, `application-production.yml`), and the environment files of a `config/`
/// folder (`config/default.json`, `config/production.yaml`, as the Node `config` package reads
/// them). Files in hidden folders (editor and tool settings) and vendored trees are not.
pub fn is_settings_data_file(rel_path: &str) -> bool {
    let lp = lower(rel_path);
    let comps: Vec<&str> = lp.split('/').collect();
    let Some((name, dirs)) = comps.split_last() else {
        return false;
    };
    if dirs.iter().any(|d| {
        d.starts_with('.') || matches!(*d, "node_modules" | "vendor" | "site-packages" | "venv")
    }) {
        return false;
    }
    let Some(stem) = [".yaml", ".yml", ".json"]
        .iter()
        .find_map(|x| name.strip_suffix(x))
    else {
        return false;
    };
    let base = stem.split(['.', '-', '_']).next().unwrap_or(stem);
    let named = matches!(base, "config" | "settings" | "application" | "appsettings")
        && (base.len() == stem.len()
            || stem[base.len() + 1..].split(['.', '-', '_']).all(|w| {
                matches!(
                    w,
                    "prod"
                        | "production"
                        | "staging"
                        | "stage"
                        | "live"
                        | "default"
                        | "app"
                        | "local"
                        | "dev"
                        | "development"
                        | "docker"
                        | "example"
                        | "sample"
                )
            }));
    let in_config_dir = dirs.last().is_some_and(|d| *d == "config")
        && matches!(
            stem,
            "default" | "production" | "prod" | "staging" | "custom-environment-variables"
        );
    named || in_config_dir
}

/// A compose file has a top-level `services:` key (or is an `include:`-only file).
pub fn looks_like_compose(text: &str) -> bool {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    text.split(['\n', '\r']).any(|l| {
        let l = l.trim_end();
        l == "services:" || l.starts_with("services:") && l[9..].trim_start().starts_with('{')
    }) && !text
        .split(['\n', '\r'])
        .any(|l| l.starts_with("jobs:") || l.starts_with("on:"))
}

/// nginx configuration reads as `directive args;` and `name { ... }` with nginx's vocabulary.
pub fn looks_like_nginx(text: &str) -> bool {
    const STRONG: &[&str] = &[
        "server {",
        "server{",
        "location ",
        "proxy_pass ",
        "upstream ",
        "listen ",
        "server_name ",
        "client_max_body_size",
        "fastcgi_pass",
        "root ",
        "http {",
        "events {",
        "worker_processes",
        "add_header ",
        "proxy_set_header",
        "uwsgi_pass",
        "try_files",
        "gzip ",
        "error_page",
        "ssl_certificate",
        "include ",
        "sendfile ",
        "return 301",
        "location~",
        "map $",
    ];
    // small fragments (`client_max_body_size 10G;`, an include file with a few directives): every
    // meaningful line is `directive ...;` or a brace, and at least one directive is nginx's own
    const DIRECTIVES: &[&str] = &[
        "client_max_body_size",
        "proxy_read_timeout",
        "proxy_connect_timeout",
        "proxy_send_timeout",
        "proxy_buffering",
        "proxy_buffer_size",
        "proxy_buffers",
        "proxy_set_header",
        "proxy_pass",
        "add_header",
        "gzip",
        "gzip_types",
        "server_tokens",
        "keepalive_timeout",
        "client_body_timeout",
        "send_timeout",
        "limit_req_zone",
        "limit_req",
        "fastcgi_read_timeout",
        "fastcgi_param",
        "ssl_protocols",
        "ssl_ciphers",
        "resolver",
        "set_real_ip_from",
        "real_ip_header",
        "large_client_header_buffers",
        "client_body_buffer_size",
        "underscores_in_headers",
        "access_log",
        "error_log",
    ];
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let meaningful: Vec<&str> = text
        .split(['\n', '\r'])
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .take(50)
        .collect();
    if !meaningful.is_empty()
        && meaningful.len() <= 20
        && meaningful
            .iter()
            .all(|l| l.ends_with(';') || l.ends_with('{') || *l == "}")
        && meaningful.iter().any(|l| {
            DIRECTIVES
                .iter()
                .any(|d| l.split_whitespace().next() == Some(d))
        })
    {
        return true;
    }
    // the cheap scan of the first lines before the full parse (a 4 MB config is parsed once,
    // by the model, not twice)
    let mut score = 0;
    for line in text.split(['\n', '\r']).take(800) {
        let t = line.trim_start();
        if t.starts_with('#') {
            continue;
        }
        if STRONG.iter().any(|s| t.starts_with(s))
            && (t.ends_with(';') || t.ends_with('{') || t.contains(';'))
        {
            score += 1;
            if score >= 2 {
                return true;
            }
        }
    }
    reads_as_nginx_directives(text)
}

/// Directive names nginx and its common modules define (for telling a fragment of `location`
/// blocks or server-level directives from other `name value;` formats).
const VOCABULARY: &[&str] = &[
    "absolute_redirect",
    "access_log",
    "add_header",
    "add_header_inherit",
    "add_trailer",
    "aio",
    "alias",
    "allow",
    "auth_basic",
    "auth_basic_user_file",
    "auth_request",
    "auth_request_set",
    "autoindex",
    "brotli",
    "brotli_types",
    "charset",
    "chunked_transfer_encoding",
    "client_body_buffer_size",
    "client_body_timeout",
    "client_max_body_size",
    "default_type",
    "deny",
    "directio",
    "error_log",
    "error_page",
    "etag",
    "expires",
    "fastcgi_buffer_size",
    "fastcgi_buffers",
    "fastcgi_buffering",
    "fastcgi_cache",
    "fastcgi_cache_valid",
    "fastcgi_hide_header",
    "fastcgi_index",
    "fastcgi_intercept_errors",
    "fastcgi_param",
    "fastcgi_pass",
    "fastcgi_read_timeout",
    "fastcgi_split_path_info",
    "grpc_pass",
    "grpc_set_header",
    "gzip",
    "gzip_comp_level",
    "gzip_min_length",
    "gzip_proxied",
    "gzip_static",
    "gzip_types",
    "gzip_vary",
    "if",
    "if_modified_since",
    "include",
    "index",
    "internal",
    "keepalive_timeout",
    "large_client_header_buffers",
    "limit_conn",
    "limit_except",
    "limit_rate",
    "limit_req",
    "limit_req_status",
    "listen",
    "location",
    "log_not_found",
    "more_clear_headers",
    "more_set_headers",
    "open_file_cache",
    "open_file_cache_errors",
    "open_file_cache_min_uses",
    "open_file_cache_valid",
    "proxy_buffer_size",
    "proxy_buffering",
    "proxy_buffers",
    "proxy_busy_buffers_size",
    "proxy_cache",
    "proxy_cache_bypass",
    "proxy_cache_key",
    "proxy_cache_lock",
    "proxy_cache_use_stale",
    "proxy_cache_valid",
    "proxy_connect_timeout",
    "proxy_cookie_path",
    "proxy_hide_header",
    "proxy_http_version",
    "proxy_ignore_headers",
    "proxy_intercept_errors",
    "proxy_max_temp_file_size",
    "proxy_next_upstream",
    "proxy_pass",
    "proxy_pass_header",
    "proxy_pass_request_body",
    "proxy_pass_request_headers",
    "proxy_read_timeout",
    "proxy_redirect",
    "proxy_request_buffering",
    "proxy_send_timeout",
    "proxy_set_body",
    "proxy_set_header",
    "proxy_ssl_server_name",
    "proxy_ssl_verify",
    "real_ip_header",
    "real_ip_recursive",
    "resolver",
    "resolver_timeout",
    "return",
    "rewrite",
    "root",
    "satisfy",
    "scgi_pass",
    "send_timeout",
    "sendfile",
    "server_name",
    "server_tokens",
    "set",
    "set_real_ip_from",
    "ssi",
    "ssl_certificate",
    "ssl_certificate_key",
    "ssl_ciphers",
    "ssl_dhparam",
    "ssl_prefer_server_ciphers",
    "ssl_protocols",
    "ssl_session_cache",
    "ssl_session_tickets",
    "ssl_session_timeout",
    "ssl_stapling",
    "ssl_stapling_verify",
    "ssl_trusted_certificate",
    "stub_status",
    "sub_filter",
    "sub_filter_once",
    "sub_filter_types",
    "tcp_nodelay",
    "tcp_nopush",
    "try_files",
    "types",
    "underscores_in_headers",
    "uwsgi_param",
    "uwsgi_pass",
    "uwsgi_read_timeout",
    "valid_referers",
    "http2",
];

/// The text parses as nginx directives without errors, every name is nginx's own, and at least
/// one is a block or a directive no other format uses (`location`, `proxy_pass`, ...).
fn reads_as_nginx_directives(text: &str) -> bool {
    let c = crate::nginx::parse(text);
    if !c.errors.is_empty() || c.directives.is_empty() {
        return false;
    }
    let mut all_known = true;
    let mut distinctive = false;
    let mut n = 0usize;
    c.walk(&mut |d, parents| {
        n += 1;
        // inside `types {}` and `map {}` blocks the names are data
        if parents.iter().any(|p| p.name == "types" || p.name == "map") {
            return;
        }
        if !VOCABULARY.contains(&d.name.as_str()) {
            all_known = false;
        }
        if matches!(
            d.name.as_str(),
            "location"
                | "proxy_pass"
                | "fastcgi_pass"
                | "uwsgi_pass"
                | "try_files"
                | "add_header"
                | "proxy_set_header"
                | "server_name"
                | "listen"
        ) {
            distinctive = true;
        }
    });
    all_known && distinctive && n > 0
}

fn ini_like(text: &str) -> bool {
    // ini sections, supervisord, dovecot `key = value`, perl/lua...
    text.lines().take(200).any(|l| {
        let t = l.trim_start();
        (t.starts_with('[') && t.trim_end().ends_with(']'))
            || t.starts_with("use ")
            || t.starts_with("$")
            || t.starts_with("--")
            || t.starts_with("plugin")
    })
}

fn looks_like_other_conf(text: &str) -> bool {
    ini_like(text) || !looks_like_nginx(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_data_files() {
        let y = Some("app:\n  secret_key: x\n");
        for p in [
            "config.yaml",
            "app/config/settings.yml",
            "src/main/resources/application-prod.yml",
            "config.prod.yaml",
        ] {
            assert_eq!(classify(p, y), Some(FileKind::AppConfig), "{p}");
        }
        for p in [
            "config.json",
            "config/production.json",
            "appsettings.Production.json",
        ] {
            assert_eq!(classify(p, None), Some(FileKind::AppConfig), "{p}");
        }
        // a compose file named config.yml is compose; other names are not ours
        assert_eq!(
            classify("config.yml", Some("services:\n  a:\n    image: x\n")),
            Some(FileKind::Compose)
        );
        for p in [
            ".vscode/settings.json",
            "tsconfig.json",
            "package-lock.json",
            "config/routes.yaml",
            "node_modules/x/config.json",
            "configuration-mapping.json",
        ] {
            assert_eq!(classify(p, Some("{}")), None, "{p}");
        }
    }

    #[test]
    fn names() {
        assert_eq!(classify("Dockerfile", None), Some(FileKind::Dockerfile));
        assert_eq!(
            classify("docker/python3.11.dockerfile", None),
            Some(FileKind::Dockerfile)
        );
        assert_eq!(
            classify("a/Dockerfile-debian.template", None),
            Some(FileKind::Dockerfile)
        );
        assert_eq!(
            classify("docker-compose.override.yml", None),
            Some(FileKind::Compose)
        );
        assert_eq!(classify("compose.yaml", None), Some(FileKind::Compose));
        assert_eq!(classify(".env.example", None), Some(FileKind::Env));
        assert_eq!(classify("nginx/defaults.env", None), Some(FileKind::Env));
        assert_eq!(
            classify(".github/workflows/ci.yml", None),
            Some(FileKind::Ci)
        );
        assert_eq!(
            classify("requirements/base.txt", None),
            Some(FileKind::PythonDeps)
        );
        assert_eq!(classify("README.md", None), Some(FileKind::Docs));
        assert_eq!(classify("docs/guide/intro.md", None), None);
        assert_eq!(classify("scripts/deploy.sh", None), Some(FileKind::Script));
    }

    #[test]
    fn application_sources() {
        for yes in [
            "src/main.py",
            "app/main.py",
            "backend/app/core/config.py",
            "config/settings/production.py",
            "mysite/settings.py",
            "mysite/asgi.py",
            "chat/routing.py",
            "app/api/routes/items.py",
            "app/__init__.py",
            "run.py",
            "manage.py",
            "proj/tasks.py",
            "src/paperless/settings/base.py",
        ] {
            assert_eq!(classify(yes, None), Some(FileKind::PythonSource), "{yes}");
        }
        for no in [
            "app/models.py",
            "tests/test_main.py",
            "app/tests/main.py",
            "app/migrations/0001_initial.py",
            "alembic/versions/abc_settings.py",
            ".venv/lib/python3.12/site-packages/app.py",
            "docs/conf.py",
            "setup.py",
            "conftest.py",
            "a/b/c/d/e/f/g/main.py",
            "pkg/sub/deeper/deepest/__init__.py",
            "main.pyc",
        ] {
            assert_ne!(classify(no, None), Some(FileKind::PythonSource), "{no}");
        }
        // existing kinds keep their names
        assert_eq!(classify("proj/celery.py", None), Some(FileKind::AppConfig));
        assert_eq!(
            classify("gunicorn.conf.py", None),
            Some(FileKind::AppConfig)
        );
    }

    #[test]
    fn sniffing() {
        let nginx = "server {\n  listen 80;\n  location / { proxy_pass http://app:8000; }\n}\n";
        assert_eq!(classify("proxy/conf", Some(nginx)), Some(FileKind::Nginx));
        assert_eq!(classify("site.conf", Some(nginx)), Some(FileKind::Nginx));
        assert_eq!(
            classify("x/conf.d/fts.conf", Some("plugin {\n fts = solr\n}\n")),
            Some(FileKind::OtherConf)
        );
        assert_eq!(
            classify("traefik.yml", Some("services:\n  a:\n    image: x\n")),
            Some(FileKind::Compose)
        );
        assert_eq!(classify("mkdocs.yml", Some("site_name: x\n")), None);
        // fragments of locations, whatever the extension nginx is told to include
        let locations = "location = /health { access_log off; return 200 \"ok\"; }\n";
        for p in [
            "nginx/app.locations",
            "deploy/proxy.inc",
            "conf/snippets/health",
            "site/health.conf",
            "templates/health.conf.template",
        ] {
            assert_eq!(classify(p, Some(locations)), Some(FileKind::Nginx), "{p}");
        }
        // other formats that share the names stay out
        assert_eq!(
            classify("lib/config.inc", Some("<?php\n$db = 'x';\n")),
            None
        );
        assert_eq!(
            classify("snippets/readme.md", Some("server {\n listen 80;\n}\n")),
            Some(FileKind::Docs)
        );
        assert_eq!(
            classify(
                "x/supervisor.conf",
                Some("[program:web]\ncommand = gunicorn\n")
            ),
            Some(FileKind::OtherConf)
        );
        assert_eq!(
            classify("x/app.inc", Some("set x 1;\nfoo bar;\nlocation / {}\n")),
            None
        );
        // a byte order mark or classic Mac line ends do not hide what a file is
        assert_eq!(
            classify(
                "traefik.yml",
                Some("\u{feff}services:\r  a:\r    image: x\r")
            ),
            Some(FileKind::Compose)
        );
        assert_eq!(
            classify(
                "site.conf",
                Some(
                    "\u{feff}server {\r  listen 80;\r  location / { proxy_pass http://app; }\r}\r"
                )
            ),
            Some(FileKind::Nginx)
        );
    }

    #[test]
    fn environments() {
        assert_eq!(environment_of("docker-compose.yml"), Environment::Shared);
        assert_eq!(environment_of("compose.prod.yml"), Environment::Prod);
        assert_eq!(
            environment_of("docker-compose.override.yml"),
            Environment::Dev
        );
        assert_eq!(environment_of(".devcontainer/Dockerfile"), Environment::Dev);
        assert_eq!(environment_of("deploy/nginx/site.conf"), Environment::Prod);
        assert_eq!(
            environment_of("compose/production/django/Dockerfile"),
            Environment::Prod
        );
        assert_eq!(
            environment_of("compose/local/django/Dockerfile"),
            Environment::Dev
        );
        assert_eq!(environment_of("Dockerfile"), Environment::Shared);
        assert_eq!(
            environment_of("devenv/docker-compose.yml"),
            Environment::Dev
        );
        assert_eq!(
            environment_of(".gitpod/docker-compose.yml"),
            Environment::Dev
        );
        assert_eq!(environment_of("docker-compose.test.yml"), Environment::Test);
        assert_eq!(environment_of("ci/compose.yml"), Environment::Test);
        let r = environment_with_reason("devenv/docker-compose.yml");
        assert_eq!(r.reason, "it is under `devenv/`");
        let r = environment_with_reason("compose.prod.yml");
        assert_eq!(r.reason, "the file name says `prod`");
        assert_eq!(
            environment_of(".github/workflows/test.yml"),
            Environment::Shared
        );
        assert_eq!(
            environment_of("app/.github/workflows/release.yml"),
            Environment::Shared
        );
    }
}
