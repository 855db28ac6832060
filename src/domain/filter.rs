//! Filters and the count of matching points beside each option (faceted counts).
//!
//! Within one facet the chosen options are alternatives (OR); facets combine with AND.
//! The count beside an option is the number of points that would match if that option
//! alone were chosen in its facet, the other facets unchanged.
use super::facts::{Access, Fact, Parking, PassportLevel, PassportServices};
use super::hours::OpenState;
use super::model::{Categories, Category, Languages, Level, Province};
use super::status::Status;

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

/// An option of a facet whose options are values of a point's facts: the access facets
/// and the passport levels. "Not reported" is an option of its own, counted like the
/// others and never folded into "no".
pub trait Choice: Copy + PartialEq + Sized + 'static {
    const ALL: &'static [Self];
    /// Stable id for URLs and message ids.
    fn id(self) -> &'static str;
    fn accepts(self, f: &Facts) -> bool;
    fn from_id(s: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|c| c.id().eq_ignore_ascii_case(s.trim()))
    }
}

/// Wheelchair access: accessible, or not reported (no source here ever says "no").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Wheelchair {
    Accessible,
    NotReported,
}

impl Choice for Wheelchair {
    const ALL: &'static [Wheelchair] = &[Wheelchair::Accessible, Wheelchair::NotReported];
    fn id(self) -> &'static str {
        match self {
            Wheelchair::Accessible => "yes",
            Wheelchair::NotReported => "unknown",
        }
    }
    fn accepts(self, f: &Facts) -> bool {
        match self {
            Wheelchair::Accessible => f.access.wheelchair == Fact::Yes,
            Wheelchair::NotReported => f.access.wheelchair == Fact::NotReported,
        }
    }
}

/// Service in a sign language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Sign {
    /// American Sign Language.
    Asl,
    /// Langue des signes québécoise.
    Lsq,
    /// Neither reported.
    NotReported,
}

impl Choice for Sign {
    const ALL: &'static [Sign] = &[Sign::Asl, Sign::Lsq, Sign::NotReported];
    fn id(self) -> &'static str {
        match self {
            Sign::Asl => "asl",
            Sign::Lsq => "lsq",
            Sign::NotReported => "unknown",
        }
    }
    fn accepts(self, f: &Facts) -> bool {
        match self {
            Sign::Asl => f.access.asl == Fact::Yes,
            Sign::Lsq => f.access.lsq == Fact::Yes,
            Sign::NotReported => f.access.asl == Fact::NotReported && f.access.lsq == Fact::NotReported,
        }
    }
}

impl Choice for Parking {
    const ALL: &'static [Parking] = &[Parking::Free, Parking::Paid, Parking::NotReported];
    fn id(self) -> &'static str {
        match self {
            Parking::Free => "free",
            Parking::Paid => "paid",
            Parking::NotReported => "unknown",
        }
    }
    fn accepts(self, f: &Facts) -> bool {
        f.access.parking == self
    }
}

impl Choice for PassportLevel {
    const ALL: &'static [PassportLevel] = &PassportLevel::ALL;
    fn id(self) -> &'static str {
        PassportLevel::id(self)
    }
    fn accepts(self, f: &Facts) -> bool {
        f.passport.contains(self)
    }
}

/// True when no option is chosen or one of them accepts the point.
fn any_of<C: Choice>(chosen: &[C], f: &Facts) -> bool {
    chosen.is_empty() || chosen.iter().any(|c| c.accepts(f))
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
    pub access: Access,
    pub passport: PassportServices,
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

impl From<Status> for Openness {
    fn from(s: Status) -> Openness {
        match s {
            Status::Open { .. } => Openness::Open,
            Status::Closed { .. } => Openness::Closed,
            Status::Unknown => Openness::Unknown,
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
    pub wheelchair: Vec<Wheelchair>,
    pub sign: Vec<Sign>,
    pub parking: Vec<Parking>,
    /// Passport service levels: offices offering any of them.
    pub passport: Vec<PassportLevel>,
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
    Wheelchair,
    Sign,
    Parking,
    Passport,
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
            Facet::Wheelchair => any_of(&self.wheelchair, f),
            Facet::Sign => any_of(&self.sign, f),
            Facet::Parking => any_of(&self.parking, f),
            Facet::Passport => any_of(&self.passport, f),
        }
    }

    const FACETS: [Facet; 10] = [
        Facet::Level,
        Facet::Network,
        Facet::Category,
        Facet::Language,
        Facet::Open,
        Facet::Layer,
        Facet::Wheelchair,
        Facet::Sign,
        Facet::Parking,
        Facet::Passport,
    ];

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
    /// By option, in the order of each [`Choice::ALL`].
    pub wheelchair: [u32; 2],
    pub sign: [u32; 3],
    pub parking: [u32; 3],
    pub passport: [u32; 4],
}

/// Adds `f` to the count of every option of a facet that accepts it.
fn count<C: Choice, const N: usize>(counts: &mut [u32; N], f: &Facts) {
    for (n, c) in counts.iter_mut().zip(C::ALL) {
        *n += u32::from(c.accepts(f));
    }
}

/// Computes [`FacetCounts`] for `facts` (e.g. the points within the search radius).
///
/// ```
/// use guichet::domain::filter::{facet_counts, Facts, Filters, Openness};
/// use guichet::domain::model::{Categories, Category, Languages, Level};
/// let f = |level, open| Facts { level, network: 0, categories: Categories::of(&[Category::General]),
///     languages: Languages::BOTH, open, library: false, access: Default::default(), passport: Default::default() };
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
        if filters.passes_all_but(f, Facet::Wheelchair) {
            count::<Wheelchair, 2>(&mut c.wheelchair, f);
        }
        if filters.passes_all_but(f, Facet::Sign) {
            count::<Sign, 3>(&mut c.sign, f);
        }
        if filters.passes_all_but(f, Facet::Parking) {
            count::<Parking, 3>(&mut c.parking, f);
        }
        if filters.passes_all_but(f, Facet::Passport) {
            count::<PassportLevel, 4>(&mut c.passport, f);
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
            access: Access {
                wheelchair: rng.pick(&[Fact::Yes, Fact::No, Fact::NotReported]),
                parking: rng.pick(&[Parking::Free, Parking::Paid, Parking::NotReported]),
                asl: rng.pick(&[Fact::Yes, Fact::No, Fact::NotReported]),
                lsq: rng.pick(&[Fact::Yes, Fact::No, Fact::NotReported]),
            },
            passport: PassportServices((rng.next() % 16) as u8),
        }
    }

    fn random_choices<C: Choice>(rng: &mut Rng) -> Vec<C> {
        C::ALL.iter().copied().filter(|_| rng.next().is_multiple_of(3)).collect()
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
        f.wheelchair = random_choices(rng);
        f.sign = random_choices(rng);
        f.parking = random_choices(rng);
        f.passport = random_choices(rng);
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
            for (i, o) in Wheelchair::ALL.iter().enumerate() {
                assert_eq!(c.wheelchair[i], naive_count(&facts, &filters, |f| f.wheelchair = vec![*o]));
            }
            for (i, o) in Sign::ALL.iter().enumerate() {
                assert_eq!(c.sign[i], naive_count(&facts, &filters, |f| f.sign = vec![*o]));
            }
            for (i, o) in Parking::ALL.iter().enumerate() {
                assert_eq!(c.parking[i], naive_count(&facts, &filters, |f| f.parking = vec![*o]));
            }
            for (i, o) in PassportLevel::ALL.iter().enumerate() {
                assert_eq!(c.passport[i], naive_count(&facts, &filters, |f| f.passport = vec![*o]));
            }
            let libraries_on = naive_count(&facts, &filters, |f| f.libraries = true);
            let libraries_off = naive_count(&facts, &filters, |f| f.libraries = false);
            assert_eq!(c.libraries, libraries_on - libraries_off);
            // Open now never hides unknown hours.
            let open_filter = Filters { open_now: true, ..Filters::default() };
            assert!(facts.iter().filter(|f| f.open == Openness::Unknown && !f.library).all(|f| open_filter.matches(f)));
            // "Not reported" is never "no": a wheelchair filter that asks for it keeps
            // every point whose access is not reported, and no point known not accessible.
            let unknown = Filters { wheelchair: vec![Wheelchair::NotReported], libraries: true, ..Filters::default() };
            for f in &facts {
                assert_eq!(unknown.matches(f), f.access.wheelchair == Fact::NotReported);
            }
        }
    }
}
