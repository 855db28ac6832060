//! Embed mode (pure, tested natively): the parameters a host page passes to a framed
//! Guichet, validation of the host's origin, the messages the frame posts, and the snippet
//! the `/embed` page generates.
//!
//! The browser side (posting messages, observing the height) is in `app::embed`; the host
//! side is `public/embed.js`.

/// Type of the message posted to the host whenever the content height changes:
/// `{type: "guichet:resize", height}` (CSS pixels, an integer).
pub const RESIZE: &str = "guichet:resize";

/// Type of the message posted to the host when an office is selected (`notify=select`
/// only): `{type: "guichet:select", id}`.
pub const SELECT: &str = "guichet:select";

/// The URL parameters `public/embed.js` forwards from its `data-*` attributes to the frame,
/// in the order it writes them (the native tests check that embed.js lists exactly these).
pub const HOST_PARAMS: [&str; 17] = [
    "lang", "q", "at", "prov", "level", "net", "cat", "speaks", "open", "lib", "r", "wc", "sign", "park", "pp", "lock",
    "notify",
];

/// The frame height embed.js uses until the first message arrives, in CSS pixels.
pub const DEFAULT_HEIGHT: u32 = 600;

/// The highest height a frame may ask for, in CSS pixels (a runaway page cannot make the
/// host page endless).
pub const MAX_HEIGHT: u32 = 20_000;

/// A setting the host can lock: it is then shown as fixed text, never as a control.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lock {
    /// `lang`: no language toggle in the frame.
    Lang,
    /// `q` (also covers `at`): no search box and no "use my location".
    Location,
    /// `prov`: results are limited to the province, even near a location.
    Province,
    Level,
    Network,
    Category,
    /// `speaks`: the language of service.
    Speaks,
    /// `r`: the distance.
    Radius,
    /// `wc`: wheelchair access.
    Wheelchair,
    /// `sign`: sign languages.
    Sign,
    /// `park`: parking.
    Parking,
    /// `pp`: passport service levels.
    Passport,
}

impl Lock {
    pub const ALL: [Lock; 12] = [
        Lock::Lang,
        Lock::Location,
        Lock::Province,
        Lock::Level,
        Lock::Network,
        Lock::Category,
        Lock::Speaks,
        Lock::Radius,
        Lock::Wheelchair,
        Lock::Sign,
        Lock::Parking,
        Lock::Passport,
    ];

    /// The name used in `lock=`: the name of the URL parameter it locks.
    pub const fn id(self) -> &'static str {
        match self {
            Lock::Lang => "lang",
            Lock::Location => "q",
            Lock::Province => "prov",
            Lock::Level => "level",
            Lock::Network => "net",
            Lock::Category => "cat",
            Lock::Speaks => "speaks",
            Lock::Radius => "r",
            Lock::Wheelchair => "wc",
            Lock::Sign => "sign",
            Lock::Parking => "park",
            Lock::Passport => "pp",
        }
    }

    /// Parses a lock name; `at` is another name for the location.
    ///
    /// ```
    /// use guichet::embed::Lock;
    /// assert_eq!(Lock::from_id("prov"), Some(Lock::Province));
    /// assert_eq!(Lock::from_id("at"), Some(Lock::Location));
    /// assert_eq!(Lock::from_id("sel"), None);
    /// ```
    pub fn from_id(s: &str) -> Option<Lock> {
        let s = s.trim();
        if s.eq_ignore_ascii_case("at") {
            return Some(Lock::Location);
        }
        Lock::ALL.into_iter().find(|l| l.id().eq_ignore_ascii_case(s))
    }

    /// The message id of its checkbox on the `/embed` page: the legend of the filter it
    /// locks, or a label of its own for the language, location and province.
    pub const fn label(self) -> &'static str {
        match self {
            Lock::Lang => "embed-lang",
            Lock::Location => "embed-location",
            Lock::Province => "embed-province",
            Lock::Level => "filter-level",
            Lock::Network => "filter-network",
            Lock::Category => "filter-category",
            Lock::Speaks => "filter-language",
            Lock::Radius => "filter-radius",
            Lock::Wheelchair => "filter-wheelchair",
            Lock::Sign => "filter-sign",
            Lock::Parking => "filter-parking",
            Lock::Passport => "filter-passport",
        }
    }
}

/// Embed mode, as it lives in the URL: `embed=1`, `lock=…`, `parent=…`, `notify=select`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Embed {
    /// Locked settings, sorted, without duplicates.
    pub locks: Vec<Lock>,
    /// The host page's origin, validated by [`parse_origin`]: the only target of messages.
    /// `None` (absent or invalid) means no message is ever posted.
    pub parent: Option<String>,
    /// `notify=select`: also post [`SELECT`] messages.
    pub notify_select: bool,
}

impl Embed {
    pub fn locked(&self, lock: Lock) -> bool {
        self.locks.contains(&lock)
    }

    /// Parses the embed parameters of `pairs`; `None` unless `embed=1` is among them.
    /// Unknown lock names and an invalid `parent` are dropped, never fatal.
    ///
    /// ```
    /// use guichet::embed::{Embed, Lock};
    /// let pairs = guichet::nav::parse_query("lock=prov,level,nope&embed=1&parent=https%3A%2F%2FPortal.example%2F");
    /// let e = Embed::from_pairs(&pairs).unwrap();
    /// assert_eq!(e.locks, vec![Lock::Province, Lock::Level]);
    /// assert_eq!(e.parent.as_deref(), Some("https://portal.example"));
    /// assert_eq!(Embed::from_pairs(&guichet::nav::parse_query("lock=prov")), None);
    /// ```
    pub fn from_pairs(pairs: &[(String, String)]) -> Option<Embed> {
        let mut on = false;
        let mut e = Embed::default();
        for (k, v) in pairs {
            match k.as_str() {
                "embed" => on = v == "1",
                "lock" => {
                    for l in v.split(',').filter_map(Lock::from_id) {
                        if !e.locks.contains(&l) {
                            e.locks.push(l);
                        }
                    }
                }
                "parent" => e.parent = parse_origin(v),
                "notify" => e.notify_select = v.split(',').any(|x| x.trim() == "select"),
                _ => {}
            }
        }
        e.locks.sort();
        on.then_some(e)
    }

    /// The canonical parameters (`embed=1` first).
    pub fn to_pairs(&self) -> Vec<(String, String)> {
        let mut out = vec![("embed".to_owned(), "1".to_owned())];
        if !self.locks.is_empty() {
            out.push(("lock".to_owned(), lock_list(&self.locks)));
        }
        if let Some(p) = &self.parent {
            out.push(("parent".to_owned(), p.clone()));
        }
        if self.notify_select {
            out.push(("notify".to_owned(), "select".to_owned()));
        }
        out
    }
}

/// `level,prov`: lock names joined by commas.
pub fn lock_list(locks: &[Lock]) -> String {
    locks.iter().map(|l| l.id()).collect::<Vec<_>>().join(",")
}

/// Validates a host origin: `http` or `https`, a host name (ASCII, punycode for
/// international names) or an IP address, an optional port, nothing else but an optional
/// trailing `/`. Returns the serialised origin (lower case, default port dropped), or
/// `None`: then the frame posts nothing at all (never to `"*"`).
///
/// ```
/// use guichet::embed::parse_origin;
/// assert_eq!(parse_origin("HTTPS://Portal.Example.ca:443/").as_deref(), Some("https://portal.example.ca"));
/// assert_eq!(parse_origin("http://127.0.0.1:4174").as_deref(), Some("http://127.0.0.1:4174"));
/// assert_eq!(parse_origin("*"), None);
/// assert_eq!(parse_origin("https://portal.example.ca/page"), None);
/// assert_eq!(parse_origin("javascript:alert(1)"), None);
/// ```
pub fn parse_origin(s: &str) -> Option<String> {
    let (scheme, rest) = s.split_once("://")?;
    let scheme = scheme.to_ascii_lowercase();
    let default_port = match scheme.as_str() {
        "http" => 80,
        "https" => 443,
        _ => return None,
    };
    let authority = rest.strip_suffix('/').unwrap_or(rest);
    if authority.is_empty() || authority.bytes().any(|b| matches!(b, b'/' | b'?' | b'#' | b'@' | b'\\')) {
        return None;
    }
    // Split off the port: after the closing bracket of an IPv6 literal, else the last colon.
    let (host, port) = if let Some(inner) = authority.strip_prefix('[') {
        let (v6, after) = inner.split_once(']')?;
        if v6.is_empty() || !v6.bytes().all(|b| b.is_ascii_hexdigit() || b == b':' || b == b'.') || !v6.contains(':') {
            return None;
        }
        let port = match after {
            "" => None,
            p => Some(p.strip_prefix(':')?),
        };
        (format!("[{}]", v6.to_ascii_lowercase()), port)
    } else {
        let (host, port) = match authority.rsplit_once(':') {
            Some((h, p)) => (h, Some(p)),
            None => (authority, None),
        };
        if !valid_host_name(host) {
            return None;
        }
        (host.to_ascii_lowercase(), port)
    };
    let port = match port {
        None => None,
        Some(p) => {
            if p.is_empty() || p.len() > 5 || !p.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            let n: u32 = p.parse().ok()?;
            if n == 0 || n > 65_535 {
                return None;
            }
            (n != default_port).then_some(n)
        }
    };
    let mut out = scheme;
    out.push_str("://");
    out.push_str(&host);
    if let Some(p) = port {
        out.push(':');
        out.push_str(&p.to_string());
    }
    Some(out)
}

/// A DNS name or an IPv4 address: dot-separated labels of ASCII letters, digits and
/// hyphens, none empty, none starting or ending with a hyphen.
fn valid_host_name(host: &str) -> bool {
    !host.is_empty()
        && host.len() <= 253
        && host.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        })
}

/// The height to post for a measured content height: whole CSS pixels, rounded up so
/// nothing is cut off; `None` when the measure is not a usable number.
///
/// ```
/// use guichet::embed::message_height;
/// assert_eq!(message_height(812.2), Some(813));
/// assert_eq!(message_height(f64::NAN), None);
/// assert_eq!(message_height(1e9), Some(guichet::embed::MAX_HEIGHT));
/// ```
pub fn message_height(px: f64) -> Option<u32> {
    if !px.is_finite() || px < 0.0 {
        return None;
    }
    Some((px.ceil() as u32).min(MAX_HEIGHT))
}

/// Escapes text for an HTML attribute value in double quotes (or for text content).
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// What the `/embed` page turns into a snippet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snippet {
    /// Where Guichet is served, e.g. `https://guichet.example` (embed.js is loaded from it).
    pub guichet_origin: String,
    /// The `id` of the element the frame goes into.
    pub target: String,
    /// Preset parameters (`lang`, `q`, `prov`, …); only names in [`HOST_PARAMS`] are kept.
    pub params: Vec<(String, String)>,
    pub locks: Vec<Lock>,
    pub notify_select: bool,
    /// Height before the first resize message, in CSS pixels.
    pub height: u32,
}

impl Snippet {
    /// The `/embed` page's snippet: the frame goes into an element `guichet`, the locks
    /// are listed in their canonical order.
    pub fn generated(
        guichet_origin: &str,
        params: Vec<(String, String)>,
        locks: &[Lock],
        notify_select: bool,
        height: u32,
    ) -> Snippet {
        Snippet {
            guichet_origin: guichet_origin.to_owned(),
            target: "guichet".to_owned(),
            params,
            locks: sorted(locks),
            notify_select,
            height,
        }
    }

    /// The HTML a host page pastes: a container and the host script, configured with
    /// `data-*` attributes (no inline script, so it works under the host's own CSP).
    ///
    /// ```
    /// use guichet::embed::{Lock, Snippet};
    /// let s = Snippet {
    ///     guichet_origin: "https://guichet.example".into(),
    ///     target: "guichet".into(),
    ///     params: vec![("lang".into(), "fr".into()), ("prov".into(), "NB".into())],
    ///     locks: vec![Lock::Province],
    ///     notify_select: false,
    ///     height: 600,
    /// };
    /// assert_eq!(s.html(), "<div id=\"guichet\"></div>\n<script src=\"https://guichet.example/embed.js\" \
    ///     data-target=\"guichet\" data-lang=\"fr\" data-prov=\"NB\" data-lock=\"prov\" data-height=\"600\" async></script>");
    /// ```
    pub fn html(&self) -> String {
        let target = escape_html(&self.target);
        let mut s = String::from("<div id=\"");
        s.push_str(&target);
        s.push_str("\"></div>\n<script src=\"");
        s.push_str(&escape_html(&self.guichet_origin));
        s.push_str("/embed.js\" data-target=\"");
        s.push_str(&target);
        s.push('"');
        let mut attr = |name: &str, value: &str| {
            s.push_str(" data-");
            s.push_str(name);
            s.push_str("=\"");
            s.push_str(&escape_html(value));
            s.push('"');
        };
        for name in HOST_PARAMS {
            if let Some((_, v)) = self.params.iter().find(|(k, v)| k == name && !v.is_empty()) {
                attr(name, v);
            }
        }
        if !self.locks.is_empty() {
            attr("lock", &lock_list(&self.locks));
        }
        if self.notify_select {
            attr("notify", "select");
        }
        attr("height", &self.height.to_string());
        s.push_str(" async></script>");
        s
    }
}

/// The locks in their canonical order.
fn sorted(locks: &[Lock]) -> Vec<Lock> {
    let mut v = locks.to_vec();
    v.sort();
    v
}

/// The parameters of the `/embed` page's preview, Guichet framing itself: the presets,
/// then embed mode with the locks (in their canonical order), messages posted to the
/// page's own origin (`own_origin`), and `notify=select` if asked.
///
/// ```
/// use guichet::embed::{preview_pairs, Lock};
/// let pairs = preview_pairs(vec![("lang".into(), "fr".into())], &[Lock::Level, Lock::Lang], false, "http://127.0.0.1:4173");
/// let keys: Vec<&str> = pairs.iter().map(|(k, _)| k.as_str()).collect();
/// assert_eq!(keys, ["lang", "embed", "lock", "parent"]);
/// assert_eq!(pairs[2].1, "lang,level");
/// ```
pub fn preview_pairs(
    mut params: Vec<(String, String)>,
    locks: &[Lock],
    notify_select: bool,
    own_origin: &str,
) -> Vec<(String, String)> {
    let e = Embed { locks: sorted(locks), parent: parse_origin(own_origin), notify_select };
    params.extend(e.to_pairs());
    params
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nav::parse_query;

    #[test]
    fn origins() {
        let ok = [
            ("https://portal.example", "https://portal.example"),
            ("https://portal.example/", "https://portal.example"),
            ("HTTP://WWW.Canada.CA", "http://www.canada.ca"),
            ("https://a.b:8443", "https://a.b:8443"),
            ("http://a.b:80", "http://a.b"),
            ("https://a.b:80", "https://a.b:80"),
            ("http://localhost:4174", "http://localhost:4174"),
            ("https://[::1]:8443", "https://[::1]:8443"),
            ("https://[2001:DB8::1]", "https://[2001:db8::1]"),
            ("https://xn--qubec-csa.ca", "https://xn--qubec-csa.ca"),
        ];
        for (input, want) in ok {
            assert_eq!(parse_origin(input).as_deref(), Some(want), "{input}");
        }
        let bad = [
            "",
            "*",
            "/",
            "null",
            "portal.example",
            "//portal.example",
            "ftp://portal.example",
            "javascript:alert(1)",
            "data:text/html,x",
            "https://",
            "https:///",
            "https://portal.example/page",
            "https://portal.example//",
            "https://portal.example?x=1",
            "https://portal.example#top",
            "https://user@portal.example",
            "https://user:pw@portal.example",
            "https://portal.example:",
            "https://portal.example:0",
            "https://portal.example:65536",
            "https://portal.example:+443",
            "https://portal.example:44a",
            "https://a..b",
            "https://-a.b",
            "https://a-.b",
            "https://a_b.ca",
            "https://québec.ca",
            "https://a b.ca",
            " https://a.ca",
            "https://a.ca ",
            "https://[::1",
            "https://[]",
            "https://[x::1]",
            "https://[::1]x",
            "https://a.ca\\@evil.example",
        ];
        for input in bad {
            assert_eq!(parse_origin(input), None, "{input:?}");
        }
    }

    #[test]
    fn embed_round_trips_and_ignores_junk() {
        let pairs = parse_query("embed=1&lock=r,LEVEL,level,,x,at&parent=http%3A%2F%2F127.0.0.1%3A4174&notify=select");
        let e = Embed::from_pairs(&pairs).unwrap();
        assert_eq!(e.locks, vec![Lock::Location, Lock::Level, Lock::Radius]);
        assert_eq!(e.parent.as_deref(), Some("http://127.0.0.1:4174"));
        assert!(e.notify_select);
        assert_eq!(Embed::from_pairs(&e.to_pairs()), Some(e));

        let bad = Embed::from_pairs(&parse_query("embed=1&parent=*&notify=yes")).unwrap();
        assert_eq!(bad, Embed::default());
        assert_eq!(Embed::from_pairs(&parse_query("embed=0&lock=prov")), None);
        assert_eq!(Embed::from_pairs(&parse_query("embed=true")), None);
    }

    #[test]
    fn lock_ids_round_trip() {
        for l in Lock::ALL {
            assert_eq!(Lock::from_id(l.id()), Some(l));
        }
    }

    #[test]
    fn heights() {
        assert_eq!(message_height(0.0), Some(0));
        assert_eq!(message_height(-1.0), None);
        assert_eq!(message_height(f64::INFINITY), None);
        assert_eq!(message_height(640.0), Some(640));
    }

    #[test]
    fn snippet_escapes_and_keeps_only_host_params() {
        let s = Snippet {
            guichet_origin: "https://guichet.example".into(),
            target: "g\"x".into(),
            params: vec![
                ("q".into(), "Trois-Rivières & <co>".into()),
                ("sel".into(), "sc-1".into()),
                ("level".into(), "federal,municipal".into()),
                ("r".into(), String::new()),
            ],
            locks: vec![Lock::Level, Lock::Lang],
            notify_select: true,
            height: 700,
        };
        assert_eq!(
            s.html(),
            "<div id=\"g&quot;x\"></div>\n<script src=\"https://guichet.example/embed.js\" data-target=\"g&quot;x\" \
             data-q=\"Trois-Rivières &amp; &lt;co&gt;\" data-level=\"federal,municipal\" data-lock=\"level,lang\" \
             data-notify=\"select\" data-height=\"700\" async></script>"
        );
    }

    /// public/embed.js forwards exactly [`HOST_PARAMS`], in the same order.
    #[test]
    fn embed_js_forwards_the_host_params() {
        let js = include_str!("../public/embed.js");
        let start = js.find("const PARAMS = [").expect("embed.js declares PARAMS") + "const PARAMS = [".len();
        let list = &js[start..start + js[start..].find(']').unwrap()];
        let names: Vec<&str> = list.split(',').map(|s| s.trim().trim_matches('\'')).filter(|s| !s.is_empty()).collect();
        assert_eq!(names, HOST_PARAMS);
        for msg in [RESIZE, SELECT] {
            assert!(js.contains(msg), "embed.js handles {msg}");
        }
        assert!(js.contains(&format!("const MAX_HEIGHT = {MAX_HEIGHT};")));
        assert!(js.contains(&format!("const DEFAULT_HEIGHT = {DEFAULT_HEIGHT};")));
        // Never a wildcard target, never an inline style attribute.
        assert!(!js.contains("'*'") && !js.contains("setAttribute('style'"));
    }

    #[test]
    fn every_lock_has_a_checkbox_label_of_its_own() {
        let labels: std::collections::BTreeSet<&str> = Lock::ALL.iter().map(|l| l.label()).collect();
        assert_eq!(labels.len(), Lock::ALL.len());
        assert_eq!(Lock::Location.label(), "embed-location");
        // A filter's lock reads as the filter's legend.
        assert_eq!(Lock::Speaks.label(), "filter-language");
    }

    #[test]
    fn generated_snippet_sorts_the_locks_in_the_order_they_were_ticked() {
        let params = vec![("prov".to_owned(), "NB".to_owned())];
        let a = Snippet::generated("https://g.example", params.clone(), &[Lock::Level, Lock::Province], true, 800);
        let b = Snippet::generated("https://g.example", params, &[Lock::Province, Lock::Level], true, 800);
        assert_eq!(a, b);
        assert_eq!(a.target, "guichet");
        assert_eq!(a.locks, vec![Lock::Province, Lock::Level]);
        assert_eq!(
            a.html(),
            "<div id=\"guichet\"></div>\n<script src=\"https://g.example/embed.js\" data-target=\"guichet\" \
             data-prov=\"NB\" data-lock=\"prov,level\" data-notify=\"select\" data-height=\"800\" async></script>"
        );
    }

    #[test]
    fn preview_frames_the_presets_in_embed_mode_for_the_page_itself() {
        let params = vec![("lang".to_owned(), "en".to_owned()), ("prov".to_owned(), "NB".to_owned())];
        let pairs = preview_pairs(params, &[Lock::Province, Lock::Lang], true, "HTTP://127.0.0.1:4173/");
        let want: Vec<(String, String)> = [
            ("lang", "en"),
            ("prov", "NB"),
            ("embed", "1"),
            ("lock", "lang,prov"),
            ("parent", "http://127.0.0.1:4173"),
            ("notify", "select"),
        ]
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
        assert_eq!(pairs, want);
        // What the frame reads back is what the page chose.
        let e = Embed::from_pairs(&pairs).expect("embed mode");
        assert_eq!(e.locks, vec![Lock::Lang, Lock::Province]);
        // An origin that is not one (a file: page) posts nothing, and nothing is locked.
        let none = preview_pairs(Vec::new(), &[], false, "null");
        assert_eq!(none, vec![("embed".to_owned(), "1".to_owned())]);
    }
}
