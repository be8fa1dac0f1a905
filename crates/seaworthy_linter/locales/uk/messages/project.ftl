# Messages of the project rules: what a rule says about one instance (see src/message.rs).
# Ids start with the rule name; variables are the fields of the rule's message structs.

## body-size-vs-app-limit
body-size-vs-app-limit = nginx приймає тіла запитів { $nginx_unit ->
    [unlimited] будь-якого розміру
    [GB] до { $nginx } ГБ
    [MB] до { $nginx } МБ
   *[KB] до { $nginx } КБ
} ({ $default ->
    [true] типове значення 1m
   *[false] `{ $written }`
}) на `location { $location }` до `{ $service }`, а застосунок дозволяє завантаження до { $app_unit ->
    [GB] { $app } ГБ
    [MB] { $app } МБ
   *[KB] { $app } КБ
} (`{ $setting }`): більші завантаження впадуть із 413 від nginx
body-size-vs-app-limit-help = задайте `client_max_body_size { $mb }m;` у location, який приймає завантаження
body-size-vs-app-limit-far = nginx приймає тіла запитів { $nginx_unit ->
    [unlimited] будь-якого розміру
    [GB] до { $nginx } ГБ
    [MB] до { $nginx } МБ
   *[KB] до { $nginx } КБ
} для `{ $service }`, а застосунок відхиляє все, що більше за { $app_unit ->
    [GB] { $app } ГБ
    [MB] { $app } МБ
   *[KB] { $app } КБ
} (`{ $setting }`): порада: нехай nginx відсікає такі запити одразу, з лімітом застосунку
body-size-vs-app-limit-far-help = знизьте до `client_max_body_size { $mb }m;`
body-size-vs-app-limit-related-app = ліміт застосунку: { $app_unit ->
    [GB] { $app } ГБ
    [MB] { $app } МБ
   *[KB] { $app } КБ
}
body-size-vs-app-limit-related-service = сервіс `{ $service }`
body-size-vs-app-limit-strength = ліміт розміру тіла запиту в nginx збігається з власним лімітом завантаження `{ $service }` ({ $app_unit ->
    [GB] { $app } ГБ
    [MB] { $app } МБ
   *[KB] { $app } КБ
})

## builder-packages-not-copied
builder-packages-not-copied = копіює `{ $src }` з `{ $stage }`, але `{ $stage }` ставить пакети в `{ $path }` ({ $how ->
    [user] `pip install --user`
    [dir] `pip install` у `{ $how_arg }`
    [venv] `pip install` у virtualenv `{ $how_arg }`
    [site] `pip install` у site-packages інтерпретатора
   *[project] `{ $how_arg }` ставить туди оточення проєкту
}): у runtime-образ не потрапляє жоден із них
builder-packages-not-copied-related-installed = тут ставляться пакети
builder-packages-not-copied-never = `{ $stage }` ставить пакети в `{ $path }` ({ $how ->
    [user] `pip install --user`
    [dir] `pip install` у `{ $how_arg }`
    [venv] `pip install` у virtualenv `{ $how_arg }`
    [site] `pip install` у site-packages інтерпретатора
   *[project] `{ $how_arg }` ставить туди оточення проєкту
}), але runtime-стадія цей шлях не копіює: образ постачається без них
builder-packages-not-copied-related-copies = що runtime-стадія з неї копіює
builder-packages-not-copied-help = скопіюйте те, що встановив builder: `COPY --from={ $stage } { $path } { $path }`
builder-packages-not-copied-venv-moved = virtualenv `{ $path }` копіюється в `{ $dest }`: його скрипти (`gunicorn`, `celery`, ...) починаються з `#!{ $path }/bin/python`, а такого шляху в цьому образі немає
builder-packages-not-copied-venv-moved-help = копіюйте його за тим самим шляхом: `COPY --from={ $stage } { $path } { $path }` (і додайте `{ $path }/bin` до `PATH`)
builder-packages-not-copied-related-created = створено тут
builder-packages-not-copied-under-root = користувацькі пакети копіюються в `{ $dest }`, але контейнер працює від `{ $user }`: `/root` доступний для читання лише root, а Python шукає пакети в `{ $home }/.local`
builder-packages-not-copied-under-root-help = ставте пакети у virtualenv або в префікс (`pip install --prefix=/install`, потім `COPY --from={ $stage } /install /usr/local`) або копіюйте в `{ $home }/.local` з `--chown={ $user }`
builder-packages-not-copied-related-user-install = встановлено з `--user` тут
builder-packages-not-copied-related-user = користувач, від якого працює контейнер
builder-packages-not-copied-strength = runtime-стадія копіює virtualenv `{ $path }` цілком, за тим самим шляхом

## compose-user-root-override
compose-user-root-override = `{ $service }` працює від `{ $user }` і перекриває непривілейованого `USER { $image_user }` з образу
compose-user-root-override-help = приберіть `user:` (тоді діє користувач образу) або вкажіть непривілейованого користувача; права на файли виставляйте під час збірки (`COPY --chown`) або окремим одноразовим init-сервісом
compose-user-root-override-related = непривілейований користувач образу
compose-user-root-override-strength = `{ $service }` зберігає в compose непривілейованого користувача образу `{ $user }`

## copy-from-path-never-written
copy-from-path-never-written = `{ $source }` копіюється зі стадії `{ $stage }`, яка його ніколи не створює{ $has_workdir ->
    [true] {" "}(її `WORKDIR` — `{ $workdir }`)
   *[false] {""}
}: збірка зупиниться з «not found»
copy-from-path-never-written-help = копіюйте шлях, який створює `{ $stage }`, або зробіть так, щоб `{ $stage }` створювала `{ $source }`
copy-from-path-never-written-related = стадія, з якої йде копіювання
copy-from-path-never-written-strength = multi-stage збірка: образ копіює лише те, що зібрала `{ $stage }` ({ $paths })

## copy-source-missing
copy-source-missing = `{ $path }` немає в контексті збірки ({ $root ->
    [true] корінь репозиторію
   *[false] `{ $context }/`
}): `docker build` впаде тут
copy-source-missing-help = виправте шлях, додайте файл або вкажіть у compose `build.context` каталог, де цей файл є
copy-source-missing-help-guess = виправте шлях або додайте файл; якщо образ збирається з іншого каталогу, вкажіть його в compose через `build.context`

## data-path-not-mounted
data-path-not-mounted = { $what ->
    [writes] `{ $source }` пише в
    [media] `MEDIA_ROOT` вказує на
   *[sqlite] `{ $source }` кладе базу SQLite в
} `{ $path }`, але том `{ $name }` у `{ $service }` змонтовано в `{ $target }`: дані лишаються в записуваному шарі контейнера й зникають під час його перестворення
data-path-not-mounted-help = спрямуйте шлях усередину тому (під `{ $target }`) або змонтуйте том туди, куди пише застосунок
data-path-not-mounted-related = том, призначений для цих даних
data-path-not-mounted-strength = `{ $service }` зберігає `{ $path }` на томі, змонтованому в `{ $target }`: дані переживають передеплой

## dev-server-replaces-image-server
dev-server-replaces-image-server = `{ $service }` запускає { $dev ->
    [django] dev-сервер Django (`{ $command }`)
    [flask] dev-сервер Flask (`{ $command }`)
    [fastapi-dev] `{ $command }` (з автоперезавантаженням)
   *[command] `{ $command }`
} замість `{ $image_server }` з образу, і це в деплої, який використовується в продакшені
dev-server-replaces-image-server-help = приберіть тут `command:`, щоб запускався сервер образу, а dev-сервер тримайте в `docker-compose.override.yml` / `compose.dev.yml`
dev-server-replaces-image-server-related = продакшн-сервер, який запускає образ

## env-file-baked-and-passed
env-file-baked-and-passed = `{ $path }` передається в `{ $service }` через `env_file:` і водночас копіюється в його образ { $how ->
    [context] разом з усім контекстом збірки
    [name] за назвою
   *[dir] разом з `{ $src }/`
}: два джерела правди{ $secret ->
    [true] , а його секрети потрапляють в образ
   *[false] {""}
}
env-file-baked-and-passed-help = не пускайте env-файли в образ: додайте `{ $path }` до `.dockerignore` (і `!.env.example`, якщо приклад має потрапити в образ); compose передасть значення під час запуску
env-file-baked-and-passed-related-copy = копіюється в образ тут
env-file-baked-and-passed-related-env = env-файл
env-file-baked-and-passed-related-dockerignore = не виключає його
env-file-baked-and-passed-strength = `.dockerignore` не пускає в образ `{ $path }`, який compose передає в `{ $service }`

## insecure-production-settings
insecure-production-settings = { $problem ->
    [hosts-any] `{ $key }` приймає будь-який хост (`*`): від запиту залежить, з яким іменем хоста будуються абсолютні посилання
    [cors-all] `{ $key }` дозволяє будь-якому сайту звертатися до API з браузера відвідувача
    [cors-list] `{ $key }` дозволяє будь-який origin (`*`)
   *[cookie-off] `{ $key }` вимкнено: cookie надсилається й через звичайний HTTP
} (сервіс `{ $service }`)
insecure-production-settings-help = явно перелічіть продакшн-хости та origin'и, а cookie за TLS тримайте з прапорцем `Secure`
insecure-production-settings-related = сервіс `{ $service }`
insecure-production-settings-setting = { $problem ->
    [hosts-default] `{ $key }` відкочується до `*` (будь-який хост), якщо його змінну не задано
    [hosts-any] `{ $key }` приймає будь-який хост (`*`): від запиту залежить, з яким іменем хоста будуються абсолютні посилання
    [cors-env] `{ $key }` увімкнено, доки його змінна не скаже інакше: будь-який сайт може звертатися до API
    [cors-all] `{ $key }` дозволяє будь-якому сайту звертатися до API з браузера відвідувача
    [cookie-false] `{ $key } = False` у продакшн-налаштуваннях: cookie надсилається й через звичайний HTTP
   *[debug] `{ $key } = True` у продакшн-налаштуваннях: помилки віддаються разом із налаштуваннями та вихідним кодом
}
insecure-production-settings-setting-advice = порада: { $problem ->
    [hosts-default] `{ $key }` відкочується до `*` (будь-який хост), якщо його змінну не задано
    [hosts-any] `{ $key }` приймає будь-який хост (`*`): від запиту залежить, з яким іменем хоста будуються абсолютні посилання
    [cors-env] `{ $key }` увімкнено, доки його змінна не скаже інакше: будь-який сайт може звертатися до API
    [cors-all] `{ $key }` дозволяє будь-якому сайту звертатися до API з браузера відвідувача
    [cookie-false] `{ $key } = False` у продакшн-налаштуваннях: cookie надсилається й через звичайний HTTP
   *[debug] `{ $key } = True` у продакшн-налаштуваннях: помилки віддаються разом із налаштуваннями та вихідним кодом
}; якщо цей модуль налаштувань обслуговує продакшн, обмежте це там
insecure-production-settings-help-debug = задайте `DEBUG = False` у продакшн-налаштуваннях (або читайте його з оточення з типовим значенням `False`)
insecure-production-settings-help-cookie = виставте `True` там, де сайт працює через HTTPS
insecure-production-settings-help-hosts = явно перелічіть продакшн-хости та origin'и (з оточення, без дозвільного типового значення)
insecure-production-settings-middleware = CORS middleware дозволяє будь-який origin разом із credentials: будь-який сайт може читати відповіді API з cookie відвідувача
insecure-production-settings-middleware-help = якщо credentials дозволено, перелічіть origin'и фронтенду в `allow_origins` (з оточення)

## module-not-installed
module-not-installed = { $role ->
    [healthcheck] healthcheck
    [entrypoint] entrypoint
    [entrypoint-script] entrypoint-скрипт
   *[command] команда
} потребує { $names }, але в закріплених залежностях образу { $count ->
    [1] його немає
   *[other] їх немає
}: { $role ->
    [healthcheck] перевірка падатиме щоразу
   *[other] контейнер не запуститься
}
module-not-installed-unnamed = { $role ->
    [healthcheck] healthcheck
    [entrypoint] entrypoint
    [entrypoint-script] entrypoint-скрипт
   *[command] команда
} потребує { $names }, але жодна залежність, яку ставить образ, { $count ->
    [1] його не називає: якщо від нього
   *[other] їх не називає: якщо від них
} не залежить інший пакет, { $role ->
    [healthcheck] перевірка падатиме щоразу
   *[other] контейнер не запуститься
}
module-not-installed-help = додайте { $names } до залежностей, які ставить образ
module-not-installed-help-stdlib = перевіряйте засобами стандартної бібліотеки (`python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health')"`) або додайте пакет до залежностей, які ставить образ
module-not-installed-related-manifest = що ставить образ
module-not-installed-related-install = встановлення тут
module-not-installed-strength = healthcheck використовує лише те, що встановлено в образі

## native-runtime-lib-missing
native-runtime-lib-missing = runtime-стадія (`{ $image }`) не ставить бібліотеки, які її Python-пакети завантажують під час роботи: `{ $p1 }` потребує { $l1 }{ $count ->
    [1] {""}
    [2] ; `{ $p2 }` потребує { $l2 }
    [3] ; `{ $p2 }` потребує { $l2 }; `{ $p3 }` потребує { $l3 }
   *[other] ; `{ $p2 }` потребує { $l2 }; `{ $p3 }` потребує { $l3 }; `{ $p4 }` потребує { $l4 }
}: контейнер упаде на імпорті
native-runtime-lib-missing-help = додайте до runtime-стадії: `{ $command }`
native-runtime-lib-missing-related = потрібно тут
native-runtime-lib-missing-strength = runtime-стадія ставить `{ $lib }`, яку `{ $package }` завантажує під час роботи

## port-mismatch
port-mismatch = `{ $service }` публікує порт контейнера { $port } (`{ $shown }`), але його { $server } слухає порт { $binds }: там ніхто не відповідає
port-mismatch-help = опублікуйте порт, який слухає сервер (`"{ $host }:{ $bound }"`), або прив'яжіть сервер до { $port }
port-mismatch-healthcheck = healthcheck `{ $service }` перевіряє порт { $port }, але його { $server } слухає порт { $binds }: перевірка ніколи не пройде
port-mismatch-healthcheck-help = перевіряйте порт, який слухає сервер ({ $bound })
port-mismatch-expose = `{ $service }` оголошує в `expose:` порт { $port }, але його { $server } слухає порт { $binds }
port-mismatch-expose-help = вкажіть в `expose:` порт, який слухає сервер
port-mismatch-image-expose = образ оголошує порт { $port }, але його { $server } слухає порт { $binds }
port-mismatch-image-expose-help = вкажіть в `EXPOSE` порт, який слухає сервер
port-mismatch-related = порт, який слухає сервер
port-mismatch-strength = порти узгоджені: `{ $service }` слухає { $binds }{ $published_count ->
    [0] {""}
    [1] , публікує { $p1 }
    [2] , публікує { $p1 }, публікує { $p2 }
   *[other] , публікує { $p1 }, публікує { $p2 }, публікує { $p3 }
}{ $probed ->
    [true] , його healthcheck перевіряє { $probe }
   *[false] {""}
}

## proxied-app-binds-loopback
proxied-app-binds-loopback = nginx проксює на `{ $service }:{ $port }`, але його сервер слухає loopback контейнера ({ $default ->
    [true] типово для сервера, { $address }
   *[false] { $address }
}): nginx отримує connection refused і відповідає 502
proxied-app-binds-loopback-help = слухайте всі інтерфейси всередині контейнера (`--host 0.0.0.0` / `-b 0.0.0.0:PORT`); якщо порт має лишитися закритим, публікуйте його на loopback хоста
proxied-app-binds-loopback-related = тут nginx проксює

## proxy-host-unknown
proxy-host-unknown = nginx проксює на `{ $host }`, але в стеку, де працює `{ $proxy }`, немає такого сервісу, аліасу чи extra host: nginx зупиниться під час старту з `host not found in upstream`
proxy-host-unknown-help = використовуйте назву сервісу з compose (або додайте цю назву як мережевий аліас сервісу, який має відповідати)
proxy-host-unknown-related = проксі-сервіс, який завантажує цей конфіг

## requirements-drift-from-pyproject
requirements-drift-from-pyproject-strength = образ ставить проєкт із `pyproject.toml`: у ньому їдуть усі залежності, які оголошує проєкт
requirements-drift-from-pyproject = образ ставить `{ $requirements }`, де немає { $count ->
    [one] { $count } залежності
   *[other] { $count } залежностей
} з оголошених у `{ $pyproject }`: { $names }{ $more ->
    [0] {""}
   *[other] {" "}і ще { $more }
}
requirements-drift-from-pyproject-help = ставте сам проєкт (`pip install .`, `uv sync --frozen`, `poetry install --only main`), щоб єдиним джерелом правди був `pyproject.toml`, або перегенеруйте з нього `{ $file }`
requirements-drift-from-pyproject-related-declared = оголошено тут
requirements-drift-from-pyproject-related-installs = що ставить образ
requirements-drift-from-pyproject-strength-exported = `{ $requirements }` експортовано з `{ $lock }`: образ отримує зафіксовані версії
requirements-drift-from-pyproject-lock = порада: `{ $lock }` фіксує залежності проєкту, але образ ставить `{ $requirements }`, який із нього не експортовано: в образ їдуть не ті версії, що зафіксовані
requirements-drift-from-pyproject-lock-help = ставте з lock-файлу (`uv sync --frozen --no-dev`, `poetry install --only main`) або експортуйте з нього залежності в CI (`uv export --no-dev -o requirements.txt`)
requirements-drift-from-pyproject-related-manifest = маніфест проєкту

## requirements-not-in-context
requirements-not-in-context = до цього `pip install` ніщо не копіює `{ $path }` в образ (шукали `{ $image_path }`): збірка зупиниться з «Could not open requirements file»
requirements-not-in-context-context = `pip install -r { $path }` читає `{ $image_path }`, але { $why ->
    [ignored] `.dockerignore` виключає `{ $rel }` з контексту збірки
   *[absent] `{ $rel }` немає в контексті збірки ({ $root ->
        [true] корінь репозиторію
       *[false] `{ $context }/`
    })
}: збірка зупиниться з «Could not open requirements file»
requirements-not-in-context-help = скопіюйте його до встановлення (`COPY { $path } { $path }`), виправте шлях або приберіть його виключення з `.dockerignore`
requirements-not-in-context-related-late-copy = копіюється лише тут, уже після встановлення
requirements-not-in-context-related-copy = копіювання, яке мало б його принести
requirements-not-in-context-related-dockerignore = виключає його з контексту збірки
requirements-not-in-context-related-compose-build = `{ $service }` збирає цей образ із контекстом `{ $context }`
requirements-not-in-context-related-ci-build = CI збирає цей образ із контекстом `{ $context }`

## runtime-file-missing
runtime-file-missing = { $container ->
    [true] контейнеру
   *[false] сервісу `{ $service }`
} потрібен { $what ->
    [script-starts] скрипт, який він запускає,
    [script-runs] скрипт, який він виконує,
    [python-file] Python-файл, який він запускає,
    [gunicorn-config] конфіг gunicorn, який він завантажує,
    [alembic-ini] `alembic.ini` (`alembic` читає його з робочого каталогу)
   *[migrations] каталог міграцій з його `alembic.ini` (`script_location = { $location }`)
} за шляхом `{ $path }`, але { $why ->
    [copy] в образ його ніщо не копіює
    [ignored] `.dockerignore` виключає `{ $rel }` з контексту збірки
   *[absent] `{ $rel }` немає в контексті збірки ({ $root ->
        [true] корінь репозиторію
       *[false] `{ $context }/`
    })
}{ $container ->
    [true] {""}
   *[false] {" "}і жоден том його не монтує
}
runtime-file-missing-help = скопіюйте його в образ (`COPY <file> <path>`) або виправте шлях; файли, що відрізняються між оточеннями, монтуйте томом у compose
runtime-file-missing-related-copy = копіювання, яке мало б його принести
runtime-file-missing-related-stage = стадія образу
runtime-file-missing-related-dockerignore = виключає його з контексту збірки
runtime-file-missing-strength = образ містить міграції, які запускає alembic (`{ $path }`)

## websocket-route-not-upgraded
websocket-route-not-upgraded = `location { $location }` проксює на `{ $service }`, застосунок якого обслуговує WebSocket-маршрут `{ $known ->
    [true] { $route }
   *[false] (з іншого модуля)
}`{ $more ->
    [0] {""}
   *[other] {" "}і ще { $more }
} ({ $source }), але без { $missing }: upgrade-рукостискання до застосунку не доходить
websocket-route-not-upgraded-help = додайте в цей location `proxy_http_version 1.1; proxy_set_header Upgrade {"$"}http_upgrade; proxy_set_header Connection {"$"}connection_upgrade;` (з `map {"$"}http_upgrade {"$"}connection_upgrade`) або заведіть окремий location для шляху WebSocket
websocket-route-not-upgraded-related-route = WebSocket-маршрут оголошено тут
websocket-route-not-upgraded-related-service = сервіс `{ $service }`
websocket-route-not-upgraded-strength = заголовки WebSocket upgrade задано там, де nginx проксює WebSocket-маршрути `{ $service }`

## default-secret-in-script-or-config
default-secret-in-script-or-config-fallback = значення за замовчуванням { $kind ->
    [setting] налаштування
   *[other] змінної
} `{ $name }` у `{ $path }` — загальновідоме (`{ $masked }`): якщо змінну не задано, застосунок працює із секретом, який будь-хто може вгадати
default-secret-in-script-or-config-started = { $kind ->
    [flag] прапорцю командного рядка
    [setting] налаштуванню
   *[other] змінній
} `{ $name }` задано загальновідоме значення за замовчуванням (`{ $masked }`) у `{ $path }`, а сервіс `{ $service }` виконує цей скрипт під час кожного старту: кожен його контейнер працює із секретом, який будь-хто може вгадати
default-secret-in-script-or-config = { $kind ->
    [flag] прапорцю командного рядка
    [setting] налаштуванню
   *[other] змінній
} `{ $name }` задано загальновідоме значення за замовчуванням (`{ $masked }`) у `{ $path }`: усе, що його читає, працює із секретом, який будь-хто може вгадати
default-secret-in-script-or-config-script-help = беріть секрет із оточення без значення за замовчуванням і зупиняйтеся, якщо його немає (`: "${"{"}NAME:?NAME must be set{"}"}"`), а значення, яке вже використовувалося, змініть
default-secret-in-script-or-config-config-help = приберіть секрет із файлу й читайте його з оточення чи сховища секретів, падаючи під час старту, якщо його немає; значення, яке вже використовувалося, змініть
default-secret-in-script-or-config-related = сервіс `{ $service }` стартує через `{ $path }`
default-secret-in-script-or-config-strength = `{ $path }` зупиняється під час старту, якщо `{ $name }` не задано, а не підставляє значення за замовчуванням

## proxy-port-not-bound
proxy-port-not-bound = nginx проксює на { $written ->
    [true] `{ $host }:{ $port }`
   *[false] `{ $host }` (порт не вказано: { $port })
}, але { $evidence ->
    [exposed] образ `{ $service }` документує порт { $binds } (`EXPOSE`; який порт слухає його сервер, аудит прочитати не може)
    [default] { $server } у `{ $service }` слухає порт { $binds } (типовий порт)
   *[written] { $server } у `{ $service }` слухає порт { $binds }
}: { $published ->
    [true] { $port } — це хостова сторона `ports: { $host_side }:{ $container_side }`; у мережі compose nginx звертається до порту контейнера
   *[false] на порту { $port } у цьому контейнері ніхто не слухає, тож nginx відповідає 502 Bad Gateway
}
proxy-port-not-bound-help = проксюйте на `{ $host }:{ $bound }` — порт, який слухає `{ $service }`, — або прив'яжіть його сервер до порту { $port }
proxy-port-not-bound-help-published = проксюйте на `{ $host }:{ $bound }`: контейнери звертаються один до одного за портом контейнера, хостовий порт — для клієнтів поза Docker
proxy-port-not-bound-related = порт, який слухає сервер
proxy-port-not-bound-related-expose = порт, який оголошує образ
proxy-port-not-bound-related-service = сервіс `{ $service }`
proxy-port-not-bound-related-proxy-pass = `proxy_pass`, що використовує цей upstream
proxy-port-not-bound-related-published = хостовий порт, який публікує compose
proxy-port-not-bound-strength = nginx звертається до `{ $service }` за портом { $port } — тим, який слухає його { $server }

## proxy-timeout-cuts-stream
proxy-timeout-cuts-stream = `location { $location }` проксює { $sse ->
    [true] потік server-sent events
   *[false] WebSocket-маршрут
} `{ $known ->
    [true] { $route }
   *[false] (маршрут оголошено в іншому місці)
}` сервісу `{ $service }` ({ $sse ->
    [true] `{ $response }` у{" "}
   *[false] {""}
}{ $source }) з { $set ->
    [true] `proxy_read_timeout { $timeout }`
   *[false] типовим таймаутом читання nginx (60 с)
}, що менше за { $every } с між { $pinger ->
    [uvicorn] WebSocket-пінгами uvicorn
    [daphne] WebSocket-пінгами Daphne
    [sse-starlette] keep-alive-коментарями sse-starlette
   *[socketio] пінгами Socket.IO
}: nginx закриває кожне неактивне з'єднання через { $secs } с
proxy-timeout-cuts-stream-quiet = `location { $location }` проксює { $sse ->
    [true] потік server-sent events
   *[false] WebSocket-маршрут
} `{ $known ->
    [true] { $route }
   *[false] (маршрут оголошено в іншому місці)
}` сервісу `{ $service }` (`{ $response }` у { $source }, між подіями нічого не надсилає) з { $set ->
    [true] `proxy_read_timeout { $timeout }`
   *[false] типовим таймаутом читання nginx (60 с)
}: потік, що мовчить { $secs } с, nginx закриває, і браузер перепідключається; порада: це залежить від того, як часто застосунок надсилає події{ $buffers ->
    [true] , а ще nginx буферизує відповідь (`proxy_buffering` увімкнено), тож події надходять із затримкою
   *[false] {""}
}
proxy-timeout-cuts-stream-help = підніміть `proxy_read_timeout` для цього location вище за { $every } с (наприклад, `proxy_read_timeout 1h;` в окремому location) або надсилайте пінги частіше, ніж спрацьовує таймаут
proxy-timeout-cuts-stream-help-buffered = віддавайте потік з окремого location з `proxy_read_timeout 1h; proxy_buffering off;` або надсилайте рядок-коментар (`: ping`) частіше, ніж спрацьовує таймаут
proxy-timeout-cuts-stream-help-quiet = підніміть `proxy_read_timeout` для location потоку (наприклад, `1h`) або надсилайте рядок-коментар (`: ping`) частіше, ніж спрацьовує таймаут
proxy-timeout-cuts-stream-related-stream = тут повертається потік
proxy-timeout-cuts-stream-related-route = WebSocket-маршрут оголошено тут
proxy-timeout-cuts-stream-related-service = сервіс `{ $service }`
proxy-timeout-cuts-stream-related-timeout = чинний таймаут читання
proxy-timeout-cuts-stream-strength = `location { $location }` тримає відкритим { $sse ->
    [true] потік server-sent events
   *[false] WebSocket-маршрут
} `{ $known ->
    [true] { $route }
   *[false] (маршрут оголошено в іншому місці)
}` сервісу `{ $service }` (`proxy_read_timeout { $timeout }`{ $sse ->
    [true] , буферизацію вимкнено
   *[false] {""}
})

## connection-url-mismatch
connection-url-mismatch-localhost = `{ $key }` сервісу `{ $service }` підключається до `{ $host }`, але всередині контейнера це сам `{ $service }`: { $kind } працює в сервісі `{ $target }`
connection-url-mismatch-localhost-help = вкажіть ім'я сервісу як хост: `{ $host }`
connection-url-mismatch = `{ $key }` сервісу `{ $service }` розходиться із сервісом { $kind } `{ $target }`: { $port ->
    [published] порт { $port_num } — це порт, опублікований на хості; всередині мережі compose { $kind } слухає { $listens }
    [listens] { $kind } слухає { $listens }, а не { $port_num }
   *[no] {""}
}{ $user ->
    [no] {""}
   *[other] { $user ->
        [next] {"; "}
       *[first] {""}
    }в URL користувач `{ $user_mine }`, а контейнер створює `{ $user_created }` (`{ $user_key }`)
}{ $password ->
    [no] {""}
   *[other] { $password ->
        [next] {"; "}
       *[first] {""}
    }{ $root ->
        [true] пароль root
       *[false] пароль
    } в URL відрізняється від `{ $password_key }`
}{ $database ->
    [no] {""}
   *[other] { $database ->
        [next] {"; "}
       *[first] {""}
    }в URL база даних `{ $database_mine }`, а контейнер створює `{ $database_created }` (`{ $database_key }`)
}{ $redis ->
    [noauth] { $port ->
        [no] {""}
       *[other] {"; "}
    }`{ $target }` вимагає пароль ({ $auth ->
        [bitnami] `REDIS_PASSWORD` образу bitnami
       *[requirepass] `--requirepass`
    }), а в URL його немає: кожна команда падає з NOAUTH
    [wrongpass] { $port ->
        [no] {""}
       *[other] {"; "}
    }пароль в URL відрізняється від { $auth ->
        [bitnami] `REDIS_PASSWORD` образу bitnami
       *[requirepass] `--requirepass`
    } сервісу `{ $target }`: Redis відповідає WRONGPASS
   *[no] {""}
}
connection-url-mismatch-help = { $port ->
    [true] використайте порт контейнера (`{ $host }:{ $container_port }`){ $then ->
        [none] {""}
       *[other] {"; "}
    }
   *[false] {""}
}{ $then ->
    [variables] збирайте URL і змінні `{ $target }` з тих самих змінних, заданих в одному місці
    [put] додайте пароль `{ $target }` в URL (`redis://:PASSWORD@{ $host }:6379/0`) з тієї самої змінної
    [password] збирайте URL і пароль `{ $target }` з тієї самої змінної, заданої в одному місці
   *[none] {""}
}
connection-url-mismatch-related-target = сервіс { $kind } `{ $target }`
connection-url-mismatch-related-service = сервіс `{ $service }`
connection-url-mismatch-related-published = порт, опублікований на хості
connection-url-mismatch-related-created = `{ $target }` створює { $what ->
    [user] користувача
    [password] пароль
    [database] базу даних
   *[root-password] пароль root
}
connection-url-mismatch-related-required = пароль, який вимагає `{ $target }`

## default-secret-in-app-settings
default-secret-in-app-settings-prod-unset = `{ $name }` підставляє загальновідоме значення за замовчуванням, коли змінну `{ $var }` не задано, а сервіс `{ $service }` продового стеку запускає цей застосунок, не задаючи її: у продакшені підписи й автентифікація тримаються на значенні, яке будь-хто може вгадати
default-secret-in-app-settings-set-everywhere = `{ $name }` підставляє загальновідоме значення за замовчуванням, коли змінну `{ $var }` не задано; кожен деплой, що запускає цей застосунок, її задає (сервіс { $services }), тож там значення за замовчуванням не застосовується: це порада — без змінної застосунок має зупинятися, а не підставляти значення за замовчуванням
default-secret-in-app-settings-fallback = `{ $name }` підставляє загальновідоме значення за замовчуванням, коли його змінну не задано: тоді застосунок підписує й автентифікує значенням, яке будь-хто може вгадати
default-secret-in-app-settings = `{ $name }` задано в коді загальновідомим значенням за замовчуванням: кожен деплой цього модуля використовує значення, яке будь-хто може вгадати
default-secret-in-app-settings-help = читайте секрет з оточення без значення за замовчуванням (`os.environ["NAME"]`, обов'язкове поле pydantic), щоб без нього застосунок не запускався, а значення, яке вже використовувалося, змініть
default-secret-in-app-settings-related-unset = сервіс `{ $service }` продового стеку запускає цей застосунок без `{ $var }`
default-secret-in-app-settings-related-sets = сервіс `{ $service }` задає `{ $var }`
