//! Row accounting: what happened to every row of every source.
//!
//! One type counts rows for every source, service points and reference tables alike: a
//! [`Ledger`] records each row read as kept or rejected (with a reason, a [`RowIssue`]),
//! plus the issues of rows that were kept with less than the source gave. Merging happens
//! later (`pipeline::merge`) and moves rows from kept to merged, so that for every source
//! `rows_in = kept + merged + rejected` ([`Tally::is_balanced`]).
use serde::{Deserialize, Serialize};

use super::datasets::DatasetId;

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

/// Row counts of one dataset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tally {
    pub dataset: DatasetId,
    pub rows_in: usize,
    pub kept: usize,
    /// Rows folded into another record by the merge (counted out of `kept`).
    pub merged: usize,
    pub rejected: usize,
}

impl Tally {
    pub fn new(dataset: DatasetId) -> Tally {
        Tally { dataset, rows_in: 0, kept: 0, merged: 0, rejected: 0 }
    }

    /// A table read whole, every row kept (boundaries, lakes, curated tables).
    pub fn all_kept(dataset: DatasetId, rows: usize) -> Tally {
        Tally { dataset, rows_in: rows, kept: rows, merged: 0, rejected: 0 }
    }

    /// `rows_in = kept + merged + rejected`.
    pub fn is_balanced(&self) -> bool {
        self.rows_in == self.kept + self.merged + self.rejected
    }

    /// Moves `n` rows from kept to merged.
    pub fn merge(&mut self, n: usize) {
        let n = n.min(self.kept);
        self.kept -= n;
        self.merged += n;
    }
}

/// Counts one dataset's rows and keeps their issues. Call [`Ledger::keep`] or
/// [`Ledger::reject`] exactly once per row read; [`Ledger::issue`] adds a note about a
/// kept row (downgraded, warning) without changing the counts.
#[derive(Debug, Clone)]
pub struct Ledger {
    source: String,
    pub tally: Tally,
    pub issues: Vec<RowIssue>,
}

impl Ledger {
    pub fn new(dataset: DatasetId) -> Ledger {
        Ledger { source: dataset.dataset().id, tally: Tally::new(dataset), issues: Vec::new() }
    }

    /// The dataset id written in issues ("service-canada").
    pub fn source(&self) -> &str {
        &self.source
    }

    /// One row read and kept.
    pub fn keep(&mut self) {
        self.tally.rows_in += 1;
        self.tally.kept += 1;
    }

    /// One row read and rejected, with its reason.
    pub fn reject(&mut self, record: impl Into<String>, code: &str, detail: impl Into<String>) {
        self.tally.rows_in += 1;
        self.tally.rejected += 1;
        self.issues.push(RowIssue::new(&self.source, record, Severity::Rejected, code, detail));
    }

    /// A note about a kept row; a rejection goes through [`Ledger::reject`].
    pub fn issue(&mut self, record: impl Into<String>, severity: Severity, code: &str, detail: impl Into<String>) {
        debug_assert_ne!(severity, Severity::Rejected, "rejections are counted by Ledger::reject");
        self.issues.push(RowIssue::new(&self.source, record, severity, code, detail));
    }

    /// Rows rejected so far.
    pub fn rejected(&self) -> usize {
        self.tally.rejected
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_is_kept_merged_or_rejected() {
        let mut l = Ledger::new(DatasetId::Montreal);
        l.keep();
        l.keep();
        l.reject("7", "foreign-consulate", "consulate");
        l.issue("1", Severity::Warning, "odd", "worth a look");
        let mut t = l.tally;
        assert_eq!((t.rows_in, t.kept, t.rejected), (3, 2, 1));
        assert!(t.is_balanced());
        t.merge(1);
        assert_eq!((t.kept, t.merged), (1, 1));
        assert!(t.is_balanced());
        assert_eq!(l.issues.len(), 2);
        assert_eq!(l.issues[0].source, "montreal");
        assert_eq!(l.rejected(), 1);
    }
}
