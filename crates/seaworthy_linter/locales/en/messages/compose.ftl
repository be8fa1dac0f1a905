# Messages of the compose rules: what a rule says about one instance (see src/message.rs).
# Ids start with the rule name; variables are the fields of the rule's message structs.

## admin-ui-exposed
admin-ui-exposed = { $name } `{ $service }` is published on port { $published } of every interface without authentication
admin-ui-exposed-help-no-login = { $name } has no login: publish it on `127.0.0.1` only (reach it through an SSH tunnel) or put it behind an authenticating proxy
admin-ui-exposed-help = turn on its authentication (`{ $setting }`) and publish it on `127.0.0.1` only, or drop `ports:` and reach it through an authenticating proxy
admin-ui-exposed-rabbitmq = RabbitMQ management UI of `{ $service }` is published on port { $published } of every interface with the default `guest` account (no `RABBITMQ_DEFAULT_USER`/`RABBITMQ_DEFAULT_PASS`)
admin-ui-exposed-rabbitmq-help = set `RABBITMQ_DEFAULT_USER` and `RABBITMQ_DEFAULT_PASS` from secrets and publish 15672 on `127.0.0.1` only
admin-ui-exposed-traefik = Traefik dashboard of `{ $service }` runs with `--api.insecure` and is published on port { $published } of every interface: anyone can read the routing table
admin-ui-exposed-traefik-help = drop `--api.insecure` and serve the dashboard through a router with an auth middleware (`api@internal`)
admin-ui-exposed-login = { $name } `{ $service }` is published on port { $published } of every interface: its login form is the only barrier in front of the databases
admin-ui-exposed-login-help = publish it on `127.0.0.1` only and reach it through an SSH tunnel or VPN, or leave it out of the production deployment
admin-ui-exposed-related = the command that starts it
admin-ui-exposed-strength-auth = { $ui ->
    [rabbitmq] RabbitMQ management
    [traefik] Traefik dashboard
   *[other] { $name }
} `{ $service }` requires authentication ({ $auth })
admin-ui-exposed-strength-unpublished = { $ui ->
    [rabbitmq] RabbitMQ management
    [traefik] Traefik dashboard
   *[other] { $name }
} `{ $service }` is not published on the host
admin-ui-exposed-strength-loopback = { $ui ->
    [rabbitmq] RabbitMQ management
    [traefik] Traefik dashboard
   *[other] { $name }
} `{ $service }` is published on loopback only

## build-context-missing
build-context-missing = `{ $service }` builds from `{ $context }`, which does not exist
build-context-missing-help = fix `build.context`, or add the directory
build-context-missing-dockerfile = `{ $service }` builds `{ $path }`, which does not exist: nothing builds
build-context-missing-dockerfile-help = { $dockerignore ->
    [true] add the Dockerfile, or point `build.dockerfile` at the right one
   *[false] add the Dockerfile, or point `build.dockerfile` at the right one; add a `.dockerignore` beside it too (`.git`, `.env*`, virtualenvs, caches), or the whole directory is sent to the build
}

## config-mount-writable
config-mount-writable = `{ $service }` mounts `{ $target }` writable: the container can change the host's configuration
config-mount-writable-many = `{ $service }` and { $others } other services mount `{ $target }` writable: the container can change the host's configuration
config-mount-writable-help = append `:ro` (`./conf/app.conf:/etc/app/app.conf:ro`) or set `read_only: true` in the long syntax
config-mount-writable-strength = configuration mounts of `{ $service }` are read-only

## container-name-with-replicas
container-name-with-replicas = `{ $service }` sets `container_name` but asks for { $replicas } replicas: only one can exist
container-name-with-replicas-help = remove `container_name`; compose names replicas `<project>-<service>-<n>`

## depends-on-unknown-service
depends-on-unknown-service = `{ $service }` depends on `{ $dependency }`, which this compose project does not define
depends-on-unknown-service-help = fix the name, or define the service

## depends-on-not-healthy
depends-on-not-healthy = `{ $service }` waits only for `{ $dependency }` to start (`condition: service_started`), not for it to be ready
depends-on-not-healthy-short = `{ $service }` waits only for `{ $dependency }` to start (the short `depends_on` form), not for it to be ready
depends-on-not-healthy-help = use `depends_on: {"{"}{ $dependency }: {"{"}condition: service_healthy{"}"}{"}"}`
depends-on-not-healthy-help-healthcheck = use `depends_on: {"{"}{ $dependency }: {"{"}condition: service_healthy{"}"}{"}"}` and give `{ $dependency }` a healthcheck
depends-on-not-healthy-strength = `{ $service }` waits for `{ $dependency }` to be healthy

## dev-mode-in-shared
dev-mode-in-shared = `{ $service }` runs in development mode (`{ $word }`) in a deployment production uses
dev-mode-in-shared-help = move the dev command to `docker-compose.override.yml` (or `compose.dev.yml`) and run the production command here
dev-mode-in-shared-env = `{ $key }={ $value }` for `{ $service }` in a deployment production uses
dev-mode-in-shared-env-help = set the production value here and the dev value in the dev override / `.env` of the dev machine
dev-mode-in-shared-stage = `{ $service }` builds the `{ $stage }` stage in a deployment production uses
dev-mode-in-shared-stage-help = build the production stage here (`target: production`) and the dev stage in the dev override

## docker-socket-mounted
docker-socket-mounted = `{ $service }` mounts the Docker socket: full control of the host
docker-socket-mounted-help = avoid it, or mount it only into a filtering proxy (tecnativa/docker-socket-proxy) that allows the calls the service needs

## duplicate-host-port
duplicate-host-port = host port { $port } is also published by `{ $other }`
duplicate-host-port-help = give each service its own host port, or publish only the one that must be reachable
duplicate-host-port-related = `{ $other }` publishes it here

## env-file-missing
env-file-missing = `{ $service }` reads `{ $path }`, which is not in the repository
env-file-missing-help = add the file (with placeholders, if it holds secrets: commit a `.example` next to it), or fix the path
env-file-missing-help-template = expected on a fresh checkout: copy `{ $template }` to `{ $path }` before `docker compose up` (say so in the README)

## hardcoded-credential
hardcoded-credential = `{ $key }` of `{ $service }` is written in the compose file (`{ $masked }`)
hardcoded-credential-default = `{ $key }` of `{ $service }` falls back to a default password (`{ $masked }`) when `.env` lacks it
hardcoded-credential-help = use compose `secrets:` (`*_FILE` variables) or a required variable `${"{"}VAR:?set VAR in .env{"}"}`; rotate the exposed value

## healthcheck-ineffective
healthcheck-ineffective = the healthcheck of `{ $service }` checks nothing: { $reason ->
    [version] it only prints the program's version
    [process] it only checks that a process exists, not that it works
    [always] it always succeeds
   *[curl] `curl` without `-f` succeeds on error pages (HTTP 500 included)
}
healthcheck-ineffective-help = probe what the service does: an HTTP health endpoint with `curl -f`/`wget --spider`, `pg_isready`, `redis-cli ping`, a worker's own ping command

## healthcheck-missing
healthcheck-missing = service `{ $service }` has no healthcheck
healthcheck-missing-dependents = service `{ $service }` has no healthcheck, but { $dependents } { $count ->
    [one] depends
   *[other] depend
} on it
healthcheck-missing-help = add a `healthcheck:` that probes the service itself (an HTTP endpoint, `pg_isready`, `redis-cli ping`), then depend on it with `condition: service_healthy`
healthcheck-missing-strength = service `{ $service }` has a healthcheck

## compose-image-eol
compose-image-eol = `{ $service }` runs `{ $image }`: { $what }, end of life since { $eol }
compose-image-eol-from = `{ $service }` runs `{ $image }` (from `{ $raw }`): { $what }, end of life since { $eol }
compose-image-eol-help = move to a supported version (lifecycle table of { $updated }); end-of-life images get no security fixes

## compose-image-floating-tag
compose-image-floating-tag = `{ $service }` pulls `{ $image }`: the `{ $tag }` tag names no version and moves to every new release, major versions included
compose-image-floating-tag-default = `{ $service }` pulls `{ $image }` (the default of `{ $raw }`): the `{ $tag }` tag names no version and moves to every new release, major versions included
compose-image-floating-tag-help = pin a version in the tag (`{ $name }:<version>-{ $tag }`), or a digest
compose-image-floating-tag-strength = `{ $service }` pins its image by digest

## compose-image-unpinned
compose-image-unpinned = `{ $service }` uses `{ $image }` without a version
compose-image-unpinned-help = pin a tag (`{ $name }:<version>`) or a digest

## internal-port-published
internal-port-published = { $name } port { $port } of `{ $service }` is published on every interface
internal-port-published-help = drop the `ports:` entry (services reach it by name on the compose network), or bind it to loopback: `127.0.0.1:<port>:<port>`

## network-mode-host
network-mode-host = `{ $service }` uses the host's network stack
network-mode-host-help = use a compose network and publish only the ports it must expose

## no-environment-overrides
no-environment-overrides = this stack serves production traffic from a single compose file: development and production settings cannot differ
no-environment-overrides-help = keep what is shared in `compose.yaml`, development conveniences in `compose.override.yaml` (loaded by default), and production settings in `compose.prod.yaml` (`docker compose -f compose.yaml -f compose.prod.yaml up -d`)
no-environment-overrides-strength = environments are separated: `{ $file }` with { $overrides }

## nonstandard-host-port
nonstandard-host-port = { $name } of `{ $service }` is published on host port { $host } instead of { $target }
nonstandard-host-port-help = use the standard port, or say why in a comment (another local instance already uses it)

## port-bypasses-proxy
port-bypasses-proxy = `{ $service }` sits behind nginx but also publishes port { $published } on every interface: clients can skip nginx (TLS, headers, rate limits)
port-bypasses-proxy-location = `{ $service }` sits behind nginx `{ $location }` but also publishes port { $published } on every interface: clients can skip nginx (TLS, headers, rate limits)
port-bypasses-proxy-host = nginx reaches `{ $service }` through 127.0.0.1:{ $published }, but compose publishes port { $published } on every interface: clients can skip nginx (TLS, headers, rate limits)
port-bypasses-proxy-host-location = nginx reaches `{ $service }` through 127.0.0.1:{ $published } `{ $location }`, but compose publishes port { $published } on every interface: clients can skip nginx (TLS, headers, rate limits)
port-bypasses-proxy-help = drop `ports:` (nginx reaches `{ $service }` on the compose network) or bind it to `127.0.0.1:{ $published }:{ $target }` for local debugging
port-bypasses-proxy-host-help = publish it on loopback only: `127.0.0.1:{ $published }:{ $target }`
port-bypasses-proxy-related = nginx proxies here
port-bypasses-proxy-related-location = nginx proxies `{ $location }` here
port-bypasses-proxy-strength = `{ $service }` publishes no port of its own: it is reachable only through nginx ({ $config })

## privileged-container
privileged-container = `{ $service }` runs privileged: root on the host if it is compromised
privileged-container-help = remove `privileged` and add only the capabilities or devices it needs (`cap_add`, `devices`)

## resource-limits-missing
resource-limits-missing = service `{ $service }` has no memory or CPU limit
resource-limits-missing-help = add `deploy: {"{"}resources: {"{"}limits: {"{"}memory: 512M, cpus: "1.0"{"}"}{"}"}{"}"}` sized from what the service really uses
resource-limits-missing-strength = service `{ $service }` has resource limits

## restart-policy-missing
restart-policy-missing = service `{ $service }` has no restart policy: after a crash or reboot it stays down
restart-policy-missing-help = add `restart: unless-stopped` (or `always`)

## root-image-unprivileged-variant
root-image-unprivileged-variant = `{ $service }` runs `{ $image }` as root; `{ $variant }` is the unprivileged equivalent
root-image-unprivileged-variant-help = use `{ $variant }` with the same tag (it listens on 8080 instead of 80)
root-image-unprivileged-variant-strength = `{ $service }` runs an unprivileged image

## compose-schema-violation
compose-schema-violation = { $problem }
compose-schema-violation-help = fix the value to what the compose specification allows (`docker compose config` shows how compose reads the file)
compose-schema-violation-null = { $problem } (compose reads the empty key as unset)
compose-schema-violation-null-help = remove the empty key or give it a value: strict validators and other tools reject it

## single-network
single-network = all { $count } services share the default network: the edge can reach the database directly
single-network-help = define an `edge` network for the proxy and app and an `internal: true` `data` network for databases and workers
single-network-strength = services are placed on explicit networks

## stateful-data-not-persisted
stateful-data-not-persisted = { $name } service `{ $service }` keeps its data inside the container: recreating it loses the data
stateful-data-not-persisted-help = mount a named volume on `{ $path }`
stateful-data-not-persisted-bind = { $name } data of `{ $service }` lives on a bind mount of the project directory
stateful-data-not-persisted-bind-help = use a named volume (`{ $service }data:{ $target }`) and back it up explicitly
stateful-data-not-persisted-strength = { $name } data of `{ $service }` is on a named volume

## stop-grace-period-missing
stop-grace-period-missing = worker `{ $service }` is killed 10 s after SIGTERM: running jobs are cut off
stop-grace-period-missing-help = set `stop_grace_period:` to the longest job you let finish (e.g. `120s`), and use late acknowledgement (Celery `acks_late`)

## undeclared-named-resource
undeclared-named-resource = `{ $service }` uses { $kind ->
    [volume] volume
    [network] network
   *[secret] secret
} `{ $name }`, which no file of this compose project declares: `docker compose up` refuses to start
undeclared-named-resource-help = declare `{ $name }` under the top-level `{ $section }:` key (with `external: true` if it is created outside compose)
undeclared-named-resource-help-template = declare `{ $name }` under the top-level `{ $section }:` key; `{ $template }` may hold it: copy it to the file compose reads

## compose-undefined-variable
compose-undefined-variable = `${ $name }` is not defined in `.env` and has no default: compose substitutes an empty string
compose-undefined-variable-help = define `{ $name }` in `.env`, or give a default: `${"{"}{ $name }:-value{"}"}` (or `${"{"}{ $name }:?explain{"}"}` to fail loudly)
compose-undefined-variable-required = `{ $name }` is required (`${"{"}{ $name }:?...{"}"}`) and no env file or CI job here sets it: `docker compose up` stops until the deploy environment provides it
compose-undefined-variable-required-help = document `{ $name }` in `.env.example` (and where production sets it), or give it a default if one is safe
compose-undefined-variable-syntax = { $problem }
compose-undefined-variable-syntax-help = fix the syntax (`${"{"}VAR{"}"}`, `${"{"}VAR:-default{"}"}`, `${"{"}VAR:?error{"}"}`), or write `$$` for a literal `$`

## compose-version-obsolete
compose-version-obsolete = `version: { $version }` is obsolete: compose ignores it
compose-version-obsolete-autofix = remove the `version:` entry
compose-version-obsolete-help = delete the line
