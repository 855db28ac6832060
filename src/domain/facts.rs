//! What a source says about a point beyond its address and hours: access (wheelchair,
//! parking, sign languages), passport service levels, temporary closures and notes.
//!
//! A fact the source does not state is [`Fact::NotReported`]: never "no". The UI counts
//! and shows "not reported" as a value of its own.
use serde::{Deserialize, Serialize};

use super::vocab::Text;

/// Yes, no, or not reported by the source.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Fact {
    #[default]
    NotReported,
    Yes,
    No,
}

/// Parking at the point.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Parking {
    #[default]
    NotReported,
    Free,
    Paid,
}

/// Access to a point (HSDS accessibility).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Access {
    /// Wheelchair-accessible premises.
    pub wheelchair: Fact,
    pub parking: Parking,
    /// Service in American Sign Language.
    pub asl: Fact,
    /// Service in Langue des signes québécoise.
    pub lsq: Fact,
}

impl Access {
    /// Nothing reported (every source but those that say).
    pub const NOT_REPORTED: Access = Access {
        wheelchair: Fact::NotReported,
        parking: Parking::NotReported,
        asl: Fact::NotReported,
        lsq: Fact::NotReported,
    };

    /// True when the source reported at least one fact.
    pub fn is_reported(&self) -> bool {
        *self != Access::NOT_REPORTED
    }
}

/// One passport service level (as Service Canada's office finder names them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum PassportLevel {
    /// Apply in person; the passport comes by mail (`mail20`: 20 business days).
    Mail,
    /// Apply and pick up in person (`pickup10`: 10 business days).
    Pickup,
    /// Express service, picked up in person (2 to 9 business days).
    Express,
    /// Urgent service (by the end of the next business day).
    Urgent,
}

impl PassportLevel {
    pub const ALL: [PassportLevel; 4] =
        [PassportLevel::Mail, PassportLevel::Pickup, PassportLevel::Express, PassportLevel::Urgent];

    /// Stable id for URLs and message ids (`passport-pickup`).
    pub const fn id(self) -> &'static str {
        match self {
            PassportLevel::Mail => "mail",
            PassportLevel::Pickup => "pickup",
            PassportLevel::Express => "express",
            PassportLevel::Urgent => "urgent",
        }
    }

    pub fn from_id(s: &str) -> Option<PassportLevel> {
        PassportLevel::ALL.into_iter().find(|l| l.id().eq_ignore_ascii_case(s.trim()))
    }

    /// The source's code: `mail20`, `pickup10`, `express`, `urgent`.
    pub fn from_source(code: &str) -> Option<PassportLevel> {
        match code.trim() {
            "mail20" => Some(PassportLevel::Mail),
            "pickup10" => Some(PassportLevel::Pickup),
            "express" => Some(PassportLevel::Express),
            "urgent" => Some(PassportLevel::Urgent),
            _ => None,
        }
    }

    const fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

/// The passport service levels of a point, as a bit set.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct PassportServices(pub u8);

impl PassportServices {
    pub const NONE: PassportServices = PassportServices(0);

    pub fn of(levels: &[PassportLevel]) -> PassportServices {
        PassportServices(levels.iter().fold(0, |acc, l| acc | l.bit()))
    }
    pub fn contains(self, l: PassportLevel) -> bool {
        self.0 & l.bit() != 0
    }
    pub fn insert(&mut self, l: PassportLevel) {
        self.0 |= l.bit();
    }
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
    pub fn iter(self) -> impl Iterator<Item = PassportLevel> {
        PassportLevel::ALL.into_iter().filter(move |l| self.contains(*l))
    }
}

/// A temporary closure: from a day to a day (both included), or until further notice.
/// Days are days since 1970-01-01 on the point's own calendar.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Closure {
    pub from: i32,
    /// `None`: until further notice.
    pub to: Option<i32>,
    /// The source's own words for the cause, in the languages it gives (may be empty).
    pub cause: Text,
}

impl Closure {
    /// Is `day` inside the closure?
    pub fn covers(&self, day: i64) -> bool {
        i64::from(self.from) <= day && self.to.is_none_or(|to| day <= i64::from(to))
    }
}

/// A note the source attaches to a point, shown on its card and page.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Note {
    /// Service by appointment only; the phone number to book, as printed.
    AppointmentOnly { phone: Option<String> },
    /// Express passport service here takes `min` to `max` business days.
    ExpressDays { min: u8, max: u8 },
    /// Anything else, in the source's words (another entrance, say).
    Text(Text),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passport_levels_round_trip() {
        let s = PassportServices::of(&[PassportLevel::Pickup, PassportLevel::Urgent]);
        assert_eq!(s.iter().collect::<Vec<_>>(), [PassportLevel::Pickup, PassportLevel::Urgent]);
        assert!(!s.contains(PassportLevel::Mail) && !s.is_empty());
        for l in PassportLevel::ALL {
            assert_eq!(PassportLevel::from_id(l.id()), Some(l));
        }
        assert_eq!(PassportLevel::from_source("mail20"), Some(PassportLevel::Mail));
        assert_eq!(PassportLevel::from_source("pickup"), None);
    }

    #[test]
    fn closures_cover_their_days() {
        let c = Closure { from: 10, to: Some(12), cause: Text::default() };
        assert!(!c.covers(9) && c.covers(10) && c.covers(12) && !c.covers(13));
        let open_ended = Closure { from: 10, to: None, cause: Text::en("Building maintenance") };
        assert!(open_ended.covers(10_000) && !open_ended.covers(9));
        assert!(!Access::default().is_reported());
        assert!(Access { wheelchair: Fact::Yes, ..Access::default() }.is_reported());
    }
}
