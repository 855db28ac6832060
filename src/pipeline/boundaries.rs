//! Province and territory boundaries for validation: is a point in Canada, and in the
//! province its record states (with a tolerance at borders)?
//!
//! Statistics Canada's 2021 cartographic boundaries (simplified, inland water included, so
//! a point on a lake or river shore is still in its province). Natural Earth 1:50m was
//! tried first and rejected for this: it leaves the St. Lawrence and the Saguenay out of
//! Québec, putting Chicoutimi 5 km outside its province. The remaining error at coasts and
//! along the Ottawa River is absorbed by the tolerance used by `run`.
use std::path::Path;

use crate::domain::geo::{LatLon, EARTH_RADIUS_M};
use crate::domain::model::Province;
use crate::pipeline::geocode::ReferenceStats;
use crate::pipeline::geojson::{self, RawPolygon};
use crate::pipeline::{DatasetId, PipelineError};

/// The file, relative to the sources directory.
pub const FILE: &str = "boundaries/statcan_2021_provinces_simplified.geojson";

struct Shape {
    province: Province,
    polygons: Vec<RawPolygon>,
    /// min lon, min lat, max lon, max lat.
    bbox: [f64; 4],
}

pub struct Boundaries {
    shapes: Vec<Shape>,
    rows_in: usize,
}

impl Boundaries {
    pub fn load(dir: &Path) -> Result<Boundaries, PipelineError> {
        let path = dir.join(FILE);
        let features = geojson::read_polygons(&path)?;
        let rows_in = features.len();
        let mut shapes = Vec::new();
        for f in features {
            let Some(province) = f.text("PRABBR").and_then(Province::parse) else {
                return Err(PipelineError::format(&path, "a feature has no known \"PRABBR\" code"));
            };
            shapes.push(Shape::new(province, f.polygons));
        }
        Ok(Boundaries { shapes, rows_in })
    }

    /// Boundaries from polygons given in code (tests).
    pub fn from_polygons(shapes: Vec<(Province, Vec<RawPolygon>)>) -> Boundaries {
        let rows_in = shapes.len();
        Boundaries { shapes: shapes.into_iter().map(|(p, polys)| Shape::new(p, polys)).collect(), rows_in }
    }

    /// The province or territory containing `p`, if any.
    pub fn province_at(&self, p: LatLon) -> Option<Province> {
        self.shapes.iter().find(|s| s.contains(p)).map(|s| s.province)
    }

    /// Distance in km from `p` to `province` (0 inside); infinite when the province has no
    /// shape.
    pub fn distance_km(&self, p: LatLon, province: Province) -> f64 {
        self.shapes
            .iter()
            .filter(|s| s.province == province)
            .map(|s| if s.contains(p) { 0.0 } else { s.distance_km(p) })
            .fold(f64::INFINITY, f64::min)
    }

    pub fn stats(&self) -> ReferenceStats {
        ReferenceStats {
            dataset: DatasetId::StatCanBoundaries,
            rows_in: self.rows_in,
            kept: self.shapes.len(),
            rejected: 0,
        }
    }
}

impl Shape {
    fn new(province: Province, polygons: Vec<RawPolygon>) -> Shape {
        let mut bbox = [f64::INFINITY, f64::INFINITY, f64::NEG_INFINITY, f64::NEG_INFINITY];
        for [lon, lat] in polygons.iter().flat_map(|p| p.iter().flatten()) {
            bbox = [bbox[0].min(*lon), bbox[1].min(*lat), bbox[2].max(*lon), bbox[3].max(*lat)];
        }
        Shape { province, polygons, bbox }
    }

    fn contains(&self, p: LatLon) -> bool {
        let [x0, y0, x1, y1] = self.bbox;
        if p.lon < x0 || p.lon > x1 || p.lat < y0 || p.lat > y1 {
            return false;
        }
        // Even-odd rule over every ring: holes cancel their outer ring.
        self.polygons.iter().any(|poly| poly.iter().filter(|r| crosses_odd(r, p)).count() % 2 == 1)
    }

    /// Shortest distance to any edge, on a local equirectangular plane around `p`
    /// (accurate to well under 1 % at the tens of km that matter here).
    fn distance_km(&self, p: LatLon) -> f64 {
        let k = p.lat.to_radians().cos();
        let to_km = EARTH_RADIUS_M / 1000.0 * std::f64::consts::PI / 180.0;
        let xy = |q: &[f64; 2]| ((q[0] - p.lon) * k * to_km, (q[1] - p.lat) * to_km);
        let mut best = f64::INFINITY;
        for ring in self.polygons.iter().flatten() {
            for (i, a) in ring.iter().enumerate() {
                let b = &ring[(i + 1) % ring.len()];
                best = best.min(segment_distance(xy(a), xy(b)));
            }
        }
        best
    }
}

/// True when a ray from `p` eastwards crosses `ring` an odd number of times.
fn crosses_odd(ring: &[[f64; 2]], p: LatLon) -> bool {
    let mut inside = false;
    let n = ring.len();
    for i in 0..n {
        let [xi, yi] = ring[i];
        let [xj, yj] = ring[(i + n - 1) % n];
        if (yi > p.lat) != (yj > p.lat) && p.lon < (xj - xi) * (p.lat - yi) / (yj - yi) + xi {
            inside = !inside;
        }
    }
    inside
}

/// Distance from the origin to the segment a–b.
fn segment_distance(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let len2 = dx * dx + dy * dy;
    let t = if len2 == 0.0 { 0.0 } else { (-(a.0 * dx + a.1 * dy) / len2).clamp(0.0, 1.0) };
    (a.0 + t * dx).hypot(a.1 + t * dy)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn square(x0: f64, y0: f64, x1: f64, y1: f64) -> Vec<[f64; 2]> {
        vec![[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]
    }

    fn sample() -> Boundaries {
        // "Ontario" with a lake hole, and "Quebec" east of it.
        Boundaries::from_polygons(vec![
            (Province::ON, vec![vec![square(-95.0, 42.0, -75.0, 56.0), square(-80.0, 44.0, -79.0, 45.0)]]),
            (Province::QC, vec![vec![square(-75.0, 45.0, -57.0, 62.0)]]),
        ])
    }

    #[test]
    fn finds_the_province_and_respects_holes() {
        let b = sample();
        assert_eq!(b.province_at(LatLon::new(45.4, -75.7)), Some(Province::ON));
        assert_eq!(b.province_at(LatLon::new(46.8, -71.2)), Some(Province::QC));
        assert_eq!(b.province_at(LatLon::new(44.5, -79.5)), None, "inside the hole");
        assert_eq!(b.province_at(LatLon::new(30.0, -90.0)), None);
    }

    #[test]
    fn distance_outside_is_measured_to_the_nearest_edge() {
        let b = sample();
        assert_eq!(b.distance_km(LatLon::new(45.4, -75.7), Province::ON), 0.0);
        // 0.1° of longitude east of the ON edge at 50° N ≈ 7.15 km.
        let d = b.distance_km(LatLon::new(50.0, -74.9), Province::ON);
        assert!((d - 7.15).abs() < 0.1, "{d}");
        assert!(b.distance_km(LatLon::new(50.0, -74.9), Province::BC).is_infinite());
    }

    #[test]
    fn real_boundaries_place_capitals_in_their_province() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data");
        let Ok(b) = Boundaries::load(&dir) else { return }; // sources absent on this machine
        for (p, lat, lon) in [
            (Province::ON, 43.6532, -79.3832),
            (Province::QC, 46.8139, -71.2080),
            (Province::QC, 48.4280, -71.0680), // Chicoutimi, on the Saguenay
            (Province::BC, 48.4284, -123.3656),
            (Province::NU, 63.7467, -68.5170),
            (Province::PE, 46.2382, -63.1311),
            (Province::NL, 47.5615, -52.7126),
        ] {
            assert_eq!(b.province_at(LatLon::new(lat, lon)), Some(p));
        }
        assert_eq!(b.shapes.len(), 13);
    }
}
