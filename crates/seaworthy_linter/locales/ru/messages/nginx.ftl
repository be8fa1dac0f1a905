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
