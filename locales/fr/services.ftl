### Services : chercher un service fédéral ou provincial, parcourir par événement de vie, la page d’un service, le filtre par service de la recherche.

nav-services = Services
services-title = Trouver un service gouvernemental
services-intro = Cherchez selon votre besoin les prestations et services fédéraux, et les services provinciaux et territoriaux que les centres de services indiquent, ou parcourez les services fédéraux par événement de vie. Voyez ensuite comment obtenir chacun : en ligne, par téléphone ou en personne.
services-search-label = De quoi avez-vous besoin ?
services-search-hint = Par exemple passeport, assurance-emploi, pension, NAS, permis de conduire ou certificat de naissance.
services-loading = Chargement de la liste des services…
services-failed = La liste des services n’a pas pu être chargée. Vérifiez votre connexion et réessayez.
services-retry = Réessayer
services-count = { $count ->
    [0] Aucun service ne correspond. Essayez un autre mot, en français ou en anglais.
    [one] Un service correspond.
   *[other] { $count } services correspondent.
}
services-events-title = Parcourir par événement de vie
services-event-back = Tous les événements de vie
services-event-count = { $count ->
    [one] (un service)
   *[other] ({ $count } services)
}

service-title = Service
service-back = Retour aux services
service-not-found = Ce service n’est pas dans la liste des services de Guichet.
service-org = Offert par { $org }
service-ways = Comment l’obtenir
service-official-link = Page officielle
service-phone-text = Offert par téléphone, selon le répertoire des services. Guichet n’a pas le numéro : consultez la page officielle.
service-nearest = Bureaux les plus proches qui l’offrent
service-nearest-none = Aucun bureau qui l’offre n’a été trouvé.
service-nearest-need-location = Cherchez un code postal ou un lieu dans la recherche, puis revenez, pour voir les bureaux les plus proches de vous.
service-in-person-elsewhere = Offert en personne, mais pas aux bureaux que Guichet répertorie (par exemple aux bureaux du ministère ou chez des partenaires). Consultez la page officielle.
service-finder-link = Voir tous les bureaux qui l’offrent dans la recherche
service-usage = Comment les gens en font la demande
service-usage-none = Le ministère n’a pas indiqué combien de personnes passent par chaque mode.
service-usage-line = { $channel } : { $percent } % ({ $count } demandes)
service-channel-online = En ligne
service-channel-in-person = En personne
service-channel-phone = Par téléphone
service-channel-mail = Par la poste
service-channel-email = Par courriel
service-channel-fax = Par télécopieur
service-channel-other = Autres moyens

finder-service-scope = Bureaux qui offrent : { $service }.
finder-service-clear = Afficher tous les bureaux
service-varies = Les services offerts varient d’un centre à l’autre : vérifiez auprès du bureau avant de vous déplacer.
service-source = Source
service-source-intro = Guichet associe ce service aux bureaux dont la liste de services, dans « { $dataset } » ({ $vintage }), le mentionne. Ces listes viennent de communiqués et de pages officielles de différentes années : vérifiez auprès du bureau avant de vous déplacer.
service-source-offices = { $count ->
    [one] Mentionné dans la liste d’un bureau.
   *[other] Mentionné dans les listes de { $count } bureaux.
}
service-source-network-wide = La source décrit le réseau dans son ensemble, pas chaque bureau : les services offerts varient d’un centre à l’autre. Tous les bureaux du réseau sont indiqués.
service-source-quoted = Les mots de la source (en anglais) :
service-source-notes = Ce que la source dit de sa liste (en anglais) :
service-quote-open = « 
service-quote-close =  »
