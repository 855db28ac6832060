//! Services search benchmarks (criterion) on the real catalogue (`public/data/services.bin`):
//! one keystroke (a query as typed so far) over every service of the public file (budget:
//! 10 ms median in the browser with 4x CPU throttling), and building the index once the
//! file has loaded.
//! Run: `cargo bench --bench services`.

// Criterion is a native dev-dependency: on wasm32 (clippy --all-targets) this is empty.
#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::hint::black_box;
    use std::path::PathBuf;

    use criterion::{criterion_group, Criterion};
    use guichet::bundle;
    use guichet::domain::service::ServiceCatalogue;
    use guichet::domain::services::ServiceIndex;

    fn catalogue() -> ServiceCatalogue {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("public/data").join(bundle::SERVICES);
        bundle::decode(&std::fs::read(path).expect("public/data/services.bin")).expect("decodes")
    }

    /// What people type, keystroke by keystroke.
    const TYPED: &[&str] = &[
        "p",
        "pa",
        "pas",
        "pass",
        "passe",
        "passep",
        "passepo",
        "passeport",
        "a",
        "as",
        "ass",
        "assu",
        "assurance",
        "assurance ",
        "assurance e",
        "assurance em",
        "assurance emploi",
        "s",
        "si",
        "sin",
        "e",
        "ei",
        "c",
        "ce",
        "cer",
        "certificat",
        "certificat de",
        "certificat de n",
        "certificat de naissance",
        "employment insurance",
        "old age sec",
        "numéro d'assurance soc",
    ];

    fn search(c: &mut Criterion) {
        let cat = catalogue();
        let index = ServiceIndex::new(&cat);
        let mut q = 0usize;
        c.bench_function("services: one keystroke (typed prefixes, top 20)", |b| {
            b.iter(|| {
                q = (q + 1) % TYPED.len();
                black_box(index.search(TYPED[q], 20))
            })
        });
        c.bench_function("services: \"assurance emploi\" (synonyms)", |b| {
            b.iter(|| black_box(index.search(black_box("assurance emploi"), 20)))
        });
        c.bench_function("services: \"pa\" (widest prefix)", |b| {
            b.iter(|| black_box(index.search(black_box("pa"), 20)))
        });
        c.bench_function("services: build index", |b| b.iter(|| black_box(ServiceIndex::new(&cat))));
        c.bench_function("services: decode services.bin", |b| {
            let bytes =
                std::fs::read(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("public/data/services.bin")).unwrap();
            b.iter(|| black_box(bundle::decode::<ServiceCatalogue>(&bytes).unwrap()))
        });
    }

    criterion_group!(benches, search);
}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(native::benches);

#[cfg(target_arch = "wasm32")]
fn main() {}
