//! Canadian time zones, without a time-zone database in the wasm module.
//!
//! Every Canadian zone is a fixed standard offset that either never changes or follows the
//! Canadian daylight-saving rule in force since 2007 (second Sunday of March at 02:00 local
//! to first Sunday of November at 02:00 local). That small table replaces the tz database
//! (hundreds of KB) for "open now" in the office's own zone.
use serde::{Deserialize, Serialize};

use super::geo::LatLon;
use super::model::Province;

/// An IANA time zone used in Canada. Serialised as its IANA name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum TimeZone {
    #[serde(rename = "America/St_Johns")]
    StJohns,
    #[serde(rename = "America/Halifax")]
    Halifax,
    #[serde(rename = "America/Moncton")]
    Moncton,
    #[serde(rename = "America/Goose_Bay")]
    GooseBay,
    #[serde(rename = "America/Blanc-Sablon")]
    BlancSablon,
    #[serde(rename = "America/Toronto")]
    Toronto,
    #[serde(rename = "America/Atikokan")]
    Atikokan,
    #[serde(rename = "America/Iqaluit")]
    Iqaluit,
    #[serde(rename = "America/Winnipeg")]
    Winnipeg,
    #[serde(rename = "America/Rankin_Inlet")]
    RankinInlet,
    #[serde(rename = "America/Regina")]
    Regina,
    #[serde(rename = "America/Swift_Current")]
    SwiftCurrent,
    #[serde(rename = "America/Edmonton")]
    Edmonton,
    #[serde(rename = "America/Cambridge_Bay")]
    CambridgeBay,
    #[serde(rename = "America/Inuvik")]
    Inuvik,
    #[serde(rename = "America/Yellowknife")]
    Yellowknife,
    #[serde(rename = "America/Whitehorse")]
    Whitehorse,
    #[serde(rename = "America/Dawson")]
    Dawson,
    #[serde(rename = "America/Dawson_Creek")]
    DawsonCreek,
    #[serde(rename = "America/Fort_Nelson")]
    FortNelson,
    #[serde(rename = "America/Creston")]
    Creston,
    #[serde(rename = "America/Vancouver")]
    Vancouver,
}

/// A local date and time in some zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LocalTime {
    pub year: i32,
    /// 1–12.
    pub month: u8,
    /// 1–31.
    pub day: u8,
    /// 0 = Monday … 6 = Sunday.
    pub weekday: u8,
    /// Minutes since local midnight, 0–1439.
    pub minute: u16,
}

impl TimeZone {
    pub const ALL: [TimeZone; 22] = [
        TimeZone::StJohns,
        TimeZone::Halifax,
        TimeZone::Moncton,
        TimeZone::GooseBay,
        TimeZone::BlancSablon,
        TimeZone::Toronto,
        TimeZone::Atikokan,
        TimeZone::Iqaluit,
        TimeZone::Winnipeg,
        TimeZone::RankinInlet,
        TimeZone::Regina,
        TimeZone::SwiftCurrent,
        TimeZone::Edmonton,
        TimeZone::CambridgeBay,
        TimeZone::Inuvik,
        TimeZone::Yellowknife,
        TimeZone::Whitehorse,
        TimeZone::Dawson,
        TimeZone::DawsonCreek,
        TimeZone::FortNelson,
        TimeZone::Creston,
        TimeZone::Vancouver,
    ];
}

impl TimeZone {
    /// The IANA name.
    pub fn iana(self) -> &'static str {
        unimplemented!("issue 3: time zones")
    }

    /// Offset from UTC in minutes at the instant `utc_ms` (ms since the Unix epoch).
    pub fn offset_minutes(self, _utc_ms: i64) -> i32 {
        unimplemented!("issue 3: time zones")
    }

    /// Local date and time at the instant `utc_ms`.
    pub fn local(self, _utc_ms: i64) -> LocalTime {
        unimplemented!("issue 3: time zones")
    }

    /// The zone of a point in `province` at `pos` (the province's main zone when `pos` is
    /// unknown).
    pub fn for_point(_province: Province, _pos: Option<LatLon>) -> TimeZone {
        unimplemented!("issue 3: time zones")
    }
}
