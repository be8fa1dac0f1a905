# Messages of the delivery rules: what a rule says about one instance (see src/message.rs).
# Ids start with the rule name; variables are the fields of the rule's message structs.

## deploy-ssh-insecure
deploy-ssh-insecure = `{ $tool }` запускається з `{ $option }`: деплой довіряє будь-якому хосту, який відповість за цією адресою
deploy-ssh-insecure-help = закріпіть ключ хоста сервера: запишіть його в `~/.ssh/known_hosts` із секрету або змінної CI (вивід `ssh-keyscan`, перевірений один раз) і приберіть цю опцію
deploy-ssh-insecure-secret = `ssh` передає `{ $secret }` у командному рядку віддаленої команди: будь-який користувач сервера бачить його у списку процесів, і він потрапляє в історію shell
deploy-ssh-insecure-secret-help = передавайте секрети через стандартний ввід або файл з обмеженими правами (`ssh host 'cat > .env' < .env`), а не аргументами віддаленої команди

## pre-commit-missing
pre-commit-missing = порада: немає git-хуків (`.pre-commit-config.yaml`, lefthook, husky): секрети та зламані файли деплою ловляться лише після push, якщо взагалі ловляться
pre-commit-missing-help = додайте `.pre-commit-config.yaml` зі сканером секретів і лінтерами, які використовує команда, і виконайте `pre-commit install`
