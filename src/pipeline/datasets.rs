//! Every source dataset with its origin, licence, vintage and attribution, as stated in
//! `../shared/data/SOURCES.md`. `Provenance::dataset` indexes [`DatasetId::ALL`].
use crate::domain::model::{Dataset, Text};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DatasetId {
    ServiceCanada,
    ProvincialCentres,
    WorkBc,
    Montreal,
    Odcaf,
    GeoNamesPostal,
    GeoNamesCities,
    NaturalEarthPlaces,
    StatCanFsaPopulation,
    NaturalEarthBoundaries,
    NaturalEarthLakes,
}

const OGL: &str = "Open Government Licence – Canada";
const OGL_URL: &str = "https://open.canada.ca/en/open-government-licence-canada";

impl DatasetId {
    pub const ALL: [DatasetId; 11] = [
        DatasetId::ServiceCanada,
        DatasetId::ProvincialCentres,
        DatasetId::WorkBc,
        DatasetId::Montreal,
        DatasetId::Odcaf,
        DatasetId::GeoNamesPostal,
        DatasetId::GeoNamesCities,
        DatasetId::NaturalEarthPlaces,
        DatasetId::StatCanFsaPopulation,
        DatasetId::NaturalEarthBoundaries,
        DatasetId::NaturalEarthLakes,
    ];

    pub fn index(self) -> u8 {
        self as u8
    }

    pub fn dataset(self) -> Dataset {
        let d = |id: &str,
                 name: Text,
                 publisher: Text,
                 url: &str,
                 licence: &str,
                 licence_url: Option<&str>,
                 vintage: &str,
                 attribution: Text,
                 caveat: Text| Dataset {
            id: id.to_owned(),
            name,
            publisher,
            url: url.to_owned(),
            licence: licence.to_owned(),
            licence_url: licence_url.map(str::to_owned),
            vintage: vintage.to_owned(),
            attribution,
            caveat,
        };
        match self {
            DatasetId::ServiceCanada => d(
                "service-canada",
                Text::both("Service Canada points of service", "Points de service de Service Canada"),
                Text::both("Service Canada (office locator, compiled by erickg6/service-canada-locations)", "Service Canada (localisateur de bureaux, compilé par erickg6/service-canada-locations)"),
                "https://www.servicecanada.gc.ca/tbsc-fsco/sc-hme.jsp",
                "Factual list from a Government of Canada web page (canada.ca terms of use); compilation GPL-3.0",
                Some("https://www.canada.ca/en/transparency/terms.html"),
                "2024-02",
                Text::both("Contains information from the Service Canada office locator.", "Contient de l’information du localisateur de bureaux de Service Canada."),
                Text::both("Office names in English only; no hours or phone numbers; street addresses for British Columbia and Alberta only.", "Noms des bureaux en anglais seulement; ni heures ni numéros de téléphone; adresses municipales pour la Colombie-Britannique et l’Alberta seulement."),
            ),
            DatasetId::ProvincialCentres => d(
                "provincial-centres",
                Text::both("Provincial and territorial service centres", "Centres de services provinciaux et territoriaux"),
                Text::both("Compiled from public sources (ontario.ca locations API, government news releases)", "Compilé de sources publiques (API des lieux d’ontario.ca, communiqués gouvernementaux)"),
                "https://www.ontario.ca/locations/serviceontario",
                "Facts from government publications; each row cites its source",
                None,
                "1995–2024",
                Text::both("Contains information from ontario.ca and provincial and territorial news releases.", "Contient de l’information d’ontario.ca et de communiqués provinciaux et territoriaux."),
                Text::both("Several addresses are historical; many centres are known only by community. Check with the province before you go.", "Plusieurs adresses sont anciennes; de nombreux centres ne sont connus que par leur localité. Vérifiez auprès de la province avant de vous déplacer."),
            ),
            DatasetId::WorkBc => d(
                "workbc",
                Text::both("WorkBC Centres", "Centres WorkBC"),
                Text::both("Province of British Columbia (bcgov/workbc-wage-subsidy)", "Province de la Colombie-Britannique (bcgov/workbc-wage-subsidy)"),
                "https://github.com/bcgov/workbc-wage-subsidy",
                "Apache-2.0",
                Some("https://www.apache.org/licenses/LICENSE-2.0"),
                "2022-09",
                Text::both("Contains information licensed by the Province of British Columbia.", "Contient de l’information sous licence de la Province de la Colombie-Britannique."),
                Text::default(),
            ),
            DatasetId::Montreal => d(
                "montreal",
                Text::both("Montréal points of interest: public services", "Lieux d’intérêt de Montréal : services publics"),
                Text::both("Ville de Montréal", "Ville de Montréal"),
                "https://donnees.montreal.ca",
                "CC BY 4.0",
                Some("https://creativecommons.org/licenses/by/4.0/"),
                "2020",
                Text::both("Contains data from the Ville de Montréal open data portal (CC BY 4.0).", "Contient des données du portail de données ouvertes de la Ville de Montréal (CC BY 4.0)."),
                Text::both("Island of Montréal only; names in French only.", "Île de Montréal seulement; noms en français seulement."),
            ),
            DatasetId::Odcaf => d(
                "odcaf",
                Text::both("Open Database of Cultural and Art Facilities (libraries and archives)", "Base de données ouverte sur les installations culturelles et artistiques (bibliothèques et archives)"),
                Text::both("Statistics Canada", "Statistique Canada"),
                "https://www.statcan.gc.ca/en/lode/databases/odcaf",
                OGL,
                Some(OGL_URL),
                "2020",
                Text::both("Contains information licensed under the Open Government Licence – Canada (Statistics Canada).", "Contient des renseignements visés par la Licence du gouvernement ouvert – Canada (Statistique Canada)."),
                Text::both("Territories and Prince Edward Island are almost absent; includes private and university archives.", "Les territoires et l’Île-du-Prince-Édouard sont presque absents; comprend des archives privées et universitaires."),
            ),
            DatasetId::GeoNamesPostal => d(
                "geonames-postal",
                Text::both("GeoNames postal codes of Canada", "Codes postaux du Canada de GeoNames"),
                Text::same("GeoNames"),
                "https://download.geonames.org/export/zip/",
                "CC BY 4.0",
                Some("https://creativecommons.org/licenses/by/4.0/"),
                "2022",
                Text::both("Postal code positions from GeoNames.org (CC BY 4.0).", "Positions des codes postaux de GeoNames.org (CC BY 4.0)."),
                Text::both("Rural codes can share placeholder positions.", "Des codes ruraux peuvent partager des positions approximatives."),
            ),
            DatasetId::GeoNamesCities => d(
                "geonames-cities",
                Text::both("GeoNames populated places (population 500 or more)", "Lieux habités de GeoNames (500 habitants ou plus)"),
                Text::same("GeoNames"),
                "https://download.geonames.org/export/dump/",
                "CC BY 4.0",
                Some("https://creativecommons.org/licenses/by/4.0/"),
                "2023-03",
                Text::both("Place names and positions from GeoNames.org (CC BY 4.0).", "Noms et positions de lieux de GeoNames.org (CC BY 4.0)."),
                Text::default(),
            ),
            DatasetId::NaturalEarthPlaces => d(
                "natural-earth-places",
                Text::both("Natural Earth populated places", "Lieux habités de Natural Earth"),
                Text::same("Natural Earth"),
                "https://www.naturalearthdata.com/",
                "Public domain",
                Some("https://www.naturalearthdata.com/about/terms-of-use/"),
                "v4.0.0",
                Text::both("Made with Natural Earth.", "Réalisé avec Natural Earth."),
                Text::default(),
            ),
            DatasetId::StatCanFsaPopulation => d(
                "statcan-fsa-2016",
                Text::both("Population by forward sortation area, 2016 Census", "Population par région de tri d’acheminement, Recensement de 2016"),
                Text::both("Statistics Canada", "Statistique Canada"),
                "https://www12.statcan.gc.ca/census-recensement/2016/dp-pd/hlt-fst/pd-pl/Table.cfm",
                "Statistics Canada Open Licence",
                Some("https://www.statcan.gc.ca/en/reference/licence"),
                "2016",
                Text::both("Source: Statistics Canada, 2016 Census (98-402-X2016001).", "Source : Statistique Canada, Recensement de 2016 (98-402-X2016001)."),
                Text::both("Excludes incompletely enumerated reserves in some areas.", "Exclut certaines réserves partiellement dénombrées."),
            ),
            DatasetId::NaturalEarthBoundaries => d(
                "natural-earth-admin1",
                Text::both("Natural Earth provinces and territories (1:50m, lakes cut out)", "Provinces et territoires de Natural Earth (1:50m, lacs découpés)"),
                Text::same("Natural Earth"),
                "https://www.naturalearthdata.com/",
                "Public domain",
                Some("https://www.naturalearthdata.com/about/terms-of-use/"),
                "v4.0.0",
                Text::both("Made with Natural Earth.", "Réalisé avec Natural Earth."),
                Text::default(),
            ),
            DatasetId::NaturalEarthLakes => d(
                "natural-earth-lakes",
                Text::both("Natural Earth lakes (1:10m)", "Lacs de Natural Earth (1:10m)"),
                Text::same("Natural Earth"),
                "https://www.naturalearthdata.com/",
                "Public domain",
                Some("https://www.naturalearthdata.com/about/terms-of-use/"),
                "v4.0.0",
                Text::both("Made with Natural Earth.", "Réalisé avec Natural Earth."),
                Text::default(),
            ),
        }
    }
}
