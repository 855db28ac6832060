//! The services search on the real catalogue (`public/data/services.bin`, committed) and
//! on the curated tables: the relevance cases of issue 8 in English and French.
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;

use guichet::bundle;
use guichet::domain::service::ServiceCatalogue;
use guichet::domain::services::ServiceIndex;
use guichet::domain::text::fold;

fn catalogue() -> ServiceCatalogue {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("public/data").join(bundle::SERVICES);
    bundle::decode(&std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))).expect("decodes")
}

struct Search {
    cat: ServiceCatalogue,
    index: ServiceIndex,
}

impl Search {
    fn new() -> Search {
        let cat = catalogue();
        let index = ServiceIndex::new(&cat);
        Search { cat, index }
    }

    /// Ids of the first `n` results.
    fn top(&self, query: &str, n: usize) -> Vec<String> {
        self.index.search(query, n).iter().map(|h| self.cat.services[h.service as usize].id.clone()).collect()
    }

    /// Folded names (both languages) of the first `n` results.
    fn names(&self, query: &str, n: usize) -> Vec<String> {
        self.index
            .search(query, n)
            .iter()
            .map(|h| {
                let s = &self.cat.services[h.service as usize];
                fold(&format!("{} / {}", s.name.en.as_deref().unwrap_or(""), s.name.fr.as_deref().unwrap_or("")))
            })
            .collect()
    }

    fn first(&self, query: &str) -> String {
        self.top(query, 1).into_iter().next().unwrap_or_else(|| panic!("{query:?} finds nothing"))
    }
}

#[test]
fn passport_services_first() {
    let s = Search::new();
    for q in ["passeport", "passport", "Passports", "PASSEPORTS ", "passp", "passepo"] {
        let names = s.names(q, 3);
        assert_eq!(names.len(), 3, "{q}");
        for n in &names {
            assert!(n.contains("passport") || n.contains("passeport"), "{q}: {names:?}");
        }
        let first = s.first(q);
        assert!(first == "1242" || first == "SRV03049", "{q}: {first}");
    }
}

#[test]
fn employment_insurance() {
    let s = Search::new();
    for q in [
        "assurance emploi",
        "assurance-emploi",
        "Assurance-Emploi ",
        "assurance empl",
        "EI",
        "ei ",
        "employment insurance",
        "Employment Ins",
        "chômage",
        "chomage",
        "AE",
        "prestations d'assurance-emploi",
    ] {
        assert_eq!(s.first(q), "1003", "{q}: {:?}", s.names(q, 3));
    }
}

#[test]
fn social_insurance_number() {
    let s = Search::new();
    for q in ["SIN", "sin ", "NAS", "social insurance number", "numéro d'assurance sociale", "numero d assurance soc"]
    {
        assert_eq!(s.first(q), "1292", "{q}: {:?}", s.names(q, 3));
    }
}

#[test]
fn pensions() {
    let s = Search::new();
    for q in ["CPP", "RPC", "canada pension plan", "régime de pensions"] {
        assert_eq!(s.first(q), "7", "{q}: {:?}", s.names(q, 3));
    }
    for q in ["OAS", "old age security", "sécurité de la vieillesse", "securite vieillesse"] {
        assert_eq!(s.first(q), "1001", "{q}: {:?}", s.names(q, 3));
    }
    // "pension" finds the public pensions among the first results.
    let top = s.top("pension", 5);
    assert!(top.contains(&"7".to_owned()), "{:?}", s.names("pension", 5));
}

#[test]
fn other_common_queries() {
    let s = Search::new();
    let first_name = |q: &str| s.names(q, 1).into_iter().next().unwrap_or_default();
    assert!(first_name("citoyenneté").contains("citoyennete"), "{}", first_name("citoyenneté"));
    assert!(first_name("citizenship").contains("citizenship"));
    assert!(first_name("child benefit").contains("child benefit"), "{}", first_name("child benefit"));
    assert!(first_name("allocation canadienne pour enfants").contains("child benefit"));
    assert!(first_name("dental").contains("dental"));
    assert!(first_name("student loans").contains("student"));
    assert!(first_name("incorporation").contains("incorporation"));
    // Names rank above descriptions: every name hit comes before any description-only hit.
    let hits = s.index.search("passport", 50);
    let in_name = |i: u32| {
        let x = &s.cat.services[i as usize];
        fold(&format!("{:?} {:?}", x.name.en, x.name.fr)).contains("passport")
            || fold(&format!("{:?}", x.name.fr)).contains("passeport")
    };
    let first_desc = hits.iter().position(|h| !in_name(h.service)).unwrap_or(hits.len());
    assert!(hits[first_desc..].iter().all(|h| !in_name(h.service)));
    assert!(first_desc >= 3);
}

#[test]
fn nothing_for_nonsense_and_blank() {
    let s = Search::new();
    assert!(s.top("", 10).is_empty());
    assert!(s.top("   ", 10).is_empty());
    assert!(s.top("xqzzv", 10).is_empty());
}

#[test]
fn catalogue_shape() {
    let cat = catalogue();
    assert!(cat.services.len() > 750, "{}", cat.services.len());
    assert!(cat.services.windows(2).all(|w| w[0].id < w[1].id), "sorted by id");
    assert_eq!(cat.life_events.len(), 7);
    assert!(cat.synonyms.len() >= 20);
    for s in &cat.services {
        assert!(
            cat.serves(s, "PERSON")
                || cat.life_events.iter().any(|e| e.services.contains(&(cat.index_of(&s.id).unwrap() as u32))),
            "{}",
            s.id
        );
        assert!(s.name.en.is_some() && s.name.fr.is_some(), "{}", s.id);
    }
}

/// The finder's in-person list of the committed core bundle.
fn in_person(
) -> (Vec<guichet::domain::model::Network>, Vec<guichet::domain::model::Point>, Vec<guichet::domain::service::InPerson>)
{
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("public/data").join(bundle::CORE);
    let core: bundle::CoreBundle =
        bundle::decode(&std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))).expect("decodes");
    (core.networks, core.points, core.in_person)
}

#[test]
fn provincial_services_are_found_in_english_and_french() {
    let s = Search::new();
    for q in [
        "driver's licence",
        "driver's license",
        "drivers licence",
        "permis de conduire",
        "Permis de cond",
        "road test",
        "examen de conduite",
    ] {
        assert_eq!(s.first(q), "prov-driver-licence", "{q}: {:?}", s.names(q, 3));
    }
    for q in ["health card", "carte santé", "carte sante", "medicare card", "carte d'assurance maladie", "MSP"] {
        assert_eq!(s.first(q), "prov-health-card", "{q}: {:?}", s.names(q, 3));
    }
    for q in ["plaque", "licence plate", "vehicle registration", "immatriculation des véhicules"] {
        assert_eq!(s.first(q), "prov-vehicle-registration", "{q}: {:?}", s.names(q, 3));
    }
    for q in ["marriage licence", "licence de mariage", "permis de mariage"] {
        assert_eq!(s.first(q), "prov-marriage-licence", "{q}: {:?}", s.names(q, 3));
    }
    assert_eq!(s.first("landlord and tenant"), "prov-residential-tenancies");
    // A federal fishing licence exists too (Fisheries and Oceans, more used): both shown.
    let fishing = s.top("fishing licence", 3);
    assert!(fishing.contains(&"prov-fishing-licence".to_owned()), "{:?}", s.names("fishing licence", 3));
    // The federal cases are not disturbed by the new services.
    assert!(!s.first("passport").starts_with("prov-"));
    assert_eq!(s.first("SIN"), "1292");
}

#[test]
fn provincial_services_are_delivered_by_the_right_networks() {
    let (networks, points, list) = in_person();
    let cat = catalogue();
    let network_of = |id: &str| -> Vec<String> {
        let x = list.iter().find(|x| x.id == id).unwrap_or_else(|| panic!("{id} not in core.bin"));
        assert!(x.provincial);
        let mut nets: Vec<String> = points
            .iter()
            .filter(|p| guichet::domain::service::delivered(&x.delivery, p))
            .map(|p| networks[p.network as usize].id.clone())
            .collect();
        nets.sort();
        nets.dedup();
        nets
    };
    assert_eq!(network_of("prov-driver-licence"), ["access-ns", "service-bc", "service-nb"]);
    assert_eq!(network_of("prov-health-card"), ["service-bc", "service-nb"]);
    assert_eq!(network_of("prov-fishing-licence"), ["services-tno"]);
    let info = network_of("prov-government-information");
    assert_eq!(info, ["access-ns", "nwt-swsc", "serviceontario", "services-tno"]);
    // Every provincial service of the catalogue is in the finder's list, with its
    // provenance; every federal one there is delivered at a network.
    for s in cat.services.iter().filter(|s| s.id.starts_with("prov-")) {
        assert!(list.iter().any(|x| x.id == s.id), "{} not in core.bin", s.id);
        assert!(cat.provincial_source(&s.id).is_some(), "{} has no provenance", s.id);
        assert_eq!(cat.org(s).map(|o| o.id.as_str()), Some("provinces-territories"));
    }
    for x in list.iter().filter(|x| !x.provincial) {
        assert!(!cat.find(&x.id).unwrap().delivery.is_empty(), "{}", x.id);
    }
}
