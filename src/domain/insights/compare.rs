//! A scenario against today (issue 20): the same figures computed on both sets of sites
//! with the functions the rest of the page uses ([`coverage::assign`], [`access::two_step`],
//! the nearest point of another government), then their differences.
//!
//! Both sides use the page's metric (straight line, or straight line × circuity): the
//! pipeline's road distances are for today's points only, so a scenario never mixes them
//! in, and says so.
use super::coverage::{self, Assignment, Coverage, Scope};
use super::{access, Area, Government, Metric, Site};
use crate::domain::model::Network;
use crate::domain::nearest::SpatialIndex;

/// What both sides are computed with.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Settings {
    pub metric: Metric,
    /// The network the scenario is about (`None`: every network together).
    pub network: Option<u16>,
    /// The accessibility index's catchment, in the metric, metres.
    pub catchment_m: f64,
    /// Underserved: at least this many people, nearest point beyond `far_km`.
    pub min_population: u32,
    pub far_km: f64,
    /// "A partner within reach": another government's point within this distance, metres.
    pub partner_m: f64,
}

/// The figures of one side.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// Coverage by every network together (every FSA).
    pub all: Coverage,
    /// Coverage by the chosen network over its scope (its province, or Canada); `None`
    /// without a chosen network.
    pub network: Option<Coverage>,
    /// Distance (metric, metres) from every area to the nearest point of the focus (the
    /// chosen network, else any); infinite out of scope or with no point.
    pub nearest: Vec<f64>,
    /// Distance from every area to the nearest point of any network.
    pub nearest_any: Vec<f64>,
    /// Underserved areas (nearest point of the focus), ascending area index.
    pub underserved: Vec<u32>,
    /// Accessibility index of every area (points of the focus).
    pub access: Vec<f64>,
    /// For each point of the focus: (its `Site::point`, metres to the nearest point of
    /// another government, if any), ascending point.
    pub partners: Vec<(u32, Option<f64>)>,
}

/// The network's scope: its province for a provincial or municipal network.
fn scope(networks: &[Network], network: Option<u16>) -> Scope {
    match network {
        Some(n) => super::report::scope_of(networks, n),
        None => Scope::All,
    }
}

/// Distances of `assignments` by area (infinite where an area has none).
fn by_area(areas: &[Area], assignments: &[Assignment]) -> Vec<f64> {
    let mut out = vec![f64::INFINITY; areas.len()];
    for a in assignments {
        out[a.area as usize] = a.distance.metres;
    }
    out
}

/// The figures of `sites`.
pub fn outcome(networks: &[Network], areas: &[Area], sites: &[Site], s: &Settings) -> Outcome {
    let all_assigned = coverage::assign(areas, sites, Scope::All, s.metric, None);
    let all = coverage::coverage(areas, &all_assigned);
    let nearest_any = by_area(areas, &all_assigned);
    let (network, nearest) = match s.network {
        Some(_) => {
            let assigned = coverage::assign(areas, sites, scope(networks, s.network), s.metric, None);
            (Some(coverage::coverage(areas, &assigned)), by_area(areas, &assigned))
        }
        None => (None, nearest_any.clone()),
    };
    let in_focus = |x: &Site| s.network.is_none_or(|n| x.network == n);
    let underserved = (0..areas.len() as u32)
        .filter(|&i| {
            let a = &areas[i as usize];
            let d = nearest[i as usize];
            a.population >= s.min_population && d > s.far_km * 1000.0 && d.is_finite()
        })
        .collect();
    let access = access::two_step(areas, sites, in_focus, s.catchment_m, s.metric);
    Outcome { all, network, nearest, nearest_any, underserved, access, partners: partners(sites, s, in_focus) }
}

/// For each site that `in_focus` keeps, the nearest point of another government.
fn partners(sites: &[Site], s: &Settings, in_focus: impl Fn(&Site) -> bool) -> Vec<(u32, Option<f64>)> {
    let index = SpatialIndex::new(sites.iter().enumerate().map(|(i, x)| (i as u32, x.pos)));
    let mut out: Vec<(u32, Option<f64>)> = sites
        .iter()
        .filter(|x| in_focus(x))
        .map(|x| {
            let g: Government = x.government;
            let hit = index.nearest(x.pos, 1, None, |j| sites[j as usize].government != g);
            (x.point, hit.first().map(|h| s.metric.of(h.distance_m)))
        })
        .collect();
    out.sort_by_key(|p| p.0);
    out
}

/// How an area fares in the scenario.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AreaChange {
    pub area: u32,
    /// Metres to the nearest point of the focus, today and in the scenario (infinite: none).
    pub before_m: f64,
    pub after_m: f64,
    pub access_before: f64,
    pub access_after: f64,
    pub underserved_before: bool,
    pub underserved_after: bool,
}

impl AreaChange {
    /// Its nearest point is nearer (or its index higher at the same distance).
    pub fn gains(&self) -> bool {
        self.after_m < self.before_m || (self.after_m == self.before_m && self.access_after > self.access_before)
    }
}

/// The areas whose nearest distance, accessibility index or underserved status differ
/// (beyond rounding: 1 m, 1e-9 of the index), those that lose most first, then by gain.
pub fn area_changes(areas: &[Area], today: &Outcome, scenario: &Outcome) -> Vec<AreaChange> {
    let under = |o: &Outcome| {
        let mut v = vec![false; areas.len()];
        for &i in &o.underserved {
            v[i as usize] = true;
        }
        v
    };
    let (ub, ua) = (under(today), under(scenario));
    let differs = |a: f64, b: f64, eps: f64| !(a == b || (a - b).abs() <= eps);
    let mut out: Vec<AreaChange> = (0..areas.len())
        .filter(|&i| {
            differs(today.nearest[i], scenario.nearest[i], 1.0)
                || differs(today.access[i], scenario.access[i], 1e-9)
                || ub[i] != ua[i]
        })
        .map(|i| AreaChange {
            area: i as u32,
            before_m: today.nearest[i],
            after_m: scenario.nearest[i],
            access_before: today.access[i],
            access_after: scenario.access[i],
            underserved_before: ub[i],
            underserved_after: ua[i],
        })
        .collect();
    let delta = |c: &AreaChange| {
        if c.before_m.is_infinite() && c.after_m.is_infinite() {
            0.0
        } else if c.after_m.is_infinite() {
            f64::MAX
        } else if c.before_m.is_infinite() {
            f64::MIN
        } else {
            c.after_m - c.before_m
        }
    };
    out.sort_by(|a, b| delta(b).total_cmp(&delta(a)).then(a.area.cmp(&b.area)));
    out
}

/// Totals of a comparison: people within each band of the focus and of any network,
/// underserved areas and their people, people with no point within the catchment, and
/// the focus's points with a partner within reach.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Totals {
    pub within: [u64; 4],
    pub within_any: [u64; 4],
    pub population: u64,
    pub underserved: usize,
    pub underserved_people: u64,
    pub unreached: u64,
    pub points: usize,
    pub with_partner: usize,
    /// Mean metres to the nearest partner over the points that have one.
    pub partner_mean_m: f64,
}

/// The totals of one side.
pub fn totals(areas: &[Area], o: &Outcome, s: &Settings) -> Totals {
    let focus = o.network.as_ref().unwrap_or(&o.all);
    let unreached = areas.iter().zip(&o.access).filter(|(_, x)| **x == 0.0).map(|(a, _)| u64::from(a.population)).sum();
    let found: Vec<f64> = o.partners.iter().filter_map(|p| p.1).collect();
    Totals {
        within: focus.within,
        within_any: o.all.within,
        population: focus.population,
        underserved: o.underserved.len(),
        underserved_people: o.underserved.iter().map(|&i| u64::from(areas[i as usize].population)).sum(),
        unreached,
        points: o.partners.len(),
        with_partner: found.iter().filter(|&&m| m <= s.partner_m).count(),
        partner_mean_m: if found.is_empty() { 0.0 } else { found.iter().sum::<f64>() / found.len() as f64 },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::gazetteer::Fsa;
    use crate::domain::geo::LatLon;
    use crate::domain::insights::coverage::BANDS_KM;
    use crate::domain::insights::scenario::{Base, Change, Where};
    use crate::domain::insights::testkit::{random_areas, random_world, Rng};

    /// Every figure of `sites` by brute force: every area against every site.
    fn brute(areas: &[Area], sites: &[Site], s: &Settings, scope: Option<crate::domain::model::Province>) -> Outcome {
        let focus = |x: &Site| s.network.is_none_or(|n| x.network == n);
        let dist = |a: &Area, keep: &dyn Fn(&Site) -> bool| {
            sites.iter().filter(|x| keep(x)).map(|x| s.metric.of(a.pos.distance_m(x.pos))).fold(f64::INFINITY, f64::min)
        };
        let in_scope = |a: &Area| scope.is_none_or(|p| a.province == p);
        let nearest_any: Vec<f64> = areas.iter().map(|a| dist(a, &|_| true)).collect();
        let nearest: Vec<f64> =
            areas.iter().map(|a| if in_scope(a) { dist(a, &focus) } else { f64::INFINITY }).collect();
        let cov = |d: &[f64], keep: &dyn Fn(&Area) -> bool| {
            let mut c = Coverage::default();
            for (a, m) in areas.iter().zip(d) {
                if !keep(a) || m.is_infinite() {
                    continue;
                }
                c.population += u64::from(a.population);
                for (band, km) in c.within.iter_mut().zip(BANDS_KM) {
                    if *m <= f64::from(km) * 1000.0 {
                        *band += u64::from(a.population);
                    }
                }
            }
            c
        };
        let radius = s.metric.inverse(s.catchment_m);
        let chosen: Vec<&Site> = sites.iter().filter(|x| focus(x)).collect();
        let ratio: Vec<f64> = chosen
            .iter()
            .map(|x| {
                let d: f64 =
                    areas.iter().filter(|a| a.pos.distance_m(x.pos) <= radius).map(|a| f64::from(a.population)).sum();
                if d > 0.0 {
                    1.0 / d
                } else {
                    0.0
                }
            })
            .collect();
        let access = areas
            .iter()
            .map(|a| {
                chosen
                    .iter()
                    .zip(&ratio)
                    .filter(|(x, _)| a.pos.distance_m(x.pos) <= radius)
                    .map(|(_, r)| r)
                    .sum::<f64>()
                    * 100_000.0
            })
            .collect();
        let mut partners: Vec<(u32, Option<f64>)> = chosen
            .iter()
            .map(|x| {
                let d = sites
                    .iter()
                    .filter(|y| y.government != x.government)
                    .map(|y| s.metric.of(x.pos.distance_m(y.pos)))
                    .fold(f64::INFINITY, f64::min);
                (x.point, d.is_finite().then_some(d))
            })
            .collect();
        partners.sort_by_key(|p| p.0);
        let underserved = (0..areas.len() as u32)
            .filter(|&i| {
                let d = nearest[i as usize];
                areas[i as usize].population >= s.min_population && d > s.far_km * 1000.0 && d.is_finite()
            })
            .collect();
        Outcome {
            all: cov(&nearest_any, &|_| true),
            network: s.network.map(|_| cov(&nearest, &in_scope)),
            nearest,
            nearest_any,
            underserved,
            access,
            partners,
        }
    }

    fn close(a: f64, b: f64) -> bool {
        a == b || (a - b).abs() < 1e-6 * a.abs().max(1.0)
    }

    fn same(got: &Outcome, want: &Outcome, what: &str) {
        let strip = |c: &Coverage| (c.population, c.within);
        assert_eq!(strip(&got.all), strip(&want.all), "{what}: all");
        assert_eq!(got.network.as_ref().map(strip), want.network.as_ref().map(strip), "{what}: network");
        assert!(got.nearest.iter().zip(&want.nearest).all(|(a, b)| close(*a, *b)), "{what}: nearest");
        assert!(got.nearest_any.iter().zip(&want.nearest_any).all(|(a, b)| close(*a, *b)), "{what}");
        assert_eq!(got.underserved, want.underserved, "{what}: underserved");
        assert!(got.access.iter().zip(&want.access).all(|(a, b)| (a - b).abs() < 1e-6), "{what}: access");
        assert_eq!(got.partners.len(), want.partners.len(), "{what}");
        for (g, w) in got.partners.iter().zip(&want.partners) {
            assert_eq!(g.0, w.0, "{what}");
            assert!(g.1.zip(w.1).is_none_or(|(a, b)| close(a, b)) && g.1.is_some() == w.1.is_some(), "{what}");
        }
    }

    /// A random change to today's points.
    fn random_change(rng: &mut Rng, ids: &[String], fsas: &[Fsa]) -> Change {
        let id = ids[(rng.next() % ids.len() as u64) as usize].clone();
        let pos = LatLon::new(44.5 + rng.unit() * 2.0, -77.0 + rng.unit() * 4.0);
        match rng.next() % 5 {
            0 => Change::Close(id),
            1 => Change::Move(id, Where::At(pos)),
            2 => Change::Move(id, Where::Office(ids[(rng.next() % ids.len() as u64) as usize].clone())),
            3 => Change::Add(["fed", "on-a", "qc", "city"][(rng.next() % 4) as usize].into(), Where::At(pos)),
            _ => Change::Add("on-b".into(), Where::Fsa(fsas[(rng.next() % fsas.len() as u64) as usize].code.clone())),
        }
    }

    /// Scenario figures against a brute-force recomputation on seeded random networks:
    /// each kind of change alone, then sequences; the empty scenario is today, and
    /// undoing the last change gives the previous scenario's figures back.
    #[test]
    fn scenarios_match_brute_force_and_undo_gives_back_today() {
        for seed in 1..=6u64 {
            let mut rng = Rng(seed);
            let (networks, points, sites) = random_world(&mut rng, 90, 2.5);
            let areas = random_areas(&mut rng, 120);
            let fsas: Vec<Fsa> = areas
                .iter()
                .map(|a| Fsa {
                    province: a.province,
                    ..Fsa::bare(format!("K{}A", a.fsa % 10), a.pos, Some(a.population))
                })
                .collect();
            let ids: Vec<String> = sites.iter().map(|s| points[s.point as usize].id.clone()).collect();
            let base = Base { networks: &networks, points: &points, sites: &sites, fsas: &fsas };
            for network in [None, Some(1u16), Some(0)] {
                let s = Settings {
                    metric: if seed % 2 == 0 { Metric::Straight } else { Metric::Estimated { circuity: 1.3 } },
                    network,
                    catchment_m: 25_000.0,
                    min_population: 5_000,
                    far_km: 15.0,
                    partner_m: 2_000.0,
                };
                let scope = network.and_then(|n| networks[usize::from(n)].jurisdiction);
                let today = outcome(&networks, &areas, &sites, &s);
                same(&today, &brute(&areas, &sites, &s, scope), "today");
                let mut changes = Vec::new();
                let mut previous = today.clone();
                for step in 0..12 {
                    changes.push(random_change(&mut rng, &ids, &fsas));
                    let applied = base.apply(&changes);
                    let now = outcome(&networks, &areas, &applied.sites, &s);
                    same(&now, &brute(&areas, &applied.sites, &s, scope), &format!("seed {seed} step {step}"));
                    // Undoing the last change gives back the previous figures.
                    let undone = outcome(&networks, &areas, &base.apply(&changes[..changes.len() - 1]).sites, &s);
                    assert_eq!(undone, previous, "seed {seed} step {step}: undo");
                    // The differences are exactly the areas whose figures moved.
                    let diff = area_changes(&areas, &today, &now);
                    for c in &diff {
                        let i = c.area as usize;
                        assert!(close(c.before_m, today.nearest[i]) && close(c.after_m, now.nearest[i]));
                    }
                    let moved = (0..areas.len())
                        .filter(|&i| {
                            !(today.nearest[i] == now.nearest[i] || (today.nearest[i] - now.nearest[i]).abs() <= 1.0)
                        })
                        .count();
                    assert!(diff.len() >= moved);
                    previous = now;
                }
                let back = outcome(&networks, &areas, &base.apply(&[]).sites, &s);
                assert_eq!(back, today);
                assert!(area_changes(&areas, &today, &back).is_empty());
                assert_eq!(totals(&areas, &back, &s), totals(&areas, &today, &s));
            }
        }
    }

    #[test]
    fn closing_a_network_loses_every_area_and_adding_near_gains() {
        let mut rng = Rng(11);
        let (networks, points, sites) = random_world(&mut rng, 40, 2.0);
        let areas = random_areas(&mut rng, 60);
        let fsas = vec![Fsa::bare("K1A", LatLon::new(45.4, -75.7), Some(1))];
        let base = Base { networks: &networks, points: &points, sites: &sites, fsas: &fsas };
        let s = Settings {
            metric: Metric::Straight,
            network: Some(0),
            catchment_m: 25_000.0,
            min_population: 0,
            far_km: 1_000.0,
            partner_m: 1_000.0,
        };
        let today = outcome(&networks, &areas, &sites, &s);
        let closes: Vec<Change> = sites
            .iter()
            .filter(|x| x.network == 0)
            .map(|x| Change::Close(points[x.point as usize].id.clone()))
            .collect();
        let none = outcome(&networks, &areas, &base.apply(&closes).sites, &s);
        assert!(none.nearest.iter().all(|d| d.is_infinite()) && none.partners.is_empty());
        let t = totals(&areas, &none, &s);
        assert_eq!((t.within, t.points), ([0; 4], 0));
        let lost = area_changes(&areas, &today, &none);
        assert_eq!(lost.len(), areas.len());
        assert!(lost.iter().all(|c| !c.gains()));
        // A new point at an area's centre: that area gains.
        let at = areas[5].pos;
        let more = outcome(&networks, &areas, &base.apply(&[Change::Add("fed".into(), Where::At(at))]).sites, &s);
        let diff = area_changes(&areas, &today, &more);
        let c = diff.iter().find(|c| c.area == 5).expect("area 5 changes unless a point was already there");
        assert!(c.gains() && c.after_m < 1.0);
    }
}
