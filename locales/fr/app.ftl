### L’habillage de l’application : en-tête, navigation, pied de page, accueil, à propos et page introuvable.

app-name = Guichet
app-tagline = Trouvez un comptoir de services publics près de chez vous
skip-link = Passer au contenu principal
nav-label = Navigation principale
nav-home = Trouver un bureau
nav-about = À propos
# Le bouton affiche le nom de l’autre langue, dans cette langue.
lang-toggle = English
    .title = Show Guichet in English
footer-text = Guichet est un outil indépendant pour trouver les points de service gouvernementaux en personne au Canada, bâti à partir de données ouvertes.
footer-privacy = Votre position ne quitte jamais votre appareil.

home-title = Trouvez un comptoir de services gouvernementaux près de chez vous
home-intro = Bureaux fédéraux, provinciaux, territoriaux et municipaux, côte à côte. Cherchez par code postal, par nom de lieu ou selon votre position, puis voyez le plus proche, s’il est ouvert et dans quelles langues on vous y sert.

about-title = À propos de Guichet
about-what = Guichet présente les points de service en personne de tous les ordres de gouvernement du Canada sur une seule carte et une seule liste, en français et en anglais. Tout se passe dans votre navigateur : vos recherches et votre position ne sont jamais transmises.
about-data-title = Sources et licences des données

not-found-title = Page introuvable
not-found-body = Nous n’avons pas trouvé cette page. Le lien est peut-être périmé ou mal saisi.
not-found-home = Aller à la recherche de bureaux

page-title = { $page } – Guichet

# The way to the network insights (their page is the insights module's own).
footer-insights = Analyses des réseaux pour le groupe de travail
about-insights = Pour le groupe de travail : bureaux à regrouper, couverture et distances entre les réseaux.
about-insights-link = Ouvrir les analyses des réseaux
insights-title = Analyses des réseaux
