//! Filters and the count of matching points beside each option (faceted counts).
//!
//! Within one facet the chosen options are alternatives (OR); facets combine with AND.
//! The count beside an option is the number of points that would match if that option
//! alone were chosen in its facet, the other facets unchanged.
use super::hours::OpenState;
use super::model::{Categories, Category, Languages, Level, Province};

/// Which language of service the user needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ServiceLanguage {
    #[default]
    Any,
    English,
    French,
    /// Offices that serve in both languages.
    Both,
}

impl ServiceLanguage {
    pub const CHOICES: [ServiceLanguage; 3] =
        [ServiceLanguage::English, ServiceLanguage::French, ServiceLanguage::Both];

    pub const fn id(self) -> &'static str {
        match self {
            ServiceLanguage::Any => "any",
            ServiceLanguage::English => "en",
            ServiceLanguage::French => "fr",
            ServiceLanguage::Both => "both",
        }
    }

    pub fn from_id(s: &str) -> Option<ServiceLanguage> {
        [ServiceLanguage::Any, ServiceLanguage::English, ServiceLanguage::French, ServiceLanguage::Both]
            .into_iter()
            .find(|l| l.id().eq_ignore_ascii_case(s.trim()))
    }

    pub fn accepts(self, l: Languages) -> bool {
        match self {
            ServiceLanguage::Any => true,
            ServiceLanguage::English => l.en,
            ServiceLanguage::French => l.fr,
            ServiceLanguage::Both => l.en && l.fr,
        }
    }
}

/// What a filter needs to know about a point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Facts {
    pub level: Level,
    /// Index of the point's network.
    pub network: u16,
    pub categories: Categories,
    pub languages: Languages,
    pub open: Openness,
    /// Part of the optional libraries layer.
    pub library: bool,
}

/// Open-now state reduced to what filtering needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Openness {
    Open,
    Closed,
    Unknown,
}

impl From<OpenState> for Openness {
    fn from(s: OpenState) -> Openness {
        match s {
            OpenState::Open { .. } => Openness::Open,
            OpenState::Closed { .. } => Openness::Closed,
            OpenState::Unknown => Openness::Unknown,
        }
    }
}

/// The chosen filters. Empty lists mean "any".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    pub levels: Vec<Level>,
    /// Network indexes.
    pub networks: Vec<u16>,
    pub categories: Vec<Category>,
    pub language: ServiceLanguage,
    /// Hide points known to be closed now; points with unknown hours stay (shown as
    /// "hours not available", never as closed).
    pub open_now: bool,
    /// Include the libraries and archives layer.
    pub libraries: bool,
    /// Only points in this province (a scope, not a facet: the search applies it before
    /// counting, so every count is within the province too).
    pub within: Option<Province>,
    /// Only points delivering a service (`svc`): where it is delivered in person. A scope
    /// like `within`; `Some(vec![])` (a service no point of ours delivers) keeps nothing.
    pub service: Option<Vec<crate::domain::service::Delivery>>,
}

/// The facets, for computing counts that ignore one of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Facet {
    Level,
    Network,
    Category,
    Language,
    Open,
    Layer,
}

impl Filters {
    fn passes(&self, f: &Facts, facet: Facet) -> bool {
        match facet {
            Facet::Level => self.levels.is_empty() || self.levels.contains(&f.level),
            Facet::Network => self.networks.is_empty() || self.networks.contains(&f.network),
            Facet::Category => self.categories.is_empty() || self.categories.iter().any(|c| f.categories.contains(*c)),
            Facet::Language => self.language.accepts(f.languages),
            Facet::Open => !self.open_now || f.open != Openness::Closed,
            Facet::Layer => self.libraries || !f.library,
        }
    }

    const FACETS: [Facet; 6] =
        [Facet::Level, Facet::Network, Facet::Category, Facet::Language, Facet::Open, Facet::Layer];

    /// True when the point passes every filter.
    pub fn matches(&self, f: &Facts) -> bool {
        Self::FACETS.iter().all(|facet| self.passes(f, *facet))
    }

    fn passes_all_but(&self, f: &Facts, skip: Facet) -> bool {
        Self::FACETS.iter().filter(|x| **x != skip).all(|facet| self.passes(f, *facet))
    }

    /// True when no filter is set (libraries off is the default, not a filter).
    pub fn is_default(&self) -> bool {
        *self == Filters::default()
    }
}

/// Counts beside every filter option, over a set of points.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FacetCounts {
    /// Points matching every filter.
    pub total: u32,
    /// By `Level as usize`.
    pub levels: [u32; 4],
    /// By network index.
    pub networks: Vec<u32>,
    /// By `Category as usize`.
    pub categories: [u32; Category::ALL.len()],
    /// English, French, both.
    pub languages: [u32; 3],
    /// Points open now.
    pub open: u32,
    /// Points whose hours are unknown (kept by "open now").
    pub hours_unknown: u32,
    /// Library and archive points (the layer option).
    pub libraries: u32,
    /// By in-person service (`Catalog::in_person` order): points matching every filter,
    /// the service scope aside, that deliver it (filled by `Catalog::search`).
    pub services: Vec<u32>,
}

/// Computes [`FacetCounts`] for `facts` (e.g. the points within the search radius).
///
/// ```
/// use guichet::domain::filter::{facet_counts, Facts, Filters, Openness};
/// use guichet::domain::model::{Categories, Category, Languages, Level};
/// let f = |level, open| Facts { level, network: 0, categories: Categories::of(&[Category::General]),
///     languages: Languages::BOTH, open, library: false };
/// let facts = [f(Level::Federal, Openness::Open), f(Level::Provincial, Openness::Closed), f(Level::Provincial, Openness::Unknown)];
/// let filters = Filters { levels: vec![Level::Provincial], open_now: true, ..Filters::default() };
/// let c = facet_counts(facts.iter(), &filters, 1);
/// assert_eq!(c.total, 1);              // the provincial one with unknown hours
/// assert_eq!(c.levels[0], 1);          // federal would give 1 (open)
/// assert_eq!(c.levels[1], 1);          // provincial gives 1 (closed one hidden)
/// assert_eq!((c.open, c.hours_unknown), (0, 1));
/// ```
pub fn facet_counts<'a>(facts: impl Iterator<Item = &'a Facts>, filters: &Filters, networks: usize) -> FacetCounts {
    let mut c = FacetCounts { networks: vec![0; networks], ..FacetCounts::default() };
    for f in facts {
        if filters.matches(f) {
            c.total += 1;
            match f.open {
                Openness::Open => c.open += 1,
                Openness::Unknown => c.hours_unknown += 1,
                Openness::Closed => {}
            }
        }
        if filters.passes_all_but(f, Facet::Level) {
            c.levels[f.level as usize] += 1;
        }
        if filters.passes_all_but(f, Facet::Network) {
            if let Some(n) = c.networks.get_mut(f.network as usize) {
                *n += 1;
            }
        }
        if filters.passes_all_but(f, Facet::Category) {
            for cat in f.categories.iter() {
                c.categories[cat as usize] += 1;
            }
        }
        if filters.passes_all_but(f, Facet::Language) {
            for (i, l) in ServiceLanguage::CHOICES.iter().enumerate() {
                if l.accepts(f.languages) {
                    c.languages[i] += 1;
                }
            }
        }
        if f.library && filters.passes_all_but(f, Facet::Layer) {
            c.libraries += 1;
        }
    }
    c
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::Category;

    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
        fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
            xs[(self.next() % xs.len() as u64) as usize]
        }
        fn flip(&mut self) -> bool {
            self.next().is_multiple_of(2)
        }
    }

    fn random_facts(rng: &mut Rng) -> Facts {
        let mut cats = Categories::NONE;
        for c in Category::ALL {
            if rng.next().is_multiple_of(4) {
                cats.insert(c);
            }
        }
        Facts {
            level: rng.pick(&Level::ALL),
            network: (rng.next() % 5) as u16,
            categories: cats,
            languages: rng.pick(&[Languages::EN, Languages::FR, Languages::BOTH, Languages::UNKNOWN]),
            open: rng.pick(&[Openness::Open, Openness::Closed, Openness::Unknown]),
            library: rng.next().is_multiple_of(5),
        }
    }

    fn random_filters(rng: &mut Rng) -> Filters {
        let mut f = Filters::default();
        for l in Level::ALL {
            if rng.next().is_multiple_of(3) {
                f.levels.push(l);
            }
        }
        for n in 0..5u16 {
            if rng.next().is_multiple_of(4) {
                f.networks.push(n);
            }
        }
        for c in Category::ALL {
            if rng.next().is_multiple_of(6) {
                f.categories.push(c);
            }
        }
        f.language =
            rng.pick(&[ServiceLanguage::Any, ServiceLanguage::English, ServiceLanguage::French, ServiceLanguage::Both]);
        f.open_now = rng.flip();
        f.libraries = rng.flip();
        f
    }

    /// The naive definition: the count beside an option is the number of points matching
    /// the filters with that facet set to exactly that option.
    fn naive_count(facts: &[Facts], filters: &Filters, set: impl Fn(&mut Filters)) -> u32 {
        let mut f = filters.clone();
        set(&mut f);
        facts.iter().filter(|x| f.matches(x)).count() as u32
    }

    #[test]
    fn counts_match_naive_filter() {
        let mut rng = Rng(0x5eed_1234_abcd_ef01);
        for _ in 0..200 {
            let facts: Vec<Facts> = (0..(rng.next() % 300)).map(|_| random_facts(&mut rng)).collect();
            let filters = random_filters(&mut rng);
            let c = facet_counts(facts.iter(), &filters, 5);
            assert_eq!(c.total, facts.iter().filter(|f| filters.matches(f)).count() as u32);
            for l in Level::ALL {
                assert_eq!(c.levels[l as usize], naive_count(&facts, &filters, |f| f.levels = vec![l]));
            }
            for n in 0..5u16 {
                assert_eq!(c.networks[n as usize], naive_count(&facts, &filters, |f| f.networks = vec![n]));
            }
            for cat in Category::ALL {
                assert_eq!(c.categories[cat as usize], naive_count(&facts, &filters, |f| f.categories = vec![cat]));
            }
            for (i, lang) in ServiceLanguage::CHOICES.iter().enumerate() {
                assert_eq!(c.languages[i], naive_count(&facts, &filters, |f| f.language = *lang));
            }
            let libraries_on = naive_count(&facts, &filters, |f| f.libraries = true);
            let libraries_off = naive_count(&facts, &filters, |f| f.libraries = false);
            assert_eq!(c.libraries, libraries_on - libraries_off);
            // Open now never hides unknown hours.
            let open_filter = Filters { open_now: true, ..Filters::default() };
            assert!(facts.iter().filter(|f| f.open == Openness::Unknown && !f.library).all(|f| open_filter.matches(f)));
        }
    }
}
