# Messages of the project rules: what a rule says about one instance (see src/message.rs).
# Ids start with the rule name; variables are the fields of the rule's message structs.

## default-secret-in-script-or-config
default-secret-in-script-or-config-fallback = значення за замовчуванням { $kind ->
    [setting] налаштування
   *[other] змінної
} `{ $name }` у `{ $path }` — загальновідоме (`{ $masked }`): якщо змінну не задано, застосунок працює із секретом, який будь-хто може вгадати
default-secret-in-script-or-config-started = { $kind ->
    [flag] прапорцю командного рядка
    [setting] налаштуванню
   *[other] змінній
} `{ $name }` задано загальновідоме значення за замовчуванням (`{ $masked }`) у `{ $path }`, а сервіс `{ $service }` виконує цей скрипт під час кожного старту: кожен його контейнер працює із секретом, який будь-хто може вгадати
default-secret-in-script-or-config = { $kind ->
    [flag] прапорцю командного рядка
    [setting] налаштуванню
   *[other] змінній
} `{ $name }` задано загальновідоме значення за замовчуванням (`{ $masked }`) у `{ $path }`: усе, що його читає, працює із секретом, який будь-хто може вгадати
default-secret-in-script-or-config-script-help = беріть секрет із оточення без значення за замовчуванням і зупиняйтеся, якщо його немає (`: "${"{"}NAME:?NAME must be set{"}"}"`), а значення, яке вже використовувалося, змініть
default-secret-in-script-or-config-config-help = приберіть секрет із файлу й читайте його з оточення чи сховища секретів, падаючи під час старту, якщо його немає; значення, яке вже використовувалося, змініть
default-secret-in-script-or-config-related = сервіс `{ $service }` стартує через `{ $path }`
default-secret-in-script-or-config-strength = `{ $path }` зупиняється під час старту, якщо `{ $name }` не задано, а не підставляє значення за замовчуванням
