### Mode intégré (la recherche encadrée dans un autre site) et générateur de code /embed.

nav-embed = Intégrer
# Mode intégré : la barre compacte et les paramètres verrouillés.
embed-open-full = Ouvrir en pleine page
embed-new-tab = (s’ouvre dans un nouvel onglet)
embed-locked-value = { $value } (fixé par ce site)
embed-locked-any = Sans restriction
embed-locked-location = Le lieu est fixé par ce site.
embed-within = Province ou territoire : { $province } (fixé par ce site)

# La page /embed.
embed-title = Intégrer Guichet à votre site
embed-intro = Choisissez ce que montre la recherche intégrée et les paramètres que les visiteurs ne peuvent pas modifier, puis collez le code dans votre page. Le cadre ajuste sa hauteur à son contenu et ouvre les liens vers d’autres sites dans un nouvel onglet.
embed-settings = Paramètres
embed-lang = Langue
embed-lang-en = Anglais
embed-lang-fr = Français
embed-lang-auto = Langue du navigateur du visiteur
embed-location = Code postal ou lieu (facultatif)
embed-province = Province ou territoire
embed-province-none = Aucune
embed-lock-legend = Paramètres que les visiteurs ne peuvent pas modifier
embed-lock-hint = Un paramètre verrouillé s’affiche comme un texte fixe. Une province verrouillée limite aussi les résultats près d’un lieu.
embed-messages = Messages à votre page
embed-notify = Signaler à ma page le bureau choisi (un événement guichet:select sur le cadre)
embed-height = Hauteur avant le premier ajustement, en pixels
embed-code = Code à coller
embed-code-hint = Collez ce code là où la recherche doit paraître. Il ne contient aucun script en ligne.
embed-copy = Copier le code
embed-copied = Code copié.
embed-copy-failed = Impossible de copier. Sélectionnez le code et copiez-le.
embed-host-note = Votre site doit figurer parmi les sites que ce Guichet autorise à l’intégrer (son en-tête frame-ancestors) ; demandez-le à ses administrateurs.
embed-preview = Aperçu en direct
embed-preview-title = Aperçu de la recherche intégrée
