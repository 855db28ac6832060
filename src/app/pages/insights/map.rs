//! The insights' maps: Canada (or the chosen province) with dots, drawn with the finder
//! map's basemap and dot layers. The table beside each map holds the same facts for
//! people who cannot see it.
use leptos::prelude::*;

use std::sync::Arc;

use super::model::{Model, MAP_SIZE};
use crate::app::components::map::{BasemapLayer, Dot, DotLayer, MapState};
use crate::domain::insights::coverage::Assignment;
use crate::domain::insights::pairs::{Colocation, Pair};
use crate::map::projection::project;
use crate::map::scene::BasemapPaths;
use crate::map::Viewport;

/// Co-location pairs, a dot at each pair's first point.
pub fn pair_dots(model: &Model, pairs: &[Pair]) -> Vec<Dot> {
    pairs
        .iter()
        .map(|p| Dot {
            pos: project(model.sites[p.a as usize].pos),
            r: 4.0,
            class: if p.colocation == Colocation::Near { "dot dot--pair" } else { "dot dot--colocated" },
        })
        .collect()
}

/// Underserved FSAs as proportional circles: area ∝ population, the most populous of
/// `all` 18 pixels across; `shown` are those drawn.
pub fn underserved_dots(model: &Model, all: &[Assignment], shown: &[&Assignment]) -> Vec<Dot> {
    let population = |a: &Assignment| u64::from(model.areas[a.area as usize].population);
    let biggest = all.iter().map(population).max().unwrap_or(1).max(1) as f64;
    shown
        .iter()
        .map(|a| {
            let area = &model.areas[a.area as usize];
            Dot {
                pos: project(area.pos),
                r: 3.0 + 15.0 * (f64::from(area.population) / biggest).sqrt(),
                class: if area.approximate { "dot dot--far dot--approximate" } else { "dot dot--far" },
            }
        })
        .collect()
}

/// A static map of `viewport` (`Model::map_view`) with `dots`: an image labelled `label`
/// (which says how many).
#[component]
pub fn InsightsMap(viewport: Viewport, paths: Arc<BasemapPaths>, dots: Vec<Dot>, label: String) -> impl IntoView {
    let (w, h) = MAP_SIZE;
    let map = MapState::fixed(viewport);
    let paths = RwSignal::new(Some(paths));
    view! {
        <figure class="insights__map">
            <svg viewBox=format!("0 0 {w} {h}") role="img" aria-label=label.clone() preserveAspectRatio="xMidYMid meet">
                <rect class="sea" width=w height=h/>
                <BasemapLayer map=map paths=paths/>
                <g class="insights__dots"><DotLayer map=map dots=dots/></g>
            </svg>
            <figcaption class="hint">{label}</figcaption>
        </figure>
    }
}
