# Données ouvertes (issue 18) : téléchargement des données de Guichet et signalement d’un problème.

open-data-download = Télécharger les données
open-data-hsds = HSDS
open-data-geojson = GeoJSON
open-data-hint = (téléchargement)
open-data-readme = contenu des fichiers et licences
open-data-about = Guichet publie ses données fusionnées en données ouvertes, selon la norme Human Services Data Specification d’Open Referral (HSDS 3) et en GeoJSON. Chaque enregistrement nomme ses sources et leurs licences ; une source sans licence ouverte le dit.
report-problem = Signaler un problème dans cette information
