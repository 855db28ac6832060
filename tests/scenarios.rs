//! Scenarios, suggested sites and who is left out (issue 20) on the committed national
//! bundle (`public/data/core.bin` and `census.bin`): a scenario of 50 changes, suggestions
//! for k = 1, 5 and 20, the left-out groups; invariants, and native timings printed (never
//! asserted: `cargo test --release --test scenarios -- --nocapture` for release figures).
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;
use std::time::Instant;

use guichet::bundle::{self, CensusBundle, CoreBundle};
use guichet::domain::insights::census::{areas_for, Year};
use guichet::domain::insights::compare::{area_changes, outcome, totals, Settings};
use guichet::domain::insights::leftout::{groups, Reach};
use guichet::domain::insights::scenario::{Base, Change, Where};
use guichet::domain::insights::suggest::{Pool, Problem};
use guichet::domain::insights::{sites, Metric};

fn read<T: serde::de::DeserializeOwned>(file: &str) -> T {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("public/data").join(file);
    bundle::decode(&std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))).expect("decodes")
}

#[test]
fn a_national_scenario_of_fifty_changes_and_suggestions() {
    let core: CoreBundle = read(bundle::CORE);
    let census: CensusBundle = read(bundle::CENSUS);
    let sites = sites(&core.networks, &core.points);
    let fsas = &core.gazetteer.fsas;
    let net = |id: &str| core.networks.iter().position(|n| n.id == id).unwrap() as u16;
    let sc = net("service-canada");
    let areas = areas_for(fsas, Some(&census), Year::Y2021);
    // Every person of the 2021 census is in an area, or in an FSA the gazetteer cannot place.
    let (codes, unplaced) = guichet::domain::insights::census::unplaced(fsas, &census, Year::Y2021);
    assert_eq!(codes.len(), 14);
    println!("2021 FSAs without a centre: {} people in {}", unplaced, codes.join(" "));
    assert_eq!(areas.iter().map(|a| u64::from(a.population)).sum::<u64>() + unplaced, 36_991_979);
    let ids: Vec<String> =
        sites.iter().filter(|s| s.network == sc).map(|s| core.points[s.point as usize].id.clone()).collect();
    let mut changes: Vec<Change> = ids.iter().take(25).map(|id| Change::Close(id.clone())).collect();
    changes.extend(
        fsas.iter().step_by(60).take(25).map(|f| Change::Add("service-canada".into(), Where::Fsa(f.code.clone()))),
    );
    assert_eq!(changes.len(), 50);
    let base = Base { networks: &core.networks, points: &core.points, sites: &sites, fsas };
    let s = Settings {
        metric: Metric::Straight,
        network: Some(sc),
        catchment_m: 25_000.0,
        min_population: 1_000,
        far_km: 50.0,
        partner_m: 1_000.0,
    };
    let today = outcome(&core.networks, &areas, &sites, &s);
    let start = Instant::now();
    let applied = base.apply(&changes);
    let after = outcome(&core.networks, &areas, &applied.sites, &s);
    let scenario = start.elapsed();
    assert!(applied.skipped.iter().all(Option::is_none), "{:?}", applied.skipped);
    assert_eq!(applied.sites.len(), sites.len());
    let (t0, t1) = (totals(&areas, &today, &s), totals(&areas, &after, &s));
    assert_eq!((t0.points, t1.points), (t1.points, t0.points));
    assert!(!area_changes(&areas, &today, &after).is_empty());
    // Undoing every change is today.
    assert_eq!(outcome(&core.networks, &areas, &base.apply(&[]).sites, &s), today);
    let mut timings = vec![format!("scenario of 50 changes {:.1} ms", scenario.as_secs_f64() * 1000.0)];
    for k in [1, 5, 20] {
        let start = Instant::now();
        let p = Problem::new((&core.points, &sites, &areas), sc, None, 25_000.0, Pool::Both);
        let steps = p.greedy(&areas, k);
        timings.push(format!("suggestion k = {k} {:.1} ms", start.elapsed().as_secs_f64() * 1000.0));
        assert_eq!(steps.len(), k);
        assert!(steps.windows(2).all(|w| w[0].gain >= w[1].gain));
    }
    let g = groups(
        &areas,
        &census,
        Year::Y2021,
        Reach { today: &today.nearest, scenario: Some(&after.nearest), band_m: 25_000.0, scope: None },
    );
    let all = &g[0];
    let provinces: u64 = g.iter().filter(|x| x.province.is_some()).map(|x| x.total).sum();
    assert_eq!(provinces, all.total);
    println!("{} (native, this build's profile)", timings.join("; "));
}
