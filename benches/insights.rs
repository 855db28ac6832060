//! Insights on the national bundle: co-location pairs, nearest partners, coverage and the
//! accessibility index (the page's budget is 200 ms for all of them at 4x CPU throttling
//! in Chromium; these are the native figures).
use std::path::PathBuf;

use criterion::{criterion_group, criterion_main, Criterion};
use guichet::bundle::{self, CoreBundle};
use guichet::domain::insights::coverage::{self, Scope};
use guichet::domain::insights::report::scope_of;
use guichet::domain::insights::{access, areas, pairs, partners, sites, Metric};

fn bench(c: &mut Criterion) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("public/data").join(bundle::CORE);
    let core: CoreBundle = bundle::decode(&std::fs::read(path).unwrap()).unwrap();
    let sites = sites(&core.networks, &core.points);
    let areas = areas(&core.gazetteer.fsas);
    c.bench_function("pairs within 1 km", |b| b.iter(|| pairs::pairs(&sites, &core.points, 1_000.0)));
    c.bench_function("pairs within 25 km", |b| b.iter(|| pairs::pairs(&sites, &core.points, 25_000.0)));
    c.bench_function("nearest partners", |b| {
        b.iter(|| partners::nearest_partners(&sites, core.networks.len(), Metric::Straight, None))
    });
    c.bench_function("coverage, all networks and each", |b| {
        b.iter(|| {
            let mut n = coverage::assign(&areas, &sites, Scope::All, Metric::Straight, None).len();
            for net in 0..core.networks.len() as u16 {
                n += coverage::assign(&areas, &sites, scope_of(&core.networks, net), Metric::Straight, None).len();
            }
            n
        })
    });
    c.bench_function("accessibility index, 25 km", |b| {
        b.iter(|| access::two_step(&areas, &sites, |_| true, 25_000.0, Metric::Straight))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
