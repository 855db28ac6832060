//! Web Mercator (EPSG:3857) on the unit square.
//!
//! Three coordinate types, never mixed: [`LatLon`] (degrees), [`World`] (Web Mercator in
//! the unit square: x from 0 at 180°W to 1 at 180°E, y from 0 at 85.05°N to 1 at 85.05°S)
//! and [`Screen`] (CSS pixels in the map element). A world point is `256 × 2^zoom` pixels
//! across at zoom `zoom`, as in every web map.
use crate::domain::geo::LatLon;

/// Latitude limit of Web Mercator (the square's edge), degrees.
pub const MAX_LAT: f64 = 85.051_128_779_806_6;

/// Web Mercator in the unit square.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct World {
    pub x: f64,
    pub y: f64,
}

/// CSS pixels in the map element, origin at its top-left corner.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Screen {
    pub x: f64,
    pub y: f64,
}

impl World {
    pub const fn new(x: f64, y: f64) -> World {
        World { x, y }
    }
}

impl Screen {
    pub const fn new(x: f64, y: f64) -> Screen {
        Screen { x, y }
    }
}

/// Projects a position (latitude clamped to ±[`MAX_LAT`]).
///
/// ```
/// use guichet::domain::geo::LatLon;
/// use guichet::map::projection::{project, unproject};
/// let w = project(LatLon::new(0.0, 0.0));
/// assert!((w.x - 0.5).abs() < 1e-12 && (w.y - 0.5).abs() < 1e-12);
/// let ottawa = LatLon::new(45.4215, -75.6972);
/// let back = unproject(project(ottawa));
/// assert!((back.lat - ottawa.lat).abs() < 1e-9 && (back.lon - ottawa.lon).abs() < 1e-9);
/// ```
pub fn project(p: LatLon) -> World {
    let lat = p.lat.clamp(-MAX_LAT, MAX_LAT).to_radians();
    let x = (p.lon + 180.0) / 360.0;
    let y = (1.0 - (lat.tan() + 1.0 / lat.cos()).ln() / std::f64::consts::PI) / 2.0;
    World { x, y }
}

/// The inverse of [`project`].
pub fn unproject(w: World) -> LatLon {
    let lon = w.x * 360.0 - 180.0;
    let n = std::f64::consts::PI * (1.0 - 2.0 * w.y);
    let lat = n.sinh().atan().to_degrees();
    LatLon { lat, lon }
}

/// Pixels across the whole world at `zoom`.
pub fn world_size(zoom: f64) -> f64 {
    256.0 * zoom.exp2()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_coordinates() {
        // The corners of the square.
        let nw = project(LatLon::new(MAX_LAT, -180.0));
        assert!(nw.x.abs() < 1e-12 && nw.y.abs() < 1e-9);
        let se = project(LatLon::new(-MAX_LAT, 180.0));
        assert!((se.x - 1.0).abs() < 1e-12 && (se.y - 1.0).abs() < 1e-9);
        // Ottawa at zoom 10 is in tile (296, 366) of the usual slippy-map numbering.
        let w = project(LatLon::new(45.4215, -75.6972));
        let n = 2f64.powi(10);
        assert_eq!(((w.x * n) as u32, (w.y * n) as u32), (296, 366));
        // Latitudes beyond the limit are clamped, never NaN.
        let pole = project(LatLon::new(90.0, 0.0));
        assert!(pole.y.is_finite() && pole.y.abs() < 1e-9);
    }

    #[test]
    fn round_trip_over_canada() {
        for lat in (42..=83).step_by(3) {
            for lon in (-141..=-52).step_by(7) {
                let p = LatLon::new(f64::from(lat) + 0.123, f64::from(lon) + 0.456);
                let q = unproject(project(p));
                assert!((p.lat - q.lat).abs() < 1e-9 && (p.lon - q.lon).abs() < 1e-9, "{p:?} {q:?}");
            }
        }
    }
}
