//! The vocabulary every layer shares: bilingual text ([`Text`]), orders of government
//! ([`Level`]) and provinces and territories ([`Province`]). It sits below the model, time
//! zones and hours, which all speak it; `domain::model` re-exports it.
use serde::{Deserialize, Serialize};

use crate::i18n::Locale;

/// An English/French pair. `None` means the source did not give that language.
///
/// Note for all bundle types: no `skip_serializing_if`, because postcard is not
/// self-describing and a skipped field would desynchronise the decoder.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Text {
    #[serde(default)]
    pub en: Option<String>,
    #[serde(default)]
    pub fr: Option<String>,
}

impl Text {
    pub fn en(s: impl Into<String>) -> Text {
        Text { en: Some(s.into()), fr: None }
    }
    pub fn fr(s: impl Into<String>) -> Text {
        Text { en: None, fr: Some(s.into()) }
    }
    pub fn both(en: impl Into<String>, fr: impl Into<String>) -> Text {
        Text { en: Some(en.into()), fr: Some(fr.into()) }
    }
    /// The same words in both languages (proper names such as "ServiceOntario").
    pub fn same(s: impl Into<String>) -> Text {
        let s = s.into();
        Text { en: Some(s.clone()), fr: Some(s) }
    }

    pub fn is_empty(&self) -> bool {
        self.en.is_none() && self.fr.is_none()
    }

    /// The text in `locale` when the source gave it, else the other language, with the
    /// locale it is actually in (so the UI can mark it with `lang` and say it is not
    /// translated).
    ///
    /// ```
    /// use guichet::domain::model::Text;
    /// use guichet::i18n::Locale;
    /// let t = Text::en("Abbotsford Service Canada Centre");
    /// assert_eq!(t.get(Locale::Fr), Some(("Abbotsford Service Canada Centre", Locale::En)));
    /// assert_eq!(Text::default().get(Locale::En), None);
    /// ```
    pub fn get(&self, locale: Locale) -> Option<(&str, Locale)> {
        let (first, second) = match locale {
            Locale::En => (&self.en, &self.fr),
            Locale::Fr => (&self.fr, &self.en),
        };
        first.as_deref().map(|s| (s, locale)).or_else(|| second.as_deref().map(|s| (s, locale.other())))
    }

    /// The text in `locale`, else the other language, else "".
    pub fn show(&self, locale: Locale) -> &str {
        self.get(locale).map_or("", |(s, _)| s)
    }
}

/// Order of government.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Federal,
    Provincial,
    Territorial,
    Municipal,
}

impl Level {
    pub const ALL: [Level; 4] = [Level::Federal, Level::Provincial, Level::Territorial, Level::Municipal];

    /// Stable id used in URLs and message ids (`level-federal`).
    pub const fn id(self) -> &'static str {
        match self {
            Level::Federal => "federal",
            Level::Provincial => "provincial",
            Level::Territorial => "territorial",
            Level::Municipal => "municipal",
        }
    }

    pub fn from_id(s: &str) -> Option<Level> {
        Level::ALL.into_iter().find(|l| l.id().eq_ignore_ascii_case(s.trim()))
    }
}

/// Provinces and territories, in the order Statistics Canada lists them (east to west,
/// then the territories).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Province {
    NL,
    PE,
    NS,
    NB,
    QC,
    ON,
    MB,
    SK,
    AB,
    BC,
    YT,
    NT,
    NU,
}

impl Province {
    pub const ALL: [Province; 13] = [
        Province::NL,
        Province::PE,
        Province::NS,
        Province::NB,
        Province::QC,
        Province::ON,
        Province::MB,
        Province::SK,
        Province::AB,
        Province::BC,
        Province::YT,
        Province::NT,
        Province::NU,
    ];

    /// Canada Post two-letter code.
    pub const fn code(self) -> &'static str {
        match self {
            Province::NL => "NL",
            Province::PE => "PE",
            Province::NS => "NS",
            Province::NB => "NB",
            Province::QC => "QC",
            Province::ON => "ON",
            Province::MB => "MB",
            Province::SK => "SK",
            Province::AB => "AB",
            Province::BC => "BC",
            Province::YT => "YT",
            Province::NT => "NT",
            Province::NU => "NU",
        }
    }

    /// Official names.
    pub const fn name(self, locale: Locale) -> &'static str {
        match (self, locale) {
            (Province::NL, Locale::En) => "Newfoundland and Labrador",
            (Province::NL, Locale::Fr) => "Terre-Neuve-et-Labrador",
            (Province::PE, Locale::En) => "Prince Edward Island",
            (Province::PE, Locale::Fr) => "Île-du-Prince-Édouard",
            (Province::NS, Locale::En) => "Nova Scotia",
            (Province::NS, Locale::Fr) => "Nouvelle-Écosse",
            (Province::NB, Locale::En) => "New Brunswick",
            (Province::NB, Locale::Fr) => "Nouveau-Brunswick",
            (Province::QC, Locale::En) => "Quebec",
            (Province::QC, Locale::Fr) => "Québec",
            (Province::ON, _) => "Ontario",
            (Province::MB, _) => "Manitoba",
            (Province::SK, _) => "Saskatchewan",
            (Province::AB, _) => "Alberta",
            (Province::BC, Locale::En) => "British Columbia",
            (Province::BC, Locale::Fr) => "Colombie-Britannique",
            (Province::YT, _) => "Yukon",
            (Province::NT, Locale::En) => "Northwest Territories",
            (Province::NT, Locale::Fr) => "Territoires du Nord-Ouest",
            (Province::NU, _) => "Nunavut",
        }
    }

    /// Parses a two-letter code, or an English or French name (case-insensitive).
    ///
    /// ```
    /// use guichet::domain::model::Province;
    /// assert_eq!(Province::parse("qc"), Some(Province::QC));
    /// assert_eq!(Province::parse("Nouveau-Brunswick"), Some(Province::NB));
    /// assert_eq!(Province::parse("PQ"), Some(Province::QC));
    /// assert_eq!(Province::parse("Atlantis"), None);
    /// ```
    pub fn parse(s: &str) -> Option<Province> {
        let s = s.trim();
        match s.to_ascii_uppercase().as_str() {
            "PQ" | "QUE" => return Some(Province::QC),
            "NF" | "NFLD" | "LB" => return Some(Province::NL),
            "YK" => return Some(Province::YT),
            _ => {}
        }
        Province::ALL.into_iter().find(|p| {
            p.code().eq_ignore_ascii_case(s)
                || Locale::ALL.iter().any(|l| p.name(*l).to_lowercase() == s.to_lowercase())
        })
    }

    /// Territories are governed by territorial (not provincial) governments.
    pub const fn is_territory(self) -> bool {
        matches!(self, Province::YT | Province::NT | Province::NU)
    }

    /// The first letters of the province's postal codes (Canada Post).
    pub const fn postal_letters(self) -> &'static [u8] {
        match self {
            Province::NL => b"A",
            Province::PE => b"C",
            Province::NS => b"B",
            Province::NB => b"E",
            Province::QC => b"GHJ",
            Province::ON => b"KLMNP",
            Province::MB => b"R",
            Province::SK => b"S",
            Province::AB => b"T",
            Province::BC => b"V",
            Province::YT => b"Y",
            Province::NT | Province::NU => b"X",
        }
    }
}
