//! Seeded worlds for the insights' tests: a few networks of different governments and
//! random points across southern Canada.
use super::{sites, Site};
use crate::domain::geo::LatLon;
use crate::domain::model::{
    Categories, Confidence, Geocode, GeocodeMethod, Languages, Level, Network, Point, Province, Text,
};

/// SplitMix64: reproducible without a dependency.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// Networks: 0 federal, 1 and 2 Ontario (one government), 3 Quebec, 4 municipal.
pub fn networks() -> Vec<Network> {
    let n = |id: &str, level, jurisdiction| Network {
        id: id.into(),
        name: Text::same(id),
        level,
        organization: Text::same(id),
        jurisdiction,
        phone: None,
        website: Text::default(),
        categories: Categories::default(),
        optional_layer: false,
    };
    vec![
        n("fed", Level::Federal, None),
        n("on-a", Level::Provincial, Some(Province::ON)),
        n("on-b", Level::Provincial, Some(Province::ON)),
        n("qc", Level::Provincial, Some(Province::QC)),
        n("city", Level::Municipal, Some(Province::QC)),
    ]
}

/// A point of network `network` at `pos` (no address).
pub fn point_at(network: u16, pos: LatLon) -> Point {
    Point {
        name: Text::same("Office"),
        community: "Somewhere".into(),
        province: if pos.lon < -74.5 { Province::ON } else { Province::QC },
        geocode: Geocode { method: GeocodeMethod::Source, confidence: Confidence::High },
        languages: Languages::BOTH,
        ..Point::bare(format!("p{network}-{:.5}-{:.5}", pos.lat, pos.lon), network, Some(pos))
    }
}

/// `n` random points in a box around Ottawa–Montréal about `spread` degrees wide (dense
/// enough for close pairs), over the five networks.
pub fn random_world(rng: &mut Rng, n: usize, spread: f64) -> (Vec<Network>, Vec<Point>, Vec<Site>) {
    let networks = networks();
    let points: Vec<Point> = (0..n)
        .map(|_| {
            let pos = LatLon::new(45.0 + rng.unit() * spread * 0.5, -75.5 + rng.unit() * spread);
            point_at((rng.next() % 5) as u16, pos)
        })
        .collect();
    let sites = sites(&networks, &points);
    (networks, points, sites)
}
