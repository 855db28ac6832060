//! Tests of the holiday rules against dates written by hand from the official lists.
use super::*;
use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed};
use Holiday::*;

const FRIDAY: u8 = 4;

fn day(y: i64, m: u8, d: u8) -> i64 {
    days_from_civil(y, m, d)
}

/// `(holiday, observed month, observed day)` of a calendar's year, in closure order.
fn closures(calendar: Calendar, year: i32) -> Vec<(Holiday, u8, u8)> {
    holidays(calendar, year)
        .into_iter()
        .map(|o| {
            let (_, m, d) = civil_from_days(o.observed);
            (o.holiday, m, d)
        })
        .collect()
}

#[test]
fn easter_on_known_dates() {
    for (y, m, d) in [
        (2024, 3, 31),
        (2025, 4, 20),
        (2026, 4, 5),
        (2027, 3, 28),
        (2028, 4, 16),
        (2029, 4, 1),
        (2030, 4, 21),
        (2038, 4, 25), // latest possible
        (1943, 4, 25), // latest possible
        (2285, 3, 22), // earliest possible
        (1818, 3, 22), // earliest possible
        (1954, 4, 18), // full moon on 18 April, golden number above 11
        (1981, 4, 19), // full moon on 19 April
        (2000, 4, 23),
        (1583, 4, 10),
    ] {
        assert_eq!(easter(y), day(i64::from(y), m, d), "Easter {y}");
    }
}

/// Easter 1900–2099 as month × 100 + day, from an independent implementation
/// (python-dateutil's `easter`, Gregorian method).
const EASTER_1900_2099: [u16; 200] = [
    415, 407, 330, 412, 403, 423, 415, 331, 419, 411, // 1900–1909
    327, 416, 407, 323, 412, 404, 423, 408, 331, 420, // 1910–1919
    404, 327, 416, 401, 420, 412, 404, 417, 408, 331, // 1920–1929
    420, 405, 327, 416, 401, 421, 412, 328, 417, 409, // 1930–1939
    324, 413, 405, 425, 409, 401, 421, 406, 328, 417, // 1940–1949
    409, 325, 413, 405, 418, 410, 401, 421, 406, 329, // 1950–1959
    417, 402, 422, 414, 329, 418, 410, 326, 414, 406, // 1960–1969
    329, 411, 402, 422, 414, 330, 418, 410, 326, 415, // 1970–1979
    406, 419, 411, 403, 422, 407, 330, 419, 403, 326, // 1980–1989
    415, 331, 419, 411, 403, 416, 407, 330, 412, 404, // 1990–1999
    423, 415, 331, 420, 411, 327, 416, 408, 323, 412, // 2000–2009
    404, 424, 408, 331, 420, 405, 327, 416, 401, 421, // 2010–2019
    412, 404, 417, 409, 331, 420, 405, 328, 416, 401, // 2020–2029
    421, 413, 328, 417, 409, 325, 413, 405, 425, 410, // 2030–2039
    401, 421, 406, 329, 417, 409, 325, 414, 405, 418, // 2040–2049
    410, 402, 421, 406, 329, 418, 402, 422, 414, 330, // 2050–2059
    418, 410, 326, 415, 406, 329, 411, 403, 422, 414, // 2060–2069
    330, 419, 410, 326, 415, 407, 419, 411, 403, 423, // 2070–2079
    407, 330, 419, 404, 326, 415, 331, 420, 411, 403, // 2080–2089
    416, 408, 330, 412, 404, 424, 415, 331, 420, 412, // 2090–2099
];

#[test]
fn easter_matches_an_independent_table() {
    for (i, mmdd) in EASTER_1900_2099.into_iter().enumerate() {
        let year = 1900 + i as i64;
        assert_eq!(easter(year as i32), day(year, (mmdd / 100) as u8, (mmdd % 100) as u8), "Easter {year}");
    }
}

/// A year's twelve federal closures: `(holiday, month, day)`.
type FederalYear = (i32, [(Holiday, u8, u8); 12]);

/// Federal public service in Ontario, from the official lists: Library and Archives
/// Canada's closures for 2024, the Canadian Digital Service's for 2025 and 2026
/// (Boxing Day 2026 on Saturday, observed Monday 28 December), and the Treasury
/// Board rule for the others (a holiday on a day of rest moves to the next working
/// day; Christmas 2027 on Saturday closes Monday 27, Boxing Day Tuesday 28).
const FEDERAL_ON: [FederalYear; 7] = [
    (
        2024,
        [
            (NewYear, 1, 1),
            (GoodFriday, 3, 29),
            (EasterMonday, 4, 1),
            (VictoriaDay, 5, 20),
            (CanadaDay, 7, 1),
            (CivicHoliday, 8, 5),
            (LabourDay, 9, 2),
            (TruthReconciliation, 9, 30),
            (Thanksgiving, 10, 14),
            (RemembranceDay, 11, 11),
            (Christmas, 12, 25),
            (BoxingDay, 12, 26),
        ],
    ),
    (
        2025,
        [
            (NewYear, 1, 1),
            (GoodFriday, 4, 18),
            (EasterMonday, 4, 21),
            (VictoriaDay, 5, 19),
            (CanadaDay, 7, 1),
            (CivicHoliday, 8, 4),
            (LabourDay, 9, 1),
            (TruthReconciliation, 9, 30),
            (Thanksgiving, 10, 13),
            (RemembranceDay, 11, 11),
            (Christmas, 12, 25),
            (BoxingDay, 12, 26),
        ],
    ),
    (
        2026,
        [
            (NewYear, 1, 1),
            (GoodFriday, 4, 3),
            (EasterMonday, 4, 6),
            (VictoriaDay, 5, 18),
            (CanadaDay, 7, 1),
            (CivicHoliday, 8, 3),
            (LabourDay, 9, 7),
            (TruthReconciliation, 9, 30),
            (Thanksgiving, 10, 12),
            (RemembranceDay, 11, 11),
            (Christmas, 12, 25),
            (BoxingDay, 12, 28),
        ],
    ),
    (
        2027,
        [
            (NewYear, 1, 1),
            (GoodFriday, 3, 26),
            (EasterMonday, 3, 29),
            (VictoriaDay, 5, 24),
            (CanadaDay, 7, 1),
            (CivicHoliday, 8, 2),
            (LabourDay, 9, 6),
            (TruthReconciliation, 9, 30),
            (Thanksgiving, 10, 11),
            (RemembranceDay, 11, 11),
            (Christmas, 12, 27),
            (BoxingDay, 12, 28),
        ],
    ),
    (
        2028,
        [
            (NewYear, 1, 3),
            (GoodFriday, 4, 14),
            (EasterMonday, 4, 17),
            (VictoriaDay, 5, 22),
            (CanadaDay, 7, 3),
            (CivicHoliday, 8, 7),
            (LabourDay, 9, 4),
            (TruthReconciliation, 10, 2),
            (Thanksgiving, 10, 9),
            (RemembranceDay, 11, 13),
            (Christmas, 12, 25),
            (BoxingDay, 12, 26),
        ],
    ),
    (
        2029,
        [
            (NewYear, 1, 1),
            (GoodFriday, 3, 30),
            (EasterMonday, 4, 2),
            (VictoriaDay, 5, 21),
            (CanadaDay, 7, 2),
            (CivicHoliday, 8, 6),
            (LabourDay, 9, 3),
            (TruthReconciliation, 10, 1),
            (Thanksgiving, 10, 8),
            (RemembranceDay, 11, 12),
            (Christmas, 12, 25),
            (BoxingDay, 12, 26),
        ],
    ),
    (
        2030,
        [
            (NewYear, 1, 1),
            (GoodFriday, 4, 19),
            (EasterMonday, 4, 22),
            (VictoriaDay, 5, 20),
            (CanadaDay, 7, 1),
            (CivicHoliday, 8, 5),
            (LabourDay, 9, 2),
            (TruthReconciliation, 9, 30),
            (Thanksgiving, 10, 14),
            (RemembranceDay, 11, 11),
            (Christmas, 12, 25),
            (BoxingDay, 12, 26),
        ],
    ),
];

#[test]
fn federal_in_ontario_2024_to_2030() {
    for (year, expected) in FEDERAL_ON {
        assert_eq!(closures(Calendar::Federal(Province::ON), year), expected.to_vec(), "{year}");
    }
}

/// In Quebec the federal public service observes St-Jean-Baptiste instead of the
/// Civic Holiday; everything else is the same.
#[test]
fn federal_in_quebec_2024_to_2030() {
    let st_jean = [(2024, 24), (2025, 24), (2026, 24), (2027, 24), (2028, 26), (2029, 25), (2030, 24)];
    for ((year, expected), (y, june)) in FEDERAL_ON.into_iter().zip(st_jean) {
        assert_eq!(year, y);
        let mut expected: Vec<_> = expected.into_iter().filter(|(h, ..)| *h != CivicHoliday).collect();
        expected.insert(4, (StJeanBaptiste, 6, june));
        assert_eq!(closures(Calendar::Federal(Province::QC), year), expected, "{year}");
    }
}

#[test]
fn federal_in_yukon_observes_discovery_day() {
    let days = closures(Calendar::Federal(Province::YT), 2025);
    assert!(days.contains(&(DiscoveryDay, 8, 18)));
    assert!(!days.iter().any(|(h, ..)| *h == CivicHoliday));
    assert_eq!(days.len(), 12);
}

#[test]
fn no_truth_and_reconciliation_before_2021() {
    assert!(!closures(Calendar::Federal(Province::ON), 2020).iter().any(|(h, ..)| *h == TruthReconciliation));
    assert!(closures(Calendar::Federal(Province::ON), 2021).contains(&(TruthReconciliation, 9, 30)));
}

#[test]
fn canada_day_says_closed() {
    for calendar in Calendar::all() {
        let expected = if calendar == Calendar::Provincial(Province::NL) { MemorialDay } else { CanadaDay };
        assert_eq!(closed_for(calendar, day(2026, 7, 1)), Some(expected), "{calendar:?}");
    }
}

#[test]
fn ontario_public_service_2024() {
    assert_eq!(
        closures(Calendar::Provincial(Province::ON), 2024),
        vec![
            (NewYear, 1, 1),
            (FamilyDay, 2, 19),
            (GoodFriday, 3, 29),
            (EasterMonday, 4, 1),
            (VictoriaDay, 5, 20),
            (CanadaDay, 7, 1),
            (CivicHoliday, 8, 5),
            (LabourDay, 9, 2),
            (TruthReconciliation, 9, 30),
            (Thanksgiving, 10, 14),
            (RemembranceDay, 11, 11),
            (Christmas, 12, 25),
            (BoxingDay, 12, 26),
        ]
    );
    // Remembrance Day 2017 was a Saturday: provincial offices closed Monday 13.
    assert_eq!(closed_for(Calendar::Provincial(Province::ON), day(2017, 11, 13)), Some(RemembranceDay));
}

/// The SFPQ's list of the 2011–2012 holiday period for the Quebec public service:
/// 23 December (Christmas Eve), 26 (Christmas), 27 (Boxing Day), 30 (New Year's Eve),
/// 2 January (New Year's Day) and 3 January (the day after).
#[test]
fn quebec_public_service_holiday_period_2011() {
    let qc = Calendar::Provincial(Province::QC);
    let december: Vec<_> = closures(qc, 2011).into_iter().filter(|(_, m, _)| *m == 12).collect();
    assert_eq!(december, vec![(ChristmasEve, 12, 23), (Christmas, 12, 26), (BoxingDay, 12, 27), (NewYearsEve, 12, 30)]);
    let january: Vec<_> = closures(qc, 2012).into_iter().filter(|(_, m, _)| *m == 1).collect();
    assert_eq!(january, vec![(NewYear, 1, 2), (DayAfterNewYear, 1, 3)]);
}

#[test]
fn quebec_public_service_2023() {
    assert_eq!(
        closures(Calendar::Provincial(Province::QC), 2023),
        vec![
            (NewYear, 1, 2),
            (DayAfterNewYear, 1, 3),
            (GoodFriday, 4, 7),
            (EasterMonday, 4, 10),
            (NationalPatriotsDay, 5, 22),
            // Saturday 24 June and Saturday 1 July: the Fridays before.
            (StJeanBaptiste, 6, 23),
            (CanadaDay, 6, 30),
            (LabourDay, 9, 4),
            (Thanksgiving, 10, 9),
            // Sunday 24 December moves to Monday 25; Christmas and Boxing Day follow.
            (ChristmasEve, 12, 25),
            (Christmas, 12, 26),
            (BoxingDay, 12, 27),
            // Sunday 31 December: Monday 1 January 2024.
            (NewYearsEve, 1, 1),
        ]
    );
    // New Year's Day 2024 (Monday) then closes Tuesday 2, and the day after New
    // Year's Day Wednesday 3.
    let qc = Calendar::Provincial(Province::QC);
    assert_eq!(closed_for(qc, day(2024, 1, 1)), Some(NewYearsEve));
    assert_eq!(closed_for(qc, day(2024, 1, 2)), Some(NewYear));
    assert_eq!(closed_for(qc, day(2024, 1, 3)), Some(DayAfterNewYear));
    assert_eq!(closed_for(qc, day(2024, 1, 4)), None);
    // Not holidays in Quebec: Remembrance Day, Truth and Reconciliation, Civic Holiday.
    assert_eq!(closed_for(qc, day(2025, 11, 11)), None);
    assert_eq!(closed_for(qc, day(2025, 9, 30)), None);
    assert_eq!(closed_for(qc, day(2025, 8, 4)), None);
}

#[test]
fn new_brunswick() {
    let nb = Calendar::Provincial(Province::NB);
    // Truth and Reconciliation: a provincial holiday from 2022 (offices open in 2021);
    // on Saturday 30 September 2023, observed Monday 2 October.
    assert_eq!(closed_for(nb, day(2021, 9, 30)), None);
    assert_eq!(closed_for(nb, day(2022, 9, 30)), Some(TruthReconciliation));
    assert_eq!(closed_for(nb, day(2023, 10, 2)), Some(TruthReconciliation));
    assert_eq!(
        closures(nb, 2025),
        vec![
            (NewYear, 1, 1),
            (FamilyDay, 2, 17),
            (GoodFriday, 4, 18),
            (EasterMonday, 4, 21),
            (VictoriaDay, 5, 19),
            (CanadaDay, 7, 1),
            (NewBrunswickDay, 8, 4),
            (LabourDay, 9, 1),
            (TruthReconciliation, 9, 30),
            (Thanksgiving, 10, 13),
            (RemembranceDay, 11, 11),
            (Christmas, 12, 25),
            (BoxingDay, 12, 26),
        ]
    );
    // Christmas on a Tuesday: 24, 25 and 26 December (GNB policy).
    let december: Vec<_> = closures(nb, 2029).into_iter().filter(|(_, m, _)| *m == 12).collect();
    assert_eq!(december, vec![(ChristmasEve, 12, 24), (Christmas, 12, 25), (BoxingDay, 12, 26)]);
}

#[test]
fn nova_scotia_2022() {
    assert_eq!(
        closures(Calendar::Provincial(Province::NS), 2022),
        vec![
            (NewYear, 1, 3),
            (HeritageDay, 2, 21),
            (GoodFriday, 4, 15),
            (EasterMonday, 4, 18),
            (VictoriaDay, 5, 23),
            (CanadaDay, 7, 1),
            (NatalDay, 8, 1),
            (LabourDay, 9, 5),
            (TruthReconciliation, 9, 30),
            (Thanksgiving, 10, 10),
            (RemembranceDay, 11, 11),
            (Christmas, 12, 26),
            (BoxingDay, 12, 27),
        ]
    );
}

/// gov.bc.ca's list of BC Public Service holidays, dated for 2025.
#[test]
fn british_columbia_2025() {
    assert_eq!(
        closures(Calendar::Provincial(Province::BC), 2025),
        vec![
            (NewYear, 1, 1),
            (FamilyDay, 2, 17),
            (GoodFriday, 4, 18),
            (EasterMonday, 4, 21),
            (VictoriaDay, 5, 19),
            (CanadaDay, 7, 1),
            (BritishColumbiaDay, 8, 4),
            (LabourDay, 9, 1),
            (TruthReconciliation, 9, 30),
            (Thanksgiving, 10, 13),
            (RemembranceDay, 11, 11),
            (Christmas, 12, 25),
            (BoxingDay, 12, 26),
        ]
    );
    // Family Day was the 2nd Monday of February until 2018.
    assert_eq!(closed_for(Calendar::Provincial(Province::BC), day(2018, 2, 12)), Some(FamilyDay));
    assert_eq!(closed_for(Calendar::Provincial(Province::BC), day(2019, 2, 18)), Some(FamilyDay));
}

/// The UNW collective agreement's article 16 dated for 2023 (New Year's Day, Canada
/// Day, Truth and Reconciliation and Remembrance Day on weekends).
#[test]
fn northwest_territories_2023() {
    assert_eq!(
        closures(Calendar::Provincial(Province::NT), 2023),
        vec![
            (NewYear, 1, 2),
            (GoodFriday, 4, 7),
            (EasterMonday, 4, 10),
            (VictoriaDay, 5, 22),
            (NationalIndigenousPeoplesDay, 6, 21),
            (CanadaDay, 7, 3),
            (CivicHoliday, 8, 7),
            (LabourDay, 9, 4),
            (TruthReconciliation, 10, 2),
            (Thanksgiving, 10, 9),
            (RemembranceDay, 11, 13),
            (Christmas, 12, 25),
            (BoxingDay, 12, 26),
        ]
    );
}

/// alberta.ca's paid holidays and Christmas closure directives, 2025 (Christmas on a
/// Thursday: floater on 24 December, closure on 29, 30 and 31).
#[test]
fn alberta_2025() {
    assert_eq!(
        closures(Calendar::Provincial(Province::AB), 2025),
        vec![
            (NewYear, 1, 1),
            (FamilyDay, 2, 17),
            (GoodFriday, 4, 18),
            (EasterMonday, 4, 21),
            (VictoriaDay, 5, 19),
            (CanadaDay, 7, 1),
            (CivicHoliday, 8, 4),
            (LabourDay, 9, 1),
            (Thanksgiving, 10, 13),
            (RemembranceDay, 11, 11),
            (ChristmasFloater, 12, 24),
            (Christmas, 12, 25),
            (BoxingDay, 12, 26),
            (ChristmasClosure, 12, 29),
            (ChristmasClosure, 12, 30),
            (ChristmasClosure, 12, 31),
        ]
    );
    // Christmas on a Sunday (2022): Christmas Monday 26, Boxing Day Tuesday 27,
    // floater Wednesday 28, closure Thursday 29 and Friday 30.
    let december: Vec<_> =
        closures(Calendar::Provincial(Province::AB), 2022).into_iter().filter(|(_, m, _)| *m == 12).collect();
    assert_eq!(
        december,
        vec![
            (Christmas, 12, 26),
            (BoxingDay, 12, 27),
            (ChristmasFloater, 12, 28),
            (ChristmasClosure, 12, 29),
            (ChristmasClosure, 12, 30),
        ]
    );
}

#[test]
fn manitoba_2024() {
    assert_eq!(
        closures(Calendar::Provincial(Province::MB), 2024),
        vec![
            (NewYear, 1, 1),
            (LouisRielDay, 2, 19),
            (GoodFriday, 3, 29),
            (EasterMonday, 4, 1),
            (VictoriaDay, 5, 20),
            (CanadaDay, 7, 1),
            (CivicHoliday, 8, 5),
            (LabourDay, 9, 2),
            (TruthReconciliation, 9, 30),
            (Thanksgiving, 10, 14),
            (RemembranceDay, 11, 11),
            (Christmas, 12, 25),
            (BoxingDay, 12, 26),
        ]
    );
}

/// gov.pe.ca's list (Article 22.01): Christmas and Boxing Day 2021 on the weekend,
/// observed Monday 27 and Tuesday 28.
#[test]
fn prince_edward_island_2021() {
    assert_eq!(
        closures(Calendar::Provincial(Province::PE), 2021),
        vec![
            (NewYear, 1, 1),
            (IslanderDay, 2, 15),
            (GoodFriday, 4, 2),
            (EasterMonday, 4, 5),
            (VictoriaDay, 5, 24),
            (CanadaDay, 7, 1),
            (CivicHoliday, 8, 2),
            (LabourDay, 9, 6),
            (TruthReconciliation, 9, 30),
            (Thanksgiving, 10, 11),
            (RemembranceDay, 11, 11),
            (Christmas, 12, 27),
            (BoxingDay, 12, 28),
        ]
    );
}

/// The Government of Newfoundland and Labrador's paid holidays for 2020 and 2023 as it
/// published them (Boxing Day 2020, a Saturday, observed Monday 28 December).
#[test]
fn newfoundland_and_labrador_2020_and_2023() {
    let nl = Calendar::Provincial(Province::NL);
    assert_eq!(
        closures(nl, 2020),
        vec![
            (NewYear, 1, 1),
            (StPatricksDay, 3, 16),
            (GoodFriday, 4, 10),
            (StGeorgesDay, 4, 20),
            (VictoriaDay, 5, 18),
            (JuneHoliday, 6, 22),
            (MemorialDay, 7, 1),
            (OrangemensDay, 7, 13),
            (LabourDay, 9, 7),
            (Thanksgiving, 10, 12),
            (RemembranceDay, 11, 11),
            (Christmas, 12, 25),
            (BoxingDay, 12, 28),
        ]
    );
    assert_eq!(
        closures(nl, 2023),
        vec![
            (NewYear, 1, 2),
            (StPatricksDay, 3, 20),
            (GoodFriday, 4, 7),
            (StGeorgesDay, 4, 24),
            (VictoriaDay, 5, 22),
            (JuneHoliday, 6, 26),
            (MemorialDay, 7, 3),
            (OrangemensDay, 7, 10),
            (LabourDay, 9, 4),
            (TruthReconciliation, 10, 2),
            (Thanksgiving, 10, 9),
            (RemembranceDay, 11, 13),
            (Christmas, 12, 25),
            (BoxingDay, 12, 26),
        ]
    );
    // 2024: St. Patrick's Day on a Sunday, St. George's on a Tuesday, Orangemen's Day
    // on a Friday.
    let days = closures(nl, 2024);
    for expected in [(StPatricksDay, 3, 18), (StGeorgesDay, 4, 22), (JuneHoliday, 6, 24), (OrangemensDay, 7, 15)] {
        assert!(days.contains(&expected), "{expected:?}");
    }
}

#[test]
fn territories_own_days() {
    // Yukon Heritage Day: the Friday before the last Sunday of February.
    let yt = Calendar::Provincial(Province::YT);
    for (y, d) in [(2015, 20), (2016, 26), (2017, 24), (2018, 23), (2023, 24), (2024, 23)] {
        assert_eq!(closed_for(yt, day(y, 2, d)), Some(YukonHeritageDay), "{y}");
    }
    assert_eq!(closed_for(yt, day(2023, 8, 21)), Some(DiscoveryDay));
    assert_eq!(closed_for(yt, day(2023, 6, 21)), Some(NationalIndigenousPeoplesDay));
    // Nunavut Day 2023 was a Sunday.
    assert_eq!(closed_for(Calendar::Provincial(Province::NU), day(2023, 7, 10)), Some(NunavutDay));
}

#[test]
fn saskatchewan_2025() {
    let days = closures(Calendar::Provincial(Province::SK), 2025);
    assert!(days.contains(&(FamilyDay, 2, 17)));
    assert!(days.contains(&(SaskatchewanDay, 8, 4)));
    assert!(!days.iter().any(|(h, ..)| *h == TruthReconciliation));
    assert_eq!(days.len(), 12);
}

#[test]
fn ids_are_unique() {
    let mut ids: Vec<_> = Holiday::ALL.iter().map(|h| h.id()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), Holiday::ALL.len());
    assert_eq!(Calendar::all().count(), 26);
}

#[test]
fn every_holiday_is_named_in_both_languages() {
    use crate::i18n::{Locale, Translator};
    let t = Translator::new();
    // `app::labels::holiday` names each one `holiday-<id>`.
    let message = |h: Holiday| format!("holiday-{}", h.id());
    for locale in [Locale::En, Locale::Fr] {
        for h in Holiday::ALL {
            assert!(t.has(locale, &message(*h)), "{locale:?} {}", message(*h));
        }
    }
    let why = |locale, h: Holiday| {
        let name = t.tr(locale, &message(h), &[]);
        t.tr(locale, "hours-closed-holiday", &[("holiday", name.as_str().into())])
    };
    assert_eq!(why(Locale::En, CanadaDay), "Closed today: Canada Day");
    assert_eq!(why(Locale::Fr, CanadaDay), "Fermé aujourd’hui\u{a0}: fête du Canada");
}

#[test]
fn every_holiday_appears_in_some_calendar() {
    for h in Holiday::ALL {
        assert!(Calendar::all().any(|c| (2024..2032).any(|y| holidays(c, y).iter().any(|o| o.holiday == *h))), "{h:?}");
    }
}

fn seeded(cases: u32) -> Config {
    Config { cases, rng_seed: RngSeed::Fixed(0x686f_6c69_6461_7973), failure_persistence: None, ..Config::default() }
}

proptest! {
    #![proptest_config(seeded(64))]

    #[test]
    fn easter_is_a_sunday_between_22_march_and_25_april(year in 1583i32..10_000) {
        let e = easter(year);
        prop_assert_eq!(weekday_from_days(e), SUNDAY);
        let y = i64::from(year);
        prop_assert!(day(y, 3, 22) <= e && e <= day(y, 4, 25));
    }

    /// Every closure is a weekday; no two closures share a day, within a year or across
    /// two consecutive years; a closure is at most a day before its holiday or a week
    /// after; and `closed_for` answers exactly the year's closures.
    #[test]
    fn closures_are_weekdays_unique_and_agree(year in 1900i32..=2200, c in 0usize..26) {
        let calendar = Calendar::all().nth(c).unwrap();
        let this = holidays(calendar, year);
        let next = holidays(calendar, year + 1);
        let mut seen: Vec<i64> = this.iter().chain(&next).map(|o| o.observed).collect();
        seen.sort_unstable();
        let before = seen.len();
        seen.dedup();
        prop_assert_eq!(seen.len(), before, "duplicate closure");
        for o in &this {
            prop_assert!(weekday_from_days(o.observed) <= FRIDAY, "{:?} on a weekend", o);
            prop_assert!(o.date - 1 <= o.observed && o.observed <= o.date + 7, "{:?} moved too far", o);
            prop_assert_eq!(civil_from_days(o.date).0, i64::from(year));
        }
        // Every day of the year: closed exactly when some year's holiday closes it.
        let around: Vec<Observed> =
            holidays(calendar, year - 1).into_iter().chain(this).chain(next).collect();
        let y = i64::from(year);
        for d in day(y, 1, 1)..day(y + 1, 1, 1) {
            let expected = around.iter().find(|o| o.observed == d).map(|o| o.holiday);
            prop_assert_eq!(closed_for(calendar, d), expected, "day {:?}", civil_from_days(d));
        }
    }
}
