//! How long a package of 10,000 generated locations takes to import (issue 18: under
//! 5 s in release). Run with
//! `cargo run --release --features pipeline --example hsds_import_bench [-- N]`.
//!
//! The package is the export of `N` generated points (default 10,000: a weekly schedule,
//! monthly or dated visits, addresses, phones, languages, accessibility), written to a
//! scratch folder; the import reads, validates and maps it with the real province
//! boundaries when `../shared/data` (or `$GUICHET_SOURCES`) is there, else the fixtures'.
use std::collections::HashSet;
use std::path::PathBuf;
use std::time::Instant;

use guichet::pipeline::boundaries::Boundaries;
use guichet::pipeline::hsds::{self, export, sample};

fn main() {
    let n: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(10_000);
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let real = std::env::var_os("GUICHET_SOURCES").map_or_else(|| manifest.join("../shared/data"), PathBuf::from);
    let (sources, which) = if real.join("boundaries").is_dir() {
        (real, "real")
    } else {
        (manifest.join("tests/fixtures/sources"), "fixture")
    };
    let boundaries = Boundaries::load(&sources).expect("boundaries");
    let points = sample::points(18, n);
    let refs: Vec<_> = points.iter().collect();
    let e = export::export(&sample::networks(), &refs, &[], "2026-12-03", "bench");
    let dir = std::env::temp_dir().join(format!("guichet-hsds-bench-{}", std::process::id()));
    let mut bytes = 0;
    for (path, b) in &e.files {
        let p = dir.join(path);
        std::fs::create_dir_all(p.parent().expect("a folder")).expect("scratch folder");
        std::fs::write(p, b).expect("write");
        bytes += b.len();
    }
    let inside = |pos, province| boundaries.distance_km(pos, province);
    let started = Instant::now();
    let imported = hsds::import_all(&[dir.join(export::DIR)], &inside, 0, 0, &[], &HashSet::new());
    let elapsed = started.elapsed();
    let _ = std::fs::remove_dir_all(&dir);
    let i = &imported[0];
    println!("package of {n} generated locations ({} files, {bytes} bytes; {which} boundaries)", e.files.len());
    for (table, rows) in &e.rows {
        println!("  {table:<20} {rows:>7} rows");
    }
    println!(
        "imported {} points, {} locations rejected, in {:.2} s",
        i.points.len(),
        i.rejected.len(),
        elapsed.as_secs_f64()
    );
}
