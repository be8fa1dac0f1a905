# Messages of the delivery rules: what a rule says about one instance (see src/message.rs).
# Ids start with the rule name; variables are the fields of the rule's message structs.

## ci-missing
ci-missing = немає CI-конвеєра: ніщо не збирає, не тестує і не перевіряє цей деплой до викладки
ci-missing-help = додайте workflow (наприклад, `.github/workflows/ci.yml`), який на кожен push запускає тести, збирає образ і перевіряє файли деплою

## ci-no-image-build
ci-no-image-build = { $files ->
    [1] єдиний CI-файл не збирає образ контейнера
   *[other] жоден CI-файл (усього { $files }) не збирає образ контейнера
}
ci-no-image-build-help = додайте job, який запускає `docker build` (або `docker/build-push-action` з `push: false` для pull request)

## ci-no-image-scan
ci-no-image-scan = образ збирається тут, але жоден крок CI не сканує його на вразливості та помилки конфігурації
ci-no-image-scan-help = додайте після збірки блокувальне сканування, наприклад `aquasecurity/trivy-action` з `exit-code: "1"` і `severity: CRITICAL,HIGH`

## ci-check-non-blocking
ci-check-non-blocking = крок перевірки з `continue-on-error: true` ніколи не валить конвеєр
ci-check-non-blocking-help = приберіть `continue-on-error` або виправте чи придушіть конкретні зауваження, щоб перевірка могла блокувати
ci-check-non-blocking-or-true = `|| true` перетворює провал цієї перевірки на успіх
ci-check-non-blocking-or-true-help = приберіть `|| true`; якщо частину зауважень прийнято, налаштуйте інструмент, щоб він їх ігнорував

## fixed-sleep-wait
fixed-sleep-wait = `{ $command }` чекає фіксований час замість того, щоб опитувати готовність
fixed-sleep-wait-help = опитуйте готовність: `until docker compose exec db pg_isready; do sleep 1; done` або `docker compose up --wait` із healthcheck

## deploy-ssh-insecure
deploy-ssh-insecure = `{ $tool }` запускається з `{ $option }`: деплой довіряє будь-якому хосту, який відповість за цією адресою
deploy-ssh-insecure-help = закріпіть ключ хоста сервера: запишіть його в `~/.ssh/known_hosts` із секрету або змінної CI (вивід `ssh-keyscan`, перевірений один раз) і приберіть цю опцію
deploy-ssh-insecure-secret = `ssh` передає `{ $secret }` у командному рядку віддаленої команди: будь-який користувач сервера бачить його у списку процесів, і він потрапляє в історію shell
deploy-ssh-insecure-secret-help = передавайте секрети через стандартний ввід або файл з обмеженими правами (`ssh host 'cat > .env' < .env`), а не аргументами віддаленої команди

## pre-commit-missing
pre-commit-missing = порада: немає git-хуків (`.pre-commit-config.yaml`, lefthook, husky): секрети та зламані файли деплою ловляться лише після push, якщо взагалі ловляться
pre-commit-missing-help = додайте `.pre-commit-config.yaml` зі сканером секретів і лінтерами, які використовує команда, і виконайте `pre-commit install`
