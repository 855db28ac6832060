//! Open data in and out (issue 18): the example package's golden report, broken packages
//! reported row by row, the export checked against the HSDS schema and the manifest's
//! counts, and the round trip (export, then import, gives the same points) on generated
//! points, the fixture bundle and (`#[ignore]`d) the real one.
//!
//! Update the golden report with `UPDATE_GOLDEN=1 cargo test --features pipeline --test hsds`.
#![cfg(feature = "pipeline")]

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

use guichet::domain::model::{Network, Point};
use guichet::pipeline::boundaries::Boundaries;
use guichet::pipeline::hsds::{self, export, sample, validate, Imported, Schema};
use guichet::pipeline::run::{self, Build, Options};
use proptest::prelude::*;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn example() -> PathBuf {
    root().join("tests/fixtures/hsds/example-network")
}

fn fixture_boundaries() -> Boundaries {
    Boundaries::load(&root().join("tests/fixtures/sources")).unwrap()
}

/// A fresh scratch folder for this test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("guichet-hsds-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn import(dirs: &[PathBuf], boundaries: &Boundaries) -> Vec<Imported> {
    let inside = |pos, province| boundaries.distance_km(pos, province);
    hsds::import_all(dirs, &inside, 0, 0, &[], &HashSet::new())
}

#[test]
fn the_example_package_has_a_golden_report() {
    let reports = hsds::check(&root().join("tests/fixtures/sources"), &example()).unwrap();
    assert_eq!(reports.len(), 1);
    let actual = reports[0].markdown();
    let path = root().join("tests/golden/hsds-example.md");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, &actual).unwrap();
    }
    assert_eq!(std::fs::read_to_string(&path).unwrap(), actual, "UPDATE_GOLDEN=1 to accept");
    assert!(reports[0].is_clean());

    let imported = import(&[example()], &fixture_boundaries());
    let points = &imported[0].points;
    let ids: Vec<&str> = points.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["example-mb-wpg-01", "example-mb-bdn-01", "example-mb-thp-01"]);
    let wpg = &points[0];
    assert_eq!(wpg.name.fr.as_deref(), Some("Centre Exemple Winnipeg centre-ville"));
    assert_eq!(wpg.address.street_fr.as_deref(), Some("100, rue Exemple"));
    assert_eq!(wpg.address.postal_code.as_deref(), Some("R3C 0A1"));
    assert!(wpg.languages.en && wpg.languages.fr);
    assert_eq!(format!("{:?}", wpg.access.parking), "Paid");
    assert_eq!(wpg.hours.spans(0).map(<[_]>::len), Some(1));
    assert_eq!(points[1].hours.spans(1).map(<[_]>::len), Some(2), "a lunch break splits Tuesday");
    assert!(points[2].pos.is_none() && points[2].hours.is_visits());
    assert_eq!(imported[0].networks[0].organization.fr.as_deref(), Some("Gouvernement provincial Exemple (fictif)"));
}

/// Copies the example into `dir/name`, changing `file` with `change`.
fn broken(dir: &Path, name: &str, file: &str, change: impl Fn(Vec<u8>) -> Vec<u8>) -> PathBuf {
    let to = dir.join(name);
    std::fs::create_dir_all(&to).unwrap();
    for e in std::fs::read_dir(example()).unwrap().flatten() {
        let bytes = std::fs::read(e.path()).unwrap();
        let bytes = if e.file_name() == file { change(bytes) } else { bytes };
        // A network of its own, as two governments' packages would be.
        let bytes = if e.file_name() == "datapackage.json" && file != "datapackage.json" {
            String::from_utf8(bytes).unwrap().replace("\"example-mb\"", &format!("\"ex-{}\"", &name[..1])).into_bytes()
        } else {
            bytes
        };
        std::fs::write(to.join(e.file_name()), bytes).unwrap();
    }
    to
}

fn replace(from: &str, to: &str) -> impl Fn(Vec<u8>) -> Vec<u8> {
    let (from, to) = (from.to_owned(), to.to_owned());
    move |b| {
        let s = String::from_utf8(b).unwrap();
        assert!(s.contains(&from), "{from}");
        s.replacen(&from, &to, 1).into_bytes()
    }
}

#[test]
fn broken_packages_are_reported_row_by_row_and_stop_nothing() {
    let dir = scratch("broken");
    let wpg = "0b6c4d1e-1f7a-4c1e-9d55-000000000101";
    let cases: Vec<(PathBuf, usize, &str)> = vec![
        (
            broken(&dir, "a-bad-header", "locations.csv", replace("location_type", "locationtype")),
            0,
            "lacks the required column \"location_type\"",
        ),
        (
            broken(&dir, "b-latin1", "locations.csv", |b| {
                String::from_utf8(b)
                    .unwrap()
                    .replace("Centre Exemple Brandon", "Centre Exemple Br\u{e9}")
                    .into_bytes()
                    .iter()
                    .flat_map(|c| {
                        if *c == 0xc3 {
                            vec![]
                        } else if *c == 0xa9 {
                            vec![0xe9]
                        } else {
                            vec![*c]
                        }
                    })
                    .collect()
            }),
            2,
            "not UTF-8",
        ),
        (
            broken(&dir, "c-crlf-bom", "locations.csv", |b| {
                [b"\xEF\xBB\xBF".to_vec(), String::from_utf8(b).unwrap().replace('\n', "\r\n").into_bytes()].concat()
            }),
            3,
            "",
        ),
        (
            broken(&dir, "d-missing-column", "addresses.csv", |b| {
                String::from_utf8(b)
                    .unwrap()
                    .lines()
                    .map(|l| l.rsplit_once(',').unwrap().0.to_owned() + "\n")
                    .collect::<String>()
                    .into_bytes()
            }),
            3,
            "lacks the required column \"address_type\"",
        ),
        (
            broken(&dir, "e-duplicate-id", "locations.csv", |b| {
                let s = String::from_utf8(b).unwrap();
                let second = s.lines().nth(2).unwrap().to_owned();
                (s + &second + "\n").into_bytes()
            }),
            3,
            "duplicate id",
        ),
        (
            broken(&dir, "f-dangling", "phones.csv", replace(wpg, "0b6c4d1e-1f7a-4c1e-9d55-999999999999")),
            3,
            "no such location",
        ),
        (broken(&dir, "g-zero-zero", "locations.csv", replace("49.89510,-97.13840", "0,0")), 2, "outside Canada"),
        (
            broken(&dir, "h-province", "addresses.csv", replace(",Brandon,MB,", ",Brandon,ZZ,")),
            2,
            "\"ZZ\" is not a Canadian province",
        ),
        (broken(&dir, "i-wrong-province", "addresses.csv", replace(",Winnipeg,MB,", ",Winnipeg,NS,")), 2, "not in NS"),
        (
            broken(&dir, "j-no-metadata", "datapackage.json", |_| b"{ \"name\": \"x\" }".to_vec()),
            0,
            "no \"guichet\" object",
        ),
        (example(), 3, ""),
    ];
    let dirs: Vec<PathBuf> = cases.iter().map(|c| c.0.clone()).collect();
    let imported = import(&dirs, &fixture_boundaries());
    assert_eq!(imported.len(), cases.len(), "every package reported");
    for ((dir, points, reason), imp) in cases.iter().zip(&imported) {
        let md = imp.report.markdown();
        assert_eq!(imp.points.len(), *points, "{}:\n{md}", dir.display());
        assert!(md.contains(reason), "{}: {reason:?} not in\n{md}", dir.display());
    }
    // Row by row: the bad header rejects each location with the reason, and the rows that
    // refer to them after it.
    let bad = &imported[0].report;
    assert_eq!(bad.rejected.iter().filter(|r| r.0 == "location").count(), 3);
    assert!(bad.rejected.iter().any(|r| r.0 == "phone" && r.3.contains("that location row is rejected")));
    assert!(imported[2].report.notes.iter().any(|n| n.contains("byte-order mark")));
    let _ = std::fs::remove_dir_all(dir);
}

/// The fields the round trip keeps, per point, keyed by id.
fn essentials(networks: &[Network], points: &[Point]) -> BTreeMap<String, String> {
    points
        .iter()
        .map(|p| {
            let net = &networks[usize::from(p.network)].id;
            let pos = p.pos.map(|q| q.quantised());
            let v = format!(
                "{net} {:?} {pos:?} {:?} {:?} {:?} {:?} {:?} {:?} {:?} {} {:?} {:?} {:?}",
                p.name,
                p.hours,
                p.languages,
                p.access,
                p.kind,
                p.categories,
                p.passport,
                p.geocode,
                p.community,
                p.tz,
                p.phone,
                p.collaboration
            );
            (p.id.clone(), v)
        })
        .collect()
}

/// Exports, writes the export to a scratch folder and imports it back.
fn round_trip(
    name: &str,
    networks: &[Network],
    points: &[Point],
    boundaries: &Boundaries,
    sources: &[guichet::domain::model::Dataset],
) -> Imported {
    let refs: Vec<&Point> = points.iter().collect();
    let e = export::export(networks, &refs, sources, "2026-12-03", "0123456789abcdef");
    let dir = scratch(name);
    for (path, bytes) in &e.files {
        let p = dir.join(path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, bytes).unwrap();
    }
    let mut imported = import(&[dir.join(export::DIR)], boundaries);
    let _ = std::fs::remove_dir_all(dir);
    imported.remove(0)
}

fn assert_same(before: (&[Network], &[Point]), after: &Imported) {
    assert!(after.rejected.is_empty(), "{:?}", &after.rejected[..after.rejected.len().min(5)]);
    let (a, b) = (essentials(before.0, before.1), essentials(&after.networks, &after.points));
    assert_eq!(a.len(), b.len());
    for (id, v) in &a {
        assert_eq!(Some(v), b.get(id), "{id}");
    }
    for n in &after.networks {
        let original = before.0.iter().find(|m| m.id == n.id).unwrap();
        assert_eq!((&n.name, n.level, n.jurisdiction), (&original.name, original.level, original.jurisdiction));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(12))]
    #[test]
    fn generated_points_survive_export_then_import(seed in any::<u64>(), n in 1usize..60) {
        let networks = sample::networks();
        let points = sample::points(seed, n);
        let back = round_trip(&format!("gen-{seed}"), &networks, &points, &fixture_boundaries(), &[]);
        assert_same((&networks, &points), &back);
    }
}

/// The export validates against the schema, its rows match the manifest's counts, and it
/// imports back to the same points.
fn check_export(b: &Build, schema: &Schema, boundaries: &Boundaries) {
    let open = b.open();
    let files: BTreeMap<String, Vec<u8>> = open
        .iter()
        .filter_map(|f| {
            let file = f.path.strip_prefix("open/")?;
            let table = schema.tables.iter().find(|t| t.path == file)?;
            Some((table.name.clone(), f.bytes.clone()))
        })
        .collect();
    assert_eq!(files.len(), 9, "{:?}", files.keys());
    let checked = validate::validate(schema, &files);
    for t in &checked.tables {
        assert_eq!(t.error, None, "{}", t.name);
        let bad: Vec<_> = t.rows.iter().filter(|r| r.rejected.is_some()).take(3).collect();
        assert!(bad.is_empty(), "{}: {bad:?}", t.name);
    }
    let c = &b.manifest.counts;
    let rows = |name: &str| checked.table(name).unwrap().rows.len() as u32;
    assert_eq!(rows("location"), c.points + c.libraries);
    assert_eq!(rows("service_at_location"), c.points + c.libraries);
    let geo: serde_json::Value =
        serde_json::from_slice(&open.iter().find(|f| f.path.ends_with(export::GEOJSON)).unwrap().bytes).unwrap();
    assert_eq!(geo["features"].as_array().unwrap().len() as u32, c.points + c.libraries);
    // Per network, as the manifest counts them.
    let loc = checked.table("location").unwrap();
    let mut by: BTreeMap<String, u32> = BTreeMap::new();
    for r in &loc.rows {
        *by.entry(loc.get(r, "guichet_network").to_owned()).or_default() += 1;
    }
    for (net, n) in &c.by_network {
        assert_eq!(by.get(net), Some(n), "{net}");
    }
    // Round trip.
    let points: Vec<Point> = b.core.points.iter().chain(&b.libraries.points).cloned().collect();
    let sources: Vec<_> = b.manifest.sources.iter().map(|s| s.dataset.clone()).collect();
    let back =
        round_trip(&format!("bundle-{}", b.manifest.data_version), &b.core.networks, &points, boundaries, &sources);
    assert_same((&b.core.networks, &points), &back);
}

#[test]
fn the_fixture_bundle_exports_valid_hsds_that_imports_back() {
    let opts = Options {
        sources: root().join("tests/fixtures/sources"),
        build_date: "2026-01-15".into(),
        roads: None,
        networks: vec![example()],
    };
    let b = run::build(&opts).unwrap();
    // The example package is a network of the build, listed in the manifest and REPORT.md.
    assert_eq!(b.manifest.counts.by_network.get("example-mb"), Some(&3));
    assert!(b.manifest.sources.iter().any(|s| s.dataset.id == "hsds-example-network" && s.kept == 3));
    assert!(guichet::pipeline::report::report_markdown(b.facts()).contains("### EXAMPLE ONLY"));
    check_export(&b, &Schema::hsds(), &fixture_boundaries());
}

#[test]
#[ignore = "needs the real sources (../shared/data or $GUICHET_SOURCES)"]
fn the_real_export_validates_against_the_hsds_folder_and_imports_back() {
    let sources = guichet::pipeline::real_sources();
    let hsds_package = std::fs::read(sources.join("hsds/datapackage.json")).unwrap();
    let schema = Schema::from_datapackage(&hsds_package).unwrap();
    // Our reduced copy says what the HSDS folder says, table by table.
    for t in &Schema::hsds().tables {
        let theirs = schema.table(&t.name).unwrap();
        assert_eq!((&t.path, &t.primary_key), (&theirs.path, &theirs.primary_key));
        assert_eq!(t.fields, theirs.fields, "{}", t.name);
        assert_eq!(t.foreign_keys, theirs.foreign_keys, "{}", t.name);
    }
    let boundaries = Boundaries::load(&sources).unwrap();
    let simple = std::fs::read_to_string(sources.join("hsds/schema/schema_simple.csv")).unwrap();
    let b =
        run::build(&Options { sources, build_date: "2026-11-28".into(), roads: None, networks: Vec::new() }).unwrap();
    check_export(&b, &schema, &boundaries);
    against_schema_folder(&b, &schema, &simple);
}

/// The export's tables against `hsds/schema/schema_simple.csv` (the schema folder's flat
/// list of every table's fields): each column is an HSDS field of its table with the same
/// type (or one the list calls a string: it says `string` for `dtstart`, which
/// `datapackage.json` types as a date), or one of Guichet's extension columns, and every
/// required field is there.
fn against_schema_folder(b: &Build, schema: &Schema, simple: &str) {
    #[derive(serde::Deserialize)]
    struct Row {
        table_name: String,
        name: String,
        #[serde(rename = "type")]
        kind: String,
        constraints_required: String,
        constraints_tablular_required: String,
    }
    let rows: Vec<Row> = csv::Reader::from_reader(simple.as_bytes()).deserialize().map(Result::unwrap).collect();
    // The tables the export writes, with the folder's own field types.
    let written: Vec<&guichet::pipeline::hsds::schema::Table> =
        Schema::hsds().tables.iter().map(|t| schema.table(&t.name).unwrap()).collect::<Vec<_>>();
    let open = b.open();
    for t in written {
        let file = &open.iter().find(|f| f.path == format!("open/{}", t.path)).unwrap().bytes;
        let header: Vec<String> =
            String::from_utf8_lossy(file).lines().next().unwrap().split(',').map(str::to_owned).collect();
        let fields: Vec<&Row> = rows.iter().filter(|r| r.table_name == t.name).collect();
        for c in &header {
            let extension = c.starts_with("guichet_") || c.ends_with("_fr");
            let field = fields.iter().find(|r| r.name == *c);
            assert!(extension || field.is_some(), "{}.{c} is not in schema_simple.csv", t.name);
            if let (Some(f), Some(ours)) = (field, t.field(c)) {
                let kind = format!("{:?}", ours.kind).to_lowercase();
                assert!(f.kind == kind || f.kind == "string", "{}.{c}: {} vs {kind}", t.name, f.kind);
            }
        }
        for f in fields.iter().filter(|f| f.constraints_required == "true" || f.constraints_tablular_required == "true")
        {
            assert!(header.contains(&f.name), "{}: required {} missing", t.name, f.name);
        }
    }
}
