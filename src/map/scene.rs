//! The SVG scene: basemap paths built once per level of detail in fixed "map units", and
//! the transform that places them for a viewport, so panning and zooming only change one
//! `transform` attribute instead of every path.
use std::fmt::Write;

use super::projection::{project, World};
use super::viewport::Viewport;
use crate::domain::basemap::{Basemap, Polygon};
use crate::domain::model::Province;

/// Map units per world unit in path data: 2^20, so one unit is about 38 m at the equator,
/// finer than the basemap's own precision.
pub const UNITS: f64 = 1_048_576.0;

/// One level of detail as SVG path data.
#[derive(Debug, Clone, PartialEq)]
pub struct LodPaths {
    pub min_zoom: u8,
    /// One path per province or territory (holes drawn with the even-odd rule).
    pub areas: Vec<(Province, String)>,
    /// All lakes in one path.
    pub lakes: String,
}

/// The basemap in path data, every level of detail.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BasemapPaths {
    pub lods: Vec<LodPaths>,
}

fn push_polygon(out: &mut String, poly: &Polygon) {
    for ring in &poly.rings {
        let mut prev: Option<(i64, i64)> = None;
        for p in &ring.0 {
            let w = project(*p);
            let (x, y) = ((w.x * UNITS).round() as i64, (w.y * UNITS).round() as i64);
            match prev {
                None => {
                    let _ = write!(out, "M{x} {y}");
                }
                Some((px, py)) => {
                    let (dx, dy) = (x - px, y - py);
                    if dx == 0 && dy == 0 {
                        continue;
                    }
                    let _ = write!(out, "l{dx} {dy}");
                }
            }
            prev = Some((x, y));
        }
        if prev.is_some() {
            out.push('z');
        }
    }
}

/// Path data of polygons in map units (relative commands keep it short).
///
/// ```
/// use guichet::domain::basemap::{Polygon, Ring};
/// use guichet::domain::geo::LatLon;
/// use guichet::map::scene::path;
/// let square = Polygon { rings: vec![Ring(vec![
///     LatLon::new(0.0, 0.0), LatLon::new(0.0, 90.0), LatLon::new(-45.0, 90.0),
/// ])] };
/// assert_eq!(path(&[square]), "M524288 524288l262144 0l0 147089z");
/// ```
pub fn path(polygons: &[Polygon]) -> String {
    let mut s = String::new();
    for p in polygons {
        push_polygon(&mut s, p);
    }
    s
}

impl BasemapPaths {
    pub fn new(b: &Basemap) -> BasemapPaths {
        let lods = b
            .lods
            .iter()
            .map(|lod| LodPaths {
                min_zoom: lod.min_zoom,
                areas: lod.areas.iter().map(|a| (a.province, path(&a.polygons))).collect(),
                lakes: path(&lod.lakes),
            })
            .collect();
        BasemapPaths { lods }
    }

    /// The level of detail to draw at `zoom`: the last whose `min_zoom` is ≤ zoom.
    pub fn lod_for(&self, zoom: f64) -> Option<&LodPaths> {
        self.lods.iter().rev().find(|l| f64::from(l.min_zoom) <= zoom).or_else(|| self.lods.first())
    }
}

/// The SVG transform that draws map-unit paths for `v`: "translate(tx ty) scale(s)".
///
/// ```
/// use guichet::map::scene::{transform, UNITS};
/// use guichet::map::{Viewport, World};
/// let v = Viewport { center: World::new(0.5, 0.5), zoom: 0.0, width: 256.0, height: 256.0 };
/// let (tx, ty, s) = transform(&v);
/// assert_eq!((tx, ty), (0.0, 0.0));
/// assert!((s * UNITS - 256.0).abs() < 1e-9);
/// ```
pub fn transform(v: &Viewport) -> (f64, f64, f64) {
    let s = v.scale();
    (v.width / 2.0 - v.center.x * s, v.height / 2.0 - v.center.y * s, s / UNITS)
}

/// The transform as an attribute value.
pub fn transform_attr(v: &Viewport) -> String {
    let (tx, ty, s) = transform(v);
    let mut out = String::with_capacity(48);
    let _ = write!(out, "translate({tx:.2} {ty:.2}) scale({s:.9})");
    out
}

/// True when the world point is inside the view, with a margin in pixels.
pub fn visible(v: &Viewport, w: World, margin: f64) -> bool {
    let p = v.to_screen(w);
    p.x >= -margin && p.y >= -margin && p.x <= v.width + margin && p.y <= v.height + margin
}
