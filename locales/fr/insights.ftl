### La vue « analyses » (/insights) : les réseaux côte à côte, pour le groupe de travail.

insights-intro = Tous les points de service en personne du jeu de données, tous ordres de gouvernement confondus : quels bureaux de gouvernements différents sont voisins, à quelle distance la population vit d’un point de service, et où sont les lacunes. Calculé dans votre navigateur à partir des mêmes données ouvertes que la recherche.
insights-provenance = Données constituées le { $date }. Population : Recensement de 2016 par région de tri d’acheminement (Statistique Canada). Les distances sont mesurées entre les positions publiées ; les positions approximatives sont signalées.
insights-tabs-label = Sections des analyses
insights-tab-pairs = Bureaux à regrouper
insights-tab-partners = Partenaire le plus proche
insights-tab-coverage = Couverture
insights-tab-access = Indice d’accessibilité

insights-distance-label = Distances
insights-distance-straight = À vol d’oiseau
insights-distance-estimate = Distance routière estimée
insights-distance-road = Réseau routier
insights-distance-hint = La distance routière estimée est la distance à vol d’oiseau multipliée par le facteur de détour : une estimation, pas un itinéraire.
insights-circuity-label = Facteur de détour
insights-circuity-hint = Entre 1 et 3 ; 1,3 est typique des réseaux routiers.
insights-roads-loading = Chargement des distances routières…
insights-roads-ready = Les distances routières sont chargées : le partenaire le plus proche et la couverture les utilisent là où le point ou la région est sur le réseau, et l’estimation ailleurs.
insights-roads-failed = Impossible de charger les distances routières ; l’estimation est utilisée.
insights-province-label = Province ou territoire
insights-all-provinces = Tout le Canada
insights-network-label = Réseau
insights-network-hint = Régions mal desservies et indice d’accessibilité pour ce réseau (ou tous ensemble) ; partenaires les plus proches de ses points.
insights-all-networks = Tous les réseaux
insights-canada = Canada

insights-pairs-intro = Paires de points de gouvernements différents à moins de la distance choisie. Les paires à la même adresse ou au même code postal complet, ou dont l’un est dans les locaux de l’autre gouvernement selon les mots mêmes des sources (voir La collaboration aujourd’hui), sont marquées comme déjà regroupées.
insights-pairs-distance = À moins de
insights-pairs-summary = { $pairs ->
    [one] Une paire
   *[other] { $pairs } paires
} à moins de { $distance }, dont { $colocated } déjà regroupées (même adresse ou même code postal, ou dans les locaux de l’autre selon les sources).
insights-pairs-map = Carte de { $pairs } paires de bureaux à regrouper
insights-legend-pair = Paire candidate
insights-legend-colocated = Déjà regroupés
insights-pairs-by-region = Paires par province ou territoire
insights-pairs-by-networks = Paires par réseaux
insights-pairs-list = Toutes les paires, de la plus proche à la plus éloignée

insights-partners-intro = Pour chaque point, le point le plus proche d’un autre réseau et sa distance.
insights-partner-label = Réseau partenaire
insights-partner-any = Le plus proche, tout autre gouvernement
insights-partners-table = Partenaire le plus proche de chaque point

insights-coverage-intro = La population de 2016 de chaque région est attribuée à son point le plus proche. Un réseau provincial ou territorial est mesuré sur sa province ou son territoire ; les réseaux fédéraux et l’ensemble des réseaux, sur tout le Canada.
insights-coverage-table = Population à proximité de chaque réseau
insights-min-population = Mal desservie : au moins ce nombre d’habitants
insights-far-km = et le point le plus proche à plus de (km)
insights-underserved-title = Régions mal desservies (régions de tri d’acheminement)
insights-underserved-map = Carte de { $count } régions mal desservies, cercles proportionnels à la population

insights-access-method = La méthode à deux étapes de la zone de desserte flottante : d’abord, la capacité de chaque point (un point) est divisée par la population qui vit à moins de la distance de desserte ; puis chaque région additionne les rapports de tous les points à moins de cette distance. Le résultat est un nombre de points pour 100 000 habitants, qui tient compte de la distance et de la concurrence entre régions pour les mêmes points. Une région sans point à portée obtient zéro.
insights-catchment = Distance de desserte
insights-access-summary = { $population } personnes vivent dans des régions sans point à moins de la distance de desserte.
insights-access-table = Indice d’accessibilité par région, du plus faible au plus élevé

insights-col-point-a = Point A
insights-col-network-a = Réseau A
insights-col-point-b = Point B
insights-col-network-b = Réseau B
insights-col-point = Point
insights-col-network = Réseau
insights-col-community = Localité
insights-col-province = Province ou territoire
insights-col-distance-km = Distance (km)
insights-col-distance-kind = Mesure
insights-col-status = État
insights-col-approximate = Position approximative
insights-col-pairs = Paires
insights-col-colocated = Regroupées
insights-col-partner = Partenaire le plus proche
insights-col-partner-network = Réseau du partenaire
insights-col-area = Territoire mesuré
insights-col-population = Population (2016)
insights-col-within-10 = À moins de 10 km (%)
insights-col-within-25 = À moins de 25 km (%)
insights-col-within-50 = À moins de 50 km (%)
insights-col-within-100 = À moins de 100 km (%)
insights-col-mean-km = Distance moyenne (km)
insights-col-fsa = Région (RTA)
insights-col-nearest = Point le plus proche
insights-col-incomplete = Recensement incomplet
insights-col-access = Points pour 100 000 habitants

insights-status-same-address = Même adresse
insights-status-same-postal = Même code postal
insights-status-hosted = Dans les locaux de l’autre (selon les sources)
insights-status-near = À proximité
insights-kind-straight = Vol d’oiseau
insights-kind-estimate = Estimation
insights-kind-road = Route
insights-yes = Oui

insights-rows = { $shown } lignes affichées sur { $total }.
insights-more = Afficher plus de lignes
insights-sort-hint = Trier par { $column }
insights-csv = Télécharger en CSV
insights-download = Télécharger « { $table } » en CSV
insights-print = Imprimer ce résumé

insights-summary-title = Résumé
insights-sum-pairs = Bureaux à regrouper
insights-sum-pairs-value = { $pairs } paires à moins de { $distance } (dont { $colocated } déjà regroupées)
insights-sum-reach = Population à moins de 25 km d’un point (tous les réseaux)
insights-sum-far = Régions mal desservies
insights-sum-far-value = { $count } régions de { $population } habitants ou plus, à plus de { $km } km de tout point
insights-sum-none = Personnes sans point à moins de la distance de desserte
insights-sum-partners = Liens de partenaire le plus proche mesurés
insights-libraries = Inclure les bibliothèques publiques et les archives
insights-libraries-hint = 2 970 points de plus (BDOIACS de Statistique Canada), gérés par des conseils locaux ; la couche compte comme un gouvernement de plus (deux bibliothèques ne forment pas une paire candidate).
insights-libraries-failed = Impossible de charger les bibliothèques ; les analyses portent sur les autres réseaux.

## La collaboration aujourd’hui (ticket 21)
insights-tab-collab = La collaboration aujourd’hui
collab-intro = La collaboration en personne qui existe déjà entre gouvernements et organismes communautaires, telle que les sources la décrivent dans leurs propres mots : quels points de Service Canada se trouvent dans un bureau provincial, municipal, des Premières Nations ou inuit, une bibliothèque ou un centre communautaire, et comment (colocalisation, service mobile accueilli par un partenaire, intégration des services).
collab-summary = { $partnered } des { $read } points de Service Canada sont dans les locaux d’un partenaire ou servis par son personnel, selon les mots mêmes des sources.
collab-map = Carte des { $count } points de la liste
collab-kind-label = Type de collaboration
collab-host-label = Hôte
collab-any-kind = Tous les types
collab-any-host = Tous les hôtes
collab-by-kind = Points par type de collaboration
collab-by-host = Points par type d’hôte
collab-by-province = Points par province ou territoire et par type
collab-list = Tous les points lus, avec les mots des sources
collab-method-title = Méthode et limites
collab-method = Chaque point du localisateur de bureaux 2026 de Service Canada est lu dans ses lignes d’adresse (en anglais et en français), la note de la personne qui a compilé la liste et la note du localisateur, à l’aide d’une table de mots (data/collaboration/rules.csv, revue ligne par ligne dans un test) : la première règle qui s’applique donne le type d’hôte, et les mots sont conservés comme preuve. Un bureau permanent dans les locaux d’un partenaire est une colocalisation ; un point de service mobile, un service mobile accueilli par un partenaire. Les partenaires de prestation de services des T.N.-O. de la liste 2024 relèvent de l’intégration des services ; la liste territoriale nomme le centre de services à guichet unique de 8 de leurs collectivités.
collab-limits = Ce que les sources ne disent pas, nous ne le comptons pas : un hôte dont le nom ne contient pas les mots de la table reste « rien d’indiqué », tout comme les points de service mobiles dont l’adresse ne nomme aucun hôte. Un immeuble fédéral est affiché, mais n’est pas une collaboration entre gouvernements. Seules les listes de Service Canada sont lues ; les bureaux provinciaux situés dans les locaux d’un autre gouvernement ne le sont pas encore.
collab-kind-co-location = Colocalisation
collab-kind-outreach = Service mobile accueilli par un partenaire
collab-kind-integration = Intégration des services
collab-kind-none = Rien d’indiqué
collab-host-provincial = Bureau provincial ou territorial
collab-host-municipal = Bureau municipal
collab-host-indigenous = Bureau d’une communauté des Premières Nations ou inuite
collab-host-library = Bibliothèque
collab-host-community = Centre communautaire ou d’amitié
collab-host-federal = Autre immeuble fédéral
collab-host-other = Autre organisme (école, santé, emploi, affaires)
collab-host-none = Rien d’indiqué
collab-field-address = adresse
collab-field-compiler-note = note de la personne qui a compilé la liste
collab-field-finder-note = note du localisateur de bureaux
collab-field-point-type = type de point
collab-field-territorial-list = liste territoriale
collab-col-kind = Type de collaboration
collab-col-host = Hôte
collab-col-points = Points
collab-col-partnered = En partenariat
collab-col-total = Total
collab-col-point = Point
collab-col-community = Collectivité
collab-col-partner = Partenaire, tel que la source le nomme
collab-col-evidence = Les mots des sources (où, règle)
collab-sum = Points de Service Canada dans les locaux d’un partenaire, selon les sources
collab-sum-value = { $partnered } sur { $read }
