//! Province and territory boundaries for validation: is a point in Canada, and in the
//! province its record states (with a tolerance at borders)?
//!
//! Statistics Canada's 2021 cartographic boundaries (simplified, inland water included, so
//! a point on a lake or river shore is still in its province). Natural Earth 1:50m was
//! tried first and rejected for this: it leaves the St. Lawrence and the Saguenay out of
//! Québec, putting Chicoutimi 5 km outside its province. The remaining error at coasts and
//! along the Ottawa River is absorbed by the tolerance used by `run`.
use std::path::Path;

use geo::{BoundingRect, Contains, MultiPolygon, Point, Rect};

use crate::domain::geo::{LatLon, EARTH_RADIUS_M};
use crate::domain::model::Province;
use crate::pipeline::geojson;
use crate::pipeline::polygon_index::PolygonIndex;
use crate::pipeline::{DatasetId, PipelineError, Tally};

/// The file, relative to the sources directory.
pub const FILE: &str = "boundaries/statcan_2021_provinces_simplified.geojson";

struct Shape {
    province: Province,
    /// The shape, kept for the tests that compare the index with geo.
    #[cfg_attr(not(test), allow(dead_code))]
    shape: MultiPolygon<f64>,
    bbox: Option<Rect<f64>>,
    /// Its segments by latitude and in runs: every point of a national package is tested
    /// (`polygon_index`; geo's answers, without visiting every vertex).
    index: PolygonIndex,
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
            shapes.push(Shape::new(province, f.shape));
        }
        Ok(Boundaries { shapes, rows_in })
    }

    /// Boundaries from shapes given in code (tests).
    pub fn from_shapes(shapes: Vec<(Province, MultiPolygon<f64>)>) -> Boundaries {
        let rows_in = shapes.len();
        Boundaries { shapes: shapes.into_iter().map(|(p, s)| Shape::new(p, s)).collect(), rows_in }
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

    pub fn stats(&self) -> Tally {
        Tally { kept: self.shapes.len(), ..Tally::all_kept(DatasetId::StatCanBoundaries, self.rows_in) }
    }
}

impl Shape {
    fn new(province: Province, shape: MultiPolygon<f64>) -> Shape {
        let bbox = shape.bounding_rect();
        let index = PolygonIndex::new(&shape);
        Shape { province, shape, bbox, index }
    }

    fn contains(&self, p: LatLon) -> bool {
        let point = Point::new(p.lon, p.lat);
        self.bbox.is_some_and(|b| b.contains(&point)) && self.index.contains(point.0)
    }

    /// Shortest distance to the shape, on a local equirectangular plane in km around `p`
    /// (accurate to well under 1 % at the tens of km that matter here).
    fn distance_km(&self, p: LatLon) -> f64 {
        let k = p.lat.to_radians().cos();
        let km_per_degree = EARTH_RADIUS_M / 1000.0 * std::f64::consts::PI / 180.0;
        self.index.nearest(|c| {
            geo::coord! {
                x: (c.x - p.lon) * k * km_per_degree,
                y: (c.y - p.lat) * km_per_degree,
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn square(x0: f64, y0: f64, x1: f64, y1: f64) -> geo::LineString<f64> {
        geo::LineString::from(vec![(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)])
    }

    fn sample() -> Boundaries {
        // "Ontario" with a lake hole, and "Quebec" east of it.
        let on = geo::Polygon::new(square(-95.0, 42.0, -75.0, 56.0), vec![square(-80.0, 44.0, -79.0, 45.0)]);
        let qc = geo::Polygon::new(square(-75.0, 45.0, -57.0, 62.0), vec![]);
        Boundaries::from_shapes(vec![
            (Province::ON, MultiPolygon::new(vec![on])),
            (Province::QC, MultiPolygon::new(vec![qc])),
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

    /// What the shape says without its index: geo's own tests, as before the index.
    fn unindexed(s: &Shape, p: LatLon) -> (bool, f64) {
        use geo::{Distance, Euclidean, MapCoords};
        let point = Point::new(p.lon, p.lat);
        let inside = s.bbox.is_some_and(|b| b.contains(&point)) && s.shape.contains(&point);
        // Far from the shape, where no tolerance reaches, the distance is not compared.
        let near = s.bbox.is_some_and(|b| {
            p.lon > b.min().x - 1.0 && p.lon < b.max().x + 1.0 && p.lat > b.min().y - 1.0 && p.lat < b.max().y + 1.0
        });
        if !near {
            return (inside, 0.0);
        }
        let k = p.lat.to_radians().cos();
        let km_per_degree = EARTH_RADIUS_M / 1000.0 * std::f64::consts::PI / 180.0;
        let local = s.shape.map_coords(|c| {
            geo::coord! {
                x: (c.x - p.lon) * k * km_per_degree,
                y: (c.y - p.lat) * km_per_degree,
            }
        });
        (inside, Euclidean.distance(&local, &Point::new(0.0, 0.0)))
    }

    /// The index gives geo's answers: seeded random points over Canada and points a hair
    /// off some of each shape's vertices (distances where they matter: near the shape).
    fn index_agrees(b: &Boundaries, n: usize) {
        let mut rng = crate::domain::seeded::Rng(19);
        let mut points: Vec<LatLon> =
            (0..n).map(|_| LatLon::new(41.0 + rng.unit() * 43.0, -142.0 + rng.unit() * 90.0)).collect();
        for s in &b.shapes {
            let vertices: Vec<_> = s.shape.0.iter().flat_map(|p| p.exterior().0.iter()).collect();
            for c in vertices.iter().step_by((vertices.len() / 100).max(1)) {
                let mut nudge = || (rng.unit() - 0.5) * 1e-3;
                points.push(LatLon::new(c.y + nudge(), c.x + nudge()));
            }
        }
        let (mut inside, mut near) = (0, 0);
        for p in points {
            for s in &b.shapes {
                let (theirs_in, theirs_km) = unindexed(s, p);
                assert_eq!(s.contains(p), theirs_in, "{p:?} in {:?}", s.province);
                inside += usize::from(theirs_in);
                if !theirs_in && theirs_km > 0.0 {
                    assert_eq!(s.distance_km(p), theirs_km, "{p:?} from {:?}", s.province);
                    near += usize::from(theirs_km < 30.0);
                }
            }
        }
        assert!(inside > 0 && near > 0, "{inside} inside, {near} near");
    }

    #[test]
    fn the_index_agrees_with_geo() {
        index_agrees(&sample(), 2000);
        let fixture =
            Boundaries::load(&std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sources"));
        index_agrees(&fixture.expect("fixture boundaries"), 2000);
    }

    #[test]
    #[ignore = "needs the real sources (../shared/data or $GUICHET_SOURCES)"]
    fn the_index_agrees_with_geo_on_the_real_boundaries() {
        index_agrees(&Boundaries::load(&crate::pipeline::real_sources()).expect("boundaries load"), 300);
    }

    #[test]
    #[ignore = "needs the real sources (../shared/data or $GUICHET_SOURCES)"]
    fn real_boundaries_place_capitals_in_their_province() {
        let b = Boundaries::load(&crate::pipeline::real_sources()).expect("boundaries load");
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
