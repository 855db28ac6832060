//! The interface languages and how one is chosen.
use unic_langid::{langid, LanguageIdentifier};

/// An interface language. English is the fallback.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize)]
pub enum Locale {
    #[default]
    #[serde(rename = "en")]
    En,
    #[serde(rename = "fr")]
    Fr,
}

impl Locale {
    pub const ALL: [Locale; 2] = [Locale::En, Locale::Fr];

    /// The BCP 47 code used in URLs, storage and `<html lang>`.
    pub const fn code(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Fr => "fr",
        }
    }

    /// The other language (what the toggle switches to).
    pub const fn other(self) -> Locale {
        match self {
            Locale::En => Locale::Fr,
            Locale::Fr => Locale::En,
        }
    }

    pub fn langid(self) -> LanguageIdentifier {
        match self {
            Locale::En => langid!("en-CA"),
            Locale::Fr => langid!("fr-CA"),
        }
    }

    /// Parses a language tag: "fr", "FR", "fr-CA", "fr_ca" give French; "en*" English.
    ///
    /// ```
    /// use guichet::i18n::Locale;
    /// assert_eq!(Locale::from_tag("fr-BE"), Some(Locale::Fr));
    /// assert_eq!(Locale::from_tag(" EN "), Some(Locale::En));
    /// assert_eq!(Locale::from_tag("de"), None);
    /// ```
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let tag = tag.trim();
        let primary = tag.split(['-', '_']).next().unwrap_or("");
        if primary.eq_ignore_ascii_case("fr") {
            Some(Locale::Fr)
        } else if primary.eq_ignore_ascii_case("en") {
            Some(Locale::En)
        } else {
            None
        }
    }
}

/// Chooses the locale: the URL's `lang`, then the saved choice, then the first of the
/// browser's languages that is English or French, then English.
///
/// ```
/// use guichet::i18n::{negotiate, Locale};
/// assert_eq!(negotiate(Some("fr"), Some("en"), &["en-CA"]), Locale::Fr);
/// assert_eq!(negotiate::<&str>(Some("xx"), Some("fr"), &[]), Locale::Fr);
/// assert_eq!(negotiate(None, None, &["de-DE", "fr-CH", "en"]), Locale::Fr);
/// assert_eq!(negotiate(None, None, &["de"]), Locale::En);
/// ```
pub fn negotiate<S: AsRef<str>>(url: Option<&str>, saved: Option<&str>, browser: &[S]) -> Locale {
    url.and_then(Locale::from_tag)
        .or_else(|| saved.and_then(Locale::from_tag))
        .or_else(|| browser.iter().find_map(|t| Locale::from_tag(t.as_ref())))
        .unwrap_or_default()
}
