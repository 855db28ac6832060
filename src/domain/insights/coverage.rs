//! Coverage: each FSA's 2016 population assigned to its nearest point, the share of people
//! within 10, 25, 50 and 100 km, and the FSAs far from any point.
use std::collections::HashMap;

use super::roads::RoadBundle;
use super::{Area, Distance, DistanceKind, Metric, Site};
use crate::domain::model::Province;
use crate::domain::nearest::SpatialIndex;

/// Distance bands of the coverage table, km.
pub const BANDS_KM: [u32; 4] = [10, 25, 50, 100];

/// Which points a coverage run counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Scope {
    /// Every network together.
    All,
    /// One network; `within` limits the FSAs to its province or territory (a provincial
    /// network does not serve the rest of the country).
    Network { network: u16, within: Option<Province> },
}

/// An FSA and the point it is assigned to.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Assignment {
    /// Indexes into the areas and the sites.
    pub area: u32,
    pub site: u32,
    pub distance: Distance,
}

/// Assigns every FSA of the scope to its nearest site of the scope. With `roads`, the
/// pipeline's road distance replaces the metric where it has one for the FSA.
pub fn assign(
    areas: &[Area],
    sites: &[Site],
    scope: Scope,
    metric: Metric,
    roads: Option<&RoadBundle>,
) -> Vec<Assignment> {
    let in_scope = |s: &Site| match scope {
        Scope::All => true,
        Scope::Network { network, .. } => s.network == network,
    };
    let index =
        SpatialIndex::new(sites.iter().enumerate().filter(|(_, s)| in_scope(s)).map(|(i, s)| (i as u32, s.pos)));
    if index.is_empty() {
        return Vec::new();
    }
    // FSA → best road link of the scope.
    let mut road: HashMap<u32, (u32, u32)> = HashMap::new();
    if let Some(r) = roads {
        let by_point: HashMap<u32, u32> = sites.iter().enumerate().map(|(i, s)| (s.point, i as u32)).collect();
        for l in &r.fsas {
            let Some(&site) = by_point.get(&l.to) else { continue };
            if !in_scope(&sites[site as usize]) {
                continue;
            }
            let e = road.entry(l.from).or_insert((site, l.metres));
            if l.metres < e.1 {
                *e = (site, l.metres);
            }
        }
    }
    let province = match scope {
        Scope::Network { within, .. } => within,
        Scope::All => None,
    };
    areas
        .iter()
        .enumerate()
        .filter(|(_, a)| province.is_none_or(|p| a.province == p))
        .filter_map(|(i, a)| {
            if let Some(&(site, m)) = road.get(&a.fsa) {
                return Some(Assignment {
                    area: i as u32,
                    site,
                    distance: Distance { metres: f64::from(m), kind: DistanceKind::Road },
                });
            }
            let hit = index.nearest_one(a.pos)?;
            Some(Assignment {
                area: i as u32,
                site: hit.id,
                distance: Distance { metres: metric.of(hit.distance_m), kind: metric.kind() },
            })
        })
        .collect()
}

/// What an assignment adds up to.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Coverage {
    /// Population of the FSAs assigned (the scope's population).
    pub population: u64,
    /// Population within each of [`BANDS_KM`].
    pub within: [u64; 4],
    /// Population-weighted mean distance, km.
    pub mean_km: f64,
    /// Site index → population assigned to it.
    pub per_site: HashMap<u32, u64>,
    /// Population of FSAs whose centroid is approximate (rural FSAs).
    pub approximate_population: u64,
}

/// Sums an assignment.
pub fn coverage(areas: &[Area], assignments: &[Assignment]) -> Coverage {
    let mut c = Coverage::default();
    let mut weighted = 0.0;
    for a in assignments {
        let area = &areas[a.area as usize];
        let pop = u64::from(area.population);
        c.population += pop;
        if area.approximate {
            c.approximate_population += pop;
        }
        weighted += pop as f64 * a.distance.metres / 1000.0;
        for (band, km) in c.within.iter_mut().zip(BANDS_KM) {
            if a.distance.metres <= f64::from(km) * 1000.0 {
                *band += pop;
            }
        }
        *c.per_site.entry(a.site).or_default() += pop;
    }
    c.mean_km = if c.population > 0 { weighted / c.population as f64 } else { 0.0 };
    c
}

/// FSAs with at least `min_population` people whose assigned point is farther than
/// `min_km`, farthest first.
pub fn underserved<'a>(
    areas: &[Area],
    assignments: &'a [Assignment],
    min_population: u32,
    min_km: f64,
) -> Vec<&'a Assignment> {
    let mut out: Vec<&Assignment> = assignments
        .iter()
        .filter(|a| areas[a.area as usize].population >= min_population && a.distance.metres > min_km * 1000.0)
        .collect();
    out.sort_by(|x, y| y.distance.metres.total_cmp(&x.distance.metres).then(x.area.cmp(&y.area)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::insights::testkit::{random_areas, random_world, Rng};

    #[test]
    fn assignment_is_the_nearest_and_population_sums_to_the_total() {
        for seed in 1..=10u64 {
            let mut rng = Rng(seed);
            let (_, _, sites) = random_world(&mut rng, 200, 3.0);
            let areas = random_areas(&mut rng, 300);
            for scope in [
                Scope::All,
                Scope::Network { network: 1, within: Some(Province::ON) },
                Scope::Network { network: 0, within: None },
            ] {
                let got = assign(&areas, &sites, scope, Metric::Straight, None);
                for a in &got {
                    let area = &areas[a.area as usize];
                    let best = sites
                        .iter()
                        .filter(|s| match scope {
                            Scope::All => true,
                            Scope::Network { network, .. } => s.network == network,
                        })
                        .map(|s| area.pos.distance_m(s.pos))
                        .min_by(f64::total_cmp)
                        .unwrap();
                    assert!((a.distance.metres - best).abs() < 0.01, "seed {seed}");
                }
                let c = coverage(&areas, &got);
                let total: u64 = areas
                    .iter()
                    .filter(|a| match scope {
                        Scope::Network { within: Some(p), .. } => a.province == p,
                        _ => true,
                    })
                    .map(|a| u64::from(a.population))
                    .sum();
                assert_eq!(c.population, total, "seed {seed}");
                assert_eq!(
                    c.per_site.values().sum::<u64>(),
                    total,
                    "seed {seed}: assigned population sums to the total"
                );
                assert!(c.within.windows(2).all(|w| w[0] <= w[1]) && c.within[3] <= total);
                let far = underserved(&areas, &got, 1_000, 25.0);
                assert!(far.iter().all(|a| a.distance.metres > 25_000.0 && areas[a.area as usize].population >= 1_000));
                assert_eq!(
                    far.len(),
                    got.iter()
                        .filter(|a| a.distance.metres > 25_000.0 && areas[a.area as usize].population >= 1_000)
                        .count()
                );
            }
        }
    }
}
