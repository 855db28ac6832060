//! The data model shared by the pipeline (which writes it) and the app (which reads it).
//!
//! Aligned with Open Referral HSDS 3 (organization, service, location,
//! service_at_location, schedule, phone, language, accessibility), collapsed for a finder:
//! a [`Network`] is an HSDS organization with its service channels; a [`Point`] is an HSDS
//! location together with its service_at_location rows (its [`Categories`]), schedule,
//! phone and languages. HSDS has no bilingual fields: every human text is a [`Text`] pair
//! whose missing side stays `None` (never machine-translated).
use serde::{Deserialize, Serialize};

use super::collaboration::Collaboration;
use super::facts::{Access, Closure, Note, PassportServices};
use super::geo::LatLon;
use super::hours::Hours;
use super::tz::TimeZone;
// The words every layer speaks, defined below the model (time zones and hours use them).
pub use super::vocab::{Level, Province, Text};
use crate::i18n::Locale;

/// Bundle schema version: bumped on any incompatible change of these types. The app
/// refuses a bundle whose manifest names another schema. 3: remote postal areas
/// (issue 19); 4: `Point::collaboration` (issue 21).
pub const SCHEMA_VERSION: u32 = 4;

/// How a point's position was found, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum GeocodeMethod {
    /// Coordinates given by the source for this very record (surveyed or address-geocoded).
    Source,
    /// The point of its full postal code (GeoNames).
    PostalCode,
    /// The centroid of its forward sortation area (first three characters).
    Fsa,
    /// The position of its community (gazetteer): only the community is known.
    Community,
    /// No position: listed by community only.
    None,
}

/// How far a geocoded position can be trusted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    /// Within about 100 m (source coordinates, urban full postal code).
    High,
    /// Within a few km (rural postal code, small-community centroid).
    Medium,
    /// Community- or region-level (large FSA, city centroid for an office in that city).
    Low,
    /// No position.
    None,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Geocode {
    pub method: GeocodeMethod,
    pub confidence: Confidence,
}

impl Geocode {
    pub const NONE: Geocode = Geocode { method: GeocodeMethod::None, confidence: Confidence::None };

    /// True when the position stands for the community (or FSA), not the building: the UI
    /// says "approximate location" and the map draws it differently.
    pub fn is_approximate(self) -> bool {
        matches!(self.method, GeocodeMethod::Fsa | GeocodeMethod::Community) || self.confidence == Confidence::Low
    }
}

/// Languages in which service is offered. Both false: unknown (the source does not say).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Languages {
    pub en: bool,
    pub fr: bool,
}

impl Languages {
    pub const UNKNOWN: Languages = Languages { en: false, fr: false };
    pub const EN: Languages = Languages { en: true, fr: false };
    pub const FR: Languages = Languages { en: false, fr: true };
    pub const BOTH: Languages = Languages { en: true, fr: true };

    pub fn is_known(self) -> bool {
        self.en || self.fr
    }
}

/// What a point helps with, derived from the source's type of office. A bit set.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Categories(pub u16);

/// One service category.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    /// Employment Insurance, pensions (CPP, OAS), benefits and social assistance.
    Benefits,
    /// Passports and travel documents.
    Passports,
    /// Identity and vital records: SIN, birth and marriage certificates, health cards.
    Identity,
    /// Driver's licences, vehicle registration and permits.
    Driving,
    /// Job search, training and employment programs.
    Employment,
    /// Taxes and revenue.
    Taxes,
    /// Courts and justice services.
    Justice,
    /// Business registration and permits.
    Business,
    /// Municipal services: city hall, permits, taxes, complaints.
    Municipal,
    /// Health services.
    Health,
    /// General government information and many services under one roof.
    General,
    /// Public libraries and archives (optional layer).
    Library,
    /// Biometrics collection (fingerprints and photo) for immigration applications.
    Biometrics,
}

impl Category {
    pub const ALL: [Category; 13] = [
        Category::Benefits,
        Category::Passports,
        Category::Identity,
        Category::Driving,
        Category::Employment,
        Category::Taxes,
        Category::Justice,
        Category::Business,
        Category::Municipal,
        Category::Health,
        Category::General,
        Category::Library,
        Category::Biometrics,
    ];

    pub const fn id(self) -> &'static str {
        match self {
            Category::Benefits => "benefits",
            Category::Passports => "passports",
            Category::Identity => "identity",
            Category::Driving => "driving",
            Category::Employment => "employment",
            Category::Taxes => "taxes",
            Category::Justice => "justice",
            Category::Business => "business",
            Category::Municipal => "municipal",
            Category::Health => "health",
            Category::General => "general",
            Category::Library => "library",
            Category::Biometrics => "biometrics",
        }
    }

    pub fn from_id(s: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.id().eq_ignore_ascii_case(s.trim()))
    }

    const fn bit(self) -> u16 {
        1 << (self as u16)
    }
}

impl Categories {
    pub const NONE: Categories = Categories(0);

    pub fn of(list: &[Category]) -> Categories {
        Categories(list.iter().fold(0, |acc, c| acc | c.bit()))
    }
    pub fn contains(self, c: Category) -> bool {
        self.0 & c.bit() != 0
    }
    pub fn insert(&mut self, c: Category) {
        self.0 |= c.bit();
    }
    pub fn union(self, other: Categories) -> Categories {
        Categories(self.0 | other.0)
    }
    pub fn iter(self) -> impl Iterator<Item = Category> {
        Category::ALL.into_iter().filter(move |c| self.contains(*c))
    }
}

/// What kind of office a point is (displayed; categories drive filtering).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PointKind {
    /// A full-time service centre of its network.
    ServiceCentre,
    /// A service centre that also issues passports.
    ServiceCentrePassport,
    /// A passport office.
    PassportOffice,
    /// Staff visit on a schedule (outreach site).
    Outreach,
    /// Another organization delivers the network's services (service delivery partner).
    Partner,
    /// City hall or borough hall.
    CityHall,
    /// Municipal service office (permits, citizen services).
    MunicipalOffice,
    /// Court house or court office.
    Court,
    /// Employment centre.
    EmploymentCentre,
    /// Revenue or tax office.
    TaxOffice,
    /// Vehicle and driver registration office.
    RegistryOffice,
    /// Local health and social services centre.
    HealthCentre,
    /// Public library.
    Library,
    /// Archives.
    Archives,
}

impl PointKind {
    pub const fn id(self) -> &'static str {
        match self {
            PointKind::ServiceCentre => "service-centre",
            PointKind::ServiceCentrePassport => "service-centre-passport",
            PointKind::PassportOffice => "passport-office",
            PointKind::Outreach => "outreach",
            PointKind::Partner => "partner",
            PointKind::CityHall => "city-hall",
            PointKind::MunicipalOffice => "municipal-office",
            PointKind::Court => "court",
            PointKind::EmploymentCentre => "employment-centre",
            PointKind::TaxOffice => "tax-office",
            PointKind::RegistryOffice => "registry-office",
            PointKind::HealthCentre => "health-centre",
            PointKind::Library => "library",
            PointKind::Archives => "archives",
        }
    }
}

/// Caveats the source attaches to a record, shown to the citizen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Caveat {
    /// The address comes from an old source (news release...): check before going.
    HistoricalAddress,
    /// The record comes from test data of an official repository.
    TestFixture,
    /// The service list is a temporary one (e.g. during COVID-19).
    TemporaryServices,
    /// The office is open part-time or on some days only.
    PartTime,
}

impl Caveat {
    pub const fn id(self) -> &'static str {
        match self {
            Caveat::HistoricalAddress => "historical-address",
            Caveat::TestFixture => "test-fixture",
            Caveat::TemporaryServices => "temporary-services",
            Caveat::PartTime => "part-time",
        }
    }
}

/// A postal address as the source gives it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Address {
    /// Street line(s), e.g. "32525 Simon Avenue, Suite 100".
    #[serde(default)]
    pub street: Option<String>,
    /// Municipality of the address.
    #[serde(default)]
    pub city: Option<String>,
    /// Normalised "A1A 1A1".
    #[serde(default)]
    pub postal_code: Option<String>,
    /// The street line as the source writes it in French, where it gives both ("100,
    /// voie Hebron"); `street` is then the English one.
    #[serde(default)]
    pub street_fr: Option<String>,
    /// The municipality's French name, where the source gives one.
    #[serde(default)]
    pub city_fr: Option<String>,
}

impl Address {
    /// The street line in `locale`'s language where the source gives it, else the one it has.
    pub fn street(&self, locale: Locale) -> Option<&str> {
        match locale {
            Locale::Fr => self.street_fr.as_deref().or(self.street.as_deref()),
            Locale::En => self.street.as_deref().or(self.street_fr.as_deref()),
        }
    }

    /// The municipality in `locale`'s language where the source gives it.
    pub fn city(&self, locale: Locale) -> Option<&str> {
        match locale {
            Locale::Fr => self.city_fr.as_deref().or(self.city.as_deref()),
            Locale::En => self.city.as_deref().or(self.city_fr.as_deref()),
        }
    }
}

/// Where a record came from: the dataset (index into [`Dataset`]s) and its id there.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Provenance {
    pub dataset: u8,
    pub record: String,
}

/// A network of service points run by one organization (HSDS organization + its
/// channels).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Network {
    /// Stable id used in URLs: "service-canada", "serviceontario", ...
    pub id: String,
    pub name: Text,
    pub level: Level,
    /// The organization that runs it (HSDS organization.name).
    pub organization: Text,
    /// The province or territory whose government runs it; `None` for federal networks.
    #[serde(default)]
    pub jurisdiction: Option<Province>,
    /// Network-wide phone line (HSDS phone on the organization).
    #[serde(default)]
    pub phone: Option<String>,
    /// Official site (HSDS organization.website), per language.
    #[serde(default)]
    pub website: Text,
    /// Categories offered by the whole network (points may add more).
    pub categories: Categories,
    /// True for optional layers (libraries), hidden unless asked for.
    #[serde(default)]
    pub optional_layer: bool,
    /// The address of each point's own page, per language, with `{code}` standing for the
    /// point's code (its id after the network prefix: "1137" in "sc-1137"). A point whose
    /// page follows it carries no website of its own ([`Point::website`]).
    #[serde(default)]
    pub point_website: Text,
}

/// The network template for a point's page, filled in ([`Network::point_website`]).
fn fill(template: &Option<String>, code: &str) -> Option<String> {
    template.as_deref().map(|t| t.replace("{code}", code))
}

impl Network {
    /// A network named by its id in both languages, general services, no contact (tests).
    pub fn bare(id: &str, level: Level) -> Network {
        Network {
            id: id.into(),
            name: Text::same(id),
            level,
            organization: Text::same(id),
            jurisdiction: None,
            phone: None,
            website: Text::default(),
            categories: Categories::of(&[Category::General]),
            optional_layer: false,
            point_website: Text::default(),
        }
    }

    /// The page of the point of code `code` by the network's template.
    pub fn page_of(&self, code: &str) -> Text {
        Text { en: fill(&self.point_website.en, code), fr: fill(&self.point_website.fr, code) }
    }
}

/// An in-person service point (HSDS location + service_at_location).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Point {
    /// Stable, unique id: "sc-5944", "so-82", "wbc-1", "mtl-2986", "lib-6", ...
    pub id: String,
    /// Index into the bundle's networks.
    pub network: u16,
    pub kind: PointKind,
    pub name: Text,
    pub address: Address,
    /// The community the point serves or stands in (always present, searchable).
    pub community: String,
    pub province: Province,
    /// Position in WGS84; `None` when no geocoding method succeeded.
    pub pos: Option<LatLon>,
    pub geocode: Geocode,
    /// IANA time zone of the point, for "open now".
    pub tz: TimeZone,
    pub languages: Languages,
    /// Phone number as the source prints it (normalised spacing).
    #[serde(default)]
    pub phone: Option<String>,
    /// Official page of this very point, per language.
    #[serde(default)]
    pub website: Text,
    pub hours: Hours,
    pub categories: Categories,
    /// The source's own description of services here, when it gives one.
    #[serde(default)]
    pub services: Text,
    #[serde(default)]
    pub caveats: Vec<Caveat>,
    /// Every source record merged into this point (at least one).
    pub sources: Vec<Provenance>,
    /// Wheelchair access, parking, sign languages: not reported unless the source says.
    pub access: Access,
    /// Passport service levels offered here.
    pub passport: PassportServices,
    /// Temporary closures and days closed, as the source announces them.
    pub closures: Vec<Closure>,
    /// Notes of the source (appointment only, another entrance, express delays).
    pub notes: Vec<Note>,
    /// The day (days since 1970-01-01) the source's information is as of; `None` when only
    /// the dataset's vintage is known (`Dataset::vintage`).
    pub as_of: Option<i32>,
    /// Who hosts the point and how, by the sources' words; `None` when the sources were
    /// not read for it (see [`Collaboration`]).
    pub collaboration: Option<Collaboration>,
}

impl Point {
    /// The point's code in its network: its id after the first "-" ("1137" in "sc-1137").
    pub fn code(&self) -> &str {
        self.id.split_once('-').map_or(self.id.as_str(), |(_, code)| code)
    }

    /// The point's own page: its website, else its network's template filled with its code.
    pub fn website(&self, network: &Network) -> Text {
        if self.website.is_empty() {
            network.page_of(self.code())
        } else {
            self.website.clone()
        }
    }

    /// A service centre with only an id, a network and a position; everything else
    /// unknown or empty (Ontario, Toronto time, English). For tests, benches and fixtures,
    /// which set what they need with struct update syntax.
    ///
    /// ```
    /// use guichet::domain::model::{Point, Province};
    /// let p = Point { province: Province::NB, ..Point::bare("p1", 2, None) };
    /// assert_eq!((p.id.as_str(), p.network, p.province, p.pos), ("p1", 2, Province::NB, None));
    /// ```
    pub fn bare(id: impl Into<String>, network: u16, pos: Option<LatLon>) -> Point {
        Point {
            id: id.into(),
            network,
            kind: PointKind::ServiceCentre,
            name: Text::default(),
            address: Address::default(),
            community: String::new(),
            province: Province::ON,
            pos,
            geocode: Geocode::NONE,
            tz: TimeZone::Toronto,
            languages: Languages::EN,
            phone: None,
            website: Text::default(),
            hours: Hours::Unknown,
            categories: Categories::NONE,
            services: Text::default(),
            caveats: Vec::new(),
            sources: Vec::new(),
            access: Access::NOT_REPORTED,
            passport: PassportServices::NONE,
            closures: Vec::new(),
            notes: Vec::new(),
            as_of: None,
            collaboration: None,
        }
    }
}

/// An office the current sources no longer list, kept so that an old link
/// (`/office/sc-1234`) says so and offers the nearest current offices, instead of a blank.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Retired {
    /// The id it had ("sc-5001").
    pub id: String,
    pub name: Text,
    pub community: String,
    pub province: Province,
    pub pos: Option<LatLon>,
    /// Index into the bundle's networks.
    pub network: u16,
}

/// A source dataset with its licence and attribution (listed on /about).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dataset {
    /// Stable id: "service-canada", "geonames-postal", ...
    pub id: String,
    pub name: Text,
    pub publisher: Text,
    /// Where the data comes from (the official page where one exists).
    pub url: String,
    /// Licence name, e.g. "Open Government Licence – Canada".
    pub licence: String,
    #[serde(default)]
    pub licence_url: Option<String>,
    /// Vintage of the data, as precise as known ("2024-02", "2016").
    pub vintage: String,
    /// Attribution text to display.
    pub attribution: Text,
    /// Caveats of the whole dataset, displayed on /about.
    #[serde(default)]
    pub caveat: Text,
}
