//! Row-level issues: every rejected or downgraded record gets a machine-readable reason.
use serde::{Deserialize, Serialize};

/// What happened to a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Not in the bundle.
    Rejected,
    /// In the bundle with less than the source gave (e.g. coordinates dropped, position
    /// only known to the community, hours kept as text).
    Downgraded,
    /// Merged into another record (both provenances kept).
    Merged,
    /// In the bundle as given, but worth a look.
    Warning,
}

/// One issue about one source record.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct RowIssue {
    /// Dataset id ("service-canada").
    pub source: String,
    /// The record's id in its source (row number when it has none).
    pub record: String,
    pub severity: Severity,
    /// Stable machine-readable code ("foreign-consulate", "no-position", ...).
    pub code: String,
    /// Human-readable detail (English).
    pub detail: String,
}

impl RowIssue {
    pub fn new(
        source: &str,
        record: impl Into<String>,
        severity: Severity,
        code: &str,
        detail: impl Into<String>,
    ) -> RowIssue {
        RowIssue {
            source: source.to_owned(),
            record: record.into(),
            severity,
            code: code.to_owned(),
            detail: detail.into(),
        }
    }
}
