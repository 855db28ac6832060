//! The services catalogue: the GC Service Inventory (`sources::services`) joined with the
//! project's curated tables in `data/services/` (compiled in, since they are part of the
//! code and reviewed like it):
//!
//! - `synonyms.csv`: groups of equivalent words for the search;
//! - `life_events.csv`: curated lists of services per life event;
//! - `delivery.csv`: which networks deliver a service in person, or why none does.
//!
//! Output: `services.bin` (the public view: services whose clients include persons, plus
//! any service a life event lists) and `services-other.bin` (the rest, for the insights
//! view). Only the public file carries the synonyms and life events.
use std::collections::BTreeMap;

use serde::Deserialize;

use super::provincial_services::{self, Linking, ProvincialRow};
use super::sources::services::Inventory;
use super::{table, DatasetId, NetworkId, RowIssue, Severity};
use crate::domain::model::{Category, Text};
use crate::domain::service::{
    Channel, Channels, Delivery, InPerson, LifeEvent, Org, Service, ServiceCatalogue, SynonymGroup, Target,
};
use crate::domain::text::{fold, non_empty};

/// `data/services/synonyms.csv`.
pub const SYNONYMS: &str = include_str!("../../data/services/synonyms.csv");
/// `data/services/life_events.csv`.
pub const LIFE_EVENTS: &str = include_str!("../../data/services/life_events.csv");
/// `data/services/delivery.csv`.
pub const DELIVERY: &str = include_str!("../../data/services/delivery.csv");

/// The client group of the public view.
pub const PUBLIC_GROUP: &str = "PERSON";

/// Parses `synonyms.csv`: every group has an id and at least two terms; terms are folded;
/// no term is in two groups.
pub fn parse_synonyms(text: &str) -> Result<Vec<SynonymGroup>, String> {
    #[derive(Deserialize)]
    struct Row {
        id: String,
        terms: String,
    }
    let mut groups: Vec<SynonymGroup> = Vec::new();
    let mut seen: BTreeMap<String, String> = BTreeMap::new();
    for (line, r) in table::curated::<Row>(text)? {
        let id = r.id;
        if id.is_empty() || groups.iter().any(|g| g.id == id) {
            return Err(format!("line {line}: empty or repeated id {id:?}"));
        }
        let mut terms: Vec<String> = Vec::new();
        for t in r.terms.split(';').map(fold).filter(|t| !t.is_empty()) {
            if !terms.contains(&t) {
                terms.push(t);
            }
        }
        if terms.len() < 2 {
            return Err(format!("line {line}: group {id} needs at least two terms"));
        }
        for t in &terms {
            if let Some(other) = seen.insert(t.clone(), id.clone()) {
                return Err(format!("line {line}: term {t:?} is in groups {other} and {id}"));
            }
        }
        groups.push(SynonymGroup { id, terms });
    }
    Ok(groups)
}

/// A life event as written in `life_events.csv` (service ids not resolved yet).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LifeEventRow {
    pub id: String,
    pub name: Text,
    pub services: Vec<String>,
}

/// Parses `life_events.csv`.
pub fn parse_life_events(text: &str) -> Result<Vec<LifeEventRow>, String> {
    #[derive(Deserialize)]
    struct Row {
        id: String,
        name_en: String,
        name_fr: String,
        services: String,
    }
    let mut out: Vec<LifeEventRow> = Vec::new();
    for (line, r) in table::curated::<Row>(text)? {
        let (Some(en), Some(fr)) = (non_empty(&r.name_en), non_empty(&r.name_fr)) else {
            return Err(format!("line {line}: a life event needs both names"));
        };
        let services: Vec<String> = r.services.split(';').filter_map(non_empty).collect();
        if r.id.is_empty() || out.iter().any(|e| e.id == r.id) || services.is_empty() {
            return Err(format!("line {line}: empty or repeated id, or no services"));
        }
        out.push(LifeEventRow { id: r.id, name: Text::both(en, fr), services });
    }
    Ok(out)
}

/// One row of `delivery.csv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule {
    /// Line in the file (for the report).
    pub line: usize,
    pub service: Option<String>,
    pub org: Option<String>,
    /// Folded words that must all be in the folded English name.
    pub name: Vec<String>,
    pub targets: Vec<(NetworkId, Option<Category>)>,
    pub reason: String,
}

impl Rule {
    /// Does this rule apply to `s`, owned by `org`?
    pub fn matches(&self, s: &Service, org: &str) -> bool {
        if self.service.as_deref().is_some_and(|id| id != s.id) || self.org.as_deref().is_some_and(|o| o != org) {
            return false;
        }
        if self.name.is_empty() {
            return true;
        }
        let name = fold(s.name.en.as_deref().unwrap_or_default());
        let words: Vec<&str> = name.split(' ').collect();
        self.name.iter().all(|w| words.contains(&w.as_str()))
    }

    /// How the rule reads in the report ("service 1242", "org esdc-edsc, name labour").
    pub fn label(&self) -> String {
        let mut parts = Vec::new();
        if let Some(s) = &self.service {
            parts.push(format!("service {s}"));
        }
        if let Some(o) = &self.org {
            parts.push(format!("org {o}"));
        }
        if !self.name.is_empty() {
            parts.push(format!("name \"{}\"", self.name.join(" ")));
        }
        if parts.is_empty() {
            parts.push(String::from("any other"));
        }
        parts.join(", ")
    }
}

/// Parses `delivery.csv`: targets name networks of [`NetworkId`] and categories of
/// [`Category`]; a row without targets must give a reason.
pub fn parse_delivery(text: &str) -> Result<Vec<Rule>, String> {
    #[derive(Deserialize)]
    struct Row {
        service: String,
        org: String,
        name: String,
        deliver: String,
        reason: String,
    }
    let mut out = Vec::new();
    for (line, r) in table::curated::<Row>(text)? {
        let targets = targets(&r.deliver, line)?;
        let reason = r.reason;
        if reason.is_empty() {
            return Err(format!("line {line}: every row needs a reason"));
        }
        out.push(Rule {
            line,
            service: non_empty(&r.service),
            org: non_empty(&r.org),
            name: fold(&r.name).split(' ').filter(|w| !w.is_empty()).map(str::to_owned).collect(),
            targets,
            reason,
        });
    }
    Ok(out)
}

/// Delivery targets `network[:category]`, space-separated (delivery.csv, federal.csv).
fn targets(deliver: &str, line: usize) -> Result<Vec<(NetworkId, Option<Category>)>, String> {
    deliver
        .split_whitespace()
        .map(|t| {
            let (net, cat) = match t.split_once(':') {
                Some((n, c)) => {
                    (n, Some(Category::from_id(c).ok_or_else(|| format!("line {line}: unknown category {c}"))?))
                }
                None => (t, None),
            };
            let net = NetworkId::ALL
                .into_iter()
                .find(|n| n.network().id == net)
                .ok_or_else(|| format!("line {line}: unknown network {net}"))?;
            Ok((net, cat))
        })
        .collect()
}

/// `data/services/federal.csv`.
pub const FEDERAL: &str = include_str!("../../data/services/federal.csv");

/// The prefix of the ids of curated federal services (not in the inventory).
pub const FEDERAL_PREFIX: &str = "gc-";

/// A federal service that the inventory lacks, as written in `federal.csv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FederalRow {
    pub line: usize,
    pub id: String,
    /// The owner organization's inventory id (`owner_org`).
    pub org: String,
    pub name: Text,
    pub description: Text,
    pub targets: Vec<(NetworkId, Option<Category>)>,
    pub provenance: String,
}

/// Parses `federal.csv`: ids start with [`FEDERAL_PREFIX`] and are unique; both names,
/// both descriptions, at least one target and the provenance are required.
pub fn parse_federal(text: &str) -> Result<Vec<FederalRow>, String> {
    #[derive(Deserialize)]
    struct Row {
        id: String,
        org: String,
        name_en: String,
        name_fr: String,
        description_en: String,
        description_fr: String,
        deliver: String,
        provenance: String,
    }
    let mut out: Vec<FederalRow> = Vec::new();
    for (line, r) in table::curated::<Row>(text)? {
        if !r.id.starts_with(FEDERAL_PREFIX) || out.iter().any(|x| x.id == r.id) {
            return Err(format!("line {line}: bad or repeated id {:?}", r.id));
        }
        let fields = [&r.org, &r.name_en, &r.name_fr, &r.description_en, &r.description_fr, &r.provenance];
        if fields.iter().any(|f| f.is_empty()) {
            return Err(format!(
                "line {line}: {} needs an org, both names, both descriptions and its provenance",
                r.id
            ));
        }
        let targets = targets(&r.deliver, line)?;
        if targets.is_empty() {
            return Err(format!("line {line}: {} is delivered nowhere", r.id));
        }
        out.push(FederalRow {
            line,
            id: r.id,
            org: r.org,
            name: Text::both(r.name_en, r.name_fr),
            description: Text::both(r.description_en, r.description_fr),
            targets,
            provenance: r.provenance,
        });
    }
    Ok(out)
}

/// Is the service offered in person (what the delivery table must cover)?
/// [`Service::in_person`].
pub fn in_person(s: &Service) -> bool {
    s.in_person()
}

/// What the join did, for the report and the manifest.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ServicesSummary {
    /// Services of the inventory (both files).
    pub services: usize,
    /// Services in `services.bin` (the provincial ones included).
    pub public: usize,
    pub in_person: usize,
    /// In person and delivered at one of our networks.
    pub delivered: usize,
    pub cut_descriptions: usize,
    /// Per rule (in file order): label, in-person services it matched, networks, reason.
    pub rules: Vec<(String, usize, String, String)>,
    /// Per life event: id and services kept.
    pub life_events: Vec<(String, usize)>,
    pub synonym_groups: usize,
    pub provincial: ProvincialSummary,
}

/// A network a provincial service is linked to: its id, the points whose list names the
/// service, and whether a list describes the whole network.
pub type LinkedNetwork = (String, usize, bool);

/// What the provincial lists of services gave.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProvincialSummary {
    /// Per row of `provincial.csv`: id, and the networks it is linked to.
    pub rows: Vec<(String, Vec<LinkedNetwork>)>,
    /// Points with a list of services; linked to at least one service by it.
    pub listed: usize,
    pub linked: usize,
    /// Provincial services in the catalogue (rows linked to a point).
    pub services: usize,
    /// Items that name no service and are not context, with the number of points.
    pub unmatched: Vec<(String, usize)>,
}

/// What [`assemble`] gives.
#[derive(Debug, Clone, Default)]
pub struct Assembled {
    /// `services.bin`: persons' services, the provincial services included.
    pub public: ServiceCatalogue,
    /// `services-other.bin`.
    pub other: ServiceCatalogue,
    /// The services of `public` delivered in person at points of the bundle (`core.bin`).
    pub in_person: Vec<InPerson>,
    pub summary: ServicesSummary,
    /// Issues about curated rows and unmatched items of the provincial lists.
    pub issues: Vec<RowIssue>,
}

/// The provincial services as [`provincial_services::link`] found them.
#[derive(Debug, Clone, Default)]
pub struct Provincial {
    pub rows: Vec<ProvincialRow>,
    pub linking: Linking,
}

/// The organization of the provincial services in the catalogue.
pub fn provincial_org() -> Org {
    Org {
        id: String::from("provinces-territories"),
        name: Text::both(
            "Provincial and territorial service centres",
            "Centres de services provinciaux et territoriaux",
        ),
    }
}

/// The two catalogues (public, other), the in-person list, the summary, and issues about
/// curated rows.
pub fn assemble(
    inv: &Inventory,
    synonyms: Vec<SynonymGroup>,
    events: &[LifeEventRow],
    rules: &[Rule],
    federal: &[FederalRow],
    provincial: &Provincial,
) -> Assembled {
    let curated = DatasetId::ServiceCurated.dataset().id;
    let mut issues = Vec::new();
    let mut all = inv.catalogue.clone();
    let mut used = vec![0usize; rules.len()];
    let mut delivered = 0;
    let mut in_person_count = 0;
    for s in &mut all.services {
        if !in_person(s) {
            continue;
        }
        in_person_count += 1;
        let org = &inv.catalogue.orgs[s.org as usize].id;
        match rules.iter().position(|r| r.matches(s, org)) {
            Some(i) => {
                used[i] += 1;
                s.delivery =
                    rules[i].targets.iter().map(|(n, c)| Target { network: n.index(), category: *c }).collect();
                delivered += usize::from(!s.delivery.is_empty());
            }
            None => issues.push(RowIssue::new(
                &curated,
                s.id.clone(),
                Severity::Warning,
                "no-delivery-rule",
                "offered in person but no row of delivery.csv matches",
            )),
        }
    }
    // Public: persons, plus whatever a life event lists.
    let listed: Vec<&str> = events.iter().flat_map(|e| e.services.iter().map(String::as_str)).collect();
    let public_bit = all.client_groups.iter().position(|c| c.id == PUBLIC_GROUP).map_or(0, |i| 1u16 << i);
    let (public_services, other_services): (Vec<Service>, Vec<Service>) =
        all.services.iter().cloned().partition(|s| s.clients & public_bit != 0 || listed.contains(&s.id.as_str()));
    let mut public = ServiceCatalogue { services: public_services, ..all.clone() };
    let other = ServiceCatalogue { services: other_services, ..all.clone() };
    // Federal services delivered at networks of the bundle, then the provincial ones.
    let mut in_person: Vec<InPerson> = public
        .services
        .iter()
        .filter(|s| !s.delivery.is_empty())
        .map(|s| InPerson {
            id: s.id.clone(),
            name: s.name.clone(),
            provincial: false,
            delivery: s.delivery.iter().map(|t| Delivery::network(*t)).collect(),
        })
        .collect();
    // The curated federal services (persons', in person, delivered where they say).
    for row in federal {
        let Some(org) = public.orgs.iter().position(|o| o.id == row.org) else {
            let detail = format!("line {}: no organization {} in the inventory", row.line, row.org);
            issues.push(RowIssue::new(&curated, row.id.clone(), Severity::Warning, "unknown-org", detail));
            continue;
        };
        let mut feedback = Channels::default();
        feedback.insert(Channel::InPerson);
        let delivery: Vec<Target> =
            row.targets.iter().map(|(n, c)| Target { network: n.index(), category: *c }).collect();
        in_person.push(InPerson {
            id: row.id.clone(),
            name: row.name.clone(),
            provincial: false,
            delivery: delivery.iter().map(|t| Delivery::network(*t)).collect(),
        });
        public.services.push(Service {
            id: row.id.clone(),
            name: row.name.clone(),
            description: row.description.clone(),
            org: org as u16,
            clients: public_bit,
            feedback,
            delivery,
            ..Service::default()
        });
    }
    let org = public.orgs.len() as u16;
    public.orgs.push(provincial_org());
    let (mut prov_services, prov_sources, prov_in_person) =
        provincial_services::services(&provincial.rows, &provincial.linking, org, public_bit);
    public.services.append(&mut prov_services);
    public.services.sort_by(|a, b| a.id.cmp(&b.id));
    public.provincial = prov_sources;
    in_person.extend(prov_in_person);
    in_person.sort_by(|a, b| a.id.cmp(&b.id));
    for (row, links) in provincial.rows.iter().zip(&provincial.linking.services) {
        if links.is_empty() {
            issues.push(RowIssue::new(
                &curated,
                format!("provincial.csv {}", row.id),
                Severity::Warning,
                "provincial-service-unused",
                format!("line {}: no point's list of services names it", row.line),
            ));
        }
    }
    let centres = DatasetId::ProvincialCentres.dataset().id;
    for u in &provincial.linking.unmatched {
        issues.push(RowIssue::new(
            &centres,
            u.record.clone(),
            Severity::Warning,
            "services-text-unmatched",
            format!("{}: no service of provincial.csv names \"{}\"", u.point, u.item),
        ));
    }
    let mut event_counts = Vec::new();
    for e in events {
        let mut indexes = Vec::new();
        for id in &e.services {
            match public.index_of(id) {
                Some(i) => indexes.push(i as u32),
                None => issues.push(RowIssue::new(
                    &curated,
                    format!("life-event {}", e.id),
                    Severity::Warning,
                    "unknown-service",
                    format!("service {id} is not in the inventory"),
                )),
            }
        }
        event_counts.push((e.id.clone(), indexes.len()));
        public.life_events.push(LifeEvent { id: e.id.clone(), name: e.name.clone(), services: indexes });
    }
    let synonym_groups = synonyms.len();
    public.synonyms = synonyms;
    let summary = ServicesSummary {
        services: all.services.len(),
        public: public.services.len(),
        in_person: in_person_count,
        delivered,
        cut_descriptions: inv.cut_descriptions,
        rules: rules
            .iter()
            .zip(&used)
            .map(|(r, n)| {
                let nets: Vec<String> = r
                    .targets
                    .iter()
                    .map(|(n, c)| match c {
                        Some(c) => format!("{}:{}", n.network().id, c.id()),
                        None => n.network().id,
                    })
                    .collect();
                (r.label(), *n, nets.join(" "), r.reason.clone())
            })
            .collect(),
        life_events: event_counts,
        synonym_groups,
        provincial: provincial_summary(provincial, &in_person),
    };
    Assembled { public, other, in_person, summary, issues }
}

/// The provincial part of the summary.
fn provincial_summary(p: &Provincial, in_person: &[InPerson]) -> ProvincialSummary {
    let mut unmatched: BTreeMap<&str, usize> = BTreeMap::new();
    for u in &p.linking.unmatched {
        *unmatched.entry(u.item.as_str()).or_insert(0) += 1;
    }
    ProvincialSummary {
        rows: p
            .rows
            .iter()
            .zip(&p.linking.services)
            .map(|(r, links)| {
                let nets = links.iter().map(|(n, l)| (n.network().id, l.points.len(), l.network_wide)).collect();
                (r.id.clone(), nets)
            })
            .collect(),
        listed: p.linking.listed,
        linked: p.linking.linked,
        services: in_person.iter().filter(|s| s.provincial).count(),
        unmatched: unmatched.into_iter().map(|(k, v)| (k.to_owned(), v)).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::service::{Channel, Count};

    #[test]
    fn curated_files_parse() {
        let syn = parse_synonyms(SYNONYMS).expect("synonyms.csv");
        assert!(syn.len() >= 20);
        let ei = syn.iter().find(|g| g.id == "ei").unwrap();
        for t in ["ei", "employment insurance", "assurance emploi", "chomage"] {
            assert!(ei.terms.iter().any(|x| x == t), "{t} in {:?}", ei.terms);
        }
        let sin = syn.iter().find(|g| g.id == "sin").unwrap();
        assert!(sin.terms.contains(&"nas".to_owned()) && sin.terms.contains(&"social insurance number".to_owned()));
        let cpp = syn.iter().find(|g| g.id == "cpp").unwrap();
        assert!(cpp.terms.contains(&"rpc".to_owned()));
        let events = parse_life_events(LIFE_EVENTS).expect("life_events.csv");
        let ids: Vec<&str> = events.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "having-a-baby",
                "moving",
                "losing-a-job",
                "retiring",
                "newcomer",
                "death-of-a-loved-one",
                "starting-a-business"
            ]
        );
        let rules = parse_delivery(DELIVERY).expect("delivery.csv");
        // The last row catches everything, with a reason.
        let last = rules.last().unwrap();
        assert!(last.service.is_none() && last.org.is_none() && last.name.is_empty() && last.targets.is_empty());
        assert!(rules.iter().all(|r| !r.reason.is_empty()));
    }

    #[test]
    fn synonym_errors() {
        assert!(parse_synonyms("id,terms\na,x\n").is_err());
        assert!(parse_synonyms("id,terms\na,x;y\nb,y;z\n").is_err());
        assert!(parse_synonyms("id,terms\na,x;y\na,u;v\n").is_err());
        assert!(parse_synonyms("# c\nid,terms\na,X-Y;Çà\n").unwrap()[0].terms == ["x y", "ca"]);
        assert!(parse_synonyms("id,words\n").is_err());
    }

    #[test]
    fn federal_curated_services() {
        let rows = parse_federal(FEDERAL).expect("federal.csv");
        assert_eq!(rows[0].id, "gc-biometrics");
        assert_eq!(rows[0].targets, [(NetworkId::ServiceCanada, Some(Category::Biometrics))]);
        let header = "id,org,name_en,name_fr,description_en,description_fr,deliver,provenance\n";
        let bad = |row: &str| parse_federal(&format!("{header}{row}\n")).unwrap_err();
        assert!(bad("x-1,cic,A,B,C,D,service-canada,P").contains("bad or repeated id"));
        assert!(bad("gc-x,cic,A,,C,D,service-canada,P").contains("both names"));
        assert!(bad("gc-x,cic,A,B,C,D,,P").contains("delivered nowhere"));
        assert!(bad("gc-x,cic,A,B,C,D,nowhere,P").contains("unknown network"));
    }

    #[test]
    fn delivery_errors_and_matching() {
        assert!(parse_delivery("service,org,name,deliver,reason\n1,,,nowhere,x\n").is_err());
        assert!(parse_delivery("service,org,name,deliver,reason\n1,,,service-canada:nothing,x\n").is_err());
        assert!(parse_delivery("service,org,name,deliver,reason\n1,,,,\n").is_err());
        let rules = parse_delivery(
            "service,org,name,deliver,reason\n,esdc-edsc,Labour,,not here\n,esdc-edsc,,service-canada:passports service-bc,why\n",
        )
        .unwrap();
        assert_eq!(
            rules[1].targets,
            [(NetworkId::ServiceCanada, Some(Category::Passports)), (NetworkId::ServiceBc, None)]
        );
        let s = |name: &str| Service { id: "1".into(), name: Text::en(name), ..Service::default() };
        assert!(rules[0].matches(&s("Labour Standards"), "esdc-edsc"));
        assert!(!rules[0].matches(&s("Labourer"), "esdc-edsc"));
        assert!(!rules[0].matches(&s("Labour Standards"), "cra-arc"));
        assert!(rules[1].matches(&s("Labourer"), "esdc-edsc"));
        assert_eq!(rules[0].label(), "org esdc-edsc, name \"labour\"");
    }

    #[test]
    fn in_person_flag() {
        let mut s = Service::default();
        assert!(!in_person(&s));
        s.volumes.in_person = Count::Known(0);
        assert!(!in_person(&s));
        s.volumes.in_person = Count::NotDetermined;
        assert!(in_person(&s));
        s.volumes.in_person = Count::NotApplicable;
        s.feedback.insert(Channel::InPerson);
        assert!(in_person(&s));
    }
}
