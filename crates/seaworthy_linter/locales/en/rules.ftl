# Per-rule messages: for every rule in docs/rules.md, <name>-title (the rule's summary),
# <name>-why (why it matters) and <name>-fix (what to change). No arguments are passed.
# Every language has the same ids; scripts/check-rules-ftl.py checks them against docs/rules.md.
# Each value is one line: renderers wrap the text themselves.

## SW0xxx core

## SW0001 parse-error
parse-error-title = File does not parse
parse-error-why = The tool that reads the file (`docker build`, `docker compose`, `nginx -t`) rejects it, so the deployment does not build or start. The rest of the audit still runs on what did parse.
parse-error-fix = Fix the syntax error: a misspelled instruction, an unterminated heredoc, invalid YAML or an unbalanced nginx block; check with `docker build`, `docker compose config` or `nginx -t`.

## SW0002 unused-suppression
unused-suppression-title = Suppression comment that silences nothing
unused-suppression-why = A stale suppression will hide the next real problem that appears on that line. A misspelled rule name in a suppression silences nothing while looking as if it does.
unused-suppression-fix = Remove the `# seaworthy: ignore[...]` comment, or correct the rule name in it so that it names an existing rule.

## SW0003 file-unreadable
file-unreadable-title = Deployment file could not be read as text
file-unreadable-why = A file the audit cannot read is a file nobody reviewed. A binary `Dockerfile` or a 50 MB `.env` is usually a mistake in the repository.
file-unreadable-fix = Keep deployment files as readable UTF-8 text files of a reasonable size; fix the permissions, re-encode UTF-16 files, and remove binary files stored under a deployment file's name.

## SW0004 symlink-outside-root
symlink-outside-root-title = Deployment file is a link out of the audited directory; not read
symlink-outside-root-why = A link out of the repository makes the deployment depend on a file that is not in it: another clone, a CI runner or a colleague's machine has something else, or nothing, at that path. BuildKit does not follow links out of the build context either, so `docker build` may not see the target, and reading such links would let a repository make the audit read files of the machine it runs on.
symlink-outside-root-fix = Keep the file in the repository: copy it in, or point the link to a path inside the repository.

## SW0005 git-history-incomplete
git-history-incomplete-title = Git history was not scanned, or only partly
git-history-incomplete-why = Without a full history scan, an audit of a depth-1 clone looks exactly like an audit of a clean history. A key committed two years ago and deleted since is not found, and nothing says it was not looked for.
git-history-incomplete-fix = Audit a full clone: run `git fetch --unshallow`, or set `fetch-depth: 0` for `actions/checkout` in CI.

## SW1xxx Dockerfile

## SW1001 base-image-unpinned
base-image-unpinned-title = Base image without a tag or with `latest`
base-image-unpinned-why = `latest` moves: the same Dockerfile builds a different image next week, with a new major version of the runtime or the distribution, and a rollback rebuilds something else. Builds stop being reproducible and breakages arrive without a code change.
base-image-unpinned-fix = Pin the base image to an explicit version, such as `python:3.12-slim-bookworm`, or to a digest.

## SW1002 base-image-eol
base-image-eol-title = Base image runtime or distribution past its end of life
base-image-eol-why = An end-of-life runtime or distribution gets no security fixes: every CVE found after that date stays open in the image. Dependencies drop support for it one by one.
base-image-eol-fix = Move the base image to a supported release of the runtime or distribution, such as `python:3.13-slim`, and plan the next upgrade before its end-of-life date.

## SW1003 base-image-prerelease
base-image-prerelease-title = Base image on a pre-release runtime
base-image-prerelease-why = Pre-releases change under you, and C extensions often have no wheels for them yet, so builds compile from source or fail.
base-image-prerelease-fix = Use the latest stable release of the runtime, such as `python:3.13-slim`.

## SW1004 copy-from-unpinned-image
copy-from-unpinned-image-title = `COPY --from` an external image without a version
copy-from-unpinned-image-why = The copied binary changes whenever the upstream `latest` moves: a new `uv` or `docker` release lands in your image without a commit, and an old build cannot be reproduced.
copy-from-unpinned-image-fix = Pin the image in `COPY --from` to a version or a digest, e.g. `COPY --from=ghcr.io/astral-sh/uv:0.9.5 /uv /bin/uv`.

## SW1005 build-tools-in-final-stage
build-tools-in-final-stage-title = Compilers or -dev packages left in the final image
build-tools-in-final-stage-why = The runtime image carries hundreds of megabytes it never uses, and a compiler an attacker can use after a breach.
build-tools-in-final-stage-fix = Use a multi-stage build: compile in a builder stage and copy only the results (wheels, a virtualenv, a binary) into a clean final stage that installs only the runtime libraries.

## SW1006 pip-cache-not-disabled
pip-cache-not-disabled-title = `pip install` keeps its download cache in the image
pip-cache-not-disabled-why = pip keeps every downloaded wheel in `~/.cache/pip`, which then ships in the layer: often 50–300 MB of dead weight.
pip-cache-not-disabled-fix = Add `--no-cache-dir` to `pip install`, set `PIP_NO_CACHE_DIR`, or mount a BuildKit cache on pip's cache directory (`RUN --mount=type=cache,target=/root/.cache/pip`).

## SW1007 apt-no-install-recommends
apt-no-install-recommends-title = `apt-get install` without `--no-install-recommends`
apt-no-install-recommends-why = Debian installs "recommended" packages by default: documentation, extra tools and libraries the service never uses. That often doubles the size of the layer and the number of packages to patch.
apt-no-install-recommends-fix = Add `--no-install-recommends` to `apt-get install` and list explicitly any recommended package the service really needs.

## SW1008 apt-lists-not-cleaned
apt-lists-not-cleaned-title = apt package lists left in the layer
apt-lists-not-cleaned-why = The package index (tens of megabytes) is committed into the layer. Deleting it in a later `RUN` does not shrink the image, because layers only add.
apt-lists-not-cleaned-fix = End the same `RUN` that calls `apt-get update` with `rm -rf /var/lib/apt/lists/*`, or put the apt directories on a BuildKit cache mount.

## SW1009 apt-get-update-alone
apt-get-update-alone-title = Package index update in its own cached layer
apt-get-update-alone-why = The update is cached as its own layer: when the install line changes weeks later, Docker reuses the stale index, and `apt-get install` fails with 404 errors or installs outdated packages.
apt-get-update-alone-fix = Update the index and install in the same `RUN`: `apt-get update && apt-get install -y ...`, followed by the cleanup.

## SW1010 apk-no-cache
apk-no-cache-title = `apk add` without `--no-cache`
apk-no-cache-why = The APK index and the downloaded packages stay in the layer; on an Alpine image that is a large share of the whole image.
apk-no-cache-fix = Use `apk add --no-cache`, or put `/var/cache/apk` on a BuildKit cache mount.

## SW1011 apt-instead-of-apt-get
apt-instead-of-apt-get-title = `apt` used in a script instead of `apt-get`
apt-instead-of-apt-get-why = `apt` is the interactive front end and has no stable command-line interface: its output and behaviour may change between releases, which breaks builds.
apt-instead-of-apt-get-fix = Use `apt-get` (`install`, `update`, `remove`) and `apt-cache` (`show`, `search`, `policy`) in build steps; rewrite `apt list` and `apt upgrade` by hand.

## SW1012 yum-no-clean
yum-no-clean-title = yum/dnf cache left in the layer
yum-no-clean-why = The package metadata and cache, often 100 MB or more on RHEL-family images, stay in the layer forever.
yum-no-clean-fix = End the installing `RUN` with `dnf clean all` (or `yum clean all`), or put the cache directory on a BuildKit cache mount.

## SW1013 pip-unpinned-package
pip-unpinned-package-title = `pip install` of a package without a version
pip-unpinned-package-why = Every build installs whatever is newest that day: a major release of a dependency lands in production without a code change, and the image cannot be rebuilt as it was.
pip-unpinned-package-fix = Pin the version (`pip install gunicorn==23.0.0`), or install from a requirements or lock file with pinned versions.

## SW1014 deps-after-source-copy
deps-after-source-copy-title = Dependencies installed after copying the whole source tree
deps-after-source-copy-why = Any source change invalidates the layer cache of the dependency install, so every commit reinstalls every dependency and builds take minutes instead of seconds.
deps-after-source-copy-fix = Copy the dependency manifests first (`requirements.txt`, `package-lock.json`, `go.mod`...), install, and only then copy the sources.

## SW1015 runs-as-root
runs-as-root-title = The image runs as root
runs-as-root-why = A process running as root inside the container turns any remote code execution into root on the container's filesystem, and a container escape into root on the host.
runs-as-root-fix = Create an unprivileged user (`useradd --system --uid 1001 app`), give it the files it needs (`COPY --chown=app`), and switch to it with `USER app` before `CMD`, or use a base image that already runs unprivileged.

## SW1016 sudo-in-run
sudo-in-run-title = `sudo` used in a build step
sudo-in-run-why = Build steps already run as the current `USER`. `sudo` means the image ships sudo and a user allowed to become root, which undoes the point of running unprivileged, and it behaves badly without a TTY.
sudo-in-run-fix = Remove `sudo`: run the privileged steps after `USER root`, then switch back to the unprivileged user with `USER app`.

## SW1017 secret-in-env-or-arg
secret-in-env-or-arg-title = Secret in an ENV or ARG instruction
secret-in-env-or-arg-why = `ENV` values are baked into the image config, and `docker inspect` shows them to anyone who can pull the image. `ARG` values are recorded in the image history (`docker history`).
secret-in-env-or-arg-fix = Pass build-time secrets with BuildKit (`RUN --mount=type=secret`) and inject run-time secrets at run time (compose `secrets:`, an orchestrator secret, a `*_FILE` variable pointing into `/run/secrets`).

## SW1018 add-instead-of-copy
add-instead-of-copy-title = `ADD` used for local files
add-instead-of-copy-why = `ADD` silently extracts archives and fetches URLs; for plain files that magic is a trap: a `.tar.gz` that was meant to be copied gets unpacked. `COPY` does exactly what it says.
add-instead-of-copy-fix = Use `COPY` for local files and directories; keep `ADD` only for archives that are meant to be extracted.

## SW1019 copy-whole-context
copy-whole-context-title = Whole build context copied with no .dockerignore
copy-whole-context-why = Without a `.dockerignore` the whole directory ships: `.git`, `.env`, virtualenvs, `node_modules`, test data. Images get large and secrets leak.
copy-whole-context-fix = Add a `.dockerignore` next to the build context that excludes at least `.git`, `.env` and local virtualenvs and dependency directories.

## SW1020 shell-form-entrypoint
shell-form-entrypoint-title = Shell-form CMD/ENTRYPOINT does not forward signals
shell-form-entrypoint-why = Shell form runs the command under `/bin/sh -c`: the shell is PID 1 and does not forward SIGTERM, so `docker stop` waits 10 seconds and then kills the app without a graceful shutdown. In-flight requests and jobs are lost.
shell-form-entrypoint-fix = Use the exec form, `CMD ["gunicorn", "app:app", "--bind", "0.0.0.0:8000"]`; in an entrypoint script, start the server with `exec`.

## SW1021 relative-workdir
relative-workdir-title = `WORKDIR` with a relative path
relative-workdir-why = A relative `WORKDIR` resolves against whatever the previous one, or the base image's, was: change the base image and files land somewhere else.
relative-workdir-fix = Give `WORKDIR` an absolute path, such as `WORKDIR /app`.

## SW1022 cd-in-run
cd-in-run-title = `cd` in RUN instead of WORKDIR
cd-in-run-why = The directory change lasts for one `RUN` only, which is easy to forget two instructions later. `WORKDIR` states where the build happens and holds across instructions.
cd-in-run-fix = Set the directory with `WORKDIR` before the `RUN` instead of starting it with `cd`.

## SW1023 remote-script-piped-to-shell
remote-script-piped-to-shell-title = Downloaded script piped into a shell
remote-script-piped-to-shell-why = Whatever the server returns that day runs as root in the build, unverified. A compromised or changed script silently changes the image, and the build is not reproducible.
remote-script-piped-to-shell-fix = Download the script to a file with a pinned checksum (`ADD --checksum=sha256:...`), or verify it before running it; better, install a pinned package or release instead.

## SW1024 pipe-without-pipefail
pipe-without-pipefail-title = Pipe in RUN without pipefail
pipe-without-pipefail-why = `/bin/sh -c "a | b"` returns the status of `b` only: when `a` (the download, the build) fails, the step still succeeds and the image ships broken.
pipe-without-pipefail-fix = Set `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` before the `RUN`, or start the `RUN` with `set -o pipefail &&` in a shell that supports it.

## SW1025 multiple-cmd
multiple-cmd-title = Several CMD/ENTRYPOINT/HEALTHCHECK in one stage
multiple-cmd-why = Only the last `CMD`, `ENTRYPOINT` or `HEALTHCHECK` of a stage takes effect. The earlier one looks as if it mattered but is dead code, and readers and reviewers believe the container starts with the wrong command.
multiple-cmd-fix = Keep a single `CMD`, `ENTRYPOINT` and `HEALTHCHECK` per stage and delete the others.

## SW1026 maintainer-deprecated
maintainer-deprecated-title = Deprecated MAINTAINER instruction
maintainer-deprecated-why = `MAINTAINER` has been deprecated since Docker 1.13. The label `org.opencontainers.image.authors` carries the same information in the standard place tools read.
maintainer-deprecated-fix = Replace it with `LABEL org.opencontainers.image.authors="..."`.

## SW1027 duplicate-stage-name
duplicate-stage-name-title = Two stages with the same name
duplicate-stage-name-why = BuildKit rejects the Dockerfile with "duplicate stage name" (names are compared case-insensitively), and older builders silently use the last stage of that name for `COPY --from`.
duplicate-stage-name-fix = Give every stage a unique name in `FROM ... AS <name>` and update the `COPY --from` references.

## SW1028 copy-from-unknown-stage
copy-from-unknown-stage-title = `COPY --from` names no earlier stage
copy-from-unknown-stage-why = BuildKit treats an unknown name as an image on Docker Hub: the build fails with "pull access denied" or, worse, pulls an unrelated public image of that name. Copying from the current stage is an error.
copy-from-unknown-stage-fix = Point `COPY --from` at a stage defined earlier in the file, fixing any misspelling, or move the source stage above the stage that copies from it.

## SW1029 from-arg-without-default
from-arg-without-default-title = `FROM` uses a build argument that has no default
from-arg-without-default-why = Without `--build-arg` the reference expands to something like `python:-slim` or an empty image name, and the build fails. The Dockerfile does not build on its own, and every caller must know the magic argument.
from-arg-without-default-fix = Declare the argument with a default before the first `FROM`: `ARG PYTHON_VERSION=3.12`, then `FROM python:${"{"}PYTHON_VERSION{"}"}-slim`.

## SW1030 hardcoded-worker-count
hardcoded-worker-count-title = Worker count hard-coded in the image command
hardcoded-worker-count-why = The right number of workers depends on where the image runs: a 1-CPU container on a laptop, a 4-CPU production VM, the number of replicas. Baked into the image, it can only be changed by rebuilding or by overriding the whole command.
hardcoded-worker-count-fix = Drop `-w`/`--workers` from the command and set the count at run time through `WEB_CONCURRENCY`, which both gunicorn and uvicorn read.

## SW1031 dev-server-in-image
dev-server-in-image-title = Development server or flag in the image command
dev-server-in-image-why = Development servers are single-process and unhardened, watch the filesystem (burning CPU), restart on file changes and show debug pages, secrets included, to anyone.
dev-server-in-image-fix = Run a production server (gunicorn, uvicorn without `--reload`, `node` on the built app) and keep `runserver`, `flask run`, `npm run dev` and `--debug` for the development environment.

## SW1032 missing-expose
missing-expose-title = The command's port is not EXPOSEd
missing-expose-why = `EXPOSE` documents the service's port for people and tools (`docker run -P`, compose `expose`, reverse proxies that discover ports automatically). A wrong one sends the proxy to a port nothing listens on.
missing-expose-fix = Add `EXPOSE` with the port the command listens on, e.g. `EXPOSE 8000` for `--port 8000`.

## SW1033 healthcheck-tool-missing
healthcheck-tool-missing-title = HEALTHCHECK uses a tool the image does not have
healthcheck-tool-missing-why = The probe fails with "executable file not found" every time: the container is marked unhealthy forever, orchestrators restart it in a loop, and compose services that wait for `service_healthy` never start.
healthcheck-tool-missing-fix = Probe with something the image has (e.g. `python -c "import urllib.request; ..."` on a Python image), or install `curl`/`wget` in the final stage.

## SW1034 install-without-yes
install-without-yes-title = Package install without `-y`: the build stops at a prompt
install-without-yes-why = A build has no terminal: the confirmation prompt reads end-of-file and the package manager aborts, so the build fails. `apt-get` only asks when it installs more than was named, so a Dockerfile that builds today breaks the day a package gains a dependency; `DEBIAN_FRONTEND=noninteractive` does not answer this prompt.
install-without-yes-fix = Add `-y` to every install command (`apt-get install -y`, `dnf install -y`, `zypper install -y` or `zypper -n`).

## SW1035 node-package-unpinned
node-package-unpinned-title = `npm install <package>` without a version
node-package-unpinned-why = Each build installs whatever version is newest that day: two builds of the same commit ship different code, and a breaking or compromised release reaches production without anyone changing a line.
node-package-unpinned-fix = Pin an exact version (`npm install -g pm2@5.4.3`), or add the package to `package.json` and install with `npm ci`.

## SW1036 gem-unpinned-package
gem-unpinned-package-title = `gem install <gem>` without a version
gem-unpinned-package-why = Each build installs whatever version is newest that day: two builds of the same commit ship different code, and a breaking or compromised release reaches production without anyone changing a line.
gem-unpinned-package-fix = Pin the version with `-v` (`gem install bundler -v 2.5.22`), or install from a `Gemfile.lock`.

## SW1037 os-package-unpinned
os-package-unpinned-title = System package installed without a version
os-package-unpinned-why = Two builds of the same commit can install different package versions, so an image that worked yesterday can change behaviour without a code change. It is a trade-off, not an error: exact pins also hold back security updates until someone bumps them.
os-package-unpinned-fix = Pin the versions that matter (`apk add curl=8.14.1-r1`), or pin the base image by digest and rebuild on purpose, which is the usual middle ground.

## SW1038 env-self-reference
env-self-reference-title = `ENV` refers to a variable it sets itself
env-self-reference-why = Docker substitutes variables with the values they had before the instruction: in `ENV APP_HOME=/app APP_LOGS=$APP_HOME/logs`, `APP_LOGS` becomes `/logs` (or uses an older `APP_HOME`), not `/app/logs`. Nothing fails; the service just reads and writes the wrong paths.
env-self-reference-fix = Split the instruction: set the variable in one `ENV` and use it in a following `ENV`.

## SW1039 copy-relative-without-workdir
copy-relative-without-workdir-title = `COPY` to a relative path before any `WORKDIR`
copy-relative-without-workdir-why = A relative destination is resolved against the working directory, which then comes from the base image: `/` for most images, something else for others, and it can change along with the base image. The files land somewhere the `CMD` may not look.
copy-relative-without-workdir-fix = Set `WORKDIR` (e.g. `WORKDIR /app`) before the first `COPY` or `ADD`, or copy to an absolute path.

## SW1040 useradd-high-uid
useradd-high-uid-title = `useradd` of a high UID without `--no-log-init`
useradd-high-uid-why = `useradd` reserves a record for the new UID in the sparse files `/var/log/lastlog` and `/var/log/faillog`, at an offset proportional to the UID. Image layers do not keep files sparse, so the holes are stored as zeros: about 29 MB for UID 100000, gigabytes for UIDs in the millions, and builds run out of disk.
useradd-high-uid-fix = Add `--no-log-init` (`-l`) to `useradd`, or use a smaller UID.

## SW1041 yarn-cache-not-cleaned
yarn-cache-not-cleaned-title = `yarn install` leaves yarn's cache in the layer
yarn-cache-not-cleaned-why = Yarn keeps a copy of every package it downloads in its global cache, often as large as `node_modules` itself, and that cache ships in the layer.
yarn-cache-not-cleaned-fix = Run `yarn cache clean` in the same `RUN` after `yarn install`, or put yarn's cache on a BuildKit cache mount.

## SW1042 bin-sh-relinked
bin-sh-relinked-title = `/bin/sh` relinked instead of using `SHELL`
bin-sh-relinked-why = `/bin/sh` is the shell of every script in the image, including package maintainer scripts and the entrypoint, which were written for the distribution's shell. Swapping it changes their behaviour far beyond the build steps.
bin-sh-relinked-fix = Use the `SHELL` instruction (e.g. `SHELL ["/bin/bash", "-c"]`): it changes the shell only for the following `RUN` instructions, visibly.

## SW1043 registry-not-allowed
registry-not-allowed-title = Image from a registry the configuration does not allow
registry-not-allowed-why = Teams restrict images to registries they mirror and scan. An image from anywhere else bypasses that review, is not covered by the mirror when the upstream registry is down or rate-limits, and may disappear or change owner.
registry-not-allowed-fix = Pull the image through an allowed registry or mirror, or, if the registry is acceptable, add it to `allowed-registries` in `seaworthy.toml`.

## SW2xxx compose

## SW2001 compose-schema-violation
compose-schema-violation-title = Compose file does not follow the compose specification
compose-schema-violation-why = `docker compose` refuses the file or, for some keys, silently ignores them: a typo in `healthcheck` or `deploy` quietly removes the protection it was meant to add.
compose-schema-violation-fix = Fix the reported key or value to match the compose specification (correct the spelling, use the expected type, e.g. `ports: ["80:80"]` instead of `ports: 80`) and check with `docker compose config`.

## SW2002 compose-version-obsolete
compose-version-obsolete-title = Obsolete `version:` key
compose-version-obsolete-why = Compose v2 ignores the key and prints a warning on every command. It suggests a file format that no longer exists and misleads readers about which features are available.
compose-version-obsolete-fix = Delete the top-level `version:` key.

## SW2003 compose-undefined-variable
compose-undefined-variable-title = Variable without a value or default, or broken interpolation
compose-undefined-variable-why = Compose substitutes an empty string and starts anyway: `DATABASE_URL=postgres://:@db/`, `image: app:` and similar half-configured services fail at run time, far from the cause.
compose-undefined-variable-fix = Define the variable in `.env` (and document it in `.env.example`), give it a default (`${"{"}TAG:-1.4.2{"}"}`), or make it required with `${"{"}VAR:?message{"}"}`; fix the interpolation syntax if it is broken.

## SW2004 healthcheck-missing
healthcheck-missing-title = Service without a healthcheck
healthcheck-missing-why = Without a healthcheck compose only knows that the process started: dependent services start too early (nginx returns 502 while uvicorn boots), `service_healthy` cannot be used, and a hung process is never restarted.
healthcheck-missing-fix = Add a `healthcheck:` that probes the service itself (an HTTP health endpoint, `pg_isready`, `redis-cli ping`), and make dependents wait with `condition: service_healthy`.

## SW2005 healthcheck-ineffective
healthcheck-ineffective-title = Healthcheck that cannot detect a broken service
healthcheck-ineffective-why = `--version` probes, process checks (`pgrep`, `ps | grep`), `true`, `echo` or `curl` without `-f` keep succeeding while the service cannot serve. Dependent services start against it, and a hung worker is never restarted.
healthcheck-ineffective-fix = Probe what the service actually does: a health endpoint with `curl -f` or `wget --spider`, the database's own client (`pg_isready`), or the worker's ping command.

## SW2006 depends-on-not-healthy
depends-on-not-healthy-title = depends_on waits only for start, not for health
depends-on-not-healthy-why = "Started" means the process exists, not that PostgreSQL accepts connections: on every cold start the app boots, fails to connect and crashes, or nginx answers 502.
depends-on-not-healthy-fix = Use the long syntax with `condition: service_healthy` and give the dependency a healthcheck (e.g. `pg_isready` for PostgreSQL).

## SW2007 internal-port-published
internal-port-published-title = Database, cache or broker port published to every interface
internal-port-published-why = The database is one port scan away from the internet, usually behind a weak password, and ports published by Docker bypass the host firewall (ufw).
internal-port-published-fix = Remove the `ports:` entry and reach the service over the compose network, or bind it to loopback: `"127.0.0.1:5432:5432"`.

## SW2008 nonstandard-host-port
nonstandard-host-port-title = Well-known service on a non-standard host port
nonstandard-host-port-why = Not wrong in itself, but every tool and person connecting from the host has to know the odd port, and `.env` files drift between the standard port and the custom one.
nonstandard-host-port-fix = Use the standard port, or state the reason for the custom one in a comment next to the mapping.

## SW2009 root-image-unprivileged-variant
root-image-unprivileged-variant-title = Root image used where an unprivileged variant exists
root-image-unprivileged-variant-why = The internet-facing container is the one most likely to be breached, and running it as root gives the attacker root in the container. The unprivileged variant is a drop-in replacement.
root-image-unprivileged-variant-fix = Switch to the official unprivileged variant (e.g. `nginxinc/nginx-unprivileged`, which listens on 8080, so map `80:8080`), or set `user:` for the service.

## SW2010 restart-policy-missing
restart-policy-missing-title = Service without a restart policy
restart-policy-missing-why = After a crash, an out-of-memory kill or a host reboot the service stays down until someone notices.
restart-policy-missing-fix = Add `restart: unless-stopped` (or `deploy.restart_policy`) to every long-running service.

## SW2011 stop-grace-period-missing
stop-grace-period-missing-title = Worker without a stop grace period
stop-grace-period-missing-why = On deploy or restart compose waits 10 seconds after SIGTERM and then kills the worker: longer jobs are cut in half and, without late acknowledgement, lost.
stop-grace-period-missing-fix = Set `stop_grace_period` longer than the longest job (e.g. `stop_grace_period: 120s`), and enable late acknowledgement in the task queue.

## SW2012 resource-limits-missing
resource-limits-missing-title = Service without resource limits
resource-limits-missing-why = One leaking worker or runaway query eats the host's memory, and the kernel's OOM killer picks a victim, often the database.
resource-limits-missing-fix = Set memory and CPU limits under `deploy.resources.limits` (or `mem_limit` and `cpus`), sized from the service's observed usage.

## SW2013 hardcoded-credential
hardcoded-credential-title = Credential written into a compose file
hardcoded-credential-why = The password is in git for everyone with read access and is identical in every environment. A default in an interpolation silently becomes the production password when `.env` lacks the variable.
hardcoded-credential-fix = Pass the credential through compose `secrets:` (with a `*_FILE` variable such as `POSTGRES_PASSWORD_FILE`) or from an untracked `.env` without a default, and rotate the value that was committed.

## SW2014 dev-mode-in-shared
dev-mode-in-shared-title = Development mode in a compose file production uses
dev-mode-in-shared-why = The base file is merged into every environment, so a development flag there ships to production: debug pages with secrets, autoreload, single-process development servers.
dev-mode-in-shared-fix = Keep production settings in the base file and move `--reload`, `DEBUG=true`, `NODE_ENV=development` and development build targets to `docker-compose.override.yml` or another dev-only file.

## SW2015 privileged-container
privileged-container-title = Privileged container
privileged-container-why = A privileged container has every capability and access to every host device: compromising the container means compromising the host.
privileged-container-fix = Remove `privileged: true` and grant only the specific capability (`cap_add`) or device (`devices`) the service needs.

## SW2016 docker-socket-mounted
docker-socket-mounted-title = Docker socket mounted into a container
docker-socket-mounted-why = The Docker socket is root on the host: whoever controls the container can start a privileged container that mounts `/`. `:ro` does not help, because the API stays fully writable.
docker-socket-mounted-fix = Remove the socket mount; if a proxy or monitor really needs the Docker API, give it a filtering socket proxy (`DOCKER_HOST: tcp://socket-proxy:2375`) that allows only the calls it needs.

## SW2017 network-mode-host
network-mode-host-title = Container on the host network
network-mode-host-why = The container shares the host's network stack: every port it opens is open on the host, compose networks and service names do not apply, and it can reach services bound to the host's loopback.
network-mode-host-fix = Remove `network_mode: host`, put the service on a compose network, and publish only the ports it needs, bound to an explicit address (`"127.0.0.1:8000:8000"`).

## SW2018 single-network
single-network-title = Edge and data services share one network
single-network-why = The internet-facing proxy or frontend can open connections straight to the database, so one breach reaches everything.
single-network-fix = Split the services into an `edge` network and a `data` network declared with `internal: true`, and attach to both only the services that need both.

## SW2019 stateful-data-not-persisted
stateful-data-not-persisted-title = Database data not on a named volume
stateful-data-not-persisted-why = `docker compose down` or an image upgrade recreates the container, and the database is gone. A bind mount into the repository ties the data to a checkout, its permissions and its backups.
stateful-data-not-persisted-fix = Mount a named volume on the data directory (e.g. `pgdata:/var/lib/postgresql/data`) and declare it under the top-level `volumes:`.

## SW2020 compose-image-unpinned
compose-image-unpinned-title = Service image without a version
compose-image-unpinned-why = `docker compose pull` brings a different image every week: a new major PostgreSQL that cannot read the old data directory, a Redis with changed defaults. Rollbacks become impossible.
compose-image-unpinned-fix = Pin every `image:` to an explicit version (e.g. `redis:7.4-alpine`) or a digest.

## SW2021 container-name-with-replicas
container-name-with-replicas-title = Fixed container name on a replicated service
container-name-with-replicas-why = Container names are unique per host: the second replica cannot be created, and `docker compose up --scale` fails.
container-name-with-replicas-fix = Remove `container_name` from services that run more than one replica.

## SW2022 duplicate-host-port
duplicate-host-port-title = Two services publish the same host port
duplicate-host-port-why = The second container fails to start with "port is already allocated".
duplicate-host-port-fix = Give each service its own host port, or publish only the one that must be reachable from the host.

## SW2023 env-file-missing
env-file-missing-title = env_file that does not exist
env-file-missing-why = `docker compose up` stops with "env file not found" on a fresh checkout, and nothing tells the new developer, or the deploy script, what the file should contain.
env-file-missing-fix = Commit the file if it holds no secrets, or commit a `.env.example` next to it and create the file from it (`cp .env.example .env`) on deploy.

## SW2024 build-context-missing
build-context-missing-title = Compose builds a context or Dockerfile that does not exist
build-context-missing-why = Nothing builds: `docker compose up` stops with "failed to read dockerfile".
build-context-missing-fix = Point `build.context` at an existing directory and `build.dockerfile` at a Dockerfile inside it, or add the missing Dockerfile.

## SW2025 depends-on-unknown-service
depends-on-unknown-service-title = depends_on names a service that does not exist
depends-on-unknown-service-why = Compose refuses to start the project ("depends on undefined service"), typically after a service was renamed in one file and not in the other.
depends-on-unknown-service-fix = Use the service's current name in `depends_on`, or define the missing service in the compose project.

## SW2026 config-mount-writable
config-mount-writable-title = Configuration bind-mounted writable
config-mount-writable-why = The container only needs to read its configuration. Mounted writable, it lets a compromised or buggy process rewrite the host's copy (nginx rules, TLS keys, the app's settings), and the change survives restarts and redeploys.
config-mount-writable-fix = Add `:ro` to configuration and certificate bind mounts (e.g. `./nginx/nginx.conf:/etc/nginx/nginx.conf:ro`), or set `read_only: true` in the long syntax.

## SW2027 undeclared-named-resource
undeclared-named-resource-title = Named volume, network or secret used but not declared
undeclared-named-resource-why = `docker compose up` refuses the whole project ("refers to undefined volume"), so nothing starts. It usually happens when a service is copied from another stack or a top-level section is renamed, and it shows only at deploy time.
undeclared-named-resource-fix = Declare the volume, network or secret in the top-level `volumes:`, `networks:` or `secrets:` section, or fix the name the service uses.

## SW2028 no-environment-overrides
no-environment-overrides-title = One compose file serves every environment
no-environment-overrides-why = With one file for every environment, development conveniences (bind-mounted code, `--reload`, published database ports, debug settings) and production settings (limits, restart policies, TLS) cannot differ: one of the two is always wrong. For small stacks this is a judgement call.
no-environment-overrides-fix = Keep the common part in the base file and move environment-specific settings to `compose.override.yaml` for development and `compose.prod.yaml` for production.

## SW2029 port-bypasses-proxy
port-bypasses-proxy-title = Service behind nginx also published on every interface
port-bypasses-proxy-why = Clients can skip nginx and talk to the app directly: TLS, security headers, rate limits, body-size limits and access rules in the nginx config do not apply on that port. Docker publishes ports through its own firewall rules, so a host firewall such as `ufw` usually does not close it either.
port-bypasses-proxy-fix = Publish only nginx and let it reach the app over the compose network: replace the app's `ports:` with `expose: ["8000"]`, or bind it to `127.0.0.1` when nginx runs on the host.

## SW2030 admin-ui-exposed
admin-ui-exposed-title = Admin or ops UI published without authentication
admin-ui-exposed-why = These UIs are built for operators: Flower can revoke and inspect every Celery task and its arguments, a mail catcher shows every password-reset email, Redis Commander and the RabbitMQ UI read and delete data, the Traefik dashboard maps the whole routing table. A published port is reachable by anyone who can reach the host, since Docker's port publishing bypasses host firewalls such as `ufw`.
admin-ui-exposed-fix = Turn on the UI's authentication (e.g. `FLOWER_BASIC_AUTH`) and publish it on `127.0.0.1` only (`ports: ["127.0.0.1:5555:5555"]`), reaching it over an SSH tunnel or VPN; leave mail catchers out of production.

## SW2031 compose-image-eol
compose-image-eol-title = Service image past its end of life
compose-image-eol-why = An end-of-life database, cache, proxy or runtime gets no security fixes: known vulnerabilities stay open for good. The eventual upgrade then jumps several major versions at once, with data format changes for databases.
compose-image-eol-fix = Move the service to a supported release of the image, such as `postgres:17-alpine`, and plan the next upgrade before its end-of-life date.

## SW2032 compose-image-floating-tag
compose-image-floating-tag-title = Service image tag that names no version
compose-image-floating-tag-why = Such a tag moves to every new release, major versions included: the next `docker compose pull` on a server silently upgrades PostgreSQL or nginx. Two hosts run different versions of the same stack, and a rollback cannot bring the old version back.
compose-image-floating-tag-fix = Pin the image to a tag with a version, such as `nginx:1.27-alpine` instead of `nginx:alpine`, or to a digest.

## SW3xxx nginx

## SW3001 websocket-upgrade-missing
websocket-upgrade-missing-title = WebSocket route proxied without the upgrade headers
websocket-upgrade-missing-why = By default nginx proxies over HTTP/1.0 and drops hop-by-hop headers: the `Upgrade` request never reaches the app, the browser's WebSocket connection fails, and real-time features (chat, voice, live updates) are dead in production.
websocket-upgrade-missing-fix = In the WebSocket location set `proxy_http_version 1.1`, `proxy_set_header Upgrade $http_upgrade` and `proxy_set_header Connection "upgrade"` (or a `$connection_upgrade` map), and raise `proxy_read_timeout`.

## SW3002 add-header-drops-inherited
add-header-drops-inherited-title = Nested add_header drops the headers set above it
add-header-drops-inherited-why = nginx inherits `add_header` only into blocks that have none of their own, so one `add_header Cache-Control` in a location silently drops every security header of the server. HSTS, `X-Frame-Options`, `X-Content-Type-Options` and CSP vanish exactly on those responses (static files, downloads), which is where clickjacking and MIME sniffing bite.
add-header-drops-inherited-fix = Repeat the outer security headers in every block that has its own `add_header` (an `include` of a shared snippet helps), or, with nginx 1.29.3 and later, set `add_header_inherit merge;` in the server block.

## SW3003 header-without-always
header-without-always-title = Security header not sent on error responses (no `always`)
header-without-always-why = Without `always`, nginx adds the header only to 200, 201, 204, 206, 301, 302, 303, 304, 307 and 308 responses. Error pages (4xx, 5xx), which attackers can trigger at will, go out unprotected.
header-without-always-fix = Add the `always` parameter to every security header, e.g. `add_header X-Content-Type-Options "nosniff" always;`.

## SW3004 auth-rate-limit-missing
auth-rate-limit-missing-title = Login/auth endpoint without rate limiting
auth-rate-limit-missing-why = Credential stuffing and password guessing run at whatever rate the app can answer, and the login endpoint is also the most expensive one because of password hashing.
auth-rate-limit-missing-fix = Define a strict zone (`limit_req_zone $binary_remote_addr zone=login:10m rate=5r/m;`) and apply it in the auth locations with `limit_req zone=login burst=3 nodelay;`.

## SW3005 rate-limit-missing
rate-limit-missing-title = Proxied server without any rate limiting
rate-limit-missing-why = One client can saturate the application workers and the database behind them; a cheap flood takes the service down.
rate-limit-missing-fix = Define a `limit_req_zone` per client address and apply `limit_req` (with a `burst`) to the proxied locations; add `limit_conn` where long connections matter.

## SW3006 client-body-size-excessive
client-body-size-excessive-title = client_max_body_size unlimited or very large
client-body-size-excessive-why = nginx buffers request bodies to disk before the app sees them: a few concurrent multi-gigabyte uploads fill the disk or tie up workers, a cheap denial of service. The app usually rejects such bodies anyway, after nginx has done all the work.
client-body-size-excessive-fix = Keep a modest server-wide `client_max_body_size` (e.g. `20M`) and raise it only in the upload locations that need it.

## SW3007 hsts-missing
hsts-missing-title = HTTPS server without HSTS
hsts-missing-why = Without HSTS the browser keeps trying plain HTTP first: on a hostile network the first request can be intercepted and downgraded (SSL stripping) despite the redirect.
hsts-missing-fix = Add `add_header Strict-Transport-Security "max-age=63072000; includeSubDomains" always;` to the TLS server, with a `max-age` of at least six months.

## SW3008 security-headers-missing
security-headers-missing-title = Server without the basic security headers
security-headers-missing-why = `X-Content-Type-Options`, `X-Frame-Options` and `Referrer-Policy` are the cheap, standard defence against MIME sniffing, clickjacking and leaking URLs (with tokens in them) to third parties.
security-headers-missing-fix = Add the missing headers with `always` at the server level: `X-Content-Type-Options "nosniff"`, `X-Frame-Options "DENY"` (or CSP `frame-ancestors`), `Referrer-Policy "strict-origin-when-cross-origin"`.

## SW3009 csp-unsafe
csp-unsafe-title = Content-Security-Policy that allows inline scripts or any host
csp-unsafe-why = Such a CSP no longer stops injected scripts: `'unsafe-inline'` is exactly what XSS payloads use, and `https:` allows scripts from any host on the internet.
csp-unsafe-fix = Drop `'unsafe-inline'`, `'unsafe-eval'` and scheme or wildcard sources; list the exact hosts (`script-src 'self'`), and use nonces or hashes for the inline scripts you really need.

## SW3010 tls-weak-protocols
tls-weak-protocols-title = Deprecated TLS/SSL protocol versions enabled
tls-weak-protocols-why = SSLv3, TLS 1.0 and TLS 1.1 have known attacks (POODLE, BEAST) and are deprecated by RFC 8996; browsers refuse them and compliance scans fail.
tls-weak-protocols-fix = Allow only modern versions: `ssl_protocols TLSv1.2 TLSv1.3;`.

## SW3011 https-redirect-missing
https-redirect-missing-title = Plain-HTTP server does not redirect to HTTPS
https-redirect-missing-why = Users who type the bare domain, and old links, use plain HTTP: cookies and credentials cross the network unencrypted, and the browser never learns HSTS.
https-redirect-missing-fix = Make the port 80 server answer `return 301 https://$host$request_uri;`, keeping only the ACME challenge location if certificates are issued over HTTP.

## SW3012 https-disabled
https-disabled-title = The HTTPS server block is commented out
https-disabled-why = A commented-out HTTPS block means production either runs without TLS or terminates it somewhere this repository does not describe; either way the production path is undocumented and untested.
https-disabled-fix = Enable the TLS server (`listen 443 ssl` with `ssl_certificate` and `ssl_certificate_key`), or document in the repository where TLS is terminated and remove the dead block.

## SW3013 static-cache-disabled
static-cache-disabled-title = Caching disabled for static assets
static-cache-disabled-why = Every page view downloads every script, style and image again: slower pages and more load on nginx and the app. Cache busting belongs in file names (`app.3f2a.js`), not in disabling the cache.
static-cache-disabled-fix = Serve static assets with a long lifetime (`expires 30d;`, `Cache-Control "public, immutable"`) and put a content hash in their file names.

## SW3014 autoindex-enabled
autoindex-enabled-title = Directory listing enabled
autoindex-enabled-why = Directory listings expose every file under the location: backups, other users' uploads, copies of `.env`, source maps. Attackers crawl them automatically.
autoindex-enabled-fix = Remove `autoindex on` (the default is off); if a file index is really needed, generate it explicitly and put it behind authentication.

## SW3015 server-tokens-exposed
server-tokens-exposed-title = nginx version exposed in headers and error pages
server-tokens-exposed-why = Every response and error page announces the exact nginx version, which tells attackers which published vulnerabilities to try.
server-tokens-exposed-fix = Set `server_tokens off;` in the `http` block.

## SW3016 alias-traversal
alias-traversal-title = Off-by-slash `alias` allows path traversal
alias-traversal-why = With `location /static` and `alias /srv/static/`, a request for `/static../app/settings.py` matches the location and maps to `/srv/static/../app/settings.py`: files next to the aliased directory, source code and `.env` included, can be downloaded.
alias-traversal-fix = End the location path with `/` whenever the alias ends with `/`: `location /static/` with `alias /srv/app/static/;`.

## SW3017 proxy-pass-variable-ssrf
proxy-pass-variable-ssrf-title = Upstream host taken from the request (SSRF)
proxy-pass-variable-ssrf-why = The client chooses where nginx connects: internal services, cloud metadata endpoints (`169.254.169.254`), the database admin port. This is server-side request forgery.
proxy-pass-variable-ssrf-fix = Keep the upstream host fixed (an `upstream` block or a literal name) and take at most the path from the request, e.g. `proxy_pass http://backend/$1;`; map client input to an allow-list of hosts if routing must depend on it.

## SW3018 host-header-spoofing
host-header-spoofing-title = Raw client Host header passed upstream
host-header-spoofing-why = `$http_host` is the raw header from the client, even when it matches no `server_name`: applications that build URLs from `Host` (password-reset links, redirects, cache keys) can be pointed at an attacker's domain.
host-header-spoofing-fix = Pass `proxy_set_header Host $host;`: `$host` is normalized and falls back to the server name.

## SW3019 http-splitting
http-splitting-title = Decoded URI written into a header or upstream request (HTTP splitting)
http-splitting-why = `$uri` is URL-decoded, so a request for `/%0d%0aSet-Cookie:%20a=b` puts a CRLF into the value. In a response header the attacker writes arbitrary headers (response splitting: session fixation, cache poisoning, XSS); in `proxy_pass` nginx sends the URI as is, so the attacker ends the request line and injects headers or a second request to the upstream.
http-splitting-fix = Use `$request_uri`, which stays encoded (e.g. `return 301 https://example.com$request_uri;`), and capture with patterns that cannot match a line feed, such as `(.*)` or `([^/\s]*)`.

## SW3020 origin-check-regex
origin-check-regex-title = Origin/Referer check whose regex accepts an attacker's host
origin-check-regex-why = The check meant to allow only your origin in CORS or CSRF protection accepts a domain the attacker can register (`example.com.attacker.example`, `evilexample.com`, `app-example.com`). Cross-origin requests with credentials then succeed from their site, or the hotlink or CSRF guard lets their pages through.
origin-check-regex-fix = Anchor the regex at both ends and escape the dots: `^https://(www\.)?example\.com$` for `Origin`; for `Referer`, anchor the host and allow a path after it: `^https://([^/]+\.)?example\.com(/|$)`. The variable is `$http_referer`, with one "r".

## SW3021 websocket-timeout-short
websocket-timeout-short-title = WebSocket route with the default 60 s read timeout
websocket-timeout-short-why = nginx closes a proxied connection that receives nothing for `proxy_read_timeout`: quiet WebSocket sessions (no message for a minute) drop, and every client reconnects.
websocket-timeout-short-fix = Raise `proxy_read_timeout` in the WebSocket location (e.g. `3600s`), or have the application send pings more often than the timeout.

## SW3022 gzip-disabled
gzip-disabled-title = Response compression never enabled
gzip-disabled-why = JSON, HTML, CSS and JavaScript compress by 70–90%: without compression pages load slower and bandwidth bills are higher.
gzip-disabled-fix = Enable `gzip on;` in the `http` block with `gzip_types` for text, JSON, JavaScript and SVG (or enable brotli).

## SW3023 ssl-ciphers-weak
ssl-ciphers-weak-title = ssl_ciphers enables broken cipher suites
ssl-ciphers-weak-why = nginx offers the listed suites to every client, and one that negotiates them gets a connection that an attacker on the path can read (SWEET32 against 3DES, RC4 biases, EXPORT downgrades) or impersonate (no server authentication). Scanners such as SSL Labs cap the grade, and PCI DSS scans fail.
ssl-ciphers-weak-fix = Use a modern list of ECDHE suites with AES-GCM or ChaCha20-Poly1305 (the Mozilla SSL Configuration Generator gives one), or exclude the weak ones explicitly with `!`.

## SW3024 proxy-forwarded-headers-missing
proxy-forwarded-headers-missing-title = proxy_pass without the client address or scheme headers
proxy-forwarded-headers-missing-why = Without them the application sees nginx as the client: every request carries the proxy's IP, so logs, per-IP rate limits and audit trails are useless. On a TLS server the app also believes requests came over plain HTTP, which breaks `https` URLs, secure cookies and CSRF origin checks.
proxy-forwarded-headers-missing-fix = Set `proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;` and `proxy_set_header X-Forwarded-Proto $scheme;` (remembering that a location's own `proxy_set_header` replaces the server's), and configure the app to trust them.

## SW3025 resolver-missing
resolver-missing-title = Variable upstream host without a resolver
resolver-missing-why = With a variable in the host nginx resolves the name at run time, per request, and only through a `resolver`: without one every request to that location fails with 502 and "no resolver defined" in the error log. The stack starts fine in a quick test, so the bug ships.
resolver-missing-fix = Add a `resolver` to the server or `http` block; in compose that is Docker's DNS, `resolver 127.0.0.11 valid=30s;`.

## SW3026 allow-without-deny
allow-without-deny-title = `allow` list without `deny all`: everyone is let through
allow-without-deny-why = nginx checks `allow`/`deny` in order and lets a request through when no rule matches, so a list of `allow`s without a final `deny all;` admits everyone: the admin page, metrics or status endpoint it was meant to restrict is public. A `deny all;` in the parent block does not help, because a block with access rules of its own inherits none.
allow-without-deny-fix = End every `allow` list with `deny all;` in the same block.

## SW3027 if-in-location
if-in-location-title = `if` inside a location doing more than `return` or `rewrite ... last`
if-in-location-why = Inside a location, `if` creates a hidden nested location: when the condition holds, the request is served by that block's configuration, not the location's. Directives there replace instead of adding, `try_files` and the prefix replacement of `proxy_pass` are lost and `alias` is inherited wrongly; it looks right in a quick test and misbehaves for exactly the requests the condition singles out.
if-in-location-fix = Inside a location, keep `if` to `return ...;` and `rewrite ... last;`; choose values with a `map` at the `http` level, or split the cases into separate locations.

## SW3028 resolver-external
resolver-external-title = `resolver` pointing at a public DNS server
resolver-external-why = nginx's resolver is a plain, non-validating UDP stub without DNSSEC: answers from a server across the internet can be spoofed or poisoned, and nginx then proxies requests, cookies and credentials included, to the attacker's address. A public resolver also knows nothing of the compose network's names or a private zone, so a `proxy_pass` to a service name fails with 502.
resolver-external-fix = Point `resolver` at a local or private resolver: Docker's embedded DNS `127.0.0.11` in compose, a local caching resolver, or the VPC or cluster DNS.

## SW3029 try-files-proxied
try-files-proxied-title = `try_files` and `proxy_pass` in the same location
try-files-proxied-why = `try_files` runs before the location's content handler: when a file exists, nginx rewrites the URI to it and `proxy_pass` still sends it upstream, so the static file is never served by nginx and every request costs file-system lookups. When no file exists, the request usually lands in the same location again (a redirect loop that ends in a 500) or bypasses the proxy.
try-files-proxied-fix = Fall back to a named location and proxy from there: `try_files $uri @app;` plus a separate `location @app` with the `proxy_pass`.

## SW3030 worker-rlimit-nofile-low
worker-rlimit-nofile-low-title = `worker_rlimit_nofile` below twice `worker_connections`
worker-rlimit-nofile-low-why = Every connection is a file descriptor, and a proxied request holds two (client and upstream) plus files being served and temporary buffers. Below that limit nginx fails with "Too many open files" and drops requests long before `worker_connections` is reached; without `worker_rlimit_nofile` a container often gives the workers a soft limit of 1024.
worker-rlimit-nofile-low-fix = Set `worker_rlimit_nofile` to at least twice `worker_connections` (e.g. `8192` for `4096`).

## SW3031 location-regex-unanchored
location-regex-unanchored-title = Regex location matching an extension without `$`
location-regex-unanchored-why = The unanchored regex also matches `/uploads/avatar.php.jpg` or `/static/app.js.map`: files the location was not written for get its handler (PHP-FPM, long cache headers, a different root). Regex locations win over prefix locations, so they steal requests from the location meant for them.
location-regex-unanchored-fix = Anchor the extension at the end of the path: `location ~ \.php$`.

## SW3032 add-header-content-type
add-header-content-type-title = `add_header Content-Type` sends a second Content-Type
add-header-content-type-why = nginx always sends its own `Content-Type` (from `types`, `default_type` or the upstream), and `add_header` does not replace it but sends a second one. Browsers and caches pick one of the two differently, so how the response is handled, MIME sniffing protection included, depends on the client.
add-header-content-type-fix = Set the type with `default_type` or `types` in the location, or hide the upstream's header with `proxy_hide_header Content-Type` before adding your own.

## SW3033 default-server-missing
default-server-missing-title = Several servers on one port and none is `default_server`
default-server-missing-why = A request whose `Host` matches no `server_name` (scanners, clients connecting by IP, a misspelled or spoofed host) goes to the first server nginx read. The application behind it answers for any host name, and renaming or adding a file in `conf.d/` silently changes which site that is.
default-server-missing-fix = Add an explicit catch-all server, `listen 80 default_server;` with `server_name _;` and `return 444;`.

## SW3034 proxy-pass-normalized
proxy-pass-normalized-title = `proxy_pass` URI built from the decoded path
proxy-pass-normalized-why = Locations match the decoded, normalised path, and nginx sends a URI built from variables as is, without encoding it again. What the client encoded arrives decoded: `%3F` starts a query string of the client's choice, `%2F` becomes a path separator, and a double-encoded `../` can walk out of the path the location was meant to expose.
proxy-pass-normalized-fix = Use a prefix location with a URI in `proxy_pass` (`location /api/` with `proxy_pass http://backend:8000/;`): nginx then maps the path itself and keeps the encoding.

## SW3035 return-bypasses-access
return-bypasses-access-title = `return` answers before `allow`/`deny` are checked
return-bypasses-access-why = `return` runs in the rewrite phase, before the access phase where `allow` and `deny` are checked. The response is sent before the client address is ever looked at, so the restriction the block seems to have does not apply.
return-bypasses-access-fix = Serve the content with a content handler (`root` with `try_files`, `proxy_pass`) so that `allow`/`deny` apply, or move the `return` to a location that does not need the restriction.

## SW3036 valid-referers-none
valid-referers-none-title = `valid_referers none` lets requests without a Referer through
valid-referers-none-why = `none` accepts requests without a `Referer`, and leaving the header out is up to the client: any script, `curl` or page with `Referrer-Policy: no-referrer` omits it. That is an accepted trade-off for image hotlink protection, but such a check protects nothing that matters and must not stand in for authentication or CSRF protection.
valid-referers-none-fix = Remove `none` from `valid_referers` where the check guards anything of value, and protect such endpoints with authentication or CSRF tokens.

## SW4xxx secrets

## SW4001 secret-in-env-file
secret-in-env-file-title = Real-looking credential in an env file
secret-in-env-file-why = Whoever reads the file (a teammate, a laptop thief, a CI log, a Docker image built from the directory) has the keys, and provider keys mean money and data. A file git tracks puts them in front of everyone with access to the repository.
secret-in-env-file-fix = Rotate the exposed keys, keep real values out of the repository (git-ignored `.env`, a secret manager or compose `secrets:`), and exclude env files from build contexts.

## SW4002 secret-in-git-history
secret-in-git-history-title = Credential present in git history
secret-in-git-history-why = Deleting a file does not remove it from history: anyone who can clone the repository can run `git show <commit>:.env`. Once pushed, rewriting history alone does not help, because clones and forks keep the old commits.
secret-in-git-history-fix = Rotate every key found, then purge it from history (`git filter-repo`) if needed, and keep env files git-ignored from now on.

## SW4003 env-file-not-gitignored
env-file-not-gitignored-title = Env file that git does not ignore
env-file-not-gitignored-why = The next `git add .` commits every secret in the file, and from then on they live in the history forever.
env-file-not-gitignored-fix = Add the env files to `.gitignore` (e.g. `.env` and `.env.*` with `!.env.example`) and commit only an example with placeholders.

## SW4004 secret-in-example-file
secret-in-example-file-title = Real-looking credential in an example env file
secret-in-example-file-why = Example files are meant to be public: a real key copied into one is published together with the repository.
secret-in-example-file-fix = Rotate the key and replace the value with a placeholder, such as `your_stripe_secret_key_here`.

## SW4005 weak-secret-value
weak-secret-value-title = Guessable value for a secret
weak-secret-value-why = A default that was meant to be changed becomes the production password the day the stack is deployed as is, and values like `changeme`, `password` or `admin` are the first any attacker tries.
weak-secret-value-fix = Generate a long random value for every secret (e.g. `openssl rand -base64 32`) and keep it out of the repository.

## SW4006 env-in-build-context
env-in-build-context-title = Env file copied into the image
env-in-build-context-why = `COPY . .` copies the `.env` into the image (`.gitignore` does not apply to builds): everyone who can pull the image (a registry, a customer, a leaked tarball) can read every key with `docker run --rm image cat .env`.
env-in-build-context-fix = Exclude env files in `.dockerignore` (`.env*` with `!.env.example`), pass configuration at run time, and rotate any secret that has already shipped in an image.

## SW4007 dockerignore-gaps
dockerignore-gaps-title = .git, virtualenv or node_modules copied into the image
dockerignore-gaps-why = The image grows by the whole git history and by dependency trees built for another platform. `.git` leaks the source history, with every secret ever committed, and a host virtualenv or `node_modules` overrides the image's own dependencies.
dockerignore-gaps-fix = Add `.git`, `.venv`, `venv` and `node_modules` to the `.dockerignore` of the build context.

## SW4008 copy-source-dockerignored
copy-source-dockerignored-title = COPY of a path the .dockerignore excludes
copy-source-dockerignored-why = The build fails with "not found" or, for a directory, silently copies nothing: the image ships without its migrations or its configuration.
copy-source-dockerignored-fix = Narrow the `.dockerignore` pattern so that it no longer excludes the copied path, or re-include the path with a `!` exception.

## SW4009 env-example-drift
env-example-drift-title = .env and .env.example disagree on the variables
env-example-drift-why = The example is how the next developer and the production deploy learn which variables exist; when it drifts, deploys start with missing settings.
env-example-drift-fix = Document every variable of `.env` in `.env.example` (with a placeholder or an empty value) and remove the ones no longer used.

## SW4010 env-value-differs-from-compose
env-value-differs-from-compose-title = Variable defined differently in .env and in a compose default
env-value-differs-from-compose-why = There are two sources of truth: the stack works only because `.env` overrides the compose default, and the day `.env` is missing (a new server, CI) it silently runs with the other value.
env-value-differs-from-compose-fix = Keep one source: make the variable required in compose (`${"{"}LOG_LEVEL:?set LOG_LEVEL in .env{"}"}`) and set it in `.env`, or align the default with the real value.

## SW4011 dev-settings-in-production-env
dev-settings-in-production-env-title = Debug or development mode in an env file production uses
dev-settings-in-production-env-why = Debug mode answers errors with stack traces, settings and sometimes an interactive console; "development" switches off production safeguards (secure cookies, caching, strict host checks). The compose file says nothing about it, because the value hides in `.env`.
dev-settings-in-production-env-fix = Set production values in the env files production uses (`ENVIRONMENT=production`, `DEBUG=0`) and move development settings to `.env.dev` or `.env.local`.

## SW4012 secret-in-deployment-file
secret-in-deployment-file-title = Provider credential written into a committed deployment file
secret-in-deployment-file-why = Deployment files are committed, copied into images and printed in CI logs: a key written in them is readable by everyone with the repository, the image or the logs, and stays in git history after it is deleted. Only provider key formats are reported, so a finding is almost certainly a live key.
secret-in-deployment-file-fix = Rotate the key and read it from the platform's secret store instead, e.g. `${"{"}{"{"} secrets.OPENAI_API_KEY {"}"}{"}"}` in a GitHub Actions workflow, or a run-time secret for compose and nginx.

## SW5xxx Python

## SW5001 dev-dependencies-in-image
dev-dependencies-in-image-title = Development tools installed into a production image
dev-dependencies-in-image-why = Test runners, linters, formatters and debuggers add tens of megabytes and hundreds of files to every production image, widen the attack surface (debuggers open ports, test helpers execute code) and slow down every build.
dev-dependencies-in-image-fix = Move development tools to their own file (e.g. `requirements-dev.txt` starting with `-r requirements.txt`) that only development and CI install.

## SW5002 python-version-unsupported
python-version-unsupported-title = Base image Python version outside what the project supports
python-version-unsupported-why = The image runs an interpreter the project does not support: dependencies with C extensions may fail to build or have no wheels yet, and behaviour differs from what was tested.
python-version-unsupported-fix = Use a base image with a Python version inside the project's `requires-python` range (e.g. `python:3.13-slim` for `>=3.11,<3.14`), or widen the range once the project is tested on the newer version.

## SW5003 native-build-deps-missing
native-build-deps-missing-title = Package that compiles from source installed without its build dependencies
native-build-deps-missing-why = `pip install` fails with "pg_config executable not found" or "gcc: not found" and the image does not build; or it builds on a developer's full image and breaks when the base is switched to slim.
native-build-deps-missing-fix = Install the compiler and headers the package needs (e.g. `gcc` and `libpq-dev` for `psycopg2`) before `pip install`, ideally in a builder stage, or switch to a package with binary wheels such as `psycopg2-binary` or `psycopg[binary]`.

## SW5004 alembic-not-configured
alembic-not-configured-title = alembic is a dependency but there is no alembic configuration
alembic-not-configured-why = The migration tool is installed but not set up, which usually means schema changes are made by hand (`ALTER TABLE` in application code), with no history and no way to roll back or to bring a fresh database to the current schema.
alembic-not-configured-fix = Initialise alembic (`alembic init migrations`), commit `alembic.ini` and the migrations, and run `alembic upgrade head` as a deployment step; or drop the unused dependency.

## SW5005 gunicorn-asgi-sync-worker
gunicorn-asgi-sync-worker-title = gunicorn serves an ASGI app with a WSGI worker class
gunicorn-asgi-sync-worker-why = gunicorn's default `sync` worker speaks WSGI: an ASGI app fails on every request (`TypeError: __call__() missing 1 required positional argument: 'send'`) or, behind a compatibility shim, serializes all I/O.
gunicorn-asgi-sync-worker-fix = Run gunicorn with an ASGI worker class, `-k uvicorn.workers.UvicornWorker` (or `worker_class` in the gunicorn config), or run uvicorn directly.

## SW5006 celery-embedded-beat
celery-embedded-beat-title = Celery beat embedded in a worker
celery-embedded-beat-why = Every worker that embeds beat schedules the periodic tasks: scale the worker to two replicas, or restart one while the old one drains, and every periodic task runs twice. Celery's own documentation says `-B` is for development.
celery-embedded-beat-fix = Run `celery beat` as a separate single-replica service and start workers without `-B`/`--beat`.

## SW5007 celery-concurrency-unset
celery-concurrency-unset-title = Celery worker concurrency defaults to the host's CPU count
celery-concurrency-unset-why = The default concurrency is the number of CPUs of the host, not of the container: a worker limited to one CPU on a 32-core host forks 32 processes and runs out of memory.
celery-concurrency-unset-fix = Set the concurrency explicitly: `--concurrency=2` on the command line, `CELERY_WORKER_CONCURRENCY` in the environment or `worker_concurrency` in the Celery config, matched to the container's limits.

## SW5008 migrations-on-every-start
migrations-on-every-start-title = Database migrations run at start by several containers
migrations-on-every-start-why = The containers start together and apply the same migration at the same moment: one of them fails halfway (`relation already exists`, a lock timeout) and restarts, or a data migration is applied twice. Django and Alembic do not lock the migration table against a concurrent run. `makemigrations` at start writes migration files inside the container that never reach the repository and can differ from one container to the next.
migrations-on-every-start-fix = Run migrations once, in a one-shot service (`command: python manage.py migrate --noinput`) that the other services wait for with `depends_on` and `condition: service_completed_successfully`; keep the entrypoint to `exec "$@"`.

## SW5009 celery-queue-without-worker
celery-queue-without-worker-title = Celery tasks routed to a queue no worker consumes
celery-queue-without-worker-why = A task sent to a queue nobody consumes waits in the broker forever, with no error and no log line: the work just never happens (emails not sent, files not processed). The queue grows until the broker runs out of memory.
celery-queue-without-worker-fix = Give every queue the application routes tasks to a worker that consumes it, e.g. a separate service running `celery -A proj worker -Q media`.

## SW5010 celery-one-worker-all-queues
celery-one-worker-all-queues-title = One Celery worker consumes every queue
celery-one-worker-all-queues-why = Queues exist to keep one kind of work from waiting behind another. With one worker consuming every queue, a burst of slow tasks (video downloads, reports) occupies every process and the fast ones (notifications, periodic jobs) wait behind them. Separate workers per group of queues each get their own concurrency, memory limit and replicas.
celery-one-worker-all-queues-fix = Split the queues between worker services by the weight of their work, e.g. `celery -A proj worker -Q default,notifications` and a separate `celery -A proj worker -Q heavy --concurrency=1`.

## SW5011 python-version-drift
python-version-drift-title = Image, CI and pinned Python versions disagree
python-version-drift-why = Tests that pass on 3.11 say little about 3.12 in production: removed modules, changed defaults, wheels that do not exist yet for the newer interpreter. A lock file resolved for other Python versions can fail to install, or install different versions, in the image, and developers on the `.python-version` interpreter hit other bugs than production.
python-version-drift-fix = Use the image's Python version everywhere: in `actions/setup-python` in CI (matrix included), in `.python-version` and in the Python constraint the lock file is resolved for.

## SW5012 celery-beat-replicated
celery-beat-replicated-title = Celery beat can run more than once
celery-beat-replicated-why = Beat has no leader election: every running instance sends every periodic task. Two instances send each scheduled job twice: two invoices, two reminder emails, two nightly cleanups racing each other.
celery-beat-replicated-fix = Run `celery beat` in exactly one service with `deploy.replicas: 1`, and no other beat in the stack, including one embedded in a worker with `-B`.

## SW5013 reload-reachable-in-production
reload-reachable-in-production-title = Reloader or debugger switched on by the production environment
reload-reachable-in-production-why = The switch hides in two places: the code reads `ENVIRONMENT` or `DEBUG`, and an env file sets it to a development value. The container then runs a file watcher that restarts the server on any change and costs CPU, or a debugger that answers errors with an interactive console.
reload-reachable-in-production-fix = Set the production value in the service's environment (e.g. `ENVIRONMENT: production` under the compose `environment:`) and make the production behaviour the code's default: `reload=os.getenv("ENVIRONMENT", "production") == "development"`.

## SW5014 server-workers-exceed-cpu-limit
server-workers-exceed-cpu-limit-title = More server workers than the CPU limit can run
server-workers-exceed-cpu-limit-why = Every worker is a full copy of the app in memory: beyond the CPUs the container may use, extra sync workers only queue for CPU time while they multiply memory, and the CFS quota throttles the whole container when they are busy together. `multiprocessing.cpu_count()` inside a container returns the host's cores: on a 64-core host a 2-CPU container starts 129 workers.
server-workers-exceed-cpu-limit-fix = Derive the worker count from the container's CPU limit, at most `(2 × CPUs) + 1` (e.g. `--workers 5` with `cpus: "2"`), instead of computing it from `cpu_count()`.

## SW5015 gunicorn-sync-worker-io-bound
gunicorn-sync-worker-io-bound-title = gunicorn sync workers for a WSGI app that calls outside services
gunicorn-sync-worker-io-bound-why = A sync worker serves one request at a time: while it waits for a payment provider, an LLM API or S3 it serves nobody, so a few slow outgoing calls take every worker and the other requests queue until the proxy times out. This is advice: the right concurrency depends on the traffic.
gunicorn-sync-worker-io-bound-fix = Give the workers threads (`--threads 4`, the gthread worker) or an async worker class (`-k gevent`), and keep timeouts on every outgoing call.

## SW6xxx project

## SW6001 copy-source-missing
copy-source-missing-title = COPY/ADD source missing from the build context
copy-source-missing-why = `docker build` stops with "failed to compute cache key: not found", so nothing ships.
copy-source-missing-fix = Copy a path that exists in the build context, or point the build context (the compose `build.context`) at the directory that contains it.

## SW6002 requirements-not-in-context
requirements-not-in-context-title = Requirements file installed but not in the image
requirements-not-in-context-why = `pip install` stops with "Could not open requirements file: No such file or directory" and the image does not build. When the file is copied only after the install, every build of a fresh checkout fails while a developer's cached layers hide it.
requirements-not-in-context-fix = Copy the requirements file into the image before the `pip install -r` that reads it (`COPY requirements.txt .`), and make sure `.dockerignore` does not exclude it.

## SW6003 requirements-drift-from-pyproject
requirements-drift-from-pyproject-title = Image installs requirements that drift from pyproject.toml
requirements-drift-from-pyproject-why = Two manifests drift apart: a dependency added to `pyproject.toml` (where `uv add` and `poetry add` write it) never reaches the image, and the app fails at import time in production. The versions tested against the lock file are not the versions shipped.
requirements-drift-from-pyproject-fix = Install the project itself (`COPY pyproject.toml .` and `pip install .`), or export the requirements file from the lock file (`uv export`, `poetry export`) so that the image installs what the lock pins.

## SW6004 module-not-installed
module-not-installed-title = Container runs a Python module or program its image does not install
module-not-installed-why = The container fails at start with `ModuleNotFoundError` or "executable file not found" and exits. Or its healthcheck fails forever, and every service that waits for `service_healthy` never starts.
module-not-installed-fix = Add the missing package to what the image installs (e.g. `gunicorn` in `requirements.txt`); in a healthcheck, use only the standard library, e.g. `python -c "import urllib.request; ..."`.

## SW6005 builder-packages-not-copied
builder-packages-not-copied-title = Packages installed in a builder stage never reach the runtime stage
builder-packages-not-copied-why = The image builds, but the packages stay behind in the builder: the container starts with `ModuleNotFoundError`, `gunicorn: not found` or `bad interpreter: No such file or directory`. A virtualenv copied to another path breaks the `#!` lines of its scripts, `/root` is readable by root only, and Python looks for `--user` packages in the home of the user that runs it.
builder-packages-not-copied-fix = Install into a virtualenv in the builder (`python -m venv /opt/venv`) and copy it whole to the same path in the runtime stage (`COPY --from=builder /opt/venv /opt/venv`), with its `bin` on `PATH`.

## SW6006 copy-from-path-never-written
copy-from-path-never-written-title = COPY --from a path the source stage never writes
copy-from-path-never-written-why = `docker build` stops with "failed to compute cache key: "/app/dist": not found". Usually the builder's `WORKDIR` or output folder changed and the runtime stage still copies the old path.
copy-from-path-never-written-fix = Copy the path the source stage actually writes, e.g. `RUN go build -o /out/server ./cmd/server` and then `COPY --from=build /out/server /server`.

## SW6007 native-runtime-lib-missing
native-runtime-lib-missing-title = Native Python package without its runtime library in a slim/Alpine image
native-runtime-lib-missing-why = The image builds and the container crashes at import: `ImportError: libpq.so.5: cannot open shared object file`, or psycopg's "no pq wrapper available". Slim and Alpine images ship none of these libraries, and a package compiled in a builder stage with `libpq-dev` leaves the library behind there.
native-runtime-lib-missing-fix = Install the library the package loads in the runtime stage, e.g. `libpq5` for `psycopg2` (`apt-get install -y --no-install-recommends libpq5`), and keep `gcc` and `libpq-dev` in the builder stage.

## SW6008 runtime-file-missing
runtime-file-missing-title = File the container needs at start is neither in the image nor mounted
runtime-file-missing-why = The container exits at once: `exec /entrypoint.sh: no such file or directory`, `python: can't open file 'manage.py'`, `FAILED: No config file 'alembic.ini' found`. Migrations fail with `Path doesn't exist: backend/migrations`, or silently never run.
runtime-file-missing-fix = Copy everything the container reads at start into the shipped stage (the entrypoint script, the scripts the command runs, `alembic.ini` and its migrations folder), or mount it with a compose volume.

## SW6009 data-path-not-mounted
data-path-not-mounted-title = App writes data outside the volume compose mounts for it
data-path-not-mounted-why = The data lands in the container's writable layer, not in the volume: it is lost whenever the container is recreated, that is on every deploy. The volume that was meant to keep it stays empty.
data-path-not-mounted-fix = Point the app's data path into the mounted volume (e.g. `DATABASE_URL: sqlite:////data/app.db` with `app-data:/data`), or mount the volume where the app writes.

## SW6010 compose-user-root-override
compose-user-root-override-title = Compose runs a service as root over the image's unprivileged USER
compose-user-root-override-why = The compose file silently undoes the Dockerfile's hardening: the process runs as root, and a remote code execution in the app is root in the container, and on the host after an escape. Reviewers read the Dockerfile, see `USER app` and believe it.
compose-user-root-override-fix = Remove `user: root` (or `0`, `0:0`) from the service so that it runs as the image's unprivileged `USER`; fix volume ownership in a one-shot init container instead.

## SW6011 dev-server-replaces-image-server
dev-server-replaces-image-server-title = Compose command replaces the image's production server with a dev server
dev-server-replaces-image-server-why = The image was built to run a production server, and one line of compose throws it away: a single-process development server with auto-reload, debug pages and no worker management serves production traffic. Usually a development override copied into the base file.
dev-server-replaces-image-server-fix = Remove the `command:` so that the service runs the image's `CMD`, and keep the development server (`manage.py runserver`, `flask run`, `uvicorn --reload`) in `docker-compose.override.yml`.

## SW6012 port-mismatch
port-mismatch-title = Published, probed or exposed port differs from the port the app binds
port-mismatch-why = A published port nobody listens on gives "connection reset by peer" from outside. A healthcheck on the wrong port never passes, so the container is restarted in a loop and services that wait for `service_healthy` never start; a wrong `EXPOSE` misleads readers and tools.
port-mismatch-fix = Use the port the server binds everywhere: as the container port in `ports:` (`"8080:8000"` for `--bind 0.0.0.0:8000`), in the healthcheck URL, in `expose:` and in `EXPOSE`.

## SW6013 env-file-baked-and-passed
env-file-baked-and-passed-title = Env file passed by compose is also baked into the image
env-file-baked-and-passed-why = Two sources of truth: the values compose passes win for the process environment, but code that reads the file itself (`load_dotenv()`, pydantic-settings `env_file=".env"`) reads the copy baked at build time, so a rotated secret or a changed setting silently does not apply. And every secret in the file ships in the image, to every registry and machine that pulls it.
env-file-baked-and-passed-fix = Exclude the env file from the build context in `.dockerignore` (`.env` and `.env.*`) and let compose pass it at run time with `env_file:`.

## SW6020 websocket-route-not-upgraded
websocket-route-not-upgraded-title = App WebSocket route served by an nginx location without upgrade headers
websocket-route-not-upgraded-why = `Upgrade` and `Connection` are hop-by-hop headers: nginx drops them unless the location sets them, and proxies over HTTP/1.0 by default. The browser's `new WebSocket(...)` gets a plain HTTP response, and the app's real-time feature fails only behind nginx, never in development.
websocket-route-not-upgraded-fix = In the location that proxies the WebSocket route, set `proxy_http_version 1.1;`, `proxy_set_header Upgrade $http_upgrade;` and `proxy_set_header Connection "upgrade";`.

## SW6021 body-size-vs-app-limit
body-size-vs-app-limit-title = nginx client_max_body_size disagrees with the app's upload limit
body-size-vs-app-limit-why = Above the app's limit, nginx buffers multi-gigabyte bodies to disk only for the app to answer 413: the early, cheap rejection is lost and slow uploads tie up connections. Below it, uploads the app is built to take fail with nginx's own 413 page, and only in the deployed stack.
body-size-vs-app-limit-fix = Set `client_max_body_size` on the locations that proxy to the app to the app's own limit, e.g. `client_max_body_size 200m;` for `MAX_CONTENT_LENGTH = 200 * 1024 * 1024`.

## SW6022 proxied-app-binds-loopback
proxied-app-binds-loopback-title = Service behind nginx binds the container's loopback
proxied-app-binds-loopback-why = Inside a container, `127.0.0.1` is the container itself: nginx, in another container, connects to the service's address and gets "connection refused". Every request through nginx answers 502 Bad Gateway, while `curl localhost` inside the app container works.
proxied-app-binds-loopback-fix = Bind the server to all interfaces of its container, e.g. `uvicorn app.main:app --host 0.0.0.0 --port 8000` or `gunicorn --bind 0.0.0.0:8000`.

## SW6023 proxy-host-unknown
proxy-host-unknown-title = nginx proxies to a host that no service of the stack answers to
proxy-host-unknown-why = nginx resolves the hosts of its upstreams when it loads the config. A name that no service, container name, network alias or extra host of the compose stack answers to stops nginx at start with `host not found in upstream`, and the whole site is down; it usually happens after a service was renamed in compose but not in nginx.
proxy-host-unknown-fix = Use the compose service name in `proxy_pass` or the `upstream` block, or add the old name as a network alias of the service that should answer.

## SW6024 proxy-port-not-bound
proxy-port-not-bound-title = nginx proxies to a port the app's server does not bind
proxy-port-not-bound-why = Nothing listens on the port nginx connects to, so every request through that location answers 502 Bad Gateway with `connect() failed (111: Connection refused)` in the error log; the usual cause is the host side of a compose `ports:` mapping used inside the compose network, where containers reach each other on the container port.
proxy-port-not-bound-fix = Proxy to the port the server binds (its `--bind`/`--port`, gunicorn `bind`, `uvicorn.run(port=...)`), or bind the server to the port nginx uses.

## SW6025 proxy-timeout-cuts-stream
proxy-timeout-cuts-stream-title = nginx read timeout shorter than the quiet time of an app's SSE or WebSocket stream
proxy-timeout-cuts-stream-why = nginx closes a proxied connection when the app sends nothing for `proxy_read_timeout` (60 s by default): a server-sent events stream without keep-alives, or a WebSocket whose pings come less often than the timeout, is cut and the client reconnects in a loop; with `proxy_buffering` on, events also arrive late.
proxy-timeout-cuts-stream-fix = Serve the stream from a dedicated location with a longer `proxy_read_timeout` (e.g. `1h`) and, for SSE, `proxy_buffering off`; or send keep-alives more often than the timeout.

## SW6040 connection-url-mismatch
connection-url-mismatch-title = Connection URL disagrees with the database or broker service
connection-url-mismatch-why = Inside a container `localhost` is the container itself, not the database; a published port (`5433:5432`) exists on the host, not on the compose network; and the official images create exactly the user, password and database their environment names. Each mismatch makes the app fail at its first query, or only after a restart once a cached connection is gone. A Redis that requires a password answers a client without it with `NOAUTH`, and one with another password with `WRONGPASS`.
connection-url-mismatch-fix = Point the URL at the service name and its port inside the network, with the credentials the database container creates, e.g. `postgresql://app:secret@db:5432/app` for `POSTGRES_USER: app`, `POSTGRES_PASSWORD: secret`, `POSTGRES_DB: app`.

## SW6041 insecure-production-settings
insecure-production-settings-title = Host, CORS, cookie or debug protections switched off for production
insecure-production-settings-why = `ALLOWED_HOSTS = ["*"]` lets a request choose the host name Django builds absolute links with, so password-reset emails can point at an attacker's domain. CORS that reflects any origin with credentials lets every web site read the API's responses with the visitor's cookies. Cookies without `Secure` travel over plain HTTP, and debug mode answers errors with settings and source code.
insecure-production-settings-fix = List the production host names and origins explicitly (e.g. `DJANGO_ALLOWED_HOSTS: app.example.com`, `CORS_ALLOWED_ORIGINS: https://app.example.com`), mark the session and CSRF cookies `Secure`, and turn `DEBUG` off.

## SW6042 default-secret-in-app-settings
default-secret-in-app-settings-title = Well-known default secret in application settings
default-secret-in-app-settings-why = The env files can be perfect and the app still signs sessions and tokens with the default the day one variable is missing in production: the code falls back silently. Anyone who reads the repository, or guesses the usual defaults, can then forge session cookies, password-reset links and JWTs.
default-secret-in-app-settings-fix = Read the secret without a fallback so that the app fails at start when it is missing (`SECRET_KEY = os.environ["SECRET_KEY"]`), and give production a long random value.

## SW6043 default-secret-in-script-or-config
default-secret-in-script-or-config-title = Well-known default secret in a script or a settings file
default-secret-in-script-or-config-why = An entrypoint runs on every start of every container: a default it exports or falls back to (`export SECRET_KEY=changeme`, `JWT_SECRET:=changeme`, `secret: changeme` in config.yaml) becomes the production secret the day the variable is missing, and anyone who tries the usual defaults can forge sessions and tokens or log in.
default-secret-in-script-or-config-fix = Take the secret from the environment or a secret store without a default and stop at start when it is missing (`SECRET_KEY:?must be set`); rotate any value that was ever used.

## SW7xxx delivery

## SW7001 ci-missing
ci-missing-title = No CI pipeline for a repository that ships containers
ci-missing-why = Nothing builds the image, runs the tests or checks the deployment files before they reach a server: the first build is the production one.
ci-missing-fix = Add a CI pipeline (e.g. `.github/workflows/ci.yml` or `.gitlab-ci.yml`) that at least runs the tests and builds the image on every push.

## SW7002 ci-no-image-build
ci-no-image-build-title = CI never builds the container image
ci-no-image-build-why = A broken Dockerfile (a file missing from the build context, a dependency that no longer installs) is found at deploy time instead of in the pull request.
ci-no-image-build-fix = Add an image build step to CI (`docker build`, or `docker/build-push-action` with `push: false`) that runs on every pull request.

## SW7003 ci-no-image-scan
ci-no-image-scan-title = CI builds images but never scans them
ci-no-image-scan-why = Known CVEs in the base image and its packages, and misconfigurations in the Dockerfile, ship unnoticed.
ci-no-image-scan-fix = Scan the built image in CI (trivy, grype, docker scout) and lint the Dockerfile (hadolint, seaworthy), failing the pipeline on serious findings.

## SW7004 ci-check-non-blocking
ci-check-non-blocking-title = CI check that cannot fail the pipeline
ci-check-non-blocking-why = A check that never fails is a log nobody reads: whatever it finds ships anyway.
ci-check-non-blocking-fix = Remove `continue-on-error: true` and `|| true` from lint and scan steps; keep them only on best-effort steps such as coverage uploads.

## SW7005 fixed-sleep-wait
fixed-sleep-wait-title = Fixed sleep instead of polling for readiness
fixed-sleep-wait-why = On a slow machine or a cold start the service is not ready after N seconds and the next step fails; on a fast one every run wastes N seconds.
fixed-sleep-wait-fix = Poll for readiness instead: `docker compose up --wait`, or a loop such as `until pg_isready; do sleep 1; done`.

## SW7006 deploy-ssh-insecure
deploy-ssh-insecure-title = Deploy over SSH without host key checking, or with a secret on the remote command line
deploy-ssh-insecure-why = Without host key checking the deploy talks to whatever answers at the server's address: a spoofed DNS record gets the session, the code and every secret the deploy sends. A secret on the remote command line is visible in the server's process list and shell history.
deploy-ssh-insecure-fix = Pin the server's host key in `known_hosts` from a CI secret and drop `StrictHostKeyChecking=no`; pass secrets through standard input or a file, not as command arguments.

## SW7007 pre-commit-missing
pre-commit-missing-title = No commit hooks check changes before they are committed
pre-commit-missing-why = Without hooks the first check runs in CI after the push, or never: a committed `.env` or a pasted key reaches the shared history, and a secret that reached it must be rotated.
pre-commit-missing-fix = Add a `.pre-commit-config.yaml` with a secret scanner (gitleaks), hadolint and the project's linters, and have everyone run `pre-commit install`.
