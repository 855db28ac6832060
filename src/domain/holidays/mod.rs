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
use super::tz::{civil_from_days, days_from_civil, weekday_from_days};
use super::vocab::{Level, Province};

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

/// A holiday (or closure day) some Canadian government observes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Holiday {
    /// 1 January.
    NewYear,
    /// 2 January (Quebec public service).
    DayAfterNewYear,
    /// Friday before the last Sunday of February (Yukon government).
    YukonHeritageDay,
    /// 3rd Monday of February (AB, BC, NB, ON, SK; BC: 2nd Monday 2013–2018).
    FamilyDay,
    /// 3rd Monday of February (Prince Edward Island).
    IslanderDay,
    /// 3rd Monday of February (Manitoba).
    LouisRielDay,
    /// 3rd Monday of February (Nova Scotia).
    HeritageDay,
    /// Monday nearest 17 March (Newfoundland and Labrador government).
    StPatricksDay,
    /// Easter − 2 days.
    GoodFriday,
    /// Easter + 1 day.
    EasterMonday,
    /// Monday nearest 23 April (Newfoundland and Labrador government).
    StGeorgesDay,
    /// Monday before 25 May.
    VictoriaDay,
    /// Monday before 25 May (Quebec).
    NationalPatriotsDay,
    /// 21 June (Northwest Territories, Yukon).
    NationalIndigenousPeoplesDay,
    /// Monday nearest 24 June (Newfoundland and Labrador government; formerly Discovery Day).
    JuneHoliday,
    /// 24 June (Quebec; federal offices in Quebec).
    StJeanBaptiste,
    /// 1 July.
    CanadaDay,
    /// 1 July (Newfoundland and Labrador government).
    MemorialDay,
    /// 9 July (Nunavut).
    NunavutDay,
    /// Monday nearest 12 July (Newfoundland and Labrador government).
    OrangemensDay,
    /// 1st Monday of August.
    CivicHoliday,
    /// 1st Monday of August (New Brunswick).
    NewBrunswickDay,
    /// 1st Monday of August (British Columbia).
    BritishColumbiaDay,
    /// 1st Monday of August (Saskatchewan).
    SaskatchewanDay,
    /// 1st Monday of August (Nova Scotia).
    NatalDay,
    /// 3rd Monday of August (Yukon; federal offices in Yukon).
    DiscoveryDay,
    /// 1st Monday of September.
    LabourDay,
    /// 30 September, from 2021.
    TruthReconciliation,
    /// 2nd Monday of October.
    Thanksgiving,
    /// 11 November.
    RemembranceDay,
    /// 24 December (Quebec public service; New Brunswick when Christmas is a Tuesday).
    ChristmasEve,
    /// 25 December.
    Christmas,
    /// 26 December.
    BoxingDay,
    /// Alberta's paid holiday near Christmas (24, 27 or 28 December by weekday).
    ChristmasFloater,
    /// Alberta government offices' Christmas closure days (not paid holidays, but closed).
    ChristmasClosure,
    /// 31 December (Quebec public service).
    NewYearsEve,
}

impl Holiday {
    /// Every holiday, in calendar order.
    pub const ALL: &'static [Holiday] = &[
        Holiday::NewYear,
        Holiday::DayAfterNewYear,
        Holiday::YukonHeritageDay,
        Holiday::FamilyDay,
        Holiday::IslanderDay,
        Holiday::LouisRielDay,
        Holiday::HeritageDay,
        Holiday::StPatricksDay,
        Holiday::GoodFriday,
        Holiday::EasterMonday,
        Holiday::StGeorgesDay,
        Holiday::VictoriaDay,
        Holiday::NationalPatriotsDay,
        Holiday::NationalIndigenousPeoplesDay,
        Holiday::JuneHoliday,
        Holiday::StJeanBaptiste,
        Holiday::CanadaDay,
        Holiday::MemorialDay,
        Holiday::NunavutDay,
        Holiday::OrangemensDay,
        Holiday::CivicHoliday,
        Holiday::NewBrunswickDay,
        Holiday::BritishColumbiaDay,
        Holiday::SaskatchewanDay,
        Holiday::NatalDay,
        Holiday::DiscoveryDay,
        Holiday::LabourDay,
        Holiday::TruthReconciliation,
        Holiday::Thanksgiving,
        Holiday::RemembranceDay,
        Holiday::ChristmasEve,
        Holiday::Christmas,
        Holiday::BoxingDay,
        Holiday::ChristmasFloater,
        Holiday::ChristmasClosure,
        Holiday::NewYearsEve,
    ];

    /// Stable id, e.g. `"canada-day"` (its message, in `app::labels`, is `holiday-<id>`).
    pub const fn id(self) -> &'static str {
        match self {
            Holiday::NewYear => "new-year",
            Holiday::DayAfterNewYear => "day-after-new-year",
            Holiday::YukonHeritageDay => "yukon-heritage-day",
            Holiday::FamilyDay => "family-day",
            Holiday::IslanderDay => "islander-day",
            Holiday::LouisRielDay => "louis-riel-day",
            Holiday::HeritageDay => "heritage-day",
            Holiday::StPatricksDay => "st-patricks-day",
            Holiday::GoodFriday => "good-friday",
            Holiday::EasterMonday => "easter-monday",
            Holiday::StGeorgesDay => "st-georges-day",
            Holiday::VictoriaDay => "victoria-day",
            Holiday::NationalPatriotsDay => "national-patriots-day",
            Holiday::NationalIndigenousPeoplesDay => "national-indigenous-peoples-day",
            Holiday::JuneHoliday => "june-holiday",
            Holiday::StJeanBaptiste => "st-jean-baptiste",
            Holiday::CanadaDay => "canada-day",
            Holiday::MemorialDay => "memorial-day",
            Holiday::NunavutDay => "nunavut-day",
            Holiday::OrangemensDay => "orangemens-day",
            Holiday::CivicHoliday => "civic-holiday",
            Holiday::NewBrunswickDay => "new-brunswick-day",
            Holiday::BritishColumbiaDay => "british-columbia-day",
            Holiday::SaskatchewanDay => "saskatchewan-day",
            Holiday::NatalDay => "natal-day",
            Holiday::DiscoveryDay => "discovery-day",
            Holiday::LabourDay => "labour-day",
            Holiday::TruthReconciliation => "truth-reconciliation",
            Holiday::Thanksgiving => "thanksgiving",
            Holiday::RemembranceDay => "remembrance-day",
            Holiday::ChristmasEve => "christmas-eve",
            Holiday::Christmas => "christmas",
            Holiday::BoxingDay => "boxing-day",
            Holiday::ChristmasFloater => "christmas-floater",
            Holiday::ChristmasClosure => "christmas-closure",
            Holiday::NewYearsEve => "new-years-eve",
        }
    }
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
mod tests;
