# Messages of the compose rules: what a rule says about one instance (see src/message.rs).
# Ids start with the rule name; variables are the fields of the rule's message structs.

## admin-ui-exposed
admin-ui-exposed = { $name } `{ $service }` опубликован на порту { $published } на всех интерфейсах без аутентификации
admin-ui-exposed-help-no-login = у { $name } нет собственной аутентификации: публикуйте его только на `127.0.0.1` (доступ через SSH-туннель) или закройте прокси с аутентификацией
admin-ui-exposed-help = включите его аутентификацию (`{ $setting }`) и публикуйте только на `127.0.0.1` или уберите `ports:` и ходите к нему через прокси с аутентификацией
admin-ui-exposed-rabbitmq = UI управления RabbitMQ сервиса `{ $service }` опубликован на порту { $published } на всех интерфейсах с учётной записью по умолчанию `guest` (нет `RABBITMQ_DEFAULT_USER`/`RABBITMQ_DEFAULT_PASS`)
admin-ui-exposed-rabbitmq-help = задайте `RABBITMQ_DEFAULT_USER` и `RABBITMQ_DEFAULT_PASS` из секретов и публикуйте 15672 только на `127.0.0.1`
admin-ui-exposed-traefik = дашборд Traefik сервиса `{ $service }` запущен с `--api.insecure` и опубликован на порту { $published } на всех интерфейсах: таблицу маршрутизации может прочитать кто угодно
admin-ui-exposed-traefik-help = уберите `--api.insecure` и отдавайте дашборд через роутер с middleware аутентификации (`api@internal`)
admin-ui-exposed-login = { $name } `{ $service }` опубликован на порту { $published } на всех интерфейсах: перед базами данных стоит только его форма входа
admin-ui-exposed-login-help = публикуйте его только на `127.0.0.1` и ходите через SSH-туннель или VPN либо не включайте его в продакшн-деплой
admin-ui-exposed-related = команда, которая его запускает
admin-ui-exposed-strength-auth = { $ui ->
    [rabbitmq] UI управления RabbitMQ
    [traefik] Дашборд Traefik
   *[other] { $name }
} `{ $service }` требует аутентификации ({ $auth })
admin-ui-exposed-strength-unpublished = { $ui ->
    [rabbitmq] UI управления RabbitMQ
    [traefik] Дашборд Traefik
   *[other] { $name }
} `{ $service }` не опубликован на хосте
admin-ui-exposed-strength-loopback = { $ui ->
    [rabbitmq] UI управления RabbitMQ
    [traefik] Дашборд Traefik
   *[other] { $name }
} `{ $service }` опубликован только на loopback

## build-context-missing
build-context-missing = `{ $service }` собирается из `{ $context }`, а такого каталога нет
build-context-missing-help = исправьте `build.context` или добавьте каталог
build-context-missing-dockerfile = `{ $service }` собирается по `{ $path }`, а такого файла нет: ничего не соберётся
build-context-missing-dockerfile-help = { $dockerignore ->
    [true] добавьте Dockerfile или укажите в `build.dockerfile` правильный
   *[false] добавьте Dockerfile или укажите в `build.dockerfile` правильный; заодно добавьте рядом `.dockerignore` (`.git`, `.env*`, виртуальные окружения, кеши), иначе в сборку уходит весь каталог
}

## config-mount-writable
config-mount-writable = `{ $service }` монтирует `{ $target }` на запись: контейнер может изменить конфигурацию хоста
config-mount-writable-many = `{ $service }` и ещё { $others ->
    [one] { $others } сервис монтируют
    [few] { $others } сервиса монтируют
   *[other] { $others } сервисов монтируют
} `{ $target }` на запись: контейнер может изменить конфигурацию хоста
config-mount-writable-help = допишите `:ro` (`./conf/app.conf:/etc/app/app.conf:ro`) или задайте `read_only: true` в длинном синтаксисе
config-mount-writable-strength = конфигурация сервиса `{ $service }` смонтирована только на чтение

## container-name-with-replicas
container-name-with-replicas = у `{ $service }` задан `container_name`, но запрошено { $replicas ->
    [one] { $replicas } реплика
    [few] { $replicas } реплики
   *[other] { $replicas } реплик
}: существовать может только одна
container-name-with-replicas-help = уберите `container_name`; compose сам называет реплики `<project>-<service>-<n>`

## depends-on-unknown-service
depends-on-unknown-service = `{ $service }` зависит от `{ $dependency }`, а такого сервиса в этом compose-проекте нет
depends-on-unknown-service-help = исправьте имя или определите сервис

## depends-on-not-healthy
depends-on-not-healthy = `{ $service }` ждёт только запуска `{ $dependency }` (`condition: service_started`), а не его готовности
depends-on-not-healthy-short = `{ $service }` ждёт только запуска `{ $dependency }` (короткая форма `depends_on`), а не его готовности
depends-on-not-healthy-help = используйте `depends_on: {"{"}{ $dependency }: {"{"}condition: service_healthy{"}"}{"}"}`
depends-on-not-healthy-help-healthcheck = используйте `depends_on: {"{"}{ $dependency }: {"{"}condition: service_healthy{"}"}{"}"}` и добавьте healthcheck в `{ $dependency }`
depends-on-not-healthy-strength = `{ $service }` ждёт, пока `{ $dependency }` станет healthy

## dev-mode-in-shared
dev-mode-in-shared = `{ $service }` работает в режиме разработки (`{ $word }`) в деплое, который использует продакшн
dev-mode-in-shared-help = перенесите dev-команду в `docker-compose.override.yml` (или `compose.dev.yml`), а здесь запускайте продакшн-команду
dev-mode-in-shared-env = `{ $key }={ $value }` у `{ $service }` в деплое, который использует продакшн
dev-mode-in-shared-env-help = задайте здесь продакшн-значение, а dev-значение — в dev-override или в `.env` машины разработчика
dev-mode-in-shared-stage = `{ $service }` собирает стадию `{ $stage }` в деплое, который использует продакшн
dev-mode-in-shared-stage-help = собирайте здесь продакшн-стадию (`target: production`), а dev-стадию — в dev-override

## docker-socket-mounted
docker-socket-mounted = `{ $service }` монтирует Docker-сокет: полный контроль над хостом
docker-socket-mounted-help = откажитесь от этого или монтируйте сокет только в фильтрующий прокси (tecnativa/docker-socket-proxy), который пропускает только нужные сервису вызовы

## duplicate-host-port
duplicate-host-port = порт хоста { $port } публикует ещё и `{ $other }`
duplicate-host-port-help = дайте каждому сервису свой порт хоста или публикуйте только тот, к которому нужен доступ
duplicate-host-port-related = здесь его публикует `{ $other }`

## env-file-missing
env-file-missing = `{ $service }` читает `{ $path }`, которого нет в репозитории
env-file-missing-help = добавьте файл (если в нём секреты — с плейсхолдерами, закоммитьте рядом `.example`) или исправьте путь
env-file-missing-help-template = на свежем клоне это ожидаемо: перед `docker compose up` скопируйте `{ $template }` в `{ $path }` (и напишите об этом в README)

## hardcoded-credential
hardcoded-credential = `{ $key }` сервиса `{ $service }` записан прямо в compose-файле (`{ $masked }`)
hardcoded-credential-default = `{ $key }` сервиса `{ $service }` берёт пароль по умолчанию (`{ $masked }`), если в `.env` его нет
hardcoded-credential-help = используйте `secrets:` compose (переменные `*_FILE`) или обязательную переменную `${"{"}VAR:?задайте VAR в .env{"}"}`; ротируйте засвеченное значение

## healthcheck-ineffective
healthcheck-ineffective = healthcheck сервиса `{ $service }` ничего не проверяет: { $reason ->
    [version] он только печатает версию программы
    [process] он только проверяет, что процесс существует, а не что он работает
    [always] он всегда проходит успешно
   *[curl] `curl` без `-f` успешно отрабатывает на страницах ошибок (включая HTTP 500)
}
healthcheck-ineffective-help = проверяйте то, что сервис делает: HTTP health-эндпоинт через `curl -f`/`wget --spider`, `pg_isready`, `redis-cli ping`, собственную ping-команду воркера

## healthcheck-missing
healthcheck-missing = у сервиса `{ $service }` нет healthcheck
healthcheck-missing-dependents = у сервиса `{ $service }` нет healthcheck, хотя от него { $count ->
    [one] зависит
   *[other] зависят
} { $dependents }
healthcheck-missing-help = добавьте `healthcheck:`, который проверяет сам сервис (HTTP-эндпоинт, `pg_isready`, `redis-cli ping`), а зависимые сервисы пусть ждут его через `condition: service_healthy`
healthcheck-missing-strength = у сервиса `{ $service }` есть healthcheck

## compose-image-eol
compose-image-eol = `{ $service }` запускает `{ $image }`: { $what }, срок поддержки истёк { $eol }
compose-image-eol-from = `{ $service }` запускает `{ $image }` (из `{ $raw }`): { $what }, срок поддержки истёк { $eol }
compose-image-eol-help = перейдите на поддерживаемую версию (таблица жизненного цикла от { $updated }); образы с истёкшей поддержкой не получают исправлений безопасности

## compose-image-floating-tag
compose-image-floating-tag = `{ $service }` тянет `{ $image }`: тег `{ $tag }` не называет версию и переезжает на каждый новый релиз, включая мажорные
compose-image-floating-tag-default = `{ $service }` тянет `{ $image }` (значение по умолчанию в `{ $raw }`): тег `{ $tag }` не называет версию и переезжает на каждый новый релиз, включая мажорные
compose-image-floating-tag-help = закрепите версию в теге (`{ $name }:<version>-{ $tag }`) или digest
compose-image-floating-tag-strength = `{ $service }` закрепляет образ по digest

## compose-image-unpinned
compose-image-unpinned = `{ $service }` использует `{ $image }` без версии
compose-image-unpinned-help = закрепите тег (`{ $name }:<version>`) или digest

## internal-port-published
internal-port-published = порт { $name } { $port } сервиса `{ $service }` опубликован на всех интерфейсах
internal-port-published-help = уберите запись `ports:` (сервисы обращаются к нему по имени в сети compose) или привяжите его к loopback: `127.0.0.1:<port>:<port>`

## network-mode-host
network-mode-host = `{ $service }` использует сетевой стек хоста
network-mode-host-help = используйте сеть compose и публикуйте только те порты, которые должны быть доступны

## no-environment-overrides
no-environment-overrides = этот стек обслуживает продакшн-трафик из одного compose-файла: настройки разработки и продакшна не могут различаться
no-environment-overrides-help = общее держите в `compose.yaml`, удобства для разработки — в `compose.override.yaml` (подключается по умолчанию), продакшн-настройки — в `compose.prod.yaml` (`docker compose -f compose.yaml -f compose.prod.yaml up -d`)
no-environment-overrides-strength = окружения разделены: `{ $file }` и { $overrides }

## nonstandard-host-port
nonstandard-host-port = { $name } сервиса `{ $service }` опубликован на порту хоста { $host } вместо { $target }
nonstandard-host-port-help = используйте стандартный порт или объясните причину в комментарии (его уже занимает другой локальный экземпляр)

## port-bypasses-proxy
port-bypasses-proxy = `{ $service }` стоит за nginx, но ещё и публикует порт { $published } на всех интерфейсах: клиенты могут обойти nginx (TLS, заголовки, rate limit)
port-bypasses-proxy-location = `{ $service }` стоит за nginx `{ $location }`, но ещё и публикует порт { $published } на всех интерфейсах: клиенты могут обойти nginx (TLS, заголовки, rate limit)
port-bypasses-proxy-host = nginx ходит к `{ $service }` через 127.0.0.1:{ $published }, но compose публикует порт { $published } на всех интерфейсах: клиенты могут обойти nginx (TLS, заголовки, rate limit)
port-bypasses-proxy-host-location = nginx ходит к `{ $service }` через 127.0.0.1:{ $published } `{ $location }`, но compose публикует порт { $published } на всех интерфейсах: клиенты могут обойти nginx (TLS, заголовки, rate limit)
port-bypasses-proxy-help = уберите `ports:` (nginx достаёт `{ $service }` по сети compose) или привяжите к `127.0.0.1:{ $published }:{ $target }` для локальной отладки
port-bypasses-proxy-host-help = публикуйте его только на loopback: `127.0.0.1:{ $published }:{ $target }`
port-bypasses-proxy-related = здесь nginx проксирует запросы
port-bypasses-proxy-related-location = здесь nginx проксирует `{ $location }`
port-bypasses-proxy-strength = `{ $service }` не публикует собственных портов: он доступен только через nginx ({ $config })

## privileged-container
privileged-container = `{ $service }` запущен в привилегированном режиме: при компрометации это root на хосте
privileged-container-help = уберите `privileged` и добавьте только нужные capabilities или устройства (`cap_add`, `devices`)

## resource-limits-missing
resource-limits-missing = у сервиса `{ $service }` нет лимитов памяти и CPU
resource-limits-missing-help = добавьте `deploy: {"{"}resources: {"{"}limits: {"{"}memory: 512M, cpus: "1.0"{"}"}{"}"}{"}"}`, подобрав значения по реальному потреблению сервиса
resource-limits-missing-strength = у сервиса `{ $service }` заданы лимиты ресурсов

## restart-policy-missing
restart-policy-missing = у сервиса `{ $service }` нет политики перезапуска: после падения или перезагрузки он так и останется лежать
restart-policy-missing-help = добавьте `restart: unless-stopped` (или `always`)

## root-image-unprivileged-variant
root-image-unprivileged-variant = `{ $service }` запускает `{ $image }` от root; непривилегированный аналог — `{ $variant }`
root-image-unprivileged-variant-help = используйте `{ $variant }` с тем же тегом (он слушает 8080 вместо 80)
root-image-unprivileged-variant-strength = `{ $service }` запускает непривилегированный образ

## compose-schema-violation
compose-schema-violation = нарушение спецификации compose: { $problem }
compose-schema-violation-help = приведите значение к тому, что допускает спецификация compose (`docker compose config` показывает, как compose читает файл)
compose-schema-violation-null = { $problem } (compose считает пустой ключ незаданным)
compose-schema-violation-null-help = удалите пустой ключ или задайте ему значение: строгие валидаторы и другие инструменты его отвергают

## single-network
single-network = все { $count ->
    [one] { $count } сервис
    [few] { $count } сервиса
   *[other] { $count } сервисов
} в одной сети по умолчанию: сервисы, открытые наружу, могут напрямую обращаться к базе данных
single-network-help = заведите сеть `edge` для прокси и приложения и сеть `data` с `internal: true` для баз данных и воркеров
single-network-strength = сервисы разнесены по явно заданным сетям

## stateful-data-not-persisted
stateful-data-not-persisted = сервис { $name } `{ $service }` хранит данные внутри контейнера: при пересоздании они пропадут
stateful-data-not-persisted-help = смонтируйте именованный том в `{ $path }`
stateful-data-not-persisted-bind = данные { $name } сервиса `{ $service }` лежат в bind-монтировании каталога проекта
stateful-data-not-persisted-bind-help = используйте именованный том (`{ $service }data:{ $target }`) и настройте для него явный бэкап
stateful-data-not-persisted-strength = данные { $name } сервиса `{ $service }` лежат в именованном томе

## stop-grace-period-missing
stop-grace-period-missing = воркер `{ $service }` убивается через 10 с после SIGTERM: выполняющиеся задачи обрываются
stop-grace-period-missing-help = задайте `stop_grace_period:` по самой длинной задаче, которой вы даёте завершиться (например, `120s`), и используйте позднее подтверждение (`acks_late` в Celery)

## undeclared-named-resource
undeclared-named-resource = `{ $service }` использует { $kind ->
    [volume] том `{ $name }`, который не объявлен
    [network] сеть `{ $name }`, которая не объявлена
   *[secret] секрет `{ $name }`, который не объявлен
} ни в одном файле этого compose-проекта: `docker compose up` откажется запускаться
undeclared-named-resource-help = объявите `{ $name }` в ключе верхнего уровня `{ $section }:` (с `external: true`, если ресурс создаётся вне compose)
undeclared-named-resource-help-template = объявите `{ $name }` в ключе верхнего уровня `{ $section }:`; возможно, объявление есть в `{ $template }`: скопируйте его в файл, который читает compose

## compose-undefined-variable
compose-undefined-variable = переменная `${ $name }` не задана в `.env` и не имеет значения по умолчанию: compose подставит пустую строку
compose-undefined-variable-help = задайте `{ $name }` в `.env` или дайте значение по умолчанию: `${"{"}{ $name }:-value{"}"}` (или `${"{"}{ $name }:?explain{"}"}`, чтобы явно упасть)
compose-undefined-variable-required = переменная `{ $name }` обязательна (`${"{"}{ $name }:?...{"}"}`), но здесь её не задаёт ни один env-файл или CI-job: `docker compose up` не запустится, пока окружение деплоя её не передаст
compose-undefined-variable-required-help = опишите `{ $name }` в `.env.example` (и где её задаёт продакшн) или дайте значение по умолчанию, если это безопасно
compose-undefined-variable-syntax = ошибка интерполяции: { $problem }
compose-undefined-variable-syntax-help = исправьте синтаксис (`${"{"}VAR{"}"}`, `${"{"}VAR:-default{"}"}`, `${"{"}VAR:?error{"}"}`) или пишите `$$` для буквального `$`

## compose-version-obsolete
compose-version-obsolete = ключ `version: { $version }` устарел: compose его игнорирует
compose-version-obsolete-autofix = удалить строку `version:`
compose-version-obsolete-help = удалите эту строку
