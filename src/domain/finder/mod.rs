//! The finder over a loaded bundle: resolve what the user typed to a position, then list
//! the nearest points that pass the filters, with counts beside every filter option.
//! Pure: the app fetches files and passes them in; everything here is tested natively.
use std::collections::HashMap;

use super::filter::{facet_counts, FacetCounts, Facts, Filters, Openness};
use super::gazetteer::{Fsa, Gazetteer, Place, PostalShard};
use super::geo::LatLon;
use super::holidays::Calendar;
use super::model::{Network, Point, Province};
use super::nearest::SpatialIndex;
use super::places::{PlaceIndex, Suggestion};
use super::query::{classify, LocationQuery, QueryError};
use super::service::{delivered, Delivery, InPerson};
use super::status::{is_open, status, HolidayTable, LocalNow, Opening, Status};
use super::text::fold;

/// The bundle's points and networks with the indexes the finder needs.
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    pub networks: Vec<Network>,
    /// Service points, then (once loaded) the libraries layer.
    pub points: Vec<Point>,
    pub gazetteer: Gazetteer,
    places: PlaceIndex,
    index: SpatialIndex,
    by_id: HashMap<String, u32>,
    /// Folded community + province → points without a position there.
    unlocated: HashMap<(String, Province), Vec<u32>>,
    /// True once the libraries layer is part of `points`.
    pub has_libraries: bool,
    /// The services delivered in person at these points (the service filter's choices).
    pub in_person: Vec<InPerson>,
    /// Per point: the in-person services (indexes into `in_person`) delivered there.
    point_services: Vec<Vec<u16>>,
    /// Statutory holidays around the year of the first status asked for.
    holidays: std::sync::OnceLock<HolidayTable>,
}

/// A choice of the service filter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ServiceChoice {
    /// Index into [`Catalog::in_person`].
    pub index: usize,
    /// Points it would give ([`FacetCounts::services`]).
    pub count: u32,
}

/// Where the search is centred.
#[derive(Debug, Clone, PartialEq)]
pub struct Origin {
    pub pos: LatLon,
    /// What the position stands for, for the "results near …" line.
    pub label: OriginLabel,
    /// True when only an area is known (FSA centroid, community centroid).
    pub approximate: bool,
    /// The place the query named (for unlocated points listed by community).
    pub community: Option<(String, Province)>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum OriginLabel {
    PostalCode(String),
    /// An FSA, with its place name; `fallback` when a full code was asked for but its
    /// shard could not be used; `spread_km` how far the area reaches from its centre
    /// (where that is worth saying: [`crate::domain::gazetteer::Fsa::spread_km`]).
    Fsa {
        code: String,
        place: String,
        fallback: bool,
        spread_km: Option<u16>,
    },
    Place {
        name: String,
        province: Province,
    },
    /// The device's position.
    Device,
    /// A kiosk's fixed "you are here" (its configuration names the place).
    Kiosk,
}

/// Why a search found no position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResolveError {
    Query(QueryError),
    /// No such place in the gazetteer.
    UnknownPlace,
    /// The FSA does not exist.
    UnknownFsa,
    /// The FSA exists but not this postal code.
    UnknownPostalCode,
}

/// What a query needs before it can be resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Need {
    /// Nothing: resolve now.
    Nothing,
    /// The postal shard of this FSA (fetch it, then resolve with it).
    Shard(String),
}

/// One row of the results.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Row {
    /// Index into `Catalog::points`.
    pub point: u32,
    /// Straight-line distance in metres; `None` for points without a position.
    pub distance_m: Option<f64>,
    pub open: Status,
}

/// The results of a search.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Results {
    /// The first `shown` matching rows, nearest first (alphabetical when browsing).
    pub rows: Vec<Row>,
    /// How many points match in all (within the radius / province).
    pub matching: usize,
    /// Every matching point, in display order (what the map draws).
    pub ids: Vec<u32>,
    pub counts: FacetCounts,
}

impl Catalog {
    pub fn new(networks: Vec<Network>, points: Vec<Point>, gazetteer: Gazetteer, in_person: Vec<InPerson>) -> Catalog {
        let places = PlaceIndex::new(&gazetteer);
        Catalog::with_places(networks, points, gazetteer, places, in_person)
    }

    /// [`Catalog::new`] with the gazetteer's place index built already (the app builds the
    /// two halves in separate tasks).
    pub fn with_places(
        networks: Vec<Network>,
        points: Vec<Point>,
        gazetteer: Gazetteer,
        places: PlaceIndex,
        in_person: Vec<InPerson>,
    ) -> Catalog {
        let mut c = Catalog { networks, points, gazetteer, places, in_person, ..Catalog::default() };
        c.reindex();
        c
    }

    /// The in-person service with this id, and its index.
    pub fn in_person(&self, id: &str) -> Option<(usize, &InPerson)> {
        self.in_person.iter().enumerate().find(|(_, s)| s.id == id)
    }

    /// The service filter's choices: federal services, then provincial and territorial
    /// ones, each by name in `loc` (folded), every service whose count (`counts`, as
    /// [`FacetCounts::services`]) is above zero, and the `chosen` one whatever its count.
    pub fn service_choices(
        &self,
        counts: &[u32],
        chosen: Option<&str>,
        loc: crate::i18n::Locale,
    ) -> (Vec<ServiceChoice>, Vec<ServiceChoice>) {
        let mut list: Vec<(bool, String, ServiceChoice)> = self
            .in_person
            .iter()
            .enumerate()
            .map(|(index, s)| (s, ServiceChoice { index, count: counts.get(index).copied().unwrap_or(0) }))
            .filter(|(s, c)| c.count > 0 || chosen == Some(s.id.as_str()))
            .map(|(s, c)| (s.provincial, fold(s.name.show(loc)), c))
            .collect();
        list.sort_by(|a, b| (a.0, &a.1, a.2.index).cmp(&(b.0, &b.1, b.2.index)));
        let (provincial, federal): (Vec<_>, Vec<_>) = list.into_iter().partition(|x| x.0);
        (federal.into_iter().map(|x| x.2).collect(), provincial.into_iter().map(|x| x.2).collect())
    }

    /// Where the service `id` is delivered in person (empty: at none of these points).
    pub fn delivery(&self, id: &str) -> Vec<Delivery> {
        self.in_person(id).map(|(_, s)| s.delivery.clone()).unwrap_or_default()
    }

    fn reindex(&mut self) {
        self.index =
            SpatialIndex::new(self.points.iter().enumerate().filter_map(|(i, p)| p.pos.map(|pos| (i as u32, pos))));
        self.by_id = self.points.iter().enumerate().map(|(i, p)| (p.id.clone(), i as u32)).collect();
        self.unlocated.clear();
        for (i, p) in self.points.iter().enumerate().filter(|(_, p)| p.pos.is_none()) {
            self.unlocated.entry((fold(&p.community), p.province)).or_default().push(i as u32);
        }
        self.point_services = self
            .points
            .iter()
            .map(|p| {
                let at = self.in_person.iter().enumerate().filter(|(_, s)| delivered(&s.delivery, p));
                at.map(|(i, _)| i as u16).collect()
            })
            .collect();
    }

    /// Adds the libraries layer (once).
    pub fn add_layer(&mut self, points: Vec<Point>) {
        if self.has_libraries {
            return;
        }
        self.points.extend(points);
        self.has_libraries = true;
        self.reindex();
    }

    pub fn point(&self, id: &str) -> Option<(u32, &Point)> {
        self.by_id.get(id).map(|&i| (i, &self.points[i as usize]))
    }

    pub fn network(&self, p: &Point) -> &Network {
        &self.networks[p.network as usize]
    }

    pub fn place(&self, s: Suggestion) -> &Place {
        &self.gazetteer.places[s.place as usize]
    }

    /// The province or territory of the postal area whose centre is nearest to `pos` (a
    /// kiosk that did not name its province). Brute force over ~1,650 areas: microseconds.
    pub fn province_at(&self, pos: LatLon) -> Option<Province> {
        self.gazetteer
            .fsas
            .iter()
            .min_by(|a, b| a.pos.distance_m(pos).total_cmp(&b.pos.distance_m(pos)))
            .map(|f| f.province)
    }

    /// The postal areas (FSA codes) of `province`, sorted.
    pub fn fsas_of(&self, province: Province) -> Vec<String> {
        self.gazetteer.fsas.iter().filter(|f| f.province == province).map(|f| f.code.clone()).collect()
    }

    pub fn fsa(&self, code: &str) -> Option<&Fsa> {
        self.gazetteer.fsas.binary_search_by(|f| f.code.as_str().cmp(code)).ok().map(|i| &self.gazetteer.fsas[i])
    }

    /// Place suggestions for a partial input (the combobox).
    pub fn suggest(&self, input: &str, limit: usize) -> Vec<Suggestion> {
        match classify(input) {
            Ok(LocationQuery::Place(p)) => self.places.suggest(strip_province(&p).0, limit),
            _ => Vec::new(),
        }
    }

    /// What must be fetched before `input` can be resolved.
    pub fn needs(&self, input: &str) -> Result<Need, ResolveError> {
        match classify(input).map_err(ResolveError::Query)? {
            LocationQuery::PostalCode { fsa, .. } if self.fsa(&fsa).is_some() => Ok(Need::Shard(fsa)),
            LocationQuery::PostalCode { .. } | LocationQuery::Fsa(_) | LocationQuery::Place(_) => Ok(Need::Nothing),
        }
    }

    /// Resolves a search input to a position. For a full postal code pass its FSA's
    /// shard; without it (offline, fetch failed) the FSA centroid is used, flagged as a
    /// fallback.
    pub fn resolve(&self, input: &str, shard: Option<&PostalShard>) -> Result<Origin, ResolveError> {
        match classify(input).map_err(ResolveError::Query)? {
            LocationQuery::PostalCode { fsa, ldu } => {
                let area = self.fsa(&fsa).ok_or(ResolveError::UnknownFsa)?;
                match shard.filter(|s| s.fsa == fsa) {
                    Some(s) => {
                        let e = s
                            .entries
                            .binary_search_by(|e| e.ldu.as_str().cmp(&ldu))
                            .map(|i| &s.entries[i])
                            .map_err(|_| ResolveError::UnknownPostalCode)?;
                        let mut code = fsa.clone();
                        code.push(' ');
                        code.push_str(&ldu);
                        Ok(Origin {
                            pos: e.pos,
                            label: OriginLabel::PostalCode(code),
                            approximate: false,
                            community: None,
                        })
                    }
                    None => Ok(Origin {
                        pos: area.pos,
                        label: OriginLabel::Fsa {
                            code: fsa,
                            place: area.place.clone(),
                            fallback: true,
                            spread_km: area.spread_km,
                        },
                        approximate: true,
                        community: None,
                    }),
                }
            }
            LocationQuery::Fsa(code) => {
                let area = self.fsa(&code).ok_or(ResolveError::UnknownFsa)?;
                Ok(Origin {
                    pos: area.pos,
                    label: OriginLabel::Fsa {
                        code,
                        place: area.place.clone(),
                        fallback: false,
                        spread_km: area.spread_km,
                    },
                    approximate: true,
                    community: None,
                })
            }
            LocationQuery::Place(text) => {
                let (name, province) = strip_province(&text);
                let exact = self.places.exact(name);
                let pick = match province {
                    Some(p) => exact.iter().find(|s| self.place(**s).province == p).copied(),
                    None => exact.first().copied(),
                }
                .or_else(|| {
                    self.places
                        .suggest(name, 50)
                        .into_iter()
                        .find(|s| province.is_none_or(|p| self.place(*s).province == p))
                })
                .ok_or(ResolveError::UnknownPlace)?;
                let place = self.place(pick);
                Ok(Origin {
                    pos: place.pos,
                    label: OriginLabel::Place { name: place.name.clone(), province: place.province },
                    approximate: true,
                    community: Some((fold(&place.name), place.province)),
                })
            }
        }
    }

    /// Whose statutory holidays close point `p`.
    pub fn calendar(&self, p: &Point) -> Calendar {
        Calendar::for_office(self.network(p).level, p.province)
    }

    /// Open or closed at `now_ms` (ms since the epoch), on point `i`'s own clock, with its
    /// government's holidays and its closures ([`status`]).
    pub fn status(&self, i: u32, now_ms: i64) -> Status {
        let (opening, now, table) = self.clock(i, now_ms);
        status(&opening, now, table)
    }

    /// Open, closed or unknown at `now_ms`: [`Catalog::status`] without the next opening
    /// ([`is_open`]), for the facets of every point a search counts.
    pub fn openness(&self, i: u32, now_ms: i64) -> Openness {
        let (opening, now, table) = self.clock(i, now_ms);
        match is_open(&opening, now, table) {
            Some(true) => Openness::Open,
            Some(false) => Openness::Closed,
            None => Openness::Unknown,
        }
    }

    /// Point `i`'s opening rules, its wall clock at `now_ms` and the holidays.
    fn clock(&self, i: u32, now_ms: i64) -> (Opening<'_>, LocalNow, &HolidayTable) {
        let p = &self.points[i as usize];
        let now = LocalNow::at(p.tz, now_ms);
        let table = self.holidays.get_or_init(|| HolidayTable::around(super::tz::civil_from_days(now.day).0));
        (Opening { hours: &p.hours, closures: &p.closures, calendar: self.calendar(p) }, now, table)
    }

    /// Point `i`'s next openings from local day `from` (visits, or days the office is
    /// open), at most `n`: the office page's list of coming visits.
    pub fn openings(&self, i: u32, from: i64, n: usize) -> Vec<(i64, Vec<super::hours::Span>)> {
        let p = &self.points[i as usize];
        let year = super::tz::civil_from_days(from).0;
        let table = self.holidays.get_or_init(|| HolidayTable::around(year));
        Opening { hours: &p.hours, closures: &p.closures, calendar: self.calendar(p) }.openings(from, n, table)
    }

    /// The filter facts of point `i` at `now_ms`.
    pub fn facts(&self, i: u32, now_ms: i64) -> Facts {
        let p = &self.points[i as usize];
        let n = self.network(p);
        Facts {
            level: n.level,
            network: p.network,
            categories: p.categories.union(n.categories),
            languages: p.languages,
            open: self.openness(i, now_ms),
            library: n.optional_layer,
            access: p.access,
            passport: p.passport,
        }
    }

    /// Searches around `origin` (nearest first, within `radius_m` when given), or lists a
    /// province (alphabetically) when there is no origin, or nothing but counts.
    pub fn search(
        &self,
        origin: Option<&Origin>,
        province: Option<Province>,
        filters: &Filters,
        radius_m: Option<f64>,
        shown: usize,
        now_ms: i64,
    ) -> Results {
        // Candidates in display order, with distances.
        let candidates: Vec<(u32, Option<f64>)> = match origin {
            Some(o) => {
                let mut c: Vec<(u32, Option<f64>)> = o
                    .community
                    .as_ref()
                    .and_then(|k| self.unlocated.get(k))
                    .map(|v| v.iter().map(|&i| (i, None)).collect())
                    .unwrap_or_default();
                let hits = match radius_m {
                    None => self.index.by_distance(o.pos),
                    Some(r) => {
                        let mut hits = self.index.nearest(o.pos, usize::MAX, Some(r), |_| true);
                        // Offices at one position in the same order whatever the radius.
                        hits.sort_by(|a, b| a.distance_m.total_cmp(&b.distance_m).then(a.id.cmp(&b.id)));
                        hits
                    }
                };
                c.extend(hits.into_iter().map(|h| (h.id, Some(h.distance_m))));
                c
            }
            None => match province {
                Some(prov) => {
                    let mut c: Vec<u32> =
                        (0..self.points.len() as u32).filter(|&i| self.points[i as usize].province == prov).collect();
                    c.sort_by_cached_key(|&i| {
                        let p = &self.points[i as usize];
                        (fold(&p.community), fold(p.name.show(crate::i18n::Locale::En)))
                    });
                    c.into_iter().map(|i| (i, None)).collect()
                }
                None => (0..self.points.len() as u32).map(|i| (i, None)).collect(),
            },
        };
        let candidates: Vec<(u32, Option<f64>)> = match filters.within {
            Some(prov) => candidates.into_iter().filter(|(i, _)| self.points[*i as usize].province == prov).collect(),
            None => candidates,
        };
        let facts = self.facts_in_point_order(&candidates, now_ms);
        // Beside each in-person service: the points that would match with it as the scope.
        let mut services = vec![0u32; self.in_person.len()];
        for ((i, _), f) in candidates.iter().zip(&facts) {
            if filters.matches(f) {
                for &s in &self.point_services[*i as usize] {
                    services[usize::from(s)] += 1;
                }
            }
        }
        // The service scope, then the counts of every other facet within it.
        let (candidates, facts): (Vec<(u32, Option<f64>)>, Vec<Facts>) = match &filters.service {
            Some(list) => candidates
                .into_iter()
                .zip(facts)
                .filter(|((i, _), _)| delivered(list, &self.points[*i as usize]))
                .unzip(),
            None => (candidates, facts),
        };
        let mut counts = facet_counts(facts.iter(), filters, self.networks.len());
        counts.services = services;
        let listing = origin.is_some() || province.is_some();
        let mut rows = Vec::new();
        let mut ids = Vec::new();
        for ((i, d), f) in candidates.iter().zip(&facts) {
            if filters.matches(f) {
                ids.push(*i);
                if listing && rows.len() < shown {
                    rows.push(Row { point: *i, distance_m: *d, open: self.status(*i, now_ms) });
                }
            }
        }
        Results { rows, matching: ids.len(), ids, counts }
    }

    /// The facts of `candidates` (in their order), read in the points' own order: at
    /// 100,000 points, reading them nearest first is mostly cache misses (examples/scale.rs).
    fn facts_in_point_order(&self, candidates: &[(u32, Option<f64>)], now_ms: i64) -> Vec<Facts> {
        let mut order: Vec<(u32, u32)> = candidates.iter().enumerate().map(|(k, (i, _))| (*i, k as u32)).collect();
        order.sort_unstable();
        let mut read: Vec<(u32, Facts)> = order.into_iter().map(|(i, k)| (k, self.facts(i, now_ms))).collect();
        read.sort_unstable_by_key(|(k, _)| *k);
        read.into_iter().map(|(_, f)| f).collect()
    }

    /// The `k` points nearest to `at` that `keep` accepts, with their distances.
    pub fn nearest_where(&self, at: LatLon, k: usize, keep: impl Fn(&Point) -> bool) -> Vec<(u32, f64)> {
        self.index
            .nearest(at, k, None, |i| keep(&self.points[i as usize]))
            .into_iter()
            .map(|h| (h.id, h.distance_m))
            .collect()
    }

    /// Points of other networks within `max_m` of point `i` (co-location), nearest first.
    pub fn colocated(&self, i: u32, max_m: f64) -> Vec<(u32, f64)> {
        let p = &self.points[i as usize];
        let Some(pos) = p.pos else { return Vec::new() };
        self.index
            .within(pos, max_m, |j| {
                let q = &self.points[j as usize];
                j != i && q.network != p.network && !self.networks[q.network as usize].optional_layer
            })
            .into_iter()
            .map(|h| (h.id, h.distance_m))
            .collect()
    }
}

/// Splits "Saint John (NB)" into ("Saint John", Some(NB)); other text is returned whole.
///
/// ```
/// use guichet::domain::finder::strip_province;
/// use guichet::domain::model::Province;
/// assert_eq!(strip_province("Saint John (NB)"), ("Saint John", Some(Province::NB)));
/// assert_eq!(strip_province("Richmond (Ontario)"), ("Richmond", Some(Province::ON)));
/// assert_eq!(strip_province("Montréal"), ("Montréal", None));
/// assert_eq!(strip_province("Vienna (Austria)"), ("Vienna (Austria)", None));
/// ```
pub fn strip_province(text: &str) -> (&str, Option<Province>) {
    let t = text.trim();
    if let Some(open) = t.rfind('(') {
        if let Some(inner) = t[open + 1..].strip_suffix(')') {
            if let Some(p) = Province::parse(inner) {
                return (t[..open].trim_end(), Some(p));
            }
        }
    }
    (t, None)
}

/// The suggestion label: the matched name and the province ("Saint John (NB)").
pub fn suggestion_label(place: &Place, matched: &str) -> String {
    let mut s = String::with_capacity(matched.len() + 5);
    s.push_str(matched);
    s.push_str(" (");
    s.push_str(place.province.code());
    s.push(')');
    s
}

#[cfg(test)]
mod tests;
