//! Nearest partner: for each point, the nearest point of every other network.
use std::collections::HashMap;

use super::roads::RoadBundle;
use super::{Distance, DistanceKind, Metric, Site};
use crate::domain::nearest::SpatialIndex;

/// The nearest point of `network` to site `site`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Partner {
    /// Indexes into the sites.
    pub site: u32,
    pub network: u16,
    pub partner: u32,
    pub distance: Distance,
}

/// One spatial index per network over its sites (ids are site indexes).
pub fn network_indexes(sites: &[Site], networks: usize) -> Vec<SpatialIndex> {
    let mut members: Vec<Vec<(u32, crate::domain::geo::LatLon)>> = vec![Vec::new(); networks];
    for (i, s) in sites.iter().enumerate() {
        if let Some(m) = members.get_mut(usize::from(s.network)) {
            m.push((i as u32, s.pos));
        }
    }
    members.into_iter().map(SpatialIndex::new).collect()
}

/// For each site and each other network that has sites, the nearest site of that network,
/// sorted by (site, network). Distances follow `metric`, except where `roads` has a
/// precomputed road distance for the pair (core points only), which replaces them.
pub fn nearest_partners(sites: &[Site], networks: usize, metric: Metric, roads: Option<&RoadBundle>) -> Vec<Partner> {
    let indexes = network_indexes(sites, networks);
    let by_point: HashMap<u32, u32> = if roads.is_some() {
        sites.iter().enumerate().map(|(i, s)| (s.point, i as u32)).collect()
    } else {
        HashMap::new()
    };
    let road: HashMap<(u32, u16), (u32, u32)> =
        roads.map(|r| r.partners.iter().map(|l| ((l.from, l.network), (l.to, l.metres))).collect()).unwrap_or_default();
    let mut out = Vec::with_capacity(sites.len() * 4);
    for (i, s) in sites.iter().enumerate() {
        for (n, index) in indexes.iter().enumerate() {
            let network = n as u16;
            if network == s.network || index.is_empty() {
                continue;
            }
            let by_road = road.get(&(s.point, network)).and_then(|&(to, m)| Some((*by_point.get(&to)?, m)));
            let (partner, distance) = match by_road {
                Some((partner, m)) => (partner, Distance { metres: f64::from(m), kind: DistanceKind::Road }),
                None => {
                    let Some(hit) = index.nearest_one(s.pos) else { continue };
                    (hit.id, Distance { metres: metric.of(hit.distance_m), kind: metric.kind() })
                }
            };
            out.push(Partner { site: i as u32, network, partner, distance });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::insights::roads::RoadLink;
    use crate::domain::insights::testkit::{random_world, Rng};

    #[test]
    fn nearest_partners_match_brute_force() {
        for seed in 1..=10u64 {
            let mut rng = Rng(seed);
            let n = 20 + (rng.next() % 500) as usize;
            let (networks, _, sites) = random_world(&mut rng, n, 4.0);
            let got = nearest_partners(&sites, networks.len(), Metric::Straight, None);
            let mut want = Vec::new();
            for (i, s) in sites.iter().enumerate() {
                for net in 0..networks.len() as u16 {
                    if net == s.network {
                        continue;
                    }
                    let best = sites
                        .iter()
                        .filter(|t| t.network == net)
                        .map(|t| s.pos.distance_m(t.pos))
                        .min_by(f64::total_cmp);
                    if let Some(d) = best {
                        want.push((i as u32, net, d));
                    }
                }
            }
            assert_eq!(got.len(), want.len(), "seed {seed}");
            for (g, w) in got.iter().zip(&want) {
                assert_eq!((g.site, g.network), (w.0, w.1), "seed {seed}");
                assert!((g.distance.metres - w.2).abs() < 0.01, "seed {seed}: {g:?} vs {w:?}");
                assert_eq!(sites[g.partner as usize].network, g.network);
            }
            // The estimate scales every distance and says so.
            let est = nearest_partners(&sites, networks.len(), Metric::Estimated { circuity: 1.5 }, None);
            for (e, g) in est.iter().zip(&got) {
                assert!((e.distance.metres - 1.5 * g.distance.metres).abs() < 1e-6);
                assert_eq!(e.distance.kind, DistanceKind::Estimated);
            }
        }
    }

    #[test]
    fn road_links_replace_the_estimate() {
        let (networks, _, sites) = random_world(&mut Rng(3), 40, 2.0);
        let s = &sites[0];
        let other = sites.iter().position(|t| t.network != s.network).unwrap();
        let net = sites[other].network;
        let roads = RoadBundle {
            partners: vec![RoadLink { from: s.point, network: net, to: sites[other].point, metres: 123_456 }],
            ..RoadBundle::default()
        };
        let got = nearest_partners(&sites, networks.len(), Metric::Estimated { circuity: 1.3 }, Some(&roads));
        let link = got.iter().find(|p| p.site == 0 && p.network == net).unwrap();
        assert_eq!(link.partner, other as u32);
        assert_eq!(link.distance, Distance { metres: 123_456.0, kind: DistanceKind::Road });
        assert!(got
            .iter()
            .filter(|p| !(p.site == 0 && p.network == net))
            .all(|p| p.distance.kind == DistanceKind::Estimated));
    }
}
