//! Geocoding, best first: full postal code (GeoNames, 891,910 codes), then FSA centroid,
//! then community name through a gazetteer (cities500, Natural Earth places, postal place
//! names; accent- and case-insensitive, province-aware), else no position. Never invents
//! coordinates. Also builds the gazetteer and postal shards of the bundle.
use std::path::Path;

use crate::domain::gazetteer::{Gazetteer, PostalShard};
use crate::domain::geo::LatLon;
use crate::domain::model::{Geocode, Province};
use crate::pipeline::{PipelineError, RowIssue};

/// The result of geocoding one record.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Located {
    pub pos: Option<LatLon>,
    pub geocode: Geocode,
}

/// Row counts of a reference dataset, for the manifest and report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReferenceStats {
    pub dataset: crate::pipeline::DatasetId,
    pub rows_in: usize,
    pub kept: usize,
    pub rejected: usize,
}

pub struct Geocoder {}

impl Geocoder {
    /// Loads postal codes, FSA centroids and 2016 populations, and places, from `dir`.
    pub fn load(_dir: &Path) -> Result<(Geocoder, Vec<RowIssue>), PipelineError> {
        unimplemented!("issue 3: geocoder")
    }

    /// Locates a record: full postal code, then its FSA, then `community` in `province`.
    pub fn locate(&self, _postal_code: Option<&str>, _community: &str, _province: Province) -> Located {
        unimplemented!("issue 3: geocoder")
    }

    /// The gazetteer for the bundle (places and FSAs).
    pub fn gazetteer(&self) -> Gazetteer {
        unimplemented!("issue 3: geocoder")
    }

    /// One shard per FSA, sorted by FSA.
    pub fn postal_shards(&self) -> Vec<PostalShard> {
        unimplemented!("issue 3: geocoder")
    }

    /// Rows read, kept and rejected per reference dataset.
    pub fn stats(&self) -> Vec<ReferenceStats> {
        unimplemented!("issue 3: geocoder")
    }
}
