//! The finder's state as it lives in the URL (`/?q=K1A+0B1&level=federal&open=1`):
//! [`FinderState`], parsed forgivingly (odd values are ignored, never fatal) and written
//! canonically, with the embed parameters and locks.
use super::page::Page;
use super::query::{encode_query, join, parse_query};
use crate::domain::facts::{Parking, PassportLevel};
use crate::domain::filter::{Choice, ServiceLanguage, Sign, Wheelchair};
use crate::domain::geo::LatLon;
use crate::domain::model::{Category, Level, Province};
use crate::embed::{Embed, Lock};
use crate::i18n::Locale;

/// Radius choices offered to the user, in km (`None` = any distance).
pub const RADII_KM: [u32; 5] = [10, 25, 50, 100, 250];

/// How many results a page of the list shows.
pub const PAGE_SIZE: usize = 10;

/// Everything the finder shows, as it lives in the URL. Parsing is forgiving: unknown or
/// invalid parameters are ignored (a shared link with a typo still opens), and
/// [`FinderState::to_query`] writes a canonical form.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FinderState {
    /// The search text (`q`).
    pub q: Option<String>,
    /// A position from "use my location" (`at=lat,lon`, 3 decimals ≈ 100 m).
    pub at: Option<LatLon>,
    /// Browse by province or territory when there is no location (`prov`).
    pub province: Option<Province>,
    /// `level=federal,municipal`.
    pub levels: Vec<Level>,
    /// Network ids: `net=service-canada,serviceontario`.
    pub networks: Vec<String>,
    /// `cat=passports,identity`.
    pub categories: Vec<Category>,
    /// `speaks=en|fr|both`.
    pub speaks: ServiceLanguage,
    /// `open=1`.
    pub open_now: bool,
    /// `lib=1`: include libraries and archives.
    pub libraries: bool,
    /// `r=25` (km); `None` = any distance.
    pub radius_km: Option<u32>,
    /// `n=20`: how many results are listed (a multiple of [`PAGE_SIZE`]).
    pub shown: usize,
    /// `sel=sc-5944`: the selected office.
    pub selected: Option<String>,
    /// `view=map`: on narrow screens, the map tab instead of the list.
    pub map_tab: bool,
    /// `embed=1` (with `lock`, `parent`, `notify`): framed in another site.
    pub embed: Option<Embed>,
    /// `svc=1242`: only points delivering this service (GC Service Inventory id).
    pub service: Option<String>,
    /// `sq=passport`: the services search text (`/services`).
    pub services_q: Option<String>,
    /// `event=having-a-baby`: the life event browsed on `/services`.
    pub event: Option<String>,
    /// `wc=yes,unknown`: wheelchair access.
    pub wheelchair: Vec<Wheelchair>,
    /// `sign=asl,lsq,unknown`: service in a sign language.
    pub sign: Vec<Sign>,
    /// `park=free,paid,unknown`: parking.
    pub parking: Vec<Parking>,
    /// `pp=pickup,urgent`: passport service levels.
    pub passport: Vec<PassportLevel>,
}

/// The options of a comma-separated list, known ones only, each once, in `C::ALL` order.
fn choices<C: Choice>(v: &str) -> Vec<C> {
    let named: Vec<C> = split_list(v).filter_map(C::from_id).collect();
    C::ALL.iter().copied().filter(|c| named.contains(c)).collect()
}

/// The ids of `list`, comma-separated.
fn ids<C: Choice>(list: &[C]) -> String {
    list.iter().map(|c| c.id()).collect::<Vec<_>>().join(",")
}

fn split_list(v: &str) -> impl Iterator<Item = &str> {
    v.split(',').map(str::trim).filter(|s| !s.is_empty())
}

fn push_unique<T: PartialEq>(list: &mut Vec<T>, x: T) {
    if !list.contains(&x) {
        list.push(x);
    }
}

impl FinderState {
    /// Parses the finder's parameters from a query string.
    ///
    /// ```
    /// use guichet::nav::FinderState;
    /// let s = FinderState::parse("?q=K1A+0B1&level=federal,nope&r=25&n=20&open=1&lang=fr");
    /// assert_eq!(s.q.as_deref(), Some("K1A 0B1"));
    /// assert_eq!(s.levels.len(), 1);
    /// assert_eq!((s.radius_km, s.shown, s.open_now), (Some(25), 20, true));
    /// assert_eq!(s.to_query(), "q=K1A+0B1&level=federal&open=1&r=25&n=20");
    /// // Odd values are ignored, never fatal.
    /// let odd = FinderState::parse("r=7&n=-3&at=999,1&prov=XX&speaks=klingon");
    /// assert_eq!(odd, FinderState::parse(""));
    /// ```
    pub fn parse(query: &str) -> FinderState {
        let pairs = parse_query(query);
        let mut s = FinderState { shown: PAGE_SIZE, embed: Embed::from_pairs(&pairs), ..FinderState::default() };
        for (k, v) in pairs {
            match k.as_str() {
                "q" => s.q = crate::domain::text::non_empty(&v),
                "at" => {
                    s.at = v.split_once(',').and_then(|(a, b)| {
                        let (lat, lon) = (a.trim().parse::<f64>().ok()?, b.trim().parse::<f64>().ok()?);
                        ((-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon))
                            .then(|| LatLon::new(lat, lon))
                    })
                }
                "prov" => s.province = Province::parse(&v),
                "level" => split_list(&v).filter_map(Level::from_id).for_each(|l| push_unique(&mut s.levels, l)),
                "net" => split_list(&v)
                    .filter(|id| {
                        id.len() <= 40 && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
                    })
                    .for_each(|id| push_unique(&mut s.networks, id.to_owned())),
                "cat" => split_list(&v).filter_map(Category::from_id).for_each(|c| push_unique(&mut s.categories, c)),
                "speaks" => s.speaks = ServiceLanguage::from_id(&v).unwrap_or_default(),
                "open" => s.open_now = v == "1",
                "lib" => s.libraries = v == "1",
                "r" => s.radius_km = v.parse().ok().filter(|r| RADII_KM.contains(r)),
                "n" => {
                    if let Ok(n) = v.parse::<usize>() {
                        s.shown = (n.clamp(PAGE_SIZE, 2000) / PAGE_SIZE) * PAGE_SIZE;
                    }
                }
                "sel" => s.selected = crate::domain::text::non_empty(&v).filter(|id| id.len() <= 80),
                "view" => s.map_tab = v == "map",
                "svc" => s.service = crate::domain::text::non_empty(&v).filter(|id| id.len() <= 40),
                "sq" => s.services_q = crate::domain::text::non_empty(&v).filter(|q| q.len() <= 200),
                "wc" => s.wheelchair = choices(&v),
                "sign" => s.sign = choices(&v),
                "park" => s.parking = choices(&v),
                "pp" => s.passport = choices(&v),
                "event" => {
                    s.event = crate::domain::text::non_empty(&v)
                        .filter(|e| e.len() <= 40 && e.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'))
                }
                _ => {}
            }
        }
        s.levels.sort();
        s.categories.sort();
        s
    }

    /// The canonical query string (without `lang` and without `?`).
    pub fn to_pairs(&self) -> Vec<(String, String)> {
        let mut out: Vec<(String, String)> = Vec::new();
        let mut put = |k: &str, v: String| {
            if !v.is_empty() {
                out.push((k.to_owned(), v));
            }
        };
        put("q", self.q.clone().unwrap_or_default());
        if let Some(at) = self.at {
            let mut v = crate::domain::text::fixed(at.lat, 3);
            v.push(',');
            v.push_str(&crate::domain::text::fixed(at.lon, 3));
            put("at", v);
        }
        put("prov", self.province.map(|p| p.code().to_owned()).unwrap_or_default());
        put("level", self.levels.iter().map(|l| l.id()).collect::<Vec<_>>().join(","));
        put("net", self.networks.join(","));
        put("cat", self.categories.iter().map(|c| c.id()).collect::<Vec<_>>().join(","));
        if self.speaks != ServiceLanguage::Any {
            put("speaks", self.speaks.id().to_owned());
        }
        if self.open_now {
            put("open", "1".into());
        }
        if self.libraries {
            put("lib", "1".into());
        }
        put("r", self.radius_km.map(|r| r.to_string()).unwrap_or_default());
        if self.shown > PAGE_SIZE {
            put("n", self.shown.to_string());
        }
        put("sel", self.selected.clone().unwrap_or_default());
        if self.map_tab {
            put("view", "map".into());
        }
        put("svc", self.service.clone().unwrap_or_default());
        put("sq", self.services_q.clone().unwrap_or_default());
        put("event", self.event.clone().unwrap_or_default());
        put("wc", ids(&self.wheelchair));
        put("sign", ids(&self.sign));
        put("park", ids(&self.parking));
        put("pp", ids(&self.passport));
        if let Some(e) = &self.embed {
            out.extend(e.to_pairs());
        }
        out
    }

    pub fn to_query(&self) -> String {
        encode_query(&self.to_pairs())
    }

    /// The link to `page` carrying this state and the interface language.
    pub fn href(&self, page: &Page, locale: Locale) -> String {
        let mut pairs = self.to_pairs();
        pairs.push(("lang".to_owned(), locale.code().to_owned()));
        join(&page.path(), &encode_query(&pairs))
    }

    /// True when a location is set (search text or position).
    pub fn has_location(&self) -> bool {
        self.q.is_some() || self.at.is_some()
    }

    /// True when embedded with `lock` naming this setting.
    pub fn locked(&self, lock: Lock) -> bool {
        self.embed.as_ref().is_some_and(|e| e.locked(lock))
    }

    /// The province results are limited to: a locked province applies even near a
    /// location (a provincial portal shows its own offices), a preset one only browses.
    pub fn within(&self) -> Option<Province> {
        self.province.filter(|_| self.locked(Lock::Province))
    }

    /// `self` with every locked setting (and the embed parameters themselves) taken from
    /// `current`: what the app applies to each navigation, so no control, link or stale
    /// handler can change what the host locked.
    ///
    /// ```
    /// use guichet::nav::FinderState;
    /// let current = FinderState::parse("embed=1&lock=prov,level&prov=NB&level=provincial");
    /// let mut next = FinderState::parse("q=Moncton&level=federal");
    /// next.keep_locked(&current);
    /// assert_eq!(next.to_query(), "q=Moncton&prov=NB&level=provincial&embed=1&lock=prov%2Clevel");
    /// ```
    pub fn keep_locked(&mut self, current: &FinderState) {
        self.embed = current.embed.clone();
        let Some(e) = &current.embed else { return };
        for lock in &e.locks {
            match lock {
                Lock::Lang => {}
                Lock::Location => {
                    self.q = current.q.clone();
                    self.at = current.at;
                }
                Lock::Province => self.province = current.province,
                Lock::Level => self.levels = current.levels.clone(),
                Lock::Network => self.networks = current.networks.clone(),
                Lock::Category => self.categories = current.categories.clone(),
                Lock::Speaks => self.speaks = current.speaks,
                Lock::Radius => self.radius_km = current.radius_km,
                Lock::Wheelchair => self.wheelchair = current.wheelchair.clone(),
                Lock::Sign => self.sign = current.sign.clone(),
                Lock::Parking => self.parking = current.parking.clone(),
                Lock::Passport => self.passport = current.passport.clone(),
            }
        }
    }

    /// "Clear filters": every filter back to its default, except locked ones; the
    /// location, province, selection and embed parameters stay.
    ///
    /// ```
    /// use guichet::nav::FinderState;
    /// let s = FinderState::parse("embed=1&lock=level&q=Moncton&level=federal&cat=taxes&open=1&r=25");
    /// assert_eq!(s.cleared_filters().to_query(), "q=Moncton&level=federal&embed=1&lock=level");
    /// ```
    pub fn cleared_filters(&self) -> FinderState {
        let mut next = FinderState {
            q: self.q.clone(),
            at: self.at,
            province: self.province,
            selected: self.selected.clone(),
            map_tab: self.map_tab,
            ..FinderState::parse("")
        };
        next.keep_locked(self);
        next
    }

    /// The same view outside a frame (for "open in full page").
    pub fn full_page(&self) -> FinderState {
        FinderState { embed: None, ..self.clone() }
    }
}

#[cfg(test)]
mod finder_tests {
    use super::*;

    #[test]
    fn access_and_passport_parameters() {
        let s = FinderState::parse("wc=unknown,yes,maybe&sign=lsq&park=paid,free&pp=urgent,pickup,pickup");
        assert_eq!(s.wheelchair, [Wheelchair::Accessible, Wheelchair::NotReported]);
        assert_eq!(s.sign, [Sign::Lsq]);
        assert_eq!(s.parking, [Parking::Free, Parking::Paid]);
        assert_eq!(s.passport, [PassportLevel::Pickup, PassportLevel::Urgent]);
        assert_eq!(s.to_query(), "wc=yes%2Cunknown&sign=lsq&park=free%2Cpaid&pp=pickup%2Curgent");
        assert_eq!(FinderState::parse(&s.to_query()), s);
        // Locked by an embedding site: kept on every navigation, and by "clear filters".
        let framed = FinderState::parse("embed=1&lock=wc,pp&wc=yes&pp=urgent&sign=asl");
        let cleared = framed.cleared_filters();
        assert_eq!((cleared.wheelchair.len(), cleared.passport.len(), cleared.sign.len()), (1, 1, 0));
    }

    #[test]
    fn state_round_trips() {
        let s = FinderState {
            q: Some("Saint-Jean-sur-Richelieu (QC)".into()),
            at: Some(LatLon::new(45.307, -73.262)),
            province: Some(Province::QC),
            levels: vec![Level::Federal, Level::Municipal],
            networks: vec!["service-canada".into(), "montreal".into()],
            categories: vec![Category::Passports, Category::Identity],
            speaks: ServiceLanguage::Both,
            open_now: true,
            libraries: true,
            radius_km: Some(50),
            shown: 30,
            selected: Some("sc-5944".into()),
            map_tab: true,
            embed: Some(Embed {
                locks: vec![Lock::Lang, Lock::Province],
                parent: Some("https://portal.example".into()),
                notify_select: true,
            }),
            service: Some("SRV03049".into()),
            services_q: Some("assurance emploi".into()),
            event: Some("having-a-baby".into()),
            wheelchair: vec![Wheelchair::Accessible],
            sign: vec![Sign::Asl, Sign::NotReported],
            parking: vec![Parking::Paid],
            passport: vec![PassportLevel::Express],
        };
        let mut parsed = FinderState::parse(&s.to_query());
        let mut want = s.clone();
        want.categories.sort();
        parsed.categories.sort();
        assert_eq!(parsed, want);
        assert_eq!(FinderState::parse(&FinderState::default().to_query()).to_query(), "");
    }

    #[test]
    fn embed_parameters_stay_on_every_link_and_locks_hold() {
        let s = FinderState::parse("embed=1&lock=q,r,net&parent=http%3A%2F%2F127.0.0.1%3A4174&q=E1C&r=50&net=snb");
        let link = s.href(&Page::Office("sc-1".into()), Locale::Fr);
        assert_eq!(
            link,
            "/office/sc-1?q=E1C&net=snb&r=50&embed=1&lock=q%2Cnet%2Cr&parent=http%3A%2F%2F127.0.0.1%3A4174&lang=fr"
        );
        assert_eq!(FinderState::parse(link.split_once('?').unwrap().1), s);
        // A new search or a filter change cannot undo a lock.
        let mut next = FinderState { q: Some("Halifax".into()), radius_km: None, networks: vec![], ..s.clone() };
        next.keep_locked(&s);
        assert_eq!(next, s);
        // Outside a frame nothing is locked and keep_locked changes nothing.
        let plain = FinderState::parse("q=E1C");
        let mut other = FinderState::parse("q=Halifax");
        other.keep_locked(&plain);
        assert_eq!(other.q.as_deref(), Some("Halifax"));
        assert_eq!(s.full_page().href(&Page::Home, Locale::En), "/?q=E1C&net=snb&r=50&lang=en");
    }

    #[test]
    fn a_locked_province_limits_results_a_preset_one_browses() {
        assert_eq!(FinderState::parse("prov=NB&q=Moncton").within(), None);
        assert_eq!(FinderState::parse("prov=NB&embed=1").within(), None);
        assert_eq!(FinderState::parse("prov=NB&embed=1&lock=prov").within(), Some(Province::NB));
        assert_eq!(FinderState::parse("prov=NB&lock=prov").within(), None);
    }

    #[test]
    fn href_keeps_language() {
        let s = FinderState::parse("q=Moncton&sel=sc-1");
        assert_eq!(s.href(&Page::Office("sc-1".into()), Locale::Fr), "/office/sc-1?q=Moncton&sel=sc-1&lang=fr");
    }
}
