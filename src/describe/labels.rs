//! Message ids of domain enums (one place, so every enum value has a string).
use crate::domain::facts::{Parking, PassportLevel};
use crate::domain::filter::{Sign, Wheelchair};
use crate::domain::holidays::Holiday;
use crate::domain::model::{Category, Caveat, GeocodeMethod, Languages, Level, PointKind};

pub fn level(l: Level) -> &'static str {
    match l {
        Level::Federal => "level-federal",
        Level::Provincial => "level-provincial",
        Level::Territorial => "level-territorial",
        Level::Municipal => "level-municipal",
    }
}

pub fn category(c: Category) -> &'static str {
    match c {
        Category::Benefits => "category-benefits",
        Category::Passports => "category-passports",
        Category::Identity => "category-identity",
        Category::Driving => "category-driving",
        Category::Employment => "category-employment",
        Category::Taxes => "category-taxes",
        Category::Justice => "category-justice",
        Category::Business => "category-business",
        Category::Municipal => "category-municipal",
        Category::Health => "category-health",
        Category::General => "category-general",
        Category::Library => "category-library",
        Category::Biometrics => "category-biometrics",
    }
}

pub fn kind(k: PointKind) -> &'static str {
    match k {
        PointKind::ServiceCentre => "kind-service-centre",
        PointKind::ServiceCentrePassport => "kind-service-centre-passport",
        PointKind::PassportOffice => "kind-passport-office",
        PointKind::Outreach => "kind-outreach",
        PointKind::Partner => "kind-partner",
        PointKind::CityHall => "kind-city-hall",
        PointKind::MunicipalOffice => "kind-municipal-office",
        PointKind::Court => "kind-court",
        PointKind::EmploymentCentre => "kind-employment-centre",
        PointKind::TaxOffice => "kind-tax-office",
        PointKind::RegistryOffice => "kind-registry-office",
        PointKind::HealthCentre => "kind-health-centre",
        PointKind::Library => "kind-library",
        PointKind::Archives => "kind-archives",
    }
}

pub fn caveat(c: Caveat) -> &'static str {
    match c {
        Caveat::HistoricalAddress => "caveat-historical-address",
        Caveat::TestFixture => "caveat-test-fixture",
        Caveat::TemporaryServices => "caveat-temporary-services",
        Caveat::PartTime => "caveat-part-time",
    }
}

pub fn languages(l: Languages) -> Option<&'static str> {
    match (l.en, l.fr) {
        (true, true) => Some("language-both"),
        (true, false) => Some("language-en"),
        (false, true) => Some("language-fr"),
        (false, false) => None,
    }
}

pub fn position(m: GeocodeMethod) -> &'static str {
    match m {
        GeocodeMethod::Source => "office-position-source",
        GeocodeMethod::PostalCode => "office-position-postal",
        GeocodeMethod::Fsa => "office-position-fsa",
        GeocodeMethod::Community => "office-position-community",
        GeocodeMethod::None => "office-position-none",
    }
}

pub fn day(weekday: u8) -> &'static str {
    ["day-0", "day-1", "day-2", "day-3", "day-4", "day-5", "day-6"][usize::from(weekday % 7)]
}

/// The message naming a statutory holiday.
pub fn holiday(h: Holiday) -> &'static str {
    match h {
        Holiday::NewYear => "holiday-new-year",
        Holiday::DayAfterNewYear => "holiday-day-after-new-year",
        Holiday::YukonHeritageDay => "holiday-yukon-heritage-day",
        Holiday::FamilyDay => "holiday-family-day",
        Holiday::IslanderDay => "holiday-islander-day",
        Holiday::LouisRielDay => "holiday-louis-riel-day",
        Holiday::HeritageDay => "holiday-heritage-day",
        Holiday::StPatricksDay => "holiday-st-patricks-day",
        Holiday::GoodFriday => "holiday-good-friday",
        Holiday::EasterMonday => "holiday-easter-monday",
        Holiday::StGeorgesDay => "holiday-st-georges-day",
        Holiday::VictoriaDay => "holiday-victoria-day",
        Holiday::NationalPatriotsDay => "holiday-national-patriots-day",
        Holiday::NationalIndigenousPeoplesDay => "holiday-national-indigenous-peoples-day",
        Holiday::JuneHoliday => "holiday-june-holiday",
        Holiday::StJeanBaptiste => "holiday-st-jean-baptiste",
        Holiday::CanadaDay => "holiday-canada-day",
        Holiday::MemorialDay => "holiday-memorial-day",
        Holiday::NunavutDay => "holiday-nunavut-day",
        Holiday::OrangemensDay => "holiday-orangemens-day",
        Holiday::CivicHoliday => "holiday-civic-holiday",
        Holiday::NewBrunswickDay => "holiday-new-brunswick-day",
        Holiday::BritishColumbiaDay => "holiday-british-columbia-day",
        Holiday::SaskatchewanDay => "holiday-saskatchewan-day",
        Holiday::NatalDay => "holiday-natal-day",
        Holiday::DiscoveryDay => "holiday-discovery-day",
        Holiday::LabourDay => "holiday-labour-day",
        Holiday::TruthReconciliation => "holiday-truth-reconciliation",
        Holiday::Thanksgiving => "holiday-thanksgiving",
        Holiday::RemembranceDay => "holiday-remembrance-day",
        Holiday::ChristmasEve => "holiday-christmas-eve",
        Holiday::Christmas => "holiday-christmas",
        Holiday::BoxingDay => "holiday-boxing-day",
        Holiday::ChristmasFloater => "holiday-christmas-floater",
        Holiday::ChristmasClosure => "holiday-christmas-closure",
        Holiday::NewYearsEve => "holiday-new-years-eve",
    }
}

/// An option of the wheelchair filter.
pub fn wheelchair(w: Wheelchair) -> &'static str {
    match w {
        Wheelchair::Accessible => "filter-wheelchair-yes",
        Wheelchair::NotReported => "filter-not-reported",
    }
}

/// An option of the sign-language filter.
pub fn sign(s: Sign) -> &'static str {
    match s {
        Sign::Asl => "filter-sign-asl",
        Sign::Lsq => "filter-sign-lsq",
        Sign::NotReported => "filter-not-reported",
    }
}

/// An option of the parking filter.
pub fn parking(p: Parking) -> &'static str {
    match p {
        Parking::Free => "filter-parking-free",
        Parking::Paid => "filter-parking-paid",
        Parking::NotReported => "filter-not-reported",
    }
}

/// An option of the passport-level filter.
pub fn passport_level(l: PassportLevel) -> &'static str {
    match l {
        PassportLevel::Mail => "filter-passport-mail",
        PassportLevel::Pickup => "filter-passport-pickup",
        PassportLevel::Express => "filter-passport-express",
        PassportLevel::Urgent => "filter-passport-urgent",
    }
}
