### Services: search federal and provincial services, browse by life event, a service's page, the finder's service filter.

nav-services = Services
services-title = Find a government service
services-intro = Search federal benefits and services, and the provincial and territorial services that service centres list, by what you need, or browse federal services by life event. Then see how to get each one: online, by phone or in person.
services-search-label = What do you need?
services-search-hint = For example passport, EI, pension, SIN, driver's licence or assurance-emploi.
services-loading = Loading the list of services…
services-failed = The list of services could not be loaded. Check your connection and try again.
services-retry = Try again
services-count = { $count ->
    [0] No service matches. Try another word, in English or French.
    [one] One service matches.
   *[other] { $count } services match.
}
services-events-title = Browse by life event
services-event-back = All life events
services-event-count = { $count ->
    [one] (one service)
   *[other] ({ $count } services)
}

service-title = Service
service-back = Back to services
service-not-found = This service is not in Guichet's list of services.
service-org = Delivered by { $org }
service-ways = How to get it
service-official-link = Official page
service-phone-text = Offered by phone, according to the service inventory. Guichet does not have the number: look on the official page.
service-nearest = Nearest offices that deliver it
service-nearest-none = No office that delivers it was found.
service-nearest-need-location = Search a postal code or place in the finder, then come back, to see the offices nearest to you.
service-in-person-elsewhere = Offered in person, but not at the offices Guichet lists (for example at the department's own offices or partners). Look on the official page.
service-finder-link = See every office that delivers it in the finder
service-usage = How people apply
service-usage-none = The department did not report how many people apply through each channel.
service-usage-line = { $channel }: { $percent }% ({ $count } applications)
service-channel-online = Online
service-channel-in-person = In person
service-channel-phone = By phone
service-channel-mail = By mail
service-channel-email = By email
service-channel-fax = By fax
service-channel-other = Other ways

finder-service-scope = Offices that deliver: { $service }.
finder-service-clear = Show all offices
service-varies = Available services vary by centre: check with the office before you go.
service-source = Source
service-source-intro = Guichet links this service to the offices whose list of services in “{ $dataset }” ({ $vintage }) names it. These lists come from news releases and official pages of different years: check with the office before you go.
service-source-offices = { $count ->
    [one] Named in the list of one office.
   *[other] Named in the lists of { $count } offices.
}
service-source-network-wide = The source describes the network as a whole, not each office: available services vary by centre. Every office of the network is shown.
service-source-quoted = In the source’s words:
service-source-notes = What the source says about its list:
service-quote-open = “
service-quote-close = ”
