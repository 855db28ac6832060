//! The basemap: provinces and territories and large lakes, simplified with `geo` at a few
//! levels of detail and quantised, plus label anchors.
use std::path::Path;

use crate::domain::basemap::Basemap;
use crate::domain::gazetteer::Gazetteer;
use crate::pipeline::PipelineError;

pub fn build(_dir: &Path, _gazetteer: &Gazetteer) -> Result<Basemap, PipelineError> {
    unimplemented!("issue 3: basemap")
}
