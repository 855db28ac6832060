//! Typed routes: every page the app can show is a [`Page`]; [`Page::parse`] turns a path
//! into one and [`Page::path`] back. Links are built with [`Href`], never with `format!`,
//! so parameters are always percent-encoded and the language is never lost.
use super::query::{decode_path_segment, encode_path_segment_into, encode_query, join};
use crate::domain::geo::LatLon;
use crate::i18n::Locale;

/// A page of the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Page {
    /// `/`: the finder.
    Home,
    /// `/about`: what Guichet is, data sources and licences.
    About,
    /// `/office/:id`: every detail of one office.
    Office(String),
    /// `/embed`: the embed snippet generator, with a live preview.
    Embed,
    /// `/services`: search federal services, or browse them by life event.
    Services,
    /// `/service/:id`: one service, its channels and the nearest points delivering it.
    Service(String),
    /// `/insights`: the networks side by side, for the working group.
    Insights,
    /// Anything else.
    NotFound,
}

impl Page {
    /// Parses a location path ("/about", "/about/", "/").
    ///
    /// ```
    /// use guichet::nav::Page;
    /// assert_eq!(Page::parse("/"), Page::Home);
    /// assert_eq!(Page::parse("/about/"), Page::About);
    /// assert_eq!(Page::parse("/nope"), Page::NotFound);
    /// ```
    pub fn parse(path: &str) -> Page {
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        match segments.as_slice() {
            [] | ["index.html"] => Page::Home,
            ["about"] => Page::About,
            ["embed"] => Page::Embed,
            ["office", id] => Page::Office(decode_path_segment(id)),
            ["services"] => Page::Services,
            ["service", id] => Page::Service(decode_path_segment(id)),
            ["insights"] | ["insights.html"] => Page::Insights,
            _ => Page::NotFound,
        }
    }

    /// The path of this page (percent-encoded).
    pub fn path(&self) -> String {
        match self {
            Page::Home | Page::NotFound => String::from("/"),
            Page::About => String::from("/about"),
            Page::Embed => String::from("/embed"),
            Page::Office(id) => {
                let mut p = String::from("/office/");
                encode_path_segment_into(id, &mut p);
                p
            }
            Page::Services => String::from("/services"),
            // Its own page and module (`insights.html`): any static host serves it as is.
            Page::Insights => String::from("/insights.html"),
            Page::Service(id) => {
                let mut p = String::from("/service/");
                encode_path_segment_into(id, &mut p);
                p
            }
        }
    }
}

/// Builds a link: a path plus query parameters, percent-encoded.
///
/// ```
/// use guichet::nav::{Href, Page};
/// let h = Href::new(&Page::About).param("lang", "fr").param("q", "Trois-Rivières & co");
/// assert_eq!(h.to_string(), "/about?lang=fr&q=Trois-Rivi%C3%A8res+%26+co");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Href {
    path: String,
    query: Vec<(String, String)>,
}

impl Href {
    pub fn new(page: &Page) -> Href {
        Href { path: page.path(), query: Vec::new() }
    }

    /// Adds a parameter (empty values are left out).
    pub fn param(mut self, key: &str, value: &str) -> Href {
        if !value.is_empty() {
            self.query.push((key.to_owned(), value.to_owned()));
        }
        self
    }

    pub fn lang(self, locale: Locale) -> Href {
        self.param("lang", locale.code())
    }
}

impl std::fmt::Display for Href {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.path)?;
        let q = encode_query(&self.query);
        if !q.is_empty() {
            f.write_str("?")?;
            f.write_str(&q)?;
        }
        Ok(())
    }
}

/// OpenStreetMap directions to `pos`. Only the destination is in the link: the user's
/// own position is never sent.
///
/// ```
/// use guichet::domain::geo::LatLon;
/// assert_eq!(guichet::nav::directions_href(LatLon::new(45.4215, -75.6972)),
///     "https://www.openstreetmap.org/directions?to=45.42150%2C-75.69720");
/// ```
pub fn directions_href(pos: LatLon) -> String {
    let mut to = crate::domain::text::fixed(pos.lat, 5);
    to.push(',');
    to.push_str(&crate::domain::text::fixed(pos.lon, 5));
    join("https://www.openstreetmap.org/directions", &encode_query(&[("to".to_owned(), to)]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_round_trip() {
        for page in [
            Page::Home,
            Page::About,
            Page::Embed,
            Page::Office("sc-5944".into()),
            Page::Office("a b/é".into()),
            Page::Services,
            Page::Service("SRV03049".into()),
        ] {
            assert_eq!(Page::parse(&page.path()), page);
        }
    }
}
