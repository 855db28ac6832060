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
use crate::domain::facts::{Access, PassportServices};
use crate::domain::geo::LatLon;
use crate::domain::hours::{Hours, Schedule};
use crate::domain::model::{
    Address, Categories, Confidence, Geocode, GeocodeMethod, Languages, Point, PointKind, Provenance, Province, Text,
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
            id,
            network: network.index(),
            kind,
            name,
            address: Address::default(),
            community,
            province,
            pos: None,
            geocode: Geocode::NONE,
            tz: TimeZone::for_point(province, None),
            languages: Languages::UNKNOWN,
            phone: None,
            website: Text::default(),
            hours: Hours::Unknown,
            categories: network_categories(network),
            services: Text::default(),
            caveats: Vec::new(),
            sources: vec![Provenance { dataset: self.dataset.index(), record: self.record.to_owned() }],
            access: Access::NOT_REPORTED,
            passport: PassportServices::NONE,
            closures: Vec::new(),
            notes: Vec::new(),
            as_of: None,
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
pub(crate) mod testing {
    //! Helpers shared by the parsers' tests.
    use super::*;
    use crate::domain::hours::Span;

    /// Reads a fixture under `tests/fixtures/sources/`.
    pub(crate) fn fixture(path: &str) -> Vec<u8> {
        let full = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sources").join(path);
        std::fs::read(&full).unwrap_or_else(|e| panic!("{}: {e}", full.display()))
    }

    /// The schedule [`stand_in_hours`] returns.
    pub(crate) fn weekday_schedule() -> Schedule {
        let mut s = Schedule::default();
        for day in s.days.iter_mut().take(5) {
            day.push(Span { open: 510, close: 990 });
        }
        s
    }

    /// Lines [`stand_in_hours`] understands (real lines of the fixtures).
    pub(crate) const KNOWN_HOURS: &[&str] = &[
        "Monday to Friday 8:30 a.m. to 4:30 p.m. (2015); pilot open until 5:30 p.m. from Jan 4, 2016",
        "OPEN: Monday - Friday (8:30am - 4:30pm)",
        "CLOSED: Weekends and Holidays",
    ];

    /// A deterministic stand-in for `hours_text::parse` (which another module owns), so
    /// that these tests do not depend on it: every line in [`KNOWN_HOURS`] gives
    /// [`weekday_schedule`], anything else is not understood.
    pub(crate) fn stand_in_hours(lines: &[&str]) -> Option<Schedule> {
        lines.iter().all(|l| KNOWN_HOURS.contains(l)).then(weekday_schedule)
    }

    /// Issues as (record, severity, code), sorted, for exact comparisons.
    pub(crate) fn issue_keys(out: &SourceOutput) -> Vec<(String, Severity, String)> {
        let mut v: Vec<_> = out.issues.iter().map(|i| (i.record.clone(), i.severity, i.code.clone())).collect();
        v.sort();
        v
    }

    /// The point with this id.
    pub(crate) fn point<'a>(out: &'a SourceOutput, id: &str) -> &'a Point {
        out.points.iter().find(|p| p.id == id).unwrap_or_else(|| panic!("no point {id}"))
    }

    /// Checks the `SourceOutput` invariant and that ids are unique.
    pub(crate) fn check_invariants(out: &SourceOutput) {
        let t = out.tally;
        assert!(t.is_balanced(), "rows_in = kept + merged + rejected: {t:?}");
        assert_eq!(t.kept, out.points.len(), "kept = points");
        let rejections = out.issues.iter().filter(|i| i.severity == Severity::Rejected).count();
        assert_eq!(t.rejected, rejections, "one issue per rejected row");
        let ids: HashSet<&str> = out.points.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids.len(), out.points.len(), "ids unique");
        for p in &out.points {
            assert!(!p.community.is_empty(), "{} has a community", p.id);
            assert!(!p.name.is_empty(), "{} has a name", p.id);
            assert_eq!(p.sources.len(), 1);
            assert_eq!(p.sources[0].dataset, t.dataset.index());
        }
    }

    /// A `Cx` for a row "r" of the Montréal source, for tests of the shared checks.
    pub(crate) fn with_cx<T>(f: impl FnOnce(&mut Cx<'_>) -> T) -> (T, Ledger) {
        let mut ledger = Ledger::new(DatasetId::Montreal);
        let mut cx = Cx { ledger: &mut ledger, record: "r", dataset: DatasetId::Montreal, hours: stand_in_hours };
        (f(&mut cx), ledger)
    }
}

#[cfg(test)]
mod tests {
    use super::testing::*;
    use super::*;

    #[test]
    fn hours_wrapper() {
        assert_eq!(hours_with(&["", "  "], Locale::En, stand_in_hours), Hours::Unknown);
        assert_eq!(
            hours_with(&[" OPEN: Monday -  Friday (8:30am - 4:30pm)", ""], Locale::En, stand_in_hours),
            Hours::Weekly(weekday_schedule())
        );
        assert_eq!(
            hours_with(&["Tuesday and Thursday", "Statutory Holidays - Closed"], Locale::Fr, stand_in_hours),
            Hours::Text(Text::fr("Tuesday and Thursday\nStatutory Holidays - Closed"))
        );
    }

    #[test]
    fn address_lines() {
        assert_eq!(
            address_line("Chahko Mika Mall , Floor Main | 1125 Lakeside Drive").as_deref(),
            Some("Chahko Mika Mall, Floor Main, 1125 Lakeside Drive")
        );
        assert_eq!(address_line(" | , "), None);
    }

    #[test]
    fn slugs() {
        assert_eq!(slug("Kátł'odeeche First Nation"), "katl-odeeche-first-nation");
        assert_eq!(slug(" St. Stephen "), "saint-stephen");
    }

    #[test]
    fn postal_codes_checked_against_province() {
        let (codes, ledger) = with_cx(|cx| {
            [
                cx.postal_code("H9H\u{a0} 2X2", Province::QC),
                cx.postal_code(" \u{a0}", Province::QC),
                cx.postal_code("V3R 1V9", Province::NS),
                cx.postal_code("12345", Province::NS),
            ]
        });
        assert_eq!(codes, [Some("H9H 2X2".to_owned()), None, None, None]);
        let issues: Vec<_> = ledger.issues.iter().map(|i| i.code.as_str()).collect();
        assert_eq!(issues, ["postal-code-province-mismatch", "bad-postal-code"]);
    }

    #[test]
    fn positions_checked() {
        let (positions, ledger) = with_cx(|cx| {
            [cx.position("45.5", "-73.6"), cx.position("", " "), cx.position("0", "0"), cx.position("x", "-73")]
        });
        assert_eq!(positions, [Some(LatLon::new(45.5, -73.6)), None, None, None]);
        assert_eq!(ledger.issues.len(), 2);
        assert_eq!(ledger.tally.rows_in, 0, "checks do not count rows");
    }

    /// A source of two columns, to test what `parse` does for every source.
    struct Toy;

    #[derive(serde::Deserialize)]
    struct ToyRow {
        id: String,
        name: String,
    }

    impl Source for Toy {
        const DATASET: DatasetId = DatasetId::Montreal;
        const PATH: &'static str = "toy.csv";
        type Row = ToyRow;
        fn record(&self, row: &ToyRow) -> Option<String> {
            crate::domain::text::non_empty(&row.id)
        }
        fn point(&self, row: ToyRow, cx: &mut Cx<'_>) -> Result<Point, Reject> {
            let name = crate::domain::text::non_empty(&row.name).ok_or(Reject::new("no-name", "empty name"))?;
            let id = format!("toy-{}", cx.record());
            Ok(cx.point(id, NetworkId::Montreal, PointKind::CityHall, Text::fr(name), "Montréal".into(), Province::QC))
        }
    }

    #[test]
    fn every_row_is_kept_or_rejected_with_a_reason() {
        let csv = "id,name,other\n1,Mairie,x\n2,,x\n1,Encore,x\n3,Trop,de,champs\n,Sans id,x\n";
        let out = parse(&Toy, csv.as_bytes(), stand_in_hours).unwrap();
        check_invariants(&out);
        let ids: Vec<&str> = out.points.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, ["toy-1", "toy-row 5"]);
        assert_eq!(
            issue_keys(&out),
            [
                ("1".to_owned(), Severity::Rejected, "duplicate-id".to_owned()),
                ("2".to_owned(), Severity::Rejected, "no-name".to_owned()),
                ("row 4".to_owned(), Severity::Rejected, "malformed-row".to_owned()),
            ]
        );
        assert_eq!((out.tally.rows_in, out.tally.kept, out.tally.rejected), (5, 2, 3));
        assert_eq!(parse(&Toy, b"id,other\n1,2\n", stand_in_hours).unwrap_err(), "missing column \"name\"");
    }
}

/// The parsers on the real files (`#[ignore]`d: `scripts/test.sh` runs them with
/// `--ignored` when the sources are there; see [`crate::pipeline::real_sources`]).
#[cfg(test)]
mod real_data {
    use std::collections::{BTreeMap, HashSet};

    use super::*;
    use crate::domain::model::Caveat;
    use crate::pipeline::real_sources;

    fn per_network(out: &SourceOutput) -> BTreeMap<u16, usize> {
        let mut m = BTreeMap::new();
        for p in &out.points {
            *m.entry(p.network).or_default() += 1;
        }
        m
    }

    fn rejected(out: &SourceOutput) -> BTreeMap<String, usize> {
        let mut m = BTreeMap::new();
        for i in out.issues.iter().filter(|i| i.severity == Severity::Rejected) {
            *m.entry(i.code.clone()).or_default() += 1;
        }
        m
    }

    fn counts(list: &[(NetworkId, usize)]) -> BTreeMap<u16, usize> {
        list.iter().map(|(n, c)| (n.index(), *c)).collect()
    }

    fn codes(list: &[(&str, usize)]) -> BTreeMap<String, usize> {
        list.iter().map(|(c, n)| ((*c).to_owned(), *n)).collect()
    }

    #[test]
    #[ignore = "needs the real sources (../shared/data or $GUICHET_SOURCES)"]
    fn real_files() {
        let dir = real_sources();
        let sc = read(&service_canada::ServiceCanada, &dir).expect("service canada parses");
        let pr = read(&provincial::Provincial, &dir).expect("provincial parses");
        let wbc = read(&workbc::WorkBc, &dir).expect("workbc parses");
        let mtl = read(&montreal::Montreal, &dir).expect("montreal parses");
        let lib = read(&odcaf::Odcaf, &dir).expect("odcaf parses");
        let all = [&sc, &pr, &wbc, &mtl, &lib];

        let rows: Vec<usize> = all.iter().map(|o| o.tally.rows_in).collect();
        assert_eq!(rows, [595, 321, 102, 217, 3013]);
        for out in all {
            testing::check_invariants(out);
        }
        let mut ids = HashSet::new();
        for p in all.iter().flat_map(|o| &o.points) {
            assert!(ids.insert(p.id.as_str()), "duplicate id {}", p.id);
            assert!(!p.community.trim().is_empty(), "{} has no community", p.id);
        }
        for out in all {
            assert!(!out.issues.iter().any(|i| i.code == "duplicate-id"), "{:?}", out.tally.dataset);
        }

        assert_eq!(per_network(&sc), counts(&[(NetworkId::ServiceCanada, 595)]));
        assert!(rejected(&sc).is_empty());
        // The compiler's coordinates are never used.
        assert!(sc.points.iter().all(|p| p.pos.is_none()));

        // The 2026 list: 574 offices, every one kept (two records share no id), in both
        // languages; the 2024 list against it: its 15 NWT partners kept, 569 offices in the
        // 2026 list, 11 no longer listed.
        let (references, _) = crate::pipeline::geocode::Geocoder::load(&dir).expect("references");
        let postal = |c: &str| references.full_code(c);
        let all = read_all(&dir, &postal).expect("sources read");
        let now = &all.outputs[0];
        assert_eq!((now.tally.rows_in, now.points.len()), (574, 574));
        assert!(now.points.iter().all(|p| p.name.en.is_some() && p.name.fr.is_some() && p.address.street_fr.is_some()));
        let old = &all.outputs[1];
        assert_eq!(old.points.len(), 15);
        assert_eq!(all.retired.len(), 11);
        assert_eq!(old.issues.iter().filter(|i| i.code == "in-2026-list").count(), 569);
        let qc = &all.outputs[5];
        assert_eq!((qc.tally.rows_in, qc.points.len()), (54, 8));

        assert_eq!(
            per_network(&pr),
            counts(&[
                (NetworkId::ServiceOntario, 279),
                (NetworkId::ServiceNb, 12),
                (NetworkId::AccessNs, 13),
                (NetworkId::NwtSwsc, 12),
                (NetworkId::ServicesTno, 1),
                (NetworkId::ServiceBc, 4),
            ])
        );
        let caveat = |c: Caveat| pr.points.iter().filter(|p| p.caveats.contains(&c)).count();
        assert_eq!(caveat(Caveat::HistoricalAddress), 9);
        assert_eq!(caveat(Caveat::TemporaryServices), 9);
        assert_eq!(caveat(Caveat::TestFixture), 1);
        assert_eq!(caveat(Caveat::PartTime), 17);
        assert!(pr
            .points
            .iter()
            .filter(|p| p.id.starts_with("so-"))
            .all(|p| p.id[3..].bytes().all(|b| b.is_ascii_digit())));

        assert_eq!(per_network(&wbc), counts(&[(NetworkId::WorkBc, 102)]));
        assert!(wbc.points.iter().all(|p| p.pos.is_some() && p.address.postal_code.is_some()));

        assert_eq!(
            per_network(&mtl),
            counts(&[
                (NetworkId::ServiceCanada, 2),
                (NetworkId::ServicesQuebec, 12),
                (NetworkId::RevenuQuebec, 1),
                (NetworkId::Saaq, 1),
                (NetworkId::JusticeQuebec, 2),
                (NetworkId::SanteQuebec, 1),
                (NetworkId::Montreal, 40),
                (NetworkId::Libraries, 1),
            ])
        );
        assert_eq!(
            rejected(&mtl),
            codes(&[
                ("community-organization", 43),
                ("foreign-consulate", 40),
                ("international-organization", 1),
                ("library-in-odcaf-layer", 49),
                ("not-a-public-counter", 5),
                ("not-a-service-counter", 19),
            ])
        );
        assert!(mtl.points.iter().all(|p| p.pos.is_some()));

        assert_eq!(per_network(&lib), counts(&[(NetworkId::Libraries, 3011)]));
        assert_eq!(rejected(&lib), codes(&[("no-community", 1), ("no-name", 1)]));
        // The Montréal library kept because ODCAF's record of it has no name.
        assert!(lib.issues.iter().any(|i| i.record == "886" && i.code == "no-name"));
        assert!(mtl.points.iter().any(|p| p.id == "mtl-2446"));
    }
}
