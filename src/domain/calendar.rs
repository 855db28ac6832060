//! Proleptic Gregorian calendar arithmetic on day numbers (days since 1970-01-01).

/// The civil date (year, month 1–12, day 1–31) of day number `days`.
///
/// ```
/// use guichet::domain::calendar::civil_from_days;
/// assert_eq!(civil_from_days(0), (1970, 1, 1));
/// assert_eq!(civil_from_days(-1), (1969, 12, 31));
/// assert_eq!(civil_from_days(11_016), (2000, 2, 29));
/// ```
pub fn civil_from_days(days: i64) -> (i32, u8, u8) {
    // Shift to an era starting on 0000-03-01 so leap days fall at the end of a year.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097; // day of era, 0..=146096
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365; // 0..=399
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100); // day of year from March 1st
    let mp = (5 * doy + 2) / 153; // month from March, 0..=11
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    (year, month, day)
}

/// The day number of a civil date (inverse of [`civil_from_days`]).
///
/// ```
/// use guichet::domain::calendar::{civil_from_days, days_from_civil};
/// assert_eq!(days_from_civil(2026, 11, 28), 20_785);
/// for d in [-800_000, -1, 0, 59, 20_785, 2_000_000] {
///     let (y, m, dd) = civil_from_days(d);
///     assert_eq!(days_from_civil(y, m, dd), d);
/// }
/// ```
pub fn days_from_civil(year: i32, month: u8, day: u8) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Weekday of day number `days`: 0 = Monday … 6 = Sunday.
///
/// ```
/// use guichet::domain::calendar::weekday;
/// assert_eq!(weekday(0), 3); // 1970-01-01 was a Thursday
/// ```
pub fn weekday(days: i64) -> u8 {
    (days + 3).rem_euclid(7) as u8
}
