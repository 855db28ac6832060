### Offline use, updates and kiosk mode.

offline-banner = You are offline. Guichet keeps working with the office data saved on this device (data of { $date }).
offline-banner-limits = The background map, directions, other sites and postal codes not looked up before need a connection.
offline-needs-network = (needs a connection)
search-near-fsa-offline = You are offline, and the exact position of postal code { $input } is not saved on this device. Showing offices nearest to the centre of postal area { $code } ({ $place }).
map-tiles-offline = Background map unavailable offline.

update-ready = A new version of Guichet is ready.
update-reload = Reload now
update-later = Later
update-dismiss = Dismiss
update-failed-hash = An update of the office data was refused: { $file } did not match its fingerprint. Guichet keeps using the data of { $date }.
update-failed = An update of the office data could not be completed. Guichet keeps using the data of { $date }.
update-failed-app = A new version of Guichet could not be installed. This version keeps working.

kiosk-here = Offices nearest to this kiosk
kiosk-here-named = Offices nearest to this kiosk: { $place }
kiosk-near-here = Offices near this kiosk
map-kiosk = You are here
kiosk-qr-hint = (shows a code to scan with your phone)
kiosk-qr-title = Scan with your phone
kiosk-qr-help = This screen cannot open other sites. Point your phone’s camera at the code to open the link on your phone.
kiosk-qr-image = QR code of the link { $url }
kiosk-qr-too-long = This link is too long for a code: type it on your phone.
kiosk-qr-close = Close
kiosk-idle-title = Are you still there?
kiosk-idle-body = { $seconds ->
    [one] The screen starts over in 1 second, and what was entered is cleared. Touch the screen to continue.
   *[other] The screen starts over in { $seconds } seconds, and what was entered is cleared. Touch the screen to continue.
}
kiosk-idle-continue = Continue
