# Сообщения правил: для каждого правила из docs/rules.md — <name>-title (краткое описание),
# <name>-why (чем это плохо) и <name>-fix (что исправить). Аргументы не передаются.
# Набор id одинаков во всех языках; его сверяет с docs/rules.md scripts/check-rules-ftl.py.
# Каждое значение — одна строка: переносы делает рендерер.

## SW0xxx — ядро

## SW0001 parse-error
parse-error-title = Файл не парсится
parse-error-why = Инструмент, который читает этот файл (`docker build`, `docker compose`, `nginx -t`), его не примет, и деплой не соберётся или не запустится. Остальной аудит выполняется по тому, что удалось разобрать.
parse-error-fix = Исправить синтаксическую ошибку — опечатку в инструкции, незакрытый heredoc, невалидный YAML, несбалансированный блок nginx — и проверить через `docker build`, `docker compose config` или `nginx -t`.

## SW0002 unused-suppression
unused-suppression-title = Комментарий-подавление, который ничего не подавляет
unused-suppression-why = Устаревшее подавление скроет следующую настоящую проблему, которая появится на этой строке. А подавление с опечаткой в имени правила ничего не подавляет, хотя выглядит рабочим.
unused-suppression-fix = Удалить комментарий `# seaworthy: ignore[...]` или исправить в нём имя правила на существующее.

## SW0003 file-unreadable
file-unreadable-title = Файл деплоя не читается как текст
file-unreadable-why = Файл, который аудит не смог прочитать, никто не проверял. Бинарный `Dockerfile` или `.env` на 50 МБ — почти всегда ошибка в репозитории.
file-unreadable-fix = Хранить файлы деплоя как обычный текст в UTF-8 разумного размера: поправить права доступа, перекодировать файлы из UTF-16, убрать бинарные файлы с именами файлов деплоя.

## SW0004 symlink-outside-root
symlink-outside-root-title = Файл деплоя — ссылка за пределы проверяемого каталога; не прочитан
symlink-outside-root-why = Ссылка за пределы репозитория делает деплой зависимым от файла, которого в репозитории нет: в другом клоне, на CI-раннере или на машине коллеги по этому пути лежит что-то другое или ничего. BuildKit тоже не ходит по ссылкам за пределы контекста сборки, так что `docker build` может не увидеть целевой файл; а если бы аудит читал такие ссылки, репозиторий мог бы заставить его читать файлы машины, на которой он запущен.
symlink-outside-root-fix = Держать файл в репозитории: скопировать его внутрь или направить ссылку на путь внутри репозитория.

## SW0005 git-history-incomplete
git-history-incomplete-title = История git не просканирована или просканирована частично
git-history-incomplete-why = Без полного сканирования истории аудит клона с глубиной 1 выглядит так же, как аудит чистой истории. Ключ, закоммиченный два года назад и потом удалённый, не найдётся, и ничто не подскажет, что его даже не искали.
git-history-incomplete-fix = Запускать аудит на полном клоне: `git fetch --unshallow` или `fetch-depth: 0` для `actions/checkout` в CI.

## SW1xxx — Dockerfile

## SW1001 base-image-unpinned
base-image-unpinned-title = Базовый образ без тега или с `latest`
base-image-unpinned-why = `latest` не стоит на месте: через неделю тот же Dockerfile соберёт другой образ — с новой мажорной версией рантайма или дистрибутива, а откат пересоберёт уже не то, что было. Сборки перестают быть воспроизводимыми, и поломки приходят без единого изменения в коде.
base-image-unpinned-fix = Закрепить базовый образ на конкретной версии, например `python:3.12-slim-bookworm`, или на digest.

## SW1002 base-image-eol
base-image-eol-title = Рантайм или дистрибутив базового образа вышел из поддержки (EOL)
base-image-eol-why = После окончания поддержки рантайм или дистрибутив перестаёт получать исправления безопасности: каждая CVE, найденная после этой даты, остаётся в образе открытой. Зависимости одна за другой прекращают его поддерживать.
base-image-eol-fix = Перевести базовый образ на поддерживаемую версию рантайма или дистрибутива, например `python:3.13-slim`, и запланировать следующее обновление заранее, до даты EOL.

## SW1003 base-image-prerelease
base-image-prerelease-title = Базовый образ на pre-release версии рантайма
base-image-prerelease-why = Pre-release версии меняются прямо под ногами, а для C-расширений под них часто ещё нет готовых wheels: пакеты собираются из исходников или сборка падает.
base-image-prerelease-fix = Использовать последний стабильный релиз рантайма, например `python:3.13-slim`.

## SW1004 copy-from-unpinned-image
copy-from-unpinned-image-title = `COPY --from` из внешнего образа без версии
copy-from-unpinned-image-why = Копируемый бинарник меняется каждый раз, когда в апстриме сдвигается `latest`: новый релиз `uv` или `docker` попадает в образ без коммита, а старую сборку уже не воспроизвести.
copy-from-unpinned-image-fix = Закрепить образ в `COPY --from` на версии или digest, например `COPY --from=ghcr.io/astral-sh/uv:0.9.5 /uv /bin/uv`.

## SW1005 build-tools-in-final-stage
build-tools-in-final-stage-title = Компиляторы или -dev пакеты остались в финальном образе
build-tools-in-final-stage-why = Финальный образ тащит сотни мегабайт, которые ему не нужны, и компилятор, которым атакующий воспользуется после взлома.
build-tools-in-final-stage-fix = Перейти на многоэтапную сборку: компилировать на этапе builder и копировать в чистый финальный этап только результаты (wheels, virtualenv, бинарник), ставя туда лишь runtime-библиотеки.

## SW1006 pip-cache-not-disabled
pip-cache-not-disabled-title = `pip install` оставляет кэш загрузок в образе
pip-cache-not-disabled-why = pip складывает каждый скачанный wheel в `~/.cache/pip`, и всё это уезжает в слой: обычно 50–300 МБ мёртвого груза.
pip-cache-not-disabled-fix = Добавить `--no-cache-dir` к `pip install`, задать `PIP_NO_CACHE_DIR` или вынести кэш pip в cache mount BuildKit (`RUN --mount=type=cache,target=/root/.cache/pip`).

## SW1007 apt-no-install-recommends
apt-no-install-recommends-title = `apt-get install` без `--no-install-recommends`
apt-no-install-recommends-why = По умолчанию Debian ставит и «рекомендуемые» пакеты: документацию, лишние утилиты и библиотеки, которыми сервис не пользуется. Часто это вдвое увеличивает и размер слоя, и число пакетов, которые придётся патчить.
apt-no-install-recommends-fix = Добавить `--no-install-recommends` к `apt-get install`, а действительно нужные рекомендуемые пакеты перечислить явно.

## SW1008 apt-lists-not-cleaned
apt-lists-not-cleaned-title = Списки пакетов apt остались в слое
apt-lists-not-cleaned-why = Индекс пакетов (десятки мегабайт) фиксируется в слое. Удаление в следующем `RUN` образ не уменьшит: слои только добавляются.
apt-lists-not-cleaned-fix = Завершать тот же `RUN`, где вызывается `apt-get update`, командой `rm -rf /var/lib/apt/lists/*` или вынести каталоги apt в cache mount BuildKit.

## SW1009 apt-get-update-alone
apt-get-update-alone-title = Обновление индекса пакетов в отдельном закэшированном слое
apt-get-update-alone-why = Обновление кэшируется отдельным слоем: когда через несколько недель строка установки поменяется, Docker возьмёт устаревший индекс из кэша, и `apt-get install` упадёт с 404 или поставит старые версии пакетов.
apt-get-update-alone-fix = Обновлять индекс и ставить пакеты в одном `RUN`: `apt-get update && apt-get install -y ...` с очисткой в конце.

## SW1010 apk-no-cache
apk-no-cache-title = `apk add` без `--no-cache`
apk-no-cache-why = Индекс APK и скачанные пакеты остаются в слое, а для образа на Alpine это заметная доля всего размера.
apk-no-cache-fix = Использовать `apk add --no-cache` или вынести `/var/cache/apk` в cache mount BuildKit.

## SW1011 apt-instead-of-apt-get
apt-instead-of-apt-get-title = В скрипте используется `apt` вместо `apt-get`
apt-instead-of-apt-get-why = `apt` — интерактивная обёртка без стабильного CLI: её вывод и поведение могут меняться от релиза к релизу, и сборка ломается.
apt-instead-of-apt-get-fix = В шагах сборки использовать `apt-get` (`install`, `update`, `remove`) и `apt-cache` (`show`, `search`, `policy`); `apt list` и `apt upgrade` переписать вручную.

## SW1012 yum-no-clean
yum-no-clean-title = Кэш yum/dnf остался в слое
yum-no-clean-why = Метаданные и кэш пакетов — на образах семейства RHEL нередко 100 МБ и больше — навсегда остаются в слое.
yum-no-clean-fix = Завершать `RUN` с установкой командой `dnf clean all` (или `yum clean all`) либо вынести каталог кэша в cache mount BuildKit.

## SW1013 pip-unpinned-package
pip-unpinned-package-title = `pip install` пакета без версии
pip-unpinned-package-why = Каждая сборка ставит то, что оказалось самым свежим в этот день: мажорный релиз зависимости попадает в production без изменений в коде, а пересобрать образ в прежнем виде уже нельзя.
pip-unpinned-package-fix = Закрепить версию (`pip install gunicorn==23.0.0`) или ставить пакеты из requirements- или lock-файла с зафиксированными версиями.

## SW1014 deps-after-source-copy
deps-after-source-copy-title = Зависимости ставятся после копирования всех исходников
deps-after-source-copy-why = Любое изменение в коде инвалидирует кэш слоя с установкой зависимостей, поэтому каждый коммит заново ставит все зависимости, и сборка занимает минуты вместо секунд.
deps-after-source-copy-fix = Сначала скопировать манифесты зависимостей (`requirements.txt`, `package-lock.json`, `go.mod`...), установить зависимости и только потом копировать исходники.

## SW1015 runs-as-root
runs-as-root-title = Образ запускается от root
runs-as-root-why = Если процесс в контейнере работает от root, любое удалённое выполнение кода сразу даёт root в файловой системе контейнера, а побег из контейнера — root на хосте.
runs-as-root-fix = Создать непривилегированного пользователя (`useradd --system --uid 1001 app`), выдать ему нужные файлы (`COPY --chown=app`) и переключиться на него через `USER app` перед `CMD` — или взять базовый образ, который уже работает без root.

## SW1016 sudo-in-run
sudo-in-run-title = `sudo` в шаге сборки
sudo-in-run-why = Шаги сборки и так выполняются от текущего `USER`. `sudo` означает, что в образе есть sudo и пользователь, которому можно стать root, — это сводит на нет смысл запуска без привилегий; к тому же без TTY sudo ведёт себя непредсказуемо.
sudo-in-run-fix = Убрать `sudo`: привилегированные шаги выполнять после `USER root`, затем вернуться к непривилегированному пользователю через `USER app`.

## SW1017 secret-in-env-or-arg
secret-in-env-or-arg-title = Секрет в инструкции ENV или ARG
secret-in-env-or-arg-why = Значения `ENV` зашиваются в конфигурацию образа, и `docker inspect` покажет их любому, кто может сделать pull. Значения `ARG` сохраняются в истории образа (`docker history`).
secret-in-env-or-arg-fix = Секреты для сборки передавать через BuildKit (`RUN --mount=type=secret`), а секреты для работы — при запуске (`secrets:` в compose, секреты оркестратора, переменная `*_FILE` с путём в `/run/secrets`).

## SW1018 add-instead-of-copy
add-instead-of-copy-title = `ADD` для локальных файлов
add-instead-of-copy-why = `ADD` молча распаковывает архивы и скачивает URL, и для обычных файлов эта магия — ловушка: `.tar.gz`, который нужно было просто скопировать, окажется распакован. `COPY` делает ровно то, что написано.
add-instead-of-copy-fix = Для локальных файлов и каталогов использовать `COPY`; `ADD` оставить только для архивов, которые действительно нужно распаковать.

## SW1019 copy-whole-context
copy-whole-context-title = Весь контекст сборки копируется без .dockerignore
copy-whole-context-why = Без `.dockerignore` в образ уезжает весь каталог: `.git`, `.env`, virtualenv, `node_modules`, тестовые данные. Образы раздуваются, секреты утекают.
copy-whole-context-fix = Добавить рядом с контекстом сборки `.dockerignore`, который исключает как минимум `.git`, `.env`, локальные virtualenv и каталоги зависимостей.

## SW1020 shell-form-entrypoint
shell-form-entrypoint-title = CMD/ENTRYPOINT в shell-форме не пробрасывает сигналы
shell-form-entrypoint-why = В shell-форме команда запускается через `/bin/sh -c`: PID 1 — это shell, и он не пробрасывает SIGTERM. `docker stop` ждёт 10 секунд и убивает приложение без graceful shutdown, а запросы и задачи в обработке теряются.
shell-form-entrypoint-fix = Использовать exec-форму: `CMD ["gunicorn", "app:app", "--bind", "0.0.0.0:8000"]`; в entrypoint-скрипте запускать сервер через `exec`.

## SW1021 relative-workdir
relative-workdir-title = `WORKDIR` с относительным путём
relative-workdir-why = Относительный `WORKDIR` отсчитывается от предыдущего — или от заданного в базовом образе: стоит сменить базовый образ, и файлы окажутся в другом месте.
relative-workdir-fix = Указывать в `WORKDIR` абсолютный путь, например `WORKDIR /app`.

## SW1022 cd-in-run
cd-in-run-title = `cd` в RUN вместо WORKDIR
cd-in-run-why = Смена каталога действует только в пределах одного `RUN`, и об этом легко забыть двумя инструкциями ниже. `WORKDIR` явно задаёт, где идёт сборка, и действует для всех последующих инструкций.
cd-in-run-fix = Задать каталог через `WORKDIR` перед `RUN`, а не начинать `RUN` с `cd`.

## SW1023 remote-script-piped-to-shell
remote-script-piped-to-shell-title = Скачанный скрипт передаётся прямо в shell
remote-script-piped-to-shell-why = Всё, что сервер отдаст в этот день, без всякой проверки выполняется в сборке от root. Скомпрометированный или просто изменённый скрипт незаметно меняет образ, а сборка перестаёт быть воспроизводимой.
remote-script-piped-to-shell-fix = Скачивать скрипт в файл с зафиксированной контрольной суммой (`ADD --checksum=sha256:...`) или проверять его перед запуском; ещё лучше — ставить пакет или релиз конкретной версии.

## SW1024 pipe-without-pipefail
pipe-without-pipefail-title = Пайп в RUN без pipefail
pipe-without-pipefail-why = `/bin/sh -c "a | b"` возвращает код завершения только `b`: если `a` (скачивание, сборка) упала, шаг всё равно считается успешным, и в релиз уходит сломанный образ.
pipe-without-pipefail-fix = Задать `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` перед `RUN` или начинать `RUN` с `set -o pipefail &&` в shell, который это поддерживает.

## SW1025 multiple-cmd
multiple-cmd-title = Несколько CMD/ENTRYPOINT/HEALTHCHECK в одном этапе
multiple-cmd-why = Из нескольких `CMD`, `ENTRYPOINT` или `HEALTHCHECK` в этапе действует только последняя. Предыдущая выглядит значимой, но это мёртвый код, и читающие Dockerfile (в том числе на ревью) уверены, что контейнер стартует с другой командой.
multiple-cmd-fix = Оставить в этапе по одной `CMD`, `ENTRYPOINT` и `HEALTHCHECK`, остальные удалить.

## SW1026 maintainer-deprecated
maintainer-deprecated-title = Устаревшая инструкция MAINTAINER
maintainer-deprecated-why = `MAINTAINER` объявлена устаревшей ещё в Docker 1.13. Ту же информацию несёт метка `org.opencontainers.image.authors` — в стандартном месте, которое читают инструменты.
maintainer-deprecated-fix = Заменить на `LABEL org.opencontainers.image.authors="..."`.

## SW1027 duplicate-stage-name
duplicate-stage-name-title = Два этапа с одинаковым именем
duplicate-stage-name-why = BuildKit отвергает такой Dockerfile с ошибкой «duplicate stage name» (имена сравниваются без учёта регистра), а старые сборщики молча берут для `COPY --from` последний этап с этим именем.
duplicate-stage-name-fix = Дать каждому этапу уникальное имя в `FROM ... AS <имя>` и поправить ссылки в `COPY --from`.

## SW1028 copy-from-unknown-stage
copy-from-unknown-stage-title = `COPY --from` ссылается на несуществующий предыдущий этап
copy-from-unknown-stage-why = Незнакомое имя BuildKit считает образом с Docker Hub: сборка падает с «pull access denied» или, что хуже, тянет посторонний публичный образ с таким именем. Копирование из текущего этапа — ошибка.
copy-from-unknown-stage-fix = Указать в `COPY --from` этап, объявленный выше в файле (исправив опечатку), или перенести этап-источник выше этапа, который из него копирует.

## SW1029 from-arg-without-default
from-arg-without-default-title = `FROM` использует аргумент сборки без значения по умолчанию
from-arg-without-default-why = Без `--build-arg` ссылка раскрывается во что-то вроде `python:-slim` или в пустое имя образа, и сборка падает. Dockerfile не собирается сам по себе, и каждый, кто его запускает, должен знать «волшебный» аргумент.
from-arg-without-default-fix = Объявить аргумент со значением по умолчанию перед первым `FROM`: `ARG PYTHON_VERSION=3.12`, затем `FROM python:${"{"}PYTHON_VERSION{"}"}-slim`.

## SW1030 hardcoded-worker-count
hardcoded-worker-count-title = Число воркеров зашито в команду образа
hardcoded-worker-count-why = Правильное число воркеров зависит от того, где запущен образ: контейнер на ноутбуке с 1 CPU, production-VM на 4 CPU, количество реплик. Зашитое в образ, оно меняется только пересборкой или переопределением всей команды.
hardcoded-worker-count-fix = Убрать `-w`/`--workers` из команды и задавать число воркеров при запуске через переменную `WEB_CONCURRENCY` — её читают и gunicorn, и uvicorn.

## SW1031 dev-server-in-image
dev-server-in-image-title = Dev-сервер или отладочный флаг в команде образа
dev-server-in-image-why = Dev-серверы однопроцессные и не рассчитаны на боевую нагрузку и атаки, следят за файловой системой (нагружая CPU), перезапускаются при изменении файлов и показывают любому отладочные страницы вместе с секретами.
dev-server-in-image-fix = Запускать production-сервер (gunicorn, uvicorn без `--reload`, `node` на собранном приложении), а `runserver`, `flask run`, `npm run dev` и `--debug` оставить для окружения разработки.

## SW1032 missing-expose
missing-expose-title = Порт команды не объявлен в EXPOSE
missing-expose-why = `EXPOSE` документирует порт сервиса для людей и инструментов (`docker run -P`, `expose` в compose, reverse proxy с автообнаружением портов). Неверный `EXPOSE` отправит прокси на порт, который никто не слушает.
missing-expose-fix = Добавить `EXPOSE` с портом, который слушает команда, например `EXPOSE 8000` для `--port 8000`.

## SW1033 healthcheck-tool-missing
healthcheck-tool-missing-title = HEALTHCHECK вызывает утилиту, которой нет в образе
healthcheck-tool-missing-why = Проверка каждый раз падает с «executable file not found»: контейнер навсегда остаётся unhealthy, оркестратор перезапускает его по кругу, а сервисы compose, которые ждут `service_healthy`, так и не стартуют.
healthcheck-tool-missing-fix = Проверять тем, что в образе есть (например, `python -c "import urllib.request; ..."` в Python-образе), или установить `curl`/`wget` в финальном этапе.

## SW1034 install-without-yes
install-without-yes-title = Установка пакетов без `-y`: сборка встанет на запросе подтверждения
install-without-yes-why = В сборке нет терминала: на запрос подтверждения приходит EOF, пакетный менеджер прерывает установку, и сборка падает. `apt-get` спрашивает, только если ставит больше, чем было названо, поэтому Dockerfile, который собирается сегодня, сломается в тот день, когда у пакета появится новая зависимость; `DEBIAN_FRONTEND=noninteractive` на этот запрос не отвечает.
install-without-yes-fix = Добавить `-y` в каждую команду установки (`apt-get install -y`, `dnf install -y`, `zypper install -y` или `zypper -n`).

## SW1035 node-package-unpinned
node-package-unpinned-title = `npm install <пакет>` без версии
node-package-unpinned-why = Каждая сборка ставит самую свежую на этот день версию: две сборки одного коммита содержат разный код, а ломающий или скомпрометированный релиз попадает в production, хотя никто не менял ни строчки.
node-package-unpinned-fix = Указать точную версию (`npm install -g pm2@5.4.3`) или добавить пакет в `package.json` и ставить через `npm ci`.

## SW1036 gem-unpinned-package
gem-unpinned-package-title = `gem install <gem>` без версии
gem-unpinned-package-why = Каждая сборка ставит самую свежую на этот день версию: две сборки одного коммита содержат разный код, а ломающий или скомпрометированный релиз попадает в production, хотя никто не менял ни строчки.
gem-unpinned-package-fix = Закрепить версию через `-v` (`gem install bundler -v 2.5.22`) или ставить из `Gemfile.lock`.

## SW1037 os-package-unpinned
os-package-unpinned-title = Системный пакет ставится без версии
os-package-unpinned-why = Две сборки одного коммита могут поставить разные версии пакетов, и образ, который вчера работал, меняет поведение без изменений в коде. Это компромисс, а не ошибка: жёстко закреплённые версии заодно блокируют обновления безопасности, пока их кто-нибудь не поднимет.
os-package-unpinned-fix = Закрепить версии там, где это важно (`apk add curl=8.14.1-r1`), или закрепить базовый образ по digest и пересобирать осознанно — обычно это разумная середина.

## SW1038 env-self-reference
env-self-reference-title = `ENV` ссылается на переменную, которую сам же задаёт
env-self-reference-why = Docker подставляет значения переменных, какими они были до инструкции: в `ENV APP_HOME=/app APP_LOGS=$APP_HOME/logs` переменная `APP_LOGS` получит `/logs` (или старое значение `APP_HOME`), а не `/app/logs`. Ничего не падает — сервис просто читает и пишет не туда.
env-self-reference-fix = Разбить инструкцию: задать переменную в одном `ENV`, а использовать её в следующем.

## SW1039 copy-relative-without-workdir
copy-relative-without-workdir-title = `COPY` по относительному пути до всякого `WORKDIR`
copy-relative-without-workdir-why = Относительный путь назначения отсчитывается от рабочего каталога, а он в этом случае берётся из базового образа: у большинства образов это `/`, у некоторых — другой каталог, и он может поменяться вместе с базовым образом. Файлы окажутся там, где `CMD` их не ищет.
copy-relative-without-workdir-fix = Задать `WORKDIR` (например, `WORKDIR /app`) до первого `COPY` или `ADD` или копировать по абсолютному пути.

## SW1040 useradd-high-uid
useradd-high-uid-title = `useradd` с большим UID без `--no-log-init`
useradd-high-uid-why = `useradd` резервирует запись для нового UID в разреженных файлах `/var/log/lastlog` и `/var/log/faillog` по смещению, пропорциональному UID. Слои образа разреженность не сохраняют, и «дыры» записываются нулями: около 29 МБ для UID 100000, гигабайты для UID порядка миллионов — вплоть до сборок, которым не хватает диска.
useradd-high-uid-fix = Добавить `--no-log-init` (`-l`) к `useradd` или взять UID поменьше.

## SW1041 yarn-cache-not-cleaned
yarn-cache-not-cleaned-title = `yarn install` оставляет кэш yarn в слое
yarn-cache-not-cleaned-why = Yarn хранит копию каждого скачанного пакета в глобальном кэше — нередко он размером с сам `node_modules`, — и этот кэш уезжает в слой.
yarn-cache-not-cleaned-fix = Выполнять `yarn cache clean` в том же `RUN` после `yarn install` или вынести кэш yarn в cache mount BuildKit.

## SW1042 bin-sh-relinked
bin-sh-relinked-title = `/bin/sh` перелинкован вместо инструкции `SHELL`
bin-sh-relinked-why = `/bin/sh` — shell всех скриптов в образе, включая maintainer-скрипты пакетов и точку входа (ENTRYPOINT), а они написаны под shell дистрибутива. Подмена меняет их поведение далеко за пределами шагов сборки.
bin-sh-relinked-fix = Использовать инструкцию `SHELL` (например, `SHELL ["/bin/bash", "-c"]`): она явно меняет shell только для последующих `RUN`.

## SW1043 registry-not-allowed
registry-not-allowed-title = Образ из registry, не разрешённого конфигурацией
registry-not-allowed-why = Обычно образы разрешено брать только из тех registry, которые команда зеркалирует и сканирует. Образ из любого другого места обходит эту проверку, не покрыт зеркалом, когда внешний registry лежит или режет запросы по rate limit, и может исчезнуть или сменить владельца.
registry-not-allowed-fix = Тянуть образ через разрешённый registry или зеркало, а если этот registry приемлем — добавить его в `allowed-registries` в `seaworthy.toml`.

## SW2xxx — compose

## SW2001 compose-schema-violation
compose-schema-violation-title = Compose-файл не соответствует спецификации compose
compose-schema-violation-why = `docker compose` отказывается принимать такой файл или, в случае некоторых ключей, молча их игнорирует: опечатка в `healthcheck` или `deploy` незаметно убирает ту защиту, ради которой они добавлялись.
compose-schema-violation-fix = Привести указанный ключ или значение в соответствие со спецификацией (исправить опечатку, использовать ожидаемый тип — `ports: ["80:80"]` вместо `ports: 80`) и проверить через `docker compose config`.

## SW2002 compose-version-obsolete
compose-version-obsolete-title = Устаревший ключ `version:`
compose-version-obsolete-why = Compose v2 этот ключ игнорирует и при каждой команде выводит предупреждение. Ключ намекает на формат файла, которого больше нет, и вводит читающих в заблуждение насчёт доступных возможностей.
compose-version-obsolete-fix = Удалить ключ `version:` верхнего уровня.

## SW2003 compose-undefined-variable
compose-undefined-variable-title = Переменная без значения и без значения по умолчанию или битая интерполяция
compose-undefined-variable-why = Compose подставляет пустую строку и всё равно запускается: `DATABASE_URL=postgres://:@db/`, `image: app:` и подобные недонастроенные сервисы падают уже при работе, далеко от причины.
compose-undefined-variable-fix = Задать переменную в `.env` (и описать её в `.env.example`), дать ей значение по умолчанию (`${"{"}TAG:-1.4.2{"}"}`) или сделать обязательной через `${"{"}VAR:?сообщение{"}"}`; если сломан синтаксис интерполяции — исправить его.

## SW2004 healthcheck-missing
healthcheck-missing-title = Сервис без healthcheck
healthcheck-missing-why = Без healthcheck compose знает только, что процесс запустился: зависимые сервисы стартуют слишком рано (nginx отдаёт 502, пока поднимается uvicorn), `service_healthy` использовать нельзя, а зависший процесс никогда не перезапускается.
healthcheck-missing-fix = Добавить `healthcheck:`, который проверяет сам сервис (HTTP health-эндпоинт, `pg_isready`, `redis-cli ping`), и заставить зависимые сервисы ждать через `condition: service_healthy`.

## SW2005 healthcheck-ineffective
healthcheck-ineffective-title = Healthcheck, который не замечает неработающий сервис
healthcheck-ineffective-why = Проверки через `--version`, поиск процесса (`pgrep`, `ps | grep`), `true`, `echo` или `curl` без `-f` проходят успешно, даже когда сервис не может обслуживать запросы. Зависимые сервисы стартуют, хотя зависимость не работает, а зависший воркер так и не перезапускается.
healthcheck-ineffective-fix = Проверять то, что сервис действительно делает: health-эндпоинт через `curl -f` или `wget --spider`, клиент самой базы данных (`pg_isready`) или ping-команду воркера.

## SW2006 depends-on-not-healthy
depends-on-not-healthy-title = depends_on ждёт только запуска, а не готовности
depends-on-not-healthy-why = «Запущен» значит, что процесс существует, а не что PostgreSQL принимает соединения: при каждом холодном старте приложение поднимается, не может подключиться и падает, либо nginx отвечает 502.
depends-on-not-healthy-fix = Использовать длинный синтаксис с `condition: service_healthy` и добавить healthcheck самой зависимости (например, `pg_isready` для PostgreSQL).

## SW2007 internal-port-published
internal-port-published-title = Порт базы данных, кэша или брокера опубликован на всех интерфейсах
internal-port-published-why = Базу данных от интернета отделяет одно сканирование портов, а пароль обычно слабый; к тому же порты, опубликованные Docker, обходят firewall хоста (ufw).
internal-port-published-fix = Убрать запись из `ports:` и обращаться к сервису по сети compose или привязать порт к loopback: `"127.0.0.1:5432:5432"`.

## SW2008 nonstandard-host-port
nonstandard-host-port-title = Известный сервис на нестандартном порту хоста
nonstandard-host-port-why = Само по себе это не ошибка, но каждый инструмент и каждый человек, подключающийся с хоста, должен знать этот порт, а в `.env`-файлах со временем появляется разнобой между стандартным и нестандартным портом.
nonstandard-host-port-fix = Использовать стандартный порт или пояснить причину нестандартного в комментарии рядом с маппингом.

## SW2009 root-image-unprivileged-variant
root-image-unprivileged-variant-title = Образ с root там, где есть непривилегированный вариант
root-image-unprivileged-variant-why = Контейнер, смотрящий в интернет, взломают с наибольшей вероятностью, и если он работает от root, атакующий получает root в контейнере. Непривилегированный вариант — прямая замена.
root-image-unprivileged-variant-fix = Перейти на официальный непривилегированный вариант (например, `nginxinc/nginx-unprivileged` — он слушает 8080, так что маппинг `80:8080`) или задать сервису `user:`.

## SW2010 restart-policy-missing
restart-policy-missing-title = Сервис без политики перезапуска
restart-policy-missing-why = После падения, OOM kill или перезагрузки хоста сервис так и остаётся лежать, пока кто-нибудь не заметит.
restart-policy-missing-fix = Добавить `restart: unless-stopped` (или `deploy.restart_policy`) каждому долгоживущему сервису.

## SW2011 stop-grace-period-missing
stop-grace-period-missing-title = Воркер без stop_grace_period
stop-grace-period-missing-why = При деплое или перезапуске compose ждёт после SIGTERM 10 секунд и убивает воркер: задачи длиннее обрываются на середине и без позднего подтверждения (late ack) теряются.
stop-grace-period-missing-fix = Задать `stop_grace_period` больше самой длинной задачи (например, `stop_grace_period: 120s`) и включить позднее подтверждение (late ack) в очереди задач.

## SW2012 resource-limits-missing
resource-limits-missing-title = Сервис без лимитов ресурсов
resource-limits-missing-why = Один воркер с утечкой памяти или вышедший из-под контроля запрос съедает память хоста, и OOM killer ядра выбирает жертву — нередко базу данных.
resource-limits-missing-fix = Задать лимиты памяти и CPU в `deploy.resources.limits` (или `mem_limit` и `cpus`) исходя из реального потребления сервиса.

## SW2013 hardcoded-credential
hardcoded-credential-title = Учётные данные прописаны в compose-файле
hardcoded-credential-why = Пароль лежит в git и доступен всем, у кого есть доступ на чтение, и он одинаков во всех окружениях. Значение по умолчанию в интерполяции молча становится паролем в production, если в `.env` нет переменной.
hardcoded-credential-fix = Передавать учётные данные через `secrets:` в compose (с переменной `*_FILE`, например `POSTGRES_PASSWORD_FILE`) или из `.env` вне git без значения по умолчанию, а закоммиченное значение ротировать.

## SW2014 dev-mode-in-shared
dev-mode-in-shared-title = Режим разработки в compose-файле, который использует production
dev-mode-in-shared-why = Базовый файл вливается в каждое окружение, поэтому dev-флаг в нём уезжает в production: отладочные страницы с секретами, autoreload, однопроцессные dev-серверы.
dev-mode-in-shared-fix = В базовом файле держать production-настройки, а `--reload`, `DEBUG=true`, `NODE_ENV=development` и dev-таргеты сборки перенести в `docker-compose.override.yml` или другой файл только для разработки.

## SW2015 privileged-container
privileged-container-title = Привилегированный контейнер
privileged-container-why = У привилегированного контейнера есть все capabilities и доступ ко всем устройствам хоста: компрометация контейнера означает компрометацию хоста.
privileged-container-fix = Убрать `privileged: true` и выдать только ту capability (`cap_add`) или устройство (`devices`), которые действительно нужны сервису.

## SW2016 docker-socket-mounted
docker-socket-mounted-title = Docker-сокет смонтирован в контейнер
docker-socket-mounted-why = Docker-сокет — это root на хосте: тот, кто контролирует контейнер, может запустить привилегированный контейнер с примонтированным `/`. `:ro` не спасает — API остаётся полностью доступным на запись.
docker-socket-mounted-fix = Убрать монтирование сокета; если прокси или мониторингу действительно нужен Docker API, поставить перед ним фильтрующий socket proxy (`DOCKER_HOST: tcp://socket-proxy:2375`), который пропускает только нужные вызовы.

## SW2017 network-mode-host
network-mode-host-title = Контейнер в сети хоста
network-mode-host-why = Контейнер делит сетевой стек с хостом: каждый открытый им порт открыт на хосте, сети compose и имена сервисов не действуют, и ему доступны сервисы, слушающие loopback хоста.
network-mode-host-fix = Убрать `network_mode: host`, подключить сервис к сети compose и публиковать только нужные порты с явным адресом (`"127.0.0.1:8000:8000"`).

## SW2018 single-network
single-network-title = Пограничные сервисы и сервисы данных в одной сети
single-network-why = Прокси или фронтенд, смотрящий в интернет, может напрямую подключаться к базе данных, и один взлом открывает доступ ко всему.
single-network-fix = Разделить сервисы на сеть `edge` и сеть `data` с `internal: true`, а в обе сети включать только те сервисы, которым нужны обе.

## SW2019 stateful-data-not-persisted
stateful-data-not-persisted-title = Данные базы не на именованном томе (volume)
stateful-data-not-persisted-why = `docker compose down` или обновление образа пересоздаёт контейнер — и базы данных больше нет. Bind mount в каталог репозитория привязывает данные к конкретному checkout, его правам доступа и его бэкапам.
stateful-data-not-persisted-fix = Смонтировать именованный том на каталог данных (например, `pgdata:/var/lib/postgresql/data`) и объявить его в `volumes:` верхнего уровня.

## SW2020 compose-image-unpinned
compose-image-unpinned-title = Образ сервиса без версии
compose-image-unpinned-why = `docker compose pull` каждую неделю приносит другой образ: новую мажорную версию PostgreSQL, которая не читает старый каталог данных, Redis с изменёнными значениями по умолчанию. Откат становится невозможным.
compose-image-unpinned-fix = Закрепить каждый `image:` на конкретной версии (например, `redis:7.4-alpine`) или на digest.

## SW2021 container-name-with-replicas
container-name-with-replicas-title = Фиксированное имя контейнера у реплицируемого сервиса
container-name-with-replicas-why = Имена контейнеров уникальны в пределах хоста: вторую реплику создать не получится, и `docker compose up --scale` падает.
container-name-with-replicas-fix = Убрать `container_name` у сервисов, которые работают в нескольких репликах.

## SW2022 duplicate-host-port
duplicate-host-port-title = Два сервиса публикуют один и тот же порт хоста
duplicate-host-port-why = Второй контейнер не стартует с ошибкой «port is already allocated».
duplicate-host-port-fix = Дать каждому сервису свой порт хоста или публиковать только тот сервис, который должен быть доступен с хоста.

## SW2023 env-file-missing
env-file-missing-title = env_file указывает на несуществующий файл
env-file-missing-why = На свежем checkout `docker compose up` останавливается с «env file not found», и ничто не подсказывает новому разработчику или скрипту деплоя, что должно быть в этом файле.
env-file-missing-fix = Закоммитить файл, если в нём нет секретов, или положить рядом `.env.example` и создавать файл из него при деплое (`cp .env.example .env`).

## SW2024 build-context-missing
build-context-missing-title = Compose собирает из несуществующего контекста или Dockerfile
build-context-missing-why = Ничего не собирается: `docker compose up` останавливается с «failed to read dockerfile».
build-context-missing-fix = Указать в `build.context` существующий каталог, а в `build.dockerfile` — Dockerfile внутри него, или добавить недостающий Dockerfile.

## SW2025 depends-on-unknown-service
depends-on-unknown-service-title = depends_on ссылается на несуществующий сервис
depends-on-unknown-service-why = Compose отказывается запускать проект («depends on undefined service») — обычно после того, как сервис переименовали в одном файле и забыли в другом.
depends-on-unknown-service-fix = Указать в `depends_on` актуальное имя сервиса или описать недостающий сервис в проекте compose.

## SW2026 config-mount-writable
config-mount-writable-title = Конфигурация смонтирована с правом записи
config-mount-writable-why = Контейнеру нужно только читать свою конфигурацию. Если она смонтирована на запись, скомпрометированный или просто глючный процесс может переписать копию на хосте (правила nginx, TLS-ключи, настройки приложения), и изменение переживёт перезапуски и повторные деплои.
config-mount-writable-fix = Добавить `:ro` к bind mount конфигурации и сертификатов (например, `./nginx/nginx.conf:/etc/nginx/nginx.conf:ro`) или указать `read_only: true` в длинном синтаксисе.

## SW2027 undeclared-named-resource
undeclared-named-resource-title = Именованный том, сеть или секрет используется, но не объявлен
undeclared-named-resource-why = `docker compose up` отвергает весь проект («refers to undefined volume»), и не стартует ничего. Обычно так бывает, когда сервис скопировали из другого стека или переименовали секцию верхнего уровня, а всплывает это только при деплое.
undeclared-named-resource-fix = Объявить том, сеть или секрет в секции `volumes:`, `networks:` или `secrets:` верхнего уровня или исправить имя, которое использует сервис.

## SW2028 no-environment-overrides
no-environment-overrides-title = Один compose-файл на все окружения
no-environment-overrides-why = Когда файл один на все окружения, удобства для разработки (код через bind mount, `--reload`, опубликованные порты базы, отладочные настройки) и production-настройки (лимиты, политики перезапуска, TLS) не могут различаться — одно из двух всегда неправильно. Для небольших стеков это вопрос вкуса.
no-environment-overrides-fix = Общее держать в базовом файле, а настройки окружений вынести в `compose.override.yaml` для разработки и `compose.prod.yaml` для production.

## SW2029 port-bypasses-proxy
port-bypasses-proxy-title = Сервис за nginx также опубликован на всех интерфейсах
port-bypasses-proxy-why = Клиенты могут обойти nginx и обращаться к приложению напрямую: TLS, заголовки безопасности, rate limiting, ограничения на размер тела запроса и правила доступа из конфигурации nginx на этом порту не действуют. Docker публикует порты через собственные правила файрвола, поэтому файрвол хоста вроде `ufw` обычно тоже его не закрывает.
port-bypasses-proxy-fix = Публиковать только nginx, а к приложению ходить по сети compose: заменить `ports:` приложения на `expose: ["8000"]` или, если nginx работает на хосте, привязать порт к `127.0.0.1`.

## SW2030 admin-ui-exposed
admin-ui-exposed-title = Админка или ops-интерфейс опубликованы без аутентификации
admin-ui-exposed-why = Эти интерфейсы сделаны для операторов: Flower позволяет просматривать и отзывать любые задачи Celery вместе с аргументами, перехватчик почты показывает все письма для сброса пароля, Redis Commander и интерфейс RabbitMQ читают и удаляют данные, дашборд Traefik раскрывает всю таблицу маршрутизации. Опубликованный порт доступен любому, кто может достучаться до хоста: публикация портов в Docker обходит файрволы хоста вроде `ufw`.
admin-ui-exposed-fix = Включить аутентификацию интерфейса (например, `FLOWER_BASIC_AUTH`) и публиковать его только на `127.0.0.1` (`ports: ["127.0.0.1:5555:5555"]`), заходя через SSH-туннель или VPN; перехватчики почты в production не разворачивать.

## SW2031 compose-image-eol
compose-image-eol-title = Образ сервиса вышел из поддержки (EOL)
compose-image-eol-why = База данных, кэш, прокси или рантайм после окончания поддержки не получают исправлений безопасности: известные уязвимости остаются открытыми навсегда. А неизбежное обновление перепрыгивает сразу через несколько мажорных версий, и для баз данных это ещё и смена формата данных.
compose-image-eol-fix = Перевести сервис на поддерживаемую версию образа, например `postgres:17-alpine`, и запланировать следующее обновление заранее, до даты EOL.

## SW2032 compose-image-floating-tag
compose-image-floating-tag-title = Тег образа сервиса не указывает версию
compose-image-floating-tag-why = Такой тег переезжает на каждый новый релиз, включая мажорные: следующий `docker compose pull` на сервере молча обновит PostgreSQL или nginx. Два хоста работают на разных версиях одного и того же стека, а откат уже не вернёт старую версию.
compose-image-floating-tag-fix = Закрепить образ на теге с версией, например `nginx:1.27-alpine` вместо `nginx:alpine`, или на digest.

## SW3xxx — nginx

## SW3001 websocket-upgrade-missing
websocket-upgrade-missing-title = WebSocket-маршрут проксируется без заголовков upgrade
websocket-upgrade-missing-why = По умолчанию nginx проксирует по HTTP/1.0 и отбрасывает hop-by-hop заголовки: запрос `Upgrade` не доходит до приложения, WebSocket-соединение в браузере не устанавливается, и всё, что работает в реальном времени (чат, голос, live-обновления), в production мертво.
websocket-upgrade-missing-fix = В location для WebSocket задать `proxy_http_version 1.1`, `proxy_set_header Upgrade $http_upgrade` и `proxy_set_header Connection "upgrade"` (или через `map` в `$connection_upgrade`) и увеличить `proxy_read_timeout`.

## SW3002 add-header-drops-inherited
add-header-drops-inherited-title = Вложенный add_header отменяет заголовки, заданные уровнем выше
add-header-drops-inherited-why = nginx наследует `add_header` только в блоки, где нет собственных `add_header`, поэтому один `add_header Cache-Control` в location молча убирает все security-заголовки сервера. HSTS, `X-Frame-Options`, `X-Content-Type-Options` и CSP пропадают именно на этих ответах (статика, скачивания) — там, где clickjacking и MIME sniffing и срабатывают.
add-header-drops-inherited-fix = Повторять внешние security-заголовки в каждом блоке со своим `add_header` (удобно через `include` общего сниппета) или, начиная с nginx 1.29.3, задать `add_header_inherit merge;` в блоке server.

## SW3003 header-without-always
header-without-always-title = Security-заголовок не отправляется в ответах с ошибкой (нет `always`)
header-without-always-why = Без `always` nginx добавляет заголовок только к ответам 200, 201, 204, 206, 301, 302, 303, 304, 307 и 308. Страницы ошибок (4xx, 5xx), которые атакующий может вызвать когда угодно, уходят без защиты.
header-without-always-fix = Добавить параметр `always` к каждому security-заголовку, например `add_header X-Content-Type-Options "nosniff" always;`.

## SW3004 auth-rate-limit-missing
auth-rate-limit-missing-title = Эндпоинт логина/аутентификации без rate limiting
auth-rate-limit-missing-why = Credential stuffing и подбор паролей идут с той скоростью, с какой приложение успевает отвечать, а эндпоинт логина к тому же самый дорогой из-за хэширования паролей.
auth-rate-limit-missing-fix = Завести строгую зону (`limit_req_zone $binary_remote_addr zone=login:10m rate=5r/m;`) и применить её в location аутентификации: `limit_req zone=login burst=3 nodelay;`.

## SW3005 rate-limit-missing
rate-limit-missing-title = Проксирующий сервер без rate limiting
rate-limit-missing-why = Один клиент может забить все воркеры приложения и базу данных за ними; дешёвый флуд кладёт сервис.
rate-limit-missing-fix = Завести `limit_req_zone` по адресу клиента и применить `limit_req` (с `burst`) к проксируемым location; там, где важны долгие соединения, добавить `limit_conn`.

## SW3006 client-body-size-excessive
client-body-size-excessive-title = client_max_body_size без ограничения или слишком большой
client-body-size-excessive-why = nginx буферизует тело запроса на диск ещё до того, как его увидит приложение: несколько параллельных загрузок по несколько гигабайт забивают диск или занимают воркеры — дешёвый DoS. К тому же приложение обычно всё равно отвергает такие запросы — уже после того, как nginx проделал всю работу.
client-body-size-excessive-fix = Оставить на уровне сервера умеренный `client_max_body_size` (например, `20M`) и увеличивать его только в тех location для загрузок, где это действительно нужно.

## SW3007 hsts-missing
hsts-missing-title = HTTPS-сервер без HSTS
hsts-missing-why = Без HSTS браузер каждый раз сначала идёт по обычному HTTP: во враждебной сети первый запрос можно перехватить и понизить до HTTP (SSL stripping), несмотря на редирект.
hsts-missing-fix = Добавить в TLS-сервер `add_header Strict-Transport-Security "max-age=63072000; includeSubDomains" always;` с `max-age` не меньше полугода.

## SW3008 security-headers-missing
security-headers-missing-title = Сервер без базовых security-заголовков
security-headers-missing-why = `X-Content-Type-Options`, `X-Frame-Options` и `Referrer-Policy` — дешёвая стандартная защита от MIME sniffing, clickjacking и утечки URL (вместе с токенами в них) третьим сторонам.
security-headers-missing-fix = Добавить недостающие заголовки с `always` на уровне server: `X-Content-Type-Options "nosniff"`, `X-Frame-Options "DENY"` (или `frame-ancestors` в CSP), `Referrer-Policy "strict-origin-when-cross-origin"`.

## SW3009 csp-unsafe
csp-unsafe-title = Content-Security-Policy разрешает inline-скрипты или любые хосты
csp-unsafe-why = Такая CSP больше не останавливает внедрённые скрипты: `'unsafe-inline'` — ровно то, чем пользуются XSS-нагрузки, а `https:` разрешает скрипты с любого хоста в интернете.
csp-unsafe-fix = Убрать `'unsafe-inline'`, `'unsafe-eval'`, а также схемы и wildcard в источниках; перечислить конкретные хосты (`script-src 'self'`), а для действительно нужных inline-скриптов использовать nonce или хэши.

## SW3010 tls-weak-protocols
tls-weak-protocols-title = Включены устаревшие версии TLS/SSL
tls-weak-protocols-why = Для SSLv3, TLS 1.0 и TLS 1.1 есть известные атаки (POODLE, BEAST), RFC 8996 объявил их устаревшими; браузеры их не принимают, а compliance-сканы не проходят.
tls-weak-protocols-fix = Оставить только современные версии: `ssl_protocols TLSv1.2 TLSv1.3;`.

## SW3011 https-redirect-missing
https-redirect-missing-title = HTTP-сервер не перенаправляет на HTTPS
https-redirect-missing-why = Пользователи, набирающие домен без `https://`, и старые ссылки попадают на обычный HTTP: cookies и учётные данные идут по сети в открытом виде, а браузер так и не узнаёт о HSTS.
https-redirect-missing-fix = Сделать так, чтобы сервер на 80-м порту отвечал `return 301 https://$host$request_uri;`, оставив только location для ACME challenge, если сертификаты выпускаются через HTTP.

## SW3012 https-disabled
https-disabled-title = Блок HTTPS-сервера закомментирован
https-disabled-why = Закомментированный HTTPS-блок значит, что production либо работает без TLS, либо TLS терминируется где-то за пределами того, что описано в репозитории; в обоих случаях production-путь не задокументирован и не протестирован.
https-disabled-fix = Включить TLS-сервер (`listen 443 ssl` с `ssl_certificate` и `ssl_certificate_key`) или описать в репозитории, где терминируется TLS, а мёртвый блок удалить.

## SW3013 static-cache-disabled
static-cache-disabled-title = Кэширование статики отключено
static-cache-disabled-why = При каждом просмотре страницы заново скачиваются все скрипты, стили и картинки: страницы грузятся медленнее, nginx и приложение нагружены сильнее. Сбрасывать кэш нужно через имена файлов (`app.3f2a.js`), а не отключением кэша.
static-cache-disabled-fix = Отдавать статику с долгим сроком жизни (`expires 30d;`, `Cache-Control "public, immutable"`) и добавлять хэш содержимого в имена файлов.

## SW3014 autoindex-enabled
autoindex-enabled-title = Включён листинг каталогов
autoindex-enabled-why = Листинг каталогов показывает все файлы внутри location: бэкапы, загрузки других пользователей, копии `.env`, source maps. Атакующие обходят такие листинги автоматически.
autoindex-enabled-fix = Убрать `autoindex on` (по умолчанию он выключен); если список файлов действительно нужен, генерировать его явно и закрыть аутентификацией.

## SW3015 server-tokens-exposed
server-tokens-exposed-title = Версия nginx видна в заголовках и на страницах ошибок
server-tokens-exposed-why = Каждый ответ и каждая страница ошибки сообщают точную версию nginx, и атакующий сразу знает, какие опубликованные уязвимости пробовать.
server-tokens-exposed-fix = Задать `server_tokens off;` в блоке `http`.

## SW3016 alias-traversal
alias-traversal-title = `alias` без завершающего слэша позволяет path traversal
alias-traversal-why = При `location /static` и `alias /srv/static/` запрос `/static../app/settings.py` попадает в этот location и превращается в `/srv/static/../app/settings.py`: можно скачать файлы рядом с каталогом alias, включая исходный код и `.env`.
alias-traversal-fix = Завершать путь location слэшем всякий раз, когда alias заканчивается на `/`: `location /static/` и `alias /srv/app/static/;`.

## SW3017 proxy-pass-variable-ssrf
proxy-pass-variable-ssrf-title = Хост апстрима берётся из запроса (SSRF)
proxy-pass-variable-ssrf-why = Клиент сам выбирает, куда подключится nginx: внутренние сервисы, эндпоинты метаданных облака (`169.254.169.254`), админский порт базы данных. Это server-side request forgery.
proxy-pass-variable-ssrf-fix = Держать хост апстрима фиксированным (блок `upstream` или конкретное имя) и брать из запроса максимум путь, например `proxy_pass http://backend/$1;`; если маршрутизация должна зависеть от ввода клиента — сопоставлять его со списком разрешённых хостов.

## SW3018 host-header-spoofing
host-header-spoofing-title = Сырой заголовок Host от клиента передаётся в апстрим
host-header-spoofing-why = `$http_host` — это заголовок в том виде, в каком его прислал клиент, даже если он не совпадает ни с одним `server_name`: приложение, которое строит URL из `Host` (ссылки для сброса пароля, редиректы, ключи кэша), можно заставить указывать на домен атакующего.
host-header-spoofing-fix = Передавать `proxy_set_header Host $host;`: `$host` нормализован и при необходимости подставляет имя сервера.

## SW3019 http-splitting
http-splitting-title = Декодированный URI попадает в заголовок или запрос к апстриму (HTTP splitting)
http-splitting-why = `$uri` хранится в URL-декодированном виде, поэтому запрос `/%0d%0aSet-Cookie:%20a=b` вносит в значение CRLF. В заголовке ответа атакующий дописывает произвольные заголовки (response splitting: фиксация сессии, отравление кэша, XSS), а в `proxy_pass` nginx отправляет URI как есть — атакующий завершает строку запроса и внедряет заголовки или второй запрос к апстриму.
http-splitting-fix = Использовать `$request_uri`, который остаётся закодированным (например, `return 301 https://example.com$request_uri;`), а в регулярках захватывать шаблонами, которые не совпадают с переводом строки, — `(.*)` или `([^/\s]*)`.

## SW3020 origin-check-regex
origin-check-regex-title = Проверка Origin/Referer по регулярке, которая пропускает хост атакующего
origin-check-regex-why = Проверка, которая должна пропускать в CORS или CSRF-защите только ваш origin, принимает домен, который атакующий может зарегистрировать (`example.com.attacker.example`, `evilexample.com`, `app-example.com`). В итоге кросс-доменные запросы с учётными данными проходят с его сайта, а защита от хотлинков или CSRF пропускает его страницы.
origin-check-regex-fix = Привязать регулярку к началу и концу и экранировать точки: `^https://(www\.)?example\.com$` для `Origin`; для `Referer` — привязать хост и разрешить путь после него: `^https://([^/]+\.)?example\.com(/|$)`. Переменная называется `$http_referer`, с одной «r».

## SW3021 websocket-timeout-short
websocket-timeout-short-title = WebSocket-маршрут со стандартным таймаутом чтения 60 с
websocket-timeout-short-why = nginx закрывает проксируемое соединение, по которому ничего не приходит в течение `proxy_read_timeout`: тихие WebSocket-сессии (минута без сообщений) обрываются, и все клиенты переподключаются.
websocket-timeout-short-fix = Увеличить `proxy_read_timeout` в location для WebSocket (например, `3600s`) или настроить в приложении ping чаще, чем срабатывает таймаут.

## SW3022 gzip-disabled
gzip-disabled-title = Сжатие ответов нигде не включено
gzip-disabled-why = JSON, HTML, CSS и JavaScript сжимаются на 70–90%: без сжатия страницы грузятся медленнее, а счета за трафик выше.
gzip-disabled-fix = Включить `gzip on;` в блоке `http` с `gzip_types` для текста, JSON, JavaScript и SVG (или включить brotli).

## SW3023 ssl-ciphers-weak
ssl-ciphers-weak-title = ssl_ciphers включает взломанные наборы шифров
ssl-ciphers-weak-why = nginx предлагает перечисленные наборы каждому клиенту, и тот, кто на них согласится, получит соединение, которое атакующий на пути трафика может прочитать (SWEET32 против 3DES, смещения RC4, даунгрейд до EXPORT) или подменить сервер (без аутентификации сервера). Сканеры вроде SSL Labs снижают оценку, а PCI DSS-сканы не проходят.
ssl-ciphers-weak-fix = Использовать современный список наборов ECDHE с AES-GCM или ChaCha20-Poly1305 (его даёт Mozilla SSL Configuration Generator) или явно исключить слабые через `!`.

## SW3024 proxy-forwarded-headers-missing
proxy-forwarded-headers-missing-title = proxy_pass без заголовков с адресом клиента и схемой
proxy-forwarded-headers-missing-why = Без них приложение считает клиентом сам nginx: у каждого запроса IP прокси, и логи, лимиты по IP и аудит становятся бесполезными. На TLS-сервере приложение к тому же думает, что запросы пришли по обычному HTTP, и ломаются `https`-ссылки, secure cookies и проверка origin в CSRF-защите.
proxy-forwarded-headers-missing-fix = Задать `proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;` и `proxy_set_header X-Forwarded-Proto $scheme;` (помня, что собственные `proxy_set_header` в location заменяют заданные в server) и настроить приложение доверять этим заголовкам.

## SW3025 resolver-missing
resolver-missing-title = Хост апстрима в переменной, но resolver не задан
resolver-missing-why = Если в хосте есть переменная, nginx резолвит имя во время работы, на каждый запрос и только через `resolver`: без него каждый запрос к этому location падает с 502, а в error log появляется «no resolver defined». При беглой проверке стек стартует нормально, так что баг уезжает в релиз.
resolver-missing-fix = Добавить `resolver` в блок server или `http`; в compose это DNS Docker: `resolver 127.0.0.11 valid=30s;`.

## SW3026 allow-without-deny
allow-without-deny-title = Список `allow` без `deny all`: пропускаются все
allow-without-deny-why = nginx проверяет `allow`/`deny` по порядку и пропускает запрос, если ни одно правило не подошло, поэтому список `allow` без завершающего `deny all;` пускает всех: админка, метрики или status-эндпоинт, которые он должен был закрыть, доступны публично. `deny all;` в родительском блоке не помогает — блок с собственными правилами доступа ничего не наследует.
allow-without-deny-fix = Завершать каждый список `allow` строкой `deny all;` в том же блоке.

## SW3027 if-in-location
if-in-location-title = `if` внутри location делает больше, чем `return` или `rewrite ... last`
if-in-location-why = Внутри location `if` создаёт скрытый вложенный location: когда условие выполняется, запрос обслуживается конфигурацией этого блока, а не location. Директивы в нём заменяют, а не дополняют внешние, `try_files` и замена префикса в `proxy_pass` теряются, `alias` наследуется неправильно; при беглой проверке всё выглядит нормально, а ломается ровно на тех запросах, которые выделяет условие.
if-in-location-fix = Внутри location ограничиваться в `if` только `return ...;` и `rewrite ... last;`; значения выбирать через `map` на уровне `http` или разнести случаи по отдельным location.

## SW3028 resolver-external
resolver-external-title = `resolver` указывает на публичный DNS-сервер
resolver-external-why = Resolver в nginx — простой UDP-клиент без валидации и без DNSSEC: ответы от сервера через интернет можно подделать или отравить, и тогда nginx проксирует запросы вместе с cookies и учётными данными на адрес атакующего. К тому же публичный resolver ничего не знает об именах сети compose или приватной зоны, так что `proxy_pass` на имя сервиса падает с 502.
resolver-external-fix = Указать в `resolver` локальный или приватный DNS: встроенный DNS Docker `127.0.0.11` в compose, локальный кэширующий resolver, DNS VPC или кластера.

## SW3029 try-files-proxied
try-files-proxied-title = `try_files` и `proxy_pass` в одном location
try-files-proxied-why = `try_files` отрабатывает раньше обработчика содержимого location: если файл есть, nginx переписывает URI на него, а `proxy_pass` всё равно отправляет запрос в апстрим — статику nginx так и не отдаёт, а каждый запрос сначала тратится на обращения к файловой системе. Если файла нет, запрос обычно снова попадает в тот же location (цикл, который заканчивается 500) или идёт мимо прокси.
try-files-proxied-fix = Делать fallback на именованный location и проксировать оттуда: `try_files $uri @app;` и отдельный `location @app` с `proxy_pass`.

## SW3030 worker-rlimit-nofile-low
worker-rlimit-nofile-low-title = `worker_rlimit_nofile` меньше удвоенного `worker_connections`
worker-rlimit-nofile-low-why = Каждое соединение — это файловый дескриптор, а проксируемый запрос держит два (клиент и апстрим) плюс отдаваемые файлы и временные буферы. Если лимит ниже, nginx падает с «Too many open files» и теряет запросы задолго до `worker_connections`; без `worker_rlimit_nofile` в контейнере воркеры нередко получают мягкий лимит 1024.
worker-rlimit-nofile-low-fix = Задать `worker_rlimit_nofile` не меньше удвоенного `worker_connections` (например, `8192` при `4096`).

## SW3031 location-regex-unanchored
location-regex-unanchored-title = Regex-location по расширению без `$`
location-regex-unanchored-why = Регулярка без якоря совпадает и с `/uploads/avatar.php.jpg` или `/static/app.js.map`: файлы, для которых location не писался, получают его обработчик (PHP-FPM, долгие заголовки кэширования, другой root). Regex-location имеют приоритет над префиксными и перехватывают запросы, предназначенные другим.
location-regex-unanchored-fix = Привязать расширение к концу пути: `location ~ \.php$`.

## SW3032 add-header-content-type
add-header-content-type-title = `add_header Content-Type` отправляет второй Content-Type
add-header-content-type-why = nginx всегда отправляет собственный `Content-Type` (из `types`, `default_type` или от апстрима), а `add_header` его не заменяет, а добавляет второй. Браузеры и кэши выбирают из двух по-разному, так что обработка ответа, включая защиту от MIME sniffing, зависит от клиента.
add-header-content-type-fix = Задавать тип через `default_type` или `types` в location либо скрывать заголовок апстрима через `proxy_hide_header Content-Type`, прежде чем добавлять свой.

## SW3033 default-server-missing
default-server-missing-title = Несколько серверов на одном порту, и ни один не помечен `default_server`
default-server-missing-why = Запрос, `Host` которого не совпадает ни с одним `server_name` (сканеры, клиенты по IP, опечатка или подделанный хост), попадает в первый прочитанный nginx сервер. Приложение за ним отвечает на любое имя хоста, а переименование или добавление файла в `conf.d/` незаметно меняет, какой это сайт.
default-server-missing-fix = Добавить явный catch-all сервер: `listen 80 default_server;` с `server_name _;` и `return 444;`.

## SW3034 proxy-pass-normalized
proxy-pass-normalized-title = URI в `proxy_pass` собирается из декодированного пути
proxy-pass-normalized-why = Location сопоставляются с декодированным нормализованным путём, а URI, собранный из переменных, nginx отправляет как есть, без повторного кодирования. То, что клиент закодировал, приходит раскодированным: `%3F` начинает query string на выбор клиента, `%2F` становится разделителем пути, а дважды закодированный `../` позволяет выйти за пределы пути, который location должен был открывать.
proxy-pass-normalized-fix = Использовать префиксный location с URI в `proxy_pass` (`location /api/` и `proxy_pass http://backend:8000/;`): тогда nginx сам сопоставляет путь и сохраняет кодирование.

## SW3035 return-bypasses-access
return-bypasses-access-title = `return` отвечает раньше, чем проверяются `allow`/`deny`
return-bypasses-access-why = `return` выполняется в фазе rewrite, раньше фазы access, где проверяются `allow` и `deny`. Ответ уходит до того, как nginx вообще посмотрит на адрес клиента, и ограничение, которое вроде бы есть у блока, на него не действует.
return-bypasses-access-fix = Отдавать содержимое через обработчик (`root` с `try_files`, `proxy_pass`), чтобы `allow`/`deny` срабатывали, или перенести `return` в location, которому ограничение не нужно.

## SW3036 valid-referers-none
valid-referers-none-title = `valid_referers none` пропускает запросы без Referer
valid-referers-none-why = `none` принимает запросы без `Referer`, а не отправлять этот заголовок решает сам клиент: его опускает любой скрипт, `curl` или страница с `Referrer-Policy: no-referrer`. Для защиты картинок от хотлинков это приемлемый компромисс, но такая проверка не защищает ничего важного и не может заменять аутентификацию или CSRF-защиту.
valid-referers-none-fix = Убрать `none` из `valid_referers` там, где проверка охраняет что-то ценное, а такие эндпоинты закрыть аутентификацией или CSRF-токенами.

## SW4xxx — секреты

## SW4001 secret-in-env-file
secret-in-env-file-title = В env-файле похожие на настоящие учётные данные
secret-in-env-file-why = Ключи получает любой, кто прочитает файл: коллега, вор, унёсший ноутбук, CI-лог, Docker-образ, собранный из этого каталога; а ключи провайдеров — это деньги и данные. Если файл отслеживается git, ключи видны всем, у кого есть доступ к репозиторию.
secret-in-env-file-fix = Ротировать засвеченные ключи, хранить реальные значения вне репозитория (`.env` в `.gitignore`, менеджер секретов или `secrets:` в compose) и исключить env-файлы из контекста сборки.

## SW4002 secret-in-git-history
secret-in-git-history-title = Учётные данные в истории git
secret-in-git-history-why = Удаление файла не убирает его из истории: любой, кто может склонировать репозиторий, выполнит `git show <commit>:.env`. После push одна перезапись истории не помогает — в клонах и форках старые коммиты остаются.
secret-in-git-history-fix = Ротировать все найденные ключи, при необходимости вычистить их из истории (`git filter-repo`) и впредь держать env-файлы в `.gitignore`.

## SW4003 env-file-not-gitignored
env-file-not-gitignored-title = Env-файл не игнорируется git
env-file-not-gitignored-why = Следующий `git add .` закоммитит все секреты из этого файла, и дальше они навсегда останутся в истории.
env-file-not-gitignored-fix = Добавить env-файлы в `.gitignore` (например, `.env` и `.env.*` с `!.env.example`) и коммитить только пример с плейсхолдерами.

## SW4004 secret-in-example-file
secret-in-example-file-title = В примере env-файла похожие на настоящие учётные данные
secret-in-example-file-why = Примеры предназначены для публикации: настоящий ключ, скопированный в пример, публикуется вместе с репозиторием.
secret-in-example-file-fix = Ротировать ключ и заменить значение плейсхолдером, например `your_stripe_secret_key_here`.

## SW4005 weak-secret-value
weak-secret-value-title = Секрет с легко угадываемым значением
weak-secret-value-why = Значение по умолчанию, которое «потом поменяем», становится паролем в production в тот день, когда стек задеплоят как есть, а `changeme`, `password` или `admin` атакующий пробует первыми.
weak-secret-value-fix = Сгенерировать для каждого секрета длинное случайное значение (например, `openssl rand -base64 32`) и хранить его вне репозитория.

## SW4006 env-in-build-context
env-in-build-context-title = Env-файл копируется в образ
env-in-build-context-why = `COPY . .` копирует `.env` в образ (`.gitignore` на сборку не действует): любой, кто может сделать pull образа (registry, заказчик, утёкший tar-архив), прочитает все ключи через `docker run --rm image cat .env`.
env-in-build-context-fix = Исключить env-файлы в `.dockerignore` (`.env*` с `!.env.example`), передавать конфигурацию при запуске и ротировать секреты, которые уже попали в образ.

## SW4007 dockerignore-gaps
dockerignore-gaps-title = .git, virtualenv или node_modules копируются в образ
dockerignore-gaps-why = Образ прирастает всей историей git и деревьями зависимостей, собранными под другую платформу. `.git` раскрывает историю исходников вместе со всеми когда-либо закоммиченными секретами, а virtualenv или `node_modules` с хоста подменяют зависимости самого образа.
dockerignore-gaps-fix = Добавить `.git`, `.venv`, `venv` и `node_modules` в `.dockerignore` контекста сборки.

## SW4008 copy-source-dockerignored
copy-source-dockerignored-title = COPY пути, исключённого в .dockerignore
copy-source-dockerignored-why = Сборка падает с «not found» или, если это каталог, молча ничего не копирует: образ уходит в релиз без миграций или конфигурации.
copy-source-dockerignored-fix = Сузить шаблон в `.dockerignore`, чтобы он не исключал копируемый путь, или вернуть путь исключением через `!`.

## SW4009 env-example-drift
env-example-drift-title = .env и .env.example расходятся в наборе переменных
env-example-drift-why = По примеру следующий разработчик и production-деплой узнают, какие переменные вообще есть; когда пример отстаёт, деплой стартует с недостающими настройками.
env-example-drift-fix = Описать каждую переменную из `.env` в `.env.example` (с плейсхолдером или пустым значением) и убрать те, что больше не используются.

## SW4010 env-value-differs-from-compose
env-value-differs-from-compose-title = Переменная задана по-разному в .env и в значении по умолчанию в compose
env-value-differs-from-compose-why = Два источника истины: стек работает только потому, что `.env` перекрывает значение по умолчанию из compose, и в тот день, когда `.env` не окажется (новый сервер, CI), он молча запустится с другим значением.
env-value-differs-from-compose-fix = Оставить один источник: сделать переменную обязательной в compose (`${"{"}LOG_LEVEL:?set LOG_LEVEL in .env{"}"}`) и задать её в `.env` либо привести значение по умолчанию к реальному.

## SW4011 dev-settings-in-production-env
dev-settings-in-production-env-title = Отладочный режим или режим разработки в env-файле, который использует production
dev-settings-in-production-env-why = В режиме отладки на ошибки приходят стектрейсы, настройки, а иногда и интерактивная консоль; режим «development» отключает защитные механизмы production (secure cookies, кэширование, строгую проверку хостов). Из compose-файла этого не видно: значение спрятано в `.env`.
dev-settings-in-production-env-fix = В env-файлах, которые использует production, задать production-значения (`ENVIRONMENT=production`, `DEBUG=0`), а настройки для разработки перенести в `.env.dev` или `.env.local`.

## SW4012 secret-in-deployment-file
secret-in-deployment-file-title = Ключ провайдера прописан в закоммиченном файле деплоя
secret-in-deployment-file-why = Файлы деплоя коммитятся, копируются в образы и выводятся в CI-логах: ключ в них может прочитать любой, у кого есть репозиторий, образ или логи, и он остаётся в истории git после удаления. Сообщается только о ключах в форматах провайдеров, так что это почти наверняка действующий ключ.
secret-in-deployment-file-fix = Ротировать ключ и брать его из хранилища секретов платформы, например `${"{"}{"{"} secrets.OPENAI_API_KEY {"}"}{"}"}` в workflow GitHub Actions или секрет, передаваемый при запуске, для compose и nginx.

## SW5xxx — Python

## SW5001 dev-dependencies-in-image
dev-dependencies-in-image-title = Инструменты разработки ставятся в production-образ
dev-dependencies-in-image-why = Тест-раннеры, линтеры, форматтеры и отладчики добавляют в каждый production-образ десятки мегабайт и сотни файлов, расширяют поверхность атаки (отладчики открывают порты, тестовые хелперы выполняют код) и замедляют каждую сборку.
dev-dependencies-in-image-fix = Вынести инструменты разработки в отдельный файл (например, `requirements-dev.txt`, начинающийся с `-r requirements.txt`), который ставят только в разработке и CI.

## SW5002 python-version-unsupported
python-version-unsupported-title = Версия Python в базовом образе не поддерживается проектом
python-version-unsupported-why = Образ запускает интерпретатор, который проект не поддерживает: зависимости с C-расширениями могут не собраться или ещё не иметь wheels, а поведение расходится с тем, что тестировалось.
python-version-unsupported-fix = Взять базовый образ с версией Python из диапазона `requires-python` проекта (например, `python:3.13-slim` для `>=3.11,<3.14`) или расширить диапазон, когда проект будет проверен на новой версии.

## SW5003 native-build-deps-missing
native-build-deps-missing-title = Пакет, собираемый из исходников, ставится без зависимостей для сборки
native-build-deps-missing-why = `pip install` падает с «pg_config executable not found» или «gcc: not found», и образ не собирается; либо он собирается на полном образе у разработчика и ломается при переходе на slim.
native-build-deps-missing-fix = Перед `pip install` поставить компилятор и заголовочные файлы, нужные пакету (например, `gcc` и `libpq-dev` для `psycopg2`), лучше на этапе builder, или перейти на пакет с бинарными wheels, например `psycopg2-binary` или `psycopg[binary]`.

## SW5004 alembic-not-configured
alembic-not-configured-title = alembic есть в зависимостях, но не настроен
alembic-not-configured-why = Инструмент миграций установлен, но не настроен — обычно это значит, что схема меняется вручную (`ALTER TABLE` в коде приложения), без истории, без возможности отката и без способа довести свежую базу до актуальной схемы.
alembic-not-configured-fix = Инициализировать alembic (`alembic init migrations`), закоммитить `alembic.ini` и миграции и выполнять `alembic upgrade head` как шаг деплоя — либо убрать неиспользуемую зависимость.

## SW5005 gunicorn-asgi-sync-worker
gunicorn-asgi-sync-worker-title = gunicorn обслуживает ASGI-приложение WSGI-воркерами
gunicorn-asgi-sync-worker-why = Воркер gunicorn по умолчанию, `sync`, работает по WSGI: ASGI-приложение падает на каждом запросе (`TypeError: __call__() missing 1 required positional argument: 'send'`) или, через слой совместимости, выполняет весь ввод-вывод последовательно.
gunicorn-asgi-sync-worker-fix = Запускать gunicorn с ASGI-воркером, `-k uvicorn.workers.UvicornWorker` (или `worker_class` в конфиге gunicorn), либо запускать uvicorn напрямую.

## SW5006 celery-embedded-beat
celery-embedded-beat-title = Celery beat встроен в воркер
celery-embedded-beat-why = Каждый воркер со встроенным beat планирует периодические задачи сам: стоит масштабировать воркер до двух реплик или перезапустить его, пока старый ещё дорабатывает, и каждая периодическая задача выполнится дважды. Документация Celery прямо говорит, что `-B` — для разработки.
celery-embedded-beat-fix = Запускать `celery beat` отдельным сервисом в одной реплике, а воркеры — без `-B`/`--beat`.

## SW5007 celery-concurrency-unset
celery-concurrency-unset-title = Concurrency воркера Celery по умолчанию равен числу CPU хоста
celery-concurrency-unset-why = По умолчанию concurrency равен числу CPU хоста, а не контейнера: воркер, ограниченный одним CPU на 32-ядерном хосте, форкает 32 процесса и упирается в память.
celery-concurrency-unset-fix = Задать concurrency явно: `--concurrency=2` в команде, `CELERY_WORKER_CONCURRENCY` в переменных окружения или `worker_concurrency` в конфиге Celery — в соответствии с лимитами контейнера.

## SW5008 migrations-on-every-start
migrations-on-every-start-title = Миграции базы данных запускаются при старте сразу в нескольких контейнерах
migrations-on-every-start-why = Контейнеры стартуют вместе и применяют одну и ту же миграцию в один и тот же момент: один из них падает на полпути (`relation already exists`, таймаут блокировки) и перезапускается, либо миграция данных применяется дважды. Django и Alembic не защищают таблицу миграций блокировкой от параллельного запуска. `makemigrations` при старте создаёт файлы миграций внутри контейнера: в репозиторий они не попадают, а в каждом контейнере могут получиться свои.
migrations-on-every-start-fix = Выполнять миграции один раз, в отдельном одноразовом сервисе (`command: python manage.py migrate --noinput`), завершения которого остальные сервисы ждут через `depends_on` с `condition: service_completed_successfully`; в entrypoint оставить только `exec "$@"`.

## SW5009 celery-queue-without-worker
celery-queue-without-worker-title = Задачи Celery уходят в очередь, которую не разбирает ни один воркер
celery-queue-without-worker-why = Задача в очереди, которую никто не разбирает, лежит в брокере вечно: ни ошибки, ни строчки в логе — работа просто не выполняется (письма не уходят, файлы не обрабатываются). А очередь растёт, пока у брокера не кончится память.
celery-queue-without-worker-fix = Для каждой очереди, куда приложение отправляет задачи, завести воркер, который её разбирает, например отдельный сервис с `celery -A proj worker -Q media`.

## SW5010 celery-one-worker-all-queues
celery-one-worker-all-queues-title = Один воркер Celery разбирает все очереди
celery-one-worker-all-queues-why = Очереди нужны для того, чтобы задачи одного типа не ждали за задачами другого. Когда все очереди разбирает один воркер, всплеск медленных задач (загрузка видео, отчёты) занимает все процессы, и быстрые задачи (уведомления, периодические) ждут, пока те освободятся. Отдельные воркеры для групп очередей получают каждый свою concurrency, свой лимит памяти и своё число реплик.
celery-one-worker-all-queues-fix = Разнести очереди по отдельным сервисам-воркерам в зависимости от тяжести задач, например `celery -A proj worker -Q default,notifications` и отдельный `celery -A proj worker -Q heavy --concurrency=1`.

## SW5011 python-version-drift
python-version-drift-title = Версии Python в образе, в CI и закреплённые в проекте расходятся
python-version-drift-why = Тесты, прошедшие на 3.11, мало что говорят о 3.12 в production: удалённые модули, изменившиеся значения по умолчанию, wheels, которых под новый интерпретатор ещё нет. Lock-файл, собранный под другие версии Python, может не установиться в образе или поставить другие версии пакетов, а разработчики на интерпретаторе из `.python-version` ловят не те баги, что production.
python-version-drift-fix = Использовать версию Python из образа везде: в `actions/setup-python` в CI (включая матрицу), в `.python-version` и в ограничении на версию Python, под которое собран lock-файл.

## SW5012 celery-beat-replicated
celery-beat-replicated-title = Celery beat может работать в нескольких экземплярах
celery-beat-replicated-why = У beat нет выбора лидера: каждый запущенный экземпляр отправляет все периодические задачи. Два экземпляра отправят каждую задачу по расписанию дважды: два счёта, два письма-напоминания, две ночные очистки, которые мешают друг другу.
celery-beat-replicated-fix = Запускать `celery beat` ровно в одном сервисе с `deploy.replicas: 1` и больше нигде в стеке, в том числе не встраивать его в воркер через `-B`.

## SW5013 reload-reachable-in-production
reload-reachable-in-production-title = Production-окружение включает автоперезагрузку или отладчик
reload-reachable-in-production-why = Переключатель спрятан в двух местах: код читает `ENVIRONMENT` или `DEBUG`, а env-файл задаёт им значение для разработки. В итоге в контейнере крутится file watcher, который перезапускает сервер при любом изменении и расходует CPU, или отладчик, который отвечает на ошибки интерактивной консолью.
reload-reachable-in-production-fix = Задать production-значение в окружении сервиса (например, `ENVIRONMENT: production` в `environment:` compose) и сделать production-вариант значением по умолчанию в коде: `reload=os.getenv("ENVIRONMENT", "production") == "development"`.

## SW5014 server-workers-exceed-cpu-limit
server-workers-exceed-cpu-limit-title = Воркеров сервера больше, чем позволяет лимит CPU
server-workers-exceed-cpu-limit-why = Каждый воркер — полная копия приложения в памяти: сверх доступных контейнеру CPU лишние sync-воркеры только ждут процессорного времени и умножают расход памяти, а когда все они заняты одновременно, квота CFS троттлит весь контейнер. `multiprocessing.cpu_count()` внутри контейнера возвращает число ядер хоста: на 64-ядерном хосте контейнер с 2 CPU запустит 129 воркеров.
server-workers-exceed-cpu-limit-fix = Задавать число воркеров исходя из лимита CPU контейнера, не больше `(2 × CPUs) + 1` (например, `--workers 5` при `cpus: "2"`), а не вычислять его через `cpu_count()`.

## SW5015 gunicorn-sync-worker-io-bound
gunicorn-sync-worker-io-bound-title = Sync-воркеры gunicorn для WSGI-приложения, которое ходит во внешние сервисы
gunicorn-sync-worker-io-bound-why = Sync-воркер обслуживает один запрос за раз: пока он ждёт платёжный шлюз, LLM API или S3, он больше никого не обслуживает, так что несколько медленных внешних вызовов занимают все воркеры, а остальные запросы стоят в очереди, пока прокси не отвалится по таймауту. Это рекомендация: нужная конкурентность зависит от нагрузки.
gunicorn-sync-worker-io-bound-fix = Дать воркерам потоки (`--threads 4`, воркер gthread) или асинхронный класс воркера (`-k gevent`) и ставить таймауты на каждый внешний вызов.

## SW6xxx — проект

## SW6001 copy-source-missing
copy-source-missing-title = Источника COPY/ADD нет в контексте сборки
copy-source-missing-why = `docker build` останавливается с «failed to compute cache key: not found» — в релиз не уходит ничего.
copy-source-missing-fix = Копировать путь, который есть в контексте сборки, или указать контекстом сборки (`build.context` в compose) каталог, где этот путь есть.

## SW6002 requirements-not-in-context
requirements-not-in-context-title = Requirements-файл устанавливается, но в образе его нет
requirements-not-in-context-why = `pip install` останавливается с «Could not open requirements file: No such file or directory», и образ не собирается. Если файл копируется только после установки, любая сборка с чистого checkout падает, а закэшированные слои на машине разработчика это скрывают.
requirements-not-in-context-fix = Скопировать requirements-файл в образ до `pip install -r`, который его читает (`COPY requirements.txt .`), и убедиться, что его не исключает `.dockerignore`.

## SW6003 requirements-drift-from-pyproject
requirements-drift-from-pyproject-title = Образ ставит зависимости из requirements, разошедшихся с pyproject.toml
requirements-drift-from-pyproject-why = Два манифеста расходятся: зависимость, добавленная в `pyproject.toml` (именно туда её пишут `uv add` и `poetry add`), не попадает в образ, и приложение падает на импорте уже в production. Версии, протестированные по lock-файлу, — не те, что уходят в релиз.
requirements-drift-from-pyproject-fix = Ставить в образ сам проект (`COPY pyproject.toml .` и `pip install .`) или экспортировать requirements-файл из lock-файла (`uv export`, `poetry export`), чтобы образ получал ровно те версии, что в нём зафиксированы.

## SW6004 module-not-installed
module-not-installed-title = Контейнер запускает модуль Python или программу, которых образ не устанавливает
module-not-installed-why = При старте контейнер падает с `ModuleNotFoundError` или «executable file not found» и завершается. Либо его healthcheck никогда не проходит, и все сервисы, которые ждут `service_healthy`, так и не стартуют.
module-not-installed-fix = Добавить недостающий пакет в то, что ставит образ (например, `gunicorn` в `requirements.txt`); в healthcheck обходиться стандартной библиотекой, например `python -c "import urllib.request; ..."`.

## SW6005 builder-packages-not-copied
builder-packages-not-copied-title = Пакеты, установленные на этапе builder, не попадают в runtime-этап
builder-packages-not-copied-why = Образ собирается, но пакеты остаются в builder: контейнер стартует с `ModuleNotFoundError`, `gunicorn: not found` или `bad interpreter: No such file or directory`. У virtualenv, скопированного по другому пути, ломаются строки `#!` в скриптах, `/root` доступен только root, а пакеты `--user` Python ищет в домашнем каталоге того пользователя, от которого запущен.
builder-packages-not-copied-fix = Ставить пакеты в virtualenv на этапе builder (`python -m venv /opt/venv`) и копировать его целиком по тому же пути в runtime-этап (`COPY --from=builder /opt/venv /opt/venv`), добавив его `bin` в `PATH`.

## SW6006 copy-from-path-never-written
copy-from-path-never-written-title = COPY --from пути, который исходный этап никогда не создаёт
copy-from-path-never-written-why = `docker build` останавливается с «failed to compute cache key: "/app/dist": not found». Обычно в builder поменялся `WORKDIR` или каталог с результатами сборки, а runtime-этап по-прежнему копирует старый путь.
copy-from-path-never-written-fix = Копировать путь, который исходный этап действительно создаёт, например `RUN go build -o /out/server ./cmd/server` и затем `COPY --from=build /out/server /server`.

## SW6007 native-runtime-lib-missing
native-runtime-lib-missing-title = Нативный пакет Python без своей runtime-библиотеки в slim- или Alpine-образе
native-runtime-lib-missing-why = Образ собирается, а контейнер падает на импорте: `ImportError: libpq.so.5: cannot open shared object file` или «no pq wrapper available» у psycopg. В slim- и Alpine-образах ни одной из этих библиотек нет, а пакет, скомпилированный на этапе builder с `libpq-dev`, оставляет библиотеку там.
native-runtime-lib-missing-fix = Поставить в runtime-этап библиотеку, которую загружает пакет, например `libpq5` для `psycopg2` (`apt-get install -y --no-install-recommends libpq5`), а `gcc` и `libpq-dev` оставить на этапе builder.

## SW6008 runtime-file-missing
runtime-file-missing-title = Файла, нужного контейнеру при старте, нет ни в образе, ни в смонтированных томах
runtime-file-missing-why = Контейнер сразу завершается: `exec /entrypoint.sh: no such file or directory`, `python: can't open file 'manage.py'`, `FAILED: No config file 'alembic.ini' found`. Миграции падают с `Path doesn't exist: backend/migrations` или молча не выполняются.
runtime-file-missing-fix = Скопировать в финальный этап всё, что контейнер читает при старте (entrypoint-скрипт, скрипты из команды, `alembic.ini` и каталог миграций), или смонтировать это томом в compose.

## SW6009 data-path-not-mounted
data-path-not-mounted-title = Приложение пишет данные мимо тома, который compose для них монтирует
data-path-not-mounted-why = Данные попадают в записываемый слой контейнера, а не в том, и пропадают при каждом пересоздании контейнера, то есть при каждом деплое. Том, который должен был их хранить, остаётся пустым.
data-path-not-mounted-fix = Направить путь данных приложения внутрь смонтированного тома (например, `DATABASE_URL: sqlite:////data/app.db` при `app-data:/data`) или смонтировать том туда, куда пишет приложение.

## SW6010 compose-user-root-override
compose-user-root-override-title = Compose запускает сервис от root в обход непривилегированного USER образа
compose-user-root-override-why = Compose-файл молча отменяет hardening из Dockerfile: процесс работает от root, и удалённое выполнение кода в приложении даёт root в контейнере, а после побега из контейнера — и на хосте. Ревьюеры читают Dockerfile, видят `USER app` и верят ему.
compose-user-root-override-fix = Убрать у сервиса `user: root` (`0`, `0:0`), чтобы он работал от непривилегированного `USER` образа, а права на тома выставлять в одноразовом init-контейнере.

## SW6011 dev-server-replaces-image-server
dev-server-replaces-image-server-title = Команда в compose подменяет production-сервер образа dev-сервером
dev-server-replaces-image-server-why = Образ собран под production-сервер, а одна строка в compose его выбрасывает: production-трафик обслуживает однопроцессный dev-сервер с автоперезагрузкой, отладочными страницами и без управления воркерами. Обычно это dev-override, скопированный в базовый файл.
dev-server-replaces-image-server-fix = Убрать `command:`, чтобы сервис запускал `CMD` образа, а dev-сервер (`manage.py runserver`, `flask run`, `uvicorn --reload`) держать в `docker-compose.override.yml`.

## SW6012 port-mismatch
port-mismatch-title = Опубликованный, проверяемый или объявленный порт не совпадает с портом, который слушает приложение
port-mismatch-why = Подключение снаружи к опубликованному порту, который никто не слушает, заканчивается «connection reset by peer». Healthcheck на неправильном порту никогда не проходит: контейнер перезапускается по кругу, а сервисы, которые ждут `service_healthy`, так и не стартуют; неверный `EXPOSE` вводит в заблуждение и людей, и инструменты.
port-mismatch-fix = Везде указывать порт, который слушает сервер: как порт контейнера в `ports:` (`"8080:8000"` при `--bind 0.0.0.0:8000`), в URL healthcheck, в `expose:` и в `EXPOSE`.

## SW6013 env-file-baked-and-passed
env-file-baked-and-passed-title = Env-файл, который передаёт compose, ещё и зашит в образ
env-file-baked-and-passed-why = Два источника истины: в окружении процесса побеждают значения, переданные compose, но код, который читает файл сам (`load_dotenv()`, `env_file=".env"` в pydantic-settings), видит копию, зашитую при сборке, и ротированный секрет или изменённая настройка молча не применяются. К тому же все секреты из файла уезжают вместе с образом в каждый registry и на каждую машину, которая его скачивает.
env-file-baked-and-passed-fix = Исключить env-файл из контекста сборки в `.dockerignore` (`.env` и `.env.*`) и передавать его при запуске через `env_file:` в compose.

## SW6020 websocket-route-not-upgraded
websocket-route-not-upgraded-title = WebSocket-маршрут приложения обслуживает location nginx без заголовков upgrade
websocket-route-not-upgraded-why = `Upgrade` и `Connection` — hop-by-hop заголовки: nginx отбрасывает их, если location не задаёт их явно, и по умолчанию проксирует по HTTP/1.0. Браузерный `new WebSocket(...)` получает обычный HTTP-ответ, и real-time функциональность приложения ломается только за nginx, а в разработке всё работает.
websocket-route-not-upgraded-fix = В location, который проксирует WebSocket-маршрут, задать `proxy_http_version 1.1;`, `proxy_set_header Upgrade $http_upgrade;` и `proxy_set_header Connection "upgrade";`.

## SW6021 body-size-vs-app-limit
body-size-vs-app-limit-title = client_max_body_size в nginx расходится с лимитом загрузки в приложении
body-size-vs-app-limit-why = Если лимит nginx выше, чем у приложения, nginx буферизует на диск многогигабайтные тела запросов лишь для того, чтобы приложение ответило 413: раннего и дешёвого отказа на стороне nginx нет, а медленные загрузки занимают соединения. Если ниже, загрузки, на которые приложение рассчитано, падают со страницей 413 от самого nginx, и только в развёрнутом стеке.
body-size-vs-app-limit-fix = Выставить `client_max_body_size` на location, которые проксируют в приложение, равным лимиту самого приложения, например `client_max_body_size 200m;` при `MAX_CONTENT_LENGTH = 200 * 1024 * 1024`.

## SW6022 proxied-app-binds-loopback
proxied-app-binds-loopback-title = Сервис за nginx слушает loopback контейнера
proxied-app-binds-loopback-why = Внутри контейнера `127.0.0.1` — это сам контейнер: nginx из другого контейнера подключается к адресу сервиса и получает «connection refused». Каждый запрос через nginx заканчивается 502 Bad Gateway, хотя `curl localhost` внутри контейнера приложения работает.
proxied-app-binds-loopback-fix = Слушать на всех интерфейсах контейнера, например `uvicorn app.main:app --host 0.0.0.0 --port 8000` или `gunicorn --bind 0.0.0.0:8000`.

## SW6023 proxy-host-unknown
proxy-host-unknown-title = nginx проксирует на хост, которому не отвечает ни один сервис стека
proxy-host-unknown-why = nginx разрешает имена хостов апстримов при загрузке конфигурации. Если имени не соответствует ни сервис, ни `container_name`, ни сетевой алиас, ни `extra_hosts` compose-стека, nginx не стартует с ошибкой `host not found in upstream` и весь сайт недоступен. Обычно так бывает после переименования сервиса в compose без правки конфигурации nginx.
proxy-host-unknown-fix = Указать в `proxy_pass` или в блоке `upstream` имя сервиса из compose либо добавить старое имя как сетевой алиас сервиса, который должен отвечать.

## SW6024 proxy-port-not-bound
proxy-port-not-bound-title = nginx проксирует на порт, который сервер приложения не слушает
proxy-port-not-bound-why = На порту, к которому подключается nginx, никто не слушает, поэтому каждый запрос через этот location получает 502 Bad Gateway, а в error log пишется `connect() failed (111: Connection refused)`. Частая причина — внутри compose-сети указан хостовый порт из маппинга `ports:`, тогда как контейнеры обращаются друг к другу по порту контейнера.
proxy-port-not-bound-fix = Проксировать на порт, который слушает сервер (его `--bind`/`--port`, `bind` в конфиге gunicorn, `uvicorn.run(port=...)`), либо привязать сервер к порту, который использует nginx.

## SW6025 proxy-timeout-cuts-stream
proxy-timeout-cuts-stream-title = Таймаут чтения nginx короче паузы в SSE- или WebSocket-потоке приложения
proxy-timeout-cuts-stream-why = nginx закрывает проксируемое соединение, если приложение ничего не присылает дольше `proxy_read_timeout` (по умолчанию 60 с): поток server-sent events без keep-alive или WebSocket, пинги которого приходят реже таймаута, обрывается, и клиент переподключается по кругу; при включённом `proxy_buffering` события к тому же приходят с задержкой.
proxy-timeout-cuts-stream-fix = Вынести поток в отдельный location с увеличенным `proxy_read_timeout` (например, `1h`) и, для SSE, `proxy_buffering off`; либо слать keep-alive чаще таймаута.

## SW6040 connection-url-mismatch
connection-url-mismatch-title = URL подключения не соответствует сервису базы данных или брокера
connection-url-mismatch-why = Внутри контейнера `localhost` — это сам контейнер, а не база; опубликованный порт (`5433:5432`) существует на хосте, а не в сети compose; а официальные образы создают ровно тех пользователя, пароль и базу, что указаны в их окружении. Любое расхождение роняет приложение на первом же запросе или только после перезапуска, когда закэшированного соединения уже нет. Redis с паролем отвечает клиенту без пароля `NOAUTH`, а клиенту с другим паролем — `WRONGPASS`.
connection-url-mismatch-fix = Указывать в URL имя сервиса и его порт внутри сети, а также учётные данные, которые создаёт контейнер базы, например `postgresql://app:secret@db:5432/app` при `POSTGRES_USER: app`, `POSTGRES_PASSWORD: secret`, `POSTGRES_DB: app`.

## SW6041 insecure-production-settings
insecure-production-settings-title = Для production отключены защитные настройки хостов, CORS, cookie или отладки
insecure-production-settings-why = `ALLOWED_HOSTS = ["*"]` позволяет запросу выбрать имя хоста, из которого Django строит абсолютные ссылки, — и письма для сброса пароля ведут на домен атакующего. CORS, который отражает любой origin вместе с credentials, позволяет любому сайту читать ответы API с cookie посетителя. Cookie без `Secure` передаются по открытому HTTP, а режим отладки отвечает на ошибки настройками и исходным кодом.
insecure-production-settings-fix = Явно перечислить production-хосты и origin (например, `DJANGO_ALLOWED_HOSTS: app.example.com`, `CORS_ALLOWED_ORIGINS: https://app.example.com`), пометить cookie сессии и CSRF флагом `Secure` и выключить `DEBUG`.

## SW6042 default-secret-in-app-settings
default-secret-in-app-settings-title = Общеизвестный секрет по умолчанию в настройках приложения
default-secret-in-app-settings-why = Env-файлы могут быть безупречны, но в тот день, когда в production не окажется одной переменной, приложение начнёт подписывать сессии и токены значением по умолчанию: код молча подставит его. Любой, кто читал репозиторий или угадал привычные значения, сможет подделать session cookie, ссылки для сброса пароля и JWT.
default-secret-in-app-settings-fix = Читать секрет без значения по умолчанию, чтобы приложение падало при старте, если его нет (`SECRET_KEY = os.environ["SECRET_KEY"]`), а для production сгенерировать длинное случайное значение.

## SW6043 default-secret-in-script-or-config
default-secret-in-script-or-config-title = Общеизвестный секрет по умолчанию в скрипте или файле настроек
default-secret-in-script-or-config-why = Entrypoint выполняется при каждом старте каждого контейнера: значение, которое он экспортирует или подставляет по умолчанию (`export SECRET_KEY=changeme`, `JWT_SECRET:=changeme`, `secret: changeme` в config.yaml), становится боевым секретом в тот день, когда переменную забудут задать, и любой, кто переберёт привычные значения, подделает сессии и токены или войдёт в систему.
default-secret-in-script-or-config-fix = Брать секрет из окружения или хранилища секретов без значения по умолчанию и падать при старте, если его нет (`SECRET_KEY:?must be set`); значение, которое уже где-то использовалось, сменить.

## SW7xxx — доставка

## SW7001 ci-missing
ci-missing-title = Нет CI-пайплайна в репозитории, который поставляет контейнеры
ci-missing-why = Никто не собирает образ, не прогоняет тесты и не проверяет файлы деплоя до того, как они попадут на сервер: первая сборка — сразу production.
ci-missing-fix = Добавить CI-пайплайн (например, `.github/workflows/ci.yml` или `.gitlab-ci.yml`), который как минимум прогоняет тесты и собирает образ на каждый push.

## SW7002 ci-no-image-build
ci-no-image-build-title = CI не собирает образ контейнера
ci-no-image-build-why = Сломанный Dockerfile (файла нет в контексте сборки, зависимость больше не ставится) обнаруживается при деплое, а не в pull request.
ci-no-image-build-fix = Добавить в CI шаг сборки образа (`docker build` или `docker/build-push-action` с `push: false`), который запускается на каждый pull request.

## SW7003 ci-no-image-scan
ci-no-image-scan-title = CI собирает образы, но не сканирует их
ci-no-image-scan-why = Известные CVE в базовом образе и его пакетах, а также ошибки конфигурации в Dockerfile незаметно уходят в релиз.
ci-no-image-scan-fix = Сканировать собранный образ в CI (trivy, grype, docker scout) и проверять Dockerfile линтером (hadolint, seaworthy), роняя пайплайн на серьёзных находках.

## SW7004 ci-check-non-blocking
ci-check-non-blocking-title = Проверка в CI, которая не может уронить пайплайн
ci-check-non-blocking-why = Проверка, которая никогда не падает, — это лог, который никто не читает: всё найденное ею всё равно уходит в релиз.
ci-check-non-blocking-fix = Убрать `continue-on-error: true` и `|| true` из шагов с линтерами и сканерами; оставлять их только для необязательных шагов вроде загрузки coverage.

## SW7005 fixed-sleep-wait
fixed-sleep-wait-title = Фиксированный sleep вместо ожидания готовности
fixed-sleep-wait-why = На медленной машине или при холодном старте сервис не успевает подняться за N секунд, и следующий шаг падает; на быстрой каждый запуск впустую теряет N секунд.
fixed-sleep-wait-fix = Ждать готовности опросом: `docker compose up --wait` или цикл вроде `until pg_isready; do sleep 1; done`.

## SW7006 deploy-ssh-insecure
deploy-ssh-insecure-title = Деплой по SSH без проверки ключа хоста или с секретом в командной строке удалённой команды
deploy-ssh-insecure-why = Без проверки ключа хоста деплой работает с тем, кто ответит по адресу сервера: подменённая DNS-запись получает сессию, код и все секреты, которые передаёт деплой. Секрет в командной строке удалённой команды виден в списке процессов сервера и в истории shell.
deploy-ssh-insecure-fix = Закрепите ключ хоста сервера в `known_hosts` из секрета CI и уберите `StrictHostKeyChecking=no`; передавайте секреты через стандартный ввод или файл, а не аргументами команды.

## SW7007 pre-commit-missing
pre-commit-missing-title = Нет git-хуков, проверяющих изменения до коммита
pre-commit-missing-why = Без хуков первая проверка запускается в CI уже после push или не запускается вовсе: закоммиченный `.env` или вставленный ключ попадает в общую историю, а попавший туда секрет придётся ротировать.
pre-commit-missing-fix = Добавьте `.pre-commit-config.yaml` со сканером секретов (gitleaks), hadolint и линтерами проекта, и пусть каждый выполнит `pre-commit install`.
