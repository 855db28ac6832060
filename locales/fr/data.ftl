### Chargement des données, et sources des données dans la page À propos.

data-loading = Chargement des données sur les bureaux…
data-error-title = Les données sur les bureaux n’ont pas pu être chargées
data-retry = Réessayer
load-error-network = Guichet n’a pas pu joindre ses données. Vérifiez votre connexion, puis réessayez.
load-error-not-saved = Pas encore enregistré sur cet appareil. Connectez-vous une fois à Internet pour l’utiliser ; il fonctionnera ensuite hors ligne aussi.
load-error-http = Le serveur a répondu { $status } pour { $file }. Réessayez dans un moment.
load-error-hash = Le fichier { $file } ne correspond pas à son empreinte (il est peut-être corrompu ou en cours de mise à jour). Guichet ne l’a pas utilisé. Réessayez.
load-error-schema = Ces données ont été faites pour une autre version de Guichet (format { $found }, cette application lit le format { $expected }). Rechargez la page pour obtenir la version actuelle.
load-error-decode = Les données sur les bureaux sont endommagées et n’ont pas pu être lues. Réessayez.

about-data-intro = Guichet est bâti uniquement à partir de données ouvertes. Chaque bureau indique d’où viennent ses renseignements. Certaines sources sont anciennes ou incomplètes : vérifiez auprès du bureau avant de vous déplacer.
about-data-version = Version des données { $version }, produite le { $date }.
about-source-publisher = Éditeur
about-source-licence = Licence
about-source-vintage = Données de
about-source-rows = { $rows ->
    [0] Données de référence
   *[other] { $kept } enregistrements retenus sur { $rows }, { $rejected } écartés (voir le rapport sur les données)
}
about-source-merged = { $merged ->
    [0] {""}
    [one] Un enregistrement fusionné avec un doublon.
   *[other] { $merged } enregistrements fusionnés avec des doublons.
}
about-counts-title = Ce que couvrent les données
about-counts-points = { $points } points de service ({ $approximate } à l’emplacement approximatif, { $unlocated } sans emplacement), { $libraries } bibliothèques et centres d’archives.
about-counts-by-network = Points de service par réseau
about-counts-by-province = Points de service par province ou territoire
about-col-network = Réseau
about-col-level = Ordre de gouvernement
about-col-province = Province ou territoire
about-col-points = Points
about-report-link = Rapport sur les données (enregistrements écartés et approximatifs)

level-federal = Fédéral
level-provincial = Provincial
level-territorial = Territorial
level-municipal = Municipal
