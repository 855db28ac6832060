//! Source: `service_points/workbc_centres_bc.geojson` (see ../shared/data/SOURCES.md,
//! section 1).
//!
//! The 102 WorkBC Centres (British Columbia's employment-service storefronts) of the
//! `bcgov/workbc-wage-subsidy` map pins (September 2022), as GeoJSON points with name,
//! one-line address, phone, fax, e-mail, website, `hasFrench`, free-text `hours1`–`hours4`
//! and the WorkBC catchment and storefront ids.
//!
//! Rules:
//! - id `wbc-<catchmentId>-<storefrontId>` (e.g. `wbc-01-1`); provenance record
//!   `<catchmentId>-<storefrontId>`. `storefrontId` alone is NOT unique (it numbers the
//!   storefronts of one catchment: only 5 distinct values); the pair is. A feature
//!   without both falls back to its GeoJSON `id`.
//! - kind employment centre, categories of the WorkBC network (employment).
//! - name in English as given.
//! - position: the feature's own point geometry (`Geocode { Source, High }`); missing or
//!   outside Canada → no position, `Downgraded` "bad-coordinates".
//! - address: the one-line `address` is split on commas: the last part is the postal
//!   code (with or without a leading "BC"), the city is the last part after the first
//!   that is not a unit (two addresses put the unit after the city: "11861 – 88th
//!   Avenue, Delta, Unit 310, V4C 3C6"; "100 Mile House" is a city), the street is
//!   everything else. Five addresses contain
//!   U+FFFD (a dash garbled before it reached us): it becomes "-", with a `Warning`
//!   "garbled-character". community = that city, else the name after "WorkBC Centre - ".
//! - province: British Columbia (the whole file).
//! - languages: `hasFrench` "Y" → English and French, "N" → English; else unknown.
//! - phone as printed; website in English; fax and e-mail are not in the model.
//! - hours: the non-empty `hours1`–`hours4` lines ("n/a" counts as empty) through
//!   `sources::hours`; unparsed text is kept with a `Downgraded` "hours-unparsed".
use serde::Deserialize;

use super::{set_source_position, text_or_number, Cx, Format, Reject, Source};
use crate::domain::model::{Languages, Point, PointKind, Province, Text};
use crate::domain::text::{clean, fold, non_empty};
use crate::i18n::Locale;
use crate::pipeline::{DatasetId, NetworkId, Severity};

/// The WorkBC Centres.
pub struct WorkBc;

/// Path of the file inside the sources directory.
pub const PATH: &str = "service_points/workbc_centres_bc.geojson";

/// A feature's properties (text or numbers, absent ones empty) and its point.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Row {
    #[serde(default, deserialize_with = "text_or_number")]
    name: String,
    #[serde(default, deserialize_with = "text_or_number")]
    address: String,
    #[serde(default, deserialize_with = "text_or_number")]
    phone: String,
    #[serde(default, deserialize_with = "text_or_number")]
    website: String,
    #[serde(default, deserialize_with = "text_or_number")]
    has_french: String,
    #[serde(default, deserialize_with = "text_or_number")]
    hours1: String,
    #[serde(default, deserialize_with = "text_or_number")]
    hours2: String,
    #[serde(default, deserialize_with = "text_or_number")]
    hours3: String,
    #[serde(default, deserialize_with = "text_or_number")]
    hours4: String,
    #[serde(default, deserialize_with = "text_or_number")]
    catchment_id: String,
    #[serde(default, deserialize_with = "text_or_number")]
    storefront_id: String,
    /// The feature's Point (a null geometry is `None`: the point is kept, placed later by
    /// the geocoder; another geometry type makes the feature unreadable).
    #[serde(default, deserialize_with = "geojson::de::deserialize_optional_geometry")]
    geometry: Option<geo::Point<f64>>,
}

impl Source for WorkBc {
    const DATASET: DatasetId = DatasetId::WorkBc;
    const PATH: &'static str = PATH;
    const FORMAT: Format = Format::GeoJson;
    type Row = Row;

    fn record(&self, row: &Row) -> Option<String> {
        (!row.catchment_id.is_empty() && !row.storefront_id.is_empty())
            .then(|| format!("{}-{}", row.catchment_id, row.storefront_id))
    }

    fn point(&self, row: Row, cx: &mut Cx<'_>) -> Result<Point, Reject> {
        let record = cx.record().to_owned();
        let name = non_empty(&row.name).ok_or(Reject::new("no-name", "empty name"))?;

        let mut raw_address = row.address;
        if raw_address.contains('\u{fffd}') {
            cx.issue(Severity::Warning, "garbled-character", "U+FFFD in the address replaced by \"-\"");
            raw_address = raw_address.replace('\u{fffd}', "-");
        }
        let address = split_address(&raw_address);
        let from_name = name.strip_prefix("WorkBC Centre - ").and_then(non_empty);
        let community = address
            .city
            .clone()
            .or(from_name)
            .ok_or(Reject::new("no-community", "no city in the address or the name"))?;

        let province = Province::BC;
        let id = format!("wbc-{}", record.replace(' ', "-"));
        let mut p = cx.point(id, NetworkId::WorkBc, PointKind::EmploymentCentre, Text::en(name), community, province);
        p.address.street = address.street;
        p.address.city = address.city;
        p.address.postal_code = address.postal.and_then(|raw| cx.postal_code(&raw, province));

        let [lon, lat] = row.geometry.map_or([None, None], |g| [Some(g.x()), Some(g.y())]);
        if let Some(pos) = cx.checked_position(lat, lon, &format!("{lat:?}, {lon:?}")) {
            set_source_position(&mut p, pos);
        }

        p.languages = match row.has_french.to_ascii_uppercase().as_str() {
            "Y" => Languages::BOTH,
            "N" => Languages::EN,
            other => {
                cx.issue(Severity::Warning, "unknown-languages", format!("hasFrench \"{other}\""));
                Languages::UNKNOWN
            }
        };
        p.phone = non_empty(&row.phone);
        p.website = non_empty(&row.website).map(Text::en).unwrap_or_default();

        let lines: Vec<&str> = [&row.hours1, &row.hours2, &row.hours3, &row.hours4]
            .into_iter()
            .map(String::as_str)
            .filter(|l| !l.eq_ignore_ascii_case("n/a"))
            .collect();
        p.hours = cx.hours(&lines, Locale::En);
        Ok(p)
    }
}

/// The parts of a one-line address.
#[derive(Debug, Default, PartialEq)]
struct SplitAddress {
    street: Option<String>,
    city: Option<String>,
    /// The postal-code part as written (checked by the caller).
    postal: Option<String>,
}

/// Splits "street, City, BC A1A 1A1" (see the module documentation).
fn split_address(address: &str) -> SplitAddress {
    let mut parts: Vec<String> = address
        .split(',')
        .map(clean)
        .filter(|p| !p.is_empty() && !matches!(fold(p).as_str(), "bc" | "british columbia"))
        .collect();
    let mut postal = None;
    if let Some(last) = parts.last() {
        let candidate = last.strip_prefix("BC").unwrap_or(last).trim().to_owned();
        if parts.len() > 1 && looks_like_postal(&candidate) {
            postal = Some(candidate);
            parts.pop();
        }
    }
    let city_at = (1..parts.len()).rev().find(|&i| !is_unit(&parts[i]));
    let city = city_at.map(|i| parts.remove(i));
    let street = (!parts.is_empty()).then(|| parts.join(", "));
    SplitAddress { street, city, postal }
}

/// True for an address part that names a unit ("Unit 310", "Suite 170", "#2", "12").
fn is_unit(part: &str) -> bool {
    let f = fold(part);
    let first = f.split(' ').next().unwrap_or("");
    part.trim_start().starts_with('#')
        || matches!(first, "unit" | "suite" | "ste" | "room" | "floor" | "bureau")
        || f.bytes().all(|b| b.is_ascii_digit() || b == b' ')
}

/// Six letters and digits, alternating, once spaces are removed: a postal code's shape
/// (whether it is a valid one is checked by the caller).
fn looks_like_postal(s: &str) -> bool {
    let compact: Vec<char> = s.chars().filter(|c| !c.is_whitespace()).collect();
    compact.len() == 6
        && compact
            .iter()
            .enumerate()
            .all(|(i, c)| if i % 2 == 0 { c.is_ascii_alphabetic() } else { c.is_ascii_digit() })
}

#[cfg(test)]
mod tests {
    use super::super::parse;
    use super::super::testing::*;
    use super::*;
    use crate::domain::geo::LatLon;
    use crate::domain::hours::Hours;
    use crate::domain::model::{Category, Confidence, Geocode, GeocodeMethod, Provenance};
    use crate::domain::tz::TimeZone;
    use crate::pipeline::{Severity, SourceOutput};

    fn out() -> SourceOutput {
        parse(&WorkBc, &fixture(PATH), stand_in_hours).expect("fixture parses")
    }

    #[test]
    fn fixture_points_and_issues() {
        let out = out();
        check_invariants(&out);
        assert_eq!(out.tally.rows_in, 10);
        let ids: Vec<&str> = out.points.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(
            ids,
            ["wbc-01-1", "wbc-02-1", "wbc-05-1", "wbc-10-1", "wbc-16-1", "wbc-18-1", "wbc-41-1", "wbc-99-9"]
        );
        let k = |r: &str, s, c: &str| (r.to_owned(), s, c.to_owned());
        assert_eq!(
            issue_keys(&out),
            [
                k("01-1", Severity::Downgraded, "hours-unparsed"),
                k("02-1", Severity::Downgraded, "hours-unparsed"),
                k("10-1", Severity::Downgraded, "hours-unparsed"),
                k("10-1", Severity::Warning, "garbled-character"),
                k("16-1", Severity::Downgraded, "hours-unparsed"),
                k("18-1", Severity::Downgraded, "hours-unparsed"),
                k("18-1", Severity::Warning, "garbled-character"),
                k("41-1", Severity::Downgraded, "hours-unparsed"),
                k("99-8", Severity::Rejected, "no-name"),
                k("99-9", Severity::Downgraded, "bad-coordinates"),
                k("99-9", Severity::Downgraded, "postal-code-province-mismatch"),
                k("99-9", Severity::Warning, "unknown-languages"),
                // A geometry that is not GeoJSON ("coordinates": null): the feature cannot be read.
                k("row 8", Severity::Rejected, "malformed-row"),
            ]
        );
    }

    #[test]
    fn campbell_river() {
        let out = out();
        let p = point(&out, "wbc-01-1");
        assert_eq!(p.network, NetworkId::WorkBc.index());
        assert_eq!(p.kind, PointKind::EmploymentCentre);
        assert_eq!(p.name, Text::en("WorkBC Centre - Campbell River"));
        assert_eq!(p.address.street.as_deref(), Some("920 Alder Street"));
        assert_eq!(p.address.city.as_deref(), Some("Campbell River"));
        assert_eq!(p.address.postal_code.as_deref(), Some("V9W 2P8"));
        assert_eq!((p.community.as_str(), p.province), ("Campbell River", Province::BC));
        assert_eq!(p.pos, Some(LatLon::new(50.0240613, -125.2434889)));
        assert_eq!(p.geocode, Geocode { method: GeocodeMethod::Source, confidence: Confidence::High });
        assert_eq!(p.tz, TimeZone::Vancouver);
        assert_eq!(p.languages, Languages::EN);
        assert_eq!(p.phone.as_deref(), Some("250-286-3441"));
        assert_eq!(p.website, Text::en("https://workbc.ca/WorkBC-Centres/Vancouver-Island-Coast/Campbell-River.aspx"));
        assert_eq!(
            p.hours,
            Hours::Text(Text::en(
                "8:30 am to 4:30 pm Monday, Tuesday, Thursday, Friday\n8:30 am to 6:00 pm Wednesday\nStatutory Holidays - Closed"
            ))
        );
        assert_eq!(p.categories.iter().collect::<Vec<_>>(), [Category::Employment]);
        assert_eq!(p.sources, [Provenance { dataset: DatasetId::WorkBc.index(), record: "01-1".into() }]);
    }

    #[test]
    fn addresses() {
        let out = out();
        let courtenay = point(&out, "wbc-02-1");
        assert_eq!(courtenay.address.postal_code.as_deref(), Some("V9N 1H3"));
        assert_eq!(courtenay.languages, Languages::BOTH);
        let nv = point(&out, "wbc-10-1");
        assert_eq!(nv.address.street.as_deref(), Some("Unit 106 - 980 West 1St Street"));
        assert_eq!(nv.address.postal_code.as_deref(), Some("V7P 3N4"));
        let delta = point(&out, "wbc-18-1");
        assert_eq!(delta.address.street.as_deref(), Some("11861 - 88th Avenue, Unit 310"));
        assert_eq!(delta.address.city.as_deref(), Some("Delta"));
        assert_eq!(delta.community, "Delta");
        let maple = point(&out, "wbc-16-1");
        assert_eq!(maple.address.street.as_deref(), Some("22470 Dewdney Trunk Road, Suite 170"));
        assert_eq!(maple.address.city.as_deref(), Some("Maple Ridge"));
    }

    #[test]
    fn hours_variants() {
        let out = out();
        // Understood by the stand-in parser (empty lines skipped).
        assert_eq!(point(&out, "wbc-05-1").hours, Hours::Weekly(weekday_schedule()));
        // "n/a" is dropped.
        assert_eq!(
            point(&out, "wbc-41-1").hours,
            Hours::Text(Text::en("8:30 am to 6:00 pm Monday to Friday\nStatutory Holidays - Closed"))
        );
        // Empty lines and "n/a" only: no hours.
        assert_eq!(point(&out, "wbc-99-9").hours, Hours::Unknown);
    }

    #[test]
    fn odd_feature() {
        let out = out();
        let p = point(&out, "wbc-99-9");
        assert_eq!(p.pos, None);
        assert_eq!(p.geocode, Geocode::NONE);
        assert_eq!(p.address.postal_code, None);
        assert_eq!(p.community, "Test Town");
        assert_eq!(p.languages, Languages::UNKNOWN);
        assert_eq!(p.website, Text::default());
        assert_eq!(p.phone.as_deref(), Some("250 555-0100"));
    }

    #[test]
    fn split_addresses() {
        let s = |a: &str| {
            let x = split_address(a);
            (x.street, x.city, x.postal)
        };
        let o = |v: &str| Some(v.to_owned());
        assert_eq!(
            s("920 Alder Street, Campbell River, BC V9W 2P8"),
            (o("920 Alder Street"), o("Campbell River"), o("V9W 2P8"))
        );
        assert_eq!(s("639B Main St., Lillooet, V0K 1V0"), (o("639B Main St."), o("Lillooet"), o("V0K 1V0")));
        assert_eq!(s("1 Road, Town, BC, V0K 1V0"), (o("1 Road"), o("Town"), o("V0K 1V0")));
        assert_eq!(s("1 Road, Town"), (o("1 Road"), o("Town"), None));
        assert_eq!(
            s("808 Alpine Avenue, 100 Mile House, BC V0K 2E0"),
            (o("808 Alpine Avenue"), o("100 Mile House"), o("V0K 2E0"))
        );
        assert_eq!(s("1 Road, Town, #2, V0K 1V0"), (o("1 Road, #2"), o("Town"), o("V0K 1V0")));
        assert_eq!(s(""), (None, None, None));
    }

    #[test]
    fn not_geojson_is_a_file_error() {
        assert!(parse(&WorkBc, b"{\"type\": \"Feature\"}", stand_in_hours).is_err());
        assert!(parse(&WorkBc, b"not json", stand_in_hours).is_err());
    }
}
