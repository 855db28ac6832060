//! The basemap: provinces and territories and large lakes, simplified at a few levels of
//! detail, plus label anchors. Drawn by `map` without any tile server.
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::geo::LatLon;
use super::model::{Province, Text};

/// Fixed-point scale of basemap vertices: 1e-4 degree (about 11 m), ample for a map of
/// Canada; vertices are delta-encoded so most deltas fit one or two bytes.
pub const E4: f64 = 10_000.0;

/// A closed ring (first vertex not repeated at the end).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Ring(pub Vec<LatLon>);

impl Serialize for Ring {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut out = Vec::with_capacity(self.0.len() * 2);
        let (mut plat, mut plon) = (0i32, 0i32);
        for p in &self.0 {
            let (lat, lon) = ((p.lat * E4).round() as i32, (p.lon * E4).round() as i32);
            out.push(lat - plat);
            out.push(lon - plon);
            (plat, plon) = (lat, lon);
        }
        out.serialize(s)
    }
}

impl<'de> Deserialize<'de> for Ring {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let deltas = Vec::<i32>::deserialize(d)?;
        if deltas.len() % 2 != 0 {
            return Err(serde::de::Error::custom("ring has an odd number of coordinates"));
        }
        let (mut lat, mut lon) = (0i32, 0i32);
        let pts = deltas
            .chunks_exact(2)
            .map(|c| {
                lat = lat.wrapping_add(c[0]);
                lon = lon.wrapping_add(c[1]);
                LatLon::new(f64::from(lat) / E4, f64::from(lon) / E4)
            })
            .collect();
        Ok(Ring(pts))
    }
}

/// A polygon: the outer ring then its holes.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Polygon {
    pub rings: Vec<Ring>,
}

/// The land of one province or territory.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Area {
    pub province: Province,
    pub polygons: Vec<Polygon>,
}

/// One level of detail, used from `min_zoom` up to the next level's `min_zoom`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Lod {
    /// Web Mercator zoom from which this level is used.
    pub min_zoom: u8,
    /// Simplification tolerance used to build it, in degrees.
    pub tolerance: f32,
    pub areas: Vec<Area>,
    pub lakes: Vec<Polygon>,
}

/// What a label names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum LabelKind {
    Province,
    Place,
}

/// A label anchor. Placement without overlap happens in `map`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Label {
    pub kind: LabelKind,
    pub name: Text,
    pub pos: LatLon,
    /// Lower ranks are placed first (more important).
    pub rank: u8,
    /// Smallest zoom at which the label may show.
    pub min_zoom: u8,
}

/// The whole basemap.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Basemap {
    /// Sorted by `min_zoom`, the first at zoom 0.
    pub lods: Vec<Lod>,
    pub labels: Vec<Label>,
}
