//! One module per service-point source. Each `read(dir)` finds its file under the
//! sources directory (same layout as `../shared/data`), and `parse(bytes)` turns the
//! file's bytes into points and row issues (tested on fixtures we wrote ourselves).
//!
//! Parsers normalise what the source says and nothing more: positions come from the
//! source only when the source itself gives coordinates for the record; geocoding,
//! time zones, validation and merging happen later (`pipeline::run`).
use std::path::Path;

use super::{PipelineError, SourceOutput};

pub mod montreal;
pub mod odcaf;
pub mod provincial;
pub mod service_canada;
pub mod workbc;

/// Reads every service-point source under `dir`.
pub fn read_all(dir: &Path) -> Result<Vec<SourceOutput>, PipelineError> {
    Ok(vec![
        service_canada::read(dir)?,
        provincial::read(dir)?,
        workbc::read(dir)?,
        montreal::read(dir)?,
        odcaf::read(dir)?,
    ])
}
