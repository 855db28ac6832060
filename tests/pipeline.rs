//! The whole pipeline: golden files on our own fixtures, determinism, encode/decode round
//! trip, and a check of the real sources (`#[ignore]`d: `scripts/test.sh` runs it with
//! `--ignored` when `../shared/data` is present).
//!
//! The fixture bundle is built once per test run ([`fixture`]) and shared by the tests.
//!
//! Update the golden files after an intended change with
//! `UPDATE_GOLDEN=1 cargo test --features pipeline --test pipeline` and review the diff.
#![cfg(feature = "pipeline")]

use std::path::PathBuf;
use std::sync::OnceLock;

use guichet::bundle::{self, CoreBundle, LayerBundle, PostalIndex};
use guichet::domain::gazetteer::PostalShard;
use guichet::domain::geo::LatLon;
use guichet::domain::model::{Languages, Province, Text};
use guichet::domain::service::{Delivery, ServiceCatalogue};
use guichet::pipeline::run::{self, Build, Options};
use proptest::prelude::*;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn fixtures() -> Options {
    Options {
        sources: root().join("tests/fixtures/sources"),
        build_date: "2026-01-15".into(),
        roads: None,
        networks: Vec::new(),
    }
}

fn build(opts: &Options) -> Build {
    run::build(opts).unwrap_or_else(|e| panic!("pipeline failed: {e}"))
}

/// The pipeline on the fixtures, built once for every test of this file.
fn fixture() -> &'static Build {
    static BUILD: OnceLock<Build> = OnceLock::new();
    BUILD.get_or_init(|| build(&fixtures()))
}

/// Compares `actual` with the golden file `name`, or rewrites it under UPDATE_GOLDEN=1.
fn golden(name: &str, actual: &str) {
    let path = root().join("tests/golden").join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (run with UPDATE_GOLDEN=1 to create it)", path.display()));
    if expected != actual {
        let line = expected.lines().zip(actual.lines()).position(|(a, b)| a != b).unwrap_or(0);
        panic!(
            "{name} differs from the golden file at line {}:\n  expected: {}\n  actual:   {}\n(UPDATE_GOLDEN=1 to accept)",
            line + 1,
            expected.lines().nth(line).unwrap_or("<end>"),
            actual.lines().nth(line).unwrap_or("<end>")
        );
    }
}

#[test]
fn golden_bundle_on_fixtures() {
    let b = fixture();
    let mut points = serde_json::to_string_pretty(&(&b.core.points, &b.libraries.points)).unwrap();
    points.push('\n');
    golden("points.json", &points);
    let mut gazetteer = serde_json::to_string_pretty(&b.core.gazetteer).unwrap();
    gazetteer.push('\n');
    golden("gazetteer.json", &gazetteer);
    golden("manifest.json", std::str::from_utf8(&run::manifest_json(&b.manifest)).unwrap());
    golden("REPORT.md", &guichet::pipeline::report::report_markdown(b.facts()));
    let mut services = serde_json::to_string_pretty(&(&b.services, &b.services_other)).unwrap();
    services.push('\n');
    golden("services.json", &services);
}

#[test]
fn fixture_services_split_and_delivery() {
    let b = fixture();
    let public: Vec<&str> =
        b.services.services.iter().map(|s| s.id.as_str()).filter(|id| !id.starts_with("prov-")).collect();
    // Persons' services in the public file (with the curated biometrics service); the
    // tribunal library and GC Notify elsewhere.
    assert_eq!(public, ["1001", "1003", "1242", "1292", "1296", "7", "SRV03049", "gc-biometrics"]);
    // Biometrics: exactly the offices whose finder page says so.
    let bio = b.services.find("gc-biometrics").unwrap();
    let at: Vec<&str> = b.core.points.iter().filter(|p| bio.delivered_at(p)).map(|p| p.id.as_str()).collect();
    let flagged: Vec<&str> = b
        .core
        .points
        .iter()
        .filter(|p| p.categories.contains(guichet::domain::model::Category::Biometrics))
        .map(|p| p.id.as_str())
        .collect();
    assert!(!at.is_empty());
    assert_eq!(at, flagged);
    let other: Vec<&str> = b.services_other.services.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(other, ["3595", "SRV02975"]);
    assert!(b.services_other.synonyms.is_empty() && !b.services.synonyms.is_empty());
    let passport = b.services.find("1242").unwrap();
    let net = b.core.networks.iter().position(|n| n.id == "service-canada").unwrap() as u16;
    assert_eq!(passport.delivery.len(), 1);
    assert_eq!(passport.delivery[0].network, net);
    // Delivered only where passports are offered.
    let delivering: Vec<&str> =
        b.core.points.iter().filter(|p| passport.delivered_at(p)).map(|p| p.id.as_str()).collect();
    assert!(delivering.contains(&"sc-2000") && delivering.contains(&"sc-4802"), "{delivering:?}");
    // Abbotsford takes passport applications (by mail) in the 2026 list; the NWT partners
    // do not offer passports.
    assert!(delivering.contains(&"sc-5944"));
    assert!(!delivering.contains(&"sc-NT-SAW"));
    let sin = b.services.find("1292").unwrap();
    assert!(b.core.points.iter().any(|p| p.id == "sc-5944" && sin.delivered_at(p)));
    assert!(!b.core.points.iter().any(|p| p.id == "sc-2000" && sin.delivered_at(p)));
    // Not offered in person: no delivery. In person but not at our networks: none either.
    assert!(b.services.find("1296").unwrap().delivery.is_empty());
    assert!(b.services_other.find("3595").unwrap().delivery.is_empty());
    let s = &b.services_summary;
    // Nine inventory services; the public file has seven of them and the curated one.
    assert_eq!((s.services, s.public - s.provincial.services), (9, 8));
    // The insights-only files: the other services, and the census by FSA (issue 20).
    let insights: Vec<&str> = b.manifest.insights.iter().map(|f| f.path.as_str()).collect();
    assert_eq!(insights, [bundle::SERVICES_OTHER, bundle::CENSUS]);
    assert!(b.manifest.file(bundle::SERVICES).is_some() && b.manifest.file(bundle::SERVICES_OTHER).is_none());
}

#[test]
fn fixture_provincial_services() {
    let b = fixture();
    let ids: Vec<&str> = b.core.in_person.iter().map(|x| x.id.as_str()).collect();
    // Federal services delivered at our networks (not 1296: not in person), then every
    // provincial service some fixture list names (the fixture rows are real ones).
    assert_eq!(ids[..6], ["1001", "1003", "1242", "1292", "7", "SRV03049"]);
    assert_eq!(ids[6], "gc-biometrics");
    assert_eq!(ids.len(), 7 + 18, "{ids:?}");
    assert!(!ids.contains(&"prov-land-registry"), "no fixture list names it");
    let linked = |id: &str| -> Vec<String> {
        let x = b.core.in_person.iter().find(|x| x.id == id).unwrap_or_else(|| panic!("{id} not listed"));
        b.core
            .points
            .iter()
            .filter(|p| guichet::domain::service::delivered(&x.delivery, p))
            .map(|p| p.id.clone())
            .collect()
    };
    // Each office whose own list names it, and Service BC as a network (its list is
    // network-level): the Victoria office too, whose own list does not name it.
    // Saint-Quentin (SNB, no list) is not linked; neither is any ServiceOntario centre.
    assert_eq!(
        linked("prov-driver-licence"),
        [
            "pr-access-ns-sydney",
            "pr-access-ns-windsor",
            "pr-service-bc-vernon",
            "pr-service-bc-victoria",
            "pr-service-nb-campbellton",
            "pr-service-nb-fredericton"
        ]
    );
    assert_eq!(linked("prov-business-registration"), ["pr-access-ns-sydney", "pr-service-bc-victoria"]);
    assert_eq!(
        linked("prov-government-information")[..2],
        ["pr-access-ns-sydney", "pr-nwt-swsc-katl-odeeche-first-nation"]
    );
    assert!(linked("prov-government-information").contains(&"so-82".to_owned()));
    // In services.bin: searchable, in person, with the source's words.
    let driver = b.services.find("prov-driver-licence").unwrap();
    assert!(driver.in_person() && driver.name.fr.as_deref() == Some("Permis de conduire et examens de conduite"));
    assert_eq!(b.services.org(driver).unwrap().id, "provinces-territories");
    let src = b.services.provincial_source("prov-driver-licence").unwrap();
    let nb = src.networks.iter().find(|e| !e.network_wide && e.points == 2).unwrap();
    assert!(nb.quotes.contains(&"road test for class 1/3/4 licences only".to_owned()), "{:?}", nb.quotes);
    assert!(nb.notes.contains(&"Temporary COVID-19 essential-services list".to_owned()), "{:?}", nb.notes);
    // Unmatched items are reported, point by point.
    let unmatched: Vec<(&str, &str)> = b
        .issues
        .iter()
        .filter(|i| i.code == "services-text-unmatched")
        .map(|i| (i.record.as_str(), i.detail.as_str()))
        .collect();
    assert!(unmatched.iter().any(|(_, d)| d.contains("International Fuel Tax Agreement")), "{unmatched:?}");
}

#[test]
fn two_runs_give_identical_bytes() {
    let (a, b) = (fixture(), build(&fixtures()));
    assert_eq!(a.files, b.files);
    assert_eq!(run::manifest_json(&a.manifest), run::manifest_json(&b.manifest));
    assert_eq!(guichet::pipeline::report::report_json(a.facts()), guichet::pipeline::report::report_json(b.facts()));
}

#[test]
fn written_bundle_decodes_and_verifies() {
    let b = fixture();
    let dir = std::env::temp_dir().join(format!("guichet-bundle-test-{}", std::process::id()));
    run::write(b, &dir).unwrap();
    let manifest = bundle::Manifest::parse(&std::fs::read(dir.join(bundle::MANIFEST)).unwrap()).unwrap();
    for entry in &manifest.files {
        let bytes = std::fs::read(dir.join(&entry.path)).unwrap();
        bundle::verify(entry, &bytes).unwrap();
    }
    let core_bytes = std::fs::read(dir.join(bundle::CORE)).unwrap();
    let core: CoreBundle = bundle::decode(&core_bytes).unwrap();
    assert_eq!(core.points.len(), b.core.points.len());
    assert!(bundle::encode(&core) == core_bytes, "decode then encode gives the same bytes");
    for entry in &manifest.insights {
        bundle::verify(entry, &std::fs::read(dir.join(&entry.path)).unwrap()).unwrap();
    }
    for (path, expected) in [(bundle::SERVICES, &b.services), (bundle::SERVICES_OTHER, &b.services_other)] {
        let back: ServiceCatalogue = bundle::decode(&std::fs::read(dir.join(path)).unwrap()).unwrap();
        assert_eq!(&back, expected, "{path}");
    }
    let index: PostalIndex = bundle::decode(&std::fs::read(dir.join(bundle::POSTAL_INDEX)).unwrap()).unwrap();
    for e in &index.shards {
        let bytes = std::fs::read(dir.join(bundle::shard_path(&e.fsa))).unwrap();
        assert_eq!(bundle::sha256(&bytes), e.sha256);
        let shard: PostalShard = bundle::decode(&bytes).unwrap();
        assert_eq!(shard.fsa, e.fsa);
    }
    // A stale shard from an earlier build is removed; a rerun changes nothing.
    std::fs::write(dir.join("postal/ZZZ.bin"), b"old").unwrap();
    run::write(b, &dir).unwrap();
    assert!(!dir.join("postal/ZZZ.bin").exists());
    std::fs::remove_dir_all(&dir).unwrap();
}

proptest! {
    /// Any point survives encode → decode, with its position at the encoded precision.
    #[test]
    fn points_round_trip(
        lat in 41.6f64..83.2, lon in -141.1f64..-52.5,
        name in "\\PC{0,40}", fr in proptest::option::of("\\PC{0,40}"),
        province in 0usize..13, en in any::<bool>(), french in any::<bool>(),
        phone in proptest::option::of("[0-9 ()+-]{0,20}"),
    ) {
        let mut p = fixture().core.points[0].clone();
        p.pos = Some(LatLon::new(lat, lon));
        p.name = Text { en: Some(name), fr };
        p.province = Province::ALL[province];
        p.languages = Languages { en, fr: french };
        p.phone = phone;
        let layer = LayerBundle { points: vec![p.clone()] };
        let back: LayerBundle = bundle::decode(&bundle::encode(&layer)).unwrap();
        p.pos = p.pos.map(LatLon::quantised);
        prop_assert_eq!(&back.points[0], &p);
    }

    /// Decoding arbitrary bytes never panics: it fails with an error.
    #[test]
    fn garbage_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        let _ = bundle::decode::<CoreBundle>(&bytes);
        let mut framed = bundle::encode(&LayerBundle::default());
        framed.truncate(8);
        framed.extend(bytes);
        let _ = bundle::decode::<LayerBundle>(&framed);
    }
}

/// The census by FSA (issue 20) on the fixtures: both censuses' FSAs, suppressed values
/// absent (never 0), the FSA new in 2021 and the Canada row rejected.
#[test]
fn fixture_census_by_fsa() {
    let b = fixture();
    let (census, summary) = &b.census;
    assert_eq!(census.fsas.len(), 17);
    let l3l = census.find("L3L").unwrap();
    assert_eq!((l3l.population_2016, l3l.population_2021), (None, Some(5_200)));
    let m5b = census.find("M5B").unwrap();
    assert_eq!((m5b.median_income_2020, m5b.age_65_2016, m5b.population_2016), (None, None, Some(12_000)));
    assert_eq!(census.find("X0E").unwrap().province, guichet::domain::model::Province::NT);
    assert_eq!(summary.new_2021, ["L3L"]);
    assert!(summary.gone_2021.is_empty());
    assert_eq!(summary.suppressed_income, ["M5B", "V2T"]);
    assert_eq!(summary.suppressed_senior, ["M5B"]);
    assert_eq!(summary.rejected.len(), 1, "the Canada row of the 2016 file");
    for (_, rows, kept, rejected) in &summary.files {
        assert_eq!(rows, &(kept + rejected));
    }
    let file = b.files.iter().find(|f| f.path == bundle::CENSUS).unwrap();
    assert_eq!(&bundle::decode::<bundle::CensusBundle>(&file.bytes).unwrap(), census);
}

fn size_insights(b: &Build, path: &str) -> usize {
    guichet::pipeline::brotli_len(&b.files.iter().find(|f| f.path == path).unwrap().bytes)
}

/// The real sources (they are not in the repository).
#[test]
#[ignore = "needs the real sources (../shared/data or $GUICHET_SOURCES)"]
fn real_sources_build_a_consistent_bundle() {
    let sources = guichet::pipeline::real_sources();
    let b = build(&Options { sources, build_date: "2026-11-28".into(), roads: None, networks: Vec::new() });
    let c = &b.manifest.counts;
    // Counts per network, as documented in SOURCES.md less merges and rejections.
    let by = |id: &str| c.by_network.get(id).copied().unwrap_or(0);
    // The 2026 list's 574 offices, the 15 NWT partners of the 2024 list, and the
    // Montréal counters of Service Canada that match none of them.
    assert!((589..=595).contains(&by("service-canada")), "{:?}", c.by_network);
    assert_eq!(by("quebec-city"), 8);
    assert_eq!(by("serviceontario"), 279);
    assert_eq!(by("workbc"), 102);
    assert!(c.libraries > 2900, "{}", c.libraries);
    assert!(c.unlocated < 30, "unlocated {}", c.unlocated);
    assert_eq!(c.fsas, 1650, "1,651 FSAs less H0H");
    assert_eq!(c.postal_codes, 891_909, "891,910 codes less H0H 0H0");
    // Every coordinate in Canada.
    for p in b.core.points.iter().chain(&b.libraries.points) {
        if let Some(pos) = p.pos {
            assert!(pos.in_canada_bbox(), "{} at {pos:?}", p.id);
        }
    }
    for pl in &b.core.gazetteer.places {
        assert!(pl.pos.in_canada_bbox(), "{} at {:?}", pl.name, pl.pos);
    }
    // Rural areas say how far they reach: X0A (most of Nunavut) some 2,500 km from its
    // centre; urban areas never.
    let fsa = |code: &str| b.core.gazetteer.fsas.iter().find(|f| f.code == code).unwrap();
    assert!(fsa("X0A").spread_km.is_some_and(|km| km > 2000), "{:?}", fsa("X0A"));
    assert_eq!(fsa("K1A").spread_km, None);
    let rural = b.core.gazetteer.fsas.iter().filter(|f| f.spread_km.is_some()).count();
    assert!((150..=185).contains(&rural), "{rural} rural areas with a spread");
    // The report reconciles: every row is kept, merged into another point or rejected,
    // and kept rows are the bundle's points.
    let mut kept_service_rows = 0;
    for s in &b.manifest.sources {
        assert_eq!(s.rows_in, s.kept + s.merged + s.rejected, "{}", s.dataset.id);
        let point_sources = [
            "service-canada",
            "service-canada-2026",
            "provincial-centres",
            "workbc",
            "montreal",
            "quebec-city",
            "odcaf",
        ];
        if point_sources.contains(&s.dataset.id.as_str()) {
            kept_service_rows += s.kept;
        }
    }
    assert_eq!(kept_service_rows, c.points + c.libraries);
    assert_eq!(c.points, c.located + c.approximate + c.unlocated);

    // Services: 1,752 rows, one id reported for two fiscal years.
    assert_eq!((c.services, c.services_public), (1751, b.services.services.len() as u32));
    assert!(c.services_public > 750, "{}", c.services_public);
    assert_eq!(c.services_provincial as usize, b.services.provincial.len());
    // The delivery table covers every service offered in person (a row that names
    // networks, or a reason), and no row is dead.
    let s = &b.services_summary;
    assert!(!b.issues.iter().any(|i| i.code == "no-delivery-rule" || i.code == "unknown-service"));
    for (label, n, nets, reason) in &s.rules {
        assert!(*n > 0, "delivery.csv row {label} matches no service offered in person");
        assert!(!reason.is_empty() || !nets.is_empty(), "{label}");
    }
    let provincial = |id: &str| {
        id.starts_with(guichet::pipeline::provincial_services::ID_PREFIX)
            || id.starts_with(guichet::pipeline::services::FEDERAL_PREFIX)
    };
    let all = b.services.services.iter().chain(&b.services_other.services).filter(|x| !provincial(&x.id));
    let in_person: Vec<_> = all.clone().filter(|x| x.in_person()).collect();
    assert_eq!(in_person.len(), s.in_person);
    assert_eq!(s.rules.iter().map(|r| r.1).sum::<usize>(), s.in_person, "each in-person service matched once");
    // A service delivered in person is delivered somewhere real, and nothing that is not
    // offered in person is linked to points.
    for x in all {
        if !x.delivery.is_empty() {
            assert!(x.in_person(), "{}", x.id);
            let n = b.core.points.iter().filter(|p| x.delivered_at(p)).count();
            assert!(n >= 10, "{} delivered at {n} points", x.id);
        }
    }
    for id in ["1242", "1292", "1003", "7", "1001", "SRV03049"] {
        assert!(!b.services.find(id).unwrap().delivery.is_empty(), "{id} delivered in person");
    }
    // The finder's list of in-person services (core.bin) is every service of services.bin
    // delivered at our points, federal ones with the same networks.
    let listed: Vec<&str> = b.core.in_person.iter().map(|x| x.id.as_str()).collect();
    let delivered: Vec<&str> =
        b.services.services.iter().filter(|x| !x.delivery.is_empty()).map(|x| x.id.as_str()).collect();
    assert_eq!(listed, delivered);
    for x in &b.core.in_person {
        let s = b.services.find(&x.id).unwrap();
        assert_eq!(x.name, s.name);
        assert_eq!(x.provincial, x.id.starts_with(guichet::pipeline::provincial_services::ID_PREFIX));
        if !x.provincial {
            let nets: Vec<_> = s.delivery.iter().map(|t| Delivery::network(*t)).collect();
            assert_eq!(x.delivery, nets, "{}", x.id);
        }
    }
    eprintln!(
        "in-person services in core.bin: {} ({} federal)",
        listed.len(),
        b.core.in_person.iter().filter(|x| !x.provincial).count()
    );
    // Passports where the 2026 list says applications are taken (most offices, by mail),
    // never at the NWT partners, which do not offer them.
    let count = |id: &str| b.core.points.iter().filter(|p| b.services.find(id).unwrap().delivered_at(p)).count();
    let passports = b.services.find("1242").unwrap();
    assert!(count("1242") > 550, "{}", count("1242"));
    assert!(b.core.points.iter().filter(|p| p.id.starts_with("sc-NT-")).all(|p| !passports.delivered_at(p)));
    eprintln!("passport delivered at {} points, SIN at {}", count("1242"), count("1292"));
    // Every life event lists only services of the public file, none lost.
    assert_eq!(b.services.life_events.len(), 7);
    for e in &b.services.life_events {
        assert!(e.services.len() >= 3, "{}", e.id);
    }

    // Provincial services: every row of provincial.csv names a service some list has,
    // every point with a list is linked by it, and what stays unmatched is known.
    let p = &s.provincial;
    assert!(p.rows.iter().all(|(_, nets)| !nets.is_empty()), "{:?}", p.rows);
    assert!(!b.issues.iter().any(|i| i.code == "provincial-service-unused"));
    assert_eq!((p.listed, p.linked, p.services), (311, 311, p.rows.len()));
    let unmatched: Vec<&str> = p.unmatched.iter().map(|(item, _)| item.as_str()).collect();
    assert_eq!(
        unmatched,
        [
            "Fixture quick-list includes BC Hydro payments/Customer Crisis Fund",
            "International Fuel Tax Agreement decal applications",
            "Manufactured Homes registry",
            "housing loan and re[...]",
        ]
    );
    assert_eq!(b.issues.iter().filter(|i| i.code == "services-text-unmatched").count(), 20);
    // The provenance covers every provincial service, with the source's words.
    for x in b.core.in_person.iter().filter(|x| x.provincial) {
        let src = b.services.provincial_source(&x.id).unwrap_or_else(|| panic!("{} has no provenance", x.id));
        assert_eq!(src.networks.len(), x.delivery.len(), "{}", x.id);
        for (e, d) in src.networks.iter().zip(&x.delivery) {
            assert_eq!(e.network, d.network);
            assert!(!e.quotes.is_empty() && e.points > 0, "{}", x.id);
            assert_eq!(e.network_wide, d.points.is_empty(), "{}", x.id);
            if !e.network_wide {
                assert_eq!(usize::from(e.points), d.points.len());
            }
        }
    }
    // Driver's licences: the Access Nova Scotia and SNB offices whose lists say so, and
    // Service BC as a network; not ServiceOntario, whose sentence names no service.
    let net = |id: &str| b.core.networks.iter().position(|n| n.id == id).unwrap() as u16;
    let driver = b.core.in_person.iter().find(|x| x.id == "prov-driver-licence").unwrap();
    let at: Vec<&guichet::domain::model::Point> =
        b.core.points.iter().filter(|pt| guichet::domain::service::delivered(&driver.delivery, pt)).collect();
    let by = |n: &str| at.iter().filter(|pt| pt.network == net(n)).count();
    assert_eq!((by("access-ns"), by("service-nb"), by("service-bc"), by("serviceontario")), (6, 9, 4, 0));
    assert!(
        at.iter().any(|pt| pt.id == "pr-access-ns-port-hawkesbury"),
        "{:?}",
        at.iter().map(|pt| &pt.id).collect::<Vec<_>>()
    );
    // ServiceOntario: one service, its whole network, because its sentence says so.
    let info = b.core.in_person.iter().find(|x| x.id == "prov-government-information").unwrap();
    let so = info.delivery.iter().find(|d| d.network == net("serviceontario")).unwrap();
    assert!(so.points.is_empty());
    assert!(b
        .core
        .in_person
        .iter()
        .filter(|x| x.id != info.id)
        .all(|x| x.delivery.iter().all(|d| d.network != net("serviceontario"))));

    // Size budgets (brotli, what a static host serves).
    let size = |path: &str| guichet::pipeline::brotli_len(&b.files.iter().find(|f| f.path == path).unwrap().bytes);
    let (core, services) = (size(bundle::CORE), size(bundle::SERVICES));
    eprintln!("core.bin {core} B, services.bin {services} B (brotli)");
    // 250 KB before the 2026 Service Canada list, which issue 17 allowed to add up to 25 KB
    // (bilingual names and addresses, hours, visits, access facts); issue 19 owns the
    // first-load budget. Issue 21 added every Service Canada point's host with the sources'
    // words (264,187 -> 266,718 B brotli on 2026-12-03: the quotes are most of it);
    // the citizen's office page needs the host's name, the insights page the quotes.
    assert!(core <= 267_000, "core.bin {core} B brotli, budget 267,000");
    // The census by FSA (issue 20) is an insights-only file, never in core.bin; both
    // censuses' FSA sets and the suppressed values as SOURCES.md section 10 counts them.
    let (census, summary) = &b.census;
    assert_eq!(census.fsas.len(), 1_661, "1,641 FSAs of 2016 and 20 new in 2021");
    assert_eq!((summary.new_2021.len(), summary.gone_2021.len()), (20, 15));
    assert_eq!((summary.suppressed_income.len(), summary.suppressed_senior.len()), (20, 21));
    assert_eq!((summary.population_2016, summary.population_2021), (35_151_726, 36_991_979));
    assert!(b.manifest.insights.iter().any(|f| f.path == bundle::CENSUS));
    assert!(b.manifest.file(bundle::CENSUS).is_none());
    // Every point can be named in a scenario's URL (issue 20).
    use guichet::domain::insights::scenario::Change;
    for p in &b.core.points {
        let c = Change::Close(p.id.clone());
        assert_eq!(Change::parse(&c.token()), Some(c), "{}", p.id);
    }
    eprintln!("census.bin {} B brotli", size_insights(&b, bundle::CENSUS));
    assert!(services <= 150_000, "services.bin {services} B brotli, budget 150,000");
}
