//! The basemap layer (provinces and lakes from the bundle, drawn by our own code) and the
//! optional background tiles beneath it.
use std::sync::Arc;

use leptos::prelude::*;

use super::view::MapState;
use crate::app::config::ConfigCtx;
use crate::app::offline::OfflineCtx;
use crate::map::scene::{tiles, transform_attr, BasemapPaths};

/// The basemap of `map`: the paths are in fixed map units, placed by one `transform`, so
/// a pan rewrites one attribute. The level of detail follows the layout zoom (it changes
/// when a flight lands, not at every frame). Nothing is drawn while `paths` is `None` or
/// the map is hidden.
#[component]
pub fn BasemapLayer(map: MapState, paths: RwSignal<Option<Arc<BasemapPaths>>>) -> impl IntoView {
    let level_of_detail =
        Memo::new(move |_| paths.with(|p| p.as_ref().map_or(0, |p| p.lod_index(map.layout_zoom.get()))));
    let drawn = move || {
        if !map.shown.get() {
            return None;
        }
        let p = paths.get()?;
        let lod = p.lods.get(level_of_detail.get())?.clone();
        Some(view! {
            {lod.areas.into_iter().map(|(prov, d)| view! { <path class="land" data-province=prov.code() d=d/> }).collect_view()}
            <path class="lake" d=lod.lakes/>
        })
    };
    view! {
        <g class="basemap" transform=move || transform_attr(&map.viewport.get())>
            {drawn}
        </g>
    }
}

/// Background tiles beneath the basemap, in its units, only with a template configured
/// (`config.json`) and only online: offline the map says so ([`Attribution`]) and the
/// basemap stays.
#[component]
pub fn TileLayer(map: MapState, config: ConfigCtx, offline: OfflineCtx) -> impl IntoView {
    let tiles = move || {
        let cfg = config.0.get().tiles?;
        if !offline.online.get() {
            return None;
        }
        let views = tiles(&map.viewport.get(), cfg.max_zoom)
            .into_iter()
            .filter_map(|tile| {
                let href = cfg.url_for(tile.z, tile.x, tile.y)?;
                let size = tile.size();
                let (x, y) = (f64::from(tile.x) * size, f64::from(tile.y) * size);
                Some(view! { <image href=href x=x y=y width=size height=size preserveAspectRatio="none"/> })
            })
            .collect_view();
        Some(views)
    };
    view! { <g class="tiles" transform=move || transform_attr(&map.viewport.get())>{tiles}</g> }
}

/// The tiles' attribution, or, offline, that they are off.
#[component]
pub fn Attribution(config: ConfigCtx, offline: OfflineCtx) -> impl IntoView {
    let locale = crate::app::i18n::use_locale();
    let text = move || {
        config.0.get().tiles.map(|t| {
            if offline.online.get() {
                crate::i18n::tr(locale.get(), "map-tiles-attribution", &[("attribution", t.attribution.into())])
            } else {
                crate::i18n::tr(locale.get(), "map-tiles-offline", &[])
            }
        })
    };
    move || text().map(|a| view! { <p class="map__attribution">{a}</p> })
}
