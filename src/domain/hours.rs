//! Opening hours: a structured weekly schedule where the source text could be parsed,
//! the raw text otherwise, and "open now" computed in the office's own time zone.
//!
//! All times are wall-clock minutes after local midnight; a span that runs past midnight
//! keeps counting (22:00–02:00 is 1320–1560) and is open on the following day too. The
//! answer for an instant is computed on the local wall clock of the office's zone
//! ([`TimeZone::local`]), so on the day clocks change an office open 09:00–17:00 is open
//! from 09:00 to 17:00 as its sign says, whatever the length of that day.
use serde::{Deserialize, Serialize};

use super::tz::{civil_from_days, weekday_from_days, TimeZone};
use super::vocab::Text;

/// Minutes in a day.
pub const DAY_MINUTES: u16 = 1440;

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
    /// Visits on the same weekdays of every month, such as an outreach site's "2nd and 4th
    /// Wednesday".
    Monthly(Vec<MonthlyRule>),
    /// Visits on the days listed, sorted by day (an outreach site's dates). Empty: the
    /// source posts no date, so no visit is scheduled.
    Visits(Vec<Visit>),
}

/// Visits on the `n`-th `weekday` of every month for each `n` in `weeks`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MonthlyRule {
    /// Bit `n - 1` set for the `n`-th occurrence (bit 0 = the first … bit 4 = the fifth).
    pub weeks: u8,
    /// 0 = Monday … 6 = Sunday.
    pub weekday: u8,
    /// The visit's spans (a lunch break splits them).
    pub spans: Vec<Span>,
}

impl MonthlyRule {
    /// Does the rule fall on `day` (days since 1970-01-01)?
    pub fn falls_on(&self, day: i64) -> bool {
        let (_, _, d) = civil_from_days(day);
        let nth = (d - 1) / 7;
        weekday_from_days(day) == self.weekday && self.weeks & (1 << nth) != 0
    }
}

/// One dated visit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Visit {
    /// Days since 1970-01-01, on the point's own calendar.
    pub day: i32,
    /// The visit's spans (a lunch break splits them).
    pub spans: Vec<Span>,
}

/// A weekly schedule. `days[0]` is Monday … `days[6]` Sunday; a day with no span is closed.
/// Spans of a day are sorted by opening time and do not overlap.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Schedule {
    /// Opening spans of each weekday, Monday first.
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
    /// Opening, minutes after local midnight (0–1439).
    pub open: u16,
    /// Closing, minutes after local midnight of the opening day (greater than `open`,
    /// at most `open + 1440`).
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

impl Span {
    /// A span from `open` to `close` minutes after local midnight.
    pub const fn new(open: u16, close: u16) -> Span {
        Span { open, close }
    }

    /// True when the span runs past midnight into the next day.
    pub const fn past_midnight(self) -> bool {
        self.close > DAY_MINUTES
    }
}

/// Hours and minutes of a wall-clock time given in minutes after midnight, wrapping past
/// midnight (a closing time of 1560, 02:00 the next day, gives `(2, 0)`).
///
/// ```
/// use guichet::domain::hours::minutes_to_hm;
/// assert_eq!(minutes_to_hm(8 * 60 + 30), (8, 30));
/// assert_eq!(minutes_to_hm(1440), (0, 0));
/// assert_eq!(minutes_to_hm(1560), (2, 0));
/// ```
pub fn minutes_to_hm(minutes: u16) -> (u8, u8) {
    ((minutes / 60 % 24) as u8, (minutes % 60) as u8)
}

impl Hours {
    /// Open or closed at `utc_ms` (ms since the Unix epoch) in zone `tz`: the schedule is
    /// read on the local wall clock ([`Schedule::state_at`]). Spans past midnight count
    /// on the next day; holidays are not known, so `closed_on_holidays` does not change
    /// the answer. [`OpenState::Unknown`] for [`Hours::Unknown`] and [`Hours::Text`].
    ///
    /// ```
    /// use guichet::domain::hours::{Hours, OpenState, Schedule, Span};
    /// use guichet::domain::tz::TimeZone;
    /// let mut week = Schedule::default();
    /// for day in 0..5 {
    ///     week.days[day] = vec![Span::new(8 * 60 + 30, 16 * 60 + 30)];
    /// }
    /// let hours = Hours::Weekly(week);
    /// // Friday 2024-07-12 12:00 UTC: 09:00 in Halifax, 05:00 in Vancouver.
    /// let t = 1_720_785_600_000;
    /// assert_eq!(hours.state(TimeZone::Halifax, t), OpenState::Open { closes: 16 * 60 + 30 });
    /// assert_eq!(hours.state(TimeZone::Vancouver, t), OpenState::Closed { next: Some((0, 8 * 60 + 30)) });
    /// // Eight hours later: 17:00 in Halifax (closed until Monday), 13:00 in Vancouver.
    /// let later = t + 8 * 3_600_000;
    /// assert_eq!(hours.state(TimeZone::Halifax, later), OpenState::Closed { next: Some((3, 8 * 60 + 30)) });
    /// assert_eq!(hours.state(TimeZone::Vancouver, later), OpenState::Open { closes: 16 * 60 + 30 });
    /// assert_eq!(Hours::Unknown.state(TimeZone::Halifax, t), OpenState::Unknown);
    /// ```
    pub fn state(&self, tz: TimeZone, utc_ms: i64) -> OpenState {
        match self {
            Hours::Weekly(schedule) => {
                let local = tz.local(utc_ms);
                schedule.state_at(local.weekday, local.minute)
            }
            Hours::Unknown | Hours::Text(_) | Hours::Monthly(_) | Hours::Visits(_) => OpenState::Unknown,
        }
    }

    /// The spans of local `day` (days since 1970-01-01): the weekly schedule's weekday, a
    /// monthly rule that falls on it, or a dated visit. `None` when the hours are not known
    /// (unknown or raw text); an empty slice when nothing opens that day.
    pub fn spans_on(&self, day: i64) -> Option<&[Span]> {
        match self {
            Hours::Weekly(s) => Some(&s.days[usize::from(weekday_from_days(day))]),
            Hours::Monthly(rules) => Some(rules.iter().find(|r| r.falls_on(day)).map_or(&[], |r| r.spans.as_slice())),
            Hours::Visits(visits) => Some(
                visits.binary_search_by_key(&day, |v| i64::from(v.day)).map_or(&[], |i| visits[i].spans.as_slice()),
            ),
            Hours::Unknown | Hours::Text(_) => None,
        }
    }

    /// True when the source posts opening hours or visit dates (what "hours available"
    /// counts): a weekly schedule with a span, a monthly rule, or at least one dated visit.
    pub fn is_posted(&self) -> bool {
        match self {
            Hours::Weekly(s) => !s.is_empty(),
            Hours::Monthly(rules) => !rules.is_empty(),
            Hours::Visits(visits) => !visits.is_empty(),
            Hours::Unknown | Hours::Text(_) => false,
        }
    }

    /// True for an outreach site's visit calendar (monthly or dated), whose card speaks of
    /// visits rather than opening hours.
    pub fn is_visits(&self) -> bool {
        matches!(self, Hours::Monthly(_) | Hours::Visits(_))
    }

    /// The spans of `weekday` (0 = Monday … 6 = Sunday) when the schedule is known;
    /// `None` for unknown hours, raw text, or a weekday above 6. An empty slice means
    /// closed that day (apart from a span of the day before that runs past midnight).
    pub fn spans(&self, weekday: u8) -> Option<&[Span]> {
        match self {
            Hours::Weekly(schedule) => schedule.days.get(usize::from(weekday)).map(Vec::as_slice),
            Hours::Unknown | Hours::Text(_) | Hours::Monthly(_) | Hours::Visits(_) => None,
        }
    }
}

impl Schedule {
    /// True when no day has a span (the schedule says nothing about opening).
    pub fn is_empty(&self) -> bool {
        self.days.iter().all(Vec::is_empty)
    }

    /// Open or closed on local `weekday` (0 = Monday) at local `minute` (0–1439).
    ///
    /// Spans of the previous day that run past midnight count today. When open, `closes`
    /// is the end of the uninterrupted opening (spans that touch or overlap, including
    /// across midnight, are joined), in minutes after today's midnight. When closed, the
    /// next opening is searched up to seven days ahead (`in_days` 0–7, 7 being the same
    /// weekday next week); `next` is `None` only for a schedule without any span.
    ///
    /// ```
    /// use guichet::domain::hours::{OpenState, Schedule, Span};
    /// let mut s = Schedule::default();
    /// s.days[4] = vec![Span::new(9 * 60, 12 * 60), Span::new(13 * 60, 22 * 60), Span::new(22 * 60, 26 * 60)];
    /// // Friday 12:30, lunch: opens again at 13:00 the same day.
    /// assert_eq!(s.state_at(4, 12 * 60 + 30), OpenState::Closed { next: Some((0, 13 * 60)) });
    /// // Friday 20:00: open until 02:00 the next day (26 h after Friday's midnight).
    /// assert_eq!(s.state_at(4, 20 * 60), OpenState::Open { closes: 26 * 60 });
    /// // Saturday 01:00 is still Friday night's opening.
    /// assert_eq!(s.state_at(5, 60), OpenState::Open { closes: 2 * 60 });
    /// // Saturday 03:00: next opening is Friday 09:00, six days later.
    /// assert_eq!(s.state_at(5, 3 * 60), OpenState::Closed { next: Some((6, 9 * 60)) });
    /// ```
    pub fn state_at(&self, weekday: u8, minute: u16) -> OpenState {
        let now = i32::from(minute);
        let day = i32::from(DAY_MINUTES);
        // Every span from yesterday to a week today, in minutes after today's midnight.
        let mut spans: Vec<(i32, i32)> = (-1..=7)
            .flat_map(|k: i32| {
                let index = (i32::from(weekday) + k).rem_euclid(7) as usize;
                self.days[index]
                    .iter()
                    .filter(|s| s.close > s.open)
                    .map(move |s| (k * day + i32::from(s.open), k * day + i32::from(s.close)))
            })
            .collect();
        spans.sort_unstable();
        let mut end: Option<i32> = None;
        for &(open, close) in &spans {
            match end {
                None if open <= now && now < close => end = Some(close),
                Some(e) if open <= e => end = Some(e.max(close)),
                _ => {}
            }
        }
        if let Some(end) = end {
            return OpenState::Open { closes: u16::try_from(end).unwrap_or(u16::MAX) };
        }
        let next = spans
            .iter()
            .map(|&(open, _)| open)
            .filter(|&open| open > now)
            .find(|&open| open < 8 * day)
            .map(|open| (open.div_euclid(day) as u8, open.rem_euclid(day) as u16));
        OpenState::Closed { next }
    }
}

// Native only: the test dependencies (proptest, qrcodegen) are not built for wasm32.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use proptest::test_runner::{Config, RngSeed};

    const HOUR: i64 = 3_600_000;
    /// Friday 2024-07-12 12:00 UTC.
    const FRIDAY_NOON_UTC: i64 = 1_720_785_600_000;
    /// 2024-03-10 07:00 UTC: Toronto springs forward from 02:00 EST to 03:00 EDT.
    const SPRING_2024_TORONTO: i64 = 1_710_054_000_000;
    /// 2024-11-03 06:00 UTC: Toronto falls back from 02:00 EDT to 01:00 EST.
    const FALL_2024_TORONTO: i64 = 1_730_613_600_000;

    fn hm(h: u16, m: u16) -> u16 {
        h * 60 + m
    }

    fn weekly(days: &[(usize, &[(u16, u16)])]) -> Hours {
        let mut s = Schedule::default();
        for (day, spans) in days {
            s.days[*day] = spans.iter().map(|&(o, c)| Span::new(o, c)).collect();
        }
        Hours::Weekly(s)
    }

    fn weekdays(open: u16, close: u16) -> Hours {
        let span: &[(u16, u16)] = &[(open, close)];
        weekly(&[(0, span), (1, span), (2, span), (3, span), (4, span)])
    }

    #[test]
    fn same_instant_open_in_halifax_closed_in_vancouver() {
        let h = weekdays(hm(8, 30), hm(16, 30));
        // 09:00 ADT in Halifax, 05:00 PDT in Vancouver.
        assert_eq!(h.state(TimeZone::Halifax, FRIDAY_NOON_UTC), OpenState::Open { closes: hm(16, 30) });
        assert_eq!(h.state(TimeZone::Vancouver, FRIDAY_NOON_UTC), OpenState::Closed { next: Some((0, hm(8, 30))) });
        // St. John's is half an hour ahead of Halifax: 09:30.
        assert_eq!(TimeZone::StJohns.local(FRIDAY_NOON_UTC).minute, hm(9, 30));
        // Regina has no daylight time: 06:00 in July.
        assert_eq!(h.state(TimeZone::Regina, FRIDAY_NOON_UTC), OpenState::Closed { next: Some((0, hm(8, 30))) });
    }

    #[test]
    fn spring_forward_sunday() {
        let sunday: &[(u16, u16)] = &[(hm(3, 0), hm(4, 0)), (hm(9, 0), hm(17, 0))];
        let h = weekly(&[(6, sunday)]);
        // 01:59 EST: the office opens at 03:00, which comes one minute later.
        let before = SPRING_2024_TORONTO - 60_000;
        assert_eq!(h.state(TimeZone::Toronto, before), OpenState::Closed { next: Some((0, hm(3, 0))) });
        assert_eq!(h.state(TimeZone::Toronto, SPRING_2024_TORONTO), OpenState::Open { closes: hm(4, 0) });
        // 09:00 EDT is 13:00 UTC, not 14:00.
        let nine = SPRING_2024_TORONTO + 6 * HOUR;
        assert_eq!(h.state(TimeZone::Toronto, nine - 60_000), OpenState::Closed { next: Some((0, hm(9, 0))) });
        assert_eq!(h.state(TimeZone::Toronto, nine), OpenState::Open { closes: hm(17, 0) });
        // Regina, no DST: the same instant is 01:00 CST, still closed.
        assert_eq!(h.state(TimeZone::Regina, SPRING_2024_TORONTO), OpenState::Closed { next: Some((0, hm(3, 0))) });
    }

    #[test]
    fn fall_back_sunday() {
        let sunday: &[(u16, u16)] = &[(hm(1, 30), hm(1, 45)), (hm(9, 0), hm(17, 0))];
        let h = weekly(&[(6, sunday)]);
        // 01:30 happens twice; the office is open both times.
        let first = FALL_2024_TORONTO - 30 * 60_000;
        let second = FALL_2024_TORONTO + 30 * 60_000;
        assert_eq!(h.state(TimeZone::Toronto, first), OpenState::Open { closes: hm(1, 45) });
        assert_eq!(h.state(TimeZone::Toronto, second), OpenState::Open { closes: hm(1, 45) });
        // Just before and after the change: 01:59 EDT closed, then 01:00 EST closed.
        assert_eq!(
            h.state(TimeZone::Toronto, FALL_2024_TORONTO - 60_000),
            OpenState::Closed { next: Some((0, hm(9, 0))) }
        );
        assert_eq!(h.state(TimeZone::Toronto, FALL_2024_TORONTO), OpenState::Closed { next: Some((0, hm(1, 30))) });
        // 09:00 EST is 14:00 UTC.
        let nine = FALL_2024_TORONTO + 8 * HOUR;
        assert_eq!(h.state(TimeZone::Toronto, nine - 60_000), OpenState::Closed { next: Some((0, hm(9, 0))) });
        assert_eq!(h.state(TimeZone::Toronto, nine), OpenState::Open { closes: hm(17, 0) });
    }

    #[test]
    fn split_hours_lunch_closure() {
        let span: &[(u16, u16)] = &[(hm(8, 30), hm(12, 0)), (hm(13, 0), hm(16, 30))];
        let Hours::Weekly(s) = weekly(&[(1, span)]) else { unreachable!() };
        assert_eq!(s.state_at(1, hm(11, 59)), OpenState::Open { closes: hm(12, 0) });
        assert_eq!(s.state_at(1, hm(12, 0)), OpenState::Closed { next: Some((0, hm(13, 0))) });
        assert_eq!(s.state_at(1, hm(13, 0)), OpenState::Open { closes: hm(16, 30) });
        assert_eq!(s.state_at(1, hm(16, 30)), OpenState::Closed { next: Some((7, hm(8, 30))) });
        assert_eq!(s.state_at(0, hm(23, 0)), OpenState::Closed { next: Some((1, hm(8, 30))) });
    }

    #[test]
    fn after_midnight_counts_on_the_next_day() {
        // Friday 22:00–02:00.
        let friday: &[(u16, u16)] = &[(hm(22, 0), hm(26, 0))];
        let Hours::Weekly(s) = weekly(&[(4, friday)]) else { unreachable!() };
        assert_eq!(s.state_at(4, hm(21, 59)), OpenState::Closed { next: Some((0, hm(22, 0))) });
        assert_eq!(s.state_at(4, hm(23, 0)), OpenState::Open { closes: hm(26, 0) });
        assert_eq!(s.state_at(5, hm(1, 0)), OpenState::Open { closes: hm(2, 0) });
        assert_eq!(s.state_at(5, hm(2, 0)), OpenState::Closed { next: Some((6, hm(22, 0))) });
        // Sunday night into Monday wraps around the week.
        let sunday: &[(u16, u16)] = &[(hm(20, 0), hm(25, 0))];
        let Hours::Weekly(s) = weekly(&[(6, sunday)]) else { unreachable!() };
        assert_eq!(s.state_at(0, hm(0, 30)), OpenState::Open { closes: hm(1, 0) });
    }

    #[test]
    fn closed_days_and_empty_schedule() {
        let h = weekdays(hm(9, 0), hm(17, 0));
        let Hours::Weekly(s) = &h else { unreachable!() };
        // Saturday 10:00: next is Monday 09:00.
        assert_eq!(s.state_at(5, hm(10, 0)), OpenState::Closed { next: Some((2, hm(9, 0))) });
        assert_eq!(s.state_at(6, hm(10, 0)), OpenState::Closed { next: Some((1, hm(9, 0))) });
        assert_eq!(h.spans(5), Some(&[][..]));
        assert_eq!(h.spans(0), Some(&[Span::new(hm(9, 0), hm(17, 0))][..]));
        assert_eq!(h.spans(7), None);
        assert!(Schedule::default().is_empty());
        assert_eq!(Schedule::default().state_at(2, 600), OpenState::Closed { next: None });
    }

    #[test]
    fn unknown_is_never_closed() {
        let text = Hours::Text(Text::en("By appointment"));
        for h in [Hours::Unknown, text] {
            assert_eq!(h.state(TimeZone::Toronto, FRIDAY_NOON_UTC), OpenState::Unknown);
            assert_eq!(h.spans(0), None);
        }
    }

    #[test]
    fn minutes_to_hm_wraps() {
        assert_eq!(minutes_to_hm(0), (0, 0));
        assert_eq!(minutes_to_hm(hm(16, 30)), (16, 30));
        assert_eq!(minutes_to_hm(hm(25, 15)), (1, 15));
    }

    /// Reference, step 1: every open minute from yesterday's midnight to two days after
    /// a week today (spans are marked from yesterday to a week today).
    fn open_minutes(s: &Schedule, weekday: u8) -> Vec<bool> {
        let day = 1440usize;
        let mut open = vec![false; 11 * day];
        for k in 0..9usize {
            // k = 0 is yesterday.
            for span in &s.days[(usize::from(weekday) + 6 + k) % 7] {
                for m in span.open..span.close {
                    open[k * day + usize::from(m)] = true;
                }
            }
        }
        open
    }

    /// Reference, step 2: walks minute by minute from now.
    fn naive_at(open: &[bool], minute: u16) -> OpenState {
        let day = 1440usize;
        let now = day + usize::from(minute);
        if open[now] {
            let end = (now..open.len()).find(|&m| !open[m]).unwrap_or(open.len());
            OpenState::Open { closes: (end - day) as u16 }
        } else {
            let next = (now..open.len()).find(|&m| open[m]).map(|m| ((m / day - 1) as u8, (m % day) as u16));
            OpenState::Closed { next }
        }
    }

    /// Up to three spans a day; half of them on the hour, so that spans often touch.
    fn day_strategy() -> impl Strategy<Value = Vec<Span>> {
        let any = (0u16..1440, 1u16..=1440).prop_map(|(o, len)| Span::new(o, o + len));
        let hours = (0u16..24, 1u16..=24).prop_map(|(o, len)| Span::new(o * 60, (o + len) * 60));
        prop::collection::vec(prop_oneof![any, hours], 0..4)
    }

    fn week_strategy() -> impl Strategy<Value = [Vec<Span>; 7]> {
        [day_strategy(), day_strategy(), day_strategy(), day_strategy(), day_strategy(), day_strategy(), day_strategy()]
    }

    proptest! {
        #![proptest_config(Config { cases: 300, rng_seed: RngSeed::Fixed(20_240_310), failure_persistence: None, ..Config::default() })]

        #[test]
        fn state_matches_minute_by_minute(
            days in week_strategy(),
            ms in 1_167_609_600_000i64..4_102_444_800_000,
            z in 0usize..22,
        ) {
            let zone = TimeZone::ALL[z];
            let schedule = Schedule { days, ..Schedule::default() };
            let local = zone.local(ms);
            let expected = naive_at(&open_minutes(&schedule, local.weekday), local.minute);
            prop_assert_eq!(Hours::Weekly(schedule).state(zone, ms), expected);
        }

        /// Every weekday at every minute next to a span boundary, where off-by-one
        /// errors live.
        #[test]
        fn state_at_matches_minute_by_minute_at_boundaries(days in week_strategy()) {
            let schedule = Schedule { days, ..Schedule::default() };
            let mut minutes: Vec<u16> = vec![0, 1439];
            for span in schedule.days.iter().flatten() {
                for m in [span.open, span.close] {
                    minutes.extend([m + 1439, m, m + 1].map(|x| x % 1440));
                }
            }
            for weekday in 0..7 {
                let open = open_minutes(&schedule, weekday);
                for &minute in &minutes {
                    prop_assert_eq!(schedule.state_at(weekday, minute), naive_at(&open, minute));
                }
            }
        }
    }
}
