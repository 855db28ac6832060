//! Who is left out (issue 20): the people within reach of the networks, split by rural
//! and urban FSAs, by province, by household income and by the census figures of
//! `census.bin`, today and in a scenario.
//!
//! - **Population**: the analyst's choice of census, 2016 or 2021 ([`Year`]); every other
//!   figure has its own census, named in every row.
//! - **Rural**: FSAs whose second character is 0 (Canada Post's rural areas).
//! - **Income**: a median cannot be summed, so FSAs are ranked by their median household
//!   income (2020, census 2021) and cut into five groups of about a fifth of the 2021
//!   population each: an FSA belongs to the quintile where the midpoint of its people
//!   falls. FSAs whose income is suppressed form a group of their own.
//! - **Dwellings** (2021) and **people aged 65 and over** (2016) are counted like people.
//! - **FSA sets**: distances are measured from the gazetteer's FSA centres; an FSA of
//!   either census keeps its row in both (its figure of the other census is absent, so
//!   it counts 0 there); FSAs without a centre are counted apart ("not placed").
//! - **Suppressed** values count nowhere and are said (how many FSAs).
use super::census::{CensusBundle, FsaTable, Year};
use super::report::Table;
use super::table::Cell;
use super::{Area, Site};
use crate::domain::model::{Point, Province};
use crate::domain::nearest::SpatialIndex;
use crate::i18n::Locale;

/// What a group counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Figure {
    People(Year),
    /// Private dwellings, 2021.
    Dwellings,
    /// People aged 65 and over, 2016.
    Senior,
    /// An [`FsaTable`]'s count (its own year).
    Table(u16),
}

impl Figure {
    /// The census year of the figure.
    pub fn year(self) -> u16 {
        match self {
            Figure::People(y) => y.number(),
            Figure::Dwellings => 2021,
            Figure::Senior => 2016,
            Figure::Table(y) => y,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Figure::People(_) => "left-fig-people",
            Figure::Dwellings => "left-fig-dwellings",
            Figure::Senior => "left-fig-senior",
            Figure::Table(_) => "left-fig-people",
        }
    }
}

/// A group of people (or dwellings) and how many are within reach.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// Message id of the group's name.
    pub label: String,
    /// The province, for the provinces' rows.
    pub province: Option<Province>,
    pub figure: Figure,
    pub total: u64,
    /// Within reach today, and in the scenario when there is one.
    pub within: u64,
    pub after: Option<u64>,
    /// FSAs whose figure is suppressed (counted nowhere).
    pub suppressed: usize,
}

/// The income quintile (1 to 5) of each area, by its median household income 2020 and
/// weighted by its 2021 population; `None` when suppressed or unpopulated.
///
/// ```
/// use guichet::domain::insights::leftout::quintiles;
/// // Five areas of equal population, incomes in any order: one per quintile.
/// let q = quintiles(&[(Some(50), 10), (Some(10), 10), (None, 10), (Some(30), 10), (Some(20), 10), (Some(90), 10)]);
/// assert_eq!(q, [Some(4), Some(1), None, Some(3), Some(2), Some(5)]);
/// ```
pub fn quintiles(income_people: &[(Option<u32>, u32)]) -> Vec<Option<u8>> {
    let mut order: Vec<usize> =
        (0..income_people.len()).filter(|&i| income_people[i].0.is_some() && income_people[i].1 > 0).collect();
    order.sort_by_key(|&i| (income_people[i].0, i));
    let total: f64 = order.iter().map(|&i| f64::from(income_people[i].1)).sum();
    let mut out = vec![None; income_people.len()];
    let mut before = 0.0;
    for i in order {
        let p = f64::from(income_people[i].1);
        let mid = (before + p / 2.0) / total;
        out[i] = Some(((mid * 5.0).floor() as u8).min(4) + 1);
        before += p;
    }
    out
}

/// Distances (metres, the page's metric), by area: today's, and the scenario's.
#[derive(Debug, Clone, Copy)]
pub struct Reach<'a> {
    pub today: &'a [f64],
    pub scenario: Option<&'a [f64]>,
    /// Within this distance is "within reach", metres.
    pub band_m: f64,
    /// Only the areas of this province (a provincial network's own), else every area.
    pub scope: Option<Province>,
}

/// The groups of `areas` (built for `year` by [`super::census::areas_for`]).
pub fn groups(areas: &[Area], census: &CensusBundle, year: Year, reach: Reach) -> Vec<Group> {
    let rows: Vec<Option<&super::census::CensusFsa>> = areas.iter().map(|a| census.find(&a.code)).collect();
    let people = |i: usize| u64::from(areas[i].population);
    let mut out = Vec::new();
    let group = |label: &str, province: Option<Province>, figure: Figure, value: &dyn Fn(usize) -> Option<u64>| {
        let mut g = Group {
            label: label.into(),
            province,
            figure,
            total: 0,
            within: 0,
            after: reach.scenario.map(|_| 0),
            suppressed: 0,
        };
        for i in 0..areas.len() {
            let Some(v) = value(i).filter(|_| reach.scope.is_none_or(|p| areas[i].province == p)) else {
                continue;
            };
            g.total += v;
            if reach.today[i] <= reach.band_m {
                g.within += v;
            }
            if let (Some(after), Some(s)) = (g.after.as_mut(), reach.scenario) {
                if s[i] <= reach.band_m {
                    *after += v;
                }
            }
        }
        g
    };
    let y = Figure::People(year);
    out.push(group("left-all", None, y, &|i| Some(people(i))));
    out.push(group("left-urban", None, y, &|i| (!areas[i].approximate).then(|| people(i))));
    out.push(group("left-rural", None, y, &|i| areas[i].approximate.then(|| people(i))));
    for p in Province::ALL {
        if areas.iter().any(|a| a.province == p) && reach.scope.is_none_or(|x| x == p) {
            out.push(group("left-province", Some(p), y, &|i| (areas[i].province == p).then(|| people(i))));
        }
    }
    let q = quintiles(
        &rows
            .iter()
            .map(|r| r.map_or((None, 0), |r| (r.median_income_2020, r.population_2021.unwrap_or(0))))
            .collect::<Vec<_>>(),
    );
    const QUINTILES: [&str; 5] =
        ["left-quintile-1", "left-quintile-2", "left-quintile-3", "left-quintile-4", "left-quintile-5"];
    for (k, label) in QUINTILES.into_iter().enumerate() {
        out.push(group(label, None, y, &|i| (q[i] == Some(k as u8 + 1)).then(|| people(i))));
    }
    let no_income = |i: usize| q[i].is_none() && rows[i].is_some_and(|r| r.population_2021.is_some());
    let mut suppressed = group("left-income-suppressed", None, y, &|i| no_income(i).then(|| people(i)));
    suppressed.suppressed = (0..areas.len()).filter(|&i| no_income(i)).count();
    out.push(suppressed);
    let rows_ref = &rows;
    let count =
        |f: fn(&super::census::CensusFsa) -> Option<u32>| move |i: usize| rows_ref[i].and_then(f).map(u64::from);
    let mut dwellings = group("left-dwellings", None, Figure::Dwellings, &count(|r| r.dwellings_2021));
    dwellings.suppressed =
        rows.iter().flatten().filter(|r| r.population_2021.is_some() && r.dwellings_2021.is_none()).count();
    out.push(dwellings);
    let mut senior = group("left-senior", None, Figure::Senior, &count(|r| r.age_65_2016));
    senior.suppressed =
        rows.iter().flatten().filter(|r| r.population_2016.is_some() && r.age_65_2016.is_none()).count();
    out.push(senior);
    out
}

/// The groups of an [`FsaTable`], its people within `reach` of an office serving in its
/// language (distances by area from [`language_distances`]).
pub fn table_group(areas: &[Area], table: &FsaTable, reach: Reach) -> Group {
    let mut g = Group {
        label: table.label.clone(),
        province: None,
        figure: Figure::Table(table.year),
        total: 0,
        within: 0,
        after: reach.scenario.map(|_| 0),
        suppressed: 0,
    };
    for (i, a) in areas.iter().enumerate() {
        if reach.scope.is_some_and(|p| a.province != p) {
            continue;
        }
        let Ok(k) = table.rows.binary_search_by(|r| r.0.as_str().cmp(&a.code)) else { continue };
        let v = u64::from(table.rows[k].1);
        g.total += v;
        if reach.today[i] <= reach.band_m {
            g.within += v;
        }
        if let (Some(after), Some(s)) = (g.after.as_mut(), reach.scenario) {
            if s[i] <= reach.band_m {
                *after += v;
            }
        }
    }
    g
}

/// Straight-line metres from every area to the nearest site that `keep` accepts and
/// whose point serves in French (`french`) or English; a new point of a scenario (no
/// record) is taken to serve in both.
pub fn language_distances(
    areas: &[Area],
    (points, sites): (&[Point], &[Site]),
    french: bool,
    keep: impl Fn(&Site) -> bool,
) -> Vec<f64> {
    let serves =
        |s: &Site| points.get(s.point as usize).is_none_or(|p| if french { p.languages.fr } else { p.languages.en });
    let index = SpatialIndex::new(
        sites.iter().enumerate().filter(|(_, s)| keep(s) && serves(s)).map(|(i, s)| (i as u32, s.pos)),
    );
    areas.iter().map(|a| index.nearest_one(a.pos).map_or(f64::INFINITY, |h| h.distance_m)).collect()
}

/// The groups as a table: group, what is counted and its census, the total, within reach
/// (and share) today, then in the scenario and the difference when there is one.
pub fn table(groups: &[Group], locale: Locale, label: &dyn Fn(&str) -> String) -> Table {
    let scenario = groups.iter().any(|g| g.after.is_some());
    let mut headers = vec![
        "left-col-group",
        "left-col-figure",
        "left-col-census",
        "left-col-total",
        "left-col-within",
        "left-col-share",
        "left-col-out",
    ];
    if scenario {
        headers.extend(["left-col-within-after", "left-col-share-after", "left-col-change"]);
    }
    let share = |n: u64, t: u64| if t > 0 { Cell::Share(n as f64 / t as f64) } else { Cell::Empty };
    let rows = groups
        .iter()
        .map(|g| {
            let name = match g.province {
                Some(p) => p.name(locale).to_owned(),
                None => label(&g.label),
            };
            let mut r = vec![
                Cell::Text(name),
                Cell::Text(label(g.figure.label())),
                Cell::Text(g.figure.year().to_string()),
                Cell::Int(g.total),
                Cell::Int(g.within),
                share(g.within, g.total),
                Cell::Int(g.total - g.within),
            ];
            if let Some(after) = g.after {
                r.extend([Cell::Int(after), share(after, g.total), Cell::Decimal(after as f64 - g.within as f64, 0)]);
            }
            r
        })
        .collect();
    Table { headers, rows }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::gazetteer::Fsa;
    use crate::domain::geo::LatLon;
    use crate::domain::insights::census::{areas_for, CensusFsa};
    use crate::domain::insights::testkit::{random_world, Rng};

    fn world(seed: u64) -> (Vec<Fsa>, CensusBundle) {
        let mut rng = Rng(seed);
        let mut fsas = Vec::new();
        let mut census = CensusBundle::default();
        for i in 0..80u32 {
            let code = format!("{}{}{}", ['K', 'H', 'J'][(i % 3) as usize], i % 4, char::from(b'A' + (i / 4) as u8));
            let pos = LatLon::new(45.0 + rng.unit(), -76.0 + rng.unit() * 3.0);
            let province = if pos.lon < -74.5 { Province::ON } else { Province::QC };
            let p16 = (i % 11 != 0).then(|| (rng.next() % 40_000) as u32);
            let p21 = (i % 13 != 0).then(|| (rng.next() % 40_000) as u32);
            if i % 17 != 5 {
                fsas.push(Fsa { province, ..Fsa::bare(code.clone(), pos, p16) });
            }
            census.fsas.push(CensusFsa {
                population_2016: p16,
                population_2021: p21,
                dwellings_2021: p21.filter(|_| i % 7 != 0).map(|p| p / 2),
                median_income_2020: p21.filter(|_| i % 9 != 0).map(|_| 30_000 + (rng.next() % 90_000) as u32),
                age_65_2016: p16.filter(|_| i % 19 != 0).map(|p| p / 6),
                ..CensusFsa::new(code, province)
            });
        }
        fsas.sort_by(|a, b| a.code.cmp(&b.code));
        census.fsas.sort_by(|a, b| a.code.cmp(&b.code));
        (fsas, census)
    }

    /// The groups against a brute-force count over the census rows.
    #[test]
    fn groups_add_up_and_match_a_direct_count() {
        for seed in 1..=5u64 {
            let (fsas, census) = world(seed);
            let mut rng = Rng(seed + 100);
            let (_, _, sites) = random_world(&mut rng, 30, 3.0);
            for year in Year::ALL {
                let areas = areas_for(&fsas, Some(&census), year);
                let today: Vec<f64> = areas
                    .iter()
                    .map(|a| sites.iter().map(|s| a.pos.distance_m(s.pos)).fold(f64::INFINITY, f64::min))
                    .collect();
                let band = 10_000.0;
                let gs = groups(
                    &areas,
                    &census,
                    year,
                    Reach { today: &today, scenario: Some(&today), band_m: band, scope: None },
                );
                // A provincial network's table counts its province only.
                let on = groups(
                    &areas,
                    &census,
                    year,
                    Reach { today: &today, scenario: None, band_m: band, scope: Some(Province::ON) },
                );
                let on_people: u64 =
                    areas.iter().filter(|a| a.province == Province::ON).map(|a| u64::from(a.population)).sum();
                assert_eq!(on[0].total, on_people);
                assert_eq!(on.iter().filter(|g| g.province.is_some()).count(), 1);
                let by = |l: &str| gs.iter().find(|g| g.label == l).unwrap();
                let all = by("left-all");
                let placed = |c: &CensusFsa| fsas.iter().position(|f| f.code == c.code);
                let want: u64 = census
                    .fsas
                    .iter()
                    .filter(|c| placed(c).is_some())
                    .filter_map(|c| c.population(year))
                    .map(u64::from)
                    .sum();
                assert_eq!(all.total, want, "seed {seed} {year:?}");
                let near = |c: &CensusFsa| {
                    let f = &fsas[placed(c).unwrap()];
                    sites.iter().any(|s| f.pos.distance_m(s.pos) <= band)
                };
                let want_within: u64 = census
                    .fsas
                    .iter()
                    .filter(|c| placed(c).is_some() && near(c))
                    .filter_map(|c| c.population(year))
                    .map(u64::from)
                    .sum();
                assert_eq!(all.within, want_within);
                assert_eq!(all.after, Some(all.within));
                // Splits add up to the whole.
                assert_eq!(by("left-urban").total + by("left-rural").total, all.total);
                let provinces: u64 = gs.iter().filter(|g| g.province.is_some()).map(|g| g.total).sum();
                assert_eq!(provinces, all.total);
                let income: u64 = gs
                    .iter()
                    .filter(|g| g.label.starts_with("left-quintile") || g.label == "left-income-suppressed")
                    .map(|g| (g.total, g.within))
                    .map(|x| x.0)
                    .sum();
                // FSAs with a 2016 population but none in 2021 have no income group.
                let no_2021: u64 = areas
                    .iter()
                    .filter(|a| census.find(&a.code).is_some_and(|c| c.population_2021.is_none()))
                    .map(|a| u64::from(a.population))
                    .sum();
                assert_eq!(income + no_2021, all.total);
                let seniors: u64 = census
                    .fsas
                    .iter()
                    .filter(|c| placed(c).is_some())
                    .filter_map(|c| c.age_65_2016)
                    .map(u64::from)
                    .sum();
                assert_eq!(by("left-senior").total, seniors);
                assert_eq!(by("left-senior").figure.year(), 2016);
                assert_eq!(by("left-dwellings").figure.year(), 2021);
                assert!(by("left-dwellings").suppressed > 0);
                let t = table(&gs, Locale::En, &|s: &str| s.to_owned());
                assert_eq!(t.headers.len(), 10);
                assert!(t.rows.iter().all(|r| r.len() == 10));
            }
        }
    }

    #[test]
    fn quintiles_hold_about_a_fifth_of_the_people_each() {
        let mut rng = Rng(3);
        let v: Vec<(Option<u32>, u32)> = (0..500)
            .map(|i| ((i % 10 != 0).then(|| (rng.next() % 100_000) as u32), (rng.next() % 30_000) as u32))
            .collect();
        let q = quintiles(&v);
        let total: u64 = v.iter().filter(|x| x.0.is_some()).map(|x| u64::from(x.1)).sum();
        for k in 1..=5u8 {
            let share = v.iter().zip(&q).filter(|(_, q)| **q == Some(k)).map(|(x, _)| u64::from(x.1)).sum::<u64>()
                as f64
                / total as f64;
            assert!((share - 0.2).abs() < 0.03, "quintile {k}: {share}");
            // Higher quintiles have higher incomes.
            if k > 1 {
                let max_below = v.iter().zip(&q).filter(|(_, q)| **q == Some(k - 1)).filter_map(|(x, _)| x.0).max();
                let min_here = v.iter().zip(&q).filter(|(_, q)| **q == Some(k)).filter_map(|(x, _)| x.0).min();
                assert!(max_below <= min_here);
            }
        }
    }

    #[test]
    fn a_language_table_counts_people_near_offices_serving_in_their_language() {
        let mut rng = Rng(5);
        let (_, mut points, _) = random_world(&mut rng, 20, 2.0);
        for (i, p) in points.iter_mut().enumerate() {
            p.languages =
                if i % 2 == 0 { crate::domain::model::Languages::EN } else { crate::domain::model::Languages::BOTH };
        }
        let sites = crate::domain::insights::sites(&crate::domain::insights::testkit::networks(), &points);
        let areas: Vec<Area> = sites
            .iter()
            .enumerate()
            .map(|(i, s)| Area {
                fsa: i as u32,
                code: format!("K{i:02}"),
                province: Province::ON,
                pos: s.pos,
                population: 100,
                approximate: false,
                incomplete: false,
            })
            .collect();
        let table = FsaTable {
            label: "left-table".into(),
            year: 2021,
            french: Some(true),
            rows: areas.iter().map(|a| (a.code.clone(), 10)).collect(),
        };
        let fr = language_distances(&areas, (&points, &sites), true, |_| true);
        let g = table_group(&areas, &table, Reach { today: &fr, scenario: None, band_m: 1.0, scope: None });
        // Every area sits on an office; those on an English-only one are near a French
        // one only by chance.
        assert_eq!(g.total, 10 * areas.len() as u64);
        assert!(g.within >= 10 * sites.iter().filter(|s| points[s.point as usize].languages.fr).count() as u64);
        assert_eq!(g.after, None);
    }
}
