//! What the insights page shows beyond the tables, each computed once: the coverage runs
//! with their sums, then, at the page's settings, the [`Figures`]: the pairs within a
//! province, the underserved FSAs, the population no point reaches, and the summary at
//! the top of the page (the key figures of every section, for all of Canada).
use super::coverage::{self, Assignment, Coverage, Scope, BANDS_KM};
use super::pairs::{self, Pair};
use super::report::scope_of;
use super::roads::RoadBundle;
use super::{Area, Metric, Site};
use crate::domain::model::{Network, Province};

/// The distance band of the summary's "within reach" share, km.
pub const REACH_KM: u32 = 25;

/// One coverage run: every network together (`network: None`) or one network, its FSA
/// assignments and their sums.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    pub network: Option<u16>,
    pub assignments: Vec<Assignment>,
    pub coverage: Coverage,
}

/// The coverage runs of the page: every network together, then each network over its
/// scope ([`scope_of`]), the libraries layer only with `libraries`. Distances are
/// `metric`'s, or the pipeline's `roads` where they have one.
pub fn runs(
    networks: &[Network],
    libraries: bool,
    (areas, sites): (&[Area], &[Site]),
    metric: Metric,
    roads: Option<&RoadBundle>,
) -> Vec<Run> {
    let run = |network: Option<u16>, scope: Scope| {
        let assignments = coverage::assign(areas, sites, scope, metric, roads);
        let coverage = coverage::coverage(areas, &assignments);
        Run { network, assignments, coverage }
    };
    let mut out = vec![run(None, Scope::All)];
    for (i, n) in networks.iter().enumerate() {
        if !n.optional_layer || libraries {
            out.push(run(Some(i as u16), scope_of(networks, i as u16)));
        }
    }
    out
}

/// The pairs with at least one end in `province` (all of them without one).
pub fn pairs_in(sites: &[Site], pairs: &[Pair], province: Option<Province>) -> Vec<Pair> {
    pairs
        .iter()
        .filter(|p| province.is_none_or(|pr| sites[p.a as usize].province == pr || sites[p.b as usize].province == pr))
        .copied()
        .collect()
}

/// The population of the FSAs (of `province`, or all) whose accessibility index is 0: no
/// point within the catchment distance. `index` is in the areas' order.
pub fn unreached(areas: &[Area], index: &[f64], province: Option<Province>) -> u64 {
    areas
        .iter()
        .zip(index)
        .filter(|(a, x)| **x == 0.0 && province.is_none_or(|p| a.province == p))
        .map(|(a, _)| u64::from(a.population))
        .sum()
}

/// The summary's figures, for all of Canada at the page's settings.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Summary {
    /// Co-location candidates, and those already at the same address or postal code.
    pub pairs: usize,
    pub colocated: usize,
    /// Share of the population within [`REACH_KM`] of a point of any network.
    pub reach: f64,
    /// Underserved FSAs (nearest point of any network).
    pub underserved: usize,
    /// People with no point within the catchment distance.
    pub unreached: u64,
    /// Nearest-partner rows (a point and another network).
    pub partners: usize,
}

/// What the summary is made of: each computed once for the sections too.
#[derive(Debug, Clone, Copy)]
pub struct Parts<'a> {
    /// The counts of every pair (no province filter).
    pub pairs: &'a pairs::Summary,
    /// The run of every network together.
    pub all: &'a Coverage,
    /// The underserved FSAs of that run.
    pub underserved: usize,
    /// [`unreached`] over every FSA.
    pub unreached: u64,
    pub partners: usize,
}

/// The summary of `parts`.
///
/// ```
/// use guichet::domain::insights::coverage::Coverage;
/// use guichet::domain::insights::pairs;
/// use guichet::domain::insights::summary::{summary, Parts};
/// let counts = pairs::Summary { pairs: 12, colocated: 3, ..Default::default() };
/// let all = Coverage { population: 1_000, within: [100, 400, 900, 1_000], ..Default::default() };
/// let s = summary(Parts { pairs: &counts, all: &all, underserved: 2, unreached: 50, partners: 7 });
/// assert_eq!((s.pairs, s.colocated, s.reach, s.underserved, s.unreached, s.partners), (12, 3, 0.4, 2, 50, 7));
/// ```
pub fn summary(parts: Parts) -> Summary {
    let band = BANDS_KM.iter().position(|&km| km == REACH_KM).unwrap_or(0);
    let all = parts.all;
    Summary {
        pairs: parts.pairs.pairs,
        colocated: parts.pairs.colocated,
        reach: if all.population > 0 { all.within[band] as f64 / all.population as f64 } else { 0.0 },
        underserved: parts.underserved,
        unreached: parts.unreached,
        partners: parts.partners,
    }
}

/// The computations [`figures`] reads, and the page's settings.
#[derive(Debug, Clone, Copy)]
pub struct Inputs<'a> {
    pub sites: &'a [Site],
    pub areas: &'a [Area],
    /// Every co-location pair at the chosen distance.
    pub pairs: &'a [Pair],
    pub runs: &'a [Run],
    /// The accessibility index of every area.
    pub access: &'a [f64],
    /// How many nearest-partner rows there are.
    pub partners: usize,
    pub province: Option<Province>,
    /// The chosen network (`None`: every network).
    pub network: Option<u16>,
    pub min_population: u32,
    pub far_km: f64,
}

/// The figures the page shows at its settings, beyond the tables.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Figures {
    /// The pairs in the chosen province, and their counts.
    pub pairs: Vec<Pair>,
    pub pair_counts: pairs::Summary,
    /// Underserved FSAs of the chosen network's run, farthest first (every province).
    pub underserved: Vec<Assignment>,
    /// [`unreached`] in the chosen province.
    pub unreached: u64,
    pub summary: Summary,
}

/// The figures of `i`: what the page's sections and summary share is computed once (the
/// chosen province's or network's figures are the national ones without a choice).
pub fn figures(i: Inputs) -> Figures {
    let far = |n: Option<u16>| -> Vec<Assignment> {
        let run = i.runs.iter().find(|r| r.network == n).map_or(&[][..], |r| r.assignments.as_slice());
        coverage::underserved(i.areas, run, i.min_population, i.far_km).into_iter().copied().collect()
    };
    let all_counts = pairs::summary(i.sites, i.pairs);
    let all_far = far(None);
    let all_unreached = unreached(i.areas, i.access, None);
    let none = Coverage::default();
    let summary = summary(Parts {
        pairs: &all_counts,
        all: i.runs.iter().find(|r| r.network.is_none()).map_or(&none, |r| &r.coverage),
        underserved: all_far.len(),
        unreached: all_unreached,
        partners: i.partners,
    });
    let (pairs, pair_counts) = match i.province {
        None => (i.pairs.to_vec(), all_counts),
        Some(_) => {
            let shown = pairs_in(i.sites, i.pairs, i.province);
            let counts = pairs::summary(i.sites, &shown);
            (shown, counts)
        }
    };
    Figures {
        pairs,
        pair_counts,
        underserved: if i.network.is_none() { all_far } else { far(i.network) },
        unreached: if i.province.is_none() { all_unreached } else { unreached(i.areas, i.access, i.province) },
        summary,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::insights::testkit::{random_areas, random_world, Rng};
    use crate::domain::insights::{access, partners};
    use crate::domain::model::Point;

    /// A seeded world: networks, `points` points (and their sites) and `areas` FSAs.
    fn world(seed: u64, points: usize, areas: usize) -> (Vec<Network>, Vec<Point>, Vec<Site>, Vec<Area>) {
        let mut rng = Rng(seed);
        let (networks, points, sites) = random_world(&mut rng, points, 2.0);
        (networks, points, sites, random_areas(&mut rng, areas))
    }

    #[test]
    fn runs_cover_every_network_and_their_scopes() {
        let (mut networks, _, sites, areas) = world(3, 80, 60);
        networks[4].optional_layer = true;
        let without = runs(&networks, false, (&areas, &sites), Metric::Straight, None);
        let with = runs(&networks, true, (&areas, &sites), Metric::Straight, None);
        let ids = |r: &[Run]| r.iter().map(|r| r.network).collect::<Vec<_>>();
        assert_eq!(ids(&without), [None, Some(0), Some(1), Some(2), Some(3)]);
        assert_eq!(ids(&with), [None, Some(0), Some(1), Some(2), Some(3), Some(4)]);
        for r in &with {
            assert_eq!(r.coverage, coverage::coverage(&areas, &r.assignments));
            // A provincial network covers its province only.
            let province = r.network.and_then(|n| networks[usize::from(n)].jurisdiction);
            assert!(r.assignments.iter().all(|a| province.is_none_or(|p| areas[a.area as usize].province == p)));
        }
        assert_eq!(with[0].assignments.len(), areas.len());
    }

    /// The summary over seeded worlds, against brute force over every area and site.
    #[test]
    fn the_summary_matches_brute_force() {
        for seed in 1..=6u64 {
            let (networks, points, sites, areas) = world(seed, 150, 120);
            let metric = Metric::Straight;
            let all_pairs = pairs::pairs(&sites, &points, 2_000.0);
            let runs = runs(&networks, false, (&areas, &sites), metric, None);
            let (min_population, far_km) = (5_000, 20.0);
            let index = access::two_step(&areas, &sites, |_| true, 10_000.0, metric);
            let ps = partners::nearest_partners(&sites, networks.len(), metric, None);
            let s = figures(Inputs {
                sites: &sites,
                areas: &areas,
                pairs: &all_pairs,
                runs: &runs,
                access: &index,
                partners: ps.len(),
                province: Some(Province::ON),
                network: Some(1),
                min_population,
                far_km,
            })
            .summary;

            let nearest = |a: &Area| sites.iter().map(|x| a.pos.distance_m(x.pos)).fold(f64::MAX, f64::min);
            let total: u64 = areas.iter().map(|a| u64::from(a.population)).sum();
            let within: u64 = areas
                .iter()
                .filter(|a| nearest(a) <= f64::from(REACH_KM) * 1000.0)
                .map(|a| u64::from(a.population))
                .sum();
            assert!((s.reach - within as f64 / total as f64).abs() < 1e-12, "seed {seed}");
            let brute_far =
                areas.iter().filter(|a| a.population >= min_population && nearest(a) > far_km * 1000.0).count();
            assert_eq!(s.underserved, brute_far, "seed {seed}");
            let brute_unreached: u64 = areas
                .iter()
                .filter(|a| sites.iter().all(|x| a.pos.distance_m(x.pos) > 10_000.0))
                .map(|a| u64::from(a.population))
                .sum();
            assert_eq!(s.unreached, brute_unreached, "seed {seed}");
            assert_eq!(s.pairs, all_pairs.len());
            let colocated = all_pairs.iter().filter(|p| p.colocation != pairs::Colocation::Near).count();
            assert_eq!(s.colocated, colocated);
            assert_eq!(s.partners, ps.len());
        }
    }

    #[test]
    fn figures_follow_the_province_and_the_network() {
        let (networks, points, sites, areas) = world(5, 200, 100);
        let all_pairs = pairs::pairs(&sites, &points, 3_000.0);
        let runs = runs(&networks, false, (&areas, &sites), Metric::Straight, None);
        let index = access::two_step(&areas, &sites, |_| true, 10_000.0, Metric::Straight);
        let inputs = Inputs {
            sites: &sites,
            areas: &areas,
            pairs: &all_pairs,
            runs: &runs,
            access: &index,
            partners: 3,
            province: None,
            network: None,
            min_population: 1_000,
            far_km: 5.0,
        };
        let national = figures(inputs);
        assert_eq!(national.pairs, all_pairs);
        assert_eq!(national.pair_counts, pairs::summary(&sites, &all_pairs));
        let far = |n: Option<u16>| {
            let r = runs.iter().find(|r| r.network == n).unwrap();
            coverage::underserved(&areas, &r.assignments, 1_000, 5.0).into_iter().copied().collect::<Vec<_>>()
        };
        assert_eq!(national.underserved, far(None));
        assert_eq!(national.summary.underserved, national.underserved.len());
        assert_eq!(national.unreached, national.summary.unreached);
        // A province and a network change what the sections show, not the summary.
        let chosen = figures(Inputs { province: Some(Province::QC), network: Some(3), ..inputs });
        assert_eq!(chosen.summary, national.summary);
        assert_eq!(chosen.pairs, pairs_in(&sites, &all_pairs, Some(Province::QC)));
        assert_eq!(chosen.pair_counts, pairs::summary(&sites, &chosen.pairs));
        assert_eq!(chosen.underserved, far(Some(3)));
        assert_eq!(chosen.unreached, unreached(&areas, &index, Some(Province::QC)));
        assert!(chosen.pairs.len() < all_pairs.len() && chosen.unreached <= national.unreached);
    }

    #[test]
    fn pairs_in_and_unreached_filter_by_province() {
        let (_, points, sites, areas) = world(9, 200, 50);
        let all = pairs::pairs(&sites, &points, 3_000.0);
        assert_eq!(pairs_in(&sites, &all, None), all);
        let on = pairs_in(&sites, &all, Some(Province::ON));
        let qc = pairs_in(&sites, &all, Some(Province::QC));
        let across = all.iter().filter(|p| sites[p.a as usize].province != sites[p.b as usize].province).count();
        assert!(!on.is_empty() && !qc.is_empty());
        assert_eq!(on.len() + qc.len(), all.len() + across);
        let index: Vec<f64> = (0..areas.len()).map(|i| if i % 3 == 0 { 0.0 } else { 1.5 }).collect();
        let by = |p| unreached(&areas, &index, Some(p));
        assert_eq!(by(Province::ON) + by(Province::QC), unreached(&areas, &index, None));
        assert_eq!(
            unreached(&areas, &index, None),
            areas.iter().step_by(3).map(|a| u64::from(a.population)).sum::<u64>()
        );
    }
}
