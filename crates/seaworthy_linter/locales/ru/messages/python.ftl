# Messages of the python rules: what a rule says about one instance (see src/message.rs).
# Ids start with the rule name; variables are the fields of the rule's message structs.

## gunicorn-sync-worker-io-bound
gunicorn-sync-worker-io-bound = рекомендация: gunicorn в `{ $service }` обслуживает WSGI-приложение `{ $target }` sync-воркерами по умолчанию и без потоков, а веб-код ходит во внешние сервисы (`{ $path }` импортирует `{ $client }`): каждый запрос, ждущий такой вызов, занимает целый воркер
gunicorn-sync-worker-io-bound-help = добавьте потоки (`--threads 4`, воркер gthread) или асинхронный класс воркера (`-k gevent`) и ставьте таймауты на внешние вызовы
gunicorn-sync-worker-io-bound-related = `{ $client }` импортируется веб-кодом
gunicorn-sync-worker-io-bound-strength = gunicorn в `{ $service }` работает с потоками или асинхронным классом воркера для веб-кода, который ждёт внешние сервисы (`{ $client }`)
