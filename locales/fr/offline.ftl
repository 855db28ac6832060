### Utilisation hors ligne, mises à jour et mode borne.

offline-banner = Vous êtes hors ligne. Guichet continue de fonctionner avec les données des bureaux enregistrées sur cet appareil (données du { $date }).
offline-banner-limits = Le fond de carte, les itinéraires, les autres sites et les codes postaux jamais consultés ont besoin d’une connexion.
offline-needs-network = (connexion nécessaire)
search-near-fsa-offline = Vous êtes hors ligne et la position exacte du code postal { $input } n’est pas enregistrée sur cet appareil. Voici les bureaux les plus proches du centre de la région postale { $code } ({ $place }).
map-tiles-offline = Fond de carte indisponible hors ligne.

update-ready = Une nouvelle version de Guichet est prête.
update-reload = Recharger maintenant
update-later = Plus tard
update-dismiss = Fermer
update-failed-hash = Une mise à jour des données des bureaux a été refusée : { $file } ne correspondait pas à son empreinte. Guichet continue d’utiliser les données du { $date }.
update-failed = Une mise à jour des données des bureaux n’a pas pu être terminée. Guichet continue d’utiliser les données du { $date }.
update-failed-app = Une nouvelle version de Guichet n’a pas pu être installée. Cette version continue de fonctionner.

kiosk-here = Bureaux les plus proches de cette borne
kiosk-here-named = Bureaux les plus proches de cette borne : { $place }
kiosk-near-here = Bureaux près de cette borne
map-kiosk = Vous êtes ici
kiosk-qr-hint = (affiche un code à balayer avec votre téléphone)
kiosk-qr-title = Balayez avec votre téléphone
kiosk-qr-help = Cet écran ne peut pas ouvrir d’autres sites. Pointez l’appareil photo de votre téléphone vers le code pour ouvrir le lien sur votre téléphone.
kiosk-qr-image = Code QR du lien { $url }
kiosk-qr-too-long = Ce lien est trop long pour un code : tapez-le sur votre téléphone.
kiosk-qr-close = Fermer
kiosk-idle-title = Êtes-vous toujours là ?
kiosk-idle-body = { $seconds ->
    [one] L’écran recommence dans 1 seconde et ce qui a été saisi est effacé. Touchez l’écran pour continuer.
   *[other] L’écran recommence dans { $seconds } secondes et ce qui a été saisi est effacé. Touchez l’écran pour continuer.
}
kiosk-idle-continue = Continuer
