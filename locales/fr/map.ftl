### La carte.

map-label = Carte des bureaux
map-help = Glissez ou utilisez les flèches du clavier pour déplacer la carte ; utilisez les touches + et −, la molette ou un pincement pour zoomer ; appuyez sur 0 pour voir tout le Canada. Chaque bureau de la carte figure aussi dans la liste. La touche Tab parcourt les bureaux dans l’ordre de la liste.
map-zoom-in = Zoom avant
map-zoom-out = Zoom arrière
map-fit = Ajuster aux résultats
map-reset = Voir tout le Canada
map-legend = Légende
map-approximate = Emplacement approximatif (localité seulement)
map-origin = Lieu de la recherche
map-device = Votre position
map-cluster = { $count } bureaux ici. Sélectionnez pour zoomer.
map-marker = { $name }, { $network }
map-tiles-attribution = Fond de carte : { $attribution }
tab-list = Liste
tab-map = Carte
tabs-label = Afficher les résultats en
map-cluster-legend = Groupe de bureaux (le nombre indique combien)
