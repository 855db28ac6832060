//! The insights page's state, as it lives in the URL (`/insights?tab=coverage&far=50`).
//! Parsing is forgiving: odd values fall back to the defaults, never an error.
use super::page::Page;
use super::query::{encode_query, join, parse_query};
use crate::domain::collaboration::{CollabKind, HostKind};
use crate::domain::insights::access::DEFAULT_CATCHMENT_M;
use crate::domain::insights::census::Year;
use crate::domain::insights::pairs::{DEFAULT_M, MAX_M, MIN_M};
use crate::domain::insights::scenario::Change;
use crate::domain::insights::suggest::Pool;
use crate::domain::insights::{Metric, DEFAULT_CIRCUITY};
use crate::domain::model::Province;
use crate::i18n::Locale;

/// The id of the libraries layer's network.
const LIBRARIES: &str = "libraries";

/// A circuity factor as typed ("1,4" or "1.4"), rounded to hundredths; `None` when it is
/// not a number in [`CIRCUITY_RANGE`].
///
/// ```
/// use guichet::nav::insights::parse_circuity;
/// assert_eq!(parse_circuity("1,456"), Some(1.46));
/// assert_eq!(parse_circuity("9"), None);
/// assert_eq!(parse_circuity("x"), None);
/// ```
pub fn parse_circuity(v: &str) -> Option<f64> {
    let c = v.trim().replace(',', ".").parse::<f64>().ok()?;
    (CIRCUITY_RANGE.0..=CIRCUITY_RANGE.1).contains(&c).then(|| (c * 100.0).round() / 100.0)
}

/// The sections of the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Tab {
    #[default]
    Pairs,
    Partners,
    Coverage,
    Access,
    /// Collaboration today (issue 21).
    Collaboration,
    /// What-if scenarios (issue 20).
    Scenario,
    /// Suggested sites (issue 20).
    Suggest,
    /// Who is left out (issue 20).
    LeftOut,
}

impl Tab {
    pub const ALL: [Tab; 8] = [
        Tab::Pairs,
        Tab::Partners,
        Tab::Coverage,
        Tab::Access,
        Tab::Collaboration,
        Tab::Scenario,
        Tab::Suggest,
        Tab::LeftOut,
    ];

    pub const fn id(self) -> &'static str {
        match self {
            Tab::Pairs => "pairs",
            Tab::Partners => "partners",
            Tab::Coverage => "coverage",
            Tab::Access => "access",
            Tab::Collaboration => "collab",
            Tab::Scenario => "scenario",
            Tab::Suggest => "suggest",
            Tab::LeftOut => "left-out",
        }
    }
}

/// How distances are measured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Mode {
    #[default]
    Straight,
    /// Straight line × circuity.
    Estimate,
    /// The pipeline's road distances where it has them (the estimate elsewhere).
    Road,
}

impl Mode {
    pub const fn id(self) -> &'static str {
        match self {
            Mode::Straight => "straight",
            Mode::Estimate => "estimate",
            Mode::Road => "road",
        }
    }
}

/// Pair distances offered (metres).
pub const PAIR_STEPS_M: [u32; 9] = [100, 250, 500, 1_000, 2_000, 5_000, 10_000, 15_000, 25_000];
/// Catchment distances offered for the accessibility index (km).
pub const CATCHMENT_STEPS_KM: [u32; 6] = [5, 10, 25, 50, 100, 200];
/// Circuity factors accepted.
pub const CIRCUITY_RANGE: (f64, f64) = (1.0, 3.0);
/// Rows shown before "show more".
pub const PAGE_ROWS: usize = 50;
/// Most changes a scenario keeps from a URL.
pub const MAX_CHANGES: usize = 200;
/// Most points a suggestion adds.
pub const MAX_SUGGESTED: usize = 20;
/// Reach of the suggestions and of "who is left out", km (offered and default).
pub const REACH_STEPS_KM: [u32; 6] = [5, 10, 25, 50, 100, 200];
pub const DEFAULT_REACH_KM: u32 = 25;

/// Everything the insights page shows, as it lives in the URL.
#[derive(Debug, Clone, PartialEq)]
pub struct InsightsState {
    pub tab: Tab,
    /// `d`: co-location search distance, metres (100 to 25,000).
    pub pair_m: u32,
    /// `dist`: straight line, estimate or road.
    pub mode: Mode,
    /// `circ`: circuity factor of the estimate.
    pub circuity: f64,
    /// `prov`: only this province or territory in the tables.
    pub province: Option<Province>,
    /// `net`: coverage and the accessibility index of this network (else all together);
    /// the nearest-partner table from this network's points.
    pub network: Option<String>,
    /// `partner`: the nearest-partner table's other network (else the nearest point of any
    /// other government).
    pub partner: Option<String>,
    /// `pop` and `far`: underserved FSAs have at least `pop` people and their nearest point
    /// farther than `far` km.
    pub min_population: u32,
    pub far_km: u32,
    /// `catch`: catchment of the accessibility index, km.
    pub catchment_km: u32,
    /// `sort`: column of the section's main table, and `desc=1`.
    pub sort: Option<usize>,
    pub descending: bool,
    /// `n`: rows shown.
    pub shown: usize,
    /// `lib=1`: include the libraries-and-archives layer (2,970 points, fetched when asked).
    pub libraries: bool,
    /// `ck`: the collaboration list's kind of collaboration (else every kind).
    pub collab_kind: Option<CollabKind>,
    /// `hk`: the collaboration list's kind of host (else every kind).
    pub host_kind: Option<HostKind>,
    /// `ch` (repeated, in order): the scenario's changes (issue 20).
    pub changes: Vec<Change>,
    /// `yr`: the census whose population the scenario and coverage splits count.
    pub year: Year,
    /// `x`: "within reach" of the suggestions and of who is left out, km.
    pub reach_km: u32,
    /// `k`: how many points a suggestion adds.
    pub suggested: usize,
    /// `pool`: where suggested sites come from.
    pub pool: Pool,
}

impl Default for InsightsState {
    fn default() -> InsightsState {
        InsightsState {
            tab: Tab::Pairs,
            pair_m: DEFAULT_M as u32,
            mode: Mode::Straight,
            circuity: DEFAULT_CIRCUITY,
            province: None,
            network: None,
            partner: None,
            min_population: 1_000,
            far_km: 50,
            catchment_km: (DEFAULT_CATCHMENT_M / 1000.0) as u32,
            sort: None,
            descending: false,
            shown: PAGE_ROWS,
            libraries: false,
            collab_kind: None,
            host_kind: None,
            changes: Vec::new(),
            year: Year::Y2016,
            reach_km: DEFAULT_REACH_KM,
            suggested: 5,
            pool: Pool::Offices,
        }
    }
}

fn network_id(v: &str) -> Option<String> {
    let v = v.trim();
    (!v.is_empty() && v.len() <= 40 && v.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'))
        .then(|| v.to_owned())
}

impl InsightsState {
    /// Parses the page's query string.
    ///
    /// ```
    /// use guichet::nav::insights::{InsightsState, Mode, Tab};
    /// let s = InsightsState::parse("?tab=coverage&d=500&dist=estimate&circ=1,4&far=80&lib=1&lang=fr");
    /// assert_eq!((s.tab, s.pair_m, s.mode, s.far_km, s.libraries), (Tab::Coverage, 500, Mode::Estimate, 80, true));
    /// assert!((s.circuity - 1.4).abs() < 1e-9);
    /// assert_eq!(s.to_query(), "tab=coverage&d=500&dist=estimate&circ=1.4&far=80&lib=1");
    /// // Odd values fall back to the defaults.
    /// let odd = InsightsState::parse("tab=nope&d=-5&circ=9&pop=x&net=<b>&n=0");
    /// assert_eq!(odd, InsightsState::default());
    /// // Out-of-range distances are clamped to the offered range.
    /// assert_eq!(InsightsState::parse("d=90000").pair_m, 25_000);
    /// // The collaboration list's filters.
    /// let c = InsightsState::parse("tab=collab&ck=outreach&hk=library");
    /// assert_eq!(c.to_query(), "tab=collab&ck=outreach&hk=library");
    /// assert_eq!(InsightsState::parse("ck=x&hk=y"), InsightsState::default());
    /// // A scenario: its changes in order, and its settings (issue 20).
    /// let q = "tab=scenario&ch=x%3Asc-1&ch=a%3Aservice-canada%3AK1A&ch=bad&yr=2021&x=50&k=20&pool=both";
    /// let sc = InsightsState::parse(q);
    /// assert_eq!((sc.tab, sc.changes.len(), sc.reach_km, sc.suggested), (Tab::Scenario, 2, 50, 20));
    /// assert_eq!(sc.to_query(), q.replace("&ch=bad", ""));
    /// ```
    pub fn parse(query: &str) -> InsightsState {
        let mut s = InsightsState::default();
        for (k, v) in parse_query(query) {
            let v = v.trim();
            match k.as_str() {
                "tab" => s.tab = Tab::ALL.into_iter().find(|t| t.id() == v).unwrap_or_default(),
                "d" => {
                    if let Ok(m) = v.parse::<u32>() {
                        s.pair_m = m.clamp(MIN_M as u32, MAX_M as u32);
                    }
                }
                "dist" => {
                    s.mode = [Mode::Straight, Mode::Estimate, Mode::Road]
                        .into_iter()
                        .find(|m| m.id() == v)
                        .unwrap_or_default()
                }
                "circ" => {
                    if let Some(c) = parse_circuity(v) {
                        s.circuity = c;
                    }
                }
                "prov" => s.province = Province::parse(v),
                "net" => s.network = network_id(v),
                "partner" => s.partner = network_id(v),
                "pop" => {
                    if let Ok(p) = v.parse::<u32>() {
                        s.min_population = p.min(1_000_000);
                    }
                }
                "far" => {
                    if let Ok(km) = v.parse::<u32>() {
                        s.far_km = km.clamp(1, 2_000);
                    }
                }
                "catch" => {
                    if let Ok(km) = v.parse::<u32>() {
                        if CATCHMENT_STEPS_KM.contains(&km) {
                            s.catchment_km = km;
                        }
                    }
                }
                "sort" => s.sort = v.parse::<usize>().ok().filter(|c| *c < 16),
                "desc" => s.descending = v == "1",
                "lib" => s.libraries = v == "1",
                "ck" => s.collab_kind = CollabKind::from_id(v),
                "ch" if s.changes.len() < MAX_CHANGES => s.changes.extend(Change::parse(v)),
                "yr" => s.year = Year::parse(v).unwrap_or_default(),
                "x" => {
                    if let Ok(km) = v.parse::<u32>() {
                        s.reach_km = km.clamp(1, 500);
                    }
                }
                "k" => {
                    if let Ok(k) = v.parse::<usize>() {
                        s.suggested = k.clamp(1, MAX_SUGGESTED);
                    }
                }
                "pool" => s.pool = Pool::ALL.into_iter().find(|p| p.id() == v).unwrap_or_default(),
                "hk" => s.host_kind = HostKind::from_id(v),
                "n" => {
                    if let Ok(n) = v.parse::<usize>() {
                        s.shown = (n.clamp(PAGE_ROWS, 100_000) / PAGE_ROWS) * PAGE_ROWS;
                    }
                }
                _ => {}
            }
        }
        s
    }

    /// The canonical query (defaults left out, no `lang`).
    pub fn to_query(&self) -> String {
        let d = InsightsState::default();
        let mut out: Vec<(String, String)> = Vec::new();
        let mut put = |k: &str, v: String| out.push((k.to_owned(), v));
        if self.tab != d.tab {
            put("tab", self.tab.id().into());
        }
        if self.pair_m != d.pair_m {
            put("d", self.pair_m.to_string());
        }
        if self.mode != d.mode {
            put("dist", self.mode.id().into());
        }
        if (self.circuity - d.circuity).abs() > 1e-9 {
            put(
                "circ",
                crate::domain::text::fixed(self.circuity, 2).trim_end_matches('0').trim_end_matches('.').to_owned(),
            );
        }
        if let Some(p) = self.province {
            put("prov", p.code().into());
        }
        if let Some(n) = &self.network {
            put("net", n.clone());
        }
        if let Some(n) = &self.partner {
            put("partner", n.clone());
        }
        if self.min_population != d.min_population {
            put("pop", self.min_population.to_string());
        }
        if self.far_km != d.far_km {
            put("far", self.far_km.to_string());
        }
        if self.catchment_km != d.catchment_km {
            put("catch", self.catchment_km.to_string());
        }
        if let Some(c) = self.sort {
            put("sort", c.to_string());
            if self.descending {
                put("desc", "1".into());
            }
        }
        if self.shown != d.shown {
            put("n", self.shown.to_string());
        }
        if self.libraries {
            put("lib", "1".into());
        }
        if let Some(k) = self.collab_kind {
            put("ck", k.id().into());
        }
        if let Some(k) = self.host_kind {
            put("hk", k.id().into());
        }
        for c in &self.changes {
            put("ch", c.token());
        }
        if self.year != d.year {
            put("yr", self.year.number().to_string());
        }
        if self.reach_km != d.reach_km {
            put("x", self.reach_km.to_string());
        }
        if self.suggested != d.suggested {
            put("k", self.suggested.to_string());
        }
        if self.pool != d.pool {
            put("pool", self.pool.id().into());
        }
        encode_query(&out)
    }

    /// The page's link with this state and the interface language.
    ///
    /// ```
    /// use guichet::nav::insights::{InsightsState, Tab};
    /// use guichet::i18n::Locale;
    /// assert_eq!(InsightsState::default().href(Locale::Fr), "/insights.html?lang=fr");
    /// let s = InsightsState { far_km: 80, ..InsightsState::default() };
    /// assert_eq!(s.with_tab(Tab::Access).href(Locale::En), "/insights.html?tab=access&far=80&lang=en");
    /// ```
    pub fn href(&self, locale: Locale) -> String {
        let mut q = self.to_query();
        if !q.is_empty() {
            q.push('&');
        }
        q.push_str("lang=");
        q.push_str(locale.code());
        join(&Page::Insights.path(), &q)
    }

    /// This state on another section: its own table's sort and length start afresh.
    pub fn with_tab(&self, tab: Tab) -> InsightsState {
        InsightsState { tab, sort: None, shown: PAGE_ROWS, ..self.clone() }
    }

    /// Turns the libraries layer on or off; off, a libraries-only choice of network or
    /// partner (which would select nothing) is dropped.
    pub fn set_libraries(&mut self, on: bool) {
        self.libraries = on;
        if !on {
            self.network = self.network.take().filter(|n| n != LIBRARIES);
            self.partner = self.partner.take().filter(|n| n != LIBRARIES);
        }
    }

    /// The metric of the estimate (straight line unless the estimate or roads are chosen).
    pub fn metric(&self) -> Metric {
        match self.mode {
            Mode::Straight => Metric::Straight,
            Mode::Estimate | Mode::Road => Metric::Estimated { circuity: self.circuity },
        }
    }
}
