//! Typed routes and URL query handling (pure, tested natively).
//!
//! Every page the app can show is a [`Page`]; [`Page::parse`] turns a path into one and
//! [`Page::path`] back. Links are built with [`Href`], never with `format!`, so
//! parameters are always percent-encoded and the language is never lost.
use crate::i18n::Locale;

/// A page of the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Page {
    /// `/`: the finder.
    Home,
    /// `/about`: what Guichet is, data sources and licences.
    About,
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
            _ => Page::NotFound,
        }
    }

    /// The path of this page (percent-encoded).
    pub fn path(&self) -> String {
        match self {
            Page::Home | Page::NotFound => String::from("/"),
            Page::About => String::from("/about"),
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

/// Parses `a=1&b=x+y` (with or without the leading `?`) into decoded pairs.
/// Malformed escapes are kept literally; nothing is dropped silently but empty keys.
///
/// ```
/// use guichet::nav::parse_query;
/// assert_eq!(parse_query("?q=Qu%C3%A9bec+City&x"), vec![("q".into(), "Québec City".into()), ("x".into(), "".into())]);
/// ```
pub fn parse_query(query: &str) -> Vec<(String, String)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .filter_map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            let k = decode_component(k);
            (!k.is_empty()).then(|| (k, decode_component(v)))
        })
        .collect()
}

/// Encodes pairs as `application/x-www-form-urlencoded`.
pub fn encode_query(pairs: &[(String, String)]) -> String {
    let mut out = String::new();
    for (k, v) in pairs {
        if !out.is_empty() {
            out.push('&');
        }
        encode_component_into(k, &mut out);
        out.push('=');
        encode_component_into(v, &mut out);
    }
    out
}

/// Returns `query` with `key` set to `value` (or removed when `value` is None), keeping
/// every other parameter and their order: what the language toggle needs.
///
/// ```
/// use guichet::nav::with_param;
/// assert_eq!(with_param("?q=a&lang=en&r=25", "lang", Some("fr")), "q=a&lang=fr&r=25");
/// assert_eq!(with_param("q=a", "lang", Some("fr")), "q=a&lang=fr");
/// assert_eq!(with_param("q=a&lang=en", "lang", None), "q=a");
/// ```
pub fn with_param(query: &str, key: &str, value: Option<&str>) -> String {
    let mut pairs = parse_query(query);
    match value {
        Some(v) => match pairs.iter_mut().find(|(k, _)| k == key) {
            Some(slot) => slot.1 = v.to_owned(),
            None => pairs.push((key.to_owned(), v.to_owned())),
        },
        None => pairs.retain(|(k, _)| k != key),
    }
    // A key given twice keeps its first (updated) occurrence only.
    let mut seen = false;
    pairs.retain(|(k, _)| {
        if k != key {
            return true;
        }
        let keep = !seen;
        seen = true;
        keep
    });
    encode_query(&pairs)
}

/// Joins a path and an encoded query ("" gives the bare path).
pub fn join(path: &str, query: &str) -> String {
    let mut out = String::with_capacity(path.len() + query.len() + 1);
    out.push_str(path);
    if !query.is_empty() {
        out.push('?');
        out.push_str(query);
    }
    out
}

fn encode_component_into(s: &str, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'*' => out.push(b as char),
            b' ' => out.push('+'),
            _ => {
                out.push('%');
                out.push(HEX[(b >> 4) as usize] as char);
                out.push(HEX[(b & 15) as usize] as char);
            }
        }
    }
}

/// Decodes one form-urlencoded component; invalid UTF-8 becomes U+FFFD.
pub fn decode_component(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = |c: u8| (c as char).to_digit(16);
                match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 2;
                    }
                    _ => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_round_trip_keeps_odd_values() {
        let pairs = vec![
            ("q".to_owned(), "<script>alert('x')</script>".to_owned()),
            ("place".to_owned(), "Saint-Jean-sur-Richelieu (QC)".to_owned()),
            ("e".to_owned(), "100% = ½ + ½".to_owned()),
        ];
        assert_eq!(parse_query(&encode_query(&pairs)), pairs);
    }

    #[test]
    fn malformed_escapes_are_kept() {
        assert_eq!(decode_component("%"), "%");
        assert_eq!(decode_component("%zz1"), "%zz1");
        assert_eq!(decode_component("ab%4"), "ab%4");
        assert_eq!(decode_component("%C3%A9"), "é");
        assert_eq!(decode_component("%FF"), "\u{FFFD}");
    }

    #[test]
    fn pages_round_trip() {
        for page in [Page::Home, Page::About] {
            assert_eq!(Page::parse(&page.path()), page);
        }
    }
}
