# Messages of the project rules: what a rule says about one instance (see src/message.rs).
# Ids start with the rule name; variables are the fields of the rule's message structs.

## body-size-vs-app-limit
body-size-vs-app-limit = nginx принимает тела запросов { $nginx_unit ->
    [unlimited] любого размера
    [GB] до { $nginx } ГБ
    [MB] до { $nginx } МБ
   *[KB] до { $nginx } КБ
} ({ $default ->
    [true] значение по умолчанию 1m
   *[false] `{ $written }`
}) на `location { $location }` к `{ $service }`, а приложение разрешает загрузки до { $app_unit ->
    [GB] { $app } ГБ
    [MB] { $app } МБ
   *[KB] { $app } КБ
} (`{ $setting }`): загрузки больше упадут с 413 от nginx
body-size-vs-app-limit-help = задайте `client_max_body_size { $mb }m;` на location, который принимает загрузки
body-size-vs-app-limit-far = nginx принимает тела запросов { $nginx_unit ->
    [unlimited] любого размера
    [GB] до { $nginx } ГБ
    [MB] до { $nginx } МБ
   *[KB] до { $nginx } КБ
} для `{ $service }`, а приложение отклоняет всё больше { $app_unit ->
    [GB] { $app } ГБ
    [MB] { $app } МБ
   *[KB] { $app } КБ
} (`{ $setting }`): совет: пусть nginx отсекает такие запросы сразу, с лимитом приложения
body-size-vs-app-limit-far-help = снизьте до `client_max_body_size { $mb }m;`
body-size-vs-app-limit-related-app = лимит приложения: { $app_unit ->
    [GB] { $app } ГБ
    [MB] { $app } МБ
   *[KB] { $app } КБ
}
body-size-vs-app-limit-related-service = сервис `{ $service }`
body-size-vs-app-limit-strength = лимит размера тела запроса в nginx совпадает с собственным лимитом загрузки `{ $service }` ({ $app_unit ->
    [GB] { $app } ГБ
    [MB] { $app } МБ
   *[KB] { $app } КБ
})

## builder-packages-not-copied
builder-packages-not-copied = копирует `{ $src }` из `{ $stage }`, но `{ $stage }` ставит пакеты в `{ $path }` ({ $how ->
    [user] `pip install --user`
    [dir] `pip install` в `{ $how_arg }`
    [venv] `pip install` в virtualenv `{ $how_arg }`
    [site] `pip install` в site-packages интерпретатора
   *[project] `{ $how_arg }` ставит туда окружение проекта
}): в runtime-образ не попадает ни один из них
builder-packages-not-copied-related-installed = здесь ставятся пакеты
builder-packages-not-copied-never = `{ $stage }` ставит пакеты в `{ $path }` ({ $how ->
    [user] `pip install --user`
    [dir] `pip install` в `{ $how_arg }`
    [venv] `pip install` в virtualenv `{ $how_arg }`
    [site] `pip install` в site-packages интерпретатора
   *[project] `{ $how_arg }` ставит туда окружение проекта
}), но runtime-стадия этот путь не копирует: образ уходит без них
builder-packages-not-copied-related-copies = что runtime-стадия из неё копирует
builder-packages-not-copied-help = скопируйте то, что установил builder: `COPY --from={ $stage } { $path } { $path }`
builder-packages-not-copied-venv-moved = virtualenv `{ $path }` копируется в `{ $dest }`: его скрипты (`gunicorn`, `celery`, ...) начинаются с `#!{ $path }/bin/python`, а такого пути в этом образе нет
builder-packages-not-copied-venv-moved-help = копируйте его по тому же пути: `COPY --from={ $stage } { $path } { $path }` (и добавьте `{ $path }/bin` в `PATH`)
builder-packages-not-copied-related-created = создан здесь
builder-packages-not-copied-under-root = пользовательские пакеты копируются в `{ $dest }`, но контейнер работает от `{ $user }`: `/root` доступен для чтения только root, а Python ищет пакеты в `{ $home }/.local`
builder-packages-not-copied-under-root-help = ставьте пакеты в virtualenv или в префикс (`pip install --prefix=/install`, затем `COPY --from={ $stage } /install /usr/local`) или копируйте в `{ $home }/.local` с `--chown={ $user }`
builder-packages-not-copied-related-user-install = установлено с `--user` здесь
builder-packages-not-copied-related-user = пользователь, от которого работает контейнер
builder-packages-not-copied-strength = runtime-стадия копирует virtualenv `{ $path }` целиком, по тому же пути

## compose-user-root-override
compose-user-root-override = `{ $service }` работает от `{ $user }` и перекрывает непривилегированного `USER { $image_user }` из образа
compose-user-root-override-help = уберите `user:` (тогда действует пользователь образа) или укажите непривилегированного пользователя; права на файлы выставляйте при сборке (`COPY --chown`) или отдельным одноразовым init-сервисом
compose-user-root-override-related = непривилегированный пользователь образа
compose-user-root-override-strength = `{ $service }` сохраняет в compose непривилегированного пользователя образа `{ $user }`

## copy-from-path-never-written
copy-from-path-never-written = `{ $source }` копируется из стадии `{ $stage }`, которая его никогда не создаёт{ $has_workdir ->
    [true] {" "}(её `WORKDIR` — `{ $workdir }`)
   *[false] {""}
}: сборка остановится с «not found»
copy-from-path-never-written-help = копируйте путь, который создаёт `{ $stage }`, или сделайте так, чтобы `{ $stage }` создавала `{ $source }`
copy-from-path-never-written-related = стадия, из которой идёт копирование
copy-from-path-never-written-strength = multi-stage сборка: образ копирует только то, что собрала `{ $stage }` ({ $paths })

## copy-source-missing
copy-source-missing = `{ $path }` нет в контексте сборки ({ $root ->
    [true] корень репозитория
   *[false] `{ $context }/`
}): `docker build` упадёт здесь
copy-source-missing-help = исправьте путь, добавьте файл или укажите в compose `build.context` каталог, где этот файл есть
copy-source-missing-help-guess = исправьте путь или добавьте файл; если образ собирается из другого каталога, укажите его в compose через `build.context`

## data-path-not-mounted
data-path-not-mounted = { $what ->
    [writes] `{ $source }` пишет в
    [media] `MEDIA_ROOT` указывает на
   *[sqlite] `{ $source }` кладёт базу SQLite в
} `{ $path }`, но том `{ $name }` у `{ $service }` смонтирован в `{ $target }`: данные остаются в записываемом слое контейнера и пропадают при его пересоздании
data-path-not-mounted-help = направьте путь внутрь тома (под `{ $target }`) или смонтируйте том туда, куда пишет приложение
data-path-not-mounted-related = том, предназначенный для этих данных
data-path-not-mounted-strength = `{ $service }` хранит `{ $path }` на томе, смонтированном в `{ $target }`: данные переживают передеплой

## dev-server-replaces-image-server
dev-server-replaces-image-server = `{ $service }` запускает { $dev ->
    [django] dev-сервер Django (`{ $command }`)
    [flask] dev-сервер Flask (`{ $command }`)
    [fastapi-dev] `{ $command }` (с автоперезагрузкой)
   *[command] `{ $command }`
} вместо `{ $image_server }` из образа, и это в деплое, который используется в продакшене
dev-server-replaces-image-server-help = уберите здесь `command:`, чтобы запускался сервер образа, а dev-сервер держите в `docker-compose.override.yml` / `compose.dev.yml`
dev-server-replaces-image-server-related = продакшен-сервер, который запускает образ

## env-file-baked-and-passed
env-file-baked-and-passed = `{ $path }` передаётся в `{ $service }` через `env_file:` и вдобавок копируется в его образ { $how ->
    [context] вместе со всем контекстом сборки
    [name] по имени
   *[dir] вместе с `{ $src }/`
}: два источника правды{ $secret ->
    [true] , а его секреты уезжают в образ
   *[false] {""}
}
env-file-baked-and-passed-help = не пускайте env-файлы в образ: добавьте `{ $path }` в `.dockerignore` (и `!.env.example`, если пример должен попасть в образ); compose передаст значения при запуске
env-file-baked-and-passed-related-copy = копируется в образ здесь
env-file-baked-and-passed-related-env = env-файл
env-file-baked-and-passed-related-dockerignore = не исключает его
env-file-baked-and-passed-strength = `.dockerignore` не пускает в образ `{ $path }`, который compose передаёт в `{ $service }`

## insecure-production-settings
insecure-production-settings = { $problem ->
    [hosts-any] `{ $key }` принимает любой хост (`*`): от запроса зависит, с каким именем хоста строятся абсолютные ссылки
    [cors-all] `{ $key }` позволяет любому сайту обращаться к API из браузера посетителя
    [cors-list] `{ $key }` разрешает любой origin (`*`)
   *[cookie-off] `{ $key }` выключен: cookie отправляется и по обычному HTTP
} (сервис `{ $service }`)
insecure-production-settings-help = явно перечислите продакшен-хосты и origin'ы, а cookie за TLS держите с флагом `Secure`
insecure-production-settings-related = сервис `{ $service }`
insecure-production-settings-setting = { $problem ->
    [hosts-default] `{ $key }` откатывается на `*` (любой хост), если его переменная не задана
    [hosts-any] `{ $key }` принимает любой хост (`*`): от запроса зависит, с каким именем хоста строятся абсолютные ссылки
    [cors-env] `{ $key }` включён, пока его переменная не скажет иначе: любой сайт может обращаться к API
    [cors-all] `{ $key }` позволяет любому сайту обращаться к API из браузера посетителя
    [cookie-false] `{ $key } = False` в продакшен-настройках: cookie отправляется и по обычному HTTP
   *[debug] `{ $key } = True` в продакшен-настройках: ошибки отдаются вместе с настройками и исходным кодом
}
insecure-production-settings-setting-advice = совет: { $problem ->
    [hosts-default] `{ $key }` откатывается на `*` (любой хост), если его переменная не задана
    [hosts-any] `{ $key }` принимает любой хост (`*`): от запроса зависит, с каким именем хоста строятся абсолютные ссылки
    [cors-env] `{ $key }` включён, пока его переменная не скажет иначе: любой сайт может обращаться к API
    [cors-all] `{ $key }` позволяет любому сайту обращаться к API из браузера посетителя
    [cookie-false] `{ $key } = False` в продакшен-настройках: cookie отправляется и по обычному HTTP
   *[debug] `{ $key } = True` в продакшен-настройках: ошибки отдаются вместе с настройками и исходным кодом
}; если этот модуль настроек обслуживает продакшен, ограничьте это там
insecure-production-settings-help-debug = задайте `DEBUG = False` в продакшен-настройках (или читайте его из окружения со значением по умолчанию `False`)
insecure-production-settings-help-cookie = выставьте `True` там, где сайт работает по HTTPS
insecure-production-settings-help-hosts = явно перечислите продакшен-хосты и origin'ы (из окружения, без разрешающего значения по умолчанию)
insecure-production-settings-middleware = CORS middleware разрешает любой origin вместе с credentials: любой сайт может читать ответы API с cookie посетителя
insecure-production-settings-middleware-help = при разрешённых credentials перечислите origin'ы фронтенда в `allow_origins` (из окружения)

## module-not-installed
module-not-installed = { $role ->
    [healthcheck] healthcheck
    [entrypoint] entrypoint
    [entrypoint-script] entrypoint-скрипт
   *[command] команда
} требует { $names }, но в закреплённых зависимостях образа { $count ->
    [1] его нет
   *[other] их нет
}: { $role ->
    [healthcheck] проверка будет падать каждый раз
   *[other] контейнер не запустится
}
module-not-installed-unnamed = { $role ->
    [healthcheck] healthcheck
    [entrypoint] entrypoint
    [entrypoint-script] entrypoint-скрипт
   *[command] команда
} требует { $names }, но ни одна зависимость, которую ставит образ, { $count ->
    [1] его не называет: если от него
   *[other] их не называет: если от них
} не зависит другой пакет, { $role ->
    [healthcheck] проверка будет падать каждый раз
   *[other] контейнер не запустится
}
module-not-installed-help = добавьте { $names } в зависимости, которые ставит образ
module-not-installed-help-stdlib = проверяйте средствами стандартной библиотеки (`python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health')"`) или добавьте пакет в зависимости, которые ставит образ
module-not-installed-related-manifest = что ставит образ
module-not-installed-related-install = установка здесь
module-not-installed-strength = healthcheck использует только то, что установлено в образе

## native-runtime-lib-missing
native-runtime-lib-missing = runtime-стадия (`{ $image }`) не ставит библиотеки, которые её Python-пакеты загружают при работе: `{ $p1 }` требует { $l1 }{ $count ->
    [1] {""}
    [2] ; `{ $p2 }` требует { $l2 }
    [3] ; `{ $p2 }` требует { $l2 }; `{ $p3 }` требует { $l3 }
   *[other] ; `{ $p2 }` требует { $l2 }; `{ $p3 }` требует { $l3 }; `{ $p4 }` требует { $l4 }
}: контейнер упадёт на импорте
native-runtime-lib-missing-help = добавьте в runtime-стадию: `{ $command }`
native-runtime-lib-missing-related = требуется здесь
native-runtime-lib-missing-strength = runtime-стадия ставит `{ $lib }`, которую `{ $package }` загружает при работе

## port-mismatch
port-mismatch = `{ $service }` публикует порт контейнера { $port } (`{ $shown }`), но его { $server } слушает порт { $binds }: там никто не отвечает
port-mismatch-help = опубликуйте порт, который слушает сервер (`"{ $host }:{ $bound }"`), или привяжите сервер к { $port }
port-mismatch-healthcheck = healthcheck `{ $service }` проверяет порт { $port }, но его { $server } слушает порт { $binds }: проверка никогда не пройдёт
port-mismatch-healthcheck-help = проверяйте порт, который слушает сервер ({ $bound })
port-mismatch-expose = `{ $service }` объявляет в `expose:` порт { $port }, но его { $server } слушает порт { $binds }
port-mismatch-expose-help = укажите в `expose:` порт, который слушает сервер
port-mismatch-image-expose = образ объявляет порт { $port }, но его { $server } слушает порт { $binds }
port-mismatch-image-expose-help = укажите в `EXPOSE` порт, который слушает сервер
port-mismatch-related = порт, который слушает сервер
port-mismatch-strength = порты согласованы: `{ $service }` слушает { $binds }{ $published_count ->
    [0] {""}
    [1] , публикует { $p1 }
    [2] , публикует { $p1 }, публикует { $p2 }
   *[other] , публикует { $p1 }, публикует { $p2 }, публикует { $p3 }
}{ $probed ->
    [true] , его healthcheck проверяет { $probe }
   *[false] {""}
}

## proxied-app-binds-loopback
proxied-app-binds-loopback = nginx проксирует на `{ $service }:{ $port }`, но его сервер слушает loopback контейнера ({ $default ->
    [true] по умолчанию у сервера, { $address }
   *[false] { $address }
}): nginx получает connection refused и отвечает 502
proxied-app-binds-loopback-help = слушайте все интерфейсы внутри контейнера (`--host 0.0.0.0` / `-b 0.0.0.0:PORT`); если порт должен остаться закрытым, публикуйте его на loopback хоста
proxied-app-binds-loopback-related = здесь nginx проксирует

## proxy-host-unknown
proxy-host-unknown = nginx проксирует на `{ $host }`, но в стеке, где работает `{ $proxy }`, нет такого сервиса, алиаса или extra host: nginx остановится при старте с `host not found in upstream`
proxy-host-unknown-help = используйте имя сервиса из compose (или добавьте это имя как сетевой алиас сервиса, который должен отвечать)
proxy-host-unknown-related = прокси-сервис, который загружает этот конфиг

## requirements-drift-from-pyproject
requirements-drift-from-pyproject-strength = образ ставит проект из `pyproject.toml`: в нём едут все зависимости, которые объявляет проект
requirements-drift-from-pyproject = образ ставит `{ $requirements }`, где нет { $count ->
    [one] { $count } зависимости
   *[other] { $count } зависимостей
} из объявленных в `{ $pyproject }`: { $names }{ $more ->
    [0] {""}
   *[other] {" "}и ещё { $more }
}
requirements-drift-from-pyproject-help = ставьте сам проект (`pip install .`, `uv sync --frozen`, `poetry install --only main`), чтобы единственным источником правды был `pyproject.toml`, или перегенерируйте из него `{ $file }`
requirements-drift-from-pyproject-related-declared = объявлено здесь
requirements-drift-from-pyproject-related-installs = что ставит образ
requirements-drift-from-pyproject-strength-exported = `{ $requirements }` экспортирован из `{ $lock }`: образ получает зафиксированные версии
requirements-drift-from-pyproject-lock = совет: `{ $lock }` фиксирует зависимости проекта, но образ ставит `{ $requirements }`, который из него не экспортирован: в образ едут не те версии, что зафиксированы
requirements-drift-from-pyproject-lock-help = ставьте из lock-файла (`uv sync --frozen --no-dev`, `poetry install --only main`) или экспортируйте из него зависимости в CI (`uv export --no-dev -o requirements.txt`)
requirements-drift-from-pyproject-related-manifest = манифест проекта

## requirements-not-in-context
requirements-not-in-context = до этого `pip install` ничего не копирует `{ $path }` в образ (искали `{ $image_path }`): сборка остановится с «Could not open requirements file»
requirements-not-in-context-context = `pip install -r { $path }` читает `{ $image_path }`, но { $why ->
    [ignored] `.dockerignore` исключает `{ $rel }` из контекста сборки
   *[absent] `{ $rel }` нет в контексте сборки ({ $root ->
        [true] корень репозитория
       *[false] `{ $context }/`
    })
}: сборка остановится с «Could not open requirements file»
requirements-not-in-context-help = скопируйте его до установки (`COPY { $path } { $path }`), исправьте путь или уберите его исключение из `.dockerignore`
requirements-not-in-context-related-late-copy = копируется только здесь, уже после установки
requirements-not-in-context-related-copy = копирование, которое должно его принести
requirements-not-in-context-related-dockerignore = исключает его из контекста сборки
requirements-not-in-context-related-compose-build = `{ $service }` собирает этот образ с контекстом `{ $context }`
requirements-not-in-context-related-ci-build = CI собирает этот образ с контекстом `{ $context }`

## runtime-file-missing
runtime-file-missing = { $container ->
    [true] контейнеру
   *[false] сервису `{ $service }`
} нужен { $what ->
    [script-starts] скрипт, который он запускает,
    [script-runs] скрипт, который он выполняет,
    [python-file] Python-файл, который он запускает,
    [gunicorn-config] конфиг gunicorn, который он загружает,
    [alembic-ini] `alembic.ini` (`alembic` читает его из рабочего каталога)
   *[migrations] каталог миграций из его `alembic.ini` (`script_location = { $location }`)
} по пути `{ $path }`, но { $why ->
    [copy] в образ его ничего не копирует
    [ignored] `.dockerignore` исключает `{ $rel }` из контекста сборки
   *[absent] `{ $rel }` нет в контексте сборки ({ $root ->
        [true] корень репозитория
       *[false] `{ $context }/`
    })
}{ $container ->
    [true] {""}
   *[false] {" "}и ни один том его не монтирует
}
runtime-file-missing-help = скопируйте его в образ (`COPY <file> <path>`) или исправьте путь; файлы, которые отличаются между окружениями, монтируйте томом в compose
runtime-file-missing-related-copy = копирование, которое должно его принести
runtime-file-missing-related-stage = стадия образа
runtime-file-missing-related-dockerignore = исключает его из контекста сборки
runtime-file-missing-strength = образ содержит миграции, которые запускает alembic (`{ $path }`)

## websocket-route-not-upgraded
websocket-route-not-upgraded = `location { $location }` проксирует на `{ $service }`, приложение которого обслуживает WebSocket-маршрут `{ $known ->
    [true] { $route }
   *[false] (из другого модуля)
}`{ $more ->
    [0] {""}
   *[other] {" "}и ещё { $more }
} ({ $source }), но без { $missing }: upgrade-рукопожатие до приложения не доходит
websocket-route-not-upgraded-help = добавьте в этот location `proxy_http_version 1.1; proxy_set_header Upgrade {"$"}http_upgrade; proxy_set_header Connection {"$"}connection_upgrade;` (с `map {"$"}http_upgrade {"$"}connection_upgrade`) или заведите отдельный location для пути WebSocket
websocket-route-not-upgraded-related-route = WebSocket-маршрут объявлен здесь
websocket-route-not-upgraded-related-service = сервис `{ $service }`
websocket-route-not-upgraded-strength = заголовки WebSocket upgrade заданы там, где nginx проксирует WebSocket-маршруты `{ $service }`

## default-secret-in-script-or-config
default-secret-in-script-or-config-fallback = значение по умолчанию { $kind ->
    [setting] настройки
   *[other] переменной
} `{ $name }` в `{ $path }` — общеизвестное (`{ $masked }`): если переменная не задана, приложение работает с секретом, который любой может угадать
default-secret-in-script-or-config-started = { $kind ->
    [flag] флагу командной строки
    [setting] настройке
   *[other] переменной
} `{ $name }` задано общеизвестное значение по умолчанию (`{ $masked }`) в `{ $path }`, а сервис `{ $service }` выполняет этот скрипт при каждом старте: каждый его контейнер работает с секретом, который любой может угадать
default-secret-in-script-or-config = { $kind ->
    [flag] флагу командной строки
    [setting] настройке
   *[other] переменной
} `{ $name }` задано общеизвестное значение по умолчанию (`{ $masked }`) в `{ $path }`: всё, что его читает, работает с секретом, который любой может угадать
default-secret-in-script-or-config-script-help = берите секрет из окружения без значения по умолчанию и останавливайтесь, если его нет (`: "${"{"}NAME:?NAME must be set{"}"}"`), а значение, которое уже использовалось, смените
default-secret-in-script-or-config-config-help = уберите секрет из файла и читайте его из окружения или хранилища секретов, падая при старте, если его нет; значение, которое уже использовалось, смените
default-secret-in-script-or-config-related = сервис `{ $service }` стартует через `{ $path }`
default-secret-in-script-or-config-strength = `{ $path }` останавливается при старте, если `{ $name }` не задан, а не подставляет значение по умолчанию

## proxy-port-not-bound
proxy-port-not-bound = nginx проксирует на { $written ->
    [true] `{ $host }:{ $port }`
   *[false] `{ $host }` (порт не указан: { $port })
}, но { $evidence ->
    [exposed] образ `{ $service }` документирует порт { $binds } (`EXPOSE`; какой порт слушает его сервер, аудит прочитать не может)
    [default] { $server } в `{ $service }` слушает порт { $binds } (порт по умолчанию)
   *[written] { $server } в `{ $service }` слушает порт { $binds }
}: { $published ->
    [true] { $port } — это хостовая сторона `ports: { $host_side }:{ $container_side }`; внутри сети compose nginx обращается к порту контейнера
   *[false] на порту { $port } в этом контейнере никто не слушает, поэтому nginx отвечает 502 Bad Gateway
}
proxy-port-not-bound-help = проксируйте на `{ $host }:{ $bound }` — порт, который слушает `{ $service }`, — или привяжите его сервер к порту { $port }
proxy-port-not-bound-help-published = проксируйте на `{ $host }:{ $bound }`: контейнеры обращаются друг к другу по порту контейнера, хостовый порт — для клиентов вне Docker
proxy-port-not-bound-related = порт, который слушает сервер
proxy-port-not-bound-related-expose = порт, который объявляет образ
proxy-port-not-bound-related-service = сервис `{ $service }`
proxy-port-not-bound-related-proxy-pass = `proxy_pass`, который использует этот upstream
proxy-port-not-bound-related-published = хостовый порт, который публикует compose
proxy-port-not-bound-strength = nginx обращается к `{ $service }` по порту { $port } — тому, который слушает его { $server }

## proxy-timeout-cuts-stream
proxy-timeout-cuts-stream = `location { $location }` проксирует { $sse ->
    [true] поток server-sent events
   *[false] WebSocket-маршрут
} `{ $known ->
    [true] { $route }
   *[false] (маршрут объявлен в другом месте)
}` сервиса `{ $service }` ({ $sse ->
    [true] `{ $response }` в{" "}
   *[false] {""}
}{ $source }) с { $set ->
    [true] `proxy_read_timeout { $timeout }`
   *[false] таймаутом чтения nginx по умолчанию (60 с)
}, что меньше { $every } с между { $pinger ->
    [uvicorn] WebSocket-пингами uvicorn
    [daphne] WebSocket-пингами Daphne
    [sse-starlette] keep-alive-комментариями sse-starlette
   *[socketio] пингами Socket.IO
}: nginx закрывает каждое простаивающее соединение через { $secs } с
proxy-timeout-cuts-stream-quiet = `location { $location }` проксирует { $sse ->
    [true] поток server-sent events
   *[false] WebSocket-маршрут
} `{ $known ->
    [true] { $route }
   *[false] (маршрут объявлен в другом месте)
}` сервиса `{ $service }` (`{ $response }` в { $source }, между событиями ничего не отправляет) с { $set ->
    [true] `proxy_read_timeout { $timeout }`
   *[false] таймаутом чтения nginx по умолчанию (60 с)
}: поток, который молчит { $secs } с, nginx закрывает, и браузер переподключается; совет: это зависит от того, как часто приложение шлёт события{ $buffers ->
    [true] , а ещё nginx буферизует ответ (`proxy_buffering` включён), поэтому события приходят с задержкой
   *[false] {""}
}
proxy-timeout-cuts-stream-help = поднимите `proxy_read_timeout` для этого location выше { $every } с (например, `proxy_read_timeout 1h;` в отдельном location) или пингуйте чаще, чем срабатывает таймаут
proxy-timeout-cuts-stream-help-buffered = отдавайте поток из отдельного location с `proxy_read_timeout 1h; proxy_buffering off;` или отправляйте строку-комментарий (`: ping`) чаще, чем срабатывает таймаут
proxy-timeout-cuts-stream-help-quiet = поднимите `proxy_read_timeout` для location потока (например, `1h`) или отправляйте строку-комментарий (`: ping`) чаще, чем срабатывает таймаут
proxy-timeout-cuts-stream-related-stream = здесь возвращается поток
proxy-timeout-cuts-stream-related-route = WebSocket-маршрут объявлен здесь
proxy-timeout-cuts-stream-related-service = сервис `{ $service }`
proxy-timeout-cuts-stream-related-timeout = действующий таймаут чтения
proxy-timeout-cuts-stream-strength = `location { $location }` держит открытым { $sse ->
    [true] поток server-sent events
   *[false] WebSocket-маршрут
} `{ $known ->
    [true] { $route }
   *[false] (маршрут объявлен в другом месте)
}` сервиса `{ $service }` (`proxy_read_timeout { $timeout }`{ $sse ->
    [true] , буферизация выключена
   *[false] {""}
})

## connection-url-mismatch
connection-url-mismatch-localhost = `{ $key }` сервиса `{ $service }` подключается к `{ $host }`, но внутри контейнера это сам `{ $service }`: { $kind } работает в сервисе `{ $target }`
connection-url-mismatch-localhost-help = укажите имя сервиса в качестве хоста: `{ $host }`
connection-url-mismatch = `{ $key }` сервиса `{ $service }` расходится с сервисом { $kind } `{ $target }`: { $port ->
    [published] порт { $port_num } — это порт, опубликованный на хосте; внутри сети compose { $kind } слушает { $listens }
    [listens] { $kind } слушает { $listens }, а не { $port_num }
   *[no] {""}
}{ $user ->
    [no] {""}
   *[other] { $user ->
        [next] {"; "}
       *[first] {""}
    }в URL пользователь `{ $user_mine }`, а контейнер создаёт `{ $user_created }` (`{ $user_key }`)
}{ $password ->
    [no] {""}
   *[other] { $password ->
        [next] {"; "}
       *[first] {""}
    }{ $root ->
        [true] пароль root
       *[false] пароль
    } в URL отличается от `{ $password_key }`
}{ $database ->
    [no] {""}
   *[other] { $database ->
        [next] {"; "}
       *[first] {""}
    }в URL база данных `{ $database_mine }`, а контейнер создаёт `{ $database_created }` (`{ $database_key }`)
}{ $redis ->
    [noauth] { $port ->
        [no] {""}
       *[other] {"; "}
    }`{ $target }` требует пароль ({ $auth ->
        [bitnami] `REDIS_PASSWORD` образа bitnami
       *[requirepass] `--requirepass`
    }), а в URL его нет: каждая команда падает с NOAUTH
    [wrongpass] { $port ->
        [no] {""}
       *[other] {"; "}
    }пароль в URL отличается от { $auth ->
        [bitnami] `REDIS_PASSWORD` образа bitnami
       *[requirepass] `--requirepass`
    } сервиса `{ $target }`: Redis отвечает WRONGPASS
   *[no] {""}
}
connection-url-mismatch-help = { $port ->
    [true] используйте порт контейнера (`{ $host }:{ $container_port }`){ $then ->
        [none] {""}
       *[other] {"; "}
    }
   *[false] {""}
}{ $then ->
    [variables] собирайте URL и переменные `{ $target }` из одних и тех же переменных, заданных в одном месте
    [put] добавьте пароль `{ $target }` в URL (`redis://:PASSWORD@{ $host }:6379/0`) из той же переменной
    [password] собирайте URL и пароль `{ $target }` из одной и той же переменной, заданной в одном месте
   *[none] {""}
}
connection-url-mismatch-related-target = сервис { $kind } `{ $target }`
connection-url-mismatch-related-service = сервис `{ $service }`
connection-url-mismatch-related-published = порт, опубликованный на хосте
connection-url-mismatch-related-created = `{ $target }` создаёт { $what ->
    [user] пользователя
    [password] пароль
    [database] базу данных
   *[root-password] пароль root
}
connection-url-mismatch-related-required = пароль, который требует `{ $target }`

## default-secret-in-app-settings
default-secret-in-app-settings-prod-unset = `{ $name }` подставляет общеизвестное значение по умолчанию, когда переменная `{ $var }` не задана, а сервис `{ $service }` продового стека запускает это приложение, не задавая её: в продакшене подписи и аутентификация держатся на значении, которое любой может угадать
default-secret-in-app-settings-set-everywhere = `{ $name }` подставляет общеизвестное значение по умолчанию, когда переменная `{ $var }` не задана; каждый деплой, который запускает это приложение, её задаёт (сервис { $services }), так что там значение по умолчанию не применяется: это совет — без переменной приложение должно останавливаться, а не подставлять значение по умолчанию
default-secret-in-app-settings-fallback = `{ $name }` подставляет общеизвестное значение по умолчанию, когда его переменная не задана: тогда приложение подписывает и аутентифицирует значением, которое любой может угадать
default-secret-in-app-settings = `{ $name }` задан в коде общеизвестным значением по умолчанию: каждый деплой этого модуля использует значение, которое любой может угадать
default-secret-in-app-settings-help = читайте секрет из окружения без значения по умолчанию (`os.environ["NAME"]`, обязательное поле pydantic), чтобы без него приложение не запускалось, а значение, которое уже использовалось, смените
default-secret-in-app-settings-related-unset = сервис `{ $service }` продового стека запускает это приложение без `{ $var }`
default-secret-in-app-settings-related-sets = сервис `{ $service }` задаёт `{ $var }`
