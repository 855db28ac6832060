//! Open now, and when next: a point's hours read on its own wall clock, with its
//! government's statutory holidays, its temporary closures and, for outreach sites, the
//! dates of its visits.
//!
//! Every answer is computed on local days (days since 1970-01-01 in the point's zone) and
//! minutes after local midnight, as [`super::hours`] does; a span past midnight belongs
//! to the day it opens on, and is skipped with that day when the day is closed.
//!
//! Which days are closed:
//! - a temporary closure that covers the day ([`Closure`]);
//! - a statutory holiday of the point's [`Calendar`], for a weekly schedule whose source
//!   says the office closes on holidays ([`Schedule::closed_on_holidays`]) and for monthly
//!   visits (the visiting staff are off too). Dated visits are taken as listed: a source
//!   that lists a visit on a holiday means it.
//!
//! [`Schedule::closed_on_holidays`]: super::hours::Schedule::closed_on_holidays
use super::facts::Closure;
use super::holidays::{self, Calendar, Holiday};
use super::hours::{Hours, Span, DAY_MINUTES};
use super::tz::{days_from_civil, TimeZone};

/// How far ahead a next opening is looked for (days): beyond it a point is "closed until
/// further notice" or has no visit scheduled.
pub const HORIZON_DAYS: i64 = 400;

/// Why a point is closed now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    /// Outside its hours (or no visit today).
    Hours,
    /// Between two openings of the same day around midday: "closed for lunch".
    Lunch,
    /// A statutory holiday of its government.
    Holiday(Holiday),
    /// A temporary closure: index into the point's closures.
    Closure(u8),
}

/// The next opening: `in_days` days from today (0 = later today), from `open` to `close`
/// (minutes after that day's midnight; the day's last closing when a break splits it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Next {
    pub in_days: u16,
    pub open: u16,
    pub close: u16,
}

/// Open or closed now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Open; closes at `closes` (minutes after today's local midnight; past 1440 when it
    /// closes after midnight).
    Open { closes: u16 },
    /// Closed, with why, and the next opening (`None`: none within [`HORIZON_DAYS`]: no
    /// visit scheduled, closed until further notice, or no opening at all).
    Closed { why: Why, next: Option<Next> },
    /// The hours are not known: "hours not available", never "closed".
    Unknown,
}

/// A local instant: the day (since 1970-01-01) and the minute after its midnight.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LocalNow {
    pub day: i64,
    pub minute: u16,
}

impl LocalNow {
    /// `utc_ms` on `tz`'s wall clock.
    pub fn at(tz: TimeZone, utc_ms: i64) -> LocalNow {
        let t = tz.local(utc_ms);
        LocalNow { day: days_from_civil(i64::from(t.year), t.month, t.day), minute: t.minute }
    }
}

/// Where a point's holidays come from: computed from its calendar ([`holidays::closed_for`])
/// or, in tests, a closure.
pub trait HolidaySource {
    fn holiday(&self, calendar: Calendar, day: i64) -> Option<Holiday>;
}

/// The holidays computed by rule (a few microseconds a day; [`HolidayTable`] caches a year).
#[derive(Debug, Clone, Copy, Default)]
pub struct ByRule;

impl HolidaySource for ByRule {
    fn holiday(&self, calendar: Calendar, day: i64) -> Option<Holiday> {
        holidays::closed_for(calendar, day)
    }
}

/// The holidays of every calendar for a few years, computed once: a search asks for a
/// day of each point's calendar many times. Outside the years it holds, it computes by
/// rule.
#[derive(Debug, Clone, Default)]
pub struct HolidayTable {
    /// First and last year held.
    years: (i64, i64),
    /// (calendar, observed day, holiday), sorted.
    days: Vec<(Calendar, i64, Holiday)>,
}

impl HolidayTable {
    /// The holidays of `year - 1` to `year + 2`, every calendar.
    pub fn around(year: i64) -> HolidayTable {
        let years = (year - 1, year + 2);
        let mut days = Vec::new();
        for calendar in Calendar::all() {
            for y in years.0..=years.1 {
                let Ok(y) = i32::try_from(y) else { continue };
                days.extend(holidays::holidays(calendar, y).into_iter().map(|o| (calendar, o.observed, o.holiday)));
            }
        }
        days.sort();
        days.dedup_by(|a, b| a.0 == b.0 && a.1 == b.1);
        HolidayTable { years, days }
    }
}

impl HolidaySource for HolidayTable {
    fn holiday(&self, calendar: Calendar, day: i64) -> Option<Holiday> {
        let year = super::tz::civil_from_days(day).0;
        // A year's first and last days may hold the neighbouring years' shifted closures.
        if year <= self.years.0 || year >= self.years.1 {
            return holidays::closed_for(calendar, day);
        }
        let i = self.days.partition_point(|&(c, d, _)| (c, d) < (calendar, day));
        self.days.get(i).filter(|&&(c, d, _)| c == calendar && d == day).map(|&(_, _, h)| h)
    }
}

/// What [`status`] needs to know about a point.
#[derive(Debug, Clone, Copy)]
pub struct Opening<'a> {
    pub hours: &'a Hours,
    pub closures: &'a [Closure],
    pub calendar: Calendar,
}

impl Opening<'_> {
    /// Do the holidays of the calendar close this point's hours?
    fn holidays_apply(&self) -> bool {
        match self.hours {
            Hours::Weekly(s) => s.closed_on_holidays,
            Hours::Monthly(_) => true,
            Hours::Visits(_) | Hours::Unknown | Hours::Text(_) => false,
        }
    }

    /// Why `day` is closed whatever the hours say, if it is.
    fn closed_day(&self, day: i64, holidays: &dyn HolidaySource) -> Option<Why> {
        if let Some(i) = self.closures.iter().position(|c| c.covers(day)) {
            return Some(Why::Closure(i.min(usize::from(u8::MAX)) as u8));
        }
        if self.holidays_apply() {
            return holidays.holiday(self.calendar, day).map(Why::Holiday);
        }
        None
    }

    /// The spans of `day` that really open (none on a closed day).
    fn open_spans(&self, day: i64, holidays: &dyn HolidaySource) -> &[Span] {
        if self.closed_day(day, holidays).is_some() {
            return &[];
        }
        self.hours.spans_on(day).unwrap_or(&[])
    }

    /// The next days with a real opening, from `from` (included), with their spans: at
    /// most `n`, within [`HORIZON_DAYS`] of `from`.
    pub fn openings(&self, from: i64, n: usize, holidays: &dyn HolidaySource) -> Vec<(i64, Vec<Span>)> {
        let mut out = Vec::new();
        let push = |day: i64, out: &mut Vec<(i64, Vec<Span>)>| {
            let spans = self.open_spans(day, holidays);
            if !spans.is_empty() {
                out.push((day, spans.to_vec()));
            }
        };
        match self.hours {
            // Dated visits: straight to the ones ahead.
            Hours::Visits(visits) => {
                let start = visits.partition_point(|v| i64::from(v.day) < from);
                for v in &visits[start..] {
                    if out.len() >= n || i64::from(v.day) >= from + HORIZON_DAYS {
                        break;
                    }
                    push(i64::from(v.day), &mut out);
                }
            }
            Hours::Unknown | Hours::Text(_) => {}
            Hours::Weekly(_) | Hours::Monthly(_) => {
                for day in from..from + HORIZON_DAYS {
                    if out.len() >= n {
                        break;
                    }
                    push(day, &mut out);
                }
            }
        }
        out
    }
}

/// Open or closed at `now`, and why; see the module documentation.
///
/// ```
/// use guichet::domain::holidays::Calendar;
/// use guichet::domain::hours::{Hours, Schedule, Span};
/// use guichet::domain::model::Province;
/// use guichet::domain::status::{status, ByRule, LocalNow, Opening, Status, Why, Next};
/// use guichet::domain::tz::days_from_civil;
/// let mut week = Schedule { closed_on_holidays: true, ..Schedule::default() };
/// for day in 0..5 {
///     week.days[day] = vec![Span::new(8 * 60 + 30, 12 * 60), Span::new(13 * 60, 16 * 60)];
/// }
/// let hours = Hours::Weekly(week);
/// let o = Opening { hours: &hours, closures: &[], calendar: Calendar::Federal(Province::ON) };
/// // Thursday 2 July 2026, 12:15: closed for lunch, open again at 13:00.
/// let day = days_from_civil(2026, 7, 2);
/// let lunch = status(&o, LocalNow { day, minute: 12 * 60 + 15 }, &ByRule);
/// assert_eq!(lunch, Status::Closed { why: Why::Lunch, next: Some(Next { in_days: 0, open: 780, close: 960 }) });
/// // Wednesday 1 July 2026 at 10:00: Canada Day.
/// assert!(matches!(
///     status(&o, LocalNow { day: day - 1, minute: 600 }, &ByRule),
///     Status::Closed { why: Why::Holiday(_), next: Some(Next { in_days: 1, open: 510, .. }) }
/// ));
/// ```
pub fn status(o: &Opening<'_>, now: LocalNow, holidays: &dyn HolidaySource) -> Status {
    if o.hours.spans_on(now.day).is_none() {
        return Status::Unknown;
    }
    let day_len = i32::from(DAY_MINUTES);
    let minute = i32::from(now.minute);
    // Openings from yesterday (a span past midnight) to tomorrow, in minutes after today's
    // midnight, to find whether it is open and until when.
    let mut spans: Vec<(i32, i32)> = Vec::new();
    for k in -1..=7i64 {
        for s in o.open_spans(now.day + k, holidays).iter().filter(|s| s.close > s.open) {
            let base = k as i32 * day_len;
            spans.push((base + i32::from(s.open), base + i32::from(s.close)));
        }
    }
    spans.sort_unstable();
    let mut end: Option<i32> = None;
    for &(open, close) in &spans {
        match end {
            None if open <= minute && minute < close => end = Some(close),
            Some(e) if open <= e => end = Some(e.max(close)),
            _ => {}
        }
    }
    if let Some(end) = end {
        return Status::Open { closes: u16::try_from(end).unwrap_or(u16::MAX) };
    }
    let next = next_opening(o, now, holidays);
    let why = o.closed_day(now.day, holidays).unwrap_or_else(|| {
        let today = o.hours.spans_on(now.day).unwrap_or(&[]);
        let ended_before = today.iter().any(|s| i32::from(s.close) <= minute);
        let reopens_soon = next.is_some_and(|n| n.in_days == 0 && n.open <= 15 * 60);
        if ended_before && reopens_soon && (11 * 60..15 * 60).contains(&now.minute) {
            Why::Lunch
        } else {
            Why::Hours
        }
    });
    Status::Closed { why, next }
}

/// The first opening after `now`: later today, or on a following day.
/// Whether the office is open at `now` (`None` when its hours are unknown): [`status`]'s
/// answer without the next opening and the reason, which the finder's "open now" facet
/// asks of every point. Only yesterday's and today's spans can hold `now`.
pub fn is_open(o: &Opening<'_>, now: LocalNow, holidays: &dyn HolidaySource) -> Option<bool> {
    o.hours.spans_on(now.day)?;
    let minute = i32::from(now.minute);
    let open = [-1i64, 0].into_iter().any(|k| {
        let base = k as i32 * i32::from(DAY_MINUTES);
        o.open_spans(now.day + k, holidays)
            .iter()
            .any(|s| s.close > s.open && base + i32::from(s.open) <= minute && minute < base + i32::from(s.close))
    });
    Some(open)
}

fn next_opening(o: &Opening<'_>, now: LocalNow, holidays: &dyn HolidaySource) -> Option<Next> {
    let later_today = o.open_spans(now.day, holidays).iter().find(|s| s.open > now.minute && s.close > s.open);
    if let Some(s) = later_today {
        let close = o.open_spans(now.day, holidays).iter().map(|x| x.close).max().unwrap_or(s.close);
        return Some(Next { in_days: 0, open: s.open, close });
    }
    let (day, spans) = o.openings(now.day + 1, 1, holidays).into_iter().next()?;
    let open = spans.iter().map(|s| s.open).min()?;
    let close = spans.iter().map(|s| s.close).max()?;
    Some(Next { in_days: u16::try_from(day - now.day).ok()?, open, close })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::hours::{MonthlyRule, OpenState, Schedule, Visit};
    use crate::domain::model::{Province, Text};
    use crate::domain::tz::weekday_from_days;
    use proptest::prelude::*;
    use proptest::test_runner::{Config, RngSeed};

    /// No holidays at all.
    struct NoHolidays;
    impl HolidaySource for NoHolidays {
        fn holiday(&self, _: Calendar, _: i64) -> Option<Holiday> {
            None
        }
    }

    const ON: Calendar = Calendar::Federal(Province::ON);

    fn hm(h: u16, m: u16) -> u16 {
        h * 60 + m
    }

    fn day(y: i64, m: u8, d: u8) -> i64 {
        days_from_civil(y, m, d)
    }

    fn weekdays(spans: &[(u16, u16)], holidays: bool) -> Hours {
        let mut s = Schedule { closed_on_holidays: holidays, ..Schedule::default() };
        for d in 0..5 {
            s.days[d] = spans.iter().map(|&(o, c)| Span::new(o, c)).collect();
        }
        Hours::Weekly(s)
    }

    fn at(hours: &Hours, closures: &[Closure], day: i64, minute: u16) -> Status {
        status(&Opening { hours, closures, calendar: ON }, LocalNow { day, minute }, &ByRule)
    }

    #[test]
    fn canada_day_is_closed_and_says_why() {
        let h = weekdays(&[(hm(8, 30), hm(16, 0))], true);
        // Wednesday 1 July 2026.
        let canada_day = day(2026, 7, 1);
        assert_eq!(
            at(&h, &[], canada_day, hm(10, 0)),
            Status::Closed {
                why: Why::Holiday(Holiday::CanadaDay),
                next: Some(Next { in_days: 1, open: 510, close: 960 })
            }
        );
        // The office's source says nothing about holidays: open as its hours say.
        let plain = weekdays(&[(hm(8, 30), hm(16, 0))], false);
        assert_eq!(at(&plain, &[], canada_day, hm(10, 0)), Status::Open { closes: 960 });
        // Christmas 2026 is a Friday: next opening is Tuesday 29 (Boxing Day, a Saturday,
        // is observed on Monday 28).
        let christmas = day(2026, 12, 25);
        assert_eq!(
            at(&h, &[], christmas, hm(9, 0)),
            Status::Closed {
                why: Why::Holiday(Holiday::Christmas),
                next: Some(Next { in_days: 4, open: 510, close: 960 })
            }
        );
        // Québec's federal offices close on the Fête nationale, Ontario's do not.
        let june_24 = day(2026, 6, 24);
        let qc = Opening { hours: &h, closures: &[], calendar: Calendar::Federal(Province::QC) };
        assert!(matches!(
            status(&qc, LocalNow { day: june_24, minute: 600 }, &ByRule),
            Status::Closed { why: Why::Holiday(Holiday::StJeanBaptiste), .. }
        ));
        assert_eq!(at(&h, &[], june_24, 600), Status::Open { closes: 960 });
    }

    #[test]
    fn lunch_and_evening() {
        let h = weekdays(&[(hm(8, 30), hm(12, 0)), (hm(13, 0), hm(16, 0))], true);
        let tue = day(2026, 10, 6);
        assert_eq!(at(&h, &[], tue, hm(11, 59)), Status::Open { closes: hm(12, 0) });
        assert_eq!(
            at(&h, &[], tue, hm(12, 0)),
            Status::Closed { why: Why::Lunch, next: Some(Next { in_days: 0, open: hm(13, 0), close: hm(16, 0) }) }
        );
        assert_eq!(
            at(&h, &[], tue, hm(17, 0)),
            Status::Closed { why: Why::Hours, next: Some(Next { in_days: 1, open: hm(8, 30), close: hm(16, 0) }) }
        );
        assert_eq!(
            at(&h, &[], tue, hm(7, 0)),
            Status::Closed { why: Why::Hours, next: Some(Next { in_days: 0, open: hm(8, 30), close: hm(16, 0) }) }
        );
    }

    #[test]
    fn temporary_closures() {
        let h = weekdays(&[(hm(9, 0), hm(17, 0))], true);
        let mon = day(2026, 10, 5);
        let short = [Closure { from: (mon + 1) as i32, to: Some((mon + 2) as i32), cause: Text::en("Relocation") }];
        assert_eq!(at(&h, &short, mon, hm(10, 0)), Status::Open { closes: hm(17, 0) });
        assert_eq!(
            at(&h, &short, mon + 1, hm(10, 0)),
            Status::Closed { why: Why::Closure(0), next: Some(Next { in_days: 2, open: hm(9, 0), close: hm(17, 0) }) }
        );
        let open_ended = [Closure { from: mon as i32, to: None, cause: Text::default() }];
        assert_eq!(at(&h, &open_ended, mon + 30, hm(10, 0)), Status::Closed { why: Why::Closure(0), next: None });
    }

    #[test]
    fn dated_and_monthly_visits() {
        let wed = day(2026, 12, 16);
        let visits = Hours::Visits(vec![
            Visit { day: (wed - 14) as i32, spans: vec![Span::new(hm(10, 0), hm(15, 0))] },
            Visit { day: wed as i32, spans: vec![Span::new(hm(10, 0), hm(12, 0)), Span::new(hm(12, 30), hm(15, 0))] },
        ]);
        assert_eq!(
            at(&visits, &[], wed - 3, hm(11, 0)),
            Status::Closed { why: Why::Hours, next: Some(Next { in_days: 3, open: hm(10, 0), close: hm(15, 0) }) }
        );
        assert_eq!(at(&visits, &[], wed, hm(11, 0)), Status::Open { closes: hm(12, 0) });
        // Every visit past: no visit scheduled.
        assert_eq!(at(&visits, &[], wed + 1, hm(11, 0)), Status::Closed { why: Why::Hours, next: None });
        assert_eq!(at(&Hours::Visits(vec![]), &[], wed, 600), Status::Closed { why: Why::Hours, next: None });
        let o = Opening { hours: &visits, closures: &[], calendar: ON };
        assert_eq!(o.openings(wed - 20, 5, &ByRule).iter().map(|v| v.0).collect::<Vec<_>>(), [wed - 14, wed]);

        // 2nd and 4th Wednesday: December 2026 has them on the 9th and 23rd.
        let monthly = Hours::Monthly(vec![MonthlyRule { weeks: 0b1010, weekday: 2, spans: vec![Span::new(570, 900)] }]);
        let o = Opening { hours: &monthly, closures: &[], calendar: ON };
        let days: Vec<i64> = o.openings(day(2026, 12, 1), 3, &ByRule).iter().map(|v| v.0).collect();
        assert_eq!(days, [day(2026, 12, 9), day(2026, 12, 23), day(2027, 1, 13)]);
        assert_eq!(at(&monthly, &[], day(2026, 12, 9), 600), Status::Open { closes: 900 });
    }

    #[test]
    fn the_table_agrees_with_the_rules() {
        let table = HolidayTable::around(2026);
        for calendar in Calendar::all() {
            for d in day(2024, 12, 1)..day(2029, 2, 1) {
                assert_eq!(table.holiday(calendar, d), ByRule.holiday(calendar, d), "{calendar:?} {d}");
            }
        }
    }

    #[test]
    fn unknown_hours_are_never_closed() {
        for h in [Hours::Unknown, Hours::Text(Text::en("By appointment"))] {
            assert_eq!(at(&h, &[], 20_000, 600), Status::Unknown);
        }
    }

    fn week_strategy() -> impl Strategy<Value = [Vec<Span>; 7]> {
        let span = (0u16..1440, 1u16..=1440).prop_map(|(o, len)| Span::new(o, o + len));
        let day = prop::collection::vec(span, 0..3).prop_map(|mut v| {
            // The weekly schedule's spans of a day are sorted and do not overlap.
            v.sort();
            v.dedup_by(|b, a| b.open < a.close);
            v
        });
        [day.clone(), day.clone(), day.clone(), day.clone(), day.clone(), day.clone(), day]
    }

    proptest! {
        #![proptest_config(Config { cases: 300, rng_seed: RngSeed::Fixed(20_261_203), failure_persistence: None, ..Config::default() })]

        /// Without holidays or closures, a weekly schedule's status is the weekly answer of
        /// `Schedule::state_at` (the reference, itself checked minute by minute).
        #[test]
        fn weekly_status_agrees_with_state_at(days in week_strategy(), d in 19_000i64..25_000, minute in 0u16..1440) {
            let schedule = Schedule { days, ..Schedule::default() };
            let expected = schedule.state_at(weekday_from_days(d), minute);
            let hours = Hours::Weekly(schedule);
            let got = status(&Opening { hours: &hours, closures: &[], calendar: ON }, LocalNow { day: d, minute }, &NoHolidays);
            match (got, expected) {
                (Status::Open { closes }, OpenState::Open { closes: e }) => prop_assert_eq!(closes, e),
                (Status::Closed { next, .. }, OpenState::Closed { next: e }) => {
                    prop_assert_eq!(next.map(|n| (n.in_days as u8, n.open)), e);
                }
                (g, e) => prop_assert!(false, "{:?} vs {:?}", g, e),
            }
        }

        /// `is_open` is `status`'s open or closed, with holidays, closures and spans past
        /// midnight.
        #[test]
        fn is_open_agrees_with_status(
            days in week_strategy(),
            on_holidays in any::<bool>(),
            closed in prop::option::of((0i64..10, 0i64..5)),
            d in 19_000i64..25_000,
            minute in 0u16..1440,
        ) {
            let schedule = Schedule { days, closed_on_holidays: on_holidays, ..Schedule::default() };
            let hours = Hours::Weekly(schedule);
            let closures: Vec<Closure> = closed
                .map(|(back, len)| {
                    let from = (d - back) as i32;
                    Closure { from, to: Some(from + len as i32), cause: Text::default() }
                })
                .into_iter()
                .collect();
            let o = Opening { hours: &hours, closures: &closures, calendar: ON };
            let now = LocalNow { day: d, minute };
            let expected = match status(&o, now, &ByRule) {
                Status::Open { .. } => Some(true),
                Status::Closed { .. } => Some(false),
                Status::Unknown => None,
            };
            prop_assert_eq!(is_open(&o, now, &ByRule), expected);
        }
    }
}
