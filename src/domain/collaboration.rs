//! Collaboration that exists today (issue 21): who hosts a point, and how two
//! organizations already work together there, as the sources say it in their own words.
//!
//! A point's [`Collaboration`] is `None` when the sources were not read for it (only
//! Service Canada's lists are); "none stated" is a value of its own: the sources were read
//! and name no host. Every classification keeps the source's words that justify it
//! ([`Evidence`]) and the rule of `data/collaboration/rules.csv` that read them: nothing is
//! inferred without such words.
use serde::{Deserialize, Serialize};

use super::vocab::Text;

/// Who hosts the point, by the sources' words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum HostKind {
    /// A provincial or territorial service centre or office (Access PEI, Alberta Service
    /// Centre, ServiceOntario, a GNWT single-window centre).
    Provincial,
    /// A municipal office: town hall, municipality, township, hamlet council of a town.
    Municipal,
    /// A First Nation or Inuit community office: band office, tribal council, hamlet.
    Indigenous,
    /// A public library.
    Library,
    /// A community or friendship centre, a community services agency.
    Community,
    /// Another federal building (Federal Building, Government of Canada Building): shown,
    /// not counted as a collaboration between governments.
    Federal,
    /// Another body: school, college, health centre, employment or business agency.
    Other,
    /// The sources name no host.
    NoneStated,
}

impl HostKind {
    pub const ALL: [HostKind; 8] = [
        HostKind::Provincial,
        HostKind::Municipal,
        HostKind::Indigenous,
        HostKind::Library,
        HostKind::Community,
        HostKind::Other,
        HostKind::Federal,
        HostKind::NoneStated,
    ];

    /// Stable id (rules table, URLs, CSV, message ids `collab-host-<id>`).
    pub const fn id(self) -> &'static str {
        match self {
            HostKind::Provincial => "provincial",
            HostKind::Municipal => "municipal",
            HostKind::Indigenous => "indigenous",
            HostKind::Library => "library",
            HostKind::Community => "community",
            HostKind::Federal => "federal",
            HostKind::Other => "other",
            HostKind::NoneStated => "none",
        }
    }

    pub fn from_id(s: &str) -> Option<HostKind> {
        HostKind::ALL.into_iter().find(|k| k.id() == s.trim())
    }

    /// True for a host that is another body than the federal government: a partner.
    pub const fn is_partner(self) -> bool {
        !matches!(self, HostKind::Federal | HostKind::NoneStated)
    }
}

/// The kind of collaboration, in the working group's partnership guide's words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum CollabKind {
    /// A staffed office inside a partner's premises.
    CoLocation,
    /// An outreach site held in a partner's premises.
    HostedOutreach,
    /// A partner's staff deliver the network's services (service delivery partner).
    Integration,
    /// The sources state no collaboration.
    NoneStated,
}

impl CollabKind {
    pub const ALL: [CollabKind; 4] =
        [CollabKind::CoLocation, CollabKind::HostedOutreach, CollabKind::Integration, CollabKind::NoneStated];

    /// Stable id (URLs, CSV, message ids `collab-kind-<id>`).
    pub const fn id(self) -> &'static str {
        match self {
            CollabKind::CoLocation => "co-location",
            CollabKind::HostedOutreach => "outreach",
            CollabKind::Integration => "integration",
            CollabKind::NoneStated => "none",
        }
    }

    pub fn from_id(s: &str) -> Option<CollabKind> {
        CollabKind::ALL.into_iter().find(|k| k.id() == s.trim())
    }
}

/// Which words of the sources a piece of evidence quotes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Field {
    /// An address line of the office finder (English and French): names the host.
    AddressLine,
    /// The note of the person who compiled the 2026 list ("co-located in a town hall").
    CompilerNote,
    /// The office finder's own note on the office.
    FinderNote,
    /// The 2024 list's point type ("Service Delivery Partner").
    PointType,
    /// The territorial list's centre in the same community: names the host.
    TerritorialList,
}

impl Field {
    pub const ALL: [Field; 5] =
        [Field::AddressLine, Field::CompilerNote, Field::FinderNote, Field::PointType, Field::TerritorialList];

    /// Stable id (CSV, message ids `collab-field-<id>`).
    pub const fn id(self) -> &'static str {
        match self {
            Field::AddressLine => "address",
            Field::CompilerNote => "compiler-note",
            Field::FinderNote => "finder-note",
            Field::PointType => "point-type",
            Field::TerritorialList => "territorial-list",
        }
    }

    /// True when the quote is the host's name as written.
    pub const fn names_host(self) -> bool {
        matches!(self, Field::AddressLine | Field::TerritorialList)
    }
}

/// The source's words that justify a classification, and the rule that read them.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Evidence {
    pub field: Field,
    /// The id of the rule (`data/collaboration/rules.csv`) or of the pipeline's fixed rule.
    pub rule: String,
    /// The words, as the source writes them in each language it gives.
    pub quote: Text,
}

/// What the sources say about a point's host and partnership.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Collaboration {
    pub host: HostKind,
    pub kind: CollabKind,
    /// Every quote that justifies `host` and `kind`; empty for "none stated".
    pub evidence: Vec<Evidence>,
}

impl Collaboration {
    /// The sources were read and state nothing.
    pub const NONE_STATED: Collaboration =
        Collaboration { host: HostKind::NoneStated, kind: CollabKind::NoneStated, evidence: Vec::new() };

    /// The host's name as the sources write it: the first quote that names a body.
    ///
    /// ```
    /// use guichet::domain::collaboration::*;
    /// use guichet::domain::model::Text;
    /// let c = Collaboration {
    ///     host: HostKind::Provincial,
    ///     kind: CollabKind::CoLocation,
    ///     evidence: vec![Evidence { field: Field::AddressLine, rule: "access-pei".into(), quote: Text::same("Access PEI") }],
    /// };
    /// assert_eq!(c.partner().and_then(|t| t.en.as_deref()), Some("Access PEI"));
    /// assert!(c.hosted_by_partner());
    /// assert!(Collaboration::NONE_STATED.partner().is_none());
    /// ```
    pub fn partner(&self) -> Option<&Text> {
        self.evidence.iter().find(|e| e.field.names_host()).map(|e| &e.quote)
    }

    /// True when the point is in a partner's premises or served by its staff: what issue
    /// 20's suggested sites treat as already co-located.
    pub fn hosted_by_partner(&self) -> bool {
        self.kind != CollabKind::NoneStated
    }
}
