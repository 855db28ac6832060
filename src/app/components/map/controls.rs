//! The map's buttons (zoom, fit the results, all of Canada) and its legend.
use leptos::prelude::*;

use super::markers::{shape, Look};
use super::view::MapState;
use crate::app::i18n::t;
use crate::app::labels;
use crate::domain::model::Level;
use crate::map::Action;

/// Zoom in and out, fit the results (`on_fit`), show all of Canada: each flies there.
#[component]
pub fn Controls(map: MapState, on_fit: impl Fn() + Copy + Send + Sync + 'static) -> impl IntoView {
    let fly = move |action: Action| move |_| map.fly_by(action);
    let zoom = |by: f64| Action::Zoom { at: None, by };
    view! {
        <div class="map__controls">
            <button type="button" class="map__button" on:click=fly(zoom(1.0)) aria-label=t("map-zoom-in") title=t("map-zoom-in")>"+"</button>
            <button type="button" class="map__button" on:click=fly(zoom(-1.0)) aria-label=t("map-zoom-out") title=t("map-zoom-out")>"−"</button>
            <button type="button" class="map__button map__button--text" on:click=move |_| on_fit()>{t("map-fit")}</button>
            <button type="button" class="map__button map__button--text" on:click=fly(Action::Reset)>{t("map-reset")}</button>
        </div>
    }
}

/// What the shapes and symbols mean (shapes, not colour alone).
#[component]
pub fn Legend() -> impl IntoView {
    let item = |class: &'static str, level: Level, label: &'static str| {
        let look = Look { level, library: false, approximate: false };
        view! {
            <li>
                <svg width="22" height="22" viewBox="-11 -11 22 22" aria-hidden="true"><g class=class>{shape(look, 7.0)}</g></svg>
                {t(label)}
            </li>
        }
    };
    view! {
        <div class="map__legend">
            <h3 class="map__legend-title">{t("map-legend")}</h3>
            <ul>
                {item("marker marker--federal", Level::Federal, labels::level(Level::Federal))}
                {item("marker marker--provincial", Level::Provincial, labels::level(Level::Provincial))}
                {item("marker marker--territorial", Level::Territorial, labels::level(Level::Territorial))}
                {item("marker marker--municipal", Level::Municipal, labels::level(Level::Municipal))}
                {item("marker marker--federal marker--approximate", Level::Federal, "map-approximate")}
                <li>
                    <svg width="22" height="22" viewBox="-11 -11 22 22" aria-hidden="true"><g class="origin-marker"><circle r=8 class="origin-marker__ring"/><circle r=3 class="origin-marker__dot"/></g></svg>
                    {t("map-origin")}
                </li>
                <li>
                    <svg width="22" height="22" viewBox="-11 -11 22 22" aria-hidden="true"><g class="cluster"><circle r=10 class="cluster__bubble"/></g></svg>
                    {t("map-cluster-legend")}
                </li>
            </ul>
        </div>
    }
}
