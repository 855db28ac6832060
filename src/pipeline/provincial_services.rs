//! Provincial and territorial services, from the networks' own lists of services.
//!
//! The provincial source (`sources::provincial`) gives each centre a `services_text`: a
//! list ("Registry of Motor Vehicles (driver licensing, vehicle registration), residential
//! tenancies services, …") or a sentence about the whole network ("a wide range of
//! government information and services; available services vary by centre"). Two curated
//! tables turn those texts into services people can search and filter by:
//!
//! - `data/services/provincial.csv`: one row per service (bilingual name and description,
//!   the networks whose texts may name it, the phrases that name it, provenance);
//! - `data/services/provincial_context.csv`: phrases of items that are not services (a
//!   network-wide statement, a date or caveat of the list, other context).
//!
//! Matching ([`link`]): each text is cut into items ([`items`]); an item names a service
//! when it contains one of the service's phrases ([`names`]) and the point belongs to one
//! of the service's networks. A point is linked to every service one of its items names;
//! a text that says it describes the whole network (a `network-wide` context item) links
//! its services to every point of the network instead. Items that name no service and
//! are not context are returned as unmatched, for the report.
//!
//! Pure functions over strings; `run` feeds them the core bundle's points.
use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;

use super::{table, NetworkId};
use crate::domain::model::{Level, Text};
use crate::domain::service::{Channel, Channels, Delivery, Evidence, InPerson, ProvincialSource, Service, Target};
use crate::domain::text::fold;

/// `data/services/provincial.csv`.
pub const PROVINCIAL: &str = include_str!("../../data/services/provincial.csv");
/// `data/services/provincial_context.csv`.
pub const CONTEXT: &str = include_str!("../../data/services/provincial_context.csv");

/// Prefix of every provincial service id.
pub const ID_PREFIX: &str = "prov-";

/// One row of `provincial.csv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProvincialRow {
    /// Line in the file.
    pub line: usize,
    pub id: String,
    pub networks: Vec<NetworkId>,
    /// Folded phrases.
    pub phrases: Vec<String>,
    pub name: Text,
    pub description: Text,
    pub provenance: String,
}

/// What a context item says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ContextKind {
    /// The text describes the whole network.
    NetworkWide,
    /// A date or caveat of the list, shown with the quotes.
    Caveat,
    /// Not a service, not shown.
    Context,
}

/// One row of `provincial_context.csv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContextRow {
    /// Folded phrase.
    pub phrase: String,
    pub kind: ContextKind,
}

/// French text without a no-break space before `: ; ! ?` or around « ».
fn french_typography(s: &str) -> Result<(), String> {
    let chars: Vec<char> = s.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).map(|j| chars[j]);
        let next = chars.get(i + 1).copied();
        let nbsp = |ch: Option<char>| matches!(ch, Some('\u{a0}' | '\u{202f}'));
        if matches!(c, ':' | ';' | '!' | '?' | '»') && !nbsp(prev) {
            return Err(format!("no no-break space before {c:?} in {s:?}"));
        }
        if c == '«' && !nbsp(next) {
            return Err(format!("no no-break space after « in {s:?}"));
        }
    }
    Ok(())
}

/// Parses `provincial.csv`: ids start with [`ID_PREFIX`], are lower-case words and unique;
/// networks are provincial or territorial networks of [`NetworkId`]; every row has
/// phrases (no repeat within a row), both names, both descriptions (French typography
/// checked) and its provenance.
pub fn parse_provincial(text: &str) -> Result<Vec<ProvincialRow>, String> {
    #[derive(Deserialize)]
    struct Row {
        id: String,
        networks: String,
        phrases: String,
        name_en: String,
        name_fr: String,
        description_en: String,
        description_fr: String,
        provenance: String,
    }
    let mut out: Vec<ProvincialRow> = Vec::new();
    for (line, r) in table::curated::<Row>(text)? {
        let id = r.id.clone();
        let well_formed = id.strip_prefix(ID_PREFIX).is_some_and(|rest| {
            !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        });
        if !well_formed || id.len() > 40 || out.iter().any(|x| x.id == id) {
            return Err(format!("line {line}: bad or repeated id {id:?}"));
        }
        let mut networks = Vec::new();
        for n in r.networks.split_whitespace() {
            let net = NetworkId::ALL
                .into_iter()
                .find(|x| x.network().id == n)
                .ok_or_else(|| format!("line {line}: unknown network {n}"))?;
            if !matches!(net.network().level, Level::Provincial | Level::Territorial) || networks.contains(&net) {
                return Err(format!("line {line}: {n} is repeated or not a provincial or territorial network"));
            }
            networks.push(net);
        }
        let mut phrases: Vec<String> = Vec::new();
        for p in r.phrases.split(';').map(fold).filter(|p| !p.is_empty()) {
            if phrases.contains(&p) {
                return Err(format!("line {line}: phrase {p:?} twice"));
            }
            phrases.push(p);
        }
        let [name_en, name_fr, desc_en, desc_fr, provenance] =
            [&r.name_en, &r.name_fr, &r.description_en, &r.description_fr, &r.provenance];
        if networks.is_empty() || phrases.is_empty() {
            return Err(format!("line {line}: {id} needs networks and phrases"));
        }
        if [name_en, name_fr, desc_en, desc_fr, provenance].iter().any(|s| s.is_empty()) {
            return Err(format!("line {line}: {id} needs both names, both descriptions and its provenance"));
        }
        french_typography(name_fr).and(french_typography(desc_fr)).map_err(|e| format!("line {line}: {e}"))?;
        out.push(ProvincialRow {
            line,
            id,
            networks,
            phrases,
            name: Text::both(name_en.clone(), name_fr.clone()),
            description: Text::both(desc_en.clone(), desc_fr.clone()),
            provenance: provenance.clone(),
        });
    }
    Ok(out)
}

/// Parses `provincial_context.csv`.
pub fn parse_context(text: &str) -> Result<Vec<ContextRow>, String> {
    let mut out: Vec<ContextRow> = Vec::new();
    #[derive(Deserialize)]
    struct Row {
        phrase: String,
        kind: String,
        why: String,
    }
    for (line, r) in table::curated::<Row>(text)? {
        let phrase = fold(&r.phrase);
        let kind = match r.kind.as_str() {
            "network-wide" => ContextKind::NetworkWide,
            "caveat" => ContextKind::Caveat,
            "context" => ContextKind::Context,
            other => return Err(format!("line {line}: unknown kind {other:?}")),
        };
        if phrase.is_empty() || r.why.is_empty() || out.iter().any(|c| c.phrase == phrase) {
            return Err(format!("line {line}: empty or repeated phrase, or no reason"));
        }
        out.push(ContextRow { phrase, kind });
    }
    Ok(out)
}

/// The items of a list of services: the text cut at `; , : ( )` and line breaks,
/// trimmed, empty ones dropped.
///
/// ```
/// use guichet::pipeline::provincial_services::items;
/// assert_eq!(
///     items("Registry of Motor Vehicles (driver licensing, vehicle registration); marriage licences"),
///     ["Registry of Motor Vehicles", "driver licensing", "vehicle registration", "marriage licences"]
/// );
/// assert_eq!(items("road test for class 1/3/4 licences only"), ["road test for class 1/3/4 licences only"]);
/// ```
pub fn items(text: &str) -> Vec<&str> {
    text.split([';', ',', ':', '(', ')', '\n']).map(str::trim).filter(|s| !s.is_empty()).collect()
}

/// Does the folded `item` contain the folded `phrase`, starting at a word? The phrase's
/// last word may continue ("road test" in "road tests", "marriage licence" in "marriage
/// licences"), its other words must be whole.
///
/// ```
/// use guichet::pipeline::provincial_services::names;
/// assert!(names("road tests", "road test"));
/// assert!(names("restoration of driving privileges application", "restoration of driving privileges"));
/// assert!(!names("railroad test", "road test"));
/// assert!(!names("roads test", "road test"));
/// ```
pub fn names(item: &str, phrase: &str) -> bool {
    let mut hay = String::with_capacity(item.len() + 1);
    hay.push(' ');
    hay.push_str(item);
    let mut needle = String::with_capacity(phrase.len() + 1);
    needle.push(' ');
    needle.push_str(phrase);
    hay.contains(&needle)
}

/// A point with a list of services, as [`link`] reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Listed<'a> {
    pub id: &'a str,
    pub network: NetworkId,
    /// The point's record in its source (for the report).
    pub record: &'a str,
    pub text: &'a str,
}

/// A service's link to one network.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NetworkLink {
    /// Points whose text names the service (sorted ids).
    pub points: Vec<String>,
    /// One of those texts describes the whole network: every point of it delivers.
    pub network_wide: bool,
    /// The items that name it, verbatim.
    pub quotes: BTreeSet<String>,
    /// The network-wide and caveat items of those texts, verbatim.
    pub notes: BTreeSet<String>,
}

/// An item of a point's text that names no service and is not context.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Unmatched {
    pub item: String,
    pub point: String,
    pub record: String,
}

/// What [`link`] found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Linking {
    /// Per row of `provincial.csv` (same order): the networks it is linked to.
    pub services: Vec<BTreeMap<NetworkId, NetworkLink>>,
    /// Points with a non-empty text.
    pub listed: usize,
    /// Points linked to at least one service (by their own text).
    pub linked: usize,
    pub unmatched: Vec<Unmatched>,
}

/// Links services to points through their texts (see the module documentation).
pub fn link(rows: &[ProvincialRow], context: &[ContextRow], points: &[Listed]) -> Linking {
    let mut out = Linking { services: vec![BTreeMap::new(); rows.len()], ..Linking::default() };
    for p in points {
        let list = items(p.text);
        if list.is_empty() {
            continue;
        }
        out.listed += 1;
        let folded: Vec<String> = list.iter().map(|i| fold(i)).collect();
        let kind_of = |f: &str| context.iter().filter(|c| names(f, &c.phrase)).map(|c| c.kind).min();
        let network_wide = folded.iter().any(|f| kind_of(f) == Some(ContextKind::NetworkWide));
        let notes: Vec<&str> = list
            .iter()
            .zip(&folded)
            .filter(|(_, f)| matches!(kind_of(f), Some(ContextKind::NetworkWide | ContextKind::Caveat)))
            .map(|(i, _)| *i)
            .collect();
        let mut any = false;
        for (item, f) in list.iter().zip(&folded) {
            let mut named = false;
            for (r, row) in rows.iter().enumerate() {
                if !row.networks.contains(&p.network) || !row.phrases.iter().any(|ph| names(f, ph)) {
                    continue;
                }
                named = true;
                let l = out.services[r].entry(p.network).or_default();
                if l.points.last().map(String::as_str) != Some(p.id) {
                    l.points.push(p.id.to_owned());
                }
                l.network_wide |= network_wide;
                l.quotes.insert((*item).to_owned());
                l.notes.extend(notes.iter().map(|n| (*n).to_owned()));
            }
            any |= named;
            if !named && kind_of(f).is_none() {
                out.unmatched.push(Unmatched {
                    item: (*item).to_owned(),
                    point: p.id.to_owned(),
                    record: p.record.to_owned(),
                });
            }
        }
        out.linked += usize::from(any);
    }
    for links in &mut out.services {
        for l in links.values_mut() {
            l.points.sort();
            l.points.dedup();
        }
    }
    out.unmatched.sort();
    out
}

/// The catalogue entries of the linked services: services (for `services.bin`, with their
/// networks as coarse [`Target`]s for apps of the previous build), their provenance, and
/// their in-person deliveries (for `core.bin`), each sorted by id. A row linked to no
/// point gives nothing. `org` is the index of the provincial organization in the
/// catalogue, `clients` the client-group bits (persons).
pub fn services(
    rows: &[ProvincialRow],
    linking: &Linking,
    org: u16,
    clients: u16,
) -> (Vec<Service>, Vec<ProvincialSource>, Vec<InPerson>) {
    let mut services = Vec::new();
    let mut sources = Vec::new();
    let mut in_person = Vec::new();
    for (row, links) in rows.iter().zip(&linking.services) {
        if links.is_empty() {
            continue;
        }
        let mut feedback = Channels::default();
        feedback.insert(Channel::InPerson);
        services.push(Service {
            id: row.id.clone(),
            name: row.name.clone(),
            description: row.description.clone(),
            org,
            clients,
            feedback,
            delivery: links.keys().map(|n| Target { network: n.index(), category: None }).collect(),
            ..Service::default()
        });
        sources.push(ProvincialSource {
            service: row.id.clone(),
            networks: links
                .iter()
                .map(|(n, l)| Evidence {
                    network: n.index(),
                    points: l.points.len() as u16,
                    network_wide: l.network_wide,
                    quotes: l.quotes.iter().cloned().collect(),
                    notes: l.notes.iter().cloned().collect(),
                })
                .collect(),
        });
        in_person.push(InPerson {
            id: row.id.clone(),
            name: row.name.clone(),
            provincial: true,
            delivery: links
                .iter()
                .map(|(n, l)| Delivery {
                    network: n.index(),
                    category: None,
                    points: if l.network_wide { Vec::new() } else { l.points.clone() },
                })
                .collect(),
        });
    }
    services.sort_by(|a, b| a.id.cmp(&b.id));
    sources.sort_by(|a, b| a.service.cmp(&b.service));
    in_person.sort_by(|a, b| a.id.cmp(&b.id));
    (services, sources, in_person)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(id: &str, networks: &[NetworkId], phrases: &[&str]) -> ProvincialRow {
        ProvincialRow {
            line: 0,
            id: id.into(),
            networks: networks.to_vec(),
            phrases: phrases.iter().map(|p| fold(p)).collect(),
            name: Text::both(id, id),
            description: Text::both(id, id),
            provenance: "test".into(),
        }
    }

    fn context() -> Vec<ContextRow> {
        parse_context(CONTEXT).expect("provincial_context.csv")
    }

    #[test]
    fn curated_tables_parse() {
        let rows = parse_provincial(PROVINCIAL).expect("provincial.csv");
        assert!(rows.len() >= 15, "{}", rows.len());
        for r in &rows {
            assert!(r.name.en.is_some() && r.name.fr.is_some() && r.name.en != r.name.fr, "{}", r.id);
            assert!(r.description.en.is_some() && r.description.fr.is_some(), "{}", r.id);
        }
        let ids: BTreeSet<&str> = rows.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids.len(), rows.len(), "no duplicate ids");
        let names: BTreeSet<String> = rows.iter().map(|r| fold(r.name.en.as_deref().unwrap())).collect();
        assert_eq!(names.len(), rows.len(), "no duplicate names");
        let driver = rows.iter().find(|r| r.id == "prov-driver-licence").unwrap();
        assert_eq!(
            driver.name,
            Text::both("Driver's licences and road tests", "Permis de conduire et examens de conduite")
        );
        assert!(driver.phrases.contains(&"drivers licensing".to_owned()), "{:?}", driver.phrases);
        let kinds: BTreeSet<ContextKind> = context().iter().map(|c| c.kind).collect();
        assert_eq!(kinds.len(), 3);
    }

    #[test]
    fn bad_rows_are_refused() {
        let head = "id,networks,phrases,name_en,name_fr,description_en,description_fr,provenance\n";
        let ok = "prov-x,service-nb,a b,X,Y,Dx,Dy,src\n";
        assert!(parse_provincial(&format!("{head}{ok}")).is_ok());
        for bad in [
            "x,service-nb,a,X,Y,Dx,Dy,src\n",                 // no prefix
            "prov-X,service-nb,a,X,Y,Dx,Dy,src\n",            // upper case
            "prov-x,service-canada,a,X,Y,Dx,Dy,src\n",        // a federal network
            "prov-x,nowhere,a,X,Y,Dx,Dy,src\n",               // unknown network
            "prov-x,service-nb,,X,Y,Dx,Dy,src\n",             // no phrase
            "prov-x,service-nb,a;A,X,Y,Dx,Dy,src\n",          // a phrase twice
            "prov-x,service-nb,a,X,,Dx,Dy,src\n",             // no French name
            "prov-x,service-nb,a,X,Y,Dx,Dy,\n",               // no provenance
            "prov-x,service-nb,a,X,Permis : oui,Dx,Dy,src\n", // French colon after a plain space
        ] {
            assert!(parse_provincial(&format!("{head}{bad}")).is_err(), "{bad}");
        }
        assert!(parse_provincial(&format!("{head}{ok}{ok}")).is_err(), "repeated id");
        assert!(parse_context("phrase,kind,why\na,sometimes,x\n").is_err());
        assert!(parse_context("phrase,kind,why\na,caveat,\n").is_err());
    }

    /// Small hand-written cases: a phrase matched, a phrase not matched, a network-wide text.
    #[test]
    fn links_points_by_their_own_text() {
        let rows = [
            row("prov-driver", &[NetworkId::AccessNs, NetworkId::ServiceNb], &["driver licensing", "road test"]),
            row("prov-info", &[NetworkId::ServiceOntario, NetworkId::AccessNs], &["government information"]),
            row("prov-unused", &[NetworkId::ServiceBc], &["hydro"]),
        ];
        let points = [
            Listed {
                id: "pr-a",
                network: NetworkId::AccessNs,
                record: "row 1",
                text: "Registry of Motor Vehicles (driver licensing, road tests); fishing licences (as announced 1997)",
            },
            Listed { id: "pr-b", network: NetworkId::AccessNs, record: "row 2", text: "marriage licences" },
            Listed { id: "pr-c", network: NetworkId::AccessNs, record: "row 3", text: "" },
            // A phrase of the row in a network the row does not list: not linked.
            Listed { id: "pr-d", network: NetworkId::ServiceBc, record: "row 4", text: "driver licensing" },
            Listed {
                id: "so-1",
                network: NetworkId::ServiceOntario,
                record: "1",
                text: "A wide range of government information and services; available services vary by centre",
            },
            Listed {
                id: "so-2",
                network: NetworkId::ServiceOntario,
                record: "2",
                text: "A wide range of government information and services; available services vary by centre",
            },
        ];
        let l = link(&rows, &context(), &points);
        assert_eq!((l.listed, l.linked), (5, 3));
        let driver = &l.services[0];
        assert_eq!(driver.keys().copied().collect::<Vec<_>>(), [NetworkId::AccessNs]);
        let ns = &driver[&NetworkId::AccessNs];
        assert_eq!(ns.points, ["pr-a"]);
        assert!(!ns.network_wide);
        assert_eq!(ns.quotes.iter().collect::<Vec<_>>(), ["driver licensing", "road tests"]);
        assert_eq!(ns.notes.iter().collect::<Vec<_>>(), ["as announced 1997"]);
        let info = &l.services[1][&NetworkId::ServiceOntario];
        assert_eq!((info.points.len(), info.network_wide), (2, true));
        assert_eq!(info.notes.iter().collect::<Vec<_>>(), ["available services vary by centre"]);
        assert!(l.services[2].is_empty());
        let unmatched: Vec<(&str, &str)> = l.unmatched.iter().map(|u| (u.point.as_str(), u.item.as_str())).collect();
        assert_eq!(
            unmatched,
            [
                ("pr-a", "Registry of Motor Vehicles"),
                ("pr-d", "driver licensing"),
                ("pr-a", "fishing licences"),
                ("pr-b", "marriage licences"),
            ]
        );

        let (services, sources, in_person) = services(&rows, &l, 7, 0b10);
        let ids: Vec<&str> = services.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["prov-driver", "prov-info"], "a row that links nothing gives no service");
        assert!(services.iter().all(|s| s.in_person() && s.org == 7 && s.clients == 0b10));
        assert_eq!(services[1].delivery.len(), 1);
        assert_eq!(sources[1].networks[0].points, 2);
        // Point by point where the text is the office's own; the whole network where it
        // says it describes the network.
        assert_eq!(in_person[0].delivery[0].points, ["pr-a"]);
        assert!(in_person[1].delivery[0].points.is_empty());
        assert_eq!(in_person[1].delivery[0].network, NetworkId::ServiceOntario.index());
    }

    /// Real rows of `provincial_service_centres.csv` (copied verbatim).
    #[test]
    fn real_rows() {
        let rows = parse_provincial(PROVINCIAL).unwrap();
        let snb = "Temporary COVID-19 essential-services list (March 2020), not the normal service list: motor vehicle transfers; road test for class 1/3/4 licences only; International Fuel Tax Agreement decal applications; Medicare application for registration, replacement cards or renewals; family support payments; request for divorce certificate; fine payments after court date/due date; IRP transactions; transit markers; restoration of driving privileges application; rent payments ordered by the Residential Tenancies Tribunal; vital statistics: marriage licences; housing loan and re[...] (excerpt truncated)";
        let ns = "Registry of Motor Vehicles services (driver licensing, vehicle registration), residential tenancies services, debtor assistance, access to the Registry of Joint Stocks, marriage licences, information about government programs and services, government publications, information kiosk (as listed at 2002 Port Hawkesbury opening)";
        let bc = "Network-level core services listed March 2020: income assistance and disability assistance; residential tenancy; BC Services Card; drivers' licensing; Affordable Child Care Benefit; Medical Services Plan (MSP); forest-worker support programs";
        let so = "ServiceOntario Centres provide a wide range of government information and services; available services vary by centre (ontario.ca location-type description)";
        let points = [
            Listed { id: "pr-service-nb-bathurst", network: NetworkId::ServiceNb, record: "row 3", text: snb },
            Listed { id: "pr-access-ns-port-hawkesbury", network: NetworkId::AccessNs, record: "row 20", text: ns },
            Listed { id: "pr-service-bc-vernon", network: NetworkId::ServiceBc, record: "row 40", text: bc },
            Listed { id: "so-82", network: NetworkId::ServiceOntario, record: "82", text: so },
        ];
        let l = link(&rows, &context(), &points);
        let linked = |id: &str| -> Vec<(NetworkId, Vec<String>, bool)> {
            let r = rows.iter().position(|r| r.id == id).unwrap();
            l.services[r].iter().map(|(n, x)| (*n, x.points.clone(), x.network_wide)).collect()
        };
        let own = |n, p: &str| (n, vec![p.to_owned()], false);
        assert_eq!(
            linked("prov-driver-licence"),
            [
                own(NetworkId::ServiceNb, "pr-service-nb-bathurst"),
                own(NetworkId::AccessNs, "pr-access-ns-port-hawkesbury"),
                (NetworkId::ServiceBc, vec!["pr-service-bc-vernon".to_owned()], true),
            ]
        );
        assert_eq!(
            linked("prov-health-card"),
            [
                own(NetworkId::ServiceNb, "pr-service-nb-bathurst"),
                (NetworkId::ServiceBc, vec!["pr-service-bc-vernon".to_owned()], true)
            ]
        );
        assert_eq!(
            linked("prov-marriage-licence"),
            [
                own(NetworkId::ServiceNb, "pr-service-nb-bathurst"),
                own(NetworkId::AccessNs, "pr-access-ns-port-hawkesbury")
            ]
        );
        assert_eq!(linked("prov-vehicle-registration").len(), 2);
        assert_eq!(
            linked("prov-government-information"),
            [
                (NetworkId::ServiceOntario, vec!["so-82".to_owned()], true),
                own(NetworkId::AccessNs, "pr-access-ns-port-hawkesbury"),
            ]
        );
        // ServiceOntario's sentence names nothing else: no driver's licence there.
        assert!(!linked("prov-driver-licence").iter().any(|(n, ..)| *n == NetworkId::ServiceOntario));
        let r = rows.iter().position(|r| r.id == "prov-driver-licence").unwrap();
        let quotes: Vec<&String> = l.services[r][&NetworkId::ServiceNb].quotes.iter().collect();
        assert_eq!(
            quotes,
            ["restoration of driving privileges application", "road test for class 1/3/4 licences only"]
        );
        let notes: Vec<&String> = l.services[r][&NetworkId::ServiceNb].notes.iter().collect();
        assert_eq!(
            notes,
            [
                "March 2020",
                "Temporary COVID-19 essential-services list",
                "excerpt truncated",
                "not the normal service list"
            ]
        );
        let unmatched: BTreeSet<&str> = l.unmatched.iter().map(|u| u.item.as_str()).collect();
        assert_eq!(
            unmatched.into_iter().collect::<Vec<_>>(),
            ["International Fuel Tax Agreement decal applications", "housing loan and re[...]"]
        );
        assert_eq!((l.listed, l.linked), (4, 4));
    }
}
