//! Source: `service_points/montreal_lieux_interet_services_publics.csv` (see
//! ../shared/data/SOURCES.md, section 1).
//!
//! 217 public-service places of the Ville de Montréal "Lieux d'intérêt" open dataset
//! (vintage ≤ 2020), island of Montréal only, all in French: municipal offices, Quebec
//! and federal government counters, courts, consulates, community organisations and
//! libraries, with their own coordinates.
//!
//! Every row is classified by the rules of `classify`, in this order (first match
//! wins; `type` and `nom` are compared folded, so both apostrophes ' and ’ match):
//!
//! Rejected (not in-person Canadian public-service counters):
//! - "foreign-consulate": type "Service consulaire" (foreign governments' consulates).
//! - "international-organization": type "Agence internationale" (ICAO).
//! - "library-in-odcaf-layer": category "Bibliothèque". The libraries layer comes from
//!   ODCAF; all 50 Montréal library rows were checked by hand against it: 49 have an
//!   ODCAF record within 300 m (same name and postal code but for spelling), so they are
//!   rejected here. The exception is listed in [`ODCAF_GAPS`]: row 2446, the Atwater
//!   library (Westmount). ODCAF's record at its address (index 886) has no name and is
//!   rejected there, and the one ODCAF record bearing its name (index 9594) sits at a
//!   Westport, Ontario address; so it is kept from this file, as a library point of the
//!   libraries layer.
//! - "community-organization": type "Éco-quartier" and "Organisme communautaire…", and
//!   names of community organisations (Carrefour jeunesse-emploi, CDEC, RÉSO, Tandem,
//!   Prévention …, Service d'aide à l'emploi, Horizon Carrière, Centre de recherche
//!   d'emploi, PME MTL, Développement économique Saint-Laurent). They are funded by the
//!   city or province but are not government offices.
//! - "not-a-service-counter": eco-centres, composting and sorting sites (type "Centre
//!   de récupération et de tri"), the detention centre, the CHUM research centre,
//!   police community services ("Service à la communauté", "Sécurité publique") and the
//!   National Film Board.
//! - "not-a-public-counter": back offices: classification "niveau 4", and municipal
//!   "Direction…", "Travaux publics…", "Bureau administratif…" rows unless their name
//!   mentions permits ("Direction de l'arrondissement - Permis et inspections" is the
//!   Plateau's permit counter and is kept).
//!
//! Kept:
//! - City of Montréal: type "Hôtel de ville / mairie" → city hall; type "Bureau Accès
//!   Montréal et bureaux municipaux" → municipal office; "Cour municipale…" → court
//!   (municipal and justice).
//! - Quebec: "Centre local d'emploi…" and "Centre de services spécialisés … (CLE)" →
//!   Services Québec employment centre; "Revenu Québec" → tax office; "Bureau
//!   d'immatriculation" → SAAQ registry office; "Palais de justice…", "Cour d'appel du
//!   Québec…" → Justice Québec court; "CLSC…" → health centre.
//! - Federal: "Centre Service Canada" → Service Canada centre; "Bureau des passeports" →
//!   Service Canada passport office (passports and identity).
//!
//! A row matching none of these is rejected as "unclassified" (the tests check that the
//! real file has none).
//!
//! Fields: id `mtl-<id>`, provenance record `id`; name `nom` in French only; address
//! `numero rue` + ", étage N" (when not 0) + ", bureau X", `ville`, `code_postal` (one
//! contains a no-break space; several are blank); position from `latitude`/`longitude`
//! (`Geocode { Source, High }`); province Quebec. community = `ville` ("Montréal" for
//! 214 rows, "Westmount" for 3): the municipality, as for the other sources. The
//! borough (`arrondissement`) is not kept: the model has no field for it and most names
//! already say it ("Mairie d'arrondissement de Verdun"). Languages stay unknown (the
//! file does not say), no phone, hours or website.
use serde::Deserialize;

use super::{set_source_position, Cx, Reject, Source};
use crate::domain::model::{Categories, Category, Point, PointKind, Province, Text};
use crate::domain::text::{fold, non_empty};
use crate::pipeline::{DatasetId, NetworkId};

/// Montréal's "Lieux d'intérêt".
pub struct Montreal;

/// Path of the file inside the sources directory.
pub const PATH: &str = "service_points/montreal_lieux_interet_services_publics.csv";

/// Ids of library rows kept from this file because ODCAF has no usable record for them
/// (checked by hand: ODCAF index 886, same address as row 2446, has no name; index
/// 9594, with its name, is in Westport, Ontario).
pub const ODCAF_GAPS: &[&str] = &["2446"];

/// The columns read.
#[derive(Debug, Deserialize)]
pub struct Row {
    id: String,
    categorie: String,
    #[serde(rename = "type")]
    kind: String,
    nom: String,
    numero: String,
    rue: String,
    etage: String,
    bureau: String,
    ville: String,
    code_postal: String,
    latitude: String,
    longitude: String,
    classification: String,
}

/// What a row is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Class {
    Keep { network: NetworkId, kind: PointKind, categories: Categories },
    Reject { code: &'static str, why: &'static str },
}

impl Source for Montreal {
    const DATASET: DatasetId = DatasetId::Montreal;
    const PATH: &'static str = PATH;
    type Row = Row;

    fn record(&self, row: &Row) -> Option<String> {
        non_empty(&row.id)
    }

    fn point(&self, row: Row, cx: &mut Cx<'_>) -> Result<Point, Reject> {
        let id = non_empty(&row.id).ok_or(Reject::new("no-id", "empty id"))?;
        let name = non_empty(&row.nom).ok_or(Reject::new("no-name", "empty nom"))?;
        let (network, kind, categories) = match classify(&id, &row.categorie, &row.kind, &name, &row.classification) {
            Class::Keep { network, kind, categories } => (network, kind, categories),
            Class::Reject { code, why } => {
                return Err(Reject::new(code, format!("{why}: {name} ({})", row.kind.trim())));
            }
        };

        let province = Province::QC;
        let city = non_empty(&row.ville);
        let community = city.clone().unwrap_or_else(|| String::from("Montréal"));
        let mut p = cx.point(format!("mtl-{id}"), network, kind, Text::fr(name), community, province);
        p.categories = categories;
        p.address.street = street(&row.numero, &row.rue, &row.etage, &row.bureau);
        p.address.city = city;
        p.address.postal_code = cx.postal_code(&row.code_postal, province);
        if let Some(pos) = cx.position(&row.latitude, &row.longitude) {
            set_source_position(&mut p, pos);
        }
        Ok(p)
    }
}

/// True when `phrase` (folded) occurs in `text` (folded) as whole words.
fn has(text: &str, phrase: &str) -> bool {
    format!(" {text} ").contains(&format!(" {phrase} "))
}

/// Names of community organisations (folded).
const COMMUNITY_ORGANISATIONS: &[&str] = &[
    "carrefour jeunesse",
    "cdec",
    "corporation de developpement economique communautaire",
    "reso",
    "tandem",
    "prevention",
    "service d aide a l emploi",
    "horizon carriere",
    "centre de recherche d emploi",
    "pme mtl",
    "developpement economique saint laurent",
];

/// Classifies a row (see the module documentation). `id` only matters for libraries.
pub(crate) fn classify(id: &str, category: &str, kind: &str, name: &str, level: &str) -> Class {
    let (cat, t, n) = (fold(category), fold(kind), fold(name));
    let reject = |code, why| Class::Reject { code, why };
    let montreal = super::network_categories(NetworkId::Montreal);
    let keep = |network: NetworkId, kind, extra: &[Category]| Class::Keep {
        network,
        kind,
        categories: super::network_categories(network).union(Categories::of(extra)),
    };

    if t == "service consulaire" {
        return reject("foreign-consulate", "foreign consulate, not a Canadian government office");
    }
    if t == "agence internationale" {
        return reject("international-organization", "international organization, not a Canadian government office");
    }
    if cat == "bibliotheque" || t.starts_with("bibliotheque") {
        if ODCAF_GAPS.contains(&id.trim()) {
            return keep(NetworkId::Libraries, PointKind::Library, &[]);
        }
        return reject("library-in-odcaf-layer", "library: the libraries layer comes from ODCAF");
    }
    if t == "eco quartier"
        || t.starts_with("organisme communautaire")
        || COMMUNITY_ORGANISATIONS.iter().any(|o| has(&n, o))
    {
        return reject("community-organization", "community organization, not a government office");
    }
    if t == "centre de recuperation et de tri" {
        return reject("not-a-service-counter", "eco-centre, recycling or composting site");
    }
    if has(&n, "detention") {
        return reject("not-a-service-counter", "detention centre");
    }
    if has(&n, "centre de recherche") {
        return reject("not-a-service-counter", "research centre");
    }
    if has(&n, "service a la communaute") || has(&n, "securite publique") {
        return reject("not-a-service-counter", "police community service");
    }
    if has(&n, "office national du film") {
        return reject("not-a-service-counter", "National Film Board office");
    }
    if fold(level) == "niveau 4" {
        return reject("not-a-public-counter", "back office (classification niveau 4)");
    }
    let municipal_office = t == "bureau acces montreal et bureaux municipaux";
    let department = ["direction", "travaux publics", "bureau administratif"].iter().any(|d| n.starts_with(d));
    if municipal_office && department && !has(&n, "permis") {
        return reject("not-a-public-counter", "administrative department, not a citizen counter");
    }

    if t == "hotel de ville mairie" {
        return Class::Keep { network: NetworkId::Montreal, kind: PointKind::CityHall, categories: montreal };
    }
    if municipal_office {
        return Class::Keep { network: NetworkId::Montreal, kind: PointKind::MunicipalOffice, categories: montreal };
    }
    if has(&n, "cour municipale") {
        return keep(NetworkId::Montreal, PointKind::Court, &[Category::Justice]);
    }
    if has(&n, "palais de justice") || has(&n, "cour d appel") {
        return keep(NetworkId::JusticeQuebec, PointKind::Court, &[]);
    }
    if has(&n, "centre local d emploi") || (n.starts_with("centre de services specialises") && has(&n, "cle")) {
        return keep(NetworkId::ServicesQuebec, PointKind::EmploymentCentre, &[]);
    }
    if has(&n, "revenu quebec") {
        return keep(NetworkId::RevenuQuebec, PointKind::TaxOffice, &[]);
    }
    if has(&n, "bureau d immatriculation") {
        return keep(NetworkId::Saaq, PointKind::RegistryOffice, &[]);
    }
    if n.starts_with("clsc") {
        return keep(NetworkId::SanteQuebec, PointKind::HealthCentre, &[]);
    }
    if has(&n, "centre service canada") {
        return keep(NetworkId::ServiceCanada, PointKind::ServiceCentre, &[]);
    }
    if has(&n, "bureau des passeports") {
        return Class::Keep {
            network: NetworkId::ServiceCanada,
            kind: PointKind::PassportOffice,
            categories: Categories::of(&[Category::Passports, Category::Identity]),
        };
    }
    reject("unclassified", "no rule matches this row")
}

/// The street line: "numero rue", then ", étage N" unless the floor is 0, then the suite
/// ("bureau 34"; a suite that is a word, such as "Pavillon R", stays as written).
fn street(number: &str, street: &str, floor: &str, suite: &str) -> Option<String> {
    let mut line = non_empty(&format!("{number} {street}"))?;
    if let Some(floor) = non_empty(floor).filter(|f| f != "0") {
        line.push_str(&format!(", étage {floor}"));
    }
    if let Some(suite) = non_empty(suite) {
        let first_word = suite.split(' ').next().unwrap_or("");
        let is_word = first_word.chars().count() > 2 && first_word.chars().skip(1).all(|c| c.is_lowercase());
        if is_word {
            line.push_str(&format!(", {suite}"));
        } else {
            line.push_str(&format!(", bureau {suite}"));
        }
    }
    Some(line)
}

#[cfg(test)]
mod tests {
    use super::super::parse;
    use super::super::testing::*;
    use super::*;
    use crate::domain::geo::LatLon;
    use crate::domain::model::{Confidence, Geocode, GeocodeMethod, Languages, Provenance};
    use crate::domain::tz::TimeZone;
    use crate::pipeline::Severity;
    use crate::pipeline::SourceOutput;

    fn out() -> SourceOutput {
        parse(&Montreal, &fixture(PATH), stand_in_hours).expect("fixture parses")
    }

    #[test]
    fn fixture_points_and_issues() {
        let out = out();
        check_invariants(&out);
        assert_eq!(out.tally.rows_in, 26);
        let ids: Vec<&str> = out.points.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "mtl-63", "mtl-461", "mtl-1088", "mtl-1860", "mtl-1861", "mtl-1870", "mtl-1873", "mtl-1921",
                "mtl-2194", "mtl-2431", "mtl-2440", "mtl-2446", "mtl-2986", "mtl-3239",
            ]
        );
        let k = |r: &str, c: &str| (r.to_owned(), Severity::Rejected, c.to_owned());
        assert_eq!(
            issue_keys(&out),
            [
                k("106", "not-a-service-counter"),
                k("1274", "community-organization"),
                k("137", "not-a-service-counter"),
                k("144", "not-a-service-counter"),
                k("145", "community-organization"),
                k("1996", "not-a-public-counter"),
                k("217", "not-a-public-counter"),
                k("2476", "foreign-consulate"),
                k("2782", "library-in-odcaf-layer"),
                k("3434", "international-organization"),
                k("58", "community-organization"),
                k("9999", "unclassified"),
            ]
        );
    }

    #[test]
    fn a_borough_counter_with_a_no_break_space_postal_code() {
        let out = out();
        let p = point(&out, "mtl-461");
        assert_eq!(p.network, NetworkId::Montreal.index());
        assert_eq!(p.kind, PointKind::MunicipalOffice);
        assert_eq!(p.name, Text::fr("Point de service de L'Île-Bizard-Sainte-Geneviève"));
        assert_eq!(p.address.street.as_deref(), Some("13 Rue Chauret"));
        assert_eq!(p.address.city.as_deref(), Some("Montréal"));
        assert_eq!(p.address.postal_code.as_deref(), Some("H9H 2X2"));
        assert_eq!((p.community.as_str(), p.province, p.tz), ("Montréal", Province::QC, TimeZone::Toronto));
        assert_eq!(p.pos, Some(LatLon::new(45.481191876, -73.868712546)));
        assert_eq!(p.geocode, Geocode { method: GeocodeMethod::Source, confidence: Confidence::High });
        assert_eq!(p.languages, Languages::UNKNOWN);
        assert_eq!(p.categories.iter().collect::<Vec<_>>(), [Category::Municipal]);
        assert_eq!(p.sources, [Provenance { dataset: DatasetId::Montreal.index(), record: "461".into() }]);
    }

    #[test]
    fn quebec_and_federal_counters() {
        let out = out();
        let net = |id: &str| (point(&out, id).network, point(&out, id).kind);
        // Both apostrophes.
        assert_eq!(net("mtl-63"), (NetworkId::ServicesQuebec.index(), PointKind::EmploymentCentre));
        assert_eq!(net("mtl-1088"), (NetworkId::ServicesQuebec.index(), PointKind::EmploymentCentre));
        assert_eq!(net("mtl-2431"), (NetworkId::ServicesQuebec.index(), PointKind::EmploymentCentre));
        assert_eq!(net("mtl-1921"), (NetworkId::RevenuQuebec.index(), PointKind::TaxOffice));
        assert_eq!(net("mtl-1861"), (NetworkId::Saaq.index(), PointKind::RegistryOffice));
        assert_eq!(net("mtl-1870"), (NetworkId::SanteQuebec.index(), PointKind::HealthCentre));
        assert_eq!(net("mtl-2194"), (NetworkId::JusticeQuebec.index(), PointKind::Court));
        assert_eq!(net("mtl-1873"), (NetworkId::Montreal.index(), PointKind::Court));
        assert!(point(&out, "mtl-1873").categories.contains(Category::Justice));
        assert!(point(&out, "mtl-1873").categories.contains(Category::Municipal));
        assert_eq!(net("mtl-2440"), (NetworkId::ServiceCanada.index(), PointKind::ServiceCentre));
        assert_eq!(net("mtl-1860"), (NetworkId::ServiceCanada.index(), PointKind::PassportOffice));
        assert_eq!(point(&out, "mtl-1860").categories, Categories::of(&[Category::Passports, Category::Identity]));
        assert_eq!(net("mtl-2986"), (NetworkId::Montreal.index(), PointKind::CityHall));
        assert_eq!(net("mtl-3239"), (NetworkId::Montreal.index(), PointKind::MunicipalOffice));
        // No-break space after the postal code.
        assert_eq!(point(&out, "mtl-1088").address.postal_code.as_deref(), Some("H1V 1H1"));
    }

    #[test]
    fn streets() {
        let out = out();
        assert_eq!(
            point(&out, "mtl-2440").address.street.as_deref(),
            Some("200 Boulevard René-Lévesque Ouest, bureau 34")
        );
        assert_eq!(point(&out, "mtl-3239").address.street.as_deref(), Some("201 Avenue Laurier Est, étage 5"));
        assert_eq!(
            street("900", "Rue Saint-Denis", "0", "Pavillon R").as_deref(),
            Some("900 Rue Saint-Denis, Pavillon R")
        );
        assert_eq!(street(" ", " ", "0", ""), None);
    }

    #[test]
    fn the_library_odcaf_lacks() {
        let out = out();
        let p = point(&out, "mtl-2446");
        assert_eq!(p.network, NetworkId::Libraries.index());
        assert_eq!(p.kind, PointKind::Library);
        assert_eq!(p.community, "Westmount");
        assert_eq!(p.categories.iter().collect::<Vec<_>>(), [Category::Library]);
    }
}
