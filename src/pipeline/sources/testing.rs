//! Helpers shared by the parsers' tests.
use super::*;
use crate::domain::hours::Span;

/// Reads a fixture under `tests/fixtures/sources/`.
pub(crate) fn fixture(path: &str) -> Vec<u8> {
    let full = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sources").join(path);
    std::fs::read(&full).unwrap_or_else(|e| panic!("{}: {e}", full.display()))
}

/// The schedule [`stand_in_hours`] returns.
pub(crate) fn weekday_schedule() -> Schedule {
    let mut s = Schedule::default();
    for day in s.days.iter_mut().take(5) {
        day.push(Span { open: 510, close: 990 });
    }
    s
}

/// Lines [`stand_in_hours`] understands (real lines of the fixtures).
pub(crate) const KNOWN_HOURS: &[&str] = &[
    "Monday to Friday 8:30 a.m. to 4:30 p.m. (2015); pilot open until 5:30 p.m. from Jan 4, 2016",
    "OPEN: Monday - Friday (8:30am - 4:30pm)",
    "CLOSED: Weekends and Holidays",
];

/// A deterministic stand-in for `hours_text::parse` (which another module owns), so
/// that these tests do not depend on it: every line in [`KNOWN_HOURS`] gives
/// [`weekday_schedule`], anything else is not understood.
pub(crate) fn stand_in_hours(lines: &[&str]) -> Option<Schedule> {
    lines.iter().all(|l| KNOWN_HOURS.contains(l)).then(weekday_schedule)
}

/// Issues as (record, severity, code), sorted, for exact comparisons.
pub(crate) fn issue_keys(out: &SourceOutput) -> Vec<(String, Severity, String)> {
    let mut v: Vec<_> = out.issues.iter().map(|i| (i.record.clone(), i.severity, i.code.clone())).collect();
    v.sort();
    v
}

/// The point with this id.
pub(crate) fn point<'a>(out: &'a SourceOutput, id: &str) -> &'a Point {
    out.points.iter().find(|p| p.id == id).unwrap_or_else(|| panic!("no point {id}"))
}

/// Checks the `SourceOutput` invariant and that ids are unique.
pub(crate) fn check_invariants(out: &SourceOutput) {
    let t = out.tally;
    assert!(t.is_balanced(), "rows_in = kept + merged + rejected: {t:?}");
    assert_eq!(t.kept, out.points.len(), "kept = points");
    let rejections = out.issues.iter().filter(|i| i.severity == Severity::Rejected).count();
    assert_eq!(t.rejected, rejections, "one issue per rejected row");
    let ids: HashSet<&str> = out.points.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids.len(), out.points.len(), "ids unique");
    for p in &out.points {
        assert!(!p.community.is_empty(), "{} has a community", p.id);
        assert!(!p.name.is_empty(), "{} has a name", p.id);
        assert_eq!(p.sources.len(), 1);
        assert_eq!(p.sources[0].dataset, t.dataset.index());
    }
}

/// A `Cx` for a row "r" of the Montréal source, for tests of the shared checks.
pub(crate) fn with_cx<T>(f: impl FnOnce(&mut Cx<'_>) -> T) -> (T, Ledger) {
    let mut ledger = Ledger::new(DatasetId::Montreal);
    let mut cx = Cx { ledger: &mut ledger, record: "r", dataset: DatasetId::Montreal, hours: stand_in_hours };
    (f(&mut cx), ledger)
}
