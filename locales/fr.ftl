# The window's own words, in English. Every message here is in fr.ftl
# and ru.ftl too (a test checks). Variables: { $name }.

## Commands: menu entries and buttons, then their tooltips

cmd-open = Ouvrir…
cmd-add-statistics = Ajouter des statistiques…
cmd-add-layer = Ajouter une couche…
cmd-new-dataset = Nouveau jeu de données…
cmd-reload = Recharger
cmd-open-bundled = Ouvrir le jeu de données fourni
cmd-toggle-theme = Changer de thème
cmd-fit-all = Tout afficher
cmd-zoom-in = +
cmd-zoom-out = −
cmd-select-next = Événement suivant
cmd-select-previous = Événement précédent
cmd-select-first = Premier événement
cmd-select-last = Dernier événement
cmd-select-lane-above = Événement de la piste du dessus
cmd-select-lane-below = Événement de la piste du dessous
cmd-next-lanes = Pistes suivantes
cmd-clear-selection = Désélectionner
cmd-toggle-warnings = Avertissements
cmd-toggle-export-2x = Exporter en 2×
cmd-toggle-event-lines = Lignes d'événements
cmd-toggle-eras = Époques
cmd-toggle-caption = Légende
cmd-export-sheet = Exporter la fiche de synthèse…
cmd-save-chart-image = Enregistrer l'image…
cmd-copy-chart-image = Copier l'image
cmd-save-chart-data = Enregistrer les données en CSV…
cmd-open-tip = Ouvrir un jeu de données, un fichier TimelineJS (JSON, ou le tableur en CSV) ou des statistiques commerciales (CSV UN Comtrade, WITS ou WDI de la Banque mondiale)
cmd-add-layer-tip = Afficher des événements codés automatiquement (GDELT, ICEWS), des niveaux diplomatiques (Correlates of War) ou des mandats (Wikidata) à côté du jeu de données, dans des pistes à part ; jamais écrits dans celui-ci
cmd-add-statistics-tip = Ajouter des statistiques commerciales officielles (CSV UN Comtrade, WITS ou WDI de la Banque mondiale) au jeu de données ouvert : voir ce qu'elles apportent, puis les écrire dans son fichier
cmd-new-dataset-tip = Créer un jeu de données à deux parties : un fichier commenté avec un exemple de chaque enregistrement, ouvert et surveillé pendant que vous le modifiez
cmd-reload-tip = Relire le fichier ouvert
cmd-open-bundled-tip = Ouvrir le jeu de données Kazakhstan–France fourni avec Entente
cmd-toggle-theme-tip = Basculer entre le thème clair et le thème sombre
cmd-fit-all-tip = Afficher tous les événements
cmd-zoom-in-tip = Zoom avant
cmd-zoom-out-tip = Zoom arrière
cmd-select-next-tip = Sélectionner l'événement suivant dans le temps
cmd-select-previous-tip = Sélectionner l'événement précédent dans le temps
cmd-select-first-tip = Sélectionner le premier événement
cmd-select-last-tip = Sélectionner le dernier événement
cmd-select-lane-above-tip = Sélectionner l'événement le plus proche dans le temps sur la piste du dessus
cmd-select-lane-below-tip = Sélectionner l'événement le plus proche dans le temps sur la piste du dessous
cmd-next-lanes-tip = Pistes par type, pays, personne ou groupe : passer à la répartition suivante
cmd-clear-selection-tip = Annuler la sélection
cmd-toggle-warnings-tip = Afficher ou masquer les avertissements de ce fichier
cmd-toggle-export-2x-tip = Enregistrer les graphiques au double de la résolution de l'écran, pour l'impression
cmd-toggle-event-lines-tip = Afficher ou masquer les événements sur les graphiques (traits fins aux couleurs des pistes)
cmd-toggle-eras-tip = Afficher ou masquer les époques au-dessus des pistes (p. ex. les présidents de chaque pays)
cmd-toggle-caption-tip = Ajouter une légende sous les images exportées : la période affichée, les sources et la provenance de l'image
cmd-export-sheet-tip = Une page au format paysage pour une note : la frise et les graphiques commerciaux de la vue, les événements affichés et les sources citées (PDF, SVG ou PNG)
cmd-save-chart-image-tip = Enregistrer ce graphique dans un fichier PNG, SVG ou PDF
cmd-copy-chart-image-tip = Copier ce graphique dans le presse-papiers
cmd-save-chart-data-tip = Enregistrer les chiffres affichés (avec leur unité, leur déclarant et leurs sources) dans un fichier CSV

## The top bar
theme-light = Thème clair
theme-dark = Thème sombre

## details
details-date = Date
details-place = Lieu
details-group = Groupe
details-tags = Étiquettes
details-participants = Participants
details-media = Médias
details-related-events = Événements liés
details-trade-figure = Chiffre du commerce
details-not-reported = non déclaré
details-unit = Unité
details-reporter = Déclarant
details-growth-reported = Croissance déclarée
details-growth-computed = Croissance calculée
details-estimated-by-the-publisher-not = Estimé par l'éditeur, non déclaré par le pays (tracé en clair, avec contour).
details-close-esc = Fermer (Esc)
details-note = Note
details-sources = Sources
details-party = Partie
details-dates = Dates
details-indicator = Indicateur
details-value = Valeur
details-as-of = Date de référence
details-rank = Rang
details-reported = Publié

## filters
filters-search = Rechercher :
filters-any-words = l'un des mots
filters-clear-search = Effacer la recherche
filters-what-the-timeline-s-lanes = Ce que représentent les pistes de la frise (L pour changer)
filters-mentions = Mentions ≥
filters-hide-layer-events-reported-fewer = Masquer les événements des couches signalés moins de fois que ce nombre
filters-e-g-2008 = p. ex. 2008
filters-a-year-a-month-or = Une année, un mois ou un jour : AAAA, AAAA-MM ou AAAA-MM-JJ
filters-write-a-date-as-yyyy = Écrivez une date sous la forme AAAA, AAAA-MM ou AAAA-MM-JJ
filters-reset = Réinitialiser
filters-show-every-event-again = Réafficher tous les événements
filters-the-layers-events-by-cameo = Les événements des couches par classe racine CAMEO (leur action)
filters-show-every-kind = Afficher tous les types
filters-show-or-hide-events-by = Afficher ou masquer les événements par type

## save-dialog
save-dialog-no-file-dialog-of-the = Aucune boîte de dialogue de fichiers du bureau n'est disponible ; choisissez le dossier ici.
save-dialog-folder = Dossier :
save-dialog-up = Remonter
save-dialog-the-folder-that-holds-this = Le dossier qui contient celui-ci
save-dialog-no-subfolders = (aucun sous-dossier)
save-dialog-file-name = Nom du fichier :
save-dialog-save = Enregistrer
save-dialog-cancel = Annuler

## layer-details
layer-details-publisher = Éditeur
layer-details-source = Source
layer-details-only-http-and-https-links = Seuls les liens http et https sont ouverts
layer-details-machine-coded-from-news-reports = Codé automatiquement à partir de dépêches : une indication à vérifier, pas un fait établi.
layer-details-add-to-dataset = Ajouter au jeu de données…
layer-details-write-this-event-into-the = Écrire cet événement dans le fichier du jeu de données, avec sa source

## new-dataset
new-dataset-e-g-kazakhstan = p. ex. Kazakhstan
new-dataset-new-dataset = Nouveau jeu de données
new-dataset-the-two-parties-of-the = Les deux parties de la relation :
new-dataset-first = Première
new-dataset-second = Deuxième
new-dataset-entente-writes-a-commented-file = Entente écrit un fichier commenté avec un exemple de chaque enregistrement, puis l'ouvre : modifiez-le dans n'importe quel éditeur, il se recharge à chaque enregistrement.

## ui
ui-entente = Entente
ui-file = Fichier
ui-recent-files = Fichiers récents
ui-none-yet = (aucun pour l'instant)
ui-keys = Touches…
ui-no-data-loaded-fix-the = Aucune donnée chargée. Corrigez les problèmes listés ci-dessous ; le fichier sera relu lorsque vous l'ouvrirez.

## promote
promote-add-to-dataset = Ajouter au jeu de données
promote-the-event-as-it-will = L'événement tel qu'il sera écrit dans le jeu de données, avec sa dépêche pour source :
promote-kind = Type
promote-write-into-the-dataset = Écrire dans le jeu de données

## layers
layers-no-layer-add-gdelt-icews = Aucune couche : ajoutez des fichiers GDELT, ICEWS, Correlates of War ou Wikidata à côté du jeu de données.
layers-show-or-hide-this-layer = Afficher ou masquer cette couche
layers-remove = Retirer
layers-the-language-the-record-is = La langue d'affichage de l'enregistrement ; un texte absent dans cette langue s'affiche dans la langue par défaut du jeu de données, signalé comme tel

## add-stats
add-stats-add-statistics = Ajouter les statistiques
add-stats-replace-them = Les remplacer

## density
density-dates-known-to-the-month = Les dates connues au mois ou à l'année sont réparties sur toute leur durée
density-click-to-zoom-in-shift = Cliquer pour zoomer · Shift+glisser pour zoomer sur une plage

## diagnostics
diagnostics-the-last-good-data-is = (les dernières données valides restent affichées)
diagnostics-copy-this-location = Copier cet emplacement

## lanes
lanes-click-to-zoom-in = Cliquer pour zoomer

## eras
eras-click-for-details = Cliquer pour voir les détails

## mirror
mirror-imports-are-valued-cif-with = Les importations sont évaluées CAF (fret et assurance compris), les exportations FAB ; les deux services statistiques peuvent aussi attribuer les marchandises à des partenaires différents (origine, expédition, transit), si bien que les chiffres peuvent différer.

## indicator
indicator-values = Valeurs :

## header
header-figures = Chiffres :
ui-window-language = Langue de l'interface
ui-follow-the-system = Comme le système

## Charts
legend-events-lane-colours = Événements (couleurs des pistes)
legend-exports = Exportations
legend-imports = Importations
legend-turnover = Total des échanges
legend-turnover-only = Total des échanges seul
legend-estimated = Estimé
legend-same-months-year-before = Mêmes mois, année précédente
legend-period = Période
legend-reported = Déclaré
legend-computed = Calculé à partir des chiffres
legend-differs = Écart au-delà de l'arrondi
legend-reported-value = Valeur publiée
legend-about = Environ (approximatif)
legend-as-importer-reports = Selon l'importateur
legend-other = Autres
status-showing = Affichage : { $from } – { $to }
timeline-title = Frise chronologique
timeline-no-events = Aucun événement à afficher
timeline-eras = Époques
caption-shown = Affiché : { $from } – { $to }
caption-no-source = Source : aucune citée pour ce qui est affiché
caption-source = Source : { $sources }
filters-lanes = Pistes : { $by }
filters-from = Du :
filters-to = Au :
filters-actions = Actions
filters-actions-hidden = Actions ({ $hidden } masquées)
filters-kinds-shown = Types : { $shown } sur { $all }
figure-about = environ
figure-not-reported = { $name } : pas de données
chart-annual-title = Échanges annuels, { $series }
chart-comparison-title = Même période, année précédente, { $series }
chart-growth-title = Croissance des échanges, déclarée et calculée, { $series }
chart-mirror-title = Miroir : { $a } et { $b } déclarent les mêmes échanges
chart-products-title = Structure des échanges : { $reporter }, { $flow } par produit, { $series }
chart-timeline-title = { $dataset } : chronologie des événements

## Counts (the number, then the word in the right plural form)
count-event =
    { $count ->
        [one] { $n } événement
       *[other] { $n } événements
    }
count-warning =
    { $count ->
        [one] { $n } avertissement
       *[other] { $n } avertissements
    }
count-error =
    { $count ->
        [one] { $n } erreur
       *[other] { $n } erreurs
    }
count-cluster =
    { $count ->
        [one] { $n } groupe
       *[other] { $n } groupes
    }
count-lane =
    { $count ->
        [one] { $n } piste
       *[other] { $n } pistes
    }
count-label =
    { $count ->
        [one] { $n } étiquette
       *[other] { $n } étiquettes
    }
count-era =
    { $count ->
        [one] { $n } époque
       *[other] { $n } époques
    }
count-row =
    { $count ->
        [one] { $n } ligne
       *[other] { $n } lignes
    }
count-figure =
    { $count ->
        [one] { $n } chiffre
       *[other] { $n } chiffres
    }
count-source =
    { $count ->
        [one] { $n } source
       *[other] { $n } sources
    }

## More of the window
status-clusters = · { $clusters } regroupent { $events }
status-density = · { $lanes } en densité ({ $events }) : Maj+glisser pour zoomer sur une période
layers-menu = Couches
layers-menu-count = Couches ({ $count })
filters-kinds = Types
filters-count = { $shown } sur { $total }
lanes-kind = Type
lanes-country = Pays
lanes-person = Personne
lanes-group = Groupe
filters-by = Par { $by }

## Status line, loading, detail panels
status-saved = Enregistré : { $path }
status-copied = « { $title } » copié dans le presse-papiers.
status-export-failed = L’export a échoué : { $reason }
loading-reading = Lecture : { $done } sur { $total } Mo
loading-parsing = Analyse : { $done } sur { $total } Mo
loading-reading-parsing = Lecture et analyse : { $done } sur { $total } Mo
status-nothing-created = Rien n’a été créé : { $reason }
status-reading-layer = Lecture de la couche { $name } :
status-loading = Chargement de { $name } :
status-opening = Ouverture de { $name }
details-link-not-opened = (lien non ouvert, seuls http et https le sont : { $url })
details-credit = Crédit : { $credit }
details-current-prices = { $unit }, prix courants
details-what-is-traded = Ce qui s’échange : { $flow } par produit
flow-exports = exportations
flow-imports = importations
details-era = Époque · { $kind }
details-value-n-of = valeur { $n } sur { $all }
indicators-as-of = au { $date }

## Layers, the timeline's gutter, the sheet, axes
layer-not-given = non indiqué
layer-date = Date
layer-actor-1 = Acteur 1
layer-actor-2 = Acteur 2
layer-action = Action
layer-intensity = Intensité
layer-goldstein = Échelle de Goldstein
layer-tone = Tonalité
layer-mentions = Mentions
layer-mentions-value = { $mentions } dans { $sources } sources, { $articles } articles
layer-place = Lieu
layer-event-id = Identifiant
layer-event-id-value = { $id } (ligne { $line } de { $file })
gutter-density = densité
gutter-hidden = { $count ->
    [one] { $labels } masquée
   *[other] { $labels } masquées
}
gutter-n-hidden = { $n ->
    [one] { $sub }, { $n } masquée
   *[other] { $sub }, { $n } masquées
}
timeline-shown = Frise, { $n } événements affichés
sheet-events-shown = Événements affichés
sheet-sources = Sources
sheet-title = { $dataset } : note de synthèse
axis-current = { $unit } ({ $currency } courants)
axis-turnover = Total des échanges, { $unit }
axis-share = Part des { $flow } (%)
axis-growth = Croissance, %

## Dialogs, tooltips, captions
record-in = Données en { $language }
status-reading-again = Nouvelle lecture de { $name } (les données affichées sont mises de côté en attendant)
stats-reading = Lecture de { $path }…
stats-from = Depuis { $path }
stats-line-column = ligne { $line }, colonne { $col } : { $message }
stats-line = ligne { $line } : { $message }
stats-add-to = Ajouter à { $name }
layer-event-of = Événement { $layer }
indicators-rank-as-of = { $rank } (au { $date })
save-not-a-folder = { $path } n’est pas un dossier
filters-show-hide-kind-about = Afficher ou masquer : { $kind } ({ $about })
filters-show-hide-kind = Afficher ou masquer : { $kind }
loading-read-so-far = { $events } événements lus jusqu’ici, par mois de début :
indicator-rank-among = rang parmi { $among } après la valeur
products-caption = part des { $flow } de l’année · { $unit }
comparison-caption = total des échanges · { $unit }
growth-reported = publié { $percent }
mirror-estimated = estimé
growth-computed = calculé { $percent }
lane-events-in = { $n } événements dans { $lane }
caption-layer = Couche : { $layer }, { $count }
caption-layer-events = Couche : { $layer }, { $count } (codage automatique, non vérifié)
details-fallback = Non donné dans cette langue : affiché tel qu’écrit.
details-translated = Traduit par les éditeurs du jeu de données.

## Save and open dialogs, the split, indicators
save-title-image = Enregistrer le graphique en PNG, SVG ou PDF
save-title-data = Enregistrer les chiffres en CSV
save-title-sheet = Exporter la note de synthèse (PDF, SVG ou PNG)
save-title-dataset = Enregistrer le nouveau jeu de données
status-export-cancelled = Export annulé ; rien n’a été écrit.
status-dataset-cancelled = Annulé ; aucun jeu de données n’a été créé.
split-label = Séparation entre la frise et les graphiques
split-tip = Glisser pour donner plus ou moins de place à la frise ; double-cliquer pour revenir au réglage par défaut
open-title = Ouvrir un jeu de données
indicators-title = Indicateurs
indicators-earlier = { $n } valeurs antérieures : voir le graphique ci-dessus
save-write-a-name = écrivez un nom de fichier (sans dossier)
save-extension-chooses = L’extension du fichier choisit le format : { $extensions }.
promote-title = Titre

## Layers, statistics, exports, new datasets
layers-already = { $path } est déjà une couche
layers-need-parties = Une couche se lit pour les deux parties du jeu de données ouvert : ouvrez d’abord un jeu de données dont les parties sont des pays.
layers-dialog-title = Ajouter une couche (GDELT, ICEWS, Correlates of War, mandats Wikidata)
layers-dialog-filter = Données d’événements
layers-scope-both = Événements entre les deux parties
layers-scope-either = Événements concernant l’une des parties
stats-need-dataset = Les statistiques s’ajoutent à un jeu de données Entente ouvert (.ron) de deux parties : ouvrez-en un d’abord.
stats-dialog-title = Ajouter des statistiques (CSV UN Comtrade, WITS ou Banque mondiale WDI)
stats-has-errors = Rien ne peut être ajouté : le fichier contient des erreurs.
stats-series = Série { $id } : { $label }, { $first }–{ $last }, { $n } chiffres{ $products }
stats-product-figures = , { $n } chiffres par produit
export-not-on-screen = Ce graphique n’est pas à l’écran : faites-le défiler d’abord.
status-copied-cropped = « { $title } » copié dans le presse-papiers (découpé dans la fenêtre).
new-choose-where = Choisir où enregistrer…
new-exists = { $path } existe ; un nouveau jeu de données n’écrase jamais un fichier : choisissez un autre nom
new-created = { $path } créé : remplacez ses exemples dans votre éditeur ; il se recharge à chaque enregistrement.

## Detail panels, mirror and product tooltips, loading
details-growth-computed-value = { $percent } depuis { $from } (entre { $lo } et { $hi } selon l’arrondi)
details-growth-disagrees = La croissance publiée ne peut pas venir de ces chiffres arrondis ; les deux sont affichées.
details-events-during = Événements pendant cette période ({ $kind }, { $n })
mirror-statistics = statistiques miroir
mirror-not-reported = non déclaré
mirror-direction = { $from } → { $to } : { $from } déclare des exportations de { $exports } (FAB) ; { $to } déclare des importations de { $imports } (CAF)
mirror-gap = écart { $gap } ({ $more } de plus selon l’importateur)
growth-caption = variation en pourcentage par rapport à la période comparée
products-tooltip-title = { $period } · { $reporter } : { $flow } par produit
products-more = { $n } autres
loading-checking = Vérification
loading-indexing = Indexation des événements
loading-none-yet = Aucun événement lu pour l’instant.
diagnostics-not-loaded = { $path } n’a pas pu être chargé : { $errors }

## Statuses, dialogs' filters, layer details, chart captions and items
layers-reading = lecture…
layers-read = Couche { $name } : { $events }
export-stopped = l’export s’est arrêté de façon inattendue
export-not-on-screen = le graphique n’est pas à l’écran
promote-no-file = Les événements sont ajoutés à un fichier de données : ce jeu n’en a pas (ouvrez-en ou enregistrez-en un d’abord).
not-utf8 = { $path } n’a pas pu être lu comme texte UTF-8
promote-added = Événement ajouté à { $path } ; nouvelle lecture du fichier.
open-filter-all = Données Entente et fichiers TimelineJS
open-filter-entente = Données Entente
open-filter-timelinejs = TimelineJS (JSON, ou le tableur en CSV)
loading-stopped = le chargement s’est arrêté de façon inattendue
open-dialog-lost = La fenêtre Ouvrir s’est fermée de façon inattendue.
watch-failed = Les modifications de { $path } ne sont pas suivies : { $error }
save-filter-dataset = Jeu de données Entente
save-filter-file = Fichier
stats-reading-stopped = La lecture des statistiques s’est arrêtée de façon inattendue.
stats-would-fail-check = le jeu de données ne passerait pas la vérification : { $problem }
stats-added = { $series } séries ({ $figures } chiffres) et { $indicators } indicateurs ajoutés de { $from } à { $to }.
stats-indicator-line = Indicateur { $id } : { $label }, { $values } valeurs
layer-actor-code = code { $code }
layer-actor-country = pays { $country }
layer-not-coded = non codé
layer-event-from = { $date } · de la couche { $file } ({ $layer })
layer-not-in-cameo = absent de la table CAMEO
layer-quad-class = Classe (QuadClass)
layer-not-classed = Non classé
details-media-relative = ({ $url }, relatif à la page qui affichait la frise)
details-growth-on = { $percent } par rapport à { $period }
details-unknown-source = source inconnue { $id }
annual-turnover-only = Échanges totaux seulement (pas de ventilation publiée)
indicator-caption = { $unit } · chaque point tel que publié, à sa date de référence
indicator-as-of = au { $date }
plot-selected-event = Événement sélectionné
mirror-caption = selon l’exportateur (plein) et selon l’importateur (clair) · { $unit }
growth-reported-point = Croissance publiée
growth-differs = écart au-delà de l’arrondi
eras-kind-of = { $kind } ({ $party })
density-described = { $name } : { $events } affichés, en densité ; colonne la plus chargée { $busiest }
about-prefix = environ
scale-thousands = k
scale-millions = M
scale-billions = Md

## Dates known to the month or year, key hints, watching
date-known-month = { $date } (connu au mois près)
date-known-year = { $date } (connu à l’année près)
command-pointer-shortcut = { $tooltip } ({ $keys } avec le pointeur dessus)
status-navigation-hints = Glisser ou faire défiler pour se déplacer · { $zoom }+molette pour zoomer · { $previous }/{ $next } précédent/suivant · { $up }/{ $down } ligne · { $fit } tout afficher · { $clear } désélectionner
watch-cannot = impossible de suivre { $path } : { $error }

## Layers' lanes, lanes' tips, units, captions, ranks, eras
layer-lane-verbal-coop = Coop. verbale
layer-lane-material-coop = Coop. matérielle
layer-lane-verbal-conflict = Conflit verbal
layer-lane-material-conflict = Conflit matériel
layer-event-singular = événement { $layer }
layer-scope-both = { $layer } · { $kept } sur { $rows } entre { $a } et { $b }
layer-scope-either = { $layer } · { $kept } sur { $rows } impliquant { $a } ou { $b }
lanes-by-kind-tip = Une ligne par type d’événement
lanes-by-country-tip = Une ligne par pays : celui des participants, ou celui du lieu s’il n’y en a pas
lanes-by-person-tip = Une ligne par participant : une rencontre apparaît dans la ligne de chacun
lanes-by-group-tip = Une ligne par groupe (groupe TimelineJS), ou par étiquette s’il n’y en a pas
unit-thousands = milliers de { $currency }
unit-millions = millions de { $currency }
unit-billions = milliards de { $currency }
series-caption = { $reporter }, { $currency } courants
indicator-rank-among = { $rank } parmi { $among }
indicator-rank = { $rank }
era-since = depuis le { $date }

flow-exports = exportations
flow-imports = importations
bundled-name = kz-fr.ron (intégré)

## Lanes of no value and of the rest
lane-no-country = Sans pays
lane-other-countries = Autres pays
lane-no-participants = Sans participants
lane-other-people = Autres personnes
lane-no-group = Sans groupe
lane-other-groups = Autres groupes

## check: problems in a data file (the path:line:col: error: format stays)
check-cannot-read = impossible de lire le fichier : { $error }
check-not-regular = c’est { $what }, pas un fichier ordinaire ; Entente ne lit que des fichiers ordinaires
check-too-large = il fait { $size } Mo, au-delà de la limite de { $limit } Mo ; définissez { $setting } pour le lire
check-not-utf8 = le fichier n’est pas en UTF-8 valide : l’octet { $byte } ne peut ni commencer ni continuer un caractère ; enregistrez-le en UTF-8
check-empty = le fichier est vide ; un jeu de données était attendu : Dataset(title: "…", parties: ("…", "…"), events: [ … ])
check-what-event-kind = type d’événement
check-what-scale = échelle
check-what-variant-of = variante de { $outer }
check-what-variant = variante
check-did-you-mean = ; vouliez-vous dire `{ $name }` ?
check-unknown-variant = { $what } inconnu(e) `{ $found }`, attendu l’un de : { $expected }
check-expected-one-of = ; attendu l’un de : { $expected }
check-invisible-in-name = (le nom contient un caractère invisible ; retapez-le)
check-unknown-field-in = champ inconnu `{ $found }` dans { $outer }
check-unknown-field = champ inconnu `{ $found }`
check-missing-field-in = champ manquant `{ $field }` dans { $outer }
check-missing-field = champ manquant `{ $field }`
check-field-twice-in = le champ `{ $field }` est donné deux fois dans { $outer }
check-field-twice = le champ `{ $field }` est donné deux fois
check-too-deep = les valeurs sont trop imbriquées (plus de 128 niveaux) ; un jeu de données n’a que quelques niveaux
check-eof = le fichier s’arrête au milieu d’une valeur ; quelque chose n’est pas fermé
check-string-not-closed = cette chaîne n’est pas fermée : un `"` fermant était attendu
check-string-on-line = ; la chaîne de la ligne { $line } est-elle fermée ?
ron-expected-array = `[` ouvrant attendu
ron-expected-array-end = `]` fermant attendu
ron-expected-comma = virgule attendue
ron-expected-boolean = booléen attendu
ron-expected-float = nombre décimal attendu
ron-expected-integer = entier attendu
ron-expected-map = `{"{"}` ouvrant attendu
ron-expected-colon = deux-points attendu
ron-expected-map-end = `{"}"}` fermant attendu
ron-expected-open-paren = `(` ouvrant attendu
ron-expected-close-paren = `)` fermant attendu
ron-expected-string = chaîne attendue
ron-expected-identifier = identifiant attendu
ron-trailing = caractères en trop après la fin
ron-unclosed-comment = commentaire de bloc non fermé
ron-unexpected-char = caractère inattendu { $char }
check-event-id-empty = l’identifiant de l’événement est vide
check-duplicate-event-id = identifiant d’événement en double "{ $id }"
check-empty-title = l’événement a un titre vide
check-media-empty-url = le média a une URL vide
check-what-event = l’événement "{ $id }"
check-related-unknown = l’identifiant lié "{ $id }" n’est celui d’aucun événement
check-invalid-date = date non valide : { $error }
check-invalid-end-date = date de fin non valide : { $error }
check-unknown-kind = type d’événement inconnu `{ $kind }`, attendu l’un de : { $expected }
check-did-you-mean-id = ; vouliez-vous dire "{ $id }" ?
check-more-like-above = … et { $n } autres problèmes comme celui ci-dessus
check-era-id-empty = l’identifiant de l’époque est vide
check-duplicate-era-id = identifiant d’époque en double "{ $id }"
check-era-party = la partie de l’époque "{ $party }" n’est pas l’une des parties du jeu de données ("{ $a }", "{ $b }")
check-era-no-name = l’époque n’a pas de nom
check-era-no-kind = l’époque n’a pas de type (p. ex. "presidency")
check-what-era = l’époque "{ $id }"
check-invalid-start-date = date de début non valide : { $error }
check-era-ends-before = l’époque finit ({ $end }) avant de commencer ({ $start })
check-eras-overlap = la période ({ $kind_b }) de "{ $b }" commence avant la fin de celle ({ $kind_a }) de "{ $a }"
check-duplicate-source-id = identifiant de source en double "{ $id }"
check-url-not-openable = seuls les liens http et https peuvent être ouverts ; "{ $url }" sera affiché comme texte
check-invalid-source-date = date de source non valide : { $error }
check-source-nowhere = la source "{ $id }" n’a ni URL ni note ; donnez son lien, ou dites dans une note où un lecteur peut la trouver (p. ex. un rapport imprimé)
check-kind-not-identifier = l’identifiant de type "{ $id }" n’est pas un identifiant : écrivez-le en minuscules, chiffres et tirets bas, en commençant par une lettre (les événements le nomment `kind: { $suggested }`)
check-duplicate-kind-id = identifiant de type en double "{ $id }"
check-kind-no-label = le type n’a pas de libellé
check-bad-colour = la couleur "{ $colour }" n’est pas écrite #RRGGBB (p. ex. "#1f77b4")
check-kind-unused = aucun événement n’est du type "{ $id }" ; il n’a pas de ligne
check-invalid-as-of = date as_of non valide : { $error }
check-indicator-no-unit = l’indicateur n’a pas d’unité
check-rank-zero = un rang commence à 1, trouvé 0
check-what-indicator = l’indicateur "{ $id }"
check-what-value = la valeur de "{ $id }" au { $date }
check-earlier-order = les valeurs antérieures vont de la plus ancienne à la plus récente : { $date } n’est pas après { $before }
check-earlier-after-latest = une valeur antérieure ({ $date }) doit précéder la date as_of de l’indicateur ({ $latest })
check-value-not-finite = la valeur doit être un nombre fini, trouvé { $value }
check-value-negative = la valeur ne peut pas être négative, trouvé { $value }
check-write-zero = (écrivez 0)
check-not-a-tag = "{ $tag }" n’est pas une étiquette de langue (BCP 47 : "en", "fr", "kk-Latn")
check-more-titles-lack = { $n } autres titres d’événements n’ont pas l’une des langues du jeu de données
check-mixed-scripts = le mot "{ $word }" mêle lettres latines et cyrilliques (un sosie comme un "a" ou un "o" latin dans un mot cyrillique) : la recherche et le tri le manqueront
check-title-lacks = le titre n’a pas de texte en { $languages }
check-tag-not-listed = "{ $tag }" ne fait pas partie des `languages` du jeu de données
check-no-default-text = le texte n’a pas de "{ $tag }", la langue par défaut du jeu de données
check-no-source = { $what } n’a pas de source ; citez au moins un identifiant de `sources`
check-unknown-source = identifiant de source inconnu "{ $id }"
check-duplicate-series-id = identifiant de série en double "{ $id }"
check-series-no-currency = la série n’a pas de devise (p. ex. "USD")
check-invalid-period = période non valide : { $error }
check-product-value = la valeur d’un produit doit être un montant, trouvé { $value }
check-growth-not-finite = la croissance doit être un nombre fini, trouvé { $value }
check-amount-not-finite = { $name } doit être un montant fini, trouvé { $value }
check-amount-negative = { $name } ne peut pas être négatif, trouvé { $value }
check-amount-minus-zero = { $name } est écrit -0 ; écrivez 0 (un montant n’a pas de signe)
check-amounts-overflow = exportations { $exports } + importations { $imports } dépassent ce qu’un nombre peut contenir ; des montants à l’échelle de la série étaient attendus
check-observation-empty = l’observation n’a ni total des échanges, ni exportations, ni importations
check-what-figure = le chiffre de { $period }
check-period-twice = la période { $period } apparaît deux fois dans la série "{ $series }"
check-period-overlaps = la période { $a } chevauche { $b } dans la série "{ $series }" sans la contenir
check-sum-differs = exportations { $exports } + importations { $imports } = { $sum } diffère du total des échanges { $turnover } au-delà de l’arrondi
check-growth-irreconcilable = la croissance publiée { $reported } ne peut pas être tirée des chiffres : { $from } → { $to } donne { $computed } (de { $lo } à { $hi } selon l’arrondi)
date-expected = une date écrite AAAA, AAAA-MM ou AAAA-MM-JJ était attendue
date-expected-found = { $expected }{ $what }, trouvé "{ $found }"
date-empty = { $expected }, trouvé une chaîne vide
date-before-ce = l’année de "{ $text }" est hors de l’intervalle pris en charge { $range } (les dates avant l’an 1 ne sont pas prises en charge)
date-year-out-of-range = l’année { $year } est hors de l’intervalle pris en charge { $range }
date-four-digit-year = (année sur quatre chiffres)
date-two-digit-month = (mois sur deux chiffres)
date-no-such-month = le mois { $month } n’existe pas dans "{ $text }" (les mois vont de 01 à 12)
date-two-digit-day = (jour sur deux chiffres)
date-no-such-day = { $month } n’a pas de jour { $day } (il compte { $max } jours)
date-range-ends-before = l’intervalle finit ({ $end }) avant de commencer ({ $start })
period-spaces = une période s’écrit sans espaces autour, trouvé "{ $text }"
period-range-months = un intervalle de période s’écrit en mois, comme "2024-01..2024-03", trouvé "{ $text }"
period-ends-before = la période finit ({ $end }) avant de commencer ({ $start })
period-quarters = les trimestres vont de Q1 à Q4, écrits comme "2023-Q1", trouvé "{ $text }"
period-forms = ; une période est une année ("2023"), un trimestre ("2023-Q1") ou une suite de mois ("2024-01..2024-03")
period-whole-months = une période est faite de mois entiers, trouvé le jour "{ $text }"
check-summary = { $events }, { $series } séries commerciales ({ $figures } chiffres), { $indicators } indicateurs, { $sources }
check-first-defined = (défini d’abord en { $place })
check-at-path = (à { $path })

## check: statistics files, layers, files of no known kind
stats-empty = le fichier est vide ; une ligne d’en-tête était attendue
stats-not-csv = le fichier n’a pas pu être lu comme CSV : { $error }
stats-missing-columns = ce fichier { $file } n’a pas de colonne { $columns } (les colonnes sont reconnues par leur nom, sans tenir compte de la casse, des espaces ni des tirets bas) ; son en-tête contient : { $header }
stats-more-rows = { $n } autres lignes ayant le même problème ({ $kind }) ne sont pas listées
stats-no-rows = pas de données : le fichier a une ligne d’en-tête et aucune ligne
stats-name-parties = le fichier contient les déclarants { $reporters } ; les partenaires { $partners } : nommez les deux parties (--parties A B) pour lire leurs chiffres
stats-none-between = aucune des { $rows } du fichier n’est entre { $a } et { $b } : il contient les déclarants { $reporters } ; les partenaires { $partners }
stats-skip-flow = { $flow } (seules les exportations et importations sont lues)
stats-skip-breakdown = une ventilation par second partenaire, transport ou régime douanier
stats-skip-world = le partenaire est le Monde ou un groupe de zones
stats-skip-not-parties = pas entre les deux parties
stats-duplicate = ligne en double : même déclarant, partenaire, flux, période et produit (colonne { $column }){ $unit } que la ligne { $line } ; pas comptée deux fois{ $zeros }
stats-duplicate-unit = et unité (QtyUnit)
stats-duplicate-zeros = (un tableur qui réenregistre le fichier supprime les zéros initiaux de ProductCode, si bien que "01" et "1" deviennent un même code : utilisez le fichier tel que WITS l’a écrit)
stats-skip-duplicate = un doublon d’une ligne précédente
stats-bad-year = une année était attendue dans la colonne { $column }, trouvé "{ $found }"
stats-year-range = l’année { $year } de la colonne { $column } est hors de 1900–2100
stats-negative = la valeur de la colonne { $column } est négative ({ $value }) ; un montant était attendu
stats-skip-no-value = pas de valeur
stats-bad-number = un nombre était attendu dans la colonne { $column }, trouvé "{ $found }"
stats-lossy = la valeur de la colonne { $column } est en notation scientifique ({ $value }) : le fichier a été réenregistré par un tableur et le chiffre n’a gardé que ses premiers chiffres ; la précision est perdue
stats-unknown-country-option = --country "{ $country }" n’est pas un pays qu’Entente connaît
stats-wdi-header = une ligne d’en-tête WDI ("Country Name","Country Code","Indicator Name","Indicator Code","1960",…) était attendue après le préambule
stats-wdi-name-country = nommez le pays à lire (--country KAZ) ou les parties (--parties A B)
stats-wdi-no-row = le fichier n’a pas de ligne pour { $country } ({ $rows })
stats-wdi-no-column = la ligne d’en-tête WDI n’a pas de colonne "{ $column }"
stats-unknown-country = "{ $country }" n’est pas un pays qu’Entente connaît (un nom, un code ISO 3166 ou un numéro de l’ONU)
stats-sep-semicolons = des points-virgules
stats-sep-tabs = des tabulations
stats-wrong-separator = la ligne d’en-tête est séparée par { $separator } ; des virgules étaient attendues, comme les écrivent UN Comtrade, WITS et la Banque mondiale (un tableur l’a peut-être enregistrée avec un autre séparateur)
stats-not-a-header = la ligne d’en-tête d’un fichier CSV UN Comtrade, WITS ou WDI de la Banque mondiale était attendue
layer-file-empty = le fichier est vide
layer-icews-no-column = la ligne d’en-tête ICEWS n’a pas de colonne { $column }
layer-fields = { $expected } champs attendus, { $found } trouvés ; la ligne est écartée
layer-unknown-country = "{ $name }" dans la colonne { $column } n’est pas un pays qu’Entente connaît
layer-icews-bad-date = Event Date "{ $date }" n’est pas un jour (AAAA-MM-JJ) ; la ligne est écartée
layer-not-a-number = { $column } "{ $value }" n’est pas un nombre ; la ligne est écartée
layer-gdelt-no-column = la ligne d’en-tête GDELT n’a pas de colonne { $column }
layer-gdelt-bad-country = "{ $code }" n’est pas un code de pays CAMEO (trois capitales) ; l’acteur est pris comme sans pays
layer-gdelt-bad-date = SQLDATE "{ $date }" n’est pas une date (AAAAMMJJ) ; la ligne est écartée
layer-cow-no-column = la ligne d’en-tête Correlates of War n’a pas de colonne { $column }
layer-cow-bad-number = un nombre était attendu dans la colonne { $column }, trouvé "{ $found }" ; la ligne est écartée
layer-cow-bad-level = le niveau { $level } n’est pas l’un de 0 (aucun), 1 (chargé d’affaires), 2 (ministre), 3 (ambassadeur), 9 (autre)
layer-not-json = pas du JSON : { $error }
layer-wikidata-expected-bindings = une liste de mandats ou des résultats SPARQL (results.bindings) étaient attendus
layer-wikidata-expected = une liste de mandats ou des résultats SPARQL étaient attendus
layer-near-gdelt = des événements GDELT, mais avec { $tabs } champs séparés par des tabulations là où GDELT 2.0 en a 61 et GDELT 1.0 57 ou 58
layer-near-icews = des événements ICEWS, mais son en-tête ({ $tabs } noms séparés par des tabulations) ne commence pas par "Event ID", "Event Date"
layer-near-csv = un tableau CSV, mais ni l’échange diplomatique Correlates of War (ccode1, ccode2, year, DR_at_1, DR_at_2, DE) ni GDELT avec une ligne d’en-tête (GLOBALEVENTID, SQLDATE, …)
layer-near-none = aucun d’eux
layer-not-a-layer = ce n’est pas un fichier de couche qu’Entente lit (événements GDELT 2.0 ou 1.0, événements ICEWS, échange diplomatique Correlates of War, mandats Wikidata) ; il ressemble le plus à { $near }
layer-row-unreadable = la ligne n’a pas pu être lue : { $error }
open-name-and-content-differ = le nom du fichier finit par { $ext }, c’est-à-dire { $named }, mais son contenu est { $content } : il est lu comme { $content }
open-other-csv = cela ressemble à un fichier CSV, mais ni au modèle de tableur de TimelineJS (sa ligne d’en-tête n’a pas de colonne Year ni Headline) ni à un fichier UN Comtrade, WITS ou WDI
open-unknown = Entente ne peut pas dire de quel type de fichier il s’agit (ni du RON d’Entente, qui commence par `Dataset(`, ni du JSON ou CSV de TimelineJS)
open-not-opened = Entente ouvre les jeux de données .ron, les fichiers .json et .csv de TimelineJS et les fichiers .csv UN Comtrade, WITS et WDI de la Banque mondiale, et les reconnaît à leur contenu quel que soit leur nom
open-is-layer = ce sont des données d’événements, lues comme une couche à côté d’un jeu de données : `entente DATA.ron --layer FILE`, ou Fichier ▸ Ajouter une couche… avec un jeu de données ouvert
open-parties = les parties : { $error }
layer-fields-of = { $expected } champs attendus ({ $format }), { $found } trouvés ; la ligne est écartée
layer-between = entre { $a } et { $b }
layer-involving = impliquant { $a } ou { $b }
layer-summary = couche { $layer } : { $what } { $how }, sur { $rows }
stats-summary = { $file } : déclarants { $reporters } ; partenaires { $partners } ; flux { $flows } ; { $span } ; { $rows } : { $used } lues, { $skipped } écartées
stats-no-flows = aucun
stats-latin1 = texte lu en Latin-1

## The built-in kinds (a dataset that names none)
kind-treaty = Traités
kind-treaty-one = Traité
kind-state_visit = Visites d’État
kind-state_visit-one = Visite d’État
kind-official_visit = Visites officielles
kind-official_visit-one = Visite officielle
kind-working_visit = Visites de travail
kind-working_visit-one = Visite de travail
kind-consultation_round = Consultations
kind-consultation_round-one = Cycle de consultations politiques
kind-agreement = Accords
kind-agreement-one = Accord
kind-other = Autres
kind-other-one = Autre événement
