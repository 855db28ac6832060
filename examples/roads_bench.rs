//! Times the roads step (`guichet-bundle --roads`) on a synthetic network: a 300 × 300 grid
//! of roads 0.01° apart (about 330 × 235 km, 179,400 edges), 1,000 points in 30 networks
//! and 1,650 populated FSAs scattered over it (the national bundle's figures).
//! `cargo run --release --features pipeline --example roads_bench`
use std::time::Instant;

use guichet::bundle::{self, CoreBundle};
use guichet::domain::gazetteer::Fsa;
use guichet::domain::geo::LatLon;
use guichet::domain::model::Point;
use guichet::pipeline::roads::RoadNetwork;

const SIDE: usize = 300;
const STEP: f64 = 0.01;
const LAT0: f64 = 45.0;
const LON0: f64 = -76.0;

/// SplitMix64: reproducible positions without a dependency.
struct Rng(u64);
impl Rng {
    fn unit(&mut self) -> f64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        ((z ^ (z >> 31)) >> 11) as f64 / (1u64 << 53) as f64
    }
    fn pos(&mut self) -> LatLon {
        let span = STEP * (SIDE - 1) as f64;
        LatLon::new(LAT0 + self.unit() * span, LON0 + self.unit() * span)
    }
}

fn grid_geojson() -> Vec<u8> {
    let mut features = Vec::with_capacity(2 * SIDE);
    for horizontal in [true, false] {
        for i in 0..SIDE {
            let coords: Vec<String> = (0..SIDE)
                .map(|j| {
                    let (row, col) = if horizontal { (i, j) } else { (j, i) };
                    format!("[{:.2},{:.2}]", LON0 + col as f64 * STEP, LAT0 + row as f64 * STEP)
                })
                .collect();
            features.push(format!(
                r#"{{"type":"Feature","properties":{{}},"geometry":{{"type":"LineString","coordinates":[{}]}}}}"#,
                coords.join(",")
            ));
        }
    }
    format!(r#"{{"type":"FeatureCollection","features":[{}]}}"#, features.join(",")).into_bytes()
}

fn point(i: usize, pos: LatLon) -> Point {
    Point::bare(format!("p{i}"), (i % 30) as u16, Some(pos))
}

fn main() {
    let mut rng = Rng(9);
    let json = grid_geojson();
    let points = (0..1000).map(|i| point(i, rng.pos())).collect();
    let mut core = CoreBundle { points, ..CoreBundle::default() };
    core.gazetteer.fsas = (0..1650).map(|i| Fsa::bare(format!("F{i:02}"), rng.pos(), Some(1000))).collect();

    let t = Instant::now();
    let roads = RoadNetwork::parse(&json).expect("grid parses");
    let parsed = t.elapsed();
    let t = Instant::now();
    let r = roads.solve("grid", &core);
    let solved = t.elapsed();
    let bytes = bundle::encode(&r);
    println!("GeoJSON {:.1} MB: {} nodes, {} edges", json.len() as f64 / 1e6, r.nodes, r.edges);
    println!(
        "unsnapped {}, partner links {}, FSA links {}, roads.bin {} bytes",
        r.unsnapped.len(),
        r.partners.len(),
        r.fsas.len(),
        bytes.len()
    );
    println!("parse and build the graph {:>8.1} ms", parsed.as_secs_f64() * 1e3);
    println!("snap, split, 30 Dijkstras  {:>8.1} ms", solved.as_secs_f64() * 1e3);
}
