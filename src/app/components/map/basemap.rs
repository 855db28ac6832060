//! The basemap layer (provinces and lakes from the bundle, drawn by our own code) and the
//! optional background tiles beneath it.
use std::sync::Arc;

use leptos::prelude::*;

use crate::app::config::use_config;
use crate::app::offline::use_offline;
use crate::map::scene::{tiles, transform_attr, BasemapPaths};
use crate::map::Viewport;

/// The basemap for `viewport`: the paths are in fixed map units, placed by one `transform`,
/// so a pan rewrites one attribute. The level of detail follows `zoom` (the layout zoom:
/// it changes when a flight lands, not at every frame). Nothing is drawn while `paths` is
/// `None`. `children` (the tiles) are drawn beneath, in the same units.
#[component]
pub fn BasemapLayer(
    #[prop(into)] paths: Signal<Option<Arc<BasemapPaths>>>,
    #[prop(into)] viewport: Signal<Viewport>,
    #[prop(into)] zoom: Signal<f64>,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let level_of_detail = Memo::new(move |_| paths.with(|p| p.as_ref().map_or(0, |p| p.lod_index(zoom.get()))));
    let drawn = move || {
        let p = paths.get()?;
        let lod = p.lods.get(level_of_detail.get())?.clone();
        Some(view! {
            {lod.areas.into_iter().map(|(prov, d)| view! { <path class="land" data-province=prov.code() d=d/> }).collect_view()}
            <path class="lake" d=lod.lakes/>
        })
    };
    view! {
        <g class="basemap" transform=move || transform_attr(&viewport.get())>
            {children.map(|c| c())}
            {drawn}
        </g>
    }
}

/// Background tiles, only with a template configured (`config.json`) and only online:
/// offline the map says so ([`Attribution`]) and the basemap stays.
#[component]
pub fn TileLayer(#[prop(into)] viewport: Signal<Viewport>) -> impl IntoView {
    let config = use_config();
    let offline = use_offline();
    move || {
        let cfg = config.0.get().tiles?;
        if !offline.online.get() {
            return None;
        }
        let views = tiles(&viewport.get(), cfg.max_zoom)
            .into_iter()
            .filter_map(|tile| {
                let href = cfg.url_for(tile.z, tile.x, tile.y)?;
                let size = tile.size();
                let (x, y) = (f64::from(tile.x) * size, f64::from(tile.y) * size);
                Some(view! { <image href=href x=x y=y width=size height=size preserveAspectRatio="none"/> })
            })
            .collect_view();
        Some(views)
    }
}

/// The tiles' attribution, or, offline, that they are off.
#[component]
pub fn Attribution() -> impl IntoView {
    let config = use_config();
    let offline = use_offline();
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
