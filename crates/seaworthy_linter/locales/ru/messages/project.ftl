# Messages of the project rules: what a rule says about one instance (see src/message.rs).
# Ids start with the rule name; variables are the fields of the rule's message structs.

## default-secret-in-script-or-config
default-secret-in-script-or-config-fallback = значение по умолчанию { $kind ->
    [setting] настройки
   *[other] переменной
} `{ $name }` в `{ $path }` — общеизвестное (`{ $masked }`): если переменная не задана, приложение работает с секретом, который любой может угадать
default-secret-in-script-or-config-started = { $kind ->
    [flag] флагу командной строки
    [setting] настройке
   *[other] переменной
} `{ $name }` задано общеизвестное значение по умолчанию (`{ $masked }`) в `{ $path }`, а сервис `{ $service }` выполняет этот скрипт при каждом старте: каждый его контейнер работает с секретом, который любой может угадать
default-secret-in-script-or-config = { $kind ->
    [flag] флагу командной строки
    [setting] настройке
   *[other] переменной
} `{ $name }` задано общеизвестное значение по умолчанию (`{ $masked }`) в `{ $path }`: всё, что его читает, работает с секретом, который любой может угадать
default-secret-in-script-or-config-script-help = берите секрет из окружения без значения по умолчанию и останавливайтесь, если его нет (`: "${"{"}NAME:?NAME must be set{"}"}"`), а значение, которое уже использовалось, смените
default-secret-in-script-or-config-config-help = уберите секрет из файла и читайте его из окружения или хранилища секретов, падая при старте, если его нет; значение, которое уже использовалось, смените
default-secret-in-script-or-config-related = сервис `{ $service }` стартует через `{ $path }`
default-secret-in-script-or-config-strength = `{ $path }` останавливается при старте, если `{ $name }` не задан, а не подставляет значение по умолчанию
