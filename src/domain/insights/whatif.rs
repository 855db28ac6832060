//! The tables of a scenario (issue 20): its changes, its totals against today, the FSAs
//! that gain or lose, the points whose nearest partner changes, and the greedy
//! suggestion's steps; for the page and the CSV exports alike.
use super::compare::{AreaChange, Outcome, Totals};
use super::coverage::BANDS_KM;
use super::report::Table;
use super::scenario::{Change, Kind, Skip, Where};
use super::suggest::{Candidate, Step};
use super::table::Cell;
use super::{Area, Site};
use crate::domain::model::Point;

/// What the tables read: the report's context (its `sites` are today's).
pub use super::report::Context as Names;

impl Names<'_> {
    fn network_by_id(&self, id: &str) -> String {
        self.networks.iter().find(|n| n.id == id).map_or_else(|| id.to_owned(), |n| n.name.show(self.locale).to_owned())
    }

    fn network_at(&self, n: u16) -> String {
        self.networks.get(usize::from(n)).map(|x| x.name.show(self.locale).to_owned()).unwrap_or_default()
    }

    /// A point's name and community, by id (the id itself when the bundle has no such point).
    pub fn point_by_id(&self, id: &str) -> String {
        match self.points.iter().find(|p| p.id == id) {
            Some(p) => format!("{} ({})", p.name.show(self.locale), p.community),
            None => id.to_owned(),
        }
    }

    /// A site's name: its point's, or "new point" with its network for a scenario's.
    fn site(&self, s: &Site) -> String {
        match self.points.get(s.point as usize) {
            Some(p) => format!("{} ({})", p.name.show(self.locale), p.community),
            None => format!("{} – {}", (self.label)("scen-new-point"), self.network_at(s.network)),
        }
    }

    fn place(&self, w: &Where) -> String {
        match w {
            Where::At(p) => format!("{:.5}, {:.5}", p.lat, p.lon),
            Where::Fsa(code) => format!("{} {code}", (self.label)("scen-fsa-centre")),
            Where::Office(id) => self.point_by_id(id),
        }
    }
}

/// The message id of a kind of change.
pub fn kind_label(k: Kind) -> &'static str {
    match k {
        Kind::Close => "scen-kind-close",
        Kind::Move => "scen-kind-move",
        Kind::CoLocate => "scen-kind-colocate",
        Kind::Add => "scen-kind-add",
        Kind::AddAtPartner => "scen-kind-add-partner",
    }
}

fn skip_label(s: Option<Skip>) -> &'static str {
    match s {
        None => "scen-applied",
        Some(Skip::Unknown) => "scen-skip-unknown",
        Some(Skip::UnknownFsa) => "scen-skip-fsa",
        Some(Skip::SameGovernment) => "scen-skip-government",
    }
}

/// The list of changes: rank, kind, point (or network), where to, applied or why not.
pub fn changes_table(n: &Names, changes: &[Change], skipped: &[Option<Skip>]) -> Table {
    let rows = changes
        .iter()
        .zip(skipped)
        .enumerate()
        .map(|(i, (c, s))| {
            let (what, network, to) = match c {
                Change::Close(id) => (n.point_by_id(id), point_network(n, id), Cell::Empty),
                Change::Move(id, w) => (n.point_by_id(id), point_network(n, id), Cell::Text(n.place(w))),
                Change::Add(net, w) => ((n.label)("scen-new-point"), n.network_by_id(net), Cell::Text(n.place(w))),
            };
            vec![
                Cell::Int(i as u64 + 1),
                Cell::Text((n.label)(kind_label(c.kind()))),
                Cell::Text(what),
                Cell::Text(network),
                to,
                Cell::Text((n.label)(skip_label(*s))),
                Cell::Text(c.token()),
            ]
        })
        .collect();
    Table {
        headers: vec![
            "scen-col-rank",
            "scen-col-kind",
            "scen-col-point",
            "scen-col-network",
            "scen-col-to",
            "scen-col-status",
            "scen-col-code",
        ],
        rows,
    }
}

fn point_network(n: &Names, id: &str) -> String {
    n.points.iter().find(|p| p.id == id).map(|p| n.network_at(p.network)).unwrap_or_default()
}

/// Today against the scenario: one row per figure, with the difference.
pub fn totals_table(n: &Names, today: &Totals, after: &Totals, focus_any: bool) -> Table {
    let mut rows = Vec::new();
    let mut int = |id: &str, km: Option<u32>, a: u64, b: u64| {
        let mut name = (n.label)(id);
        if let Some(km) = km {
            name = format!("{name} {km} km");
        }
        rows.push(vec![Cell::Text(name), Cell::Int(a), Cell::Int(b), Cell::Decimal(b as f64 - a as f64, 0)]);
    };
    let focus = if focus_any { "scen-tot-within-any" } else { "scen-tot-within-network" };
    for (k, km) in BANDS_KM.iter().enumerate() {
        int(focus, Some(*km), today.within[k], after.within[k]);
    }
    if !focus_any {
        for (k, km) in BANDS_KM.iter().enumerate() {
            int("scen-tot-within-any", Some(*km), today.within_any[k], after.within_any[k]);
        }
    }
    int("scen-tot-underserved", None, today.underserved as u64, after.underserved as u64);
    int("scen-tot-underserved-people", None, today.underserved_people, after.underserved_people);
    int("scen-tot-unreached", None, today.unreached, after.unreached);
    int("scen-tot-points", None, today.points as u64, after.points as u64);
    int("scen-tot-with-partner", None, today.with_partner as u64, after.with_partner as u64);
    let (a, b) = (today.partner_mean_m / 1000.0, after.partner_mean_m / 1000.0);
    rows.push(vec![Cell::Text((n.label)("scen-tot-partner-mean")), Cell::Km(a), Cell::Km(b), Cell::Decimal(b - a, 1)]);
    Table { headers: vec!["scen-col-figure", "scen-col-today", "scen-col-scenario", "scen-col-difference"], rows }
}

fn km_or_empty(m: f64) -> Cell {
    if m.is_finite() {
        Cell::Km(m / 1000.0)
    } else {
        Cell::Empty
    }
}

/// The FSAs that gain or lose: distances, index and status today and in the scenario.
pub fn areas_table(n: &Names, changes: &[AreaChange]) -> Table {
    let rows = changes
        .iter()
        .map(|c| {
            let a = &n.areas[c.area as usize];
            let change = if c.before_m.is_finite() && c.after_m.is_finite() {
                Cell::Decimal((c.after_m - c.before_m) / 1000.0, 1)
            } else {
                Cell::Empty
            };
            let status = match (c.underserved_before, c.underserved_after) {
                (false, true) => "scen-status-now-underserved",
                (true, false) => "scen-status-no-longer",
                _ if c.gains() => "scen-status-gains",
                _ => "scen-status-loses",
            };
            vec![
                Cell::Text(a.code.clone()),
                Cell::Text(a.province.code().to_owned()),
                Cell::Int(u64::from(a.population)),
                km_or_empty(c.before_m),
                km_or_empty(c.after_m),
                change,
                Cell::Decimal(c.access_before, 2),
                Cell::Decimal(c.access_after, 2),
                Cell::Text((n.label)(status)),
            ]
        })
        .collect();
    Table {
        headers: vec![
            "scen-col-fsa",
            "insights-col-province",
            "scen-col-population",
            "scen-col-km-today",
            "scen-col-km-scenario",
            "scen-col-km-change",
            "scen-col-access-today",
            "scen-col-access-scenario",
            "scen-col-area-status",
        ],
        rows,
    }
}

/// The points whose nearest partner (another government's point) changes.
pub fn partners_table(
    n: &Names,
    (today, today_sites): (&Outcome, &[Site]),
    (after, sites): (&Outcome, &[Site]),
) -> Table {
    let mut rows = Vec::new();
    let find = |o: &Outcome, point: u32| o.partners.binary_search_by_key(&point, |p| p.0).ok().map(|i| o.partners[i].1);
    let site = |point: u32| sites.iter().chain(today_sites).find(|s| s.point == point);
    let mut keys: Vec<u32> = today.partners.iter().chain(&after.partners).map(|p| p.0).collect();
    keys.sort_unstable();
    keys.dedup();
    for p in keys {
        let (a, b) = (find(today, p).flatten(), find(after, p).flatten());
        let moved = match (a, b) {
            (Some(x), Some(y)) => (x - y).abs() > 1.0,
            (None, None) => false,
            _ => true,
        };
        if !moved {
            continue;
        }
        let Some(s) = site(p) else { continue };
        let km = |m: Option<f64>| m.map_or(Cell::Empty, |m| Cell::Km(m / 1000.0));
        let closed = find(after, p).is_none();
        rows.push(vec![
            Cell::Text(n.site(s)),
            Cell::Text(n.network_at(s.network)),
            km(a),
            if closed { Cell::Text((n.label)("scen-closed")) } else { km(b) },
        ]);
    }
    Table {
        headers: vec!["scen-col-point", "scen-col-network", "scen-col-partner-today", "scen-col-partner-scenario"],
        rows,
    }
}

/// The greedy steps: rank, where, people newly within reach, running total and share.
pub fn steps_table(n: &Names, sites: &[Site], steps: &[Step], (reached, total): (u64, u64)) -> Table {
    let mut running = reached;
    let rows = steps
        .iter()
        .enumerate()
        .map(|(i, s)| {
            running += s.gain;
            let (place, kind) = match s.candidate {
                Candidate::Office(j) => {
                    let site = &sites[j as usize];
                    (n.site(site), format!("{} – {}", (n.label)("scen-cand-office"), n.network_at(site.network)))
                }
                Candidate::Fsa(a) => (n.areas[a as usize].code.clone(), (n.label)("scen-cand-fsa")),
            };
            let share = if total > 0 { Cell::Share(running as f64 / total as f64) } else { Cell::Empty };
            vec![
                Cell::Int(i as u64 + 1),
                Cell::Text(place),
                Cell::Text(kind),
                Cell::Int(s.gain),
                Cell::Int(running),
                share,
            ]
        })
        .collect();
    Table {
        headers: vec![
            "scen-col-rank",
            "scen-col-site",
            "scen-col-candidate",
            "scen-col-gain",
            "scen-col-running",
            "scen-col-share",
        ],
        rows,
    }
}

/// The changes that open a suggestion as a scenario: a new point of `network` at each
/// step's office (co-located) or FSA centre.
pub fn suggestion_changes(
    network: &str,
    points: &[Point],
    sites: &[Site],
    areas: &[Area],
    steps: &[Step],
) -> Vec<Change> {
    steps
        .iter()
        .filter_map(|s| {
            let to = match s.candidate {
                Candidate::Office(j) => Where::Office(points.get(sites[j as usize].point as usize)?.id.clone()),
                Candidate::Fsa(a) => Where::Fsa(areas[a as usize].code.clone()),
            };
            Some(Change::Add(network.to_owned(), to))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::gazetteer::Fsa;
    use crate::domain::insights::compare::{outcome, totals, Settings};
    use crate::domain::insights::scenario::Base;
    use crate::domain::insights::suggest::{Pool, Problem};
    use crate::domain::insights::testkit::{random_areas, random_world, Rng};
    use crate::domain::insights::Metric;
    use crate::i18n::Locale;

    /// A suggestion opened as a scenario reaches exactly the people its steps promised.
    #[test]
    fn a_suggestion_opened_as_a_scenario_reaches_what_it_promised() {
        for seed in 1..=6u64 {
            let mut rng = Rng(seed);
            let (networks, points, sites) = random_world(&mut rng, 70, 2.5);
            let mut areas = random_areas(&mut rng, 150);
            for (i, a) in areas.iter_mut().enumerate() {
                a.code = format!("A{:02}", i);
            }
            let fsas: Vec<Fsa> = areas
                .iter()
                .map(|a| Fsa { province: a.province, ..Fsa::bare(a.code.clone(), a.pos, Some(a.population)) })
                .collect();
            let pool = [Pool::Offices, Pool::Both, Pool::Fsas][(seed % 3) as usize];
            let problem = Problem::new((&points, &sites, &areas), 0, None, 25_000.0, pool);
            let steps = problem.greedy(&areas, 5);
            assert!(!steps.is_empty());
            let changes = suggestion_changes("fed", &points, &sites, &areas, &steps);
            assert_eq!(changes.len(), steps.len());
            let base = Base { networks: &networks, points: &points, sites: &sites, fsas: &fsas };
            let applied = base.apply(&changes);
            assert!(applied.skipped.iter().all(Option::is_none), "{:?}", applied.skipped);
            let s = Settings {
                metric: Metric::Straight,
                network: Some(0),
                catchment_m: 25_000.0,
                min_population: 1,
                far_km: 50.0,
                partner_m: 1_000.0,
            };
            let before = totals(&areas, &outcome(&networks, &areas, &sites, &s), &s);
            let after = totals(&areas, &outcome(&networks, &areas, &applied.sites, &s), &s);
            let gained: u64 = steps.iter().map(|s| s.gain).sum();
            assert_eq!(after.within[1] - before.within[1], gained, "seed {seed}");
            assert_eq!(problem.reached(&areas).0, before.within[1]);
            let label = |id: &str| id.to_owned();
            let names = Names {
                networks: &networks,
                points: &points,
                sites: &sites,
                areas: &areas,
                locale: Locale::En,
                label: &label,
            };
            let t = steps_table(&names, &sites, &steps, problem.reached(&areas));
            assert_eq!(t.rows.len(), steps.len());
            let c = changes_table(&names, &changes, &applied.skipped);
            assert!(c.rows.iter().all(|r| r[5] == Cell::Text("scen-applied".into())));
        }
    }
}
