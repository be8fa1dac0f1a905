# Messages of the core rules: what a rule says about one instance (see src/message.rs).
# Ids start with the rule name; variables are the fields of the rule's message structs.

## parse-error
parse-error = { $problem }
parse-error-help = исправьте синтаксис: инструмент, который читает этот файл, в таком виде его отвергнет
parse-error-template = { $problem } (файл-шаблон: плейсхолдеры не являются корректным синтаксисом до рендеринга)
parse-error-template-help = проверьте отрендеренный файл, чтобы проверить его полностью
parse-error-more = ещё { $count ->
    [one] { $count } ошибка разбора
    [few] { $count } ошибки разбора
   *[other] { $count } ошибок разбора
} в этом файле (это точно файл { $kind }?)
parse-error-more-help = сначала исправьте ошибки выше или исключите файл в конфигурации, если это не файл деплоя

## unused-suppression
unused-suppression = это подавление ничего не подавляет
unused-suppression-help = удалите комментарий
unused-suppression-unknown = `{ $selector }` — не код и не имя правила
unused-suppression-unknown-help = `seaworthy rules` выводит список всех правил
unused-suppression-rule = подавление `{ $selector }` здесь ничего не подавляет
unused-suppression-rule-help = удалите его или перенесите на строку над замечанием

## file-unreadable
file-unreadable = не удалось прочитать этот файл { $kind }: { $error }
file-unreadable-binary = двоичное содержимое в файле с именем файла { $kind }; не проверялся
file-unreadable-too-large = файл { $kind } размером { $bytes } байт превышает лимит { $limit } байт; не проверялся
file-unreadable-not-utf8 = некорректный UTF-8; недопустимые байты заменены перед проверкой
file-unreadable-utf16 = текст в UTF-16 в файле { $kind }; не прочитан (docker и compose ожидают UTF-8)

## symlink-outside-root
symlink-outside-root = `{ $path }` — символическая ссылка на `{ $target }` за пределами проверяемого каталога: не читается
symlink-outside-root-help = держите файл в репозитории или проверяйте каталог, в котором лежит его цель

## git-history-incomplete
git-history-incomplete-shallow = история git просканирована частично: это shallow-клон с историей из { $commits ->
    [one] { $commits } коммита
   *[other] { $commits } коммитов
}; секрет, закоммиченный и затем удалённый, не будет найден
git-history-incomplete-shallow-help = проверяйте полный клон (`git fetch --unshallow`; `fetch-depth: 0` для actions/checkout)
git-history-incomplete-truncated = история git просканирована частично: обход остановился на лимите после { $commits ->
    [one] { $commits } коммита
   *[other] { $commits } коммитов
}; более старые коммиты не прочитаны
git-history-incomplete-truncated-help = проверьте подкаталог или просканируйте старую историю отдельным сканером секретов
git-history-incomplete-no-repository = история git не сканировалась: проверяемый каталог не находится в git-репозитории; секрет, закоммиченный и затем удалённый, не будет найден
git-history-incomplete-no-repository-help = проверяйте клон репозитория или передайте `--no-git`, чтобы явно исключить историю из проверки
git-history-incomplete-unreadable = история git не сканировалась: репозиторий не удалось прочитать ({ $error })
git-history-incomplete-unreadable-help = проверьте репозиторий командой `git fsck` или проверяйте свежий клон
git-history-incomplete-damaged = история git просканирована частично: { $count ->
    [one] { $count } объект git отсутствует или не читается
    [few] { $count } объекта git отсутствуют или не читаются
   *[other] { $count } объектов git отсутствуют или не читаются
} (первый: { $first }); их содержимое не проверено
git-history-incomplete-damaged-help = выполните `git fsck` (в partial-клоне объекты отсутствуют намеренно: проверяйте полный клон)
