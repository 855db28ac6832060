//! Opening hours as HSDS `schedule` rows, both ways.
//!
//! - weekly hours: one row per weekday and span, `freq` `WEEKLY`, `byday` `MO`…`SU`,
//!   `opens_at`/`closes_at` (a closing time not after the opening runs past midnight);
//! - monthly visits: `freq` `MONTHLY`, `byday` with the week of the month (`2WE,4WE`: the
//!   2nd and 4th Wednesday), one row per span;
//! - dated visits: no `freq`, `dtstart` the day, one row per span;
//! - hours that are only text: a row with no `freq` and no `dtstart`, the text in
//!   `description` (`description_fr` for the French one); beside weekly hours, such a row
//!   is the schedule's note.
use crate::domain::hours::{Hours, MonthlyRule, Schedule, Span, Visit};
use crate::domain::model::Text;
use crate::domain::tz::{civil_from_days, days_from_civil};

const DAYS: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

/// One schedule row, as the columns Guichet reads and writes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Row {
    pub freq: String,
    pub byday: String,
    /// Days since 1970-01-01 (`dtstart`).
    pub day: Option<i32>,
    /// Minutes after midnight.
    pub opens: Option<u16>,
    pub closes: Option<u16>,
    pub description: Text,
}

/// `YYYY-MM-DD` of a day since 1970-01-01.
pub fn date(day: i64) -> String {
    let (y, m, d) = civil_from_days(day);
    format!("{y:04}-{m:02}-{d:02}")
}

/// The day since 1970-01-01 of a `YYYY-MM-DD` date.
pub fn day_of(s: &str) -> Option<i32> {
    let (y, m, d) = super::validate::parse_date(s)?;
    i32::try_from(days_from_civil(y, m, d)).ok()
}

/// `HH:MM` of minutes after midnight (past midnight wraps).
pub fn time(minutes: u16) -> String {
    let (h, m) = crate::domain::hours::minutes_to_hm(minutes);
    format!("{h:02}:{m:02}")
}

/// The id Guichet writes in `guichet_hours` for each kind of hours.
pub fn kind(hours: &Hours) -> &'static str {
    match hours {
        Hours::Unknown => "unknown",
        Hours::Weekly(_) => "weekly",
        Hours::Text(_) => "text",
        Hours::Monthly(_) => "monthly",
        Hours::Visits(_) => "visits",
    }
}

fn span_row(freq: &str, byday: String, day: Option<i32>, s: Span) -> Row {
    Row { freq: freq.into(), byday, day, opens: Some(s.open), closes: Some(s.close), description: Text::default() }
}

/// The rows of `hours`.
pub fn rows(hours: &Hours) -> Vec<Row> {
    let mut out = Vec::new();
    match hours {
        Hours::Unknown => {}
        Hours::Weekly(s) => {
            for (d, spans) in s.days.iter().enumerate() {
                out.extend(spans.iter().map(|sp| span_row("WEEKLY", DAYS[d].into(), None, *sp)));
            }
            if !s.note.is_empty() {
                out.push(Row { description: s.note.clone(), ..Row::default() });
            }
        }
        Hours::Text(t) => out.push(Row { description: t.clone(), ..Row::default() }),
        Hours::Monthly(rules) => {
            for r in rules {
                let byday: Vec<String> = (0..5)
                    .filter(|n| r.weeks & (1 << n) != 0)
                    .map(|n| format!("{}{}", n + 1, DAYS[usize::from(r.weekday)]))
                    .collect();
                out.extend(r.spans.iter().map(|sp| span_row("MONTHLY", byday.join(","), None, *sp)));
            }
        }
        Hours::Visits(visits) => {
            for v in visits {
                out.extend(v.spans.iter().map(|sp| span_row("", String::new(), Some(v.day), *sp)));
            }
        }
    }
    out
}

fn span(r: &Row) -> Result<Span, String> {
    match (r.opens, r.closes) {
        (Some(open), Some(close)) => {
            Ok(Span::new(open, if close <= open { close + crate::domain::hours::DAY_MINUTES } else { close }))
        }
        _ => Err("a schedule row needs opens_at and closes_at".into()),
    }
}

/// `(weeks, weekday)` of a monthly `byday` (`2WE,4WE`): every item must name the same day.
fn monthly(byday: &str) -> Result<(u8, u8), String> {
    let mut weeks = 0u8;
    let mut weekday = None;
    for item in byday.split(',').map(str::trim) {
        let (n, d) = item.split_at(item.len().saturating_sub(2));
        let day = DAYS.iter().position(|x| *x == d).ok_or_else(|| format!("byday \"{item}\" names no weekday"))?;
        let n: u8 = n.parse().ok().filter(|n| (1..=5).contains(n)).ok_or_else(|| {
            format!("byday \"{item}\": a monthly schedule needs the week of the month (1 to 5), as in 2WE")
        })?;
        if weekday.is_some_and(|w| w != day) {
            return Err(format!("byday \"{byday}\" names two weekdays: one row per weekday"));
        }
        weekday = Some(day);
        weeks |= 1 << (n - 1);
    }
    Ok((weeks, weekday.ok_or("empty byday")? as u8))
}

/// The hours of a location's rows. `kind` is `guichet_hours` when the package gives it;
/// without it the rows decide (weekly, else monthly, else dated, else text). `Err` names
/// the first row that cannot be read.
pub fn hours(kind: Option<&str>, rows: &[Row]) -> Result<Hours, String> {
    let weekly: Vec<&Row> = rows.iter().filter(|r| r.freq.eq_ignore_ascii_case("WEEKLY")).collect();
    let monthly_rows: Vec<&Row> = rows.iter().filter(|r| r.freq.eq_ignore_ascii_case("MONTHLY")).collect();
    let dated: Vec<&Row> = rows.iter().filter(|r| r.freq.is_empty() && r.day.is_some()).collect();
    let texts: Vec<&Row> = rows.iter().filter(|r| r.freq.is_empty() && r.day.is_none()).collect();
    let kind = kind.filter(|k| !k.is_empty()).unwrap_or(if !weekly.is_empty() {
        "weekly"
    } else if !monthly_rows.is_empty() {
        "monthly"
    } else if !dated.is_empty() {
        "visits"
    } else if !texts.is_empty() {
        "text"
    } else {
        "unknown"
    });
    let note = texts.first().map(|r| r.description.clone()).unwrap_or_default();
    Ok(match kind {
        "unknown" => Hours::Unknown,
        "text" => Hours::Text(note),
        "weekly" => {
            let mut s = Schedule { note, ..Schedule::default() };
            for r in weekly {
                for d in r.byday.split(',').map(str::trim) {
                    let i = DAYS.iter().position(|x| x.eq_ignore_ascii_case(d));
                    let i = i.ok_or_else(|| format!("byday \"{}\" is not MO, TU, WE, TH, FR, SA or SU", r.byday))?;
                    s.days[i].push(span(r)?);
                }
            }
            for d in &mut s.days {
                d.sort();
            }
            Hours::Weekly(s)
        }
        "monthly" => {
            let mut rules: Vec<MonthlyRule> = Vec::new();
            for r in monthly_rows {
                let (weeks, weekday) = monthly(&r.byday)?;
                let sp = span(r)?;
                match rules.iter_mut().find(|x| x.weeks == weeks && x.weekday == weekday) {
                    Some(rule) => rule.spans.push(sp),
                    None => rules.push(MonthlyRule { weeks, weekday, spans: vec![sp] }),
                }
            }
            Hours::Monthly(rules)
        }
        "visits" => {
            let mut visits: Vec<Visit> = Vec::new();
            for r in dated {
                let day = r.day.expect("dated rows have a day");
                let sp = span(r)?;
                match visits.iter_mut().find(|v| v.day == day) {
                    Some(v) => v.spans.push(sp),
                    None => visits.push(Visit { day, spans: vec![sp] }),
                }
            }
            visits.sort_by_key(|v| v.day);
            Hours::Visits(visits)
        }
        other => return Err(format!("guichet_hours \"{other}\" is not unknown, weekly, monthly, visits or text")),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_of_hours_round_trips() {
        let mut week = Schedule {
            closed_on_holidays: false,
            note: Text::both("Closed at noon", "Fermé à midi"),
            ..Schedule::default()
        };
        week.days[0] = vec![Span::new(510, 720), Span::new(780, 990)];
        week.days[5] = vec![Span::new(1320, 1560)];
        let cases = [
            Hours::Unknown,
            Hours::Weekly(week),
            Hours::Text(Text::fr("Sur rendez-vous")),
            Hours::Monthly(vec![
                MonthlyRule { weeks: 0b1010, weekday: 2, spans: vec![Span::new(600, 900)] },
                MonthlyRule { weeks: 1, weekday: 4, spans: vec![Span::new(540, 720), Span::new(780, 900)] },
            ]),
            Hours::Visits(vec![Visit { day: 20_000, spans: vec![Span::new(600, 660)] }]),
            Hours::Visits(Vec::new()),
        ];
        for h in cases {
            let rows = rows(&h);
            assert_eq!(hours(Some(kind(&h)), &rows), Ok(h.clone()), "{rows:?}");
        }
        assert_eq!(day_of(&date(20_000)), Some(20_000));
        assert_eq!(time(1560), "02:00");
    }

    #[test]
    fn unreadable_rows_say_why() {
        let r =
            Row { freq: "MONTHLY".into(), byday: "WE".into(), opens: Some(600), closes: Some(700), ..Row::default() };
        assert!(hours(None, &[r]).unwrap_err().contains("week of the month"));
        let r =
            Row { freq: "WEEKLY".into(), byday: "XX".into(), opens: Some(600), closes: Some(700), ..Row::default() };
        assert!(hours(None, &[r]).is_err());
    }
}
