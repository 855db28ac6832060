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
use std::collections::BTreeMap;

use crate::domain::model::{GeocodeMethod, Point};
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
    let similar = name_similarity(a.name.show(crate::i18n::Locale::Fr), b.name.show(crate::i18n::Locale::Fr)) >= 0.5;
    if let (Some(ka), Some(kb)) = (address_key(a), address_key(b)) {
        if ka == kb {
            return true;
        }
    }
    if let (Some(pa), Some(pb)) = (&a.address.postal_code, &b.address.postal_code) {
        if pa == pb && similar {
            return true;
        }
    }
    if let (Some(pa), Some(pb)) = (a.pos, b.pos) {
        if building_level(a) && building_level(b) && pa.distance_m(pb) <= SAME_PLACE_M && similar {
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
    let mut slots: Vec<Option<Point>> = points.into_iter().map(Some).collect();
    for members in buckets.values() {
        for (n, &i) in members.iter().enumerate() {
            for &j in &members[n + 1..] {
                let (Some(a), Some(b)) = (&slots[i], &slots[j]) else { continue };
                if !same_office(a, b, keyed) {
                    continue;
                }
                let (keep, gone) = if richness(b) > richness(a) { (j, i) } else { (i, j) };
                let Some(other) = slots[gone].take() else { continue };
                let Some(kept) = slots[keep].as_mut() else { continue };
                let first = &other.sources[0];
                issues.push(RowIssue::new(
                    dataset_ids.get(first.dataset as usize).map_or("?", String::as_str),
                    first.record.clone(),
                    Severity::Merged,
                    "duplicate-merged",
                    format!("same office as {} ({})", kept.id, kept.name.show(crate::i18n::Locale::En)),
                ));
                absorb(kept, other);
            }
        }
    }
    (slots.into_iter().flatten().collect(), issues)
}
