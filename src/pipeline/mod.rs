//! The native data pipeline (`guichet-bundle`, feature `pipeline`): open data in a sources
//! directory → normalised HSDS-aligned records → geocoded → validated → merged → the
//! bundle in `public/data/`.
//!
//! Every stage collects row-level problems as [`RowIssue`]s instead of aborting, and
//! counts every row it reads in a [`Ledger`] (`issues`): only a missing or unreadable
//! file is a [`PipelineError`]. CSV files are read one way (`table`), GeoJSON with the
//! `geojson` crate, geometry with `geo`.
use std::path::{Path, PathBuf};

use crate::domain::model::Point;

pub mod basemap;
pub mod boundaries;
pub mod census;
pub mod collaboration;
pub mod datasets;
pub mod geocode;
pub mod geojson;
pub mod hours_text;
pub mod hsds;
pub mod issues;
pub mod merge;
pub mod networks;
pub mod polygon_index;
pub mod provincial_services;
pub mod report;
pub mod roads;
pub mod run;
pub mod services;
pub mod sources;
pub mod table;

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
pub use issues::{Ledger, RowIssue, Severity, Tally};
pub use networks::NetworkId;

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

/// What one source produced: its points, the count of its rows (`tally.kept ==
/// points.len()`, `tally.rows_in == kept + rejected`) and the issues of its rows.
#[derive(Debug, Clone)]
pub struct SourceOutput {
    pub points: Vec<Point>,
    pub tally: Tally,
    pub issues: Vec<RowIssue>,
}

/// Reads a whole file, mapping the error to the path.
pub fn read_file(path: &Path) -> Result<Vec<u8>, PipelineError> {
    std::fs::read(path).map_err(|e| PipelineError::io(path, e))
}

/// The real sources directory for the tests that read it: `$GUICHET_SOURCES`, else
/// `../shared/data` beside the package. Those tests are `#[ignore]`d (`scripts/test.sh`
/// runs them with `--ignored` when the directory is there), so that a run without the
/// data says "ignored" rather than passing silently; run without the data, they fail here.
pub fn real_sources() -> PathBuf {
    let dir = std::env::var_os("GUICHET_SOURCES")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data"));
    assert!(dir.is_dir(), "no sources at {} (set GUICHET_SOURCES)", dir.display());
    dir
}
