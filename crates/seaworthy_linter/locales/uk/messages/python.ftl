# Messages of the python rules: what a rule says about one instance (see src/message.rs).
# Ids start with the rule name; variables are the fields of the rule's message structs.

## gunicorn-sync-worker-io-bound
gunicorn-sync-worker-io-bound = порада: gunicorn у `{ $service }` обслуговує WSGI-застосунок `{ $target }` sync-воркерами за замовчуванням і без потоків, а вебкод звертається до зовнішніх сервісів (`{ $path }` імпортує `{ $client }`): кожен запит, що чекає на такий виклик, займає цілий воркер
gunicorn-sync-worker-io-bound-help = додайте потоки (`--threads 4`, воркер gthread) або асинхронний клас воркера (`-k gevent`) і ставте таймаути на зовнішні виклики
gunicorn-sync-worker-io-bound-related = `{ $client }` імпортує вебкод
gunicorn-sync-worker-io-bound-strength = gunicorn у `{ $service }` працює з потоками або асинхронним класом воркера для вебкоду, що чекає на зовнішні сервіси (`{ $client }`)
