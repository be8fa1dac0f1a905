# Messages of the secrets rules: what a rule says about one instance (see src/message.rs).
# Ids start with the rule name; variables are the fields of the rule's message structs.

## copy-source-dockerignored
copy-source-dockerignored = `{ $path }` исключён в `.dockerignore`: сборка не сможет его скопировать
copy-source-dockerignored-help = уберите шаблон из `.dockerignore` или добавьте исключение (`!{ $path }`)
copy-source-dockerignored-pattern = исключён этим шаблоном

## dev-settings-in-production-env
dev-settings-in-production-env = `{ $key }={ $value }` — настройка для разработки в `{ $path }`, а этот файл использует продакшен
dev-settings-in-production-env-help = задайте здесь `{ $key }={ $good }`, а значения для разработки держите в `.env.dev` или в compose override
dev-settings-in-production-env-loaded-by = здесь его подключает `{ $service }`
dev-settings-in-production-env-interpolated = здесь подставляется `${"{"}{ $key }{"}"}`

## dockerignore-gaps
dockerignore-gaps = `COPY .` копирует в образ { $paths }{ $no_dockerignore ->
        [true] {" "}(в контексте сборки нет `.dockerignore`)
       *[false] {""}
    }
dockerignore-gaps-help = добавьте их в `.dockerignore`: { $paths }

## env-example-drift
env-example-drift = `{ $key }` задан в `.env`, но не описан в `{ $example }`
env-example-drift-help = добавьте в `{ $example }` строку `{ $key }=` с плейсхолдером
env-example-drift-lacks = в `.env` { $count ->
        [one] нет переменной { $keys }, описанной
       *[other] нет переменных { $keys }, описанных
    } здесь
env-example-drift-lacks-help = задайте их в `.env` или уберите из примера, если они больше не используются

## env-file-not-gitignored
env-file-not-gitignored = `{ $path }` закоммичен в git и не указан в `.gitignore`
env-file-not-gitignored-untracked = `{ $path }` не указан в `.gitignore`: следующий `git add .` его закоммитит
env-file-not-gitignored-help = добавьте `{ $name }` (или `.env*` вместе с `!.env.example`) в `.gitignore`{ $tracked ->
        [true] , затем уберите его из индекса через `git rm --cached` и ротируйте секреты из него
       *[false] {""}
    }
env-file-not-gitignored-still-tracked = `{ $path }` указан в `.gitignore`, но git всё ещё его отслеживает: он остаётся в каждом коммите
env-file-not-gitignored-still-tracked-help = выполните `git rm --cached { $path }`, закоммитьте и ротируйте секреты, которые в нём были
env-file-not-gitignored-strength = `{ $path }` исключён через `.gitignore`

## env-in-build-context
env-in-build-context = `COPY .` кладёт `{ $path }` в образ{ $secret ->
        [true] {""} вместе с секретами из него
       *[false] {""}
    }
env-in-build-context-help = исключите его в `.dockerignore` (`.env*` и `!.env.example`){ $secret ->
        [true] , пересоберите образ и ротируйте ключи, попавшие в опубликованные образы
       *[false] {""}
    }
env-in-build-context-env-file = env-файл
env-in-build-context-strength = `.dockerignore` не пускает `{ $path }` в образ

## env-value-differs-from-compose
env-value-differs-from-compose = `{ $name }` берётся из `.env` (строка { $line }, `{ $env_value }`) и отличается от значения по умолчанию здесь (`{ $default }`)
env-value-differs-from-compose-help = оставьте один источник истины: сделайте переменную обязательной здесь (`${"{"}{ $name }:?...{"}"}`) или уберите её из `.env`
env-value-differs-from-compose-set-here = задано здесь

## secret-in-deployment-file
secret-in-deployment-file = { secret-in-env-file-what } записан в `{ $path }` (`{ $masked }`)
secret-in-deployment-file-help = { $file ->
        [ci] храните его как секрет CI (`${"{{"} secrets.NAME {"}}"}`), ротируйте этот ключ и вычистите его из истории git
        [nginx] подставляйте его из окружения (envsubst-шаблон `*.conf.template`, который получает значение из секрета), ротируйте этот ключ и вычистите его из истории git
       *[other] перенесите его в хранилище секретов или в неотслеживаемый env-файл, который читается при запуске, ротируйте этот ключ и вычистите его из истории git
    }

## secret-in-env-file
secret-in-env-file = `{ $key }` содержит похожий на настоящий секрет ({ secret-in-env-file-what }, `{ $masked }`){ $status ->
        [tracked] , и git отслеживает этот файл
        [ignored] {" "}(файл исключён через `.gitignore`, но лежит на диске и попадает в контексты сборки)
        [not-ignored] , и файл не исключён через `.gitignore`
       *[unknown] {" "}(статус в git неизвестен)
    }
secret-in-env-file-help = ротируйте ключ и держите настоящие значения вне репозитория (менеджер секретов или неотслеживаемый `.env`, исключённый и в `.gitignore`, и в `.dockerignore`)
# what a credential is (the detector's names; referenced by the messages that name one)
secret-in-env-file-what = { $kind ->
        [api-key] API-ключ { $name }{ $extra }
        [access-key-id] ID ключа доступа { $name }{ $extra }
        [bot-token] токен бота { $name }{ $extra }
        [token] токен { $name }{ $extra }
        [webhook] вебхук { $name }{ $extra }
        [secret-key] секретный ключ { $name }{ $extra }
        [test-key] тестовый ключ { $name }{ $extra }
        [private-key] приватный ключ
        [url-password] пароль в URL { $name }
        [entropy] секрет с высокой энтропией
        [password] пароль
       *[other] { $what }
    }

## secret-in-example-file
secret-in-example-file = файл-пример содержит похожий на настоящий секрет для `{ $key }` ({ secret-in-env-file-what }, `{ $masked }`)
secret-in-example-file-help = замените его плейсхолдером (`your_..._here`) и ротируйте ключ: файлы-примеры коммитятся в репозиторий и публичны
secret-in-example-file-strength = `{ $path }` описывает секреты только плейсхолдерами

## secret-in-git-history
secret-in-git-history = `{ $key }` ({ secret-in-env-file-what }, `{ $masked }`) есть в истории git: `{ $path }` в коммите { $commit } («{ $summary }»){ $gone ->
        [true] , хотя в рабочем дереве его уже нет
       *[false] {""}
    }{ $shallow ->
        [true] {" "}(shallow-клон: более старая история не сканировалась)
       *[false] {""}
    }
secret-in-git-history-help = ротируйте этот ключ немедленно; затем вычистите его из истории (`git filter-repo --path { $path } --invert-paths`) и сделайте force-push

## weak-secret-value
weak-secret-value = у `{ $key }` легко угадываемое значение (`{ $masked }`)
weak-secret-value-help = сгенерируйте стойкое значение (`openssl rand -base64 32`) для каждого окружения, доступного кому-либо, кроме вас
