//! The native data pipeline (`guichet-bundle`, feature `pipeline`): open data in a sources
//! directory → normalised HSDS-aligned records → geocoded → validated → merged → the
//! bundle in `public/data/`.
//!
//! Every stage collects row-level problems as [`RowIssue`]s instead of aborting: only a
//! missing or unreadable file is a [`PipelineError`].
use std::path::{Path, PathBuf};

use crate::domain::model::Point;

pub mod basemap;
pub mod boundaries;
pub mod datasets;
pub mod geocode;
pub mod geojson;
pub mod hours_text;
pub mod merge;
pub mod networks;
pub mod provincial_services;
pub mod report;
pub mod roads;
pub mod run;
pub mod services;
pub mod sources;

/// Size of `bytes` compressed with brotli at quality 11 (what a static host serves): the
/// figure every size report and budget uses.
pub fn brotli_len(bytes: &[u8]) -> usize {
    let mut out = Vec::new();
    {
        let mut w = brotli::CompressorWriter::new(&mut out, 4096, 11, 22);
        std::io::Write::write_all(&mut w, bytes).expect("in-memory write");
    }
    out.len()
}

pub use datasets::DatasetId;
pub use networks::NetworkId;
pub use report::{RowIssue, Severity};

/// A failure that stops the pipeline: a source file that cannot be read at all.
#[derive(Debug)]
pub enum PipelineError {
    Io { path: PathBuf, source: std::io::Error },
    Format { path: PathBuf, message: String },
}

impl PipelineError {
    pub fn io(path: &Path, source: std::io::Error) -> PipelineError {
        PipelineError::Io { path: path.to_owned(), source }
    }
    pub fn format(path: &Path, message: impl Into<String>) -> PipelineError {
        PipelineError::Format { path: path.to_owned(), message: message.into() }
    }
}

impl std::fmt::Display for PipelineError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PipelineError::Io { path, source } => write!(f, "{}: {source}", path.display()),
            PipelineError::Format { path, message } => write!(f, "{}: {message}", path.display()),
        }
    }
}

impl std::error::Error for PipelineError {}

/// What one source module produced. Invariant: `rows_in == points.len() + rejected rows`
/// (each row yields one point or one `Severity::Rejected` issue).
#[derive(Debug, Clone)]
pub struct SourceOutput {
    pub dataset: DatasetId,
    pub rows_in: usize,
    pub points: Vec<Point>,
    pub issues: Vec<RowIssue>,
}

impl SourceOutput {
    pub fn new(dataset: DatasetId) -> SourceOutput {
        SourceOutput { dataset, rows_in: 0, points: Vec::new(), issues: Vec::new() }
    }

    /// Rows rejected by this source.
    pub fn rejected(&self) -> usize {
        self.issues.iter().filter(|i| i.severity == Severity::Rejected).count()
    }
}

/// Reads a whole file, mapping the error to the path.
pub fn read_file(path: &Path) -> Result<Vec<u8>, PipelineError> {
    std::fs::read(path).map_err(|e| PipelineError::io(path, e))
}
