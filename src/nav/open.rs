//! Links to Guichet's open data and to "report a problem with this information".
//!
//! The open data (`/data/open/`, written by the pipeline) is downloaded, never fetched
//! by the app nor kept by the service worker. The report link is built from the site's
//! `config.json` (`"report"`): an `https://` address or a `mailto:` whose `{id}`,
//! `{name}` and `{version}` are replaced by the office's id, its name and the data
//! version, percent-encoded. No address configured: no link.
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

/// The HSDS data package's descriptor (the CSV tables sit beside it).
pub const OPEN_HSDS: &str = "/data/open/datapackage.json";
/// The same records as GeoJSON.
pub const OPEN_GEOJSON: &str = "/data/open/guichet.geojson";
/// What the export holds and under which licences.
pub const OPEN_README: &str = "/data/open/README.md";

/// What stays as is in a filled-in value: RFC 3986's unreserved characters.
const VALUE: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_').remove(b'~');

/// A "report a problem" address with placeholders, as `config.json` gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportTemplate(String);

impl ReportTemplate {
    /// `None` unless the template is an `https://` or `mailto:` address without spaces.
    ///
    /// ```
    /// use guichet::nav::open::ReportTemplate;
    /// assert!(ReportTemplate::parse("https://example.ca/report?office={id}").is_some());
    /// assert!(ReportTemplate::parse("mailto:data@example.ca?subject={name}").is_some());
    /// assert!(ReportTemplate::parse("javascript:alert(1)").is_none());
    /// assert!(ReportTemplate::parse("  ").is_none());
    /// ```
    pub fn parse(s: &str) -> Option<ReportTemplate> {
        let s = s.trim();
        let lower = s.to_ascii_lowercase();
        let scheme_ok = (lower.starts_with("https://") && s.len() > 8) || (lower.starts_with("mailto:") && s.len() > 7);
        (scheme_ok && !s.contains(char::is_whitespace)).then(|| ReportTemplate(s.to_owned()))
    }

    /// The link for one office: `{id}`, `{name}` and `{version}` filled in, encoded.
    ///
    /// ```
    /// use guichet::nav::open::ReportTemplate;
    /// let t = ReportTemplate::parse("mailto:data@example.ca?subject=Guichet%20{id}&body={name}%20({version})").unwrap();
    /// assert_eq!(
    ///     t.link("sc-1137", "Service Canada – Montréal", "383d8765"),
    ///     "mailto:data@example.ca?subject=Guichet%20sc-1137&body=Service%20Canada%20%E2%80%93%20Montr%C3%A9al%20(383d8765)"
    /// );
    /// ```
    pub fn link(&self, id: &str, name: &str, version: &str) -> String {
        let enc = |v: &str| utf8_percent_encode(v, VALUE).to_string();
        self.0.replace("{id}", &enc(id)).replace("{name}", &enc(name)).replace("{version}", &enc(version))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_cannot_break_out_of_their_parameter() {
        let t = ReportTemplate::parse("https://forms.example.ca/r?o={id}&n={name}&v={version}").unwrap();
        assert_eq!(t.link("mtl-1", "A&B=C #2?", "v1"), "https://forms.example.ca/r?o=mtl-1&n=A%26B%3DC%20%232%3F&v=v1");
        // Placeholders are optional; unknown ones stay as written.
        assert_eq!(ReportTemplate::parse("https://x.ca/{other}").unwrap().link("a", "b", "c"), "https://x.ca/{other}");
        assert!(ReportTemplate::parse("http://x.ca/{id}").is_none(), "https only");
        assert!(ReportTemplate::parse("https://x.ca/a b").is_none());
    }
}
