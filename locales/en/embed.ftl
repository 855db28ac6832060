### Embed mode (the finder framed in another site) and the /embed snippet generator.

nav-embed = Embed
# Embed mode: the compact bar and locked settings.
embed-open-full = Open in full page
embed-new-tab = (opens a new tab)
embed-locked-value = { $value } (set by this site)
embed-locked-any = Any
embed-locked-location = The location is set by this site.
embed-within = Province or territory: { $province } (set by this site)

# The /embed page.
embed-title = Embed Guichet in your site
embed-intro = Choose what the embedded finder shows and which settings visitors cannot change, then paste the code into your page. The frame adjusts its height to its content and opens links to other sites in a new tab.
embed-settings = Settings
embed-lang = Language
embed-lang-en = English
embed-lang-fr = French
embed-lang-auto = Visitor’s browser language
embed-location = Postal code or place (optional)
embed-province = Province or territory
embed-province-none = None
embed-lock-legend = Settings visitors cannot change
embed-lock-hint = A locked setting is shown as fixed text. A locked province also limits results near a location.
embed-messages = Messages to your page
embed-notify = Tell my page which office is selected (a guichet:select event on the frame)
embed-height = Height before the first resize, in pixels
embed-code = Code to paste
embed-code-hint = Paste this where the finder should appear. It needs no inline script.
embed-copy = Copy the code
embed-copied = Code copied.
embed-copy-failed = Could not copy. Select the code and copy it.
embed-host-note = Your site must be on the list of sites this Guichet allows to embed it (its frame-ancestors header); ask its administrators.
embed-preview = Live preview
embed-preview-title = Preview of the embedded finder
