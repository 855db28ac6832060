//! Geographic coordinates (degrees, WGS84) and great-circle distance.
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Mean Earth radius used for distances, in metres (IUGG mean radius, as `geo` uses).
pub const EARTH_RADIUS_M: f64 = 6_371_008.8;

/// A position in degrees (WGS84). Never a screen point: projection lives in `map`.
///
/// Serialised as `[lat, lon]` in hundred-thousandths of a degree (integers, about 1.1 m),
/// which is compact in both JSON and binary encodings.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct LatLon {
    pub lat: f64,
    pub lon: f64,
}

/// Fixed-point scale of serialised positions.
pub const E5: f64 = 100_000.0;

impl LatLon {
    pub const fn new(lat: f64, lon: f64) -> LatLon {
        LatLon { lat, lon }
    }

    /// The position rounded to the serialised precision (what a round trip returns).
    pub fn quantised(self) -> LatLon {
        LatLon { lat: (self.lat * E5).round() / E5, lon: (self.lon * E5).round() / E5 }
    }

    /// True inside Canada's bounding box (lat 41.6–83.2, lon −141.1–−52.5), a cheap first
    /// check before the point-in-province test.
    pub fn in_canada_bbox(self) -> bool {
        (41.6..=83.2).contains(&self.lat) && (-141.1..=-52.5).contains(&self.lon)
    }

    /// Great-circle (haversine) distance in metres.
    ///
    /// ```
    /// use guichet::domain::geo::LatLon;
    /// let ottawa = LatLon::new(45.4215, -75.6972);
    /// let montreal = LatLon::new(45.5019, -73.5674);
    /// let km = ottawa.distance_m(montreal) / 1000.0;
    /// assert!((km - 166.1).abs() < 0.5, "{km}");
    /// assert_eq!(ottawa.distance_m(ottawa), 0.0);
    /// ```
    pub fn distance_m(self, other: LatLon) -> f64 {
        use geo::{Distance, Haversine, Point};
        Haversine.distance(Point::new(self.lon, self.lat), Point::new(other.lon, other.lat))
    }
}

impl Serialize for LatLon {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        ((self.lat * E5).round() as i32, (self.lon * E5).round() as i32).serialize(s)
    }
}

impl<'de> Deserialize<'de> for LatLon {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let (lat, lon) = <(i32, i32)>::deserialize(d)?;
        Ok(LatLon { lat: f64::from(lat) / E5, lon: f64::from(lon) / E5 })
    }
}
