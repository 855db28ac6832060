//! Source: `service_points/service_canada_offices_2026.csv` with its details,
//! `service_points/service_canada_offices_2026_details.csv` (see ../shared/data/SOURCES.md,
//! sections 8 and 11).
//!
//! All 574 Service Canada points of service of the official office finder, crawled on
//! 2026-09-30: bilingual names and addresses, postal codes, coordinates with their
//! precision, time zones, languages; and, by `office_id`, the details: sign languages,
//! wheelchair access, parking, weekly hours, lunch, dated outreach visits, passport
//! service levels, biometrics, and (JSON in `other_fields`) monthly visit patterns,
//! closures, closed days, appointment-only and access notes. Where the two files overlap
//! (hours, passport, biometrics) the details file is the authority.
//!
//! Rules:
//! - id `sc-<office_id>` (the finder's office code, as in the 2024 list, so old links
//!   keep working); provenance record = `office_id`; a second row with the same id is
//!   rejected ("duplicate-id").
//! - kind: `scc` service centre, `scc-passport` service centre with passports,
//!   `passport` passport office, `outreach` outreach site; another kind is rejected
//!   ("unknown-kind").
//! - names and addresses in both languages as the finder writes them (address lines joined
//!   with ", "); community = `city_en`.
//! - position, by the file's `geocode_precision` and `qa_flag`:
//!   * `coords_wrong_in_source`: the point of the full postal code (GeoNames), with a
//!     `Downgraded` "coords-wrong-in-source" issue; no postal point: left to the geocoder;
//!   * `coords_suspect`: the source's point, low confidence (shown as approximate), with
//!     a `Downgraded` "coords-suspect" issue;
//!   * `city`: the full postal code's point when GeoNames has one that is not a placeholder
//!     shared by other places' codes; else the source's point as the community's
//!     (approximate, `Downgraded` "city-position");
//!   * `postal`: the source's point, as a postal code's;
//!   * `address`: the source's point, building level.
//!
//!   Coordinates that do not parse or fall outside Canada: the postal code's point, else
//!   the geocoder ("bad-coordinates").
//! - time zone: `time_zone` (IANA); an unknown name falls back to the province's.
//! - hours, from the details: `weekly` (day 1 = Monday) with `lunch` cut out of each
//!   day's span, closed on statutory holidays (federal offices are); `monthly` patterns
//!   (`[[weeks], weekday, open, close]`, weekday 1 = Monday); `dated_visits`; an
//!   outreach site with none of these has no visit scheduled. A time range that does not
//!   increase ("08:30-04:00") is impossible: dropped with a `Downgraded`
//!   "impossible-time" issue, never shown as hours.
//! - access: `wheelchair` true → yes (the source never says false: empty is "not
//!   reported"); `parking` free or paid; `sign_languages` names the sign languages offered
//!   (the other is then "no"; empty: both not reported).
//! - passport levels from `passport` (`mail20`, `pickup10`, `express`, `urgent`): any
//!   level adds the passports category; `biometrics` adds the biometrics category;
//!   `express_days` "min-max" becomes a note.
//! - `other_fields`: `closure` {from, to, cause{en, fr}} and `closedOn` (a list of days) are
//!   temporary closures; `apptOnly` {phone} and `note` {en, fr} are notes; `monthly` is
//!   read above; another key is reported ("unknown-field").
//! - languages from `languages` (`en`, `fr`, `en;fr`); website: the office's pages.
//! - every point is as of the crawl, 2026-09-30.
//! - its host and partnership from the address lines, `notes` and the finder's note, by
//!   the rules of `data/collaboration/rules.csv` (`pipeline::collaboration`).
use std::collections::BTreeMap;

use serde::Deserialize;

use super::{Cx, Reject, Source};
use crate::domain::facts::{Access, Closure, Fact, Note, Parking, PassportLevel};
use crate::domain::geo::LatLon;
use crate::domain::hours::{Hours, MonthlyRule, Schedule, Span, Visit};
use crate::domain::model::{
    Categories, Category, Confidence, Geocode, GeocodeMethod, Languages, Point, PointKind, Province, Text,
};
use crate::domain::text::non_empty;
use crate::domain::tz::{days_from_civil, TimeZone};
use crate::pipeline::collaboration::{classify, Rules, Words};
use crate::pipeline::geocode::Located;
use crate::pipeline::{read_file, table, DatasetId, NetworkId, PipelineError, Severity};

/// Path of the office list inside the sources directory.
pub const PATH: &str = "service_points/service_canada_offices_2026.csv";
/// Path of the details file.
pub const DETAILS: &str = "service_points/service_canada_offices_2026_details.csv";
/// The day the finder was crawled: every point's "as of".
pub const AS_OF: (i64, u8, u8) = (2026, 9, 30);

/// The point of a full postal code, when known (`Geocoder::full_code`).
pub type PostalLookup<'a> = &'a dyn Fn(&str) -> Option<Located>;

/// The 2026 list, with its details by office id and a postal-code lookup.
pub struct ServiceCanada2026<'a> {
    details: BTreeMap<String, Details>,
    postal: PostalLookup<'a>,
    rules: Rules,
}

/// The columns read from the office list.
#[derive(Debug, Deserialize)]
pub struct Row {
    office_id: String,
    kind: String,
    province: String,
    name_en: String,
    name_fr: String,
    address_en: String,
    address_fr: String,
    city_en: String,
    city_fr: String,
    postal_code: String,
    latitude: String,
    longitude: String,
    geocode_precision: String,
    qa_flag: String,
    languages: String,
    time_zone: String,
    notes: String,
    source_url_en: String,
    source_url_fr: String,
}

/// The columns read from the details file.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Details {
    office_id: String,
    sign_languages: String,
    wheelchair: String,
    parking: String,
    weekly: String,
    lunch: String,
    dated_visits: String,
    passport: String,
    biometrics: String,
    express_days: String,
    other_fields: String,
}

/// What `other_fields` may hold.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Other {
    #[serde(default)]
    monthly: Vec<(Vec<u8>, u8, String, String)>,
    closure: Option<ClosureField>,
    #[serde(default)]
    closed_on: Vec<String>,
    appt_only: Option<ApptOnly>,
    note: Option<Bilingual>,
    #[serde(flatten)]
    unknown: BTreeMap<String, serde_json::Value>,
}

#[derive(Debug, Deserialize)]
struct ClosureField {
    from: String,
    to: Option<String>,
    #[serde(default)]
    cause: Bilingual,
}

#[derive(Debug, Default, Deserialize)]
struct Bilingual {
    en: Option<String>,
    fr: Option<String>,
}

#[derive(Debug, Deserialize)]
struct ApptOnly {
    phone: Option<String>,
}

impl<'a> ServiceCanada2026<'a> {
    /// Reads the details file under `dir`; `postal` places a row at its postal code.
    pub fn load(dir: &std::path::Path, postal: PostalLookup<'a>) -> Result<Self, PipelineError> {
        let path = dir.join(DETAILS);
        let details = Self::details(&read_file(&path)?).map_err(|m| PipelineError::format(&path, m))?;
        Ok(ServiceCanada2026 { details, postal, rules: Rules::embedded() })
    }

    /// The source with details parsed from bytes (tests).
    pub fn with_details(bytes: &[u8], postal: PostalLookup<'a>) -> Result<Self, String> {
        Ok(ServiceCanada2026 { details: Self::details(bytes)?, postal, rules: Rules::embedded() })
    }

    /// The details by office id; an unreadable row or a repeated id is an error of the
    /// file (the details are the authority for hours, which must not be guessed).
    fn details(bytes: &[u8]) -> Result<BTreeMap<String, Details>, String> {
        let mut out = BTreeMap::new();
        for (n, row) in table::rows::<Details>(bytes)? {
            let row = row.map_err(|e| format!("row {n}: {e}"))?;
            let id = row.office_id.trim().to_owned();
            if out.insert(id.clone(), row).is_some() {
                return Err(format!("row {n}: office {id} twice"));
            }
        }
        Ok(out)
    }

    /// Reports the details rows whose office is not in the list (`Warning`
    /// "details-without-office"): `out` is what the list gave.
    pub fn report_orphans(&self, out: &mut crate::pipeline::SourceOutput) {
        let read: std::collections::BTreeSet<&str> = out
            .points
            .iter()
            .flat_map(|p| p.sources.iter().map(|s| s.record.as_str()))
            .chain(out.issues.iter().map(|i| i.record.as_str()))
            .collect();
        let source = Self::DATASET.dataset().id;
        let orphans: Vec<&String> = self.details.keys().filter(|id| !read.contains(id.as_str())).collect();
        for id in orphans {
            let detail = "a details row for an office the list does not have";
            out.issues.push(crate::pipeline::RowIssue::new(
                &source,
                id.clone(),
                Severity::Warning,
                "details-without-office",
                detail,
            ));
        }
    }
}

impl Source for ServiceCanada2026<'_> {
    const DATASET: DatasetId = DatasetId::ServiceCanada2026;
    const PATH: &'static str = PATH;
    type Row = Row;

    fn record(&self, row: &Row) -> Option<String> {
        non_empty(&row.office_id)
    }

    fn point(&self, row: Row, cx: &mut Cx<'_>) -> Result<Point, Reject> {
        let id = non_empty(&row.office_id).ok_or(Reject::new("no-id", "no office_id"))?;
        let province = Province::parse(&row.province)
            .ok_or_else(|| Reject::new("unknown-province", format!("unknown province {:?}", row.province.trim())))?;
        let (kind, categories) = kind_of(&row.kind)
            .ok_or_else(|| Reject::new("unknown-kind", format!("unknown kind {:?}", row.kind.trim())))?;
        let name = Text { en: non_empty(&row.name_en), fr: non_empty(&row.name_fr) };
        if name.is_empty() {
            return Err(Reject::new("no-name", "empty name_en and name_fr"));
        }
        let community = non_empty(&row.city_en)
            .or_else(|| non_empty(&row.city_fr))
            .ok_or(Reject::new("no-community", "empty city_en and city_fr"))?;

        let mut p = cx.point(format!("sc-{id}"), NetworkId::ServiceCanada, kind, name, community, province);
        p.categories = categories;
        p.address.street = lines(&row.address_en);
        p.address.street_fr = lines(&row.address_fr);
        p.address.city = non_empty(&row.city_en);
        p.address.city_fr = non_empty(&row.city_fr);
        p.address.postal_code = cx.postal_code(&row.postal_code, province);
        p.languages = match row.languages.trim() {
            "en" => Languages::EN,
            "fr" => Languages::FR,
            "en;fr" | "fr;en" => Languages::BOTH,
            other => {
                cx.issue(Severity::Warning, "unknown-languages", format!("languages {other:?}"));
                Languages::UNKNOWN
            }
        };
        p.website = Text { en: non_empty(&row.source_url_en), fr: non_empty(&row.source_url_fr) };
        p.as_of = Some(days_from_civil(AS_OF.0, AS_OF.1, AS_OF.2) as i32);
        self.place(&row, &mut p, cx);
        p.tz = TimeZone::from_iana(row.time_zone.trim()).unwrap_or_else(|| {
            cx.issue(Severity::Warning, "unknown-time-zone", format!("time zone {:?}", row.time_zone.trim()));
            TimeZone::for_point(province, p.pos)
        });

        match self.details.get(&id) {
            Some(d) => details(d, &mut p, cx),
            None => cx.issue(Severity::Downgraded, "no-details", "no row in the details file"),
        }
        if p.kind == PointKind::Outreach && matches!(p.hours, Hours::Unknown) {
            // The finder posts no date for this site: no visit is scheduled.
            p.hours = Hours::Visits(Vec::new());
        }
        let finder_note = p.notes.iter().find_map(|n| if let Note::Text(t) = n { Some(t.clone()) } else { None });
        let words = Words {
            address_en: &row.address_en,
            address_fr: &row.address_fr,
            notes: &row.notes,
            finder_note: finder_note.unwrap_or_default(),
        };
        p.collaboration = Some(classify(&self.rules, p.kind, &words));
        Ok(p)
    }
}

impl ServiceCanada2026<'_> {
    /// Positions the point (see the module documentation).
    fn place(&self, row: &Row, p: &mut Point, cx: &mut Cx<'_>) {
        let postal = p.address.postal_code.as_deref().and_then(|c| (self.postal)(c));
        let source = cx.position(&row.latitude, &row.longitude);
        let at = |pos: LatLon, method, confidence| (Some(pos), Geocode { method, confidence });
        let from_postal = |l: Located| (l.pos, l.geocode);
        let (pos, geocode) = match (row.qa_flag.trim(), row.geocode_precision.trim(), source) {
            (_, _, None) => postal.map_or((None, Geocode::NONE), from_postal),
            ("coords_wrong_in_source", _, Some(s)) => {
                let detail = match postal.and_then(|l| l.pos) {
                    Some(q) => format!(
                        "source point {:.0} km from its postal code's; placed at the postal code",
                        s.distance_m(q) / 1000.0
                    ),
                    None => "source point wrong and no postal code point: left to the geocoder".to_owned(),
                };
                cx.issue(Severity::Downgraded, "coords-wrong-in-source", detail);
                postal.map_or((None, Geocode::NONE), from_postal)
            }
            ("coords_suspect", _, Some(s)) => {
                cx.issue(Severity::Downgraded, "coords-suspect", "source point suspect: shown as approximate");
                at(s, GeocodeMethod::Source, Confidence::Low)
            }
            (_, "city", Some(s)) => match postal.filter(|l| l.geocode.confidence != Confidence::Low) {
                Some(l) => from_postal(l),
                None => {
                    cx.issue(Severity::Downgraded, "city-position", "only the community's point is known");
                    at(s, GeocodeMethod::Community, Confidence::Medium)
                }
            },
            (_, "postal", Some(s)) => {
                let rural = p.address.postal_code.as_deref().is_some_and(|c| c.as_bytes()[1] == b'0');
                at(s, GeocodeMethod::PostalCode, if rural { Confidence::Medium } else { Confidence::High })
            }
            (_, _, Some(s)) => at(s, GeocodeMethod::Source, Confidence::High),
        };
        p.pos = pos;
        p.geocode = geocode;
    }
}

/// Kind and categories of a `kind`.
fn kind_of(kind: &str) -> Option<(PointKind, Categories)> {
    let network = super::network_categories(NetworkId::ServiceCanada);
    Some(match kind.trim() {
        "scc" => (PointKind::ServiceCentre, network),
        "scc-passport" => (PointKind::ServiceCentrePassport, network.union(Categories::of(&[Category::Passports]))),
        "passport" => (PointKind::PassportOffice, Categories::of(&[Category::Passports, Category::Identity])),
        "outreach" => (PointKind::Outreach, network),
        _ => return None,
    })
}

/// Address lines joined with "; " → joined with ", ".
fn lines(s: &str) -> Option<String> {
    let parts: Vec<String> = s.split(';').filter_map(non_empty).collect();
    (!parts.is_empty()).then(|| parts.join(", "))
}

/// Applies a details row to the point.
fn details(d: &Details, p: &mut Point, cx: &mut Cx<'_>) {
    p.access = access(d);
    for code in d.passport.split(';').map(str::trim).filter(|c| !c.is_empty()) {
        match PassportLevel::from_source(code) {
            Some(level) => p.passport.insert(level),
            None => cx.issue(Severity::Warning, "unknown-passport-level", format!("passport level {code:?}")),
        }
    }
    if !p.passport.is_empty() {
        p.categories.insert(Category::Passports);
    }
    if d.biometrics.trim() == "true" {
        p.categories.insert(Category::Biometrics);
    }
    if let Some((min, max)) = d.express_days.trim().split_once('-') {
        match (min.trim().parse(), max.trim().parse()) {
            (Ok(min), Ok(max)) => p.notes.push(Note::ExpressDays { min, max }),
            _ => cx.issue(Severity::Warning, "bad-express-days", format!("express_days {:?}", d.express_days)),
        }
    }
    let other: Other = match non_empty(&d.other_fields) {
        None => Other::default(),
        Some(json) => serde_json::from_str(&json).unwrap_or_else(|e| {
            cx.issue(Severity::Warning, "bad-other-fields", format!("other_fields not read: {e}"));
            Other::default()
        }),
    };
    for key in other.unknown.keys() {
        cx.issue(Severity::Warning, "unknown-field", format!("other_fields key {key:?} not read"));
    }
    let lunch = span(cx, "lunch", d.lunch.trim());
    p.hours = hours(d, &other, lunch.flatten(), cx);
    closures_and_notes(other, p, cx);
}

/// Wheelchair, parking, sign languages.
fn access(d: &Details) -> Access {
    let sign: Vec<&str> = d.sign_languages.split(';').map(str::trim).filter(|s| !s.is_empty()).collect();
    let offered = |name: &str| match (sign.is_empty(), sign.contains(&name)) {
        (true, _) => Fact::NotReported,
        (false, true) => Fact::Yes,
        (false, false) => Fact::No,
    };
    Access {
        wheelchair: if d.wheelchair.trim() == "true" { Fact::Yes } else { Fact::NotReported },
        parking: match d.parking.trim() {
            "free" => Parking::Free,
            "paid" => Parking::Paid,
            _ => Parking::NotReported,
        },
        asl: offered("asl"),
        lsq: offered("lsq"),
    }
}

/// The point's hours from the details (see the module documentation).
fn hours(d: &Details, other: &Other, lunch: Option<Span>, cx: &mut Cx<'_>) -> Hours {
    let with_lunch = |s: Span| cut(s, lunch);
    if !d.weekly.trim().is_empty() {
        let mut schedule = Schedule { closed_on_holidays: true, ..Schedule::default() };
        for item in d.weekly.split(';').map(str::trim).filter(|s| !s.is_empty()) {
            let parsed = item.split_once(' ').and_then(|(day, range)| Some((day.parse::<usize>().ok()?, range)));
            match parsed {
                Some((day @ 1..=7, range)) => {
                    if let Some(s) = span(cx, "weekly", range).flatten() {
                        schedule.days[day - 1].extend(with_lunch(s));
                    }
                }
                _ => cx.issue(Severity::Downgraded, "bad-hours", format!("weekly item {item:?}")),
            }
        }
        return if schedule.is_empty() { Hours::Unknown } else { Hours::Weekly(schedule) };
    }
    if !other.monthly.is_empty() {
        let mut rules = Vec::new();
        for (weeks, weekday, open, close) in &other.monthly {
            let bits = weeks.iter().filter(|w| (1..=5).contains(*w)).fold(0u8, |b, w| b | 1 << (w - 1));
            let range = format!("{open}-{close}");
            match (bits, weekday, span(cx, "monthly", &range).flatten()) {
                (1.., 1..=7, Some(s)) => {
                    rules.push(MonthlyRule { weeks: bits, weekday: weekday - 1, spans: with_lunch(s) })
                }
                _ => cx.issue(Severity::Downgraded, "bad-hours", format!("monthly rule {weeks:?} {weekday} {range}")),
            }
        }
        return if rules.is_empty() { Hours::Unknown } else { Hours::Monthly(rules) };
    }
    if !d.dated_visits.trim().is_empty() {
        let mut visits: Vec<Visit> = Vec::new();
        for item in d.dated_visits.split(';').map(str::trim).filter(|s| !s.is_empty()) {
            let Some((date, range)) = item.split_once(' ') else {
                cx.issue(Severity::Downgraded, "bad-hours", format!("visit {item:?}"));
                continue;
            };
            let (Some(day), Some(s)) = (parse_day(date), span(cx, &format!("visit on {date}"), range).flatten()) else {
                continue;
            };
            visits.push(Visit { day, spans: with_lunch(s) });
        }
        visits.sort_by_key(|v| v.day);
        visits.dedup_by_key(|v| v.day);
        return Hours::Visits(visits);
    }
    Hours::Unknown
}

/// "HH:MM-HH:MM" as a span: `None` when empty; `Some(None)` (with an issue) when it does
/// not parse or does not increase ("08:30-04:00" is impossible: not shown as hours).
fn span(cx: &mut Cx<'_>, what: &str, range: &str) -> Option<Option<Span>> {
    if range.is_empty() {
        return None;
    }
    let minute = |t: &str| -> Option<u16> {
        let (h, m) = t.trim().split_once(':')?;
        let (h, m): (u16, u16) = (h.parse().ok()?, m.parse().ok()?);
        (h <= 24 && m < 60).then_some(h * 60 + m)
    };
    let parsed = range.split_once('-').and_then(|(a, b)| Some((minute(a)?, minute(b)?)));
    Some(match parsed {
        Some((open, close)) if close > open => Some(Span::new(open, close)),
        Some(_) => {
            cx.issue(
                Severity::Downgraded,
                "impossible-time",
                format!("{what}: {range} closes before it opens; not shown"),
            );
            None
        }
        None => {
            cx.issue(Severity::Downgraded, "bad-hours", format!("{what}: {range:?}"));
            None
        }
    })
}

/// A span with the lunch break cut out, when the break lies inside it.
fn cut(s: Span, lunch: Option<Span>) -> Vec<Span> {
    match lunch {
        Some(l) if s.open < l.open && l.close < s.close => vec![Span::new(s.open, l.open), Span::new(l.close, s.close)],
        _ => vec![s],
    }
}

/// "YYYY-MM-DD" as days since 1970-01-01.
fn parse_day(s: &str) -> Option<i32> {
    let mut parts = s.trim().splitn(3, '-');
    let (y, m, d): (i64, u8, u8) =
        (parts.next()?.parse().ok()?, parts.next()?.parse().ok()?, parts.next()?.parse().ok()?);
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then(|| days_from_civil(y, m, d) as i32)
}

/// Closures, closed days and notes of `other_fields`.
fn closures_and_notes(other: Other, p: &mut Point, cx: &mut Cx<'_>) {
    let text = |b: Bilingual| Text { en: b.en.as_deref().and_then(non_empty), fr: b.fr.as_deref().and_then(non_empty) };
    if let Some(c) = other.closure {
        let to = c.to.as_deref().map(parse_day);
        match (parse_day(&c.from), to) {
            (Some(from), None) => p.closures.push(Closure { from, to: None, cause: text(c.cause) }),
            (Some(from), Some(Some(to))) if to >= from => {
                p.closures.push(Closure { from, to: Some(to), cause: text(c.cause) })
            }
            _ => cx.issue(Severity::Warning, "bad-closure", format!("closure {} to {:?}", c.from, c.to)),
        }
    }
    for day in &other.closed_on {
        match parse_day(day) {
            Some(d) => p.closures.push(Closure { from: d, to: Some(d), cause: Text::default() }),
            None => cx.issue(Severity::Warning, "bad-closure", format!("closed on {day:?}")),
        }
    }
    if let Some(a) = other.appt_only {
        p.notes.push(Note::AppointmentOnly { phone: a.phone.as_deref().and_then(non_empty) });
    }
    if let Some(n) = other.note {
        let t = text(n);
        if !t.is_empty() {
            p.notes.push(Note::Text(t));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::parse;
    use super::super::testing::*;
    use super::*;
    use crate::domain::facts::PassportServices;
    use crate::pipeline::geocode::Geocoder;
    use crate::pipeline::SourceOutput;

    fn out() -> SourceOutput {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sources");
        let (geocoder, _) = Geocoder::load(&dir).expect("fixture references");
        let postal = |code: &str| geocoder.full_code(code);
        let source = ServiceCanada2026::load(&dir, &postal).expect("details");
        let mut out = parse(&source, &fixture(PATH), stand_in_hours).expect("fixture parses");
        source.report_orphans(&mut out);
        out
    }

    fn day(y: i64, m: u8, d: u8) -> i32 {
        days_from_civil(y, m, d) as i32
    }

    #[test]
    fn fixture_points_and_issues() {
        let out = out();
        check_invariants(&out);
        assert_eq!((out.tally.rows_in, out.tally.kept, out.tally.rejected), (26, 24, 2));
        let k = |r: &str, s, c: &str| (r.to_owned(), s, c.to_owned());
        assert_eq!(
            issue_keys(&out),
            [
                k("1137", Severity::Rejected, "duplicate-id"),
                k("2106", Severity::Downgraded, "coords-wrong-in-source"),
                k("2546", Severity::Downgraded, "coords-suspect"),
                k("4901", Severity::Downgraded, "coords-wrong-in-source"),
                k("AB-SAK", Severity::Downgraded, "city-position"),
                k("AB-SAW", Severity::Downgraded, "impossible-time"),
                k("ZZ-KIOSK", Severity::Rejected, "unknown-kind"),
                k("ZZ-ORPHAN", Severity::Warning, "details-without-office"),
            ]
        );
        // The first row of a repeated id is kept, not the second.
        assert_eq!(
            point(&out, "sc-1137").name.en.as_deref(),
            Some("St. John’s Service Canada Centre and Passport Services")
        );
        // Two counters in one Thunder Bay building stay two offices.
        assert_eq!(point(&out, "sc-3003").kind, PointKind::PassportOffice);
        assert_eq!(point(&out, "sc-3616").kind, PointKind::ServiceCentre);
        assert!(out.points.iter().all(|p| p.as_of == Some(day(2026, 9, 30))));
        // Every point's host read: Souris inside Access PEI, Wiarton's outreach in a clinic.
        use crate::domain::collaboration::{CollabKind as K, HostKind as H};
        let c = |id: &str| point(&out, id).collaboration.clone().map(|c| (c.host, c.kind));
        assert!(out.points.iter().all(|p| p.collaboration.is_some()));
        assert_eq!(c("sc-1904"), Some((H::Provincial, K::CoLocation)));
        assert_eq!(c("sc-ON-SCU"), Some((H::Other, K::HostedOutreach)));
        assert_eq!(c("sc-3792"), Some((H::NoneStated, K::NoneStated)));
    }

    #[test]
    fn bilingual_names_and_addresses() {
        let out = out();
        let p = point(&out, "sc-2430");
        assert!(p.name.en.is_some() && p.name.fr.is_some());
        // French in French, with its own typography (never a translation of the English).
        assert_eq!(p.address.street_fr.as_deref(), Some("455, boulevard de l’Hôpital"));
        assert_eq!(p.address.street.as_deref(), Some("455 de l’Hôpital Blvd"));
        assert_eq!(p.address.postal_code.as_deref(), Some("J8T 7X7"));
        let placentia = point(&out, "sc-1538");
        assert!(placentia.address.street.is_some() && placentia.address.city.is_some());
        assert_eq!(p.website.fr.as_deref(), Some("https://bureaux.service.canada.ca/fr/Bureau/2430"));
    }

    #[test]
    fn positions_by_precision_and_flag() {
        let out = out();
        let g = |id: &str| (point(&out, id).geocode.method, point(&out, id).geocode.confidence);
        assert_eq!(g("sc-1137"), (GeocodeMethod::Source, Confidence::High));
        // Wrong in the source (Yellowknife placed 192 km away): its postal code's point.
        assert_eq!(g("sc-4901"), (GeocodeMethod::PostalCode, Confidence::High));
        assert_eq!(point(&out, "sc-4901").pos, Some(LatLon::new(62.4558, -114.3751)));
        assert_eq!(g("sc-2546"), (GeocodeMethod::Source, Confidence::Low));
        assert!(point(&out, "sc-2546").geocode.is_approximate());
        // City precision: the postal code's point, unless it is a placeholder.
        assert_eq!(g("sc-1183"), (GeocodeMethod::PostalCode, Confidence::Medium));
        assert_eq!(g("sc-AB-SAK"), (GeocodeMethod::Community, Confidence::Medium));
        assert_eq!(g("sc-ON-SAB"), (GeocodeMethod::PostalCode, Confidence::High));
        // No coordinates and a postal code GeoNames lacks: left to the geocoder.
        assert_eq!((point(&out, "sc-ZZ-NOPOS").pos, g("sc-ZZ-NOPOS").0), (None, GeocodeMethod::None));
        assert_eq!(point(&out, "sc-1137").tz, TimeZone::StJohns);
        assert_eq!(point(&out, "sc-1638").tz, TimeZone::Moncton);
    }

    #[test]
    fn weekly_hours_with_lunch_and_holidays() {
        let out = out();
        let Hours::Weekly(s) = &point(&out, "sc-1538").hours else { panic!("weekly") };
        assert_eq!(s.days[0], [Span::new(510, 720), Span::new(765, 960)], "08:30–12:00, 12:45–16:00");
        assert!(s.days[5].is_empty() && s.closed_on_holidays);
        let Hours::Weekly(s) = &point(&out, "sc-1137").hours else { panic!("weekly") };
        assert_eq!(s.days[4], [Span::new(510, 960)]);
    }

    #[test]
    fn outreach_visits() {
        let out = out();
        // Dated, with an impossible closing time dropped (2027-01-07 "08:30-04:00").
        let Hours::Visits(v) = &point(&out, "sc-AB-SAW").hours else { panic!("visits") };
        assert_eq!(v.len(), 6);
        assert!(v.iter().all(|x| x.day != day(2027, 1, 7)));
        assert!(v.windows(2).all(|w| w[0].day < w[1].day));
        // 2nd and 4th Wednesday.
        let Hours::Monthly(rules) = &point(&out, "sc-ON-SAB").hours else { panic!("monthly") };
        assert_eq!((rules[0].weeks, rules[0].weekday), (0b1010, 2));
        // No date posted: no visit scheduled.
        assert_eq!(point(&out, "sc-BC-SBV").hours, Hours::Visits(Vec::new()));
    }

    #[test]
    fn access_passports_closures_and_notes() {
        let out = out();
        let p = point(&out, "sc-1137");
        assert_eq!(p.access, Access { wheelchair: Fact::Yes, parking: Parking::Free, asl: Fact::Yes, lsq: Fact::Yes });
        let levels = [PassportLevel::Pickup, PassportLevel::Express, PassportLevel::Urgent];
        assert_eq!(p.passport, PassportServices::of(&levels));
        assert!(p.categories.contains(Category::Passports) && p.categories.contains(Category::Biometrics));
        let abbotsford = point(&out, "sc-5944");
        assert_eq!(abbotsford.passport, PassportServices::of(&[PassportLevel::Mail]));
        assert!(abbotsford.categories.contains(Category::Passports));
        // ASL only: LSQ is then "no", not "not reported".
        let asl_only = out.points.iter().find(|p| p.access.asl == Fact::Yes && p.access.lsq == Fact::No);
        assert!(asl_only.is_some());
        // An outreach site reports nothing about sign languages.
        assert_eq!(point(&out, "sc-AB-SAK").access.asl, Fact::NotReported);

        let closed = point(&out, "sc-2106");
        assert_eq!(closed.closures.len(), 1);
        assert_eq!(closed.closures[0].cause.fr.as_deref(), Some("Changement à la date de service mobile"));
        assert_eq!(point(&out, "sc-3792").notes, [Note::AppointmentOnly { phone: Some("613-856-9022".into()) }]);
        assert!(point(&out, "sc-3552")
            .notes
            .iter()
            .any(|n| matches!(n, Note::Text(t) if t.en.is_some() && t.fr.is_some())));
    }

    #[test]
    fn bad_details_and_times() {
        let mut ledger = crate::pipeline::Ledger::new(DatasetId::ServiceCanada2026);
        let mut cx = Cx::for_tests(&mut ledger, "x");
        assert_eq!(span(&mut cx, "t", "08:30-04:00"), Some(None));
        assert_eq!(span(&mut cx, "t", "8h30"), Some(None));
        assert_eq!(span(&mut cx, "t", ""), None);
        assert_eq!(span(&mut cx, "t", "09:00-17:00"), Some(Some(Span::new(540, 1020))));
        let codes: Vec<&str> = ledger.issues.iter().map(|i| i.code.as_str()).collect();
        assert_eq!(codes, ["impossible-time", "bad-hours"]);
        assert_eq!(cut(Span::new(510, 960), Some(Span::new(720, 765))), [Span::new(510, 720), Span::new(765, 960)]);
        assert_eq!(cut(Span::new(510, 700), Some(Span::new(720, 765))), [Span::new(510, 700)]);
        assert_eq!(parse_day("2026-12-16"), Some(day(2026, 12, 16)));
        assert_eq!(parse_day("2026-13-01"), None);
        assert!(ServiceCanada2026::with_details(b"office_id,sign_languages\n1,asl\n", &|_| None).is_err());
    }
}
