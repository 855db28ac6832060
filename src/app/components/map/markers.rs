//! Marker layers: points clustered by zoom and reachable by keyboard, the selected point,
//! the search's origin, and plain dots (the insights' maps). Each takes what it draws as
//! props: positions, looks, labels.
use std::collections::HashMap;
use std::sync::Arc;

use leptos::ev::{KeyboardEvent, MouseEvent};
use leptos::prelude::*;

use super::view::MapState;
use crate::app::i18n::{t, use_locale};
use crate::domain::finder::OriginLabel;
use crate::domain::model::Level;
use crate::i18n::{tr, Arg};
use crate::map::cluster::{cluster, Clustering};
use crate::map::scene::visible;
use crate::map::{keys, Viewport, World};

/// Points to draw as markers: (key, position), in tab order.
pub type Points = Option<Arc<Vec<(u32, World)>>>;

/// Width of a clustering cell, in pixels.
const CELL_PX: f64 = 48.0;

/// How a point looks: its shape says its level (never colour alone), a square with round
/// corners the libraries layer, a dashed outline an approximate position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Look {
    pub level: Level,
    pub library: bool,
    pub approximate: bool,
}

impl Look {
    /// The `marker--…` class of its level or layer.
    fn kind(self) -> &'static str {
        if self.library {
            "library"
        } else {
            self.level.id()
        }
    }
}

/// A point drawn on its own: what selecting it passes on (`data-id`), its name for
/// screen readers, its look.
#[derive(Debug, Clone, PartialEq)]
pub struct Marker {
    pub id: String,
    pub label: String,
    pub look: Look,
}

/// The marker's shape, `r` pixels across about its centre.
pub fn shape(look: Look, r: f64) -> impl IntoView {
    if look.library {
        let s = r * 1.5;
        return view! { <rect x=-s / 2.0 y=-s / 2.0 width=s height=s rx=2 class="marker__shape"/> }.into_any();
    }
    match look.level {
        Level::Federal => view! { <circle r=r class="marker__shape"/> }.into_any(),
        Level::Provincial => {
            let s = r * 1.8;
            view! { <rect x=-s / 2.0 y=-s / 2.0 width=s height=s class="marker__shape"/> }.into_any()
        }
        Level::Territorial => {
            let d = r * 1.35;
            let mut p = String::new();
            for (x, y) in [(0.0, -d), (d, 0.0), (0.0, d), (-d, 0.0)] {
                p.push_str(&format!("{x:.1},{y:.1} "));
            }
            view! { <polygon points=p class="marker__shape"/> }.into_any()
        }
        Level::Municipal => {
            let d = r * 1.4;
            let p = format!("0,{:.1} {:.1},{:.1} {:.1},{:.1}", -d, d, d * 0.8, -d, d * 0.8);
            view! { <polygon points=p class="marker__shape"/> }.into_any()
        }
    }
}

/// Runs `f` on click, and on Enter or Space (the element is a `role="button"`).
fn activate(f: impl Fn() + Clone + 'static) -> (impl Fn(MouseEvent), impl Fn(KeyboardEvent)) {
    let g = f.clone();
    let click = move |ev: MouseEvent| {
        ev.stop_propagation();
        f();
    };
    let key = move |ev: KeyboardEvent| {
        if keys::activates(&ev.key()) {
            ev.prevent_default();
            ev.stop_propagation();
            g();
        }
    };
    (click, key)
}

/// Points clustered at the layout zoom (one marker per grid cell of [`CELL_PX`]), in the
/// overlay's coordinates. `points` are keys and positions in the order of the list beside
/// the map, which is the tab order (a cluster takes its first member's place); `exclude`
/// is drawn elsewhere (the selection). `describe` names and styles a point drawn on its
/// own; activating it calls `on_select` with its id, activating a cluster
/// `on_cluster` with its members' box.
#[component]
pub fn MarkerLayer(
    map: MapState,
    #[prop(into)] points: Signal<Points>,
    #[prop(into)] exclude: Signal<Option<u32>>,
    describe: UnsyncCallback<u32, Option<Marker>>,
    on_select: UnsyncCallback<String>,
    on_cluster: UnsyncCallback<(World, World)>,
) -> impl IntoView {
    let locale = use_locale();
    let zoom_floor = Memo::new(move |_| map.layout_zoom.get().floor());
    let clustering = Memo::new(move |_| {
        let pts = points.get()?;
        let skip = exclude.get();
        let rest: Vec<(u32, World)> = pts.iter().copied().filter(|(i, _)| Some(*i) != skip).collect();
        Some(cluster(&rest, zoom_floor.get(), CELL_PX))
    });
    move || {
        let c: Clustering = clustering.get()?;
        let loc = locale.get();
        // Tab order = list order: clusters by the list position of their first member.
        let rank: HashMap<u32, usize> = points
            .with(|p| p.as_ref().map(|p| p.iter().enumerate().map(|(k, (i, _))| (*i, k)).collect()).unwrap_or_default());
        let mut order: Vec<usize> = (0..c.clusters.len()).collect();
        order.sort_by_key(|&k| c.members(k).iter().map(|i| rank.get(i).copied().unwrap_or(usize::MAX)).min());
        let views = order
            .into_iter()
            .filter_map(|k| {
                let cl = c.clusters[k];
                let pos = map.place(cl.pos);
                if cl.count == 1 {
                    let m = describe.run(c.members(k)[0])?;
                    let id = m.id.clone();
                    let (click, key) = activate(move || on_select.run(id.clone()));
                    let class = format!(
                        "marker marker--{}{}",
                        m.look.kind(),
                        if m.look.approximate { " marker--approximate" } else { "" }
                    );
                    return Some(
                        view! {
                            <g class=class transform=pos tabindex="0" role="button" aria-label=m.label data-id=m.id
                                on:click=click on:keydown=key>
                                {shape(m.look, 7.0)}
                            </g>
                        }
                        .into_any(),
                    );
                }
                let label = tr(loc, "map-cluster", &[("count", Arg::from(cl.count))]);
                let r = 12.0 + (f64::from(cl.count)).log10() * 5.0;
                let (click, key) = activate(move || on_cluster.run((cl.min, cl.max)));
                Some(
                    view! {
                        <g class="cluster" transform=pos tabindex="0" role="button" aria-label=label
                            on:click=click on:keydown=key>
                            <circle r=r class="cluster__bubble"/>
                            <text class="cluster__count" text-anchor="middle" dy="0.35em">{cl.count.to_string()}</text>
                        </g>
                    }
                    .into_any(),
                )
            })
            .collect_view();
        Some(views)
    }
}

/// The selected point, highlighted, above the other markers.
#[component]
pub fn SelectedMarker(map: MapState, #[prop(into)] marker: Signal<Option<(World, Marker)>>) -> impl IntoView {
    move || {
        let (pos, m) = marker.get()?;
        let class = format!("marker marker--selected marker--{}", m.look.kind());
        Some(view! {
            <g class=class transform=map.place(pos) aria-label=m.label role="img">
                <circle r=16 class="marker__halo"/>
                {shape(m.look, 9.0)}
            </g>
        })
    }
}

/// Where the search starts from: a place or postal code, the device, or the kiosk.
#[component]
pub fn OriginMarker(map: MapState, #[prop(into)] origin: Signal<Option<(World, OriginLabel)>>) -> impl IntoView {
    move || {
        let (pos, label) = origin.get()?;
        let id = match label {
            OriginLabel::Device => "map-device",
            OriginLabel::Kiosk => "map-kiosk",
            _ => "map-origin",
        };
        Some(view! {
            <g class="origin-marker" class:origin-marker--kiosk=label == OriginLabel::Kiosk transform=map.place(pos) role="img" aria-label=t(id)>
                <circle r=9 class="origin-marker__ring"/>
                <circle r=4 class="origin-marker__dot"/>
            </g>
        })
    }
}

/// A dot: a world position, a radius in pixels and its classes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Dot {
    pub pos: World,
    pub r: f64,
    pub class: &'static str,
}

/// Dots in screen pixels for `viewport` (a static map: nothing moves it), those within
/// 20 pixels of the view only.
#[component]
pub fn DotLayer(#[prop(into)] dots: Signal<Vec<Dot>>, #[prop(into)] viewport: Signal<Viewport>) -> impl IntoView {
    move || {
        let v = viewport.get();
        dots.with(|dots| {
            dots.iter()
                .filter(|d| visible(&v, d.pos, 20.0))
                .map(|d| {
                    let p = v.to_screen(d.pos);
                    view! { <circle class=d.class cx=format!("{:.1}", p.x) cy=format!("{:.1}", p.y) r=format!("{:.1}", d.r)/> }
                })
                .collect_view()
        })
    }
}
