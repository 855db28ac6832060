//! The interactive map, drawn as SVG from the bundle's basemap by our own code (`map`
//! module): no tile server, no JavaScript map library, works offline.
//!
//! Split as web maps are (Leaflet's map, layers, controls and handlers):
//! - [`view`]: the state every part shares ([`MapState`]: viewport, flights, the layout
//!   zoom, shown and measured);
//! - [`input`]: the element and its handlers (pointers, wheel, double click, keys),
//!   through the pure `map::gesture` and `map::keys`;
//! - [`basemap`]: the basemap layer, the background tiles and their attribution;
//! - [`markers`]: clustered markers, the selection, the origin, and plain dots;
//! - [`labels`]: province and place names;
//! - [`controls`]: the buttons and the legend;
//! - [`finder`]: what the finder shows on the map and how the view follows the URL.
//!
//! Layers take what they draw as props (paths, points, looks, the viewport), so other
//! pages draw their maps with them (the insights page's basemap and dots).
//!
//! Performance: basemap paths are built once per level of detail in fixed map units and
//! placed with one `transform`; markers are laid out per zoom (clustering, one pass over
//! points indexed once) for the area around the view, and placed with one `translate`, so
//! a pan within that area only rewrites two attributes.
mod basemap;
mod controls;
mod finder;
mod input;
mod labels;
mod markers;
mod view;

use std::sync::Arc;

use leptos::html;
use leptos::prelude::*;

pub use basemap::BasemapLayer;
pub use markers::{Dot, DotLayer};
pub use view::MapState;

use crate::app::config::use_config;
use crate::app::data::use_data;
use crate::app::finder::use_finder;
use crate::app::i18n::{t, use_locale};
use crate::app::kiosk::use_kiosk;
use crate::app::offline::use_offline;
use crate::map::scene::BasemapPaths;
use crate::map::Viewport;
use basemap::{Attribution, TileLayer};
use controls::{Controls, Legend};
use input::canvas;
use labels::LabelLayer;
use markers::{MarkerLayer, OriginMarker, SelectedMarker};

/// The finder's map: its results as markers, the selection and the origin, beside the list.
#[component]
pub fn MapView() -> impl IntoView {
    let f = use_finder();
    let data = use_data();
    let locale = use_locale();
    let (config, offline) = (use_config(), use_offline());
    let host: NodeRef<html::Div> = NodeRef::new();
    let map = MapState::new(Viewport::canada(640.0, 480.0));
    let shown = map.shown;

    // Size: measured on mount, when the list/map tabs show or hide the panel (no window
    // resize then), and on window resize, a frame later.
    host.on_load(move |_| request_animation_frame(move || map.measure(host)));
    let map_tab = Memo::new(move |_| f.state.with(|s| s.map_tab));
    Effect::new(move |_| {
        // Read, not just tracked: a memo that never ran has nothing to notify from.
        let _ = map_tab.get();
        request_animation_frame(move || map.measure(host));
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| map.measure(host));
    on_cleanup(move || resize.remove());

    // Basemap paths, built the first time the map is shown, not at start-up behind a tab.
    let paths: RwSignal<Option<Arc<BasemapPaths>>> = RwSignal::new(None);
    Effect::new(move |_| {
        if shown.get() && paths.with_untracked(Option::is_none) {
            if let Some(d) = data.ready() {
                paths.set(Some(Arc::new(BasemapPaths::new(&d.core.basemap))));
            }
        }
    });

    let points = finder::result_points(f);
    let selected = finder::selected_index(f);
    finder::follow(map, f, use_kiosk(), selected);
    let describe = move |i: u32| f.catalog.with(|c| finder::marker(c.as_ref()?, i, locale.get()));
    let selected_marker = move || {
        let cat = f.catalog.get()?;
        let i = selected.get()?;
        let pos = cat.points.get(i as usize)?.pos?;
        Some((crate::map::projection::project(pos), finder::marker(&cat, i, locale.get())?))
    };
    view! {
        <section class="map" aria-labelledby="map-title">
            <h2 id="map-title" class="visually-hidden">{t("map-label")}</h2>
            <p id="map-help" class="visually-hidden">{t("map-help")}</p>
            {canvas(map, host, view! {
                <svg class="map__svg" width="100%" height="100%" aria-hidden="false" focusable="false">
                    <rect class="sea" width="100%" height="100%"/>
                    <TileLayer map=map config=config offline=offline/>
                    <BasemapLayer map=map paths=paths/>
                    <g class="overlay" transform=move || map.overlay_transform()>
                        <g class="labels" aria-hidden="true">
                            <LabelLayer map=map data=move || data.ready()/>
                        </g>
                        <g class="markers">
                            <MarkerLayer
                                map=map
                                points=move || points.get()
                                exclude=move || selected.get()
                                describe=describe
                                on_select=finder::select(f)
                                on_cluster=move |b| finder::zoom_to_cluster(map, b)
                            />
                        </g>
                        <SelectedMarker map=map marker=selected_marker/>
                        <OriginMarker map=map origin=move || finder::origin(f)/>
                    </g>
                </svg>
                <Controls map=map on_fit=move || finder::fit_results(map, f)/>
                <Attribution config=config offline=offline/>
            })}
            <Legend/>
        </section>
    }
}
