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
