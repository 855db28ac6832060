//! Statutory holidays by government, computed by rule for any year.
//!
//! An office is closed on its government's holidays: Service Canada on the federal public
//! service's designated paid holidays, ServiceOntario on the Ontario Public Service's, and
//! so on. A [`Calendar`] names whose holidays apply, [`holidays`] lists a year's holidays
//! with the day offices are actually closed ([`Observed`]), and [`closed_for`] answers "is
//! this day a closure". Days are civil dates counted from 1970-01-01 (as in
//! [`super::tz`]); nothing here reads a clock or a table of dates.
//!
//! # Rules
//!
//! Dates:
//! - fixed: New Year's Day 1 January, St-Jean-Baptiste 24 June, Canada Day and Memorial Day
//!   1 July, Nunavut Day 9 July, National Indigenous Peoples Day 21 June, National Day for
//!   Truth and Reconciliation 30 September (from 2021), Remembrance Day 11 November,
//!   Christmas 25 and Boxing Day 26 December; in Quebec also 2, 24 and 31 December/January;
//! - Easter: Good Friday is Easter − 2 days, Easter Monday Easter + 1, Easter by the
//!   Gregorian computus ([`easter`]);
//! - "Monday before 25 May" (the last Monday on or before 24 May): Victoria Day, and
//!   National Patriots' Day in Quebec;
//! - n-th Monday: February holidays the 3rd Monday of February (British Columbia's Family
//!   Day the 2nd Monday from 2013 to 2018); the August civic holidays (Civic Holiday, New
//!   Brunswick Day, British Columbia Day, Saskatchewan Day, Natal Day) the 1st Monday of
//!   August; Yukon's Discovery Day the 3rd; Labour Day the 1st Monday of September;
//!   Thanksgiving the 2nd Monday of October;
//! - Yukon Heritage Day: the Friday before the last Sunday of February;
//! - Newfoundland and Labrador's St. Patrick's Day (17 March), St. George's Day (23
//!   April), June Holiday (formerly Discovery Day, 24 June) and Orangemen's Day (12 July):
//!   the Monday nearest that date (the Monday before it when the date is a Tuesday to
//!   Thursday, after it when a Friday to Sunday), as on the government's lists for 2020,
//!   2023 and 2024.
//!
//! Observed-day shifts (a holiday "on a day of rest", for offices open Monday to Friday):
//! - every government but Quebec's: the next working day, that is the next Monday to
//!   Friday that is not already another holiday's closure. Holidays are placed in date
//!   order, so Christmas and Boxing Day on Saturday and Sunday close Monday and Tuesday,
//!   and on Sunday and Monday close Monday (Christmas) and Tuesday (Boxing Day);
//! - Quebec's public service: a Saturday holiday closes the Friday before (unless that
//!   Friday is itself a holiday, then the next working day), a Sunday holiday the next
//!   working day.
//!
//! Where a rule could not be read in a source stored here, this module takes the
//! *conservative reading*: the one that does not tell a visitor an office is open when a
//! source says its staff have the day off, and the next working day for an unknown shift.
//!
//! # Sources and approximations
//!
//! The lists, by the address under which they are stored (ARCHITECTURE.md, "Statutory
//! holidays", has the full table):
//! - Federal: Library and Archives Canada's closures
//!   (<https://bibliotheque-archives.canada.ca/fra/services/public/visitez-nous/Pages/jours-feries.aspx>),
//!   the Canadian Digital Service's list of Government of Canada holidays
//!   (<https://articles.alpha.canada.ca/cds-intranet-employee-guide/pay-leave-and-benefits/quick-reference-guide-for-employee-leave/stat-holidays-office-closures>),
//!   the Treasury Board notice on the provincial day
//!   (<https://www.canada.ca/en/treasury-board-secretariat/services/information-notice/prince-edward-island-designated-paid-holiday.html>).
//!   St-Jean-Baptiste in Quebec and Discovery Day in Yukon come from secondary sources.
//! - Ontario: news of provincial closures (Easter Monday, Remembrance Day) and the OPS
//!   unions on Truth and Reconciliation (<https://amapceo.on.ca/ops/ndtr>); the OPS
//!   agreements' own list was not readable: approximation.
//! - Quebec: <https://www.legisquebec.gouv.qc.ca/fr/version/rc/J-3,%20r.%203%20?code=se:3&historique=20240416>
//!   (the 13 days) and the SFPQ's 2011–2012 dates
//!   (<https://www.sfpq.qc.ca/nouvelles/jours-feries-temps-des-fetes-2011-168/>), from
//!   which the Saturday/Sunday rule is inferred: approximation (the Conseil du trésor
//!   fixes the days each year).
//! - New Brunswick: <https://www2.gnb.ca/content/gnb/en/departments/finance/human_resources/content/policies_and_guidelines/leave_policies/statutory_public_holidays.html>
//!   (its Christmas note is cut short in the stored copy: only Christmas on a Tuesday
//!   adds 24 December).
//! - Nova Scotia, Manitoba, Saskatchewan: union summaries and news of closures; Easter
//!   Monday and Boxing Day by the conservative reading.
//! - Prince Edward Island: <http://www.gov.pe.ca/psc/holidays>.
//! - Newfoundland and Labrador: <https://www.exec.gov.nl.ca/exec/hrs/working_with_us/holidays2020.html>
//!   and the 2023–2024 lists; the nearest-Monday rule is inferred from them.
//! - Alberta: <https://alberta.ca/paid-holidays-directive.aspx> and
//!   <https://www.alberta.ca/christmas-closure-directive>.
//! - British Columbia: <https://www2.gov.bc.ca/gov/content/careers-myhr/all-employees/leave-time-off/vacations-holidays/statutory-holidays>.
//! - Yukon: <https://yukon.ca/en/doing-business/employer-responsibilities/find-yukon-statutory-holiday>
//!   and news of government closures (Heritage Day, Truth and Reconciliation); Easter
//!   Monday and Boxing Day inferred.
//! - Northwest Territories: <https://my.hr.gov.nt.ca/handbooks-agreements/unw-collective-agreement/article-16-designated-paid-holidays>.
//! - Nunavut: a third-party copy of the GN agreement's designated paid holidays
//!   (<https://lawinsider.com/clause/designated-paid-holidays/_3>); the Christmas
//!   "holiday closure days" are not modelled.
//!
//! # Limits
//!
//! - Years before a holiday existed are computed with today's list, except the start years
//!   written in `calendar_days` (Truth and Reconciliation, the February holidays, National
//!   Indigenous Peoples Day). One-off holidays (a monarch's funeral) are not known.
//! - Municipal offices use their province's calendar (an approximation: municipalities set
//!   their own days, e.g. Easter Monday or a local civic holiday).
//! - Half-day closures (Prince Edward Island's Christmas Eve afternoon) and closures that
//!   vary by town (a civic holiday proclaimed locally, Regatta Day in St. John's, Gold Cup
//!   Parade Day in Charlottetown) are not modelled.
use super::model::{Level, Province};
use super::tz::{civil_from_days, days_from_civil, weekday_from_days};

/// Whose holidays apply to an office.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Calendar {
    /// The federal public service working in that province or territory (Service Canada,
    /// passport offices): the federal designated paid holidays, with the province's day
    /// in place of the August Civic Holiday where the collective agreements say so
    /// (St-Jean-Baptiste in Quebec, Discovery Day in Yukon).
    Federal(Province),
    /// The province's or territory's own public service (ServiceOntario, Service New
    /// Brunswick, Access Nova Scotia, Service BC, Services Québec, the GNWT, …).
    Provincial(Province),
}

impl Calendar {
    /// The calendar of an office run by `level` in `province`. Municipal offices get
    /// their province's calendar (an approximation, see the module documentation).
    ///
    /// ```
    /// use guichet::domain::holidays::Calendar;
    /// use guichet::domain::model::{Level, Province};
    /// assert_eq!(Calendar::for_office(Level::Federal, Province::QC), Calendar::Federal(Province::QC));
    /// assert_eq!(Calendar::for_office(Level::Municipal, Province::ON), Calendar::Provincial(Province::ON));
    /// ```
    pub const fn for_office(level: Level, province: Province) -> Calendar {
        match level {
            Level::Federal => Calendar::Federal(province),
            Level::Provincial | Level::Territorial | Level::Municipal => Calendar::Provincial(province),
        }
    }

    /// The province or territory the calendar is for.
    pub const fn province(self) -> Province {
        match self {
            Calendar::Federal(p) | Calendar::Provincial(p) => p,
        }
    }

    /// Every calendar: the federal one in each province and territory, then each
    /// government's own.
    pub fn all() -> impl Iterator<Item = Calendar> {
        Province::ALL.into_iter().map(Calendar::Federal).chain(Province::ALL.into_iter().map(Calendar::Provincial))
    }
}

macro_rules! holiday_enum {
    ($($(#[$doc:meta])* $variant:ident => $id:literal,)*) => {
        /// A holiday (or closure day) some Canadian government observes.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Holiday {
            $($(#[$doc])* $variant,)*
        }

        impl Holiday {
            /// Every holiday, in calendar order.
            pub const ALL: &'static [Holiday] = &[$(Holiday::$variant,)*];

            /// Stable id, e.g. `"canada-day"`.
            pub const fn id(self) -> &'static str {
                match self {
                    $(Holiday::$variant => $id,)*
                }
            }

            /// The id of the message that names it, `holiday-<id>`.
            pub const fn message_id(self) -> &'static str {
                match self {
                    $(Holiday::$variant => concat!("holiday-", $id),)*
                }
            }
        }
    };
}

holiday_enum! {
    /// 1 January.
    NewYear => "new-year",
    /// 2 January (Quebec public service).
    DayAfterNewYear => "day-after-new-year",
    /// Friday before the last Sunday of February (Yukon government).
    YukonHeritageDay => "yukon-heritage-day",
    /// 3rd Monday of February (AB, BC, NB, ON, SK; BC: 2nd Monday 2013–2018).
    FamilyDay => "family-day",
    /// 3rd Monday of February (Prince Edward Island).
    IslanderDay => "islander-day",
    /// 3rd Monday of February (Manitoba).
    LouisRielDay => "louis-riel-day",
    /// 3rd Monday of February (Nova Scotia).
    HeritageDay => "heritage-day",
    /// Monday nearest 17 March (Newfoundland and Labrador government).
    StPatricksDay => "st-patricks-day",
    /// Easter − 2 days.
    GoodFriday => "good-friday",
    /// Easter + 1 day.
    EasterMonday => "easter-monday",
    /// Monday nearest 23 April (Newfoundland and Labrador government).
    StGeorgesDay => "st-georges-day",
    /// Monday before 25 May.
    VictoriaDay => "victoria-day",
    /// Monday before 25 May (Quebec).
    NationalPatriotsDay => "national-patriots-day",
    /// 21 June (Northwest Territories, Yukon).
    NationalIndigenousPeoplesDay => "national-indigenous-peoples-day",
    /// Monday nearest 24 June (Newfoundland and Labrador government; formerly Discovery Day).
    JuneHoliday => "june-holiday",
    /// 24 June (Quebec; federal offices in Quebec).
    StJeanBaptiste => "st-jean-baptiste",
    /// 1 July.
    CanadaDay => "canada-day",
    /// 1 July (Newfoundland and Labrador government).
    MemorialDay => "memorial-day",
    /// 9 July (Nunavut).
    NunavutDay => "nunavut-day",
    /// Monday nearest 12 July (Newfoundland and Labrador government).
    OrangemensDay => "orangemens-day",
    /// 1st Monday of August.
    CivicHoliday => "civic-holiday",
    /// 1st Monday of August (New Brunswick).
    NewBrunswickDay => "new-brunswick-day",
    /// 1st Monday of August (British Columbia).
    BritishColumbiaDay => "british-columbia-day",
    /// 1st Monday of August (Saskatchewan).
    SaskatchewanDay => "saskatchewan-day",
    /// 1st Monday of August (Nova Scotia).
    NatalDay => "natal-day",
    /// 3rd Monday of August (Yukon; federal offices in Yukon).
    DiscoveryDay => "discovery-day",
    /// 1st Monday of September.
    LabourDay => "labour-day",
    /// 30 September, from 2021.
    TruthReconciliation => "truth-reconciliation",
    /// 2nd Monday of October.
    Thanksgiving => "thanksgiving",
    /// 11 November.
    RemembranceDay => "remembrance-day",
    /// 24 December (Quebec public service; New Brunswick when Christmas is a Tuesday).
    ChristmasEve => "christmas-eve",
    /// 25 December.
    Christmas => "christmas",
    /// 26 December.
    BoxingDay => "boxing-day",
    /// Alberta's paid holiday near Christmas (24, 27 or 28 December by weekday).
    ChristmasFloater => "christmas-floater",
    /// Alberta government offices' Christmas closure days (not paid holidays, but closed).
    ChristmasClosure => "christmas-closure",
    /// 31 December (Quebec public service).
    NewYearsEve => "new-years-eve",
}

/// One holiday of a year: its calendar date and the day offices close for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Observed {
    pub holiday: Holiday,
    /// The holiday's own date (days since 1970-01-01).
    pub date: i64,
    /// The working day offices are closed for it (days since 1970-01-01); the same as
    /// `date` unless the holiday falls on a weekend or on another holiday's closure. It
    /// may be in the next (or, in Quebec, the previous) year.
    pub observed: i64,
}

/// How a government moves a holiday that falls on a Saturday or Sunday.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shift {
    /// To the next working day.
    Next,
    /// Saturday to the Friday before (if free), Sunday to the next working day.
    Quebec,
}

/// Weekday numbers of [`weekday_from_days`].
const MONDAY: u8 = 0;
const SATURDAY: u8 = 5;
const SUNDAY: u8 = 6;

/// Easter Sunday of `year` in the Gregorian calendar (days since 1970-01-01).
///
/// The computus as tables reduce it to arithmetic: the year's place in the 19-year lunar
/// cycle gives the epact, corrected for the century's skipped leap years (solar
/// correction) and the drift of the lunar cycle (lunar correction); the Paschal full moon
/// is the first ecclesiastical full moon on or after 21 March, and Easter the Sunday after
/// it. Valid for every Gregorian year (from 1583).
///
/// ```
/// use guichet::domain::holidays::easter;
/// use guichet::domain::tz::days_from_civil;
/// assert_eq!(easter(2025), days_from_civil(2025, 4, 20));
/// ```
pub fn easter(year: i32) -> i64 {
    easter_of(i64::from(year))
}

/// [`easter`] for a year as `i64`.
fn easter_of(y: i64) -> i64 {
    let golden = y.rem_euclid(19); // 0-based golden number
    let century = y.div_euclid(100);
    // Solar correction: the century leap days the Gregorian calendar skips (every century
    // year but one in four) move the calendar against the Moon.
    let solar = century - century.div_euclid(4);
    // Lunar correction: 19 Julian years exceed 235 lunations by about an hour and a half,
    // a day every 312.5 years (eight days in 2,500 years).
    let lunar = (8 * century + 13).div_euclid(25);
    // Days from 21 March to the Paschal full moon (0–29), before the two exceptions.
    let mut moon = (19 * golden + 15 + solar - lunar).rem_euclid(30);
    // A full moon on 19 April (29 days) is taken as 18 April, and one on 18 April in
    // a year whose golden number is above 11 as 17 April, so that Easter never falls
    // after 25 April and the cycle never repeats a date within 19 years.
    if moon == 29 || (moon == 28 && golden > 10) {
        moon -= 1;
    }
    let full_moon = days_from_civil(y, 3, 21) + moon;
    // The Sunday strictly after the full moon.
    full_moon + 7 - i64::from((weekday_from_days(full_moon) + 1) % 7)
}

/// The `n`-th (1-based) `weekday` of `month`.
fn nth_weekday(year: i64, month: u8, weekday: u8, n: i64) -> i64 {
    let first = days_from_civil(year, month, 1);
    first + i64::from((weekday + 7 - weekday_from_days(first)) % 7) + 7 * (n - 1)
}

/// The last `weekday` on or before `month`/`day`.
fn on_or_before(year: i64, month: u8, day: u8, weekday: u8) -> i64 {
    on_or_before_day(days_from_civil(year, month, day), weekday)
}

/// The last `weekday` on or before day `d`.
fn on_or_before_day(d: i64, weekday: u8) -> i64 {
    d - i64::from((weekday_from_days(d) + 7 - weekday) % 7)
}

/// The Monday nearest `month`/`day` (the date itself when it is a Monday).
fn nearest_monday(year: i64, month: u8, day: u8) -> i64 {
    let d = days_from_civil(year, month, day);
    let since_monday = i64::from(weekday_from_days(d)); // 0 = Monday
    if since_monday <= 3 {
        d - since_monday
    } else {
        d + 7 - since_monday
    }
}

impl Holiday {
    /// Its date in `year` under `calendar`'s rule. The Alberta Christmas days are placed
    /// by [`fixed_days`], not here.
    fn date(self, calendar: Calendar, year: i64) -> i64 {
        let fixed = |m, d| days_from_civil(year, m, d);
        let easter_day = || easter_of(year);
        match self {
            Holiday::NewYear => fixed(1, 1),
            Holiday::DayAfterNewYear => fixed(1, 2),
            Holiday::YukonHeritageDay => {
                // The last day of February, back to a Sunday, then two days back.
                let last_of_february = days_from_civil(year, 3, 1) - 1;
                on_or_before_day(last_of_february, SUNDAY) - 2
            }
            Holiday::FamilyDay if calendar == Calendar::Provincial(Province::BC) && year < 2019 => {
                nth_weekday(year, 2, MONDAY, 2)
            }
            Holiday::FamilyDay | Holiday::IslanderDay | Holiday::LouisRielDay | Holiday::HeritageDay => {
                nth_weekday(year, 2, MONDAY, 3)
            }
            Holiday::StPatricksDay => nearest_monday(year, 3, 17),
            Holiday::GoodFriday => easter_day() - 2,
            Holiday::EasterMonday => easter_day() + 1,
            Holiday::StGeorgesDay => nearest_monday(year, 4, 23),
            Holiday::VictoriaDay | Holiday::NationalPatriotsDay => on_or_before(year, 5, 24, MONDAY),
            Holiday::NationalIndigenousPeoplesDay => fixed(6, 21),
            Holiday::JuneHoliday => nearest_monday(year, 6, 24),
            Holiday::StJeanBaptiste => fixed(6, 24),
            Holiday::CanadaDay | Holiday::MemorialDay => fixed(7, 1),
            Holiday::NunavutDay => fixed(7, 9),
            Holiday::OrangemensDay => nearest_monday(year, 7, 12),
            Holiday::CivicHoliday
            | Holiday::NewBrunswickDay
            | Holiday::BritishColumbiaDay
            | Holiday::SaskatchewanDay
            | Holiday::NatalDay => nth_weekday(year, 8, MONDAY, 1),
            Holiday::DiscoveryDay => nth_weekday(year, 8, MONDAY, 3),
            Holiday::LabourDay => nth_weekday(year, 9, MONDAY, 1),
            Holiday::TruthReconciliation => fixed(9, 30),
            Holiday::Thanksgiving => nth_weekday(year, 10, MONDAY, 2),
            Holiday::RemembranceDay => fixed(11, 11),
            Holiday::ChristmasEve => fixed(12, 24),
            Holiday::Christmas | Holiday::ChristmasFloater | Holiday::ChristmasClosure => fixed(12, 25),
            Holiday::BoxingDay => fixed(12, 26),
            Holiday::NewYearsEve => fixed(12, 31),
        }
    }
}

/// First year of a holiday that has no start year here.
const ALWAYS: i32 = i32::MIN;
/// First National Day for Truth and Reconciliation (federal Act of June 2021).
const NDTR: i32 = 2021;

/// The holidays of a calendar, in date order, each with its first year, and how weekend
/// holidays move. Sources and approximations: ARCHITECTURE.md, "Statutory holidays".
fn calendar_days(calendar: Calendar) -> (Vec<(Holiday, i32)>, Shift) {
    use Holiday::*;
    use Province::*;
    let spring = [(GoodFriday, ALWAYS), (EasterMonday, ALWAYS), (VictoriaDay, ALWAYS), (CanadaDay, ALWAYS)];
    let autumn = [(LabourDay, ALWAYS), (TruthReconciliation, NDTR), (Thanksgiving, ALWAYS), (RemembranceDay, ALWAYS)];
    let christmas = [(Christmas, ALWAYS), (BoxingDay, ALWAYS)];
    // A typical provincial list: New Year's Day, a February day, Easter to Canada Day, an
    // August day, Labour Day to Remembrance Day (Truth and Reconciliation from `ndtr`, or
    // never), Christmas and Boxing Day.
    let typical = |february: Option<(Holiday, i32)>, august: Holiday, ndtr: Option<i32>| {
        let mut days = vec![(NewYear, ALWAYS)];
        days.extend(february);
        days.extend(spring);
        days.push((august, ALWAYS));
        days.extend(autumn.into_iter().filter(|(h, _)| *h != TruthReconciliation));
        if let Some(start) = ndtr {
            days.push((TruthReconciliation, start));
        }
        days.extend(christmas);
        days
    };
    let mut shift = Shift::Next;
    let days = match calendar {
        Calendar::Federal(p) => {
            let provincial_day = match p {
                QC => StJeanBaptiste,
                YT => DiscoveryDay,
                _ => CivicHoliday,
            };
            let mut days = vec![(NewYear, ALWAYS)];
            days.extend(spring);
            days.push((provincial_day, ALWAYS));
            days.extend(autumn);
            days.extend(christmas);
            days
        }
        Calendar::Provincial(ON) => typical(Some((FamilyDay, 2008)), CivicHoliday, Some(2023)),
        Calendar::Provincial(QC) => {
            shift = Shift::Quebec;
            vec![
                (NewYear, ALWAYS),
                (DayAfterNewYear, ALWAYS),
                (GoodFriday, ALWAYS),
                (EasterMonday, ALWAYS),
                (NationalPatriotsDay, ALWAYS),
                (StJeanBaptiste, ALWAYS),
                (CanadaDay, ALWAYS),
                (LabourDay, ALWAYS),
                (Thanksgiving, ALWAYS),
                (ChristmasEve, ALWAYS),
                (Christmas, ALWAYS),
                (BoxingDay, ALWAYS),
                (NewYearsEve, ALWAYS),
            ]
        }
        Calendar::Provincial(NB) => typical(Some((FamilyDay, 2018)), NewBrunswickDay, Some(2022)),
        Calendar::Provincial(NS) => typical(Some((HeritageDay, 2015)), NatalDay, Some(NDTR)),
        Calendar::Provincial(PE) => typical(Some((IslanderDay, 2009)), CivicHoliday, Some(NDTR)),
        Calendar::Provincial(MB) => typical(Some((LouisRielDay, 2008)), CivicHoliday, Some(NDTR)),
        Calendar::Provincial(SK) => typical(Some((FamilyDay, 2007)), SaskatchewanDay, None),
        Calendar::Provincial(AB) => typical(Some((FamilyDay, 1990)), CivicHoliday, None),
        Calendar::Provincial(BC) => typical(Some((FamilyDay, 2013)), BritishColumbiaDay, Some(NDTR)),
        Calendar::Provincial(NL) => vec![
            (NewYear, ALWAYS),
            (StPatricksDay, ALWAYS),
            (GoodFriday, ALWAYS),
            (StGeorgesDay, ALWAYS),
            (VictoriaDay, ALWAYS),
            (JuneHoliday, ALWAYS),
            (MemorialDay, ALWAYS),
            (OrangemensDay, ALWAYS),
            (LabourDay, ALWAYS),
            (TruthReconciliation, NDTR),
            (Thanksgiving, ALWAYS),
            (RemembranceDay, ALWAYS),
            (Christmas, ALWAYS),
            (BoxingDay, ALWAYS),
        ],
        Calendar::Provincial(YT) => {
            let mut days = typical(Some((YukonHeritageDay, ALWAYS)), DiscoveryDay, Some(NDTR));
            days.push((NationalIndigenousPeoplesDay, 2017));
            days
        }
        Calendar::Provincial(NT) => {
            let mut days = typical(None, CivicHoliday, Some(NDTR));
            days.push((NationalIndigenousPeoplesDay, 2001));
            days
        }
        Calendar::Provincial(NU) => {
            let mut days = typical(None, CivicHoliday, Some(NDTR));
            days.push((NunavutDay, 2001));
            days
        }
    };
    (days, shift)
}

/// Closure days that never move, placed before the others: Alberta's Christmas floater
/// and Christmas closure (Paid holidays and Christmas closure directives), New Brunswick's
/// Christmas Eve when Christmas is a Tuesday (GNB holiday policy). All are weekdays.
fn fixed_days(calendar: Calendar, year: i64) -> Vec<(Holiday, i64)> {
    let christmas = days_from_civil(year, 12, 25);
    let dec = |d: u8| days_from_civil(year, 12, d);
    // 0 = Monday … 6 = Sunday.
    let weekday = weekday_from_days(christmas);
    match calendar {
        Calendar::Provincial(Province::AB) => {
            let floater = match weekday {
                0 | 2 => dec(27),
                6 => dec(28),
                _ => dec(24),
            };
            let closure: &[u8] = match weekday {
                6 => &[29, 30],
                0 => &[28, 29],
                1 => &[27, 28, 31],
                2 => &[24, 30, 31],
                _ => &[29, 30, 31],
            };
            let mut days = vec![(Holiday::ChristmasFloater, floater)];
            days.extend(closure.iter().map(|&d| (Holiday::ChristmasClosure, dec(d))));
            days
        }
        Calendar::Provincial(Province::NB) if weekday == 1 => vec![(Holiday::ChristmasEve, dec(24))],
        _ => Vec::new(),
    }
}

/// Whether `day` is a Saturday or Sunday.
fn weekend(day: i64) -> bool {
    weekday_from_days(day) >= SATURDAY
}

/// Where a holiday on `date` closes offices, given the days already `taken`.
fn place(date: i64, shift: Shift, taken: &[i64]) -> i64 {
    let free = |d: i64| !weekend(d) && !taken.contains(&d);
    if free(date) {
        return date;
    }
    if shift == Shift::Quebec && weekday_from_days(date) == SATURDAY && free(date - 1) {
        return date - 1;
    }
    let mut d = date + 1;
    while !free(d) {
        d += 1;
    }
    d
}

/// Every holiday of `calendar` whose date is in `year`, in the order offices close for
/// them, with the day they close. Holidays of the years before and after are placed too
/// (a Saturday 31 December in Quebec, a Sunday New Year's Day), so that a year's
/// closures never collide with its neighbours'.
///
/// ```
/// use guichet::domain::holidays::{holidays, Calendar, Holiday};
/// use guichet::domain::model::Province;
/// use guichet::domain::tz::days_from_civil;
/// // Canada Day 2029 is a Sunday: federal offices close on Monday 2 July.
/// let canada_day = holidays(Calendar::Federal(Province::ON), 2029)
///     .into_iter()
///     .find(|o| o.holiday == Holiday::CanadaDay)
///     .unwrap();
/// assert_eq!(canada_day.observed, days_from_civil(2029, 7, 2));
/// ```
pub fn holidays(calendar: Calendar, year: i32) -> Vec<Observed> {
    let year = i64::from(year);
    let (days, shift) = calendar_days(calendar);
    let mut fixed = Vec::new();
    let mut movable = Vec::new();
    for y in year - 1..=year + 1 {
        fixed.extend(fixed_days(calendar, y));
        for (order, &(holiday, since)) in days.iter().enumerate() {
            if y >= i64::from(since) {
                movable.push((holiday.date(calendar, y), order, holiday));
            }
        }
    }
    movable.sort_unstable();
    let mut taken: Vec<i64> = fixed.iter().map(|&(_, d)| d).collect();
    let mut out: Vec<Observed> =
        fixed.into_iter().map(|(holiday, date)| Observed { holiday, date, observed: date }).collect();
    for (date, _, holiday) in movable {
        let observed = place(date, shift, &taken);
        taken.push(observed);
        out.push(Observed { holiday, date, observed });
    }
    out.retain(|o| civil_from_days(o.date).0 == year);
    out.sort_unstable_by_key(|o| (o.observed, o.date));
    out
}

/// The holiday `calendar`'s offices are closed for on `day`, if any.
///
/// ```
/// use guichet::domain::holidays::{closed_for, Calendar, Holiday};
/// use guichet::domain::model::Province;
/// use guichet::domain::tz::days_from_civil;
/// let fete_nationale = days_from_civil(2026, 6, 24);
/// assert_eq!(closed_for(Calendar::Federal(Province::QC), fete_nationale), Some(Holiday::StJeanBaptiste));
/// assert_eq!(closed_for(Calendar::Federal(Province::ON), fete_nationale), None);
/// ```
pub fn closed_for(calendar: Calendar, day: i64) -> Option<Holiday> {
    if weekend(day) {
        return None;
    }
    let year = civil_from_days(day).0;
    // A closure can belong to the year before (New Year's Eve moved into January) or
    // after (New Year's Day on a Saturday moved back, in Quebec).
    (year - 1..=year + 1).flat_map(|y| holidays(calendar, y as i32)).find(|o| o.observed == day).map(|o| o.holiday)
}

#[cfg(test)]
mod tests {
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
        assert_eq!(
            december,
            vec![(ChristmasEve, 12, 23), (Christmas, 12, 26), (BoxingDay, 12, 27), (NewYearsEve, 12, 30)]
        );
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
    fn ids_are_unique_and_message_ids_follow() {
        let mut ids: Vec<_> = Holiday::ALL.iter().map(|h| h.id()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), Holiday::ALL.len());
        for h in Holiday::ALL {
            assert_eq!(h.message_id(), format!("holiday-{}", h.id()));
        }
        assert_eq!(Calendar::all().count(), 26);
    }

    #[test]
    fn every_holiday_is_named_in_both_languages() {
        use crate::i18n::{Locale, Translator};
        let t = Translator::new();
        for locale in [Locale::En, Locale::Fr] {
            for h in Holiday::ALL {
                assert!(t.has(locale, h.message_id()), "{locale:?} {}", h.message_id());
            }
        }
        let why = |locale, h: Holiday| {
            let name = t.tr(locale, h.message_id(), &[]);
            t.tr(locale, "hours-closed-holiday", &[("holiday", name.as_str().into())])
        };
        assert_eq!(why(Locale::En, CanadaDay), "Closed today: Canada Day");
        assert_eq!(why(Locale::Fr, CanadaDay), "Fermé aujourd’hui\u{a0}: fête du Canada");
    }

    #[test]
    fn every_holiday_appears_in_some_calendar() {
        for h in Holiday::ALL {
            assert!(
                Calendar::all().any(|c| (2024..2032).any(|y| holidays(c, y).iter().any(|o| o.holiday == *h))),
                "{h:?}"
            );
        }
    }

    fn seeded(cases: u32) -> Config {
        Config {
            cases,
            rng_seed: RngSeed::Fixed(0x686f_6c69_6461_7973),
            failure_persistence: None,
            ..Config::default()
        }
    }

    proptest! {
        #![proptest_config(seeded(400))]

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
}
