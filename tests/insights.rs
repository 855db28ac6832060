//! The insights on the real bundle (`public/data/core.bin`, committed): invariants that
//! must hold on national data, and CSV exports that parse back to the same rows.
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;

use guichet::bundle::{self, CoreBundle};
use guichet::domain::insights::coverage::{self, Scope};
use guichet::domain::insights::report::{self, Context, Table};
use guichet::domain::insights::table::to_csv;
use guichet::domain::insights::{access, areas, pairs, partners, sites, Metric};
use guichet::i18n::{tr, Locale};

fn core() -> CoreBundle {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("public/data").join(bundle::CORE);
    bundle::decode(&std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))).expect("decodes")
}

#[test]
fn national_figures_hold_together() {
    let core = core();
    let sites = sites(&core.networks, &core.points);
    let areas = areas(&core.gazetteer.fsas);
    assert!(sites.len() > 1_000, "{}", sites.len());
    let total: u64 = areas.iter().map(|a| u64::from(a.population)).sum();
    // The 2016 census FSA total (SOURCES.md: 35,151,726 over 1,641 FSAs).
    assert_eq!(total, 35_151_726);

    // Pairs: every pair is of two governments and within the distance; more with a
    // larger distance.
    let near = pairs::pairs(&sites, &core.points, 1_000.0);
    let wider = pairs::pairs(&sites, &core.points, 5_000.0);
    assert!(!near.is_empty() && wider.len() > near.len());
    for p in &near {
        let (a, b) = (&sites[p.a as usize], &sites[p.b as usize]);
        assert_ne!(a.government, b.government);
        assert!(p.metres <= 1_000.0 && (a.pos.distance_m(b.pos) - p.metres).abs() < 0.01);
    }
    let s = pairs::summary(&sites, &near);
    println!("pairs within 1 km: {} ({} at the same address or postal code)", s.pairs, s.colocated);

    // Coverage: everyone is assigned, per network and all together.
    let all = coverage::assign(&areas, &sites, Scope::All, Metric::Straight, None);
    let c = coverage::coverage(&areas, &all);
    assert_eq!(c.population, total);
    assert_eq!(c.per_site.values().sum::<u64>(), total);
    println!("within 10/25/50/100 km of any point: {:?} of {total}", c.within);
    for n in 0..core.networks.len() as u16 {
        let run = coverage::assign(&areas, &sites, report::scope_of(&core.networks, n), Metric::Straight, None);
        let c = coverage::coverage(&areas, &run);
        assert_eq!(c.per_site.values().sum::<u64>(), c.population, "network {n}");
    }

    // Nearest partners: one per site and other network with sites.
    let ps = partners::nearest_partners(&sites, core.networks.len(), Metric::Straight, None);
    assert!(ps.iter().all(|p| sites[p.site as usize].network != p.network));

    // The accessibility index gives out exactly the points that have people nearby.
    let idx = access::two_step(&areas, &sites, |_| true, 25_000.0, Metric::Straight);
    let given: f64 = idx.iter().zip(&areas).map(|(a, ar)| a * f64::from(ar.population) / 100_000.0).sum();
    let served = sites.iter().filter(|s| areas.iter().any(|a| a.pos.distance_m(s.pos) <= 25_000.0)).count();
    assert!((given - served as f64).abs() < 1e-6, "{given} vs {served}");
}

fn parse_back(text: &str, sep: u8) -> Vec<Vec<String>> {
    let body = text.strip_prefix('\u{feff}').expect("starts with a byte-order mark");
    csv::ReaderBuilder::new()
        .has_headers(false)
        .delimiter(sep)
        .from_reader(body.as_bytes())
        .records()
        .map(|r| r.expect("valid CSV").iter().map(str::to_owned).collect())
        .collect()
}

#[test]
fn csv_exports_parse_back_to_the_same_rows() {
    let core = core();
    let sites = sites(&core.networks, &core.points);
    let areas = areas(&core.gazetteer.fsas);
    for (locale, sep) in [(Locale::En, b','), (Locale::Fr, b';')] {
        let label = move |id: &str| tr(locale, id, &[]);
        let cx = Context {
            networks: &core.networks,
            points: &core.points,
            sites: &sites,
            areas: &areas,
            locale,
            label: &label,
        };
        let near = pairs::pairs(&sites, &core.points, 2_000.0);
        let all = coverage::assign(&areas, &sites, Scope::All, Metric::Estimated { circuity: 1.3 }, None);
        let ps = partners::nearest_partners(&sites, core.networks.len(), Metric::Straight, None);
        let idx = access::two_step(&areas, &sites, |_| true, 25_000.0, Metric::Straight);
        let tables: Vec<Table> = vec![
            report::pairs_table(&cx, &near, None),
            report::pairs_by_region(&pairs::summary(&sites, &near)),
            report::partners_table(&cx, &ps, None, None, None),
            report::coverage_table(&cx, &[(None, all.clone())]),
            report::underserved_table(&cx, &all, 1_000, 50.0, None),
            report::access_table(&cx, &idx, None),
        ];
        for t in tables {
            assert!(!t.rows.is_empty(), "{:?}", t.headers);
            let headers: Vec<String> = t.headers.iter().map(|h| label(h)).collect();
            let text = to_csv(&headers, &t.rows, locale);
            let back = parse_back(&text, sep);
            assert_eq!(back[0], headers);
            let want: Vec<Vec<String>> = t.rows.iter().map(|r| r.iter().map(|c| c.csv(locale)).collect()).collect();
            assert_eq!(&back[1..], &want[..], "{:?} in {locale:?}", t.headers);
        }
    }
}
