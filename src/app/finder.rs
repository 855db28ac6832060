//! The finder's reactive state: the URL's [`FinderState`], the [`Catalog`] built from the
//! bundle, the resolved origin (which may need a postal shard), and the results: all
//! derived, with effects only for fetching and the clock.
use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

use crate::app::data::{cached_shard, fetch_listed, fetch_shard, DataCtx, DataState};
use crate::app::i18n::use_locale;
use crate::app::services::ServicesCtx;
use crate::bundle::{self, LayerBundle, LoadError};
use crate::domain::filter::Filters;
use crate::domain::finder::{Catalog, Need, Origin, OriginLabel, ResolveError, Results};
use crate::domain::service::Delivery;
use crate::nav::{FinderState, Page};
use crate::platform::geolocation::LocateError;
use crate::platform::now_ms;

/// Where the search origin stands.
#[derive(Debug, Clone, PartialEq)]
pub enum OriginState {
    /// No location asked for.
    None,
    /// Waiting for a postal shard.
    Resolving,
    Ready(Origin),
    Failed(ResolveError),
}

/// "Use my location" progress.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LocateState {
    Idle,
    Busy,
    Failed(LocateError),
}

#[derive(Clone, Copy)]
pub struct FinderCtx {
    /// The URL's state, or the state of a navigation whose URL is not written yet (see
    /// [`navigator`]).
    pub state: Memo<FinderState>,
    /// A navigation shown ahead of its URL, with its number.
    ahead: RwSignal<Option<FinderState>>,
    /// The number of the last navigation, and whether it adds a history entry.
    ahead_seq: StoredValue<(u64, bool)>,
    pub catalog: RwSignal<Option<Arc<Catalog>>>,
    pub origin: Memo<OriginState>,
    pub locate: RwSignal<LocateState>,
    /// The clock, refreshed every minute (open now).
    pub now: RwSignal<i64>,
    pub results: Memo<Option<Arc<Results>>>,
    /// Why the libraries layer, asked for, could not be added (offline and never saved,
    /// say); cleared when it is.
    pub libraries_failed: RwSignal<Option<LoadError>>,
}

/// Filters of a state, with network ids resolved against the catalog; `service` is where
/// the state's service (`svc`) is delivered in person, when it has one.
pub fn filters_for(catalog: &Catalog, s: &FinderState, service: Option<Vec<Delivery>>) -> Filters {
    Filters {
        levels: s.levels.clone(),
        networks: s
            .networks
            .iter()
            .filter_map(|id| catalog.networks.iter().position(|n| &n.id == id).map(|i| i as u16))
            .collect(),
        categories: s.categories.clone(),
        language: s.speaks,
        open_now: s.open_now,
        libraries: s.libraries,
        within: s.within(),
        service,
        wheelchair: s.wheelchair.clone(),
        sign: s.sign.clone(),
        parking: s.parking.clone(),
        passport: s.passport.clone(),
    }
}

pub fn use_finder() -> FinderCtx {
    expect_context::<FinderCtx>()
}

/// A navigation function usable from event handlers (captures the router's navigate).
/// Settings locked by an embedding site are kept whatever `next` says.
///
/// On the finder's own page the new state is shown at once and its URL (a history entry:
/// `pushState` and the router's bookkeeping cost a phone several milliseconds) is written
/// after the frame that paints it. A newer navigation in the meantime supersedes it (one
/// history entry, not two), and so does a navigation of the browser's own (Back).
pub fn navigator() -> impl Fn(&FinderState, bool) + Clone + 'static {
    let locale = use_locale();
    let navigate = use_navigate();
    let location = use_location();
    let f = use_finder();
    let options = |replace: bool| NavigateOptions { replace, scroll: false, ..NavigateOptions::default() };
    move |next: &FinderState, replace: bool| {
        let mut next = next.clone();
        next.keep_locked(&f.state.get_untracked());
        let href = next.href(&Page::Home, locale.get_untracked());
        if Page::parse(&location.pathname.get_untracked()) != Page::Home {
            navigate(&href, options(replace));
            return;
        }
        // A superseded navigation that would have added a history entry still does.
        let (last, pushed) = f.ahead_seq.get_value();
        let waiting = f.ahead.with_untracked(Option::is_some);
        let (seq, replace) = (last.wrapping_add(1), replace && !(waiting && pushed));
        f.ahead_seq.set_value((seq, !replace));
        let url_then = crate::platform::current_url();
        f.ahead.set(Some(next));
        let navigate = navigate.clone();
        crate::platform::after_paint(move || {
            if f.ahead_seq.try_get_value().map(|(s, _)| s) != Some(seq) {
                return;
            }
            if crate::platform::current_url() == url_then {
                navigate(&href, options(replace));
            }
            f.ahead.try_set(None);
        });
    }
}

/// How many places of the gazetteer go into the place index per task at start-up.
const PLACES_PER_TASK: usize = 1500;

/// Provides [`FinderCtx`]: call once in the shell, under the router and after the data.
/// `kiosk_here` is a kiosk's fixed "you are here" (`KioskCtx::here`), the start screen's
/// origin; `None` off a kiosk.
pub fn provide_finder(
    data: DataCtx,
    kiosk_here: impl Fn() -> Option<crate::kiosk::KioskLocation> + Send + Sync + 'static,
    services: ServicesCtx,
) -> FinderCtx {
    let location = use_location();
    let ahead: RwSignal<Option<FinderState>> = RwSignal::new(None);
    let state = Memo::new(move |_| ahead.get().unwrap_or_else(|| FinderState::parse(&location.search.get())));
    let catalog: RwSignal<Option<Arc<Catalog>>> = RwSignal::new(None);
    let locate = RwSignal::new(LocateState::Idle);
    let now = RwSignal::new(now_ms());

    build_catalog(data, catalog);
    let libraries_failed = RwSignal::new(None);
    add_libraries(data, state, catalog, libraries_failed);
    let origin = derive_origin(data, state, catalog, kiosk_here);
    tick_clock(now);
    let results = search(state, catalog, origin, now);
    want_service_names(state, catalog, services);

    let ctx = FinderCtx {
        state,
        ahead,
        ahead_seq: StoredValue::new((0, false)),
        catalog,
        origin,
        locate,
        now,
        results,
        libraries_failed,
    };
    provide_context(ctx);
    ctx
}

/// The catalog, built once the bundle is loaded.
/// Built in a task of its own, and shown in the next: the start-up work comes in pieces
/// the browser can paint and answer input between.
fn build_catalog(data: DataCtx, catalog: RwSignal<Option<Arc<Catalog>>>) {
    let building = StoredValue::new(false);
    Effect::new(move |_| {
        if let DataState::Ready(d) = data.state.get() {
            if catalog.with_untracked(Option::is_none) && !building.get_value() {
                building.set_value(true);
                spawn_local(async move {
                    crate::platform::next_task().await;
                    let core = &d.core;
                    // The place index a slice at a time (about 5 ms each on a phone).
                    let mut places = crate::domain::places::PlaceIndexBuilder::new(&core.gazetteer);
                    while places.step(PLACES_PER_TASK) {
                        crate::platform::next_task().await;
                    }
                    let places = places.finish();
                    crate::platform::next_task().await;
                    // Copying the bundle's lists, then indexing them: two tasks.
                    let lists =
                        (core.networks.clone(), core.points.clone(), core.gazetteer.clone(), core.in_person.clone());
                    crate::platform::next_task().await;
                    let (networks, points, gazetteer, in_person) = lists;
                    let built = Arc::new(Catalog::with_places(networks, points, gazetteer, places, in_person));
                    crate::platform::next_task().await;
                    catalog.try_set(Some(built));
                });
            }
        }
    });
}

/// The libraries layer, fetched the first time it is asked for.
fn add_libraries(
    data: DataCtx,
    state: Memo<FinderState>,
    catalog: RwSignal<Option<Arc<Catalog>>>,
    failed: RwSignal<Option<LoadError>>,
) {
    Effect::new(move |_| {
        let wanted = state.with(|s| s.libraries);
        let Some(cat) = catalog.get() else { return };
        if !wanted || cat.has_libraries {
            failed.set(None);
            return;
        }
        let Some(d) = data.ready() else { return };
        spawn_local(async move {
            match fetch_listed::<LayerBundle>(&d.manifest, bundle::LIBRARIES).await {
                Ok(layer) => {
                    let mut next = (*cat).clone();
                    next.add_layer(layer.points);
                    catalog.set(Some(Arc::new(next)));
                }
                Err(e) => failed.set(Some(e)),
            }
        });
    });
}

/// What the origin depends on in the URL: the typed query, a device position, a province.
type Query = (Option<String>, Option<crate::domain::geo::LatLon>, Option<crate::domain::model::Province>);

/// The origin of a query, given its postal shard when it needed one.
fn resolve(cat: &Catalog, q: &str, shard: Option<&crate::domain::gazetteer::PostalShard>) -> OriginState {
    match cat.resolve(q, shard) {
        Ok(o) => OriginState::Ready(o),
        Err(e) => OriginState::Failed(e),
    }
}

/// The origin, derived from the URL in the same pass as the state: a search renders
/// the list once. A full postal code needs its postal shard: one already in memory
/// resolves at once; otherwise the origin is `Resolving` while [`fetch_wanted_shard`]
/// fetches it, and `shards` ticks when the fetch ends (a failed fetch falls back to the FSA).
fn derive_origin(
    data: DataCtx,
    state: Memo<FinderState>,
    catalog: RwSignal<Option<Arc<Catalog>>>,
    kiosk_here: impl Fn() -> Option<crate::kiosk::KioskLocation> + Send + Sync + 'static,
) -> Memo<OriginState> {
    let shards = RwSignal::new(0u32);
    let shard_failed: RwSignal<Option<String>> = RwSignal::new(None);
    let query = Memo::new(move |_| state.with(|s| (s.q.clone(), s.at, s.province)));
    let origin = Memo::new(move |_| {
        let (q, at, province) = query.get();
        let here = kiosk_here();
        let Some(cat) = catalog.get() else { return OriginState::None };
        if let Some(pos) = at {
            return OriginState::Ready(Origin { pos, label: OriginLabel::Device, approximate: false, community: None });
        }
        let Some(q) = q else {
            // A kiosk's start screen: offices near the kiosk (unless browsing a province).
            return match here.filter(|_| province.is_none()) {
                Some(h) => OriginState::Ready(Origin {
                    pos: h.pos,
                    label: OriginLabel::Kiosk,
                    approximate: false,
                    community: None,
                }),
                None => OriginState::None,
            };
        };
        match cat.needs(&q) {
            Err(e) => OriginState::Failed(e),
            Ok(Need::Nothing) => resolve(&cat, &q, None),
            Ok(Need::Shard(fsa)) => {
                shards.track();
                if let Some(shard) = cached_shard(&fsa) {
                    resolve(&cat, &q, Some(&shard))
                } else if shard_failed.with(|f| f.as_deref() == Some(q.as_str())) {
                    resolve(&cat, &q, None)
                } else {
                    OriginState::Resolving
                }
            }
        }
    });
    fetch_wanted_shard(data, catalog, query, origin, shards, shard_failed);
    origin
}

/// Fetches the shard a resolving origin waits for (with the query that asked), then
/// ticks `shards`; a failed fetch is remembered in `shard_failed`.
fn fetch_wanted_shard(
    data: DataCtx,
    catalog: RwSignal<Option<Arc<Catalog>>>,
    query: Memo<Query>,
    origin: Memo<OriginState>,
    shards: RwSignal<u32>,
    shard_failed: RwSignal<Option<String>>,
) {
    let wanted = Memo::new(move |_| {
        if origin.get() != OriginState::Resolving {
            return None;
        }
        let q = query.with(|(q, ..)| q.clone())?;
        let cat = catalog.get()?;
        match cat.needs(&q) {
            Ok(Need::Shard(fsa)) => Some((q, fsa)),
            _ => None,
        }
    });
    Effect::new(move |_| {
        let Some((q, fsa)) = wanted.get() else { return };
        let Some(d) = data.ready() else { return };
        spawn_local(async move {
            if fetch_shard(&d.manifest, &fsa).await.is_err() {
                shard_failed.set(Some(q));
            }
            shards.update(|n| *n = n.wrapping_add(1));
        });
    });
}

/// The clock for "open now".
fn tick_clock(now: RwSignal<i64>) {
    let tick = leptos::prelude::set_interval_with_handle(move || now.set(now_ms()), std::time::Duration::from_secs(60));
    on_cleanup(move || {
        if let Ok(h) = tick {
            h.clear();
        }
    });
}

/// The results of the URL's search.
fn search(
    state: Memo<FinderState>,
    catalog: RwSignal<Option<Arc<Catalog>>>,
    origin: Memo<OriginState>,
    now: RwSignal<i64>,
) -> Memo<Option<Arc<Results>>> {
    Memo::new(move |_| {
        let cat = catalog.get()?;
        let s = state.get();
        let o = match origin.get() {
            OriginState::Ready(o) => Some(o),
            _ => None,
        };
        // The service filter: where the service is delivered in person, from the core
        // bundle's list (a service delivered at none of our points keeps nothing).
        let service = s.service.as_ref().map(|id| cat.delivery(id));
        let filters = filters_for(&cat, &s, service);
        let radius = s.radius_km.map(|km| f64::from(km) * 1000.0);
        Some(Arc::new(cat.search(
            o.as_ref(),
            if o.is_some() { None } else { s.province },
            &filters,
            radius,
            s.shown,
            now.get(),
        )))
    })
}

/// A service filter in the URL names a service of the core bundle's in-person list;
/// any other (delivered at none of our points) needs the catalogue for its name.
fn want_service_names(state: Memo<FinderState>, catalog: RwSignal<Option<Arc<Catalog>>>, services: ServicesCtx) {
    Effect::new(move |_| {
        let Some(id) = state.with(|s| s.service.clone()) else { return };
        if catalog.with(|c| c.as_ref().is_some_and(|c| c.in_person(&id).is_none())) {
            services.want();
        }
    });
}
