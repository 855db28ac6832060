//! Guichet's merged points as open data (`public/data/open/`): an HSDS 3 tabular data
//! package (CSV tables and `datapackage.json`, in the convention a government's package
//! follows, so the export imports back) and a GeoJSON FeatureCollection, with each
//! record's sources, their licences as SOURCES.md states them, and its "as of" date.
use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::io::{self, Write};

use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use super::schedule;
use super::schema::Schema;
use crate::domain::model::{Dataset, Network, Point, Text};

/// The folder of the export inside the bundle directory (never in the manifest: the app
/// links to it, nothing fetches it).
pub const DIR: &str = "open";
/// The GeoJSON file.
pub const GEOJSON: &str = "guichet.geojson";

/// A UUID (RFC 9562 version 8: name-based, from sha-256) for `key` of `table`: the same
/// point gets the same id in every export.
pub fn uuid(table: &str, key: &str) -> String {
    let mut h = Sha256::new();
    h.update(b"guichet:");
    h.update(table.as_bytes());
    h.update(b":");
    h.update(key.as_bytes());
    let mut b: [u8; 16] = h.finalize()[..16].try_into().expect("16 bytes");
    b[6] = (b[6] & 0x0f) | 0x80;
    b[8] = (b[8] & 0x3f) | 0x80;
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(36);
    for (i, x) in b.iter().enumerate() {
        if matches!(i, 4 | 6 | 8 | 10) {
            out.push('-');
        }
        out.push(char::from(HEX[usize::from(x >> 4)]));
        out.push(char::from(HEX[usize::from(x & 15)]));
    }
    out
}

/// True when a dataset's licence, as SOURCES.md states it, is an open licence.
pub fn open_licence(d: &Dataset) -> bool {
    const OPEN: [&str; 8] = [
        "Open Government Licence",
        "Statistics Canada Open Licence",
        "CC BY",
        "CC0",
        "Public domain",
        "Apache-2.0",
        "MIT",
        "ODbL",
    ];
    OPEN.iter().any(|o| d.licence.starts_with(o))
}

/// One CSV table being written, row by row as it comes (a national export keeps no
/// string per cell, nor the file in memory when it writes to disk).
struct Csv<W: Write> {
    name: &'static str,
    path: &'static str,
    columns: Vec<&'static str>,
    out: csv::Writer<W>,
    rows: usize,
}

impl<W: Write> Csv<W> {
    fn new(name: &'static str, path: &'static str, columns: &[&'static str], to: W) -> io::Result<Csv<W>> {
        let mut out = csv::WriterBuilder::new().terminator(csv::Terminator::Any(b'\n')).from_writer(to);
        out.write_record(columns)?;
        Ok(Csv { name, path, columns: columns.to_vec(), out, rows: 0 })
    }

    fn push(&mut self, cells: Vec<String>) -> io::Result<()> {
        debug_assert_eq!(cells.len(), self.columns.len(), "{}", self.name);
        self.out.write_record(&cells)?;
        self.rows += 1;
        Ok(())
    }

    /// The table's writer, flushed.
    fn finish(self) -> io::Result<W> {
        self.out.into_inner().map_err(|e| io::Error::other(e.to_string()))
    }
}

/// A table's name, file and columns, for `datapackage.json`.
struct Described {
    name: &'static str,
    path: &'static str,
    columns: Vec<&'static str>,
}

fn s(v: Option<&str>) -> String {
    v.unwrap_or_default().to_owned()
}

/// Everything written, as `(path inside the bundle directory, bytes)`.
pub struct Export {
    pub files: Vec<(String, Vec<u8>)>,
    /// Rows per table (`location` → points).
    pub rows: Vec<(&'static str, usize)>,
}

/// Everything written by [`export_into`]: each file's path inside the bundle directory and
/// its writer, in the order of [`Export::files`].
pub struct Written<W> {
    pub files: Vec<(String, W)>,
    /// Rows per table (`location` → points).
    pub rows: Vec<(&'static str, usize)>,
}

const LOCATION_COLUMNS: [&str; 38] = [
    "id",
    "location_type",
    "url",
    "organization_id",
    "name",
    "alternate_name",
    "description",
    "transportation",
    "latitude",
    "longitude",
    "external_identifier",
    "external_identifier_type",
    "name_fr",
    "url_fr",
    "guichet_network",
    "guichet_level",
    "guichet_kind",
    "guichet_categories",
    "guichet_passport",
    "guichet_province",
    "guichet_community",
    "guichet_timezone",
    "guichet_geocode",
    "guichet_hours",
    "guichet_closed_on_holidays",
    "guichet_closures",
    "guichet_notes",
    "guichet_caveats",
    "guichet_services",
    "guichet_services_fr",
    "guichet_collaboration",
    "guichet_address",
    "guichet_sources",
    "guichet_licence",
    "guichet_open_licence",
    "guichet_as_of",
    "guichet_host",
    "guichet_collaboration_kind",
];

fn ids<T>(items: impl Iterator<Item = T>, id: impl Fn(T) -> &'static str) -> String {
    items.map(id).collect::<Vec<_>>().join(";")
}

fn to_json<T: serde::Serialize>(v: &T, empty: bool) -> String {
    if empty {
        String::new()
    } else {
        serde_json::to_string(v).expect("the model serialises")
    }
}

/// The export of `points` (service points and the libraries layer) of `networks`, whose
/// provenance indexes `sources`; `built` is the build date.
pub fn export(networks: &[Network], points: &[&Point], sources: &[Dataset], built: &str, version: &str) -> Export {
    let w = export_into(networks, points, sources, built, version, |_| Ok(Vec::new())).expect("in-memory write");
    Export { files: w.files, rows: w.rows }
}

/// The export written as it is made into the writers `create` opens, one per file path
/// (inside the bundle directory); the same bytes as [`export`].
pub fn export_into<W: Write>(
    networks: &[Network],
    points: &[&Point],
    sources: &[Dataset],
    built: &str,
    version: &str,
    mut create: impl FnMut(&str) -> io::Result<W>,
) -> io::Result<Written<W>> {
    let mut table = |name: &'static str, path: &'static str, columns: &[&'static str]| {
        Csv::new(name, path, columns, create(&format!("{DIR}/{path}"))?)
    };
    let mut org = table(
        "organization",
        "organizations.csv",
        &["id", "name", "description", "website", "name_fr", "description_fr", "website_fr"],
    )?;
    let mut service = table(
        "service",
        "services.csv",
        &["id", "organization_id", "name", "description", "status", "name_fr", "description_fr"],
    )?;
    let mut location = table("location", "locations.csv", &LOCATION_COLUMNS)?;
    let mut sal = table("service_at_location", "service_at_location.csv", &["id", "service_id", "location_id"])?;
    let mut address = table(
        "address",
        "addresses.csv",
        &[
            "id",
            "location_id",
            "address_1",
            "city",
            "state_province",
            "postal_code",
            "country",
            "address_type",
            "address_1_fr",
            "city_fr",
        ],
    )?;
    let mut phone = table("phone", "phones.csv", &["id", "location_id", "number"])?;
    let mut sched = table(
        "schedule",
        "schedules.csv",
        &[
            "id",
            "location_id",
            "freq",
            "byday",
            "dtstart",
            "until",
            "opens_at",
            "closes_at",
            "description",
            "description_fr",
        ],
    )?;
    let mut language = table("language", "languages.csv", &["id", "location_id", "name", "code"])?;
    let mut access = table(
        "accessibility",
        "accessibility.csv",
        &["id", "location_id", "description", "details", "description_fr"],
    )?;
    let used: BTreeSet<u16> = points.iter().map(|p| p.network).collect();
    for (i, n) in networks.iter().enumerate().filter(|(i, _)| used.contains(&(*i as u16))) {
        let count = points.iter().filter(|p| usize::from(p.network) == i).count();
        let name = |l| n.name.show(l).to_owned();
        use crate::i18n::Locale::{En, Fr};
        org.push(vec![
            uuid("organization", &n.id),
            s(n.organization.en.as_deref().or(n.organization.fr.as_deref())),
            format!("Runs the {} network: {count} service points in Guichet.", name(En)),
            s(n.website.en.as_deref()),
            s(n.organization.fr.as_deref()),
            format!("Gère le réseau {} : {count} points de service dans Guichet.", name(Fr)),
            s(n.website.fr.as_deref()),
        ])?;
        service.push(vec![
            uuid("service", &n.id),
            uuid("organization", &n.id),
            format!("{}: in-person services", name(En)),
            format!("Services delivered in person at {}'s service points.", name(En)),
            "active".into(),
            format!("{} : services en personne", name(Fr)),
            format!("Services offerts en personne aux points de service de {}.", name(Fr)),
        ])?;
    }
    let mut geo = io::BufWriter::with_capacity(1 << 16, create(&format!("{DIR}/{GEOJSON}"))?);
    geo.write_all(br#"{"features":["#)?;
    for (i, p) in points.iter().enumerate() {
        let n = &networks[usize::from(p.network)];
        let lid = uuid("location", &p.id);
        let sources_of: Vec<&Dataset> = p.sources.iter().filter_map(|s| sources.get(usize::from(s.dataset))).collect();
        let mut licences: Vec<String> = Vec::new();
        for d in &sources_of {
            if !licences.contains(&d.licence) {
                licences.push(d.licence.clone());
            }
        }
        let open = !sources_of.is_empty() && sources_of.iter().all(|d| open_licence(d));
        let as_of = match p.as_of {
            Some(day) => schedule::date(i64::from(day)),
            None => sources_of.iter().map(|d| d.vintage.as_str()).collect::<Vec<_>>().join(";"),
        };
        let website = p.website(n);
        let full_address = p.address.street.is_some() && p.address.postal_code.is_some();
        let weekly_holidays = matches!(&p.hours, crate::domain::hours::Hours::Weekly(s) if s.closed_on_holidays);
        let collab = p.collaboration.as_ref();
        location.push(vec![
            lid.clone(),
            "physical".into(),
            s(website.en.as_deref()),
            uuid("organization", &n.id),
            s(p.name.en.as_deref()),
            String::new(),
            String::new(),
            String::new(),
            p.pos.map(|q| crate::domain::text::fixed(q.quantised().lat, 5)).unwrap_or_default(),
            p.pos.map(|q| crate::domain::text::fixed(q.quantised().lon, 5)).unwrap_or_default(),
            p.id.clone(),
            "guichet".into(),
            s(p.name.fr.as_deref()),
            s(website.fr.as_deref()),
            n.id.clone(),
            n.level.id().into(),
            p.kind.id().into(),
            ids(p.categories.iter(), |c| c.id()),
            ids(p.passport.iter(), |l| l.id()),
            p.province.code().into(),
            p.community.clone(),
            p.tz.iana().into(),
            format!("{}/{}", enum_id(&p.geocode.method), enum_id(&p.geocode.confidence)),
            schedule::kind(&p.hours).into(),
            if weekly_holidays { "true".into() } else { String::new() },
            to_json(&p.closures, p.closures.is_empty()),
            to_json(&p.notes, p.notes.is_empty()),
            ids(p.caveats.iter(), |c| c.id()),
            s(p.services.en.as_deref()),
            s(p.services.fr.as_deref()),
            collab.map(|c| to_json(c, false)).unwrap_or_default(),
            to_json(&p.address, full_address || p.address == Default::default()),
            sources_of.iter().map(|d| d.id.as_str()).collect::<Vec<_>>().join(";"),
            licences.join(" | "),
            if open { "yes".into() } else { "no".into() },
            as_of.clone(),
            collab.map(|c| c.host.id().to_owned()).unwrap_or_default(),
            collab.map(|c| c.kind.id().to_owned()).unwrap_or_default(),
        ])?;
        sal.push(vec![uuid("service_at_location", &p.id), uuid("service", &n.id), lid.clone()])?;
        if full_address {
            address.push(vec![
                uuid("address", &p.id),
                lid.clone(),
                s(p.address.street.as_deref()),
                s(p.address.city.as_deref().or(Some(p.community.as_str()))),
                p.province.code().into(),
                s(p.address.postal_code.as_deref()),
                "CA".into(),
                "physical".into(),
                s(p.address.street_fr.as_deref()),
                s(p.address.city_fr.as_deref()),
            ])?;
        }
        if let Some(number) = &p.phone {
            phone.push(vec![uuid("phone", &p.id), lid.clone(), number.clone()])?;
        }
        for (k, r) in schedule::rows(&p.hours).into_iter().enumerate() {
            let day = r.day.map(|d| schedule::date(i64::from(d))).unwrap_or_default();
            sched.push(vec![
                uuid("schedule", &format!("{}#{k}", p.id)),
                lid.clone(),
                r.freq,
                r.byday,
                day.clone(),
                day,
                r.opens.map(schedule::time).unwrap_or_default(),
                r.closes.map(schedule::time).unwrap_or_default(),
                s(r.description.en.as_deref()),
                s(r.description.fr.as_deref()),
            ])?;
        }
        for (code, en, fr, on) in
            [("en", "English", "anglais", p.languages.en), ("fr", "French", "français", p.languages.fr)]
        {
            if on {
                let _ = fr;
                language.push(vec![
                    uuid("language", &format!("{}#{code}", p.id)),
                    lid.clone(),
                    en.into(),
                    code.into(),
                ])?;
            }
        }
        for (key, value, en, fr) in access_rows(p) {
            access.push(vec![
                uuid("accessibility", &format!("{}#{key}", p.id)),
                lid.clone(),
                en.into(),
                format!("{key}={value}"),
                fr.into(),
            ])?;
        }
        // Written feature by feature (keys in serde_json's order: "features" before "type").
        if i > 0 {
            geo.write_all(b",")?;
        }
        serde_json::to_writer(&mut geo, &feature(p, n, &sources_of, &licences, open, &as_of))?;
    }
    let tables = [org, service, location, sal, address, phone, sched, language, access];
    let rows = tables.iter().map(|t| (t.name, t.rows)).collect();
    let described: Vec<Described> =
        tables.iter().map(|t| Described { name: t.name, path: t.path, columns: t.columns.clone() }).collect();
    let mut files: Vec<(String, W)> = Vec::new();
    for t in tables {
        files.push((format!("{DIR}/{}", t.path), t.finish()?));
    }
    let package = datapackage(&described, networks, &used, sources, built, version);
    files.push(whole(&mut create, format!("{DIR}/datapackage.json"), &package)?);
    geo.write_all(b"],\"type\":\"FeatureCollection\"}\n")?;
    files.push((format!("{DIR}/{GEOJSON}"), geo.into_inner().map_err(io::IntoInnerError::into_error)?));
    files.push(whole(&mut create, format!("{DIR}/README.md"), readme(sources, points, built, version).as_bytes())?);
    Ok(Written { files, rows })
}

/// A file written at once.
fn whole<W: Write>(
    create: &mut impl FnMut(&str) -> io::Result<W>,
    path: String,
    bytes: &[u8],
) -> io::Result<(String, W)> {
    let mut w = create(&path)?;
    w.write_all(bytes)?;
    Ok((path, w))
}

/// The id serde gives a unit variant (kebab-case or lower-case, as the model says).
fn enum_id<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
}

/// The accessibility rows of a point: `(key, value, English, French)` per reported fact.
fn access_rows(p: &Point) -> Vec<(&'static str, &'static str, &'static str, &'static str)> {
    use crate::domain::facts::{Fact, Parking};
    let mut out = Vec::new();
    let a = p.access;
    match a.wheelchair {
        Fact::Yes => out.push(("wheelchair", "yes", "Wheelchair accessible", "Accessible en fauteuil roulant")),
        Fact::No => out.push(("wheelchair", "no", "Not wheelchair accessible", "Non accessible en fauteuil roulant")),
        Fact::NotReported => {}
    }
    match a.parking {
        Parking::Free => out.push(("parking", "free", "Free parking", "Stationnement gratuit")),
        Parking::Paid => out.push(("parking", "paid", "Paid parking", "Stationnement payant")),
        Parking::NotReported => {}
    }
    for (key, fact, en_yes, fr_yes, en_no, fr_no) in [
        (
            "asl",
            a.asl,
            "Service in American Sign Language",
            "Service en American Sign Language",
            "No service in American Sign Language",
            "Pas de service en American Sign Language",
        ),
        (
            "lsq",
            a.lsq,
            "Service in Langue des signes québécoise",
            "Service en langue des signes québécoise",
            "No service in Langue des signes québécoise",
            "Pas de service en langue des signes québécoise",
        ),
    ] {
        match fact {
            Fact::Yes => out.push((key, "yes", en_yes, fr_yes)),
            Fact::No => out.push((key, "no", en_no, fr_no)),
            Fact::NotReported => {}
        }
    }
    out
}

/// The access facts as `yes`/`no` (`free`/`paid` for parking), `null` when not reported.
fn access_json(p: &Point) -> Value {
    let mut v = json!({ "wheelchair": null, "parking": null, "asl": null, "lsq": null });
    for (key, value, _, _) in access_rows(p) {
        v[key] = json!(value);
    }
    v
}

fn text_json(t: &Text) -> Value {
    json!({ "en": t.en, "fr": t.fr })
}

fn feature(p: &Point, n: &Network, sources: &[&Dataset], licences: &[String], open: bool, as_of: &str) -> Value {
    let geometry = p.pos.map(|q| q.quantised()).map(|q| json!({ "type": "Point", "coordinates": [q.lon, q.lat] }));
    json!({
        "type": "Feature",
        "id": p.id,
        "geometry": geometry,
        "properties": {
            "id": p.id,
            "name": text_json(&p.name),
            "network": n.id,
            "network_name": text_json(&n.name),
            "level": n.level.id(),
            "kind": p.kind.id(),
            "categories": p.categories.iter().map(|c| c.id()).collect::<Vec<_>>(),
            "address": p.address,
            "community": p.community,
            "province": p.province.code(),
            "position": { "method": enum_id(&p.geocode.method), "confidence": enum_id(&p.geocode.confidence) },
            "time_zone": p.tz.iana(),
            "languages": { "en": p.languages.en, "fr": p.languages.fr },
            "phone": p.phone,
            "website": text_json(&p.website(n)),
            "hours": p.hours,
            "closures": p.closures,
            "notes": p.notes,
            "accessibility": access_json(p),
            "passport": p.passport.iter().map(|l| l.id()).collect::<Vec<_>>(),
            "services": text_json(&p.services),
            "collaboration": p.collaboration,
            "sources": sources.iter().map(|d| d.id.as_str()).collect::<Vec<_>>(),
            "licence": licences.join(" | "),
            "open_licence": open,
            "as_of": as_of,
        }
    })
}

fn datapackage(
    tables: &[Described],
    networks: &[Network],
    used: &BTreeSet<u16>,
    sources: &[Dataset],
    built: &str,
    version: &str,
) -> Vec<u8> {
    let schema = Schema::hsds();
    let resources: Vec<Value> = tables
        .iter()
        .map(|t| {
            let hsds = schema.table(t.name).expect("an HSDS table");
            let fields: Vec<Value> = t
                .columns
                .iter()
                .map(|c| match hsds.field(c) {
                    Some(f) => {
                        let mut v = json!({ "name": f.name, "type": kind_name(f.kind) });
                        if let Some(fmt) = &f.format {
                            v["format"] = json!(fmt);
                        }
                        v["constraints"] = json!({ "required": f.required, "unique": f.unique });
                        if let Some(a) = &f.allowed {
                            v["constraints"]["enum"] = json!(a);
                        }
                        v
                    }
                    None => {
                        json!({ "name": c, "type": "string", "description": "Guichet extension (docs/contribute.md)" })
                    }
                })
                .collect();
            let keys: Vec<Value> = hsds
                .foreign_keys
                .iter()
                .filter(|k| t.columns.contains(&k.field.as_str()))
                .map(|k| json!({ "fields": k.field, "reference": { "resource": k.target, "fields": k.target_field } }))
                .collect();
            json!({
                "name": t.name, "path": t.path, "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
                "profile": "tabular-data-resource",
                "schema": { "primaryKey": "id", "fields": fields, "foreignKeys": keys },
            })
        })
        .collect();
    let nets: Vec<Value> = networks
        .iter()
        .enumerate()
        .filter(|(i, _)| used.contains(&(*i as u16)))
        .map(|(_, n)| {
            json!({
                "id": n.id, "organization_id": uuid("organization", &n.id), "name": text_json(&n.name),
                "level": n.level.id(), "province": n.jurisdiction.map(|p| p.code()),
                "categories": n.categories.iter().map(|c| c.id()).collect::<Vec<_>>(),
                "organization": text_json(&n.organization), "website": text_json(&n.website),
                "phone": n.phone, "optional_layer": n.optional_layer, "point_website": text_json(&n.point_website),
            })
        })
        .collect();
    let srcs: Vec<Value> = sources
        .iter()
        .map(|d| json!({ "id": d.id, "title": d.name.en, "path": d.url, "licence": d.licence, "licence_url": d.licence_url, "open_licence": open_licence(d), "vintage": d.vintage }))
        .collect();
    let doc = json!({
        "name": "guichet-open-data",
        "title": "Guichet: in-person government service points in Canada",
        "description": "Federal, provincial, territorial and municipal service points merged by Guichet, in Open Referral's Human Services Data Specification (HSDS 3.0) with Guichet's extension for French text and what HSDS has no field for. Licences differ by record: see the guichet_licence and guichet_open_licence columns and README.md.",
        "profile": "tabular-data-package",
        "version": version,
        "created": built,
        "homepage": "/data/open/README.md",
        "sources": srcs,
        "resources": resources,
        "guichet": { "convention": "docs/contribute.md", "hsds_version": "3.0.0", "as_of": built, "networks": nets },
    });
    let mut v = serde_json::to_vec_pretty(&doc).expect("JSON");
    v.push(b'\n');
    v
}

fn kind_name(k: super::schema::Kind) -> &'static str {
    use super::schema::Kind;
    match k {
        Kind::String | Kind::Other => "string",
        Kind::Number => "number",
        Kind::Integer => "integer",
        Kind::Boolean => "boolean",
        Kind::Date => "date",
        Kind::Time => "time",
        Kind::DateTime => "datetime",
    }
}

fn readme(sources: &[Dataset], points: &[&Point], built: &str, version: &str) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "# Guichet open data\n\nData version `{version}`, built {built}. {} records.\n", points.len());
    let _ = writeln!(s, "- `datapackage.json` and the CSV tables: an HSDS 3.0 tabular data package (organizations, services, locations, service_at_location, addresses, phones, schedules, languages, accessibility), with Guichet's extension: French text in `_fr` columns, what HSDS has no field for in `guichet_` columns of `locations.csv`, networks in `datapackage.json` under `guichet` (see docs/contribute.md in Guichet's repository).");
    let _ = writeln!(s, "- `{GEOJSON}`: the same records as a GeoJSON FeatureCollection (WGS84; a record without a position has a null geometry). Texts are `{{\"en\", \"fr\"}}` pairs (`null` where the source gives no text in that language); accessibility facts are `yes`, `no` (parking `free`, `paid`) or `null` when not reported; `hours`, `closures`, `notes` and `collaboration` are Guichet's model as JSON (weekly spans in minutes after local midnight, days since 1970-01-01).\n");
    let _ = writeln!(s, "## Licences\n\nEach record names its sources (`guichet_sources`), their licences (`guichet_licence`) and whether they are all open licences (`guichet_open_licence`). Where a source states no open licence, the record says `no`: Guichet does not grant one it was not given. Check the source before you reuse such records.\n");
    let _ = writeln!(s, "| source | licence | open licence | as of | records |\n| --- | --- | --- | --- | ---: |");
    for (i, d) in sources.iter().enumerate() {
        let n = points.iter().filter(|p| p.sources.iter().any(|x| usize::from(x.dataset) == i)).count();
        if n == 0 {
            continue;
        }
        let open = if open_licence(d) { "yes" } else { "**no**" };
        let _ = writeln!(
            s,
            "| {} ({}) | {} | {open} | {} | {n} |",
            d.name.en.as_deref().unwrap_or(&d.id),
            d.id,
            d.licence,
            d.vintage
        );
    }
    s
}
