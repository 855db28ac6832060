use super::*;
use crate::domain::filter::ServiceLanguage;
use crate::domain::gazetteer::{PlaceSource, PostalEntry};
use crate::domain::hours::{Hours, Schedule, Span};
use crate::domain::model::*;

fn point(id: &str, network: u16, community: &str, province: Province, pos: Option<(f64, f64)>) -> Point {
    Point {
        name: Text::en(id),
        community: community.into(),
        province,
        geocode: Geocode { method: GeocodeMethod::Source, confidence: Confidence::High },
        ..Point::bare(id, network, pos.map(|(a, b)| LatLon::new(a, b)))
    }
}

fn network(id: &str, level: Level, optional: bool) -> Network {
    Network { optional_layer: optional, ..Network::bare(id, level) }
}

fn catalog() -> Catalog {
    let mut open = point("open-ottawa", 0, "Ottawa", Province::ON, Some((45.42, -75.70)));
    let mut days: [Vec<Span>; 7] = Default::default();
    for d in days.iter_mut() {
        d.push(Span { open: 0, close: 1440 });
    }
    open.hours = Hours::Weekly(Schedule { days, closed_on_holidays: false, note: Text::default() });
    let mut fr = point("fr-gatineau", 1, "Gatineau", Province::QC, Some((45.48, -75.70)));
    fr.languages = Languages::FR;
    let points = vec![
        open,
        fr,
        point("toronto", 0, "Toronto", Province::ON, Some((43.65, -79.38))),
        point("nowhere-ottawa", 1, "Ottawa", Province::ON, None),
    ];
    let gazetteer = Gazetteer {
        places: vec![Place {
            name: "Ottawa".into(),
            name_fr: None,
            alt: vec![],
            province: Province::ON,
            pos: LatLon::new(45.4215, -75.6972),
            population: 1_000_000,
            source: PlaceSource::GeoNames,
        }],
        fsas: vec![Fsa {
            code: "K1A".into(),
            province: Province::ON,
            pos: LatLon::new(45.41, -75.70),
            place: "Ottawa".into(),
            population: Some(0),
            incomplete: false,
            spread_km: None,
        }],
    };
    Catalog::new(
        vec![network("fed", Level::Federal, false), network("prov", Level::Provincial, false)],
        points,
        gazetteer,
        vec![
            InPerson {
                id: "fed-all".into(),
                name: Text::same("Everything federal"),
                provincial: false,
                delivery: vec![Delivery { network: 0, category: None, points: vec![] }],
            },
            InPerson {
                id: "prov-ottawa".into(),
                name: Text::same("Only at the Ottawa provincial office"),
                provincial: true,
                delivery: vec![Delivery { network: 1, category: None, points: vec!["nowhere-ottawa".into()] }],
            },
        ],
    )
}

#[test]
fn kiosk_province_comes_from_the_nearest_postal_area() {
    let mut c = catalog();
    c.gazetteer.fsas.push(Fsa {
        code: "J8X".into(),
        province: Province::QC,
        pos: LatLon::new(45.43, -75.72),
        place: "Gatineau".into(),
        population: Some(0),
        incomplete: false,
        spread_km: None,
    });
    c.gazetteer.fsas.sort_by(|a, b| a.code.cmp(&b.code));
    assert_eq!(c.province_at(LatLon::new(45.42, -75.70)), Some(Province::ON));
    assert_eq!(c.province_at(LatLon::new(45.45, -75.75)), Some(Province::QC));
    assert_eq!(c.fsas_of(Province::QC), vec!["J8X".to_owned()]);
    assert!(c.fsas_of(Province::NU).is_empty());
    assert_eq!(Catalog::default().province_at(LatLon::new(0.0, 0.0)), None);
}

#[test]
fn postal_code_needs_its_shard_and_falls_back_to_the_fsa() {
    let c = catalog();
    assert_eq!(c.needs("k1a 0b1"), Ok(Need::Shard("K1A".into())));
    assert_eq!(c.needs("Ottawa"), Ok(Need::Nothing));
    let shard = PostalShard {
        fsa: "K1A".into(),
        places: vec!["Ottawa".into()],
        entries: vec![PostalEntry { ldu: "0B1".into(), pos: LatLon::new(45.4236, -75.7009), place: 0 }],
    };
    let o = c.resolve("K1A0B1", Some(&shard)).unwrap();
    assert_eq!(o.label, OriginLabel::PostalCode("K1A 0B1".into()));
    assert!(!o.approximate);
    assert_eq!(c.resolve("K1A 9Z9", Some(&shard)), Err(ResolveError::UnknownPostalCode));
    let fallback = c.resolve("K1A 0B1", None).unwrap();
    assert!(matches!(fallback.label, OriginLabel::Fsa { fallback: true, .. }));
    assert_eq!(c.resolve("K9Z", None), Err(ResolveError::UnknownFsa));
    assert_eq!(c.resolve("Atlantis", None), Err(ResolveError::UnknownPlace));
    assert_eq!(c.resolve("H0H 0H0", None), Err(ResolveError::Query(QueryError::ReservedPostalCode)));
}

#[test]
fn search_lists_nearest_then_filters_and_counts() {
    let c = catalog();
    let origin = c.resolve("Ottawa", None).unwrap();
    let all = c.search(Some(&origin), None, &Filters::default(), None, 10, 0);
    let ids: Vec<&str> = all.rows.iter().map(|r| c.points[r.point as usize].id.as_str()).collect();
    // The unlocated office of the searched community comes first, then by distance.
    assert_eq!(ids, vec!["nowhere-ottawa", "open-ottawa", "fr-gatineau", "toronto"]);
    assert_eq!(all.rows[0].distance_m, None);
    let near = c.search(Some(&origin), None, &Filters::default(), Some(25_000.0), 10, 0);
    assert_eq!(near.matching, 3);
    let french = Filters { language: ServiceLanguage::French, ..Filters::default() };
    let r = c.search(Some(&origin), None, &french, None, 10, 0);
    assert_eq!(r.rows.len(), 1);
    assert_eq!(r.counts.languages, [3, 1, 0]);
    let open = Filters { open_now: true, ..Filters::default() };
    let r = c.search(Some(&origin), None, &open, None, 10, 0);
    // Only known-closed points are hidden; here none is known closed.
    assert_eq!(r.matching, 4);
    assert_eq!((r.counts.open, r.counts.hours_unknown), (1, 3));
    let paged = c.search(Some(&origin), None, &Filters::default(), None, 2, 0);
    assert_eq!((paged.rows.len(), paged.matching), (2, 4));
    // A province scope keeps the order by distance and drops the rest, counts included.
    let ontario = Filters { within: Some(Province::ON), ..Filters::default() };
    let r = c.search(Some(&origin), None, &ontario, None, 10, 0);
    let ids: Vec<&str> = r.rows.iter().map(|r| c.points[r.point as usize].id.as_str()).collect();
    assert_eq!(ids, vec!["nowhere-ottawa", "open-ottawa", "toronto"]);
    assert_eq!(r.counts.total, 3);
    let quebec = Filters { within: Some(Province::QC), ..Filters::default() };
    assert_eq!(c.search(None, Some(Province::ON), &quebec, None, 10, 0).matching, 0);
    // A service scope keeps the points of its networks only, nearest first.
    let target = Delivery { network: 1, category: None, points: vec![] };
    let served = Filters { service: Some(vec![target]), ..Filters::default() };
    let r = c.search(Some(&origin), None, &served, None, 10, 0);
    let ids: Vec<&str> = r.rows.iter().map(|r| c.points[r.point as usize].id.as_str()).collect();
    assert_eq!(ids, vec!["nowhere-ottawa", "fr-gatineau"]);
    // Or the points it names.
    let named = Filters { service: Some(c.delivery("prov-ottawa")), ..Filters::default() };
    let r = c.search(Some(&origin), None, &named, None, 10, 0);
    assert_eq!((r.matching, r.rows[0].point), (1, c.point("nowhere-ottawa").unwrap().0));
    let none = Filters { service: Some(vec![]), ..Filters::default() };
    assert_eq!(c.search(Some(&origin), None, &none, None, 10, 0).matching, 0);
    assert!(c.delivery("unknown").is_empty() && c.in_person("unknown").is_none());
    let near: Vec<u32> = c.nearest_where(origin.pos, 5, |p| p.network == 0).into_iter().map(|(i, _)| i).collect();
    assert_eq!(near.len(), 2);
    assert!(near.iter().all(|&i| c.points[i as usize].network == 0));
}

#[test]
fn service_counts_ignore_the_service_scope_and_follow_the_others() {
    let c = catalog();
    let origin = c.resolve("Ottawa", None).unwrap();
    let all = c.search(Some(&origin), None, &Filters::default(), None, 10, 0);
    // Federal network: open-ottawa and toronto; the provincial service: one office.
    assert_eq!(all.counts.services, [2, 1]);
    // The scope does not change the counts beside the services...
    let scoped = Filters { service: Some(c.delivery("prov-ottawa")), ..Filters::default() };
    let r = c.search(Some(&origin), None, &scoped, None, 10, 0);
    assert_eq!(r.counts.services, [2, 1]);
    assert_eq!(r.counts.total, 1);
    // ...the other filters and the radius do.
    let r = c.search(Some(&origin), None, &Filters::default(), Some(25_000.0), 10, 0);
    assert_eq!(r.counts.services, [1, 1]);
    let federal = Filters { levels: vec![Level::Federal], ..Filters::default() };
    assert_eq!(c.search(Some(&origin), None, &federal, None, 10, 0).counts.services, [2, 0]);
    // The picker's choices: only services with offices here, and the chosen one.
    let names = |v: Vec<ServiceChoice>| -> Vec<(String, u32)> {
        v.into_iter().map(|c| (c.index.to_string(), c.count)).collect()
    };
    let (fed, prov) = c.service_choices(&all.counts.services, None, crate::i18n::Locale::En);
    assert_eq!((names(fed), names(prov)), (vec![("0".into(), 2)], vec![("1".into(), 1)]));
    let (_, prov) = c.service_choices(&[2, 0], None, crate::i18n::Locale::En);
    assert!(prov.is_empty());
    let (_, prov) = c.service_choices(&[2, 0], Some("prov-ottawa"), crate::i18n::Locale::Fr);
    assert_eq!(names(prov), vec![("1".to_owned(), 0)]);
    // By name in the language shown.
    let mut c2 = catalog();
    c2.in_person.push(InPerson {
        id: "fed-z".into(),
        name: Text::both("Zebra crossings", "Abeilles"),
        provincial: false,
        delivery: vec![],
    });
    let order = |loc| c2.service_choices(&[2, 1, 3], None, loc).0.into_iter().map(|c| c.index).collect::<Vec<_>>();
    assert_eq!(order(crate::i18n::Locale::En), [0, 2]);
    assert_eq!(order(crate::i18n::Locale::Fr), [2, 0]);
    // Naive check: the count beside a service is the matching with it as the scope.
    for (k, s) in c.in_person.iter().enumerate() {
        let f = Filters { service: Some(s.delivery.clone()), ..Filters::default() };
        assert_eq!(all.counts.services[k] as usize, c.search(Some(&origin), None, &f, None, 10, 0).matching);
    }
}

#[test]
fn province_browse_and_colocation() {
    let c = catalog();
    let r = c.search(None, Some(Province::ON), &Filters::default(), None, 10, 0);
    let ids: Vec<&str> = r.rows.iter().map(|r| c.points[r.point as usize].id.as_str()).collect();
    assert_eq!(ids, vec!["nowhere-ottawa", "open-ottawa", "toronto"]);
    let nothing = c.search(None, None, &Filters::default(), None, 10, 0);
    assert!(nothing.rows.is_empty());
    assert_eq!(nothing.matching, 4);
    let (i, _) = c.point("open-ottawa").unwrap();
    let near = c.colocated(i, 10_000.0);
    assert_eq!(near.len(), 1);
    assert_eq!(c.points[near[0].0 as usize].id, "fr-gatineau");
    assert!(c.colocated(i, 1_000.0).is_empty());
}
