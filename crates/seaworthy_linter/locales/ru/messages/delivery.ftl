# Messages of the delivery rules: what a rule says about one instance (see src/message.rs).
# Ids start with the rule name; variables are the fields of the rule's message structs.

## ci-missing
ci-missing = нет CI-пайплайна: ничто не собирает, не тестирует и не проверяет этот деплой до выкладки
ci-missing-help = добавьте workflow (например, `.github/workflows/ci.yml`), который на каждый push запускает тесты, собирает образ и проверяет файлы деплоя

## ci-no-image-build
ci-no-image-build = { $files ->
    [1] единственный CI-файл не собирает образ контейнера
   *[other] ни один CI-файл (всего { $files }) не собирает образ контейнера
}
ci-no-image-build-help = добавьте job, который запускает `docker build` (или `docker/build-push-action` с `push: false` для pull request)

## ci-no-image-scan
ci-no-image-scan = образ собирается здесь, но ни один шаг CI не сканирует его на уязвимости и ошибки конфигурации
ci-no-image-scan-help = добавьте после сборки блокирующее сканирование, например `aquasecurity/trivy-action` с `exit-code: "1"` и `severity: CRITICAL,HIGH`

## ci-check-non-blocking
ci-check-non-blocking = шаг проверки с `continue-on-error: true` никогда не роняет пайплайн
ci-check-non-blocking-help = уберите `continue-on-error` или исправьте либо подавите конкретные замечания, чтобы проверка могла блокировать
ci-check-non-blocking-or-true = `|| true` превращает провал этой проверки в успех
ci-check-non-blocking-or-true-help = уберите `|| true`; если часть замечаний принята, настройте инструмент, чтобы он их игнорировал

## fixed-sleep-wait
fixed-sleep-wait = `{ $command }` ждёт фиксированное время вместо того, чтобы опрашивать готовность
fixed-sleep-wait-help = опрашивайте готовность: `until docker compose exec db pg_isready; do sleep 1; done` или `docker compose up --wait` с healthcheck

## deploy-ssh-insecure
deploy-ssh-insecure = `{ $tool }` запускается с `{ $option }`: деплой доверяет любому хосту, который ответит по этому адресу
deploy-ssh-insecure-help = закрепите ключ хоста сервера: запишите его в `~/.ssh/known_hosts` из секрета или переменной CI (вывод `ssh-keyscan`, проверенный один раз) и уберите эту опцию
deploy-ssh-insecure-secret = `ssh` передаёт `{ $secret }` в командной строке удалённой команды: любой пользователь сервера видит его в списке процессов, и он попадает в историю shell
deploy-ssh-insecure-secret-help = передавайте секреты через стандартный ввод или файл с ограниченными правами (`ssh host 'cat > .env' < .env`), а не аргументами удалённой команды

## pre-commit-missing
pre-commit-missing = рекомендация: нет git-хуков (`.pre-commit-config.yaml`, lefthook, husky): секреты и сломанные файлы деплоя ловятся только после push, если вообще ловятся
pre-commit-missing-help = добавьте `.pre-commit-config.yaml` со сканером секретов и линтерами, которые использует команда, и выполните `pre-commit install`
