//! The parsers on the real files (`#[ignore]`d: `scripts/test.sh` runs them with
//! `--ignored` when the sources are there; see [`crate::pipeline::real_sources`]).
use std::collections::{BTreeMap, HashSet};

use super::*;
use crate::domain::model::Caveat;
use crate::pipeline::real_sources;

fn per_network(out: &SourceOutput) -> BTreeMap<u16, usize> {
    let mut m = BTreeMap::new();
    for p in &out.points {
        *m.entry(p.network).or_default() += 1;
    }
    m
}

fn rejected(out: &SourceOutput) -> BTreeMap<String, usize> {
    let mut m = BTreeMap::new();
    for i in out.issues.iter().filter(|i| i.severity == Severity::Rejected) {
        *m.entry(i.code.clone()).or_default() += 1;
    }
    m
}

fn counts(list: &[(NetworkId, usize)]) -> BTreeMap<u16, usize> {
    list.iter().map(|(n, c)| (n.index(), *c)).collect()
}

fn codes(list: &[(&str, usize)]) -> BTreeMap<String, usize> {
    list.iter().map(|(c, n)| ((*c).to_owned(), *n)).collect()
}

#[test]
#[ignore = "needs the real sources (../shared/data or $GUICHET_SOURCES)"]
fn real_files() {
    let dir = real_sources();
    let sc = read(&service_canada::ServiceCanada, &dir).expect("service canada parses");
    let pr = read(&provincial::Provincial, &dir).expect("provincial parses");
    let wbc = read(&workbc::WorkBc, &dir).expect("workbc parses");
    let mtl = read(&montreal::Montreal, &dir).expect("montreal parses");
    let lib = read(&odcaf::Odcaf, &dir).expect("odcaf parses");
    let all = [&sc, &pr, &wbc, &mtl, &lib];

    let rows: Vec<usize> = all.iter().map(|o| o.tally.rows_in).collect();
    assert_eq!(rows, [595, 321, 102, 217, 3013]);
    for out in all {
        testing::check_invariants(out);
    }
    let mut ids = HashSet::new();
    for p in all.iter().flat_map(|o| &o.points) {
        assert!(ids.insert(p.id.as_str()), "duplicate id {}", p.id);
        assert!(!p.community.trim().is_empty(), "{} has no community", p.id);
    }
    for out in all {
        assert!(!out.issues.iter().any(|i| i.code == "duplicate-id"), "{:?}", out.tally.dataset);
    }

    assert_eq!(per_network(&sc), counts(&[(NetworkId::ServiceCanada, 595)]));
    assert!(rejected(&sc).is_empty());
    // The compiler's coordinates are never used.
    assert!(sc.points.iter().all(|p| p.pos.is_none()));

    // The 2026 list: 574 offices, every one kept (two records share no id), in both
    // languages; the 2024 list against it: its 15 NWT partners kept, 569 offices in the
    // 2026 list, 11 no longer listed.
    let (references, _) = crate::pipeline::geocode::Geocoder::load(&dir).expect("references");
    let postal = |c: &str| references.full_code(c);
    let all = read_all(&dir, &postal).expect("sources read");
    let now = &all.outputs[0];
    assert_eq!((now.tally.rows_in, now.points.len()), (574, 574));
    assert!(now.points.iter().all(|p| p.name.en.is_some() && p.name.fr.is_some() && p.address.street_fr.is_some()));
    let old = &all.outputs[1];
    assert_eq!(old.points.len(), 15);
    assert_eq!(all.retired.len(), 11);
    assert_eq!(old.issues.iter().filter(|i| i.code == "in-2026-list").count(), 569);
    let qc = &all.outputs[5];
    assert_eq!((qc.tally.rows_in, qc.points.len()), (54, 8));

    assert_eq!(
        per_network(&pr),
        counts(&[
            (NetworkId::ServiceOntario, 279),
            (NetworkId::ServiceNb, 12),
            (NetworkId::AccessNs, 13),
            (NetworkId::NwtSwsc, 12),
            (NetworkId::ServicesTno, 1),
            (NetworkId::ServiceBc, 4),
        ])
    );
    let caveat = |c: Caveat| pr.points.iter().filter(|p| p.caveats.contains(&c)).count();
    assert_eq!(caveat(Caveat::HistoricalAddress), 9);
    assert_eq!(caveat(Caveat::TemporaryServices), 9);
    assert_eq!(caveat(Caveat::TestFixture), 1);
    assert_eq!(caveat(Caveat::PartTime), 17);
    assert!(pr
        .points
        .iter()
        .filter(|p| p.id.starts_with("so-"))
        .all(|p| p.id[3..].bytes().all(|b| b.is_ascii_digit())));

    assert_eq!(per_network(&wbc), counts(&[(NetworkId::WorkBc, 102)]));
    assert!(wbc.points.iter().all(|p| p.pos.is_some() && p.address.postal_code.is_some()));

    assert_eq!(
        per_network(&mtl),
        counts(&[
            (NetworkId::ServiceCanada, 2),
            (NetworkId::ServicesQuebec, 12),
            (NetworkId::RevenuQuebec, 1),
            (NetworkId::Saaq, 1),
            (NetworkId::JusticeQuebec, 2),
            (NetworkId::SanteQuebec, 1),
            (NetworkId::Montreal, 40),
            (NetworkId::Libraries, 1),
        ])
    );
    assert_eq!(
        rejected(&mtl),
        codes(&[
            ("community-organization", 43),
            ("foreign-consulate", 40),
            ("international-organization", 1),
            ("library-in-odcaf-layer", 49),
            ("not-a-public-counter", 5),
            ("not-a-service-counter", 19),
        ])
    );
    assert!(mtl.points.iter().all(|p| p.pos.is_some()));

    assert_eq!(per_network(&lib), counts(&[(NetworkId::Libraries, 3011)]));
    assert_eq!(rejected(&lib), codes(&[("no-community", 1), ("no-name", 1)]));
    // The Montréal library kept because ODCAF's record of it has no name.
    assert!(lib.issues.iter().any(|i| i.record == "886" && i.code == "no-name"));
    assert!(mtl.points.iter().any(|p| p.id == "mtl-2446"));
}
