//! The basemap: provinces and territories (Natural Earth 1:50m with the large lakes cut
//! out) and lakes (Natural Earth 1:10m), simplified with `geo` (Douglas–Peucker) at four
//! levels of detail, plus label anchors for provinces and major places.
//!
//! Each level drops the polygons too small to see at its zoom and keeps lakes up to a
//! Natural Earth `scalerank`; vertices are quantised to 1e-4° when encoded.
use std::path::Path;

use geo::{Area as _, MultiPolygon, Simplify};

use crate::domain::basemap::{Area, Basemap, Label, LabelKind, Lod, Polygon, Ring};
use crate::domain::gazetteer::{Gazetteer, PlaceSource};
use crate::domain::geo::LatLon;
use crate::domain::model::{Province, Text};
use crate::pipeline::geojson;
use crate::pipeline::{DatasetId, PipelineError, Tally};

pub const AREAS_FILE: &str = "boundaries/ne_50m_admin1_lakes_canada.geojson";
pub const LAKES_FILE: &str = "basemap/ne_10m_lakes_canada.geojson";

/// One level of detail to build.
#[derive(Debug, Clone, Copy)]
pub struct LodSpec {
    pub min_zoom: u8,
    /// Douglas–Peucker tolerance in degrees.
    pub tolerance: f64,
    /// Polygons whose simplified area is below this (square degrees) are dropped.
    pub min_area: f64,
    /// Lakes up to this Natural Earth scalerank are drawn.
    pub max_lake_rank: u8,
}

/// Three levels: the whole basemap is 69 KB brotli (measured with
/// `examples/basemap_sizes.rs`); a fourth level at 0.006° would add 50 KB and push the
/// first download over its 250 KB budget, for detail finer than the 1:50m source's own
/// accuracy at coasts. Lakes up to rank 4 cover the large lakes of every province.
pub const LODS: [LodSpec; 3] = [
    LodSpec { min_zoom: 0, tolerance: 0.08, min_area: 0.4, max_lake_rank: 0 },
    LodSpec { min_zoom: 3, tolerance: 0.03, min_area: 0.04, max_lake_rank: 2 },
    LodSpec { min_zoom: 5, tolerance: 0.012, min_area: 0.004, max_lake_rank: 4 },
];

/// Capitals get labels as early as the largest cities.
const CAPITALS: [(&str, Province); 14] = [
    ("Ottawa", Province::ON),
    ("Victoria", Province::BC),
    ("Edmonton", Province::AB),
    ("Regina", Province::SK),
    ("Winnipeg", Province::MB),
    ("Toronto", Province::ON),
    ("Québec", Province::QC),
    ("Fredericton", Province::NB),
    ("Halifax", Province::NS),
    ("Charlottetown", Province::PE),
    ("St. John's", Province::NL),
    ("Whitehorse", Province::YT),
    ("Yellowknife", Province::NT),
    ("Iqaluit", Province::NU),
];

/// Province polygons and lakes as read.
#[derive(Debug, Clone, Default)]
pub struct Layers {
    /// Province, polygons, label anchor, English and French names.
    pub areas: Vec<(Province, MultiPolygon<f64>, LatLon, Text)>,
    /// Scalerank and polygons.
    pub lakes: Vec<(u8, MultiPolygon<f64>)>,
    pub area_rows: usize,
    pub lake_rows: usize,
}

impl Layers {
    pub fn read(dir: &Path) -> Result<Layers, PipelineError> {
        let path = dir.join(AREAS_FILE);
        let features = geojson::read_polygons(&path)?;
        let area_rows = features.len();
        let mut areas = Vec::new();
        for f in features {
            let province = f
                .text("postal")
                .and_then(Province::parse)
                .ok_or_else(|| PipelineError::format(&path, "a feature has no known \"postal\" code"))?;
            let anchor = match (f.number("latitude"), f.number("longitude")) {
                (Some(lat), Some(lon)) => LatLon::new(lat, lon),
                _ => return Err(PipelineError::format(&path, "a feature has no label anchor")),
            };
            let en = f.text("name_en").or(f.text("name")).unwrap_or(province.code()).to_owned();
            let fr = f.text("name_fr").unwrap_or(&en).to_owned();
            areas.push((province, f.shape, anchor, Text::both(en, fr)));
        }
        areas.sort_by_key(|a| a.0);
        let lakes_path = dir.join(LAKES_FILE);
        let lake_features = geojson::read_polygons(&lakes_path)?;
        let lake_rows = lake_features.len();
        let lakes = lake_features
            .into_iter()
            .map(|f| (f.number("scalerank").unwrap_or(9.0).clamp(0.0, 255.0) as u8, f.shape))
            .collect();
        Ok(Layers { areas, lakes, area_rows, lake_rows })
    }

    pub fn stats(&self) -> [Tally; 2] {
        [
            Tally::all_kept(DatasetId::NaturalEarthBoundaries, self.area_rows),
            Tally::all_kept(DatasetId::NaturalEarthLakes, self.lake_rows),
        ]
    }
}

/// Reads the layers under `dir` and builds the basemap.
pub fn build(dir: &Path, gazetteer: &Gazetteer) -> Result<(Basemap, [Tally; 2]), PipelineError> {
    let layers = Layers::read(dir)?;
    Ok((assemble(&layers, gazetteer), layers.stats()))
}

/// Builds the basemap from layers already read.
pub fn assemble(layers: &Layers, gazetteer: &Gazetteer) -> Basemap {
    assemble_with(layers, gazetteer, &LODS)
}

/// Builds the basemap with the given levels of detail.
pub fn assemble_with(layers: &Layers, gazetteer: &Gazetteer, specs: &[LodSpec]) -> Basemap {
    let lods = specs
        .iter()
        .map(|spec| Lod {
            min_zoom: spec.min_zoom,
            tolerance: spec.tolerance as f32,
            areas: layers
                .areas
                .iter()
                .map(|(province, polys, _, _)| Area { province: *province, polygons: simplify_all(polys, spec) })
                .filter(|a| !a.polygons.is_empty())
                .collect(),
            lakes: layers
                .lakes
                .iter()
                .filter(|(rank, _)| *rank <= spec.max_lake_rank)
                .flat_map(|(_, polys)| simplify_all(polys, spec))
                .collect(),
        })
        .collect();
    Basemap { lods, labels: labels(layers, gazetteer) }
}

fn simplify_all(polys: &MultiPolygon<f64>, spec: &LodSpec) -> Vec<Polygon> {
    polys.iter().filter_map(|p| simplify(p, spec)).collect()
}

/// One polygon at one level of detail; `None` when it is too small to draw.
fn simplify(poly: &geo::Polygon<f64>, spec: &LodSpec) -> Option<Polygon> {
    let g = poly.simplify(spec.tolerance);
    if g.exterior().0.len() < 4 || g.unsigned_area() < spec.min_area {
        return None;
    }
    let to_ring = |ls: &geo::LineString<f64>| {
        let mut pts: Vec<LatLon> = ls.0.iter().map(|c| LatLon::new(c.y, c.x)).collect();
        pts.pop(); // closed rings are stored open
        Ring(pts)
    };
    let mut rings = vec![to_ring(g.exterior())];
    for hole in g.interiors() {
        let h = geo::Polygon::new(hole.clone(), vec![]);
        if hole.0.len() >= 4 && h.unsigned_area() >= spec.min_area {
            rings.push(to_ring(hole));
        }
    }
    Some(Polygon { rings })
}

fn labels(layers: &Layers, gazetteer: &Gazetteer) -> Vec<Label> {
    let mut out: Vec<Label> = layers
        .areas
        .iter()
        .map(|(province, _, anchor, name)| Label {
            kind: LabelKind::Province,
            name: name.clone(),
            pos: anchor.quantised(),
            rank: 0,
            min_zoom: if matches!(province, Province::PE | Province::NS | Province::NB) { 5 } else { 2 },
        })
        .collect();
    for p in gazetteer.places.iter().filter(|p| p.source != PlaceSource::PostalPlace) {
        let capital =
            CAPITALS.iter().any(|(n, prov)| *prov == p.province && (p.name == *n || p.alt.iter().any(|a| a == n)));
        let (rank, min_zoom) = match p.population {
            _ if capital => (1, 4),
            n if n >= 500_000 => (1, 4),
            n if n >= 100_000 => (2, 5),
            n if n >= 25_000 => (3, 7),
            n if n >= 5_000 => (4, 9),
            _ => continue,
        };
        let name = match &p.name_fr {
            Some(fr) => Text::both(p.name.clone(), fr.clone()),
            None => Text::same(p.name.clone()),
        };
        out.push(Label { kind: LabelKind::Place, name, pos: p.pos, rank, min_zoom });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::gazetteer::Place;

    /// A polygon of one ring.
    fn disc(cx: f64, cy: f64, r: f64, n: usize) -> geo::Polygon<f64> {
        geo::Polygon::new(
            geo::LineString::from(circle(cx, cy, r, n).into_iter().map(|[x, y]| (x, y)).collect::<Vec<_>>()),
            vec![],
        )
    }

    fn circle(cx: f64, cy: f64, r: f64, n: usize) -> Vec<[f64; 2]> {
        let mut v: Vec<[f64; 2]> = (0..n)
            .map(|i| {
                let a = i as f64 / n as f64 * std::f64::consts::TAU;
                [cx + r * a.cos(), cy + r * a.sin()]
            })
            .collect();
        v.push(v[0]);
        v
    }

    fn layers() -> Layers {
        Layers {
            areas: vec![
                (
                    Province::ON,
                    MultiPolygon::new(vec![disc(-85.0, 50.0, 5.0, 2000), disc(-80.0, 43.0, 0.05, 50)]),
                    LatLon::new(50.0, -85.0),
                    Text::same("Ontario"),
                ),
                (
                    Province::PE,
                    MultiPolygon::new(vec![disc(-63.0, 46.3, 0.5, 200)]),
                    LatLon::new(46.3, -63.0),
                    Text::both("Prince Edward Island", "Île-du-Prince-Édouard"),
                ),
            ],
            lakes: vec![
                (0, MultiPolygon::new(vec![disc(-87.0, 47.5, 1.5, 500)])),
                (9, MultiPolygon::new(vec![disc(-84.0, 49.0, 0.1, 60)])),
            ],
            area_rows: 2,
            lake_rows: 2,
        }
    }

    fn gazetteer() -> Gazetteer {
        let place = |name: &str, province, population, source| Place {
            name: name.into(),
            name_fr: None,
            alt: vec![],
            province,
            pos: LatLon::new(45.0, -75.0),
            population,
            source,
        };
        Gazetteer {
            places: vec![
                place("Toronto", Province::ON, 2_700_000, PlaceSource::GeoNames),
                place("Iqaluit", Province::NU, 7_000, PlaceSource::GeoNames),
                place("Smallville", Province::ON, 600, PlaceSource::GeoNames),
                place("Bigpostal", Province::ON, 0, PlaceSource::PostalPlace),
            ],
            fsas: vec![],
        }
    }

    #[test]
    fn levels_get_finer_and_drop_small_polygons_when_coarse() {
        let b = assemble(&layers(), &gazetteer());
        assert_eq!(b.lods.iter().map(|l| l.min_zoom).collect::<Vec<_>>(), [0, 3, 5]);
        let vertices =
            |l: &Lod| l.areas.iter().flat_map(|a| &a.polygons).flat_map(|p| &p.rings).map(|r| r.0.len()).sum::<usize>();
        let counts: Vec<usize> = b.lods.iter().map(vertices).collect();
        assert!(counts.windows(2).all(|w| w[0] <= w[1]), "{counts:?}");
        assert!(counts[2] < 2250, "simplified even at the finest level: {counts:?}");
        let on = |l: &Lod| l.areas.iter().find(|a| a.province == Province::ON).unwrap().polygons.len();
        assert_eq!((on(&b.lods[0]), on(&b.lods[2])), (1, 2), "the islet appears only when zoomed in");
        assert_eq!(b.lods[0].lakes.len(), 1);
        let custom = assemble_with(
            &layers(),
            &gazetteer(),
            &[LodSpec { min_zoom: 9, tolerance: 0.001, min_area: 0.0, max_lake_rank: 9 }],
        );
        assert_eq!(custom.lods[0].lakes.len(), 2, "small lakes at high ranks");
        for ring in b.lods.iter().flat_map(|l| &l.areas).flat_map(|a| &a.polygons).flat_map(|p| &p.rings) {
            assert_ne!(ring.0.first(), ring.0.last(), "rings are stored open");
        }
    }

    #[test]
    fn labels_rank_provinces_capitals_and_cities() {
        let b = assemble(&layers(), &gazetteer());
        let names: Vec<(&str, u8, u8)> =
            b.labels.iter().map(|l| (l.name.en.as_deref().unwrap_or(""), l.rank, l.min_zoom)).collect();
        assert!(names.contains(&("Ontario", 0, 2)));
        assert!(names.contains(&("Prince Edward Island", 0, 5)));
        assert!(names.contains(&("Toronto", 1, 4)));
        assert!(names.contains(&("Iqaluit", 1, 4)), "a capital despite its size");
        assert!(!names.iter().any(|n| n.0 == "Smallville" || n.0 == "Bigpostal"));
    }
}
