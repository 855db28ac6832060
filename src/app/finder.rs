//! The finder's reactive state: the URL's [`FinderState`], the [`Catalog`] built from the
//! bundle, the resolved origin (which may need a postal shard), and the results: all
//! derived, with effects only for fetching and the clock.
use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

use crate::app::data::{fetch_listed, fetch_shard, DataCtx, DataState};
use crate::app::i18n::use_locale;
use crate::app::kiosk::KioskCtx;
use crate::app::services::ServicesCtx;
use crate::bundle::{self, LayerBundle};
use crate::domain::filter::Filters;
use crate::domain::finder::{Catalog, Need, Origin, OriginLabel, ResolveError, Results};
use crate::domain::service::Target;
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
    pub state: Memo<FinderState>,
    pub catalog: RwSignal<Option<Arc<Catalog>>>,
    pub origin: RwSignal<OriginState>,
    pub locate: RwSignal<LocateState>,
    /// The clock, refreshed every minute (open now).
    pub now: RwSignal<i64>,
    pub results: Memo<Option<Arc<Results>>>,
}

/// Filters of a state, with network ids resolved against the catalog; `service` is the
/// in-person targets of the state's service (`svc`), when it has one.
pub fn filters_for(catalog: &Catalog, s: &FinderState, service: Option<Vec<Target>>) -> Filters {
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
    }
}

pub fn use_finder() -> FinderCtx {
    expect_context::<FinderCtx>()
}

/// A navigation function usable from event handlers (captures the router's navigate).
/// Settings locked by an embedding site are kept whatever `next` says.
pub fn navigator() -> impl Fn(&FinderState, bool) + Clone + 'static {
    let locale = use_locale();
    let navigate = use_navigate();
    let state = use_finder().state;
    move |next: &FinderState, replace: bool| {
        let mut next = next.clone();
        next.keep_locked(&state.get_untracked());
        let href = next.href(&Page::Home, locale.get_untracked());
        navigate(&href, NavigateOptions { replace, scroll: false, ..NavigateOptions::default() });
    }
}

/// Provides [`FinderCtx`]: call once in the shell, under the router and after the data.
pub fn provide_finder(data: DataCtx, kiosk: KioskCtx, services: ServicesCtx) -> FinderCtx {
    let location = use_location();
    let state = Memo::new(move |_| FinderState::parse(&location.search.get()));
    let catalog: RwSignal<Option<Arc<Catalog>>> = RwSignal::new(None);
    let origin = RwSignal::new(OriginState::None);
    let locate = RwSignal::new(LocateState::Idle);
    let now = RwSignal::new(now_ms());

    // The catalog, built once the bundle is loaded.
    Effect::new(move |_| {
        if let DataState::Ready(d) = data.state.get() {
            if catalog.with_untracked(Option::is_none) {
                let core = &d.core;
                catalog.set(Some(Arc::new(Catalog::new(
                    core.networks.clone(),
                    core.points.clone(),
                    core.gazetteer.clone(),
                ))));
            }
        }
    });

    // The libraries layer, fetched the first time it is asked for.
    Effect::new(move |_| {
        let wanted = state.with(|s| s.libraries);
        let Some(cat) = catalog.get() else { return };
        if !wanted || cat.has_libraries {
            return;
        }
        let Some(d) = data.ready() else { return };
        spawn_local(async move {
            if let Ok(layer) = fetch_listed::<LayerBundle>(&d.manifest, bundle::LIBRARIES).await {
                let mut next = (*cat).clone();
                next.add_layer(layer.points);
                catalog.set(Some(Arc::new(next)));
            }
        });
    });

    // The origin: resolved from the URL, fetching a postal shard when needed. A counter
    // discards answers that arrive after the query changed.
    let generation = StoredValue::new(0u64);
    Effect::new(move |_| {
        let (q, at, province) = state.with(|s| (s.q.clone(), s.at, s.province));
        let here = kiosk.here();
        let Some(cat) = catalog.get() else { return };
        generation.update_value(|g| *g += 1);
        let mine = generation.get_value();
        if let Some(pos) = at {
            origin.set(OriginState::Ready(Origin {
                pos,
                label: OriginLabel::Device,
                approximate: false,
                community: None,
            }));
            return;
        }
        let Some(q) = q else {
            // A kiosk's start screen: offices near the kiosk (unless browsing a province).
            origin.set(match here.filter(|_| province.is_none()) {
                Some(h) => OriginState::Ready(Origin {
                    pos: h.pos,
                    label: OriginLabel::Kiosk,
                    approximate: false,
                    community: None,
                }),
                None => OriginState::None,
            });
            return;
        };
        match cat.needs(&q) {
            Err(e) => origin.set(OriginState::Failed(e)),
            Ok(Need::Nothing) => origin.set(match cat.resolve(&q, None) {
                Ok(o) => OriginState::Ready(o),
                Err(e) => OriginState::Failed(e),
            }),
            Ok(Need::Shard(fsa)) => {
                // A shard already in memory resolves at once, with no "resolving" state.
                if let Some(shard) = super::data::cached_shard(&fsa) {
                    origin.set(match cat.resolve(&q, Some(&shard)) {
                        Ok(o) => OriginState::Ready(o),
                        Err(e) => OriginState::Failed(e),
                    });
                    return;
                }
                origin.set(OriginState::Resolving);
                let Some(d) = data.ready() else { return };
                spawn_local(async move {
                    let shard = fetch_shard(&d.manifest, &fsa).await.ok();
                    if generation.get_value() != mine {
                        return;
                    }
                    origin.set(match cat.resolve(&q, shard.as_deref()) {
                        Ok(o) => OriginState::Ready(o),
                        Err(e) => OriginState::Failed(e),
                    });
                });
            }
        }
    });

    // The clock for "open now".
    let tick = leptos::prelude::set_interval_with_handle(move || now.set(now_ms()), std::time::Duration::from_secs(60));
    on_cleanup(move || {
        if let Ok(h) = tick {
            h.clear();
        }
    });

    let results = Memo::new(move |_| {
        let cat = catalog.get()?;
        let s = state.get();
        let o = match origin.get() {
            OriginState::Ready(o) => Some(o),
            _ => None,
        };
        // The service filter: its delivering networks once the catalogue is loaded (nothing
        // matches until then, rather than everything).
        let service = s
            .service
            .as_ref()
            .map(|id| services.ready().and_then(|sv| sv.find(id).map(|x| x.delivery.clone())).unwrap_or_default());
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
    });

    // A service filter in the URL needs the services catalogue.
    Effect::new(move |_| {
        if state.with(|s| s.service.is_some()) && data.ready().is_some() {
            services.want();
        }
    });

    let ctx = FinderCtx { state, catalog, origin, locate, now, results };
    provide_context(ctx);
    ctx
}
