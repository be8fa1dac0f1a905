# Messages of the python rules: what a rule says about one instance (see src/message.rs).
# Ids start with the rule name; variables are the fields of the rule's message structs.

## gunicorn-sync-worker-io-bound
gunicorn-sync-worker-io-bound = advice: gunicorn in `{ $service }` serves the WSGI app `{ $target }` with the default sync worker and no threads, while the web code calls outside services (`{ $path }` imports `{ $client }`): every request waiting on such a call holds a whole worker
gunicorn-sync-worker-io-bound-help = add threads (`--threads 4`, the gthread worker) or an async worker class (`-k gevent`), and keep timeouts on outgoing calls
gunicorn-sync-worker-io-bound-related = `{ $client }` imported by the web code
gunicorn-sync-worker-io-bound-strength = gunicorn in `{ $service }` runs threads or an async worker class for web code that waits on outside services (`{ $client }`)
