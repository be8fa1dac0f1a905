# Messages of the delivery rules: what a rule says about one instance (see src/message.rs).
# Ids start with the rule name; variables are the fields of the rule's message structs.

## deploy-ssh-insecure
deploy-ssh-insecure = `{ $tool }` запускается с `{ $option }`: деплой доверяет любому хосту, который ответит по этому адресу
deploy-ssh-insecure-help = закрепите ключ хоста сервера: запишите его в `~/.ssh/known_hosts` из секрета или переменной CI (вывод `ssh-keyscan`, проверенный один раз) и уберите эту опцию
deploy-ssh-insecure-secret = `ssh` передаёт `{ $secret }` в командной строке удалённой команды: любой пользователь сервера видит его в списке процессов, и он попадает в историю shell
deploy-ssh-insecure-secret-help = передавайте секреты через стандартный ввод или файл с ограниченными правами (`ssh host 'cat > .env' < .env`), а не аргументами удалённой команды

## pre-commit-missing
pre-commit-missing = рекомендация: нет git-хуков (`.pre-commit-config.yaml`, lefthook, husky): секреты и сломанные файлы деплоя ловятся только после push, если вообще ловятся
pre-commit-missing-help = добавьте `.pre-commit-config.yaml` со сканером секретов и линтерами, которые использует команда, и выполните `pre-commit install`
