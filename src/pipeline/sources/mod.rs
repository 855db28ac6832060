//! One module per service-point source. A source is a type implementing [`Source`]: it
//! names its file and dataset, declares its row type (a serde struct read by header name,
//! or the properties of a GeoJSON feature) and maps one row to a [`Point`] or rejects it
//! with a reason. Everything else is done once, here, by [`parse`]: reading the file,
//! counting every row in the source's [`Ledger`], rejecting unreadable rows and duplicate
//! ids, and giving the mapping a [`Cx`] with the checks every source shares.
//!
//! Parsers normalise what the source says and nothing more: positions come from the
//! source only when the source itself gives coordinates for the record; geocoding,
//! time zones, validation and merging happen later (`pipeline::run`).
//!
//! Shared conventions, through [`Cx`]:
//! - every row yields exactly one [`Point`] or one rejection (`rows_in = kept + rejected`
//!   here; the merge later moves rows from kept to merged);
//! - a postal code is kept only when it is a valid Canadian code whose first letter
//!   belongs to the row's province ([`Cx::postal_code`]); otherwise it is dropped
//!   with a `Downgraded` issue, so the geocoder is never misled;
//! - source coordinates are kept only when they parse and fall in Canada's bounding box
//!   ([`Cx::position`]), with `Geocode { Source, High }`;
//! - free-text hours go through [`Cx::hours`]; text that does not parse is kept verbatim
//!   as `Hours::Text` with a `Downgraded` "hours-unparsed" issue.
use std::collections::HashSet;
use std::path::Path;

use serde::de::DeserializeOwned;

use super::{hours_text, table, DatasetId, Ledger, NetworkId, PipelineError, Severity, SourceOutput};
use crate::domain::geo::LatLon;
use crate::domain::hours::{Hours, Schedule};
use crate::domain::model::{
    Categories, Confidence, Geocode, GeocodeMethod, Languages, Point, PointKind, Provenance, Province, Text,
};
use crate::domain::text::{clean, fold, postal_code};
use crate::domain::tz::TimeZone;
use crate::i18n::Locale;

pub mod montreal;
pub mod odcaf;
pub mod provincial;
pub mod quebec_city;
pub mod service_canada;
pub mod service_canada_2026;
pub mod services;
pub mod workbc;

/// Every service-point source under `dir`, and the offices the sources no longer list
/// (the 2024 Service Canada list's offices absent from the 2026 one).
pub struct Read {
    pub outputs: Vec<SourceOutput>,
    pub retired: Vec<Point>,
}

/// Reads every service-point source under `dir`; `postal` is the geocoder's full postal
/// code lookup (the 2026 Service Canada list places some rows at their postal code).
pub fn read_all(dir: &Path, postal: service_canada_2026::PostalLookup<'_>) -> Result<Read, PipelineError> {
    let sc = service_canada_2026::ServiceCanada2026::load(dir, postal)?;
    let mut current = read(&sc, dir)?;
    sc.report_orphans(&mut current);
    let (old, retired) = service_canada::reconcile(read(&service_canada::ServiceCanada, dir)?, &mut current);
    Ok(Read {
        outputs: vec![
            current,
            old,
            read(&provincial::Provincial, dir)?,
            read(&workbc::WorkBc, dir)?,
            read(&montreal::Montreal, dir)?,
            read(&quebec_city::QuebecCity, dir)?,
            read(&odcaf::Odcaf, dir)?,
        ],
        retired,
    })
}

/// How a source's file is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// CSV with a header row; the row type's fields name the columns it reads.
    Csv,
    /// A GeoJSON FeatureCollection; the row type's fields are the feature's properties,
    /// plus a `geometry` field (`geojson::de::deserialize_optional_geometry`).
    GeoJson,
}

/// What to do with a second row whose point id is already taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Duplicates {
    /// Ids come from the source's own keys: a repeated key is a source error, rejected
    /// ("duplicate-id").
    Reject,
    /// Ids are made from names (slugs): a second office of the same name gets `-2`, `-3`…
    /// with a warning.
    Suffix,
}

/// A source of service points.
pub trait Source {
    /// The dataset (licence, attribution, provenance index).
    const DATASET: DatasetId;
    /// The file inside the sources directory.
    const PATH: &'static str;
    const FORMAT: Format = Format::Csv;
    const DUPLICATES: Duplicates = Duplicates::Reject;
    /// One row as the file has it.
    type Row: DeserializeOwned;
    /// The row's id in its source (provenance and issues); `None` gives "row N".
    fn record(&self, row: &Self::Row) -> Option<String>;
    /// The point of a row, or why the row is rejected. `self` holds what the source read
    /// besides its rows (another file of the same dataset, say); most sources hold nothing.
    fn point(&self, row: Self::Row, cx: &mut Cx<'_>) -> Result<Point, Reject>;
}

/// Why a row is rejected: a stable code and a detail for the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reject {
    pub code: &'static str,
    pub detail: String,
}

impl Reject {
    pub fn new(code: &'static str, detail: impl Into<String>) -> Reject {
        Reject { code, detail: detail.into() }
    }
}

/// A parser of free-text hours lines (`hours_text::parse`, or a stand-in in tests).
pub type HoursParser = fn(&[&str]) -> Option<Schedule>;

/// Reads and parses `source`'s file under the sources directory `dir`.
pub fn read<S: Source>(source: &S, dir: &Path) -> Result<SourceOutput, PipelineError> {
    let path = dir.join(S::PATH);
    parse(source, &super::read_file(&path)?, hours_text::parse).map_err(|m| PipelineError::format(&path, m))
}

/// Parses `S`'s file. `Err` only when the file as a whole is unusable (not UTF-8, not
/// GeoJSON, a column missing); every row is kept or rejected with its reason.
pub fn parse<S: Source>(source: &S, bytes: &[u8], hours: HoursParser) -> Result<SourceOutput, String> {
    let rows = match S::FORMAT {
        Format::Csv => table::rows::<S::Row>(bytes)?,
        Format::GeoJson => geojson_rows::<S::Row>(bytes)?,
    };
    let mut ledger = Ledger::new(S::DATASET);
    let mut points: Vec<Point> = Vec::new();
    let mut ids: HashSet<String> = HashSet::new();
    for (number, row) in rows {
        let row = match row {
            Ok(row) => row,
            Err(why) => {
                ledger.reject(format!("row {number}"), "malformed-row", why);
                continue;
            }
        };
        let record = source.record(&row).unwrap_or_else(|| format!("row {number}"));
        let mut cx = Cx { ledger: &mut ledger, record: &record, dataset: S::DATASET, hours };
        let mut point = match source.point(row, &mut cx) {
            Ok(point) => point,
            Err(Reject { code, detail }) => {
                ledger.reject(&record, code, detail);
                continue;
            }
        };
        if ids.contains(&point.id) {
            match S::DUPLICATES {
                Duplicates::Reject => {
                    ledger.reject(&record, "duplicate-id", format!("id {} already used by an earlier row", point.id));
                    continue;
                }
                Duplicates::Suffix => {
                    let base = point.id.clone();
                    let n = (2..).find(|n| !ids.contains(&format!("{base}-{n}"))).expect("a free suffix");
                    point.id = format!("{base}-{n}");
                    let detail = format!("id {base} already used; this row gets {}", point.id);
                    ledger.issue(&record, Severity::Warning, "duplicate-id", detail);
                }
            }
        }
        ids.insert(point.id.clone());
        ledger.keep();
        points.push(point);
    }
    Ok(SourceOutput { points, tally: ledger.tally, issues: ledger.issues })
}

/// The features of a GeoJSON FeatureCollection as rows of `T` (properties and geometry,
/// `geojson::de`), numbered from 1. A feature that is not valid GeoJSON is a row error of
/// its own; the file is an error only when it is not a FeatureCollection.
fn geojson_rows<T: DeserializeOwned>(bytes: &[u8]) -> Result<table::Rows<T>, String> {
    #[derive(serde::Deserialize)]
    struct Collection {
        #[serde(rename = "type")]
        kind: String,
        features: Vec<serde_json::Value>,
    }
    let doc: Collection = serde_json::from_slice(bytes).map_err(|e| format!("not a GeoJSON FeatureCollection: {e}"))?;
    if doc.kind != "FeatureCollection" {
        return Err(format!("a GeoJSON {}, not a FeatureCollection", doc.kind));
    }
    // `geojson::de::from_feature` refuses a feature whose geometry is null (valid GeoJSON:
    // a record without a position), so the row is built from the validated feature here:
    // its properties, plus `geometry` when it has one.
    let row = |value| -> Result<T, String> {
        let feature: geojson::Feature = serde_json::from_value(value).map_err(|e| e.to_string())?;
        let mut fields = feature.properties.unwrap_or_default();
        if let Some(geometry) = feature.geometry {
            fields.insert("geometry".to_owned(), serde_json::to_value(geometry).map_err(|e| e.to_string())?);
        }
        serde_json::from_value(serde_json::Value::Object(fields)).map_err(|e| e.to_string())
    };
    Ok(doc.features.into_iter().enumerate().map(|(i, v)| (i + 1, row(v))).collect())
}

/// What a source's mapping of one row can use: the row's record id, its issues and the
/// checks every source shares.
pub struct Cx<'a> {
    ledger: &'a mut Ledger,
    record: &'a str,
    dataset: DatasetId,
    hours: HoursParser,
}

impl<'a> Cx<'a> {
    /// A context for a row `record` of the Montréal source with the stand-in hours parser
    /// (tests of a source's own helpers).
    #[cfg(test)]
    pub(crate) fn for_tests(ledger: &'a mut Ledger, record: &'a str) -> Cx<'a> {
        Cx { ledger, record, dataset: DatasetId::Montreal, hours: testing::stand_in_hours }
    }

    /// The row's id in its source.
    pub fn record(&self) -> &str {
        self.record
    }

    /// Records an issue about this (kept) row.
    pub fn issue(&mut self, severity: Severity, code: &str, detail: impl Into<String>) {
        self.ledger.issue(self.record, severity, code, detail);
    }

    /// A point with the fields every source sets, and empty defaults for the rest (no
    /// position, unknown languages and hours, the network's categories), this row as its
    /// provenance.
    pub fn point(
        &self,
        id: String,
        network: NetworkId,
        kind: PointKind,
        name: Text,
        community: String,
        province: Province,
    ) -> Point {
        Point {
            kind,
            name,
            community,
            province,
            tz: TimeZone::for_point(province, None),
            languages: Languages::UNKNOWN,
            categories: network_categories(network),
            sources: vec![Provenance { dataset: self.dataset.index(), record: self.record.to_owned() }],
            ..Point::bare(id, network.index(), None)
        }
    }

    /// A normalised postal code for a row in `province`: `None` (with a `Downgraded`
    /// issue) when the text is not a Canadian postal code or belongs to another province.
    pub fn postal_code(&mut self, raw: &str, province: Province) -> Option<String> {
        let raw = clean(raw);
        if raw.is_empty() {
            return None;
        }
        match postal_code(&raw) {
            None => {
                self.issue(Severity::Downgraded, "bad-postal-code", format!("\"{raw}\" is not a postal code"));
                None
            }
            Some(code) if !province.postal_letters().contains(&code.as_bytes()[0]) => {
                let detail = format!("postal code {code} is not one of {}; dropped", province.code());
                self.issue(Severity::Downgraded, "postal-code-province-mismatch", detail);
                None
            }
            Some(code) => Some(code),
        }
    }

    /// Coordinates given by the source as text: `None` when both are empty, and `None`
    /// with a `Downgraded` issue when they do not parse or fall outside Canada.
    pub fn position(&mut self, lat: &str, lon: &str) -> Option<LatLon> {
        let (lat, lon) = (lat.trim(), lon.trim());
        if lat.is_empty() && lon.is_empty() {
            return None;
        }
        self.checked_position(lat.parse().ok(), lon.parse().ok(), &format!("({lat}, {lon})"))
    }

    /// Coordinates given by the source as numbers (`shown` describes them for the issue):
    /// `None` with a `Downgraded` issue when one is missing or they fall outside Canada.
    pub fn checked_position(&mut self, lat: Option<f64>, lon: Option<f64>, shown: &str) -> Option<LatLon> {
        match (lat, lon) {
            (Some(la), Some(lo)) if LatLon::new(la, lo).in_canada_bbox() => Some(LatLon::new(la, lo)),
            _ => {
                let detail = format!("coordinates {shown} unusable; position left to the geocoder");
                self.issue(Severity::Downgraded, "bad-coordinates", detail);
                None
            }
        }
    }

    /// Opening hours from the source's hours lines, in language `lang`: `Unknown` when
    /// every line is empty, a weekly schedule when the hours parser understands all the
    /// lines, else the lines verbatim (joined by newlines) as `Hours::Text`, with a
    /// `Downgraded` "hours-unparsed" issue.
    pub fn hours(&mut self, lines: &[&str], lang: Locale) -> Hours {
        let hours = hours_with(lines, lang, self.hours);
        if let Hours::Text(_) = hours {
            self.issue(Severity::Downgraded, "hours-unparsed", "hours kept as text");
        }
        hours
    }
}

/// Opening hours from hours lines (see [`Cx::hours`]), with the parser given.
pub fn hours_with(lines: &[&str], lang: Locale, parser: HoursParser) -> Hours {
    let lines: Vec<String> = lines.iter().map(|l| clean(l)).filter(|l| !l.is_empty()).collect();
    if lines.is_empty() {
        return Hours::Unknown;
    }
    let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
    match parser(&refs) {
        Some(schedule) => Hours::Weekly(schedule),
        None => {
            let text = lines.join("\n");
            Hours::Text(match lang {
                Locale::En => Text::en(text),
                Locale::Fr => Text::fr(text),
            })
        }
    }
}

/// Sets a position given by the source itself for this record (and the zone with it).
pub(crate) fn set_source_position(point: &mut Point, pos: LatLon) {
    point.pos = Some(pos);
    point.geocode = Geocode { method: GeocodeMethod::Source, confidence: Confidence::High };
    point.tz = TimeZone::for_point(point.province, point.pos);
}

/// A URL-safe slug of a name: folded (no accents, lower case, "St" → "saint") and
/// words joined by hyphens. "Kátł'odeeche First Nation" → "katl-odeeche-first-nation".
pub fn slug(s: &str) -> String {
    fold(s).replace(' ', "-")
}

/// An address line from parts separated by commas or "|" (a line break in some sources):
/// parts trimmed, empty ones dropped, joined by ", ". `None` when nothing is left.
///
/// "Chahko Mika Mall , Floor Main | 1125 Lakeside Drive" →
/// "Chahko Mika Mall, Floor Main, 1125 Lakeside Drive".
pub fn address_line(s: &str) -> Option<String> {
    let parts: Vec<String> = s.split([',', '|']).map(clean).filter(|p| !p.is_empty()).collect();
    (!parts.is_empty()).then(|| parts.join(", "))
}

/// The categories a whole network offers.
pub(crate) fn network_categories(network: NetworkId) -> Categories {
    network.network().categories
}

/// A text or a number in a GeoJSON property, as text (`serde(deserialize_with)`); null or
/// absent is empty.
pub(crate) fn text_or_number<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    #[derive(serde::Deserialize)]
    #[serde(untagged)]
    enum Value {
        Text(String),
        Number(serde_json::Number),
        Null(()),
    }
    Ok(match <Option<Value> as serde::Deserialize>::deserialize(d)? {
        Some(Value::Text(s)) => clean(&s),
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::Null(())) | None => String::new(),
    })
}

#[cfg(test)]
pub(crate) mod testing;

#[cfg(test)]
mod tests;

#[cfg(test)]
mod real_data;
