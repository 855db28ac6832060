//! `guichet-bundle`: builds the data bundle from open data.
//!
//! ```text
//! guichet-bundle [--sources DIR] [--out DIR] [--build-date YYYY-MM-DD] [--roads FILE] [--shard-sizes]
//!                [--network DIR]...
//! guichet-bundle [--sources DIR] --check DIR
//! ```
//! Network packages (HSDS, docs/contribute.md) are read from `<sources>/networks/` (absent:
//! none) and from every `--network DIR` (a package, or a folder of packages). `--check DIR`
//! prints what the build would make of the packages in `DIR` (REPORT.md's section) and
//! builds nothing; it exits with 1 when a row is rejected or a package is unusable.
//! `--roads FILE` (GeoJSON line strings) also writes `roads.bin`: road distances from every
//! point to the nearest point of each other network, and from every populated FSA to the
//! nearest point of each network (`pipeline::roads`); without it nothing else changes.
//! `--shard-sizes` also prints the brotli size of all postal shards (adds about 25 s).
//! Defaults: `--sources ../shared/data`, `--out public/data`, build date from
//! `SOURCE_DATE_EPOCH`, else today (UTC). Same sources and date give identical bytes.
use std::path::PathBuf;
use std::process::ExitCode;

use guichet::pipeline::brotli_len;
use guichet::pipeline::run::{self, Options};

fn usage() -> ExitCode {
    eprintln!(
        "usage: guichet-bundle [--sources DIR] [--out DIR] [--build-date YYYY-MM-DD] [--roads FILE] [--shard-sizes] [--network DIR]...\n       guichet-bundle [--sources DIR] --check DIR"
    );
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let mut sources = PathBuf::from("../shared/data");
    let mut out = PathBuf::from("public/data");
    let mut date: Option<String> = None;
    let mut shard_sizes = false;
    let mut roads: Option<PathBuf> = None;
    let mut networks: Vec<PathBuf> = Vec::new();
    let mut check: Option<PathBuf> = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next();
        match arg.as_str() {
            "--sources" => match value() {
                Some(v) => sources = v.into(),
                None => return usage(),
            },
            "--out" => match value() {
                Some(v) => out = v.into(),
                None => return usage(),
            },
            "--build-date" => match value() {
                Some(v) if v.len() == 10 && v.as_bytes()[4] == b'-' && v.as_bytes()[7] == b'-' => date = Some(v),
                _ => return usage(),
            },
            "--roads" => match value() {
                Some(v) => roads = Some(v.into()),
                None => return usage(),
            },
            "--network" => match value() {
                Some(v) => networks.push(v.into()),
                None => return usage(),
            },
            "--check" => match value() {
                Some(v) => check = Some(v.into()),
                None => return usage(),
            },
            "--shard-sizes" => shard_sizes = true,
            "-h" | "--help" => {
                usage();
                return ExitCode::SUCCESS;
            }
            _ => return usage(),
        }
    }
    if let Some(dir) = check {
        return match guichet::pipeline::hsds::check(&sources, &dir) {
            Ok(reports) => {
                for r in &reports {
                    println!("{}", r.markdown());
                }
                if reports.iter().all(|r| r.is_clean()) {
                    ExitCode::SUCCESS
                } else {
                    ExitCode::FAILURE
                }
            }
            Err(e) => {
                eprintln!("guichet-bundle: {e}");
                ExitCode::FAILURE
            }
        };
    }
    let build_date = date.unwrap_or_else(|| {
        let secs = std::env::var("SOURCE_DATE_EPOCH").ok().and_then(|s| s.parse::<i64>().ok()).unwrap_or_else(|| {
            std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64)
        });
        run::utc_date(secs)
    });
    let started = std::time::Instant::now();
    let build = match run::build(&Options { sources: sources.clone(), build_date, roads, networks }) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("guichet-bundle: {e}");
            return ExitCode::FAILURE;
        }
    };
    let built = started.elapsed();
    let written = match run::write(&build, &out) {
        Ok(w) => w,
        Err(e) => {
            eprintln!("guichet-bundle: {e}");
            return ExitCode::FAILURE;
        }
    };
    let elapsed = started.elapsed();
    let m = &build.manifest;
    println!("bundle {} (schema {}, built {}) written to {}", m.data_version, m.schema, m.built, out.display());
    for s in &m.sources {
        println!(
            "  {:<24} rows {:>7}  kept {:>7}  merged {:>4}  rejected {:>5}",
            s.dataset.id, s.rows_in, s.kept, s.merged, s.rejected
        );
    }
    let c = &m.counts;
    println!(
        "  points {} (located {}, approximate {}, no position {}), libraries {}, places {}, FSAs {}, postal codes {}",
        c.points, c.located, c.approximate, c.unlocated, c.libraries, c.places, c.fsas, c.postal_codes
    );
    let core = &build.core;
    for (part, bytes) in [
        ("  core: points", postcard::to_allocvec(&core.points)),
        ("  core: places", postcard::to_allocvec(&core.gazetteer.places)),
        ("  core: FSAs", postcard::to_allocvec(&core.gazetteer.fsas)),
        ("  core: basemap", postcard::to_allocvec(&core.basemap)),
    ] {
        let bytes = bytes.expect("encodes");
        println!("  {part:<22} {:>9} bytes, brotli {:>9}", bytes.len(), brotli_shown(&bytes));
    }
    let (mut shard_raw, mut shard_br, mut shards) = (0usize, 0usize, 0usize);
    for f in &build.files {
        if f.path.starts_with("postal/") && f.path != guichet::bundle::POSTAL_INDEX {
            shard_raw += f.bytes.len();
            if shard_sizes {
                shard_br += brotli_len(&f.bytes);
            }
            shards += 1;
        } else {
            println!("  {:<24} {:>9} bytes, brotli {:>9}", f.path, f.bytes.len(), brotli_shown(&f.bytes));
        }
    }
    if shard_sizes {
        println!("  postal shards ({shards:>4})     {shard_raw:>9} bytes, brotli {shard_br:>9}");
    } else {
        println!("  postal shards ({shards:>4})     {shard_raw:>9} bytes (brotli: --shard-sizes)");
    }
    if let Some((r, read)) = &build.roads {
        let located = core.points.iter().filter(|p| p.pos.is_some()).count();
        println!(
            "  roads ({}): {} nodes, {} edges; points snapped {}, unsnapped {}; links: {} partner, {} FSA",
            r.source,
            r.nodes,
            r.edges,
            located - r.unsnapped.len(),
            r.unsnapped.len(),
            r.partners.len(),
            r.fsas.len()
        );
        if !read.skipped.is_empty() {
            let skipped: Vec<String> = read.skipped.iter().map(|(kind, n)| format!("{n} {kind}")).collect();
            println!(
                "  roads: skipped features that are not line strings: {} (of {})",
                skipped.join(", "),
                read.features
            );
        }
    }
    for r in &build.packages {
        println!("  package {:<30} points {:>6}, rows rejected {:>5}", r.folder, r.points, r.rejected.len());
    }
    println!("  open data ({} files)      {:>9} bytes", written.open_files, written.open_bytes);
    let peak = |bytes: Option<u64>| bytes.map_or_else(String::new, |b| format!("   peak {:>6} MB", b >> 20));
    for (stage, t, bytes) in &build.timings {
        println!("  {stage:<24} {:>8.2} s{}", t.as_secs_f64(), peak(*bytes));
    }
    let write = (elapsed - built).as_secs_f64();
    println!("  {:<24} {write:>8.2} s{}", "write (with open data)", peak(run::peak_rss()));
    println!("  total (read to written)  {:>8.2} s", elapsed.as_secs_f64());
    ExitCode::SUCCESS
}

/// The brotli size of a file for the size lines: brotli 11 takes minutes past a few tens of
/// megabytes (a synthetic national bundle), where the figure says nothing a first visit
/// could carry anyway.
fn brotli_shown(bytes: &[u8]) -> String {
    const MEASURED_UP_TO: usize = 32 << 20;
    if bytes.len() <= MEASURED_UP_TO {
        brotli_len(bytes).to_string()
    } else {
        "too large".to_owned()
    }
}
