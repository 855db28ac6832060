//! The label layer: province and place names from the bundle's basemap, placed without
//! overlap (`map::labels::place`) at the layout zoom, in the overlay's coordinates.
use std::sync::Arc;

use leptos::prelude::*;

use super::view::MapState;
use crate::app::data::Data;
use crate::app::i18n::use_locale;
use crate::domain::basemap::LabelKind;
use crate::map::labels::{place, Candidate};
use crate::map::projection::project;
use crate::map::Screen;

/// The names of `data`'s basemap, in the interface language; nothing while it is `None`
/// or the map is hidden.
#[component]
pub fn LabelLayer(map: MapState, data: impl Fn() -> Option<Arc<Data>> + Send + Sync + 'static) -> impl IntoView {
    let locale = use_locale();
    move || {
        if !map.shown.get() {
            return None;
        }
        let d = data()?;
        let z = map.layout_zoom.get();
        let s = map.layout_scale();
        let loc = locale.get();
        let labels = &d.core.basemap.labels;
        let candidates: Vec<Candidate> = labels
            .iter()
            .enumerate()
            .filter(|(_, l)| f64::from(l.min_zoom) <= z)
            .map(|(i, l)| {
                let w = project(l.pos);
                let size = if l.kind == LabelKind::Province { 13.0 } else { 11.0 };
                Candidate {
                    id: i as u32,
                    anchor: Screen::new(w.x * s, w.y * s),
                    rank: l.rank,
                    text_len: l.name.show(loc).chars().count(),
                    size,
                }
            })
            .collect();
        let kept = place(&candidates, f64::MAX, f64::MAX, &[]);
        Some(
            kept.into_iter()
                .map(|i| {
                    let l = &labels[i as usize];
                    let c = candidates.iter().find(|c| c.id == i).map(|c| c.anchor).unwrap_or_default();
                    let class = if l.kind == LabelKind::Province { "label label--province" } else { "label label--place" };
                    view! { <text class=class x=format!("{:.1}", c.x) y=format!("{:.1}", c.y) text-anchor="middle">{l.name.show(loc).to_owned()}</text> }
                })
                .collect_view(),
        )
    }
}
