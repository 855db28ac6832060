//! Source: `service_points/provincial_service_centres.csv` (see ../shared/data/SOURCES.md,
//! section 7).
//!
//! In-person provincial and territorial service centres compiled by hand from public
//! sources dated 1995 to 2024: ServiceOntario (279 rows from a 2019 dump of the
//! ontario.ca locations API), Access Nova Scotia (13), Service New Brunswick (12), NWT
//! Single Window Service Centres (12), Services TNO (1) and Service BC (4). No
//! coordinates and no postal codes; most non-Ontario rows are known by community only.
//! Every row cites its source and dates it in `retrieved_note`.
//!
//! Rules:
//! - network from the `network` column (an unknown one is rejected, "unknown-network";
//!   a province other than the network's is rejected, "network-province-mismatch"); kind
//!   service centre with the network's categories.
//! - id: ServiceOntario `so-<id>` with the ontario.ca location id quoted in
//!   `retrieved_note` ("…, id 82, …"; fallback `so-<slug of address>`); the others
//!   `pr-<network id>-<slug of city>` (e.g. `pr-access-ns-sydney`). Provenance record:
//!   the ontario.ca id, else "row N" (the file has no ids of its own).
//! - name: English as written, except the rows named "Service Nouveau-Brunswick /
//!   Service New Brunswick - X", which give both ("Service Nouveau-Brunswick - X" /
//!   "Service New Brunswick - X"), and Services TNO, whose name ("Services TNO - guichet
//!   unique") is French. Never translated.
//! - address: `address` verbatim (ServiceOntario addresses may end with a branch label
//!   such as "Burlington West", as on ontario.ca), `city`, `postal_code`;
//!   community = `city` (required: "no-community" otherwise).
//! - phone as printed (some lack an area code: nothing is added).
//! - hours: `hours_text` as one line through `sources::hours`; text that does not parse
//!   is kept (English: the compiler's notes, quoting French where the source was French)
//!   with a `Downgraded` "hours-unparsed" issue.
//! - services: `services_text` in English.
//! - languages: "French" → French (Services TNO), "English" → English, both → both.
//!   Any other statement (the NWT "Many GSOs speak and provide service in Indigenous
//!   languages…", network-level) leaves the languages unknown and is appended to the
//!   services text on its own line, so that citizens still see it.
//! - caveats, decided from the row's own text:
//!   * `HistoricalAddress` when the row has a street address and `retrieved_note` says
//!     "historical" or "verify current", or the most recent year it cites is before
//!     2019 (the vintage of the ServiceOntario dump, the newest official snapshot here).
//!     This flags the Access Nova Scotia addresses from 1995–2012 news releases, the
//!     SNB Woodstock address (lease expired in 2020) and the 2015–2016 Service BC
//!     addresses; not the 2019 ServiceOntario addresses, SNB Fredericton (2024) or
//!     Saint-Quentin (2020).
//!   * `TestFixture` when the note or the source names a test fixture (the Service BC
//!     Victoria row from a Cypress fixture).
//!   * `TemporaryServices` when `services_text` says it is temporary (the SNB March
//!     2020 COVID-19 essential-services list).
//!   * `PartTime` when the note or services say "part-time" or "half-time" (ANS
//!     Liverpool and Shelburne, the half-time NWT Government Service Officers), or when
//!     the hours name at most two weekdays and no range of days (ANS Windsor, SNB
//!     Saint-Quentin and Kedgwick).
//! - The NWT Single Window rows are the territorial side of offices whose Service Canada
//!   side appears in the Service Canada file as "Service Delivery Partner": a
//!   co-location, both kept.
use serde::Deserialize;

use super::{slug, Cx, Duplicates, Reject, Source};
use crate::domain::model::{Caveat, Languages, Point, PointKind, Province, Text};
use crate::domain::text::{fold, non_empty};
use crate::i18n::Locale;
use crate::pipeline::{DatasetId, NetworkId};

/// The provincial and territorial centres compiled from public sources.
pub struct Provincial;

/// Path of the file inside the sources directory.
pub const PATH: &str = "service_points/provincial_service_centres.csv";

/// Addresses dated only before this year are flagged as historical.
const HISTORICAL_BEFORE: u32 = 2019;

/// The columns read.
#[derive(Debug, Deserialize)]
pub struct Row {
    network: String,
    province: String,
    name: String,
    address: String,
    city: String,
    postal_code: String,
    phone: String,
    hours_text: String,
    services_text: String,
    languages: String,
    source: String,
    retrieved_note: String,
}

impl Source for Provincial {
    const DATASET: DatasetId = DatasetId::ProvincialCentres;
    const PATH: &'static str = PATH;
    /// Ids other than ServiceOntario's are slugs of the city.
    const DUPLICATES: Duplicates = Duplicates::Suffix;
    type Row = Row;

    fn record(&self, row: &Row) -> Option<String> {
        location_id(&row.retrieved_note)
    }

    fn point(&self, row: Row, cx: &mut Cx<'_>) -> Result<Point, Reject> {
        let ontario_id = location_id(&row.retrieved_note);
        let network = network_of(&row.network)
            .ok_or_else(|| Reject::new("unknown-network", format!("unknown network \"{}\"", row.network.trim())))?;
        let province = Province::parse(&row.province)
            .ok_or_else(|| Reject::new("unknown-province", format!("unknown province \"{}\"", row.province.trim())))?;
        if network.network().jurisdiction != Some(province) {
            let detail = format!("{} row in {}", network.network().id, province.code());
            return Err(Reject::new("network-province-mismatch", detail));
        }
        let raw_name = non_empty(&row.name).ok_or(Reject::new("no-name", "empty name"))?;
        let city = non_empty(&row.city).ok_or(Reject::new("no-community", "empty city"))?;
        let street = non_empty(&row.address);

        let id = match (network, &ontario_id) {
            (NetworkId::ServiceOntario, Some(id)) => format!("so-{id}"),
            (NetworkId::ServiceOntario, None) => format!("so-{}", slug(street.as_deref().unwrap_or(&city))),
            _ => format!("pr-{}-{}", network.network().id, slug(&city)),
        };
        let name = name_text(network, &raw_name);
        let mut p = cx.point(id, network, PointKind::ServiceCentre, name, city.clone(), province);
        p.address.street = street;
        p.address.city = Some(city);
        p.address.postal_code = cx.postal_code(&row.postal_code, province);
        p.phone = non_empty(&row.phone);
        p.hours = cx.hours(&[&row.hours_text], Locale::En);

        let services = non_empty(&row.services_text);
        let languages_text = non_empty(&row.languages);
        p.languages = languages_text.as_deref().and_then(languages).unwrap_or(Languages::UNKNOWN);
        let statement = languages_text.filter(|_| !p.languages.is_known());
        p.services = match (services, statement) {
            (Some(s), Some(l)) => Text::en(format!("{s}\n{l}")),
            (Some(s), None) | (None, Some(s)) => Text::en(s),
            (None, None) => Text::default(),
        };
        p.caveats =
            caveats(p.address.street.is_some(), &row.retrieved_note, &row.source, &row.services_text, &row.hours_text);
        Ok(p)
    }
}

/// The network of a `network` column value.
fn network_of(s: &str) -> Option<NetworkId> {
    let f = fold(s);
    [
        ("serviceontario", NetworkId::ServiceOntario),
        ("service new brunswick", NetworkId::ServiceNb),
        ("access nova scotia", NetworkId::AccessNs),
        ("nwt single window service centre", NetworkId::NwtSwsc),
        ("services tno", NetworkId::ServicesTno),
        ("service bc", NetworkId::ServiceBc),
    ]
    .into_iter()
    .find(|(prefix, _)| f.starts_with(prefix))
    .map(|(_, n)| n)
}

/// The ontario.ca location id quoted in a note ("…, id 82, …").
fn location_id(note: &str) -> Option<String> {
    let mut words = note.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty());
    while let Some(w) = words.next() {
        if w == "id" {
            return words.next().filter(|n| n.bytes().all(|b| b.is_ascii_digit())).map(str::to_owned);
        }
    }
    None
}

/// The name in the language(s) it is written in.
fn name_text(network: NetworkId, name: &str) -> Text {
    const SNB_BILINGUAL: &str = "Service Nouveau-Brunswick / Service New Brunswick";
    if let Some(rest) = name.strip_prefix(SNB_BILINGUAL) {
        return Text::both(format!("Service New Brunswick{rest}"), format!("Service Nouveau-Brunswick{rest}"));
    }
    match network {
        NetworkId::ServicesTno => Text::fr(name),
        _ => Text::en(name),
    }
}

/// A `languages` value naming English and/or French; `None` for anything else.
fn languages(s: &str) -> Option<Languages> {
    let f = fold(s);
    let words: Vec<&str> = f.split(' ').collect();
    if words.iter().any(|w| !matches!(*w, "english" | "french" | "francais" | "anglais" | "and" | "et")) {
        return None;
    }
    let l = Languages {
        en: words.iter().any(|w| matches!(*w, "english" | "anglais")),
        fr: words.iter().any(|w| matches!(*w, "french" | "francais")),
    };
    l.is_known().then_some(l)
}

/// The caveats of a row (see the module documentation for the rules).
fn caveats(has_street: bool, note: &str, source: &str, services: &str, hours: &str) -> Vec<Caveat> {
    let (note, services) = (fold(note), fold(services));
    let mut v = Vec::new();
    let historical_words = note.contains("historical") || note.contains("verify current");
    if has_street && (historical_words || newest_year(&note).is_some_and(|y| y < HISTORICAL_BEFORE)) {
        v.push(Caveat::HistoricalAddress);
    }
    if note.contains("test fixture") || fold(source).contains("cypress fixtures") {
        v.push(Caveat::TestFixture);
    }
    if services.contains("temporary") {
        v.push(Caveat::TemporaryServices);
    }
    let part_words = |s: &str| s.contains("part time") || s.contains("half time");
    if part_words(&note) || part_words(&services) || few_days(hours) {
        v.push(Caveat::PartTime);
    }
    v
}

/// The most recent year (1990–2099) written as a word of `folded` text.
fn newest_year(folded: &str) -> Option<u32> {
    folded
        .split(' ')
        .filter(|w| w.len() == 4)
        .filter_map(|w| w.parse::<u32>().ok())
        .filter(|y| (1990..=2099).contains(y))
        .max()
}

/// The weekday (0 = Monday) an English or French word names, plural included.
fn weekday(word: &str) -> Option<u8> {
    let w = word.strip_suffix('s').unwrap_or(word);
    Some(match w {
        "monday" | "mon" | "lundi" => 0,
        "tuesday" | "tue" | "mardi" => 1,
        "wednesday" | "wed" | "mercredi" => 2,
        "thursday" | "thu" | "jeudi" => 3,
        "friday" | "fri" | "vendredi" => 4,
        "saturday" | "sat" | "samedi" => 5,
        "sunday" | "sun" | "dimanche" => 6,
        _ => return None,
    })
}

/// True when hours text names one or two weekdays and no range of days ("Tuesday and
/// Thursday, 10 a.m. to 2 p.m."), i.e. the office opens on a few days only.
fn few_days(hours: &str) -> bool {
    // Dashes mark ranges ("Mon-Fri"); folding would drop them.
    let f = fold(&hours.replace(['-', '\u{2013}'], " to "));
    let words: Vec<&str> = f.split(' ').collect();
    let mut days = [false; 7];
    for (i, w) in words.iter().enumerate() {
        let Some(d) = weekday(w) else { continue };
        days[usize::from(d)] = true;
        // "Monday to Friday", "lundi au vendredi", "Mon - Fri".
        let range_word = matches!(words.get(i + 1).copied(), Some("to" | "au" | "a" | "through" | "thru"));
        if range_word && words.get(i + 2).copied().and_then(weekday).is_some() {
            return false;
        }
    }
    (1..=2).contains(&days.iter().filter(|d| **d).count())
}

#[cfg(test)]
mod tests {
    use super::super::parse;
    use super::super::testing::*;
    use super::*;
    use crate::domain::hours::Hours;
    use crate::domain::model::{Category, Provenance};
    use crate::domain::tz::TimeZone;
    use crate::pipeline::{Severity, SourceOutput};

    fn out() -> SourceOutput {
        parse(&Provincial, &fixture(PATH), stand_in_hours).expect("fixture parses")
    }

    #[test]
    fn fixture_points_and_issues() {
        let out = out();
        check_invariants(&out);
        assert_eq!(out.tally.rows_in, 14);
        let ids: Vec<&str> = out.points.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "so-82",
                "so-11794",
                "pr-service-nb-campbellton",
                "pr-service-nb-saint-quentin",
                "pr-service-nb-fredericton",
                "pr-access-ns-sydney",
                "pr-access-ns-windsor",
                "pr-nwt-swsc-katl-odeeche-first-nation",
                "pr-services-tno-yellowknife",
                "pr-service-bc-victoria",
                "pr-service-bc-vernon",
            ]
        );
        let k = |r: &str, s, c: &str| (r.to_owned(), s, c.to_owned());
        assert_eq!(
            issue_keys(&out),
            [
                k("row 12", Severity::Rejected, "unknown-network"),
                k("row 13", Severity::Rejected, "network-province-mismatch"),
                k("row 14", Severity::Rejected, "no-community"),
                k("row 4", Severity::Downgraded, "hours-unparsed"),
                k("row 6", Severity::Downgraded, "hours-unparsed"),
                k("row 7", Severity::Downgraded, "hours-unparsed"),
                k("row 9", Severity::Downgraded, "hours-unparsed"),
                k("row 10", Severity::Downgraded, "hours-unparsed"),
            ]
            .into_iter()
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect::<Vec<_>>()
        );
    }

    #[test]
    fn serviceontario_row() {
        let out = out();
        let p = point(&out, "so-82");
        assert_eq!(p.network, NetworkId::ServiceOntario.index());
        assert_eq!(p.kind, PointKind::ServiceCentre);
        assert_eq!(p.name, Text::en("ServiceOntario centre - Ajax"));
        assert_eq!(p.address.street.as_deref(), Some("509 Bayly Street East"));
        assert_eq!(p.address.city.as_deref(), Some("Ajax"));
        assert_eq!(p.address.postal_code, None);
        assert_eq!((p.community.as_str(), p.province, p.tz), ("Ajax", Province::ON, TimeZone::Toronto));
        assert_eq!(p.pos, None);
        assert_eq!(p.hours, Hours::Unknown);
        assert!(p.services.en.as_deref().is_some_and(|s| s.starts_with("ServiceOntario Centres provide")));
        assert_eq!(p.categories, super::super::network_categories(NetworkId::ServiceOntario));
        assert!(p.caveats.is_empty(), "{:?}", p.caveats);
        assert_eq!(p.sources, [Provenance { dataset: DatasetId::ProvincialCentres.index(), record: "82".into() }]);
        // A branch label stays in the address, as ontario.ca gives it.
        assert_eq!(
            point(&out, "so-11794").address.street.as_deref(),
            Some("1250 Brant Street, Unit 9A, Burlington West")
        );
    }

    #[test]
    fn new_brunswick_rows() {
        let out = out();
        let covid = point(&out, "pr-service-nb-campbellton");
        assert_eq!(covid.name, Text::en("Service New Brunswick centre - Campbellton"));
        assert_eq!(covid.caveats, [Caveat::TemporaryServices]);
        assert_eq!(covid.tz, TimeZone::Moncton);
        assert_eq!(covid.sources[0].record, "row 3");
        let sq = point(&out, "pr-service-nb-saint-quentin");
        assert_eq!(
            sq.name,
            Text::both("Service New Brunswick - Saint-Quentin", "Service Nouveau-Brunswick - Saint-Quentin")
        );
        assert_eq!(sq.caveats, [Caveat::PartTime]);
        assert_eq!(
            sq.hours,
            Hours::Text(Text::en("Jeudi et vendredi (Thursdays and Fridays); 9 h à 17 h (per 2019 announcement)"))
        );
        let fr = point(&out, "pr-service-nb-fredericton");
        assert_eq!(fr.address.street.as_deref(), Some("Brookside Mall, 435 Brookside Drive"));
        assert_eq!(fr.caveats, [Caveat::TemporaryServices]);
    }

    #[test]
    fn nova_scotia_rows() {
        let out = out();
        let sydney = point(&out, "pr-access-ns-sydney");
        assert_eq!(sydney.caveats, [Caveat::HistoricalAddress]);
        assert_eq!(sydney.phone.as_deref(), Some("1-800-898-7668 (Access Nova Scotia)"));
        assert_eq!(sydney.hours, Hours::Text(Text::en("Opens 8:30 a.m. (per Aug 2004 notice)")));
        let windsor = point(&out, "pr-access-ns-windsor");
        assert_eq!(windsor.caveats, [Caveat::HistoricalAddress, Caveat::PartTime]);
        assert_eq!(windsor.network, NetworkId::AccessNs.index());
    }

    #[test]
    fn northwest_territories_rows() {
        let out = out();
        let swsc = point(&out, "pr-nwt-swsc-katl-odeeche-first-nation");
        assert_eq!(swsc.community, "Kátł'odeeche First Nation");
        assert_eq!(swsc.languages, Languages::UNKNOWN);
        let services = swsc.services.en.as_deref().unwrap_or("");
        assert!(services.starts_with("Single Window Service Centre staffed by a half-time"));
        assert!(services.ends_with("\nMany GSOs speak and provide service in Indigenous languages (network-level statement; not specified per community)"));
        assert_eq!(swsc.caveats, [Caveat::PartTime]);
        assert!(swsc.categories.contains(Category::Benefits));
        let tno = point(&out, "pr-services-tno-yellowknife");
        assert_eq!(tno.name, Text::fr("Services TNO - guichet unique"));
        assert_eq!(tno.languages, Languages::FR);
        assert!(tno.caveats.is_empty());
        assert_eq!(tno.network, NetworkId::ServicesTno.index());
    }

    #[test]
    fn british_columbia_rows() {
        let out = out();
        let victoria = point(&out, "pr-service-bc-victoria");
        assert_eq!(victoria.caveats, [Caveat::TestFixture]);
        assert_eq!(victoria.phone.as_deref(), Some("250 387-6121"));
        let vernon = point(&out, "pr-service-bc-vernon");
        assert_eq!(vernon.caveats, [Caveat::HistoricalAddress]);
        // The stand-in hours parser understands this line: a weekly schedule.
        assert_eq!(vernon.hours, Hours::Weekly(weekday_schedule()));
    }

    #[test]
    fn helpers() {
        assert_eq!(location_id("ontario.ca locationGuid 0a2-4107, id 11724, locationType").as_deref(), Some("11724"));
        assert_eq!(location_id("no id here"), None);
        assert_eq!(newest_year(&fold("Opened 1997; see nr-1995/95110307.htm, 1-888-762-8600")), Some(1997));
        assert!(few_days("Tuesday and Thursday, 10 a.m. to 2 p.m. (May 2012)"));
        assert!(few_days("Mardi et mercredi (Tuesdays and Wednesdays); 9 h à 17 h"));
        assert!(!few_days("Du lundi au vendredi, 8 h 30 à 17 h (2009)"));
        assert!(!few_days("Monday to Friday 8:30 a.m. to 4:30 p.m.; Saturday pilot"));
        assert!(!few_days("Opens 8:30 a.m."));
        assert!(!few_days("Mon-Fri 9am-5pm"));
        assert_eq!(languages("French"), Some(Languages::FR));
        assert_eq!(languages("English and French"), Some(Languages::BOTH));
        assert_eq!(languages("Many GSOs speak Indigenous languages"), None);
    }
}
