//! Opening hours: a structured weekly schedule where the source text could be parsed,
//! the raw text otherwise, and "open now" computed in the office's own time zone.
use serde::{Deserialize, Serialize};

use super::model::Text;

/// Opening hours of a point.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Hours {
    /// The source gives no hours.
    #[default]
    Unknown,
    /// A weekly schedule parsed from the source.
    Weekly(Schedule),
    /// Hours text that could not be parsed into a schedule (kept verbatim, flagged).
    Text(Text),
}

/// A weekly schedule. `days[0]` is Monday … `days[6]` Sunday; a day with no span is closed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Schedule {
    pub days: [Vec<Span>; 7],
    /// The source says the office closes on statutory holidays.
    #[serde(default)]
    pub closed_on_holidays: bool,
    /// Anything else the source says about the hours, verbatim.
    #[serde(default)]
    pub note: Text,
}

/// Open from `open` to `close`, in minutes after local midnight. `close` may exceed 1440
/// for hours that run past midnight (e.g. 22:00–02:00 is 1320–1560).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    pub open: u16,
    pub close: u16,
}

/// Whether a point is open at some instant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenState {
    /// Open; closes at `closes` (minutes after local midnight of the current local day;
    /// may exceed 1440 when it closes after midnight).
    Open { closes: u16 },
    /// Closed; opens next `in_days` days from today (0 = later today) at `at` minutes.
    /// `None` when the schedule has no opening at all.
    Closed { next: Option<(u8, u16)> },
    /// No usable schedule: "hours not available", never "closed".
    Unknown,
}

impl Hours {
    /// Open or closed at `utc_ms` in zone `tz`. Spans past midnight count on the next day;
    /// holidays are not known, so `closed_on_holidays` does not change the answer.
    pub fn state(&self, _tz: super::tz::TimeZone, _utc_ms: i64) -> OpenState {
        unimplemented!("issue 3: open now")
    }

    /// The spans of `weekday` (0 = Monday) when the schedule is known.
    pub fn spans(&self, _weekday: u8) -> Option<&[Span]> {
        unimplemented!("issue 3: open now")
    }
}
