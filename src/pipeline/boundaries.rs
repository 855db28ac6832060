//! Province and territory boundaries for validation: is a point in Canada, and in the
//! province its record states (with a tolerance at borders)?
use std::path::Path;

use crate::domain::geo::LatLon;
use crate::domain::model::Province;
use crate::pipeline::PipelineError;

pub struct Boundaries {}

impl Boundaries {
    pub fn load(_dir: &Path) -> Result<Boundaries, PipelineError> {
        unimplemented!("issue 3: boundaries")
    }

    /// The province or territory containing `p`, if any.
    pub fn province_at(&self, _p: LatLon) -> Option<Province> {
        unimplemented!("issue 3: boundaries")
    }

    /// Distance in km from `p` to `province` (0 inside).
    pub fn distance_km(&self, _p: LatLon, _province: Province) -> f64 {
        unimplemented!("issue 3: boundaries")
    }
}
