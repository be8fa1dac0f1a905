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
proxy-pass-normalized = `{ $var }`{ $through ->
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
proxy-pass-variable-ssrf = хост upstream у `{ $directive } { $target }` береться з `{ $var }`{ $through ->
        [true] {" "}(через `{ $via }`)
       *[false] {""}
    }, яку контролює клієнт
proxy-pass-variable-ssrf-captured = хост upstream у `{ $directive } { $target }` береться з `{ $var }`{ $through ->
        [true] {" "}(через `{ $via }`)
       *[false] {""}
    }, захопленої із { $from ->
        [host] заголовка Host
       *[path] шляху запиту
    } директивою `{ $by }`
proxy-pass-variable-ssrf-help = проксуйте на фіксований upstream і передавайте значення клієнта в шляху чи заголовку або зіставте дозволені значення з іменами upstream через блок `map`
