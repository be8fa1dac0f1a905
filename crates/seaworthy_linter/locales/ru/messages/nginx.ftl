# Messages of the nginx rules: what a rule says about one instance (see src/message.rs).
# Ids start with the rule name; variables are the fields of the rule's message structs.

## add-header-content-type
add-header-content-type = `add_header Content-Type` отправляет второй `Content-Type` рядом с собственным заголовком nginx; клиент возьмёт любой из них
add-header-content-type-help = задайте тип, который отдаёт nginx, через `default_type { $mime };` (или блок `types {"{"} {"}"}`)
add-header-content-type-help-charset = задайте тип, который отдаёт nginx, через `default_type { $mime };` и `charset { $charset };` (или блок `types {"{"} {"}"}`)

## add-header-drops-inherited
add-header-drops-inherited = `add_header` в этом блоке server отменяет унаследованные заголовки: { $lost }
add-header-drops-inherited-block = `add_header` в `{ $block } { $args }` отменяет унаследованные заголовки: { $lost }
add-header-drops-inherited-help = повторите унаследованные заголовки в этом блоке, вынесите их в сниппет, подключаемый через `include` на каждом уровне, или (nginx 1.29.3+) задайте `add_header_inherit merge;` уровнем выше
add-header-drops-inherited-related = здесь задан унаследованный заголовок

## alias-traversal
alias-traversal = `location { $path }` без завершающего слэша, а `alias { $alias }` со слэшем: запрос `{ $path }../` выходит за пределы каталога
alias-traversal-help = завершите путь location слэшем: `location { $path }/`
alias-traversal-related = директива alias

## allow-without-deny
allow-without-deny = `allow { $allowed }` без `deny` в том же блоке: все остальные адреса тоже пропускаются
allow-without-deny-help = завершите список строкой `deny all;` в том же блоке
allow-without-deny-related = последний `allow` списка

## auth-rate-limit-missing
auth-rate-limit-missing = у эндпоинта аутентификации `{ $path }` нет rate limiting
auth-rate-limit-missing-help = объявите `limit_req_zone {"$"}binary_remote_addr zone=login:10m rate=5r/m;` на уровне http и добавьте сюда `limit_req zone=login burst=3 nodelay;`

## autoindex-enabled
autoindex-enabled = `autoindex on` показывает любому посетителю список всех файлов каталога
autoindex-enabled-help = уберите его (по умолчанию он выключен); если листинг действительно нужен, отдавайте явную индексную страницу за аутентификацией

## client-body-size-excessive
client-body-size-excessive = `client_max_body_size 0` снимает ограничение на размер запроса
client-body-size-excessive-gb = `client_max_body_size { $value }` позволяет клиенту отправить { $gb } ГБ в одном запросе
client-body-size-excessive-large = `client_max_body_size { $value }` — слишком большой лимит
client-body-size-excessive-help = задайте значение, которое реально принимает приложение (например, `20M`), и повышайте его только в location для загрузки файлов

## csp-unsafe
csp-unsafe = CSP разрешает { $sources }
csp-unsafe-help = уберите 'unsafe-inline'/'unsafe-eval' (используйте nonce или хеши) и перечислите конкретные хосты вместо схем

## default-server-missing
default-server-missing = { $count ->
    [one] { $count } сервер слушает
    [few] { $count } сервера слушают
   *[other] { $count } серверов слушают
} { $socket }, и ни один не помечен `default_server`: запросы с любым другим именем хоста попадут в `{ $first }`, прочитанный первым
default-server-missing-sockets = { $count ->
    [one] { $count } сервер слушает
    [few] { $count } сервера слушают
   *[other] { $count } серверов слушают
} { $head } и { $last }, и ни один не помечен `default_server`: запросы с любым другим именем хоста попадут в `{ $first }`, прочитанный первым
default-server-missing-help = пометьте нужный catch-all сервер: `listen { $listen } default_server;` (надёжный вариант — сервер с `server_name _; return 444;`)
default-server-missing-related = `{ $name }` тоже слушает здесь
default-server-missing-related-unnamed = здесь слушает ещё один сервер

## gzip-disabled
gzip-disabled = ответы никогда не сжимаются: `gzip` выключен
gzip-disabled-help = добавьте в блок `http` директиву `gzip on;` и `gzip_types` для текста, JSON, JS и CSS
gzip-disabled-strength = сжатие ответов включено

## header-without-always
header-without-always = `{ $header }` не отправляется в ответах с ошибкой: добавьте `always`
header-without-always-help = допишите `always`: `add_header <name> "<value>" always;`

## host-header-spoofing
host-header-spoofing = `{ $header }` берётся из `{"$"}http_host` — сырого значения, присланного клиентом
host-header-spoofing-help = используйте `{"$"}host` (проверяется по `server_name`) вместо `{"$"}http_host`

## hsts-missing
hsts-missing = этот HTTPS-сервер не отправляет заголовок `Strict-Transport-Security`
hsts-missing-help = добавьте `add_header Strict-Transport-Security "max-age=63072000; includeSubDomains" always;`
hsts-missing-short-days = слишком короткий HSTS `max-age` ({ $days ->
    [one] { $days } день
    [few] { $days } дня
   *[other] { $days } дней
})
hsts-missing-short-seconds = слишком короткий HSTS `max-age` ({ $seconds ->
    [one] { $seconds } секунда
    [few] { $seconds } секунды
   *[other] { $seconds } секунд
})
hsts-missing-short-help = задайте минимум шесть месяцев: `max-age=15552000` (часто ставят два года, `63072000`)
hsts-missing-strength = на TLS-сервере включён HSTS

## http-splitting
http-splitting = значение { $capture ->
        [true] `{ $var }` (`{ $pattern }`, захваченное `{ $by }`)
       *[false] `{ $var }`
    }{ $through ->
        [true] {" "}(через `{ $via }`)
       *[false] {""}
    } уже URL-декодировано: `%0d%0a` в запросе разрывает заголовок `{ $header }`
http-splitting-help = используйте вместо него `{"$"}request_uri` (остаётся закодированным) или захватывайте классом символов, исключающим управляющие символы
http-splitting-upstream = значение { $capture ->
        [true] `{ $var }` (`{ $pattern }`, захваченное `{ $by }`)
       *[false] `{ $var }`
    }{ $through ->
        [true] {" "}(через `{ $via }`)
       *[false] {""}
    } уже URL-декодировано, а `{ $directive }` передаёт его апстриму как есть: `%0d%0a` в запросе разрывает запрос к апстриму
http-splitting-upstream-help = передавайте запрос без изменений (`proxy_pass http://backend;`) или используйте `{"$"}request_uri`, который остаётся закодированным

## https-disabled
https-disabled = конфигурация HTTPS закомментирована, и ни один сервер не терминирует TLS
https-disabled-help = включите TLS-сервер (сертификаты от Let's Encrypt или вашего CA) или задокументируйте, где терминируется TLS (балансировщик), комментарием `# seaworthy: ignore[https-disabled] TLS ends at the LB`

## https-redirect-missing
https-redirect-missing = этот сервер на plain HTTP отдаёт сайт вместо редиректа на HTTPS
https-redirect-missing-help = замените его location на `return 301 https://{"$"}host{"$"}request_uri;` (оставьте location для ACME challenge, если используете Let's Encrypt)
https-redirect-missing-strength = plain HTTP перенаправляет на HTTPS

## if-in-location
if-in-location = `if { $cond }` в `location { $location }` использует { $directives } для подходящих запросов: их обслуживает собственная конфигурация блока `if`, а не location
if-in-location-help = выбирайте значение через `map` на уровне http и используйте переменную в location или завершайте `if` директивой `return`/`rewrite ... last`
if-in-location-related = внутри `if`
if-in-location-loses = когда срабатывает `if { $cond }`, `location { $location }` теряет свой `{ $directive }`: блок `if` его не наследует
if-in-location-loses-help = перенесите условие в `map` на уровне http или завершайте `if` директивой `return`/`rewrite ... last`
if-in-location-loses-related = теряется внутри `if`

## location-regex-unanchored
location-regex-unanchored = `location { $location }` не привязан к концу строки через `$`: он совпадает и с `/uploads/file.{ $ext }.jpg`, и с `/file.{ $ext }/more`
location-regex-unanchored-help = завершите регулярное выражение символом `$`: `{ $re }$`

## origin-check-regex
origin-check-regex = проверка `{ $var }` по `{ $re }` пропускает `{ $attack }`
origin-check-regex-map = шаблон `{ $re }` для `{ $var }` пропускает `{ $attack }`
origin-check-regex-help-origin = привяжите оба конца и экранируйте точки: `~ "^https://(www\.)?example\.com$"`
origin-check-regex-help-referer = привяжите хост и экранируйте точки: `~ "^https://([^/]+\.)?example\.com(/|$)"`
origin-check-regex-referrer = `{"$"}http_referrer` всегда пуст: заголовок пишется `Referer`, поэтому эта проверка никогда не видит значение клиента
origin-check-regex-referrer-help = используйте `{"$"}http_referer`

## proxy-forwarded-headers-missing
proxy-forwarded-headers-missing = location `{ $location }` проксирует на { $target } без { $header }: приложение видит nginx в роли клиента
proxy-forwarded-headers-missing-both = location `{ $location }` проксирует на { $target } без X-Forwarded-For и X-Forwarded-Proto: приложение видит nginx в роли клиента
proxy-forwarded-headers-missing-help = добавьте `proxy_set_header X-Forwarded-For {"$"}proxy_add_x_forwarded_for;` и `proxy_set_header X-Forwarded-Proto {"$"}scheme;` и настройте приложение доверять им только от nginx

## proxy-pass-normalized
proxy-pass-normalized = переменная `{ $var }`{ $through ->
        [true] {" "}(через `{ $via }`)
       *[false] {""}
    }, захваченная `{ $by }`, содержит декодированный путь, а `proxy_pass` передаёт её как есть: `%2F`, `%3F` и `%25` доходят до апстрима декодированными, и он декодирует их повторно
proxy-pass-normalized-help = сопоставляйте путь через prefix location (`location /api/ {"{"} proxy_pass http://backend/; {"}"}`) или передавайте `{"$"}request_uri` без изменений
proxy-pass-normalized-uri-part = у `proxy_pass { $target }` есть URI-часть { $place ->
        [block] внутри `{ $block }`
        [regex] в regex location
       *[named] в именованном location
    }: nginx с ней не запустится
proxy-pass-normalized-uri-part-help = уберите URI-часть (`proxy_pass http://backend;`) и при необходимости переписывайте путь через `rewrite ... break;`

## proxy-pass-variable-ssrf
proxy-pass-variable-ssrf = хост апстрима в `{ $directive } { $target }` берётся из переменной `{ $var }`{ $through ->
        [true] {" "}(через `{ $via }`)
       *[false] {""}
    }, которую контролирует клиент
proxy-pass-variable-ssrf-captured = хост апстрима в `{ $directive } { $target }` берётся из переменной `{ $var }`{ $through ->
        [true] {" "}(через `{ $via }`)
       *[false] {""}
    }, захваченной из { $from ->
        [host] заголовка Host
       *[path] пути запроса
    } директивой `{ $by }`
proxy-pass-variable-ssrf-help = проксируйте на фиксированный апстрим и передавайте значение клиента в пути или заголовке либо сопоставьте допустимые значения с именами апстримов через блок `map`

## rate-limit-missing
rate-limit-missing = этот сервер проксирует запросы в приложение без какого-либо rate limiting
rate-limit-missing-help = добавьте `limit_req_zone` на уровне http и `limit_req zone=... burst=... nodelay;` в проксируемые location
rate-limit-missing-strength = rate limiting (`limit_req`/`limit_conn`) защищает апстрим

## resolver-external
resolver-external = `resolver` отправляет DNS-запросы nginx на { $count ->
        [one] публичный сервер
       *[other] публичные серверы
    } { $servers }: ответы можно подделать (нет DNSSEC), и он не разрешает приватные имена и имена сервисов compose
resolver-external-help = используйте резолвер рядом с nginx: `resolver 127.0.0.11 valid=30s;` в Docker, DNS VPC или кластера либо локальный кэширующий резолвер

## resolver-missing
resolver-missing = `{ $directive }` разрешает `{ $vars }` во время работы, но `resolver` не задан: каждый запрос сюда завершается ошибкой 502
resolver-missing-help = добавьте `resolver 127.0.0.11 valid=30s;` (DNS Docker) в блок server или http либо проксируйте на фиксированный хост или `upstream {"{"}{"}"}`

## return-bypasses-access
return-bypasses-access = `return { $code }` отвечает в фазе rewrite, до проверки `{ $rule }`: этот ответ получает любой клиент
return-bypasses-access-help = отдавайте ответ обработчиком, который работает после проверки доступа (`try_files`, `root`, `proxy_pass`), или перенесите `return` в location без ограничения
return-bypasses-access-related = правило доступа, которое не действует на `return`

## security-headers-missing
security-headers-missing = этот сервер не отправляет { $headers }
security-headers-missing-help = добавьте на уровне server: `add_header X-Content-Type-Options "nosniff" always; add_header X-Frame-Options "DENY" always; add_header Referrer-Policy "strict-origin-when-cross-origin" always;`
security-headers-missing-strength = security-заголовки (nosniff, frame options, referrer policy) заданы

## server-tokens-exposed
server-tokens-exposed = `server_tokens on` раскрывает версию nginx
server-tokens-exposed-help = используйте `server_tokens off;`
server-tokens-exposed-default = `server_tokens` нигде не выключен: ответы сообщают версию nginx
server-tokens-exposed-default-help = добавьте `server_tokens off;` в блок `http` (или в каждый `server`)

## ssl-ciphers-weak
ssl-ciphers-weak = `{ $directive }` включает небезопасные наборы шифров: { $ciphers }{ $more ->
        [0] {""}
       *[other] {" "}и ещё { $more }
    }
ssl-ciphers-weak-template = `{ $directive }` включает небезопасные наборы шифров: { $ciphers }{ $more ->
        [0] {""}
       *[other] {" "}и ещё { $more }
    } в ветке шаблона `{ $branch }`: эту политику шаблон включает по запросу
ssl-ciphers-weak-help = используйте список Mozilla "intermediate" (ECDHE с AES-GCM или CHACHA20-POLY1305) или уберите `ssl_ciphers` и положитесь на значения по умолчанию TLS 1.2/1.3

## static-cache-disabled
static-cache-disabled = кэширование статических файлов в `{ $location }` отключено
static-cache-disabled-help = кэшируйте версионированные ассеты надолго (`expires 30d;` или `Cache-Control: public, immutable`), а `no-cache` оставьте только для `index.html`
static-cache-disabled-strength = статические файлы в `{ $location }` кэшируются

## tls-weak-protocols
tls-weak-protocols = `ssl_protocols` включает устаревшие { $protocols }
tls-weak-protocols-template = `ssl_protocols` включает устаревшие { $protocols } в ветке шаблона `{ $branch }`: эту политику шаблон включает по запросу
tls-weak-protocols-help = используйте `ssl_protocols TLSv1.2 TLSv1.3;`
tls-weak-protocols-strength = TLS ограничен современными версиями ({ $protocols })

## try-files-proxied
try-files-proxied = в `location { $location }` есть и `try_files`, и `{ $directive }`: найденные файлы всё равно уходят в апстрим, а промах перенаправляет обратно в этот же location
try-files-proxied-help = отдавайте файлы в этом location, а проксируйте из именованного location: `try_files {"$"}uri @app;` плюс `location @app {"{"} proxy_pass ...; {"}"}`, или уберите отсюда `try_files`
try-files-proxied-related = обработчик этого location

## valid-referers-none
valid-referers-none = `valid_referers none` пропускает любой запрос без заголовка `Referer`, а опустить его может любой клиент
valid-referers-none-help = уберите `none`, если проверка защищает что-то кроме хотлинкинга картинок, и закройте ресурс аутентификацией или CSRF-токеном

## websocket-timeout-short
websocket-timeout-short = WebSocket-маршрут `{ $location }` закрывает простаивающие соединения через { $secs } с{ $default ->
        [true] {" "}(значение `proxy_read_timeout` в nginx по умолчанию)
       *[false] {""}
    }
websocket-timeout-short-help = увеличьте `proxy_read_timeout` (и `proxy_send_timeout`) для этого location, например до `3600s`, или отправляйте ping чаще, чем срабатывает таймаут
websocket-timeout-short-strength = WebSocket-маршрут `{ $location }` держит простаивающие соединения открытыми ({ $secs } с)

## websocket-upgrade-missing
websocket-upgrade-missing = WebSocket location `{ $path }` проксируется без { $missing }
websocket-upgrade-missing-help = добавьте в этот location `proxy_http_version 1.1; proxy_set_header Upgrade {"$"}http_upgrade; proxy_set_header Connection "upgrade";`

## worker-rlimit-nofile-low
worker-rlimit-nofile-low = `worker_rlimit_nofile { $limit }` меньше удвоенного `worker_connections { $conns }`: проксируемое соединение занимает два файловых дескриптора, поэтому у воркеров закончатся дескрипторы примерно на { $runs_out ->
        [one] { $runs_out } соединении
       *[other] { $runs_out } соединениях
    }
worker-rlimit-nofile-low-help = задайте `worker_rlimit_nofile { $nofile };` (не меньше удвоенного `worker_connections`)
worker-rlimit-nofile-low-related = соединений на воркер
worker-rlimit-nofile-low-unset = `worker_connections { $conns }` без `worker_rlimit_nofile`: воркеры наследуют лимит открытых файлов (в контейнере часто 1024) и раньше упрутся в ошибку "Too many open files"
worker-rlimit-nofile-low-unset-help = добавьте `worker_rlimit_nofile { $nofile };` на верхнем уровне nginx.conf
