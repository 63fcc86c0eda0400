# The window's own words, in English. Every message here is in fr.ftl
# and ru.ftl too (a test checks). Variables: { $name }.

## Commands: menu entries and buttons, then their tooltips

cmd-open = Открыть…
cmd-add-statistics = Добавить статистику…
cmd-add-layer = Добавить слой…
cmd-new-dataset = Новый набор данных…
cmd-reload = Перезагрузить
cmd-open-bundled = Открыть встроенный набор данных
cmd-toggle-theme = Сменить тему
cmd-fit-all = Показать всё
cmd-zoom-in = +
cmd-zoom-out = −
cmd-select-next = Следующее событие
cmd-select-previous = Предыдущее событие
cmd-select-first = Первое событие
cmd-select-last = Последнее событие
cmd-select-lane-above = Событие на дорожке выше
cmd-select-lane-below = Событие на дорожке ниже
cmd-next-lanes = Следующие дорожки
cmd-clear-selection = Снять выделение
cmd-toggle-warnings = Предупреждения
cmd-toggle-export-2x = Экспорт в 2×
cmd-toggle-event-lines = Линии событий
cmd-toggle-eras = Эпохи
cmd-toggle-caption = Подпись
cmd-export-sheet = Экспорт справки…
cmd-save-chart-image = Сохранить изображение…
cmd-copy-chart-image = Копировать изображение
cmd-save-chart-data = Сохранить данные в CSV…
cmd-open-tip = Открыть набор данных, файл TimelineJS (JSON или таблицу в CSV) или торговую статистику (CSV из UN Comtrade, WITS или WDI Всемирного банка)
cmd-add-layer-tip = Показать события с машинным кодированием (GDELT, ICEWS), уровни дипломатических отношений (Correlates of War) или сроки полномочий (Wikidata) рядом с набором данных, на отдельных дорожках; в сам набор они не записываются
cmd-add-statistics-tip = Добавить официальную торговую статистику (CSV из UN Comtrade, WITS или WDI Всемирного банка) в открытый набор данных: посмотреть, что она добавляет, затем записать её в его файл
cmd-new-dataset-tip = Создать набор данных для двух сторон: файл с комментариями и одним примером каждой записи, который открывается и отслеживается, пока вы его редактируете
cmd-reload-tip = Заново прочитать открытый файл
cmd-open-bundled-tip = Открыть набор данных «Казахстан–Франция», поставляемый с Entente
cmd-toggle-theme-tip = Переключение между светлой и тёмной темой
cmd-fit-all-tip = Показать все события
cmd-zoom-in-tip = Увеличить
cmd-zoom-out-tip = Уменьшить
cmd-select-next-tip = Выбрать следующее по времени событие
cmd-select-previous-tip = Выбрать предыдущее по времени событие
cmd-select-first-tip = Выбрать первое событие
cmd-select-last-tip = Выбрать последнее событие
cmd-select-lane-above-tip = Выбрать ближайшее по времени событие на дорожке выше
cmd-select-lane-below-tip = Выбрать ближайшее по времени событие на дорожке ниже
cmd-next-lanes-tip = Дорожки по типу, стране, лицу или группе: перейти к следующему варианту
cmd-clear-selection-tip = Снять выделение
cmd-toggle-warnings-tip = Показать или скрыть предупреждения по этому файлу
cmd-toggle-export-2x-tip = Сохранять графики с удвоенным разрешением экрана, для печати
cmd-toggle-event-lines-tip = Показать или скрыть события на графиках (тонкие линии цветов дорожек)
cmd-toggle-eras-tip = Показать или скрыть эпохи над дорожками (например, президентов каждой страны)
cmd-toggle-caption-tip = Добавлять подпись под экспортируемыми изображениями: показанный период, источники и происхождение изображения
cmd-export-sheet-tip = Одна альбомная страница для справки: временная шкала и торговые графики текущего вида, показанные события и цитируемые источники (PDF, SVG или PNG)
cmd-save-chart-image-tip = Сохранить этот график в файл PNG, SVG или PDF
cmd-copy-chart-image-tip = Копировать этот график в буфер обмена
cmd-save-chart-data-tip = Сохранить показанные значения (с единицей измерения, отчитывающейся страной и источниками) в файл CSV

## The top bar
theme-light = Светлая тема
theme-dark = Тёмная тема

## details
details-date = Дата
details-place = Место
details-group = Группа
details-tags = Метки
details-participants = Участники
details-media = Медиа
details-related-events = Связанные события
details-trade-figure = Торговый показатель
details-not-reported = нет данных
details-unit = Единица
details-reporter = Отчитывающаяся страна
details-growth-reported = Заявленный рост
details-growth-computed = Расчётный рост
details-estimated-by-the-publisher-not = Оценка издателя, а не данные страны (показано светлым с контуром).
details-close-esc = Закрыть (Esc)
details-note = Примечание
details-sources = Источники
details-party = Сторона
details-dates = Даты
details-indicator = Показатель
details-value = Значение
details-as-of = По состоянию на
details-rank = Позиция
details-reported = Опубликовано

## filters
filters-search = Поиск:
filters-any-words = любое из слов
filters-clear-search = Очистить поиск
filters-what-the-timeline-s-lanes = Что означают дорожки временной шкалы (L — переключить)
filters-mentions = Упоминаний ≥
filters-hide-layer-events-reported-fewer = Скрывать события слоёв, о которых сообщалось реже указанного числа раз
filters-e-g-2008 = напр. 2008
filters-a-year-a-month-or = Год, месяц или день: ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД
filters-write-a-date-as-yyyy = Введите дату в виде ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД
filters-reset = Сбросить
filters-show-every-event-again = Снова показать все события
filters-the-layers-events-by-cameo = События слоёв по корневому классу CAMEO (их действию)
filters-show-every-kind = Показать все типы
filters-show-or-hide-events-by = Показать или скрыть события по типу

## save-dialog
save-dialog-no-file-dialog-of-the = Системный диалог выбора файлов недоступен; выберите папку здесь.
save-dialog-folder = Папка:
save-dialog-up = Вверх
save-dialog-the-folder-that-holds-this = Папка, содержащая эту
save-dialog-no-subfolders = (нет вложенных папок)
save-dialog-file-name = Имя файла:
save-dialog-save = Сохранить
save-dialog-cancel = Отмена

## layer-details
layer-details-publisher = Издатель
layer-details-source = Источник
layer-details-only-http-and-https-links = Открываются только ссылки http и https
layer-details-machine-coded-from-news-reports = Машинное кодирование новостных сообщений: повод для проверки, а не установленный факт.
layer-details-add-to-dataset = Добавить в набор данных…
layer-details-write-this-event-into-the = Записать это событие в файл набора данных вместе с его источником

## new-dataset
new-dataset-e-g-kazakhstan = напр. Казахстан
new-dataset-new-dataset = Новый набор данных
new-dataset-the-two-parties-of-the = Две стороны отношений:
new-dataset-first = Первая
new-dataset-second = Вторая
new-dataset-entente-writes-a-commented-file = Entente создаёт файл с комментариями и одним примером каждой записи, затем открывает его: редактируйте его в любом редакторе — он перезагружается при каждом сохранении.

## ui
ui-entente = Entente
ui-file = Файл
ui-recent-files = Недавние файлы
ui-none-yet = (пока нет)
ui-keys = Клавиши…
ui-no-data-loaded-fix-the = Данные не загружены. Исправьте перечисленные ниже ошибки; файл будет прочитан заново, когда вы его откроете.

## promote
promote-add-to-dataset = Добавить в набор данных
promote-the-event-as-it-will = Событие в том виде, в каком оно будет записано в набор данных, с исходным сообщением в качестве источника:
promote-kind = Тип
promote-write-into-the-dataset = Записать в набор данных

## layers
layers-no-layer-add-gdelt-icews = Нет слоёв: добавьте файлы GDELT, ICEWS, Correlates of War или Wikidata рядом с набором данных.
layers-show-or-hide-this-layer = Показать или скрыть этот слой
layers-remove = Убрать
layers-the-language-the-record-is = Язык отображения записи; текст, которого нет на этом языке, показывается на языке набора данных по умолчанию, с пометкой

## add-stats
add-stats-add-statistics = Добавить статистику
add-stats-replace-them = Заменить их

## density
density-dates-known-to-the-month = Даты, известные с точностью до месяца или года, распределяются по всему этому периоду
density-click-to-zoom-in-shift = Щёлкните, чтобы приблизить · Shift+перетаскивание — приблизить диапазон

## diagnostics
diagnostics-the-last-good-data-is = (по-прежнему показаны последние корректные данные)
diagnostics-copy-this-location = Копировать это место

## lanes
lanes-click-to-zoom-in = Щёлкните, чтобы приблизить

## eras
eras-click-for-details = Щёлкните, чтобы увидеть подробности

## mirror
mirror-imports-are-valued-cif-with = Импорт оценивается на условиях СИФ (с фрахтом и страховкой), экспорт — ФОБ; кроме того, статистические службы двух стран могут относить товары к разным партнёрам (происхождение, отправка, транзит), поэтому данные не обязаны совпадать.

## indicator
indicator-values = Значения:

## header
header-figures = Показатели:
ui-window-language = Язык интерфейса
ui-follow-the-system = Как в системе

## Charts
legend-events-lane-colours = События (цвета дорожек)
legend-exports = Экспорт
legend-imports = Импорт
legend-turnover = Товарооборот
legend-turnover-only = Только товарооборот
legend-estimated = Оценка
legend-same-months-year-before = Те же месяцы годом ранее
legend-period = Период
legend-reported = Заявленный
legend-computed = Рассчитанный по данным
legend-differs = Расхождение сверх округления
legend-reported-value = Опубликованное значение
legend-about = Около (приблизительно)
legend-as-importer-reports = По данным импортёра
legend-other = Прочее
status-showing = Показано: { $from } – { $to }
timeline-title = Временная шкала
timeline-no-events = Нет событий для показа
timeline-eras = Эпохи
caption-shown = Показано: { $from } – { $to }
caption-no-source = Источник: для показанного не указан
caption-source = Источник: { $sources }
filters-lanes = Дорожки: { $by }
filters-from = С:
filters-to = По:
filters-actions = Действия
filters-actions-hidden = Действия (скрыто: { $hidden })
filters-kinds-shown = Типы: { $shown } из { $all }
figure-about = около
figure-not-reported = { $name }: нет данных
chart-annual-title = Торговля по годам, { $series }
chart-comparison-title = Тот же период годом ранее, { $series }
chart-growth-title = Рост товарооборота, заявленный и расчётный, { $series }
chart-mirror-title = Зеркальные данные: { $a } и { $b } отчитываются об одной и той же торговле
chart-products-title = Структура торговли: { $reporter }, { $flow } по товарам, { $series }
chart-timeline-title = { $dataset }: хронология событий

## Counts (the number, then the word in the right plural form)
count-event =
    { $count ->
        [one] { $n } событие
        [few] { $n } события
        [many] { $n } событий
       *[other] { $n } события
    }
count-warning =
    { $count ->
        [one] { $n } предупреждение
        [few] { $n } предупреждения
        [many] { $n } предупреждений
       *[other] { $n } предупреждения
    }
count-error =
    { $count ->
        [one] { $n } ошибка
        [few] { $n } ошибки
        [many] { $n } ошибок
       *[other] { $n } ошибки
    }
count-cluster =
    { $count ->
        [one] { $n } группа
        [few] { $n } группы
        [many] { $n } групп
       *[other] { $n } группы
    }
count-lane =
    { $count ->
        [one] { $n } дорожка
        [few] { $n } дорожки
        [many] { $n } дорожек
       *[other] { $n } дорожки
    }
count-label =
    { $count ->
        [one] { $n } метка
        [few] { $n } метки
        [many] { $n } меток
       *[other] { $n } метки
    }
count-era =
    { $count ->
        [one] { $n } эпоха
        [few] { $n } эпохи
        [many] { $n } эпох
       *[other] { $n } эпохи
    }
count-row =
    { $count ->
        [one] { $n } строка
        [few] { $n } строки
        [many] { $n } строк
       *[other] { $n } строки
    }
count-figure =
    { $count ->
        [one] { $n } значение
        [few] { $n } значения
        [many] { $n } значений
       *[other] { $n } значения
    }
count-source =
    { $count ->
        [one] { $n } источник
        [few] { $n } источника
        [many] { $n } источников
       *[other] { $n } источника
    }

## More of the window
status-clusters = · { $clusters } объединяют { $events }
status-density = · { $lanes } в виде плотности ({ $events }): Shift+перетаскивание — увеличить период
layers-menu = Слои
layers-menu-count = Слои ({ $count })
filters-kinds = Виды
filters-count = { $shown } из { $total }
lanes-kind = Вид
lanes-country = Страна
lanes-person = Лицо
lanes-group = Группа
filters-by = По: { $by }

## Status line, loading, detail panels
status-saved = Сохранено: { $path }
status-copied = «{ $title }» скопировано в буфер обмена.
status-export-failed = Экспорт не удался: { $reason }
loading-reading = Чтение: { $done } из { $total } МБ
loading-parsing = Разбор: { $done } из { $total } МБ
loading-reading-parsing = Чтение и разбор: { $done } из { $total } МБ
status-nothing-created = Ничего не создано: { $reason }
status-reading-layer = Чтение слоя { $name }:
status-loading = Загрузка { $name }:
status-opening = Открытие { $name }
details-link-not-opened = (ссылка не открыта, открываются только http и https: { $url })
details-credit = Автор: { $credit }
details-current-prices = { $unit }, в текущих ценах
details-what-is-traded = Что продаётся: { $flow } по товарам
flow-exports = экспорт
flow-imports = импорт
details-era = Эпоха · { $kind }
details-value-n-of = значение { $n } из { $all }
indicators-as-of = на { $date }

## Layers, the timeline's gutter, the sheet, axes
layer-not-given = не указано
layer-date = Дата
layer-actor-1 = Участник 1
layer-actor-2 = Участник 2
layer-action = Действие
layer-intensity = Интенсивность
layer-goldstein = Шкала Голдстейна
layer-tone = Тональность
layer-mentions = Упоминания
layer-mentions-value = { $mentions } в { $sources } источниках, { $articles } статей
layer-place = Место
layer-event-id = Идентификатор
layer-event-id-value = { $id } (строка { $line } файла { $file })
gutter-density = плотность
gutter-hidden = { $count ->
   *[other] скрыто: { $labels }
}
gutter-n-hidden = { $n ->
   *[other] { $sub }, скрыто: { $n }
}
timeline-shown = Хроника, показано событий: { $n }
sheet-events-shown = Показанные события
sheet-sources = Источники
sheet-title = { $dataset }: справка
axis-current = { $unit } (текущие { $currency })
axis-turnover = Товарооборот, { $unit }
axis-share = Доля в { $flow } (%)
axis-growth = Рост, %

## Dialogs, tooltips, captions
record-in = Данные: { $language }
status-reading-again = Повторное чтение { $name } (прежние данные пока отложены)
stats-reading = Чтение { $path }…
stats-from = Из { $path }
stats-line-column = строка { $line }, столбец { $col }: { $message }
stats-line = строка { $line }: { $message }
stats-add-to = Добавить в { $name }
layer-event-of = Событие { $layer }
indicators-rank-as-of = { $rank } (на { $date })
save-not-a-folder = { $path } — не папка
filters-show-hide-kind-about = Показать или скрыть: { $kind } ({ $about })
filters-show-hide-kind = Показать или скрыть: { $kind }
loading-read-so-far = Прочитано событий: { $events }, по месяцу начала:
indicator-rank-among = место среди { $among } после значения
products-caption = доля в { $flow } за год · { $unit }
comparison-caption = товарооборот · { $unit }
growth-reported = опубликовано { $percent }
mirror-estimated = оценка
growth-computed = расчёт { $percent }
lane-events-in = { $n } событий в «{ $lane }»
caption-layer = Слой: { $layer }, { $count }
caption-layer-events = Слой: { $layer }, { $count } (автоматическое кодирование, не проверено)
details-fallback = Нет на этом языке: показано в оригинале.
details-translated = Перевод редакторов набора данных.

## Save and open dialogs, the split, indicators
save-title-image = Сохранить график как PNG, SVG или PDF
save-title-data = Сохранить данные в CSV
save-title-sheet = Экспорт справки (PDF, SVG или PNG)
save-title-dataset = Сохранить новый набор данных
status-export-cancelled = Экспорт отменён; ничего не записано.
status-dataset-cancelled = Отменено; набор данных не создан.
split-label = Граница между хроникой и графиками
split-tip = Перетащите, чтобы дать хронике больше или меньше места; двойной щелчок — по умолчанию
open-title = Открыть набор данных
indicators-title = Показатели
indicators-earlier = Ранее значений: { $n } (см. график выше)
save-write-a-name = введите имя файла (без папки)
save-extension-chooses = Формат определяется расширением файла: { $extensions }.
promote-title = Название

## Layers, statistics, exports, new datasets
layers-already = { $path } уже добавлен как слой
layers-need-parties = Слой читается для двух сторон открытого набора данных: сначала откройте набор, где стороны — страны.
layers-dialog-title = Добавить слой (GDELT, ICEWS, Correlates of War, сроки Wikidata)
layers-dialog-filter = Данные о событиях
layers-scope-both = События между двумя сторонами
layers-scope-either = События с участием любой из сторон
stats-need-dataset = Статистика добавляется в открытый набор данных Entente (.ron) двух сторон: сначала откройте его.
stats-dialog-title = Добавить статистику (CSV UN Comtrade, WITS или Всемирного банка WDI)
stats-has-errors = Ничего нельзя добавить: в файле ошибки.
stats-series = Ряд { $id }: { $label }, { $first }–{ $last }, значений: { $n }{ $products }
stats-product-figures = , по товарам: { $n }
export-not-on-screen = Этого графика нет на экране: сначала прокрутите к нему.
status-copied-cropped = «{ $title }» скопировано в буфер обмена (вырезано из окна).
new-choose-where = Выбрать, где сохранить…
new-exists = { $path } уже существует; новый набор данных никогда не записывается поверх файла: выберите другое имя
new-created = Создан { $path }: замените примеры в редакторе; файл перечитывается при сохранении.

## Detail panels, mirror and product tooltips, loading
details-growth-computed-value = { $percent } от { $from } (от { $lo } до { $hi } с учётом округления)
details-growth-disagrees = Опубликованный рост не может следовать из этих округлённых цифр; показаны оба значения.
details-events-during = События за этот период ({ $kind }, { $n })
mirror-statistics = зеркальная статистика
mirror-not-reported = не сообщается
mirror-direction = { $from } → { $to }: { $from } сообщает об экспорте { $exports } (ФОБ); { $to } — об импорте { $imports } (СИФ)
mirror-gap = расхождение { $gap } (на { $more } больше по данным импортёра)
growth-caption = изменение в процентах к сравниваемому периоду
products-tooltip-title = { $period } · { $reporter }: { $flow } по товарам
products-more = ещё { $n }
loading-checking = Проверка
loading-indexing = Индексация событий
loading-none-yet = Событий пока не прочитано.
diagnostics-not-loaded = Не удалось загрузить { $path }: { $errors }

## Statuses, dialogs' filters, layer details, chart captions and items
layers-reading = чтение…
layers-read = Слой { $name }: { $events }
export-stopped = экспорт неожиданно прервался
export-not-on-screen = график не на экране
promote-no-file = События добавляются в файл данных: у этого набора его нет (сначала откройте или сохраните файл).
not-utf8 = { $path } не удалось прочитать как текст UTF-8
promote-added = Событие добавлено в { $path }; файл читается заново.
open-filter-all = Данные Entente и файлы TimelineJS
open-filter-entente = Данные Entente
open-filter-timelinejs = TimelineJS (JSON или таблица в CSV)
loading-stopped = загрузка неожиданно прервалась
open-dialog-lost = Окно открытия файла неожиданно закрылось.
watch-failed = Изменения { $path } не отслеживаются: { $error }
save-filter-dataset = Набор данных Entente
save-filter-file = Файл
stats-reading-stopped = Чтение статистики неожиданно прервалось.
stats-would-fail-check = набор данных не прошёл бы проверку: { $problem }
stats-added = Добавлено рядов: { $series } (значений: { $figures }) и индикаторов: { $indicators } из { $from } в { $to }.
stats-indicator-line = Индикатор { $id }: { $label }, значений: { $values }
layer-actor-code = код { $code }
layer-actor-country = страна { $country }
layer-not-coded = не закодировано
layer-event-from = { $date } · из слоя { $file } ({ $layer })
layer-not-in-cameo = нет в таблице CAMEO
layer-quad-class = Класс (QuadClass)
layer-not-classed = Без класса
details-media-relative = ({ $url }, относительно страницы, где была показана лента)
details-growth-on = { $percent } к { $period }
details-unknown-source = неизвестный источник { $id }
annual-turnover-only = Только товарооборот (без разбивки)
indicator-caption = { $unit } · каждая точка как опубликована, на дату, к которой она относится
indicator-as-of = на { $date }
plot-selected-event = Выбранное событие
mirror-caption = по данным экспортёра (сплошные) и импортёра (светлые) · { $unit }
growth-reported-point = Опубликованный рост
growth-differs = расхождение больше округления
eras-kind-of = { $kind } ({ $party })
density-described = { $name }: { $events } в поле зрения, показано плотностью; самый насыщенный столбец { $busiest }
about-prefix = около
scale-thousands = тыс.
scale-millions = млн
scale-billions = млрд

## Dates known to the month or year, key hints, watching
date-known-month = { $date } (известно с точностью до месяца)
date-known-year = { $date } (известно с точностью до года)
command-pointer-shortcut = { $tooltip } ({ $keys }, наведя на него указатель)
status-navigation-hints = Перетаскивание или прокрутка — сдвиг · { $zoom }+колесо — масштаб · { $previous }/{ $next } предыдущее/следующее · { $up }/{ $down } дорожка · { $fit } показать всё · { $clear } снять выбор
watch-cannot = невозможно отслеживать { $path }: { $error }

## Layers' lanes, lanes' tips, units, captions, ranks, eras
layer-lane-verbal-coop = Словесное сотрудничество
layer-lane-material-coop = Материальное сотрудничество
layer-lane-verbal-conflict = Словесный конфликт
layer-lane-material-conflict = Материальный конфликт
layer-event-singular = событие { $layer }
layer-scope-both = { $layer } · { $kept } из { $rows } между { $a } и { $b }
layer-scope-either = { $layer } · { $kept } из { $rows } с участием { $a } или { $b }
lanes-by-kind-tip = Одна дорожка на каждый вид события
lanes-by-country-tip = Одна дорожка на страну: страну участников или, если их нет, страну места
lanes-by-person-tip = Одна дорожка на участника: встреча видна на дорожке каждого участника
lanes-by-group-tip = Одна дорожка на группу (группа TimelineJS) или, если её нет, на тег
unit-thousands = тыс. { $currency }
unit-millions = млн { $currency }
unit-billions = млрд { $currency }
series-caption = { $reporter }, текущие { $currency }
indicator-rank-among = { $rank } место среди: { $among }
indicator-rank = { $rank } место
era-since = с { $date }

flow-exports = экспорт
flow-imports = импорт
bundled-name = kz-fr.ron (встроенный)

## Lanes of no value and of the rest
lane-no-country = Без страны
lane-other-countries = Другие страны
lane-no-participants = Без участников
lane-other-people = Другие люди
lane-no-group = Без группы
lane-other-groups = Другие группы

## check: problems in a data file (the path:line:col: error: format stays)
check-cannot-read = не удаётся прочитать файл: { $error }
check-not-regular = это { $what }, а не обычный файл; Entente читает только обычные файлы
check-too-large = его размер { $size } МБ, больше предела { $limit } МБ; чтобы прочитать его, задайте { $setting }
check-not-utf8 = файл не в корректной кодировке UTF-8: байт { $byte } не может начинать или продолжать символ; сохраните его в UTF-8
check-empty = файл пуст; ожидался набор данных: Dataset(title: "…", parties: ("…", "…"), events: [ … ])
check-what-event-kind = вид события
check-what-scale = масштаб
check-what-variant-of = вариант { $outer }
check-what-variant = вариант
check-did-you-mean = ; возможно, имелось в виду `{ $name }`?
check-unknown-variant = неизвестное значение ({ $what }) `{ $found }`, ожидалось одно из: { $expected }
check-expected-one-of = ; ожидалось одно из: { $expected }
check-invisible-in-name = (в имени есть невидимый символ; наберите его заново)
check-unknown-field-in = неизвестное поле `{ $found }` в { $outer }
check-unknown-field = неизвестное поле `{ $found }`
check-missing-field-in = отсутствует поле `{ $field }` в { $outer }
check-missing-field = отсутствует поле `{ $field }`
check-field-twice-in = поле `{ $field }` указано дважды в { $outer }
check-field-twice = поле `{ $field }` указано дважды
check-too-deep = значения вложены слишком глубоко (больше 128 уровней); в наборе данных всего несколько уровней
check-eof = файл обрывается посреди значения; что-то не закрыто
check-string-not-closed = строка не закрыта: ожидалась закрывающая `"`
check-string-on-line = ; закрыта ли строка в кавычках на строке { $line }?
ron-expected-array = ожидалась открывающая `[`
ron-expected-array-end = ожидалась закрывающая `]`
ron-expected-comma = ожидалась запятая
ron-expected-boolean = ожидалось логическое значение
ron-expected-float = ожидалось дробное число
ron-expected-integer = ожидалось целое число
ron-expected-map = ожидалась открывающая `{"{"}`
ron-expected-colon = ожидалось двоеточие
ron-expected-map-end = ожидалась закрывающая `{"}"}`
ron-expected-open-paren = ожидалась открывающая `(`
ron-expected-close-paren = ожидалась закрывающая `)`
ron-expected-string = ожидалась строка
ron-expected-identifier = ожидался идентификатор
ron-trailing = лишние символы после конца данных
ron-unclosed-comment = незакрытый блочный комментарий
ron-unexpected-char = неожиданный символ { $char }
check-event-id-empty = идентификатор события пуст
check-duplicate-event-id = повторяющийся идентификатор события "{ $id }"
check-empty-title = у события пустой заголовок
check-media-empty-url = у медиа пустой URL
check-what-event = событие "{ $id }"
check-related-unknown = связанный идентификатор "{ $id }" не принадлежит ни одному событию
check-invalid-date = недопустимая дата: { $error }
check-invalid-end-date = недопустимая дата окончания: { $error }
check-unknown-kind = неизвестный вид события `{ $kind }`, ожидался один из: { $expected }
check-did-you-mean-id = ; возможно, имелось в виду "{ $id }"?
check-more-like-above = … и ещё { $n } подобных проблем
check-era-id-empty = идентификатор эпохи пуст
check-duplicate-era-id = повторяющийся идентификатор эпохи "{ $id }"
check-era-party = сторона эпохи "{ $party }" не входит в стороны набора данных ("{ $a }", "{ $b }")
check-era-no-name = у эпохи нет названия
check-era-no-kind = у эпохи нет вида (например, "presidency")
check-what-era = эпоха "{ $id }"
check-invalid-start-date = недопустимая дата начала: { $error }
check-era-ends-before = эпоха заканчивается ({ $end }) раньше, чем начинается ({ $start })
check-eras-overlap = период ({ $kind_b }) "{ $b }" начинается до окончания периода ({ $kind_a }) "{ $a }"
check-duplicate-source-id = повторяющийся идентификатор источника "{ $id }"
check-url-not-openable = открыть можно только ссылки http и https; "{ $url }" будет показан как текст
check-invalid-source-date = недопустимая дата источника: { $error }
check-source-nowhere = у источника "{ $id }" нет ни URL, ни примечания; укажите ссылку или напишите в примечании, где читатель может его найти (например, печатный отчёт)
check-kind-not-identifier = идентификатор вида "{ $id }" не является идентификатором: пишите его строчными латинскими буквами, цифрами и подчёркиваниями, начиная с буквы (события называют его `kind: { $suggested }`)
check-duplicate-kind-id = повторяющийся идентификатор вида "{ $id }"
check-kind-no-label = у вида нет подписи
check-bad-colour = цвет "{ $colour }" записан не в виде #RRGGBB (например, "#1f77b4")
check-kind-unused = нет событий вида "{ $id }"; у него нет дорожки
check-invalid-as-of = недопустимая дата as_of: { $error }
check-indicator-no-unit = у индикатора нет единицы измерения
check-rank-zero = место начинается с 1, найдено 0
check-what-indicator = индикатор "{ $id }"
check-what-value = значение "{ $id }" на { $date }
check-earlier-order = прежние значения идут от старых к новым: { $date } не позже { $before }
check-earlier-after-latest = прежнее значение ({ $date }) должно предшествовать дате as_of самого индикатора ({ $latest })
check-value-not-finite = значение должно быть конечным числом, найдено { $value }
check-value-negative = значение не может быть отрицательным, найдено { $value }
check-write-zero = (пишите 0)
check-not-a-tag = "{ $tag }" не является языковым тегом (BCP 47: "en", "fr", "kk-Latn")
check-more-titles-lack = ещё { $n } заголовков событий лишены одного из языков набора данных
check-mixed-scripts = в слове "{ $word }" смешаны латинские и кириллические буквы (двойник вроде латинской "a" или "o" в кириллическом слове): поиск и сортировка его пропустят
check-title-lacks = у заголовка нет текста на языке: { $languages }
check-tag-not-listed = "{ $tag }" не входит в `languages` набора данных
check-no-default-text = у текста нет варианта "{ $tag }" — языка набора данных по умолчанию
check-no-source = { $what }: нет источника; укажите хотя бы один идентификатор из `sources`
check-unknown-source = неизвестный идентификатор источника "{ $id }"
check-duplicate-series-id = повторяющийся идентификатор ряда "{ $id }"
check-series-no-currency = у ряда нет валюты (например, "USD")
check-invalid-period = недопустимый период: { $error }
check-product-value = стоимость товара должна быть суммой, найдено { $value }
check-growth-not-finite = рост должен быть конечным числом, найдено { $value }
check-amount-not-finite = { $name } должно быть конечной суммой, найдено { $value }
check-amount-negative = { $name } не может быть отрицательным, найдено { $value }
check-amount-minus-zero = { $name } записано как -0; пишите 0 (у суммы нет знака)
check-amounts-overflow = экспорт { $exports } + импорт { $imports } в сумме больше, чем вмещает число; ожидались суммы в масштабе ряда
check-observation-empty = в наблюдении нет ни товарооборота, ни экспорта, ни импорта
check-what-figure = значение за { $period }
check-period-twice = период { $period } встречается дважды в ряду "{ $series }"
check-period-overlaps = период { $a } пересекается с { $b } в ряду "{ $series }", не содержа его
check-sum-differs = экспорт { $exports } + импорт { $imports } = { $sum } отличается от товарооборота { $turnover } больше, чем объясняет округление
check-growth-irreconcilable = опубликованный рост { $reported } не согласуется с цифрами: { $from } → { $to } даёт { $computed } (от { $lo } до { $hi } с учётом округления)
date-expected = ожидалась дата вида ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД
date-expected-found = { $expected }{ $what }, найдено "{ $found }"
date-empty = { $expected }, найдена пустая строка
date-before-ce = год в "{ $text }" вне поддерживаемого диапазона { $range } (даты до 1 г. н. э. не поддерживаются)
date-year-out-of-range = год { $year } вне поддерживаемого диапазона { $range }
date-four-digit-year = (год из четырёх цифр)
date-two-digit-month = (месяц из двух цифр)
date-no-such-month = месяца { $month } нет в "{ $text }" (месяцы от 01 до 12)
date-two-digit-day = (день из двух цифр)
date-no-such-day = в месяце { $month } нет дня { $day } (в нём { $max } дн.)
date-range-ends-before = интервал заканчивается ({ $end }) раньше, чем начинается ({ $start })
period-spaces = период пишется без пробелов вокруг, найдено "{ $text }"
period-range-months = диапазон периода пишется в месяцах, например "2024-01..2024-03", найдено "{ $text }"
period-ends-before = период заканчивается ({ $end }) раньше, чем начинается ({ $start })
period-quarters = кварталы — от Q1 до Q4, пишутся как "2023-Q1", найдено "{ $text }"
period-forms = ; период — это год ("2023"), квартал ("2023-Q1") или диапазон месяцев ("2024-01..2024-03")
period-whole-months = период состоит из целых месяцев, найден день "{ $text }"
check-summary = { $events }, торговых рядов: { $series } (значений: { $figures }), индикаторов: { $indicators }, { $sources }
check-first-defined = (впервые определено в { $place })
check-at-path = (в { $path })

## check: statistics files, layers, files of no known kind
stats-empty = файл пуст; ожидалась строка заголовков
stats-not-csv = файл не удалось прочитать как CSV: { $error }
stats-missing-columns = в этом файле ({ $file }) нет столбца { $columns } (столбцы ищутся по имени без учёта регистра, пробелов и подчёркиваний); в его заголовке: { $header }
stats-more-rows = ещё { $n } строк с той же проблемой ({ $kind }) не показаны
stats-no-rows = нет данных: в файле есть строка заголовков, но нет строк
stats-name-parties = в файле отчитывающиеся страны { $reporters }; партнёры { $partners }: назовите две стороны (--parties A B), чтобы прочитать их цифры
stats-none-between = ни одна из строк файла ({ $rows }) не относится к { $a } и { $b }: в нём отчитывающиеся страны { $reporters }; партнёры { $partners }
stats-skip-flow = { $flow } (используются только экспорт и импорт)
stats-skip-breakdown = разбивка по второму партнёру, транспорту или таможенной процедуре
stats-skip-world = партнёр — весь мир или группа территорий
stats-skip-not-parties = не между двумя сторонами
stats-duplicate = повторяющаяся строка: та же страна, партнёр, поток, период и товар (столбец { $column }){ $unit }, что в строке { $line }; повторно не учитывается{ $zeros }
stats-duplicate-unit = и единица (QtyUnit)
stats-duplicate-zeros = (при пересохранении в табличном редакторе у ProductCode пропадают ведущие нули, и "01" и "1" становятся одним кодом: используйте файл в том виде, в каком его записал WITS)
stats-skip-duplicate = дубликат более ранней строки
stats-bad-year = в столбце { $column } ожидался год, найдено "{ $found }"
stats-year-range = год { $year } в столбце { $column } вне 1900–2100
stats-negative = значение в столбце { $column } отрицательное ({ $value }); ожидалась сумма
stats-skip-no-value = нет значения
stats-bad-number = в столбце { $column } ожидалось число, найдено "{ $found }"
stats-lossy = значение в столбце { $column } записано в экспоненциальной форме ({ $value }): файл пересохранён табличным редактором, и от числа остались первые цифры; точность потеряна
stats-unknown-country-option = --country "{ $country }" — страна, неизвестная Entente
stats-wdi-header = после преамбулы ожидалась строка заголовков WDI ("Country Name","Country Code","Indicator Name","Indicator Code","1960",…)
stats-wdi-name-country = назовите страну (--country KAZ) или стороны (--parties A B)
stats-wdi-no-row = в файле нет строки для { $country } ({ $rows })
stats-wdi-no-column = в строке заголовков WDI нет столбца "{ $column }"
stats-unknown-country = "{ $country }" — страна, неизвестная Entente (название, код ISO 3166 или номер ООН)
stats-sep-semicolons = точками с запятой
stats-sep-tabs = табуляциями
stats-wrong-separator = строка заголовков разделена { $separator }; ожидались запятые, как в CSV-файлах UN Comtrade, WITS и Всемирного банка (табличный редактор мог сохранить файл с другим разделителем)
stats-not-a-header = ожидалась строка заголовков CSV-файла UN Comtrade, WITS или WDI Всемирного банка
layer-file-empty = файл пуст
layer-icews-no-column = в строке заголовков ICEWS нет столбца { $column }
layer-fields = ожидалось полей: { $expected }, найдено: { $found }; строка пропущена
layer-unknown-country = "{ $name }" в столбце { $column } — страна, неизвестная Entente
layer-icews-bad-date = Event Date "{ $date }" — не день (ГГГГ-ММ-ДД); строка пропущена
layer-not-a-number = { $column } "{ $value }" — не число; строка пропущена
layer-gdelt-no-column = в строке заголовков GDELT нет столбца { $column }
layer-gdelt-bad-country = "{ $code }" — не код страны CAMEO (три заглавные буквы); участник считается без страны
layer-gdelt-bad-date = SQLDATE "{ $date }" — не дата (ГГГГММДД); строка пропущена
layer-cow-no-column = в строке заголовков Correlates of War нет столбца { $column }
layer-cow-bad-number = в столбце { $column } ожидалось число, найдено "{ $found }"; строка пропущена
layer-cow-bad-level = уровень { $level } не входит в 0 (нет), 1 (временный поверенный), 2 (посланник), 3 (посол), 9 (другое)
layer-not-json = не JSON: { $error }
layer-wikidata-expected-bindings = ожидался список сроков или результаты SPARQL (results.bindings)
layer-wikidata-expected = ожидался список сроков или результаты SPARQL
layer-near-gdelt = события GDELT, но с { $tabs } полями через табуляцию, тогда как в GDELT 2.0 их 61, а в GDELT 1.0 — 57 или 58
layer-near-icews = события ICEWS, но его заголовок ({ $tabs } имён через табуляцию) не начинается с "Event ID", "Event Date"
layer-near-csv = таблица CSV, но не дипломатический обмен Correlates of War (ccode1, ccode2, year, DR_at_1, DR_at_2, DE) и не GDELT со строкой заголовков (GLOBALEVENTID, SQLDATE, …)
layer-near-none = ни одному из них
layer-not-a-layer = это не файл слоя, который читает Entente (события GDELT 2.0 или 1.0, события ICEWS, дипломатический обмен Correlates of War, сроки полномочий из Wikidata); ближе всего он к: { $near }
layer-row-unreadable = строку не удалось прочитать: { $error }
open-name-and-content-differ = имя файла оканчивается на { $ext }, то есть { $named }, но его содержимое — { $content }: он читается как { $content }
open-other-csv = похоже на CSV-файл, но это ни шаблон таблицы TimelineJS (в строке заголовков нет столбца Year или Headline), ни файл UN Comtrade, WITS или WDI
open-unknown = Entente не может определить тип файла (это не RON Entente, который начинается с `Dataset(`, и не JSON или CSV TimelineJS)
open-not-opened = Entente открывает наборы данных .ron, файлы TimelineJS .json и .csv и файлы .csv UN Comtrade, WITS и WDI Всемирного банка и распознаёт их по содержимому, каким бы ни было имя
open-is-layer = это данные о событиях, которые читаются как слой рядом с набором данных: `entente DATA.ron --layer FILE` или Файл ▸ Добавить слой… при открытом наборе данных
open-parties = стороны: { $error }
layer-fields-of = ожидалось полей: { $expected } ({ $format }), найдено: { $found }; строка пропущена
layer-between = между { $a } и { $b }
layer-involving = с участием { $a } или { $b }
layer-summary = слой { $layer }: { $what } { $how }, из { $rows }
stats-summary = { $file }: отчитывающиеся страны { $reporters }; партнёры { $partners }; потоки { $flows }; { $span }; { $rows }: использовано { $used }, пропущено { $skipped }
stats-no-flows = нет
stats-latin1 = текст прочитан как Latin-1

## The built-in kinds (a dataset that names none)
kind-treaty = Договоры
kind-treaty-one = Договор
kind-state_visit = Государственные визиты
kind-state_visit-one = Государственный визит
kind-official_visit = Официальные визиты
kind-official_visit-one = Официальный визит
kind-working_visit = Рабочие визиты
kind-working_visit-one = Рабочий визит
kind-consultation_round = Консультации
kind-consultation_round-one = Раунд политических консультаций
kind-agreement = Соглашения
kind-agreement-one = Соглашение
kind-other = Прочее
kind-other-one = Другое событие
