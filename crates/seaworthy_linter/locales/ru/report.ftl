# Собственные тексты отчёта (заголовки, вердикты, области, фазы плана, трудозатраты, общие фразы),
# итоговые строки текстового вывода и заголовки `seaworthy explain`. Сообщений правил здесь нет.
# Каждое сообщение должно быть в en, ru и uk (это проверяет тест).

## Шапка

report-title = Аудит деплоя: { $project }
meta-date = Дата
meta-commit = Коммит
meta-no-commit = не прочитан
meta-verdict = Вердикт
meta-score = Оценка
meta-scope = seaworthy { $version } · { $files ->
    [one] { $files } файл
    [few] { $files } файла
   *[many] { $files } файлов
} · { $services ->
    [one] { $services } сервис
    [few] { $services } сервиса
   *[many] { $services } сервисов
} · { $deployments ->
    [one] { $deployments } стек
    [few] { $deployments } стека
   *[many] { $deployments } стеков
}

## Вердикты и резюме

verdict-ready = Готов
verdict-ready-with-fixes = Готов с доработками
verdict-not-ready = Не готов
headline-not-ready = Не готов к production: { $count ->
    [one] сначала нужно устранить { $count } блокер.
    [few] сначала нужно устранить { $count } блокера.
   *[many] сначала нужно устранить { $count } блокеров.
}
headline-ready-with-fixes = Готов к production с доработками: блокеров нет, { $count ->
    [one] { $count } замечание средней важности.
    [few] { $count } замечания средней важности.
   *[many] { $count } замечаний средней важности.
}
headline-ready = Готов к production: релизу ничего не мешает.
headline-cannot-build = В текущем виде проект не собирается.
headline-cannot-start = В текущем виде проект не запускается.
h-summary = Резюме
h-blockers = Блокеры
blockers-more = …и ещё { $count ->
    [one] { $count } блокер
    [few] { $count } блокера
   *[many] { $count } блокеров
} — в замечаниях ниже.
places-more = (и ещё { $count ->
    [one] { $count } место
    [few] { $count } места
   *[many] { $count } мест
})
more-count = ещё { $count }

## Области

area-image = Образ
area-orchestration = Оркестрация
area-proxy = Обратный прокси
area-secrets = Секреты и конфигурация
area-runtime = Среда выполнения приложения
area-delivery = Доставка и эксплуатация
area-summary-clean = серьёзных проблем нет.
area-summary-problems = { $problems }.
area-summary-good = Хорошо: { $practices }.
status-missing = отсутствует
status-not-assessed = не оценивалось
missing-image = сервисы собираются, но Dockerfile нет
missing-orchestration = нет compose-файла
missing-proxy = нет конфигурации nginx
missing-secrets = деплой ничем не конфигурируется
missing-runtime = приложение не найдено
missing-delivery = ни один CI-пайплайн ничего не собирает, не тестирует и не сканирует
not-assessed-image = Dockerfile нет, сервисы запускают готовые образы
not-assessed-orchestration = нет compose-файла
not-assessed-proxy = нет конфигурации nginx
not-assessed-secrets = нет ни env-файлов, ни compose-файлов, ни Dockerfile
not-assessed-runtime = не видно ни команды приложения, ни кода, ни манифеста зависимостей
not-assessed-delivery = доставлять нечего
units-image = { $count } Dockerfile
units-orchestration = { $count ->
    [one] { $count } сервис
    [few] { $count } сервиса
   *[many] { $count } сервисов
}
units-proxy = { $count ->
    [one] { $count } конфиг nginx
    [few] { $count } конфига nginx
   *[many] { $count } конфигов nginx
}
units-secrets = { $count ->
    [one] { $count } файл с конфигурацией
    [few] { $count } файла с конфигурацией
   *[many] { $count } файлов с конфигурацией
}
units-runtime = { $count ->
    [one] { $count } сервис приложения
    [few] { $count } сервиса приложения
   *[many] { $count } сервисов приложения
}
units-delivery = { $count ->
    [one] { $count } CI-пайплайн
    [few] { $count } CI-пайплайна
   *[many] { $count } CI-пайплайнов
}

## Оценки

h-scores = Оценки
col-area = Область
col-score = Оценка
col-why = Почему
overall = Итого
overall-none = ничего не оценивалось
overall-mean = средневзвешенная по { $count ->
    [one] { $count } оценённой области
   *[other] { $count } оценённым областям
}
overall-missing = { $count ->
    [one] отсутствующая область считается за 0
   *[other] отсутствующие области ({ $count }) считаются за 0
}
overall-capped = не выше { $cap }: есть блокеры, худший — { $severity }
rationale-no-findings = замечаний нет
rationale-credited = зачтено: { $practices }
rationale-capped = не выше { $cap } из-за серьёзного замечания
count-critical = критичных: { $count }
count-high = высоких: { $count }
count-medium = средних: { $count }
count-low = низких: { $count }
count-info = инфо: { $count }
count-findings = { $count ->
    [one] { $count } замечание
    [few] { $count } замечания
   *[many] { $count } замечаний
}

## Важность

severity-critical = Критический
severity-high = Высокий
severity-medium = Средний
severity-low = Низкий
severity-info = Инфо
severity-word-critical = критичный
severity-word-high = высокий
severity-word-medium = средний
severity-word-low = низкий
severity-word-info = инфо
confidence-low = низкая
confidence-medium = средняя
confidence-high = высокая
confidence-tag = уверенность: { $level }
note-fix-available = есть автоисправление: { $what }
note-unsafe-fix-available = есть небезопасное автоисправление: { $what }
note-suggestion = предложение: { $what }
note-confidence-inferred = уверенность: { $level } (основано на связи, которую аудит вывел сам)
env-only-dev = только для разработки
env-only-test = только для тестов
env-only-prod = production
env-only-shared = все окружения

## Сильные стороны

h-strengths = Сильные стороны
strength-line = { $label }: { $subjects }
strength-line-of = { $label }: { $subjects } ({ $count } из { $total })
strength-line-places = { $label } ({ $count ->
    [one] { $count } место
    [few] { $count } места
   *[many] { $count } мест
})
practice-base-image-unpinned = Базовые образы закреплены на версиях
practice-build-tools-in-final-stage = Multi-stage сборка: в финальный образ попадают только артефакты
practice-healthcheck-tool-missing = HEALTHCHECK в образе с рабочей проверкой
practice-shell-form-entrypoint = Команда запуска в exec-форме: процесс получает сигналы напрямую
practice-pip-cache-not-disabled = Кеш pip не попадает в образ
practice-runs-as-root = Запуск от непривилегированного пользователя
practice-healthcheck-missing = Healthcheck'и
practice-root-image-unprivileged-variant = Непривилегированный образ прокси
practice-depends-on-not-healthy = Старт ждёт готовности зависимостей (service_healthy)
practice-stateful-data-not-persisted = Данные на именованных volume
practice-single-network = Сервисы в явно заданных сетях
practice-config-mount-writable = Конфигурация смонтирована только для чтения
practice-no-environment-overrides = Настройки dev и production разделены
practice-resource-limits-missing = Лимиты ресурсов
practice-env-file-not-gitignored = Env-файлы не попадают в git
practice-secret-in-example-file = В примерах env-файлов только плейсхолдеры
practice-env-in-build-context = .dockerignore не пускает env-файлы в образ
practice-static-cache-disabled = Статика кешируется
practice-rate-limit-missing = Rate limiting перед приложением
practice-websocket-timeout-short = Долгоживущие WebSocket-соединения не рвутся
practice-hsts-missing = HSTS на TLS-сервере
practice-security-headers-missing = Security headers
practice-https-redirect-missing = Редирект HTTP → HTTPS
practice-tls-weak-protocols = Только современные версии TLS
practice-gzip-disabled = Сжатие ответов

## Замечания

h-findings = Замечания
findings-none = Замечаний нет.
h-minor = { $low ->
    [0] Инфо ({ $info })
   *[other] { $info ->
        [0] Низкий ({ $low })
       *[other] Низкий ({ $low }) и инфо ({ $info })
    }
}
notes-summary = { $count ->
    [one] { $count } заметка (инфо)
    [few] { $count } заметки (инфо)
   *[many] { $count } заметок (инфо)
}
item-rotate-keys = Ротировать { $count ->
    [one] { $count } ключ
    [few] { $count } ключа
   *[many] { $count } ключей
} в `{ $file }`: { $keys }
item-title-subjects = { $summary }: { $subjects }
item-title-count = { $summary } ({ $count ->
    [one] { $count } место
    [few] { $count } места
   *[many] { $count } мест
})
label-why = Почему
label-fix = Рекомендация
label-verify = проверка
why-see-above = как выше, то же правило.
snippet-fix = Что запишет `seaworthy audit --fix`:
snippet-adapted = Пример из правила, применённый к этому блоку:
snippet-example = Как в примере правила:
autofix-safe = исправляется через `seaworthy audit --fix`
autofix-unsafe = исправляется через `seaworthy audit --fix --unsafe-fixes` (меняет поведение: проверьте diff)
autofix-display = предложенная правка есть в JSON-выводе

## План

h-plan = План действий
phase-leak = Остановить утечку
phase-build = Собрать и запустить
phase-reliable = Надёжность
phase-harden = Hardening
phase-operate = Эксплуатация
about-time = примерно { $time }
effort-S = трудозатраты S (≈15 мин)
effort-M = трудозатраты M (≈2 ч)
effort-L = трудозатраты L (≈1 день)
plan-low-steps = { $count ->
    [one] { $count } шаг низкого приоритета
    [few] { $count } шага низкого приоритета
   *[many] { $count } шагов низкого приоритета
}
h-quick-wins = Быстрые победы
quick-wins-intro = { $count ->
    [one] { $count } небольшое изменение
    [few] { $count } небольших изменения
   *[many] { $count } небольших изменений
} с заметным эффектом, всего примерно { $time }:
duration-min = { $m } мин
duration-h = { $h } ч
duration-h-min = { $h } ч { $m } мин

## Топология

h-topology = Топология
topology-none = Рисовать нечего: нет compose-деплоя.
topology-host-ports = порты хоста
topology-healthcheck = healthcheck
topology-build = сборка
topology-data-store = хранилище данных
topology-cache = кеш
topology-broker = брокер
topology-proxy = прокси
topology-worker = воркер
topology-scheduler = планировщик
topology-one-shot-job = разовая задача
topology-admin-ui = админка
topology-app = приложение
topology-dev = dev
topology-test = test
topology-prod = prod
topology-shared = общий

## Вне рамок и не проверено

h-scope = Вне рамок аудита и не проверено
scope-static = Статический аудит не может оценить:
scope-image-size = размер собранных образов
scope-runtime = поведение в работе (память, задержки, нагрузка)
scope-monitoring = мониторинг и алертинг
scope-backups = бэкапы и восстановление
scope-rollback = откат и саму процедуру деплоя
scope-host = хост, его firewall и TLS-сертификаты
scope-run = В этом запуске не проверялось:
scope-run-none = Ничего не пропущено: все файлы прочитаны и разобраны.
skipped-no-git = история git (не репозиторий или `--no-git`): секреты в старых коммитах не искались
skipped-shallow = история до первого коммита shallow-клона
skipped-history-truncated = история глубже последних { $count } коммитов
skipped-git-problems = часть истории git, которую не удалось прочитать
skipped-unreadable = { $count ->
    [one] { $count } файл, который не удалось прочитать
    [few] { $count } файла, которые не удалось прочитать
   *[many] { $count } файлов, которые не удалось прочитать
}: { $files }
skipped-templates = { $count ->
    [one] { $count } шаблон, значения которого после рендеринга неизвестны
    [few] { $count } шаблона, значения которых после рендеринга неизвестны
   *[many] { $count } шаблонов, значения которых после рендеринга неизвестны
}: { $files }
skipped-parse = { $count ->
    [one] { $count } файл, который не удалось разобрать полностью
    [few] { $count } файла, которые не удалось разобрать полностью
   *[many] { $count } файлов, которые не удалось разобрать полностью
}: { $files }
skipped-partial-tree = файлы помимо деплойных (дерево неполное): выводов об отсутствующих файлах не делалось

## HTML

filter-area = Область
filter-severity = Важность
filter-all = все
filter-shown = показано

## Текстовый вывод

text-summary = { $count ->
    [one] { $count } замечание
    [few] { $count } замечания
   *[many] { $count } замечаний
} (критичных: { $critical }, высоких: { $high }, средних: { $medium }, низких: { $low }, инфо: { $info }) в { $files ->
    [one] { $files } файле
   *[other] { $files } файлах
}; вердикт: { $verdict }
text-strengths = сильные стороны
text-scores = оценки
text-verdict-ready = готов
text-verdict-needs-work = нужны доработки
text-verdict-not-ready = не готов
category-security = безопасность
category-reliability = надёжность
category-performance = производительность
category-operability = эксплуатация
category-maintainability = сопровождаемость

## seaworthy explain

explain-severity = важность
explain-category = категория
explain-family = семейство
explain-what-it-does = Что проверяет
explain-why-is-this-bad = Почему это плохо
explain-example = Пример
explain-use-instead = Как надо
explain-references = Ссылки
