//! The networks (HSDS organizations) the sources feed. One table, referenced by
//! [`NetworkId`], so sources cannot misspell a network.
use crate::domain::model::{Categories, Category as C, Level, Network, Province, Text};

/// Every network in the bundle, in bundle order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NetworkId {
    ServiceCanada,
    ServiceOntario,
    ServiceNb,
    AccessNs,
    NwtSwsc,
    ServicesTno,
    ServiceBc,
    WorkBc,
    ServicesQuebec,
    RevenuQuebec,
    Saaq,
    JusticeQuebec,
    SanteQuebec,
    Montreal,
    Libraries,
    QuebecCity,
}

impl NetworkId {
    pub const ALL: [NetworkId; 16] = [
        NetworkId::ServiceCanada,
        NetworkId::ServiceOntario,
        NetworkId::ServiceNb,
        NetworkId::AccessNs,
        NetworkId::NwtSwsc,
        NetworkId::ServicesTno,
        NetworkId::ServiceBc,
        NetworkId::WorkBc,
        NetworkId::ServicesQuebec,
        NetworkId::RevenuQuebec,
        NetworkId::Saaq,
        NetworkId::JusticeQuebec,
        NetworkId::SanteQuebec,
        NetworkId::Montreal,
        NetworkId::Libraries,
        NetworkId::QuebecCity,
    ];

    /// Index of the network in the bundle (`Point::network`).
    pub fn index(self) -> u16 {
        self as u16
    }

    pub fn network(self) -> Network {
        let cats = |list: &[C]| Categories::of(list);
        let n = |id: &str, name: Text, level: Level, organization: Text, jurisdiction: Option<Province>, categories| {
            Network {
                id: id.to_owned(),
                name,
                level,
                organization,
                jurisdiction,
                phone: None,
                website: Text::default(),
                categories,
                optional_layer: false,
                point_website: Text::default(),
            }
        };
        match self {
            NetworkId::ServiceCanada => Network {
                website: Text::both("https://offices.service.canada.ca/en", "https://bureaux.service.canada.ca/fr"),
                // The office finder's page of each office (the 2026 list's `source_url_*`).
                point_website: Text::both(
                    "https://offices.service.canada.ca/en/Office/{code}",
                    "https://bureaux.service.canada.ca/fr/Bureau/{code}",
                ),
                ..n(
                    "service-canada",
                    Text::same("Service Canada"),
                    Level::Federal,
                    Text::both("Employment and Social Development Canada", "Emploi et Développement social Canada"),
                    None,
                    cats(&[C::Benefits, C::Identity, C::Employment, C::General]),
                )
            },
            NetworkId::ServiceOntario => n(
                "serviceontario",
                Text::same("ServiceOntario"),
                Level::Provincial,
                Text::both("Government of Ontario", "Gouvernement de l’Ontario"),
                Some(Province::ON),
                cats(&[C::Identity, C::Driving, C::Health, C::Business, C::General]),
            ),
            NetworkId::ServiceNb => Network {
                // Province-wide teleservices line, as printed in the 2020 news the source cites.
                phone: Some(String::from("1-888-762-8600")),
                ..n(
                    "service-nb",
                    Text::both("Service New Brunswick", "Service Nouveau-Brunswick"),
                    Level::Provincial,
                    Text::both("Government of New Brunswick", "Gouvernement du Nouveau-Brunswick"),
                    Some(Province::NB),
                    cats(&[C::Identity, C::Driving, C::Health, C::General]),
                )
            },
            NetworkId::AccessNs => n(
                "access-ns",
                Text::en("Access Nova Scotia"),
                Level::Provincial,
                Text::both("Government of Nova Scotia", "Gouvernement de la Nouvelle-Écosse"),
                Some(Province::NS),
                cats(&[C::Identity, C::Driving, C::Business, C::General]),
            ),
            NetworkId::NwtSwsc => n(
                "nwt-swsc",
                Text::en("Single Window Service Centres"),
                Level::Territorial,
                Text::both("Government of the Northwest Territories", "Gouvernement des Territoires du Nord-Ouest"),
                Some(Province::NT),
                cats(&[C::Benefits, C::Identity, C::General]),
            ),
            NetworkId::ServicesTno => n(
                "services-tno",
                Text::same("Services TNO"),
                Level::Territorial,
                Text::both("Government of the Northwest Territories", "Gouvernement des Territoires du Nord-Ouest"),
                Some(Province::NT),
                cats(&[C::General]),
            ),
            NetworkId::ServiceBc => n(
                "service-bc",
                Text::same("Service BC"),
                Level::Provincial,
                Text::both("Government of British Columbia", "Gouvernement de la Colombie-Britannique"),
                Some(Province::BC),
                cats(&[C::Identity, C::Business, C::General]),
            ),
            NetworkId::WorkBc => Network {
                website: Text::en("https://www.workbc.ca/"),
                ..n(
                    "workbc",
                    Text::en("WorkBC Centres"),
                    Level::Provincial,
                    Text::both("Government of British Columbia", "Gouvernement de la Colombie-Britannique"),
                    Some(Province::BC),
                    cats(&[C::Employment]),
                )
            },
            NetworkId::ServicesQuebec => n(
                "services-quebec",
                Text::same("Services Québec"),
                Level::Provincial,
                Text::both("Government of Quebec", "Gouvernement du Québec"),
                Some(Province::QC),
                cats(&[C::Employment, C::Benefits]),
            ),
            NetworkId::RevenuQuebec => n(
                "revenu-quebec",
                Text::same("Revenu Québec"),
                Level::Provincial,
                Text::same("Revenu Québec"),
                Some(Province::QC),
                cats(&[C::Taxes]),
            ),
            NetworkId::Saaq => n(
                "saaq",
                Text::both(
                    "Société de l’assurance automobile du Québec (SAAQ)",
                    "Société de l’assurance automobile du Québec (SAAQ)",
                ),
                Level::Provincial,
                Text::same("Société de l’assurance automobile du Québec"),
                Some(Province::QC),
                cats(&[C::Driving]),
            ),
            NetworkId::JusticeQuebec => n(
                "justice-quebec",
                Text::both("Quebec courthouses", "Palais de justice du Québec"),
                Level::Provincial,
                Text::both("Ministère de la Justice du Québec", "Ministère de la Justice du Québec"),
                Some(Province::QC),
                cats(&[C::Justice]),
            ),
            NetworkId::SanteQuebec => n(
                "clsc",
                Text::both(
                    "CLSC (local community service centres)",
                    "CLSC (centres locaux de services communautaires)",
                ),
                Level::Provincial,
                Text::both(
                    "Quebec health and social services network",
                    "Réseau de la santé et des services sociaux du Québec",
                ),
                Some(Province::QC),
                cats(&[C::Health]),
            ),
            NetworkId::Montreal => n(
                "montreal",
                Text::both("City of Montréal", "Ville de Montréal"),
                Level::Municipal,
                Text::both("City of Montréal", "Ville de Montréal"),
                Some(Province::QC),
                cats(&[C::Municipal]),
            ),
            NetworkId::QuebecCity => n(
                "quebec-city",
                Text::both("Québec City", "Ville de Québec"),
                Level::Municipal,
                Text::both("Québec City", "Ville de Québec"),
                Some(Province::QC),
                cats(&[C::Municipal]),
            ),
            NetworkId::Libraries => Network {
                optional_layer: true,
                ..n(
                    "libraries",
                    Text::both("Public libraries and archives", "Bibliothèques publiques et archives"),
                    Level::Municipal,
                    Text::both("Various (Statistics Canada ODCAF)", "Divers (BDOIACS de Statistique Canada)"),
                    None,
                    cats(&[C::Library]),
                )
            },
        }
    }
}

/// The network table of the bundle.
pub fn all() -> Vec<Network> {
    NetworkId::ALL.iter().map(|id| id.network()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_unique_and_indexes_match_order() {
        let nets = all();
        for (i, id) in NetworkId::ALL.iter().enumerate() {
            assert_eq!(id.index() as usize, i);
        }
        let mut ids: Vec<_> = nets.iter().map(|n| n.id.clone()).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), nets.len());
        for n in &nets {
            assert!(n.name.en.is_some() || n.name.fr.is_some());
            if !n.optional_layer {
                assert_eq!(n.level == Level::Federal, n.jurisdiction.is_none(), "{}", n.id);
            }
        }
    }
}
