//! The shared plumbing of every source: the checks of `Cx`, and what `parse` does with
//! rows (a toy source of two columns).
use super::testing::*;
use super::*;

#[test]
fn hours_wrapper() {
    assert_eq!(hours_with(&["", "  "], Locale::En, stand_in_hours), Hours::Unknown);
    assert_eq!(
        hours_with(&[" OPEN: Monday -  Friday (8:30am - 4:30pm)", ""], Locale::En, stand_in_hours),
        Hours::Weekly(weekday_schedule())
    );
    assert_eq!(
        hours_with(&["Tuesday and Thursday", "Statutory Holidays - Closed"], Locale::Fr, stand_in_hours),
        Hours::Text(Text::fr("Tuesday and Thursday\nStatutory Holidays - Closed"))
    );
}

#[test]
fn address_lines() {
    assert_eq!(
        address_line("Chahko Mika Mall , Floor Main | 1125 Lakeside Drive").as_deref(),
        Some("Chahko Mika Mall, Floor Main, 1125 Lakeside Drive")
    );
    assert_eq!(address_line(" | , "), None);
}

#[test]
fn slugs() {
    assert_eq!(slug("Kátł'odeeche First Nation"), "katl-odeeche-first-nation");
    assert_eq!(slug(" St. Stephen "), "saint-stephen");
}

#[test]
fn postal_codes_checked_against_province() {
    let (codes, ledger) = with_cx(|cx| {
        [
            cx.postal_code("H9H\u{a0} 2X2", Province::QC),
            cx.postal_code(" \u{a0}", Province::QC),
            cx.postal_code("V3R 1V9", Province::NS),
            cx.postal_code("12345", Province::NS),
        ]
    });
    assert_eq!(codes, [Some("H9H 2X2".to_owned()), None, None, None]);
    let issues: Vec<_> = ledger.issues.iter().map(|i| i.code.as_str()).collect();
    assert_eq!(issues, ["postal-code-province-mismatch", "bad-postal-code"]);
}

#[test]
fn positions_checked() {
    let (positions, ledger) = with_cx(|cx| {
        [cx.position("45.5", "-73.6"), cx.position("", " "), cx.position("0", "0"), cx.position("x", "-73")]
    });
    assert_eq!(positions, [Some(LatLon::new(45.5, -73.6)), None, None, None]);
    assert_eq!(ledger.issues.len(), 2);
    assert_eq!(ledger.tally.rows_in, 0, "checks do not count rows");
}

/// A source of two columns, to test what `parse` does for every source.
struct Toy;

#[derive(serde::Deserialize)]
struct ToyRow {
    id: String,
    name: String,
}

impl Source for Toy {
    const DATASET: DatasetId = DatasetId::Montreal;
    const PATH: &'static str = "toy.csv";
    type Row = ToyRow;
    fn record(&self, row: &ToyRow) -> Option<String> {
        crate::domain::text::non_empty(&row.id)
    }
    fn point(&self, row: ToyRow, cx: &mut Cx<'_>) -> Result<Point, Reject> {
        let name = crate::domain::text::non_empty(&row.name).ok_or(Reject::new("no-name", "empty name"))?;
        let id = format!("toy-{}", cx.record());
        Ok(cx.point(id, NetworkId::Montreal, PointKind::CityHall, Text::fr(name), "Montréal".into(), Province::QC))
    }
}

#[test]
fn every_row_is_kept_or_rejected_with_a_reason() {
    let csv = "id,name,other\n1,Mairie,x\n2,,x\n1,Encore,x\n3,Trop,de,champs\n,Sans id,x\n";
    let out = parse(&Toy, csv.as_bytes(), stand_in_hours).unwrap();
    check_invariants(&out);
    let ids: Vec<&str> = out.points.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["toy-1", "toy-row 5"]);
    assert_eq!(
        issue_keys(&out),
        [
            ("1".to_owned(), Severity::Rejected, "duplicate-id".to_owned()),
            ("2".to_owned(), Severity::Rejected, "no-name".to_owned()),
            ("row 4".to_owned(), Severity::Rejected, "malformed-row".to_owned()),
        ]
    );
    assert_eq!((out.tally.rows_in, out.tally.kept, out.tally.rejected), (5, 2, 3));
    assert_eq!(parse(&Toy, b"id,other\n1,2\n", stand_in_hours).unwrap_err(), "missing column \"name\"");
}
