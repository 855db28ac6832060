### The map.

map-label = Map of offices
map-help = Drag or use the arrow keys to move the map; use the + and − keys, the mouse wheel or a pinch to zoom; press 0 to show all of Canada. Every office on the map is also in the list. Tab moves through the offices in list order.
map-zoom-in = Zoom in
map-zoom-out = Zoom out
map-fit = Fit to results
map-reset = Show all of Canada
map-legend = Legend
map-approximate = Approximate location (community only)
map-origin = Search location
map-device = Your location
map-cluster = { $count } offices here. Select to zoom in.
map-marker = { $name }, { $network }
map-tiles-attribution = Background map: { $attribution }
tab-list = List
tab-map = Map
tabs-label = Show results as
map-cluster-legend = Group of offices (the number says how many)
