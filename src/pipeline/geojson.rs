//! Polygon layers read with the `geojson` crate into `geo` geometry: the province
//! boundaries, the basemap's areas and its lakes.
use std::path::Path;

use geo::MultiPolygon;
use geojson::{FeatureCollection, JsonObject};

use crate::pipeline::{read_file, PipelineError};

/// One feature of a polygon layer.
#[derive(Debug, Clone)]
pub struct Feature {
    pub properties: JsonObject,
    /// The feature's Polygon or MultiPolygon, as lon/lat.
    pub shape: MultiPolygon<f64>,
}

impl Feature {
    /// A string property; `None` when absent, null or empty.
    pub fn text(&self, key: &str) -> Option<&str> {
        self.properties.get(key).and_then(|v| v.as_str()).map(str::trim).filter(|s| !s.is_empty())
    }

    /// A numeric property.
    pub fn number(&self, key: &str) -> Option<f64> {
        self.properties.get(key).and_then(|v| v.as_f64())
    }
}

/// Reads the polygon features of a GeoJSON FeatureCollection; features of other geometry
/// types, or without geometry, are skipped.
pub fn read_polygons(path: &Path) -> Result<Vec<Feature>, PipelineError> {
    let bytes = read_file(path)?;
    parse_polygons(&bytes).map_err(|m| PipelineError::format(path, m))
}

/// Parses the polygon features of a FeatureCollection.
pub fn parse_polygons(bytes: &[u8]) -> Result<Vec<Feature>, String> {
    let collection: FeatureCollection = serde_json::from_slice(bytes).map_err(|e| format!("not GeoJSON: {e}"))?;
    let mut out = Vec::with_capacity(collection.features.len());
    for (i, f) in collection.features.into_iter().enumerate() {
        let Some(geometry) = f.geometry else { continue };
        let shape = match geo::Geometry::<f64>::try_from(geometry).map_err(|e| format!("feature {i}: {e}"))? {
            geo::Geometry::Polygon(p) => MultiPolygon::new(vec![p]),
            geo::Geometry::MultiPolygon(m) => m,
            _ => continue,
        };
        out.push(Feature { properties: f.properties.unwrap_or_default(), shape });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_polygons_and_multipolygons_and_skips_points() {
        let doc = br#"{"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{"postal":"PE","n":1},"geometry":{"type":"Polygon","coordinates":[[[-64,46],[-62,46],[-62,47],[-64,46]]]}},
            {"type":"Feature","properties":{},"geometry":{"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,0]]],[[[2,2],[3,2],[3,3],[2,2]],[[2.5,2.2],[2.6,2.2],[2.6,2.3],[2.5,2.2]]]]}},
            {"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[1,2]}},
            {"type":"Feature","properties":{},"geometry":null}
        ]}"#;
        let f = parse_polygons(doc).unwrap();
        assert_eq!(f.len(), 2);
        assert_eq!(f[0].text("postal"), Some("PE"));
        assert_eq!(f[0].number("n"), Some(1.0));
        assert_eq!(f[0].shape.0[0].exterior().0[1], geo::coord! { x: -62.0, y: 46.0 });
        assert_eq!(f[1].shape.0.len(), 2);
        assert_eq!(f[1].shape.0[1].interiors().len(), 1, "outer ring and one hole");
    }

    #[test]
    fn rejects_malformed_geometry() {
        assert!(parse_polygons(b"{}").is_err());
        assert!(parse_polygons(b"not json").is_err());
        let bad = br#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[["a",1]]]}}]}"#;
        assert!(parse_polygons(bad).is_err());
    }
}
