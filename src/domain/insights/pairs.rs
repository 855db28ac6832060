//! Co-location candidates: pairs of points of different governments close to each other.
use std::collections::BTreeMap;

use super::{Government, Site};
use crate::domain::collaboration::HostKind;
use crate::domain::model::{Point, Province};
use crate::domain::nearest::SpatialIndex;
use crate::domain::text::fold;

/// Smallest and largest search distance offered (metres), and the default.
pub const MIN_M: f64 = 100.0;
pub const MAX_M: f64 = 25_000.0;
pub const DEFAULT_M: f64 = 1_000.0;
/// Two points closer than this (metres), one hosted by the other's government by the
/// sources' words, share premises: positions of one building from two sources differ by
/// a few hundred metres at most.
pub const HOSTED_M: f64 = 250.0;

/// Whether two points of a pair already share premises, as far as the data says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Colocation {
    /// Same street address in the same municipality.
    SameAddress,
    /// Same full postal code (often one building or block face in cities).
    SamePostalCode,
    /// One is in the premises of the other's government by the sources' own words
    /// (`Point::collaboration`: a provincial or municipal host), and they are within
    /// [`HOSTED_M`] of each other.
    Hosted,
    /// Only close.
    Near,
}

/// Two sites of different governments within the search distance.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Pair {
    /// Indexes into the sites, `a < b`.
    pub a: u32,
    pub b: u32,
    /// Great-circle metres.
    pub metres: f64,
    pub colocation: Colocation,
}

/// A street address folded for comparison: case, accents and punctuation away, and the
/// unit or suite part dropped ("100-123 Main St." and "123 Main Street, Suite 100" are the
/// same building).
///
/// ```
/// use guichet::domain::insights::pairs::address_key;
/// assert_eq!(address_key("123 Main St., Suite 100", "Ottawa"), address_key("123 MAIN STREET", "ottawa"));
/// assert_eq!(address_key("100-123 Main St", "Ottawa"), address_key("123 Main Street", "Ottawa"));
/// assert_ne!(address_key("123 Main St", "Ottawa"), address_key("125 Main St", "Ottawa"));
/// assert_ne!(address_key("123 Main St", "Ottawa"), address_key("123 Main St", "Hull"));
/// ```
pub fn address_key(street: &str, city: &str) -> String {
    // "100-123 Main St": a unit number, a hyphen, then the civic number.
    let t = street.trim();
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    let t = if digits > 0 && t[digits..].starts_with('-') && t[digits + 1..].starts_with(|c: char| c.is_ascii_digit()) {
        &t[digits + 1..]
    } else {
        t
    };
    let mut words = Vec::new();
    let mut skip_next = false;
    let folded = fold(t);
    for w in folded.split(' ').filter(|w| !w.is_empty()) {
        if std::mem::take(&mut skip_next) {
            continue;
        }
        match w {
            // A unit designator and the number after it.
            "suite" | "unit" | "bureau" | "local" | "room" | "rm" | "office" | "porte" | "apt" | "app" => {
                skip_next = true
            }
            "street" => words.push("st"),
            "avenue" | "av" => words.push("ave"),
            "road" => words.push("rd"),
            "boulevard" => words.push("boul"),
            "drive" => words.push("dr"),
            other => words.push(other),
        }
    }
    // `fold` reads "St" as "Saint": at the end of a street line it is "Street".
    if words.last() == Some(&"saint") {
        words.pop();
        words.push("st");
    }
    format!("{}|{}", words.join(" "), fold(city))
}

/// True when `p`'s sources say it is hosted by an office of `other`'s kind of government.
fn hosted_by(p: &Point, mine: Government, other: Government) -> bool {
    let Some(c) = p.collaboration.as_ref().filter(|c| c.hosted_by_partner()) else { return false };
    match (c.host, other) {
        (HostKind::Provincial, Government::Province(x)) => x == p.province && mine != other,
        (HostKind::Municipal, Government::Municipal(_)) => mine != other,
        _ => false,
    }
}

/// A point's street address as [`address_key`] reads it, when it has one.
fn street_key(p: &Point) -> Option<String> {
    match (&p.address.street, &p.address.city) {
        (Some(s), Some(c)) if !s.trim().is_empty() => Some(address_key(s, c)),
        _ => None,
    }
}

/// How two points within `metres` of each other share a place; `keys` are their
/// [`street_key`]s, read once per point rather than once per pair.
fn colocation_keyed(
    (p, q): (&Point, &Point),
    keys: (Option<&str>, Option<&str>),
    governments: (Government, Government),
    metres: f64,
) -> Colocation {
    if let (Some(a), Some(b)) = keys {
        if a == b {
            return Colocation::SameAddress;
        }
    }
    match (&p.address.postal_code, &q.address.postal_code) {
        (Some(a), Some(b)) if a == b => Colocation::SamePostalCode,
        _ => {
            let (gp, gq) = governments;
            if metres <= HOSTED_M && (hosted_by(p, gp, gq) || hosted_by(q, gq, gp)) {
                Colocation::Hosted
            } else {
                Colocation::Near
            }
        }
    }
}

#[cfg(test)]
fn colocation(p: &Point, q: &Point, governments: (Government, Government), metres: f64) -> Colocation {
    colocation_keyed((p, q), (street_key(p).as_deref(), street_key(q).as_deref()), governments, metres)
}

/// Every pair of sites of different governments within `max_m` metres (great circle),
/// nearest first (ties by indexes). `points` are the points the sites index.
pub fn pairs(sites: &[Site], points: &[Point], max_m: f64) -> Vec<Pair> {
    let mut out = Vec::new();
    each_pair(sites, points, max_m, |p| out.push(p));
    out.sort_by(|x, y| x.metres.total_cmp(&y.metres).then(x.a.cmp(&y.a)).then(x.b.cmp(&y.b)));
    out
}

/// How many [`pairs`] there are, and how many of them share a place (not
/// [`Colocation::Near`]), without keeping them: the pipeline's report at national scale,
/// where pairs grow with the square of density.
pub fn count(sites: &[Site], points: &[Point], max_m: f64) -> (usize, usize) {
    let (mut all, mut colocated) = (0, 0);
    each_pair(sites, points, max_m, |p| {
        all += 1;
        colocated += usize::from(p.colocation != Colocation::Near);
    });
    (all, colocated)
}

/// Calls `f` with every pair of [`pairs`], in no particular order. One spatial index per
/// government; a site looks only in the indexes of the governments after its own, so each
/// pair is met once and no time goes to sites of its own government (most hits, in a city).
fn each_pair(sites: &[Site], points: &[Point], max_m: f64, mut f: impl FnMut(Pair)) {
    let mut by_government: BTreeMap<Government, Vec<u32>> = BTreeMap::new();
    for (i, s) in sites.iter().enumerate() {
        by_government.entry(s.government).or_default().push(i as u32);
    }
    let indexes: Vec<(Government, Vec<u32>, SpatialIndex)> = by_government
        .into_iter()
        .map(|(g, ids)| {
            let index = SpatialIndex::new(ids.iter().enumerate().map(|(k, &i)| (k as u32, sites[i as usize].pos)));
            (g, ids, index)
        })
        .collect();
    let keys: Vec<Option<String>> = sites.iter().map(|s| street_key(&points[s.point as usize])).collect();
    for (a, s) in sites.iter().enumerate() {
        for (_, ids, index) in indexes.iter().filter(|(g, _, _)| *g > s.government) {
            index.for_each_within(s.pos, max_m, |hit| {
                let other = ids[hit.id as usize];
                let (a, b) = ((a as u32).min(other), (a as u32).max(other));
                let (sa, sb) = (&sites[a as usize], &sites[b as usize]);
                let (p, q) = (&points[sa.point as usize], &points[sb.point as usize]);
                let keys = (keys[a as usize].as_deref(), keys[b as usize].as_deref());
                let colocation = colocation_keyed((p, q), keys, (sa.government, sb.government), hit.distance_m);
                f(Pair { a, b, metres: hit.distance_m, colocation });
            });
        }
    }
}

/// Where a pair lies: one province, or across a border (Ottawa–Gatineau).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Region {
    Within(Province),
    Across(Province, Province),
}

/// Pair counts by region and by pair of networks.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Summary {
    pub pairs: usize,
    /// Pairs at the same address or postal code, or sharing premises by the sources' words.
    pub colocated: usize,
    /// Region → (pairs, co-located).
    pub by_region: BTreeMap<Region, (usize, usize)>,
    /// (network, network) with the smaller index first → (pairs, co-located).
    pub by_networks: BTreeMap<(u16, u16), (usize, usize)>,
}

/// Counts of `pairs` (over `sites`).
pub fn summary(sites: &[Site], pairs: &[Pair]) -> Summary {
    let mut s = Summary { pairs: pairs.len(), ..Summary::default() };
    for p in pairs {
        let (a, b) = (&sites[p.a as usize], &sites[p.b as usize]);
        let co = usize::from(p.colocation != Colocation::Near);
        s.colocated += co;
        let region = if a.province == b.province {
            Region::Within(a.province)
        } else {
            Region::Across(a.province.min(b.province), a.province.max(b.province))
        };
        let e = s.by_region.entry(region).or_default();
        e.0 += 1;
        e.1 += co;
        let e = s.by_networks.entry((a.network.min(b.network), a.network.max(b.network))).or_default();
        e.0 += 1;
        e.1 += co;
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::insights::testkit::{random_world, Rng};

    fn brute(sites: &[Site], max_m: f64) -> Vec<(u32, u32, f64)> {
        let mut out = Vec::new();
        for a in 0..sites.len() {
            for b in a + 1..sites.len() {
                let d = sites[a].pos.distance_m(sites[b].pos);
                if d <= max_m && sites[a].government != sites[b].government {
                    out.push((a as u32, b as u32, d));
                }
            }
        }
        out.sort_by(|x, y| x.2.total_cmp(&y.2).then(x.0.cmp(&y.0)).then(x.1.cmp(&y.1)));
        out
    }

    #[test]
    fn pairs_match_brute_force() {
        for seed in 1..=12u64 {
            let mut rng = Rng(seed);
            let (_, points, sites) = random_world(&mut rng, 400, 2.0);
            for max_m in [100.0, 1_000.0, 5_000.0, 25_000.0] {
                let got = pairs(&sites, &points, max_m);
                let want = brute(&sites, max_m);
                assert_eq!(got.len(), want.len(), "seed {seed}, {max_m} m");
                for (g, w) in got.iter().zip(&want) {
                    assert!((g.metres - w.2).abs() < 0.01, "seed {seed}: {g:?} vs {w:?}");
                    assert_eq!((g.a.min(g.b), g.a.max(g.b)), (w.0, w.1), "seed {seed}");
                }
                let s = summary(&sites, &got);
                assert_eq!(s.by_region.values().map(|v| v.0).sum::<usize>(), got.len());
                assert_eq!(s.by_networks.values().map(|v| v.0).sum::<usize>(), got.len());
                assert_eq!(s.by_networks.values().map(|v| v.1).sum::<usize>(), s.colocated);
                // The pipeline's count, without the list, says the same.
                assert_eq!(count(&sites, &points, max_m), (s.pairs, s.colocated), "seed {seed}, {max_m} m");
            }
        }
    }

    #[test]
    fn same_address_and_postal_code_are_marked() {
        use crate::domain::geo::LatLon;
        use crate::domain::insights::testkit::point_at;
        let mut p = vec![
            point_at(0, LatLon::new(45.0, -75.0)),
            point_at(1, LatLon::new(45.0001, -75.0)),
            point_at(2, LatLon::new(45.0002, -75.0)),
            point_at(3, LatLon::new(45.0003, -75.0)),
        ];
        p[0].address.street = Some("100-25 Rue Principale".into());
        p[0].address.city = Some("Gatineau".into());
        p[1].address.street = Some("25, rue Principale".into());
        p[1].address.city = Some("GATINEAU".into());
        p[2].address.postal_code = Some("J8Y 3A1".into());
        p[3].address.postal_code = Some("J8Y 3A1".into());
        let (networks, _, _) = random_world(&mut Rng(1), 0, 1.0);
        let sites = crate::domain::insights::sites(&networks, &p);
        let found = pairs(&sites, &p, 1_000.0);
        let kind = |a: u32, b: u32| found.iter().find(|x| (x.a, x.b) == (a, b)).map(|x| x.colocation);
        assert_eq!(kind(0, 1), Some(Colocation::SameAddress));
        assert_eq!(kind(2, 3), Some(Colocation::SamePostalCode));
        assert_eq!(kind(0, 3), Some(Colocation::Near));
    }

    #[test]
    fn a_point_hosted_by_the_other_government_is_colocated() {
        use crate::domain::collaboration::{CollabKind, Collaboration};
        use crate::domain::geo::LatLon;
        use crate::domain::insights::Government;
        let at = |lat: f64| Point::bare("x", 0, Some(LatLon::new(lat, -75.0)));
        let hosted =
            Collaboration { host: HostKind::Provincial, kind: CollabKind::HostedOutreach, evidence: Vec::new() };
        let sc = Point { collaboration: Some(hosted), ..at(45.0) };
        let on = Government::Province(Province::ON);
        let g = (Government::Federal, on);
        assert_eq!(colocation(&sc, &at(45.001), g, 111.0), Colocation::Hosted);
        assert_eq!(colocation(&at(45.001), &sc, (on, Government::Federal), 111.0), Colocation::Hosted);
        assert_eq!(colocation(&sc, &at(45.01), g, 1_110.0), Colocation::Near);
        assert_eq!(
            colocation(&sc, &at(45.001), (Government::Federal, Government::Municipal(3)), 111.0),
            Colocation::Near
        );
        assert_eq!(colocation(&at(45.0), &at(45.001), g, 111.0), Colocation::Near);
    }
}
