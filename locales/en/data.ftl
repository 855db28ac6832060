### Loading the data bundle, and the data sources on the About page.

data-loading = Loading office data…
data-error-title = The office data could not be loaded
data-retry = Try again
load-error-network = Guichet could not reach its data. Check your connection, then try again.
load-error-not-saved = Not saved on this device yet. Connect to the internet once to use it; it will then work offline too.
load-error-http = The server answered { $status } for { $file }. Try again in a moment.
load-error-hash = The file { $file } did not match its fingerprint (it may be corrupt or half-updated). Guichet did not use it. Try again.
load-error-schema = This data was made for another version of Guichet (format { $found }, this app reads { $expected }). Reload the page to get the current version.
load-error-decode = The office data is damaged and could not be read. Try again.

about-data-intro = Guichet is built only from open data. Each office shows where its information comes from. Some sources are old or incomplete: check with the office before you go.
about-data-version = Data version { $version }, built on { $date }.
about-source-publisher = Publisher
about-source-licence = Licence
about-source-vintage = Data from
about-source-rows = { $rows ->
    [0] Reference data
   *[other] { $kept } of { $rows } records kept, { $rejected } set aside (see the data report)
}
about-source-merged = { $merged ->
    [0] {""}
    [one] One record merged with a duplicate.
   *[other] { $merged } records merged with duplicates.
}
about-counts-title = What the data covers
about-counts-points = { $points } service points ({ $approximate } with an approximate location, { $unlocated } without a location), { $libraries } libraries and archives.
about-counts-by-network = Service points by network
about-counts-by-province = Service points by province or territory
about-col-network = Network
about-col-level = Order of government
about-col-province = Province or territory
about-col-points = Points
about-report-link = Data report (rejected and approximate records)

level-federal = Federal
level-provincial = Provincial
level-territorial = Territorial
level-municipal = Municipal
