//! The bundle format: what the pipeline writes to `public/data/` and the app reads.
//!
//! - `manifest.json`: schema version, data version, build date, every file with its
//!   sha-256 and size, counts, and every source with its licence and attribution. Always
//!   JSON: small, human-readable, fetched first and on every update check.
//! - `core.bin`: networks, service points, gazetteer and basemap (the first load).
//! - `libraries.bin`: the optional libraries-and-archives layer.
//! - `services.bin` / `services-other.bin`: the services catalogue (`domain::service`),
//!   fetched only when someone searches services.
//! - `roads.bin`: road distances for the insights view, only when the pipeline was given a
//!   road network.
//! - `census.bin`: census figures by FSA for the insights' scenarios (issue 20).
//! - `postal/index.bin` + `postal/<FSA>.bin`: full postal codes, one shard per FSA,
//!   fetched only when a user types a full code there.
//!
//! Binary files are postcard (serde) after an 8-byte header (`GUIC` + schema version,
//! little-endian), chosen over JSON by measurement (ARCHITECTURE.md).
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::domain::basemap::Basemap;
use crate::domain::gazetteer::Gazetteer;
use crate::domain::model::{Dataset, Network, Point, Retired, SCHEMA_VERSION};
use crate::domain::service::InPerson;

mod error;
pub mod steps;
pub mod update;

pub use error::LoadError;

/// File names inside the bundle directory.
pub const MANIFEST: &str = "manifest.json";
pub const CORE: &str = "core.bin";
pub const LIBRARIES: &str = "libraries.bin";
pub const POSTAL_INDEX: &str = "postal/index.bin";
/// The services catalogue of the public view, fetched when someone searches services.
pub const SERVICES: &str = "services.bin";
/// The other services of the inventory (not for persons), for the insights view.
pub const SERVICES_OTHER: &str = "services-other.bin";
/// Road distances for the insights view, written only when the pipeline is given a road
/// network (`--roads`); listed under the manifest's `insights`.
pub const ROADS: &str = "roads.bin";
/// Census figures by FSA for the insights' scenarios and "who is left out" (issue 20);
/// listed under the manifest's `insights`.
pub const CENSUS: &str = "census.bin";

/// Magic bytes at the start of every binary bundle file.
pub const MAGIC: &[u8; 4] = b"GUIC";

/// The national bundle loaded first.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CoreBundle {
    pub networks: Vec<Network>,
    pub points: Vec<Point>,
    pub gazetteer: Gazetteer,
    pub basemap: Basemap,
    /// The services delivered in person at these points (the finder's service filter).
    pub in_person: Vec<InPerson>,
    /// Offices the sources no longer list (old links say so). Last, so that an app of the
    /// previous build still reads the file: postcard ignores what follows the fields it knows.
    pub retired: Vec<Retired>,
}

/// An optional layer of points (their `network` indexes the core bundle's networks).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct LayerBundle {
    pub points: Vec<Point>,
}

// `roads.bin` holds these (written by `pipeline::roads`, read by the insights view).
pub use crate::domain::insights::roads::{RoadBundle, RoadLink};
// `census.bin` holds this (written by `pipeline::census`, read by the insights view).
pub use crate::domain::insights::census::CensusBundle;

/// One postal shard in the index.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShardEntry {
    pub fsa: String,
    /// sha-256 of the shard file.
    pub sha256: [u8; 32],
    pub bytes: u32,
}

/// The index of postal shards, sorted by FSA.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PostalIndex {
    pub shards: Vec<ShardEntry>,
}

impl PostalIndex {
    pub fn find(&self, fsa: &str) -> Option<&ShardEntry> {
        self.shards.binary_search_by(|s| s.fsa.as_str().cmp(fsa)).ok().map(|i| &self.shards[i])
    }
}

/// The path of the shard of `fsa`.
pub fn shard_path(fsa: &str) -> String {
    let mut p = String::from("postal/");
    p.push_str(fsa);
    p.push_str(".bin");
    p
}

/// A file of the bundle, as listed in the manifest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileEntry {
    /// Path relative to the bundle directory.
    pub path: String,
    /// Lower-case hex sha-256.
    pub sha256: String,
    pub bytes: u64,
}

/// A source dataset with what the pipeline did with its rows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceEntry {
    #[serde(flatten)]
    pub dataset: Dataset,
    /// Rows read (0 for reference data such as boundaries).
    pub rows_in: u32,
    pub kept: u32,
    pub merged: u32,
    pub rejected: u32,
}

/// Counts shown on /about and checked by tests.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    pub points: u32,
    pub located: u32,
    pub approximate: u32,
    pub unlocated: u32,
    pub libraries: u32,
    pub places: u32,
    pub fsas: u32,
    pub postal_codes: u32,
    /// Network id → points.
    pub by_network: std::collections::BTreeMap<String, u32>,
    /// Province code → points.
    pub by_province: std::collections::BTreeMap<String, u32>,
    /// Level id → points.
    pub by_level: std::collections::BTreeMap<String, u32>,
    /// Services in the inventory (both files) and in `services.bin` (the provincial
    /// ones included).
    #[serde(default)]
    pub services: u32,
    #[serde(default)]
    pub services_public: u32,
    /// Provincial and territorial services (from the networks' lists of services).
    #[serde(default)]
    pub services_provincial: u32,
    /// Network id → how precisely its points are placed and how many post their hours.
    #[serde(default)]
    pub precision: std::collections::BTreeMap<String, Precision>,
}

/// A network's points by precision of position, and those with posted hours or visit
/// dates (what "hours available" means).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Precision {
    pub points: u32,
    /// Coordinates the source gives for the building.
    pub building: u32,
    /// The point of its full postal code (a placeholder shared with other places' codes
    /// does not count: it is approximate).
    pub postal_code: u32,
    /// Community, FSA or placeholder positions.
    pub approximate: u32,
    pub unlocated: u32,
    /// Posted weekly hours, monthly visits or visit dates.
    pub hours: u32,
}

/// `manifest.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    pub schema: u32,
    /// Content hash of every file (first 16 hex digits of a sha-256 over the file hashes).
    pub data_version: String,
    /// Build date (YYYY-MM-DD): `--build-date`, else SOURCE_DATE_EPOCH, else today.
    pub built: String,
    pub files: Vec<FileEntry>,
    /// Files for the insights view only (`services-other.bin`, `roads.bin`): verified like the others
    /// when fetched, but never precached or downloaded by an update, which take `files`.
    #[serde(default)]
    pub insights: Vec<FileEntry>,
    pub counts: Counts,
    /// Indexed by `Provenance::dataset`.
    pub sources: Vec<SourceEntry>,
}

impl Manifest {
    pub fn file(&self, path: &str) -> Option<&FileEntry> {
        self.files.iter().find(|f| f.path == path)
    }

    /// Parses and checks the schema.
    pub fn parse(bytes: &[u8]) -> Result<Manifest, LoadError> {
        #[derive(Deserialize)]
        struct Head {
            schema: u32,
        }
        let head: Head = serde_json::from_slice(bytes).map_err(|e| LoadError::Decode(e.to_string()))?;
        if head.schema != SCHEMA_VERSION {
            return Err(LoadError::Schema { found: head.schema, expected: SCHEMA_VERSION });
        }
        serde_json::from_slice(bytes).map_err(|e| LoadError::Decode(e.to_string()))
    }
}

/// Lower-case hex sha-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

/// sha-256 of `bytes`.
pub fn sha256(bytes: &[u8]) -> [u8; 32] {
    Sha256::digest(bytes).into()
}

/// Lower-case hex of `bytes`.
pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(DIGITS[(b >> 4) as usize] as char);
        s.push(DIGITS[(b & 15) as usize] as char);
    }
    s
}

/// Checks `bytes` against the manifest entry (size, then sha-256).
pub fn verify(entry: &FileEntry, bytes: &[u8]) -> Result<(), LoadError> {
    if bytes.len() as u64 != entry.bytes || sha256_hex(bytes) != entry.sha256 {
        return Err(LoadError::HashMismatch { file: entry.path.clone() });
    }
    Ok(())
}

/// Encodes `value` as a binary bundle file: header then postcard.
pub fn encode<T: Serialize>(value: &T) -> Vec<u8> {
    let mut out = Vec::with_capacity(1 << 16);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&SCHEMA_VERSION.to_le_bytes());
    // Serialising our own plain data types cannot fail.
    postcard::to_extend(value, out).expect("postcard encoding of bundle types")
}

/// Decodes a binary bundle file written by [`encode`].
///
/// ```
/// use guichet::bundle::{decode, encode, LayerBundle, LoadError};
/// let bytes = encode(&LayerBundle::default());
/// assert_eq!(decode::<LayerBundle>(&bytes).unwrap(), LayerBundle::default());
/// assert!(matches!(decode::<LayerBundle>(b"nonsense"), Err(LoadError::Decode(_))));
/// ```
pub fn decode<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, LoadError> {
    postcard::from_bytes(check_header(bytes)?).map_err(|e| LoadError::Decode(e.to_string()))
}

/// The postcard body of a bundle file whose header is ours and of this schema.
fn check_header(bytes: &[u8]) -> Result<&[u8], LoadError> {
    if bytes.len() < 8 || &bytes[..4] != MAGIC {
        return Err(LoadError::Decode(String::from("not a Guichet bundle file")));
    }
    let schema = u32::from_le_bytes([bytes[4], bytes[5], bytes[6], bytes[7]]);
    if schema != SCHEMA_VERSION {
        return Err(LoadError::Schema { found: schema, expected: SCHEMA_VERSION });
    }
    Ok(&bytes[8..])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::Text;
    use crate::domain::service::{Delivery, ProvincialSource, ServiceCatalogue, SynonymGroup};

    /// The core bundle as the build before the in-person list knew it.
    #[derive(Debug, PartialEq, Deserialize)]
    struct CoreBefore {
        networks: Vec<Network>,
        points: Vec<Point>,
        gazetteer: Gazetteer,
        basemap: Basemap,
    }

    /// The catalogue as the build before the provincial services knew it.
    #[derive(Debug, PartialEq, Deserialize)]
    struct CatalogueBefore {
        fiscal_year: String,
        service_types: Vec<crate::domain::service::Code>,
        client_groups: Vec<crate::domain::service::Code>,
        orgs: Vec<crate::domain::service::Org>,
        services: Vec<crate::domain::service::Service>,
        life_events: Vec<crate::domain::service::LifeEvent>,
        synonyms: Vec<SynonymGroup>,
    }

    /// Fields appended at the end of a file's top-level struct keep the schema: an app of
    /// the previous build reads the new files (postcard ignores trailing bytes).
    #[test]
    fn appended_fields_are_read_by_the_previous_build() {
        let core = CoreBundle {
            in_person: vec![InPerson {
                id: "prov-x".into(),
                name: Text::both("X", "X"),
                provincial: true,
                delivery: vec![Delivery { network: 1, category: None, points: vec!["pr-a".into()] }],
            }],
            ..CoreBundle::default()
        };
        let before: CoreBefore = decode(&encode(&core)).expect("the previous build reads core.bin");
        assert_eq!(before.networks, core.networks);
        let cat = ServiceCatalogue {
            fiscal_year: "2023-2024".into(),
            synonyms: vec![SynonymGroup { id: "a".into(), terms: vec!["a".into(), "b".into()] }],
            provincial: vec![ProvincialSource { service: "prov-x".into(), networks: vec![] }],
            ..ServiceCatalogue::default()
        };
        let before: CatalogueBefore = decode(&encode(&cat)).expect("the previous build reads services.bin");
        assert_eq!((before.fiscal_year.as_str(), before.synonyms.len()), ("2023-2024", 1));
        // And the current build reads its own files whole.
        assert_eq!(decode::<CoreBundle>(&encode(&core)).unwrap(), core);
        assert_eq!(decode::<ServiceCatalogue>(&encode(&cat)).unwrap(), cat);
    }
}
