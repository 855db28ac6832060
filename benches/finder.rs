//! Finder benchmarks (criterion): nearest-10 over 100,000 synthetic points (budget
//! 0.2 ms), and facet counts over the same set; a whole search on the real core bundle
//! (`public/data/core.bin`), with and without a service filter (the counts beside every
//! in-person service are part of each search).
//! Run: `cargo bench --bench finder`.

// Criterion is a native dev-dependency: on wasm32 (clippy --all-targets) this is empty.
#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::hint::black_box;

    use criterion::{criterion_group, Criterion};
    use guichet::domain::filter::{facet_counts, Facts, Filters, Openness};
    use guichet::domain::geo::LatLon;
    use guichet::domain::model::{Categories, Category, Languages, Level};
    use guichet::domain::nearest::SpatialIndex;

    /// SplitMix64, seeded: the same points on every run.
    fn points(n: usize, mut seed: u64) -> Vec<LatLon> {
        let mut next = move || {
            seed = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = seed;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            ((z ^ (z >> 31)) >> 11) as f64 / (1u64 << 53) as f64
        };
        (0..n).map(|_| LatLon::new(42.0 + next() * 20.0, -135.0 + next() * 80.0)).collect()
    }

    fn nearest(c: &mut Criterion) {
        let pts = points(100_000, 7);
        let idx = SpatialIndex::new(pts.iter().enumerate().map(|(i, p)| (i as u32, *p)));
        let queries = points(256, 99);
        let mut q = 0usize;
        c.bench_function("nearest 10 of 100k", |b| {
            b.iter(|| {
                q = (q + 1) % queries.len();
                black_box(idx.nearest(queries[q], 10, None, |_| true))
            })
        });
        c.bench_function("nearest 10 of 100k, every 3rd kept, 50 km", |b| {
            b.iter(|| {
                q = (q + 1) % queries.len();
                black_box(idx.nearest(queries[q], 10, Some(50_000.0), |i| i % 3 == 0))
            })
        });
        c.bench_function("build index of 100k", |b| {
            b.iter(|| black_box(SpatialIndex::new(pts.iter().enumerate().map(|(i, p)| (i as u32, *p)))))
        });
    }

    fn counts(c: &mut Criterion) {
        let facts: Vec<Facts> = (0..100_000u32)
            .map(|i| Facts {
                level: Level::ALL[(i % 4) as usize],
                network: (i % 12) as u16,
                categories: Categories::of(&[Category::ALL[(i % 12) as usize], Category::General]),
                languages: if i % 3 == 0 { Languages::BOTH } else { Languages::EN },
                open: [Openness::Open, Openness::Closed, Openness::Unknown][(i % 3) as usize],
                library: i % 10 == 0,
                access: Default::default(),
                passport: Default::default(),
            })
            .collect();
        let filters = Filters { levels: vec![Level::Federal], open_now: true, ..Filters::default() };
        c.bench_function("facet counts over 100k", |b| b.iter(|| black_box(facet_counts(facts.iter(), &filters, 12))));
    }

    fn real_search(c: &mut Criterion) {
        use guichet::domain::finder::Catalog;
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data/core.bin");
        let core: guichet::bundle::CoreBundle = guichet::bundle::decode(&std::fs::read(path).unwrap()).unwrap();
        let cat = Catalog::new(core.networks, core.points, core.gazetteer, core.in_person);
        let origin = cat.resolve("Moncton", None).unwrap();
        c.bench_function("search near Moncton, every point, 10 shown", |b| {
            b.iter(|| black_box(cat.search(Some(&origin), None, &Filters::default(), None, 10, 0)))
        });
        let driver = Filters { service: Some(cat.delivery("prov-driver-licence")), ..Filters::default() };
        c.bench_function("search near Moncton, a provincial service", |b| {
            b.iter(|| black_box(cat.search(Some(&origin), None, &driver, None, 10, 0)))
        });
    }

    criterion_group!(benches, nearest, counts, real_search);
}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(native::benches);

#[cfg(target_arch = "wasm32")]
fn main() {}
