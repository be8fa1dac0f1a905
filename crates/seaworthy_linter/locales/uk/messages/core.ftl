# Messages of the core rules: what a rule says about one instance (see src/message.rs).
# Ids start with the rule name; variables are the fields of the rule's message structs.

## parse-error
parse-error = { $problem }
parse-error-help = виправте синтаксис: інструмент, який читає цей файл, у такому вигляді його відхилить
parse-error-template = { $problem } (файл-шаблон: плейсхолдери не є коректним синтаксисом до рендерингу)
parse-error-template-help = перевірте відрендерений файл, щоб перевірити його повністю
parse-error-more = ще { $count ->
    [one] { $count } помилка розбору
    [few] { $count } помилки розбору
   *[other] { $count } помилок розбору
} у цьому файлі (це точно файл { $kind }?)
parse-error-more-help = спершу виправте помилки вище або виключіть файл у конфігурації, якщо це не файл деплою

## unused-suppression
unused-suppression = це придушення нічого не придушує
unused-suppression-help = видаліть коментар
unused-suppression-unknown = `{ $selector }` — не код і не назва правила
unused-suppression-unknown-help = `seaworthy rules` виводить список усіх правил
unused-suppression-rule = придушення `{ $selector }` тут нічого не придушує
unused-suppression-rule-help = видаліть його або перенесіть на рядок над зауваженням

## file-unreadable
file-unreadable = не вдалося прочитати цей файл { $kind }: { $error }
file-unreadable-binary = двійковий вміст у файлі з назвою файлу { $kind }; не перевірявся
file-unreadable-too-large = файл { $kind } розміром { $bytes } байтів перевищує ліміт { $limit } байтів; не перевірявся
file-unreadable-not-utf8 = некоректний UTF-8; неприпустимі байти замінено перед перевіркою
file-unreadable-utf16 = текст у UTF-16 у файлі { $kind }; не прочитано (docker і compose очікують UTF-8)

## symlink-outside-root
symlink-outside-root = `{ $path }` — символічне посилання на `{ $target }` поза каталогом, що перевіряється: не читається
symlink-outside-root-help = тримайте файл у репозиторії або перевіряйте каталог, у якому лежить його ціль

## git-history-incomplete
git-history-incomplete-shallow = історію git проскановано частково: це shallow-клон з історією з { $commits ->
    [one] { $commits } коміту
   *[other] { $commits } комітів
}; секрет, закомічений і потім видалений, не буде знайдено
git-history-incomplete-shallow-help = перевіряйте повний клон (`git fetch --unshallow`; `fetch-depth: 0` для actions/checkout)
git-history-incomplete-truncated = історію git проскановано частково: обхід зупинився на ліміті після { $commits ->
    [one] { $commits } коміту
   *[other] { $commits } комітів
}; старіші коміти не прочитано
git-history-incomplete-truncated-help = перевірте підкаталог або проскануйте стару історію окремим сканером секретів
git-history-incomplete-no-repository = історію git не скановано: каталог, що перевіряється, не в git-репозиторії; секрет, закомічений і потім видалений, не буде знайдено
git-history-incomplete-no-repository-help = перевіряйте клон репозиторію або передайте `--no-git`, щоб явно виключити історію з перевірки
git-history-incomplete-unreadable = історію git не скановано: репозиторій не вдалося прочитати ({ $error })
git-history-incomplete-unreadable-help = перевірте репозиторій командою `git fsck` або перевіряйте свіжий клон
git-history-incomplete-damaged = історію git проскановано частково: { $count ->
    [one] { $count } об'єкт git відсутній або не читається
    [few] { $count } об'єкти git відсутні або не читаються
   *[other] { $count } об'єктів git відсутні або не читаються
} (перший: { $first }); їхній вміст не перевірено
git-history-incomplete-damaged-help = виконайте `git fsck` (у partial-клоні об'єкти відсутні навмисно: перевіряйте повний клон)
