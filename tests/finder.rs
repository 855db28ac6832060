//! The finder on the real bundle (`public/data/core.bin`, committed): the shortcuts a
//! search takes at scale give the answers of the long way round.
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;

use guichet::bundle::{self, CoreBundle};
use guichet::domain::filter::{Filters, Openness};
use guichet::domain::finder::{Catalog, Origin, OriginLabel};
use guichet::domain::geo::LatLon;

fn catalog() -> Catalog {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("public/data").join(bundle::CORE);
    let core: CoreBundle =
        bundle::decode(&std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))).expect("decodes");
    Catalog::new(core.networks, core.points, core.gazetteer, core.in_person)
}

/// 2026-12-21 00:00 UTC, and every 97 minutes for 20 days from there: weekdays and
/// weekends, mornings, lunch, evenings and nights in every time zone, Christmas, Boxing
/// Day and New Year's Day.
fn times() -> impl Iterator<Item = i64> {
    (0..(20 * 24 * 60 / 97)).map(|k| 1_797_811_200_000 + k * 97 * 60_000)
}

#[test]
fn openness_is_the_status_of_every_office() {
    let c = catalog();
    let mut seen = [0usize; 3];
    for now in times() {
        for i in 0..c.points.len() as u32 {
            let want = Openness::from(c.status(i, now));
            assert_eq!(c.openness(i, now), want, "{} at {now}", c.points[i as usize].id);
            seen[want as usize] += 1;
        }
    }
    // The comparison met all three answers, many times each.
    assert!(seen.iter().all(|&n| n > 1_000), "{seen:?}");
}

#[test]
fn no_radius_lists_every_office_by_distance_then_id() {
    let c = catalog();
    let filters = Filters::default();
    for (lat, lon) in [(46.0878, -64.7782), (45.4215, -75.6972), (63.7467, -68.5170), (49.2827, -123.1207)] {
        let origin =
            Origin { pos: LatLon::new(lat, lon), label: OriginLabel::Device, approximate: false, community: None };
        let all = c.search(Some(&origin), None, &filters, None, usize::MAX, 1_797_811_200_000);
        // The long way round: every positioned office, by great-circle distance, ties by index.
        let mut want: Vec<(u32, f64)> = (0..c.points.len() as u32)
            .filter_map(|i| c.points[i as usize].pos.map(|p| (i, origin.pos.distance_m(p))))
            .collect();
        want.sort_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)));
        assert_eq!(all.rows.len(), want.len());
        assert_eq!(all.ids, want.iter().map(|w| w.0).collect::<Vec<_>>(), "order from ({lat}, {lon})");
        for (row, w) in all.rows.iter().zip(&want) {
            assert!((row.distance_m.expect("positioned") - w.1).abs() < 0.01);
        }
        // A radius wider than Canada gives the same list in the same order, and the same counts.
        let wide = c.search(Some(&origin), None, &filters, Some(10_000_000.0), usize::MAX, 1_797_811_200_000);
        assert_eq!(wide.ids, all.ids);
        assert_eq!(wide.counts, all.counts);
    }
}
