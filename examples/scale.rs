//! The pipeline's and the finder's point-count-dependent steps on a synthetic national
//! network of N points (issue 19, "Scale"): where people live, more offices.
//!
//! `cargo run --profile pipeline --features pipeline --example scale -- 100000 [--package DIR]`
//! (after `guichet-bundle`).
//!
//! Each synthetic office copies a real point of the bundle (so hours, notes, sources and
//! accessibility have their real sizes) and is placed at a census area (FSA) drawn with
//! probability proportional to its 2016 population, scattered around the area's centre
//! (a few kilometres; a rural area's reach where the bundle has it), with a street and a
//! name of its own. Prints the time and
//! peak memory of each step and the size of the points as the core bundle would carry them.
use std::time::Instant;

use guichet::bundle::{self, CoreBundle};
use guichet::domain::filter::Filters;
use guichet::domain::finder::{Catalog, Origin, OriginLabel};
use guichet::domain::geo::LatLon;
use guichet::domain::model::Point;
use guichet::domain::seeded::Rng;
use guichet::pipeline::{brotli_len, merge, report};

/// Peak resident memory of this process so far, in MB (Linux).
fn peak_mb() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kb = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .unwrap_or(0.0);
    kb / 1024.0
}

fn synthetic(core: &CoreBundle, n: usize, seed: u64) -> Vec<Point> {
    let mut rng = Rng(seed);
    let areas: Vec<_> = core.gazetteer.fsas.iter().filter(|f| f.population.unwrap_or(0) > 0).collect();
    let mut cumulative = Vec::with_capacity(areas.len());
    let mut total = 0.0;
    for a in &areas {
        total += f64::from(a.population.unwrap_or(0));
        cumulative.push(total);
    }
    let templates: Vec<&Point> = core.points.iter().filter(|p| p.pos.is_some()).collect();
    (0..n)
        .map(|i| {
            let draw = rng.unit() * total;
            let area = areas[cumulative.partition_point(|&c| c < draw).min(areas.len() - 1)];
            let template = templates[(rng.next() % templates.len() as u64) as usize];
            let reach_km = area.spread_km.map_or(3.0, f64::from).min(50.0);
            let (r, a) = (reach_km * rng.unit().sqrt(), rng.unit() * std::f64::consts::TAU);
            let lat = area.pos.lat + r * a.sin() / 111.0;
            let lon = area.pos.lon + r * a.cos() / (111.0 * area.pos.lat.to_radians().cos());
            let mut p = template.clone();
            p.id = format!("syn-{i}");
            // Its own street and name: copies of one template must not read as duplicates.
            p.address.street = Some(format!("{i} Synthetic Street"));
            p.address.postal_code = None;
            for name in [&mut p.name.en, &mut p.name.fr].into_iter().flatten() {
                name.push_str(&format!(" {i}"));
            }
            p.community = area.place.clone();
            p.province = area.province;
            p.pos = Some(LatLon::new(lat, lon));
            p
        })
        .collect()
}

/// What regional files would hold: the points by province or territory, with their
/// postcard size (brotli of all the points is about 5.8 % of it at 100,000).
fn regions(core: &CoreBundle) {
    let mut by: std::collections::BTreeMap<String, (usize, usize)> = std::collections::BTreeMap::new();
    for p in &core.points {
        let e = by.entry(format!("{:?}", p.province)).or_default();
        e.0 += 1;
        e.1 += postcard::to_allocvec(p).expect("serialises").len();
    }
    for (prov, (n, bytes)) in by {
        println!("  {prov}: {n} points, {bytes} B raw");
    }
}

/// Regional files as `domain::cells` would cut them (at most 2,000 points each): their
/// sizes, and what a search for the 10 nearest offices reads from a few places.
fn cells(core: &CoreBundle) {
    use guichet::domain::cells;
    let positioned: Vec<(u32, LatLon)> =
        core.points.iter().enumerate().filter_map(|(i, p)| p.pos.map(|pos| (i as u32, pos))).collect();
    let t = Instant::now();
    let cells = cells::cut(&positioned, 2_000);
    let cut_ms = t.elapsed().as_secs_f64() * 1000.0;
    let bytes: Vec<Vec<u8>> = cells
        .iter()
        .map(|c| {
            let pts: Vec<&Point> = c.members.iter().map(|&i| &core.points[i as usize]).collect();
            postcard::to_allocvec(&pts).expect("serialises")
        })
        .collect();
    let mut sizes: Vec<usize> = bytes.iter().map(Vec::len).collect();
    sizes.sort_unstable();
    let median = sizes.len() / 2;
    let largest = bytes.iter().max_by_key(|b| b.len()).expect("cells");
    println!(
        "cells of at most 2,000 points: {} (cut in {cut_ms:.0} ms); postcard {} / {} / {} B (smallest / median / largest); the largest {} B brotli",
        cells.len(),
        sizes[0],
        sizes[median],
        sizes[sizes.len() - 1],
        brotli_len(largest)
    );
    for (name, lat, lon) in [
        ("Moncton", 46.0878, -64.7782),
        ("Toronto", 43.6532, -79.3832),
        ("Montréal", 45.5019, -73.5674),
        ("Iqaluit", 63.7467, -68.5170),
        ("Swift Current", 50.2851, -107.7972),
    ] {
        let (hits, read) = cells::nearest(&cells, LatLon::new(lat, lon), 10, |c| {
            cells[c].members.iter().map(|&i| (i, core.points[i as usize].pos.expect("positioned"))).collect()
        });
        let read_bytes: usize = read.iter().map(|&c| bytes[c].len()).sum();
        println!(
            "  10 nearest to {name}: {} cells read, {read_bytes} B postcard; the 10th at {:.1} km",
            read.len(),
            hits.last().map_or(0.0, |h| h.distance_m / 1000.0)
        );
    }
}

/// The finder's load and a few searches near Moncton, each the median of 5 runs.
fn searches(core: &CoreBundle, step: impl Fn(&str, Instant)) {
    let t = Instant::now();
    let catalog = Catalog::new(core.networks.clone(), core.points.clone(), core.gazetteer.clone(), Vec::new());
    step("finder index (the app's load)", t);
    let origin =
        Origin { pos: LatLon::new(46.0878, -64.7782), label: OriginLabel::Device, approximate: false, community: None };
    let open = Filters { open_now: true, ..Filters::default() };
    // 2026-12-03 15:00 in Moncton: offices open, so "open now" has something to count.
    let now_ms = 1_796_324_400_000;
    let cases: [(&str, &Filters, Option<f64>); 3] = [
        ("search, no radius", &Filters::default(), None),
        ("search, no radius, open now", &open, None),
        ("search, 25 km", &Filters::default(), Some(25_000.0)),
    ];
    for (name, filters, radius) in cases {
        let mut times = Vec::new();
        let mut matching = 0;
        for _ in 0..5 {
            let t = Instant::now();
            let results = catalog.search(Some(&origin), None, filters, radius, 10, now_ms);
            times.push(t.elapsed().as_secs_f64() * 1000.0);
            matching = results.matching;
        }
        times.sort_by(f64::total_cmp);
        println!("{name:<28} {:>9.1} ms   (median of 5; {matching} matching)", times[2]);
    }
}

fn main() {
    let n: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(100_000);

    let bin = std::fs::read("public/data/core.bin").expect("public/data/core.bin (run guichet-bundle)");
    let real: CoreBundle = bundle::decode(&bin).expect("decodes");
    let step = |name: &str, t: Instant| {
        println!("{name:<28} {:>9.1} ms   peak {:>7.0} MB", t.elapsed().as_secs_f64() * 1000.0, peak_mb());
    };
    println!("{n} synthetic points ({} real ones as templates)", real.points.len());

    let t = Instant::now();
    let points = synthetic(&real, n, 19);
    step("generate", t);

    // `--package DIR`: the synthetic offices as an HSDS package (networks renamed "syn-…"),
    // for `guichet-bundle --network DIR/open`: the whole pipeline at this scale.
    let args: Vec<String> = std::env::args().collect();
    if let Some(dir) = args.iter().position(|a| a == "--package").and_then(|i| args.get(i + 1)) {
        let t = Instant::now();
        let networks: Vec<_> = real
            .networks
            .iter()
            .map(|n| {
                let mut n = n.clone();
                n.id = format!("syn-{}", n.id);
                n
            })
            .collect();
        let refs: Vec<&Point> = points.iter().collect();
        let create = |path: &str| {
            let p = std::path::Path::new(dir).join(path);
            std::fs::create_dir_all(p.parent().expect("a folder"))?;
            Ok(std::io::BufWriter::new(std::fs::File::create(p)?))
        };
        let e = guichet::pipeline::hsds::export::export_into(&networks, &refs, &[], "2026-12-03", "synthetic", create)
            .expect("write the package");
        for (path, w) in e.files {
            w.into_inner().unwrap_or_else(|e| panic!("{path}: {}", e.error()));
        }
        step("write the HSDS package", t);
    }

    // `--finder`: only the finder's load and searches (no merge, no report), for profiling.
    if args.iter().any(|a| a == "--finder") {
        let mut points = points;
        points.sort_by(|a, b| a.id.cmp(&b.id));
        let core = CoreBundle { points, ..real.clone() };
        regions(&core);
        cells(&core);
        searches(&core, step);
        return;
    }

    let t = Instant::now();
    let ids: Vec<String> = (0..32).map(|i| format!("dataset-{i}")).collect();
    let (mut points, merged) = merge::merge(points, &ids, &[]);
    step("merge (duplicates)", t);
    println!("  merged away: {}", merged.len());

    let t = Instant::now();
    points.sort_by(|a, b| a.id.cmp(&b.id));
    let core = CoreBundle { points, ..real.clone() };
    step("sort", t);

    let t = Instant::now();
    let sites = guichet::domain::insights::sites(&core.networks, &core.points);
    let (pairs, _) = guichet::domain::insights::pairs::count(&sites, &core.points, 1_000.0);
    step("pairs within 1 km, counted", t);
    println!("  pairs: {pairs}");

    let t = Instant::now();
    let figures = report::Figures::of(&core);
    step("report figures (pairs, coverage)", t);
    println!("  pairs within 1 km: {}", figures.pairs_1km);

    let t = Instant::now();
    let bytes = bundle::encode(&core);
    step("encode core", t);
    let points_only = postcard::to_allocvec(&core.points).expect("serialises");
    println!("  core {} B; its points {} B raw", bytes.len(), points_only.len());
    // Brotli 11 takes minutes past a few tens of megabytes: measured where it is useful.
    if points_only.len() <= 40 << 20 {
        let t = Instant::now();
        let br = brotli_len(&points_only);
        step("brotli 11 of the points", t);
        println!("  points {br} B brotli");
    }

    searches(&core, step);
    println!("peak memory {:.0} MB", peak_mb());
}
