# Власні тексти звіту (заголовки, вердикти, області, фази плану, зусилля, загальні фрази),
# підсумкові рядки текстового виводу та заголовки `seaworthy explain`. Повідомлень правил тут немає.
# Кожне повідомлення має бути в en, ru і uk (це перевіряє тест).

## Шапка

report-title = Аудит деплою: { $project }
meta-date = Дата
meta-commit = Коміт
meta-no-commit = не прочитано
meta-verdict = Вердикт
meta-score = Оцінка
meta-scope = seaworthy { $version } · { $files ->
    [one] { $files } файл
    [few] { $files } файли
   *[many] { $files } файлів
} · { $services ->
    [one] { $services } сервіс
    [few] { $services } сервіси
   *[many] { $services } сервісів
} · { $deployments ->
    [one] { $deployments } стек
    [few] { $deployments } стеки
   *[many] { $deployments } стеків
}

## Вердикти та резюме

verdict-ready = Готовий
verdict-ready-with-fixes = Готовий з доопрацюваннями
verdict-not-ready = Не готовий
headline-not-ready = Не готовий до production: { $count ->
    [one] спершу треба усунути { $count } блокер.
    [few] спершу треба усунути { $count } блокери.
   *[many] спершу треба усунути { $count } блокерів.
}
headline-ready-with-fixes = Готовий до production з доопрацюваннями: блокерів немає, { $count ->
    [one] { $count } зауваження середньої важливості.
    [few] { $count } зауваження середньої важливості.
   *[many] { $count } зауважень середньої важливості.
}
headline-ready = Готовий до production: релізу ніщо не заважає.
headline-cannot-build = У поточному вигляді проєкт не збирається.
headline-cannot-start = У поточному вигляді проєкт не запускається.
h-summary = Резюме
h-blockers = Блокери
blockers-more = …і ще { $count ->
    [one] { $count } блокер
    [few] { $count } блокери
   *[many] { $count } блокерів
} — у зауваженнях нижче.
places-more = (і ще { $count ->
    [one] { $count } місце
    [few] { $count } місця
   *[many] { $count } місць
})
more-count = ще { $count }

## Області

area-image = Образ
area-orchestration = Оркестрація
area-proxy = Зворотний проксі
area-secrets = Секрети та конфігурація
area-runtime = Середовище виконання застосунку
area-delivery = Доставка та експлуатація
area-summary-clean = серйозних проблем немає.
area-summary-problems = { $problems }.
area-summary-good = Добре: { $practices }.
status-missing = відсутнє
status-not-assessed = не оцінювалось
missing-image = сервіси збираються, але Dockerfile немає
missing-orchestration = немає compose-файлу
missing-proxy = немає конфігурації nginx
missing-secrets = деплой нічим не конфігурується
missing-runtime = застосунок не знайдено
missing-delivery = жоден CI-пайплайн нічого не збирає, не тестує і не сканує
not-assessed-image = Dockerfile немає, сервіси запускають готові образи
not-assessed-orchestration = немає compose-файлу
not-assessed-proxy = немає конфігурації nginx
not-assessed-secrets = немає ні env-файлів, ні compose-файлів, ні Dockerfile
not-assessed-runtime = не видно ні команди застосунку, ні коду, ні маніфесту залежностей
not-assessed-delivery = доставляти нічого
units-image = { $count } Dockerfile
units-orchestration = { $count ->
    [one] { $count } сервіс
    [few] { $count } сервіси
   *[many] { $count } сервісів
}
units-proxy = { $count ->
    [one] { $count } конфіг nginx
    [few] { $count } конфіги nginx
   *[many] { $count } конфігів nginx
}
units-secrets = { $count ->
    [one] { $count } файл з конфігурацією
    [few] { $count } файли з конфігурацією
   *[many] { $count } файлів з конфігурацією
}
units-runtime = { $count ->
    [one] { $count } сервіс застосунку
    [few] { $count } сервіси застосунку
   *[many] { $count } сервісів застосунку
}
units-delivery = { $count ->
    [one] { $count } CI-пайплайн
    [few] { $count } CI-пайплайни
   *[many] { $count } CI-пайплайнів
}

## Оцінки

h-scores = Оцінки
col-area = Область
col-score = Оцінка
col-why = Чому
overall = Загалом
overall-none = нічого не оцінювалось
overall-mean = середньозважена по { $count ->
    [one] { $count } оціненій області
   *[other] { $count } оцінених областях
}
overall-missing = { $count ->
    [one] відсутня область рахується як 0
   *[other] відсутні області ({ $count }) рахуються як 0
}
overall-capped = не вище { $cap }: є блокери, найгірший — { $severity }
rationale-no-findings = зауважень немає
rationale-credited = зараховано: { $practices }
rationale-capped = не вище { $cap } через серйозне зауваження
count-critical = критичних: { $count }
count-high = високих: { $count }
count-medium = середніх: { $count }
count-low = низьких: { $count }
count-info = інфо: { $count }
count-findings = { $count ->
    [one] { $count } зауваження
    [few] { $count } зауваження
   *[many] { $count } зауважень
}

## Важливість

severity-critical = Критичний
severity-high = Високий
severity-medium = Середній
severity-low = Низький
severity-info = Інфо
severity-word-critical = критичний
severity-word-high = високий
severity-word-medium = середній
severity-word-low = низький
severity-word-info = інфо
confidence-low = низька
confidence-medium = середня
confidence-high = висока
confidence-tag = впевненість: { $level }
note-fix-available = є автовиправлення: { $what }
note-unsafe-fix-available = є небезпечне автовиправлення: { $what }
note-suggestion = пропозиція: { $what }
note-confidence-inferred = впевненість: { $level } (ґрунтується на зв'язку, який аудит вивів сам)
env-only-dev = лише для розробки
env-only-test = лише для тестів
env-only-prod = production
env-only-shared = усі оточення

## Сильні сторони

h-strengths = Сильні сторони
strength-line = { $label }: { $subjects }
strength-line-of = { $label }: { $subjects } ({ $count } з { $total })
strength-line-places = { $label } ({ $count ->
    [one] { $count } місце
    [few] { $count } місця
   *[many] { $count } місць
})
practice-base-image-unpinned = Базові образи закріплені на версіях
practice-build-tools-in-final-stage = Multi-stage збірка: у фінальний образ потрапляють лише артефакти
practice-healthcheck-tool-missing = HEALTHCHECK в образі з робочою перевіркою
practice-shell-form-entrypoint = Команда запуску в exec-формі: процес отримує сигнали напряму
practice-pip-cache-not-disabled = Кеш pip не потрапляє в образ
practice-runs-as-root = Запуск від непривілейованого користувача
practice-healthcheck-missing = Healthcheck-и
practice-root-image-unprivileged-variant = Непривілейований образ проксі
practice-depends-on-not-healthy = Старт чекає готовності залежностей (service_healthy)
practice-stateful-data-not-persisted = Дані на іменованих volume
practice-single-network = Сервіси в явно заданих мережах
practice-config-mount-writable = Конфігурація змонтована лише для читання
practice-no-environment-overrides = Налаштування dev і production розділені
practice-resource-limits-missing = Ліміти ресурсів
practice-env-file-not-gitignored = Env-файли не потрапляють у git
practice-secret-in-example-file = У прикладах env-файлів лише плейсхолдери
practice-env-in-build-context = .dockerignore не пускає env-файли в образ
practice-static-cache-disabled = Статика кешується
practice-rate-limit-missing = Rate limiting перед застосунком
practice-websocket-timeout-short = Довготривалі WebSocket-з'єднання не обриваються
practice-hsts-missing = HSTS на TLS-сервері
practice-security-headers-missing = Security headers
practice-https-redirect-missing = Редирект HTTP → HTTPS
practice-tls-weak-protocols = Лише сучасні версії TLS
practice-gzip-disabled = Стиснення відповідей

## Зауваження

h-findings = Зауваження
findings-none = Зауважень немає.
h-minor = { $low ->
    [0] Інфо ({ $info })
   *[other] { $info ->
        [0] Низький ({ $low })
       *[other] Низький ({ $low }) та інфо ({ $info })
    }
}
notes-summary = { $count ->
    [one] { $count } нотатка (інфо)
    [few] { $count } нотатки (інфо)
   *[many] { $count } нотаток (інфо)
}
item-rotate-keys = Ротувати { $count ->
    [one] { $count } ключ
    [few] { $count } ключі
   *[many] { $count } ключів
} у `{ $file }`: { $keys }
item-title-subjects = { $summary }: { $subjects }
item-title-count = { $summary } ({ $count ->
    [one] { $count } місце
    [few] { $count } місця
   *[many] { $count } місць
})
label-why = Чому
label-fix = Рекомендація
label-verify = перевірка
why-see-above = як вище, те саме правило.
snippet-fix = Що запише `seaworthy audit --fix`:
snippet-adapted = Приклад із правила, застосований до цього блоку:
snippet-example = Як у прикладі правила:
autofix-safe = виправляється через `seaworthy audit --fix`
autofix-unsafe = виправляється через `seaworthy audit --fix --unsafe-fixes` (змінює поведінку: перегляньте diff)
autofix-display = запропонована правка є у JSON-виводі

## План

h-plan = План дій
phase-leak = Зупинити витік
phase-build = Зібрати й запустити
phase-reliable = Надійність
phase-harden = Hardening
phase-operate = Експлуатація
about-time = приблизно { $time }
effort-S = зусилля S (≈15 хв)
effort-M = зусилля M (≈2 год)
effort-L = зусилля L (≈1 день)
plan-low-steps = { $count ->
    [one] { $count } крок низького пріоритету
    [few] { $count } кроки низького пріоритету
   *[many] { $count } кроків низького пріоритету
}
h-quick-wins = Швидкі перемоги
quick-wins-intro = { $count ->
    [one] { $count } невелика зміна
    [few] { $count } невеликі зміни
   *[many] { $count } невеликих змін
} з відчутним ефектом, загалом приблизно { $time }:
duration-min = { $m } хв
duration-h = { $h } год
duration-h-min = { $h } год { $m } хв

## Топологія

h-topology = Топологія
topology-none = Малювати нічого: немає compose-деплою.
topology-host-ports = порти хоста
topology-healthcheck = healthcheck
topology-build = збірка
topology-data-store = сховище даних
topology-cache = кеш
topology-broker = брокер
topology-proxy = проксі
topology-worker = воркер
topology-scheduler = планувальник
topology-one-shot-job = разова задача
topology-admin-ui = адмінка
topology-app = застосунок
topology-dev = dev
topology-test = test
topology-prod = prod
topology-shared = спільний

## Поза межами та не перевірено

h-scope = Поза межами аудиту та не перевірено
scope-static = Статичний аудит не може оцінити:
scope-image-size = розмір зібраних образів
scope-runtime = поведінку в роботі (пам'ять, затримки, навантаження)
scope-monitoring = моніторинг і алертинг
scope-backups = бекапи та відновлення
scope-rollback = відкат і саму процедуру деплою
scope-host = хост, його firewall і TLS-сертифікати
scope-run = У цьому запуску не перевірялось:
scope-run-none = Нічого не пропущено: усі файли прочитано й розібрано.
skipped-no-git = історія git (не репозиторій або `--no-git`): секрети в старих комітах не шукались
skipped-shallow = історія до першого коміту shallow-клону
skipped-history-truncated = історія глибше останніх { $count } комітів
skipped-git-problems = частина історії git, яку не вдалося прочитати
skipped-unreadable = { $count ->
    [one] { $count } файл, який не вдалося прочитати
    [few] { $count } файли, які не вдалося прочитати
   *[many] { $count } файлів, які не вдалося прочитати
}: { $files }
skipped-templates = { $count ->
    [one] { $count } шаблон, значення якого після рендерингу невідомі
    [few] { $count } шаблони, значення яких після рендерингу невідомі
   *[many] { $count } шаблонів, значення яких після рендерингу невідомі
}: { $files }
skipped-parse = { $count ->
    [one] { $count } файл, який не вдалося розібрати повністю
    [few] { $count } файли, які не вдалося розібрати повністю
   *[many] { $count } файлів, які не вдалося розібрати повністю
}: { $files }
skipped-partial-tree = файли, крім деплойних (дерево неповне): висновків про відсутні файли не робилося

## HTML

filter-area = Область
filter-severity = Важливість
filter-all = усі
filter-shown = показано

## Текстовий вивід

text-summary = { $count ->
    [one] { $count } зауваження
    [few] { $count } зауваження
   *[many] { $count } зауважень
} (критичних: { $critical }, високих: { $high }, середніх: { $medium }, низьких: { $low }, інфо: { $info }) у { $files ->
    [one] { $files } файлі
   *[other] { $files } файлах
}; вердикт: { $verdict }
text-strengths = сильні сторони
text-scores = оцінки
text-verdict-ready = готовий
text-verdict-needs-work = потрібні доопрацювання
text-verdict-not-ready = не готовий
category-security = безпека
category-reliability = надійність
category-performance = продуктивність
category-operability = експлуатація
category-maintainability = супровід

## seaworthy explain

explain-severity = важливість
explain-category = категорія
explain-family = сімейство
explain-what-it-does = Що перевіряє
explain-why-is-this-bad = Чому це погано
explain-example = Приклад
explain-use-instead = Як треба
explain-references = Посилання
