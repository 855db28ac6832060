//! Map benchmarks (criterion): clustering 100,000 synthetic points (budget 16 ms).
//! Run: `cargo bench --bench map`.

// Criterion is a native dev-dependency: on wasm32 (clippy --all-targets) this is empty.
#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::hint::black_box;

    use criterion::{criterion_group, Criterion};
    use guichet::domain::geo::LatLon;
    use guichet::map::cluster::cluster;
    use guichet::map::projection::project;
    use guichet::map::World;

    fn points(n: usize, mut seed: u64) -> Vec<(u32, World)> {
        let mut next = move || {
            seed = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = seed;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            ((z ^ (z >> 31)) >> 11) as f64 / (1u64 << 53) as f64
        };
        (0..n).map(|i| (i as u32, project(LatLon::new(42.0 + next() * 20.0, -135.0 + next() * 80.0)))).collect()
    }

    fn clustering(c: &mut Criterion) {
        let pts = points(100_000, 11);
        for zoom in [3.0, 8.0, 14.0] {
            c.bench_function(&format!("cluster 100k at zoom {zoom}"), |b| {
                b.iter(|| black_box(cluster(&pts, zoom, 56.0)))
            });
        }
    }

    criterion_group!(benches, clustering);
}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(native::benches);

#[cfg(target_arch = "wasm32")]
fn main() {}
