# Messages of the python rules: what a rule says about one instance (see src/message.rs).
# Ids start with the rule name; variables are the fields of the rule's message structs.

## alembic-not-configured
alembic-not-configured = `alembic` is a dependency, but the repository has no `alembic.ini`
alembic-not-configured-help = run `alembic init migrations`, commit the config, and run `alembic upgrade head` as a deployment step; or drop the dependency

## celery-beat-replicated
celery-beat-replicated = { $service_en } runs Celery beat { $total } times: every periodic task is sent { $total } times
celery-beat-replicated-several = { $services_en } all run Celery beat: every periodic task is sent { $total } times
celery-beat-replicated-service = `{ $service }`{ $notes ->
        [replicas] {" "}({ $replicas } replicas)
        [embedded] {" "}(beat embedded with `-B`)
        [both] {" "}({ $replicas } replicas, beat embedded with `-B`)
       *[none] {""}
    }
celery-beat-replicated-help = run exactly one beat scheduler per stack: a dedicated `beat` service with `deploy.replicas: 1`, and workers without `-B`
celery-beat-replicated-replicas = { $replicas } replicas
celery-beat-replicated-also = `{ $service }` also runs beat
celery-beat-replicated-strength = one Celery beat scheduler, in its own service `{ $service }`

## celery-concurrency-unset
celery-concurrency-unset = the Celery worker has no `--concurrency`: it forks one process per CPU of the host, not of the container
celery-concurrency-unset-help = set `--concurrency=N` (or `CELERY_WORKER_CONCURRENCY`) to match the container's CPU and memory limits

## celery-embedded-beat
celery-embedded-beat = the Celery worker embeds the beat scheduler (`-B`): each replica schedules the periodic tasks again
celery-embedded-beat-help = remove `-B` and run `celery -A <app> beat` as a separate service with exactly one replica

## celery-one-worker-all-queues
celery-one-worker-all-queues = advice: `{ $service }` is the only Celery worker and consumes every queue ({ $queues }): slow tasks on one queue hold up the others
celery-one-worker-all-queues-help = run one worker service per group of queues (`-Q heavy` with low concurrency, `-Q default,notifications` beside it), each with its own limits
celery-one-worker-all-queues-queue = queue `{ $queue }`
celery-one-worker-all-queues-strength = Celery queues are split across workers ({ $split })

## celery-queue-without-worker
celery-queue-without-worker = the app { $how ->
        [task_routes] routes tasks to
        [task] declares a task on
       *[call] sends tasks to
    } queue `{ $queue }`, but no worker consumes it: { $workers_en }
celery-queue-without-worker-takes = `{ $service }` takes `{ $queues }`
celery-queue-without-worker-help = add `{ $queue }` to a worker's `-Q`, or run a worker for it (`celery -A <app> worker -Q { $queue }`)
celery-queue-without-worker-only-named = `{ $service }` consumes only the queues it names
celery-queue-without-worker-also-used = queue `{ $queue }` also used here

## dev-dependencies-in-image
dev-dependencies-in-image = `{ $path }` installs development tools into the image: { $tools }
dev-dependencies-in-image-help = move them to `requirements-dev.txt` (starting with `-r { $file }`) and install that only in dev and CI
dev-dependencies-in-image-installed = installed into the image here

## gunicorn-asgi-sync-worker
gunicorn-asgi-sync-worker = gunicorn serves the ASGI app `{ $target }` with the `{ $current }` worker class
gunicorn-asgi-sync-worker-default = gunicorn serves the ASGI app `{ $target }` with the `sync (the default)` worker class
gunicorn-asgi-sync-worker-help = add `-k uvicorn.workers.UvicornWorker` (package `uvicorn-worker`), or run `uvicorn --workers N` directly

## migrations-on-every-start
migrations-on-every-start = `{ $tool }` runs at every start of { $who_en }: { $total } containers apply the same migrations concurrently
migrations-on-every-start-who = `{ $service }`{ $replicas ->
        [1] {""}
       *[other] {" "}({ $replicas } replicas)
    }
migrations-on-every-start-help = run migrations once per deploy, in a one-shot service (`command: python manage.py migrate`, others `depends_on` it with `condition: service_completed_successfully`) or a release step, and drop them from the entrypoint
migrations-on-every-start-runs-it = service `{ $service }` runs it
migrations-on-every-start-replicas = { $replicas } replicas
migrations-on-every-start-command = the command of `{ $service }`
migrations-on-every-start-makemigrations = `{ $service }` runs `makemigrations` every time it starts: the migration files it writes stay inside the container and never reach the repository
migrations-on-every-start-makemigrations-help = generate migrations on a development machine, commit them, and only `migrate` in the deployment
migrations-on-every-start-service = service `{ $service }`
migrations-on-every-start-strength = migrations run once, in the `{ $service }` service, not at every container start

## native-build-deps-missing
native-build-deps-missing = `{ $package }` compiles from source, but the `{ $base }` stage does not install { $missing }
native-build-deps-missing-help = the build fails at `pip install`; { $package ->
        [psycopg2] use `psycopg2-binary` or `psycopg[binary]`, or install `libpq-dev gcc` in the build stage (and `libpq5` at run time)
        [mysqlclient] install `default-libmysqlclient-dev pkg-config gcc` in the build stage, or use `PyMySQL`
        [python-ldap] install `libldap2-dev libsasl2-dev gcc` in the build stage
        [uwsgi] install `gcc` (and `linux-headers` on Alpine) in the build stage, or use `pyuwsgi` (binary wheels)
        [psycopg] install `psycopg[binary]`, or install `libpq5` in the runtime stage
       *[other] install { $missing } in the build stage
    }
native-build-deps-missing-installed = installed here

## python-version-drift
python-version-drift = the image runs Python { $version }, but { $problems_en }
python-version-drift-ci-only = CI sets up Python { $versions } only
python-version-drift-pins = `{ $path }` pins { $version }
python-version-drift-resolved = `{ $path }` was resolved for Python `{ $spec }`
python-version-drift-help = state one Python version ({ $version } or the one you choose) in the Dockerfile, CI, `.python-version` and the lock file, and change them together
python-version-drift-ci-runs = CI runs Python { $version }
python-version-drift-developers-run = developers run Python { $version }
python-version-drift-lock-versions = the Python versions the lock was resolved for
python-version-drift-strength = CI tests on Python { $version }, the version the image runs

## python-version-unsupported
python-version-unsupported = the image runs Python { $version }, but `requires-python = "{ $spec }"` excludes it
python-version-unsupported-help = pick a base image whose Python version the project supports, or widen `requires-python` after testing
python-version-unsupported-supported = the project's supported Python versions
python-version-unsupported-warned = the image runs Python { $version }, which `{ $path }` warns about: "{ $comment }"
python-version-unsupported-warned-help = use a Python version below { $below } until the dependencies support it
python-version-unsupported-own-warning = the project's own warning

## reload-reachable-in-production
reload-reachable-in-production = `{ $service }` starts the server with `{ $switch }` on { $why ->
        [default] because { $unset } is not set and the code's default applies
        [env] because the container gets { $given }
       *[always] always
    }
reload-reachable-in-production-help = set the production value in the production stack's `environment:` (or make the code default to off) so the reloader and debugger stay off
reload-reachable-in-production-sets = sets `{ $key }`
reload-reachable-in-production-runs = `{ $service }` runs `{ $path }`

## server-workers-exceed-cpu-limit
server-workers-exceed-cpu-limit = advice: `{ $service }` starts { $workers } workers on a limit of { $cpus } CPUs; gunicorn's rule of thumb is (2 × CPUs) + 1 = { $max }
server-workers-exceed-cpu-limit-host = advice: `{ $service }` sizes its workers from `cpu_count()`, which counts the host's CPUs, not the container's limit of { $cpus }
server-workers-exceed-cpu-limit-help = set the worker count from the CPU limit (`WEB_CONCURRENCY={ $max }` or less for { $cpus } CPUs)
server-workers-exceed-cpu-limit-limit = the CPU limit
