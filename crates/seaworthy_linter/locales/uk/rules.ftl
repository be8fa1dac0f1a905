# Каталог правил seaworthy українською: заголовок (-title), чому це проблема (-why)
# і як виправити (-fix) для кожного правила з docs/rules.md.
# Назви інструкцій, ключів, файлів і команд лишаються в оригіналі, у зворотних лапках.

## SW0001 parse-error
parse-error-title = Файл не вдається розібрати
parse-error-why = Інструмент, який читає цей файл (`docker build`, `docker compose`, `nginx -t`), відхилить його, тож розгортання не збереться і не запуститься. Решта аудиту все одно виконується для того, що вдалося розібрати.
parse-error-fix = Виправте синтаксичну помилку: невідому інструкцію Dockerfile, незакритий heredoc, некоректний YAML або незбалансований блок nginx.

## SW0002 unused-suppression
unused-suppression-title = Коментар-виняток, який нічого не приглушує
unused-suppression-why = Застарілий виняток приховає наступну справжню проблему, що з'явиться в цьому рядку. А назва правила з друкарською помилкою нічого не приглушує, хоч і створює таке враження.
unused-suppression-fix = Видаліть коментар `# seaworthy: ignore[...]` або `file-ignore[...]`, який більше нічого не приглушує, або виправте в ньому назву правила.

## SW0003 file-unreadable
file-unreadable-title = Файл розгортання не вдалося прочитати як текст
file-unreadable-why = Файл, який аудит не може прочитати, ніхто не перевірив. Бінарний `Dockerfile` чи `.env` на 50 МБ зазвичай означає помилку в репозиторії.
file-unreadable-fix = Зберігайте файли розгортання як текст у UTF-8 і перевірте права доступу, розмір і вміст файлу.

## SW0004 symlink-outside-root
symlink-outside-root-title = Файл розгортання є посиланням за межі каталогу аудиту; не прочитано
symlink-outside-root-why = Посилання за межі репозиторію робить розгортання залежним від файлу, якого в ньому немає: в іншому клоні, на CI-раннері чи на машині колеги за цим шляхом лежить щось інше або нічого. BuildKit теж не переходить за посиланнями поза контекст збірки, тож `docker build` може не побачити цільовий файл. Крім того, читання таких посилань дозволило б репозиторію змусити аудит читати файли машини, на якій він працює (`.env -> /etc/passwd`).
symlink-outside-root-fix = Тримайте файл у репозиторії: скопіюйте його або зробіть посилання на шлях усередині репозиторію.

## SW0005 git-history-incomplete
git-history-incomplete-title = Історію git не проскановано або проскановано частково
git-history-incomplete-why = Без цього попередження аудит клону глибиною 1 виглядає так само, як аудит чистої історії. Ключ, закомічений два роки тому й відтоді видалений, не буде знайдено, і ніщо не скаже, що його навіть не шукали.
git-history-incomplete-fix = Проводьте аудит на повному клоні: `git fetch --unshallow` або `fetch-depth: 0` для `actions/checkout`.

## SW1001 base-image-unpinned
base-image-unpinned-title = Базовий образ без тегу або з `latest`
base-image-unpinned-why = `latest` постійно зсувається: той самий Dockerfile наступного тижня збере інший образ, з новою мажорною версією рантайму чи дистрибутива, а відкат перезбере щось інше. Збірки перестають бути відтворюваними, і поломки з'являються без жодної зміни в коді.
base-image-unpinned-fix = Закріпіть базовий образ за конкретною версією (`FROM python:3.12-slim-bookworm`) або за дайджестом.

## SW1002 base-image-eol
base-image-eol-title = Рантайм або дистрибутив базового образу після кінця підтримки (EOL)
base-image-eol-why = Рантайм після кінця підтримки (EOL) не отримує виправлень безпеки: кожна CVE, знайдена після цієї дати, лишається відкритою в образі. До того ж залежності одна за одною припиняють його підтримувати.
base-image-eol-fix = Перейдіть на версію, яка ще підтримується, наприклад `FROM python:3.13-slim` замість `python:3.8-slim`.

## SW1003 base-image-prerelease
base-image-prerelease-title = Базовий образ на передрелізній версії рантайму
base-image-prerelease-why = Передрелізні версії рантайму змінюються без попередження між збірками. Для C-розширень під них часто ще немає готових wheel-пакетів, тож збірка компілює їх із вихідного коду або падає.
base-image-prerelease-fix = Використовуйте останній стабільний реліз рантайму, наприклад `FROM python:3.13-slim`.

## SW1004 copy-from-unpinned-image
copy-from-unpinned-image-title = `COPY --from` із зовнішнього образу без версії
copy-from-unpinned-image-why = Скопійований бінарник змінюється щоразу, коли зсувається `latest` в upstream: новий реліз `uv` чи `docker` потрапляє у ваш образ без жодного коміту. Стару збірку при цьому неможливо відтворити.
copy-from-unpinned-image-fix = Вкажіть у `COPY --from` конкретну версію або дайджест образу, наприклад `ghcr.io/astral-sh/uv:0.9.5`.

## SW1005 build-tools-in-final-stage
build-tools-in-final-stage-title = Компілятори або -dev пакети лишилися у фінальному образі
build-tools-in-final-stage-why = Робочий образ тягне сотні мегабайтів компіляторів і заголовків, які під час роботи ніколи не використовуються. Крім того, компілятор в образі — готовий інструмент для зловмисника після зламу.
build-tools-in-final-stage-fix = Використайте багатоетапну збірку: збирайте на окремому етапі (builder) і копіюйте у чистий фінальний етап лише результати (wheel-пакети, virtualenv, бінарник) та рантайм-бібліотеки на кшталт `libpq5`.

## SW1006 pip-cache-not-disabled
pip-cache-not-disabled-title = `pip install` лишає кеш завантажень в образі
pip-cache-not-disabled-why = pip зберігає кожен завантажений wheel у `~/.cache/pip`, і цей кеш потрапляє в шар: часто це 50–300 МБ зайвого баласту. На етапі builder, з якого лише копіюють, кеш в образ не потрапляє, тому там правило не спрацьовує.
pip-cache-not-disabled-fix = Додайте `--no-cache-dir` до `pip install`, задайте `PIP_NO_CACHE_DIR` або змонтуйте кеш BuildKit: `RUN --mount=type=cache,target=/root/.cache/pip`.

## SW1007 apt-no-install-recommends
apt-no-install-recommends-title = `apt-get install` без `--no-install-recommends`
apt-no-install-recommends-why = Debian за замовчуванням встановлює «рекомендовані» пакети: документацію, додаткові утиліти й бібліотеки, які сервісу не потрібні. Це часто подвоює розмір шару і кількість пакетів, які треба оновлювати.
apt-no-install-recommends-fix = Додайте `--no-install-recommends` до кожного `apt-get install` на етапах, що потрапляють у фінальний образ.

## SW1008 apt-lists-not-cleaned
apt-lists-not-cleaned-title = Списки пакетів apt лишилися в шарі
apt-lists-not-cleaned-why = Індекс пакетів (десятки мегабайтів) фіксується в шарі разом з інструкцією `RUN`. Видалення в наступному `RUN` образ не зменшить, бо шари лише додаються.
apt-lists-not-cleaned-fix = Видаляйте `/var/lib/apt/lists/*` у тому самому `RUN`, що й `apt-get update`: `&& rm -rf /var/lib/apt/lists/*`, або використайте cache-монтування BuildKit.

## SW1009 apt-get-update-alone
apt-get-update-alone-title = Оновлення індексу пакетів в окремому кешованому шарі
apt-get-update-alone-why = Оновлення індексу кешується як окремий шар. Коли за кілька тижнів рядок встановлення зміниться, Docker використає застарілий індекс із кешу, і `apt-get install` впаде з 404 або встановить неактуальні версії пакетів.
apt-get-update-alone-fix = Об'єднайте оновлення і встановлення в одному `RUN`: `apt-get update && apt-get install -y ...`.

## SW1010 apk-no-cache
apk-no-cache-title = `apk add` без `--no-cache`
apk-no-cache-why = Індекс APK і завантажені пакети лишаються в шарі; для образу на Alpine це значна частка всього образу. Етапу builder, з якого лише копіюють, це не стосується: його шари в образ не потрапляють.
apk-no-cache-fix = Використовуйте `apk add --no-cache` або змонтуйте `/var/cache/apk` як кеш BuildKit.

## SW1011 apt-instead-of-apt-get
apt-instead-of-apt-get-title = У скрипті використано `apt` замість `apt-get`
apt-instead-of-apt-get-why = `apt` не має стабільного інтерфейсу командного рядка і сам про це попереджає («WARNING: apt does not have a stable CLI interface»). Його вивід і поведінка можуть змінитися між релізами, і збірка зламається.
apt-instead-of-apt-get-fix = Використовуйте `apt-get` (`install`, `update`, `remove`) та `apt-cache` (`show`, `search`, `policy`); `apt list` і `apt upgrade` перепишіть вручну.

## SW1012 yum-no-clean
yum-no-clean-title = Кеш yum/dnf лишився в шарі
yum-no-clean-why = Метадані пакетів і кеш (на образах родини RHEL часто 100 МБ і більше) назавжди лишаються в шарі. Етапу builder, з якого лише копіюють, це не стосується: його шари в образ не потрапляють.
yum-no-clean-fix = Завершуйте той самий `RUN` командою `dnf clean all` (або `yum clean all`) чи змонтуйте каталог кешу як кеш BuildKit.

## SW1013 pip-unpinned-package
pip-unpinned-package-title = `pip install` пакета без версії
pip-unpinned-package-why = Кожна збірка встановлює те, що найновіше саме того дня: мажорний реліз залежності потрапляє в продакшн без зміни коду. Образ неможливо перезібрати таким, яким він був.
pip-unpinned-package-fix = Закріпіть версію пакета (`gunicorn==23.0.0`) або встановлюйте з файлу залежностей із закріпленими версіями.

## SW1014 deps-after-source-copy
deps-after-source-copy-title = Залежності встановлюються після копіювання всього вихідного коду
deps-after-source-copy-why = Будь-яка зміна в коді робить недійсним кеш шару зі встановленням залежностей, тож кожен коміт перевстановлює всі залежності. Збірка триває хвилини замість секунд.
deps-after-source-copy-fix = Спершу скопіюйте маніфести (`requirements.txt`, `package.json`, `go.mod`...), встановіть залежності, а вже потім виконайте `COPY . .`.

## SW1015 runs-as-root
runs-as-root-title = Образ запускається від root
runs-as-root-why = Процес, що працює від root усередині контейнера, перетворює будь-яке віддалене виконання коду на root-доступ до файлової системи контейнера. А вихід із контейнера (container escape) дає зловмисникові root уже на хості.
runs-as-root-fix = Створіть непривілейованого користувача (`useradd --system --uid 1001 app`), передайте йому файли через `COPY --chown=app` і перемкніться на нього інструкцією `USER app` у фінальному етапі.

## SW1016 sudo-in-run
sudo-in-run-title = `sudo` у кроці збірки
sudo-in-run-why = Кроки збірки виконуються від поточного `USER`; `sudo` означає, що образ постачається з sudo і користувачем, який може стати root, а це зводить нанівець запуск без привілеїв. До того ж без TTY sudo поводиться непередбачувано.
sudo-in-run-fix = Виконуйте привілейовані кроки до `USER app` (або тимчасово перемкніться через `USER root`) і приберіть `sudo` з образу.

## SW1017 secret-in-env-or-arg
secret-in-env-or-arg-title = Секрет в інструкції ENV або ARG
secret-in-env-or-arg-why = Значення `ENV` вшиваються в конфігурацію образу: `docker inspect` покаже їх кожному, хто може завантажити образ. Значення `ARG` записуються в історію образу і видні через `docker history`.
secret-in-env-or-arg-fix = На етапі збірки використовуйте секрети BuildKit (`RUN --mount=type=secret`), а під час роботи передавайте секрети ззовні: `secrets:` у compose або секрет оркестратора, наприклад через змінну `*_FILE`.

## SW1018 add-instead-of-copy
add-instead-of-copy-title = `ADD` для локальних файлів
add-instead-of-copy-why = `ADD` мовчки розпаковує архіви і завантажує URL; для звичайних файлів ця магія — пастка (`.tar.gz`, який мали лише скопіювати, буде розпаковано). `COPY` робить рівно те, що написано.
add-instead-of-copy-fix = Використовуйте `COPY` для локальних файлів і каталогів; `ADD` лишайте лише для URL, git-репозиторіїв і архівів, які справді треба розпакувати.

## SW1019 copy-whole-context
copy-whole-context-title = Увесь контекст збірки копіюється без .dockerignore
copy-whole-context-why = Без `.dockerignore` в образ потрапляє весь каталог: `.git`, `.env`, virtualenv, `node_modules`, тестові дані. Образи роздуваються, а секрети витікають.
copy-whole-context-fix = Додайте поруч із Dockerfile файл `.dockerignore`, який виключає щонайменше `.git`, `.env` і `.venv`.

## SW1020 shell-form-entrypoint
shell-form-entrypoint-title = CMD/ENTRYPOINT у shell-формі не передає сигнали
shell-form-entrypoint-why = У shell-формі команда виконується через `/bin/sh -c`, тож PID 1 стає оболонка, яка не передає SIGTERM застосунку. `docker stop` чекає 10 секунд і вбиває застосунок без коректного завершення, а запити й задачі, що виконуються, губляться.
shell-form-entrypoint-fix = Використовуйте exec-форму (`CMD ["gunicorn", "app:app", "--bind", "0.0.0.0:8000"]`), а у скрипті точки входу (ENTRYPOINT) запускайте сервер через `exec`.

## SW1021 relative-workdir
relative-workdir-title = `WORKDIR` із відносним шляхом
relative-workdir-why = Відносний `WORKDIR` розв'язується відносно попереднього робочого каталогу або того, що задав базовий образ. Змініть базовий образ — і файли опиняться деінде.
relative-workdir-fix = Вказуйте в `WORKDIR` абсолютний шлях, наприклад `WORKDIR /app`.

## SW1022 cd-in-run
cd-in-run-title = `cd` у RUN замість WORKDIR
cd-in-run-why = Зміна каталогу через `cd` діє лише в межах одного `RUN`, і про це легко забути вже через дві інструкції. `WORKDIR` явно задає, де відбувається збірка, і зберігається між інструкціями.
cd-in-run-fix = Замініть `cd /app && ...` на `WORKDIR /app` перед відповідними інструкціями `RUN`.

## SW1023 remote-script-piped-to-shell
remote-script-piped-to-shell-title = Завантажений скрипт передається одразу в оболонку
remote-script-piped-to-shell-why = Усе, що сервер поверне того дня, без жодної перевірки виконується від root під час збірки. Скомпрометований чи просто змінений скрипт непомітно змінює образ, і збірка перестає бути відтворюваною.
remote-script-piped-to-shell-fix = Завантажте скрипт окремо з перевіркою контрольної суми (`ADD --checksum=sha256:... <url> /tmp/install.sh`), а потім виконайте і видаліть його.

## SW1024 pipe-without-pipefail
pipe-without-pipefail-title = Конвеєр (pipe) у RUN без pipefail
pipe-without-pipefail-why = `/bin/sh -c "a | b"` повертає лише статус останньої команди `b`. Якщо `a` (завантаження, збірка) падає, крок усе одно вважається успішним, і образ постачається зламаним.
pipe-without-pipefail-fix = Задайте перед такими `RUN` інструкцію `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` або почніть команду з `set -o pipefail`.

## SW1025 multiple-cmd
multiple-cmd-title = Кілька CMD/ENTRYPOINT/HEALTHCHECK в одному етапі
multiple-cmd-why = Діє лише остання така інструкція, а попередня виглядає важливою, але є мертвим кодом. Читачі й рев'юери помилково вважають, що контейнер стартує з іншою командою.
multiple-cmd-fix = Залиште в етапі по одній інструкції `CMD`, `ENTRYPOINT` і `HEALTHCHECK`; разові кроки на кшталт міграцій запускайте окремо.

## SW1026 maintainer-deprecated
maintainer-deprecated-title = Застаріла інструкція MAINTAINER
maintainer-deprecated-why = Інструкція `MAINTAINER` застаріла ще з Docker 1.13. Мітка `org.opencontainers.image.authors` містить ту саму інформацію у стандартному місці, яке читають інструменти.
maintainer-deprecated-fix = Замініть `MAINTAINER` на `LABEL org.opencontainers.image.authors="..."`.

## SW1027 duplicate-stage-name
duplicate-stage-name-title = Два етапи з однаковою назвою
duplicate-stage-name-why = BuildKit відхиляє такий Dockerfile з помилкою «duplicate stage name». Класичний збирач (legacy builder) натомість мовчки бере для `COPY --from` останній етап із цією назвою.
duplicate-stage-name-fix = Дайте кожному етапу унікальну назву (`AS frontend`, `AS backend`); регістр літер не враховується.

## SW1028 copy-from-unknown-stage
copy-from-unknown-stage-title = `COPY --from` посилається на неіснуючий попередній етап
copy-from-unknown-stage-why = BuildKit вважає невідому назву образом на Docker Hub: збірка падає з «pull access denied» або, що гірше, завантажує сторонній публічний образ із такою назвою. Копіювання з самого поточного етапу — теж помилка.
copy-from-unknown-stage-fix = Виправте назву в `COPY --from` (чи `RUN --mount=from=`) так, щоб вона вказувала на етап, оголошений вище у файлі.

## SW1029 from-arg-without-default
from-arg-without-default-title = `FROM` використовує аргумент збірки без значення за замовчуванням
from-arg-without-default-why = Без `--build-arg` посилання розгортається в `python:-slim` і збірка падає, або в порожню назву образу. Dockerfile не збирається сам по собі, і кожен, хто його викликає, мусить знати «магічний» аргумент.
from-arg-without-default-fix = Оголосіть `ARG` зі значенням за замовчуванням перед першим `FROM`: `ARG PYTHON_VERSION=3.12`, а далі `FROM python:${"{"}PYTHON_VERSION{"}"}-slim`.

## SW1030 hardcoded-worker-count
hardcoded-worker-count-title = Кількість воркерів зашита в команду образу
hardcoded-worker-count-why = Правильна кількість воркерів залежить від того, де працює образ: контейнер на ноутбуці з 1 CPU, продакшн-VM на 4 CPU, кількість реплік. Зашиту в образ, її можна змінити лише перезбиранням або перевизначенням усієї команди.
hardcoded-worker-count-fix = Приберіть `-w`/`--workers` з команди і задавайте кількість через змінну оточення `WEB_CONCURRENCY`, яку читають і gunicorn, і uvicorn.

## SW1031 dev-server-in-image
dev-server-in-image-title = Сервер або прапорець розробки в команді образу
dev-server-in-image-why = Сервери розробки однопроцесні, не захищені й стежать за файловою системою, витрачаючи CPU та перезапускаючись при зміні файлів. До того ж вони показують будь-кому debug-сторінки із секретами.
dev-server-in-image-fix = Запускайте продакшн-сервер без `--reload`, `--debug` та аналогів (gunicorn чи uvicorn замість `runserver`/`flask run`, зібраний фронтенд замість `npm run dev`); конфігурацію для розробки тримайте в `Dockerfile.dev`.

## SW1032 missing-expose
missing-expose-title = Порт команди не оголошено в EXPOSE
missing-expose-why = `EXPOSE` документує порт сервісу для людей та інструментів (`docker run -P`, `expose` у compose, реверс-проксі з автовизначенням портів). Неправильний `EXPOSE` спрямує проксі на порт, який ніхто не слухає.
missing-expose-fix = Додайте у фінальний етап `EXPOSE` з тим портом, який слухає команда (наприклад, `EXPOSE 8000`).

## SW1033 healthcheck-tool-missing
healthcheck-tool-missing-title = HEALTHCHECK використовує інструмент, якого немає в образі
healthcheck-tool-missing-why = Перевірка щоразу падає з «executable file not found», і контейнер назавжди позначається як unhealthy. Оркестратори перезапускають його по колу, а сервіси compose, що чекають на `service_healthy`, так і не стартують.
healthcheck-tool-missing-fix = Встановіть потрібний інструмент в образ або перевіряйте тим, що вже є, наприклад `python -c "import urllib.request; ..."` замість `curl`.

## SW1034 install-without-yes
install-without-yes-title = Встановлення пакетів без `-y`: збірка зупиниться на запиті підтвердження
install-without-yes-why = Під час збірки немає терміналу: запит одразу отримує кінець вводу (EOF), і менеджер пакетів перериває роботу («Abort.»), тож збірка падає. `apt-get` питає лише тоді, коли встановлює більше, ніж названо, тож Dockerfile, який збирається сьогодні, зламається того дня, коли пакет отримає нову залежність. `DEBIAN_FRONTEND=noninteractive` на цей запит не відповідає.
install-without-yes-fix = Додайте `-y` (для zypper — `-y` або `--non-interactive`) до кожної команди встановлення пакетів.

## SW1035 node-package-unpinned
node-package-unpinned-title = `npm install <package>` без версії
node-package-unpinned-why = Кожна збірка встановлює найновішу на той день версію, тож дві збірки одного коміту постачають різний код. Несумісний чи скомпрометований реліз потрапляє в продакшн без жодного зміненого рядка.
node-package-unpinned-fix = Вказуйте точну версію (`npm install -g pm2@5.4.3`) або встановлюйте з `package.json` і lock-файлу через `npm ci`.

## SW1036 gem-unpinned-package
gem-unpinned-package-title = `gem install <gem>` без версії
gem-unpinned-package-why = Кожна збірка встановлює найновішу на той день версію, тож дві збірки одного коміту постачають різний код. Несумісний чи скомпрометований реліз потрапляє в продакшн без жодного зміненого рядка.
gem-unpinned-package-fix = Вказуйте версію через `-v` (`gem install bundler -v 2.5.22`) або встановлюйте з `Gemfile`.

## SW1037 os-package-unpinned
os-package-unpinned-title = Системний пакет встановлено без версії
os-package-unpinned-why = Дві збірки одного коміту можуть встановити різні версії пакетів, тож образ, що вчора працював, може змінити поведінку без зміни коду. Це компроміс, а не помилка: точні версії також блокують оновлення безпеки, доки їх хтось не підніме.
os-package-unpinned-fix = Закріпіть версії пакетів (`apk add curl=8.14.1-r1`) або, як звичний компроміс, закріпіть базовий образ за дайджестом і перезбирайте образ свідомо.

## SW1038 env-self-reference
env-self-reference-title = `ENV` посилається на змінну, яку сам же задає
env-self-reference-why = Docker підставляє значення змінних, які вони мали *до* інструкції: у `ENV APP_HOME=/app APP_LOGS=$APP_HOME/logs` змінна `APP_LOGS` стане `/logs` (або старим `APP_HOME`), а не `/app/logs`. Нічого не падає — сервіс просто читає і пише не туди.
env-self-reference-fix = Розділіть інструкцію: задайте змінну в одному `ENV`, а посилайтеся на неї в наступному.

## SW1039 copy-relative-without-workdir
copy-relative-without-workdir-title = `COPY` у відносний шлях до будь-якого `WORKDIR`
copy-relative-without-workdir-why = Відносне призначення розв'язується відносно робочого каталогу, який у такому разі береться з базового образу: `/` для більшості образів, щось інше для решти, і він може змінитися разом із базовим образом. Файли опиняються там, де `CMD` їх може не шукати.
copy-relative-without-workdir-fix = Задайте `WORKDIR` з абсолютним шляхом (наприклад, `WORKDIR /app`) перед першим `COPY` чи `ADD` у відносний шлях.

## SW1040 useradd-high-uid
useradd-high-uid-title = `useradd` з великим UID без `--no-log-init`
useradd-high-uid-why = `useradd` резервує запис для нового UID у розріджених файлах `/var/log/lastlog` і `/var/log/faillog` за зміщенням, пропорційним UID. Шари образу не зберігають розрідженість, тож «дірки» записуються нулями: близько 29 МБ для UID 100000, гігабайти для UID у мільйонах, аж до нестачі місця на диску під час збірки.
useradd-high-uid-fix = Додайте до `useradd` прапорець `--no-log-init` (або `-l`).

## SW1041 yarn-cache-not-cleaned
yarn-cache-not-cleaned-title = `yarn install` лишає кеш yarn у шарі
yarn-cache-not-cleaned-why = Yarn зберігає копію кожного завантаженого пакета у глобальному кеші, часто такому ж великому, як сам `node_modules`, і цей кеш потрапляє в шар. На етапі builder, з якого лише копіюють, кеш в образ не потрапляє, тому там правило не спрацьовує.
yarn-cache-not-cleaned-fix = Додайте `&& yarn cache clean` у той самий `RUN` або змонтуйте кеш yarn як кеш BuildKit.

## SW1042 bin-sh-relinked
bin-sh-relinked-title = `/bin/sh` перелінковано замість використання `SHELL`
bin-sh-relinked-why = `/bin/sh` — оболонка кожного скрипта в образі, зокрема скриптів пакетів і точки входу, написаних під оболонку дистрибутива. Її заміна змінює їхню поведінку далеко за межами кроків збірки.
bin-sh-relinked-fix = Використайте інструкцію `SHELL ["/bin/bash", "-c"]`: вона явно змінює оболонку лише для наступних `RUN` і успадковується етапами, побудованими на цьому.

## SW1043 registry-not-allowed
registry-not-allowed-title = Образ із реєстру, не дозволеного конфігурацією
registry-not-allowed-why = Команди обмежують базові образи реєстрами, які вони дзеркалять і сканують. Образ звідкись іще обходить цю перевірку, не покривається дзеркалом, коли upstream-реєстр недоступний або обмежує запити, і може зникнути чи змінити власника.
registry-not-allowed-fix = Беріть образ із дозволеного реєстру (наприклад, `registry.example.com/library/python:3.12-slim`) або, якщо реєстр перевірено, додайте його до `allowed-registries` у `seaworthy.toml`.

## SW2001 compose-schema-violation
compose-schema-violation-title = Файл compose не відповідає специфікації compose
compose-schema-violation-why = `docker compose` відмовляється приймати такий файл або, для деяких ключів, мовчки їх ігнорує. Друкарська помилка в `healthcheck` чи `deploy` непомітно прибирає захист, який мала додати.
compose-schema-violation-fix = Виправте ключ або тип значення згідно зі специфікацією compose: наприклад, `ports: ["80:80"]` замість `ports: 80`, `healthcheck` замість `helthcheck`.

## SW2002 compose-version-obsolete
compose-version-obsolete-title = Застарілий ключ `version:`
compose-version-obsolete-why = Compose v2 ігнорує цей ключ і виводить попередження при кожній команді. Він натякає на формат файлу, якого більше не існує, і вводить читачів в оману щодо доступних можливостей.
compose-version-obsolete-fix = Видаліть ключ `version:` верхнього рівня.

## SW2003 compose-undefined-variable
compose-undefined-variable-title = Змінна без значення чи значення за замовчуванням або зламана інтерполяція
compose-undefined-variable-why = Compose підставляє порожній рядок і все одно запускає сервіси. `DATABASE_URL=postgres://:@db/`, `image: app:` і подібні напівналаштовані сервіси падають уже під час роботи, далеко від справжньої причини.
compose-undefined-variable-fix = Визначте змінну в `.env` поруч із файлом compose, задайте значення за замовчуванням (`${"{"}TAG:-1.4.2{"}"}`) або зробіть її явно обов'язковою (`${"{"}TAG:?{"}"}`); виправте синтаксис інтерполяції.

## SW2004 healthcheck-missing
healthcheck-missing-title = Сервіс без перевірки стану (healthcheck)
healthcheck-missing-why = Без healthcheck compose знає лише те, що процес запустився: залежні сервіси стартують зарано (nginx віддає 502, поки uvicorn ще завантажується). `service_healthy` використати неможливо, а процес, що завис, ніколи не перезапускається.
healthcheck-missing-fix = Додайте сервісу `healthcheck` (або `HEALTHCHECK` у його Dockerfile), що звертається до справжнього ендпоінта, а залежні сервіси налаштуйте на `condition: service_healthy`.

## SW2005 healthcheck-ineffective
healthcheck-ineffective-title = Перевірка стану (healthcheck), яка не виявить зламаний сервіс
healthcheck-ineffective-why = Сервіс вважається здоровим (healthy), хоча не може обслуговувати запити. Залежні сервіси стартують і звертаються до нього, а воркер, що завис, ніколи не перезапускається.
healthcheck-ineffective-fix = Перевіряйте справжню готовність сервісу: HTTP-ендпоінт здоров'я (`curl -f` чи `wget --spider`) або нативну утиліту (`pg_isready`), а не `--version`, `pgrep`, `true` чи `curl` без `-f`.

## SW2006 depends-on-not-healthy
depends-on-not-healthy-title = depends_on чекає лише на запуск, а не на готовність
depends-on-not-healthy-why = «Запущено» означає, що процес існує, а не що PostgreSQL приймає з'єднання: застосунок стартує, не може під'єднатися і падає (або nginx відповідає 502) при кожному холодному старті.
depends-on-not-healthy-fix = Використовуйте довгу форму `depends_on` з `condition: service_healthy` і додайте залежності healthcheck (для PostgreSQL — `pg_isready`).

## SW2007 internal-port-published
internal-port-published-title = Порт бази даних, кешу чи брокера опубліковано на всіх інтерфейсах
internal-port-published-why = Базу даних від інтернету відділяє одне сканування портів, і зазвичай її захищає слабкий пароль. До того ж порти, опубліковані через Docker, обходять файрвол хоста (ufw).
internal-port-published-fix = Не публікуйте порт зовсім (сервіси в мережі compose бачать одне одного і так) або прив'яжіть його до `127.0.0.1`: `"127.0.0.1:5432:5432"`.

## SW2008 nonstandard-host-port
nonstandard-host-port-title = Відомий сервіс на нестандартному порту хоста
nonstandard-host-port-why = Саме по собі це не помилка, але кожна людина й кожен інструмент, що підключаються з хоста, мають знати незвичний порт. Файли `.env` з часом розходяться між `5432` і `5555`.
nonstandard-host-port-fix = Використовуйте стандартний порт або поясніть у коментарі, чому обрано інший.

## SW2009 root-image-unprivileged-variant
root-image-unprivileged-variant-title = Образ від root там, де є непривілейований варіант
root-image-unprivileged-variant-why = Контейнер, відкритий в інтернет, найімовірніше буде зламаний першим; якщо він працює від root, зловмисник отримує root у контейнері. Непривілейований варіант є повноцінною заміною, що слухає порт 8080.
root-image-unprivileged-variant-fix = Перейдіть на офіційний непривілейований варіант (`nginxinc/nginx-unprivileged:1.27-alpine`, `ports: ["80:8080"]`) або задайте сервісу `user:`.

## SW2010 restart-policy-missing
restart-policy-missing-title = Сервіс без політики перезапуску
restart-policy-missing-why = Після падіння, вбивства через нестачу пам'яті (OOM) чи перезавантаження хоста сервіс лишається вимкненим. Він не підніметься, доки хтось цього не помітить і не запустить його вручну.
restart-policy-missing-fix = Додайте `restart: unless-stopped` (або `deploy.restart_policy`) для довготривалих сервісів.

## SW2011 stop-grace-period-missing
stop-grace-period-missing-title = Воркер без періоду коректного завершення
stop-grace-period-missing-why = Під час деплою чи перезапуску compose чекає лише 10 секунд після SIGTERM, а потім вбиває воркер. Довші задачі обриваються на півдорозі і, без пізнього підтвердження (late ack), губляться.
stop-grace-period-missing-fix = Задайте воркеру `stop_grace_period`, довший за найдовшу задачу (наприклад, `stop_grace_period: 120s`).

## SW2012 resource-limits-missing
resource-limits-missing-title = Сервіс без обмежень ресурсів
resource-limits-missing-why = Один воркер із витоком пам'яті чи некерований запит з'їдає всю пам'ять хоста. Тоді OOM killer ядра обирає жертву, і часто це база даних.
resource-limits-missing-fix = Задайте ліміти пам'яті та CPU в `deploy.resources.limits` (або `mem_limit`, `cpus`).

## SW2013 hardcoded-credential
hardcoded-credential-title = Облікові дані записано у файл compose
hardcoded-credential-why = Пароль лежить у git і доступний кожному, хто може читати репозиторій, і він однаковий у всіх середовищах. Значення за замовчуванням в інтерполяції непомітно стає продакшн-паролем, якщо в `.env` немає змінної.
hardcoded-credential-fix = Передавайте облікові дані через секрети compose (`secrets:` і `POSTGRES_PASSWORD_FILE: /run/secrets/...`) або через змінні оточення з `.env` поза git, без слабких значень за замовчуванням.

## SW2014 dev-mode-in-shared
dev-mode-in-shared-title = Режим розробки у файлі compose, який використовує продакшн
dev-mode-in-shared-why = Базовий файл зливається з конфігурацією кожного середовища, тож прапорець розробки в ньому потрапляє в продакшн. Це debug-сторінки із секретами, автоперезавантаження й однопроцесні сервери розробки.
dev-mode-in-shared-fix = Перенесіть `--reload`, `DEBUG=true`, `NODE_ENV=development` тощо в override-файл для розробки (`docker-compose.override.yml`), а в базовому лишіть продакшн-налаштування.

## SW2015 privileged-container
privileged-container-title = Привілейований контейнер
privileged-container-why = Привілейований контейнер має всі capabilities і доступ до всіх пристроїв хоста. Компрометація такого контейнера означає компрометацію хоста.
privileged-container-fix = Приберіть `privileged: true` і надайте лише потрібну capability (`cap_add: [NET_ADMIN]`) або конкретний пристрій (`devices:`).

## SW2016 docker-socket-mounted
docker-socket-mounted-title = Сокет Docker змонтовано в контейнер
docker-socket-mounted-why = Сокет Docker — це root на хості: хто контролює контейнер, той може запустити привілейований контейнер із змонтованим `/`. `:ro` не допомагає, бо API лишається доступним на запис.
docker-socket-mounted-fix = Не монтуйте `/var/run/docker.sock`; якщо він справді потрібен проксі чи моніторингу, поставте перед ним фільтрувальний socket-proxy і передайте `DOCKER_HOST: tcp://socket-proxy:2375`.

## SW2017 network-mode-host
network-mode-host-title = Контейнер у мережі хоста
network-mode-host-why = Контейнер ділить мережевий стек із хостом: кожен відкритий ним порт відкритий на хості, а мережі compose та імена сервісів не діють. Крім того, контейнер може звертатися до сервісів, прив'язаних до loopback хоста.
network-mode-host-fix = Приберіть `network_mode: host` і публікуйте лише потрібні порти, бажано на `127.0.0.1` (`ports: ["127.0.0.1:8000:8000"]`).

## SW2018 single-network
single-network-title = Зовнішні сервіси і сервіси даних в одній мережі
single-network-why = Проксі чи фронтенд, відкритий в інтернет, може напряму під'єднатися до бази даних; один злам дає доступ до всього. Це питання судження, тому рівень низький.
single-network-fix = Розділіть сервіси на мережі `edge` і `data` (останню з `internal: true`), щоб до бази мали доступ лише ті сервіси, яким він потрібен.

## SW2019 stateful-data-not-persisted
stateful-data-not-persisted-title = Дані бази не на іменованому томі (volume)
stateful-data-not-persisted-why = `docker compose down` чи оновлення образу перестворює контейнер — і бази даних більше немає. Bind-монтування в репозиторій прив'язують дані до конкретного checkout, його прав доступу та резервних копій.
stateful-data-not-persisted-fix = Змонтуйте каталог даних на іменований том (volume), наприклад `pgdata:/var/lib/postgresql/data`, і оголосіть його у верхньорівневому `volumes:`.

## SW2020 compose-image-unpinned
compose-image-unpinned-title = Образ сервісу без версії
compose-image-unpinned-why = `docker compose pull` щотижня приносить інший образ: нову мажорну версію PostgreSQL, яка не читає старий каталог даних, чи Redis зі зміненими налаштуваннями за замовчуванням. Відкат стає неможливим.
compose-image-unpinned-fix = Вкажіть у `image:` конкретний тег (`redis:7.4-alpine`) або дайджест.

## SW2021 container-name-with-replicas
container-name-with-replicas-title = Фіксована назва контейнера в сервісі з репліками
container-name-with-replicas-why = Назви контейнерів унікальні в межах хоста, тож другу репліку з тією самою назвою неможливо створити. `docker compose up --scale` падає.
container-name-with-replicas-fix = Приберіть `container_name` із сервісу, що має `deploy.replicas` більше 1.

## SW2022 duplicate-host-port
duplicate-host-port-title = Два сервіси публікують той самий порт хоста
duplicate-host-port-why = Порт хоста може слухати лише один контейнер. Другий не запуститься: Docker видасть помилку «port is already allocated».
duplicate-host-port-fix = Призначте кожному сервісу окремий порт хоста (наприклад, `8001:80` замість другого `8000`).

## SW2023 env-file-missing
env-file-missing-title = env_file, якого не існує
env-file-missing-why = На свіжому checkout `docker compose up` зупиняється з «env file not found». Ніщо не підказує новому розробнику (чи скрипту деплою), що має бути у файлі.
env-file-missing-fix = Додайте файл у репозиторій або, якщо він навмисно в `.gitignore`, покладіть поруч шаблон `.env.example` і задокументуйте, що його треба скопіювати.

## SW2024 build-context-missing
build-context-missing-title = Compose збирає контекст або Dockerfile, якого не існує
build-context-missing-why = Нічого не збирається: `docker compose up` зупиняється з «failed to read dockerfile». Стек неможливо запустити з цього репозиторію взагалі.
build-context-missing-fix = Виправте `build.context` і `build.dockerfile` так, щоб вони вказували на наявний каталог і Dockerfile у ньому, або додайте відсутній Dockerfile.

## SW2025 depends-on-unknown-service
depends-on-unknown-service-title = depends_on посилається на сервіс, якого не існує
depends-on-unknown-service-why = Compose відмовляється запускати проєкт з помилкою «depends on undefined service». Зазвичай це трапляється, коли сервіс перейменували в одному файлі, а в іншому — ні.
depends-on-unknown-service-fix = Виправте назву в `depends_on` на сервіс, визначений у базовому файлі чи override для цього середовища.

## SW2026 config-mount-writable
config-mount-writable-title = Конфігурацію змонтовано з правом на запис
config-mount-writable-why = Контейнеру потрібно лише читати конфігурацію. Якщо вона доступна на запис, скомпрометований чи забагований процес може переписати копію на хості (правила nginx, TLS-ключі, налаштування застосунку), і зміна переживе перезапуски та повторні деплої образу.
config-mount-writable-fix = Монтуйте конфігураційні файли й каталоги лише для читання: додайте `:ro` (або `read_only: true` у довгій формі).

## SW2027 undeclared-named-resource
undeclared-named-resource-title = Іменований том, мережа чи секрет використовуються, але не оголошені
undeclared-named-resource-why = `docker compose up` відхиляє весь проєкт («refers to undefined volume»), тож нічого не стартує. Зазвичай це трапляється, коли сервіс скопіювали з іншого стека або перейменували верхньорівневу секцію, а помилка проявляється лише під час деплою.
undeclared-named-resource-fix = Оголосіть том, мережу чи секрет у верхньорівневих секціях `volumes:`, `networks:` або `secrets:` базового файлу чи його override.

## SW2028 no-environment-overrides
no-environment-overrides-title = Один файл compose для всіх середовищ
no-environment-overrides-why = Один файл на всі середовища означає, що зручності розробки (змонтований код, `--reload`, опубліковані порти бази, debug-налаштування) і продакшн-налаштування (ліміти, політики перезапуску, TLS) не можуть відрізнятися: одне з двох завжди неправильне. Для невеликих стеків це питання судження.
no-environment-overrides-fix = Розділіть конфігурацію: спільне лишіть у базовому файлі, а специфічне для середовищ винесіть у `compose.override.yaml` і `compose.prod.yaml`.

## SW2029 port-bypasses-proxy
port-bypasses-proxy-title = Сервіс за nginx також опубліковано на всіх інтерфейсах
port-bypasses-proxy-why = Клієнти можуть оминути nginx і звертатися до застосунку напряму: TLS, заголовки безпеки, обмеження частоти запитів і розміру тіла та правила доступу з конфігурації nginx на цьому порту не діють. Docker публікує порти через власні правила файрвола, тож файрвол хоста на кшталт `ufw` зазвичай його теж не закриває.
port-bypasses-proxy-fix = Публікуйте лише nginx, а до застосунку звертайтеся мережею compose: замініть `ports:` застосунку на `expose: ["8000"]` або, якщо nginx працює на хості, прив'яжіть порт до `127.0.0.1`.

## SW2030 admin-ui-exposed
admin-ui-exposed-title = Адмінку чи ops-інтерфейс опубліковано без автентифікації
admin-ui-exposed-why = Ці інтерфейси створені для операторів: Flower дає переглядати й відкликати будь-які задачі Celery разом з аргументами, перехоплювач пошти показує всі листи для скидання пароля, Redis Commander та інтерфейс RabbitMQ читають і видаляють дані, дашборд Traefik розкриває всю таблицю маршрутизації. Опублікований порт доступний будь-кому, хто може дістатися до хоста: публікація портів у Docker обходить файрволи хоста на кшталт `ufw`.
admin-ui-exposed-fix = Увімкніть автентифікацію інтерфейсу (наприклад, `FLOWER_BASIC_AUTH`) і публікуйте його лише на `127.0.0.1` (`ports: ["127.0.0.1:5555:5555"]`), заходячи через SSH-тунель чи VPN; перехоплювачі пошти в продакшн не розгортайте.

## SW2031 compose-image-eol
compose-image-eol-title = Образ сервісу після кінця підтримки (EOL)
compose-image-eol-why = База даних, кеш, проксі чи рантайм після кінця підтримки не отримують виправлень безпеки: відомі вразливості лишаються відкритими назавжди. А неминуче оновлення перестрибує одразу через кілька мажорних версій, що для баз даних означає ще й зміну формату даних.
compose-image-eol-fix = Перейдіть на версію образу, яка ще підтримується, наприклад `postgres:17-alpine`, і заплануйте наступне оновлення до дати EOL.

## SW2032 compose-image-floating-tag
compose-image-floating-tag-title = Тег образу сервісу не вказує версію
compose-image-floating-tag-why = Такий тег переїжджає на кожен новий реліз, включно з мажорними: наступний `docker compose pull` на сервері мовчки оновить PostgreSQL чи nginx. Два хости працюють на різних версіях того самого стека, а відкат уже не поверне стару версію.
compose-image-floating-tag-fix = Вкажіть тег із версією, наприклад `nginx:1.27-alpine` замість `nginx:alpine`, або дайджест.

## SW3001 websocket-upgrade-missing
websocket-upgrade-missing-title = WebSocket-маршрут проксюється без заголовків upgrade
websocket-upgrade-missing-why = За замовчуванням nginx проксює запити по HTTP/1.0 і не передає hop-by-hop заголовки, тож запит `Upgrade` не доходить до застосунку. WebSocket-з'єднання браузера не встановлюється, і функції реального часу (чат, голос, живі оновлення) в продакшні не працюють.
websocket-upgrade-missing-fix = Додайте в location `proxy_http_version 1.1;`, `proxy_set_header Upgrade $http_upgrade;` і `proxy_set_header Connection "upgrade";` (або map `$connection_upgrade`), а також збільште `proxy_read_timeout`.

## SW3002 add-header-drops-inherited
add-header-drops-inherited-title = Вкладений add_header скидає заголовки, задані рівнем вище
add-header-drops-inherited-why = nginx успадковує `add_header` лише тоді, коли у вкладеному блоці немає жодного власного: HSTS, `X-Frame-Options`, `X-Content-Type-Options` і CSP зникають саме з тих відповідей, що задають якийсь свій заголовок (статика, завантаження), а саме там і спрацьовують clickjacking та MIME sniffing. `add_header` усередині `if` скидає їх саме для тих запитів, які виокремлює умова.
add-header-drops-inherited-fix = Повторіть у вкладеному блоці всі заголовки безпеки із зовнішнього рівня або, починаючи з nginx 1.29.3, додайте `add_header_inherit merge;` у блок server.

## SW3003 header-without-always
header-without-always-title = Заголовок безпеки не надсилається з відповідями про помилки (немає `always`)
header-without-always-why = Без `always` nginx додає заголовок лише до відповідей 200, 201, 204, 206, 301, 302, 303, 304, 307 і 308. Сторінки помилок (4xx, 5xx), які зловмисник може викликати коли завгодно, лишаються без захисту.
header-without-always-fix = Додайте параметр `always` до кожного `add_header` із заголовком безпеки, наприклад `add_header X-Content-Type-Options "nosniff" always;`.

## SW3004 auth-rate-limit-missing
auth-rate-limit-missing-title = Ендпоінт входу/автентифікації без обмеження частоти запитів
auth-rate-limit-missing-why = Підбір паролів і credential stuffing ідуть з тією швидкістю, з якою застосунок встигає відповідати; до того ж ендпоінт входу найдорожчий (хешування паролів). У файлах для розробки це лише інформаційне зауваження.
auth-rate-limit-missing-fix = Оголосіть окрему зону `limit_req_zone $binary_remote_addr zone=login:10m rate=5r/m;` і застосуйте її в location входу: `limit_req zone=login burst=3 nodelay;`.

## SW3005 rate-limit-missing
rate-limit-missing-title = Блок server, що проксює запити, без жодного обмеження частоти
rate-limit-missing-why = Один клієнт може вичерпати воркери застосунку й базу даних за ними. Дешевий флуд виводить сервіс з ладу.
rate-limit-missing-fix = Оголосіть `limit_req_zone` на рівні http і застосуйте `limit_req` (або `limit_conn`) у server чи location, що проксюють до застосунку.

## SW3006 client-body-size-excessive
client-body-size-excessive-title = client_max_body_size без обмеження або дуже великий
client-body-size-excessive-why = nginx буферизує тіло запиту на диск, перш ніж його побачить застосунок: кілька одночасних завантажень по кілька гігабайтів заповнюють диск або займають воркери — дешева атака на відмову в обслуговуванні. До того ж застосунок зазвичай усе одно відхиляє такі запити, вже після того, як nginx виконав усю роботу.
client-body-size-excessive-fix = Задайте помірний глобальний ліміт (наприклад, `client_max_body_size 20M;`) і збільшуйте його лише в тих location, що справді приймають великі файли.

## SW3007 hsts-missing
hsts-missing-title = HTTPS-сервер без HSTS
hsts-missing-why = Без HSTS браузер щоразу спершу пробує звичайний HTTP. У ворожій мережі цей перший запит можна перехопити й понизити до HTTP (SSL stripping), і редирект на HTTPS не рятує.
hsts-missing-fix = Додайте `add_header Strict-Transport-Security "max-age=63072000; includeSubDomains" always;` з `max-age` щонайменше пів року.

## SW3008 security-headers-missing
security-headers-missing-title = Блок server без базових заголовків безпеки
security-headers-missing-why = Ці заголовки — дешевий стандартний захист від MIME sniffing, clickjacking і витоку URL (разом із токенами в них) третім сторонам. Без них браузер не застосовує жодного з цих захистів.
security-headers-missing-fix = Додайте на рівні server чи http `X-Content-Type-Options "nosniff"`, `X-Frame-Options "DENY"` (або CSP `frame-ancestors`) і `Referrer-Policy "strict-origin-when-cross-origin"`, усі з `always`.

## SW3009 csp-unsafe
csp-unsafe-title = Content-Security-Policy дозволяє inline-скрипти або будь-який хост
csp-unsafe-why = Така CSP більше не зупиняє впроваджені скрипти: `'unsafe-inline'` — саме те, на що розраховують XSS-атаки. А `https:` дозволяє скрипти з будь-якого хоста в інтернеті.
csp-unsafe-fix = Приберіть `'unsafe-inline'`, `'unsafe-eval'`, `*` і цілі схеми (`http:`, `https:`, `ws:`, `wss:`) з джерел; перелічіть конкретні хости, наприклад `connect-src 'self' wss://app.example.com`.

## SW3010 tls-weak-protocols
tls-weak-protocols-title = Увімкнено застарілі версії протоколів TLS/SSL
tls-weak-protocols-why = На ці версії протоколів є відомі атаки (POODLE, BEAST), і RFC 8996 визнав їх застарілими. Сучасні браузери їх відхиляють, а перевірки на відповідність вимогам не проходять.
tls-weak-protocols-fix = Залиште лише сучасні версії: `ssl_protocols TLSv1.2 TLSv1.3;`.

## SW3011 https-redirect-missing
https-redirect-missing-title = HTTP-сервер не перенаправляє на HTTPS
https-redirect-missing-why = Користувачі, які вводять просто домен, і старі посилання потрапляють на звичайний HTTP: cookie та облікові дані йдуть мережею незашифрованими. HSTS браузер при цьому так і не отримає.
https-redirect-missing-fix = У server на порту 80 відповідайте `return 301 https://$host$request_uri;`, лишивши за потреби лише `/.well-known/acme-challenge/` для видачі сертифікатів.

## SW3012 https-disabled
https-disabled-title = Блок server для HTTPS закоментовано
https-disabled-why = Закоментований HTTPS-блок означає, що продакшн або працює без TLS, або завершує TLS десь, що цей репозиторій не описує. Так чи інакше, продакшн-шлях не задокументовано й не перевірено.
https-disabled-fix = Розкоментуйте й налаштуйте server із `listen 443 ssl`, `ssl_certificate` і `ssl_certificate_key` або задокументуйте в репозиторії, де саме завершується TLS.

## SW3013 static-cache-disabled
static-cache-disabled-title = Кешування статичних ресурсів вимкнено
static-cache-disabled-why = Кожен перегляд сторінки заново завантажує всі скрипти, стилі й зображення: сторінки повільніші, навантаження на nginx і застосунок більше. Скидання кешу має бути в іменах файлів (`app.3f2a.js`), а не у вимкненні кешу.
static-cache-disabled-fix = Задайте для статики тривалий термін кешування (`expires 30d;`, `add_header Cache-Control "public, immutable";`) і додавайте хеш у назви файлів.

## SW3014 autoindex-enabled
autoindex-enabled-title = Увімкнено перелік вмісту каталогів
autoindex-enabled-why = Перелік каталогу показує всі файли в цьому location: резервні копії, файли інших користувачів, копії `.env`, source maps. Зловмисники обходять такі переліки автоматично.
autoindex-enabled-fix = Приберіть `autoindex on` (за замовчуванням він вимкнений).

## SW3015 server-tokens-exposed
server-tokens-exposed-title = Версію nginx видно в заголовках і на сторінках помилок
server-tokens-exposed-why = Кожна відповідь і сторінка помилки повідомляє точну версію nginx. Це підказує зловмисникам, які опубліковані вразливості пробувати.
server-tokens-exposed-fix = Додайте `server_tokens off;` у блок http (за замовчуванням nginx має `on`).

## SW3016 alias-traversal
alias-traversal-title = `alias` без завершального слеша дозволяє обхід шляху (path traversal)
alias-traversal-why = Запит `/static../app/settings.py` відповідає location і перетворюється на шлях `/srv/static/../app/settings.py`. Так можна завантажити файли поруч із каталогом alias: вихідний код, `.env`.
alias-traversal-fix = Узгодьте слеші: якщо `alias` закінчується на `/`, то й шлях location має закінчуватися на `/` (`location /static/`).

## SW3017 proxy-pass-variable-ssrf
proxy-pass-variable-ssrf-title = Хост upstream береться із запиту (SSRF)
proxy-pass-variable-ssrf-why = Клієнт сам обирає, куди під'єднається nginx: до внутрішніх сервісів, до ендпоінтів метаданих хмари (`169.254.169.254`), до адмін-порту бази даних. Це підробка запитів на боці сервера (SSRF).
proxy-pass-variable-ssrf-fix = Фіксуйте хост у `proxy_pass` (upstream чи ім'я сервісу) і передавайте із запиту лише шлях: `proxy_pass http://backend/$1;`.

## SW3018 host-header-spoofing
host-header-spoofing-title = Необроблений заголовок Host клієнта передається в upstream
host-header-spoofing-why = `$http_host` — це необроблений заголовок від клієнта, навіть якщо він не відповідає жодному `server_name`. Застосунки, що будують URL з `Host` (посилання для скидання пароля, редиректи, ключі кешу), можна спрямувати на домен зловмисника.
host-header-spoofing-fix = Використовуйте `proxy_set_header Host $host;`: `$host` нормалізований і за потреби береться з імені сервера.

## SW3019 http-splitting
http-splitting-title = Декодований URI записується в заголовок або запит до upstream (HTTP splitting)
http-splitting-why = `$uri` декодований: запит `/%0d%0aSet-Cookie:%20a=b` вносить у значення CRLF. У заголовку відповіді зловмисник дописує довільні заголовки (HTTP response splitting: фіксація сесії, отруєння кешу, XSS), а в `proxy_pass` nginx передає побудований зі змінних URI як є, тож зловмисник завершує рядок запиту і впроваджує заголовки чи другий запит до upstream.
http-splitting-fix = Використовуйте `$request_uri`, який лишається закодованим (`return 301 https://example.com$request_uri;`), а в регулярних виразах — групи, що не можуть захопити переведення рядка.

## SW3020 origin-check-regex
origin-check-regex-title = Перевірка Origin/Referer, регулярний вираз якої пропускає хост зловмисника
origin-check-regex-why = Перевірка, яка мала дозволяти для CORS чи захисту від CSRF лише ваш origin, приймає домен зловмисника (`example.com.attacker.example`, `evilexample.com`). Крос-доменні запити з обліковими даними проходять з його сайту, а захист від хотлінкінгу чи CSRF пропускає його сторінки.
origin-check-regex-fix = Прив'яжіть вираз до початку і кінця хоста та екрануйте крапки: `^https://(www\.)?example\.com$` для Origin, `^https://([^/]+\.)?example\.com(/|$)` для Referer; змінна пишеться `$http_referer`, а не `$http_referrer`.

## SW3021 websocket-timeout-short
websocket-timeout-short-title = WebSocket-маршрут зі стандартним тайм-аутом читання 60 с
websocket-timeout-short-why = nginx закриває проксоване з'єднання, яке нічого не отримує протягом `proxy_read_timeout`. Тихі WebSocket-сесії (без повідомлень протягом хвилини) обриваються, і всі клієнти перепідключаються.
websocket-timeout-short-fix = Задайте для WebSocket-маршруту довший тайм-аут, наприклад `proxy_read_timeout 3600s;`, або надсилайте ping частіше, ніж раз на тайм-аут.

## SW3022 gzip-disabled
gzip-disabled-title = Стиснення відповідей ніде не увімкнено
gzip-disabled-why = JSON, HTML, CSS і JavaScript стискаються на 70–90%. Без стиснення сторінки завантажуються повільніше, а рахунки за трафік більші.
gzip-disabled-fix = Увімкніть у блоці http `gzip on;` (або brotli) і задайте `gzip_types` для текстових типів: `text/css application/javascript application/json image/svg+xml`.

## SW3023 ssl-ciphers-weak
ssl-ciphers-weak-title = ssl_ciphers вмикає зламані набори шифрів
ssl-ciphers-weak-why = nginx пропонує кожному клієнтові всі набори зі списку; клієнт, що домовиться про такий набір, отримує з'єднання, яке зловмисник між клієнтом і сервером може прочитати (SWEET32 проти 3DES, упередженість RC4, пониження до EXPORT) або підмінити сервер (без автентифікації сервера). Сканери на кшталт SSL Labs знижують оцінку, а сканування PCI DSS не проходять.
ssl-ciphers-weak-fix = Залиште лише сучасні набори AEAD з ECDHE (AES-GCM, CHACHA20-POLY1305) або явно виключіть слабкі через `!` (`!3DES:!RC4:!aNULL:!MD5`).

## SW3024 proxy-forwarded-headers-missing
proxy-forwarded-headers-missing-title = proxy_pass без заголовків з адресою чи схемою клієнта
proxy-forwarded-headers-missing-why = Без них застосунок вважає клієнтом nginx: кожен запит має IP проксі, тож логи, ліміти за IP і журнали аудиту марні. На TLS-сервері застосунок ще й вважає, що запити прийшли звичайним HTTP, і ламаються `https`-посилання, secure cookie та перевірки origin для CSRF.
proxy-forwarded-headers-missing-fix = Задайте в location `proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;` і `proxy_set_header X-Forwarded-Proto $scheme;` (пам'ятайте, що власний `proxy_set_header` у location заміщує заголовки рівня server) і налаштуйте застосунок довіряти цим заголовкам.

## SW3025 resolver-missing
resolver-missing-title = Хост upstream зі змінною, але без `resolver`
resolver-missing-why = Коли хост містить змінну, nginx розв'язує ім'я на кожен запит під час роботи і лише через `resolver`: без нього кожен запит до цього location падає з 502 і «no resolver defined to resolve» у журналі помилок (error log). Змінні — звичний прийом, щоб nginx стартував раніше за контейнер застосунку, тож помилка потрапляє в продакшн, хоча стек нормально запускається у швидкому тесті.
resolver-missing-fix = Задайте `resolver` для цього location чи server; у compose вбудований DNS Docker — `resolver 127.0.0.11 valid=30s;`.

## SW3026 allow-without-deny
allow-without-deny-title = Список `allow` без `deny all`: пропускається будь-хто
allow-without-deny-why = nginx перевіряє `allow`/`deny` по порядку і пропускає запит, якщо жодне правило не спрацювало. Тож список `allow` без завершального `deny all;` пропускає всіх: адмінка, метрики чи статус, які мав обмежити список, публічні. `deny all;` батьківського блоку теж не допоможе: блок із власними правилами доступу нічого не успадковує згори.
allow-without-deny-fix = Завершіть список `allow` у тому самому блоці правилом `deny all;`.

## SW3027 if-in-location
if-in-location-title = `if` усередині location робить більше, ніж `return` чи `rewrite ... last`
if-in-location-why = Усередині location `if` створює прихований вкладений location: коли умова виконується, запит обслуговує конфігурація цього блоку, а не location. Директиви в ньому заміщують, а не доповнюють, `try_files` і заміна префікса в `proxy_pass http://app/;` губляться, `alias` успадковується неправильно; у швидкому тесті все виглядає правильно, а для запитів, які виокремлює умова, поведінка інша.
if-in-location-fix = Лишайте в `if` усередині location лише `return ...;` або `rewrite ... last;`; вибір upstream чи заголовків винесіть у `map` на рівні http.

## SW3028 resolver-external
resolver-external-title = `resolver` вказує на публічний DNS-сервер
resolver-external-why = Resolver nginx — простий UDP-клієнт без перевірки: без DNSSEC і без TCP. Відповіді від сервера через інтернет можна підробити чи отруїти, і тоді nginx проксюватиме запити (з cookie та обліковими даними) на адресу зловмисника. До того ж публічний resolver нічого не знає про імена мережі compose чи приватної зони, тож `proxy_pass` на ім'я сервісу через нього падає з 502.
resolver-external-fix = Використовуйте локальний DNS: вбудований DNS Docker `resolver 127.0.0.11 valid=30s;`, локальний кешувальний resolver або resolver VPC.

## SW3029 try-files-proxied
try-files-proxied-title = `try_files` і `proxy_pass` в одному location
try-files-proxied-why = `try_files` виконується до обробника вмісту того самого location: якщо файл існує, nginx переписує URI на цей файл, а `proxy_pass` однаково відправляє його в upstream, тож статику nginx так і не віддає, а кожен запит спершу звертається до файлової системи. Якщо файлу немає, запит перенаправляється на останній аргумент, який зазвичай знову потрапляє в той самий location (цикл, який після десяти кіл завершується 500) або обходить проксі.
try-files-proxied-fix = Лишіть у location лише `try_files $uri @app;`, а `proxy_pass` перенесіть в іменований location `@app`.

## SW3030 worker-rlimit-nofile-low
worker-rlimit-nofile-low-title = `worker_rlimit_nofile` менше за подвоєне `worker_connections`
worker-rlimit-nofile-low-why = Кожне з'єднання — це файловий дескриптор, а проксований запит тримає два (клієнт і upstream), плюс файли, що віддаються, і тимчасові буфери. Коли ліміт відкритих файлів воркера менший, nginx падає з «Too many open files» і втрачає запити задовго до досягнення `worker_connections`. Без `worker_rlimit_nofile` воркери мають успадкований ліміт, який у контейнері часто становить 1024.
worker-rlimit-nofile-low-fix = Задайте `worker_rlimit_nofile` щонайменше вдвічі більшим за `worker_connections` (наприклад, 8192 для 4096 з'єднань).

## SW3031 location-regex-unanchored
location-regex-unanchored-title = Location із регулярним виразом перевіряє розширення без `$`
location-regex-unanchored-why = Неприв'язаний вираз також збігається з `/uploads/avatar.php.jpg`, `/report.php/../secret` чи `/static/app.js.map`, і файли, для яких location не писали, отримують його обробник (PHP-FPM, довгі заголовки кешу, інший root). Оскільки location із регулярними виразами мають пріоритет над префіксними, вони перехоплюють запити в призначених для них location.
location-regex-unanchored-fix = Прив'яжіть розширення до кінця шляху: `location ~ \.php$`.

## SW3032 add-header-content-type
add-header-content-type-title = `add_header Content-Type` надсилає другий Content-Type
add-header-content-type-why = nginx завжди надсилає власний `Content-Type` (з `types`/`default_type` або від upstream); `add_header` не замінює його, а додає другий. Браузери й кеші обирають один із двох по-різному, тож тип, з яким обробляється відповідь (а з ним і захист від MIME sniffing), залежить від клієнта.
add-header-content-type-fix = Задавайте тип через `default_type` (чи `types`), а для проксованих відповідей спершу приховайте тип upstream через `proxy_hide_header Content-Type`.

## SW3033 default-server-missing
default-server-missing-title = Кілька блоків server на одному порту, і жоден не `default_server`
default-server-missing-why = Запит, `Host` якого не збігається з жодним `server_name` (сканери, клієнти, що ходять за IP, помилковий чи підроблений хост), потрапляє на сервер за замовчуванням, а без `default_server` це просто перший прочитаний nginx блок. Застосунок за ним відповідає на будь-яке ім'я хоста, а перейменування чи додавання файлу в `conf.d/` (читаються за абеткою) непомітно змінює, який це сайт.
default-server-missing-fix = Додайте явний блок server-заглушку: `listen 80 default_server;`, `server_name _;`, `return 444;`.

## SW3034 proxy-pass-normalized
proxy-pass-normalized-title = URI у `proxy_pass` будується з декодованого шляху
proxy-pass-normalized-why = Location зіставляється з декодованим нормалізованим шляхом, тож група захоплення містить декодований текст, а nginx надсилає зібраний зі змінних URI як є, без повторного кодування. Те, що клієнт закодував, приходить декодованим: `%3F` стає `?`, що починає обраний клієнтом рядок запиту, `%2F` стає роздільником шляху, а `%252e%252e%252f` доходить до застосунку як `%2e%2e%2f` і декодується вдруге в `../`, виводячи за межі шляху, який мав відкрити location.
proxy-pass-normalized-fix = Використовуйте префіксний location і URI в `proxy_pass` без змінних: `location /api/` із `proxy_pass http://backend:8000/;`.

## SW3035 return-bypasses-access
return-bypasses-access-title = `return` відповідає раніше, ніж перевіряються `allow`/`deny`
return-bypasses-access-why = `return` належить до фази rewrite, яку nginx виконує до фази access, де перевіряються `allow` і `deny`. Відповідь надсилається ще до перевірки адреси: обмеження, яке нібито має блок, на неї не діє.
return-bypasses-access-fix = Віддавайте вміст не через `return`, а звичайним обробником вмісту (`root` і `try_files`, `proxy_pass`), щоб `allow`/`deny` встигли спрацювати.

## SW3036 valid-referers-none
valid-referers-none-title = `valid_referers none` пропускає запити без Referer
valid-referers-none-why = `none` приймає запити без заголовка `Referer`, а не надсилати його вирішує клієнт: будь-який скрипт, `curl` чи сторінка з `Referrer-Policy: no-referrer` його не передають. Для захисту зображень від хотлінкінгу це прийнятний компроміс, але така перевірка не захищає нічого важливого і не може замінювати автентифікацію чи захист від CSRF.
valid-referers-none-fix = Приберіть `none` із `valid_referers`, а справді чутливі ендпоінти захищайте автентифікацією.

## SW4001 secret-in-env-file
secret-in-env-file-title = Схожі на справжні облікові дані в env-файлі
secret-in-env-file-why = Хто прочитає файл (колега, крадій ноутбука, лог CI, Docker-образ, зібраний із цього каталогу), той отримає ключі, а ключі провайдерів — це гроші й дані. Навіть файл у `.gitignore` лишається на дисках, у резервних копіях і в контекстах збірки.
secret-in-env-file-fix = Ротуйте ключі, тримайте справжні значення поза репозиторієм (менеджер секретів, секрети оркестратора) і переконайтеся, що env-файл є в `.gitignore` та `.dockerignore`.

## SW4002 secret-in-git-history
secret-in-git-history-title = Облікові дані присутні в історії git
secret-in-git-history-why = Видалення файлу не прибирає його з історії: будь-хто, хто може клонувати репозиторій, виконає `git show <commit>:.env`. Якщо історію вже запушено, її переписування саме по собі не допоможе.
secret-in-git-history-fix = Негайно ротуйте всі знайдені ключі; за потреби додатково очистіть історію (`git filter-repo`) і тримайте в репозиторії лише шаблони на кшталт `.env.example` із заглушками.

## SW4003 env-file-not-gitignored
env-file-not-gitignored-title = Env-файл, який git не ігнорує
env-file-not-gitignored-why = Наступний `git add .` закомітить усі секрети з цього файлу. Відтоді вони назавжди лишаться в історії git.
env-file-not-gitignored-fix = Додайте `.env` і подібні файли (`.env.*`, `*.env`, крім шаблонів) до `.gitignore`.

## SW4004 secret-in-example-file
secret-in-example-file-title = Схожі на справжні облікові дані в прикладі env-файлу
secret-in-example-file-why = Приклади за задумом публічні й комітяться навмисно. Справжній ключ, скопійований у такий файл, публікується разом із репозиторієм.
secret-in-example-file-fix = Ротуйте ключ і замініть значення заглушкою на кшталт `your_stripe_secret_key_here`.

## SW4005 weak-secret-value
weak-secret-value-title = Легко вгадуване значення секрету
weak-secret-value-why = Значення за замовчуванням, яке мали змінити, стає продакшн-паролем того дня, коли стек розгортають як є. Саме такі значення зловмисник пробує першими.
weak-secret-value-fix = Згенеруйте довгий випадковий секрет (наприклад, `openssl rand -base64 32`) і зберігайте його поза репозиторієм.

## SW4006 env-in-build-context
env-in-build-context-title = Env-файл копіюється в образ
env-in-build-context-why = `.env` потрапляє в образ: будь-хто, хто може завантажити образ (реєстр, клієнт, архів, що витік), прочитає всі ключі через `docker run --rm image cat .env`. `.gitignore` на збірку не впливає.
env-in-build-context-fix = Виключіть env-файли в `.dockerignore` (`.env*` і `!.env.example`) і передавайте налаштування контейнеру під час запуску.

## SW4007 dockerignore-gaps
dockerignore-gaps-title = .git, virtualenv чи node_modules копіюються в образ
dockerignore-gaps-why = Образ розростається на всю історію git і дерева залежностей, зібрані під іншу платформу. `.git` розкриває історію коду (і всі секрети, які колись комітили), а virtualenv чи `node_modules` з хоста підміняють власні залежності образу.
dockerignore-gaps-fix = Додайте до `.dockerignore` `.git`, `.venv`, `venv` і `node_modules`.

## SW4008 copy-source-dockerignored
copy-source-dockerignored-title = COPY шляху, який виключає .dockerignore
copy-source-dockerignored-why = Збірка падає з «not found» або, якщо це каталог, мовчки нічого не копіює: образ постачається без міграцій чи конфігурації.
copy-source-dockerignored-fix = Звузьте правило в `.dockerignore` (наприклад, `migrations/__pycache__` замість `migrations`) або додайте виняток через `!`.

## SW4009 env-example-drift
env-example-drift-title = .env і .env.example розходяться у складі змінних
env-example-drift-why = Саме з прикладу наступний розробник і продакшн-деплой дізнаються, які змінні існують. Коли приклад відстає, деплої стартують без потрібних налаштувань.
env-example-drift-fix = Синхронізуйте файли: задокументуйте в `.env.example` кожну змінну з `.env` (із заглушками замість секретів) і приберіть ті, яких більше немає.

## SW4010 env-value-differs-from-compose
env-value-differs-from-compose-title = Змінна має різні значення в .env і за замовчуванням у compose
env-value-differs-from-compose-why = Маємо два джерела правди: стек працює лише тому, що `.env` перевизначає значення за замовчуванням. Того дня, коли `.env` немає (новий сервер, CI), він мовчки запускається з іншим значенням.
env-value-differs-from-compose-fix = Залиште одне джерело: приберіть значення за замовчуванням із compose і зробіть змінну обов'язковою (`${"{"}LOG_LEVEL:?set LOG_LEVEL in .env{"}"}`) або узгодьте обидва значення.

## SW4011 dev-settings-in-production-env
dev-settings-in-production-env-title = Режим налагодження чи розробки в env-файлі, який використовує продакшн
dev-settings-in-production-env-why = Режим налагодження відповідає на помилки стек-трейсами, налаштуваннями, а іноді й інтерактивною консоллю; «development» вимикає продакшн-захист (secure cookies, кешування, сувора перевірка хостів). Файл compose про це нічого не каже: значення ховається в `.env`.
dev-settings-in-production-env-fix = Задайте в env-файлі, який потрапляє в продакшн, продакшн-значення (`ENVIRONMENT=production`, `DEBUG=0`), а налаштування розробки тримайте в `.env.dev` чи `.env.local`.

## SW4012 secret-in-deployment-file
secret-in-deployment-file-title = Облікові дані провайдера записано в закомічений файл розгортання
secret-in-deployment-file-why = Ці файли комітяться, копіюються в образи і друкуються в логах CI: записаний у них ключ може прочитати кожен, хто має репозиторій, образ чи логи, і він лишається в історії git навіть після видалення. Правило реагує лише на формати ключів провайдерів, тож знахідка майже напевно є робочим ключем.
secret-in-deployment-file-fix = Ротуйте ключ і підставляйте його із секретів CI чи оркестратора, наприклад `${"{"}{"{"} secrets.OPENAI_API_KEY {"}"}{"}"}` у GitHub Actions.

## SW5001 dev-dependencies-in-image
dev-dependencies-in-image-title = Інструменти розробки встановлено в продакшн-образ
dev-dependencies-in-image-why = Вони додають десятки мегабайтів і сотні файлів до кожного продакшн-образу та сповільнюють кожну збірку. До того ж вони розширюють поверхню атаки: дебагери відкривають порти, тестові допоміжні модулі виконують код.
dev-dependencies-in-image-fix = Винесіть тест-раннери, лінтери, форматери й дебагери в окремий файл (`requirements-dev.txt` з `-r requirements.txt`), який встановлюють лише в розробці та CI.

## SW5002 python-version-unsupported
python-version-unsupported-title = Версія Python базового образу поза межами, які підтримує проєкт
python-version-unsupported-why = Образ запускає інтерпретатор, який проєкт не підтримує: залежності з C-розширеннями можуть не зібратися або ще не мати wheel-пакетів. Поведінка в продакшні відрізняється від протестованої.
python-version-unsupported-fix = Оберіть базовий образ із версією Python у межах `requires-python` з `pyproject.toml` (наприклад, `python:3.13-slim` для `>=3.11,<3.14`).

## SW5003 native-build-deps-missing
native-build-deps-missing-title = Пакет, що компілюється з вихідного коду, встановлюється без залежностей для збірки
native-build-deps-missing-why = `pip install` падає з «pg_config executable not found» чи «gcc: not found», і образ не збирається; або він збирається на повному образі розробника і ламається, щойно базовий образ змінюють на slim.
native-build-deps-missing-fix = Встановіть компілятор і заголовки бібліотек (`gcc`, `libpq-dev`) перед `pip install`, бажано на окремому етапі багатоетапної збірки, або перейдіть на пакет із готовими wheel (`psycopg2-binary`, `psycopg[binary]`).

## SW5004 alembic-not-configured
alembic-not-configured-title = alembic є в залежностях, але конфігурації alembic немає
alembic-not-configured-why = Інструмент міграцій встановлено, але не налаштовано; зазвичай це означає, що схему змінюють вручну (`ALTER TABLE` у коді застосунку). Тоді немає ні історії змін, ні можливості відкату, ні способу привести нову базу до поточної схеми.
alembic-not-configured-fix = Ініціалізуйте alembic (`alembic init migrations`), закомітьте `alembic.ini` і виконуйте міграції окремим кроком розгортання.

## SW5005 gunicorn-asgi-sync-worker
gunicorn-asgi-sync-worker-title = gunicorn обслуговує ASGI-застосунок WSGI-воркером
gunicorn-asgi-sync-worker-why = Стандартний воркер gunicorn `sync` працює за WSGI. ASGI-застосунок падає на кожному запиті (`TypeError: __call__() missing 1 required positional argument: 'send'`) або, за шаром сумісності, виконує весь ввід-вивід послідовно.
gunicorn-asgi-sync-worker-fix = Вкажіть ASGI-клас воркера: `-k uvicorn.workers.UvicornWorker` або `worker_class` у конфігурації gunicorn.

## SW5006 celery-embedded-beat
celery-embedded-beat-title = Celery beat вбудовано у воркер
celery-embedded-beat-why = Кожен процес воркера з вбудованим beat планує періодичні задачі: масштабуйте воркер до двох реплік (або перезапустіть його, поки старий ще завершує роботу) — і кожна періодична задача виконається двічі. Документація Celery прямо каже, що `-B` — для розробки.
celery-embedded-beat-fix = Запускайте beat окремим сервісом з однією реплікою (`celery -A app.tasks beat`), а воркери — без `-B`/`--beat`.

## SW5007 celery-concurrency-unset
celery-concurrency-unset-title = Паралельність воркера Celery за замовчуванням дорівнює кількості CPU хоста
celery-concurrency-unset-why = За замовчуванням Celery бере кількість CPU хоста, а не контейнера. Воркер, обмежений одним CPU на 32-ядерному хості, створює 32 процеси і вичерпує пам'ять.
celery-concurrency-unset-fix = Задайте паралельність явно: `--concurrency=2`, змінна оточення `CELERY_WORKER_CONCURRENCY` або `worker_concurrency` у конфігурації Celery.

## SW5008 migrations-on-every-start
migrations-on-every-start-title = Міграції бази даних запускаються під час старту одразу в кількох контейнерах
migrations-on-every-start-why = Контейнери стартують разом і застосовують ту саму міграцію в ту саму мить: один із них падає на півдорозі (`relation already exists`, тайм-аут блокування) і перезапускається, або міграція даних застосовується двічі. Django та Alembic не захищають таблицю міграцій блокуванням від паралельного запуску. `makemigrations` під час старту створює файли міграцій усередині контейнера: у репозиторій вони не потрапляють, а кожен контейнер може згенерувати свої.
migrations-on-every-start-fix = Виконуйте міграції один раз, в окремому одноразовому сервісі (`command: python manage.py migrate --noinput`), на завершення якого решта сервісів чекає через `depends_on` з `condition: service_completed_successfully`; в entrypoint лишіть тільки `exec "$@"`.

## SW5009 celery-queue-without-worker
celery-queue-without-worker-title = Задачі Celery надсилаються в чергу, яку не обробляє жоден воркер
celery-queue-without-worker-why = Задача в черзі, яку ніхто не обробляє, лежить у брокері вічно: ні помилки, ні рядка в логах — робота просто не виконується (листи не надсилаються, файли не обробляються). А черга росте, доки брокерові не забракне пам'яті.
celery-queue-without-worker-fix = Для кожної черги, куди застосунок надсилає задачі, запустіть воркер, який її обробляє, наприклад окремий сервіс із `celery -A proj worker -Q media`.

## SW5010 celery-one-worker-all-queues
celery-one-worker-all-queues-title = Один воркер Celery обробляє всі черги
celery-one-worker-all-queues-why = Черги потрібні для того, щоб задачі одного типу не чекали за задачами іншого. Коли всі черги обробляє один воркер, сплеск повільних задач (завантаження відео, звіти) займає всі процеси, і швидкі задачі (сповіщення, періодичні) чекають, доки ті звільняться. Окремі воркери для груп черг отримують кожен свою паралельність, свій ліміт пам'яті й свою кількість реплік.
celery-one-worker-all-queues-fix = Розподіліть черги між окремими сервісами воркерів залежно від ваги задач, наприклад `celery -A proj worker -Q default,notifications` і окремий `celery -A proj worker -Q heavy --concurrency=1`.

## SW5011 python-version-drift
python-version-drift-title = Версії Python в образі, у CI та закріплені в проєкті не збігаються
python-version-drift-why = Тести, що проходять на 3.11, мало що кажуть про 3.12 у продакшні: вилучені модулі, змінені значення за замовчуванням, wheel-пакети, яких під новий інтерпретатор ще немає. Lock-файл, зібраний під інші версії Python, може не встановитися в образі або поставити інші версії пакетів, а розробники на інтерпретаторі з `.python-version` ловлять не ті баги, що продакшн.
python-version-drift-fix = Використовуйте версію Python з образу всюди: в `actions/setup-python` у CI (зокрема в матриці), у `.python-version` і в обмеженні на версію Python, під яке зібрано lock-файл.

## SW5012 celery-beat-replicated
celery-beat-replicated-title = Celery beat може працювати в кількох екземплярах
celery-beat-replicated-why = У beat немає вибору лідера: кожен запущений екземпляр надсилає всі періодичні задачі. Два екземпляри надішлють кожну заплановану задачу двічі: два рахунки, два листи-нагадування, два нічні очищення, які заважають одне одному.
celery-beat-replicated-fix = Запускайте `celery beat` рівно в одному сервісі з `deploy.replicas: 1` і більше ніде в стеку, зокрема не вбудовуйте його у воркер через `-B`.

## SW5013 reload-reachable-in-production
reload-reachable-in-production-title = Змінні оточення продакшну вмикають автоперезавантаження або дебагер
reload-reachable-in-production-why = Перемикач захований у двох місцях: код читає `ENVIRONMENT` чи `DEBUG`, а env-файл задає їм значення для розробки. У результаті в контейнері працює file watcher, який перезапускає сервер за будь-якої зміни й витрачає CPU, або дебагер, що відповідає на помилки інтерактивною консоллю.
reload-reachable-in-production-fix = Задайте продакшн-значення в оточенні сервісу (наприклад, `ENVIRONMENT: production` у `environment:` compose) і зробіть продакшн-варіант значенням за замовчуванням у коді: `reload=os.getenv("ENVIRONMENT", "production") == "development"`.

## SW5014 server-workers-exceed-cpu-limit
server-workers-exceed-cpu-limit-title = Воркерів сервера більше, ніж дозволяє ліміт CPU
server-workers-exceed-cpu-limit-why = Кожен воркер — повна копія застосунку в пам'яті: понад доступні контейнеру CPU зайві sync-воркери лише чекають на процесорний час і множать витрати пам'яті, а коли всі вони зайняті одночасно, квота CFS пригальмовує весь контейнер. `multiprocessing.cpu_count()` у контейнері повертає кількість ядер хоста: на 64-ядерному хості контейнер із 2 CPU запустить 129 воркерів.
server-workers-exceed-cpu-limit-fix = Задавайте кількість воркерів, виходячи з ліміту CPU контейнера, не більше `(2 × CPUs) + 1` (наприклад, `--workers 5` при `cpus: "2"`), а не обчислюйте її через `cpu_count()`.

## SW5015 gunicorn-sync-worker-io-bound
gunicorn-sync-worker-io-bound-title = Sync-воркери gunicorn для WSGI-застосунку, який звертається до зовнішніх сервісів
gunicorn-sync-worker-io-bound-why = Sync-воркер обслуговує один запит за раз: поки він чекає на платіжний шлюз, LLM API чи S3, він більше нікого не обслуговує, тож кілька повільних зовнішніх викликів займають усі воркери, а решта запитів стоїть у черзі, доки проксі не відвалиться за таймаутом. Це порада: потрібна конкурентність залежить від навантаження.
gunicorn-sync-worker-io-bound-fix = Дайте воркерам потоки (`--threads 4`, воркер gthread) або асинхронний клас воркера (`-k gevent`) і ставте таймаути на кожен зовнішній виклик.

## SW6001 copy-source-missing
copy-source-missing-title = Джерела COPY/ADD немає в контексті збірки
copy-source-missing-why = `docker build` зупиняється з «failed to compute cache key: not found». Образ не збирається, і нічого не постачається.
copy-source-missing-fix = Виправте шлях у `COPY`/`ADD` на файл, що справді є в контексті збірки (наприклад, `pyproject.toml` замість відсутнього `requirements.txt`), або виправте `build.context` у compose.

## SW6002 requirements-not-in-context
requirements-not-in-context-title = Файл requirements встановлюється, але в образі його немає
requirements-not-in-context-why = `pip install` зупиняється з «Could not open requirements file: No such file or directory», і образ не збирається. Якщо файл копіюється лише після встановлення, кожна збірка зі свіжого checkout падає, а кешовані шари на машині розробника це приховують.
requirements-not-in-context-fix = Скопіюйте файл requirements в образ перед `pip install -r`, який його читає (`COPY requirements.txt .`), і переконайтеся, що його не виключає `.dockerignore`.

## SW6003 requirements-drift-from-pyproject
requirements-drift-from-pyproject-title = Образ встановлює залежності з requirements, що розійшлися з pyproject.toml
requirements-drift-from-pyproject-why = Два маніфести розходяться: залежність, додана в `pyproject.toml` (саме туди її записують `uv add` і `poetry add`), не потрапляє в образ, і застосунок падає на імпорті вже в продакшні. Версії, протестовані за lock-файлом, — не ті, що потрапляють у реліз.
requirements-drift-from-pyproject-fix = Встановлюйте в образ сам проєкт (`COPY pyproject.toml .` і `pip install .`) або експортуйте файл requirements з lock-файлу (`uv export`, `poetry export`), щоб образ отримував саме ті версії, що в ньому закріплені.

## SW6004 module-not-installed
module-not-installed-title = Контейнер запускає модуль Python або програму, яких образ не встановлює
module-not-installed-why = Під час старту контейнер падає з `ModuleNotFoundError` чи «executable file not found» і завершується. Або його healthcheck ніколи не проходить, і всі сервіси, що чекають на `service_healthy`, так і не стартують.
module-not-installed-fix = Додайте відсутній пакет до того, що встановлює образ (наприклад, `gunicorn` у `requirements.txt`); у healthcheck обходьтеся стандартною бібліотекою, наприклад `python -c "import urllib.request; ..."`.

## SW6005 builder-packages-not-copied
builder-packages-not-copied-title = Пакети, встановлені на етапі builder, не потрапляють у runtime-етап
builder-packages-not-copied-why = Образ збирається, але пакети лишаються в builder: контейнер стартує з `ModuleNotFoundError`, `gunicorn: not found` або `bad interpreter: No such file or directory`. У virtualenv, скопійованого за іншим шляхом, ламаються рядки `#!` у скриптах, `/root` доступний лише root, а пакети `--user` Python шукає в домашньому каталозі того користувача, від якого його запущено.
builder-packages-not-copied-fix = Встановлюйте пакети у virtualenv на етапі builder (`python -m venv /opt/venv`) і копіюйте його цілком за тим самим шляхом у runtime-етап (`COPY --from=builder /opt/venv /opt/venv`), додавши його `bin` до `PATH`.

## SW6006 copy-from-path-never-written
copy-from-path-never-written-title = COPY --from шляху, якого етап-джерело ніколи не створює
copy-from-path-never-written-why = `docker build` зупиняється з «failed to compute cache key: "/app/dist": not found». Зазвичай у builder змінився `WORKDIR` або каталог із результатами збірки, а runtime-етап досі копіює старий шлях.
copy-from-path-never-written-fix = Копіюйте шлях, який етап-джерело справді створює, наприклад `RUN go build -o /out/server ./cmd/server` і далі `COPY --from=build /out/server /server`.

## SW6007 native-runtime-lib-missing
native-runtime-lib-missing-title = Нативний пакет Python без своєї runtime-бібліотеки в slim- чи Alpine-образі
native-runtime-lib-missing-why = Образ збирається, а контейнер падає на імпорті: `ImportError: libpq.so.5: cannot open shared object file` або «no pq wrapper available» у psycopg. У slim- та Alpine-образах жодної з цих бібліотек немає, а пакет, скомпільований на етапі builder із `libpq-dev`, лишає бібліотеку там.
native-runtime-lib-missing-fix = Встановіть у runtime-етапі бібліотеку, яку завантажує пакет, наприклад `libpq5` для `psycopg2` (`apt-get install -y --no-install-recommends libpq5`), а `gcc` і `libpq-dev` лишіть на етапі builder.

## SW6008 runtime-file-missing
runtime-file-missing-title = Файлу, потрібного контейнеру під час старту, немає ні в образі, ні в змонтованих томах
runtime-file-missing-why = Контейнер одразу завершується: `exec /entrypoint.sh: no such file or directory`, `python: can't open file 'manage.py'`, `FAILED: No config file 'alembic.ini' found`. Міграції падають з `Path doesn't exist: backend/migrations` або мовчки не виконуються.
runtime-file-missing-fix = Скопіюйте у фінальний етап усе, що контейнер читає під час старту (entrypoint-скрипт, скрипти з команди, `alembic.ini` і каталог міграцій), або змонтуйте це томом у compose.

## SW6009 data-path-not-mounted
data-path-not-mounted-title = Застосунок пише дані повз том, який compose для них монтує
data-path-not-mounted-why = Дані потрапляють у записуваний шар контейнера, а не в том, і зникають щоразу, коли контейнер перестворюється, тобто під час кожного розгортання. Том, який мав їх зберігати, лишається порожнім.
data-path-not-mounted-fix = Спрямуйте шлях даних застосунку всередину змонтованого тому (наприклад, `DATABASE_URL: sqlite:////data/app.db` при `app-data:/data`) або змонтуйте том туди, куди пише застосунок.

## SW6010 compose-user-root-override
compose-user-root-override-title = Compose запускає сервіс від root в обхід непривілейованого USER образу
compose-user-root-override-why = Compose-файл мовчки скасовує захист, закладений у Dockerfile: процес працює від root, і віддалене виконання коду в застосунку дає root у контейнері, а після виходу з контейнера — і на хості. Рев'юери читають Dockerfile, бачать `USER app` і вірять йому.
compose-user-root-override-fix = Приберіть із сервісу `user: root` (`0`, `0:0`), щоб він працював від непривілейованого `USER` образу, а права на томи виставляйте в одноразовому init-контейнері.

## SW6011 dev-server-replaces-image-server
dev-server-replaces-image-server-title = Команда в compose підміняє продакшн-сервер образу сервером розробки
dev-server-replaces-image-server-why = Образ зібрано для продакшн-сервера, а один рядок у compose його відкидає: продакшн-трафік обслуговує однопроцесний сервер розробки з автоперезавантаженням, debug-сторінками і без керування воркерами. Зазвичай це override для розробки, скопійований у базовий файл.
dev-server-replaces-image-server-fix = Приберіть `command:`, щоб сервіс запускав `CMD` образу, а сервер розробки (`manage.py runserver`, `flask run`, `uvicorn --reload`) тримайте в `docker-compose.override.yml`.

## SW6012 port-mismatch
port-mismatch-title = Опублікований, перевірюваний чи оголошений порт відрізняється від порту, який слухає застосунок
port-mismatch-why = Підключення ззовні до опублікованого порту, який ніхто не слухає, закінчується «connection reset by peer». Healthcheck на неправильному порту ніколи не проходить: контейнер перезапускається по колу, а сервіси, що чекають на `service_healthy`, так і не стартують; хибний `EXPOSE` вводить в оману і людей, і інструменти.
port-mismatch-fix = Вказуйте всюди порт, який слухає сервер: як порт контейнера в `ports:` (`"8080:8000"` для `--bind 0.0.0.0:8000`), в URL healthcheck, в `expose:` і в `EXPOSE`.

## SW6013 env-file-baked-and-passed
env-file-baked-and-passed-title = Env-файл, який передає compose, ще й вшито в образ
env-file-baked-and-passed-why = Два джерела правди: в оточенні процесу перемагають значення, які передає compose, але код, що читає файл сам (`load_dotenv()`, `env_file=".env"` у pydantic-settings), бачить копію, вшиту під час збірки, тож ротований секрет чи змінене налаштування мовчки не застосовуються. До того ж усі секрети з файлу їдуть разом з образом у кожен registry і на кожну машину, що його завантажує.
env-file-baked-and-passed-fix = Виключіть env-файл із контексту збірки в `.dockerignore` (`.env` і `.env.*`) і передавайте його під час запуску через `env_file:` у compose.

## SW6020 websocket-route-not-upgraded
websocket-route-not-upgraded-title = WebSocket-маршрут застосунку обслуговує location nginx без заголовків upgrade
websocket-route-not-upgraded-why = `Upgrade` і `Connection` — hop-by-hop заголовки: nginx відкидає їх, якщо location не задає їх явно, і за замовчуванням проксює через HTTP/1.0. Браузерний `new WebSocket(...)` отримує звичайну HTTP-відповідь, і real-time функції застосунку ламаються лише за nginx, а в розробці все працює.
websocket-route-not-upgraded-fix = У location, що проксює WebSocket-маршрут, задайте `proxy_http_version 1.1;`, `proxy_set_header Upgrade $http_upgrade;` і `proxy_set_header Connection "upgrade";`.

## SW6021 body-size-vs-app-limit
body-size-vs-app-limit-title = client_max_body_size у nginx розходиться з лімітом завантаження в застосунку
body-size-vs-app-limit-why = Якщо ліміт nginx вищий, ніж у застосунку, nginx буферизує на диск багатогігабайтні тіла запитів лише для того, щоб застосунок відповів 413: ранньої й дешевої відмови на боці nginx немає, а повільні завантаження займають з'єднання. Якщо нижчий, завантаження, на які застосунок розрахований, падають зі сторінкою 413 від самого nginx, і лише в розгорнутому стеку.
body-size-vs-app-limit-fix = Задайте `client_max_body_size` у location, що проксюють до застосунку, рівним ліміту самого застосунку, наприклад `client_max_body_size 200m;` для `MAX_CONTENT_LENGTH = 200 * 1024 * 1024`.

## SW6022 proxied-app-binds-loopback
proxied-app-binds-loopback-title = Сервіс за nginx слухає loopback контейнера
proxied-app-binds-loopback-why = Усередині контейнера `127.0.0.1` — це сам контейнер: nginx з іншого контейнера підключається до адреси сервісу й отримує «connection refused». Кожен запит через nginx закінчується 502 Bad Gateway, хоча `curl localhost` усередині контейнера застосунку працює.
proxied-app-binds-loopback-fix = Слухайте на всіх інтерфейсах контейнера, наприклад `uvicorn app.main:app --host 0.0.0.0 --port 8000` або `gunicorn --bind 0.0.0.0:8000`.

## SW6023 proxy-host-unknown
proxy-host-unknown-title = nginx проксіює на хост, якому не відповідає жоден сервіс стеку
proxy-host-unknown-why = nginx розв'язує імена хостів апстримів під час завантаження конфігурації. Якщо імені не відповідає ні сервіс, ні `container_name`, ні мережевий аліас, ні `extra_hosts` compose-стеку, nginx не стартує з помилкою `host not found in upstream`, і весь сайт недоступний. Зазвичай так стається після перейменування сервісу в compose без зміни конфігурації nginx.
proxy-host-unknown-fix = Вкажіть у `proxy_pass` або в блоці `upstream` ім'я сервісу з compose чи додайте старе ім'я як мережевий аліас сервісу, який має відповідати.

## SW6024 proxy-port-not-bound
proxy-port-not-bound-title = nginx проксіює на порт, який сервер застосунку не слухає
proxy-port-not-bound-why = На порту, до якого підключається nginx, ніхто не слухає, тож кожен запит через цей location отримує 502 Bad Gateway, а в error log з'являється `connect() failed (111: Connection refused)`. Часта причина — всередині compose-мережі вказано хостовий порт із маппінгу `ports:`, хоча контейнери звертаються один до одного за портом контейнера.
proxy-port-not-bound-fix = Проксіюйте на порт, який слухає сервер (його `--bind`/`--port`, `bind` у конфігу gunicorn, `uvicorn.run(port=...)`), або прив'яжіть сервер до порту, який використовує nginx.

## SW6025 proxy-timeout-cuts-stream
proxy-timeout-cuts-stream-title = Таймаут читання nginx коротший за паузу в SSE- чи WebSocket-потоці застосунку
proxy-timeout-cuts-stream-why = nginx закриває проксійоване з'єднання, якщо застосунок нічого не надсилає довше за `proxy_read_timeout` (типово 60 с): потік server-sent events без keep-alive або WebSocket, пінги якого приходять рідше за таймаут, обривається, і клієнт перепідключається по колу; з увімкненим `proxy_buffering` події ще й надходять із затримкою.
proxy-timeout-cuts-stream-fix = Винесіть потік в окремий location з більшим `proxy_read_timeout` (наприклад, `1h`) і, для SSE, `proxy_buffering off`; або надсилайте keep-alive частіше за таймаут.

## SW6040 connection-url-mismatch
connection-url-mismatch-title = URL підключення не відповідає сервісу бази даних чи брокера
connection-url-mismatch-why = Усередині контейнера `localhost` — це сам контейнер, а не база; опублікований порт (`5433:5432`) існує на хості, а не в мережі compose; а офіційні образи створюють саме тих користувача, пароль і базу, що вказані в їхньому оточенні. Кожна розбіжність валить застосунок на першому ж запиті або лише після перезапуску, коли кешованого з'єднання вже немає. Redis із паролем відповідає клієнту без пароля `NOAUTH`, а клієнту з іншим паролем — `WRONGPASS`.
connection-url-mismatch-fix = Вказуйте в URL ім'я сервісу і його порт усередині мережі, а також облікові дані, які створює контейнер бази, наприклад `postgresql://app:secret@db:5432/app` для `POSTGRES_USER: app`, `POSTGRES_PASSWORD: secret`, `POSTGRES_DB: app`.

## SW6041 insecure-production-settings
insecure-production-settings-title = Для продакшну вимкнено захисні налаштування хостів, CORS, cookie чи налагодження
insecure-production-settings-why = `ALLOWED_HOSTS = ["*"]` дозволяє запиту обрати ім'я хоста, з яким Django будує абсолютні посилання, — і листи для скидання пароля ведуть на домен зловмисника. CORS, що віддзеркалює будь-який origin разом із credentials, дозволяє будь-якому сайту читати відповіді API з cookie відвідувача. Cookie без `Secure` передаються відкритим HTTP, а режим налагодження відповідає на помилки налаштуваннями й вихідним кодом.
insecure-production-settings-fix = Явно перелічіть продакшн-хости й origin (наприклад, `DJANGO_ALLOWED_HOSTS: app.example.com`, `CORS_ALLOWED_ORIGINS: https://app.example.com`), позначте cookie сесії та CSRF прапорцем `Secure` і вимкніть `DEBUG`.

## SW6042 default-secret-in-app-settings
default-secret-in-app-settings-title = Загальновідомий секрет за замовчуванням у налаштуваннях застосунку
default-secret-in-app-settings-why = Env-файли можуть бути бездоганними, а застосунок однаково почне підписувати сесії й токени значенням за замовчуванням того дня, коли в продакшні забракне однієї змінної: код мовчки підставить його. Будь-хто, хто читав репозиторій чи вгадав типові значення, зможе підробити сесійні cookie, посилання для скидання пароля та JWT.
default-secret-in-app-settings-fix = Читайте секрет без значення за замовчуванням, щоб застосунок падав під час старту, якщо його немає (`SECRET_KEY = os.environ["SECRET_KEY"]`), а для продакшну згенеруйте довге випадкове значення.

## SW6043 default-secret-in-script-or-config
default-secret-in-script-or-config-title = Загальновідомий секрет за замовчуванням у скрипті чи файлі налаштувань
default-secret-in-script-or-config-why = Entrypoint виконується під час кожного старту кожного контейнера: значення, яке він експортує чи підставляє за замовчуванням (`export SECRET_KEY=changeme`, `JWT_SECRET:=changeme`, `secret: changeme` у config.yaml), стає продакшн-секретом того дня, коли змінну забудуть задати, і будь-хто, хто перебере типові значення, підробить сесії й токени або увійде в систему.
default-secret-in-script-or-config-fix = Беріть секрет із оточення чи сховища секретів без значення за замовчуванням і зупиняйтеся під час старту, якщо його немає (`SECRET_KEY:?must be set`); значення, яке вже десь використовувалося, змініть.

## SW7001 ci-missing
ci-missing-title = Немає CI-конвеєра для репозиторію, що постачає контейнери
ci-missing-why = Ніщо не збирає образ, не запускає тести і не перевіряє файли розгортання, перш ніж вони потраплять на сервер: перша збірка — одразу продакшн. Для невеликих проєктів це питання судження, тому лише інформаційне зауваження.
ci-missing-fix = Додайте CI-конвеєр (`.github/workflows/`, `.gitlab-ci.yml` тощо), який щонайменше запускає тести і `docker build`.

## SW7002 ci-no-image-build
ci-no-image-build-title = CI ніколи не збирає образ контейнера
ci-no-image-build-why = Зламаний Dockerfile (відсутній файл у контексті збірки, залежність, яка більше не встановлюється) ніхто не перевіряє до деплою. Проблема виявляється під час розгортання, а не в pull request.
ci-no-image-build-fix = Додайте в CI крок збірки образу: `docker build`, `docker/build-push-action` з `push: false` чи аналог.

## SW7003 ci-no-image-scan
ci-no-image-scan-title = CI збирає образи, але ніколи їх не сканує
ci-no-image-scan-why = Відомі CVE у базовому образі та його пакетах непомітно потрапляють у продакшн. Так само непоміченими лишаються помилки конфігурації в Dockerfile.
ci-no-image-scan-fix = Додайте після збірки крок сканування (trivy, grype, docker scout, hadolint, seaworthy тощо), який зупиняє конвеєр із помилкою на серйозних знахідках (наприклад, `exit-code: "1"` для trivy).

## SW7004 ci-check-non-blocking
ci-check-non-blocking-title = Перевірка в CI, через яку конвеєр ніколи не падає
ci-check-non-blocking-why = Перевірка, що ніколи не падає, — це лог, який ніхто не читає. Усе, що вона знаходить, однаково потрапляє в продакшн.
ci-check-non-blocking-fix = Приберіть `continue-on-error: true` і `|| true` з кроків лінтингу, сканування та перевірки типів; лишайте їх лише для необов'язкових кроків на кшталт завантаження покриття.

## SW7005 fixed-sleep-wait
fixed-sleep-wait-title = Фіксована пауза замість опитування готовності
fixed-sleep-wait-why = На повільній машині чи при холодному старті сервіс не готовий через N секунд, і наступний крок падає. На швидкій — кожен запуск марно витрачає ці N секунд.
fixed-sleep-wait-fix = Чекайте на готовність у циклі опитування (`until pg_isready; do sleep 1; done`) або через `docker compose up -d --wait`.

## SW7006 deploy-ssh-insecure
deploy-ssh-insecure-title = Деплой по SSH без перевірки ключа хоста або із секретом у командному рядку віддаленої команди
deploy-ssh-insecure-why = Без перевірки ключа хоста деплой працює з тим, хто відповість за адресою сервера: підмінений DNS-запис отримує сесію, код і всі секрети, які передає деплой. Секрет у командному рядку віддаленої команди видно у списку процесів сервера та в історії shell.
deploy-ssh-insecure-fix = Закріпіть ключ хоста сервера в `known_hosts` із секрету CI і приберіть `StrictHostKeyChecking=no`; передавайте секрети через стандартний ввід або файл, а не аргументами команди.

## SW7007 pre-commit-missing
pre-commit-missing-title = Немає git-хуків, що перевіряють зміни до коміту
pre-commit-missing-why = Без хуків перша перевірка запускається в CI вже після push або не запускається зовсім: закомічений `.env` чи вставлений ключ потрапляє в спільну історію, а секрет, що туди потрапив, доведеться ротувати.
pre-commit-missing-fix = Додайте `.pre-commit-config.yaml` зі сканером секретів (gitleaks), hadolint і лінтерами проєкту, і нехай кожен виконає `pre-commit install`.
