# Messages of the python rules: what a rule says about one instance (see src/message.rs).
# Ids start with the rule name; variables are the fields of the rule's message structs.

## alembic-not-configured
alembic-not-configured = `alembic` есть в зависимостях, но в репозитории нет `alembic.ini`
alembic-not-configured-help = выполните `alembic init migrations`, закоммитьте конфиг и запускайте `alembic upgrade head` отдельным шагом деплоя; или уберите зависимость

## celery-beat-replicated
celery-beat-replicated = { $service_ru } запускает Celery beat { $total } { $total ->
        [few] раза
       *[other] раз
    }: каждая периодическая задача отправляется { $total } { $total ->
        [few] раза
       *[other] раз
    }
celery-beat-replicated-several = Celery beat запущен сразу в нескольких сервисах ({ $services_ru }): каждая периодическая задача отправляется { $total } { $total ->
        [few] раза
       *[other] раз
    }
celery-beat-replicated-service = `{ $service }`{ $notes ->
        [replicas] {" "}({ $replicas } { $replicas ->
            [one] реплика
            [few] реплики
           *[other] реплик
        })
        [embedded] {" "}(beat встроен через `-B`)
        [both] {" "}({ $replicas } { $replicas ->
            [one] реплика
            [few] реплики
           *[other] реплик
        }, beat встроен через `-B`)
       *[none] {""}
    }
celery-beat-replicated-help = держите ровно один планировщик beat на стек: отдельный сервис `beat` с `deploy.replicas: 1`, а воркеры — без `-B`
celery-beat-replicated-replicas = { $replicas } { $replicas ->
        [one] реплика
        [few] реплики
       *[other] реплик
    }
celery-beat-replicated-also = `{ $service }` тоже запускает beat
celery-beat-replicated-strength = один планировщик Celery beat, в отдельном сервисе `{ $service }`

## celery-concurrency-unset
celery-concurrency-unset = у воркера Celery не задан `--concurrency`: он форкает по процессу на каждый CPU хоста, а не контейнера
celery-concurrency-unset-help = задайте `--concurrency=N` (или `CELERY_WORKER_CONCURRENCY`) под лимиты CPU и памяти контейнера

## celery-embedded-beat
celery-embedded-beat = воркер Celery со встроенным планировщиком beat (`-B`): каждая реплика заново планирует периодические задачи
celery-embedded-beat-help = уберите `-B` и запускайте `celery -A <app> beat` отдельным сервисом ровно с одной репликой

## celery-one-worker-all-queues
celery-one-worker-all-queues = совет: `{ $service }` — единственный воркер Celery и разбирает все очереди ({ $queues }): медленные задачи в одной очереди задерживают остальные
celery-one-worker-all-queues-help = запускайте отдельный сервис-воркер на каждую группу очередей (`-Q heavy` с низким concurrency, рядом `-Q default,notifications`), каждый со своими лимитами
celery-one-worker-all-queues-queue = очередь `{ $queue }`
celery-one-worker-all-queues-strength = очереди Celery разнесены по воркерам ({ $split })

## celery-queue-without-worker
celery-queue-without-worker = приложение { $how ->
        [task_routes] направляет задачи в очередь
        [task] объявляет задачу в очереди
       *[call] отправляет задачи в очередь
    } `{ $queue }`, но ни один воркер её не разбирает: { $workers_ru }
celery-queue-without-worker-takes = `{ $service }` разбирает `{ $queues }`
celery-queue-without-worker-help = добавьте `{ $queue }` в `-Q` одного из воркеров или запустите для неё отдельный воркер (`celery -A <app> worker -Q { $queue }`)
celery-queue-without-worker-only-named = `{ $service }` разбирает только те очереди, которые перечислены в `-Q`
celery-queue-without-worker-also-used = очередь `{ $queue }` используется и здесь

## dev-dependencies-in-image
dev-dependencies-in-image = `{ $path }` устанавливает в образ инструменты разработки: { $tools }
dev-dependencies-in-image-help = перенесите их в `requirements-dev.txt` (первой строкой `-r { $file }`) и устанавливайте его только в dev и CI
dev-dependencies-in-image-installed = здесь устанавливается в образ

## gunicorn-asgi-sync-worker
gunicorn-asgi-sync-worker = gunicorn обслуживает ASGI-приложение `{ $target }` воркерами класса `{ $current }`
gunicorn-asgi-sync-worker-default = gunicorn обслуживает ASGI-приложение `{ $target }` воркерами класса `sync` (по умолчанию)
gunicorn-asgi-sync-worker-help = добавьте `-k uvicorn.workers.UvicornWorker` (пакет `uvicorn-worker`) или запускайте `uvicorn --workers N` напрямую

## migrations-on-every-start
migrations-on-every-start = `{ $tool }` выполняется при каждом старте { $who_ru }: { $total ->
        [one] { $total } контейнер одновременно применяет
        [few] { $total } контейнера одновременно применяют
       *[other] { $total } контейнеров одновременно применяют
    } одни и те же миграции
migrations-on-every-start-who = `{ $service }`{ $replicas ->
        [1] {""}
        [one] {" "}({ $replicas } реплика)
        [few] {" "}({ $replicas } реплики)
       *[other] {" "}({ $replicas } реплик)
    }
migrations-on-every-start-help = запускайте миграции один раз на деплой — в одноразовом сервисе (`command: python manage.py migrate`, остальные ждут его через `depends_on` с `condition: service_completed_successfully`) или на шаге релиза — и уберите их из entrypoint
migrations-on-every-start-runs-it = их запускает сервис `{ $service }`
migrations-on-every-start-replicas = { $replicas } { $replicas ->
        [one] реплика
        [few] реплики
       *[other] реплик
    }
migrations-on-every-start-command = команда `{ $service }`
migrations-on-every-start-makemigrations = `{ $service }` запускает `makemigrations` при каждом старте: созданные файлы миграций остаются внутри контейнера и никогда не попадают в репозиторий
migrations-on-every-start-makemigrations-help = создавайте миграции на машине разработчика, коммитьте их, а при деплое выполняйте только `migrate`
migrations-on-every-start-service = сервис `{ $service }`
migrations-on-every-start-strength = миграции выполняются один раз, в сервисе `{ $service }`, а не при каждом старте контейнера

## native-build-deps-missing
native-build-deps-missing = `{ $package }` собирается из исходников, но стадия `{ $base }` не устанавливает { $missing }
native-build-deps-missing-help = сборка упадёт на `pip install`; { $package ->
        [psycopg2] используйте `psycopg2-binary` или `psycopg[binary]` либо установите `libpq-dev gcc` в стадии сборки (и `libpq5` для рантайма)
        [mysqlclient] установите `default-libmysqlclient-dev pkg-config gcc` в стадии сборки или используйте `PyMySQL`
        [python-ldap] установите `libldap2-dev libsasl2-dev gcc` в стадии сборки
        [uwsgi] установите `gcc` (и `linux-headers` на Alpine) в стадии сборки или используйте `pyuwsgi` (готовые бинарные wheels)
        [psycopg] установите `psycopg[binary]` или поставьте `libpq5` в рантайм-стадию
       *[other] установите { $missing } в стадии сборки
    }
native-build-deps-missing-installed = устанавливается здесь

## python-version-drift
python-version-drift = образ работает на Python { $version }, но { $problems_ru }
python-version-drift-ci-only = CI поднимает только Python { $versions }
python-version-drift-pins = `{ $path }` фиксирует { $version }
python-version-drift-resolved = `{ $path }` собран под Python `{ $spec }`
python-version-drift-help = укажите одну версию Python ({ $version } или ту, что выберете) в Dockerfile, CI, `.python-version` и lock-файле и меняйте их вместе
python-version-drift-ci-runs = CI запускает Python { $version }
python-version-drift-developers-run = разработчики работают на Python { $version }
python-version-drift-lock-versions = версии Python, под которые собран lock-файл
python-version-drift-strength = CI тестирует на Python { $version } — той же версии, что в образе

## python-version-unsupported
python-version-unsupported = образ работает на Python { $version }, но `requires-python = "{ $spec }"` эту версию исключает
python-version-unsupported-help = возьмите базовый образ с версией Python, которую поддерживает проект, или расширьте `requires-python` после тестирования
python-version-unsupported-supported = версии Python, которые поддерживает проект
python-version-unsupported-warned = образ работает на Python { $version }, а `{ $path }` предупреждает об этой версии: «{ $comment }»
python-version-unsupported-warned-help = используйте Python ниже { $below }, пока зависимости его не поддерживают
python-version-unsupported-own-warning = предупреждение самого проекта

## reload-reachable-in-production
reload-reachable-in-production = `{ $service }` запускает сервер с включённым `{ $switch }`{ $why ->
        [default] , так как { $unset } не задано и действует значение по умолчанию из кода
        [env] , так как контейнер получает { $given }
       *[always] {" "}всегда
    }
reload-reachable-in-production-help = задайте продакшен-значение в `environment:` продакшен-стека (или сделайте выключенное значение дефолтом в коде), чтобы reloader и отладчик не включались
reload-reachable-in-production-sets = задаёт `{ $key }`
reload-reachable-in-production-runs = `{ $service }` запускает `{ $path }`

## server-workers-exceed-cpu-limit
server-workers-exceed-cpu-limit = совет: `{ $service }` запускает { $workers } { $workers ->
        [one] воркер
        [few] воркера
       *[other] воркеров
    } при лимите { $cpus } CPU; эмпирическое правило gunicorn: (2 × CPU) + 1 = { $max }
server-workers-exceed-cpu-limit-host = совет: `{ $service }` считает число воркеров от `cpu_count()`, а он видит CPU хоста, а не лимит контейнера в { $cpus } CPU
server-workers-exceed-cpu-limit-help = задайте число воркеров от лимита CPU (`WEB_CONCURRENCY={ $max }` или меньше для { $cpus } CPU)
server-workers-exceed-cpu-limit-limit = лимит CPU
