# Messages of the nginx rules: what a rule says about one instance (see src/message.rs).
# Ids start with the rule name; variables are the fields of the rule's message structs.

## add-header-content-type
add-header-content-type = `add_header Content-Type` надсилає другий `Content-Type` поруч із власним заголовком nginx; клієнт візьме будь-який із них
add-header-content-type-help = задайте тип, який віддає nginx, через `default_type { $mime };` (або блок `types {"{"} {"}"}`)
add-header-content-type-help-charset = задайте тип, який віддає nginx, через `default_type { $mime };` і `charset { $charset };` (або блок `types {"{"} {"}"}`)

## add-header-drops-inherited
add-header-drops-inherited = `add_header` у цьому блоці server скидає успадковані заголовки: { $lost }
add-header-drops-inherited-block = `add_header` у `{ $block } { $args }` скидає успадковані заголовки: { $lost }
add-header-drops-inherited-help = повторіть успадковані заголовки в цьому блоці, винесіть їх у сніпет, який підключається через `include` на кожному рівні, або (nginx 1.29.3+) задайте `add_header_inherit merge;` рівнем вище
add-header-drops-inherited-related = тут задано успадкований заголовок

## alias-traversal
alias-traversal = `location { $path }` без завершального слеша, а `alias { $alias }` зі слешем: запит `{ $path }../` виходить за межі каталогу
alias-traversal-help = завершіть шлях location слешем: `location { $path }/`
alias-traversal-related = директива alias

## allow-without-deny
allow-without-deny = `allow { $allowed }` без `deny` у тому самому блоці: усі інші адреси теж пропускаються
allow-without-deny-help = завершіть список рядком `deny all;` у тому самому блоці
allow-without-deny-related = останній `allow` списку

## auth-rate-limit-missing
auth-rate-limit-missing = ендпоінт автентифікації `{ $path }` не має обмеження частоти запитів
auth-rate-limit-missing-help = оголосіть `limit_req_zone {"$"}binary_remote_addr zone=login:10m rate=5r/m;` на рівні http і додайте сюди `limit_req zone=login burst=3 nodelay;`

## autoindex-enabled
autoindex-enabled = `autoindex on` показує будь-кому перелік усіх файлів каталогу
autoindex-enabled-help = приберіть його (за замовчуванням він вимкнений); якщо перелік справді потрібен, віддавайте явну індексну сторінку за автентифікацією

## client-body-size-excessive
client-body-size-excessive = `client_max_body_size 0` знімає обмеження на розмір запиту
client-body-size-excessive-gb = `client_max_body_size { $value }` дозволяє клієнту надіслати { $gb } ГБ в одному запиті
client-body-size-excessive-large = `client_max_body_size { $value }` — надто великий ліміт
client-body-size-excessive-help = задайте значення, яке справді приймає застосунок (наприклад, `20M`), і підвищуйте його лише в location для завантаження файлів

## csp-unsafe
csp-unsafe = CSP дозволяє { $sources }
csp-unsafe-help = приберіть 'unsafe-inline'/'unsafe-eval' (використовуйте nonce або хеші) і перелічіть конкретні хости замість схем

## default-server-missing
default-server-missing = { $count ->
    [one] { $count } сервер слухає
    [few] { $count } сервери слухають
   *[other] { $count } серверів слухають
} { $socket }, і жоден не позначений `default_server`: запити з будь-яким іншим іменем хоста потраплять до `{ $first }`, прочитаного першим
default-server-missing-sockets = { $count ->
    [one] { $count } сервер слухає
    [few] { $count } сервери слухають
   *[other] { $count } серверів слухають
} { $head } і { $last }, і жоден не позначений `default_server`: запити з будь-яким іншим іменем хоста потраплять до `{ $first }`, прочитаного першим
default-server-missing-help = позначте потрібний catch-all сервер: `listen { $listen } default_server;` (надійний варіант — сервер із `server_name _; return 444;`)
default-server-missing-related = `{ $name }` теж слухає тут
default-server-missing-related-unnamed = тут слухає ще один сервер

## gzip-disabled
gzip-disabled = відповіді ніколи не стискаються: `gzip` вимкнено
gzip-disabled-help = додайте в блок `http` директиву `gzip on;` і `gzip_types` для тексту, JSON, JS і CSS
gzip-disabled-strength = стиснення відповідей увімкнено

## header-without-always
header-without-always = `{ $header }` не надсилається у відповідях із помилкою: додайте `always`
header-without-always-help = допишіть `always`: `add_header <name> "<value>" always;`

## host-header-spoofing
host-header-spoofing = `{ $header }` береться з `{"$"}http_host` — сирого значення, надісланого клієнтом
host-header-spoofing-help = використовуйте `{"$"}host` (перевіряється за `server_name`) замість `{"$"}http_host`

## hsts-missing
hsts-missing = цей HTTPS-сервер не надсилає заголовок `Strict-Transport-Security`
hsts-missing-help = додайте `add_header Strict-Transport-Security "max-age=63072000; includeSubDomains" always;`
hsts-missing-short-days = надто короткий HSTS `max-age` ({ $days ->
    [one] { $days } день
    [few] { $days } дні
   *[other] { $days } днів
})
hsts-missing-short-seconds = надто короткий HSTS `max-age` ({ $seconds ->
    [one] { $seconds } секунда
    [few] { $seconds } секунди
   *[other] { $seconds } секунд
})
hsts-missing-short-help = задайте щонайменше шість місяців: `max-age=15552000` (часто ставлять два роки, `63072000`)
hsts-missing-strength = на TLS-сервері увімкнено HSTS

## http-splitting
http-splitting = значення { $capture ->
        [true] `{ $var }` (`{ $pattern }`, захоплене `{ $by }`)
       *[false] `{ $var }`
    }{ $through ->
        [true] {" "}(через `{ $via }`)
       *[false] {""}
    } вже URL-декодоване: `%0d%0a` у запиті розриває заголовок `{ $header }`
http-splitting-help = використовуйте натомість `{"$"}request_uri` (лишається закодованим) або захоплюйте класом символів, що виключає керівні символи
http-splitting-upstream = значення { $capture ->
        [true] `{ $var }` (`{ $pattern }`, захоплене `{ $by }`)
       *[false] `{ $var }`
    }{ $through ->
        [true] {" "}(через `{ $via }`)
       *[false] {""}
    } вже URL-декодоване, а `{ $directive }` передає його upstream як є: `%0d%0a` у запиті розриває запит до upstream
http-splitting-upstream-help = передавайте запит без змін (`proxy_pass http://backend;`) або використовуйте `{"$"}request_uri`, який лишається закодованим

## https-disabled
https-disabled = конфігурацію HTTPS закоментовано, і жоден сервер не термінує TLS
https-disabled-help = увімкніть TLS-сервер (сертифікати від Let's Encrypt або вашого CA) або задокументуйте, де термінується TLS (балансувальник), коментарем `# seaworthy: ignore[https-disabled] TLS ends at the LB`

## https-redirect-missing
https-redirect-missing = цей сервер на plain HTTP віддає сайт замість редиректу на HTTPS
https-redirect-missing-help = замініть його location на `return 301 https://{"$"}host{"$"}request_uri;` (залиште location для ACME challenge, якщо використовуєте Let's Encrypt)
https-redirect-missing-strength = plain HTTP перенаправляє на HTTPS

## if-in-location
if-in-location = `if { $cond }` у `location { $location }` використовує { $directives } для запитів, що підпадають під умову: їх обслуговує власна конфігурація блоку `if`, а не location
if-in-location-help = обирайте значення через `map` на рівні http і використовуйте змінну в location або завершуйте `if` директивою `return`/`rewrite ... last`
if-in-location-related = всередині `if`
if-in-location-loses = коли спрацьовує `if { $cond }`, `location { $location }` втрачає свій `{ $directive }`: блок `if` його не успадковує
if-in-location-loses-help = перенесіть умову в `map` на рівні http або завершуйте `if` директивою `return`/`rewrite ... last`
if-in-location-loses-related = втрачається всередині `if`

## location-regex-unanchored
location-regex-unanchored = `location { $location }` не прив'язаний до кінця рядка через `$`: він збігається і з `/uploads/file.{ $ext }.jpg`, і з `/file.{ $ext }/more`
location-regex-unanchored-help = завершіть регулярний вираз символом `$`: `{ $re }$`

## origin-check-regex
origin-check-regex = перевірка `{ $var }` за `{ $re }` пропускає `{ $attack }`
origin-check-regex-map = шаблон `{ $re }` для `{ $var }` пропускає `{ $attack }`
origin-check-regex-help-origin = прив'яжіть обидва кінці й екрануйте крапки: `~ "^https://(www\.)?example\.com$"`
origin-check-regex-help-referer = прив'яжіть хост і екрануйте крапки: `~ "^https://([^/]+\.)?example\.com(/|$)"`
origin-check-regex-referrer = `{"$"}http_referrer` завжди порожній: заголовок пишеться `Referer`, тож ця перевірка ніколи не бачить значення клієнта
origin-check-regex-referrer-help = використовуйте `{"$"}http_referer`

## proxy-forwarded-headers-missing
proxy-forwarded-headers-missing = location `{ $location }` проксує на { $target } без { $header }: застосунок бачить nginx у ролі клієнта
proxy-forwarded-headers-missing-both = location `{ $location }` проксує на { $target } без X-Forwarded-For і X-Forwarded-Proto: застосунок бачить nginx у ролі клієнта
proxy-forwarded-headers-missing-help = додайте `proxy_set_header X-Forwarded-For {"$"}proxy_add_x_forwarded_for;` і `proxy_set_header X-Forwarded-Proto {"$"}scheme;` та налаштуйте застосунок довіряти їм лише від nginx

## proxy-pass-normalized
proxy-pass-normalized = змінна `{ $var }`{ $through ->
        [true] {" "}(через `{ $via }`)
       *[false] {""}
    }, захоплена `{ $by }`, містить декодований шлях, а `proxy_pass` передає її як є: `%2F`, `%3F` і `%25` доходять до upstream декодованими, і він декодує їх повторно
proxy-pass-normalized-help = зіставляйте шлях через prefix location (`location /api/ {"{"} proxy_pass http://backend/; {"}"}`) або передавайте `{"$"}request_uri` без змін
proxy-pass-normalized-uri-part = `proxy_pass { $target }` має URI-частину { $place ->
        [block] всередині `{ $block }`
        [regex] у regex location
       *[named] в іменованому location
    }: nginx із нею не запуститься
proxy-pass-normalized-uri-part-help = приберіть URI-частину (`proxy_pass http://backend;`) і за потреби переписуйте шлях через `rewrite ... break;`

## proxy-pass-variable-ssrf
proxy-pass-variable-ssrf = хост upstream у `{ $directive } { $target }` береться зі змінної `{ $var }`{ $through ->
        [true] {" "}(через `{ $via }`)
       *[false] {""}
    }, яку контролює клієнт
proxy-pass-variable-ssrf-captured = хост upstream у `{ $directive } { $target }` береться зі змінної `{ $var }`{ $through ->
        [true] {" "}(через `{ $via }`)
       *[false] {""}
    }, захопленої із { $from ->
        [host] заголовка Host
       *[path] шляху запиту
    } директивою `{ $by }`
proxy-pass-variable-ssrf-help = проксуйте на фіксований upstream і передавайте значення клієнта в шляху чи заголовку або зіставте дозволені значення з іменами upstream через блок `map`

## rate-limit-missing
rate-limit-missing = цей сервер проксує запити до застосунку без жодного обмеження частоти запитів
rate-limit-missing-help = додайте `limit_req_zone` на рівні http і `limit_req zone=... burst=... nodelay;` у проксовані location
rate-limit-missing-strength = обмеження частоти запитів (`limit_req`/`limit_conn`) захищає upstream

## resolver-external
resolver-external = `resolver` надсилає DNS-запити nginx на { $count ->
        [one] публічний сервер
       *[other] публічні сервери
    } { $servers }: відповіді можна підробити (немає DNSSEC), і він не розпізнає приватні імена та імена сервісів compose
resolver-external-help = використовуйте резолвер поруч із nginx: `resolver 127.0.0.11 valid=30s;` у Docker, DNS VPC чи кластера або локальний кешувальний резолвер

## resolver-missing
resolver-missing = `{ $directive }` розпізнає `{ $vars }` під час роботи, але `resolver` не задано: кожен запит сюди завершується помилкою 502
resolver-missing-help = додайте `resolver 127.0.0.11 valid=30s;` (DNS Docker) у блок server або http або проксуйте на фіксований хост чи `upstream {"{"}{"}"}`

## return-bypasses-access
return-bypasses-access = `return { $code }` відповідає у фазі rewrite, до перевірки `{ $rule }`: цю відповідь отримує будь-який клієнт
return-bypasses-access-help = віддавайте відповідь обробником, який працює після перевірки доступу (`try_files`, `root`, `proxy_pass`), або перенесіть `return` у location без обмеження
return-bypasses-access-related = правило доступу, яке не діє на `return`

## security-headers-missing
security-headers-missing = цей сервер не надсилає { $headers }
security-headers-missing-help = додайте на рівні server: `add_header X-Content-Type-Options "nosniff" always; add_header X-Frame-Options "DENY" always; add_header Referrer-Policy "strict-origin-when-cross-origin" always;`
security-headers-missing-strength = заголовки безпеки (nosniff, frame options, referrer policy) задано

## server-tokens-exposed
server-tokens-exposed = `server_tokens on` розкриває версію nginx
server-tokens-exposed-help = використовуйте `server_tokens off;`
server-tokens-exposed-default = `server_tokens` ніде не вимкнено: відповіді повідомляють версію nginx
server-tokens-exposed-default-help = додайте `server_tokens off;` у блок `http` (або в кожен `server`)

## ssl-ciphers-weak
ssl-ciphers-weak = `{ $directive }` вмикає небезпечні набори шифрів: { $ciphers }{ $more ->
        [0] {""}
       *[other] {" "}і ще { $more }
    }
ssl-ciphers-weak-template = `{ $directive }` вмикає небезпечні набори шифрів: { $ciphers }{ $more ->
        [0] {""}
       *[other] {" "}і ще { $more }
    } у гілці шаблону `{ $branch }`: цю політику шаблон вмикає на запит
ssl-ciphers-weak-help = використовуйте список Mozilla "intermediate" (ECDHE з AES-GCM або CHACHA20-POLY1305) або приберіть `ssl_ciphers` і покладіться на типові налаштування TLS 1.2/1.3

## static-cache-disabled
static-cache-disabled = кешування статичних файлів у `{ $location }` вимкнено
static-cache-disabled-help = кешуйте версіоновані ассети надовго (`expires 30d;` або `Cache-Control: public, immutable`), а `no-cache` залиште лише для `index.html`
static-cache-disabled-strength = статичні файли в `{ $location }` кешуються

## tls-weak-protocols
tls-weak-protocols = `ssl_protocols` вмикає застарілі { $protocols }
tls-weak-protocols-template = `ssl_protocols` вмикає застарілі { $protocols } у гілці шаблону `{ $branch }`: цю політику шаблон вмикає на запит
tls-weak-protocols-help = використовуйте `ssl_protocols TLSv1.2 TLSv1.3;`
tls-weak-protocols-strength = TLS обмежено сучасними версіями ({ $protocols })

## try-files-proxied
try-files-proxied = у `location { $location }` є і `try_files`, і `{ $directive }`: знайдені файли все одно йдуть в upstream, а промах перенаправляє назад у цей самий location
try-files-proxied-help = віддавайте файли в цьому location, а проксуйте з іменованого location: `try_files {"$"}uri @app;` плюс `location @app {"{"} proxy_pass ...; {"}"}`, або приберіть звідси `try_files`
try-files-proxied-related = обробник цього location

## valid-referers-none
valid-referers-none = `valid_referers none` пропускає будь-який запит без заголовка `Referer`, а пропустити його може будь-який клієнт
valid-referers-none-help = приберіть `none`, якщо перевірка захищає щось, крім хотлінкінгу зображень, і захистіть ресурс автентифікацією або CSRF-токеном

## websocket-timeout-short
websocket-timeout-short = WebSocket-маршрут `{ $location }` закриває неактивні з'єднання через { $secs } с{ $default ->
        [true] {" "}(типове значення `proxy_read_timeout` у nginx)
       *[false] {""}
    }
websocket-timeout-short-help = збільште `proxy_read_timeout` (і `proxy_send_timeout`) для цього location, наприклад до `3600s`, або надсилайте ping частіше, ніж спрацьовує таймаут
websocket-timeout-short-strength = WebSocket-маршрут `{ $location }` тримає неактивні з'єднання відкритими ({ $secs } с)

## websocket-upgrade-missing
websocket-upgrade-missing = WebSocket location `{ $path }` проксується без { $missing }
websocket-upgrade-missing-help = додайте в цей location `proxy_http_version 1.1; proxy_set_header Upgrade {"$"}http_upgrade; proxy_set_header Connection "upgrade";`

## worker-rlimit-nofile-low
worker-rlimit-nofile-low = `worker_rlimit_nofile { $limit }` менший за подвоєний `worker_connections { $conns }`: проксоване з'єднання займає два файлові дескриптори, тож у воркерів закінчаться дескриптори приблизно на { $runs_out ->
        [one] { $runs_out } з'єднанні
       *[other] { $runs_out } з'єднаннях
    }
worker-rlimit-nofile-low-help = задайте `worker_rlimit_nofile { $nofile };` (не менше за подвоєний `worker_connections`)
worker-rlimit-nofile-low-related = з'єднань на воркер
worker-rlimit-nofile-low-unset = `worker_connections { $conns }` без `worker_rlimit_nofile`: воркери успадковують ліміт відкритих файлів (у контейнері часто 1024) і раніше впруться в помилку "Too many open files"
worker-rlimit-nofile-low-unset-help = додайте `worker_rlimit_nofile { $nofile };` на верхньому рівні nginx.conf
