//! Words for what the domain computes, in English or French (pure: Fluent messages,
//! tested natively): a point's status now ("Closed for lunch, opens again at 1 p.m.",
//! "Next visit: Wednesday, December 16, 9:30 a.m. to 3 p.m."), dates, temporary closures,
//! notes, access facts and passport service levels. The shell only places these strings.
pub mod held;
pub mod labels;

use crate::domain::facts::{Closure, Fact, Note, Parking, PassportLevel};
use crate::domain::hours::{Hours, MonthlyRule, Span};
use crate::domain::model::Point;
use crate::domain::status::{Next, Status, Why};
use crate::domain::tz::{civil_from_days, weekday_from_days};
use crate::i18n::{format_span, format_time, tr, Arg, Locale};

/// "Wednesday, December 16" / "mercredi 16 décembre" (no year).
pub fn date(day: i64, loc: Locale) -> String {
    let (_, month, d) = civil_from_days(day);
    let weekday = tr(loc, labels::day(weekday_from_days(day)), &[]);
    tr(
        loc,
        "date-weekday",
        &[
            ("weekday", weekday.into()),
            ("month", tr(loc, month_id(month), &[]).into()),
            ("day", Arg::from(u32::from(d))),
        ],
    )
}

/// "December 16, 2026" / "16 décembre 2026".
pub fn full_date(day: i64, loc: Locale) -> String {
    let (year, month, d) = civil_from_days(day);
    tr(
        loc,
        "date-full",
        &[
            ("month", tr(loc, month_id(month), &[]).into()),
            ("day", Arg::from(u32::from(d))),
            ("year", year.to_string().into()),
        ],
    )
}

/// The message naming month `m` (1–12).
fn month_id(m: u8) -> &'static str {
    match m {
        1 => "month-january",
        2 => "month-february",
        3 => "month-march",
        4 => "month-april",
        5 => "month-may",
        6 => "month-june",
        7 => "month-july",
        8 => "month-august",
        9 => "month-september",
        10 => "month-october",
        11 => "month-november",
        _ => "month-december",
    }
}

/// The spans of a day: "9:30 a.m. to 12 p.m., 12:30 p.m. to 3 p.m.".
pub fn spans(list: &[Span], loc: Locale) -> String {
    list.iter().map(|s| format_span(s.open, s.close, loc)).collect::<Vec<_>>().join(", ")
}

/// The status of point `p` now, in words: its main line (what the card and the office page
/// show under the name). `today` is the point's local day (days since 1970-01-01).
pub fn status(p: &Point, s: Status, today: i64, loc: Locale) -> String {
    let visits = p.hours.is_visits();
    let next_at = |n: Next| -> String {
        let when = match n.in_days {
            0 => return tr(loc, "result-closed-opens-today", &[("time", format_time(n.open, loc).into())]),
            1 => tr(loc, "day-tomorrow", &[]),
            2..=6 => tr(loc, labels::day(weekday_from_days(today + i64::from(n.in_days))), &[]),
            _ => {
                return tr(
                    loc,
                    "result-closed-opens-on",
                    &[
                        ("date", date(today + i64::from(n.in_days), loc).into()),
                        ("time", format_time(n.open, loc).into()),
                    ],
                )
            }
        };
        tr(loc, "result-closed-opens", &[("day", when.into()), ("time", format_time(n.open, loc).into())])
    };
    match s {
        Status::Unknown => tr(loc, "result-hours-unknown", &[]),
        Status::Open { closes } if visits => tr(loc, "result-visit-now", &[("time", format_time(closes, loc).into())]),
        Status::Open { closes } => tr(loc, "result-open", &[("time", format_time(closes, loc).into())]),
        Status::Closed { why: Why::Closure(i), .. } => {
            let c = p.closures.get(usize::from(i));
            match c.and_then(|c| c.to) {
                Some(to) => tr(loc, "result-closure-until", &[("date", date(i64::from(to), loc).into())]),
                None => tr(loc, "result-closure-notice", &[]),
            }
        }
        Status::Closed { why: Why::Holiday(h), .. } => {
            tr(loc, "hours-closed-holiday", &[("holiday", tr(loc, labels::holiday(h), &[]).into())])
        }
        Status::Closed { why: Why::Lunch, next: Some(n) } => {
            tr(loc, "result-closed-lunch", &[("time", format_time(n.open, loc).into())])
        }
        Status::Closed { next: None, .. } if visits => tr(loc, "result-no-visit", &[]),
        Status::Closed { next: None, .. } => tr(loc, "result-closed", &[]),
        Status::Closed { next: Some(n), .. } if visits => next_visit(n, today, loc),
        Status::Closed { next: Some(n), .. } => next_at(n),
    }
}

/// "Next visit: Wednesday, December 16, 9:30 a.m. to 3 p.m.", or "Visit today, …".
pub fn next_visit(n: Next, today: i64, loc: Locale) -> String {
    let hours = format_span(n.open, n.close, loc);
    if n.in_days == 0 {
        return tr(loc, "result-visit-today", &[("hours", hours.into())]);
    }
    tr(loc, "result-next-visit", &[("date", date(today + i64::from(n.in_days), loc).into()), ("hours", hours.into())])
}

/// A closure in words: "Closed from Monday, October 5 to Wednesday, October 7: Relocation
/// of office", or "Closed on …", or "Closed from … until further notice". The cause is in
/// the source's words, in `loc`'s language when the source gives it.
pub fn closure(c: &Closure, loc: Locale) -> String {
    let from = date(i64::from(c.from), loc);
    let mut s = match c.to {
        Some(to) if to == c.from => tr(loc, "closure-on", &[("date", from.into())]),
        Some(to) => tr(loc, "closure-from-to", &[("from", from.into()), ("to", date(i64::from(to), loc).into())]),
        None => tr(loc, "closure-from", &[("from", from.into())]),
    };
    if let Some((cause, _)) = c.cause.get(loc) {
        s = tr(loc, "closure-with-cause", &[("closure", s.into()), ("cause", cause.into())]);
    }
    s
}

/// The closures not over by `today` that start within `days` days.
pub fn coming_closures(p: &Point, today: i64, days: i64) -> Vec<&Closure> {
    p.closures
        .iter()
        .filter(|c| c.to.is_none_or(|to| i64::from(to) >= today) && i64::from(c.from) <= today + days)
        .collect()
}

/// Notes in words (appointment only, express delays, the source's own notes, the latter
/// with the language they are written in).
pub fn notes<'a>(notes: impl IntoIterator<Item = &'a Note>, loc: Locale) -> Vec<(String, Locale)> {
    notes
        .into_iter()
        .filter_map(|n| match n {
            Note::AppointmentOnly { phone: Some(phone) } => {
                Some((tr(loc, "note-appointment", &[("phone", phone.clone().into())]), loc))
            }
            Note::AppointmentOnly { phone: None } => Some((tr(loc, "note-appointment-only", &[]), loc)),
            Note::ExpressDays { min, max } => Some((
                tr(loc, "note-express", &[("min", Arg::from(u32::from(*min))), ("max", Arg::from(u32::from(*max)))]),
                loc,
            )),
            Note::Text(t) => t.get(loc).map(|(s, l)| (s.to_owned(), l)),
        })
        .collect()
}

/// A monthly rule: "Wednesday: 2nd and 4th of each month, 9:30 a.m. to 3 p.m.".
pub fn monthly(rule: &MonthlyRule, loc: Locale) -> String {
    let weeks: Vec<String> =
        (0..5u8).filter(|n| rule.weeks & (1 << n) != 0).map(|n| tr(loc, ordinal_id(n + 1), &[])).collect();
    let weeks = match weeks.split_last() {
        Some((last, rest)) if !rest.is_empty() => {
            tr(loc, "list-and", &[("first", rest.join(", ").into()), ("last", last.clone().into())])
        }
        _ => weeks.join(""),
    };
    tr(
        loc,
        "monthly-rule",
        &[
            ("weekday", tr(loc, labels::day(rule.weekday), &[]).into()),
            ("weeks", weeks.into()),
            ("hours", spans(&rule.spans, loc).into()),
        ],
    )
}

fn ordinal_id(n: u8) -> &'static str {
    match n {
        1 => "ordinal-1",
        2 => "ordinal-2",
        3 => "ordinal-3",
        4 => "ordinal-4",
        _ => "ordinal-5",
    }
}

/// The access facts of a point, one line each, "not reported" included.
pub fn access(p: &Point, loc: Locale) -> Vec<String> {
    let a = p.access;
    let fact = |f: Fact, yes: &str, no: &str, unknown: &str| {
        tr(
            loc,
            match f {
                Fact::Yes => yes,
                Fact::No => no,
                Fact::NotReported => unknown,
            },
            &[],
        )
    };
    vec![
        fact(a.wheelchair, "access-wheelchair-yes", "access-wheelchair-no", "access-wheelchair-unknown"),
        tr(
            loc,
            match a.parking {
                Parking::Free => "access-parking-free",
                Parking::Paid => "access-parking-paid",
                Parking::NotReported => "access-parking-unknown",
            },
            &[],
        ),
        fact(a.asl, "access-asl-yes", "access-asl-no", "access-asl-unknown"),
        fact(a.lsq, "access-lsq-yes", "access-lsq-no", "access-lsq-unknown"),
    ]
}

/// The message of a passport service level, in plain words.
pub fn passport(level: PassportLevel) -> &'static str {
    match level {
        PassportLevel::Mail => "passport-mail",
        PassportLevel::Pickup => "passport-pickup",
        PassportLevel::Express => "passport-express",
        PassportLevel::Urgent => "passport-urgent",
    }
}

/// The upcoming visits of a point as lines ("Wednesday, December 16: 9:30 a.m. to 3
/// p.m."), from `openings` (`Catalog::openings`).
pub fn visits(openings: &[(i64, Vec<Span>)], loc: Locale) -> Vec<String> {
    openings
        .iter()
        .map(|(day, list)| {
            tr(loc, "visit-line", &[("date", date(*day, loc).into()), ("hours", spans(list, loc).into())])
        })
        .collect()
}

/// True when a point's card speaks of visits (an outreach site's calendar).
pub fn has_visits(h: &Hours) -> bool {
    h.is_visits()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::facts::Access;
    use crate::domain::holidays::Holiday;
    use crate::domain::hours::Visit;
    use crate::domain::model::Text;
    use crate::domain::tz::days_from_civil;

    const NB: char = '\u{a0}';

    fn day(y: i64, m: u8, d: u8) -> i64 {
        days_from_civil(y, m, d)
    }

    fn outreach() -> Point {
        let hours = Hours::Visits(vec![Visit { day: day(2026, 12, 16) as i32, spans: vec![Span::new(570, 900)] }]);
        Point { hours, ..Point::bare("sc-X", 0, None) }
    }

    #[test]
    fn dates_in_both_languages() {
        assert_eq!(date(day(2026, 12, 16), Locale::En), "Wednesday, December 16");
        assert_eq!(date(day(2026, 12, 16), Locale::Fr), "mercredi 16 décembre");
        assert_eq!(date(day(2027, 1, 1), Locale::Fr), "vendredi 1er janvier");
        assert_eq!(full_date(day(2026, 9, 30), Locale::En), "September 30, 2026");
        assert_eq!(full_date(day(2026, 9, 30), Locale::Fr), "30 septembre 2026");
    }

    #[test]
    fn next_visit_and_no_visit() {
        let p = outreach();
        let next = Next { in_days: 3, open: 570, close: 900 };
        let today = day(2026, 12, 13);
        let s = status(&p, Status::Closed { why: Why::Hours, next: Some(next) }, today, Locale::En);
        assert_eq!(s, format!("Next visit: Wednesday, December 16, 9:30{NB}a.m. to 3{NB}p.m."));
        let fr = status(&p, Status::Closed { why: Why::Hours, next: Some(next) }, today, Locale::Fr);
        assert_eq!(fr, format!("Prochaine visite{NB}: mercredi 16 décembre, 9{NB}h{NB}30 à 15{NB}h"));
        assert_eq!(status(&p, Status::Closed { why: Why::Hours, next: None }, today, Locale::En), "No visit scheduled");
        assert_eq!(
            status(&p, Status::Open { closes: 900 }, today, Locale::En),
            format!("Visit under way, until 3{NB}p.m.")
        );
    }

    #[test]
    fn holidays_lunch_and_closures() {
        let p = Point::bare("sc-1", 0, None);
        let today = day(2026, 7, 1);
        let holiday = Status::Closed { why: Why::Holiday(Holiday::CanadaDay), next: None };
        assert_eq!(status(&p, holiday, today, Locale::En), "Closed today: Canada Day");
        assert_eq!(status(&p, holiday, today, Locale::Fr), format!("Fermé aujourd’hui{NB}: fête du Canada"));
        let lunch = Status::Closed { why: Why::Lunch, next: Some(Next { in_days: 0, open: 780, close: 960 }) };
        assert_eq!(status(&p, lunch, today, Locale::En), format!("Closed for lunch, opens again at 1{NB}p.m."));
        let closed = Point {
            closures: vec![Closure {
                from: today as i32,
                to: Some(today as i32 + 2),
                cause: Text::both("Relocation", "Déménagement"),
            }],
            ..p.clone()
        };
        let s = Status::Closed { why: Why::Closure(0), next: None };
        assert_eq!(status(&closed, s, today, Locale::En), "Temporarily closed until Friday, July 3");
        assert_eq!(
            closure(&closed.closures[0], Locale::Fr),
            format!("Fermé du mercredi 1er juillet au vendredi 3 juillet{NB}: Déménagement")
        );
        let opens = Status::Closed { why: Why::Hours, next: Some(Next { in_days: 9, open: 510, close: 960 }) };
        assert_eq!(status(&p, opens, today, Locale::En), format!("Closed now, opens Friday, July 10 at 8:30{NB}a.m."));
        assert_eq!(coming_closures(&closed, today + 3, 30).len(), 0);
        assert_eq!(coming_closures(&closed, today - 20, 30).len(), 1);
    }

    #[test]
    fn monthly_rules_notes_and_access() {
        let rule = MonthlyRule { weeks: 0b1010, weekday: 2, spans: vec![Span::new(570, 900)] };
        assert_eq!(
            monthly(&rule, Locale::En),
            format!("Wednesday: 2nd and 4th of each month, 9:30{NB}a.m. to 3{NB}p.m.")
        );
        assert_eq!(
            monthly(&rule, Locale::Fr),
            format!("mercredi{NB}: 2e et 4e de chaque mois, 9{NB}h{NB}30 à 15{NB}h")
        );
        let p = Point {
            notes: vec![
                Note::AppointmentOnly { phone: Some("613-856-9022".into()) },
                Note::Text(Text::en("You can also enter from 22 Circle Street.")),
            ],
            access: Access { wheelchair: Fact::Yes, parking: Parking::Paid, asl: Fact::Yes, lsq: Fact::No },
            ..Point::bare("sc-2", 0, None)
        };
        let n = notes(&p.notes, Locale::Fr);
        assert_eq!(n[0].0, format!("Sur rendez-vous seulement{NB}: composez le 613-856-9022"));
        assert_eq!(n[1], ("You can also enter from 22 Circle Street.".to_owned(), Locale::En));
        let a = access(&p, Locale::En);
        assert_eq!(a[0], "Wheelchair accessible");
        assert_eq!(a[3], "No service in Quebec Sign Language (LSQ)");
        let unknown = access(&Point::bare("x", 0, None), Locale::Fr);
        assert!(unknown.iter().all(|l| l.contains("non indiqué")), "{unknown:?}");
    }
}
