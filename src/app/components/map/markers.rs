//! Marker layers: points clustered by zoom and reachable by keyboard, the selected point,
//! the search's origin, and plain dots (the insights' maps). Each takes what it draws as
//! props: positions, looks, labels.
use std::sync::Arc;

use leptos::ev::{KeyboardEvent, MouseEvent};
use leptos::prelude::*;

use super::view::MapState;
use crate::app::i18n::{t, use_locale};
use crate::domain::finder::OriginLabel;
use crate::domain::model::Level;
use crate::i18n::{tr, Arg};
use crate::map::cluster::{ClusterIndex, Clustering, ZoomCache};
use crate::map::scene::{symbol_path, visible, LayoutArea, Symbol};
use crate::map::{keys, World};

/// Points to draw as markers: (key, position), in tab order.
pub type Points = Option<Arc<Vec<(u32, World)>>>;

/// Width of a clustering cell, in pixels.
const CELL_PX: f64 = 48.0;

/// How many zooms' clusterings [`MarkerLayer`] keeps.
const CACHED_ZOOMS: usize = 8;

/// How a point looks: its shape says its level (never colour alone: `map::scene::Symbol`),
/// a square with round corners the libraries layer, a dashed outline an approximate
/// position.
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

/// The marker's symbol, of radius `r` pixels, about its centre.
pub fn shape(look: Look, r: f64) -> impl IntoView {
    let symbol = match look.level {
        _ if look.library => Symbol::RoundedSquare,
        Level::Federal => Symbol::Circle,
        Level::Provincial => Symbol::Square,
        Level::Territorial => Symbol::Diamond,
        Level::Municipal => Symbol::Triangle,
    };
    view! { <path d=symbol_path(symbol, r) class="marker__shape"/> }
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
/// overlay's coordinates; only the clusters around the view are drawn ([`LayoutArea`]), so the
/// page holds hundreds of markers, not one per cell of the country. `points` are keys and
/// positions in the order of the list beside the map, which is the tab order (a cluster
/// takes its first member's place); `exclude` is drawn elsewhere (the selection).
/// `describe` names and styles a point drawn on its own; activating it calls `on_select`
/// with its id, activating a cluster `on_cluster` with its members' box.
///
/// The points are indexed once per set ([`ClusterIndex`]: one sort), each zoom clustered
/// in one pass over them (the last [`CACHED_ZOOMS`] kept); the index's ids are list positions, so a cluster's place in
/// the tab order is its smallest member.
#[component]
pub fn MarkerLayer(
    map: MapState,
    points: impl Fn() -> Points + Copy + Send + Sync + 'static,
    exclude: impl Fn() -> Option<u32> + Copy + Send + Sync + 'static,
    describe: impl Fn(u32) -> Option<Marker> + Copy + Send + Sync + 'static,
    on_select: impl Fn(String) + Clone + Send + Sync + 'static,
    on_cluster: impl Fn((World, World)) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let locale = use_locale();
    let zoom_floor = Memo::new(move |_| map.layout_zoom.get().floor());
    let index = Memo::new_with_compare(
        move |_| {
            let pts = points()?;
            let ranked: Vec<(u32, World)> = pts.iter().enumerate().map(|(k, (_, w))| (k as u32, *w)).collect();
            Some(Arc::new(ClusterIndex::new(&ranked, CELL_PX)))
        },
        |a, b| match (a, b) {
            (Some(Some(a)), Some(Some(b))) => !Arc::ptr_eq(a, b),
            (Some(None), Some(None)) => false,
            _ => true,
        },
    );
    let skip = Memo::new(move |_| {
        let i = exclude()?;
        points()?.iter().position(|(p, _)| *p == i).map(|k| k as u32)
    });
    let cache = StoredValue::new(ZoomCache::new(CACHED_ZOOMS));
    let clustering = Memo::new(move |_| {
        let index = index.get()?;
        let (z, s) = (zoom_floor.get(), skip.get());
        cache.try_update_value(|c| c.cluster(&index, z, s))
    });
    let area =
        Memo::new(move |prev: Option<&LayoutArea>| LayoutArea::next(prev, &map.viewport.get(), map.layout_zoom.get()));
    move || {
        if !map.shown.get() {
            return None;
        }
        let c: Arc<Clustering> = clustering.get()?;
        let pts = points()?;
        let loc = locale.get();
        let area = area.get();
        // Tab order = list order: clusters by the list position of their first member.
        let mut order: Vec<(u32, usize)> = (0..c.clusters.len())
            .filter(|&k| area.contains(c.clusters[k].pos))
            .map(|k| (c.members(k).iter().copied().min().unwrap_or(u32::MAX), k))
            .collect();
        order.sort_unstable();
        let views = order
            .into_iter()
            .map(|(first, k)| {
                let cl = c.clusters[k];
                let pos = map.place(cl.pos);
                if cl.count == 1 {
                    let Some(m) = describe(pts[first as usize].0) else { return ().into_any() };
                    let id = m.id.clone();
                    let select = on_select.clone();
                    let (click, key) = activate(move || select(id.clone()));
                    let class = format!(
                        "marker marker--{}{}",
                        m.look.kind(),
                        if m.look.approximate { " marker--approximate" } else { "" }
                    );
                    return view! {
                        <g class=class transform=pos tabindex="0" role="button" aria-label=m.label data-id=m.id
                            on:click=click on:keydown=key>
                            {shape(m.look, 7.0)}
                        </g>
                    }
                    .into_any();
                }
                let label = tr(loc, "map-cluster", &[("count", Arg::from(cl.count))]);
                let r = 12.0 + (f64::from(cl.count)).log10() * 5.0;
                let (click, key) = activate(move || on_cluster((cl.min, cl.max)));
                view! {
                    <g class="cluster" transform=pos tabindex="0" role="button" aria-label=label
                        on:click=click on:keydown=key>
                        <circle r=r class="cluster__bubble"/>
                        <text class="cluster__count" text-anchor="middle" dy="0.35em">{cl.count.to_string()}</text>
                    </g>
                }
                .into_any()
            })
            .collect_view();
        Some(views)
    }
}

/// The selected point, highlighted, above the other markers.
#[component]
pub fn SelectedMarker(
    map: MapState,
    marker: impl Fn() -> Option<(World, Marker)> + Send + Sync + 'static,
) -> impl IntoView {
    move || {
        let (pos, m) = marker()?;
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
pub fn OriginMarker(
    map: MapState,
    origin: impl Fn() -> Option<(World, OriginLabel)> + Send + Sync + 'static,
) -> impl IntoView {
    let draw = move |(pos, label): (World, OriginLabel)| {
        let id = match label {
            OriginLabel::Device => "map-device",
            OriginLabel::Kiosk => "map-kiosk",
            _ => "map-origin",
        };
        view! {
            <g class="origin-marker" class:origin-marker--kiosk=label == OriginLabel::Kiosk transform=map.place(pos) role="img" aria-label=t(id)>
                <circle r=9 class="origin-marker__ring"/>
                <circle r=4 class="origin-marker__dot"/>
            </g>
        }
    };
    move || origin().map(draw)
}

/// A dot: a world position, a radius in pixels and its classes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Dot {
    pub pos: World,
    pub r: f64,
    pub class: &'static str,
}

/// Dots in screen pixels for the view of `map` when drawn (a static map: nothing moves it),
/// those within 20 pixels of the view only.
#[component]
pub fn DotLayer(map: MapState, dots: Vec<Dot>) -> impl IntoView {
    let viewport = map.viewport.get_untracked();
    dots.into_iter()
        .filter(|d| visible(&viewport, d.pos, 20.0))
        .map(|d| {
            let p = viewport.to_screen(d.pos);
            view! { <circle class=d.class cx=format!("{:.1}", p.x) cy=format!("{:.1}", p.y) r=format!("{:.1}", d.r)/> }
        })
        .collect_view()
}
