//! A checked package → Guichet's networks and points, with Guichet's own checks on top of
//! the schema's: every location needs a name, a province or territory that exists, and,
//! when it gives coordinates, both of them inside Canada and inside its province.
use std::collections::{BTreeMap, HashSet};

use rustc_hash::{FxHashMap, FxHashSet};
use serde::de::DeserializeOwned;

use super::package::{Meta, Package, PackageReport};
use super::schedule;
use super::schema::Schema;
use super::validate::{CheckedTable, RowCheck};
use crate::domain::collaboration::Collaboration;
use crate::domain::facts::{Access, Fact, Parking, PassportLevel, PassportServices};
use crate::domain::geo::LatLon;
use crate::domain::hours::Hours;
use crate::domain::model::{
    Address, Categories, Category, Caveat, Confidence, Dataset, Geocode, GeocodeMethod, Languages, Network, Point,
    PointKind, Provenance, Province, Text,
};
use crate::domain::text::{clean, postal_code};
use crate::domain::tz::TimeZone;
use crate::pipeline::sources::slug as slug_ascii;

/// How far (km) `pos` lies outside `province` (0 inside it).
pub type Inside<'a> = &'a dyn Fn(LatLon, Province) -> f64;

/// How far outside its province a position placed by Guichet's geocoder (a postal code's
/// or a community's point, `guichet_geocode` other than `source`) may lie: the points of
/// coastal islands (Ramea, Brier Island) fall beyond the simplified shoreline. A source's
/// own coordinates get the pipeline's tolerance (`run::PROVINCE_TOLERANCE_KM`).
pub const GEOCODED_TOLERANCE_KM: f64 = 30.0;

/// What a package gives the bundle.
#[derive(Debug, Clone)]
pub struct Imported {
    /// Its networks; points' `network` index this list.
    pub networks: Vec<Network>,
    /// The dataset its points cite (licence, vintage, attribution).
    pub dataset: Dataset,
    pub points: Vec<Point>,
    /// Locations read (the dataset's rows in).
    pub rows_in: usize,
    pub report: PackageReport,
    /// `(location id, reason)` of every location rejected.
    pub rejected: Vec<(String, String)>,
}

/// Every point kind, for `guichet_kind`.
const KINDS: [PointKind; 14] = [
    PointKind::ServiceCentre,
    PointKind::ServiceCentrePassport,
    PointKind::PassportOffice,
    PointKind::Outreach,
    PointKind::Partner,
    PointKind::CityHall,
    PointKind::MunicipalOffice,
    PointKind::Court,
    PointKind::EmploymentCentre,
    PointKind::TaxOffice,
    PointKind::RegistryOffice,
    PointKind::HealthCentre,
    PointKind::Library,
    PointKind::Archives,
];

pub(crate) fn kind_from_id(s: &str) -> Option<PointKind> {
    KINDS.into_iter().find(|k| k.id() == s)
}

pub(crate) const CAVEATS: [Caveat; 4] =
    [Caveat::HistoricalAddress, Caveat::TestFixture, Caveat::TemporaryServices, Caveat::PartTime];

/// The tables whose rows belong to a location.
const RELATED: [&str; 5] = ["address", "phone", "schedule", "language", "accessibility"];

/// A location's rows in the other tables: every related row once, grouped by location
/// (in the order of the location table's rows) and table, each group in file order.
struct Related<'a> {
    /// Kept location rows by id: the row's slot.
    slot: FxHashMap<&'a str, usize>,
    /// Where the rows of (slot, table) start in `rows`: index `slot * RELATED.len() + table`.
    starts: Vec<u32>,
    rows: Vec<&'a RowCheck>,
}

impl<'a> Related<'a> {
    fn of(package: &'a Package) -> Related<'a> {
        // Schedules may name the location through a service_at_location row.
        let sal: FxHashMap<&str, &str> = package
            .checked
            .table("service_at_location")
            .map(|t| {
                let (id, loc) = (t.column("id"), t.column("location_id"));
                t.kept().map(|r| (t.at(r, id), t.at(r, loc))).collect()
            })
            .unwrap_or_default();
        // Every related row with the location it names (the location table itself is not
        // read: the import frees its rows as it goes).
        let each = |each: &mut dyn FnMut(usize, &'a str, &'a RowCheck)| {
            for (k, name) in RELATED.iter().enumerate() {
                let Some(t) = package.checked.table(name) else { continue };
                let (loc_col, sal_col) = (t.column("location_id"), t.column("service_at_location_id"));
                for r in t.kept() {
                    let mut loc = t.at(r, loc_col);
                    if loc.is_empty() {
                        loc = sal.get(t.at(r, sal_col)).copied().unwrap_or("");
                    }
                    if !loc.is_empty() {
                        each(k, loc, r);
                    }
                }
            }
        };
        // A slot per location named, the rows of each group counted, then placed by group
        // (a counting sort in two passes: stable, and nothing else held).
        let mut slot: FxHashMap<&'a str, usize> = FxHashMap::default();
        let mut starts: Vec<u32> = vec![0];
        each(&mut |k, loc, _| {
            let n = slot.len();
            let s = *slot.entry(loc).or_insert(n);
            let g = s * RELATED.len() + k;
            if starts.len() < g + 2 {
                starts.resize((s + 1) * RELATED.len() + 1, 0);
            }
            starts[g + 1] += 1;
        });
        starts.resize(slot.len() * RELATED.len() + 1, 0);
        for i in 1..starts.len() {
            starts[i] += starts[i - 1];
        }
        let mut next = starts.clone();
        let mut rows: Vec<Option<&'a RowCheck>> = vec![None; *starts.last().unwrap_or(&0) as usize];
        each(&mut |k, loc, r| {
            let g = slot[loc] * RELATED.len() + k;
            rows[next[g] as usize] = Some(r);
            next[g] += 1;
        });
        drop(next);
        Related { slot, starts, rows: rows.into_iter().flatten().collect() }
    }

    fn rows(&self, location: &str, table: &str) -> &[&'a RowCheck] {
        let (Some(s), Some(k)) = (self.slot.get(location), RELATED.iter().position(|t| *t == table)) else {
            return &[];
        };
        let g = s * RELATED.len() + k;
        &self.rows[self.starts[g] as usize..self.starts[g + 1] as usize]
    }
}

/// A `guichet_` column holding JSON of Guichet's model (empty: `None`).
fn json<T: DeserializeOwned>(v: &str, column: &str, notes: &mut Vec<String>) -> Option<T> {
    if v.is_empty() {
        return None;
    }
    serde_json::from_str(v).map_err(|e| notes.push(format!("{column}: {e}"))).ok()
}

fn pair(t: &CheckedTable, r: &RowCheck, column: &str) -> Text {
    let side = |v: &str| Some(v.to_owned()).filter(|s| !s.is_empty());
    Text { en: side(t.get(r, column)), fr: side(t.get_fr(r, column)) }
}

/// Guichet's checks of one location row (after the schema's), with the province it is in.
fn location_problem(
    t: &CheckedTable,
    r: &RowCheck,
    meta: &Meta,
    provinces: &FxHashMap<String, String>,
    inside: Inside<'_>,
) -> Result<Province, String> {
    if t.get(r, "location_type") != "physical" {
        return Err(format!(
            "location_type \"{}\": only physical locations are service points",
            t.get(r, "location_type")
        ));
    }
    if pair(t, r, "name").is_empty() {
        return Err("no name (name or name_fr)".into());
    }
    let network = network_of(meta, t.get(r, "organization_id"))?;
    let stated = provinces
        .get(t.get(r, "id"))
        .cloned()
        .or_else(|| Some(t.get(r, "guichet_province").to_owned()).filter(|p| !p.is_empty()));
    let province = match stated {
        Some(code) => match Province::parse(&code) {
            Some(p) => p,
            None => return Err(format!("province \"{code}\" is not a Canadian province or territory")),
        },
        None => meta.networks[network].province.ok_or("no province (the address's state_province)")?,
    };
    let (lat, lon) = (t.get(r, "latitude"), t.get(r, "longitude"));
    match (lat.parse::<f64>().ok(), lon.parse::<f64>().ok()) {
        (None, None) => {}
        (Some(la), Some(lo)) => {
            let pos = LatLon::new(la, lo);
            if !pos.in_canada_bbox() {
                return Err(format!("coordinates {la}, {lo} are outside Canada"));
            }
            let geocoded = !matches!(t.get(r, "guichet_geocode").split('/').next(), None | Some("" | "source"));
            let limit = if geocoded { GEOCODED_TOLERANCE_KM } else { crate::pipeline::run::PROVINCE_TOLERANCE_KM };
            if inside(pos, province) > limit {
                return Err(format!("coordinates {la}, {lo} are not in {}", province.code()));
            }
        }
        _ => return Err("latitude and longitude go together".into()),
    }
    Ok(province)
}

/// The index in `meta.networks` of the network that runs organization `org`.
fn network_of(meta: &Meta, org: &str) -> Result<usize, String> {
    if meta.networks.len() == 1 {
        return Ok(0);
    }
    meta.networks
        .iter()
        .position(|n| n.organization_id.as_deref() == Some(org))
        .ok_or_else(|| format!("organization_id \"{org}\" is not one of guichet.networks"))
}

/// Imports a checked package. `network_base` and `dataset` are the indexes its networks
/// and its dataset get in the bundle; `taken` the point ids already used (an id taken is
/// a rejected row).
pub fn import(
    package: &mut Package,
    schema: &Schema,
    inside: Inside<'_>,
    network_base: u16,
    dataset: u8,
    taken: &HashSet<String>,
) -> Imported {
    let folder = package.dir.file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let mut notes: Vec<String> = Vec::new();
    let mut errors = package.missing.clone();
    let meta = match &package.meta {
        Ok(m) => Some(m.clone()),
        Err(e) => {
            errors.push(e.clone());
            None
        }
    };
    // A state_province per location, from its address.
    let provinces: FxHashMap<String, String> = package
        .checked
        .table("address")
        .map(|t| {
            t.kept().map(|r| (t.get(r, "location_id").to_owned(), t.get(r, "state_province").to_owned())).collect()
        })
        .unwrap_or_default();
    let mut seen_ids: FxHashSet<String> = FxHashSet::default();
    let id_of = |t: &CheckedTable, r: &RowCheck, meta: &Meta| -> String {
        let ext = t.get(r, "external_identifier");
        if t.get(r, "external_identifier_type") == "guichet" && !ext.is_empty() {
            return ext.to_owned();
        }
        let net = network_of(meta, t.get(r, "organization_id")).map_or("", |i| meta.networks[i].id.as_str());
        let code = if ext.is_empty() { t.get(r, "id") } else { ext };
        format!("{net}-{}", slug_ascii(code))
    };
    package.checked.reject_where(schema, "location", |t, r| {
        let Some(meta) = &meta else { return Some(format!("package unusable: {}", errors_first(&package.meta))) };
        if let Err(why) = location_problem(t, r, meta, &provinces, inside) {
            return Some(why);
        }
        let id = id_of(t, r, meta);
        if taken.contains(&id) {
            return Some(format!("point id \"{id}\" is already used by another network"));
        }
        None
    });
    let mut points = Vec::new();
    let networks: Vec<Network> =
        meta.as_ref().map(|m| m.networks.iter().map(|n| network(n, &package.checked)).collect()).unwrap_or_default();
    let dataset_entry = self::dataset(meta.as_ref(), &folder, &networks);
    let location_table = package.checked.tables.iter().position(|t| t.name == "location");
    if let (Some(meta), Some(li)) = (&meta, location_table) {
        // The rows are taken out while their points are made, each row's values freed once
        // its point holds them (a national package: the rows and the points would
        // otherwise be in memory together); the report reads only the rejected rows' values.
        let mut rows = std::mem::take(&mut package.checked.tables[li].rows);
        let related = Related::of(package);
        let locations = &package.checked.tables[li];
        points.reserve_exact(rows.len());
        for r in rows.iter_mut().filter(|r| r.rejected.is_none()) {
            let id = id_of(locations, r, meta);
            if !seen_ids.insert(id.clone()) {
                notes.push(format!("location {}: point id {id} repeated; kept once", locations.get(r, "id")));
                continue;
            }
            let province = location_problem(locations, r, meta, &provinces, inside).expect("checked above");
            let net = network_of(meta, locations.get(r, "organization_id")).expect("checked above");
            let p = point(
                package,
                &related,
                locations,
                r,
                id,
                province,
                network_base + net as u16,
                &meta.networks[net].categories,
                meta,
                dataset,
                &mut notes,
            );
            points.push(p);
            r.forget_values();
        }
        drop(related);
        package.checked.tables[li].rows = rows;
    }
    let mut rejected = Vec::new();
    let mut report = PackageReport {
        folder,
        title: meta.as_ref().map_or_else(|| dataset_entry.id.clone(), |m| m.title.clone()),
        networks: networks
            .iter()
            .map(|n| {
                let province = n.jurisdiction.map_or("", |p| p.code());
                format!(
                    "`{}` ({}, {}{}{})",
                    n.id,
                    n.name.show(crate::i18n::Locale::En),
                    n.level.id(),
                    if province.is_empty() { "" } else { ", " },
                    province
                )
            })
            .collect(),
        licence: dataset_entry.licence.clone(),
        points: points.len(),
        ..PackageReport::default()
    };
    for t in &package.checked.tables {
        report.tables.push((
            t.name.clone(),
            t.path.clone(),
            t.rows.len(),
            t.rows.len() - t.rejected_count(),
            t.rejected_count(),
        ));
        if let Some(e) = &t.error {
            errors.push(format!("{}: {e}", t.path));
        }
        report.notes.extend(t.notes.iter().map(|n| format!("{}: {n}", t.path)));
        for r in &t.rows {
            if let Some(why) = &r.rejected {
                report.rejected.push((t.name.clone(), r.line, t.key(r), why.clone()));
                if t.name == "location" {
                    rejected.push((t.key(r), why.clone()));
                }
            }
        }
    }
    report.errors = errors;
    report.notes.extend(notes);
    let rows_in = package.checked.table("location").map_or(0, |t| t.rows.len());
    Imported { networks, dataset: dataset_entry, points, rows_in, report, rejected }
}

fn errors_first(meta: &Result<Meta, String>) -> String {
    meta.as_ref().err().cloned().unwrap_or_default()
}

/// A network from its metadata and its organization's row.
fn network(n: &super::package::NetworkMeta, checked: &super::validate::Checked) -> Network {
    let org = checked.table("organization").and_then(|t| {
        let row = t.kept().find(|r| n.organization_id.as_deref().is_none_or(|id| t.get(r, "id") == id))?;
        Some((pair(t, row, "name"), pair(t, row, "website")))
    });
    let extra = |k: &str| n.extra.get(k).map(super::package::text).unwrap_or_default();
    let (organization, website) = org.unwrap_or_default();
    let organization = if extra("organization").is_empty() { organization } else { extra("organization") };
    Network {
        id: n.id.clone(),
        name: n.name.clone(),
        level: n.level,
        organization: if organization.is_empty() { n.name.clone() } else { organization },
        jurisdiction: n.province,
        phone: n.extra.get("phone").and_then(|v| v.as_str()).map(str::to_owned),
        website: if extra("website").is_empty() { website } else { extra("website") },
        categories: n.categories,
        optional_layer: n.extra.get("optional_layer").and_then(serde_json::Value::as_bool).unwrap_or(false),
        point_website: extra("point_website"),
    }
}

/// The dataset of a package, named after it, with its licence as the package states it.
fn dataset(meta: Option<&Meta>, folder: &str, networks: &[Network]) -> Dataset {
    let name = meta.map_or(folder, |m| m.name.as_str());
    let title = meta.map_or_else(|| folder.to_owned(), |m| m.title.clone());
    let (licence, licence_url) = meta
        .and_then(|m| m.licence.clone())
        .unwrap_or_else(|| ("No licence stated in the data package".to_owned(), None));
    let publisher = networks.first().map(|n| n.organization.clone()).unwrap_or_else(|| Text::same(title.clone()));
    Dataset {
        id: format!("hsds-{}", slug_ascii(name)),
        name: Text::same(title.clone()),
        publisher,
        url: meta.map(|m| m.homepage.clone()).unwrap_or_default(),
        licence,
        licence_url,
        vintage: meta.and_then(|m| m.as_of.clone()).unwrap_or_default(),
        attribution: Text::both(
            format!("Contains information from the data package “{title}”."),
            format!("Contient de l’information du paquet de données « {title} »."),
        ),
        caveat: Text::default(),
    }
}

/// The point of a kept location row.
#[allow(clippy::too_many_arguments)]
fn point(
    package: &Package,
    related: &Related<'_>,
    t: &CheckedTable,
    r: &RowCheck,
    id: String,
    province: Province,
    network: u16,
    categories: &Categories,
    meta: &Meta,
    dataset: u8,
    notes: &mut Vec<String>,
) -> Point {
    let loc = t.get(r, "id");
    let ext = |c: &str| t.get(r, c);
    let mut p = Point::bare(id, network, None);
    p.province = province;
    p.name = pair(t, r, "name");
    p.kind = kind_from_id(ext("guichet_kind")).unwrap_or(PointKind::ServiceCentre);
    p.sources = vec![Provenance { dataset, record: loc.to_owned() }];
    if let (Ok(la), Ok(lo)) = (ext("latitude").parse::<f64>(), ext("longitude").parse::<f64>()) {
        p.pos = Some(LatLon::new(la, lo).quantised());
        p.geocode = Geocode { method: GeocodeMethod::Source, confidence: Confidence::High };
    }
    if let Some((m, c)) = ext("guichet_geocode").split_once('/') {
        let value = |s: &str| serde_json::Value::String(s.to_owned());
        if let (Ok(method), Ok(confidence)) = (serde_json::from_value(value(m)), serde_json::from_value(value(c))) {
            p.geocode = Geocode { method, confidence };
        }
    }
    p.tz = TimeZone::from_iana(ext("guichet_timezone")).unwrap_or_else(|| TimeZone::for_point(province, p.pos));
    p.website = pair(t, r, "url");
    p.categories = match ext("guichet_categories") {
        "" => *categories,
        list => Categories::of(&list.split(';').filter_map(Category::from_id).collect::<Vec<_>>()),
    };
    p.passport = PassportServices::of(
        &ext("guichet_passport").split(';').filter_map(PassportLevel::from_id).collect::<Vec<_>>(),
    );
    p.caveats = ext("guichet_caveats").split(';').filter_map(|c| CAVEATS.into_iter().find(|x| x.id() == c)).collect();
    p.services = pair(t, r, "guichet_services");
    p.closures = json(ext("guichet_closures"), "guichet_closures", notes).unwrap_or_default();
    p.notes = json(ext("guichet_notes"), "guichet_notes", notes).unwrap_or_default();
    p.collaboration = json::<Collaboration>(ext("guichet_collaboration"), "guichet_collaboration", notes);
    // A date; a dataset's vintage ("2024-02") is not one: the dataset then says it.
    p.as_of = match ext("guichet_as_of") {
        "" => meta.as_of.as_deref().and_then(schedule::day_of),
        v => schedule::day_of(v),
    };
    // The address: its HSDS row, else the extension column.
    let addresses = package.checked.table("address");
    match (addresses, related.rows(loc, "address").first()) {
        (Some(a), Some(row)) => {
            let join = |x: Text, y: Text| Text {
                en: x.en.map(|s| y.en.as_ref().map_or(s.clone(), |t| format!("{s}, {t}"))),
                fr: x.fr.map(|s| y.fr.as_ref().map_or(s.clone(), |t| format!("{s}, {t}"))),
            };
            let street = join(pair(a, row, "address_1"), pair(a, row, "address_2"));
            let city = pair(a, row, "city");
            let raw = a.get(row, "postal_code");
            let code = postal_code(raw);
            if code.is_none() {
                notes.push(format!("location {loc}: postal code \"{raw}\" is not Canadian; dropped"));
            }
            p.address =
                Address { street: street.en, street_fr: street.fr, city: city.en, city_fr: city.fr, postal_code: code };
        }
        _ => p.address = json(ext("guichet_address"), "guichet_address", notes).unwrap_or_default(),
    }
    p.community = match ext("guichet_community") {
        "" => p
            .address
            .city
            .clone()
            .or(p.address.city_fr.clone())
            .unwrap_or_else(|| clean(p.name.show(crate::i18n::Locale::En))),
        c => c.to_owned(),
    };
    if let (Some(ph), Some(row)) = (package.checked.table("phone"), related.rows(loc, "phone").first()) {
        p.phone = Some(ph.get(row, "number").to_owned());
    }
    p.languages = Languages::UNKNOWN;
    if let Some(lt) = package.checked.table("language") {
        for row in related.rows(loc, "language") {
            let (code, name) = (lt.get(row, "code"), lt.get(row, "name"));
            if one_of(code, &["en", "eng"]) || one_of(name, &["english", "anglais"]) {
                p.languages.en = true;
            } else if one_of(code, &["fr", "fra", "fre"]) || one_of(name, &["french", "français", "francais"]) {
                p.languages.fr = true;
            }
        }
    }
    if let Some(at) = package.checked.table("accessibility") {
        p.access = access(related.rows(loc, "accessibility").iter().map(|row| at.get(row, "details")));
    }
    let rows: Vec<schedule::Row> = match package.checked.table("schedule") {
        Some(st) => related.rows(loc, "schedule").iter().map(|row| schedule_row(st, row)).collect(),
        None => Vec::new(),
    };
    match schedule::hours(Some(ext("guichet_hours")), &rows) {
        Ok(mut h) => {
            if let Hours::Weekly(s) = &mut h {
                s.closed_on_holidays = ext("guichet_closed_on_holidays") == "true";
            }
            p.hours = h;
        }
        Err(why) => notes.push(format!("location {loc}: hours not read ({why})")),
    }
    p
}

/// True when `value` in lower case is one of `words` (lower case), without copying it
/// when it is ASCII.
fn one_of(value: &str, words: &[&str]) -> bool {
    if value.is_ascii() {
        words.iter().any(|w| value.eq_ignore_ascii_case(w))
    } else {
        let lower = value.to_lowercase();
        words.contains(&lower.as_str())
    }
}

fn schedule_row(t: &CheckedTable, r: &RowCheck) -> schedule::Row {
    schedule::Row {
        freq: t.get(r, "freq").to_owned(),
        byday: t.get(r, "byday").to_owned(),
        day: schedule::day_of(t.get(r, "dtstart")),
        opens: super::validate::parse_time(t.get(r, "opens_at")),
        closes: super::validate::parse_time(t.get(r, "closes_at")),
        description: pair(t, r, "description"),
    }
}

/// Access facts from accessibility rows' `details` (`wheelchair=yes`, `parking=free`,
/// `asl=no`, `lsq=yes`); anything else is not read.
pub fn access<'a>(details: impl Iterator<Item = &'a str>) -> Access {
    let mut a = Access::NOT_REPORTED;
    let fact = |v: &str| match v {
        "yes" => Fact::Yes,
        "no" => Fact::No,
        _ => Fact::NotReported,
    };
    for d in details {
        match d.split_once('=').map(|(k, v)| (k.trim(), v.trim())) {
            Some(("wheelchair", v)) => a.wheelchair = fact(v),
            Some(("asl", v)) => a.asl = fact(v),
            Some(("lsq", v)) => a.lsq = fact(v),
            Some(("parking", "free")) => a.parking = Parking::Free,
            Some(("parking", "paid")) => a.parking = Parking::Paid,
            _ => {}
        }
    }
    a
}

/// The sorted ids of `points` by network id (tests compare networks by id).
pub fn by_network(networks: &[Network], points: &[Point]) -> BTreeMap<String, Vec<String>> {
    let mut m: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for p in points {
        let net = networks.get(usize::from(p.network)).map_or_else(String::new, |n| n.id.clone());
        m.entry(net).or_default().push(p.id.clone());
    }
    m.values_mut().for_each(|v| v.sort());
    m
}
