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
//! placed with one `transform`; markers are laid out per zoom (clustering) and placed
//! with one `translate`, so a pan only rewrites two attributes.
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

use crate::app::data::use_data;
use crate::app::finder::use_finder;
use crate::app::i18n::{t, use_locale};
use crate::app::kiosk::use_kiosk;
use crate::map::scene::BasemapPaths;
use crate::map::Viewport;
use basemap::{Attribution, TileLayer};
use controls::{Controls, Legend};
use input::MapCanvas;
use labels::LabelLayer;
use markers::{MarkerLayer, OriginMarker, SelectedMarker};
use view::MapState;

/// The finder's map: its results as markers, the selection and the origin, beside the list.
#[component]
pub fn MapView() -> impl IntoView {
    let f = use_finder();
    let data = use_data();
    let locale = use_locale();
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
    let describe = UnsyncCallback::new(move |i: u32| f.catalog.with(|c| finder::marker(c.as_ref()?, i, locale.get())));
    let selected_marker = move || {
        let cat = f.catalog.get()?;
        let i = selected.get()?;
        let pos = cat.points.get(i as usize)?.pos?;
        Some((crate::map::projection::project(pos), finder::marker(&cat, i, locale.get())?))
    };
    // Nothing of the map is drawn while it is hidden.
    fn when<T>(shown: RwSignal<bool>, v: Option<T>) -> Option<T> {
        v.filter(|_| shown.get())
    }

    view! {
        <section class="map" aria-labelledby="map-title">
            <h2 id="map-title" class="visually-hidden">{t("map-label")}</h2>
            <p id="map-help" class="visually-hidden">{t("map-help")}</p>
            <MapCanvas map=map host=host>
                <svg class="map__svg" width="100%" height="100%" aria-hidden="false" focusable="false">
                    <rect class="sea" width="100%" height="100%"/>
                    <BasemapLayer paths=Signal::derive(move || when(shown, paths.get())) viewport=map.viewport zoom=map.layout_zoom>
                        <TileLayer viewport=map.viewport/>
                    </BasemapLayer>
                    <g class="overlay" transform=move || map.overlay_transform()>
                        <g class="labels" aria-hidden="true">
                            <LabelLayer map=map data=Signal::derive(move || when(shown, data.ready()))/>
                        </g>
                        <g class="markers">
                            <MarkerLayer
                                map=map
                                points=Signal::derive(move || when(shown, points.get()))
                                exclude=selected
                                describe=describe
                                on_select=UnsyncCallback::new(finder::select(f))
                                on_cluster=UnsyncCallback::new(move |b| finder::zoom_to_cluster(map, b))
                            />
                        </g>
                        <SelectedMarker map=map marker=Signal::derive(selected_marker)/>
                        <OriginMarker map=map origin=Signal::derive(move || finder::origin(f))/>
                    </g>
                </svg>
                <Controls map=map on_fit=UnsyncCallback::new(move |()| finder::fit_results(map, f))/>
                <Attribution/>
            </MapCanvas>
            <Legend/>
        </section>
    }
}
