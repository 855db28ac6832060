//! Suggested sites (issue 20): where should network N add k points to reach the most
//! people not already within X km of one of its points? A maximal covering location
//! problem (Church and ReVelle, 1974), solved greedily: each step takes the candidate
//! that reaches the most people still out of reach, until k steps or nobody is left to
//! reach. Greedy is within a factor (1 − 1/e) ≈ 0.632 of the optimum (Nemhauser, Wolsey
//! and Fisher, 1978: coverage is monotone and submodular), and exact for k = 1 or when
//! the candidates' reaches do not overlap.
//!
//! Candidates are the other governments' offices (co-location: the point would share
//! their address), and, when asked, FSA centres. An office already hosting the network
//! (a pair within [`HOSTED_M`] where either point's sources say it is in a partner's
//! premises, [`Collaboration::hosted_by_partner`]) is already co-located: it is not a
//! candidate, and is counted apart.
//!
//! [`Collaboration::hosted_by_partner`]: crate::domain::collaboration::Collaboration::hosted_by_partner
use super::pairs::HOSTED_M;
use super::{Area, Site};
use crate::domain::geo::LatLon;
use crate::domain::model::{Point, Province};
use crate::domain::nearest::SpatialIndex;

/// Where candidates come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Pool {
    /// Other governments' offices only (co-location).
    #[default]
    Offices,
    /// Offices first (on equal gains), then FSA centres.
    Both,
    /// FSA centres only.
    Fsas,
}

impl Pool {
    pub const ALL: [Pool; 3] = [Pool::Offices, Pool::Both, Pool::Fsas];

    pub const fn id(self) -> &'static str {
        match self {
            Pool::Offices => "offices",
            Pool::Both => "both",
            Pool::Fsas => "fsas",
        }
    }
}

/// A place a point could be added.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Candidate {
    /// Another government's office (index into the sites).
    Office(u32),
    /// An FSA's centre (index into the areas).
    Fsa(u32),
}

/// One greedy step: the candidate taken and the people it newly reaches.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Step {
    pub candidate: Candidate,
    pub pos: LatLon,
    pub gain: u64,
}

/// The problem: the network, its scope, the reach and the candidates.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// Areas counted (the network's province, or all).
    pub scope: Option<Province>,
    /// Straight-line reach, metres (the page's distance ÷ circuity).
    pub radius_m: f64,
    /// Areas already within reach of one of the network's points.
    pub covered: Vec<bool>,
    pub candidates: Vec<(Candidate, LatLon)>,
    /// Offices already co-located with the network (not candidates).
    pub already: usize,
}

impl Problem {
    /// The problem for `network`: its points among `sites` (of `points`) set what is
    /// already reached; `pool` where candidates come from.
    pub fn new(
        (points, sites, areas): (&[Point], &[Site], &[Area]),
        network: u16,
        scope: Option<Province>,
        radius_m: f64,
        pool: Pool,
    ) -> Problem {
        let own: Vec<&Site> = sites.iter().filter(|s| s.network == network).collect();
        let index = SpatialIndex::new(own.iter().enumerate().map(|(i, s)| (i as u32, s.pos)));
        let covered =
            areas.iter().map(|a| index.nearest_one(a.pos).is_some_and(|h| h.distance_m <= radius_m)).collect();
        let hosted = |s: &Site| {
            points.get(s.point as usize).and_then(|p| p.collaboration.as_ref()).is_some_and(|c| c.hosted_by_partner())
        };
        // A network with no point today: every other network's office is a candidate.
        let government = own.first().map(|s| s.government);
        let in_scope = |p: Province| scope.is_none_or(|x| x == p);
        let mut candidates = Vec::new();
        let mut already = 0;
        if pool != Pool::Fsas {
            for (j, s) in sites.iter().enumerate() {
                if s.network == network || government == Some(s.government) || !in_scope(s.province) {
                    continue;
                }
                let mut near = Vec::new();
                index.for_each_within(s.pos, HOSTED_M, |h| near.push(h.id));
                if near.iter().any(|&i| hosted(own[i as usize]) || hosted(s)) {
                    already += 1;
                    continue;
                }
                candidates.push((Candidate::Office(j as u32), s.pos));
            }
        }
        if pool != Pool::Offices {
            for (i, a) in areas.iter().enumerate() {
                if in_scope(a.province) {
                    candidates.push((Candidate::Fsa(i as u32), a.pos));
                }
            }
        }
        Problem { scope, radius_m, covered, candidates, already }
    }

    /// The people already within reach, and in scope.
    pub fn reached(&self, areas: &[Area]) -> (u64, u64) {
        let mut reached = 0;
        let mut total = 0;
        for (a, c) in areas.iter().zip(&self.covered) {
            if self.scope.is_none_or(|p| a.province == p) {
                total += u64::from(a.population);
                if *c {
                    reached += u64::from(a.population);
                }
            }
        }
        (reached, total)
    }

    /// For each candidate, the areas in scope, not yet covered, within reach.
    fn reach(&self, areas: &[Area]) -> Vec<Vec<u32>> {
        let index = SpatialIndex::new(
            areas
                .iter()
                .enumerate()
                .filter(|(i, a)| !self.covered[*i] && a.population > 0 && self.scope.is_none_or(|p| a.province == p))
                .map(|(i, a)| (i as u32, a.pos)),
        );
        self.candidates
            .iter()
            .map(|(_, pos)| {
                let mut v = Vec::new();
                index.for_each_within(*pos, self.radius_m, |h| v.push(h.id));
                v
            })
            .collect()
    }

    /// The greedy solution: at most `k` steps, each the candidate with the largest gain
    /// (offices before FSA centres, then the first listed, on equal gains); it stops
    /// early when no candidate reaches anyone new. Gains never count a person twice.
    pub fn greedy(&self, areas: &[Area], k: usize) -> Vec<Step> {
        let reach = self.reach(areas);
        let mut taken = vec![false; areas.len()];
        let mut used = vec![false; self.candidates.len()];
        let mut steps = Vec::new();
        // Gains only shrink as areas are taken (lazy greedy): a stale upper bound that is
        // still the best after recomputation is the true best.
        let gain = |c: usize, taken: &[bool]| -> u64 {
            reach[c].iter().filter(|&&i| !taken[i as usize]).map(|&i| u64::from(areas[i as usize].population)).sum()
        };
        let mut bound: Vec<u64> = (0..self.candidates.len()).map(|c| gain(c, &taken)).collect();
        while steps.len() < k {
            let mut best: Option<(u64, usize)> = None;
            let mut order: Vec<usize> = (0..self.candidates.len()).filter(|&c| !used[c] && bound[c] > 0).collect();
            order.sort_by(|&a, &b| bound[b].cmp(&bound[a]).then(a.cmp(&b)));
            for c in order {
                if best.is_some_and(|(g, _)| bound[c] < g) {
                    break;
                }
                bound[c] = gain(c, &taken);
                let better = match best {
                    None => bound[c] > 0,
                    Some((g, b)) => bound[c] > g || (bound[c] == g && c < b),
                };
                if better {
                    best = Some((bound[c], c));
                }
            }
            let Some((g, c)) = best else { break };
            used[c] = true;
            for &i in &reach[c] {
                taken[i as usize] = true;
            }
            let (candidate, pos) = self.candidates[c];
            steps.push(Step { candidate, pos, gain: g });
        }
        steps
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::insights::testkit::{random_areas, random_world, Rng};

    /// The best total of any `k` candidates, by trying every set of `k`.
    fn optimum(reach: &[Vec<u32>], areas: &[Area], k: usize) -> u64 {
        fn go(reach: &[Vec<u32>], areas: &[Area], from: usize, k: usize, taken: &mut Vec<u32>) -> u64 {
            if k == 0 || from == reach.len() {
                let mut t = taken.clone();
                t.sort_unstable();
                t.dedup();
                return t.iter().map(|&i| u64::from(areas[i as usize].population)).sum();
            }
            let without = go(reach, areas, from + 1, k, taken);
            let n = taken.len();
            taken.extend(&reach[from]);
            let with = go(reach, areas, from + 1, k - 1, taken);
            taken.truncate(n);
            without.max(with)
        }
        go(reach, areas, 0, k, &mut Vec::new())
    }

    /// The population of the union of the steps' reaches, each area once.
    fn union(p: &Problem, areas: &[Area], steps: &[Step]) -> u64 {
        let reach = p.reach(areas);
        let mut seen = vec![false; areas.len()];
        for s in steps {
            let c = p.candidates.iter().position(|(c, _)| *c == s.candidate).unwrap();
            for &i in &reach[c] {
                seen[i as usize] = true;
            }
        }
        areas.iter().zip(&seen).filter(|(_, s)| **s).map(|(a, _)| u64::from(a.population)).sum()
    }

    fn small(seed: u64, candidates: usize) -> (Vec<Area>, Problem) {
        let mut rng = Rng(seed);
        let (_, points, sites) = random_world(&mut rng, 30, 3.0);
        let areas = random_areas(&mut rng, 40);
        let mut p = Problem::new((&points, &sites, &areas), 0, None, 30_000.0, Pool::Both);
        p.candidates.truncate(candidates);
        (areas, p)
    }

    #[test]
    fn greedy_is_exact_for_one_point_and_within_the_bound_otherwise() {
        let bound = 1.0 - (-1.0f64).exp();
        let mut below = 0;
        for seed in 1..=25u64 {
            let (areas, p) = small(seed, 12);
            let reach = p.reach(&areas);
            for k in 1..=4 {
                let steps = p.greedy(&areas, k);
                let got: u64 = steps.iter().map(|s| s.gain).sum();
                // Never a person twice: the gains add up to the union's population.
                assert_eq!(got, union(&p, &areas, &steps), "seed {seed} k {k}");
                assert!(steps.windows(2).all(|w| w[0].gain >= w[1].gain), "gains shrink");
                let best = optimum(&reach, &areas, k);
                assert!(got <= best);
                if k == 1 {
                    assert_eq!(got, best, "seed {seed}: one point is exact");
                }
                assert!(got as f64 >= bound * best as f64, "seed {seed} k {k}: {got} < (1 - 1/e) × {best}");
                below += usize::from(got < best);
            }
        }
        // The random instances do have overlaps where greedy is not optimal, or the test
        // would say nothing beyond k = 1 (informative only).
        eprintln!("greedy below the optimum in {below} of 100 instances");
    }

    #[test]
    fn greedy_is_exact_when_reaches_do_not_overlap() {
        // Areas in clusters 100 km apart, one candidate per cluster, reach 20 km.
        let mut rng = Rng(4);
        let areas: Vec<Area> = (0..30)
            .map(|i| {
                let cluster = i / 5;
                let pos = LatLon::new(46.0 + f64::from(cluster) * 1.0 + rng.unit() * 0.05, -75.0 + rng.unit() * 0.05);
                Area {
                    fsa: i,
                    code: String::new(),
                    province: Province::ON,
                    pos,
                    population: 1 + (rng.next() % 10_000) as u32,
                    approximate: false,
                    incomplete: false,
                }
            })
            .collect();
        let candidates = (0..6).map(|c| (Candidate::Fsa(c * 5), areas[(c * 5) as usize].pos)).collect();
        let p = Problem { scope: None, radius_m: 20_000.0, covered: vec![false; 30], candidates, already: 0 };
        let reach = p.reach(&areas);
        for k in 1..=6 {
            let got: u64 = p.greedy(&areas, k).iter().map(|s| s.gain).sum();
            assert_eq!(got, optimum(&reach, &areas, k), "k {k}");
        }
        // Areas already covered are never counted again.
        let mut q = p.clone();
        q.covered[0] = true;
        let steps = q.greedy(&areas, 6);
        assert_eq!(
            steps.iter().map(|s| s.gain).sum::<u64>() + u64::from(areas[0].population),
            p.greedy(&areas, 6).iter().map(|s| s.gain).sum::<u64>()
        );
        // Nothing left to reach: it stops early.
        assert_eq!(p.greedy(&areas, 10).len(), 6);
    }

    #[test]
    fn offices_of_the_same_government_and_already_hosting_are_not_candidates() {
        let mut rng = Rng(9);
        let (_, mut points, _) = random_world(&mut rng, 50, 2.0);
        // Point 1 (Ontario) next to point 0 (federal), and the federal point hosted there.
        points[0].network = 0;
        points[1].network = 1;
        points[1].pos = points[0].pos.map(|p| LatLon::new(p.lat + 0.001, p.lon));
        points[0].collaboration = Some(crate::domain::collaboration::Collaboration {
            host: crate::domain::collaboration::HostKind::Provincial,
            kind: crate::domain::collaboration::CollabKind::CoLocation,
            evidence: vec![],
        });
        let sites = crate::domain::insights::sites(&crate::domain::insights::testkit::networks(), &points);
        let areas = random_areas(&mut rng, 20);
        let p = Problem::new((&points, &sites, &areas), 0, None, 10_000.0, Pool::Offices);
        assert!(p.already >= 1);
        assert!(p.candidates.iter().all(|(c, _)| match c {
            Candidate::Office(j) => sites[*j as usize].network != 0 && sites[*j as usize].point != 1,
            Candidate::Fsa(_) => false,
        }));
        let both = Problem::new((&points, &sites, &areas), 0, None, 10_000.0, Pool::Both);
        assert_eq!(both.candidates.len(), p.candidates.len() + areas.len());
        let (reached, total) = p.reached(&areas);
        assert!(reached <= total && total == areas.iter().map(|a| u64::from(a.population)).sum::<u64>());
    }
}
