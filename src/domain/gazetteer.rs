//! Places, forward sortation areas and postal codes: what location search resolves to.
use serde::{Deserialize, Serialize};

use super::geo::LatLon;
use super::model::Province;

/// Where a gazetteer place comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PlaceSource {
    /// GeoNames cities500 (population ≥ 500).
    GeoNames,
    /// Natural Earth populated places (French names of major places).
    NaturalEarth,
    /// A place name of the GeoNames postal-code file (small communities).
    PostalPlace,
}

/// A named place: a city, town, village or community.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Place {
    /// Name as the source writes it (with accents where the source has them).
    pub name: String,
    /// French name when it differs ("Québec" for "Quebec City").
    #[serde(default)]
    pub name_fr: Option<String>,
    /// Other names people search for (e.g. "Iqaluit" for "Frobisher Bay" is not kept:
    /// only current official alternates).
    #[serde(default)]
    pub alt: Vec<String>,
    pub province: Province,
    pub pos: LatLon,
    /// Population (GeoNames, mixed vintages); 0 when unknown.
    pub population: u32,
    pub source: PlaceSource,
}

/// A forward sortation area: the first three characters of a postal code.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fsa {
    /// "K1A".
    pub code: String,
    pub province: Province,
    /// GeoNames centroid.
    pub pos: LatLon,
    /// GeoNames place name of the FSA ("Ottawa (Parliament Hill)").
    pub place: String,
    /// 2016 census population; `None` for FSAs without census counts.
    #[serde(default)]
    pub population: Option<u32>,
    /// True when the census excludes incompletely enumerated reserves in this FSA.
    #[serde(default)]
    pub incomplete: bool,
    /// How far (km, rounded up) a rural area's farthest full postal code lies from its
    /// centre, where that is more than [`SPREAD_SHOWN_KM`] (X0A covers most of Nunavut);
    /// `None` otherwise (urban areas are small: their far codes are odd positions, not
    /// reach). Said on screen when the centre stands in for a postal code.
    #[serde(default)]
    pub spread_km: Option<u16>,
}

impl Fsa {
    /// An area in Ontario with no place name, census flag or spread (tests, synthetic data).
    pub fn bare(code: impl Into<String>, pos: LatLon, population: Option<u32>) -> Fsa {
        Fsa {
            code: code.into(),
            province: Province::ON,
            pos,
            place: String::new(),
            population,
            incomplete: false,
            spread_km: None,
        }
    }

    /// A rural area: its second character is 0 (Canada Post's convention).
    ///
    /// ```
    /// use guichet::domain::gazetteer::Fsa;
    /// assert!(Fsa::rural_code("X0A"));
    /// assert!(!Fsa::rural_code("K1A"));
    /// ```
    pub fn rural_code(code: &str) -> bool {
        code.as_bytes().get(1) == Some(&b'0')
    }
}

/// Below this, an area's centre is close enough to any of its postal codes to go unsaid.
pub const SPREAD_SHOWN_KM: u16 = 10;

/// The gazetteer of the national bundle.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Gazetteer {
    pub places: Vec<Place>,
    /// Sorted by code.
    pub fsas: Vec<Fsa>,
}

/// One full postal code of a shard.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PostalEntry {
    /// Local delivery unit: the last three characters ("0B1").
    pub ldu: String,
    pub pos: LatLon,
    /// Index into the shard's `places`.
    pub place: u16,
}

/// All full postal codes of one FSA, fetched only when a user types a full code there.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PostalShard {
    pub fsa: String,
    /// Place names used by the entries (GeoNames, without accents).
    pub places: Vec<String>,
    /// Sorted by `ldu`.
    pub entries: Vec<PostalEntry>,
}
