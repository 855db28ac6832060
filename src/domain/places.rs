//! Place search over the gazetteer: insensitive to case, accents, hyphens and "St"/"Saint";
//! suggestions as the user types, ranked by population and labelled with the province, and
//! the arrow keys' way through them ([`step`]).
use super::gazetteer::{Gazetteer, Place};
use super::text::{fold, fold_joined, APOSTROPHES};

/// A searchable name of a place.
#[derive(Debug, Clone)]
struct Key {
    folded: String,
    place: u32,
    /// Index of the name in [`names`] order (0 = main name, 1 = French, 2.. = alternates).
    name: u8,
}

/// Suggestions and exact lookups over the places of a gazetteer.
#[derive(Debug, Clone, Default)]
pub struct PlaceIndex {
    /// Sorted by folded name, then by population (descending).
    keys: Vec<Key>,
    population: Vec<u32>,
}

/// One suggestion.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Suggestion {
    /// Index into `Gazetteer::places`.
    pub place: u32,
    /// Which of the place's names matched (0 main, 1 French, 2.. alternates).
    pub name: u8,
}

/// Every name of a place, in key order.
fn names(p: &Place) -> impl Iterator<Item = &str> {
    std::iter::once(p.name.as_str()).chain(p.name_fr.as_deref()).chain(p.alt.iter().map(String::as_str))
}

/// The name of `place` that a suggestion matched.
pub fn matched_name(place: &Place, name: u8) -> &str {
    names(place).nth(name as usize).unwrap_or(&place.name)
}

/// The active suggestion after an arrow key (`down` for ArrowDown) in a list of `n`:
/// from none, the first (down) or the last (up); otherwise the next or previous one,
/// wrapping around. `None` when the list is empty (the key then does nothing).
///
/// ```
/// use guichet::domain::places::step;
/// assert_eq!(step(None, 3, true), Some(0));
/// assert_eq!(step(Some(2), 3, true), Some(0));
/// assert_eq!(step(Some(0), 3, false), Some(2));
/// assert_eq!(step(None, 0, true), None);
/// ```
pub fn step(active: Option<usize>, n: usize, down: bool) -> Option<usize> {
    if n == 0 {
        return None;
    }
    Some(match (active, down) {
        (None, true) => 0,
        (None, false) => n - 1,
        (Some(i), true) => (i + 1) % n,
        (Some(i), false) => (i + n - 1) % n,
    })
}

/// Builds a [`PlaceIndex`] a slice of places at a time, so that a browser can paint and
/// answer input between the slices; [`PlaceIndex::new`] is all of it at once, and both
/// give the same index (the key order is total, and each slice is a sorted run that the
/// final sort merges).
#[derive(Debug)]
pub struct PlaceIndexBuilder<'g> {
    gazetteer: &'g Gazetteer,
    next: usize,
    keys: Vec<Key>,
    population: Vec<u32>,
}

impl<'g> PlaceIndexBuilder<'g> {
    pub fn new(gazetteer: &'g Gazetteer) -> Self {
        Self {
            gazetteer,
            next: 0,
            keys: Vec::with_capacity(gazetteer.places.len() + gazetteer.places.len() / 8),
            population: gazetteer.places.iter().map(|p| p.population).collect(),
        }
    }

    /// Adds the keys of up to `places` more places; false once every place is in.
    pub fn step(&mut self, places: usize) -> bool {
        let places_all = &self.gazetteer.places;
        let end = self.next.saturating_add(places).min(places_all.len());
        let run = self.keys.len();
        for (i, p) in places_all.iter().enumerate().take(end).skip(self.next) {
            let first = self.keys.len();
            for (n, name) in names(p).enumerate() {
                // "St. John's" is found as typed with or without its apostrophe.
                let joined = name.contains(APOSTROPHES).then(|| fold_joined(name));
                for folded in std::iter::once(fold(name)).chain(joined) {
                    if folded.is_empty() || self.keys[first..].iter().any(|k| k.folded == folded) {
                        continue;
                    }
                    self.keys.push(Key { folded, place: i as u32, name: n as u8 });
                }
            }
        }
        self.next = end;
        let population = &self.population;
        self.keys[run..].sort_unstable_by(|a, b| key_order(population, a, b));
        self.next < places_all.len()
    }

    /// The index; call once [`step`](Self::step) returned false.
    pub fn finish(mut self) -> PlaceIndex {
        // Sorted runs, one per step: the stable sort merges them.
        let population = &self.population;
        self.keys.sort_by(|a, b| key_order(population, a, b));
        PlaceIndex { keys: self.keys, population: self.population }
    }
}

/// Folded name, then population (descending), then place: a total order.
fn key_order(population: &[u32], a: &Key, b: &Key) -> std::cmp::Ordering {
    a.folded
        .cmp(&b.folded)
        .then(population[b.place as usize].cmp(&population[a.place as usize]))
        .then(a.place.cmp(&b.place))
}

impl PlaceIndex {
    pub fn new(gazetteer: &Gazetteer) -> PlaceIndex {
        let mut builder = PlaceIndexBuilder::new(gazetteer);
        while builder.step(usize::MAX) {}
        builder.finish()
    }

    /// Places whose name is exactly `query` (folded), most populous first.
    pub fn exact(&self, query: &str) -> Vec<Suggestion> {
        let q = fold(query);
        let start = self.keys.partition_point(|k| k.folded < q);
        let mut out: Vec<Suggestion> = self.keys[start..]
            .iter()
            .take_while(|k| k.folded == q)
            .map(|k| Suggestion { place: k.place, name: k.name })
            .collect();
        out.dedup_by_key(|s| s.place);
        out
    }

    /// Up to `limit` suggestions for a partial input: exact matches first, then names
    /// starting with the input, then names with a word starting with it; each group by
    /// population. Inputs shorter than 2 characters give nothing.
    ///
    /// ```
    /// use guichet::domain::gazetteer::{Gazetteer, Place, PlaceSource};
    /// use guichet::domain::geo::LatLon;
    /// use guichet::domain::model::Province;
    /// use guichet::domain::places::PlaceIndex;
    /// let place = |name: &str, province, population| Place {
    ///     name: name.into(), name_fr: None, alt: vec![], province, pos: LatLon::new(45.0, -70.0),
    ///     population, source: PlaceSource::GeoNames,
    /// };
    /// let g = Gazetteer { places: vec![
    ///     place("Saint-Jean-sur-Richelieu", Province::QC, 95_000),
    ///     place("Saint John", Province::NB, 67_000),
    ///     place("St. John's", Province::NL, 110_000),
    /// ], fsas: vec![] };
    /// let idx = PlaceIndex::new(&g);
    /// let s: Vec<u32> = idx.suggest("st john", 5).iter().map(|s| s.place).collect();
    /// assert_eq!(s, vec![1, 2]); // "Saint John" exactly, then "St. John's" by prefix
    /// let s: Vec<u32> = idx.suggest("jean", 5).iter().map(|s| s.place).collect();
    /// assert_eq!(s, vec![0]); // a word of the name
    /// ```
    pub fn suggest(&self, query: &str, limit: usize) -> Vec<Suggestion> {
        let q = fold(query);
        if q.chars().count() < 2 || limit == 0 {
            return Vec::new();
        }
        let mut out: Vec<Suggestion> = Vec::with_capacity(limit);
        let push = |out: &mut Vec<Suggestion>, k: &Key| {
            if out.len() < limit && !out.iter().any(|s| s.place == k.place) {
                out.push(Suggestion { place: k.place, name: k.name });
            }
        };
        let start = self.keys.partition_point(|k| k.folded < q);
        let prefixed: Vec<&Key> = self.keys[start..].iter().take_while(|k| k.folded.starts_with(&q)).collect();
        for k in prefixed.iter().filter(|k| k.folded == q) {
            push(&mut out, k);
        }
        let mut starts: Vec<&&Key> = prefixed.iter().filter(|k| k.folded != q).collect();
        starts.sort_by_key(|k| (std::cmp::Reverse(self.population[k.place as usize]), k.folded.len()));
        for k in starts {
            push(&mut out, k);
        }
        if out.len() < limit {
            let needle = {
                let mut s = String::with_capacity(q.len() + 1);
                s.push(' ');
                s.push_str(&q);
                s
            };
            let mut inner: Vec<&Key> = self.keys.iter().filter(|k| k.folded.contains(&needle)).collect();
            inner.sort_by_key(|k| (std::cmp::Reverse(self.population[k.place as usize]), k.folded.len()));
            for k in inner {
                push(&mut out, k);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::gazetteer::PlaceSource;
    use crate::domain::geo::LatLon;
    use crate::domain::model::Province;

    fn place(name: &str, fr: Option<&str>, province: Province, population: u32) -> Place {
        Place {
            name: name.into(),
            name_fr: fr.map(Into::into),
            alt: vec![],
            province,
            pos: LatLon::new(46.0, -72.0),
            population,
            source: PlaceSource::GeoNames,
        }
    }

    fn index() -> (Gazetteer, PlaceIndex) {
        let g = Gazetteer {
            places: vec![
                place("Montréal", None, Province::QC, 1_762_949),
                place("Montréal-Nord", None, Province::QC, 84_234),
                place("Trois-Rivières", None, Province::QC, 134_413),
                place("Saint John", None, Province::NB, 67_575),
                place("Saint-Jean-sur-Richelieu", None, Province::QC, 95_114),
                place("St. John's", None, Province::NL, 110_525),
                place("Quebec", Some("Québec"), Province::QC, 531_902),
                place("Richmond", None, Province::BC, 198_309),
                place("Richmond", None, Province::QC, 3_288),
            ],
            fsas: vec![],
        };
        let idx = PlaceIndex::new(&g);
        (g, idx)
    }

    #[test]
    fn normalisation_cases() {
        let (g, idx) = index();
        let first = |q: &str| idx.suggest(q, 3).first().map(|s| g.places[s.place as usize].name.clone());
        for q in ["Montréal", "montreal", "MONTREAL", "  montréal "] {
            assert_eq!(first(q).as_deref(), Some("Montréal"), "{q}");
        }
        assert_eq!(first("trois rivieres").as_deref(), Some("Trois-Rivières"));
        assert_eq!(first("Trois-Riv").as_deref(), Some("Trois-Rivières"));
        assert_eq!(first("saint john").as_deref(), Some("Saint John"));
        assert_eq!(first("St John").as_deref(), Some("Saint John"));
        assert_eq!(first("saint-jean").as_deref(), Some("Saint-Jean-sur-Richelieu"));
        assert_eq!(first("St. John's").as_deref(), Some("St. John's"));
        assert_eq!(first("st johns").as_deref(), Some("St. John's"), "typed without the apostrophe");
        assert_eq!(idx.exact("saint johns").len(), 1);
        assert_eq!(first("québec").as_deref(), Some("Quebec"));
        assert!(idx.suggest("x", 5).is_empty());
        assert!(idx.suggest("zzzz", 5).is_empty());
    }

    #[test]
    fn built_in_steps_equals_built_at_once() {
        let (g, whole) = index();
        for step in [1, 2, 4, 100] {
            let mut b = PlaceIndexBuilder::new(&g);
            let mut steps = 1;
            while b.step(step) {
                steps += 1;
            }
            assert_eq!(steps, g.places.len().div_ceil(step).max(1), "step {step}");
            let idx = b.finish();
            let keys = |i: &PlaceIndex| i.keys.iter().map(|k| (k.folded.clone(), k.place, k.name)).collect::<Vec<_>>();
            assert_eq!(keys(&idx), keys(&whole), "step {step}");
        }
        assert!(whole.keys.windows(2).all(|w| key_order(&whole.population, &w[0], &w[1]).is_lt()));
        assert_eq!(whole.exact("saint johns").len(), 1, "the apostrophe-free key of St. John's");
    }

    #[test]
    fn same_name_ranked_by_population() {
        let (g, idx) = index();
        let exact = idx.exact("richmond");
        assert_eq!(exact.len(), 2);
        assert_eq!(g.places[exact[0].place as usize].province, Province::BC);
        let mont: Vec<_> = idx.suggest("mont", 5).iter().map(|s| g.places[s.place as usize].name.clone()).collect();
        assert_eq!(mont, vec!["Montréal", "Montréal-Nord"]);
    }

    #[test]
    fn arrows_step_through_suggestions_and_wrap_around() {
        // Down from none is the first, up from none the last.
        assert_eq!(step(None, 4, true), Some(0));
        assert_eq!(step(None, 4, false), Some(3));
        // Down and up move by one and wrap at both ends.
        assert_eq!(step(Some(1), 4, true), Some(2));
        assert_eq!(step(Some(3), 4, true), Some(0));
        assert_eq!(step(Some(1), 4, false), Some(0));
        assert_eq!(step(Some(0), 4, false), Some(3));
        // One suggestion stays active; an empty list has none.
        assert_eq!(step(Some(0), 1, true), Some(0));
        assert_eq!(step(Some(0), 1, false), Some(0));
        assert_eq!(step(None, 0, true), None);
        assert_eq!(step(Some(2), 0, false), None);
        // An index left from a longer list still lands inside the new one.
        assert!(step(Some(7), 3, true).is_some_and(|i| i < 3));
        assert!(step(Some(7), 3, false).is_some_and(|i| i < 3));
    }
}
