# Messages of the dockerfile rules: what a rule says about one instance (see src/message.rs).
# Ids start with the rule name; variables are the fields of the rule's message structs.

## add-instead-of-copy
add-instead-of-copy = `ADD` для локальных файлов: используйте `COPY`
add-instead-of-copy-autofix = заменить на `COPY`
add-instead-of-copy-help = замените `ADD` на `COPY` (`ADD` оставьте для URL и архивов, которые нужно распаковать)

## apk-no-cache
apk-no-cache = `apk add` без `--no-cache` оставляет в слое индекс пакетов и скачанные файлы
apk-no-cache-autofix = добавить `--no-cache`
apk-no-cache-help = используйте `apk add --no-cache ...`

## apt-get-update-alone
apt-get-update-alone = индекс пакетов обновляется в отдельном `RUN`: последующие установки берут устаревший индекс из кэша
apt-get-update-alone-help = обновляйте индекс и ставьте пакеты в одном `RUN`: `apt-get update && apt-get install -y ...`

## apt-instead-of-apt-get
apt-instead-of-apt-get = у `apt` нет стабильного CLI для скриптов; используйте `apt-get` или `apt-cache`
apt-instead-of-apt-get-autofix = заменить на `{ $tool }`
apt-instead-of-apt-get-help = замените `apt { $sub }` на `{ $tool } { $sub }`
apt-instead-of-apt-get-help-rewrite = у `apt { $sub }` нет точного аналога в `apt-get`/`apt-cache`: перепишите команду через `apt-get`, `apt-cache` или `dpkg-query`

## apt-lists-not-cleaned
apt-lists-not-cleaned = списки пакетов, которые скачивает `{ $prog } update`, остаются в этом слое: `RUN` не удаляет `/var/lib/apt/lists/*`
apt-lists-not-cleaned-help = завершите тот же `RUN` командой `&& rm -rf /var/lib/apt/lists/*` или смонтируйте `/var/lib/apt/lists` как cache или tmpfs

## apt-no-install-recommends
apt-no-install-recommends = `{ $manager } install` без `--no-install-recommends` тянет пакеты, которые никто не просил
apt-no-install-recommends-autofix = добавить `--no-install-recommends`
apt-no-install-recommends-help = добавьте `--no-install-recommends` (и явно поставьте то, что действительно нужно)

## base-image-eol
base-image-eol = `{ $image }` — это { $what }, поддержка закончилась { $eol }
base-image-eol-help = перейдите на поддерживаемую версию (таблица жизненного цикла от { $updated }); образы после EOL не получают исправлений безопасности
base-image-eol-soon = `{ $image }` — это { $what }, поддержка заканчивается { $eol } (осталось { $left ->
    [one] { $left } день
    [few] { $left } дня
   *[other] { $left } дней
})
base-image-eol-soon-help = запланируйте обновление уже сейчас (таблица жизненного цикла от { $updated })

## base-image-prerelease
base-image-prerelease = `{ $image }` — это { $marker ->
    [rc] релиз-кандидат
   *[pre] предварительный релиз
}
base-image-prerelease-help = используйте последний стабильный релиз, пока этот не станет финальным и его не будут поддерживать ваши зависимости
base-image-prerelease-unreleased = `{ $image }` — это { $runtime } { $version }, новее последнего стабильного релиза ({ $newest }) в таблице жизненного цикла от { $updated }
base-image-prerelease-unreleased-help = используйте { $runtime } { $newest }, если только { $version } уже не вышел финально и зависимости его не поддерживают (тогда обновите таблицу)

## base-image-unpinned
base-image-unpinned = базовый образ `{ $image }` { $latest ->
    [true] использует `latest`
   *[false] без тега (то есть `latest`)
}
base-image-unpinned-help = закрепите версию, например `{ $name }:<version>`, или digest `@sha256:...`
base-image-unpinned-strength = базовые образы закреплены на версиях

## bin-sh-relinked
bin-sh-relinked = `ln` подменяет `{ $link }` на `{ $target }` для всех скриптов в образе, а не только для шагов сборки
bin-sh-relinked-help = используйте `SHELL ["{ $target }", "-c"]`, чтобы следующие инструкции `RUN` выполнялись в { $shell }

## build-tools-in-final-stage
build-tools-in-final-stage = { $single ->
    [true] эта одностадийная сборка ставит
   *[false] финальная стадия ставит
} инструменты сборки в образ, который запускается: { $tools }
build-tools-in-final-stage-help-single = компилируйте в стадии сборки (`FROM ... AS build`) и копируйте в чистую финальную стадию только результаты
build-tools-in-final-stage-help = перенесите эти пакеты в стадию сборки, а здесь ставьте только runtime-библиотеки (например, `libpq5` вместо `libpq-dev`)
build-tools-in-final-stage-strength = многостадийная сборка: финальный образ стартует с чистого листа и копирует только результаты сборки

## cd-in-run
cd-in-run = `cd { $dir }` действует только в этом RUN
cd-in-run-help = используйте `WORKDIR { $dir }` перед этим RUN

## copy-from-unknown-stage
copy-from-unknown-stage-self = `COPY --from={ $from }` копирует из той же стадии, в которой находится
copy-from-unknown-stage-self-help = копируйте из более ранней стадии
copy-from-unknown-stage-number = `--from={ $n }`: более ранней стадии с номером { $n } нет
copy-from-unknown-stage-number-help = номера стадий считают `FROM` с нуля; лучше дайте стадии имя (`FROM ... AS build`) и ссылайтесь на него
copy-from-unknown-stage-later = стадия `{ $from }` объявлена после этой инструкции
copy-from-unknown-stage-later-help = перенесите стадию выше инструкции, которая из неё копирует
copy-from-unknown-stage-later-related = объявлена здесь
copy-from-unknown-stage-close = `{ $from }` — не стадия этого Dockerfile: BuildKit попытается скачать образ с именем `{ $from }`
copy-from-unknown-stage-close-help = может быть, имелось в виду `--from={ $stage }`?
copy-from-unknown-stage-close-related = стадия с похожим именем
copy-from-unknown-stage = `{ $from }` — не стадия этого Dockerfile: если сборка не передаёт именованный контекст (`--build-context { $from }=...`), BuildKit скачает образ с именем `{ $from }`
copy-from-unknown-stage-help = дайте имя исходной стадии (`FROM ... AS name`) или укажите полную ссылку на образ

## copy-from-unpinned-image
copy-from-unpinned-image = `COPY --from={ $from }` копирует из образа без закреплённой версии
copy-from-unpinned-image-help = закрепите его: `--from={ $name }:<version>` или `@sha256:...`

## copy-relative-without-workdir
copy-relative-without-workdir = `{ $keyword }` в относительный путь `{ $dest }` до первого `WORKDIR`: куда попадут файлы, зависит от рабочего каталога `{ $image }`
copy-relative-without-workdir-help = задайте абсолютный `WORKDIR` (например, `WORKDIR /app`) перед этой инструкцией или копируйте по абсолютному пути

## copy-whole-context
copy-whole-context = копируется весь контекст сборки, а `.dockerignore` нет
copy-whole-context-help = добавьте `.dockerignore` рядом с контекстом сборки и исключите в нём как минимум `.git`, `.env*`, виртуальные окружения и `node_modules`

## deps-after-source-copy
deps-after-source-copy = весь исходный код копируется до установки зависимостей: любое изменение кода заново их переустанавливает
deps-after-source-copy-help = сначала скопируйте только манифесты зависимостей (requirements.txt, pyproject.toml + lock, package.json + lock), установите зависимости, затем `COPY . .`
deps-after-source-copy-related = зависимости устанавливаются здесь

## dev-server-in-image
dev-server-in-image = `{ $command }` запускает в образе сервер для разработки
dev-server-in-image-help = используйте production-сервер (gunicorn/uvicorn без `--reload`, `node server.js`, статическую сборку за nginx); dev-команды держите в compose-override для разработки

## duplicate-stage-name
duplicate-stage-name = имя стадии `{ $name }` уже занято
duplicate-stage-name-help = дайте каждой стадии уникальное имя
duplicate-stage-name-related = впервые объявлена здесь

## env-self-reference
env-self-reference = `{ $key }` ссылается на `{"$"}{ $var }`, который задаёт тот же `ENV`: подставится { $set ->
    [true] значение `{ $var }`, которое было до этого `ENV`
   *[false] пустое значение (`{ $var }` до этого `ENV` не задан)
}, а не новое
env-self-reference-help = задайте `{ $var }` в отдельном `ENV` перед этим

## from-arg-without-default
from-arg-without-default-undeclared = `FROM { $image }` использует `{ $names }`, но ни один `ARG` до первого `FROM` это не объявляет
from-arg-without-default = `FROM { $image }` использует `{ $names }` без значения по умолчанию: без `--build-arg` Dockerfile не соберётся
from-arg-without-default-help = объявите аргумент со значением по умолчанию перед первым FROM: `ARG { $name }=<value>`

## gem-unpinned-package
gem-unpinned-package = `gem install { $gem }` без версии: каждая сборка может получить другой релиз
gem-unpinned-package-help = закрепите версию: `gem install { $gem } -v <version>` (или `{ $gem }:<version>`) либо внесите gem в `Gemfile.lock`

## hardcoded-worker-count
hardcoded-worker-count = в образе жёстко задано { $count ->
    [one] { $value } воркер
    [few] { $value } воркера
   *[other] { $value } воркеров
} для всех окружений
hardcoded-worker-count-help = уберите флаг и задайте `ENV WEB_CONCURRENCY=<n>` (его читают gunicorn и uvicorn), чтобы каждое развёртывание могло его переопределить

## healthcheck-tool-missing
healthcheck-tool-missing = healthcheck вызывает `{ $tool }`, которого нет в `{ $image }` и который этот Dockerfile не устанавливает
healthcheck-tool-missing-help = проверяйте тем, что есть в образе, например `python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health')"`, или установите инструмент
healthcheck-tool-missing-strength = в образе задан HEALTHCHECK

## install-without-yes
install-without-yes = `{ $manager } { $verb }` без `{ $flag }`: если менеджер пакетов запросит подтверждение, сборка упадёт
install-without-yes-help = ответьте на запрос заранее: `{ $example }`

## maintainer-deprecated
maintainer-deprecated = `MAINTAINER` устарел
maintainer-deprecated-help = используйте `LABEL org.opencontainers.image.authors="{ $authors }"`

## missing-expose
missing-expose = команда слушает порт { $port }, но образ не объявляет его через `EXPOSE`
missing-expose-other = команда слушает порт { $port }, но образ объявляет { $exposed }
missing-expose-help = добавьте `EXPOSE { $port }` в финальную стадию
missing-expose-related = объявлен здесь
missing-expose-bound-here = здесь { $server } слушает порт { $port }

## multiple-cmd
multiple-cmd = этот `{ $keyword }` переопределяется следующим в той же стадии
multiple-cmd-help = удалите его: действует только последний
multiple-cmd-related = этот действует

## node-package-unpinned
node-package-unpinned = `{ $manager }` ставит `{ $name }` { $tagged ->
    [true] по плавающему тегу `{ $version }`
   *[false] без версии
}: каждая сборка может получить другой релиз
node-package-unpinned-help = закрепите версию (`{ $name }@<version>`) или внесите пакет в `package.json` с lock-файлом и ставьте через `{ $install }`

## os-package-unpinned
os-package-unpinned = `{ $manager } { $verb }` ставит `{ $names }`{ $more ->
    [0] {""}
   *[other] {" "}и ещё { $more }
} без версии
os-package-unpinned-help = закрепите версии (`{ $example }`) или закрепите базовый образ по digest и пересобирайте осознанно

## pip-cache-not-disabled
pip-cache-not-disabled = `pip install` без `--no-cache-dir` оставляет кэш загрузок pip в этом слое
pip-cache-not-disabled-autofix = добавить `--no-cache-dir`
pip-cache-not-disabled-help = добавьте `--no-cache-dir`, задайте `ENV PIP_NO_CACHE_DIR=1` или используйте `RUN --mount=type=cache,target=/root/.cache/pip`
pip-cache-not-disabled-strength-mount = cache mount BuildKit для pip: быстрые пересборки и никакого кэша в слое
pip-cache-not-disabled-strength = `pip install --no-cache-dir` не пускает кэш pip в образ

## pip-unpinned-package
pip-unpinned-package = `{ $package }` устанавливается без версии
pip-unpinned-package-help = закрепите версию (`{ $package }==<version>`) или перенесите пакет в requirements/lock-файл

## pipe-without-pipefail
pipe-without-pipefail = пайп в `RUN` без `pipefail`: ошибка в левой части игнорируется
pipe-without-pipefail-help = добавьте перед ним `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` или начните RUN с `set -o pipefail &&`
pipe-without-pipefail-pwsh = конвейер PowerShell в `RUN` без `{"$"}ErrorActionPreference = 'Stop'`: ошибка в нём не останавливает сборку
pipe-without-pipefail-pwsh-help = начните команду `SHELL` с `{"$"}ErrorActionPreference = 'Stop';`, например `SHELL ["powershell", "-Command", "{"$"}ErrorActionPreference = 'Stop';"]`

## registry-not-allowed
registry-not-allowed = `{ $instruction }` скачивает `{ $image }` из `{ $host }`, которого нет среди разрешённых registry (`{ $allowed }`)
registry-not-allowed-help = используйте копию образа из разрешённого registry или добавьте registry в `[dockerfile] allowed-registries`

## relative-workdir
relative-workdir = `WORKDIR { $dir }` отсчитывается от предыдущего рабочего каталога
relative-workdir-help = используйте абсолютный путь, например `WORKDIR /{ $dir }`

## remote-script-piped-to-shell
remote-script-piped-to-shell = скачанный скрипт передаётся прямо в shell: в сборке выполняется непроверенный код
remote-script-piped-to-shell-help = скачайте файл конкретной версии и проверьте его контрольную сумму (`ADD --checksum=sha256:...`) перед запуском

## runs-as-root
runs-as-root-drops = контейнер стартует от root, а его entrypoint сбрасывает привилегии через `{ $tool }`: от root выполняется только запуск
runs-as-root-drops-help = это нормально, если запуску нужен root (поправить владельца тома, занять низкий порт); иначе задайте `USER` в образе и уберите переключение
runs-as-root-user = последний `USER` финальной стадии — root
runs-as-root-user-help = переключитесь на непривилегированного пользователя после шагов, которым нужен root: `USER app` (создайте его через `useradd --system`)
runs-as-root-strength = образ работает от непривилегированного пользователя `{ $user }`
runs-as-root-strength-base = `{ $image }` по умолчанию работает не от root
runs-as-root-workers = в финальной стадии (`{ $image }`) нет `USER`: контейнер стартует от root, и привилегии сбрасывают только воркеры сервера
runs-as-root-workers-help = возьмите непривилегированный вариант образа (например, `nginxinc/nginx-unprivileged`, `bitnami/*`) или задайте `USER` и поправьте порты и пути
runs-as-root = в финальной стадии (`{ $image }`) нет `USER`: контейнер работает от root
runs-as-root-unknown-base = в финальной стадии (`{ $image }`) нет `USER`: если базовый образ не задаёт его сам, контейнер работает от root
runs-as-root-help = создайте пользователя и переключитесь на него перед командой: `RUN useradd --system --uid 1001 app`, затем `USER app`
runs-as-root-needs = контейнер работает от root, потому что это нужно `{ $tool }` для его работы
runs-as-root-needs-help = оставьте root только там, где он нужен: в compose `cap_drop: [ALL]` и `cap_add` лишь с тем, что использует `{ $tool }`, `read_only: true`, `security_opt: [no-new-privileges:true]`
runs-as-root-socket = контейнер работает от root, потому что этого требует Docker-сокет, который монтирует `{ $service }` (нужен root или группа сокета)
runs-as-root-socket-help = либо оставьте root и ограничьте его (`cap_drop: [ALL]`, `read_only: true`, `security_opt: [no-new-privileges:true]`), либо запускайте от непривилегированного пользователя с группой сокета (`group_add` с id группы docker на хосте); ещё лучше — ходить в Docker через socket-proxy, который пропускает только нужные вызовы
runs-as-root-base-image = `{ $file }` собирает базовый образ без непривилегированного `USER`: это безопасно, только если каждый образ на его основе задаёт своего пользователя
runs-as-root-base-image-help = задайте `USER` в каждом Dockerfile, который строится на этой базе (или создайте пользователя здесь и переключитесь на него в конце, чтобы его унаследовали все образы)

## secret-in-env-or-arg
secret-in-env-or-arg = `{ $keyword } { $key }` запекает секрет в образ (`{ $masked }`)
secret-in-env-or-arg-help-env = передавайте его во время запуска (compose `secrets:` или переменная окружения от оркестратора) и смените утёкшее значение
secret-in-env-or-arg-help-arg = передавайте секреты сборки через `RUN --mount=type=secret,id=...`; значения ARG видны в `docker history`
secret-in-env-or-arg-copied = `ENV { $key }` копирует аргумент сборки в окружение образа
secret-in-env-or-arg-copied-help = читайте секрет во время запуска: всё, что лежит в ENV, видит любой, кто скачал образ
secret-in-env-or-arg-expected = `ARG { $key }` ждёт секрет как аргумент сборки: он попадёт в историю образа
secret-in-env-or-arg-expected-help = используйте `RUN --mount=type=secret,id=...` и `docker build --secret id=...`

## shell-form-entrypoint
shell-form-entrypoint-wrapper = `{ $path }` запускает сервер без `exec`: shell остаётся PID 1 и не передаёт SIGTERM дальше
shell-form-entrypoint-wrapper-help = запускайте последнюю команду через `exec` (`exec gunicorn ...` или `exec "{"$"}@"`), чтобы сервер получал сигналы напрямую
shell-form-entrypoint-wrapper-related = здесь образ запускает скрипт
shell-form-entrypoint-strength = `{ $keyword }` в exec-форме: процесс получает сигналы напрямую
shell-form-entrypoint = `{ $keyword }` в shell-форме: PID 1 — это `/bin/sh -c`, и он не передаёт SIGTERM приложению
shell-form-entrypoint-help = используйте exec-форму `{ $keyword } ["prog", "arg"]` или начните команду с `exec`

## sudo-in-run
sudo-in-run = `sudo` в шаге сборки
sudo-in-run-help = выполните шаг от root, поставив перед ним `USER root`, и переключитесь обратно через `USER app`; не кладите sudo в образ

## useradd-high-uid
useradd-high-uid = `useradd` с UID { $uid } без `--no-log-init`: один только `/var/log/lastlog` раздует образ примерно на { $mb } МБ
useradd-high-uid-help = добавьте `--no-log-init` (`-l`)

## yarn-cache-not-cleaned
yarn-cache-not-cleaned = `yarn install` без `yarn cache clean` оставляет кэш пакетов yarn в этом слое
yarn-cache-not-cleaned-help = завершите тот же `RUN` командой `&& yarn cache clean` или смонтируйте кэш: `RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install ...`

## yum-no-clean
yum-no-clean = `{ $manager } install` без `{ $manager } clean all` оставляет кэш пакетов в слое
yum-no-clean-help = завершите тот же `RUN` командой `&& { $manager } clean all`
