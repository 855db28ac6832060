//! Source: `service_points/workbc_centres_bc.geojson` (see ../shared/data/SOURCES.md).
use std::path::Path;

use crate::pipeline::{read_file, DatasetId, PipelineError, SourceOutput};

/// Path of the file inside the sources directory.
pub const PATH: &str = "service_points/workbc_centres_bc.geojson";

pub fn read(dir: &Path) -> Result<SourceOutput, PipelineError> {
    let path = dir.join(PATH);
    parse(&read_file(&path)?).map_err(|m| PipelineError::format(&path, m))
}

/// Parses the file's bytes. `Err` only when the file as a whole is unusable (not
/// UTF-8, missing columns); bad rows become issues.
pub fn parse(_bytes: &[u8]) -> Result<SourceOutput, String> {
    unimplemented!("issue 3: parse {}", PATH)
}

#[allow(dead_code)]
const DATASET: DatasetId = DatasetId::WorkBc;
