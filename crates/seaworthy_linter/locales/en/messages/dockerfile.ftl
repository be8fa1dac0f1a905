# Messages of the dockerfile rules: what a rule says about one instance (see src/message.rs).
# Ids start with the rule name; variables are the fields of the rule's message structs.

## add-instead-of-copy
add-instead-of-copy = `ADD` of local files: use `COPY`
add-instead-of-copy-autofix = use `COPY`
add-instead-of-copy-help = replace `ADD` with `COPY` (keep `ADD` for URLs and archives you want extracted)

## apk-no-cache
apk-no-cache = `apk add` without `--no-cache` leaves the package index and downloads in the layer
apk-no-cache-autofix = add `--no-cache`
apk-no-cache-help = use `apk add --no-cache ...`

## apt-get-update-alone
apt-get-update-alone = the package index is updated in its own `RUN`: later installs reuse a stale cached index
apt-get-update-alone-help = run the update and the install in one `RUN`: `apt-get update && apt-get install -y ...`

## apt-instead-of-apt-get
apt-instead-of-apt-get = `apt` has no stable CLI for scripts; use `apt-get` or `apt-cache`
apt-instead-of-apt-get-autofix = use `{ $tool }`
apt-instead-of-apt-get-help = replace `apt { $sub }` with `{ $tool } { $sub }`
apt-instead-of-apt-get-help-rewrite = `apt { $sub }` has no exact `apt-get`/`apt-cache` equivalent: rewrite it with `apt-get`, `apt-cache` or `dpkg-query`

## apt-lists-not-cleaned
apt-lists-not-cleaned = the package lists `{ $prog } update` downloads stay in this layer: the `RUN` does not remove `/var/lib/apt/lists/*`
apt-lists-not-cleaned-help = end the same `RUN` with `&& rm -rf /var/lib/apt/lists/*`, or mount `/var/lib/apt/lists` as a cache or tmpfs

## apt-no-install-recommends
apt-no-install-recommends = `{ $manager } install` without `--no-install-recommends` pulls in packages nobody asked for
apt-no-install-recommends-autofix = add `--no-install-recommends`
apt-no-install-recommends-help = add `--no-install-recommends` (and install explicitly what is really needed)

## base-image-eol
base-image-eol = `{ $image }` is { $what }, end of life since { $eol }
base-image-eol-help = move to a supported version (lifecycle table of { $updated }); EOL images get no security fixes
base-image-eol-soon = `{ $image }` is { $what }, end of life on { $eol } ({ $left } days left)
base-image-eol-soon-help = plan the upgrade now (lifecycle table of { $updated })

## base-image-prerelease
base-image-prerelease = `{ $image }` is { $marker ->
    [rc] a release candidate
   *[pre] a pre-release
}
base-image-prerelease-help = use the newest stable release until this one is final and your dependencies support it
base-image-prerelease-unreleased = `{ $image }` is { $runtime } { $version }, newer than the newest stable release ({ $newest }) in the lifecycle table of { $updated }
base-image-prerelease-unreleased-help = use { $runtime } { $newest } unless { $version } is final and the dependencies support it (then update the table)

## base-image-unpinned
base-image-unpinned = base image `{ $image }` uses { $latest ->
    [true] `latest`
   *[false] no tag (so `latest`)
}
base-image-unpinned-help = pin a version, e.g. `{ $name }:<version>`, or a digest `@sha256:...`
base-image-unpinned-strength = base images are pinned to versions

## bin-sh-relinked
bin-sh-relinked = `ln` replaces `{ $link }` with `{ $target }` for every script in the image, not only the build steps
bin-sh-relinked-help = use `SHELL ["{ $target }", "-c"]` to run the following `RUN` instructions under { $shell }

## build-tools-in-final-stage
build-tools-in-final-stage = { $single ->
    [true] this single-stage build
   *[false] the final stage
} installs build tools into the image that runs: { $tools }
build-tools-in-final-stage-help-single = compile in a builder stage (`FROM ... AS build`) and copy only the results into a clean final stage
build-tools-in-final-stage-help = move these packages to the builder stage and install only runtime libraries (e.g. `libpq5` instead of `libpq-dev`) here
build-tools-in-final-stage-strength = multi-stage build: the final image starts clean and copies only build results

## cd-in-run
cd-in-run = `cd { $dir }` lasts only for this RUN
cd-in-run-help = use `WORKDIR { $dir }` before the RUN

## copy-from-unknown-stage
copy-from-unknown-stage-self = `COPY --from={ $from }` copies from the stage it is in
copy-from-unknown-stage-self-help = copy from an earlier stage
copy-from-unknown-stage-number = `--from={ $n }`: there is no earlier stage number { $n }
copy-from-unknown-stage-number-help = stage numbers count `FROM`s from 0; better, name the stage (`FROM ... AS build`) and use the name
copy-from-unknown-stage-later = stage `{ $from }` is defined after this instruction
copy-from-unknown-stage-later-help = move the stage before the instruction that copies from it
copy-from-unknown-stage-later-related = defined here
copy-from-unknown-stage-close = `{ $from }` is not a stage of this Dockerfile: BuildKit will try to pull an image named `{ $from }`
copy-from-unknown-stage-close-help = did you mean `--from={ $stage }`?
copy-from-unknown-stage-close-related = a stage with a similar name
copy-from-unknown-stage = `{ $from }` is not a stage of this Dockerfile: unless the build passes a named context (`--build-context { $from }=...`), BuildKit pulls an image named `{ $from }`
copy-from-unknown-stage-help = name the source stage (`FROM ... AS name`) or use a fully qualified image reference

## copy-from-unpinned-image
copy-from-unpinned-image = `COPY --from={ $from }` copies from an image that is not pinned
copy-from-unpinned-image-help = pin it: `--from={ $name }:<version>` or `@sha256:...`

## copy-relative-without-workdir
copy-relative-without-workdir = `{ $keyword }` to the relative path `{ $dest }` before any `WORKDIR`: where it lands depends on the working directory of `{ $image }`
copy-relative-without-workdir-help = set an absolute `WORKDIR` (e.g. `WORKDIR /app`) before it, or copy to an absolute path

## copy-whole-context
copy-whole-context = the whole build context is copied and there is no `.dockerignore`
copy-whole-context-help = add a `.dockerignore` next to the build context excluding at least `.git`, `.env*`, virtualenvs and `node_modules`

## deps-after-source-copy
deps-after-source-copy = the whole source tree is copied before the dependencies are installed: every code change reinstalls them
deps-after-source-copy-help = copy only the dependency manifests (requirements.txt, pyproject.toml + lock, package.json + lock), install, then `COPY . .`
deps-after-source-copy-related = dependencies installed here

## dev-server-in-image
dev-server-in-image = `{ $command }` runs a development server in the image
dev-server-in-image-help = serve with a production server (gunicorn/uvicorn without `--reload`, `node server.js`, a static build behind nginx); keep dev commands in a compose dev override

## duplicate-stage-name
duplicate-stage-name = stage name `{ $name }` is already used
duplicate-stage-name-help = give every stage a unique name
duplicate-stage-name-related = first defined here

## env-self-reference
env-self-reference = `{ $key }` refers to `{"$"}{ $var }`, which the same `ENV` sets: it gets { $set ->
    [true] the value `{ $var }` had before this `ENV`
   *[false] an empty value (`{ $var }` is not set before this `ENV`)
}, not the new one
env-self-reference-help = set `{ $var }` in its own `ENV` before this one

## from-arg-without-default
from-arg-without-default-undeclared = `FROM { $image }` uses `{ $names }`, which no `ARG` before the first `FROM` declares
from-arg-without-default = `FROM { $image }` uses `{ $names }` without a default: the Dockerfile does not build without `--build-arg`
from-arg-without-default-help = declare it with a default before the first FROM: `ARG { $name }=<value>`

## gem-unpinned-package
gem-unpinned-package = `gem install { $gem }` without a version: every build may get a different release
gem-unpinned-package-help = pin it: `gem install { $gem } -v <version>` (or `{ $gem }:<version>`), or list it in a `Gemfile.lock`

## hardcoded-worker-count
hardcoded-worker-count = the image hard-codes { $value } workers for every environment
hardcoded-worker-count-help = drop the flag and set `ENV WEB_CONCURRENCY=<n>` (gunicorn and uvicorn read it), so each deployment can override it

## healthcheck-tool-missing
healthcheck-tool-missing = the healthcheck runs `{ $tool }`, which `{ $image }` does not ship and this Dockerfile does not install
healthcheck-tool-missing-help = probe with what the image has, e.g. `python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health')"`, or install the tool
healthcheck-tool-missing-strength = the image defines a HEALTHCHECK

## install-without-yes
install-without-yes = `{ $manager } { $verb }` without `{ $flag }`: if it asks for confirmation, the build aborts
install-without-yes-help = answer the prompt up front: `{ $example }`

## maintainer-deprecated
maintainer-deprecated = `MAINTAINER` is deprecated
maintainer-deprecated-help = use `LABEL org.opencontainers.image.authors="{ $authors }"`

## missing-expose
missing-expose = the command listens on port { $port } but the image does not `EXPOSE` it
missing-expose-other = the command listens on port { $port } but the image exposes { $exposed }
missing-expose-help = add `EXPOSE { $port }` to the final stage
missing-expose-related = exposed here
missing-expose-bound-here = { $server } binds port { $port } here

## multiple-cmd
multiple-cmd = this `{ $keyword }` is overridden by a later one in the same stage
multiple-cmd-help = remove it; only the last one takes effect
multiple-cmd-related = the one that takes effect

## node-package-unpinned
node-package-unpinned = `{ $manager }` installs `{ $name }` { $tagged ->
    [true] at the moving tag `{ $version }`
   *[false] without a version
}: every build may get a different release
node-package-unpinned-help = pin it (`{ $name }@<version>`), or list it in `package.json` with a lockfile and install with `{ $install }`

## os-package-unpinned
os-package-unpinned = `{ $manager } { $verb }` installs `{ $names }`{ $more ->
    [0] {""}
   *[other] , { $more } more
} without a version
os-package-unpinned-help = pin the versions (`{ $example }`), or pin the base image by digest and rebuild on purpose

## pip-cache-not-disabled
pip-cache-not-disabled = `pip install` without `--no-cache-dir` leaves pip's download cache in this layer
pip-cache-not-disabled-autofix = add `--no-cache-dir`
pip-cache-not-disabled-help = add `--no-cache-dir`, set `ENV PIP_NO_CACHE_DIR=1`, or use `RUN --mount=type=cache,target=/root/.cache/pip`
pip-cache-not-disabled-strength-mount = BuildKit cache mount for pip: fast rebuilds, no cache in the layer
pip-cache-not-disabled-strength = `pip install --no-cache-dir` keeps the pip cache out of the image

## pip-unpinned-package
pip-unpinned-package = `{ $package }` is installed without a version
pip-unpinned-package-help = pin it (`{ $package }==<version>`) or move it to a requirements/lock file

## pipe-without-pipefail
pipe-without-pipefail = a pipe in `RUN` without `pipefail`: a failure on the left side is ignored
pipe-without-pipefail-help = add `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` before it, or start the RUN with `set -o pipefail &&`
pipe-without-pipefail-pwsh = a PowerShell pipeline in `RUN` without `{"$"}ErrorActionPreference = 'Stop'`: an error in it does not stop the build
pipe-without-pipefail-pwsh-help = start the `SHELL` command with `{"$"}ErrorActionPreference = 'Stop';`, e.g. `SHELL ["powershell", "-Command", "{"$"}ErrorActionPreference = 'Stop';"]`

## registry-not-allowed
registry-not-allowed = `{ $instruction }` pulls `{ $image }` from `{ $host }`, which is not in the allowed registries (`{ $allowed }`)
registry-not-allowed-help = use a copy of the image from an allowed registry, or add the registry to `[dockerfile] allowed-registries`

## relative-workdir
relative-workdir = `WORKDIR { $dir }` is relative to the previous working directory
relative-workdir-help = use an absolute path, e.g. `WORKDIR /{ $dir }`

## remote-script-piped-to-shell
remote-script-piped-to-shell = a downloaded script is piped straight into a shell: unverified code runs in the build
remote-script-piped-to-shell-help = download to a file with a pinned version and verify its checksum (`ADD --checksum=sha256:...`) before running it

## runs-as-root
runs-as-root-drops = the container starts as root and its entrypoint drops privileges with `{ $tool }`: only the start-up runs as root
runs-as-root-drops-help = fine when the start-up needs root (fixing volume ownership, binding a low port); otherwise set `USER` in the image and drop the switch
runs-as-root-user = the last `USER` of the final stage is root
runs-as-root-user-help = switch to an unprivileged user after the steps that need root: `USER app` (create it with `useradd --system`)
runs-as-root-strength = the image runs as the unprivileged user `{ $user }`
runs-as-root-strength-base = `{ $image }` runs as a non-root user by default
runs-as-root-workers = the final stage (`{ $image }`) has no `USER`: the container starts as root and only the server's workers drop privileges
runs-as-root-workers-help = prefer an unprivileged variant of the image (e.g. `nginxinc/nginx-unprivileged`, `bitnami/*`) or set `USER` and adjust ports/paths
runs-as-root = the final stage (`{ $image }`) has no `USER`: the container runs as root
runs-as-root-unknown-base = the final stage (`{ $image }`) has no `USER`: unless that base image sets one, the container runs as root
runs-as-root-help = create a user and switch to it before the command: `RUN useradd --system --uid 1001 app` then `USER app`
runs-as-root-needs = the container runs as root, which `{ $tool }` needs for its job
runs-as-root-needs-help = keep root only for what needs it: in compose, `cap_drop: [ALL]` and `cap_add` only what `{ $tool }` uses, `read_only: true`, `security_opt: [no-new-privileges:true]`
runs-as-root-socket = the container runs as root, which the Docker socket that `{ $service }` mounts needs (root or the socket's group)
runs-as-root-socket-help = either keep root and narrow it (`cap_drop: [ALL]`, `read_only: true`, `security_opt: [no-new-privileges:true]`), or run as an unprivileged user with the socket's group (`group_add` with the host's docker group id); better still, reach Docker through a socket proxy that allows only the calls you need
runs-as-root-base-image = `{ $file }` builds a base image and has no unprivileged `USER`: only safe if every image built on it sets one
runs-as-root-base-image-help = set `USER` in each Dockerfile that builds on this base (or create the user here and switch to it at the end, so every image inherits it)

## secret-in-env-or-arg
secret-in-env-or-arg = `{ $keyword } { $key }` bakes a secret into the image (`{ $masked }`)
secret-in-env-or-arg-help-env = inject it at run time (compose `secrets:` or an env var from the orchestrator) and rotate the leaked value
secret-in-env-or-arg-help-arg = pass build-time secrets with `RUN --mount=type=secret,id=...`; ARG values are visible in `docker history`
secret-in-env-or-arg-copied = `ENV { $key }` copies a build argument into the image's environment
secret-in-env-or-arg-copied-help = read the secret at run time instead; anything in ENV is visible to whoever pulls the image
secret-in-env-or-arg-expected = `ARG { $key }` expects a secret as a build argument: it is recorded in the image history
secret-in-env-or-arg-expected-help = use `RUN --mount=type=secret,id=...` and `docker build --secret id=...` instead

## shell-form-entrypoint
shell-form-entrypoint-wrapper = `{ $path }` starts the server without `exec`: the shell stays PID 1 and does not pass SIGTERM on
shell-form-entrypoint-wrapper-help = start the last command with `exec` (`exec gunicorn ...`, or `exec "{"$"}@"`) so the server receives signals directly
shell-form-entrypoint-wrapper-related = the image runs the script here
shell-form-entrypoint-strength = exec-form `{ $keyword }`: the process gets signals directly
shell-form-entrypoint = shell-form `{ $keyword }`: `/bin/sh -c` is PID 1 and does not pass SIGTERM to the app
shell-form-entrypoint-help = use the exec form `{ $keyword } ["prog", "arg"]`, or start the command with `exec`

## sudo-in-run
sudo-in-run = `sudo` in a build step
sudo-in-run-help = run the step as root with `USER root` before it and switch back with `USER app` after; don't ship sudo

## useradd-high-uid
useradd-high-uid = `useradd` of UID { $uid } without `--no-log-init`: `/var/log/lastlog` alone grows to about { $mb } MB in the image
useradd-high-uid-help = add `--no-log-init` (`-l`)

## yarn-cache-not-cleaned
yarn-cache-not-cleaned = `yarn install` without `yarn cache clean` leaves yarn's package cache in this layer
yarn-cache-not-cleaned-help = end the same `RUN` with `&& yarn cache clean`, or mount the cache: `RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install ...`

## yum-no-clean
yum-no-clean = `{ $manager } install` without `{ $manager } clean all` leaves the package cache in the layer
yum-no-clean-help = end the same `RUN` with `&& { $manager } clean all`
