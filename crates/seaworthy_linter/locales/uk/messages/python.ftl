# Messages of the python rules: what a rule says about one instance (see src/message.rs).
# Ids start with the rule name; variables are the fields of the rule's message structs.

## alembic-not-configured
alembic-not-configured = `alembic` є в залежностях, але в репозиторії немає `alembic.ini`
alembic-not-configured-help = виконайте `alembic init migrations`, закомітьте конфіг і запускайте `alembic upgrade head` окремим кроком деплою; або приберіть залежність

## celery-beat-replicated
celery-beat-replicated = { $service_uk } запускає Celery beat { $total } { $total ->
        [one] раз
        [few] рази
       *[other] разів
    }: кожна періодична задача надсилається { $total } { $total ->
        [one] раз
        [few] рази
       *[other] разів
    }
celery-beat-replicated-several = Celery beat запущено одразу в кількох сервісах ({ $services_uk }): кожна періодична задача надсилається { $total } { $total ->
        [one] раз
        [few] рази
       *[other] разів
    }
celery-beat-replicated-service = `{ $service }`{ $notes ->
        [replicas] {" "}({ $replicas } { $replicas ->
            [one] репліка
            [few] репліки
           *[other] реплік
        })
        [embedded] {" "}(beat вбудовано через `-B`)
        [both] {" "}({ $replicas } { $replicas ->
            [one] репліка
            [few] репліки
           *[other] реплік
        }, beat вбудовано через `-B`)
       *[none] {""}
    }
celery-beat-replicated-help = тримайте рівно один планувальник beat на стек: окремий сервіс `beat` з `deploy.replicas: 1`, а воркери — без `-B`
celery-beat-replicated-replicas = { $replicas } { $replicas ->
        [one] репліка
        [few] репліки
       *[other] реплік
    }
celery-beat-replicated-also = `{ $service }` теж запускає beat
celery-beat-replicated-strength = один планувальник Celery beat, в окремому сервісі `{ $service }`

## celery-concurrency-unset
celery-concurrency-unset = у воркера Celery не задано `--concurrency`: він форкає по процесу на кожен CPU хоста, а не контейнера
celery-concurrency-unset-help = задайте `--concurrency=N` (або `CELERY_WORKER_CONCURRENCY`) відповідно до лімітів CPU і пам'яті контейнера

## celery-embedded-beat
celery-embedded-beat = воркер Celery з вбудованим планувальником beat (`-B`): кожна репліка знову планує періодичні задачі
celery-embedded-beat-help = приберіть `-B` і запускайте `celery -A <app> beat` окремим сервісом рівно з однією реплікою

## celery-one-worker-all-queues
celery-one-worker-all-queues = порада: `{ $service }` — єдиний воркер Celery і обробляє всі черги ({ $queues }): повільні задачі в одній черзі затримують інші
celery-one-worker-all-queues-help = запускайте окремий сервіс-воркер на кожну групу черг (`-Q heavy` з низьким concurrency, поруч `-Q default,notifications`), кожен зі своїми лімітами
celery-one-worker-all-queues-queue = черга `{ $queue }`
celery-one-worker-all-queues-strength = черги Celery розподілено між воркерами ({ $split })

## celery-queue-without-worker
celery-queue-without-worker = застосунок { $how ->
        [task_routes] спрямовує задачі в чергу
        [task] оголошує задачу в черзі
       *[call] надсилає задачі в чергу
    } `{ $queue }`, але жоден воркер її не обробляє: { $workers_uk }
celery-queue-without-worker-takes = `{ $service }` обробляє `{ $queues }`
celery-queue-without-worker-help = додайте `{ $queue }` до `-Q` одного з воркерів або запустіть для неї окремий воркер (`celery -A <app> worker -Q { $queue }`)
celery-queue-without-worker-only-named = `{ $service }` обробляє лише ті черги, що перелічені в `-Q`
celery-queue-without-worker-also-used = черга `{ $queue }` використовується й тут

## dev-dependencies-in-image
dev-dependencies-in-image = `{ $path }` встановлює в образ інструменти розробки: { $tools }
dev-dependencies-in-image-help = перенесіть їх у `requirements-dev.txt` (першим рядком `-r { $file }`) і встановлюйте його лише в dev і CI
dev-dependencies-in-image-installed = тут встановлюється в образ

## gunicorn-asgi-sync-worker
gunicorn-asgi-sync-worker = gunicorn обслуговує ASGI-застосунок `{ $target }` воркерами класу `{ $current }`
gunicorn-asgi-sync-worker-default = gunicorn обслуговує ASGI-застосунок `{ $target }` воркерами класу `sync` (типовий)
gunicorn-asgi-sync-worker-help = додайте `-k uvicorn.workers.UvicornWorker` (пакет `uvicorn-worker`) або запускайте `uvicorn --workers N` напряму

## migrations-on-every-start
migrations-on-every-start = `{ $tool }` виконується під час кожного старту { $who_uk }: { $total ->
        [one] { $total } контейнер одночасно застосовує
        [few] { $total } контейнери одночасно застосовують
       *[other] { $total } контейнерів одночасно застосовують
    } ті самі міграції
migrations-on-every-start-who = `{ $service }`{ $replicas ->
        [1] {""}
        [one] {" "}({ $replicas } репліка)
        [few] {" "}({ $replicas } репліки)
       *[other] {" "}({ $replicas } реплік)
    }
migrations-on-every-start-help = запускайте міграції один раз на деплой — в одноразовому сервісі (`command: python manage.py migrate`, решта чекає на нього через `depends_on` з `condition: service_completed_successfully`) або на кроці релізу — і приберіть їх з entrypoint
migrations-on-every-start-runs-it = їх запускає сервіс `{ $service }`
migrations-on-every-start-replicas = { $replicas } { $replicas ->
        [one] репліка
        [few] репліки
       *[other] реплік
    }
migrations-on-every-start-command = команда `{ $service }`
migrations-on-every-start-makemigrations = `{ $service }` запускає `makemigrations` під час кожного старту: створені файли міграцій лишаються всередині контейнера й ніколи не потрапляють у репозиторій
migrations-on-every-start-makemigrations-help = створюйте міграції на машині розробника, комітьте їх, а під час деплою виконуйте лише `migrate`
migrations-on-every-start-service = сервіс `{ $service }`
migrations-on-every-start-strength = міграції виконуються один раз, у сервісі `{ $service }`, а не під час кожного старту контейнера

## native-build-deps-missing
native-build-deps-missing = `{ $package }` збирається з вихідних кодів, але стадія `{ $base }` не встановлює { $missing }
native-build-deps-missing-help = збірка впаде на `pip install`; { $package ->
        [psycopg2] використовуйте `psycopg2-binary` або `psycopg[binary]` чи встановіть `libpq-dev gcc` у стадії збірки (і `libpq5` для рантайму)
        [mysqlclient] встановіть `default-libmysqlclient-dev pkg-config gcc` у стадії збірки або використовуйте `PyMySQL`
        [python-ldap] встановіть `libldap2-dev libsasl2-dev gcc` у стадії збірки
        [uwsgi] встановіть `gcc` (і `linux-headers` на Alpine) у стадії збірки або використовуйте `pyuwsgi` (готові бінарні wheels)
        [psycopg] встановіть `psycopg[binary]` або додайте `libpq5` у рантайм-стадію
       *[other] встановіть { $missing } у стадії збірки
    }
native-build-deps-missing-installed = встановлюється тут

## python-version-drift
python-version-drift = образ працює на Python { $version }, але { $problems_uk }
python-version-drift-ci-only = CI піднімає лише Python { $versions }
python-version-drift-pins = `{ $path }` фіксує { $version }
python-version-drift-resolved = `{ $path }` зібрано під Python `{ $spec }`
python-version-drift-help = вкажіть одну версію Python ({ $version } або ту, яку оберете) у Dockerfile, CI, `.python-version` і lock-файлі та змінюйте їх разом
python-version-drift-ci-runs = CI запускає Python { $version }
python-version-drift-developers-run = розробники працюють на Python { $version }
python-version-drift-lock-versions = версії Python, під які зібрано lock-файл
python-version-drift-strength = CI тестує на Python { $version } — тій самій версії, що в образі

## python-version-unsupported
python-version-unsupported = образ працює на Python { $version }, але `requires-python = "{ $spec }"` цю версію виключає
python-version-unsupported-help = візьміть базовий образ із версією Python, яку підтримує проєкт, або розширте `requires-python` після тестування
python-version-unsupported-supported = версії Python, які підтримує проєкт
python-version-unsupported-warned = образ працює на Python { $version }, а `{ $path }` попереджає про цю версію: «{ $comment }»
python-version-unsupported-warned-help = використовуйте Python нижче { $below }, доки залежності його не підтримують
python-version-unsupported-own-warning = попередження самого проєкту

## reload-reachable-in-production
reload-reachable-in-production = `{ $service }` запускає сервер з увімкненим `{ $switch }`{ $why ->
        [default] , бо { $unset } не задано і діє типове значення з коду
        [env] , бо контейнер отримує { $given }
       *[always] {" "}завжди
    }
reload-reachable-in-production-help = задайте продакшн-значення в `environment:` продакшн-стеку (або зробіть вимкнене значення типовим у коді), щоб reloader і дебагер не вмикалися
reload-reachable-in-production-sets = задає `{ $key }`
reload-reachable-in-production-runs = `{ $service }` запускає `{ $path }`

## server-workers-exceed-cpu-limit
server-workers-exceed-cpu-limit = порада: `{ $service }` запускає { $workers } { $workers ->
        [one] воркер
        [few] воркери
       *[other] воркерів
    } при ліміті { $cpus } CPU; емпіричне правило gunicorn: (2 × CPU) + 1 = { $max }
server-workers-exceed-cpu-limit-host = порада: `{ $service }` рахує кількість воркерів від `cpu_count()`, а той бачить CPU хоста, а не ліміт контейнера в { $cpus } CPU
server-workers-exceed-cpu-limit-help = задайте кількість воркерів від ліміту CPU (`WEB_CONCURRENCY={ $max }` або менше для { $cpus } CPU)
server-workers-exceed-cpu-limit-limit = ліміт CPU
