### The insights view (/insights): the networks side by side, for the working group. Only
### the insights module embeds this file (`insights_resources!`).

insights-intro = Every in-person service point in the bundle, across governments: which offices of different governments sit close together, how far people live from a point, and where the gaps are. Computed in your browser from the same open data as the finder.
insights-provenance = Data built on { $date }. Population: 2016 Census by forward sortation area (Statistics Canada). Distances are measured between published positions; approximate positions are flagged.
insights-tabs-label = Insights sections
insights-tab-pairs = Co-location candidates
insights-tab-partners = Nearest partner
insights-tab-coverage = Coverage
insights-tab-access = Accessibility index

insights-distance-label = Distances
insights-distance-straight = Straight line
insights-distance-estimate = Estimated road distance
insights-distance-road = Road network
insights-distance-hint = The estimated road distance is the straight line times the circuity factor: an estimate, not a route.
insights-circuity-label = Circuity factor
insights-circuity-hint = Between 1 and 3; 1.3 is typical of road networks.
insights-roads-loading = Loading road distances…
insights-roads-ready = Road distances are loaded: nearest partners and coverage use them where a point or an area is on the network, and the estimate elsewhere.
insights-roads-failed = Road distances could not be loaded; the estimate is used instead.
insights-province-label = Province or territory
insights-all-provinces = All of Canada
insights-network-label = Network
insights-network-hint = Underserved areas and the accessibility index for this network (or all together); nearest partners from its points.
insights-all-networks = All networks
insights-canada = Canada

insights-pairs-intro = Pairs of points run by different governments within the distance you choose. Pairs at the same street address or full postal code, or where one is in the other government’s premises by the sources’ own words (see Collaboration today), are marked as already co-located.
insights-pairs-distance = Within
insights-pairs-summary = { $pairs ->
    [one] One pair
   *[other] { $pairs } pairs
} within { $distance }, { $colocated } already co-located (same address or postal code, or in the other’s premises by the sources’ words).
insights-pairs-map = Map of { $pairs } co-location candidates
insights-legend-pair = Candidate pair
insights-legend-colocated = Already co-located
insights-pairs-by-region = Pairs by province or territory
insights-pairs-by-networks = Pairs by networks
insights-pairs-list = Every pair, nearest first

insights-partners-intro = For each point, the nearest point of another network and how far it is.
insights-partner-label = Partner network
insights-partner-any = Nearest of any other government
insights-partners-table = Nearest partner of each point

insights-coverage-intro = Each area's 2016 population is assigned to its nearest point. A provincial or territorial network is measured over its own province or territory; federal networks and all networks together over Canada.
insights-coverage-table = Population within reach of each network
insights-min-population = Underserved: at least this many people
insights-far-km = and the nearest point farther than (km)
insights-underserved-title = Underserved areas (forward sortation areas)
insights-underserved-map = Map of { $count } underserved areas, circles sized by population

insights-access-method = The two-step floating catchment area method: first, each point's capacity (one point) is divided by the population living within the catchment distance of it; then each area adds up the ratios of every point within the catchment distance. The result is points per 100,000 residents: it accounts for both distance and competition between areas for the same points. Areas with no point in reach score zero.
insights-catchment = Catchment distance
insights-access-summary = { $population } people live in areas with no point within the catchment distance.
insights-access-table = Accessibility index by area, lowest first

insights-col-point-a = Point A
insights-col-network-a = Network A
insights-col-point-b = Point B
insights-col-network-b = Network B
insights-col-point = Point
insights-col-network = Network
insights-col-community = Community
insights-col-province = Province or territory
insights-col-distance-km = Distance (km)
insights-col-distance-kind = Measured as
insights-col-status = Status
insights-col-approximate = Approximate position
insights-col-pairs = Pairs
insights-col-colocated = Co-located
insights-col-partner = Nearest partner
insights-col-partner-network = Partner’s network
insights-col-area = Area measured
insights-col-population = Population (2016)
insights-col-within-10 = Within 10 km (%)
insights-col-within-25 = Within 25 km (%)
insights-col-within-50 = Within 50 km (%)
insights-col-within-100 = Within 100 km (%)
insights-col-mean-km = Mean distance (km)
insights-col-fsa = Area (FSA)
insights-col-nearest = Nearest point
insights-col-incomplete = Census incomplete
insights-col-access = Points per 100,000 residents

insights-status-same-address = Same address
insights-status-same-postal = Same postal code
insights-status-hosted = In the other’s premises (sources’ words)
insights-status-near = Nearby
insights-kind-straight = Straight line
insights-kind-estimate = Estimate
insights-kind-road = Road
insights-yes = Yes

insights-rows = Showing { $shown } of { $total } rows.
insights-more = Show more rows
insights-sort-hint = Sort by { $column }
insights-csv = Download CSV
insights-download = Download “{ $table }” as CSV
insights-print = Print this summary

insights-summary-title = Summary
insights-sum-pairs = Co-location candidates
insights-sum-pairs-value = { $pairs } pairs within { $distance } ({ $colocated } already co-located)
insights-sum-reach = People within 25 km of a point (all networks)
insights-sum-far = Underserved areas
insights-sum-far-value = { $count } areas of { $population } people or more, farther than { $km } km from any point
insights-sum-none = People with no point within the catchment distance
insights-sum-partners = Nearest-partner links measured
insights-libraries = Include public libraries and archives
insights-libraries-hint = 2,970 more points (Statistics Canada ODCAF), run by local boards; the layer counts as one more government (pairs of two libraries are not candidates).
insights-libraries-failed = The libraries could not be loaded; the insights cover the other networks.

## Collaboration today (issue 21)
insights-tab-collab = Collaboration today
collab-intro = The in-person collaboration that already exists between governments and community bodies, as the sources say it in their own words: which Service Canada points are inside a provincial, municipal, First Nation or Inuit office, a library or a community centre, and how (co-location, outreach hosted by a partner, service integration).
collab-summary = { $partnered } of { $read } Service Canada points are in a partner’s premises or served by its staff, by the sources’ own words.
collab-map = Map of { $count } points in the list
collab-kind-label = Kind of collaboration
collab-host-label = Host
collab-any-kind = Every kind
collab-any-host = Every host
collab-by-kind = Points by kind of collaboration
collab-by-host = Points by kind of host
collab-by-province = Points by province or territory and kind
collab-list = Every point read, with the sources’ words
collab-method-title = Method and limits
collab-method = Each point of Service Canada’s 2026 office finder is read in its address lines (English and French), the note of the person who compiled the list and the finder’s own note, against a table of words (data/collaboration/rules.csv, reviewed line by line in a test): the first rule that matches names the kind of host, and the words are kept as evidence. A staffed office in a partner’s premises is a co-location; an outreach site there, outreach hosted by a partner. The NWT service delivery partners of the 2024 list are service integration; the territorial list names the single-window centre of 8 of their communities.
collab-limits = What the sources do not say, we do not count: a host whose name lacks the table’s words stays “none stated”, and so do outreach sites whose address names no host. A federal building is shown but is no collaboration between governments. Only Service Canada’s lists are read; provincial offices inside another government’s premises are not yet.
collab-kind-co-location = Co-location
collab-kind-outreach = Outreach hosted by a partner
collab-kind-integration = Service integration
collab-kind-none = None stated
collab-host-provincial = Provincial or territorial office
collab-host-municipal = Municipal office
collab-host-indigenous = First Nation or Inuit community office
collab-host-library = Library
collab-host-community = Community or friendship centre
collab-host-federal = Another federal building
collab-host-other = Other body (school, health, employment, business)
collab-host-none = None stated
collab-field-address = address
collab-field-compiler-note = compiler’s note
collab-field-finder-note = office finder’s note
collab-field-point-type = point type
collab-field-territorial-list = territorial list
collab-col-kind = Kind of collaboration
collab-col-host = Host
collab-col-points = Points
collab-col-partnered = In a partnership
collab-col-total = Total
collab-col-point = Point
collab-col-community = Community
collab-col-partner = Partner, as the source names it
collab-col-evidence = The sources’ words (where, rule)
collab-sum = Service Canada points in a partner’s premises, by the sources’ words
collab-sum-value = { $partnered } of { $read }
