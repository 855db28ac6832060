//! Road distances (`guichet-bundle --roads`): hand-computed distances on a small road
//! network written for the test, and the bundle tool with `--roads` on the pipeline
//! fixtures (only `roads.bin` and the manifest's `insights` and data version change).
#![cfg(feature = "pipeline")]

use std::path::{Path, PathBuf};
use std::process::Command;

use guichet::bundle::{self, CoreBundle, Manifest, RoadBundle, RoadLink};
use guichet::domain::gazetteer::Fsa;
use guichet::domain::geo::{LatLon, EARTH_RADIUS_M};
use guichet::domain::model::{Point, Text};
use guichet::pipeline::roads::{RoadNetwork, SNAP_TOLERANCE_M};
use guichet::pipeline::run::{self, Options};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn point(id: &str, network: u16, pos: Option<LatLon>) -> Point {
    Point { name: Text::en(id), ..Point::bare(id, network, pos) }
}

fn fsa(code: &str, pos: LatLon, population: Option<u32>) -> Fsa {
    Fsa::bare(code, pos, population)
}

const fn at(lat: f64, lon: f64) -> LatLon {
    LatLon::new(lat, lon)
}

// The fixture's vertices (tests/fixtures/roads/roads.geojson), 0.01° apart. Roads: the
// west road SW–W1–NW, the north road NW–T1–NE, the east road NE–E1–SE, a dead end SW–S1,
// and a separate piece D0–D1. SE and S1 are not joined: from the west road to the east
// road one goes round by the north road.
const SW: LatLon = at(45.00, -75.00);
const SE: LatLon = at(45.00, -74.98);
const S1: LatLon = at(45.00, -74.99);
const D0: LatLon = at(45.00, -74.90);

/// Metres along a meridian for `deg` degrees of latitude: R × Δφ.
fn ns(deg: f64) -> f64 {
    EARTH_RADIUS_M * deg.to_radians()
}

/// Metres of the great circle between two points of the parallel `lat`, `deg` degrees of
/// longitude apart: 2R·asin(cos φ · sin(Δλ/2)).
fn ew(lat: f64, deg: f64) -> f64 {
    2.0 * EARTH_RADIUS_M * (lat.to_radians().cos() * (deg.to_radians() / 2.0).sin()).asin()
}

struct Fixture {
    roads: RoadNetwork,
    core: CoreBundle,
}

/// Networks: 0 "a", 1 "b", 2 "c".
fn fixture() -> Fixture {
    let roads = RoadNetwork::read(&root().join("tests/fixtures/roads/roads.geojson")).unwrap();
    let points = vec![
        point("a-0", 0, Some(at(44.999, -75.0012))), // south-west of SW: snaps to the corner
        point("b-1", 1, Some(at(44.999, -74.979))),  // south-east of SE: snaps to the corner
        point("b-2", 1, Some(at(45.017, -75.000))),  // on the west road between W1 and NW
        point("c-3", 2, Some(at(44.999, -74.901))),  // south-west of D0, on the separate piece
        point("c-4", 2, Some(at(45.100, -75.000))),  // 8.9 km north of NW: beyond the tolerance
        point("a-5", 0, None),                       // no position
        point("a-6", 0, Some(at(45.000, -74.9895))), // 39 m east of the dead end S1
        point("b-7", 1, Some(at(45.017, -75.000))),  // same place as b-2: ties go to b-2
    ];
    let fsas = vec![
        fsa("K0A", at(45.005, -74.98), Some(1_000)), // on the east road between E1 and SE
        fsa("K0B", at(45.010, -74.99), None),        // no population: no link
        fsa("K0C", at(46.000, -75.00), Some(500)),   // 109 km away: no link
        fsa("K0E", at(45.005, -74.899), Some(200)),  // 79 m east of the separate piece
    ];
    let mut core = CoreBundle { points, ..CoreBundle::default() };
    core.gazetteer.fsas = fsas;
    Fixture { roads, core }
}

/// The link expected from a hand-computed distance, rounded to the metre as in the file.
/// The fixture keeps hand values off rounding boundaries, so the rounding cannot hide a
/// disagreement of more than a few centimetres, nor flip on one of a few nanometres.
fn link(from: u32, network: u16, to: u32, metres: f64) -> RoadLink {
    assert!((metres.fract() - 0.5).abs() > 0.05, "{metres} is too near a rounding boundary: move a point");
    RoadLink { from, network, to, metres: metres.round() as u32 }
}

#[test]
fn fixture_graph_is_read_as_drawn() {
    let f = fixture();
    // 10 vertices, 8 edges: the west road digitised twice counts once.
    assert_eq!((f.roads.nodes(), f.roads.edges()), (10, 8));
    let s = &f.roads.summary;
    assert_eq!((s.features, s.lines), (7, 6));
    assert_eq!(s.skipped.iter().map(|(k, n)| (k.as_str(), *n)).collect::<Vec<_>>(), [("Point", 1), ("Polygon", 1)]);
}

#[test]
fn road_distances_on_the_fixture_equal_hand_computed_values() {
    let f = fixture();
    let p = |i: usize| f.core.points[i].pos.unwrap();
    let started = std::time::Instant::now();
    let r = f.roads.solve("roads.geojson", &f.core);
    eprintln!("fixture solved in {:.3} ms", started.elapsed().as_secs_f64() * 1000.0);

    // Snap legs: straight from the point to the corner or the road.
    let leg0 = p(0).distance_m(SW);
    let leg1 = p(1).distance_m(SE);
    let leg6 = p(6).distance_m(S1);
    let leg3 = p(3).distance_m(D0);
    // Road lengths between vertices: 0.01° of latitude, 0.01° of longitude at 45°.
    let (ns1, ew1) = (ns(0.01), ew(45.0, 0.01));
    assert!((ns1 - 1111.95).abs() < 0.01 && (ew1 - 786.27).abs() < 0.01, "{ns1} {ew1}");
    // From the west road round to the east road: up 2 × 0.01°, across, down 2 × 0.01°
    // (the north road's vertices are at 45.02°).
    let round_the_u = 2.0 * ns1 + 2.0 * ew(45.02, 0.01) + 2.0 * ns1;
    let sw_to_b2 = ns(0.017); // SW to b-2, on the west road

    // b-1 is the nearest "b" to a-0 as the crow flies, b-2 by road.
    assert!(p(0).distance_m(p(1)) < p(0).distance_m(p(2)));
    let a0_b2 = leg0 + sw_to_b2;
    let a0_b1 = leg0 + round_the_u + leg1;
    assert!(a0_b2 < a0_b1);
    let expected_partners = vec![
        link(0, 1, 2, a0_b2),                     // a-0 → b-2 (b-7 is as near; b-2 has the lower index)
        link(1, 0, 0, leg1 + round_the_u + leg0), // b-1 → a-0 round the U (a-6 is past the 786 m dead end)
        link(2, 0, 0, sw_to_b2 + leg0),           // b-2 → a-0
        link(6, 1, 2, leg6 + ew(45.0, 0.01) + sw_to_b2), // a-6 → b-2, back along the dead end
        link(7, 0, 0, sw_to_b2 + leg0),           // b-7 → a-0
    ];
    assert_eq!(r.partners, expected_partners);

    // c-3 is on the separate piece: snapped, but nothing of another network is reachable
    // from it, and nothing reaches it; c-4 is beyond the tolerance; a-5 has no position.
    assert!(p(4).distance_m(at(45.02, -75.0)) > SNAP_TOLERANCE_M);
    assert_eq!(r.unsnapped, [4]);

    // FSAs: K0A lies on the east road 0.005° south of E1 (leg 0); K0E is 79 m east of
    // the separate piece, whose nearest location is due west of it, 0.005° north of D0.
    let k0 = f.core.gazetteer.fsas[0].pos;
    assert!(k0.distance_m(at(45.005, -74.98)) == 0.0);
    let k0a_to_sw = ns(0.015) + 2.0 * ew(45.02, 0.01) + ns(0.02); // up to NE, across, down to SW
    let k3 = f.core.gazetteer.fsas[3].pos;
    let k0e_c3 = k3.distance_m(at(45.005, -74.90)) + ns(0.005) + leg3;
    assert_eq!(r.fsas.len(), 3, "{:?}", r.fsas);
    assert_eq!(r.fsas[0], link(0, 0, 0, k0a_to_sw + leg0), "K0A → a-0, round the U");
    assert_eq!(r.fsas[1], link(0, 1, 1, ns(0.005) + leg1), "K0A → b-1");
    // The snap is the nearest location on the arc, a few millimetres from 45.005°.
    let k0e = r.fsas[2];
    assert_eq!((k0e.from, k0e.network, k0e.to), (3, 2, 3), "K0E → c-3");
    assert!((f64::from(k0e.metres) - k0e_c3).abs() <= 0.51, "{} vs {k0e_c3}", k0e.metres);

    assert_eq!((r.source.as_str(), r.nodes, r.edges), ("roads.geojson", 10, 8));
    // Same inputs, same bytes.
    assert_eq!(bundle::encode(&r), bundle::encode(&f.roads.solve("roads.geojson", &f.core)));
    for (name, m) in [("a0_b2", a0_b2), ("a0_b1", a0_b1), ("k0a_sw", k0a_to_sw + leg0)] {
        eprintln!("{name}: {m:.4} m");
    }
}

/// Runs `guichet-bundle` on the pipeline fixtures into `out`, with extra arguments.
fn bundle_tool(out: &Path, extra: &[&str]) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_guichet-bundle"))
        .args(["--sources", root().join("tests/fixtures/sources").to_str().unwrap()])
        .args(["--out", out.to_str().unwrap(), "--build-date", "2026-01-15"])
        .args(extra)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(output.status.success(), "{stdout}\n{}", String::from_utf8_lossy(&output.stderr));
    stdout
}

/// Every file under `dir`, as (relative path, bytes), sorted.
fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let path = e.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let rel = path.strip_prefix(dir).unwrap().to_string_lossy().replace('\\', "/");
                out.push((rel, std::fs::read(&path).unwrap()));
            }
        }
    }
    out.sort();
    out
}

#[test]
fn bundle_tool_with_roads_adds_roads_bin_and_changes_nothing_else() {
    let tmp = std::env::temp_dir().join(format!("guichet-roads-test-{}", std::process::id()));
    let (plain, with) = (tmp.join("plain"), tmp.join("roads"));
    let roads_file = root().join("tests/fixtures/roads/montreal.geojson");
    bundle_tool(&plain, &[]);
    let stdout = bundle_tool(&with, &["--roads", roads_file.to_str().unwrap()]);
    assert!(stdout.contains("roads (montreal.geojson): 8 nodes, 7 edges"), "{stdout}");

    let (a, b) = (files(&plain), files(&with));
    assert!(!a.iter().any(|(p, _)| p == bundle::ROADS));
    let manifest = |files: &[(String, Vec<u8>)]| -> Manifest {
        Manifest::parse(&files.iter().find(|(p, _)| p == bundle::MANIFEST).unwrap().1).unwrap()
    };
    let (ma, mb) = (manifest(&a), manifest(&b));
    // The same files, byte for byte, but roads.bin and the five that carry the data version.
    let varying =
        [bundle::ROADS, bundle::MANIFEST, "REPORT.md", "report.json", "open/datapackage.json", "open/README.md"];
    let same = |files: &[(String, Vec<u8>)]| -> Vec<(String, Vec<u8>)> {
        files.iter().filter(|(p, _)| !varying.contains(&p.as_str())).cloned().collect()
    };
    assert_eq!(same(&a), same(&b));
    assert!(a.len() > 10 && b.len() == a.len() + 1);
    for name in ["REPORT.md", "report.json"] {
        let text = |files: &[(String, Vec<u8>)], version: &str| {
            let bytes = &files.iter().find(|(p, _)| p == name).unwrap().1;
            String::from_utf8(bytes.clone()).unwrap().replace(version, "VERSION")
        };
        assert_eq!(text(&a, &ma.data_version), text(&b, &mb.data_version), "{name}");
    }
    assert_ne!(ma.data_version, mb.data_version, "roads.bin is part of the data version");
    assert_eq!((&ma.files, &ma.counts, &ma.sources), (&mb.files, &mb.counts, &mb.sources));
    assert_eq!(ma.insights.len() + 1, mb.insights.len());
    assert_eq!(&mb.insights[..ma.insights.len()], &ma.insights[..]);
    let entry = mb.insights.last().unwrap();
    assert_eq!(entry.path, bundle::ROADS);
    assert!(mb.file(bundle::ROADS).is_none(), "never in `files`: not precached");

    let bytes = &b.iter().find(|(p, _)| p == bundle::ROADS).unwrap().1;
    bundle::verify(entry, bytes).unwrap();
    let roads: RoadBundle = bundle::decode(bytes).unwrap();
    let build = run::build(&Options {
        sources: root().join("tests/fixtures/sources"),
        build_date: "2026-01-15".into(),
        roads: Some(roads_file),
        networks: Vec::new(),
    })
    .unwrap();
    assert_eq!(build.roads.as_ref().map(|r| &r.0), Some(&roads));
    // Montréal's points and postal areas are on these roads; the rest of Canada is not.
    let core = &build.core;
    let montreal = |i: &u32| core.points[*i as usize].community == "Montréal";
    assert!(roads.unsnapped.iter().all(|i| !montreal(i) && core.points[*i as usize].pos.is_some()));
    assert!(roads.partners.iter().all(|l| montreal(&l.from) || core.points[l.from as usize].id == "sc-2000"));
    assert!(roads.partners.iter().any(|l| core.points[l.from as usize].id == "sc-2000"));
    for l in roads.partners.iter().chain(&roads.fsas) {
        assert_ne!(core.points[l.to as usize].network, u16::MAX);
        assert_eq!(core.points[l.to as usize].network, l.network);
    }
    let fsas: Vec<&str> = roads.fsas.iter().map(|l| core.gazetteer.fsas[l.from as usize].code.as_str()).collect();
    assert!(fsas.iter().all(|c| c.starts_with('H')) && fsas.contains(&"H4N"), "{fsas:?}");
    for l in &roads.partners {
        assert_ne!(core.points[l.from as usize].network, l.network);
        let straight = core.points[l.from as usize].pos.unwrap().distance_m(core.points[l.to as usize].pos.unwrap());
        assert!(f64::from(l.metres) + 1.0 >= straight, "a road is never shorter than the straight line: {l:?}");
    }
    std::fs::remove_dir_all(&tmp).unwrap();
}
