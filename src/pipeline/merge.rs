//! Duplicates within and across sources.
//!
//! Two records are the same office when they belong to the same network and either share
//! a normalised street address in the same community, or share a postal code and have
//! similar names, or both have building-level positions (source coordinates or a full
//! postal code) within [`SAME_PLACE_M`] and similar names. Offices of *different*
//! networks at one address are co-located, never merged (the insights page lists them).
//!
//! The kept record is the richer one (building-level position first, then more filled
//! fields); it takes every provenance and fills its empty fields from the other; the other
//! gets a `Severity::Merged` issue.
use std::collections::{BTreeMap, HashMap};

use crate::domain::model::{GeocodeMethod, Point};
use crate::domain::nearest::SpatialIndex;
use crate::domain::text::fold;
use crate::pipeline::{RowIssue, Severity};

/// Two building-level positions closer than this (metres) may be one office.
pub const SAME_PLACE_M: f64 = 60.0;

/// Token-set similarity of two folded names, ignoring words every office name shares.
///
/// ```
/// use guichet::pipeline::merge::name_similarity;
/// assert!(name_similarity("Bibliothèque du Boisé", "Bibliotheque du Boise") > 0.99);
/// assert!(name_similarity("Abbotsford Service Canada Centre", "Chilliwack Service Canada Centre") < 0.5);
/// ```
pub fn name_similarity(a: &str, b: &str) -> f64 {
    const GENERIC: &[&str] = &[
        "service",
        "services",
        "canada",
        "centre",
        "center",
        "bureau",
        "office",
        "de",
        "du",
        "des",
        "la",
        "le",
        "les",
        "d",
        "l",
        "of",
        "the",
        "branch",
        "succursale",
        "bibliotheque",
        "library",
        "public",
        "publique",
    ];
    let tokens = |s: &str| -> Vec<String> {
        let mut t: Vec<String> =
            fold(s).split(' ').filter(|w| !w.is_empty() && !GENERIC.contains(w)).map(str::to_owned).collect();
        t.sort();
        t.dedup();
        t
    };
    let (ta, tb) = (tokens(a), tokens(b));
    if ta.is_empty() && tb.is_empty() {
        return if fold(a) == fold(b) { 1.0 } else { 0.0 };
    }
    let common = ta.iter().filter(|t| tb.contains(t)).count();
    common as f64 / (ta.len() + tb.len() - common) as f64
}

fn building_level(p: &Point) -> bool {
    matches!(p.geocode.method, GeocodeMethod::Source | GeocodeMethod::PostalCode)
}

fn address_key(p: &Point) -> Option<String> {
    let street = p.address.street.as_deref()?;
    let mut key = fold(street);
    key.push('|');
    key.push_str(&fold(p.address.city.as_deref().unwrap_or(&p.community)));
    Some(key)
}

/// True when `a` and `b` describe the same office. Two records of a dataset in `keyed`
/// (one whose ids are the offices' own codes, such as Service Canada's office finder) are
/// distinct offices whatever their addresses: counters that share a building.
pub fn same_office(a: &Point, b: &Point, keyed: &[u8]) -> bool {
    if a.network != b.network {
        return false;
    }
    let from_keyed = |p: &Point| p.sources.iter().any(|s| keyed.contains(&s.dataset));
    if from_keyed(a) && from_keyed(b) {
        return false;
    }
    // Read only where a rule needs it: the costliest test, and most pairs never get there.
    let similar = || name_similarity(a.name.show(crate::i18n::Locale::Fr), b.name.show(crate::i18n::Locale::Fr)) >= 0.5;
    if let (Some(ka), Some(kb)) = (address_key(a), address_key(b)) {
        if ka == kb {
            return true;
        }
    }
    if let (Some(pa), Some(pb)) = (&a.address.postal_code, &b.address.postal_code) {
        if pa == pb && similar() {
            return true;
        }
    }
    if let (Some(pa), Some(pb)) = (a.pos, b.pos) {
        if building_level(a) && building_level(b) && pa.distance_m(pb) <= SAME_PLACE_M && similar() {
            return true;
        }
    }
    false
}

/// A score of how much a record says; the richer record is kept.
fn richness(p: &Point) -> (bool, usize) {
    let filled = [
        p.address.street.is_some(),
        p.address.postal_code.is_some(),
        p.phone.is_some(),
        !p.website.is_empty(),
        !matches!(p.hours, crate::domain::hours::Hours::Unknown),
        p.languages.is_known(),
        p.name.en.is_some(),
        p.name.fr.is_some(),
    ]
    .iter()
    .filter(|b| **b)
    .count();
    (building_level(p), filled)
}

/// Fills `keep`'s empty fields from `other` and takes its provenance.
fn absorb(keep: &mut Point, other: Point) {
    if keep.name.en.is_none() {
        keep.name.en = other.name.en;
    }
    if keep.name.fr.is_none() {
        keep.name.fr = other.name.fr;
    }
    if keep.address.street.is_none() {
        keep.address.street = other.address.street;
    }
    if keep.address.city.is_none() {
        keep.address.city = other.address.city;
    }
    if keep.address.postal_code.is_none() {
        keep.address.postal_code = other.address.postal_code;
    }
    if keep.phone.is_none() {
        keep.phone = other.phone;
    }
    if keep.website.is_empty() {
        keep.website = other.website;
    }
    if matches!(keep.hours, crate::domain::hours::Hours::Unknown) {
        keep.hours = other.hours;
    }
    if !keep.languages.is_known() {
        keep.languages = other.languages;
    }
    if keep.services.is_empty() {
        keep.services = other.services;
    }
    if keep.collaboration.is_none() {
        keep.collaboration = other.collaboration;
    }
    keep.categories = keep.categories.union(other.categories);
    for c in other.caveats {
        if !keep.caveats.contains(&c) {
            keep.caveats.push(c);
        }
    }
    keep.caveats.sort();
    for s in other.sources {
        if !keep.sources.contains(&s) {
            keep.sources.push(s);
        }
    }
}

/// Merges duplicate offices. `dataset_ids[i]` names dataset index `i` (for issues);
/// `keyed` lists the datasets whose records are distinct offices ([`same_office`]).
/// Deterministic: the output keeps the input order of the kept records.
pub fn merge(points: Vec<Point>, dataset_ids: &[String], keyed: &[u8]) -> (Vec<Point>, Vec<RowIssue>) {
    let mut issues = Vec::new();
    // Bucket by network and folded community: duplicates share both.
    let mut buckets: BTreeMap<(u16, String), Vec<usize>> = BTreeMap::new();
    for (i, p) in points.iter().enumerate() {
        buckets.entry((p.network, fold(&p.community))).or_default().push(i);
    }
    let mut merger = Merger { slots: points.into_iter().map(Some).collect(), dataset_ids, keyed, issues: &mut issues };
    for members in buckets.values() {
        if members.len() <= EXHAUSTIVE_UP_TO {
            merger.exhaustive(members);
        } else {
            merger.indexed(members);
        }
    }
    let slots = merger.slots;
    (slots.into_iter().flatten().collect(), issues)
}

/// A bucket this small compares every pair; a larger one (a city's offices of one network,
/// at national scale) only the pairs that share a key or a place (`Merger::indexed`).
pub const EXHAUSTIVE_UP_TO: usize = 32;

/// What happened to the first record of a compared pair.
#[derive(PartialEq)]
enum Outcome {
    Distinct,
    /// It absorbed the second: its keys may have changed.
    Kept,
    /// The second absorbed it.
    Gone,
}

struct Merger<'a> {
    slots: Vec<Option<Point>>,
    dataset_ids: &'a [String],
    keyed: &'a [u8],
    issues: &'a mut Vec<RowIssue>,
}

impl Merger<'_> {
    /// Compares records `i` and `j` (input positions, `i` first) and merges them when they
    /// are one office.
    fn pair(&mut self, i: usize, j: usize) -> Outcome {
        let (Some(a), Some(b)) = (&self.slots[i], &self.slots[j]) else { return Outcome::Distinct };
        if !same_office(a, b, self.keyed) {
            return Outcome::Distinct;
        }
        let (keep, gone) = if richness(b) > richness(a) { (j, i) } else { (i, j) };
        let Some(other) = self.slots[gone].take() else { return Outcome::Distinct };
        let Some(kept) = self.slots[keep].as_mut() else { return Outcome::Distinct };
        let first = &other.sources[0];
        self.issues.push(RowIssue::new(
            self.dataset_ids.get(first.dataset as usize).map_or("?", String::as_str),
            first.record.clone(),
            Severity::Merged,
            "duplicate-merged",
            format!("same office as {} ({})", kept.id, kept.name.show(crate::i18n::Locale::En)),
        ));
        absorb(kept, other);
        if keep == i {
            Outcome::Kept
        } else {
            Outcome::Gone
        }
    }

    /// Every pair of the bucket, in input order: the definition of the result.
    fn exhaustive(&mut self, members: &[usize]) {
        for (n, &i) in members.iter().enumerate() {
            for &j in &members[n + 1..] {
                if self.pair(i, j) == Outcome::Gone {
                    break;
                }
            }
        }
    }

    /// The same result as [`Merger::exhaustive`] (tested), comparing only the pairs that
    /// can be one office: [`same_office`] needs a shared address key, a shared postal code
    /// or building-level positions within [`SAME_PLACE_M`]. A merge fills the kept
    /// record's empty fields (never its position), so a record that absorbed another is
    /// compared with every later one, like in the exhaustive order.
    fn indexed(&mut self, members: &[usize]) {
        fn at<'p>(slots: &'p [Option<Point>], members: &[usize], n: usize) -> Option<&'p Point> {
            slots[members[n]].as_ref()
        }
        let mut by_address: HashMap<String, Vec<usize>> = HashMap::new();
        let mut by_postal: HashMap<String, Vec<usize>> = HashMap::new();
        for n in 0..members.len() {
            let Some(p) = at(&self.slots, members, n) else { continue };
            if let Some(k) = address_key(p) {
                by_address.entry(k).or_default().push(n);
            }
            if let Some(c) = &p.address.postal_code {
                by_postal.entry(c.clone()).or_default().push(n);
            }
        }
        let near =
            SpatialIndex::new((0..members.len()).filter_map(|n| Some((n as u32, at(&self.slots, members, n)?.pos?))));
        let mut changed: Vec<usize> = Vec::new();
        for n in 0..members.len() {
            let mut after = n;
            'row: while let Some(a) = at(&self.slots, members, n) {
                let mut candidates: Vec<usize> = changed.clone();
                let mut add = |list: Option<&Vec<usize>>| candidates.extend(list.into_iter().flatten());
                add(address_key(a).and_then(|k| by_address.get(&k)));
                add(a.address.postal_code.as_ref().and_then(|c| by_postal.get(c)));
                if let (Some(pos), true) = (a.pos, building_level(a)) {
                    near.for_each_within(pos, SAME_PLACE_M + 1.0, |h| candidates.push(h.id as usize));
                }
                candidates.retain(|&m| m > after);
                candidates.sort_unstable();
                candidates.dedup();
                for m in candidates {
                    after = m;
                    match self.pair(members[n], members[m]) {
                        Outcome::Distinct => {}
                        // Its keys may have changed: look again, from here on.
                        Outcome::Kept => continue 'row,
                        Outcome::Gone => {
                            changed.push(m);
                            break 'row;
                        }
                    }
                }
                break;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::geo::LatLon;
    use crate::domain::model::{Confidence, Geocode, Provenance};
    use crate::domain::testkit::Rng;
    use crate::domain::vocab::Text;

    /// One bucket's records: few streets, postal codes, names and places, so that keys
    /// collide, positions fall within metres of each other, and merges fill empty keys.
    fn bucket(rng: &mut Rng, n: usize) -> Vec<Point> {
        let pick = |rng: &mut Rng, k: u64| (rng.next() % k) as usize;
        const STREETS: [&str; 4] = ["1 Main Street", "1 main st.", "20 King Street", "5 Queen Street"];
        const POSTAL: [&str; 3] = ["E1C 4B4", "E1C 1A1", "E1A 2B2"];
        const NAMES: [&str; 4] = ["Moncton Centre", "Centre Moncton", "Dieppe Office", "Riverview"];
        (0..n)
            .map(|i| {
                let pos = LatLon::new(46.09 + pick(rng, 6) as f64 * 0.0003, -64.78 + rng.unit() * 0.0004);
                let mut p = Point::bare(format!("p{i}"), 3, Some(pos));
                p.community = "Moncton".into();
                p.name = Text::en(NAMES[pick(rng, 4)]);
                if pick(rng, 3) > 0 {
                    p.address.street = Some(STREETS[pick(rng, 4)].into());
                }
                if pick(rng, 2) > 0 {
                    p.address.postal_code = Some(POSTAL[pick(rng, 3)].into());
                }
                if pick(rng, 3) == 0 {
                    p.phone = Some("506-555-0100".into());
                }
                let method = [GeocodeMethod::Source, GeocodeMethod::PostalCode, GeocodeMethod::Community][pick(rng, 3)];
                p.geocode = Geocode { method, confidence: Confidence::High };
                p.sources = vec![Provenance { dataset: pick(rng, 3) as u8, record: format!("r{i}") }];
                p
            })
            .collect()
    }

    fn run(points: Vec<Point>, indexed: bool) -> (Vec<Option<Point>>, Vec<RowIssue>) {
        let ids: Vec<String> = (0..3).map(|d| format!("d{d}")).collect();
        let members: Vec<usize> = (0..points.len()).collect();
        let mut issues = Vec::new();
        let mut m = Merger {
            slots: points.into_iter().map(Some).collect(),
            dataset_ids: &ids,
            keyed: &[2],
            issues: &mut issues,
        };
        if indexed {
            m.indexed(&members);
        } else {
            m.exhaustive(&members);
        }
        (m.slots, issues)
    }

    /// The indexed comparison merges exactly what comparing every pair merges, in the same
    /// order (same kept records, same fields filled, same issues), over many random buckets.
    #[test]
    fn indexed_equals_exhaustive() {
        let mut rng = Rng(19);
        let mut merged = 0;
        for round in 0..300 {
            let n = 2 + (round % 120);
            let points = bucket(&mut rng, n);
            let (a, ia) = run(points.clone(), false);
            let (b, ib) = run(points, true);
            assert_eq!(a, b, "round {round}, {n} records");
            assert_eq!(ia, ib, "round {round}");
            merged += ia.len();
        }
        // The generator does make duplicates (the test compares real merges).
        assert!(merged > 3_000, "{merged}");
    }
}
