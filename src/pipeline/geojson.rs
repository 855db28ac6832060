//! The little of GeoJSON the pipeline reads: features with properties and (multi)polygon
//! geometry, as lon/lat rings.
use std::path::Path;

use serde_json::Value;

use crate::pipeline::{read_file, PipelineError};

/// A ring as `[lon, lat]` pairs, closed or not as the file has it.
pub type RawRing = Vec<[f64; 2]>;
/// A polygon: outer ring then holes.
pub type RawPolygon = Vec<RawRing>;

/// One feature of a polygon layer.
#[derive(Debug, Clone)]
pub struct Feature {
    pub properties: serde_json::Map<String, Value>,
    pub polygons: Vec<RawPolygon>,
}

impl Feature {
    /// A string property; `None` when absent, null or empty.
    pub fn text(&self, key: &str) -> Option<&str> {
        self.properties.get(key).and_then(Value::as_str).map(str::trim).filter(|s| !s.is_empty())
    }

    /// A numeric property.
    pub fn number(&self, key: &str) -> Option<f64> {
        self.properties.get(key).and_then(Value::as_f64)
    }
}

/// Reads the polygon features of a GeoJSON FeatureCollection; features of other geometry
/// types are skipped.
pub fn read_polygons(path: &Path) -> Result<Vec<Feature>, PipelineError> {
    let bytes = read_file(path)?;
    parse_polygons(&bytes).map_err(|m| PipelineError::format(path, m))
}

/// Parses the polygon features of a FeatureCollection.
pub fn parse_polygons(bytes: &[u8]) -> Result<Vec<Feature>, String> {
    let doc: Value = serde_json::from_slice(bytes).map_err(|e| format!("not JSON: {e}"))?;
    let features = doc.get("features").and_then(Value::as_array).ok_or("no \"features\" array")?;
    let mut out = Vec::with_capacity(features.len());
    for (i, f) in features.iter().enumerate() {
        let properties = f.get("properties").and_then(Value::as_object).cloned().unwrap_or_default();
        let Some(geometry) = f.get("geometry").filter(|g| !g.is_null()) else { continue };
        let coords = geometry.get("coordinates").ok_or_else(|| format!("feature {i}: no coordinates"))?;
        let polygons = match geometry.get("type").and_then(Value::as_str) {
            Some("Polygon") => vec![polygon(coords).map_err(|e| format!("feature {i}: {e}"))?],
            Some("MultiPolygon") => coords
                .as_array()
                .ok_or_else(|| format!("feature {i}: MultiPolygon without an array"))?
                .iter()
                .map(polygon)
                .collect::<Result<_, _>>()
                .map_err(|e| format!("feature {i}: {e}"))?,
            _ => continue,
        };
        out.push(Feature { properties, polygons });
    }
    Ok(out)
}

fn polygon(v: &Value) -> Result<RawPolygon, String> {
    v.as_array().ok_or("polygon is not an array")?.iter().map(ring).collect()
}

fn ring(v: &Value) -> Result<RawRing, String> {
    v.as_array()
        .ok_or("ring is not an array")?
        .iter()
        .map(|p| match p.as_array().map(Vec::as_slice) {
            Some([lon, lat, ..]) => match (lon.as_f64(), lat.as_f64()) {
                (Some(lon), Some(lat)) if lon.is_finite() && lat.is_finite() => Ok([lon, lat]),
                _ => Err("a coordinate is not a number".to_owned()),
            },
            _ => Err("a position has fewer than two numbers".to_owned()),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_polygons_and_multipolygons_and_skips_points() {
        let doc = br#"{"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{"postal":"PE","n":1},"geometry":{"type":"Polygon","coordinates":[[[-64,46],[-62,46],[-62,47],[-64,46]]]}},
            {"type":"Feature","properties":{},"geometry":{"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1]]],[[[2,2],[3,2],[3,3]],[[2.5,2.2],[2.6,2.2],[2.6,2.3]]]]}},
            {"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[1,2]}},
            {"type":"Feature","properties":{},"geometry":null}
        ]}"#;
        let f = parse_polygons(doc).unwrap();
        assert_eq!(f.len(), 2);
        assert_eq!(f[0].text("postal"), Some("PE"));
        assert_eq!(f[0].number("n"), Some(1.0));
        assert_eq!(f[0].polygons[0][0][1], [-62.0, 46.0]);
        assert_eq!(f[1].polygons.len(), 2);
        assert_eq!(f[1].polygons[1].len(), 2, "outer ring and one hole");
    }

    #[test]
    fn rejects_malformed_geometry() {
        assert!(parse_polygons(b"{}").is_err());
        assert!(parse_polygons(b"not json").is_err());
        let bad = br#"{"features":[{"geometry":{"type":"Polygon","coordinates":[[["a",1]]]}}]}"#;
        assert!(parse_polygons(bad).unwrap_err().contains("feature 0"));
    }
}
