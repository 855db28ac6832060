### The finder: search box, location, filters, results, office page.

search-label = Postal code or place
search-hint = For example K1A 0B1, E1C, Moncton or Trois-Rivières.
search-button = Search
search-suggestions = Suggestions
search-suggestion-count = { $count ->
    [0] No suggestions.
    [one] One suggestion. Use the up and down arrows to choose.
   *[other] { $count } suggestions. Use the up and down arrows to choose.
}
search-error-empty = Type a postal code (for example K1A 0B1) or the name of a place.
search-error-too-long = That is too long for a postal code or a place name. Type a postal code (for example K1A 0B1) or a place name.
search-error-postal-malformed = “{ $input }” is not a Canadian postal code. A postal code has 6 characters, letter-digit-letter digit-letter-digit, for example K1A 0B1.
search-error-postal-reserved = H0H 0H0 is Santa Claus’s postal code: it is not a place. Type your own postal code, for example K1A 0B1.
search-error-unknown-place = We did not find a place called “{ $input }”. Check the spelling, add the province (for example Richmond (BC)), or type a postal code.
search-error-unknown-fsa = The postal area { $input } does not exist. A postal code starts with letter-digit-letter, for example K1A.
search-error-unknown-postal = The postal code { $input } is not in our list. Showing nothing yet: check it, or type only its first three characters ({ $fsa }).
search-near-postal = Offices nearest to postal code { $code }
search-near-fsa = Offices nearest to the centre of postal area { $code } ({ $place })
search-near-fsa-fallback = The full postal code could not be looked up right now (are you offline?). Showing offices nearest to the centre of postal area { $code } ({ $place }).
search-near-place = Offices nearest to { $place } ({ $province })
search-near-device = Offices nearest to your location
search-approximate-origin = Distances are measured from the centre of this area.
search-area-spread = Distances are measured from the centre of this area, which reaches { $distance } from it: the offices nearest to you may be others.

locate-button = Use my location
locate-busy = Finding your location…
locate-denied = Location access is turned off for this site. You can allow it in your browser settings, or type a postal code or place instead.
locate-unavailable = Your device could not find its location. Type a postal code or place instead.
locate-timeout = Finding your location took too long. Try again, or type a postal code or place instead.
locate-unsupported = This browser cannot share your location. Type a postal code or place instead.
locate-privacy = Your position is used only on this device and is never sent anywhere.

browse-title = Or browse by province or territory
# $code (the province's two-letter code) is for French, whose preposition depends on it.
browse-results = Offices in { $code ->
       *[other] { $province }
    }
browse-count = { $count ->
    [one] one office
   *[other] { $count } offices
}

filters-active = { $count ->
    [0] Filters
    [one] Filters (1 active)
   *[other] Filters ({ $count } active)
}
filters-clear = Clear filters
filter-level = Order of government
filter-network = Network
filter-category = Service
filter-language = Language of service
filter-language-any = Any
filter-language-en = English
filter-language-fr = French
filter-language-both = English and French
filter-open = Open now
filter-open-count = { $open } open, { $unknown } hours not available
filter-libraries = Show libraries and archives
filter-radius = Distance
filter-radius-any = Any distance
filter-radius-km = Within { $km } km
filter-option = { $label } ({ $count })
filter-service = In-person service
filter-service-any = Any service
filter-service-federal = Federal services
filter-service-provincial = Provincial and territorial services

category-benefits = Benefits and pensions
category-passports = Passports
category-identity = Identity and certificates
category-driving = Driver’s licences and vehicles
category-employment = Jobs and training
category-taxes = Taxes
category-justice = Courts and justice
category-business = Business
category-municipal = City services
category-health = Health
category-general = Government information
category-library = Libraries and archives
category-biometrics = Biometrics (fingerprints and photo)

results-title = Results
results-count = { $shown ->
    [0] No office matches.
   *[other] Showing { $shown } of { $total } offices.
}
results-none = No office matches your search and filters. Try a larger distance or fewer filters.
results-more = Show { $count } more
results-start = Search for a postal code or place, use your location, or browse by province or territory.
result-distance = { $distance } (straight line)
result-distance-unknown = Distance unknown
result-approximate = Approximate location: only the community is known.
result-no-location = Exact location unknown: listed by community.
result-open = Open now, until { $time }
result-closed = Closed now
result-closed-opens-today = Closed now, opens at { $time }
result-closed-opens = Closed now, opens { $day } at { $time }
result-hours-unknown = Hours not available
result-today = Today: { $hours }
result-today-closed = Today: closed
result-languages = Service in: { $languages }
result-languages-unknown = Languages of service not stated
language-en = English
language-fr = French
language-both = English and French
result-phone = Phone: { $phone }
result-directions = Directions (OpenStreetMap)
external-link = (opens a new tab, leaves Guichet)

day-0 = Monday
day-1 = Tuesday
day-2 = Wednesday
day-3 = Thursday
day-4 = Friday
day-5 = Saturday
day-6 = Sunday
day-tomorrow = tomorrow

office-back = Back to results
office-address = Address
office-hours = Opening hours
office-hours-closed = Closed
office-hours-holidays = Closed on statutory holidays.
office-hours-text = As published: { $text }
office-services = Services
office-contact = Contact
office-website = Official page
office-languages-line = Languages of service: { $languages }
office-position-line = Position on the map: { $how }
office-position-source = Coordinates from the source
office-position-postal = Position of its postal code
office-position-fsa = Centre of its postal area
office-position-community = Centre of its community
office-position-none = Unknown
office-provenance = Where this information comes from
office-provenance-item = { $dataset } ({ $vintage }), record { $record }
office-caveats = Please note
office-colocated = Other governments’ offices within 1 km
office-colocated-none = No other government’s office within 1 km.
office-copy-link = Copy link
office-copied = Link copied.
office-copy-failed = Could not copy. Select the address bar to copy the link.
office-print = Print
office-not-found = We could not find this office. It may have been removed from the data.

kind-service-centre = Service centre
kind-service-centre-passport = Service centre with passport services
kind-passport-office = Passport office
kind-outreach = Scheduled outreach site (staff visit on set days)
kind-partner = Service delivery partner
kind-city-hall = City or borough hall
kind-municipal-office = Municipal service counter
kind-court = Court
kind-employment-centre = Employment centre
kind-tax-office = Tax office
kind-registry-office = Vehicle and licence registry
kind-health-centre = Local community service centre (health)
kind-library = Library
kind-archives = Archives

caveat-historical-address = This address comes from an older source: check with the office before you go.
caveat-test-fixture = This record comes from test data of an official system: check before you go.
caveat-temporary-services = The list of services was a temporary one: services may differ today.
caveat-part-time = This office is open part-time.

office-details-title = Office details

## Statutory holidays (domain::holidays): official names, and why an office is closed today.
hours-closed-holiday = Closed today: { $holiday }
holiday-new-year = New Year’s Day
holiday-day-after-new-year = Day after New Year’s Day
holiday-yukon-heritage-day = Yukon Heritage Day
holiday-family-day = Family Day
holiday-islander-day = Islander Day
holiday-louis-riel-day = Louis Riel Day
holiday-heritage-day = Nova Scotia Heritage Day
holiday-st-patricks-day = St. Patrick’s Day
holiday-good-friday = Good Friday
holiday-easter-monday = Easter Monday
holiday-st-georges-day = St. George’s Day
holiday-victoria-day = Victoria Day
holiday-national-patriots-day = National Patriots’ Day
holiday-national-indigenous-peoples-day = National Indigenous Peoples Day
holiday-june-holiday = June Holiday (Discovery Day)
holiday-st-jean-baptiste = Saint-Jean-Baptiste Day (Fête nationale du Québec)
holiday-canada-day = Canada Day
holiday-memorial-day = Memorial Day
holiday-nunavut-day = Nunavut Day
holiday-orangemens-day = Orangemen’s Day
holiday-civic-holiday = Civic Holiday
holiday-new-brunswick-day = New Brunswick Day
holiday-british-columbia-day = British Columbia Day
holiday-saskatchewan-day = Saskatchewan Day
holiday-natal-day = Natal Day
holiday-discovery-day = Discovery Day
holiday-labour-day = Labour Day
holiday-truth-reconciliation = National Day for Truth and Reconciliation
holiday-thanksgiving = Thanksgiving Day
holiday-remembrance-day = Remembrance Day
holiday-christmas-eve = Christmas Eve
holiday-christmas = Christmas Day
holiday-boxing-day = Boxing Day
holiday-christmas-floater = Christmas holiday (Alberta government)
holiday-christmas-closure = Christmas closure of government offices
holiday-new-years-eve = New Year’s Eve

## Status of a point now (describe::status)
result-closed-opens-on = Closed now, opens { $date } at { $time }
result-closed-lunch = Closed for lunch, opens again at { $time }
result-closure-until = Temporarily closed until { $date }
result-closure-notice = Closed until further notice
result-visit-now = Visit under way, until { $time }
result-visit-today = Visit today, { $hours }
result-next-visit = Next visit: { $date }, { $hours }
result-no-visit = No visit scheduled

## Dates
date-weekday = { $weekday }, { $month } { $day }
date-full = { $month } { $day }, { $year }
month-january = January
month-february = February
month-march = March
month-april = April
month-may = May
month-june = June
month-july = July
month-august = August
month-september = September
month-october = October
month-november = November
month-december = December
ordinal-1 = 1st
ordinal-2 = 2nd
ordinal-3 = 3rd
ordinal-4 = 4th
ordinal-5 = 5th
list-and = { $first } and { $last }

## Closures, notes, visits
closure-on = Closed on { $date }
closure-from-to = Closed from { $from } to { $to }
closure-from = Closed from { $from } until further notice
closure-with-cause = { $closure }: { $cause }
note-appointment = By appointment only: call { $phone }
note-appointment-only = By appointment only
note-express = Express passport service: { $min } to { $max } business days
monthly-rule = { $weekday }: { $weeks } of each month, { $hours }
visit-line = { $date }: { $hours }

## Access and services at an office
access-wheelchair-yes = Wheelchair accessible
access-wheelchair-no = Not wheelchair accessible
access-wheelchair-unknown = Wheelchair access: not reported
access-parking-free = Free parking
access-parking-paid = Paid parking
access-parking-unknown = Parking: not reported
access-asl-yes = Service in American Sign Language (ASL)
access-asl-no = No service in American Sign Language (ASL)
access-asl-unknown = American Sign Language (ASL): not reported
access-lsq-yes = Service in Quebec Sign Language (LSQ)
access-lsq-no = No service in Quebec Sign Language (LSQ)
access-lsq-unknown = Quebec Sign Language (LSQ): not reported
passport-mail = Apply for a passport in person; it is mailed to you (20 business days)
passport-pickup = Apply and pick up your passport in person (10 business days)
passport-express = Express passport service, picked up in person (2 to 9 business days)
passport-urgent = Urgent passport service (by the end of the next business day)
office-access = Accessibility
office-passport = Passport services
office-biometrics = Biometrics collection (fingerprints and photo) for immigration applications
office-visits = Coming visits
office-visits-none = No visit scheduled.
office-as-of = Information as of { $date }, from { $source }.

## Access and passport filters
filter-wheelchair = Wheelchair access
filter-wheelchair-yes = Wheelchair accessible
filter-sign = Sign language
filter-sign-asl = American Sign Language (ASL)
filter-sign-lsq = Quebec Sign Language (LSQ)
filter-parking = Parking
filter-parking-free = Free
filter-parking-paid = Paid
filter-not-reported = Not reported
filter-passport = Passport services
filter-passport-mail = Apply in person (passport by mail)
filter-passport-pickup = Pick up in person
filter-passport-express = Express service
filter-passport-urgent = Urgent service

## An office the sources no longer list
office-retired = { $name } ({ $community }) is no longer in the official list of offices. It may have closed or moved.
office-retired-nearest = Nearest current offices

## Where the service is held (describe::held)
held-inside = { $network }, inside { $partner }, { $address }
held-inside-no-address = { $network }, inside { $partner }
held-by = { $network } services, delivered by the staff of { $partner }
