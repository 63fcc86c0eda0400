# The window's own words, in English. Every message here is in fr.ftl
# and ru.ftl too (a test checks). Variables: { $name }.

## Commands: menu entries and buttons, then their tooltips

cmd-open = Open…
cmd-add-statistics = Add statistics…
cmd-add-layer = Add layer…
cmd-new-dataset = New dataset…
cmd-reload = Reload
cmd-open-bundled = Open the bundled dataset
cmd-toggle-theme = Switch theme
cmd-fit-all = Fit all
cmd-zoom-in = +
cmd-zoom-out = −
cmd-select-next = Next event
cmd-select-previous = Previous event
cmd-select-first = First event
cmd-select-last = Last event
cmd-select-lane-above = Event in the lane above
cmd-select-lane-below = Event in the lane below
cmd-next-lanes = Next lanes
cmd-clear-selection = Clear the selection
cmd-toggle-warnings = Warnings
cmd-toggle-export-2x = Export at 2×
cmd-toggle-event-lines = Event lines
cmd-toggle-eras = Eras
cmd-toggle-caption = Caption
cmd-export-sheet = Export briefing sheet…
cmd-save-chart-image = Save image…
cmd-copy-chart-image = Copy image
cmd-save-chart-data = Save data as CSV…
cmd-open-tip = Open a dataset, a TimelineJS file (JSON, or the spreadsheet as CSV), or trade statistics (UN Comtrade, WITS or World Bank WDI CSV)
cmd-add-layer-tip = Show machine-coded events (GDELT, ICEWS), diplomatic levels (Correlates of War) or office terms (Wikidata) beside the dataset, in lanes of their own; never written into it
cmd-add-statistics-tip = Add official trade statistics (UN Comtrade, WITS or World Bank WDI CSV) to the open dataset: see what they add, then write them into its file
cmd-new-dataset-tip = Start a dataset of two parties: a commented file with one example of each record, opened and watched as you edit it
cmd-reload-tip = Read the open file again
cmd-open-bundled-tip = Open the Kazakhstan–France dataset that comes with Entente
cmd-toggle-theme-tip = Switch between light and dark themes
cmd-fit-all-tip = Show every event
cmd-zoom-in-tip = Zoom in
cmd-zoom-out-tip = Zoom out
cmd-select-next-tip = Select the next event in time
cmd-select-previous-tip = Select the previous event in time
cmd-select-first-tip = Select the first event
cmd-select-last-tip = Select the last event
cmd-select-lane-above-tip = Select the event nearest in time in the lane above
cmd-select-lane-below-tip = Select the event nearest in time in the lane below
cmd-next-lanes-tip = Lanes by kind, country, person or group: switch to the next
cmd-clear-selection-tip = Clear the selection
cmd-toggle-warnings-tip = Show or hide the warnings of this file
cmd-toggle-export-2x-tip = Save charts at twice the screen resolution, for print
cmd-toggle-event-lines-tip = Show or hide the events on the charts (thin lines in lane colours)
cmd-toggle-eras-tip = Show or hide the eras above the lanes (e.g. each country's presidents)
cmd-toggle-caption-tip = Put a caption under exported images: the period shown, the sources, and where the image comes from
cmd-export-sheet-tip = One landscape page for a brief: the timeline and trade charts of the view, the events shown and the sources cited (PDF, SVG or PNG)
cmd-save-chart-image-tip = Save this chart as a PNG, SVG or PDF file
cmd-copy-chart-image-tip = Copy this chart to the clipboard
cmd-save-chart-data-tip = Save the figures shown (with their unit, reporter and sources) as a CSV file

## The top bar
theme-light = Light theme
theme-dark = Dark theme

## details
details-date = Date
details-place = Place
details-group = Group
details-tags = Tags
details-participants = Participants
details-media = Media
details-related-events = Related events
details-trade-figure = Trade figure
details-not-reported = not reported
details-unit = Unit
details-reporter = Reporter
details-growth-reported = Growth reported
details-growth-computed = Growth computed
details-estimated-by-the-publisher-not = Estimated by the publisher, not reported by the country (drawn light and outlined).
details-close-esc = Close (Esc)
details-note = Note
details-sources = Sources
details-party = Party
details-dates = Dates
details-indicator = Indicator
details-value = Value
details-as-of = As of
details-rank = Rank
details-reported = Reported

## filters
filters-search = Search:
filters-any-words = any words
filters-clear-search = Clear search
filters-what-the-timeline-s-lanes = What the timeline's lanes stand for (L switches)
filters-mentions = Mentions ≥
filters-hide-layer-events-reported-fewer = Hide layer events reported fewer times than this
filters-e-g-2008 = e.g. 2008
filters-a-year-a-month-or = A year, a month or a day: YYYY, YYYY-MM or YYYY-MM-DD
filters-write-a-date-as-yyyy = Write a date as YYYY, YYYY-MM or YYYY-MM-DD
filters-reset = Reset
filters-show-every-event-again = Show every event again
filters-the-layers-events-by-cameo = The layers' events by CAMEO root class (their action)
filters-show-every-kind = Show every kind
filters-show-or-hide-events-by = Show or hide events by kind

## save-dialog
save-dialog-no-file-dialog-of-the = No file dialog of the desktop is available; choose the folder here.
save-dialog-folder = Folder:
save-dialog-up = Up
save-dialog-the-folder-that-holds-this = The folder that holds this one
save-dialog-no-subfolders = (no subfolders)
save-dialog-file-name = File name:
save-dialog-save = Save
save-dialog-cancel = Cancel

## layer-details
layer-details-publisher = Publisher
layer-details-source = Source
layer-details-only-http-and-https-links = Only http and https links are opened
layer-details-machine-coded-from-news-reports = Machine-coded from news reports: a lead to check, not a fact of the record.
layer-details-add-to-dataset = Add to dataset…
layer-details-write-this-event-into-the = Write this event into the dataset's file, with its source

## new-dataset
new-dataset-e-g-kazakhstan = e.g. Kazakhstan
new-dataset-new-dataset = New dataset
new-dataset-the-two-parties-of-the = The two parties of the relationship:
new-dataset-first = First
new-dataset-second = Second
new-dataset-entente-writes-a-commented-file = Entente writes a commented file with one example of each record, then opens it: edit it in any editor and it reloads as you save.

## ui
ui-entente = Entente
ui-file = File
ui-recent-files = Recent files
ui-none-yet = (none yet)
ui-keys = Keys…
ui-no-data-loaded-fix-the = No data loaded. Fix the problems listed below; the file is read again when you open it.

## promote
promote-add-to-dataset = Add to dataset
promote-the-event-as-it-will = The event as it will be written into the dataset, with its report as a source:
promote-kind = Kind
promote-write-into-the-dataset = Write into the dataset

## layers
layers-no-layer-add-gdelt-icews = No layer: add GDELT, ICEWS, Correlates of War or Wikidata files beside the dataset.
layers-show-or-hide-this-layer = Show or hide this layer
layers-remove = Remove
layers-the-language-the-record-is = The language the record is shown in; a text not given in it is shown in the dataset's default language, marked

## add-stats
add-stats-add-statistics = Add statistics
add-stats-replace-them = Replace them

## density
density-dates-known-to-the-month = Dates known to the month or year count across it
density-click-to-zoom-in-shift = Click to zoom in · Shift+drag to zoom to a range

## diagnostics
diagnostics-the-last-good-data-is = (the last good data is still shown)
diagnostics-copy-this-location = Copy this location

## lanes
lanes-click-to-zoom-in = Click to zoom in

## eras
eras-click-for-details = Click for details

## mirror
mirror-imports-are-valued-cif-with = Imports are valued CIF (with freight and insurance), exports FOB; the two offices may also attribute goods to different partners (origin, consignment, transit), so the figures need not agree.

## indicator
indicator-values = Values:

## header
header-figures = Figures:
ui-window-language = Window language
ui-follow-the-system = As the system

## Charts
legend-events-lane-colours = Events (lane colours)
legend-exports = Exports
legend-imports = Imports
legend-turnover = Turnover
legend-turnover-only = Turnover only
legend-estimated = Estimated
legend-same-months-year-before = Same months, year before
legend-period = Period
legend-reported = Reported
legend-computed = Computed from the figures
legend-differs = Differs beyond rounding
legend-reported-value = Reported value
legend-about = About (approximate)
legend-as-importer-reports = As the importer reports
legend-other = Other
status-showing = Showing { $from } – { $to }
timeline-title = Timeline
timeline-no-events = No events to show
timeline-eras = Eras
caption-shown = Shown: { $from } – { $to }
caption-no-source = Source: none cited for what is shown
caption-source = Source: { $sources }
filters-lanes = Lanes: { $by }
filters-from = From:
filters-to = To:
filters-actions = Actions
filters-actions-hidden = Actions ({ $hidden } hidden)
filters-kinds-shown = Kinds: { $shown } of { $all }
figure-about = about
figure-not-reported = { $name }: not reported
chart-annual-title = Annual trade, { $series }
chart-comparison-title = Same period, year before, { $series }
chart-growth-title = Growth of turnover, reported and computed, { $series }
chart-mirror-title = Mirror: { $a } and { $b } report the same trade
chart-products-title = What is traded: { $reporter } { $flow } by product, { $series }
chart-timeline-title = { $dataset }: timeline of events

## Counts (the number, then the word in the right plural form)
count-event =
    { $count ->
        [one] { $n } event
       *[other] { $n } events
    }
count-warning =
    { $count ->
        [one] { $n } warning
       *[other] { $n } warnings
    }
count-error =
    { $count ->
        [one] { $n } error
       *[other] { $n } errors
    }
count-cluster =
    { $count ->
        [one] { $n } cluster
       *[other] { $n } clusters
    }
count-lane =
    { $count ->
        [one] { $n } lane
       *[other] { $n } lanes
    }
count-label =
    { $count ->
        [one] { $n } label
       *[other] { $n } labels
    }
count-era =
    { $count ->
        [one] { $n } era
       *[other] { $n } eras
    }
count-row =
    { $count ->
        [one] { $n } row
       *[other] { $n } rows
    }
count-figure =
    { $count ->
        [one] { $n } figure
       *[other] { $n } figures
    }
count-source =
    { $count ->
        [one] { $n } source
       *[other] { $n } sources
    }

## More of the window
status-clusters = · { $clusters } hold { $events }
status-density = · { $lanes } as density ({ $events }): Shift+drag to zoom to a range
layers-menu = Layers
layers-menu-count = Layers ({ $count })
filters-kinds = Kinds
filters-count = { $shown } of { $total }
lanes-kind = Kind
lanes-country = Country
lanes-person = Person
lanes-group = Group
filters-by = By { $by }

## Status line, loading, detail panels
status-saved = Saved { $path }
status-copied = Copied “{ $title }” to the clipboard.
status-export-failed = Export failed: { $reason }
loading-reading = Reading { $done } of { $total } MB
loading-parsing = Parsing { $done } of { $total } MB
loading-reading-parsing = Reading and parsing { $done } of { $total } MB
status-nothing-created = Nothing was created: { $reason }
status-reading-layer = Reading the layer { $name }:
status-loading = Loading { $name }:
status-opening = Opening { $name }
details-link-not-opened = (link not opened, only http and https are: { $url })
details-credit = Credit: { $credit }
details-current-prices = { $unit }, current prices
details-what-is-traded = What is traded: { $flow } by product
flow-exports = exports
flow-imports = imports
details-era = Era · { $kind }
details-value-n-of = value { $n } of { $all }
indicators-as-of = as of { $date }

## Layers, the timeline's gutter, the sheet, axes
layer-not-given = not given
layer-date = Date
layer-actor-1 = Actor 1
layer-actor-2 = Actor 2
layer-action = Action
layer-intensity = Intensity
layer-goldstein = Goldstein scale
layer-tone = Tone
layer-mentions = Mentions
layer-mentions-value = { $mentions } in { $sources } sources, { $articles } articles
layer-place = Place
layer-event-id = Event id
layer-event-id-value = { $id } (line { $line } of { $file })
gutter-density = density
gutter-hidden = { $count ->
   *[other] { $labels } hidden
}
gutter-n-hidden = { $n ->
   *[other] { $sub }, { $n } hidden
}
timeline-shown = Timeline, { $n } events shown
sheet-events-shown = Events shown
sheet-sources = Sources
sheet-title = { $dataset }: briefing
axis-current = { $unit } (current { $currency })
axis-turnover = Turnover, { $unit }
axis-share = Share of { $flow } (%)
axis-growth = Growth, %

## Dialogs, tooltips, captions
record-in = Record in { $language }
status-reading-again = Reading { $name } again (the data shown before is set aside meanwhile)
stats-reading = Reading { $path }…
stats-from = From { $path }
stats-line-column = line { $line }, column { $col }: { $message }
stats-line = line { $line }: { $message }
stats-add-to = Add to { $name }
layer-event-of = { $layer } event
indicators-rank-as-of = { $rank } (as of { $date })
save-not-a-folder = { $path } is not a folder
filters-show-hide-kind-about = Show or hide { $kind }: { $about }
filters-show-hide-kind = Show or hide { $kind }
loading-read-so-far = { $events } events read so far, by the month they start:
indicator-rank-among = rank among { $among } after the value
products-caption = share of the year’s { $flow } · { $unit }
comparison-caption = turnover · { $unit }
growth-reported = reported { $percent }
mirror-estimated = estimated
growth-computed = computed { $percent }
lane-events-in = { $n } events in { $lane }
caption-layer = Layer: { $layer }, { $count }
caption-layer-events = Layer: { $layer }, { $count } (machine-coded, not checked)
details-fallback = Not given in this language: shown as written.
details-translated = Translated by the dataset’s editors.

## Save and open dialogs, the split, indicators
save-title-image = Save chart as PNG, SVG or PDF
save-title-data = Save the figures as CSV
save-title-sheet = Export briefing sheet (PDF, SVG or PNG)
save-title-dataset = Save the new dataset
status-export-cancelled = Export cancelled; nothing was written.
status-dataset-cancelled = Cancelled; no dataset was created.
split-label = Split between the timeline and the charts
split-tip = Drag to give the timeline more or less room; double-click for the default
open-title = Open a dataset
indicators-title = Indicators
indicators-earlier = { $n } earlier values: see the chart above
save-write-a-name = write a file name (without a folder)
save-extension-chooses = The file’s extension chooses the format: { $extensions }.
promote-title = Title

## Layers, statistics, exports, new datasets
layers-already = { $path } is already a layer
layers-need-parties = A layer is read for the open dataset’s two parties: open a dataset whose parties are countries first.
layers-dialog-title = Add a layer (GDELT, ICEWS, Correlates of War, Wikidata terms)
layers-dialog-filter = Event data
layers-scope-both = Events between the two parties
layers-scope-either = Events involving either party
stats-need-dataset = Statistics are added to an open Entente dataset (.ron) of two parties: open one first.
stats-dialog-title = Add statistics (UN Comtrade, WITS or World Bank WDI CSV)
stats-has-errors = Nothing can be added: the file has errors.
stats-series = Series { $id }: { $label }, { $first }–{ $last }, { $n } figures{ $products }
stats-product-figures = , { $n } product figures
export-not-on-screen = That chart is not on screen; scroll to it first.
status-copied-cropped = Copied “{ $title }” to the clipboard (cropped from the window).
new-choose-where = Choose where to save…
new-exists = { $path } exists; a new dataset is never written over a file: choose another name
new-created = Created { $path }: replace its examples in your editor; it reloads as you save.

## Detail panels, mirror and product tooltips, loading
details-growth-computed-value = { $percent } from { $from } (between { $lo } and { $hi } within rounding)
details-growth-disagrees = The reported growth cannot come from these rounded figures; both are shown.
details-events-during = Events during this { $kind } ({ $n })
mirror-statistics = mirror statistics
mirror-not-reported = not reported
mirror-direction = { $from } → { $to }: { $from } reports exports { $exports } (FOB); { $to } reports imports { $imports } (CIF)
mirror-gap = gap { $gap } ({ $more } more by the importer’s count)
growth-caption = percent change on the period compared against
products-tooltip-title = { $period } · { $reporter } { $flow } by product
products-more = { $n } more
loading-checking = Checking
loading-indexing = Indexing events
loading-none-yet = No events read yet.
diagnostics-not-loaded = { $path } could not be loaded: { $errors }

## Statuses, dialogs' filters, layer details, chart captions and items
layers-reading = reading…
layers-read = Layer { $name }: { $events }
export-stopped = the export stopped unexpectedly
export-not-on-screen = the chart is not on screen
promote-no-file = Events are added to a dataset file: this dataset has none (open or save one first).
not-utf8 = { $path } could not be read as UTF-8 text
promote-added = Added the event to { $path }; reading it again.
open-filter-all = Entente data and TimelineJS files
open-filter-entente = Entente data
open-filter-timelinejs = TimelineJS (JSON, or the spreadsheet as CSV)
loading-stopped = the loader stopped unexpectedly
open-dialog-lost = The Open dialog closed unexpectedly.
watch-failed = Not watching { $path } for changes: { $error }
save-filter-dataset = Entente dataset
save-filter-file = File
stats-reading-stopped = Reading the statistics stopped unexpectedly.
stats-would-fail-check = the dataset would not pass check: { $problem }
stats-added = Added { $series } series ({ $figures } figures) and { $indicators } indicators from { $from } to { $to }.
stats-indicator-line = Indicator { $id }: { $label }, { $values } values
layer-actor-code = code { $code }
layer-actor-country = country { $country }
layer-not-coded = not coded
layer-event-from = { $date } · from the layer { $file } ({ $layer })
layer-not-in-cameo = not in the CAMEO table
layer-quad-class = QuadClass
layer-not-classed = Not classed
details-media-relative = ({ $url }, relative to the page that showed the timeline)
details-growth-on = { $percent } on { $period }
details-unknown-source = unknown source { $id }
annual-turnover-only = Turnover only (no breakdown reported)
indicator-caption = { $unit } · each point as reported, at its as-of date
indicator-as-of = as of { $date }
plot-selected-event = Selected event
mirror-caption = as the exporter reports it (solid) and as the importer does (light) · { $unit }
growth-reported-point = Reported growth
growth-differs = differs beyond rounding
eras-kind-of = { $kind } of { $party }
density-described = { $name }: { $events } in view, drawn as density; busiest column { $busiest }
about-prefix = about
scale-thousands = k
scale-millions = m
scale-billions = bn

## Dates known to the month or year, key hints, watching
date-known-month = { $date } (known to the month)
date-known-year = { $date } (known to the year)
command-pointer-shortcut = { $tooltip } ({ $keys } with the pointer over it)
status-navigation-hints = Drag or scroll to pan · { $zoom }+scroll to zoom · { $previous }/{ $next } previous/next · { $up }/{ $down } lane · { $fit } fit · { $clear } clear
watch-cannot = cannot watch { $path }: { $error }

## Layers' lanes, lanes' tips, units, captions, ranks, eras
layer-lane-verbal-coop = Verbal coop.
layer-lane-material-coop = Material coop.
layer-lane-verbal-conflict = Verbal conflict
layer-lane-material-conflict = Material conflict
layer-event-singular = { $layer } event
layer-scope-both = { $layer } · { $kept } of { $rows } between { $a } and { $b }
layer-scope-either = { $layer } · { $kept } of { $rows } involving { $a } or { $b }
lanes-by-kind-tip = One lane per kind of event
lanes-by-country-tip = One lane per country: of the participants, or named in the place when there are none
lanes-by-person-tip = One lane per participant: a meeting shows in each participant’s lane
lanes-by-group-tip = One lane per group (a TimelineJS group), or per tag when there is none
unit-thousands = { $currency } thousand
unit-millions = { $currency } million
unit-billions = { $currency } billion
series-caption = { $reporter }, current { $currency }
indicator-rank-among = { $rank } among { $among }
indicator-rank = { $rank }
era-since = since { $date }

flow-exports = exports
flow-imports = imports
bundled-name = kz-fr.ron (bundled)

## Lanes of no value and of the rest
lane-no-country = No country
lane-other-countries = Other countries
lane-no-participants = No participants
lane-other-people = Other people
lane-no-group = No group
lane-other-groups = Other groups

## check: problems in a data file (the path:line:col: error: format stays)
check-cannot-read = cannot read the file: { $error }
check-not-regular = it is { $what }, not a regular file; Entente reads only regular files
check-too-large = it is { $size } MB, over the limit of { $limit } MB; set { $setting } to read it
check-not-utf8 = the file is not valid UTF-8: byte { $byte } cannot start or continue a character; save it as UTF-8
check-empty = the file is empty; expected a dataset: Dataset(title: "…", parties: ("…", "…"), events: [ … ])
check-what-event-kind = event kind
check-what-scale = scale
check-what-variant-of = variant of { $outer }
check-what-variant = variant
check-did-you-mean = ; did you mean `{ $name }`?
check-unknown-variant = unknown { $what } `{ $found }`, expected one of { $expected }
check-expected-one-of = ; expected one of { $expected }
check-invisible-in-name = (the name holds an invisible character; retype it)
check-unknown-field-in = unknown field `{ $found }` in { $outer }
check-unknown-field = unknown field `{ $found }`
check-missing-field-in = missing field `{ $field }` in { $outer }
check-missing-field = missing field `{ $field }`
check-field-twice-in = field `{ $field }` is given twice in { $outer }
check-field-twice = field `{ $field }` is given twice
check-too-deep = values are nested too deeply (more than 128 levels); a dataset is only a few levels deep
check-eof = the file ends in the middle of a value; something is not closed
check-string-not-closed = this string is not closed: expected a closing `"`
check-string-on-line = ; is the string on line { $line } closed?
ron-expected-array = expected opening `[`
ron-expected-array-end = expected closing `]`
ron-expected-comma = expected comma
ron-expected-boolean = expected boolean
ron-expected-float = expected float
ron-expected-integer = expected integer
ron-expected-map = expected opening `{"{"}`
ron-expected-colon = expected colon
ron-expected-map-end = expected closing `{"}"}`
ron-expected-open-paren = expected opening `(`
ron-expected-close-paren = expected closing `)`
ron-expected-string = expected string
ron-expected-identifier = expected identifier
ron-trailing = non-whitespace trailing characters
ron-unclosed-comment = unclosed block comment
ron-unexpected-char = unexpected char { $char }
check-event-id-empty = event id is empty
check-duplicate-event-id = duplicate event id "{ $id }"
check-empty-title = event has an empty title
check-media-empty-url = media has an empty url
check-what-event = event "{ $id }"
check-related-unknown = related id "{ $id }" is not the id of any event
check-invalid-date = invalid date: { $error }
check-invalid-end-date = invalid end date: { $error }
check-unknown-kind = unknown event kind `{ $kind }`, expected one of { $expected }
check-did-you-mean-id = ; did you mean "{ $id }"?
check-more-like-above = … and { $n } more problems like the one above
check-era-id-empty = era id is empty
check-duplicate-era-id = duplicate era id "{ $id }"
check-era-party = the era's party "{ $party }" is not one of the dataset's parties ("{ $a }", "{ $b }")
check-era-no-name = the era has no name
check-era-no-kind = the era has no kind (e.g. "presidency")
check-what-era = era "{ $id }"
check-invalid-start-date = invalid start date: { $error }
check-era-ends-before = the era ends ({ $end }) before it starts ({ $start })
check-eras-overlap = the { $kind_b } of "{ $b }" starts before the { $kind_a } of "{ $a }" ends
check-duplicate-source-id = duplicate source id "{ $id }"
check-url-not-openable = only http and https links can be opened; "{ $url }" will be shown as text
check-invalid-source-date = invalid source date: { $error }
check-source-nowhere = source "{ $id }" has neither a url nor a note; give its link, or say in a note where a reader can find it (e.g. a printed report)
check-kind-not-identifier = the kind id "{ $id }" is not an identifier: write it in lower case letters, digits and underscores, starting with a letter (events name it as `kind: { $suggested }`)
check-duplicate-kind-id = duplicate kind id "{ $id }"
check-kind-no-label = the kind has no label
check-bad-colour = the colour "{ $colour }" is not written #RRGGBB (e.g. "#1f77b4")
check-kind-unused = no event is of the kind "{ $id }"; it has no lane
check-invalid-as-of = invalid as_of date: { $error }
check-indicator-no-unit = the indicator has no unit
check-rank-zero = a rank starts at 1, found 0
check-what-indicator = indicator "{ $id }"
check-what-value = the value of "{ $id }" as of { $date }
check-earlier-order = earlier values go oldest first: { $date } is not after { $before }
check-earlier-after-latest = an earlier value ({ $date }) must come before the indicator's own as_of ({ $latest })
check-value-not-finite = value must be a finite number, found { $value }
check-value-negative = value cannot be negative, found { $value }
check-write-zero = (write 0)
check-not-a-tag = "{ $tag }" is not a language tag (BCP 47: "en", "fr", "kk-Latn")
check-more-titles-lack = { $n } more event titles lack one of the dataset's languages
check-mixed-scripts = the word "{ $word }" mixes Latin and Cyrillic letters (a look-alike such as a Latin "a" or "o" in a Cyrillic word): search and sorting will miss it
check-title-lacks = the title has no { $languages } text
check-tag-not-listed = "{ $tag }" is not one of the dataset's `languages`
check-no-default-text = the text has no "{ $tag }", the dataset's default language
check-no-source = { $what } has no source; cite at least one id from `sources`
check-unknown-source = unknown source id "{ $id }"
check-duplicate-series-id = duplicate series id "{ $id }"
check-series-no-currency = the series has no currency (e.g. "USD")
check-invalid-period = invalid period: { $error }
check-product-value = a product's value must be an amount, found { $value }
check-growth-not-finite = growth must be a finite number, found { $value }
check-amount-not-finite = { $name } must be a finite amount, found { $value }
check-amount-negative = { $name } cannot be negative, found { $value }
check-amount-minus-zero = { $name } is written -0; write 0 (an amount has no sign)
check-amounts-overflow = exports { $exports } + imports { $imports } add up to more than a number can hold; expected amounts in the series' scale
check-observation-empty = observation has no turnover, exports or imports
check-what-figure = the figure for { $period }
check-period-twice = the period { $period } appears twice in series "{ $series }"
check-period-overlaps = the period { $a } overlaps { $b } in series "{ $series }" without containing it
check-sum-differs = exports { $exports } + imports { $imports } = { $sum } differs from the turnover { $turnover } by more than rounding explains
check-growth-irreconcilable = reported growth { $reported } cannot be reconciled with the figures: { $from } → { $to } gives { $computed } ({ $lo } to { $hi } within rounding)
date-expected = expected a date written as YYYY, YYYY-MM or YYYY-MM-DD
date-expected-found = { $expected }{ $what }, found "{ $found }"
date-empty = { $expected }, found an empty string
date-before-ce = year in "{ $text }" is outside the supported range { $range } (dates before 1 CE are not supported)
date-year-out-of-range = year { $year } is outside the supported range { $range }
date-four-digit-year = (four-digit year)
date-two-digit-month = (two-digit month)
date-no-such-month = month { $month } does not exist in "{ $text }" (months are 01 to 12)
date-two-digit-day = (two-digit day)
date-no-such-day = { $month } has no day { $day } (it has { $max } days)
date-range-ends-before = the range ends ({ $end }) before it starts ({ $start })
period-spaces = a period is written without spaces around it, found "{ $text }"
period-range-months = a period range is written in months, like "2024-01..2024-03", found "{ $text }"
period-ends-before = the period ends ({ $end }) before it starts ({ $start })
period-quarters = quarters are Q1 to Q4, written like "2023-Q1", found "{ $text }"
period-forms = ; a period is a year ("2023"), a quarter ("2023-Q1") or a span of months ("2024-01..2024-03")
period-whole-months = a period is made of whole months, found the day "{ $text }"
check-summary = { $events }, { $series } trade series ({ $figures } figures), { $indicators } indicators, { $sources }
check-first-defined = (first defined at { $place })
check-at-path = (at { $path })

## check: statistics files, layers, files of no known kind
stats-empty = the file is empty; expected a header row
stats-not-csv = the file could not be read as CSV: { $error }
stats-missing-columns = this { $file } has no column { $columns } (columns are matched by name, ignoring case, spaces and underscores); its header has: { $header }
stats-more-rows = { $n } more rows with the same problem ({ $kind }) are not listed
stats-no-rows = no data: the file has a header row and no rows
stats-name-parties = the file holds reporters { $reporters }; partners { $partners }: name the two parties (--parties A B) to read their figures
stats-none-between = none of the file's { $rows } is between { $a } and { $b }: it holds reporters { $reporters }; partners { $partners }
stats-skip-flow = { $flow } (only exports and imports are used)
stats-skip-breakdown = a breakdown by second partner, transport or customs procedure
stats-skip-world = the partner is World or a group of areas
stats-skip-not-parties = not between the two parties
stats-duplicate = duplicated row: the same reporter, partner, flow, period and product (column { $column }){ $unit } as line { $line }; not counted again{ $zeros }
stats-duplicate-unit = and unit (QtyUnit)
stats-duplicate-zeros = (a spreadsheet re-save strips the leading zeros of ProductCode, so "01" and "1" become one code: use the file as WITS wrote it)
stats-skip-duplicate = a duplicate of an earlier row
stats-bad-year = expected a year in column { $column }, found "{ $found }"
stats-year-range = year { $year } in column { $column } is outside 1900–2100
stats-negative = the value in column { $column } is negative ({ $value }); expected an amount
stats-skip-no-value = no value
stats-bad-number = expected a number in column { $column }, found "{ $found }"
stats-lossy = the value in column { $column } is in scientific notation ({ $value }): the file was re-saved by a spreadsheet and the figure kept only its first digits; precision was lost
stats-unknown-country-option = --country "{ $country }" is not a country Entente knows
stats-wdi-header = expected a WDI header row ("Country Name","Country Code","Indicator Name","Indicator Code","1960",…) after the preamble
stats-wdi-name-country = name the country to read (--country KAZ) or the parties (--parties A B)
stats-wdi-no-row = the file has no row for { $country } ({ $rows })
stats-wdi-no-column = the WDI header row has no column "{ $column }"
stats-unknown-country = "{ $country }" is not a country Entente knows (a name, an ISO 3166 code or a UN number)
stats-sep-semicolons = semicolons
stats-sep-tabs = tabs
stats-wrong-separator = the header row is separated by { $separator }; expected commas, as UN Comtrade, WITS and the World Bank write their CSV files (a spreadsheet may have saved it with another separator)
stats-not-a-header = expected the header row of a UN Comtrade, WITS or World Bank WDI CSV file
layer-file-empty = the file is empty
layer-icews-no-column = the ICEWS header row has no column { $column }
layer-fields = expected { $expected } fields, found { $found }; the row is left out
layer-unknown-country = "{ $name }" in column { $column } is not a country Entente knows
layer-icews-bad-date = Event Date "{ $date }" is not a day (YYYY-MM-DD); the row is left out
layer-not-a-number = { $column } "{ $value }" is not a number; the row is left out
layer-gdelt-no-column = the GDELT header row has no column { $column }
layer-gdelt-bad-country = "{ $code }" is not a CAMEO country code (three capital letters); the actor is taken as of no country
layer-gdelt-bad-date = SQLDATE "{ $date }" is not a date (YYYYMMDD); the row is left out
layer-cow-no-column = the Correlates of War header row has no column { $column }
layer-cow-bad-number = expected a number in column { $column }, found "{ $found }"; the row is left out
layer-cow-bad-level = level { $level } is not one of 0 (none), 1 (chargé d'affaires), 2 (minister), 3 (ambassador), 9 (other)
layer-not-json = not JSON: { $error }
layer-wikidata-expected-bindings = expected a list of terms or SPARQL results (results.bindings)
layer-wikidata-expected = expected a list of terms or SPARQL results
layer-near-gdelt = GDELT events, but with { $tabs } tab-separated fields where GDELT 2.0 has 61 and GDELT 1.0 57 or 58
layer-near-icews = ICEWS events, but its header ({ $tabs } tab-separated names) does not start with "Event ID", "Event Date"
layer-near-csv = a CSV table, but not the Correlates of War diplomatic exchange (ccode1, ccode2, year, DR_at_1, DR_at_2, DE) nor GDELT with a header row (GLOBALEVENTID, SQLDATE, …)
layer-near-none = none of them
layer-not-a-layer = this is not a layer file Entente reads (GDELT 2.0 or 1.0 events, ICEWS events, Correlates of War diplomatic exchange, Wikidata office terms); it looks closest to { $near }
layer-row-unreadable = the row could not be read: { $error }
open-name-and-content-differ = the file's name ends in { $ext }, which is { $named }, but its content is { $content }: it is read as { $content }
open-other-csv = it looks like a CSV file, but neither TimelineJS's spreadsheet template (its header row has no Year or Headline column) nor a UN Comtrade, WITS or WDI file
open-unknown = Entente cannot tell what kind of file this is (not Entente RON, which starts with `Dataset(`, nor TimelineJS JSON or CSV)
open-not-opened = Entente opens .ron datasets, TimelineJS .json and .csv files and UN Comtrade, WITS and World Bank WDI .csv files, and tells them by their content whatever their name
open-is-layer = this is event data, read as a layer beside a dataset: `entente DATA.ron --layer FILE`, or File ▸ Add layer… with a dataset open
open-parties = the parties: { $error }
layer-fields-of = expected { $expected } fields ({ $format }), found { $found }; the row is left out
layer-between = between { $a } and { $b }
layer-involving = involving { $a } or { $b }
layer-summary = { $layer } layer of { $what } { $how }, from { $rows }
stats-summary = { $file }: reporters { $reporters }; partners { $partners }; flows { $flows }; { $span }; { $rows }: { $used } used, { $skipped } skipped
stats-no-flows = none
stats-latin1 = text read as Latin-1

## The built-in kinds (a dataset that names none)
kind-treaty = Treaties
kind-treaty-one = Treaty
kind-state_visit = State visits
kind-state_visit-one = State visit
kind-official_visit = Official visits
kind-official_visit-one = Official visit
kind-working_visit = Working visits
kind-working_visit-one = Working visit
kind-consultation_round = Consultations
kind-consultation_round-one = Round of political consultations
kind-agreement = Agreements
kind-agreement-one = Agreement
kind-other = Other
kind-other-one = Other event
