//! The parser on hand-written cases and on the sources' own texts (`corpus.json`, with a
//! snapshot of what every text gives: `tests/fixtures/hours/snapshots/`).
use super::*;
use crate::domain::hours::Span;
use crate::domain::model::Text;

/// The hours texts of the sources, as data (`tests/fixtures/hours/corpus.json`).
#[derive(serde::Deserialize)]
struct Corpus {
    workbc_lines: Vec<String>,
    workbc_offices: Vec<Vec<String>>,
    provincial: Vec<String>,
}

fn corpus() -> Corpus {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/hours/corpus.json");
    serde_json::from_str(&std::fs::read_to_string(path).expect("corpus readable")).expect("corpus is JSON")
}

fn refs(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

/// Opening hour and minute, closing hour and minute.
type Hm = (u16, u16, u16, u16);

/// Builds the days of a schedule from `(weekdays, spans)`.
fn week(spec: &[(&[usize], &[Hm])]) -> [Vec<Span>; 7] {
    let mut days: [Vec<Span>; 7] = Default::default();
    for (which, spans) in spec {
        for d in *which {
            days[*d] = spans.iter().map(|&(h1, m1, h2, m2)| Span::new(h1 * 60 + m1, h2 * 60 + m2)).collect();
        }
    }
    days
}

fn days_of(lines: &[&str]) -> Option<[Vec<Span>; 7]> {
    parse(lines).map(|s| s.days)
}

const MON_FRI: &[usize] = &[0, 1, 2, 3, 4];

#[test]
fn workbc_representative_schedules() {
    assert_eq!(
        days_of(&["8:30 am to 4:30 pm Monday, Tuesday, Thursday, Friday"]),
        Some(week(&[(&[0, 1, 3, 4], &[(8, 30, 16, 30)])]))
    );
    assert_eq!(days_of(&["9:00 am to 4:30 pm Tuesday to Friday"]), Some(week(&[(&[1, 2, 3, 4], &[(9, 0, 16, 30)])])));
    assert_eq!(days_of(&["8:00 am to 4:30 pm Monday to Tuesday"]), Some(week(&[(&[0, 1], &[(8, 0, 16, 30)])])));
    assert_eq!(days_of(&["8:30 AM to 5:30 PM Monday -Thursday"]), Some(week(&[(&[0, 1, 2, 3], &[(8, 30, 17, 30)])])));
    assert_eq!(days_of(&["8:30am-7:30pm Wednesday"]), Some(week(&[(&[2], &[(8, 30, 19, 30)])])));
    assert_eq!(days_of(&["9:00 am to 7:00 pm to Monday"]), Some(week(&[(&[0], &[(9, 0, 19, 0)])])));
    assert_eq!(
        days_of(&["10:30 am to 4:00 pm & 5:00 pm to 6:30 pm Monday"]),
        Some(week(&[(&[0], &[(10, 30, 16, 0), (17, 0, 18, 30)])]))
    );
    assert_eq!(
        days_of(&["9:00 am to 4:00 pm Tuesday to Friday (closed noon to 1 for lunch)"]),
        Some(week(&[(&[1, 2, 3, 4], &[(9, 0, 12, 0), (13, 0, 16, 0)])]))
    );
    let wednesday = parse(&["8:00 am to 1:00 pm Wednesday - Statutory Holidays - Closed"]);
    assert_eq!(
        wednesday.as_ref().map(|s| (&s.days, s.closed_on_holidays)),
        Some((&week(&[(&[2], &[(8, 0, 13, 0)])]), true))
    );
    let open = parse(&["", "", "OPEN: Monday - Friday (8:30am - 4:30pm)", "CLOSED: Weekends and Holidays"]);
    assert_eq!(
        open.as_ref().map(|s| (&s.days, s.closed_on_holidays)),
        Some((&week(&[(MON_FRI, &[(8, 30, 16, 30)])]), true))
    );
    // A lunch closure on a line of its own applies to every day with hours.
    let lunch = parse(&[
        "8:00 am to 4:30 pm Monday to Tuesday",
        "8:00 am to 7:00 pm Wednesday",
        "Closed for lunch 12:15 pm to 12:45 pm",
        "Statutory Holidays - Closed",
    ]);
    let expected = week(&[(&[0, 1], &[(8, 0, 12, 15), (12, 45, 16, 30)]), (&[2], &[(8, 0, 12, 15), (12, 45, 19, 0)])]);
    assert_eq!(lunch.map(|s| s.days), Some(expected));
    // Closed days named next to hours, and a note about appointments.
    let office = parse(&[
        "8:00 am to 6:00 pm Monday",
        "8:00 am to 5:00 pm Tuesday, Thursday, Friday",
        "8:00 am to 1:00 pm Wednesday - Statutory Holidays - Closed",
        "\"In Person Services\" by appointment only ",
    ]);
    let expected = Schedule {
        days: week(&[(&[0], &[(8, 0, 18, 0)]), (&[1, 3, 4], &[(8, 0, 17, 0)]), (&[2], &[(8, 0, 13, 0)])]),
        closed_on_holidays: true,
        note: Text::en("\"In Person Services\" by appointment only"),
    };
    assert_eq!(office, Some(expected));
}

#[test]
fn provincial_schedules_and_notes() {
    let ns = parse(&[
        "Monday to Friday 8:30 a.m. to 4:30 p.m.; closed for lunch 12 to 1:00 p.m. (2015); Saturday appointment pilot from Jan 9, 2016 (later ended)",
    ]);
    let expected = Schedule {
        days: week(&[(MON_FRI, &[(8, 30, 12, 0), (13, 0, 16, 30)])]),
        closed_on_holidays: false,
        note: Text::en("2015; Saturday appointment pilot from Jan 9, 2016 (later ended)"),
    };
    assert_eq!(ns, Some(expected));

    let tno = parse(&["Du lundi au vendredi, 8 h 30 à 17 h (2009); open over the lunch hour with two agents"]);
    let expected = Schedule {
        days: week(&[(MON_FRI, &[(8, 30, 17, 0)])]),
        closed_on_holidays: false,
        note: Text::both("2009; open over the lunch hour with two agents", "2009"),
    };
    assert_eq!(tno, Some(expected));

    let snb = parse(&["Jeudi et vendredi (Thursdays and Fridays); 9 h à 17 h (per 2019 announcement)"]);
    let expected = Schedule {
        days: week(&[(&[3, 4], &[(9, 0, 17, 0)])]),
        closed_on_holidays: false,
        note: Text::en("per 2019 announcement"),
    };
    assert_eq!(snb, Some(expected));

    let bc = parse(&["Tuesday and Thursday, 10 a.m. to 2 p.m. (May 2012)"]);
    assert_eq!(bc.as_ref().map(|s| &s.days), Some(&week(&[(&[1, 3], &[(10, 0, 14, 0)])])));
    assert_eq!(bc.map(|s| s.note), Some(Text::en("May 2012")));

    // A later change of hours, a lone opening time, a message with times: ambiguous.
    assert_eq!(
        parse(&["Monday to Friday 8:30 a.m. to 4:30 p.m. (2015); pilot open until 5:30 p.m. from Jan 4, 2016"]),
        None
    );
    assert_eq!(parse(&["Opens 8:30 a.m. (per Aug 2004 notice)"]), None);
    assert_eq!(
        parse(&["Office message: 9am-10am reserved for seniors and people with underlying health issues (COVID-era)"]),
        None
    );
}

#[test]
fn french_forms() {
    assert_eq!(
        days_of(&["Du lundi au vendredi de 8 h 30 à 12 h et de 13 h à 16 h 30", "Fermé les jours fériés"]),
        Some(week(&[(MON_FRI, &[(8, 30, 12, 0), (13, 0, 16, 30)])]))
    );
    assert_eq!(
        parse(&["Lundi, mercredi et vendredi : 9h à 17h", "Samedi : fermé"]).map(|s| s.closed_on_holidays),
        Some(false)
    );
    assert_eq!(
        days_of(&["Mardi au jeudi, 9 h à 16 h (fermé de midi à 13 h)"]),
        Some(week(&[(&[1, 2, 3], &[(9, 0, 12, 0), (13, 0, 16, 0)])]))
    );
    assert_eq!(days_of(&["Samedi et dimanche, 10 h à minuit"]), Some(week(&[(&[5, 6], &[(10, 0, 24, 0)])])));
    assert_eq!(parse(&["Fermé les jours fériés"]), None);
}

#[test]
fn times_and_ranges() {
    // A range without am/pm has one increasing reading here...
    assert_eq!(days_of(&["9 to 5 Monday"]), Some(week(&[(&[0], &[(9, 0, 17, 0)])])));
    // ...but two here (8–11 or 20–23).
    assert_eq!(parse(&["8 to 11 Monday"]), None);
    assert_eq!(parse(&["12 to 1:00 p.m. Monday"]), None);
    // Explicit times may run past midnight; the span counts on the next day.
    assert_eq!(days_of(&["10:00 pm to 2:00 am Friday"]), Some(week(&[(&[4], &[(22, 0, 26, 0)])])));
    assert_eq!(days_of(&["noon to midnight Sunday"]), Some(week(&[(&[6], &[(12, 0, 24, 0)])])));
    // Day ranges wrap past Sunday; weekends and abbreviations.
    assert_eq!(days_of(&["Fri to Mon 9 am to 5 pm"]), Some(week(&[(&[4, 5, 6, 0], &[(9, 0, 17, 0)])])));
    assert_eq!(days_of(&["10 am to 4 pm weekends"]), Some(week(&[(&[5, 6], &[(10, 0, 16, 0)])])));
    assert_eq!(parse(&["9:00 am to 13:00 pm Monday"]), None);
}

#[test]
fn ambiguous_or_contradictory_text_is_none() {
    let cases: &[&[&str]] = &[
        &["9:00 am to 5:00 pm Monday, Saturday Closed"],
        &["9:00 am to 5:00 pm Monday", "Monday - Closed"],
        &["Monday - Closed", "9:00 am to 5:00 pm Monday"],
        &["9 am to 5 pm Monday", "10 am to 2 pm Monday"],
        &["9 am to 5 pm Monday (closed 6 pm to 7 pm)"],
        &["9 am to 5 pm Monday (closed in July)"],
        &["Monday to Friday 9 am to 5 pm; also Saturdays"],
        &["Jeudi (Fridays); 9 h à 17 h"],
        &["9 am to 5 pm Monday (closed 12 to 1"],
        &["9 am to 5 pm"],
        &["Monday to Friday"],
        &["Hours vary, call ahead 9 am"],
        &["Statutory Holidays 9 am to 5 pm"],
        &[],
        &["", "n/a"],
    ];
    for lines in cases {
        assert_eq!(parse(lines), None, "{lines:?}");
    }
}

/// Parses `line` alone, or (for lines that only close days or add a note) next to a
/// line of hours on Tuesday, which no real closed-days line mentions.
fn understood(line: &str) -> bool {
    parse(&[line]).is_some() || parse(&["9:00 am to 5:00 pm Tuesday", line]).is_some()
}

#[test]
fn real_strings_parse() {
    let c = corpus();
    let all: Vec<&str> = c.workbc_lines.iter().chain(&c.provincial).map(String::as_str).collect();
    assert_eq!(all.len(), 172);
    let alone = all.iter().filter(|s| parse(&[s]).is_some()).count();
    assert_eq!(alone, 150, "strings that give a schedule on their own");
    let not_understood: Vec<&str> = all.iter().copied().filter(|s| !understood(s)).collect();
    assert_eq!(
        not_understood,
        [
            "Monday to Friday 8:30 a.m. to 4:30 p.m. (2015); pilot open until 5:30 p.m. from Jan 4, 2016",
            "Office message: 9am-10am reserved for seniors and people with underlying health issues (COVID-era)",
            "Opens 8:30 a.m. (per Aug 2004 notice)",
        ]
    );
}

#[test]
fn every_workbc_office_parses() {
    let c = corpus();
    assert_eq!(c.workbc_offices.len(), 82);
    for office in &c.workbc_offices {
        let schedule = parse(&refs(office));
        assert!(schedule.as_ref().is_some_and(|s| !s.is_empty()), "{office:?}");
    }
}

/// What a schedule says, on one line: days grouped when their spans are the same
/// ("Mo-Fr 08:30-12:00,13:00-16:30"), then "holidays closed" and the notes.
fn show(schedule: Option<Schedule>) -> String {
    const DAYS: [&str; 7] = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];
    let Some(s) = schedule else { return "not understood".to_owned() };
    let hm = |m: u16| format!("{:02}:{:02}", m / 60, m % 60);
    let spans = |d: &[Span]| d.iter().map(|x| format!("{}-{}", hm(x.open), hm(x.close))).collect::<Vec<_>>().join(",");
    let mut parts: Vec<String> = Vec::new();
    let mut d = 0;
    while d < 7 {
        let mut e = d;
        while e + 1 < 7 && s.days[e + 1] == s.days[d] {
            e += 1;
        }
        if !s.days[d].is_empty() {
            let days = if e == d { DAYS[d].to_owned() } else { format!("{}-{}", DAYS[d], DAYS[e]) };
            parts.push(format!("{days} {}", spans(&s.days[d])));
        }
        d = e + 1;
    }
    if s.closed_on_holidays {
        parts.push("holidays closed".to_owned());
    }
    for (lang, note) in [("en", &s.note.en), ("fr", &s.note.fr)] {
        if let Some(n) = note {
            parts.push(format!("note {lang}: {n:?}"));
        }
    }
    parts.join("; ")
}

/// Every text of the corpus and what it gives (the text, then "→" and the schedule on the
/// next line), so that a change shows each case it touches whole. Review with `cargo insta review`, or accept with
/// `INSTA_UPDATE=always cargo test --features pipeline --lib hours_text`.
#[test]
fn corpus_snapshot() {
    let c = corpus();
    let mut out = String::new();
    let mut case = |lines: &[&str]| {
        let input = lines.iter().map(|l| format!("{l:?}")).collect::<Vec<_>>().join(" + ");
        out.push_str(&format!("{input}\n    → {}\n", show(parse(lines))));
    };
    for line in c.workbc_lines.iter().chain(&c.provincial) {
        case(&[line]);
    }
    for office in &c.workbc_offices {
        case(&refs(office));
    }
    insta::with_settings!({ snapshot_path => "../../../tests/fixtures/hours/snapshots", prepend_module_to_snapshot => false }, {
        insta::assert_snapshot!("corpus", out);
    });
}
