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
