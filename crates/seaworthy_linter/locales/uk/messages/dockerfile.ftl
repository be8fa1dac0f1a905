# Messages of the dockerfile rules: what a rule says about one instance (see src/message.rs).
# Ids start with the rule name; variables are the fields of the rule's message structs.

## add-instead-of-copy
add-instead-of-copy = `ADD` для локальних файлів: використовуйте `COPY`
add-instead-of-copy-autofix = замінити на `COPY`
add-instead-of-copy-help = замініть `ADD` на `COPY` (`ADD` лишайте для URL і архівів, які треба розпакувати)

## apk-no-cache
apk-no-cache = `apk add` без `--no-cache` лишає в шарі індекс пакетів і завантажені файли
apk-no-cache-autofix = додати `--no-cache`
apk-no-cache-help = використовуйте `apk add --no-cache ...`

## apt-get-update-alone
apt-get-update-alone = індекс пакетів оновлюється в окремому `RUN`: наступні встановлення беруть застарілий індекс із кешу
apt-get-update-alone-help = оновлюйте індекс і встановлюйте пакети в одному `RUN`: `apt-get update && apt-get install -y ...`

## apt-instead-of-apt-get
apt-instead-of-apt-get = `apt` не має стабільного CLI для скриптів; використовуйте `apt-get` або `apt-cache`
apt-instead-of-apt-get-autofix = замінити на `{ $tool }`
apt-instead-of-apt-get-help = замініть `apt { $sub }` на `{ $tool } { $sub }`
apt-instead-of-apt-get-help-rewrite = `apt { $sub }` не має точного відповідника в `apt-get`/`apt-cache`: перепишіть команду через `apt-get`, `apt-cache` або `dpkg-query`

## apt-lists-not-cleaned
apt-lists-not-cleaned = списки пакетів, які завантажує `{ $prog } update`, лишаються в цьому шарі: `RUN` не видаляє `/var/lib/apt/lists/*`
apt-lists-not-cleaned-help = завершіть той самий `RUN` командою `&& rm -rf /var/lib/apt/lists/*` або змонтуйте `/var/lib/apt/lists` як cache чи tmpfs

## apt-no-install-recommends
apt-no-install-recommends = `{ $manager } install` без `--no-install-recommends` тягне пакети, яких ніхто не просив
apt-no-install-recommends-autofix = додати `--no-install-recommends`
apt-no-install-recommends-help = додайте `--no-install-recommends` (і явно встановіть те, що справді потрібно)

## base-image-eol
base-image-eol = `{ $image }` — це { $what }, підтримка завершилася { $eol }
base-image-eol-help = перейдіть на підтримувану версію (таблиця життєвого циклу від { $updated }); образи після EOL не отримують виправлень безпеки
base-image-eol-soon = `{ $image }` — це { $what }, підтримка завершується { $eol } (лишилося { $left ->
    [one] { $left } день
    [few] { $left } дні
   *[other] { $left } днів
})
base-image-eol-soon-help = заплануйте оновлення вже зараз (таблиця життєвого циклу від { $updated })

## base-image-prerelease
base-image-prerelease = `{ $image }` — це { $marker ->
    [rc] реліз-кандидат
   *[pre] попередній реліз
}
base-image-prerelease-help = використовуйте найновіший стабільний реліз, доки цей не стане фінальним і його не підтримуватимуть ваші залежності
base-image-prerelease-unreleased = `{ $image }` — це { $runtime } { $version }, новіша за найновіший стабільний реліз ({ $newest }) у таблиці життєвого циклу від { $updated }
base-image-prerelease-unreleased-help = використовуйте { $runtime } { $newest }, якщо тільки { $version } уже не вийшла фінально і залежності її не підтримують (тоді оновіть таблицю)

## base-image-unpinned
base-image-unpinned = базовий образ `{ $image }` { $latest ->
    [true] використовує `latest`
   *[false] без тегу (тобто `latest`)
}
base-image-unpinned-help = закріпіть версію, наприклад `{ $name }:<version>`, або дайджест `@sha256:...`
base-image-unpinned-strength = базові образи закріплені за версіями

## bin-sh-relinked
bin-sh-relinked = `ln` підміняє `{ $link }` на `{ $target }` для всіх скриптів в образі, а не лише для кроків збірки
bin-sh-relinked-help = використовуйте `SHELL ["{ $target }", "-c"]`, щоб наступні інструкції `RUN` виконувалися в { $shell }

## build-tools-in-final-stage
build-tools-in-final-stage = { $single ->
    [true] ця одноетапна збірка встановлює
   *[false] фінальний етап встановлює
} інструменти збірки в образ, який запускається: { $tools }
build-tools-in-final-stage-help-single = компілюйте в етапі збірки (`FROM ... AS build`) і копіюйте в чистий фінальний етап лише результати
build-tools-in-final-stage-help = перенесіть ці пакети в етап збірки, а тут встановлюйте лише runtime-бібліотеки (наприклад, `libpq5` замість `libpq-dev`)
build-tools-in-final-stage-strength = багатоетапна збірка: фінальний образ стартує з чистого аркуша й копіює лише результати збірки

## cd-in-run
cd-in-run = `cd { $dir }` діє лише в цьому RUN
cd-in-run-help = використовуйте `WORKDIR { $dir }` перед цим RUN

## copy-from-unknown-stage
copy-from-unknown-stage-self = `COPY --from={ $from }` копіює з того самого етапу, в якому знаходиться
copy-from-unknown-stage-self-help = копіюйте з попереднього етапу
copy-from-unknown-stage-number = `--from={ $n }`: попереднього етапу з номером { $n } немає
copy-from-unknown-stage-number-help = номери етапів рахують `FROM` з нуля; краще дайте етапу ім'я (`FROM ... AS build`) і посилайтеся на нього
copy-from-unknown-stage-later = етап `{ $from }` оголошено після цієї інструкції
copy-from-unknown-stage-later-help = перенесіть етап вище за інструкцію, яка з нього копіює
copy-from-unknown-stage-later-related = оголошено тут
copy-from-unknown-stage-close = `{ $from }` — не етап цього Dockerfile: BuildKit спробує завантажити образ з назвою `{ $from }`
copy-from-unknown-stage-close-help = можливо, малося на увазі `--from={ $stage }`?
copy-from-unknown-stage-close-related = етап зі схожою назвою
copy-from-unknown-stage = `{ $from }` — не етап цього Dockerfile: якщо збірка не передає іменований контекст (`--build-context { $from }=...`), BuildKit завантажить образ з назвою `{ $from }`
copy-from-unknown-stage-help = дайте ім'я вихідному етапу (`FROM ... AS name`) або вкажіть повне посилання на образ

## copy-from-unpinned-image
copy-from-unpinned-image = `COPY --from={ $from }` копіює з образу без закріпленої версії
copy-from-unpinned-image-help = закріпіть його: `--from={ $name }:<version>` або `@sha256:...`

## copy-relative-without-workdir
copy-relative-without-workdir = `{ $keyword }` у відносний шлях `{ $dest }` до першого `WORKDIR`: куди потраплять файли, залежить від робочого каталогу `{ $image }`
copy-relative-without-workdir-help = задайте абсолютний `WORKDIR` (наприклад, `WORKDIR /app`) перед цією інструкцією або копіюйте за абсолютним шляхом

## copy-whole-context
copy-whole-context = копіюється весь контекст збірки, а `.dockerignore` немає
copy-whole-context-help = додайте `.dockerignore` поруч із контекстом збірки й виключіть у ньому щонайменше `.git`, `.env*`, віртуальні середовища та `node_modules`

## deps-after-source-copy
deps-after-source-copy = весь вихідний код копіюється до встановлення залежностей: кожна зміна коду перевстановлює їх заново
deps-after-source-copy-help = спершу скопіюйте лише маніфести залежностей (requirements.txt, pyproject.toml + lock, package.json + lock), встановіть залежності, потім `COPY . .`
deps-after-source-copy-related = залежності встановлюються тут

## dev-server-in-image
dev-server-in-image = `{ $command }` запускає в образі сервер для розробки
dev-server-in-image-help = використовуйте production-сервер (gunicorn/uvicorn без `--reload`, `node server.js`, статичну збірку за nginx); dev-команди тримайте в compose-override для розробки

## duplicate-stage-name
duplicate-stage-name = назва етапу `{ $name }` уже зайнята
duplicate-stage-name-help = дайте кожному етапу унікальну назву
duplicate-stage-name-related = уперше оголошено тут

## env-self-reference
env-self-reference = `{ $key }` посилається на `{"$"}{ $var }`, яку задає той самий `ENV`: підставиться { $set ->
    [true] значення `{ $var }`, яке було до цього `ENV`
   *[false] порожнє значення (`{ $var }` до цього `ENV` не задано)
}, а не нове
env-self-reference-help = задайте `{ $var }` в окремому `ENV` перед цим

## from-arg-without-default
from-arg-without-default-undeclared = `FROM { $image }` використовує `{ $names }`, але жоден `ARG` до першого `FROM` цього не оголошує
from-arg-without-default = `FROM { $image }` використовує `{ $names }` без значення за замовчуванням: без `--build-arg` Dockerfile не збереться
from-arg-without-default-help = оголосіть аргумент зі значенням за замовчуванням перед першим FROM: `ARG { $name }=<value>`

## gem-unpinned-package
gem-unpinned-package = `gem install { $gem }` без версії: кожна збірка може отримати інший реліз
gem-unpinned-package-help = закріпіть версію: `gem install { $gem } -v <version>` (або `{ $gem }:<version>`) чи внесіть gem у `Gemfile.lock`

## hardcoded-worker-count
hardcoded-worker-count = в образі жорстко задано { $count ->
    [one] { $value } воркер
    [few] { $value } воркери
   *[other] { $value } воркерів
} для всіх середовищ
hardcoded-worker-count-help = приберіть прапорець і задайте `ENV WEB_CONCURRENCY=<n>` (його читають gunicorn і uvicorn), щоб кожне розгортання могло його перевизначити

## healthcheck-tool-missing
healthcheck-tool-missing = healthcheck викликає `{ $tool }`, якого немає в `{ $image }` і який цей Dockerfile не встановлює
healthcheck-tool-missing-help = перевіряйте тим, що є в образі, наприклад `python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health')"`, або встановіть інструмент
healthcheck-tool-missing-strength = в образі задано HEALTHCHECK

## install-without-yes
install-without-yes = `{ $manager } { $verb }` без `{ $flag }`: якщо менеджер пакетів попросить підтвердження, збірка впаде
install-without-yes-help = дайте відповідь на запит заздалегідь: `{ $example }`

## maintainer-deprecated
maintainer-deprecated = `MAINTAINER` застарів
maintainer-deprecated-help = використовуйте `LABEL org.opencontainers.image.authors="{ $authors }"`

## missing-expose
missing-expose = команда слухає порт { $port }, але образ не оголошує його через `EXPOSE`
missing-expose-other = команда слухає порт { $port }, але образ оголошує { $exposed }
missing-expose-help = додайте `EXPOSE { $port }` у фінальний етап
missing-expose-related = оголошено тут
missing-expose-bound-here = тут { $server } слухає порт { $port }

## multiple-cmd
multiple-cmd = цей `{ $keyword }` перевизначається наступним у тому самому етапі
multiple-cmd-help = видаліть його: діє лише останній
multiple-cmd-related = цей діє

## node-package-unpinned
node-package-unpinned = `{ $manager }` встановлює `{ $name }` { $tagged ->
    [true] за плаваючим тегом `{ $version }`
   *[false] без версії
}: кожна збірка може отримати інший реліз
node-package-unpinned-help = закріпіть версію (`{ $name }@<version>`) або внесіть пакет у `package.json` з lock-файлом і встановлюйте через `{ $install }`

## os-package-unpinned
os-package-unpinned = `{ $manager } { $verb }` встановлює `{ $names }`{ $more ->
    [0] {""}
   *[other] {" "}і ще { $more }
} без версії
os-package-unpinned-help = закріпіть версії (`{ $example }`) або закріпіть базовий образ за дайджестом і перезбирайте свідомо

## pip-cache-not-disabled
pip-cache-not-disabled = `pip install` без `--no-cache-dir` лишає кеш завантажень pip у цьому шарі
pip-cache-not-disabled-autofix = додати `--no-cache-dir`
pip-cache-not-disabled-help = додайте `--no-cache-dir`, задайте `ENV PIP_NO_CACHE_DIR=1` або використайте `RUN --mount=type=cache,target=/root/.cache/pip`
pip-cache-not-disabled-strength-mount = cache-монтування BuildKit для pip: швидкі перезбирання і жодного кешу в шарі
pip-cache-not-disabled-strength = `pip install --no-cache-dir` не пускає кеш pip в образ

## pip-unpinned-package
pip-unpinned-package = `{ $package }` встановлюється без версії
pip-unpinned-package-help = закріпіть версію (`{ $package }==<version>`) або перенесіть пакет у requirements/lock-файл

## pipe-without-pipefail
pipe-without-pipefail = пайп у `RUN` без `pipefail`: помилка в лівій частині ігнорується
pipe-without-pipefail-help = додайте перед ним `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` або почніть RUN з `set -o pipefail &&`
pipe-without-pipefail-pwsh = конвеєр PowerShell у `RUN` без `{"$"}ErrorActionPreference = 'Stop'`: помилка в ньому не зупиняє збірку
pipe-without-pipefail-pwsh-help = почніть команду `SHELL` з `{"$"}ErrorActionPreference = 'Stop';`, наприклад `SHELL ["powershell", "-Command", "{"$"}ErrorActionPreference = 'Stop';"]`

## registry-not-allowed
registry-not-allowed = `{ $instruction }` завантажує `{ $image }` з `{ $host }`, якого немає серед дозволених registry (`{ $allowed }`)
registry-not-allowed-help = використовуйте копію образу з дозволеного registry або додайте registry до `[dockerfile] allowed-registries`

## relative-workdir
relative-workdir = `WORKDIR { $dir }` відраховується від попереднього робочого каталогу
relative-workdir-help = використовуйте абсолютний шлях, наприклад `WORKDIR /{ $dir }`

## remote-script-piped-to-shell
remote-script-piped-to-shell = завантажений скрипт передається просто в shell: у збірці виконується неперевірений код
remote-script-piped-to-shell-help = завантажте файл конкретної версії й перевірте його контрольну суму (`ADD --checksum=sha256:...`) перед запуском

## runs-as-root
runs-as-root-drops = контейнер стартує від root, а його entrypoint скидає привілеї через `{ $tool }`: від root виконується лише запуск
runs-as-root-drops-help = це нормально, якщо запуску потрібен root (виправити власника тому, зайняти низький порт); інакше задайте `USER` в образі й приберіть перемикання
runs-as-root-user = останній `USER` фінального етапу — root
runs-as-root-user-help = перемкніться на непривілейованого користувача після кроків, яким потрібен root: `USER app` (створіть його через `useradd --system`)
runs-as-root-strength = образ працює від непривілейованого користувача `{ $user }`
runs-as-root-strength-base = `{ $image }` за замовчуванням працює не від root
runs-as-root-workers = у фінальному етапі (`{ $image }`) немає `USER`: контейнер стартує від root, і привілеї скидають лише воркери сервера
runs-as-root-workers-help = візьміть непривілейований варіант образу (наприклад, `nginxinc/nginx-unprivileged`, `bitnami/*`) або задайте `USER` і виправте порти та шляхи
runs-as-root = у фінальному етапі (`{ $image }`) немає `USER`: контейнер працює від root
runs-as-root-unknown-base = у фінальному етапі (`{ $image }`) немає `USER`: якщо базовий образ не задає його сам, контейнер працює від root
runs-as-root-help = створіть користувача й перемкніться на нього перед командою: `RUN useradd --system --uid 1001 app`, потім `USER app`
runs-as-root-needs = контейнер працює від root, бо це потрібно `{ $tool }` для його роботи
runs-as-root-needs-help = залиште root лише там, де він потрібен: у compose `cap_drop: [ALL]` і `cap_add` лише з тим, що використовує `{ $tool }`, `read_only: true`, `security_opt: [no-new-privileges:true]`
runs-as-root-socket = контейнер працює від root, бо цього потребує Docker-сокет, який монтує `{ $service }` (потрібен root або група сокета)
runs-as-root-socket-help = або залиште root і обмежте його (`cap_drop: [ALL]`, `read_only: true`, `security_opt: [no-new-privileges:true]`), або запускайте від непривілейованого користувача з групою сокета (`group_add` з id групи docker на хості); ще краще — звертатися до Docker через socket-proxy, що пропускає лише потрібні виклики
runs-as-root-base-image = `{ $file }` збирає базовий образ без непривілейованого `USER`: це безпечно, лише якщо кожен образ на його основі задає свого користувача
runs-as-root-base-image-help = задайте `USER` у кожному Dockerfile, що будується на цій базі (або створіть користувача тут і перемкніться на нього наприкінці, щоб його успадкували всі образи)

## secret-in-env-or-arg
secret-in-env-or-arg = `{ $keyword } { $key }` запікає секрет в образ (`{ $masked }`)
secret-in-env-or-arg-help-env = передавайте його під час запуску (compose `secrets:` або змінна середовища від оркестратора) і змініть значення, що витекло
secret-in-env-or-arg-help-arg = передавайте секрети збірки через `RUN --mount=type=secret,id=...`; значення ARG видно в `docker history`
secret-in-env-or-arg-copied = `ENV { $key }` копіює аргумент збірки в середовище образу
secret-in-env-or-arg-copied-help = читайте секрет під час запуску: усе, що лежить в ENV, бачить кожен, хто завантажив образ
secret-in-env-or-arg-expected = `ARG { $key }` очікує секрет як аргумент збірки: він потрапить в історію образу
secret-in-env-or-arg-expected-help = використовуйте `RUN --mount=type=secret,id=...` і `docker build --secret id=...`

## shell-form-entrypoint
shell-form-entrypoint-wrapper = `{ $path }` запускає сервер без `exec`: shell лишається PID 1 і не передає SIGTERM далі
shell-form-entrypoint-wrapper-help = запускайте останню команду через `exec` (`exec gunicorn ...` або `exec "{"$"}@"`), щоб сервер отримував сигнали напряму
shell-form-entrypoint-wrapper-related = тут образ запускає скрипт
shell-form-entrypoint-strength = `{ $keyword }` в exec-формі: процес отримує сигнали напряму
shell-form-entrypoint = `{ $keyword }` у shell-формі: PID 1 — це `/bin/sh -c`, і він не передає SIGTERM застосунку
shell-form-entrypoint-help = використовуйте exec-форму `{ $keyword } ["prog", "arg"]` або почніть команду з `exec`

## sudo-in-run
sudo-in-run = `sudo` у кроці збірки
sudo-in-run-help = виконайте крок від root, поставивши перед ним `USER root`, і перемкніться назад через `USER app`; не кладіть sudo в образ

## useradd-high-uid
useradd-high-uid = `useradd` з UID { $uid } без `--no-log-init`: сам лише `/var/log/lastlog` роздує образ приблизно на { $mb } МБ
useradd-high-uid-help = додайте `--no-log-init` (`-l`)

## yarn-cache-not-cleaned
yarn-cache-not-cleaned = `yarn install` без `yarn cache clean` лишає кеш пакетів yarn у цьому шарі
yarn-cache-not-cleaned-help = завершіть той самий `RUN` командою `&& yarn cache clean` або змонтуйте кеш: `RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install ...`

## yum-no-clean
yum-no-clean = `{ $manager } install` без `{ $manager } clean all` лишає кеш пакетів у шарі
yum-no-clean-help = завершіть той самий `RUN` командою `&& { $manager } clean all`
