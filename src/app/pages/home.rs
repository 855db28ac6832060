//! `/`: the finder.
use leptos::prelude::*;
use leptos_router::components::A;

use crate::app::components::filters::FilterPanel;
use crate::app::components::map::MapView;
use crate::app::components::results::{BrowseProvinces, ResultList};
use crate::app::components::search::{LocateButton, OriginLine, SearchBox};
use crate::app::components::status::with_data;
use crate::app::finder::{navigator, use_finder};
use crate::app::i18n::{t, use_locale};
use crate::app::kiosk::use_kiosk;
use crate::app::services::use_services;
use crate::embed::Lock;
use crate::i18n::tr;
use crate::nav::Page;

/// The screens where the map sits beside the list (as in `style/main.css`).
const SIDE_BY_SIDE: &str = "(min-width: 75rem)";

#[component]
pub fn Home() -> impl IntoView {
    let f = use_finder();
    let locale = use_locale();
    let go = navigator();
    let map_tab = move || f.state.with(|s| s.map_tab);
    let show = move |map: bool| {
        let go = go.clone();
        move |_| {
            let mut next = f.state.get_untracked();
            next.map_tab = map;
            go(&next, true);
        }
    };
    // The map is built the first time it can be seen: at once where it sits beside the
    // list, on a phone when its tab is first chosen (on a phone's start-up it was a task of
    // its own for a map behind a tab).
    let map_wanted = RwSignal::new(false);
    let want_map = move |map_tab: bool| {
        if !map_wanted.get_untracked() && (map_tab || crate::platform::media_matches(SIDE_BY_SIDE)) {
            map_wanted.set(true);
        }
    };
    Effect::new(move |_| want_map(map_tab()));
    let resize = window_event_listener(leptos::ev::resize, move |_| want_map(f.state.with_untracked(|s| s.map_tab)));
    on_cleanup(move || resize.remove());
    let kiosk = use_kiosk();
    let idle = move || f.state.with(|s| !s.has_location() && s.province.is_none()) && kiosk.here().is_none();
    let province_title = move || {
        let s = f.state.get();
        if s.has_location() {
            return None;
        }
        s.province.map(|p| {
            tr(locale.get(), "browse-results", &[("province", p.name(locale.get()).into()), ("code", p.code().into())])
        })
    };
    // Memos: the search box must not be rebuilt on every URL change.
    let embedded = Memo::new(move |_| f.state.with(|s| s.embed.is_some()));
    let location_locked = Memo::new(move |_| f.state.with(|s| s.locked(Lock::Location)));
    // A locked province limits results even near a location: say so.
    let within = move || {
        let s = f.state.get();
        let p = s.within()?;
        s.has_location().then(|| tr(locale.get(), "embed-within", &[("province", p.name(locale.get()).into())]))
    };
    // The service filter (`svc`, from the filter panel or a service page): say which, and
    // how to drop it. The name comes from the core bundle's in-person list, else (a
    // service delivered at none of our points) from the catalogue, else the id.
    let services = use_services();
    let service_scope = move || {
        let id = f.state.with(|s| s.service.clone())?;
        let loc = locale.get();
        let listed =
            f.catalog.with(|c| c.as_ref().and_then(|c| c.in_person(&id).map(|(_, x)| x.name.show(loc).to_owned())));
        let name = listed
            .or_else(|| services.ready().and_then(|sv| sv.find(&id).map(|x| x.name.show(loc).to_owned())))
            .unwrap_or_else(|| id.clone());
        let mut all = f.state.get();
        all.service = None;
        let clear = all.href(&Page::Home, loc);
        Some(view! {
            <p class="locked service-scope">
                {tr(loc, "finder-service-scope", &[("service", name.into())])}
                " "
                <A href=clear>{t("finder-service-clear")}</A>
            </p>
        })
    };
    view! {
        <section class="page page--home" class:page--searched=move || !idle() aria-labelledby="home-title">
            <h1 id="home-title">{t("home-title")}</h1>
            {move || (!embedded.get()).then(|| view! { <p class="lead">{t("home-intro")}</p> })}
            <div class="finder">
                {move || if location_locked.get() {
                    view! { <p class="locked">{t("embed-locked-location")}</p> }.into_any()
                } else {
                    view! {
                        <div class="finder__search">
                            <SearchBox/>
                            <LocateButton/>
                        </div>
                    }.into_any()
                }}
                <OriginLine/>
                {move || within().map(|text| view! { <p class="locked">{text}</p> })}
                {service_scope}
                {with_data(move |_| view! {
                    <div class="finder__layout">
                        <div class="finder__filters">
                            <FilterPanel/>
                        </div>
                        <div class="finder__main" class:finder__main--map=map_tab>
                            <div class="tabs" role="tablist" aria-label=t("tabs-label")>
                                <button type="button" role="tab" id="tab-list" aria-controls="panel-list"
                                    aria-selected=move || if map_tab() { "false" } else { "true" }
                                    on:click=show(false)>{t("tab-list")}</button>
                                <button type="button" role="tab" id="tab-map" aria-controls="panel-map"
                                    aria-selected=move || if map_tab() { "true" } else { "false" }
                                    on:click=show(true)>{t("tab-map")}</button>
                            </div>
                            <div class="finder__list" id="panel-list" role="tabpanel" aria-labelledby="tab-list">
                                {move || province_title().map(|title| view! { <h2 class="finder__province">{title}</h2> })}
                                {move || idle().then(|| view! { <p class="hint results__start">{t("results-start")}</p> })}
                                <ResultList/>
                                {move || idle().then(|| view! { <BrowseProvinces/> })}
                            </div>
                            <div class="finder__map" id="panel-map" role="tabpanel" aria-labelledby="tab-map">
                                {move || map_wanted.get().then(|| view! { <MapView/> })}
                            </div>
                        </div>
                    </div>
                })}
            </div>
        </section>
    }
}
