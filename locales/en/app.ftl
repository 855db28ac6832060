### The application shell: header, navigation, footer, home, about and not-found pages.

app-name = Guichet
app-tagline = Find a public service counter near you
skip-link = Skip to main content
nav-label = Main navigation
nav-home = Find an office
nav-about = About
# The toggle shows the other language's name, in that language.
lang-toggle = Français
    .title = Afficher Guichet en français
footer-text = Guichet is an independent finder of in-person government service points in Canada, built from open data.
footer-privacy = Your location never leaves your device.

home-title = Find a government service counter near you
home-intro = Federal, provincial, territorial and municipal offices, side by side. Search by postal code, place name or your location, then see what is nearest, whether it is open and which languages it serves.

about-title = About Guichet
about-what = Guichet shows the in-person service points of every level of government in Canada on one map and one list, in English and French. Everything runs in your browser: your searches and your location are never sent anywhere.
about-data-title = Data sources and licences

not-found-title = Page not found
not-found-body = We could not find this page. The link may be out of date or mistyped.
not-found-home = Go to the office finder

page-title = { $page } – Guichet

# The way to the network insights (their page is the insights module's own).
footer-insights = Network insights for the working group
about-insights = For the working group: co-location candidates, coverage and distances between the networks.
about-insights-link = Open the network insights
insights-title = Network insights
