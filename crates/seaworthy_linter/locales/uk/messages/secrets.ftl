# Messages of the secrets rules: what a rule says about one instance (see src/message.rs).
# Ids start with the rule name; variables are the fields of the rule's message structs.

## copy-source-dockerignored
copy-source-dockerignored = `{ $path }` виключено в `.dockerignore`: збірка не зможе його скопіювати
copy-source-dockerignored-help = приберіть шаблон з `.dockerignore` або додайте виняток (`!{ $path }`)
copy-source-dockerignored-pattern = виключено цим шаблоном

## dev-settings-in-production-env
dev-settings-in-production-env = `{ $key }={ $value }` — налаштування для розробки в `{ $path }`, а цей файл використовує продакшн
dev-settings-in-production-env-help = задайте тут `{ $key }={ $good }`, а значення для розробки тримайте в `.env.dev` або в compose override
dev-settings-in-production-env-loaded-by = тут його підключає `{ $service }`
dev-settings-in-production-env-interpolated = тут підставляється `${"{"}{ $key }{"}"}`

## dockerignore-gaps
dockerignore-gaps = `COPY .` копіює в образ { $paths }{ $no_dockerignore ->
        [true] {" "}(у контексті збірки немає `.dockerignore`)
       *[false] {""}
    }
dockerignore-gaps-help = додайте їх у `.dockerignore`: { $paths }

## env-example-drift
env-example-drift = `{ $key }` задано в `.env`, але не описано в `{ $example }`
env-example-drift-help = додайте в `{ $example }` рядок `{ $key }=` із плейсхолдером
env-example-drift-lacks = у `.env` { $count ->
        [one] немає змінної { $keys }, описаної
       *[other] немає змінних { $keys }, описаних
    } тут
env-example-drift-lacks-help = задайте їх у `.env` або приберіть з прикладу, якщо вони більше не використовуються

## env-file-not-gitignored
env-file-not-gitignored = `{ $path }` закомічено в git і не вказано в `.gitignore`
env-file-not-gitignored-untracked = `{ $path }` не вказано в `.gitignore`: наступний `git add .` його закомітить
env-file-not-gitignored-help = додайте `{ $name }` (або `.env*` разом із `!.env.example`) у `.gitignore`{ $tracked ->
        [true] , потім приберіть його з індексу через `git rm --cached` і ротуйте секрети з нього
       *[false] {""}
    }
env-file-not-gitignored-still-tracked = `{ $path }` вказано в `.gitignore`, але git досі його відстежує: він лишається в кожному коміті
env-file-not-gitignored-still-tracked-help = виконайте `git rm --cached { $path }`, закомітьте й ротуйте секрети, які в ньому були
env-file-not-gitignored-strength = `{ $path }` виключено через `.gitignore`

## env-in-build-context
env-in-build-context = `COPY .` кладе `{ $path }` в образ{ $secret ->
        [true] {" "}разом із секретами з нього
       *[false] {""}
    }
env-in-build-context-help = виключіть його в `.dockerignore` (`.env*` і `!.env.example`){ $secret ->
        [true] , перезберіть образ і ротуйте ключі, що потрапили в опубліковані образи
       *[false] {""}
    }
env-in-build-context-env-file = env-файл
env-in-build-context-strength = `.dockerignore` не пускає `{ $path }` в образ

## env-value-differs-from-compose
env-value-differs-from-compose = `{ $name }` береться з `.env` (рядок { $line }, `{ $env_value }`) і відрізняється від типового значення тут (`{ $default }`)
env-value-differs-from-compose-help = залиште одне джерело істини: зробіть змінну обов'язковою тут (`${"{"}{ $name }:?...{"}"}`) або приберіть її з `.env`
env-value-differs-from-compose-set-here = задано тут

## secret-in-deployment-file
secret-in-deployment-file = { secret-in-env-file-what } записано в `{ $path }` (`{ $masked }`)
secret-in-deployment-file-help = { $file ->
        [ci] зберігайте його як секрет CI (`${"{{"} secrets.NAME {"}}"}`), ротуйте цей ключ і вичистіть його з історії git
        [nginx] підставляйте його з оточення (envsubst-шаблон `*.conf.template`, що отримує значення із секрету), ротуйте цей ключ і вичистіть його з історії git
       *[other] перенесіть його в сховище секретів або в невідстежуваний env-файл, який читається під час запуску, ротуйте цей ключ і вичистіть його з історії git
    }

## secret-in-env-file
secret-in-env-file = `{ $key }` містить схожий на справжній секрет ({ secret-in-env-file-what }, `{ $masked }`){ $status ->
        [tracked] , і git відстежує цей файл
        [ignored] {" "}(файл виключено через `.gitignore`, але він лежить на диску й потрапляє в контексти збірки)
        [not-ignored] , і файл не виключено через `.gitignore`
       *[unknown] {" "}(статус у git невідомий)
    }
secret-in-env-file-help = ротуйте ключ і тримайте справжні значення поза репозиторієм (менеджер секретів або невідстежуваний `.env`, виключений і в `.gitignore`, і в `.dockerignore`)
# what a credential is (the detector's names; referenced by the messages that name one)
secret-in-env-file-what = { $kind ->
        [api-key] API-ключ { $name }{ $extra }
        [access-key-id] ID ключа доступу { $name }{ $extra }
        [bot-token] токен бота { $name }{ $extra }
        [token] токен { $name }{ $extra }
        [webhook] вебхук { $name }{ $extra }
        [secret-key] секретний ключ { $name }{ $extra }
        [test-key] тестовий ключ { $name }{ $extra }
        [private-key] приватний ключ
        [url-password] пароль в URL { $name }
        [entropy] секрет із високою ентропією
        [password] пароль
       *[other] { $what }
    }

## secret-in-example-file
secret-in-example-file = файл-приклад містить схожий на справжній секрет для `{ $key }` ({ secret-in-env-file-what }, `{ $masked }`)
secret-in-example-file-help = замініть його плейсхолдером (`your_..._here`) і ротуйте ключ: файли-приклади комітяться в репозиторій і публічні
secret-in-example-file-strength = `{ $path }` описує секрети лише плейсхолдерами

## secret-in-git-history
secret-in-git-history = `{ $key }` ({ secret-in-env-file-what }, `{ $masked }`) є в історії git: `{ $path }` у коміті { $commit } («{ $summary }»){ $gone ->
        [true] , хоча в робочому дереві його вже немає
       *[false] {""}
    }{ $shallow ->
        [true] {" "}(shallow-клон: старішу історію не скановано)
       *[false] {""}
    }
secret-in-git-history-help = ротуйте цей ключ негайно; потім вичистіть його з історії (`git filter-repo --path { $path } --invert-paths`) і зробіть force-push

## weak-secret-value
weak-secret-value = у `{ $key }` легко вгадуване значення (`{ $masked }`)
weak-secret-value-help = згенеруйте стійке значення (`openssl rand -base64 32`) для кожного оточення, доступного будь-кому, крім вас
