//! Seeded worlds for the insights' tests: a few networks of different governments and
//! random points across southern Canada.
use super::{sites, Area, Site};
use crate::domain::geo::LatLon;
use crate::domain::model::{
    Categories, Confidence, Geocode, GeocodeMethod, Languages, Level, Network, Point, Province, Text,
};

pub use crate::domain::testkit::Rng;

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
        point_website: Text::default(),
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

/// `n` random FSAs in a box around Ottawa–Montréal, larger than [`random_world`]'s (some
/// far from every point), every seventh approximate.
pub fn random_areas(rng: &mut Rng, n: usize) -> Vec<Area> {
    (0..n)
        .map(|i| {
            let pos = LatLon::new(44.0 + rng.unit() * 3.0, -78.0 + rng.unit() * 6.0);
            Area {
                fsa: i as u32,
                code: format!("K{}A", i % 10),
                province: if pos.lon < -74.5 { Province::ON } else { Province::QC },
                pos,
                population: (rng.next() % 60_000) as u32,
                approximate: i % 7 == 0,
                incomplete: false,
            }
        })
        .collect()
}
