# Messages of the project rules: what a rule says about one instance (see src/message.rs).
# Ids start with the rule name; variables are the fields of the rule's message structs.

## body-size-vs-app-limit
body-size-vs-app-limit = nginx accepts request bodies up to { $nginx_unit ->
    [unlimited] unlimited
   *[other] { $nginx } { $nginx_unit }
} ({ $default ->
    [true] the default 1m
   *[false] `{ $written }`
}) on `location { $location }` to `{ $service }`, but the app allows uploads up to { $app } { $app_unit } (`{ $setting }`): larger uploads fail with nginx's 413
body-size-vs-app-limit-help = set `client_max_body_size { $mb }m;` on the location that receives uploads
body-size-vs-app-limit-far = nginx accepts request bodies up to { $nginx_unit ->
    [unlimited] unlimited
   *[other] { $nginx } { $nginx_unit }
} for `{ $service }`, whose app rejects anything above { $app } { $app_unit } (`{ $setting }`): advice: let nginx reject them early with the app's limit
body-size-vs-app-limit-far-help = lower it to `client_max_body_size { $mb }m;`
body-size-vs-app-limit-related-app = the app's limit: { $app } { $app_unit }
body-size-vs-app-limit-related-service = the `{ $service }` service
body-size-vs-app-limit-strength = nginx's body-size limit matches `{ $service }`'s own upload limit ({ $app } { $app_unit })

## builder-packages-not-copied
builder-packages-not-copied = copies `{ $src }` from `{ $stage }`, but `{ $stage }` puts its packages in `{ $path }` ({ $how ->
    [user] `pip install --user`
    [dir] `pip install` into `{ $how_arg }`
    [venv] `pip install` into the virtualenv `{ $how_arg }`
    [site] `pip install` into the interpreter's site-packages
   *[project] `{ $how_arg }` installs the project's environment there
}): the runtime image gets none of them
builder-packages-not-copied-related-installed = the packages are installed here
builder-packages-not-copied-never = `{ $stage }` installs packages into `{ $path }` ({ $how ->
    [user] `pip install --user`
    [dir] `pip install` into `{ $how_arg }`
    [venv] `pip install` into the virtualenv `{ $how_arg }`
    [site] `pip install` into the interpreter's site-packages
   *[project] `{ $how_arg }` installs the project's environment there
}), but the runtime stage never copies that path: the image ships without them
builder-packages-not-copied-related-copies = what the runtime stage copies from it
builder-packages-not-copied-help = copy what the builder installed: `COPY --from={ $stage } { $path } { $path }`
builder-packages-not-copied-venv-moved = the virtualenv `{ $path }` is copied to `{ $dest }`: its scripts (`gunicorn`, `celery`, ...) start with `#!{ $path }/bin/python`, which does not exist in this image
builder-packages-not-copied-venv-moved-help = copy it to the same path: `COPY --from={ $stage } { $path } { $path }` (and put `{ $path }/bin` on `PATH`)
builder-packages-not-copied-related-created = created here
builder-packages-not-copied-under-root = user packages are copied to `{ $dest }`, but the container runs as `{ $user }`: `/root` is readable by root only and Python looks in `{ $home }/.local`
builder-packages-not-copied-under-root-help = install into a virtualenv or a prefix instead (`pip install --prefix=/install`, then `COPY --from={ $stage } /install /usr/local`), or copy to `{ $home }/.local` with `--chown={ $user }`
builder-packages-not-copied-related-user-install = installed with `--user` here
builder-packages-not-copied-related-user = the user the container runs as
builder-packages-not-copied-strength = the runtime stage copies the virtualenv `{ $path }` whole, at the same path

## compose-user-root-override
compose-user-root-override = `{ $service }` runs as `{ $user }`, overriding the image's unprivileged `USER { $image_user }`
compose-user-root-override-help = drop `user:` (the image's user applies), or name an unprivileged user; fix file ownership at build time (`COPY --chown`) or with a one-shot init service instead
compose-user-root-override-related = the image's unprivileged user
compose-user-root-override-strength = `{ $service }` keeps the image's unprivileged user `{ $user }` in compose

## copy-from-path-never-written
copy-from-path-never-written = `{ $source }` is copied from stage `{ $stage }`, which never writes it{ $has_workdir ->
    [true] {" "}(its `WORKDIR` is `{ $workdir }`)
   *[false] {""}
}: the build stops with "not found"
copy-from-path-never-written-help = copy the path `{ $stage }` produces, or make `{ $stage }` write `{ $source }`
copy-from-path-never-written-related = the stage it copies from
copy-from-path-never-written-strength = multi-stage build: the image copies only what `{ $stage }` produced ({ $paths })

## copy-source-missing
copy-source-missing = `{ $path }` does not exist in the build context ({ $root ->
    [true] the repository root
   *[false] `{ $context }/`
}): `docker build` fails here
copy-source-missing-help = fix the path, add the file, or point the compose `build.context` at the directory that has it
copy-source-missing-help-guess = fix the path or add the file; if the image is built from another directory, say so with a compose `build.context`

## data-path-not-mounted
data-path-not-mounted = { $what ->
    [writes] `{ $source }` writes
    [media] `MEDIA_ROOT` is
   *[sqlite] `{ $source }` puts the SQLite database at
} `{ $path }`, but the `{ $name }` mount of `{ $service }` is at `{ $target }`: the data stays in the container's writable layer and is lost when it is recreated
data-path-not-mounted-help = point the path into the volume (under `{ $target }`), or mount the volume where the app writes
data-path-not-mounted-related = the volume meant for it
data-path-not-mounted-strength = `{ $service }` keeps `{ $path }` on the mount at `{ $target }`: its data survives a redeploy

## dev-server-replaces-image-server
dev-server-replaces-image-server = `{ $service }` runs { $dev ->
    [django] Django's development server (`{ $command }`)
    [flask] Flask's development server (`{ $command }`)
    [fastapi-dev] `{ $command }` (reload on)
   *[command] `{ $command }`
} instead of the image's `{ $image_server }` in a deployment production uses
dev-server-replaces-image-server-help = drop the `command:` here so the image's server runs, and keep the dev server in `docker-compose.override.yml` / `compose.dev.yml`
dev-server-replaces-image-server-related = the production server the image starts

## env-file-baked-and-passed
env-file-baked-and-passed = `{ $path }` is passed to `{ $service }` with `env_file:` and also copied into its image { $how ->
    [context] with the whole build context
    [name] by name
   *[dir] with `{ $src }/`
}: two sources of truth{ $secret ->
    [true] , and its secrets ship in the image
   *[false] {""}
}
env-file-baked-and-passed-help = keep env files out of the image: add `{ $path }` to `.dockerignore` (and `!.env.example` if the example should ship); compose passes the values at run time
env-file-baked-and-passed-related-copy = copied into the image here
env-file-baked-and-passed-related-env = the env file
env-file-baked-and-passed-related-dockerignore = does not exclude it
env-file-baked-and-passed-strength = `.dockerignore` keeps `{ $path }`, which compose passes to `{ $service }`, out of the image

## insecure-production-settings
insecure-production-settings = { $problem ->
    [hosts-any] `{ $key }` accepts any host (`*`): requests choose the host name absolute links are built with
    [cors-all] `{ $key }` lets every web site call the API from a visitor's browser
    [cors-list] `{ $key }` allows any origin (`*`)
   *[cookie-off] `{ $key }` is off: the cookie is also sent over plain HTTP
} (service `{ $service }`)
insecure-production-settings-help = list the production host names and origins explicitly, and keep cookies `Secure` behind TLS
insecure-production-settings-related = service `{ $service }`
insecure-production-settings-setting = { $problem ->
    [hosts-default] `{ $key }` falls back to `*` (any host) when its variable is unset
    [hosts-any] `{ $key }` accepts any host (`*`): requests choose the host name absolute links are built with
    [cors-env] `{ $key }` is on unless its variable says otherwise: every web site can call the API
    [cors-all] `{ $key }` lets every web site call the API from a visitor's browser
    [cookie-false] `{ $key } = False` in production settings: the cookie is also sent over plain HTTP
   *[debug] `{ $key } = True` in production settings: errors answer with settings and source code
}
insecure-production-settings-setting-advice = advice: { $problem ->
    [hosts-default] `{ $key }` falls back to `*` (any host) when its variable is unset
    [hosts-any] `{ $key }` accepts any host (`*`): requests choose the host name absolute links are built with
    [cors-env] `{ $key }` is on unless its variable says otherwise: every web site can call the API
    [cors-all] `{ $key }` lets every web site call the API from a visitor's browser
    [cookie-false] `{ $key } = False` in production settings: the cookie is also sent over plain HTTP
   *[debug] `{ $key } = True` in production settings: errors answer with settings and source code
}; if this settings module serves production, restrict it there
insecure-production-settings-help-debug = set `DEBUG = False` in production settings (or read it from the environment with a `False` default)
insecure-production-settings-help-cookie = set it to `True` where the site is served over HTTPS
insecure-production-settings-help-hosts = list the production host names and origins explicitly (from the environment, without a permissive default)
insecure-production-settings-middleware = the CORS middleware allows any origin together with credentials: every web site can read the API's answers with the visitor's cookies
insecure-production-settings-middleware-help = list the front-end origins in `allow_origins` (from the environment) when credentials are allowed

## module-not-installed
module-not-installed = { $role ->
    [healthcheck] the healthcheck
    [entrypoint] the entrypoint
    [entrypoint-script] the entrypoint script
   *[command] the command
} needs { $names }, but the image's pinned requirements do not contain { $count ->
    [one] it
   *[other] them
}: { $role ->
    [healthcheck] the check fails every time
   *[other] the container fails to start
}
module-not-installed-unnamed = { $role ->
    [healthcheck] the healthcheck
    [entrypoint] the entrypoint
    [entrypoint-script] the entrypoint script
   *[command] the command
} needs { $names }, which no requirement the image installs names: unless another package depends on { $count ->
    [one] it
   *[other] them
}, { $role ->
    [healthcheck] the check fails every time
   *[other] the container fails to start
}
module-not-installed-help = add { $names } to the requirements the image installs
module-not-installed-help-stdlib = probe with the standard library (`python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health')"`), or add the package to the requirements the image installs
module-not-installed-related-manifest = what the image installs
module-not-installed-related-install = installed here
module-not-installed-strength = the healthcheck uses only what the image installs

## native-runtime-lib-missing
native-runtime-lib-missing = the runtime stage (`{ $image }`) does not install the libraries its Python packages load at run time: `{ $p1 }` needs { $l1 }{ $count ->
    [1] {""}
    [2] ; `{ $p2 }` needs { $l2 }
    [3] ; `{ $p2 }` needs { $l2 }; `{ $p3 }` needs { $l3 }
   *[other] ; `{ $p2 }` needs { $l2 }; `{ $p3 }` needs { $l3 }; `{ $p4 }` needs { $l4 }
}: the container fails at import
native-runtime-lib-missing-help = add to the runtime stage: `{ $command }`
native-runtime-lib-missing-related = required here
native-runtime-lib-missing-strength = the runtime stage installs `{ $lib }`, which `{ $package }` loads at run time

## port-mismatch
port-mismatch = `{ $service }` publishes container port { $port } (`{ $shown }`), but its { $server } binds port { $binds }: nothing answers there
port-mismatch-help = publish the port the server binds (`"{ $host }:{ $bound }"`), or bind the server to { $port }
port-mismatch-healthcheck = the healthcheck of `{ $service }` probes port { $port }, but its { $server } binds port { $binds }: the check never passes
port-mismatch-healthcheck-help = probe the port the server binds ({ $bound })
port-mismatch-expose = `{ $service }` exposes port { $port }, but its { $server } binds port { $binds }
port-mismatch-expose-help = expose the port the server binds
port-mismatch-image-expose = the image exposes port { $port }, but its { $server } binds port { $binds }
port-mismatch-image-expose-help = `EXPOSE` the port the server binds
port-mismatch-related = the port the server binds
port-mismatch-strength = ports agree: `{ $service }` binds { $binds }{ $published_count ->
    [0] {""}
    [1] , publishes { $p1 }
    [2] , publishes { $p1 }, publishes { $p2 }
   *[other] , publishes { $p1 }, publishes { $p2 }, publishes { $p3 }
}{ $probed ->
    [true] , its healthcheck probes { $probe }
   *[false] {""}
}

## proxied-app-binds-loopback
proxied-app-binds-loopback = nginx proxies to `{ $service }:{ $port }`, but its server binds the container's loopback ({ $default ->
    [true] the server's default, { $address }
   *[false] { $address }
}): nginx gets connection refused and answers 502
proxied-app-binds-loopback-help = bind every interface inside the container (`--host 0.0.0.0` / `-b 0.0.0.0:PORT`); publish the port on the host's loopback instead if it must stay private
proxied-app-binds-loopback-related = nginx proxies here

## proxy-host-unknown
proxy-host-unknown = nginx proxies to `{ $host }`, which is no service, alias or extra host of the stack `{ $proxy }` runs in: nginx stops at start with `host not found in upstream`
proxy-host-unknown-help = use the compose service name (or add the name as a network alias of the service that should answer)
proxy-host-unknown-related = the proxy service that loads this config

## requirements-drift-from-pyproject
requirements-drift-from-pyproject-strength = the image installs the project from `pyproject.toml`: it ships the dependencies the project declares
requirements-drift-from-pyproject = the image installs `{ $requirements }`, which lacks { $count } of the dependencies `{ $pyproject }` declares: { $names }{ $more ->
    [0] {""}
   *[other] {" "}and { $more } more
}
requirements-drift-from-pyproject-help = install the project (`pip install .`, `uv sync --frozen`, `poetry install --only main`) so `pyproject.toml` is the one source of truth, or regenerate `{ $file }` from it
requirements-drift-from-pyproject-related-declared = declared here
requirements-drift-from-pyproject-related-installs = what the image installs
requirements-drift-from-pyproject-strength-exported = `{ $requirements }` is exported from `{ $lock }`: the image ships the locked versions
requirements-drift-from-pyproject-lock = advice: `{ $lock }` pins the project's dependencies, but the image installs `{ $requirements }`, which is not exported from it: the versions shipped are not the versions locked
requirements-drift-from-pyproject-lock-help = install from the lock (`uv sync --frozen --no-dev`, `poetry install --only main`), or export the requirements from it in CI (`uv export --no-dev -o requirements.txt`)
requirements-drift-from-pyproject-related-manifest = the project's manifest

## requirements-not-in-context
requirements-not-in-context = nothing copies `{ $path }` into the image before this `pip install` (looked for `{ $image_path }`): the build stops with "Could not open requirements file"
requirements-not-in-context-context = `pip install -r { $path }` reads `{ $image_path }`, but { $why ->
    [ignored] `.dockerignore` excludes `{ $rel }` from the build context
   *[absent] `{ $rel }` is not in the build context ({ $root ->
        [true] the repository root
       *[false] `{ $context }/`
    })
}: the build stops with "Could not open requirements file"
requirements-not-in-context-help = copy it before the install (`COPY { $path } { $path }`), fix the path, or stop `.dockerignore` from excluding it
requirements-not-in-context-related-late-copy = copied only here, after the install
requirements-not-in-context-related-copy = the copy that should bring it
requirements-not-in-context-related-dockerignore = excludes it from the build context
requirements-not-in-context-related-compose-build = `{ $service }` builds this image with context `{ $context }`
requirements-not-in-context-related-ci-build = CI builds this image with context `{ $context }`

## runtime-file-missing
runtime-file-missing = { $container ->
    [true] the container
   *[false] `{ $service }`
} needs { $what ->
    [script-starts] the script it starts
    [script-runs] the script it runs
    [python-file] the Python file it runs
    [gunicorn-config] the gunicorn config it loads
    [alembic-ini] `alembic.ini` (`alembic` reads it from the working directory)
   *[migrations] the migrations folder its `alembic.ini` names (`script_location = { $location }`)
} at `{ $path }`, but { $why ->
    [copy] nothing copies it into the image
    [ignored] `.dockerignore` excludes `{ $rel }` from the build context
   *[absent] `{ $rel }` is not in the build context ({ $root ->
        [true] the repository root
       *[false] `{ $context }/`
    })
}{ $container ->
    [true] {""}
   *[false] {" "}and no volume mounts it
}
runtime-file-missing-help = copy it into the image (`COPY <file> <path>`) or fix the path; for files that differ per environment, mount them with a compose volume
runtime-file-missing-related-copy = the copy that should bring it
runtime-file-missing-related-stage = the image's stage
runtime-file-missing-related-dockerignore = excludes it from the build context
runtime-file-missing-strength = the image ships the migrations alembic runs (`{ $path }`)

## websocket-route-not-upgraded
websocket-route-not-upgraded = `location { $location }` proxies to `{ $service }`, whose app serves the WebSocket route `{ $known ->
    [true] { $route }
   *[false] (from another module)
}`{ $more ->
    [0] {""}
   *[other] {" "}and { $more } more
} ({ $source }), without { $missing }: the upgrade handshake never reaches the app
websocket-route-not-upgraded-help = add `proxy_http_version 1.1; proxy_set_header Upgrade {"$"}http_upgrade; proxy_set_header Connection {"$"}connection_upgrade;` (with a `map {"$"}http_upgrade {"$"}connection_upgrade`) to this location, or a dedicated location for the WebSocket path
websocket-route-not-upgraded-related-route = WebSocket route declared here
websocket-route-not-upgraded-related-service = the `{ $service }` service
websocket-route-not-upgraded-strength = WebSocket upgrade headers are set where nginx proxies `{ $service }`'s WebSocket routes

## default-secret-in-script-or-config
default-secret-in-script-or-config-fallback = the fallback of { $kind ->
    [setting] the setting `{ $name }`
   *[other] `{ $name }`
} in `{ $path }` is a well-known default (`{ $masked }`): when the variable is unset the app runs with a secret anyone can guess
default-secret-in-script-or-config-started = { $kind ->
    [flag] the command-line flag
    [setting] the setting
   *[other] the variable
} `{ $name }` is set to a well-known default (`{ $masked }`) in `{ $path }`, which service `{ $service }` runs on every start: every container of it uses a secret anyone can guess
default-secret-in-script-or-config = { $kind ->
    [flag] the command-line flag
    [setting] the setting
   *[other] the variable
} `{ $name }` is set to a well-known default (`{ $masked }`) in `{ $path }`: whatever reads it uses a secret anyone can guess
default-secret-in-script-or-config-script-help = take the secret from the environment without a default and stop when it is missing (`: "${"{"}NAME:?NAME must be set{"}"}"`), then rotate the value if it was ever used
default-secret-in-script-or-config-config-help = leave the secret out of the file and read it from the environment or a secret store, failing at start when it is missing; rotate the value if it was ever used
default-secret-in-script-or-config-related = service `{ $service }` starts through `{ $path }`
default-secret-in-script-or-config-strength = `{ $path }` stops at start when `{ $name }` is missing instead of falling back to a default

## proxy-port-not-bound
proxy-port-not-bound = nginx proxies to { $written ->
    [true] `{ $host }:{ $port }`
   *[false] `{ $host }` (no port: { $port })
}, but { $evidence ->
    [exposed] `{ $service }`'s image documents port { $binds } (`EXPOSE`; the audit cannot read the port its server binds)
    [default] `{ $service }`'s { $server } binds port { $binds } (its default)
   *[written] `{ $service }`'s { $server } binds port { $binds }
}: { $published ->
    [true] { $port } is the host side of `ports: { $host_side }:{ $container_side }`; on the compose network nginx reaches the container port
   *[false] nothing listens on { $port } in that container, so nginx answers 502 Bad Gateway
}
proxy-port-not-bound-help = proxy to `{ $host }:{ $bound }`, the port `{ $service }` listens on, or bind its server to { $port }
proxy-port-not-bound-help-published = proxy to `{ $host }:{ $bound }`: containers reach each other on the container port, the host port is for clients outside Docker
proxy-port-not-bound-related = the port the server binds
proxy-port-not-bound-related-expose = the port the image exposes
proxy-port-not-bound-related-service = the `{ $service }` service
proxy-port-not-bound-related-proxy-pass = the `proxy_pass` that uses this upstream
proxy-port-not-bound-related-published = the host port compose publishes
proxy-port-not-bound-strength = nginx reaches `{ $service }` on port { $port }, the port its { $server } binds

## proxy-timeout-cuts-stream
proxy-timeout-cuts-stream = `location { $location }` proxies `{ $service }`'s { $sse ->
    [true] server-sent events stream
   *[false] WebSocket route
} `{ $known ->
    [true] { $route }
   *[false] (route declared elsewhere)
}` ({ $sse ->
    [true] `{ $response }` in{" "}
   *[false] {""}
}{ $source }) with { $set ->
    [true] `proxy_read_timeout { $timeout }`
   *[false] nginx's default read timeout of 60 s
}, shorter than the { $every } s between { $pinger ->
    [uvicorn] uvicorn's WebSocket pings
    [daphne] Daphne's WebSocket pings
    [sse-starlette] sse-starlette's keep-alive comments
   *[socketio] Socket.IO's pings
}: nginx closes every idle connection after { $secs } s
proxy-timeout-cuts-stream-quiet = `location { $location }` proxies `{ $service }`'s { $sse ->
    [true] server-sent events stream
   *[false] WebSocket route
} `{ $known ->
    [true] { $route }
   *[false] (route declared elsewhere)
}` (`{ $response }` in { $source }, which sends nothing between events) with { $set ->
    [true] `proxy_read_timeout { $timeout }`
   *[false] nginx's default read timeout of 60 s
}: a stream quiet for { $secs } s is closed by nginx and the browser reconnects; advice: this depends on how often the app sends events{ $buffers ->
    [true] , and nginx buffers the response (`proxy_buffering` on), so events arrive late
   *[false] {""}
}
proxy-timeout-cuts-stream-help = raise `proxy_read_timeout` for this location above { $every } s (e.g. `proxy_read_timeout 1h;` in a dedicated location), or ping more often than the timeout
proxy-timeout-cuts-stream-help-buffered = serve the stream from a dedicated location with `proxy_read_timeout 1h; proxy_buffering off;`, or send a comment line (`: ping`) more often than the timeout
proxy-timeout-cuts-stream-help-quiet = raise `proxy_read_timeout` for the stream's location (e.g. `1h`), or send a comment line (`: ping`) more often than the timeout
proxy-timeout-cuts-stream-related-stream = the stream is returned here
proxy-timeout-cuts-stream-related-route = WebSocket route declared here
proxy-timeout-cuts-stream-related-service = the `{ $service }` service
proxy-timeout-cuts-stream-related-timeout = the read timeout in effect
proxy-timeout-cuts-stream-strength = `location { $location }` keeps `{ $service }`'s { $sse ->
    [true] server-sent events stream
   *[false] WebSocket route
} `{ $known ->
    [true] { $route }
   *[false] (route declared elsewhere)
}` open (`proxy_read_timeout { $timeout }`{ $sse ->
    [true] , buffering off
   *[false] {""}
})

## connection-url-mismatch
connection-url-mismatch-localhost = `{ $key }` of `{ $service }` connects to `{ $host }`, but inside the container that is `{ $service }` itself: { $kind } runs in the `{ $target }` service
connection-url-mismatch-localhost-help = use the service name as the host: `{ $host }`
connection-url-mismatch = `{ $key }` of `{ $service }` disagrees with the { $kind } service `{ $target }`: { $port ->
    [published] port { $port_num } is the port published on the host; inside the compose network { $kind } listens on { $listens }
    [listens] { $kind } listens on { $listens }, not { $port_num }
   *[no] {""}
}{ $user ->
    [no] {""}
   *[other] { $user ->
        [next] {"; "}
       *[first] {""}
    }it uses user `{ $user_mine }`, the container creates `{ $user_created }` (`{ $user_key }`)
}{ $password ->
    [no] {""}
   *[other] { $password ->
        [next] {"; "}
       *[first] {""}
    }its { $root ->
        [true] root password
       *[false] password
    } differs from `{ $password_key }`
}{ $database ->
    [no] {""}
   *[other] { $database ->
        [next] {"; "}
       *[first] {""}
    }it uses database `{ $database_mine }`, the container creates `{ $database_created }` (`{ $database_key }`)
}{ $redis ->
    [noauth] { $port ->
        [no] {""}
       *[other] {"; "}
    }`{ $target }` requires a password ({ $auth ->
        [bitnami] `REDIS_PASSWORD` (bitnami image)
       *[requirepass] `--requirepass`
    }) and the URL has none: every command fails with NOAUTH
    [wrongpass] { $port ->
        [no] {""}
       *[other] {"; "}
    }its password differs from the { $auth ->
        [bitnami] `REDIS_PASSWORD` (bitnami image)
       *[requirepass] `--requirepass`
    } of `{ $target }`: Redis answers WRONGPASS
   *[no] {""}
}
connection-url-mismatch-help = { $port ->
    [true] use the container port (`{ $host }:{ $container_port }`){ $then ->
        [none] {""}
       *[other] {"; "}
    }
   *[false] {""}
}{ $then ->
    [variables] derive the URL and `{ $target }`'s variables from the same variables, set in one place
    [put] put `{ $target }`'s password in the URL (`redis://:PASSWORD@{ $host }:6379/0`), from the same variable
    [password] derive the URL and `{ $target }`'s password from the same variable, set in one place
   *[none] {""}
}
connection-url-mismatch-related-target = { $kind } service `{ $target }`
connection-url-mismatch-related-service = service `{ $service }`
connection-url-mismatch-related-published = the published host port
connection-url-mismatch-related-created = the { $what ->
    [user] user
    [password] password
    [database] database
   *[root-password] root password
} `{ $target }` creates
connection-url-mismatch-related-required = the password `{ $target }` requires

## default-secret-in-app-settings
default-secret-in-app-settings-prod-unset = `{ $name }` falls back to a well-known default when `{ $var }` is unset, and service `{ $service }` of the production stack runs this app without setting it: production signs and authenticates with a value anyone can guess
default-secret-in-app-settings-set-everywhere = `{ $name }` falls back to a well-known default when `{ $var }` is unset; every deployment that runs this app sets it (service { $services }), so the fallback does not apply there: advice, a missing variable should stop the app rather than fall back
default-secret-in-app-settings-fallback = `{ $name }` falls back to a well-known default when its variable is unset: the app then signs or authenticates with a value anyone can guess
default-secret-in-app-settings = `{ $name }` is set to a well-known default in the code: every deployment of this module uses a value anyone can guess
default-secret-in-app-settings-help = read the secret from the environment without a default (`os.environ["NAME"]`, a required pydantic field) so a missing value stops the app at start, and rotate the value if it was ever used
default-secret-in-app-settings-related-unset = service `{ $service }` of the production stack runs this app without `{ $var }`
default-secret-in-app-settings-related-sets = service `{ $service }` sets `{ $var }`
