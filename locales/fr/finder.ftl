### La recherche : boîte de recherche, position, filtres, résultats, page d’un bureau.

search-label = Code postal ou lieu
search-hint = Par exemple K1A 0B1, E1C, Moncton ou Trois-Rivières.
search-button = Chercher
search-suggestions = Suggestions
search-suggestion-count = { $count ->
    [0] Aucune suggestion.
    [one] Une suggestion. Utilisez les flèches haut et bas pour choisir.
   *[other] { $count } suggestions. Utilisez les flèches haut et bas pour choisir.
}
search-error-empty = Tapez un code postal (par exemple K1A 0B1) ou le nom d’un lieu.
search-error-too-long = C’est trop long pour un code postal ou un nom de lieu. Tapez un code postal (par exemple K1A 0B1) ou un nom de lieu.
search-error-postal-malformed = « { $input } » n’est pas un code postal canadien. Un code postal compte 6 caractères, lettre-chiffre-lettre chiffre-lettre-chiffre, par exemple K1A 0B1.
search-error-postal-reserved = H0H 0H0 est le code postal du père Noël : ce n’est pas un lieu. Tapez votre propre code postal, par exemple K1A 0B1.
search-error-unknown-place = Nous n’avons pas trouvé de lieu nommé « { $input } ». Vérifiez l’orthographe, ajoutez la province (par exemple Richmond (BC)) ou tapez un code postal.
search-error-unknown-fsa = La région postale { $input } n’existe pas. Un code postal commence par lettre-chiffre-lettre, par exemple K1A.
search-error-unknown-postal = Le code postal { $input } n’est pas dans notre liste. Vérifiez-le, ou tapez seulement ses trois premiers caractères ({ $fsa }).
search-near-postal = Bureaux les plus proches du code postal { $code }
search-near-fsa = Bureaux les plus proches du centre de la région postale { $code } ({ $place })
search-near-fsa-fallback = Le code postal complet n’a pas pu être consulté pour l’instant (êtes-vous hors ligne ?). Voici les bureaux les plus proches du centre de la région postale { $code } ({ $place }).
search-near-place = Bureaux les plus proches de { $place } ({ $province })
search-near-device = Bureaux les plus proches de votre position
search-approximate-origin = Les distances sont mesurées à partir du centre de cette région.
search-area-spread = Les distances sont mesurées à partir du centre de cette région, qui s’étend jusqu’à { $distance } de ce centre : les bureaux les plus proches de chez vous peuvent être différents.

locate-button = Utiliser ma position
locate-busy = Recherche de votre position…
locate-denied = L’accès à la position est désactivé pour ce site. Vous pouvez l’autoriser dans les réglages du navigateur, ou taper un code postal ou un lieu.
locate-unavailable = Votre appareil n’a pas pu trouver sa position. Tapez plutôt un code postal ou un lieu.
locate-timeout = La recherche de votre position a pris trop de temps. Réessayez, ou tapez un code postal ou un lieu.
locate-unsupported = Ce navigateur ne peut pas partager votre position. Tapez plutôt un code postal ou un lieu.
locate-privacy = Votre position sert seulement sur cet appareil et n’est jamais transmise.

browse-title = Ou parcourez par province ou territoire
# « Bureaux au Nouveau-Brunswick », « en Ontario », « à l’Île-du-Prince-Édouard » :
# la préposition dépend de la province ($code).
browse-results = Bureaux { $code ->
        [NL] à Terre-Neuve-et-Labrador
        [PE] à l’Île-du-Prince-Édouard
        [NS] en Nouvelle-Écosse
        [NB] au Nouveau-Brunswick
        [QC] au Québec
        [ON] en Ontario
        [MB] au Manitoba
        [SK] en Saskatchewan
        [AB] en Alberta
        [BC] en Colombie-Britannique
        [YT] au Yukon
        [NT] dans les Territoires du Nord-Ouest
        [NU] au Nunavut
       *[other] — { $province }
    }
browse-count = { $count ->
    [one] un bureau
   *[other] { $count } bureaux
}

filters-active = { $count ->
    [0] Filtres
    [one] Filtres (1 actif)
   *[other] Filtres ({ $count } actifs)
}
filters-clear = Effacer les filtres
filter-level = Ordre de gouvernement
filter-network = Réseau
filter-category = Service
filter-language = Langue de service
filter-language-any = Toutes
filter-language-en = Anglais
filter-language-fr = Français
filter-language-both = Français et anglais
filter-open = Ouvert maintenant
filter-open-count = { $open } ouverts, { $unknown } sans heures connues
filter-libraries = Afficher les bibliothèques et archives
filter-radius = Distance
filter-radius-any = Toute distance
filter-radius-km = À moins de { $km } km
filter-option = { $label } ({ $count })
filter-service = Service en personne
filter-service-any = Tous les services
filter-service-federal = Services fédéraux
filter-service-provincial = Services provinciaux et territoriaux

category-benefits = Prestations et pensions
category-passports = Passeports
category-identity = Identité et certificats
category-driving = Permis de conduire et véhicules
category-employment = Emploi et formation
category-taxes = Impôts
category-justice = Tribunaux et justice
category-business = Entreprises
category-municipal = Services municipaux
category-health = Santé
category-general = Renseignements gouvernementaux
category-library = Bibliothèques et archives
category-biometrics = Données biométriques (empreintes digitales et photo)

results-title = Résultats
results-count = { $shown ->
    [0] Aucun bureau ne correspond.
   *[other] { $shown } bureaux affichés sur { $total }.
}
results-none = Aucun bureau ne correspond à votre recherche et à vos filtres. Essayez une plus grande distance ou moins de filtres.
results-more = Afficher { $count } de plus
results-start = Cherchez un code postal ou un lieu, utilisez votre position, ou parcourez par province ou territoire.
result-distance = { $distance } (à vol d’oiseau)
result-distance-unknown = Distance inconnue
result-approximate = Emplacement approximatif : seule la localité est connue.
result-no-location = Emplacement exact inconnu : classé par localité.
result-open = Ouvert maintenant, jusqu’à { $time }
result-closed = Fermé maintenant
result-closed-opens-today = Fermé maintenant, ouvre à { $time }
result-closed-opens = Fermé maintenant, ouvre { $day } à { $time }
result-hours-unknown = Heures non disponibles
result-today = Aujourd’hui : { $hours }
result-today-closed = Aujourd’hui : fermé
result-languages = Service en : { $languages }
result-languages-unknown = Langues de service non précisées
language-en = anglais
language-fr = français
language-both = français et anglais
result-phone = Téléphone : { $phone }
result-directions = Itinéraire (OpenStreetMap)
external-link = (s’ouvre dans un nouvel onglet, quitte Guichet)

day-0 = lundi
day-1 = mardi
day-2 = mercredi
day-3 = jeudi
day-4 = vendredi
day-5 = samedi
day-6 = dimanche
day-tomorrow = demain

office-back = Retour aux résultats
office-address = Adresse
office-hours = Heures d’ouverture
office-hours-closed = Fermé
office-hours-holidays = Fermé les jours fériés.
office-hours-text = Tel que publié : { $text }
office-services = Services
office-contact = Coordonnées
office-website = Page officielle
office-languages-line = Langues de service : { $languages }
office-position-line = Position sur la carte : { $how }
office-position-source = Coordonnées fournies par la source
office-position-postal = Position de son code postal
office-position-fsa = Centre de sa région postale
office-position-community = Centre de sa localité
office-position-none = Inconnue
office-provenance = D’où viennent ces renseignements
office-provenance-item = { $dataset } ({ $vintage }), enregistrement { $record }
office-caveats = À noter
office-colocated = Bureaux d’autres gouvernements à moins de 1 km
office-colocated-none = Aucun bureau d’un autre gouvernement à moins de 1 km.
office-copy-link = Copier le lien
office-copied = Lien copié.
office-copy-failed = Copie impossible. Sélectionnez la barre d’adresse pour copier le lien.
office-print = Imprimer
office-not-found = Nous n’avons pas trouvé ce bureau. Il a peut-être été retiré des données.

kind-service-centre = Centre de services
kind-service-centre-passport = Centre de services offrant les passeports
kind-passport-office = Bureau des passeports
kind-outreach = Site de services mobiles (personnel présent certains jours)
kind-partner = Partenaire de prestation de services
kind-city-hall = Hôtel de ville ou mairie d’arrondissement
kind-municipal-office = Comptoir de services municipaux
kind-court = Palais de justice ou cour
kind-employment-centre = Centre d’emploi
kind-tax-office = Bureau de revenu
kind-registry-office = Bureau d’immatriculation et de permis
kind-health-centre = Centre local de services communautaires (santé)
kind-library = Bibliothèque
kind-archives = Archives

caveat-historical-address = Cette adresse vient d’une source ancienne : vérifiez auprès du bureau avant de vous déplacer.
caveat-test-fixture = Cet enregistrement vient de données d’essai d’un système officiel : vérifiez avant de vous déplacer.
caveat-temporary-services = La liste des services était temporaire : les services peuvent différer aujourd’hui.
caveat-part-time = Ce bureau est ouvert à temps partiel.

office-details-title = Détails du bureau

## Jours fériés (domain::holidays) : noms officiels, et pourquoi un bureau est fermé aujourd’hui.
hours-closed-holiday = Fermé aujourd’hui : { $holiday }
holiday-new-year = jour de l’An
holiday-day-after-new-year = lendemain du jour de l’An
holiday-yukon-heritage-day = Journée du patrimoine du Yukon
holiday-family-day = jour de la Famille
holiday-islander-day = fête des Insulaires
holiday-louis-riel-day = journée Louis-Riel
holiday-heritage-day = jour du Patrimoine de la Nouvelle-Écosse
holiday-st-patricks-day = Saint-Patrick
holiday-good-friday = Vendredi saint
holiday-easter-monday = lundi de Pâques
holiday-st-georges-day = Saint-Georges
holiday-victoria-day = fête de Victoria
holiday-national-patriots-day = Journée nationale des patriotes
holiday-national-indigenous-peoples-day = Journée nationale des peuples autochtones
holiday-june-holiday = congé de juin (jour de la Découverte)
holiday-st-jean-baptiste = Fête nationale du Québec (Saint-Jean-Baptiste)
holiday-canada-day = fête du Canada
holiday-memorial-day = jour du Souvenir de Terre-Neuve (Memorial Day)
holiday-nunavut-day = jour du Nunavut
holiday-orangemens-day = fête des Orangistes
holiday-civic-holiday = congé civique
holiday-new-brunswick-day = fête du Nouveau-Brunswick
holiday-british-columbia-day = jour de la Colombie-Britannique
holiday-saskatchewan-day = fête de la Saskatchewan
holiday-natal-day = jour de la Fondation de la Nouvelle-Écosse (Natal Day)
holiday-discovery-day = jour de la Découverte
holiday-labour-day = fête du Travail
holiday-truth-reconciliation = Journée nationale de la vérité et de la réconciliation
holiday-thanksgiving = Action de grâce
holiday-remembrance-day = jour du Souvenir
holiday-christmas-eve = veille de Noël
holiday-christmas = jour de Noël
holiday-boxing-day = lendemain de Noël
holiday-christmas-floater = congé de Noël (gouvernement de l’Alberta)
holiday-christmas-closure = fermeture des bureaux du gouvernement pour les Fêtes
holiday-new-years-eve = veille du jour de l’An

## État d’un point de service (describe::status)
result-closed-opens-on = Fermé maintenant, ouvre le { $date } à { $time }
result-closed-lunch = Fermé pour le dîner, rouvre à { $time }
result-closure-until = Fermé temporairement jusqu’au { $date }
result-closure-notice = Fermé jusqu’à nouvel ordre
result-visit-now = Visite en cours, jusqu’à { $time }
result-visit-today = Visite aujourd’hui, { $hours }
result-next-visit = Prochaine visite : { $date }, { $hours }
result-no-visit = Aucune visite prévue

## Dates
# Le premier jour du mois s’écrit 1er (la catégorie one ne prend que 1 parmi les jours).
date-weekday = { $weekday } { $day ->
        [one] 1er
       *[other] { $day }
    } { $month }
date-full = { $day ->
        [one] 1er
       *[other] { $day }
    } { $month } { $year }
month-january = janvier
month-february = février
month-march = mars
month-april = avril
month-may = mai
month-june = juin
month-july = juillet
month-august = août
month-september = septembre
month-october = octobre
month-november = novembre
month-december = décembre
ordinal-1 = 1er
ordinal-2 = 2e
ordinal-3 = 3e
ordinal-4 = 4e
ordinal-5 = 5e
list-and = { $first } et { $last }

## Fermetures, notes, visites
closure-on = Fermé le { $date }
closure-from-to = Fermé du { $from } au { $to }
closure-from = Fermé à partir du { $from } jusqu’à nouvel ordre
closure-with-cause = { $closure } : { $cause }
note-appointment = Sur rendez-vous seulement : composez le { $phone }
note-appointment-only = Sur rendez-vous seulement
note-express = Service de passeport express : { $min } à { $max } jours ouvrables
monthly-rule = { $weekday } : { $weeks } de chaque mois, { $hours }
visit-line = { $date } : { $hours }

## Accessibilité et services d’un bureau
access-wheelchair-yes = Accessible en fauteuil roulant
access-wheelchair-no = Non accessible en fauteuil roulant
access-wheelchair-unknown = Accès en fauteuil roulant : non indiqué
access-parking-free = Stationnement gratuit
access-parking-paid = Stationnement payant
access-parking-unknown = Stationnement : non indiqué
access-asl-yes = Service en langue des signes américaine (ASL)
access-asl-no = Pas de service en langue des signes américaine (ASL)
access-asl-unknown = Langue des signes américaine (ASL) : non indiqué
access-lsq-yes = Service en langue des signes québécoise (LSQ)
access-lsq-no = Pas de service en langue des signes québécoise (LSQ)
access-lsq-unknown = Langue des signes québécoise (LSQ) : non indiqué
passport-mail = Demande de passeport en personne, passeport envoyé par la poste (20 jours ouvrables)
passport-pickup = Demande et retrait du passeport en personne (10 jours ouvrables)
passport-express = Service de passeport express, retrait en personne (2 à 9 jours ouvrables)
passport-urgent = Service de passeport urgent (avant la fin du jour ouvrable suivant)
office-access = Accessibilité
office-passport = Services de passeport
office-biometrics = Collecte des données biométriques (empreintes digitales et photo) pour les demandes d’immigration
office-visits = Prochaines visites
office-visits-none = Aucune visite prévue.
office-as-of = Information à jour au { $date }, selon { $source }.

## Filtres d’accessibilité et de passeport
filter-wheelchair = Accès en fauteuil roulant
filter-wheelchair-yes = Accessible en fauteuil roulant
filter-sign = Langue des signes
filter-sign-asl = Langue des signes américaine (ASL)
filter-sign-lsq = Langue des signes québécoise (LSQ)
filter-parking = Stationnement
filter-parking-free = Gratuit
filter-parking-paid = Payant
filter-not-reported = Non indiqué
filter-passport = Services de passeport
filter-passport-mail = Demande en personne (passeport par la poste)
filter-passport-pickup = Retrait en personne
filter-passport-express = Service express
filter-passport-urgent = Service urgent

## Un bureau que les sources ne répertorient plus
office-retired = { $name } ({ $community }) ne figure plus dans la liste officielle des bureaux. Il a peut-être fermé ou déménagé.
office-retired-nearest = Bureaux actuels les plus proches

## Où le service est offert (describe::held)
held-inside = { $network }, chez { $partner }, { $address }
held-inside-no-address = { $network }, chez { $partner }
held-by = Services de { $network }, offerts par le personnel de { $partner }
