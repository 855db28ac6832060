//! Kiosk mode (pure): the kiosk configuration file, whether kiosk mode is on, and the idle
//! timer that brings a public screen back to its start after a visitor leaves.
//!
//! `public/kiosk.json` (every field optional):
//!
//! ```json
//! {
//!   "enabled": true,
//!   "location": { "lat": 45.4215, "lon": -75.6972,
//!                 "label": { "en": "Ottawa Public Library, Main branch",
//!                            "fr": "Bibliothèque publique d’Ottawa, succursale principale" } },
//!   "province": "ON",
//!   "idle_seconds": 90,
//!   "warning_seconds": 10,
//!   "lang": "fr"
//! }
//! ```
//!
//! `enabled` turns kiosk mode on for every visitor of the site; without it, `kiosk=1` in
//! the URL turns it on for that browser tab. `province` (whose postal-code shards are kept
//! on the device) defaults to the province of the postal area nearest to `location`.
use serde::Deserialize;

use crate::domain::geo::LatLon;
use crate::domain::model::{Province, Text};
use crate::i18n::Locale;

/// Idle time before the screen resets, when the file does not say.
pub const DEFAULT_IDLE_SECONDS: u32 = 90;
/// How long the "still there?" countdown shows before the reset, when the file does not say.
pub const DEFAULT_WARNING_SECONDS: u32 = 10;
/// Bounds of `idle_seconds`: a second (tests) to a day.
pub const IDLE_SECONDS: std::ops::RangeInclusive<u32> = 1..=86_400;

/// The kiosk's fixed "you are here".
#[derive(Debug, Clone, PartialEq)]
pub struct KioskLocation {
    pub pos: LatLon,
    /// What the kiosk calls its place ("Main branch"); may be empty.
    pub label: Text,
}

/// A valid kiosk configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct KioskConfig {
    pub enabled: bool,
    pub location: Option<KioskLocation>,
    pub province: Option<Province>,
    pub idle_seconds: u32,
    pub warning_seconds: u32,
    /// The language the start screen returns to; `None` keeps the one the kiosk opened in.
    pub lang: Option<Locale>,
}

impl Default for KioskConfig {
    fn default() -> KioskConfig {
        KioskConfig {
            enabled: false,
            location: None,
            province: None,
            idle_seconds: DEFAULT_IDLE_SECONDS,
            warning_seconds: DEFAULT_WARNING_SECONDS,
            lang: None,
        }
    }
}

/// What is wrong with a kiosk file (the app then runs without it and says so in the
/// console).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KioskConfigError {
    /// Not JSON, or a field of the wrong type.
    Syntax(String),
    /// Latitude or longitude out of range.
    Location,
    /// `idle_seconds` out of [`IDLE_SECONDS`].
    IdleSeconds(u32),
    /// Not a province or territory.
    Province(String),
    /// Not `en` or `fr`.
    Lang(String),
}

impl std::fmt::Display for KioskConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            KioskConfigError::Syntax(e) => write!(f, "kiosk.json: {e}"),
            KioskConfigError::Location => f.write_str("kiosk.json: location needs lat in -90..90 and lon in -180..180"),
            KioskConfigError::IdleSeconds(s) => write!(f, "kiosk.json: idle_seconds {s} is not between 1 and 86400"),
            KioskConfigError::Province(p) => write!(f, "kiosk.json: {p:?} is not a province or territory"),
            KioskConfigError::Lang(l) => write!(f, "kiosk.json: lang {l:?} is neither en nor fr"),
        }
    }
}

impl std::error::Error for KioskConfigError {}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLocation {
    lat: f64,
    lon: f64,
    #[serde(default)]
    label: Text,
}

#[derive(Deserialize)]
struct Raw {
    #[serde(default)]
    enabled: bool,
    #[serde(default)]
    location: Option<RawLocation>,
    #[serde(default)]
    province: Option<String>,
    #[serde(default)]
    idle_seconds: Option<u32>,
    #[serde(default)]
    warning_seconds: Option<u32>,
    #[serde(default)]
    lang: Option<String>,
}

impl KioskConfig {
    /// Parses and checks `kiosk.json`. Unknown top-level fields (such as `_comment`) are
    /// ignored; the warning is shortened to fit in the idle time.
    ///
    /// ```
    /// use guichet::kiosk::KioskConfig;
    /// let c = KioskConfig::parse(br#"{"enabled": true, "idle_seconds": 30, "province": "qc"}"#).unwrap();
    /// assert!(c.enabled);
    /// assert_eq!(c.idle_seconds, 30);
    /// assert!(KioskConfig::parse(br#"{"idle_seconds": 0}"#).is_err());
    /// ```
    pub fn parse(bytes: &[u8]) -> Result<KioskConfig, KioskConfigError> {
        let raw: Raw = serde_json::from_slice(bytes).map_err(|e| KioskConfigError::Syntax(e.to_string()))?;
        let location = match raw.location {
            None => None,
            Some(l) => {
                let ok = (-90.0..=90.0).contains(&l.lat) && (-180.0..=180.0).contains(&l.lon);
                if !ok {
                    return Err(KioskConfigError::Location);
                }
                Some(KioskLocation { pos: LatLon::new(l.lat, l.lon), label: l.label })
            }
        };
        let province = match raw.province {
            None => None,
            Some(p) => Some(Province::parse(&p).ok_or(KioskConfigError::Province(p))?),
        };
        let idle_seconds = raw.idle_seconds.unwrap_or(DEFAULT_IDLE_SECONDS);
        if !IDLE_SECONDS.contains(&idle_seconds) {
            return Err(KioskConfigError::IdleSeconds(idle_seconds));
        }
        let warning_seconds = raw.warning_seconds.unwrap_or(DEFAULT_WARNING_SECONDS).min(idle_seconds / 2);
        let lang = match raw.lang {
            None => None,
            Some(l) => Some(Locale::from_tag(&l).ok_or(KioskConfigError::Lang(l))?),
        };
        Ok(KioskConfig { enabled: raw.enabled, location, province, idle_seconds, warning_seconds, lang })
    }
}

/// Whether kiosk mode is on: `kiosk=0|1` in the URL decides; otherwise the file's
/// `enabled`, or a tab that was opened with `kiosk=1` (remembered for the session, so a
/// reload or an internal link without the parameter stays a kiosk).
///
/// ```
/// use guichet::kiosk::kiosk_on;
/// assert!(kiosk_on(Some("1"), false, false));
/// assert!(!kiosk_on(Some("0"), true, true));
/// assert!(kiosk_on(None, true, false));
/// assert!(!kiosk_on(Some("maybe"), false, false));
/// ```
pub fn kiosk_on(url: Option<&str>, remembered: bool, configured: bool) -> bool {
    match url.map(str::trim) {
        Some("1" | "true" | "yes") => true,
        Some("0" | "false" | "no") => false,
        _ => remembered || configured,
    }
}

/// What the idle timer asks the screen to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdlePhase {
    /// Someone is using it, or there is nothing to clear.
    Active,
    /// Show the countdown: the reset comes in this many seconds unless someone touches.
    Warning { seconds_left: u32 },
    /// Reset now.
    Reset,
}

/// The idle timer, as a state machine over a clock in milliseconds: input restarts it;
/// a screen that is already at its start (`pristine`) never needs a reset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdleTimer {
    idle_ms: u64,
    warning_ms: u64,
    last_input: u64,
}

impl IdleTimer {
    pub fn new(config: &KioskConfig, now_ms: u64) -> IdleTimer {
        IdleTimer {
            idle_ms: u64::from(config.idle_seconds) * 1000,
            warning_ms: u64::from(config.warning_seconds) * 1000,
            last_input: now_ms,
        }
    }

    /// A touch, a key, a click, typing: the visitor is still here.
    pub fn input(&mut self, now_ms: u64) {
        self.last_input = self.last_input.max(now_ms);
    }

    /// Where the timer stands at `now_ms`.
    ///
    /// ```
    /// use guichet::kiosk::{IdlePhase, IdleTimer, KioskConfig};
    /// let config = KioskConfig { idle_seconds: 90, warning_seconds: 10, ..KioskConfig::default() };
    /// let mut t = IdleTimer::new(&config, 0);
    /// assert_eq!(t.poll(79_999, false), IdlePhase::Active);
    /// assert_eq!(t.poll(80_000, false), IdlePhase::Warning { seconds_left: 10 });
    /// assert_eq!(t.poll(89_001, false), IdlePhase::Warning { seconds_left: 1 });
    /// assert_eq!(t.poll(90_000, false), IdlePhase::Reset);
    /// assert_eq!(t.poll(90_000, true), IdlePhase::Active);
    /// t.input(85_000);
    /// assert_eq!(t.poll(90_000, false), IdlePhase::Active);
    /// ```
    pub fn poll(&self, now_ms: u64, pristine: bool) -> IdlePhase {
        if pristine {
            return IdlePhase::Active;
        }
        let idle = now_ms.saturating_sub(self.last_input);
        if idle >= self.idle_ms {
            IdlePhase::Reset
        } else if idle + self.warning_ms >= self.idle_ms && self.warning_ms > 0 {
            let left = self.idle_ms - idle;
            IdlePhase::Warning { seconds_left: left.div_ceil(1000) as u32 }
        } else {
            IdlePhase::Active
        }
    }

    /// The screen was reset: start counting afresh.
    pub fn reset(&mut self, now_ms: u64) {
        self.last_input = now_ms;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_file_parses() {
        let c = KioskConfig::parse(
            r#"{
                "_comment": "a kiosk at the library",
                "enabled": true,
                "location": {"lat": 45.4215, "lon": -75.6972, "label": {"en": "Main branch", "fr": "Succursale principale"}},
                "province": "Ontario",
                "idle_seconds": 120,
                "warning_seconds": 15,
                "lang": "fr-CA"
            }"#
            .as_bytes(),
        )
        .unwrap();
        assert!(c.enabled);
        let l = c.location.unwrap();
        assert_eq!(l.pos, LatLon::new(45.4215, -75.6972));
        assert_eq!(l.label.fr.as_deref(), Some("Succursale principale"));
        assert_eq!(c.province, Some(Province::ON));
        assert_eq!((c.idle_seconds, c.warning_seconds), (120, 15));
        assert_eq!(c.lang, Some(Locale::Fr));
    }

    #[test]
    fn empty_file_gives_the_defaults() {
        assert_eq!(KioskConfig::parse(b"{}").unwrap(), KioskConfig::default());
        assert_eq!(KioskConfig::default().idle_seconds, 90);
    }

    #[test]
    fn bad_files_are_refused_with_the_reason() {
        assert!(matches!(KioskConfig::parse(b"not json"), Err(KioskConfigError::Syntax(_))));
        assert!(matches!(KioskConfig::parse(br#"{"idle_seconds": "soon"}"#), Err(KioskConfigError::Syntax(_))));
        assert_eq!(KioskConfig::parse(br#"{"location": {"lat": 145, "lon": 0}}"#), Err(KioskConfigError::Location));
        assert!(matches!(KioskConfig::parse(br#"{"location": {"lat": 45}}"#), Err(KioskConfigError::Syntax(_))));
        assert!(matches!(
            KioskConfig::parse(br#"{"location": {"lat": 45, "lon": -75, "lable": "typo"}}"#),
            Err(KioskConfigError::Syntax(_))
        ));
        assert_eq!(KioskConfig::parse(br#"{"idle_seconds": 0}"#), Err(KioskConfigError::IdleSeconds(0)));
        assert_eq!(
            KioskConfig::parse(br#"{"province": "Atlantis"}"#),
            Err(KioskConfigError::Province("Atlantis".into()))
        );
        assert_eq!(KioskConfig::parse(br#"{"lang": "de"}"#), Err(KioskConfigError::Lang("de".into())));
    }

    #[test]
    fn warning_fits_in_short_idle_times() {
        let c = KioskConfig::parse(br#"{"idle_seconds": 3}"#).unwrap();
        assert_eq!(c.warning_seconds, 1);
        let c = KioskConfig::parse(br#"{"idle_seconds": 1}"#).unwrap();
        assert_eq!(c.warning_seconds, 0);
        let t = IdleTimer::new(&c, 0);
        assert_eq!(t.poll(999, false), IdlePhase::Active);
        assert_eq!(t.poll(1000, false), IdlePhase::Reset);
    }

    #[test]
    fn input_postpones_and_reset_restarts() {
        let c = KioskConfig::default();
        let mut t = IdleTimer::new(&c, 1_000);
        assert_eq!(t.poll(50_000, false), IdlePhase::Active);
        assert_eq!(t.poll(91_000, false), IdlePhase::Reset);
        t.input(60_000);
        assert_eq!(t.poll(91_000, false), IdlePhase::Active);
        assert_eq!(t.poll(141_000, false), IdlePhase::Warning { seconds_left: 9 });
        // A late event with an older time stamp does not move the clock back.
        t.input(10_000);
        assert_eq!(t.poll(150_000, false), IdlePhase::Reset);
        t.reset(150_000);
        assert_eq!(t.poll(150_000, false), IdlePhase::Active);
        // A pristine screen is never reset, however long it waits.
        assert_eq!(t.poll(10_000_000, true), IdlePhase::Active);
    }

    #[test]
    fn url_overrides_the_file_and_the_session() {
        for (url, remembered, configured, on) in [
            (None, false, false, false),
            (None, true, false, true),
            (None, false, true, true),
            (Some("1"), false, false, true),
            (Some("true"), false, false, true),
            (Some("0"), true, true, false),
            (Some(""), false, true, true),
        ] {
            assert_eq!(kiosk_on(url, remembered, configured), on, "{url:?} {remembered} {configured}");
        }
    }
}
