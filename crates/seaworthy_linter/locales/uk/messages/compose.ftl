# Messages of the compose rules: what a rule says about one instance (see src/message.rs).
# Ids start with the rule name; variables are the fields of the rule's message structs.

## admin-ui-exposed
admin-ui-exposed = { $name } `{ $service }` опубліковано на порту { $published } на всіх інтерфейсах без автентифікації
admin-ui-exposed-help-no-login = { $name } не має власної автентифікації: публікуйте його лише на `127.0.0.1` (доступ через SSH-тунель) або закрийте проксі з автентифікацією
admin-ui-exposed-help = увімкніть його автентифікацію (`{ $setting }`) і публікуйте лише на `127.0.0.1` або приберіть `ports:` і звертайтеся до нього через проксі з автентифікацією
admin-ui-exposed-rabbitmq = UI керування RabbitMQ сервісу `{ $service }` опубліковано на порту { $published } на всіх інтерфейсах з обліковим записом за замовчуванням `guest` (немає `RABBITMQ_DEFAULT_USER`/`RABBITMQ_DEFAULT_PASS`)
admin-ui-exposed-rabbitmq-help = задайте `RABBITMQ_DEFAULT_USER` і `RABBITMQ_DEFAULT_PASS` із секретів і публікуйте 15672 лише на `127.0.0.1`
admin-ui-exposed-traefik = дашборд Traefik сервісу `{ $service }` запущено з `--api.insecure` і опубліковано на порту { $published } на всіх інтерфейсах: таблицю маршрутизації може прочитати будь-хто
admin-ui-exposed-traefik-help = приберіть `--api.insecure` і віддавайте дашборд через роутер із middleware автентифікації (`api@internal`)
admin-ui-exposed-login = { $name } `{ $service }` опубліковано на порту { $published } на всіх інтерфейсах: перед базами даних стоїть лише його форма входу
admin-ui-exposed-login-help = публікуйте його лише на `127.0.0.1` і заходьте через SSH-тунель або VPN, або не включайте його в продакшн-деплой
admin-ui-exposed-related = команда, яка його запускає
admin-ui-exposed-strength-auth = { $ui ->
    [rabbitmq] UI керування RabbitMQ
    [traefik] Дашборд Traefik
   *[other] { $name }
} `{ $service }` вимагає автентифікації ({ $auth })
admin-ui-exposed-strength-unpublished = { $ui ->
    [rabbitmq] UI керування RabbitMQ
    [traefik] Дашборд Traefik
   *[other] { $name }
} `{ $service }` не опубліковано на хості
admin-ui-exposed-strength-loopback = { $ui ->
    [rabbitmq] UI керування RabbitMQ
    [traefik] Дашборд Traefik
   *[other] { $name }
} `{ $service }` опубліковано лише на loopback

## build-context-missing
build-context-missing = `{ $service }` збирається з `{ $context }`, а такого каталогу немає
build-context-missing-help = виправте `build.context` або додайте каталог
build-context-missing-dockerfile = `{ $service }` збирається за `{ $path }`, а такого файлу немає: нічого не збереться
build-context-missing-dockerfile-help = { $dockerignore ->
    [true] додайте Dockerfile або вкажіть у `build.dockerfile` правильний
   *[false] додайте Dockerfile або вкажіть у `build.dockerfile` правильний; заразом додайте поруч `.dockerignore` (`.git`, `.env*`, віртуальні оточення, кеші), інакше у збірку йде весь каталог
}

## config-mount-writable
config-mount-writable = `{ $service }` монтує `{ $target }` на запис: контейнер може змінити конфігурацію хоста
config-mount-writable-many = `{ $service }` і ще { $others ->
    [one] { $others } сервіс монтують
    [few] { $others } сервіси монтують
   *[other] { $others } сервісів монтують
} `{ $target }` на запис: контейнер може змінити конфігурацію хоста
config-mount-writable-help = допишіть `:ro` (`./conf/app.conf:/etc/app/app.conf:ro`) або задайте `read_only: true` у довгому синтаксисі
config-mount-writable-strength = конфігурацію сервісу `{ $service }` змонтовано лише на читання

## container-name-with-replicas
container-name-with-replicas = у `{ $service }` задано `container_name`, але запитано { $replicas ->
    [one] { $replicas } репліку
    [few] { $replicas } репліки
   *[other] { $replicas } реплік
}: існувати може лише одна
container-name-with-replicas-help = приберіть `container_name`; compose сам називає репліки `<project>-<service>-<n>`

## depends-on-unknown-service
depends-on-unknown-service = `{ $service }` залежить від `{ $dependency }`, а такого сервісу в цьому compose-проєкті немає
depends-on-unknown-service-help = виправте ім'я або визначте сервіс

## depends-on-not-healthy
depends-on-not-healthy = `{ $service }` чекає лише на запуск `{ $dependency }` (`condition: service_started`), а не на його готовність
depends-on-not-healthy-short = `{ $service }` чекає лише на запуск `{ $dependency }` (коротка форма `depends_on`), а не на його готовність
depends-on-not-healthy-help = використовуйте `depends_on: {"{"}{ $dependency }: {"{"}condition: service_healthy{"}"}{"}"}`
depends-on-not-healthy-help-healthcheck = використовуйте `depends_on: {"{"}{ $dependency }: {"{"}condition: service_healthy{"}"}{"}"}` і додайте healthcheck у `{ $dependency }`
depends-on-not-healthy-strength = `{ $service }` чекає, доки `{ $dependency }` стане healthy

## dev-mode-in-shared
dev-mode-in-shared = `{ $service }` працює в режимі розробки (`{ $word }`) у деплої, який використовує продакшн
dev-mode-in-shared-help = перенесіть dev-команду в `docker-compose.override.yml` (або `compose.dev.yml`), а тут запускайте продакшн-команду
dev-mode-in-shared-env = `{ $key }={ $value }` у `{ $service }` у деплої, який використовує продакшн
dev-mode-in-shared-env-help = задайте тут продакшн-значення, а dev-значення — у dev-override або в `.env` машини розробника
dev-mode-in-shared-stage = `{ $service }` збирає стадію `{ $stage }` у деплої, який використовує продакшн
dev-mode-in-shared-stage-help = збирайте тут продакшн-стадію (`target: production`), а dev-стадію — у dev-override

## docker-socket-mounted
docker-socket-mounted = `{ $service }` монтує Docker-сокет: повний контроль над хостом
docker-socket-mounted-help = відмовтеся від цього або монтуйте сокет лише у фільтрувальний проксі (tecnativa/docker-socket-proxy), який пропускає тільки потрібні сервісу виклики

## duplicate-host-port
duplicate-host-port = порт хоста { $port } публікує ще й `{ $other }`
duplicate-host-port-help = дайте кожному сервісу власний порт хоста або публікуйте лише той, до якого потрібен доступ
duplicate-host-port-related = тут його публікує `{ $other }`

## env-file-missing
env-file-missing = `{ $service }` читає `{ $path }`, якого немає в репозиторії
env-file-missing-help = додайте файл (якщо в ньому секрети — з плейсхолдерами, закомітьте поруч `.example`) або виправте шлях
env-file-missing-help-template = на свіжому клоні це очікувано: перед `docker compose up` скопіюйте `{ $template }` у `{ $path }` (і напишіть про це в README)

## hardcoded-credential
hardcoded-credential = `{ $key }` сервісу `{ $service }` записано просто в compose-файлі (`{ $masked }`)
hardcoded-credential-default = `{ $key }` сервісу `{ $service }` бере пароль за замовчуванням (`{ $masked }`), якщо в `.env` його немає
hardcoded-credential-help = використовуйте `secrets:` compose (змінні `*_FILE`) або обов'язкову змінну `${"{"}VAR:?задайте VAR у .env{"}"}`; ротуйте засвічене значення

## healthcheck-ineffective
healthcheck-ineffective = healthcheck сервісу `{ $service }` нічого не перевіряє: { $reason ->
    [version] він лише друкує версію програми
    [process] він лише перевіряє, що процес існує, а не що він працює
    [always] він завжди проходить успішно
   *[curl] `curl` без `-f` успішно відпрацьовує на сторінках помилок (включно з HTTP 500)
}
healthcheck-ineffective-help = перевіряйте те, що сервіс робить: HTTP health-ендпоінт через `curl -f`/`wget --spider`, `pg_isready`, `redis-cli ping`, власну ping-команду воркера

## healthcheck-missing
healthcheck-missing = сервіс `{ $service }` не має healthcheck
healthcheck-missing-dependents = сервіс `{ $service }` не має healthcheck, хоча від нього { $count ->
    [one] залежить
   *[other] залежать
} { $dependents }
healthcheck-missing-help = додайте `healthcheck:`, який перевіряє сам сервіс (HTTP-ендпоінт, `pg_isready`, `redis-cli ping`), а залежні сервіси нехай чекають на нього через `condition: service_healthy`
healthcheck-missing-strength = сервіс `{ $service }` має healthcheck

## compose-image-eol
compose-image-eol = `{ $service }` запускає `{ $image }`: { $what }, підтримка закінчилася { $eol }
compose-image-eol-from = `{ $service }` запускає `{ $image }` (з `{ $raw }`): { $what }, підтримка закінчилася { $eol }
compose-image-eol-help = перейдіть на підтримувану версію (таблиця життєвого циклу від { $updated }); образи без підтримки не отримують виправлень безпеки

## compose-image-floating-tag
compose-image-floating-tag = `{ $service }` тягне `{ $image }`: тег `{ $tag }` не називає версію і переїжджає на кожен новий реліз, включно з мажорними
compose-image-floating-tag-default = `{ $service }` тягне `{ $image }` (значення за замовчуванням у `{ $raw }`): тег `{ $tag }` не називає версію і переїжджає на кожен новий реліз, включно з мажорними
compose-image-floating-tag-help = закріпіть версію в тегу (`{ $name }:<version>-{ $tag }`) або digest
compose-image-floating-tag-strength = `{ $service }` закріплює образ за digest

## compose-image-unpinned
compose-image-unpinned = `{ $service }` використовує `{ $image }` без версії
compose-image-unpinned-help = закріпіть тег (`{ $name }:<version>`) або digest

## internal-port-published
internal-port-published = порт { $name } { $port } сервісу `{ $service }` опубліковано на всіх інтерфейсах
internal-port-published-help = приберіть запис `ports:` (сервіси звертаються до нього за ім'ям у мережі compose) або прив'яжіть його до loopback: `127.0.0.1:<port>:<port>`

## network-mode-host
network-mode-host = `{ $service }` використовує мережевий стек хоста
network-mode-host-help = використовуйте мережу compose і публікуйте лише ті порти, які мають бути доступні

## no-environment-overrides
no-environment-overrides = цей стек обслуговує продакшн-трафік з одного compose-файлу: налаштування розробки й продакшну не можуть відрізнятися
no-environment-overrides-help = спільне тримайте в `compose.yaml`, зручності для розробки — у `compose.override.yaml` (підключається за замовчуванням), продакшн-налаштування — у `compose.prod.yaml` (`docker compose -f compose.yaml -f compose.prod.yaml up -d`)
no-environment-overrides-strength = середовища розділено: `{ $file }` і { $overrides }

## nonstandard-host-port
nonstandard-host-port = { $name } сервісу `{ $service }` опубліковано на порту хоста { $host } замість { $target }
nonstandard-host-port-help = використовуйте стандартний порт або поясніть причину в коментарі (його вже займає інший локальний екземпляр)

## port-bypasses-proxy
port-bypasses-proxy = `{ $service }` стоїть за nginx, але ще й публікує порт { $published } на всіх інтерфейсах: клієнти можуть оминути nginx (TLS, заголовки, rate limit)
port-bypasses-proxy-location = `{ $service }` стоїть за nginx `{ $location }`, але ще й публікує порт { $published } на всіх інтерфейсах: клієнти можуть оминути nginx (TLS, заголовки, rate limit)
port-bypasses-proxy-host = nginx звертається до `{ $service }` через 127.0.0.1:{ $published }, але compose публікує порт { $published } на всіх інтерфейсах: клієнти можуть оминути nginx (TLS, заголовки, rate limit)
port-bypasses-proxy-host-location = nginx звертається до `{ $service }` через 127.0.0.1:{ $published } `{ $location }`, але compose публікує порт { $published } на всіх інтерфейсах: клієнти можуть оминути nginx (TLS, заголовки, rate limit)
port-bypasses-proxy-help = приберіть `ports:` (nginx дістається до `{ $service }` мережею compose) або прив'яжіть до `127.0.0.1:{ $published }:{ $target }` для локального налагодження
port-bypasses-proxy-host-help = публікуйте його лише на loopback: `127.0.0.1:{ $published }:{ $target }`
port-bypasses-proxy-related = тут nginx проксіює запити
port-bypasses-proxy-related-location = тут nginx проксіює `{ $location }`
port-bypasses-proxy-strength = `{ $service }` не публікує власних портів: він доступний лише через nginx ({ $config })

## privileged-container
privileged-container = `{ $service }` запущено в привілейованому режимі: у разі компрометації це root на хості
privileged-container-help = приберіть `privileged` і додайте лише потрібні capabilities або пристрої (`cap_add`, `devices`)

## resource-limits-missing
resource-limits-missing = сервіс `{ $service }` не має лімітів пам'яті та CPU
resource-limits-missing-help = додайте `deploy: {"{"}resources: {"{"}limits: {"{"}memory: 512M, cpus: "1.0"{"}"}{"}"}{"}"}`, підібравши значення за реальним споживанням сервісу
resource-limits-missing-strength = сервіс `{ $service }` має ліміти ресурсів

## restart-policy-missing
restart-policy-missing = сервіс `{ $service }` не має політики перезапуску: після падіння чи перезавантаження він так і лишиться лежати
restart-policy-missing-help = додайте `restart: unless-stopped` (або `always`)

## root-image-unprivileged-variant
root-image-unprivileged-variant = `{ $service }` запускає `{ $image }` від root; непривілейований аналог — `{ $variant }`
root-image-unprivileged-variant-help = використовуйте `{ $variant }` з тим самим тегом (він слухає 8080 замість 80)
root-image-unprivileged-variant-strength = `{ $service }` запускає непривілейований образ

## compose-schema-violation
compose-schema-violation = порушення специфікації compose: { $problem }
compose-schema-violation-help = приведіть значення до того, що дозволяє специфікація compose (`docker compose config` показує, як compose читає файл)
compose-schema-violation-null = { $problem } (compose вважає порожній ключ незаданим)
compose-schema-violation-null-help = видаліть порожній ключ або задайте йому значення: суворі валідатори та інші інструменти його відкидають

## single-network
single-network = усі { $count ->
    [one] { $count } сервіс
    [few] { $count } сервіси
   *[other] { $count } сервісів
} в одній мережі за замовчуванням: сервіси, відкриті назовні, можуть напряму звертатися до бази даних
single-network-help = заведіть мережу `edge` для проксі й застосунку та мережу `data` з `internal: true` для баз даних і воркерів
single-network-strength = сервіси рознесено по явно заданих мережах

## stateful-data-not-persisted
stateful-data-not-persisted = сервіс { $name } `{ $service }` зберігає дані всередині контейнера: під час перестворення вони зникнуть
stateful-data-not-persisted-help = змонтуйте іменований том у `{ $path }`
stateful-data-not-persisted-bind = дані { $name } сервісу `{ $service }` лежать у bind-монтуванні каталогу проєкту
stateful-data-not-persisted-bind-help = використовуйте іменований том (`{ $service }data:{ $target }`) і налаштуйте для нього явний бекап
stateful-data-not-persisted-strength = дані { $name } сервісу `{ $service }` лежать в іменованому томі

## stop-grace-period-missing
stop-grace-period-missing = воркер `{ $service }` вбивається через 10 с після SIGTERM: задачі, що виконуються, обриваються
stop-grace-period-missing-help = задайте `stop_grace_period:` за найдовшою задачею, якій ви даєте завершитися (наприклад, `120s`), і використовуйте пізнє підтвердження (`acks_late` у Celery)

## undeclared-named-resource
undeclared-named-resource = `{ $service }` використовує { $kind ->
    [volume] том `{ $name }`, який не оголошено
    [network] мережу `{ $name }`, яку не оголошено
   *[secret] секрет `{ $name }`, який не оголошено
} в жодному файлі цього compose-проєкту: `docker compose up` відмовиться запускатися
undeclared-named-resource-help = оголосіть `{ $name }` у ключі верхнього рівня `{ $section }:` (з `external: true`, якщо ресурс створюється поза compose)
undeclared-named-resource-help-template = оголосіть `{ $name }` у ключі верхнього рівня `{ $section }:`; можливо, оголошення є в `{ $template }`: скопіюйте його у файл, який читає compose

## compose-undefined-variable
compose-undefined-variable = змінну `${ $name }` не задано в `.env`, і вона не має значення за замовчуванням: compose підставить порожній рядок
compose-undefined-variable-help = задайте `{ $name }` у `.env` або дайте значення за замовчуванням: `${"{"}{ $name }:-value{"}"}` (або `${"{"}{ $name }:?explain{"}"}`, щоб явно впасти)
compose-undefined-variable-required = змінна `{ $name }` обов'язкова (`${"{"}{ $name }:?...{"}"}`), але тут її не задає жоден env-файл чи CI-job: `docker compose up` не запуститься, доки середовище деплою її не передасть
compose-undefined-variable-required-help = опишіть `{ $name }` у `.env.example` (і де її задає продакшн) або дайте значення за замовчуванням, якщо це безпечно
compose-undefined-variable-syntax = помилка інтерполяції: { $problem }
compose-undefined-variable-syntax-help = виправте синтаксис (`${"{"}VAR{"}"}`, `${"{"}VAR:-default{"}"}`, `${"{"}VAR:?error{"}"}`) або пишіть `$$` для буквального `$`

## compose-version-obsolete
compose-version-obsolete = ключ `version: { $version }` застарів: compose його ігнорує
compose-version-obsolete-autofix = видалити рядок `version:`
compose-version-obsolete-help = видаліть цей рядок
