//! The services catalogue: what the Government of Canada delivers (the GC Service
//! Inventory), who owns it, how people use it, and which networks of points deliver it in
//! person. Written by the pipeline into `services.bin` (services for persons, the public
//! view) and `services-other.bin` (the rest, for the insights view); the app loads the
//! first only when someone searches services.
//!
//! The catalogue also holds provincial and territorial services ("prov-…"), found in the
//! provincial networks' own lists of services (`pipeline::provincial_services`), with
//! their provenance ([`ProvincialSource`]).
//!
//! In HSDS terms a [`Service`] is an HSDS service of an organization ([`Org`]), and the
//! service_at_location links are [`Delivery`]s: for a federal service, networks (and a
//! category of their points), because the inventory does not say which office delivers
//! what; for a provincial one, the points whose list names it (the whole network when the
//! list describes the network). `core.bin` carries them for every service delivered at
//! our points ([`InPerson`]), so the finder's filter needs no catalogue; a service's own
//! `delivery` keeps the networks only, for apps of the previous build.
use serde::{Deserialize, Serialize};

use super::model::{Category, Text};

/// A code of the Service Inventory's data dictionary with its bilingual label.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Code {
    pub id: String,
    pub name: Text,
}

/// An owning organization (department or agency).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Org {
    /// The inventory's `owner_org` ("esdc-edsc").
    pub id: String,
    pub name: Text,
}

/// A count as the inventory reports it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Count {
    /// "NA": the channel does not apply to this service.
    #[default]
    NotApplicable,
    /// "ND": applies, but the department did not collect the figure.
    NotDetermined,
    Known(u64),
}

impl Count {
    /// The figure, when one was reported.
    pub fn known(self) -> Option<u64> {
        match self {
            Count::Known(n) => Some(n),
            _ => None,
        }
    }

    /// The channel exists for this service: a positive figure, or "ND" (applies, not
    /// counted).
    pub fn offered(self) -> bool {
        matches!(self, Count::NotDetermined) || self.known().is_some_and(|n| n > 0)
    }
}

/// Volumes per channel (fiscal year of the inventory).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Volumes {
    pub online: Count,
    pub in_person: Count,
    pub phone: Count,
    pub mail: Count,
    pub email: Count,
    pub fax: Count,
    pub other: Count,
    /// Telephone enquiries (not applications).
    pub phone_enquiries: Count,
    pub website_visits: Count,
}

/// A yes/no/not-applicable answer of the inventory.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Flag {
    Yes,
    No,
    #[default]
    NotApplicable,
}

/// Which steps can be done online end to end (the inventory's `os_*` fields).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Online {
    pub account_registration: Flag,
    pub authentication: Flag,
    pub application: Flag,
    pub decision: Flag,
    pub issuance: Flag,
    pub feedback: Flag,
}

impl Online {
    pub fn steps(&self) -> [Flag; 6] {
        [self.account_registration, self.authentication, self.application, self.decision, self.issuance, self.feedback]
    }

    /// Can the service be applied for online?
    pub fn can_apply(&self) -> bool {
        self.application == Flag::Yes
    }
}

/// The channels through which clients can give feedback or get in touch
/// (`client_feedback_channel`), as a bitset over [`Channel`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Channels(pub u8);

/// A contact channel of the inventory.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Channel {
    Online,
    Phone,
    InPerson,
    Mail,
    Email,
    Fax,
    Other,
}

impl Channel {
    pub const ALL: [Channel; 7] = [
        Channel::Online,
        Channel::Phone,
        Channel::InPerson,
        Channel::Mail,
        Channel::Email,
        Channel::Fax,
        Channel::Other,
    ];

    /// The inventory's code ("ONL", "TEL", "PERSON"...).
    pub const fn code(self) -> &'static str {
        match self {
            Channel::Online => "ONL",
            Channel::Phone => "TEL",
            Channel::InPerson => "PERSON",
            Channel::Mail => "POST",
            Channel::Email => "EML",
            Channel::Fax => "FAX",
            Channel::Other => "OTH",
        }
    }

    /// Stable id for URLs and message ids.
    pub const fn id(self) -> &'static str {
        match self {
            Channel::Online => "online",
            Channel::Phone => "phone",
            Channel::InPerson => "in-person",
            Channel::Mail => "mail",
            Channel::Email => "email",
            Channel::Fax => "fax",
            Channel::Other => "other",
        }
    }

    pub fn from_code(code: &str) -> Option<Channel> {
        Channel::ALL.into_iter().find(|c| c.code() == code.trim())
    }
}

impl Channels {
    pub fn contains(self, c: Channel) -> bool {
        self.0 & (1 << c as u8) != 0
    }
    pub fn insert(&mut self, c: Channel) {
        self.0 |= 1 << c as u8;
    }
}

/// A network that delivers a service in person: its points, optionally only those with a
/// category (passports are delivered only where `Category::Passports` is offered).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Target {
    /// Index into the core bundle's networks.
    pub network: u16,
    pub category: Option<Category>,
}

/// One service of the inventory.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Service {
    /// The inventory's `service_id` ("1242", "SRV03049"), used in `/service/:id`.
    pub id: String,
    pub name: Text,
    /// The description, cut at a sentence boundary to keep the file small
    /// ([`DESCRIPTION_MAX`] characters at most; "…" marks a cut).
    pub description: Text,
    /// Index into [`ServiceCatalogue::orgs`].
    pub org: u16,
    /// Bits over [`ServiceCatalogue::service_types`].
    pub types: u16,
    /// Bits over [`ServiceCatalogue::client_groups`].
    pub clients: u16,
    pub fee: bool,
    pub online: Online,
    pub feedback: Channels,
    pub volumes: Volumes,
    /// The official page.
    pub url: Text,
    /// Networks delivering it in person (empty when it is not delivered at any network
    /// Guichet knows; the mapping table says why).
    pub delivery: Vec<Target>,
}

impl Service {
    /// Is the service offered in person? Applications in person reported (a figure above
    /// zero, or "ND": applies, not counted), or in person among its contact channels.
    /// Every such service has a row in `data/services/delivery.csv`.
    pub fn in_person(&self) -> bool {
        self.volumes.in_person.offered() || self.feedback.contains(Channel::InPerson)
    }

    /// Is it delivered at `point` (one of the networks of [`Service::delivery`], and the
    /// target's category when it names one)?
    pub fn delivered_at(&self, point: &super::model::Point) -> bool {
        self.delivery
            .iter()
            .any(|t| t.network == point.network && t.category.is_none_or(|c| point.categories.contains(c)))
    }
}

/// Where a service is delivered in person: the points of a network (optionally only
/// those offering a category), or only some of its points, named.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Delivery {
    /// Index into the core bundle's networks.
    pub network: u16,
    pub category: Option<Category>,
    /// Only these points of the network (ids, sorted); empty: all of them.
    pub points: Vec<String>,
}

impl Delivery {
    /// A whole network (or its points offering `category`).
    pub fn network(t: Target) -> Delivery {
        Delivery { network: t.network, category: t.category, points: Vec::new() }
    }

    /// Does it cover `point`?
    pub fn covers(&self, point: &super::model::Point) -> bool {
        self.network == point.network
            && self.category.is_none_or(|c| point.categories.contains(c))
            && (self.points.is_empty() || self.points.binary_search(&point.id).is_ok())
    }
}

/// Is `point` covered by one of `list`?
pub fn delivered(list: &[Delivery], point: &super::model::Point) -> bool {
    list.iter().any(|d| d.covers(point))
}

/// A service delivered in person at points of the bundle: what the finder's service
/// filter offers. Carried in `core.bin` (a few kilobytes), so that the filter, its
/// counts and a `svc=` link work without the services catalogue.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct InPerson {
    /// The service's id in the catalogue (`/service/:id`, `svc=`).
    pub id: String,
    pub name: Text,
    /// A provincial or territorial service (from the networks' own lists of services),
    /// rather than a federal one of the GC Service Inventory.
    pub provincial: bool,
    /// Never empty.
    pub delivery: Vec<Delivery>,
}

/// The dataset whose lists of services the provincial services come from (its id in the
/// manifest's sources).
pub const PROVINCIAL_DATASET: &str = "provincial-centres";

/// What the source said about a provincial service at one network.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    /// Index into the core bundle's networks.
    pub network: u16,
    /// Points of the network whose list of services names it.
    pub points: u16,
    /// The list describes the network as a whole ("services vary by centre"): the
    /// service is linked to every point of the network.
    pub network_wide: bool,
    /// The items of the source's lists that name it, verbatim (English), sorted.
    pub quotes: Vec<String>,
    /// What the same lists say about themselves (dates, "temporary"), verbatim, sorted.
    pub notes: Vec<String>,
}

/// The provenance of a provincial service: the lists of services of the points it is
/// linked to (`provincial_service_centres.csv`, column `services_text`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProvincialSource {
    /// The service's id.
    pub service: String,
    /// Per network, in network order.
    pub networks: Vec<Evidence>,
}

/// Longest description kept, in characters.
pub const DESCRIPTION_MAX: usize = 320;

/// A curated list of services for a life event ("having a baby").
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LifeEvent {
    /// Stable id ("having-a-baby").
    pub id: String,
    pub name: Text,
    /// Indexes into [`ServiceCatalogue::services`], in the curated order.
    pub services: Vec<u32>,
}

/// A group of words people use for the same thing ("sin", "social insurance number",
/// "nas"), folded (`text::fold`). A query containing one of them also searches the others.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SynonymGroup {
    pub id: String,
    pub terms: Vec<String>,
}

/// `services.bin` and `services-other.bin`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceCatalogue {
    /// Fiscal year of the figures ("2023-2024").
    pub fiscal_year: String,
    pub service_types: Vec<Code>,
    pub client_groups: Vec<Code>,
    pub orgs: Vec<Org>,
    /// Sorted by id.
    pub services: Vec<Service>,
    pub life_events: Vec<LifeEvent>,
    pub synonyms: Vec<SynonymGroup>,
    /// The provincial services' provenance, sorted by service id (empty in
    /// `services-other.bin`). Last, so that an app of the previous build, which does not
    /// know this field, still reads the file (postcard ignores what follows).
    pub provincial: Vec<ProvincialSource>,
}

impl ServiceCatalogue {
    /// The service with this id.
    pub fn find(&self, id: &str) -> Option<&Service> {
        self.index_of(id).map(|i| &self.services[i])
    }

    /// The position of the service with this id.
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.services.binary_search_by(|s| s.id.as_str().cmp(id)).ok()
    }

    pub fn org(&self, s: &Service) -> Option<&Org> {
        self.orgs.get(s.org as usize)
    }

    /// The codes a bitset names.
    pub fn codes<'a>(list: &'a [Code], bits: u16) -> impl Iterator<Item = &'a Code> + 'a {
        list.iter().enumerate().filter(move |(i, _)| bits & (1 << i) != 0).map(|(_, c)| c)
    }

    /// The provenance of a provincial service.
    pub fn provincial_source(&self, id: &str) -> Option<&ProvincialSource> {
        self.provincial.binary_search_by(|p| p.service.as_str().cmp(id)).ok().map(|i| &self.provincial[i])
    }

    /// Does the service serve this client group (a code such as "PERSON")?
    pub fn serves(&self, s: &Service, group: &str) -> bool {
        self.client_groups.iter().position(|c| c.id == group).is_some_and(|i| s.clients & (1 << i) != 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_and_channels() {
        assert!(Count::NotDetermined.offered());
        assert!(!Count::NotApplicable.offered());
        assert!(!Count::Known(0).offered());
        assert!(Count::Known(3).offered());
        let mut c = Channels::default();
        c.insert(Channel::InPerson);
        assert!(c.contains(Channel::InPerson) && !c.contains(Channel::Phone));
        assert_eq!(Channel::from_code("PERSON"), Some(Channel::InPerson));
        assert_eq!(Channel::from_code("XYZ"), None);
    }

    #[test]
    fn lookups() {
        let cat = ServiceCatalogue {
            client_groups: vec![
                Code { id: "ECONOM".into(), name: Text::default() },
                Code { id: "PERSON".into(), name: Text::default() },
            ],
            services: vec![
                Service { id: "1003".into(), clients: 0b11, ..Service::default() },
                Service { id: "1242".into(), clients: 0b10, ..Service::default() },
            ],
            ..ServiceCatalogue::default()
        };
        assert_eq!(cat.index_of("1242"), Some(1));
        assert!(cat.find("999").is_none());
        assert!(cat.serves(&cat.services[1], "PERSON"));
        assert!(!cat.serves(&cat.services[1], "ECONOM"));
        let ids: Vec<&str> = ServiceCatalogue::codes(&cat.client_groups, 0b10).map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["PERSON"]);
    }

    fn point(id: &str, network: u16, categories: &[Category]) -> crate::domain::model::Point {
        use crate::domain::model::*;
        Point {
            name: Text::en(id),
            province: Province::NB,
            tz: crate::domain::tz::TimeZone::Moncton,
            languages: Languages::UNKNOWN,
            categories: Categories::of(categories),
            ..Point::bare(id, network, None)
        }
    }

    #[test]
    fn deliveries_cover_networks_categories_and_named_points() {
        let some = Delivery { network: 2, category: None, points: vec!["pr-a".into(), "pr-c".into()] };
        let passports = Delivery::network(Target { network: 0, category: Some(Category::Passports) });
        let list = [some, passports];
        assert!(delivered(&list, &point("pr-a", 2, &[])));
        assert!(delivered(&list, &point("pr-c", 2, &[])));
        assert!(!delivered(&list, &point("pr-b", 2, &[])), "a point of the network the source does not name");
        assert!(!delivered(&list, &point("pr-a", 3, &[])), "same id, other network");
        assert!(delivered(&list, &point("sc-1", 0, &[Category::Passports, Category::Benefits])));
        assert!(!delivered(&list, &point("sc-2", 0, &[Category::Benefits])));
        assert!(!delivered(&[], &point("pr-a", 2, &[])));
    }
}
