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

    let t = Instant::now();
    let catalog = Catalog::new(core.networks.clone(), core.points.clone(), core.gazetteer.clone(), Vec::new());
    step("finder index (the app's load)", t);
    let origin =
        Origin { pos: LatLon::new(46.0878, -64.7782), label: OriginLabel::Device, approximate: false, community: None };
    let t = Instant::now();
    let results = catalog.search(Some(&origin), None, &Filters::default(), None, 10, 0);
    step("one search (10 nearest)", t);
    println!("  rows: {}, matching: {}", results.rows.len(), results.matching);
    println!("peak memory {:.0} MB", peak_mb());
}
