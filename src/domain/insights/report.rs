//! The insights' tables: computations turned into rows of [`Cell`]s with header message
//! ids, for the page and the CSV export alike. Labels (networks, statuses) come in the
//! interface language through `label`, a message lookup the caller provides.
use std::collections::BTreeMap;

use super::coverage::{self, Assignment, Coverage, Scope, BANDS_KM};
use super::pairs::{Colocation, Pair, Region, Summary};
use super::partners::Partner;
use super::table::Cell;
use super::{Area, DistanceKind, Site};
use crate::domain::model::{Network, Point, Province};
use crate::i18n::Locale;

/// A table: header message ids and rows.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Table {
    pub headers: Vec<&'static str>,
    pub rows: Vec<Vec<Cell>>,
}

/// What the tables read: the bundle's networks and points (sites index `points`) and the
/// FSAs.
pub struct Context<'a> {
    pub networks: &'a [Network],
    pub points: &'a [Point],
    pub sites: &'a [Site],
    pub areas: &'a [Area],
    pub locale: Locale,
    /// Message lookup for labels (`insights-kind-road`, `insights-status-same-address`...).
    pub label: &'a dyn Fn(&str) -> String,
}

impl Context<'_> {
    fn network(&self, n: u16) -> String {
        self.networks.get(usize::from(n)).map(|x| x.name.show(self.locale).to_owned()).unwrap_or_default()
    }

    fn point(&self, site: u32) -> &Point {
        &self.points[self.sites[site as usize].point as usize]
    }

    fn name(&self, site: u32) -> String {
        self.point(site).name.show(self.locale).to_owned()
    }

    fn yes(&self, b: bool) -> Cell {
        if b {
            Cell::Text((self.label)("insights-yes"))
        } else {
            Cell::Empty
        }
    }

    fn kind(&self, k: DistanceKind) -> Cell {
        Cell::Text((self.label)(match k {
            DistanceKind::Straight => "insights-kind-straight",
            DistanceKind::Estimated => "insights-kind-estimate",
            DistanceKind::Road => "insights-kind-road",
        }))
    }

    /// True when `province` passes the page's province filter.
    fn keep(filter: Option<Province>, province: Province) -> bool {
        filter.is_none_or(|p| p == province)
    }
}

fn km(m: f64) -> Cell {
    Cell::Km(m / 1000.0)
}

fn status_id(c: Colocation) -> &'static str {
    match c {
        Colocation::SameAddress => "insights-status-same-address",
        Colocation::SamePostalCode => "insights-status-same-postal",
        Colocation::Hosted => "insights-status-hosted",
        Colocation::Near => "insights-status-near",
    }
}

/// Co-location candidates, nearest first. The distance is always the straight line:
/// co-location is about premises, not trips.
pub fn pairs_table(cx: &Context, pairs: &[Pair], province: Option<Province>) -> Table {
    let headers = vec![
        "insights-col-point-a",
        "insights-col-network-a",
        "insights-col-point-b",
        "insights-col-network-b",
        "insights-col-community",
        "insights-col-province",
        "insights-col-distance-km",
        "insights-col-status",
        "insights-col-approximate",
    ];
    let rows = pairs
        .iter()
        .filter(|p| {
            let (a, b) = (&cx.sites[p.a as usize], &cx.sites[p.b as usize]);
            Context::keep(province, a.province) || Context::keep(province, b.province)
        })
        .map(|p| {
            let (a, b) = (&cx.sites[p.a as usize], &cx.sites[p.b as usize]);
            let provinces = if a.province == b.province {
                a.province.code().to_owned()
            } else {
                format!("{}–{}", a.province.code(), b.province.code())
            };
            vec![
                Cell::Text(cx.name(p.a)),
                Cell::Text(cx.network(a.network)),
                Cell::Text(cx.name(p.b)),
                Cell::Text(cx.network(b.network)),
                Cell::Text(cx.point(p.a).community.clone()),
                Cell::Text(provinces),
                km(p.metres),
                Cell::Text((cx.label)(status_id(p.colocation))),
                cx.yes(a.approximate || b.approximate),
            ]
        })
        .collect();
    Table { headers, rows }
}

fn region_label(r: Region) -> String {
    match r {
        Region::Within(p) => p.code().to_owned(),
        Region::Across(a, b) => format!("{}–{}", a.code(), b.code()),
    }
}

/// Pair counts by province (or pair of provinces, across a border).
pub fn pairs_by_region(summary: &Summary) -> Table {
    Table {
        headers: vec!["insights-col-province", "insights-col-pairs", "insights-col-colocated"],
        rows: summary
            .by_region
            .iter()
            .map(|(r, (n, co))| vec![Cell::Text(region_label(*r)), Cell::Int(*n as u64), Cell::Int(*co as u64)])
            .collect(),
    }
}

/// Pair counts by pair of networks, most pairs first.
pub fn pairs_by_networks(cx: &Context, summary: &Summary) -> Table {
    let mut rows: Vec<(usize, Vec<Cell>)> = summary
        .by_networks
        .iter()
        .map(|((a, b), (n, co))| {
            (
                *n,
                vec![
                    Cell::Text(cx.network(*a)),
                    Cell::Text(cx.network(*b)),
                    Cell::Int(*n as u64),
                    Cell::Int(*co as u64),
                ],
            )
        })
        .collect();
    rows.sort_by_key(|r| std::cmp::Reverse(r.0));
    Table {
        headers: vec![
            "insights-col-network-a",
            "insights-col-network-b",
            "insights-col-pairs",
            "insights-col-colocated",
        ],
        rows: rows.into_iter().map(|(_, r)| r).collect(),
    }
}

/// Nearest partner, one row per point: the nearest point of network `partner`, or (when
/// `None`) the nearest point of any other government. `from` limits the rows to one
/// network's points.
pub fn partners_table(
    cx: &Context,
    partners: &[Partner],
    from: Option<u16>,
    partner: Option<u16>,
    province: Option<Province>,
) -> Table {
    let headers = vec![
        "insights-col-point",
        "insights-col-network",
        "insights-col-community",
        "insights-col-province",
        "insights-col-partner",
        "insights-col-partner-network",
        "insights-col-distance-km",
        "insights-col-distance-kind",
        "insights-col-approximate",
    ];
    // Partners come sorted by site: take each site's best candidate.
    let mut best: BTreeMap<u32, &Partner> = BTreeMap::new();
    for p in partners {
        let s = &cx.sites[p.site as usize];
        let wanted = match partner {
            Some(n) => p.network == n,
            None => cx.sites[p.partner as usize].government != s.government,
        };
        if !wanted || from.is_some_and(|n| s.network != n) || !Context::keep(province, s.province) {
            continue;
        }
        let e = best.entry(p.site).or_insert(p);
        if p.distance.metres < e.distance.metres {
            *e = p;
        }
    }
    let rows = best
        .values()
        .map(|p| {
            let (s, t) = (&cx.sites[p.site as usize], &cx.sites[p.partner as usize]);
            vec![
                Cell::Text(cx.name(p.site)),
                Cell::Text(cx.network(s.network)),
                Cell::Text(cx.point(p.site).community.clone()),
                Cell::Text(s.province.code().to_owned()),
                Cell::Text(cx.name(p.partner)),
                Cell::Text(cx.network(t.network)),
                km(p.distance.metres),
                cx.kind(p.distance.kind),
                cx.yes(s.approximate || t.approximate),
            ]
        })
        .collect();
    Table { headers, rows }
}

/// The scope of coverage for network `n`: its province or territory when it has one.
pub fn scope_of(networks: &[Network], n: u16) -> Scope {
    Scope::Network { network: n, within: networks.get(usize::from(n)).and_then(|x| x.jurisdiction) }
}

/// Coverage by network (and all networks together, first): the population of the area
/// each serves (its province, or Canada), the share within each band, the mean distance.
/// `runs` are (network or `None` for all, its assignments).
pub fn coverage_table(cx: &Context, runs: &[(Option<u16>, Vec<Assignment>)]) -> Table {
    let sums: Vec<Coverage> = runs.iter().map(|(_, a)| coverage::coverage(cx.areas, a)).collect();
    coverage_table_of(cx, runs.iter().zip(&sums).map(|((n, a), c)| (*n, a.as_slice(), c)))
}

/// [`coverage_table`] of runs already summed: (network or `None`, its assignments, their
/// [`Coverage`]).
pub fn coverage_table_of<'a>(
    cx: &Context,
    runs: impl IntoIterator<Item = (Option<u16>, &'a [Assignment], &'a Coverage)>,
) -> Table {
    let mut headers = vec!["insights-col-network", "insights-col-area", "insights-col-population"];
    headers.extend([
        "insights-col-within-10",
        "insights-col-within-25",
        "insights-col-within-50",
        "insights-col-within-100",
    ]);
    headers.extend(["insights-col-mean-km", "insights-col-distance-kind"]);
    debug_assert_eq!(BANDS_KM, [10, 25, 50, 100]);
    let rows = runs
        .into_iter()
        .filter(|(_, a, _)| !a.is_empty())
        .map(|(n, assignments, c)| {
            let name = match n {
                Some(n) => cx.network(n),
                None => (cx.label)("insights-all-networks"),
            };
            let area = match n.and_then(|n| cx.networks.get(usize::from(n))).and_then(|x| x.jurisdiction) {
                Some(p) => p.code().to_owned(),
                None => (cx.label)("insights-canada"),
            };
            let pop = c.population.max(1) as f64;
            let mut row = vec![Cell::Text(name), Cell::Text(area), Cell::Int(c.population)];
            row.extend(c.within.iter().map(|w| Cell::Share(*w as f64 / pop)));
            row.push(Cell::Km(c.mean_km));
            let road = assignments.iter().any(|a| a.distance.kind == DistanceKind::Road);
            row.push(cx.kind(if road { DistanceKind::Road } else { assignments[0].distance.kind }));
            row
        })
        .collect();
    Table { headers, rows }
}

/// Underserved FSAs of one assignment, farthest first.
pub fn underserved_table(
    cx: &Context,
    assignments: &[Assignment],
    min_population: u32,
    far_km: f64,
    province: Option<Province>,
) -> Table {
    underserved_table_of(cx, coverage::underserved(cx.areas, assignments, min_population, far_km), province)
}

/// [`underserved_table`] of underserved FSAs already found (`coverage::underserved`).
pub fn underserved_table_of<'a>(
    cx: &Context,
    underserved: impl IntoIterator<Item = &'a Assignment>,
    province: Option<Province>,
) -> Table {
    let headers = vec![
        "insights-col-fsa",
        "insights-col-province",
        "insights-col-population",
        "insights-col-nearest",
        "insights-col-network",
        "insights-col-distance-km",
        "insights-col-distance-kind",
        "insights-col-approximate",
        "insights-col-incomplete",
    ];
    let rows = underserved
        .into_iter()
        .filter(|a| Context::keep(province, cx.areas[a.area as usize].province))
        .map(|a| {
            let area = &cx.areas[a.area as usize];
            let s = &cx.sites[a.site as usize];
            vec![
                Cell::Text(area.code.clone()),
                Cell::Text(area.province.code().to_owned()),
                Cell::Int(u64::from(area.population)),
                Cell::Text(cx.name(a.site)),
                Cell::Text(cx.network(s.network)),
                km(a.distance.metres),
                cx.kind(a.distance.kind),
                cx.yes(area.approximate || s.approximate),
                cx.yes(area.incomplete),
            ]
        })
        .collect();
    Table { headers, rows }
}

/// The accessibility index of every FSA (same order as the areas), lowest first.
pub fn access_table(cx: &Context, index: &[f64], province: Option<Province>) -> Table {
    let headers = vec![
        "insights-col-fsa",
        "insights-col-province",
        "insights-col-population",
        "insights-col-access",
        "insights-col-approximate",
    ];
    let mut order: Vec<usize> =
        (0..cx.areas.len()).filter(|&i| Context::keep(province, cx.areas[i].province)).collect();
    order.sort_by(|&a, &b| index[a].total_cmp(&index[b]).then(a.cmp(&b)));
    let rows = order
        .into_iter()
        .map(|i| {
            let a = &cx.areas[i];
            vec![
                Cell::Text(a.code.clone()),
                Cell::Text(a.province.code().to_owned()),
                Cell::Int(u64::from(a.population)),
                Cell::Decimal(index[i], 1),
                cx.yes(a.approximate),
            ]
        })
        .collect();
    Table { headers, rows }
}
