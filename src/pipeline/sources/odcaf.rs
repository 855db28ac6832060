//! Source: `service_points/statcan_odcaf_libraries_archives.csv` (see
//! ../shared/data/SOURCES.md, section 1).
//!
//! The 3,013 "library or archives" facilities of Statistics Canada's Open Database of
//! Cultural and Art Facilities (ODCAF v1.0, ~2020): public library branches, but also
//! university, religious and private archives and historical societies. Territories and
//! Prince Edward Island are almost absent. It feeds the optional libraries layer.
//!
//! Rules:
//! - id `lib-<index>` (ODCAF's own row index); provenance record = `index`.
//! - network: libraries; categories: library.
//! - kind: archives when the name speaks of archives or history ("Archives of
//!   Ontario", "Société d'histoire…", "… Historical Society", heritage, genealogy) and
//!   not of a library ("Library and Archives Canada", "Bibliothèque et Archives
//!   nationales" stay libraries); library otherwise.
//! - name: `facility_name` as given (a row without one is rejected, "no-name": the only
//!   one is ODCAF index 886, the Atwater library, which the Montréal source supplies).
//!   Its language is inferred from the words, since the file mixes both: French when it
//!   has a French word (bibliothèque, médiathèque, société, musée, "archives de",
//!   "centre d'", université, fondation, maison…), else English when it has an English
//!   one (library, archives of, society, university, museum, public, branch…), else
//!   French in Quebec and English elsewhere (bare branch names such as "Innisfil").
//!   Only the `lang` of the text depends on it; nothing is translated.
//! - province from `prov_terr` (unknown → rejected, "unknown-province").
//! - community: `csd_name` (the census subdivision, which Statistics Canada derived
//!   for the record), else `city`. The `city` column is often wrong ("pender island"
//!   for the 100 Mile House branch, "surrey" for Rossland, "waterloo" for rows all over
//!   Ontario), so `csd_name` is preferred; the lower-case `city` fallback is
//!   capitalised word by word. The address city is that same community. A row with
//!   neither is rejected ("no-community").
//! - street: `unit`-`street_no` `street_name` as given (ODCAF lower-cased them;
//!   they are not re-capitalised, which would garble "nw", "st-louis"…).
//! - postal code checked against the province.
//! - position: `latitude`/`longitude` only when `coord_source` is "odcaf" (ODCAF's own
//!   coordinates) → `Geocode { Source, High }`. Rows whose coordinates were filled from
//!   the postal code by the file's compiler (`postal_code_geonames`) or that have none
//!   get no position: our geocoder places them from the postal code or community.
//! - no languages, phone, hours or website in the source.
//!
//! Known oddities, left as they are: index 9594 is named "Bibliothèque Et Centre
//! D'Informatique Atwater" (a Westmount, Quebec library) but has a Westport, Ontario
//! address and postal code; index 9224 (UCN Pukatawagan Public Library, rejected for
//! want of a community) has coordinates in southern Manitoba, far from Pukatawagan.
use serde::Deserialize;

use super::{set_source_position, Cx, Reject, Source};
use crate::domain::model::{Point, PointKind, Province, Text};
use crate::domain::text::{fold, non_empty};
use crate::pipeline::{DatasetId, NetworkId};

/// ODCAF's libraries and archives.
pub struct Odcaf;

/// Path of the file inside the sources directory.
pub const PATH: &str = "service_points/statcan_odcaf_libraries_archives.csv";

/// The columns read.
#[derive(Debug, Deserialize)]
pub struct Row {
    index: String,
    facility_name: String,
    unit: String,
    street_no: String,
    street_name: String,
    postal_code: String,
    city: String,
    prov_terr: String,
    csd_name: String,
    latitude: String,
    longitude: String,
    coord_source: String,
}

impl Source for Odcaf {
    const DATASET: DatasetId = DatasetId::Odcaf;
    const PATH: &'static str = PATH;
    type Row = Row;

    fn record(&self, row: &Row) -> Option<String> {
        non_empty(&row.index)
    }

    fn point(&self, row: Row, cx: &mut Cx<'_>) -> Result<Point, Reject> {
        let index = non_empty(&row.index).ok_or(Reject::new("no-id", "empty index"))?;
        let name = non_empty(&row.facility_name).ok_or(Reject::new("no-name", "empty facility_name"))?;
        let province = Province::parse(&row.prov_terr).ok_or_else(|| {
            Reject::new("unknown-province", format!("unknown prov_terr \"{}\"", row.prov_terr.trim()))
        })?;
        let community = non_empty(&row.csd_name)
            .or_else(|| non_empty(&row.city).map(|c| capitalise(&c)))
            .ok_or(Reject::new("no-community", "neither csd_name nor city"))?;

        let kind = kind_of(&name);
        let name = name_text(&name, province);
        let mut p = cx.point(format!("lib-{index}"), NetworkId::Libraries, kind, name, community.clone(), province);
        p.address.street = street(&row.unit, &row.street_no, &row.street_name);
        p.address.city = Some(community);
        p.address.postal_code = cx.postal_code(&row.postal_code, province);
        if row.coord_source.trim() == "odcaf" {
            if let Some(pos) = cx.position(&row.latitude, &row.longitude) {
                set_source_position(&mut p, pos);
            }
        }
        Ok(p)
    }
}

/// Folded words that make a name a library's.
const LIBRARY_WORDS: &[&str] =
    &["library", "libraries", "bibliotheque", "bibliotheques", "biblio", "mediatheque", "branch", "succursale", "lsb"];

/// Library or archives, from the name (see the module documentation).
fn kind_of(name: &str) -> PointKind {
    let n = fold(name);
    let words: Vec<&str> = n.split(' ').collect();
    let library = words.iter().any(|w| LIBRARY_WORDS.contains(w));
    let archives = words.iter().any(|w| w.starts_with("archiv"))
        || ["histo", "genealog", "heritage", "patrimoine"].iter().any(|s| n.contains(s));
    if archives && !library {
        PointKind::Archives
    } else {
        PointKind::Library
    }
}

/// Folded words or phrases that mark a French name.
const FRENCH: &[&str] = &[
    "bibliotheque",
    "bibliotheques",
    "biblio",
    "mediatheque",
    "societe",
    "musee",
    "archives de",
    "archives du",
    "archives des",
    "archives d",
    "centre d",
    "centre de",
    "centre du",
    "universite",
    "fondation",
    "maison",
    "municipale",
    "publique",
    "succursale",
    "atelier d",
    "patrimoine",
];

/// Folded words or phrases that mark an English name.
const ENGLISH: &[&str] = &[
    "library",
    "libraries",
    "archives of",
    "society",
    "university",
    "museum",
    "public",
    "branch",
    "college",
    "regional",
    "county",
    "memorial",
    "community",
    "heritage",
    "centre",
    "center",
];

/// The name as a text in the language its words suggest (see the module documentation).
fn name_text(name: &str, province: Province) -> Text {
    let n = format!(" {} ", fold(name));
    let has = |list: &[&str]| list.iter().any(|w| n.contains(&format!(" {w} ")));
    if has(FRENCH) || (!has(ENGLISH) && province == Province::QC) {
        Text::fr(name)
    } else {
        Text::en(name)
    }
}

/// "unit-number street", as ODCAF gives the parts.
fn street(unit: &str, number: &str, street: &str) -> Option<String> {
    let street = non_empty(street)?;
    let number = match (non_empty(unit), non_empty(number)) {
        (Some(u), Some(n)) => format!("{u}-{n} "),
        (None, Some(n)) => format!("{n} "),
        (Some(u), None) => format!("{u} "),
        (None, None) => String::new(),
    };
    Some(format!("{number}{street}"))
}

/// Lower-case words capitalised ("saint-jean-de-la-lande" → "Saint-Jean-de-la-Lande"),
/// French particles excepted after the first word. Text that already has capitals is
/// returned as is.
fn capitalise(s: &str) -> String {
    if s.chars().any(char::is_uppercase) {
        return s.to_owned();
    }
    const PARTICLES: &[&str] = &["de", "du", "des", "la", "le", "les", "et", "sur", "en", "aux", "au", "of", "the"];
    let mut out = String::with_capacity(s.len());
    for (i, word) in s.split_inclusive([' ', '-']).enumerate() {
        let bare = word.trim_end_matches([' ', '-']);
        if i > 0 && PARTICLES.contains(&bare) {
            out.push_str(word);
        } else {
            let mut chars = word.chars();
            if let Some(c) = chars.next() {
                out.extend(c.to_uppercase());
                out.push_str(chars.as_str());
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::parse;
    use super::super::testing::*;
    use super::*;
    use crate::domain::geo::LatLon;
    use crate::domain::model::{Category, Confidence, Geocode, GeocodeMethod, Provenance};
    use crate::domain::tz::TimeZone;
    use crate::pipeline::Severity;
    use crate::pipeline::SourceOutput;

    fn out() -> SourceOutput {
        parse(&Odcaf, &fixture(PATH), stand_in_hours).expect("fixture parses")
    }

    #[test]
    fn fixture_points_and_issues() {
        let out = out();
        check_invariants(&out);
        assert_eq!(out.tally.rows_in, 12);
        let ids: Vec<&str> = out.points.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(
            ids,
            ["lib-6", "lib-91", "lib-94", "lib-590", "lib-909", "lib-1809", "lib-4479", "lib-7761", "lib-8003"]
        );
        let k = |r: &str, s, c: &str| (r.to_owned(), s, c.to_owned());
        assert_eq!(
            issue_keys(&out),
            [
                k("1809", Severity::Downgraded, "postal-code-province-mismatch"),
                k("886", Severity::Rejected, "no-name"),
                k("9224", Severity::Rejected, "no-community"),
                k("9999", Severity::Rejected, "unknown-province"),
            ]
        );
    }

    #[test]
    fn odcaf_coordinates_and_csd_community() {
        let out = out();
        let p = point(&out, "lib-6");
        assert_eq!(p.network, NetworkId::Libraries.index());
        assert_eq!(p.kind, PointKind::Library);
        assert_eq!(p.name, Text::en("100 Mile House Branch"));
        // csd_name, not the wrong `city` ("pender island").
        assert_eq!(p.community, "One Hundred Mile House");
        assert_eq!(p.address.city.as_deref(), Some("One Hundred Mile House"));
        assert_eq!(p.address.street.as_deref(), Some("449 birch avenue s"));
        assert_eq!(p.address.postal_code.as_deref(), Some("V0K 2E0"));
        assert_eq!(p.pos, Some(LatLon::new(51.64139, -121.29562)));
        assert_eq!(p.geocode, Geocode { method: GeocodeMethod::Source, confidence: Confidence::High });
        assert_eq!((p.province, p.tz), (Province::BC, TimeZone::Vancouver));
        assert_eq!(p.categories.iter().collect::<Vec<_>>(), [Category::Library]);
        assert_eq!(p.sources, [Provenance { dataset: DatasetId::Odcaf.index(), record: "6".into() }]);
    }

    #[test]
    fn positions_only_from_odcaf() {
        let out = out();
        // Filled from the postal code by the compiler: left to our geocoder.
        let filled = point(&out, "lib-4479");
        assert_eq!((filled.pos, filled.geocode), (None, Geocode::NONE));
        assert_eq!(filled.address.postal_code.as_deref(), Some("P0L 1L0"));
        // csd_name empty: the city, capitalised.
        assert_eq!(filled.community, "Hallebourg");
        assert_eq!(filled.name, Text::en("Hallebourg Lsb"));
        assert_eq!(point(&out, "lib-94").pos, Some(LatLon::new(50.7345631, -108.7576907)));
        // No coordinates at all: kept.
        let none = point(&out, "lib-590");
        assert_eq!(none.pos, None);
        assert_eq!(none.community, "Ashmont");
        assert_eq!(point(&out, "lib-91").pos, Some(LatLon::new(47.57573164, -52.72961637)));
    }

    #[test]
    fn kinds_and_languages() {
        let out = out();
        let archives = point(&out, "lib-1809");
        assert_eq!(archives.kind, PointKind::Archives);
        assert_eq!(archives.address.postal_code, None);
        let ryerson = point(&out, "lib-8003");
        assert_eq!(ryerson.kind, PointKind::Archives);
        assert_eq!(ryerson.name, Text::en("Ryerson University Archives"));
        let quebec = point(&out, "lib-909");
        assert_eq!(quebec.name, Text::fr("Bibliothèque Jean-Corbeil"));
        assert_eq!(quebec.kind, PointKind::Library);
        let outaouais = point(&out, "lib-7761");
        assert_eq!(outaouais.name, Text::fr("Reseau Biblio De L'Outaouais"));
        // csd_name, not the wrong `city` ("saint-hyacinthe").
        assert_eq!(outaouais.community, "Gatineau");
    }

    #[test]
    fn helpers() {
        assert_eq!(capitalise("saint-jean-de-la-lande"), "Saint-Jean-de-la-Lande");
        assert_eq!(capitalise("duck lake"), "Duck Lake");
        assert_eq!(capitalise("Laval"), "Laval");
        assert_eq!(street("k", "100", "219 ave south").as_deref(), Some("k-100 219 ave south"));
        assert_eq!(street("", "", ""), None);
        assert_eq!(kind_of("Library And Archives Canada"), PointKind::Library);
        assert_eq!(kind_of("Archives of Ontario"), PointKind::Archives);
        assert_eq!(kind_of("Société D'Histoire De La Rivière-Du-Nord"), PointKind::Archives);
        assert_eq!(name_text("Innisfil", Province::ON), Text::en("Innisfil"));
        assert_eq!(name_text("Saint-Félicien", Province::QC), Text::fr("Saint-Félicien"));
        assert_eq!(name_text("Archives of Manitoba", Province::MB), Text::en("Archives of Manitoba"));
        assert_eq!(
            name_text("Médiathèque Père Louis Lamontagne", Province::NB).fr.as_deref(),
            Some("Médiathèque Père Louis Lamontagne")
        );
    }
}
